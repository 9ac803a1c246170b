#pragma once
// The JSON of `dealdesk extract` (../shared/spec/extraction.md): one object per article with
// metadata and findings. Offsets leave the program here, converted from UTF-16 to code points.

#include <QJsonObject>

namespace dealdesk {

struct Article;
struct Findings;

[[nodiscard]] QJsonObject extractionToJson(const Article &article, const Findings &findings,
                                           bool withBody = false);

} // namespace dealdesk
