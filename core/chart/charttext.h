#pragma once
// The words around a chart, generated from its data: default title and subtitle, the notes
// (conversion, ranges, what was left out, review state), the source line naming the outlets,
// the alt text a screen reader gets, and the CSV of the data behind the chart. In English: a
// caption given to the renderer replaces title and subtitle in the newsroom's language.

#include "core/chart/chartdata.h"

namespace dealdesk {

class ExchangeRates;

// Title, subtitle, value axis title, notes, outlets and source line of `chart`.
void describeChart(ChartData &chart, const ExchangeRates &rates);

// One to four sentences: the kind of chart, how many bars or deals, the largest (and the
// smallest bar), the range of dates, the conversion. `title` is the one printed.
[[nodiscard]] QString altText(const ChartData &chart, const QString &title);

// The data behind the chart, one row per bar or marker (RFC 4180, a header row first):
// label, low, high, value, currency, qualifier, value label, colour key, deals, date,
// cumulative (timeline), outlets and source titles.
[[nodiscard]] QString chartCsv(const ChartData &chart);

} // namespace dealdesk
