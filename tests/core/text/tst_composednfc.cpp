// composedNfc: the same NFC as Unicode defines it (checked against Qt's own normaliser on
// team-written text), text already in NFC handed back untouched, and linear time on text
// full of decomposed letters, where QString::normalized was quadratic.

#include "core/text/composednfc.h"
#include "tests/lineargrowth.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace dealdesk {

class TestComposedNfc : public QObject
{
    Q_OBJECT

private slots:
    void composes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("ascii") << u"OpenAI raised $6.6 billion"_qs << u"OpenAI raised $6.6 billion"_qs;
        QTest::addRow("already composed") << u"società, Zürich, señor"_qs << u"società, Zürich, señor"_qs;
        QTest::addRow("grave") << u"societa\u0300"_qs << u"società"_qs;
        QTest::addRow("umlaut from a Mac") << u"Mu\u0308nchen und Zu\u0308rich"_qs << u"München und Zürich"_qs;
        QTest::addRow("tilde mid-word") << u"compan\u0303i\u0301a espan\u0303ola"_qs << u"compañía española"_qs;
        QTest::addRow("two marks, reordered") << u"a\u0323\u0302"_qs << u"\u1EAD"_qs;
        QTest::addRow("marks in the wrong order") << u"a\u0302\u0323"_qs << u"\u1EAD"_qs;
        QTest::addRow("hangul jamo") << u"\u1100\u1161\u11A8"_qs << u"\uAC01"_qs;
        QTest::addRow("singleton") << u"\u212B ngstrom"_qs << u"\u00C5 ngstrom"_qs;
        QTest::addRow("mark with no base") << u"\u0301abc"_qs << u"\u0301abc"_qs;
        QTest::addRow("lone surrogate kept") << (u"e\u0301 "_qs + QChar(0xD800) + u" x"_qs)
                                             << (u"é "_qs + QChar(0xD800) + u" x"_qs);
        QTest::addRow("astral letters") << u"\U0001D400 e\u0301"_qs << u"\U0001D400 é"_qs;
    }

    void composes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = composedNfc(input);
        QCOMPARE(out, expected);
        // Qt's normaliser agrees wherever both know the characters.
        QCOMPARE(out, input.normalized(QString::NormalizationForm_C));
    }

    void nfcTextIsNotCopied()
    {
        // Built at run time: a literal's static data is never "shared" to isSharedWith.
        const QString text = QString::fromUtf8("Mistral AI ha raccolto 600 milioni di euro a Parigi.");
        const QString out = composedNfc(text);
        QCOMPARE(out, text);
        QVERIFY(out.isSharedWith(text));
    }

    // One decomposed letter per sentence of a long article: linear, not the square of it.
    void manyDecomposedLettersStayLinear()
    {
        const QString unit = u"La socie\u0301te\u0301 a leve\u0301 des fonds. "_qs;
        qsizetype composedSize = 0;
        const auto run = [&](int copies) { composedSize = composedNfc(unit.repeated(copies)).size(); };
        const QString growth = test::superlinearGrowth(run, 20000);
        QVERIFY2(growth.isEmpty(), qPrintable(growth));
        QCOMPARE(composedSize, (unit.size() - 3) * 20000 * 4);
    }
};

} // namespace dealdesk

QTEST_GUILESS_MAIN(dealdesk::TestComposedNfc)
#include "tst_composednfc.moc"
