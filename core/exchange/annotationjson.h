#pragma once
// One annotated article as a JSON Lines record, the form doccano and spaCy users load:
//   {"id", "text", "meta": {...}, "label": [[start, end, "ORG"], ...],
//    "spans": [{"start", "end", "label", "text", normalised fields, "state", "origin", "note"}],
//    "deals": [{"investor", "target", money, "status", "date", "evidence": {"start", "end"}, ...}]}
// Offsets are code points. "label" (doccano) lists the spans not rejected; "spans" holds all
// of them and is what reads back. A record with "label" or "entities" only (doccano's own
// exports, older and newer) reads as annotations a person made and accepted.

#include "core/exchange/annotatedarticle.h"

#include <QJsonObject>
#include <QStringList>

namespace dealdesk {

[[nodiscard]] QJsonObject annotationJson(const AnnotatedArticle &doc);
// The article of one record; a part that cannot be read is a message in `errors` (without
// file or line: the caller knows them) and is left out.
[[nodiscard]] AnnotatedArticle readAnnotationJson(const QJsonObject &record, QStringList &errors);

} // namespace dealdesk
