#pragma once
// Character references of HTML text: "&amp;", "&eacute;", "&#8364;", "&#x20AC;". Names come
// from resources/lexicon/common/htmlentities.tsv. A reference that is not one is left as written.

#include <QString>
#include <QStringView>

namespace dealdesk {

[[nodiscard]] QString decodeHtmlEntities(QStringView text);

} // namespace dealdesk
