// Inputs that must neither crash nor slow the date reader: huge tokens and numbers, odd
// code units, and long texts, read in time linear in their size.
#include "datetesthelper.h"

#include <QElapsedTimer>

using namespace dealdesk;

class TestDatesRobustness : public QObject
{
    Q_OBJECT
private slots:
    void hostile_data();
    void hostile();
    void linear();
    void lexiconsLoad();

private:
    const DateReader m_it{QStringLiteral("it"), nullptr};
    const DateReader m_en{QStringLiteral("en"), nullptr};
};

void TestDatesRobustness::hostile_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString pub = QStringLiteral("2025-01-30");
    Q_UNUSED(pub);
    QTest::addRow("1 MB without spaces") << u"it"_qs << QString(1 << 20, u'a') << QString();
    QTest::addRow("1 MB of digits and dots") << u"it"_qs << QString(1 << 19, u'1') + QString(1 << 19, u'.') << QString();
    QTest::addRow("10,000 digits") << u"en"_qs << u"in "_qs + QString(10000, u'9') + u" years"_qs << QString();
    QTest::addRow("overflowing amount") << u"it"_qs << u"999999999999999999999 miliardi nel 2019"_qs
                                        << u"2019/year@nel 2019"_qs;
    QTest::addRow("overflowing duration") << u"it"_qs << u"in 999999999999999999999 anni"_qs << QString();
    QTest::addRow("mixed scripts") << u"en"_qs << u"В 2019 году 東京 in March 2024 مرحبا"_qs
                                   << u"2019/year; 2024-03/month@in March 2024"_qs;
    QTest::addRow("lone surrogates") << u"en"_qs << u"in \xD800 2019 \xDC00 and in 2020"_qs
                                     << u"2019/year; 2020/year@in 2020"_qs;
    QTest::addRow("control characters") << u"it"_qs << u"nel\u0001 2019\u0000 ieri\u0007"_qs
                                        << u"2019/year; 2025-01-29/day"_qs;
    QTest::addRow("line break splits") << u"en"_qs << u"on\n2019"_qs << u"2019/year@2019"_qs;
    QTest::addRow("only punctuation") << u"it"_qs << QString(5000, u'/') + QString(5000, u'-') << QString();
    QTest::addRow("empty") << u"it"_qs << QString() << QString();
    QTest::addRow("many prepositions") << u"it"_qs << QString(u"nel "_qs).repeated(20000) << QString();
    // A range reads one second end, never a chain: each "al" is looked past once.
    QTest::addRow("chain of day ranges") << u"it"_qs << QString(u"dal 1 al 2 "_qs).repeated(20000) + u"marzo 2025"_qs
                                         << u"2025-03-01/day@dal 1; 2025-03-02/day@al 2 marzo 2025"_qs;
    QTest::addRow("chain of day ranges, en") << u"en"_qs << QString(u"1 to "_qs).repeated(20000) + u"5 May 2025"_qs
                                             << u"2025-05-01/day@1; 2025-05-05/day@5 May 2025"_qs;
    QTest::addRow("long glued month") << u"en"_qs << u"on Dec"_qs + QString(50000, u'3') << QString();
}

void TestDatesRobustness::hostile()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const DateReader &reader = language == u"it"_qs ? m_it : m_en;
    QElapsedTimer timer;
    timer.start();
    const auto found = test::readDates(reader, text, u"2025-01-30"_qs);
    QVERIFY2(timer.elapsed() < 5000, "too slow");
    QVERIFY(test::spansAgree(found, text));
    QCOMPARE(test::describe(found, expected), expected);
}

void TestDatesRobustness::linear()
{
    // 20 times more text may take at most about 20 times longer (with slack for timers).
    const QString unit = u"Il 3 marzo 2024 la società ha raccolto fondi e ad agosto ha avviato i lavori; "_qs;
    QElapsedTimer timer;
    timer.start();
    const auto small = test::readDates(m_it, unit.repeated(500), u"2025-01-30"_qs);
    const qint64 smallMs = std::max<qint64>(timer.restart(), 1);
    const auto large = test::readDates(m_it, unit.repeated(10000), u"2025-01-30"_qs);
    const qint64 largeMs = timer.elapsed();
    QCOMPARE(small.size(), 1000);
    QCOMPARE(large.size(), 20000);
    QVERIFY2(largeMs < smallMs * 60 + 200, qPrintable(u"%1 ms vs %2 ms"_qs.arg(largeMs).arg(smallMs)));
}

void TestDatesRobustness::lexiconsLoad()
{
    for (const QString &lang : {u"it"_qs, u"en"_qs, u"fr"_qs, u"de"_qs, u"es"_qs}) {
        QStringList errors;
        const DateReader reader(lang, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(reader.language(), lang);
    }
}

QTEST_GUILESS_MAIN(TestDatesRobustness)
#include "tst_dates_robustness.moc"
