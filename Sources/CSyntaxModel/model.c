// The syntax model's bytes, embedded at compile time so that the newsgraph
// binary works when copied alone. Aligned so that the tables can be read in place.
#include "CSyntaxModel.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

_Alignas(16) static const unsigned char model[] = {
#embed "syntax-model.bin" if_empty(0)
};

const unsigned char *newsgraph_syntax_model_bytes(void) { return model; }

size_t newsgraph_syntax_model_size(void) { return sizeof model; }
