#pragma once
// An article's metadata and review as the exchange formats keep it beside the text: the
// "meta" object of a JSON Lines record, the NAME.meta.json file beside a brat document
// (brat ignores it). Offsets of metadata ranges are code points, like every exported offset.

#include <QJsonObject>

namespace dealdesk {

struct AnnotatedArticle;

[[nodiscard]] QJsonObject articleMetaJson(const AnnotatedArticle &doc);
// Fills the metadata, review and note of `doc` (whose text is set) from `meta`; an unknown
// review name is an error message, empty when all was read.
[[nodiscard]] QString readArticleMeta(const QJsonObject &meta, AnnotatedArticle &doc);

// A number as exported: whole values as integers (25000000000, not 2.5e+10), others as the
// shortest text that reads back to the same double.
[[nodiscard]] QString numberText(double value);

} // namespace dealdesk
