#pragma once
// The readable text of HTML: block elements become paragraphs (separated by a blank line,
// as in our plain-text articles), <br> a line break, white space collapsed, entities decoded,
// and what is not article text dropped (script, style, nav, header, footer, aside, form, ...).
// Feeds use htmlToText for their HTML descriptions.

#include <QString>
#include <QStringView>

namespace dealdesk {

class HtmlDocument;

[[nodiscard]] QString htmlNodeText(const HtmlDocument &document, qsizetype node);
[[nodiscard]] QString htmlToText(QStringView html);

} // namespace dealdesk
