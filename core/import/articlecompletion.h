#pragma once
// The last step of every reader: what an Article needs whatever its format (language when the
// file did not say, content hash, sorted metadata ranges), done in one place so no reader
// hands out a half-filled article.

#include "core/import/headerparser.h"
#include "core/text/article.h"

namespace dealdesk {

// Fills what `header` knows and `article` does not (the file's own fields win).
void mergeHeader(Article &article, const HeaderMetadata &header);

// Language (identified from the text when empty), contentHash (SHA-256 of the UTF-8 text),
// metadataRanges sorted and clipped to the text.
void completeArticle(Article &article);

} // namespace dealdesk
