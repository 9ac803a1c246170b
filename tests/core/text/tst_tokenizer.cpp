#include "core/text/tokenizer.h"

#include <QTest>

using namespace dealdesk;

class TestTokenizer : public QObject
{
    Q_OBJECT

private:
    static QStringList words(const QString &text)
    {
        QStringList out;
        for (const Token &t : tokenize(text)) {
            if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
                out << t.in(text).toString();
        }
        return out;
    }

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("italian elision") << QStringLiteral("l'intelligenza dell’OpenAI")
                                         << QStringList{u"l'"_qs, u"intelligenza"_qs, u"dell’"_qs, u"OpenAI"_qs};
        QTest::addRow("english possessive") << QStringLiteral("OpenAI's round")
                                            << QStringList{u"OpenAI"_qs, u"'s"_qs, u"round"_qs};
        QTest::addRow("numbers keep separators") << QStringLiteral("1.200 e 1,5 e 4,3")
                                                 << QStringList{u"1.200"_qs, u"e"_qs, u"1,5"_qs, u"e"_qs, u"4,3"_qs};
        QTest::addRow("currency sign apart") << QStringLiteral("$25B")
                                             << QStringList{u"25B"_qs};
        QTest::addRow("emoji and accents") << QStringLiteral("🚀 Società è")
                                           << QStringList{u"Società"_qs, u"è"_qs};
        // The apostrophes are searched for ahead of the words, in blocks of eight units: words
        // far into the text, several in a row, one at a block's edge, one at a word's edge.
        QTest::addRow("elisions past the first blocks")
            << QStringLiteral("una lunga frase prima dell'arrivo e dell’altra, poi l'ultima")
            << QStringList{u"una"_qs, u"lunga"_qs, u"frase"_qs, u"prima"_qs, u"dell'"_qs, u"arrivo"_qs, u"e"_qs,
                           u"dell’"_qs, u"altra"_qs, u"poi"_qs, u"l'"_qs, u"ultima"_qs};
        QTest::addRow("apostrophe at the seventh unit") << QStringLiteral("abcdef l'xyz Anthropic's")
                                                        << QStringList{u"abcdef"_qs, u"l'"_qs, u"xyz"_qs,
                                                                       u"Anthropic"_qs, u"'s"_qs};
        QTest::addRow("quotes around words are no elision") << QStringLiteral("il 'caso' dell'anno")
                                                            << QStringList{u"il"_qs, u"caso"_qs, u"dell'"_qs,
                                                                           u"anno"_qs};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(TestTokenizer::words(text), expected);
    }

    void tokensCoverTextWithoutGaps()
    {
        const QString text = QStringLiteral("SoftBank, 30.01.2025: «fino a 25 mld» 🚀\n\nl'AI");
        const QList<Token> tokens = tokenize(text);
        qsizetype pos = 0;
        for (const Token &t : tokens) {
            QCOMPARE(t.start, pos);
            QVERIFY(t.end > t.start);
            pos = t.end;
        }
        QCOMPARE(pos, text.size());
    }

    void sentencesSkipAbbreviations()
    {
        const QString text = QStringLiteral("Meta zahlt 14,3 Mrd. Euro an Scale AI. Das ist viel.");
        const SentenceSplitter splitter({QStringLiteral("Mrd"), QStringLiteral("Inc")});
        const QList<TextRange> s = splitter.split(text);
        QCOMPARE(s.size(), 2);
        QCOMPARE(text.mid(s[1].start, s[1].length()), QStringLiteral("Das ist viel."));
        const QString initials = QStringLiteral("J. P. Morgan Inc. said so.\nNext line");
        QCOMPARE(splitter.split(initials).size(), 2);
    }

    void emptyText()
    {
        QVERIFY(tokenize(QString()).isEmpty());
        QVERIFY(SentenceSplitter().split(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
