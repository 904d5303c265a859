/* tests/test_schema.c - STUB */
#include "check.h"
int main(void)
{
	return KG_CHECK_DONE();
}
