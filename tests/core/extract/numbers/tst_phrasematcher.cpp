// PhraseMatcher walks a list of phrases that share their first (or last) word, longest first,
// comparing the shared word once and the later words by length and key: these rows pin the
// matches that walk must keep finding (the longest phrase wins, case-folded or exact, a blank
// line ends a phrase, an elision is one word).
#include "core/extract/numbers/phrasematcher.h"

#include "core/text/article.h"

#include <QTest>

using namespace dealdesk;

namespace {

ExtractionInput inputFor(const QString &text)
{
    Article article;
    article.text = text;
    article.language = QStringLiteral("it");
    return ExtractionInput::from(article, SentenceSplitter());
}

// The token index of the `n`-th non-space token of `in`.
qsizetype solidToken(const ExtractionInput &in, qsizetype n)
{
    for (qsizetype i = 0; i < in.tokens.size(); ++i) {
        if (in.tokens[i].kind != TokenKind::Space && n-- == 0)
            return i;
    }
    return -1;
}

PhraseMatcher sampleMatcher()
{
    PhraseMatcher m;
    m.add(QStringLiteral("dollari"), 1);
    m.add(QStringLiteral("dollari australiani"), 2);
    m.add(QStringLiteral("dollari di Hong Kong"), 3);
    m.add(QStringLiteral("dollari canadesi"), 4);
    m.add(QStringLiteral("Fr."), 5, true);
    m.add(QStringLiteral("fr. svizzeri"), 6);
    m.add(QStringLiteral("fino a"), 7);
    m.add(QStringLiteral("fino all'"), 8);
    m.add(QStringLiteral("spese in conto capitale"), 9);
    m.add(QStringLiteral("conto capitale"), 10);
    return m;
}

} // namespace

class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("word");    // the non-space token the match starts at
        QTest::addColumn<int>("payload"); // -1: no match
        QTest::addColumn<int>("words");   // non-space tokens the match covers
        QTest::addRow("single word") << u"mille dollari oggi"_qs << 1 << 1 << 1;
        QTest::addRow("longest of a shared first word") << u"cento dollari australiani"_qs << 1 << 2 << 2;
        QTest::addRow("four words") << u"i dollari di Hong Kong e"_qs << 1 << 3 << 4;
        QTest::addRow("folded case") << u"DOLLARI CANADESI"_qs << 0 << 4 << 2;
        QTest::addRow("a near miss falls back") << u"dollari di Singapore"_qs << 0 << 1 << 1;
        QTest::addRow("same length, other word") << u"dollari canadese"_qs << 0 << 1 << 1;
        QTest::addRow("blank line ends a phrase") << u"dollari\n\naustraliani"_qs << 0 << 1 << 1;
        QTest::addRow("exact case written") << u"5 Fr. oggi"_qs << 1 << 5 << 2;
        QTest::addRow("exact case not written") << u"5 fr oggi"_qs << 1 << -1 << 0;
        QTest::addRow("folded phrase beside an exact one") << u"5 FR. svizzeri"_qs << 1 << 6 << 3;
        QTest::addRow("elision is one word") << u"fino all'anno"_qs << 0 << 8 << 2;
        QTest::addRow("two words") << u"fino a domani"_qs << 0 << 7 << 2;
        QTest::addRow("no phrase") << u"oggi piove"_qs << 0 << -1 << 0;
    }

    void matchAt()
    {
        QFETCH(QString, text);
        QFETCH(int, word);
        QFETCH(int, payload);
        QFETCH(int, words);
        const PhraseMatcher m = sampleMatcher();
        const ExtractionInput in = inputFor(text);
        const qsizetype first = solidToken(in, word);
        QVERIFY(first >= 0);
        const auto hit = m.matchAt(in, first);
        QCOMPARE(hit.has_value(), payload >= 0);
        if (!hit)
            return;
        QCOMPARE(hit->payload, payload);
        QCOMPARE(hit->firstToken, first);
        QCOMPARE(hit->endToken, solidToken(in, word + words - 1) + 1);
    }

    void matchBefore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("payload"); // of the phrase ending at the text's last word, -1: none
        QTest::addColumn<int>("firstWord");
        QTest::addRow("longest ending on a shared last word") << u"le spese in conto capitale"_qs << 9 << 1;
        QTest::addRow("shorter when the longer breaks") << u"le spese di conto capitale"_qs << 10 << 3;
        QTest::addRow("longest ending on a shared last word, folded") << u"SPESE IN CONTO CAPITALE"_qs << 9 << 0;
        QTest::addRow("ending on a single word") << u"cento dollari"_qs << 1 << 1;
        QTest::addRow("none") << u"il capitale"_qs << -1 << 0;
    }

    void matchBefore()
    {
        QFETCH(QString, text);
        QFETCH(int, payload);
        QFETCH(int, firstWord);
        const PhraseMatcher m = sampleMatcher();
        const ExtractionInput in = inputFor(text);
        const auto hit = m.matchBefore(in, in.tokens.size());
        QCOMPARE(hit.has_value(), payload >= 0);
        if (!hit)
            return;
        QCOMPARE(hit->payload, payload);
        QCOMPARE(hit->firstToken, solidToken(in, firstWord));
        QCOMPARE(hit->endToken, in.tokens.size());
    }
};

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
