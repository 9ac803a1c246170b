// sentenceBreaks() must give exactly the boundaries of ICU's sentence break iterator (it
// replaces a second ICU pass): every row is compared with ICU itself, and a few rows also
// with the boundaries written out.
#include "core/text/sentencebreaks.h"

#include <QRandomGenerator>
#include <QTest>

#include <unicode/ubrk.h>

#include <memory>

using namespace dealdesk;

namespace {

QList<qsizetype> icuBreaks(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UBreakIterator, void (*)(UBreakIterator *)> it(
        ubrk_open(UBRK_SENTENCE, "en", reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status),
        ubrk_close);
    QList<qsizetype> out;
    if (U_FAILURE(status))
        return out;
    ubrk_first(it.get());
    for (int32_t end = ubrk_next(it.get()); end != UBRK_DONE; end = ubrk_next(it.get()))
        out.append(end);
    return out;
}

} // namespace

class TestSentenceBreaks : public QObject
{
    Q_OBJECT

private slots:
    void likeIcu_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qsizetype>>("expected"); // empty: only compared with ICU
        QTest::addRow("two sentences") << u"Il round è chiuso. Ora assume."_qs << QList<qsizetype>{19, 30};
        QTest::addRow("decimal point") << u"Vale 3.5 miliardi. Poi basta."_qs << QList<qsizetype>{19, 29};
        QTest::addRow("initials U.S.") << u"The U.S. fund paid. Then left."_qs << QList<qsizetype>{20, 30};
        QTest::addRow("lower case after dot") << u"It is approx. ten times more."_qs << QList<qsizetype>{29};
        QTest::addRow("question and bang") << u"Davvero?! Sì."_qs << QList<qsizetype>{10, 13};
        QTest::addRow("closing quote") << u"Er sagte: „Genug.“ Dann ging er."_qs << QList<qsizetype>{19, 32};
        QTest::addRow("bracket and space") << u"(See above.) Next one."_qs << QList<qsizetype>{13, 22};
        QTest::addRow("comma continues") << u"Etc., and so on. End"_qs << QList<qsizetype>{17, 20};
        QTest::addRow("line breaks") << u"Headline\nBody text.\r\nMore\u2029Last"_qs << QList<qsizetype>{9, 21, 26, 30};
        QTest::addRow("dot then line") << u"Fine.\n\nNext."_qs << QList<qsizetype>{6, 7, 12};
        QTest::addRow("digits before small letter") << u"Nel 2024. 15 milioni sono arrivati."_qs << QList<qsizetype>{};
        QTest::addRow("combining marks") << u"Cafe\u0301. E\u0301tat. ok"_qs << QList<qsizetype>{};
        QTest::addRow("format characters") << u"End.\u200B Next\u00AD. \u2060Last"_qs << QList<qsizetype>{};
        QTest::addRow("emoji and astral stop") << u"Fatto 🚀. Avanti\U00011047 ancora"_qs << QList<qsizetype>{};
        QTest::addRow("lone surrogates") << (u"A."_qs + QChar(0xD800) + u" B. "_qs + QChar(0xDC00) + u"c."_qs)
                                         << QList<qsizetype>{};
        QTest::addRow("ideographic stop") << u"完成。下一个。"_qs << QList<qsizetype>{};
        QTest::addRow("only separators") << u"\n\r\n\r\u0085"_qs << QList<qsizetype>{};
        QTest::addRow("ends in spaces") << u"Done.   "_qs << QList<qsizetype>{8};
        QTest::addRow("long digits after dot") << (u"a. "_qs + QString(5000, u'1') + u" b"_qs) << QList<qsizetype>{};
        // Sixteen units are passed over at once when none can end a sentence: stops on both
        // sides of a block's edge, and units that pack to the bytes 0x7F and 0x80 and above.
        QTest::addRow("stops at block edges")
            << u"Abcdefghijklmno. Pqrstuvwxyzabcd! Efghijklmnopqrs? Tuvwxyz."_qs << QList<qsizetype>{17, 34, 51, 59};
        QTest::addRow("high units in blocks")
            << (u"Prima frase lunga"_qs + QChar(0x7F) + u"x"_qs + QChar(0x80) + u"y. "_qs + QChar(0x7FFF)
                + u" Seconda"_qs + QChar(0x8000) + u"z"_qs + QChar(0xFF0E) + u" Terza frase finale"_qs
                + QChar(0xFFFF) + u". Ultima"_qs)
            << QList<qsizetype>{};
    }

    void likeIcu()
    {
        QFETCH(QString, text);
        QFETCH(QList<qsizetype>, expected);
        const QList<qsizetype> ours = sentenceBreaks(text);
        QCOMPARE(ours, icuBreaks(text));
        if (!expected.isEmpty())
            QCOMPARE(ours, expected);
    }

    // Strings drawn from the characters the rules care about (terminators, closing marks,
    // spaces, separators, marks, letters of each case, surrogates) and any BMP character.
    void likeIcuOnGeneratedText()
    {
        const char16_t alphabet[] = {u'a', u'B', u'.', u'!', u'?', u' ', u'\n', u'\r', u'"', u'(', u')', u',',
                                     u':', u'-', u'1', 0x0301, 0x200B, 0x00AD, 0x2029, 0x0085, 0x00A0, u'\t',
                                     0x201D, 0x00BB, 0x05D0, 0x3002, 0xD83D, 0xDE00, 0xD804, 0xDC47, 0x2024,
                                     0xFF0E, u';', u'\'', 0x01C5, 0x0964, 0x037E, 0x2060, 0xFEFF, 0x2028};
        QRandomGenerator random(29);
        for (int row = 0; row < 50000; ++row) {
            QString text;
            const int length = 1 + random.bounded(24);
            for (int k = 0; k < length; ++k) {
                text += random.bounded(5) == 0 ? QChar(char16_t(random.bounded(0x10000)))
                                               : QChar(alphabet[random.bounded(int(std::size(alphabet)))]);
            }
            const QList<qsizetype> ours = sentenceBreaks(text);
            const QList<qsizetype> icu = icuBreaks(text);
            if (ours != icu)
                QFAIL(qPrintable(u"differs from ICU on row %1"_qs.arg(row)));
        }
    }

    void emptyText() { QVERIFY(sentenceBreaks(QString()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSentenceBreaks)
#include "tst_sentencebreaks.moc"
