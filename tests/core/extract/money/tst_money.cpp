#include "moneysuite.h"
#include "moneytestinput.h"

#include <QElapsedTimer>
#include <QTest>

namespace dealdesk {

void TestMoney::columns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pick");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("role");
}

void TestMoney::row(const char *text, const char *span, const char *currency, double low, double high,
                    const char *qualifier, const char *role, int pick)
{
    static int n = 0;
    QTest::addRow("%d: %s", ++n, span) << QString::fromUtf8(text) << pick << QString::fromUtf8(span)
                                       << QString::fromLatin1(currency) << low << high
                                       << QString::fromLatin1(qualifier) << QString::fromLatin1(role);
}

const AmountExtractor &TestMoney::extractor(const QString &language)
{
    auto &slot = m_extractors[language];
    if (!slot) {
        QStringList errors;
        slot = std::make_unique<AmountExtractor>(language, &errors);
        if (!errors.isEmpty())
            qWarning() << errors;
    }
    return *slot;
}

void TestMoney::check(const QString &language)
{
    QFETCH(QString, text);
    QFETCH(int, pick);
    QFETCH(QString, span);
    QFETCH(QString, currency);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, qualifier);
    QFETCH(QString, role);
    const ExtractionInput in = test::inputFor(language, text);
    const QList<Amount> amounts = extractor(language).extract(in);
    QVERIFY2(amounts.size() > pick, qPrintable(QStringLiteral("only %1 amounts").arg(amounts.size())));
    const Amount &a = amounts[pick];
    QCOMPARE(a.text, span);
    QCOMPARE(text.mid(a.range.start, a.range.length()), span);
    QCOMPARE(a.money.currency, currency);
    QVERIFY2(qAbs(a.money.low - low) <= 1e-6 * qMax(1.0, low), qPrintable(QString::number(a.money.low, 'f')));
    QVERIFY2(qAbs(a.money.high - high) <= 1e-6 * qMax(1.0, high), qPrintable(QString::number(a.money.high, 'f')));
    QCOMPARE(toString(a.money.qualifier), qualifier);
    QCOMPARE(toString(a.role), role);
}

void TestMoney::notMoney_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    const auto add = [](const char *lang, const char *text) {
        QTest::addRow("%s: %s", lang, text) << QString::fromLatin1(lang) << QString::fromUtf8(text);
    };
    add("it", "Il titolo è salito del 25% in una seduta.");
    add("it", "La piattaforma conta 500 milioni di utenti attivi.");
    add("it", "L'azienda ha ordinato 100.000 chip per il nuovo centro.");
    add("it", "Nel 2024 il gruppo aveva 1.200 dipendenti.");
    add("it", "Il modello ha 70 miliardi di parametri.");
    add("it", "999999999999999999999 miliardi di dollari sono una cifra che nessuno legge.");
    add("en", "Shares rose 12 percent after the announcement.");
    add("en", "The chatbot now has 300 million weekly users.");
    add("en", "The cluster will hold 100,000 GPUs by 2026.");
    add("en", "Revenue grew 3.5 percentage points faster than costs.");
    add("fr", "Le titre a gagné 7 % en une séance.");
    add("fr", "Le service revendique 20 millions d'utilisateurs.");
    add("de", "Die Aktie stieg um 4,5 Prozent.");
    add("de", "Das Modell wurde mit 15 Billionen Token trainiert.");
    add("de", "Die Firma beschäftigt 2.000 Menschen in Berlin.");
    add("es", "Las acciones subieron un 8 por ciento.");
    add("es", "La aplicación tiene 200 millones de usuarios.");
    add("es", "El centro tendrá 50.000 procesadores.");
}

void TestMoney::notMoney()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const QList<Amount> amounts = extractor(language).extract(test::inputFor(language, text));
    QVERIFY2(amounts.isEmpty(), qPrintable(amounts.value(0).text));
}

void TestMoney::robustness_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("amounts");
    QTest::addRow("overflow is skipped, not wrapped")
        << QStringLiteral("it") << QStringLiteral("Servono 999999999999999999999 miliardi di dollari.") << 0;
    QTest::addRow("10,000 digits") << QStringLiteral("en") << (QStringLiteral("$") + QString(10000, u'9')) << 0;
    QTest::addRow("10,000 digits with separators")
        << QStringLiteral("it") << (QStringLiteral("1") + QStringLiteral(".000").repeated(3000) + QStringLiteral(" euro")) << 0;
    QTest::addRow("65,000 space-grouped thousands")
        << QStringLiteral("fr") << (QStringLiteral("1") + QStringLiteral(" 000").repeated(1 << 16) + QStringLiteral(" euros")) << 0;
    QTest::addRow("1 MB line without spaces") << QStringLiteral("en") << QString(1 << 20, u'x') << 0;
    QTest::addRow("1 MB of digits and dollars")
        << QStringLiteral("en") << QStringLiteral("$1").repeated(1 << 19) << 1;
    QTest::addRow("lone surrogates") << QStringLiteral("en")
        << (QStringLiteral("It raised $5 billion ") + QChar(0xD800) + QStringLiteral(" and ") + QChar(0xDC00)) << 1;
    QTest::addRow("control characters") << QStringLiteral("de")
        << QStringLiteral("Umsatz\x01 von 5\x02 Milliarden\x7f Euro und 3 Mrd. Euro\x1b.") << 1;
    QTest::addRow("mixed scripts") << QStringLiteral("fr")
        << QStringLiteral("Сбербанк и 腾讯 ont levé 3 milliards d'euros ٣ مليار") << 1;
    QTest::addRow("empty") << QStringLiteral("es") << QString() << 0;
    QTest::addRow("only separators") << QStringLiteral("it") << QStringLiteral("... ,,, '''' $ € £ - – 1.") << 0;
    QTest::addRow("unknown language") << QStringLiteral("xx") << QStringLiteral("$5 billion") << 1;
}

void TestMoney::robustness()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, amounts);
    const QList<Amount> found = extractor(language).extract(test::inputFor(language, text));
    if (amounts == 1)
        QVERIFY(!found.isEmpty());
    else
        QCOMPARE(found.size(), 0);
    for (const Amount &a : found) {
        QVERIFY(a.range.start >= 0 && a.range.end <= text.size());
        QVERIFY(a.money.low <= a.money.high);
        QVERIFY(a.money.high < 1e18);
    }
}

void TestMoney::linearTime()
{
    // Twice the text must cost about twice the time, not four times.
    const QString unit = QStringLiteral("Il gruppo ha raccolto 1,5 miliardi di euro, tra i 15 e i 25 miliardi di dollari. ");
    qsizetype found = 0;
    const auto timeFor = [&](int copies) -> qint64 {
        const ExtractionInput in = test::inputFor(QStringLiteral("it"), unit.repeated(copies));
        QElapsedTimer t;
        t.start();
        found = extractor(QStringLiteral("it")).extract(in).size();
        return qMax<qint64>(1, t.elapsed());
    };
    timeFor(200); // warm up
    const qint64 small = timeFor(2000);
    QCOMPARE(found, 2 * 2000);
    const qint64 large = timeFor(8000);
    QCOMPARE(found, 2 * 8000);
    QVERIFY2(large < small * 8 + 50, qPrintable(QStringLiteral("%1 ms then %2 ms").arg(small).arg(large)));
}

} // namespace dealdesk

QTEST_GUILESS_MAIN(dealdesk::TestMoney)
