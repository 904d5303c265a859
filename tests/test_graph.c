/* tests/test_graph.c - STUB */
#include "check.h"
int main(void)
{
	return KG_CHECK_DONE();
}
