// The chart's data from a team-made corpus: bars, ranges, sums per investor, target and
// month, timeline dates at each grain and the running total, conversion, notes, alt text, CSV.
#include "chartcorpus.h"

#include "core/chart/chartbuilder.h"
#include "core/chart/charttext.h"

using namespace dealdesk;
using namespace dealdesk::charttest;

namespace {

ChartData build(ChartOptions o)
{
    return buildChart(corpus(), o, rates());
}

QStringList labelsOf(const ChartData &c)
{
    QStringList out;
    for (const ChartItem &i : c.items)
        out << i.label;
    return out;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<double>>("lows");
        QTest::addColumn<QList<double>>("highs");
        QTest::addColumn<QStringList>("valueLabels");
        QTest::addColumn<QList<int>>("deals");
        // EUR at 1.25 and GBP at 1.5 dollars: 1-1.5 bn EUR is 1.25-1.875 bn USD, 300 M GBP 450 M.
        QTest::addRow("one per deal, by size")
            << int(ChartGrouping::Deal)
            << QStringList{u"Helix Partners Inc. → Brightmind"_qs, u"Helix Partners → Quanta Labs"_qs,
                           u"Banca Orsa → Quanta Labs"_qs, u"Nordlicht Fonds → Brightmind"_qs}
            << QList<double>{5e9, 2e9, 1.25e9, 450e6} << QList<double>{5e9, 2e9, 1.875e9, 450e6}
            << QStringList{u"up to $5B"_qs, u"$2B"_qs, u"$1.25B–$1.88B"_qs, u"about $450M"_qs}
            << QList<int>{1, 1, 1, 1};
        // "Helix Partners" and "Helix Partners Inc." are one investor; exact + "up to" is "up to".
        QTest::addRow("summed per investor")
            << int(ChartGrouping::Investor)
            << QStringList{u"Helix Partners"_qs, u"Banca Orsa"_qs, u"Nordlicht Fonds"_qs}
            << QList<double>{7e9, 1.25e9, 450e6} << QList<double>{7e9, 1.875e9, 450e6}
            << QStringList{u"up to $7B"_qs, u"$1.25B–$1.88B"_qs, u"about $450M"_qs} << QList<int>{2, 1, 1};
        QTest::addRow("summed per target")
            << int(ChartGrouping::Target) << QStringList{u"Brightmind"_qs, u"Quanta Labs"_qs}
            << QList<double>{5.45e9, 3.25e9} << QList<double>{5.45e9, 3.875e9}
            << QStringList{u"about $5.45B"_qs, u"$3.25B–$3.88B"_qs} << QList<int>{2, 2};
        // Months in time order; a deal stated for a year or a quarter sits at its first report.
        QTest::addRow("summed per month")
            << int(ChartGrouping::Month)
            << QStringList{u"Jan 2025"_qs, u"Feb 2025"_qs, u"Mar 2025"_qs, u"Apr 2025"_qs}
            << QList<double>{2e9, 5e9, 1.25e9, 450e6} << QList<double>{2e9, 5e9, 1.875e9, 450e6}
            << QStringList{u"$2B"_qs, u"up to $5B"_qs, u"$1.25B–$1.88B"_qs, u"about $450M"_qs}
            << QList<int>{1, 1, 1, 1};
    }

    void sizes()
    {
        QFETCH(int, grouping);
        QFETCH(QStringList, labels);
        QFETCH(QList<double>, lows);
        QFETCH(QList<double>, highs);
        QFETCH(QStringList, valueLabels);
        QFETCH(QList<int>, deals);
        ChartOptions o;
        o.grouping = ChartGrouping(grouping);
        const ChartData c = build(o);
        QCOMPARE(labelsOf(c), labels);
        for (qsizetype i = 0; i < c.items.size(); ++i) {
            QCOMPARE(c.items[i].low, lows[i]);
            QCOMPARE(c.items[i].high, highs[i]);
            QCOMPARE(plain(c.items[i].valueLabel), valueLabels[i]);
            QCOMPARE(c.items[i].deals, deals[i]);
        }
        QCOMPARE(c.dealCount, 4);
        QCOMPARE(c.withoutAmount, 1);
        QCOMPARE(c.withoutRate, 1);
        QCOMPARE(c.withoutRateCurrencies, QStringList{u"XTS"_qs});
    }

