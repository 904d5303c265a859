/* schema/err.c - the kg_err helpers shared by every module */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kgraph/common.h"

int kg_err_set(kg_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	if (e == NULL)
		return code;
	e->code = code;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	/* messages are one line: cut at the first newline */
	n = strcspn(e->msg, "\r\n");
	e->msg[n] = '\0';
	return code;
}

void kg_err_clear(kg_err *e)
{
	if (e == NULL)
		return;
	e->code = KG_OK;
	e->msg[0] = '\0';
}
