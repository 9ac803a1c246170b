#pragma once
// What a news page says about itself: <meta> tags (Open Graph, article:*, name=author/date,
// citation_*, Dublin Core), JSON-LD NewsArticle objects, <html lang> and the first
// <time datetime>. Only the page itself is read; nothing it links to is fetched.

#include <QString>

namespace dealdesk {

class HtmlDocument;

struct HtmlMetadata
{
    QString title;
    QString author;
    QString published; // ISO 8601 at the precision given
    QString outlet;
    QString language;  // two letters, lower case
};

[[nodiscard]] HtmlMetadata readHtmlMetadata(const HtmlDocument &document);

} // namespace dealdesk
