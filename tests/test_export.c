/* tests/test_export.c - STUB */
#include "check.h"
int main(void)
{
	return KG_CHECK_DONE();
}
