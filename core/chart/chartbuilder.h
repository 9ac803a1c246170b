#pragma once
// The chart's data from the corpus's merged deals: which bars or markers, their values in the
// display currency, sums per group, dates at a grain, labels, notes and the source line. Pure
// values in, values out; no drawing (ui/chart draws ChartData).

#include "core/chart/chartdata.h"

namespace dealdesk {

struct CorpusDeals;
class ExchangeRates;

[[nodiscard]] ChartData buildChart(const CorpusDeals &deals, const ChartOptions &options,
                                   const ExchangeRates &rates);

// "SoftBank → OpenAI"; one party alone when the other is unnamed.
[[nodiscard]] QString dealLabel(const QString &investor, const QString &target);
// The figure a deal sorts and sums by: the stated amount, or a range's midpoint.
[[nodiscard]] double representativeValue(double low, double high);
// A deal's date: an ISO 8601 value at day or month grain as stated; else (a year, a quarter,
// none) the first report's date when there is one; else the start of the stated period.
[[nodiscard]] QDate dealDate(const QString &stated, const QString &firstReport);

} // namespace dealdesk
