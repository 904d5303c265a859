/* export/dot.c - STUB */
#include "kgraph/export.h"
