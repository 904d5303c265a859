/* export/json.c - STUB */
#include "kgraph/export.h"
