#pragma once
// Reads the metadata a plain-text article carries in its own lines: the title (first line,
// after an optional leading " date 2025-02" marker), a byline on line 2 or 3 (author and
// publication date in the forms of the five languages) and a closing "Fonte: X" / "Source: X"
// line naming the outlet. Strict on purpose: a body line is never taken for a byline.

#include "core/text/textrange.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

class HeaderLexicon;

struct HeaderMetadata
{
    QString title;
    QString author;
    QString published; // ISO 8601 at the precision written
    QString outlet;
    QList<TextRange> metadataRanges; // in the text given, sorted
};

struct Byline
{
    QString author;
    QString published;
};

// The header of `text` (a whole article, "\n" line ends).
[[nodiscard]] HeaderMetadata parseHeader(QStringView text);
[[nodiscard]] HeaderMetadata parseHeader(QStringView text, const HeaderLexicon &lexicon);

// One line read as a byline; nullopt when the line is anything else. Exposed for tests.
[[nodiscard]] std::optional<Byline> parseByline(QStringView line, const HeaderLexicon &lexicon);

} // namespace dealdesk
