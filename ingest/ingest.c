/* ingest/ingest.c - STUB */
#include "kgraph/ingest.h"
