#include "core/text/textrange.h"

#include <QTest>

using namespace dealdesk;

class TestTextRange : public QObject
{
    Q_OBJECT

private slots:
    void codePointsSkipLowSurrogates()
    {
        // "a🚀b": 'a' at 0, the rocket takes two UTF-16 units (1, 2), 'b' at 3.
        const QString text = QStringLiteral("a🚀b🚀");
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoints(0), 0);
        QCOMPARE(map.toCodePoints(1), 1);
        QCOMPARE(map.toCodePoints(3), 2);
        QCOMPARE(map.toCodePoints(4), 3);
        QCOMPARE(map.toCodePoints(6), 4);
        QCOMPARE(map.toUtf16(2), 3);
        QCOMPARE(map.toUtf16(4), 6);
    }

    void combiningMarksAreCodePoints()
    {
        const QString text = QStringLiteral("e\u0301x"); // e + combining acute + x
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoints(2), 2);
    }

    void overlaps()
    {
        QVERIFY((TextRange{0, 5}.overlaps({4, 8})));
        QVERIFY(!(TextRange{0, 5}.overlaps({5, 8})));
    }
};

QTEST_GUILESS_MAIN(TestTextRange)
#include "tst_textrange.moc"
