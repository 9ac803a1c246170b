#pragma once
// A chart of deals as values: what buildChart() makes of the corpus and the renderer draws,
// the CSV writes and the alt text describes. Amounts are already converted to the display
// currency; the stored deals are untouched.

#include "core/chart/chartoptions.h"
#include "core/extract/findings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dealdesk {

// One article reporting a deal, to list and open from the chart.
struct ChartSource
{
    qint64 articleStoreId = 0; // the store's id (CorpusStore::article)
    QString title, outlet, published, evidence;
    QString investor, target; // the merged deal's parties, to find the deal in the article
    friend bool operator==(const ChartSource &, const ChartSource &) = default;
};

// A bar of the sizes chart, or a marker of the timeline.
struct ChartItem
{
    QString label;             // "SoftBank → OpenAI", an investor, a target or a month
    double low = 0, high = 0;  // display currency; low < high for a range
    double value = 0;          // what sorts and sums: the stated figure, a range's midpoint
    Qualifier qualifier = Qualifier::Exact;
    QString valueLabel;        // "up to $25B"
    QString colourKey;         // a status name (toString(DealStatus)) or an investor
    int deals = 1;             // how many deals the item sums
    QDate date;                // timeline: where the marker sits (start of its period)
    QString dateText;          // the date as the deal states it, or as reported
    bool labelled = false;     // timeline: one of the largest, its label is drawn
    QList<ChartSource> sources;
    friend bool operator==(const ChartItem &, const ChartItem &) = default;
};

// A tick of an axis and what it says: "$10B", "Mar 2025".
struct ChartTick
{
    double value = 0; // a value axis: in the display currency; a date axis: days since 1970-01-01
    QString label;
    friend bool operator==(const ChartTick &, const ChartTick &) = default;
};

// What the journalist writes over the generated words; an empty field keeps the default (the
// generated title and subtitle, the credit "Dealdesk"). Her note goes before the generated ones.
struct ChartCaption
{
    QString title, subtitle, note, credit;
    friend bool operator==(const ChartCaption &, const ChartCaption &) = default;
};

// The words a page prints around the plot, in the chart's language (describeChart).
struct ChartPageWords
{
    QString notes;              // before the notes: "Notes:"
    QString credit;             // "Chart: %1", %1 the credit
    QString dealSize, runningTotal; // the timeline's axis captions
    QString runningTotalLegend; // the legend's name of the running total's line
    QHash<QString, QString> legend; // colour key (a status, "other") -> its name; investors as named
};

struct ChartData
{
    ChartOptions options;
    QList<ChartItem> items;            // sizes: bars top to bottom; timeline: by date
    QList<QPair<QDate, double>> cumulative; // timeline: running total at each period
    QStringList colourKeys;            // legend order; "other" last when some are folded
    double axisMin = 0, axisMax = 1;   // the value axis: bar length (sizes), deal size (timeline)
    QList<ChartTick> valueTicks;       // on it, readable steps (linear) or powers of ten (log)
    double totalMax = 1;               // timeline: the running total's axis, from zero
    QList<ChartTick> totalTicks;
    QDate dateMin, dateMax;            // timeline: the first and last period with deals
    QList<ChartTick> dateTicks;        // at period starts, at most eight
    QString currency;                  // display currency
    QString currencyName;              // "US dollars"
    int dealCount = 0;                 // deals with an amount that the chart counts
    QString reportedFrom, reportedTo;  // the first and last report of those deals (ISO day)
    int hiddenItems = 0;               // sizes: bars beyond maxBars
    int withoutAmount = 0;             // deals left out: no amount
    int withoutRate = 0;               // deals left out: no rate to convert them
    QStringList withoutRateCurrencies; // their currencies, sorted
    int withoutDate = 0;               // timeline: deals left out, no date at all
    int withoutParty = 0;              // per investor or target: deals without one named
    QStringList convertedFrom;         // currencies converted, sorted
    QString ratesDate;                 // the newest date among the rates used
    QString conversionNote;            // "Converted to US dollars at ... rates of 2025-06-30 (1 EUR = 1.172 USD)."
    QStringList notes;                 // every note, the conversion's included, in print order
    QStringList outlets;               // the sources' outlets, most deals first
    QString sourceLine;                // "Source: Dealdesk analysis of reports in A, B and C."
    QString title, subtitle;           // defaults; a caption given to the renderer replaces them
    QString valueAxisTitle;            // "US dollars (log scale)", "Running total, US dollars"
    ChartPageWords words;              // in the language of options.locale
};

} // namespace dealdesk
