#pragma once
// HTML pages as articles: metadata from the page's own tags (htmlmetadata.h), text from the
// <article> element, else the element holding the most paragraph text. The text starts with
// the title line, so it reads like a plain-text article and bylines in it are found the same way.

#include "core/import/importproblem.h"
#include "core/text/article.h"

#include <optional>

namespace dealdesk {

// nullopt (and `problem` set) when the page holds no text at all.
[[nodiscard]] std::optional<Article> readHtml(const QString &html, const QString &path, ImportProblem *problem);

} // namespace dealdesk
