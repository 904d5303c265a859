/* include/kgraph/common.h - error codes and the caller-owned error buffer
 *
 * Every fallible kgraph function returns KG_OK (0) or one of the negative
 * codes below, and writes a one-line message (no trailing period or newline)
 * into the kg_err passed as its last argument, which may be NULL.  The
 * library never allocates for errors.
 */
#ifndef KGRAPH_COMMON_H
#define KGRAPH_COMMON_H

#include <stddef.h>

enum {
	KG_OK = 0,
	KG_ERROR = -1,     /* generic or internal error */
	KG_ENOMEM = -2,    /* out of memory */
	KG_ENOTFOUND = -3, /* the named thing does not exist */
	KG_EINVALID = -4,  /* bad input data (maps to exit status 65) */
	KG_ELIMIT = -5,    /* a documented cap was exceeded */
	KG_EIO = -6,       /* reading or writing a file failed */
	KG_EDB = -7        /* the database refused an operation */
};

typedef struct kg_err {
	int code;      /* last code set, KG_OK when none */
	char msg[256]; /* one line, NUL-terminated, possibly truncated */
} kg_err;

#if defined(__GNUC__)
#define KG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KG_PRINTF(a, b)
#endif

/* Record code and a printf-style message in e (if e is not NULL) and return
 * code, so a failure is one line: return kg_err_set(err, KG_EINVALID, ...). */
int kg_err_set(kg_err *e, int code, const char *fmt, ...) KG_PRINTF(3, 4);

/* Reset e to KG_OK with an empty message.  Accepts NULL. */
void kg_err_clear(kg_err *e);

#endif
