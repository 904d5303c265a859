/* export/render.c - STUB */
#include "kgraph/export.h"
