#pragma once
// The values of a finding a journalist labels by hand, read from the text she selected with
// the project's own extractor (so "19 miliardi di dollari" comes prefilled as USD 19 bn), the
// range and text always hers. What the readers cannot read stays empty for her to fill.

#include "core/extract/findings.h"
#include "core/text/article.h"

namespace dealdesk {

[[nodiscard]] EntityMention entityFromSelection(const Article &article, TextRange range, EntityType type);
[[nodiscard]] Amount amountFromSelection(const Article &article, TextRange range);
[[nodiscard]] DateMention dateFromSelection(const Article &article, TextRange range);

} // namespace dealdesk
