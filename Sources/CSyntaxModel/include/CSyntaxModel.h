#ifndef CSYNTAXMODEL_H
#define CSYNTAXMODEL_H
#include <stddef.h>

/// The trained tagger and parser weights compiled into the binary
/// (syntax-model.bin, made by scripts/parser/train.sh).
const unsigned char *newsgraph_syntax_model_bytes(void);
size_t newsgraph_syntax_model_size(void);

/// Starts loading the cache line at `address`, so that a later read does not wait.
static inline void newsgraph_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
