#pragma once
// The words around a chart, generated from its data in the language of its locale (templates
// in resources/lexicon/<lang>/chart_text.tsv through ChartWords, English for what a language
// lacks): default title and subtitle, the notes (conversion, ranges, what was left out,
// review state), the source line naming the outlets, the page's captions and legend names,
// the alt text a screen reader gets, and the CSV of the data behind the chart. A caption the
// journalist writes replaces title, subtitle and credit and adds her note.

#include "core/chart/chartdata.h"

namespace dealdesk {

class ExchangeRates;

// Title, subtitle, value axis title, notes, outlets, source line and page words of `chart`.
void describeChart(ChartData &chart, const ExchangeRates &rates);

// One to four sentences: the kind of chart, how many bars or deals, the largest (and the
// smallest bar), the range of dates, the conversion; then the caption's subtitle and note when
// the journalist wrote them. The title is the caption's, else the generated one.
[[nodiscard]] QString altText(const ChartData &chart, const ChartCaption &caption = {});

// The data behind the chart, one row per bar or marker (RFC 4180, a header row first):
// label, low, high, value, currency, qualifier, value label, colour key, deals, date,
// cumulative (timeline), outlets and source titles.
[[nodiscard]] QString chartCsv(const ChartData &chart);

} // namespace dealdesk
