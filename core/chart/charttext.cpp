#include "core/chart/charttext.h"

#include "core/chart/chartlabels.h"
#include "core/chart/exchangerates.h"
#include "core/exchange/csvwriter.h"

#include <QHash>

#include <algorithm>

namespace dealdesk {
namespace {

// "A", "A and B", "A, B and C".
QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
           + items.last();
}

QString counted(qsizetype n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
}

// Numbers in the CSV: plain, full precision, the same on every machine.
QString number(double v)
{
    return QString::number(v, 'f', 0);
}

} // namespace

void describeChart(ChartData &chart, const ExchangeRates &rates)
{
    const ChartOptions &o = chart.options;
    const ChartLabels labels(o.locale, o.currency);
    const bool sizes = o.kind == ChartKind::Sizes;

    // The dates the deals were reported on, as a reader says them.
    const QString first = chart.reportedFrom, last = chart.reportedTo;
    const QDate from = QDate::fromString(first, Qt::ISODate), to = QDate::fromString(last, Qt::ISODate);
    QString span;
    if (from.isValid() && to.isValid()) {
        const QString a = labels.period(from, TimeGrain::Month), b = labels.period(to, TimeGrain::Month);
        span = a == b ? QStringLiteral("in %1").arg(a) : QStringLiteral("between %1 and %2").arg(a, b);
    }

    if (sizes) {
        switch (o.grouping) {
        case ChartGrouping::Deal:
            chart.title = QStringLiteral("The largest AI deals");
            break;
        case ChartGrouping::Investor:
            chart.title = QStringLiteral("Who is putting the most money into AI");
            break;
        case ChartGrouping::Target:
            chart.title = QStringLiteral("Where the AI money is going");
            break;
        case ChartGrouping::Month:
            chart.title = QStringLiteral("AI deal money by month");
            break;
        }
        const QString what = o.grouping == ChartGrouping::Deal       ? QStringLiteral("Deal sizes")
                             : o.grouping == ChartGrouping::Investor ? QStringLiteral("Deals summed per investor")
                             : o.grouping == ChartGrouping::Target   ? QStringLiteral("Deals summed per target")
                                                                     : QStringLiteral("Deals summed per month");
        chart.subtitle = QStringLiteral("%1 in %2, %3 reported %4")
                             .arg(what, chart.currencyName, counted(chart.dealCount, "deal", "deals"), span)
                             .trimmed();
        chart.valueAxisTitle = chart.currencyName + (o.scale == ChartScale::Log ? QStringLiteral(" (log scale)")
                                                                                : QString());
    } else {
        chart.title = QStringLiteral("AI deals over time");
        chart.subtitle = QStringLiteral("%1 reported %2; circles sized by amount%3, in %4")
                             .arg(counted(chart.dealCount, "deal", "deals"), span,
                                  o.cumulative ? QStringLiteral(", the line is the running total") : QString(),
                                  chart.currencyName);
        chart.valueAxisTitle = QStringLiteral("Running total, ") + chart.currencyName;
    }

    chart.notes.clear();
    if (!chart.convertedFrom.isEmpty()) {
        QStringList used;
        for (const QString &code : std::as_const(chart.convertedFrom)) {
            const auto a = rates.rate(code), b = rates.rate(o.currency);
            if (a && b)
                used << QStringLiteral("1 %1 = %2 %3").arg(code, QString::number(a->usdPerUnit / b->usdPerUnit, 'g', 4),
                                                           o.currency);
        }
        chart.conversionNote = QStringLiteral("Amounts in %1 converted to %2 at rates of %3 (%4); the articles' "
                                              "own figures are unchanged.")
                                   .arg(listed(chart.convertedFrom), chart.currencyName, chart.ratesDate,
                                        used.join(QStringLiteral("; ")));
        chart.notes << chart.conversionNote;
    }
    if (std::any_of(chart.items.cbegin(), chart.items.cend(), [](const ChartItem &i) { return i.low != i.high; }))
        chart.notes << (sizes ? QStringLiteral("Ranges are drawn from low to high (lighter part); sorting and sums "
                                               "use their midpoint.")
                              : QStringLiteral("Ranges count at their midpoint."));
    if (!sizes)
        chart.notes << QStringLiteral("Deals sit at the date they are stated for, or at their first report when "
                                      "only a year or quarter is given.");
    if (chart.hiddenItems > 0)
        chart.notes << QStringLiteral("%1 not shown.")
                           .arg(counted(chart.hiddenItems, o.grouping == ChartGrouping::Deal ? "smaller deal"
                                                                                             : "smaller group",
                                        o.grouping == ChartGrouping::Deal ? "smaller deals" : "smaller groups"));
    if (chart.withoutAmount > 0)
        chart.notes << QStringLiteral("%1 without a stated amount not shown.")
                           .arg(counted(chart.withoutAmount, "deal", "deals"));
    if (chart.withoutRate > 0)
        chart.notes << QStringLiteral("%1 in %2 not shown: no exchange rate.")
                           .arg(counted(chart.withoutRate, "deal", "deals"), listed(chart.withoutRateCurrencies));
    if (chart.withoutParty > 0)
        chart.notes << QStringLiteral("%1 without a named %2 not shown.")
                           .arg(counted(chart.withoutParty, "deal", "deals"),
                                o.grouping == ChartGrouping::Investor ? QStringLiteral("investor")
                                                                      : QStringLiteral("target"));
    if (chart.withoutDate > 0)
        chart.notes << QStringLiteral("%1 without a date not shown.").arg(counted(chart.withoutDate, "deal", "deals"));
    chart.notes << (o.acceptedOnly ? QStringLiteral("Only deals confirmed by a journalist.")
                                   : QStringLiteral("Includes machine-found deals not yet reviewed."));

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
        named << counted(chart.outlets.size() - 5, "other outlet", "other outlets");
    chart.sourceLine = named.isEmpty() ? QStringLiteral("Source: Dealdesk analysis of news reports.")
                                       : QStringLiteral("Source: Dealdesk analysis of reports in %1.").arg(listed(named));
}

