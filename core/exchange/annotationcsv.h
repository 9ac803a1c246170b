#pragma once
// The spreadsheet side of the annotations: deals.csv and amounts.csv, one row per deal or
// amount with its article (source id, title, outlet, published), its sentence, its fields
// and its review. Entities and dates have no CSV; the export says so.

#include <QString>

namespace dealdesk {

struct AnnotatedArticle;

[[nodiscard]] QString dealsCsvHeader();
[[nodiscard]] QString dealsCsvRows(const AnnotatedArticle &doc);
[[nodiscard]] QString amountsCsvHeader();
// An amount's sentence is the sentence around it (ICU sentence breaks, no abbreviation list).
[[nodiscard]] QString amountsCsvRows(const AnnotatedArticle &doc);

} // namespace dealdesk
