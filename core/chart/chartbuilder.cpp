#include "core/chart/chartbuilder.h"

#include "core/chart/chartlabels.h"
#include "core/chart/charttext.h"
#include "core/chart/exchangerates.h"
#include "core/corpus/corpusdeals.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dealdesk {
namespace {

// A merged deal with an amount in the display currency: the unit every chart is built from.
struct Prepared
{
    const MergedDeal *deal = nullptr;
    double low = 0, high = 0, value = 0;
    QDate date;
    QString dateText;
    QList<ChartSource> sources;
};

QList<ChartSource> sourcesOf(const MergedDeal &d, const CorpusDeals &all)
{
    QList<ChartSource> out;
    out.reserve(d.sources.size());
    for (const DealSource &s : d.sources) {
        const auto a = all.articles.value(s.articleId);
        out.append({a.storeId, a.title, a.outlet, a.published, s.evidence, d.investor, d.target});
    }
    return out;
}

QString firstReport(const QList<ChartSource> &sources)
{
    QString first;
    for (const ChartSource &s : sources) {
        if (!s.published.isEmpty() && (first.isEmpty() || s.published < first))
            first = s.published;
    }
    return first;
}

// A sum's qualifier (a range is decided by its ends): an exact part leaves the other's word
// ("up to 5" + "2" is "up to 7"), parts that agree keep it, others make it "about".
Qualifier combined(Qualifier a, Qualifier b)
{
    if (a == Qualifier::Exact || a == Qualifier::Range)
        return b == Qualifier::Range ? a : b;
    if (b == Qualifier::Exact || b == Qualifier::Range)
        return a;
    return a == b ? a : Qualifier::Approx;
}

// 1, 2, 2.5, 5 times a power of ten at or above `v`: axis ends a reader can read.
double niceCeil(double v)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= v * (1 - 1e-12))
            return m * p;
    }
    return 10 * p;
}

// Ticks from zero at a readable step (1, 2, 2.5 or 5 times a power of ten), four to six of
// them; `axisMax` becomes the last tick.
QList<ChartTick> linearTicks(double highest, const ChartLabels &labels, double *axisMax)
{
    const double step = niceCeil(highest / 6);
    const double last = std::max(step, std::ceil(highest / step - 1e-9) * step);
    QList<ChartTick> ticks;
    for (int i = 0; i * step <= last * (1 + 1e-9); ++i)
        ticks.append({i * step, labels.money(i * step)});
    *axisMax = last;
    return ticks;
}

// Period starts from `from` to `to` at the chart's grain, or a coarser one (every 2, 3 or 6
// months, every year...) when there would be more than eight.
QList<ChartTick> dateTicks(QDate from, QDate to, TimeGrain grain, const ChartLabels &labels)
{
    if (!from.isValid() || !to.isValid())
        return {};
    struct Step
    {
        TimeGrain grain;
        int months, days;
    };
    static const Step steps[] = {{TimeGrain::Day, 0, 1},      {TimeGrain::Day, 0, 7},
                                 {TimeGrain::Month, 1, 0},    {TimeGrain::Month, 2, 0},
                                 {TimeGrain::Quarter, 3, 0},  {TimeGrain::Quarter, 6, 0},
                                 {TimeGrain::Year, 12, 0},    {TimeGrain::Year, 24, 0},
                                 {TimeGrain::Year, 60, 0},    {TimeGrain::Year, 120, 0}};
    const int finest = grain == TimeGrain::Day ? 0 : grain == TimeGrain::Month ? 2 : grain == TimeGrain::Quarter ? 4 : 6;
    for (int s = finest; s < int(std::size(steps)); ++s) {
        const Step &step = steps[s];
        QList<ChartTick> ticks;
        QDate d = periodStart(from, step.grain);
        if (step.months > 12)
            d = QDate(d.year() - d.year() % (step.months / 12), 1, 1);
        for (; d <= to && ticks.size() <= 8; d = step.days ? d.addDays(step.days) : d.addMonths(step.months)) {
            if (d >= from)
                ticks.append({double(QDate(1970, 1, 1).daysTo(d)), labels.period(d, step.grain)});
        }
        if (ticks.size() <= 8)
            return ticks;
    }
    return {};
}