QString altText(const ChartData &chart, const QString &title)
{
    const ChartOptions &o = chart.options;
    QStringList sentences;
    if (chart.items.isEmpty())
        return QStringLiteral("%1: no deals with an amount match the chart's filter.").arg(title);
    const auto largest = std::max_element(chart.items.cbegin(), chart.items.cend(),
                                          [](const ChartItem &a, const ChartItem &b) { return a.value < b.value; });
    const auto smallest = std::min_element(chart.items.cbegin(), chart.items.cend(),
                                           [](const ChartItem &a, const ChartItem &b) { return a.value < b.value; });
    const QString first = chart.reportedFrom, last = chart.reportedTo;
    if (o.kind == ChartKind::Sizes) {
        const QString per = o.grouping == ChartGrouping::Deal       ? QStringLiteral("one per deal")
                            : o.grouping == ChartGrouping::Investor ? QStringLiteral("deals summed per investor")
                            : o.grouping == ChartGrouping::Target   ? QStringLiteral("deals summed per target")
                                                                    : QStringLiteral("deals summed per month");
        sentences << QStringLiteral("Horizontal bar chart, %1: %2, %3, in %4%5.")
                         .arg(title, counted(chart.items.size(), "bar", "bars"), per, chart.currencyName,
                              o.scale == ChartScale::Log ? QStringLiteral(" on a logarithmic scale") : QString());
        QString s = QStringLiteral("The largest is %1 at %2").arg(largest->label, largest->valueLabel);
        if (smallest != largest)
            s += QStringLiteral(", the smallest shown %1 at %2").arg(smallest->label, smallest->valueLabel);
        sentences << s + u'.';
    } else {
        sentences << QStringLiteral("Timeline chart, %1: %2 from %3 to %4, each a circle sized by amount.")
                         .arg(title, counted(chart.items.size(), "deal", "deals"),
                              chart.items.first().date.toString(Qt::ISODate),
                              chart.items.last().date.toString(Qt::ISODate));
        QString s = QStringLiteral("The largest is %1 at %2 (%3)")
                        .arg(largest->label, largest->valueLabel, largest->dateText);
        if (o.cumulative && !chart.cumulative.isEmpty()) {
            const ChartLabels labels(o.locale, o.currency);
            s += QStringLiteral("; the running total reaches %1").arg(labels.money(chart.cumulative.last().second));
        }
        sentences << s + u'.';
    }
    if (!first.isEmpty())
        sentences << (first == last ? QStringLiteral("Reported on %1.").arg(first)
                                    : QStringLiteral("Reported from %1 to %2.").arg(first, last));
    if (!chart.conversionNote.isEmpty())
        sentences << chart.conversionNote;
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
