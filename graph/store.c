/* graph/store.c - STUB, replaced by the store work */
#include "kgraph/store.h"