QStringList statusOrder()
{
    QStringList keys;
    for (DealStatus s : {DealStatus::Completed, DealStatus::Announced, DealStatus::InTalks, DealStatus::Planned,
                         DealStatus::Rumored})
        keys << toString(s);
    return keys;
}

} // namespace

QString dealLabel(const QString &investor, const QString &target)
{
    if (investor.isEmpty() && target.isEmpty())
        return QStringLiteral("(unnamed parties)");
    if (investor.isEmpty())
        return target;
    if (target.isEmpty())
        return investor;
    return investor + QStringLiteral(" → ") + target;
}

double representativeValue(double low, double high)
{
    return low == high ? low : (low + high) / 2;
}

QDate dealDate(const QString &stated, const QString &firstReportDate)
{
    const QDate day = QDate::fromString(stated.left(10), Qt::ISODate);
    if (stated.size() >= 10 && day.isValid())
        return day;
    if (stated.size() == 7 && stated[4] == u'-' && stated[5] != u'Q') {
        const QDate month = QDate::fromString(stated + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            return month;
    }
    const QDate reported = QDate::fromString(firstReportDate.left(10), Qt::ISODate);
    if (reported.isValid())
        return reported;
    bool ok = false;
    const int year = stated.left(4).toInt(&ok);
    if (!ok || stated.size() < 4)
        return {};
    if (stated.size() == 7 && stated[5] == u'Q')
        return QDate(year, (stated[6].digitValue() - 1) * 3 + 1, 1);
    return QDate(year, 1, 1);
}

ChartData buildChart(const CorpusDeals &all, const ChartOptions &options, const ExchangeRates &rates)
{
    ChartData chart;
    chart.options = options;
    chart.currency = options.currency;
    const ChartLabels labels(options.locale, options.currency);
    chart.currencyName = labels.currencyName();

    QList<Prepared> deals;
    QSet<QString> converted;
    QSet<QString> unconvertible;
    for (const MergedDeal &d : all.deals) {
        if (!d.money) {
            ++chart.withoutAmount;
            continue;
        }
        const auto low = rates.convert(d.money->low, d.money->currency, options.currency);
        const auto high = rates.convert(d.money->high, d.money->currency, options.currency);
        if (!low || !high) {
            ++chart.withoutRate;
            unconvertible.insert(d.money->currency);
            continue;
        }
        if (d.money->currency != options.currency) {
            converted.insert(d.money->currency);
            const QString used = std::max(rates.rate(d.money->currency)->date, rates.rate(options.currency)->date);
            chart.ratesDate = std::max(chart.ratesDate, used);
        }
        Prepared p{&d, *low, *high, representativeValue(*low, *high), {}, {}, sourcesOf(d, all)};
        const QString reported = firstReport(p.sources);
        p.date = dealDate(d.date, reported);
        p.dateText = d.date.isEmpty() ? reported.left(10) : d.date;
        if (options.kind == ChartKind::Timeline && !p.date.isValid()) {
            ++chart.withoutDate;
            continue;
        }
        for (const ChartSource &s : p.sources) {
            const QString day = s.published.left(10);
            if (day.isEmpty())
                continue;
            if (chart.reportedFrom.isEmpty() || day < chart.reportedFrom)
                chart.reportedFrom = day;
            chart.reportedTo = std::max(chart.reportedTo, day);
        }
        deals.append(std::move(p));
    }
    chart.convertedFrom = QStringList(converted.begin(), converted.end());
    chart.convertedFrom.sort();
    chart.dealCount = int(deals.size());

    // Colours: the statuses present in their order of progress, or the investors with the most
    // money (the others share one colour: a legend of thirty swatches is not read).
    auto colourOf = [&](const Prepared &p) {
        return options.colouring == ChartColouring::Status ? toString(p.deal->status) : p.deal->investor;
    };
    QSet<QString> used;
    if (options.colouring == ChartColouring::Status) {
        for (const Prepared &p : deals)
            used.insert(colourOf(p));
        for (const QString &key : statusOrder()) {
            if (used.contains(key))
                chart.colourKeys << key;
        }
    } else {
        QHash<QString, double> money;
        for (const Prepared &p : deals)
            money[p.deal->investor] += p.value;
        QList<QPair<double, QString>> ranked;
        for (auto it = money.cbegin(); it != money.cend(); ++it) {
            if (!it.key().isEmpty())
                ranked.append({-it.value(), it.key()});
        }
        std::sort(ranked.begin(), ranked.end());
        for (qsizetype i = 0; i < ranked.size() && i < options.maxColours; ++i)
            chart.colourKeys << ranked[i].second;
        if (chart.colourKeys.size() < money.size())
            chart.colourKeys << QStringLiteral("other");
    }
    const QSet<QString> named(chart.colourKeys.begin(), chart.colourKeys.end());
    auto keyOf = [&](const Prepared &p) {
        const QString key = colourOf(p);
        return named.contains(key) ? key : QStringLiteral("other");
    };

    auto itemOf = [&](const Prepared &p) {
        ChartItem item;
        item.label = dealLabel(p.deal->investor, p.deal->target);
        item.low = p.low;
        item.high = p.high;
        item.value = p.value;
        item.qualifier = p.low != p.high ? Qualifier::Range : p.deal->money->qualifier;
        item.colourKey = keyOf(p);
        item.date = p.date;
        item.dateText = p.dateText;
        item.sources = p.sources;
        return item;
    };

    if (options.kind == ChartKind::Sizes) {
        if (options.grouping == ChartGrouping::Deal) {
            for (const Prepared &p : deals)
                chart.items.append(itemOf(p));
        } else {
            // Groups keyed on the normalised name ("SoftBank Group" and "Softbank" are one),
            // labelled as the first deal spells it; a group's colour is its largest deal's.
            QHash<QString, qsizetype> index;
            QList<double> largest;
            for (const Prepared &p : deals) {
                QString key, label;
                if (options.grouping == ChartGrouping::Month) {
                    if (!p.date.isValid()) {
                        ++chart.withoutDate;
                        continue;
                    }
                    const QDate month = periodStart(p.date, TimeGrain::Month);
                    key = month.toString(Qt::ISODate);
                    label = labels.period(month, TimeGrain::Month);
                } else {
                    label = options.grouping == ChartGrouping::Investor ? p.deal->investor : p.deal->target;
                    if (label.isEmpty()) {
                        // Summing every unnamed party into one bar would invent a player.
                        ++chart.withoutParty;
                        continue;
                    }
                    key = dealPartyKey(label);
                }
                auto at = index.constFind(key);
                if (at == index.constEnd()) {
                    ChartItem item = itemOf(p);
                    item.label = label;
                    if (options.grouping == ChartGrouping::Month) {
                        item.date = periodStart(p.date, TimeGrain::Month);
                        item.dateText = key.left(7);
                    }
                    index.insert(key, chart.items.size());
                    chart.items.append(std::move(item));
                    largest.append(p.value);
                    continue;
                }
                ChartItem &item = chart.items[*at];
                item.low += p.low;
                item.high += p.high;
                item.value += p.value;
                item.qualifier = item.low != item.high ? Qualifier::Range
                                                       : combined(item.qualifier, p.deal->money->qualifier);
                item.deals += 1;
                item.sources += p.sources;
                if (p.value > largest[*at]) {
                    largest[*at] = p.value;
                    item.colourKey = keyOf(p);
                }
                if (options.grouping != ChartGrouping::Month && p.dateText < item.dateText)
                    item.dateText = p.dateText;
            }
        }
        if (options.grouping == ChartGrouping::Month) {
            // Months read in time order, not by size.
            std::stable_sort(chart.items.begin(), chart.items.end(),
                             [](const ChartItem &a, const ChartItem &b) { return a.date < b.date; });
        } else {
            std::stable_sort(chart.items.begin(), chart.items.end(), [](const ChartItem &a, const ChartItem &b) {
                return a.value != b.value ? a.value > b.value : a.label < b.label;
            });
            if (options.maxBars > 0 && chart.items.size() > options.maxBars) {
                chart.hiddenItems = int(chart.items.size()) - options.maxBars;
                chart.items.resize(options.maxBars);
            }
        }
    } else {
        for (const Prepared &p : deals) {
            ChartItem item = itemOf(p);
            item.date = periodStart(p.date, options.grain);
            chart.items.append(std::move(item));
        }
        std::stable_sort(chart.items.begin(), chart.items.end(), [](const ChartItem &a, const ChartItem &b) {
            return a.date != b.date ? a.date < b.date : a.value > b.value;
        });
        QList<qsizetype> bySize(chart.items.size());
        for (qsizetype i = 0; i < bySize.size(); ++i)
            bySize[i] = i;
        std::stable_sort(bySize.begin(), bySize.end(),
                         [&](qsizetype a, qsizetype b) { return chart.items[a].value > chart.items[b].value; });
        for (qsizetype i = 0; i < bySize.size() && i < options.labelledPoints; ++i)
            chart.items[bySize[i]].labelled = true;
        double total = 0;
        for (const ChartItem &item : std::as_const(chart.items)) {
            total += item.value;
            if (!chart.cumulative.isEmpty() && chart.cumulative.last().first == item.date)
                chart.cumulative.last().second = total;
            else
                chart.cumulative.append({item.date, total});
        }
        if (!chart.items.isEmpty()) {
            chart.dateMin = chart.items.first().date;
            chart.dateMax = chart.items.last().date;
        }
    }

    for (ChartItem &item : chart.items)
        item.valueLabel = labels.amount(item.low, item.high, item.qualifier);

    // The value axis: from zero on a linear scale; whole powers of ten on a log scale.
    double lo = 0, hi = 0;
    for (const ChartItem &item : std::as_const(chart.items)) {
        hi = std::max(hi, item.high);
        if (item.low > 0)
            lo = lo > 0 ? std::min(lo, item.low) : item.low;
    }
    if (options.scale == ChartScale::Log) {
        // A power of ten below the smallest bar, so even it has a length.
        chart.axisMin = lo > 0 ? std::pow(10.0, std::ceil(std::log10(lo)) - 1) : 1;
        chart.axisMax = hi > 0 ? std::pow(10.0, std::ceil(std::log10(hi))) : 10;
        if (chart.axisMax <= chart.axisMin)
            chart.axisMax = chart.axisMin * 10;
        for (double t = chart.axisMin; t <= chart.axisMax * 1.000001; t *= 10)
            chart.valueTicks.append({t, labels.money(t)});
    } else {
        // A timeline's largest circle is centred on its value: room above it, so the top
        // tick does not cut it in half.
        chart.valueTicks =
            linearTicks(options.kind == ChartKind::Timeline ? hi * 1.1 : hi, labels, &chart.axisMax);
        chart.axisMin = 0;
    }
    if (options.kind == ChartKind::Timeline) {
        chart.totalTicks = linearTicks(chart.cumulative.isEmpty() ? 0 : chart.cumulative.last().second, labels,
                                       &chart.totalMax);
        chart.dateTicks = dateTicks(chart.dateMin, chart.dateMax, options.grain, labels);
    }
    chart.withoutRateCurrencies = QStringList(unconvertible.begin(), unconvertible.end());
    chart.withoutRateCurrencies.sort();
    describeChart(chart, rates);
    return chart;
}

} // namespace dealdesk
