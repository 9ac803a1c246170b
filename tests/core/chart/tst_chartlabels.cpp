// A chart's labels per locale: compact money through ICU, the qualifier words, periods at
// each grain, currency names.
#include "core/chart/chartlabels.h"

#include <QTest>

using namespace dealdesk;

namespace {

QString plain(QString s)
{
    return s.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

} // namespace

class TestChartLabels : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en billions") << u"en"_qs << u"USD"_qs << 25e9 << u"$25B"_qs;
        QTest::addRow("en millions, three digits") << u"en"_qs << u"USD"_qs << 1.234e9 << u"$1.23B"_qs;
        QTest::addRow("en euros") << u"en"_qs << u"EUR"_qs << 600e6 << u"€600M"_qs;
        QTest::addRow("it miliardi") << u"it"_qs << u"USD"_qs << 25e9 << u"25 mld USD"_qs;
        QTest::addRow("it euro") << u"it"_qs << u"EUR"_qs << 1.5e9 << u"1,5 mld €"_qs;
        QTest::addRow("it milioni") << u"it"_qs << u"USD"_qs << 600e6 << u"600 mln USD"_qs;
        QTest::addRow("de Milliarden") << u"de"_qs << u"EUR"_qs << 25e9 << u"25 Mrd. €"_qs;
        QTest::addRow("fr milliards") << u"fr"_qs << u"EUR"_qs << 25e9 << u"25 Md €"_qs;
        QTest::addRow("zero") << u"en"_qs << u"USD"_qs << 0.0 << u"$0"_qs;
    }

    void money()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(plain(ChartLabels(locale, currency).money(value)), expected);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("qualifier");
        QTest::addColumn<QString>("expected");
        QTest::addRow("exact") << u"en"_qs << 2e9 << 2e9 << int(Qualifier::Exact) << u"$2B"_qs;
        QTest::addRow("up to") << u"en"_qs << 25e9 << 25e9 << int(Qualifier::UpTo) << u"up to $25B"_qs;
        QTest::addRow("over") << u"en"_qs << 1e9 << 1e9 << int(Qualifier::Over) << u"over $1B"_qs;
        QTest::addRow("about") << u"en"_qs << 3e8 << 3e8 << int(Qualifier::Approx) << u"about $300M"_qs;
        QTest::addRow("range") << u"en"_qs << 1e9 << 2e9 << int(Qualifier::Range) << u"$1B–$2B"_qs;
        QTest::addRow("it fino a") << u"it"_qs << 25e9 << 25e9 << int(Qualifier::UpTo) << u"fino a 25 mld USD"_qs;
        QTest::addRow("it oltre") << u"it"_qs << 1e9 << 1e9 << int(Qualifier::Over) << u"oltre 1 mld USD"_qs;
        QTest::addRow("fr environ") << u"fr"_qs << 3e8 << 3e8 << int(Qualifier::Approx) << u"environ 300 M $US"_qs;
        QTest::addRow("unknown language: en words") << u"pt"_qs << 25e9 << 25e9 << int(Qualifier::UpTo)
                                                    << u"up to US$ 25 bi"_qs;
    }

    void amounts()
    {
        QFETCH(QString, locale);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, qualifier);
        QFETCH(QString, expected);
        QCOMPARE(plain(ChartLabels(locale, u"USD"_qs).amount(low, high, Qualifier(qualifier))), expected);
    }

    void periods_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en day") << u"en"_qs << int(TimeGrain::Day) << u"Mar 7, 2025"_qs;
        QTest::addRow("en month") << u"en"_qs << int(TimeGrain::Month) << u"Mar 2025"_qs;
        QTest::addRow("en quarter") << u"en"_qs << int(TimeGrain::Quarter) << u"Q1 2025"_qs;
        QTest::addRow("en year") << u"en"_qs << int(TimeGrain::Year) << u"2025"_qs;
        QTest::addRow("it month") << u"it"_qs << int(TimeGrain::Month) << u"mar 2025"_qs;
        QTest::addRow("de day") << u"de"_qs << int(TimeGrain::Day) << u"7. März 2025"_qs;
    }

    void periods()
    {
        QFETCH(QString, locale);
        QFETCH(int, grain);
        QFETCH(QString, expected);
        QCOMPARE(plain(ChartLabels(locale, u"USD"_qs).period(QDate(2025, 3, 7), TimeGrain(grain))), expected);
    }

    void periodArithmetic_data()
    {
        QTest::addColumn<int>("grain");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("next");
        QTest::addRow("day") << int(TimeGrain::Day) << QDate(2025, 8, 19) << QDate(2025, 8, 20);
        QTest::addRow("month") << int(TimeGrain::Month) << QDate(2025, 8, 1) << QDate(2025, 9, 1);
        QTest::addRow("quarter") << int(TimeGrain::Quarter) << QDate(2025, 7, 1) << QDate(2025, 10, 1);
        QTest::addRow("year") << int(TimeGrain::Year) << QDate(2025, 1, 1) << QDate(2026, 1, 1);
    }

    void periodArithmetic()
    {
        QFETCH(int, grain);
        QFETCH(QDate, start);
        QFETCH(QDate, next);
        QCOMPARE(periodStart(QDate(2025, 8, 19), TimeGrain(grain)), start);
        QCOMPARE(nextPeriod(QDate(2025, 8, 19), TimeGrain(grain)), next);
    }

    void currencyNames_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en") << u"en"_qs << u"US dollars"_qs;
        QTest::addRow("it") << u"it"_qs << u"dollari statunitensi"_qs;
    }

    void currencyNames()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(ChartLabels(locale, u"USD"_qs).currencyName(), expected);
    }
};

QTEST_GUILESS_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
