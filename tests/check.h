/* tests/check.h - a tiny assertion helper for the unit tests
 *
 * KG_CHECK("what should hold", expr) prints a line per check and counts
 * failures; KG_CHECK_DONE() prints the summary and returns the exit status.
 */
#ifndef KG_TESTS_CHECK_H
#define KG_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int kg_check_failed, kg_check_passed;

#define KG_CHECK(desc, expr)                                                   \
	do {                                                                   \
		if (expr) {                                                    \
			kg_check_passed++;                                     \
		} else {                                                       \
			kg_check_failed++;                                     \
			printf("FAIL %s:%d: %s (%s)\n", __FILE__, __LINE__,    \
			       desc, #expr);                                   \
		}                                                              \
	} while (0)

#define KG_CHECK_STR(desc, got, want)                                          \
	do {                                                                   \
		const char *kg_g_ = (got), *kg_w_ = (want);                    \
		if (kg_g_ && kg_w_ && strcmp(kg_g_, kg_w_) == 0) {             \
			kg_check_passed++;                                     \
		} else {                                                       \
			kg_check_failed++;                                     \
			printf("FAIL %s:%d: %s: got \"%s\", want \"%s\"\n",    \
			       __FILE__, __LINE__, desc,                       \
			       kg_g_ ? kg_g_ : "(null)",                       \
			       kg_w_ ? kg_w_ : "(null)");                      \
		}                                                              \
	} while (0)

#define KG_CHECK_DONE()                                                        \
	(printf("%d passed, %d failed\n", kg_check_passed, kg_check_failed),   \
	 kg_check_failed ? 1 : 0)

#endif
