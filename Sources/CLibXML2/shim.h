#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

// xmlversion.h first, then switch ICU off: Debian's libxml2 is built with ICU,
// and its ICU headers clash with the ICU that Foundation brings.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a global function pointer; Swift calls it through this.
static inline void ng_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
