#pragma once
// Markdown articles as plain text: headings, emphasis and link markup removed (link text kept,
// images dropped, code kept as written), YAML-like front matter (--- title/author/date ---)
// read as metadata; bylines below the title are read as in plain text.

#include "core/text/article.h"

#include <QHash>
#include <QString>

namespace dealdesk {

struct MarkdownDocument
{
    QHash<QString, QString> frontMatter; // lower-case keys, unquoted values
    QString text;                        // the body as plain text
};

[[nodiscard]] MarkdownDocument markdownToText(const QString &markdown);
[[nodiscard]] Article readMarkdown(const QString &markdown, const QString &path);

} // namespace dealdesk
