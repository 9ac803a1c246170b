#include "core/chart/charttext.h"

#include "core/chart/chartlabels.h"
#include "core/chart/chartwords.h"
#include "core/chart/exchangerates.h"
#include "core/exchange/csvwriter.h"

#include <QHash>

#include <algorithm>

namespace dealdesk {
namespace {

// Numbers in the CSV: plain, full precision, the same on every machine.
QString number(double v)
{
    return QString::number(v, 'f', 0);
}

// A text the journalist wrote, as a sentence of the alt text: closed by a full stop when she
// left it open.
QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || QStringView(u".!?…").contains(t.back()) ? t : t + u'.';
}

QString groupingKey(ChartGrouping g)
{
    return toString(g); // deal, investor, target, month: the keys' last part
}

// When the deals were reported, as a reader says it: "in March 2025", "between June 2023
// and September 2025"; empty without dates.
QString reportedSpan(const ChartData &chart, const ChartLabels &labels, const ChartWords &words)
{
    const QDate from = QDate::fromString(chart.reportedFrom, Qt::ISODate),
                to = QDate::fromString(chart.reportedTo, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return {};
    const QString a = labels.periodInWords(from, TimeGrain::Month), b = labels.periodInWords(to, TimeGrain::Month);
    return a == b ? words.text(u"span.one"_qs, {a}) : words.text(u"span.two"_qs, {a, b});
}

// An ISO day in words ("30 June 2025"); as given when it is not one.
QString dayInWords(const QString &iso, const ChartLabels &labels)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    return day.isValid() ? labels.periodInWords(day, TimeGrain::Day) : iso;
}

void describeNotes(ChartData &chart, const ExchangeRates &rates, const ChartLabels &labels, const ChartWords &words)
{
    const ChartOptions &o = chart.options;
    const bool sizes = o.kind == ChartKind::Sizes;
    chart.notes.clear();
    chart.conversionNote.clear();
    if (!chart.convertedFrom.isEmpty()) {
        QStringList used;
        for (const QString &code : std::as_const(chart.convertedFrom)) {
            const auto a = rates.rate(code), b = rates.rate(o.currency);
            if (a && b)
                used << QStringLiteral("1 %1 = %2 %3").arg(code, words.number(a->usdPerUnit / b->usdPerUnit, 4),
                                                           o.currency);
        }
        chart.conversionNote = words.text(u"note.conversion"_qs,
                                          {words.list(chart.convertedFrom), chart.currencyName,
                                           dayInWords(chart.ratesDate, labels), used.join(QStringLiteral("; "))});
        chart.notes << chart.conversionNote;
    }
    if (std::any_of(chart.items.cbegin(), chart.items.cend(), [](const ChartItem &i) { return i.low != i.high; }))
        chart.notes << words.text(sizes ? u"note.rangesSizes"_qs : u"note.rangesTimeline"_qs);
    if (!sizes)
        chart.notes << words.text(u"note.timelineDates"_qs);
    if (chart.hiddenItems > 0)
        chart.notes << words.count(o.grouping == ChartGrouping::Deal ? u"note.hiddenDeals"_qs
                                                                     : u"note.hiddenGroups"_qs,
                                   chart.hiddenItems);
    if (chart.withoutAmount > 0)
        chart.notes << words.count(u"note.withoutAmount"_qs, chart.withoutAmount);
    if (chart.withoutRate > 0)
        chart.notes << words.count(u"note.withoutRate"_qs, chart.withoutRate,
                                   {words.list(chart.withoutRateCurrencies)});
    if (chart.withoutParty > 0)
        chart.notes << words.count(o.grouping == ChartGrouping::Investor ? u"note.withoutInvestor"_qs
                                                                         : u"note.withoutTarget"_qs,
                                   chart.withoutParty);
    if (chart.withoutDate > 0)
        chart.notes << words.count(u"note.withoutDate"_qs, chart.withoutDate);
    chart.notes << words.text(o.acceptedOnly ? u"note.acceptedOnly"_qs : u"note.unreviewed"_qs);
}

void describeSources(ChartData &chart, const ChartWords &words)
{
    // Outlets by how many of the chart's deals they report, then by name.
    QHash<QString, int> perOutlet;
    for (const ChartItem &item : std::as_const(chart.items)) {
        for (const ChartSource &s : item.sources) {
            if (!s.outlet.isEmpty())
                ++perOutlet[s.outlet];
        }
    }
    QList<QPair<int, QString>> ranked;
    for (auto it = perOutlet.cbegin(); it != perOutlet.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    chart.outlets.clear();
    for (const auto &r : std::as_const(ranked))
        chart.outlets << r.second;
    QStringList named = chart.outlets.mid(0, 5);
    if (chart.outlets.size() > 5)
        named << words.count(u"otherOutlets"_qs, chart.outlets.size() - 5);
    chart.sourceLine = named.isEmpty() ? words.text(u"source.none"_qs)
                                       : words.text(u"source.outlets"_qs, {words.list(named)});
}

void describePage(ChartData &chart, const ChartWords &words)
{
    ChartPageWords &page = chart.words;
    page.notes = words.text(u"page.notes"_qs);
    page.credit = words.text(u"page.credit"_qs);
    page.dealSize = words.text(u"page.dealSize"_qs);
    page.runningTotal = words.text(u"page.runningTotal"_qs);
    page.runningTotalLegend = words.text(u"legend.runningTotal"_qs);
    page.legend.clear();
    if (chart.options.colouring == ChartColouring::Status) {
        for (const QString &key : std::as_const(chart.colourKeys)) {
            if (dealStatusFromString(key))
                page.legend.insert(key, words.text(u"legend."_qs + key));
        }
    }
    page.legend.insert(QStringLiteral("other"), words.text(u"legend.other"_qs));
}

} // namespace

void describeChart(ChartData &chart, const ExchangeRates &rates)
{
    const ChartOptions &o = chart.options;
    const ChartLabels labels(o.locale, o.currency);
    const ChartWords words(o.locale);
    const QString span = reportedSpan(chart, labels, words);
    if (o.kind == ChartKind::Sizes) {
        const QString grouping = groupingKey(o.grouping);
        chart.title = words.text(u"title.sizes."_qs + grouping);
        chart.subtitle =
            words.count(u"subtitle.sizes."_qs + grouping, chart.dealCount, {chart.currencyName, span}).trimmed();
        chart.valueAxisTitle =
            words.text(o.scale == ChartScale::Log ? u"axis.sizes.log"_qs : u"axis.sizes"_qs, {chart.currencyName});
    } else {
        chart.title = words.text(u"title.timeline"_qs);
        chart.subtitle = words.count(o.cumulative ? u"subtitle.timelineTotal"_qs : u"subtitle.timeline"_qs,
                                     chart.dealCount, {chart.currencyName, span});
        chart.valueAxisTitle = words.text(u"axis.total"_qs, {chart.currencyName});
    }
    describeNotes(chart, rates, labels, words);
    describeSources(chart, words);
    describePage(chart, words);
}

QString altText(const ChartData &chart, const ChartCaption &caption)
{
    const ChartOptions &o = chart.options;
    const ChartWords words(o.locale);
    const ChartLabels labels(o.locale, o.currency);
    const QString title = caption.title.isEmpty() ? chart.title : caption.title;
    QStringList sentences;
    if (chart.items.isEmpty()) {
        sentences << words.text(u"alt.empty"_qs, {title});
    } else {
        const auto largest = std::max_element(chart.items.cbegin(), chart.items.cend(),
                                              [](const ChartItem &a, const ChartItem &b) { return a.value < b.value; });
        const auto smallest = std::min_element(chart.items.cbegin(), chart.items.cend(),
                                               [](const ChartItem &a, const ChartItem &b) { return a.value < b.value; });
        if (o.kind == ChartKind::Sizes) {
            sentences << words.text(o.scale == ChartScale::Log ? u"alt.sizes.log"_qs : u"alt.sizes"_qs,
                                    {title, words.count(u"bars"_qs, chart.items.size()),
                                     words.text(u"per."_qs + groupingKey(o.grouping)), chart.currencyName});
            sentences << (smallest == largest
                              ? words.text(u"alt.largest"_qs, {largest->label, largest->valueLabel})
                              : words.text(u"alt.largestSmallest"_qs, {largest->label, largest->valueLabel,
                                                                       smallest->label, smallest->valueLabel}));
        } else {
            sentences << words.text(u"alt.timeline"_qs,
                                    {title, words.count(u"deals"_qs, chart.items.size()),
                                     labels.periodInWords(chart.items.first().date, o.grain),
                                     labels.periodInWords(chart.items.last().date, o.grain)});
            sentences << (o.cumulative && !chart.cumulative.isEmpty()
                              ? words.text(u"alt.timelineLargest.total"_qs,
                                           {largest->label, largest->valueLabel, largest->dateText,
                                            labels.money(chart.cumulative.last().second)})
                              : words.text(u"alt.timelineLargest"_qs,
                                           {largest->label, largest->valueLabel, largest->dateText}));
        }
        const QString first = chart.reportedFrom, last = chart.reportedTo;
        if (!first.isEmpty())
            sentences << (first == last ? words.text(u"alt.reportedOn"_qs, {dayInWords(first, labels)})
                                        : words.text(u"alt.reportedFromTo"_qs,
                                                     {dayInWords(first, labels), dayInWords(last, labels)}));
        if (!chart.conversionNote.isEmpty())
            sentences << chart.conversionNote;
    }
    // What the journalist wrote: her subtitle says what the chart is about, her note what a
    // reader must know.
    if (!caption.subtitle.isEmpty())
        sentences << sentence(caption.subtitle);
    if (!caption.note.isEmpty())
        sentences << sentence(caption.note);
    return sentences.join(u' ');
}

QString chartCsv(const ChartData &chart)
{
    const bool timeline = chart.options.kind == ChartKind::Timeline;
    QStringList header{QStringLiteral("label"),    QStringLiteral("low"),         QStringLiteral("high"),
                       QStringLiteral("value"),    QStringLiteral("currency"),    QStringLiteral("qualifier"),
                       QStringLiteral("value_label"), QStringLiteral("colour"), QStringLiteral("deals"),
                       QStringLiteral("date")};
    if (timeline)
        header << QStringLiteral("period") << QStringLiteral("cumulative");
    header << QStringLiteral("outlets") << QStringLiteral("sources");
    QString out = csvRow(header);
    qsizetype step = 0;
    for (const ChartItem &item : chart.items) {
        QStringList outlets, titles;
        for (const ChartSource &s : item.sources) {
            if (!s.outlet.isEmpty() && !outlets.contains(s.outlet))
                outlets << s.outlet;
            titles << s.title;
        }
        QStringList row{item.label,     number(item.low),       number(item.high),
                        number(item.value), chart.currency,     toString(item.qualifier),
                        item.valueLabel, item.colourKey,         QString::number(item.deals),
                        item.dateText};
        if (timeline) {
            while (step + 1 < chart.cumulative.size() && chart.cumulative[step].first < item.date)
                ++step;
            row << item.date.toString(Qt::ISODate)
                << (chart.cumulative.isEmpty() ? QString() : number(chart.cumulative[step].second));
        }
        row << outlets.join(QStringLiteral("; ")) << titles.join(QStringLiteral(" | "));
        out += csvRow(row);
    }
    return out;
}

} // namespace dealdesk
