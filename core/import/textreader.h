#pragma once
// Plain-text articles: the decoded text is kept verbatim (findings point into it, so not even
// "**" is stripped); title, byline and closing source line come from the header parser.

#include "core/text/article.h"

namespace dealdesk {

[[nodiscard]] Article readPlainText(const QString &text, const QString &path);

} // namespace dealdesk
