// Findings in words: money, dates and the hover line in English and in Italian, numbers
// through the locale and words through the compiled-in translations.
#include "ui/findingtext.h"
#include "ui/uilanguage.h"
#include "uitestutil.h"

#include <QStandardPaths>

using namespace dealdesk;
using namespace dealdesk::uitest;

class TestFindingText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { installUiLanguage(u"en"_qs); }

    void money_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("qualifier");
        QTest::addColumn<QString>("expected");
        const int upTo = int(Qualifier::UpTo), exact = int(Qualifier::Exact), range = int(Qualifier::Range);
        QTest::addRow("en up to") << u"en"_qs << 0.0 << 25e9 << upTo << u"up to USD 25 bn"_qs;
        QTest::addRow("it up to") << u"it"_qs << 0.0 << 25e9 << upTo << u"≤ 25 mld USD"_qs;
        QTest::addRow("en decimals") << u"en"_qs << 1.5e9 << 1.5e9 << exact << u"USD 1.5 bn"_qs;
        QTest::addRow("it decimals") << u"it"_qs << 1.5e9 << 1.5e9 << exact << u"1,5 mld USD"_qs;
        QTest::addRow("en millions") << u"en"_qs << 600e6 << 600e6 << exact << u"USD 600 m"_qs;
        QTest::addRow("it millions") << u"it"_qs << 600e6 << 600e6 << exact << u"600 mln USD"_qs;
        QTest::addRow("en units grouped") << u"en"_qs << 250000.0 << 250000.0 << exact << u"USD 250,000"_qs;
        QTest::addRow("it units grouped") << u"it"_qs << 250000.0 << 250000.0 << exact << u"250.000 USD"_qs;
        QTest::addRow("en range") << u"en"_qs << 1e9 << 2e9 << range << u"USD 1–2 bn"_qs;
        QTest::addRow("it range") << u"it"_qs << 1e9 << 2e9 << range << u"1–2 mld USD"_qs;
    }

    void money()
    {
        QFETCH(QString, language);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, qualifier);
        QFETCH(QString, expected);
        installUiLanguage(language);
        QCOMPARE(formatMoney({u"USD"_qs, low, high, Qualifier(qualifier)}, QLocale()), expected);
    }

    void hoverLine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("withoutDeal");
        QTest::addRow("en") << u"en"_qs << u"up to USD 25 bn · investment · in talks"_qs
                            << u"up to USD 25 bn · investment"_qs;
        QTest::addRow("it") << u"it"_qs << u"≤ 25 mld USD · investimento · in trattativa"_qs
                            << u"≤ 25 mld USD · investimento"_qs;
    }

    void hoverLine()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFETCH(QString, withoutDeal);
        installUiLanguage(language);
        const QString text = u"Borealis tratta per investire fino a 25 miliardi di dollari in Quartzo."_qs;
        Findings f;
        const Money money{u"USD"_qs, 0, 25e9, Qualifier::UpTo};
        f.amounts << amount(text, u"fino a 25 miliardi di dollari"_qs, money);
        f.deals << Deal{u"Borealis"_qs, u"Quartzo"_qs, money, DealStatus::InTalks, {}, {0, qsizetype(text.size())}};
        const QList<FindingRecord> all = records(f, text);
        QCOMPARE(hoverText(all[0], all), expected);
        // The same amount outside the deal's sentence names no status.
        QCOMPARE(hoverText(all[0], {all[0]}), withoutDeal);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en day") << u"en"_qs << u"2025-01-30"_qs << int(DateGrain::Day) << u"30 January 2025"_qs;
        QTest::addRow("it day") << u"it"_qs << u"2025-01-30"_qs << int(DateGrain::Day) << u"30 gennaio 2025"_qs;
        QTest::addRow("it month") << u"it"_qs << u"2024-08"_qs << int(DateGrain::Month) << u"agosto 2024"_qs;
        QTest::addRow("en quarter") << u"en"_qs << u"2025-Q3"_qs << int(DateGrain::Quarter) << u"Q3 2025"_qs;
        QTest::addRow("it quarter") << u"it"_qs << u"2025-Q3"_qs << int(DateGrain::Quarter) << u"3º trim. 2025"_qs;
        QTest::addRow("en years") << u"en"_qs << u"P4Y"_qs << int(DateGrain::Duration) << u"4 years"_qs;
        QTest::addRow("en one year") << u"en"_qs << u"P1Y"_qs << int(DateGrain::Duration) << u"1 year"_qs;
        QTest::addRow("it months") << u"it"_qs << u"P18M"_qs << int(DateGrain::Duration) << u"18 mesi"_qs;
        QTest::addRow("bad duration kept") << u"en"_qs << u"PxY"_qs << int(DateGrain::Duration) << u"PxY"_qs;
    }

    void dates()
    {
        QFETCH(QString, language);
        QFETCH(QString, iso);
        QFETCH(int, grain);
        QFETCH(QString, expected);
        installUiLanguage(language);
        QCOMPARE(formatDateValue(iso, DateGrain(grain), QLocale()), expected);
    }
};

QTEST_MAIN(TestFindingText)
#include "tst_findingtext.moc"