    void axis_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QStringList>("ticks");
        QTest::addRow("linear from zero") << int(ChartScale::Linear) << 0.0 << 5e9
                                          << QStringList{u"$0"_qs, u"$1B"_qs, u"$2B"_qs, u"$3B"_qs, u"$4B"_qs, u"$5B"_qs};
        QTest::addRow("log, powers of ten") << int(ChartScale::Log) << 1e8 << 1e10
                                            << QStringList{u"$100M"_qs, u"$1B"_qs, u"$10B"_qs};
    }

    void axis()
    {
        QFETCH(int, scale);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QStringList, ticks);
        ChartOptions o;
        o.scale = ChartScale(scale);
        const ChartData c = build(o);
        QCOMPARE(c.axisMin, min);
        QCOMPARE(c.axisMax, max);
        QStringList got;
        for (const ChartTick &t : c.valueTicks)
            got << plain(t.label);
        QCOMPARE(got, ticks);
    }

    void colours_data()
    {
        QTest::addColumn<int>("colouring");
        QTest::addColumn<int>("maxColours");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("itemKeys");
        QTest::addRow("status, in order of progress")
            << int(ChartColouring::Status) << 6
            << QStringList{u"completed"_qs, u"announced"_qs, u"in_talks"_qs}
            << QStringList{u"in_talks"_qs, u"announced"_qs, u"completed"_qs, u"announced"_qs};
        QTest::addRow("investor, largest first")
            << int(ChartColouring::Investor) << 6
            << QStringList{u"Helix Partners Inc."_qs, u"Helix Partners"_qs, u"Banca Orsa"_qs, u"Nordlicht Fonds"_qs}
            << QStringList{u"Helix Partners Inc."_qs, u"Helix Partners"_qs, u"Banca Orsa"_qs, u"Nordlicht Fonds"_qs};
        QTest::addRow("investor, the rest folded")
            << int(ChartColouring::Investor) << 2
            << QStringList{u"Helix Partners Inc."_qs, u"Helix Partners"_qs, u"other"_qs}
            << QStringList{u"Helix Partners Inc."_qs, u"Helix Partners"_qs, u"other"_qs, u"other"_qs};
    }

    void colours()
    {
        QFETCH(int, colouring);
        QFETCH(int, maxColours);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, itemKeys);
        ChartOptions o;
        o.colouring = ChartColouring(colouring);
        o.maxColours = maxColours;
        const ChartData c = build(o);
        QCOMPARE(c.colourKeys, keys);
        QStringList got;
        for (const ChartItem &i : c.items)
            got << i.colourKey;
        QCOMPARE(got, itemKeys);
    }

    void timeline_data()
    {
        QTest::addColumn<int>("grain");
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QStringList>("cumulativeDates");
        QTest::addColumn<QList<double>>("cumulative");
        // Midpoint of the EUR range: 1.5625 bn. Deal dates: 2025-01-20, 2025-02 (month as
        // stated), 2025 -> first report 2025-03-05, 2025-Q2 -> first report 2025-04-02.
        QTest::addRow("day") << int(TimeGrain::Day)
                             << QStringList{u"2025-01-20"_qs, u"2025-02-01"_qs, u"2025-03-05"_qs, u"2025-04-02"_qs}
                             << QStringList{u"2025-01-20"_qs, u"2025-02-01"_qs, u"2025-03-05"_qs, u"2025-04-02"_qs}
                             << QList<double>{2e9, 7e9, 8.5625e9, 9.0125e9};
        QTest::addRow("month") << int(TimeGrain::Month)
                               << QStringList{u"2025-01-01"_qs, u"2025-02-01"_qs, u"2025-03-01"_qs, u"2025-04-01"_qs}
                               << QStringList{u"2025-01-01"_qs, u"2025-02-01"_qs, u"2025-03-01"_qs, u"2025-04-01"_qs}
                               << QList<double>{2e9, 7e9, 8.5625e9, 9.0125e9};
        QTest::addRow("quarter") << int(TimeGrain::Quarter)
                                 << QStringList{u"2025-01-01"_qs, u"2025-01-01"_qs, u"2025-01-01"_qs, u"2025-04-01"_qs}
                                 << QStringList{u"2025-01-01"_qs, u"2025-04-01"_qs}
                                 << QList<double>{8.5625e9, 9.0125e9};
        QTest::addRow("year") << int(TimeGrain::Year)
                              << QStringList{u"2025-01-01"_qs, u"2025-01-01"_qs, u"2025-01-01"_qs, u"2025-01-01"_qs}
                              << QStringList{u"2025-01-01"_qs} << QList<double>{9.0125e9};
    }

    void timeline()
    {
        QFETCH(int, grain);
        QFETCH(QStringList, dates);
        QFETCH(QStringList, cumulativeDates);
        QFETCH(QList<double>, cumulative);
        ChartOptions o;
        o.kind = ChartKind::Timeline;
        o.grain = TimeGrain(grain);
        o.labelledPoints = 2;
        const ChartData c = build(o);
        QStringList got;
        for (const ChartItem &i : c.items)
            got << i.date.toString(Qt::ISODate);
        QCOMPARE(got, dates);
        QStringList gotDates;
        QList<double> gotSums;
        for (const auto &[date, sum] : c.cumulative) {
            gotDates << date.toString(Qt::ISODate);
            gotSums << sum;
        }
        QCOMPARE(gotDates, cumulativeDates);
        QCOMPARE(gotSums, cumulative);
        // The two largest are labelled: up to 5 bn and 2 bn.
        QStringList labelled;
        for (const ChartItem &i : c.items) {
            if (i.labelled)
                labelled << i.label;
        }
        labelled.sort();
        QCOMPARE(labelled, (QStringList{u"Helix Partners Inc. → Brightmind"_qs, u"Helix Partners → Quanta Labs"_qs}));
        QVERIFY(!c.dateTicks.isEmpty());
        QVERIFY(c.dateTicks.size() <= 8);
        QCOMPARE(c.dateMin, QDate::fromString(dates.first(), Qt::ISODate));
    }

    void dateTicksStayFew_data()
    {
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("ticks");
        QTest::addRow("months of a quarter") << int(TimeGrain::Month) << u"2025-01-01"_qs << u"2025-04-01"_qs
                                             << QStringList{u"Jan 2025"_qs, u"Feb 2025"_qs, u"Mar 2025"_qs,
                                                            u"Apr 2025"_qs};
        QTest::addRow("two years by month -> quarters")
            << int(TimeGrain::Month) << u"2024-01-01"_qs << u"2025-12-01"_qs
            << QStringList{u"Q1 2024"_qs, u"Q2 2024"_qs, u"Q3 2024"_qs, u"Q4 2024"_qs,
                           u"Q1 2025"_qs, u"Q2 2025"_qs, u"Q3 2025"_qs, u"Q4 2025"_qs};
        QTest::addRow("three years by month -> half years")
            << int(TimeGrain::Month) << u"2023-02-01"_qs << u"2025-12-01"_qs
            << QStringList{u"Q3 2023"_qs, u"Q1 2024"_qs, u"Q3 2024"_qs, u"Q1 2025"_qs, u"Q3 2025"_qs};
        QTest::addRow("ten years by quarter -> years or coarser")
            << int(TimeGrain::Quarter) << u"2015-05-01"_qs << u"2025-02-01"_qs
            << QStringList{u"2016"_qs, u"2018"_qs, u"2020"_qs, u"2022"_qs, u"2024"_qs};
    }

    void dateTicksStayFew()
    {
        QFETCH(int, grain);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, ticks);
        // Two deals at the ends of the span.
        QList<StoredDeal> deals{row(1, u"Ledger"_qs, from, u"A"_qs, u"B"_qs, money("USD", 1e6, 1e6),
                                    DealStatus::Completed, from),
                                row(2, u"Ledger"_qs, to, u"C"_qs, u"D"_qs, money("USD", 2e6, 2e6),
                                    DealStatus::Completed, to)};
        ChartOptions o;
        o.kind = ChartKind::Timeline;
        o.grain = TimeGrain(grain);
        const ChartData c = buildChart(mergeStoredDeals(deals), o, rates());
        QStringList got;
        for (const ChartTick &t : c.dateTicks)
            got << t.label;
        QCOMPARE(got, ticks);
    }

    void conversion_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QList<double>>("highs"); // by size
        QTest::addColumn<QStringList>("convertedFrom");
        // To euros: USD / 1.25; GBP at 1.5 / 1.25 = 1.2 euros.
        QTest::addRow("to USD") << u"USD"_qs << QList<double>{5e9, 2e9, 1.875e9, 450e6}
                                << QStringList{u"EUR"_qs, u"GBP"_qs};
        QTest::addRow("to EUR") << u"EUR"_qs << QList<double>{4e9, 1.6e9, 1.5e9, 360e6}
                                << QStringList{u"GBP"_qs, u"USD"_qs};
    }

    void conversion()
    {
        QFETCH(QString, currency);
        QFETCH(QList<double>, highs);
        QFETCH(QStringList, convertedFrom);
        ChartOptions o;
        o.currency = currency;
        const ChartData c = build(o);
        QCOMPARE(c.items.size(), highs.size());
        for (qsizetype i = 0; i < highs.size(); ++i)
            QVERIFY2(qFuzzyCompare(c.items[i].high, highs[i]), qPrintable(QString::number(c.items[i].high)));
        QCOMPARE(c.convertedFrom, convertedFrom);
        QCOMPARE(c.ratesDate, u"2025-06-30"_qs); // the newest rate used
        QVERIFY2(c.conversionNote.contains(u"converted"_qs), qPrintable(c.conversionNote));
        QVERIFY(c.notes.contains(c.conversionNote));
        // The corpus is untouched: the merged deal still states euros.
        const CorpusDeals deals = corpus();
        QCOMPARE(deals.deals[2].money->currency, u"EUR"_qs);
        QCOMPARE(deals.deals[2].money->low, 1e9);
    }

    void ratesArithmetic_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("expected"); // -1: no rate
        QTest::addRow("same currency, no rate needed") << 7.0 << u"XTS"_qs << u"XTS"_qs << 7.0;
        QTest::addRow("EUR to USD") << 100.0 << u"EUR"_qs << u"USD"_qs << 125.0;
        QTest::addRow("USD to GBP") << 150.0 << u"USD"_qs << u"GBP"_qs << 100.0;
        QTest::addRow("GBP to EUR") << 10.0 << u"GBP"_qs << u"EUR"_qs << 12.0;
        QTest::addRow("unknown") << 10.0 << u"XTS"_qs << u"USD"_qs << -1.0;
    }

    void ratesArithmetic()
    {
        QFETCH(double, amount);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, expected);
        const auto got = rates().convert(amount, from, to);
        if (expected < 0) {
            QVERIFY(!got);
            return;
        }
        QVERIFY(got);
        QVERIFY2(qFuzzyCompare(*got, expected), qPrintable(QString::number(*got)));
    }

    void ratesFiles_data()
    {
        QTest::addColumn<QString>("tsv");
        QTest::addColumn<bool>("ok");
        QTest::addRow("good") << u"# c\ncurrency\tusd_per_unit\tdate\nchf\t1.25\t2025-06-30\n"_qs << true;
        QTest::addRow("no date column") << u"currency\tusd_per_unit\nCHF\t1.25\n"_qs << false;
        QTest::addRow("zero rate") << u"currency\tusd_per_unit\tdate\nCHF\t0\t2025-06-30\n"_qs << false;
        QTest::addRow("bad date") << u"currency\tusd_per_unit\tdate\nCHF\t1.2\t30/06/2025\n"_qs << false;
    }

    void ratesFiles()
    {
        QFETCH(QString, tsv);
        QFETCH(bool, ok);
        QString error;
        const auto parsed = ExchangeRates::parse(tsv, u"rates.tsv"_qs, &error);
        QCOMPARE(bool(parsed), ok);
        if (ok) {
            QCOMPARE(parsed->rate(u"CHF"_qs)->usdPerUnit, 1.25);
            // Written out and read back: the same table.
            QCOMPARE(*ExchangeRates::parse(parsed->toTsv(), u"again"_qs), *parsed);
        } else {
            QVERIFY2(error.contains(u"rates.tsv"_qs), qPrintable(error));
        }
    }

    void defaultRatesLoad()
    {
        const ExchangeRates defaults = ExchangeRates::defaults();
        QVERIFY(defaults.rate(u"EUR"_qs));
        QVERIFY(defaults.rate(u"USD"_qs));
        QCOMPARE(defaults.rate(u"USD"_qs)->usdPerUnit, 1.0);
    }

    void notes_data()
    {
        QTest::addColumn<int>("maxBars");
        QTest::addColumn<bool>("acceptedOnly");
        QTest::addColumn<QStringList>("contains");
        QTest::addRow("everything shown, accepted")
            << 15 << true
            << QStringList{u"Ranges are drawn from low to high"_qs, u"1 deal without a stated amount"_qs,
                           u"1 deal in XTS not shown"_qs, u"confirmed by a journalist"_qs};
        QTest::addRow("two bars, all findings")
            << 2 << false << QStringList{u"2 smaller deals not shown"_qs, u"not yet reviewed"_qs};
    }

    void notes()
    {
        QFETCH(int, maxBars);
        QFETCH(bool, acceptedOnly);
        QFETCH(QStringList, contains);
        ChartOptions o;
        o.maxBars = maxBars;
        o.acceptedOnly = acceptedOnly;
        const ChartData c = build(o);
        const QString all = c.notes.join(u' ');
        for (const QString &part : contains)
            QVERIFY2(all.contains(part), qPrintable(all));
        QCOMPARE(c.items.size(), qMin(4, maxBars));
        // The source line names the outlets of the deals shown, most deals first.
        QCOMPARE(c.outlets.first(), u"Ledger Weekly"_qs);
        QVERIFY(c.sourceLine.contains(u"Ledger Weekly"_qs));
    }

    void altText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("contains");
        QTest::addRow("sizes") << int(ChartKind::Sizes)
                               << QStringList{u"Horizontal bar chart"_qs, u"4 bars"_qs,
                                              u"Helix Partners Inc. → Brightmind at up to $5B"_qs,
                                              u"smallest shown Nordlicht Fonds → Brightmind"_qs,
                                              u"from January 21, 2025 to April 2, 2025"_qs, u"converted"_qs};
        QTest::addRow("timeline") << int(ChartKind::Timeline)
                                  << QStringList{u"Timeline chart"_qs, u"4 deals"_qs, u"running total reaches $9.01B"_qs,
                                                 u"(2025-02)"_qs};
    }

    void altText()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, contains);
        ChartOptions o;
        o.kind = ChartKind(kind);
        const ChartData c = build(o);
        const QString alt = plain(dealdesk::altText(c));
        for (const QString &part : contains)
            QVERIFY2(alt.contains(part), qPrintable(alt));
    }

    // The same rows in Italian and in English: every word around the chart follows its locale,
    // numbers and dates included; the journalist's caption goes into the alt text.
    void wordsFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("contains"); // in subtitle, notes, source line, legend, alt text
        QTest::addRow("en sizes") << u"en"_qs << int(ChartKind::Sizes) << u"The largest AI deals"_qs
                                  << QStringList{u"Deal sizes in US dollars, 4 deals reported between January 2025 "
                                                 "and April 2025"_qs,
                                                 u"1 EUR = 1.25 USD"_qs, u"Only deals confirmed by a journalist."_qs,
                                                 u"Source: Dealdesk analysis of reports in"_qs, u"completed"_qs,
                                                 u"Notes:"_qs, u"Horizontal bar chart"_qs, u"4 bars"_qs};
        QTest::addRow("it sizes") << u"it"_qs << int(ChartKind::Sizes) << u"Le maggiori operazioni nell'IA"_qs
                                  << QStringList{u"Importi in dollari statunitensi; 4 operazioni segnalate tra "
                                                 "gennaio 2025 e aprile 2025"_qs,
                                                 u"1 EUR = 1,25 USD"_qs, u"Solo operazioni verificate dalla redazione."_qs,
                                                 u"Fonte: analisi Dealdesk di articoli di"_qs, u"conclusa"_qs,
                                                 u"Note:"_qs, u"Grafico a barre orizzontali"_qs, u"4 barre"_qs,
                                                 u"Periodo delle notizie: 21 gennaio 2025 – 2 aprile 2025."_qs};
        QTest::addRow("en timeline") << u"en"_qs << int(ChartKind::Timeline) << u"AI deals over time"_qs
                                     << QStringList{u"4 deals reported between January 2025 and April 2025"_qs,
                                                    u"Running total"_qs, u"running total reaches"_qs};
        QTest::addRow("it timeline") << u"it"_qs << int(ChartKind::Timeline) << u"Le operazioni nell'IA nel tempo"_qs
                                     << QStringList{u"4 operazioni segnalate tra gennaio 2025 e aprile 2025"_qs,
                                                    u"Totale cumulato"_qs, u"il totale cumulato arriva a"_qs,
                                                    u"Grafico temporale"_qs};
        // A language without chart words: English words, its own numbers and months.
        QTest::addRow("pt falls back to English") << u"pt"_qs << int(ChartKind::Sizes) << u"The largest AI deals"_qs
                                                  << QStringList{u"4 deals reported between janeiro de 2025"_qs,
                                                                 u"1 EUR = 1,25 USD"_qs};
    }

    void wordsFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QStringList, contains);
        ChartOptions o;
        o.locale = locale;
        o.kind = ChartKind(kind);
        const ChartData c = build(o);
        QCOMPARE(c.title, title);
        const ChartCaption caption{{}, {}, u"Figures as announced"_qs, {}};
        const QString all = plain(QStringList({c.subtitle, c.notes.join(u' '), c.sourceLine, c.words.notes,
                                              c.words.runningTotal, c.words.legend.values().join(u' '),
                                              dealdesk::altText(c, caption)})
                                      .join(u'\n'));
        for (const QString &part : contains)
            QVERIFY2(all.contains(part), qPrintable(all));
        const QString alt = dealdesk::altText(c, caption);
        QVERIFY2(alt.endsWith(u"Figures as announced."_qs), qPrintable(alt));
        const ChartCaption titled{u"Three deals, half the money"_qs, {}, {}, {}};
        QVERIFY(dealdesk::altText(c, titled).contains(u"Three deals, half the money"_qs));
        QVERIFY(!dealdesk::altText(c, titled).contains(title));
    }

    void csvIsTheChartData_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("sizes") << int(ChartKind::Sizes);
        QTest::addRow("timeline") << int(ChartKind::Timeline);
    }

    void csvIsTheChartData()
    {
        QFETCH(int, kind);
        ChartOptions o;
        o.kind = ChartKind(kind);
        const ChartData c = build(o);
        QStringList lines = chartCsv(c).split(u"\r\n"_qs);
        QCOMPARE(lines.takeLast(), QString()); // every row ends in CRLF
        QCOMPARE(lines.size(), c.items.size() + 1);
        const QStringList header = lines.takeFirst().split(u',');
        const int label = int(header.indexOf(u"label"_qs)), low = int(header.indexOf(u"low"_qs)),
                  high = int(header.indexOf(u"high"_qs)), currency = int(header.indexOf(u"currency"_qs));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u',');
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(cells[label], c.items[i].label);
            QCOMPARE(cells[low].toDouble(), c.items[i].low);
            QCOMPARE(cells[high].toDouble(), c.items[i].high);
            QCOMPARE(cells[currency], u"USD"_qs);
        }
        if (o.kind == ChartKind::Timeline) {
            const int cumulative = int(header.indexOf(u"cumulative"_qs));
            QVERIFY(cumulative > 0);
            QCOMPARE(lines.last().split(u',')[cumulative].toDouble(), c.cumulative.last().second);
        }
    }

    void unnamedPartiesAreLeftOut_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("note");
        QTest::addRow("investor") << int(ChartGrouping::Investor) << QStringList{u"Arco"_qs}
                                  << u"1 deal without a named investor not shown."_qs;
        QTest::addRow("target") << int(ChartGrouping::Target) << QStringList{u"Nimbo"_qs}
                                << u"1 deal without a named target not shown."_qs;
    }

    void unnamedPartiesAreLeftOut()
    {
        QFETCH(int, grouping);
        QFETCH(QStringList, labels);
        QFETCH(QString, note);
        const QList<StoredDeal> deals{
            row(1, u"Ledger"_qs, u"2025-01-02"_qs, u"Arco"_qs, QString(), money("USD", 1e6, 1e6),
                DealStatus::Completed, {}),
            row(2, u"Ledger"_qs, u"2025-01-03"_qs, QString(), u"Nimbo"_qs, money("USD", 2e6, 2e6),
                DealStatus::Completed, {})};
        ChartOptions o;
        o.grouping = ChartGrouping(grouping);
        const ChartData c = buildChart(mergeStoredDeals(deals), o, rates());
        QCOMPARE(labelsOf(c), labels);
        QVERIFY2(c.notes.contains(note), qPrintable(c.notes.join(u'|')));
    }

    void dealDates_data()
    {
        QTest::addColumn<QString>("stated");
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("expected");
        QTest::addRow("day as stated") << u"2025-03-07"_qs << u"2025-03-09T10:00"_qs << u"2025-03-07"_qs;
        QTest::addRow("month as stated") << u"2025-03"_qs << u"2025-04-09"_qs << u"2025-03-01"_qs;
        QTest::addRow("year: the report") << u"2024"_qs << u"2025-04-09"_qs << u"2025-04-09"_qs;
        QTest::addRow("quarter: the report") << u"2025-Q3"_qs << u"2025-08-09"_qs << u"2025-08-09"_qs;
        QTest::addRow("quarter, undated report") << u"2025-Q3"_qs << QString() << u"2025-07-01"_qs;
        QTest::addRow("none: the report") << QString() << u"2025-04-09"_qs << u"2025-04-09"_qs;
        QTest::addRow("nothing") << QString() << QString() << QString();
    }

    void dealDates()
    {
        QFETCH(QString, stated);
        QFETCH(QString, report);
        QFETCH(QString, expected);
        QCOMPARE(dealDate(stated, report).toString(Qt::ISODate), expected);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
