/* ingest/arena.c - per-document scratch memory and growable arrays
 *
 * Everything one document needs (token norms, names, fact literals) comes
 * from the arena and is released at once when the next document starts.
 * With KG_ARENA_DEBUG every allocation is its own malloc, so ASan sees
 * overflows (turned on under KG_SANITIZE).
 */
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define BLOCK_SIZE ((size_t)64 << 10)

struct kg_arena_block {
	struct kg_arena_block *next;
	size_t size, used;
	max_align_t data[]; /* size bytes */
};

/* The block whose free space will hold need bytes (a multiple of 16), or
 * NULL when out of memory.  A new block goes in front of the others; with
 * KG_ARENA_DEBUG every call makes one of exactly need bytes. */
static struct kg_arena_block *room_for(struct kg_arena *a, size_t need)
{
	struct kg_arena_block *b = a->head;

#ifndef KG_ARENA_DEBUG
	if (b == NULL || b->size - b->used < need) {
		size_t size = need > BLOCK_SIZE ? need : BLOCK_SIZE;

		b = malloc(sizeof(*b) + size);
		if (b == NULL)
			return NULL;
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
#else
	b = malloc(sizeof(*b) + need);
	if (b == NULL)
		return NULL;
	b->size = need;
	b->used = 0;
	b->next = a->head;
	a->head = b;
#endif
	return b;
}

void *kg_ingest__alloc(struct kg_arena *a, size_t n)
{
	struct kg_arena_block *b;
	size_t need = (n + 15) & ~(size_t)15;
	char *p;

	if (n > ((size_t)1 << 30))
		return NULL;
	b = room_for(a, need);
	if (b == NULL)
		return NULL;
	p = (char *)b->data + b->used;
	b->used += need;
	a->used += need;
	memset(p, 0, n);
	return p;
}

char *kg_ingest__reserve(struct kg_arena *a, size_t n)
{
	struct kg_arena_block *b;

	if (n > ((size_t)1 << 30))
		return NULL;
	b = room_for(a, (n + 15) & ~(size_t)15);
	if (b == NULL)
		return NULL;
	return (char *)b->data + b->used;
}

void kg_ingest__commit(struct kg_arena *a, size_t n)
{
	size_t need = (n + 15) & ~(size_t)15;

	assert(a->head != NULL && a->head->size - a->head->used >= need);
	a->head->used += need;
	a->used += need;
}

char *kg_ingest__strndup(struct kg_arena *a, const char *s, size_t n)
{
	char *p = kg_ingest__alloc(a, n + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *kg_ingest__printf(struct kg_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = kg_ingest__alloc(a, (size_t)n + 1);
	if (p == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void kg_ingest__arena_reset(struct kg_arena *a)
{
	struct kg_arena_block *b = a->head, *next;

	/* keep one block for the next document, free the rest */
	if (b == NULL)
		return;
	next = b->next;
	b->next = NULL;
	b->used = 0;
	while (next) {
		struct kg_arena_block *n2 = next->next;

		free(next);
		next = n2;
	}
#ifdef KG_ARENA_DEBUG
	free(b);
	a->head = NULL;
#endif
	a->used = 0;
}

int kg_ingest__grow(void **v, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return KG_OK;
	ncap = *cap ? *cap * 2 : 64;
	while (ncap < need)
		ncap *= 2;
	if (ncap > SIZE_MAX / elem)
		return KG_ENOMEM;
	p = realloc(*v, ncap * elem);
	if (p == NULL)
		return KG_ENOMEM;
	*v = p;
	*cap = ncap;
	return KG_OK;
}

void kg_ingest__arena_free(struct kg_arena *a)
{
	struct kg_arena_block *b = a->head;

	while (b) {
		struct kg_arena_block *n = b->next;

		free(b);
		b = n;
	}
	a->head = NULL;
	a->used = 0;
}
