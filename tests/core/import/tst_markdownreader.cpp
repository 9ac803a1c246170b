#include "core/import/articlereader.h"
#include "core/import/markdowninline.h"
#include "core/import/markdownreader.h"
#include "tests/lineargrowth.h"

#include <QTest>

using namespace dealdesk;

class TestMarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void inlineMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::addRow("bold and italic") << u"**Alfa** e *Beta* e __Gamma__ e _Delta_"_qs << u"Alfa e Beta e Gamma e Delta"_qs;
        QTest::addRow("link") << u"vedi [il comunicato](https://x.invalid/a_(b)) oggi"_qs << u"vedi il comunicato oggi"_qs;
        QTest::addRow("image dropped") << u"prima ![foto](https://x.invalid/f.jpg) dopo"_qs << u"prima  dopo"_qs;
        QTest::addRow("reference link") << u"la [guida][1] dice"_qs << u"la guida dice"_qs;
        QTest::addRow("code kept") << u"usa `a * b` qui"_qs << u"usa a * b qui"_qs;
        QTest::addRow("multiplication is not emphasis") << u"2 * 3 = 6"_qs << u"2 * 3 = 6"_qs;
        QTest::addRow("snake_case kept") << u"il campo snake_case_name"_qs << u"il campo snake_case_name"_qs;
        QTest::addRow("escaped star") << u"un \\*asterisco\\*"_qs << u"un *asterisco*"_qs;
        QTest::addRow("autolink") << u"sito <https://x.invalid>"_qs << u"sito https://x.invalid"_qs;
        QTest::addRow("unclosed bracket") << u"[senza fine e (parentesi"_qs << u"[senza fine e (parentesi"_qs;
        QTest::addRow("image inside link") << u"[![logo](a.png) Sito](https://x.invalid)"_qs << u" Sito"_qs;
        QTest::addRow("nested brackets") << u"[a [b] c](u)"_qs << u"a b c"_qs;
        QTest::addRow("strikethrough") << u"~~vecchio~~ nuovo"_qs << u"vecchio nuovo"_qs;
    }

    void inlineMarkup()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(markdownInlineToText(markdown), text);
    }

    // Each row: a line made of `copies` of `head` then `copies` of `tail`.
    void hostileLinesAreLinear_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("tail");
        QTest::addColumn<int>("copies");
        QTest::addRow("open brackets") << u"["_qs << QString() << 50000;
        QTest::addRow("link openers") << u"[a]("_qs << QString() << 12500;
        QTest::addRow("autolinks") << u"<http"_qs << QString() << 12500;
        QTest::addRow("nested") << u"["_qs << u"]"_qs << 25000;
        QTest::addRow("backticks") << u"` `` ``` "_qs << QString() << 5000;
    }

    void hostileLinesAreLinear()
    {
        QFETCH(QString, head);
        QFETCH(QString, tail);
        QFETCH(int, copies);
        bool shorter = true;
        const auto run = [&](int n) {
            const QString line = head.repeated(n) + tail.repeated(n);
            shorter = shorter && markdownInlineToText(line).size() <= line.size();
        };
        const QString growth = test::superlinearGrowth(run, copies);
        QVERIFY2(growth.isEmpty(), qPrintable(growth));
        QVERIFY(shorter);
    }

    void frontMatterFile()
    {
        const QString path = QStringLiteral(DEALDESK_TEST_DATA "/import/it-frontmatter.md");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.problems.size(), 0);
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.format, u"md"_qs);
        QCOMPARE(a.title, u"Un laboratorio di Bologna ottiene 15 milioni"_qs);
        QCOMPARE(a.author, u"Marta Galli"_qs);
        QCOMPARE(a.published, u"2025-04-18T09:40"_qs);
        QCOMPARE(a.outlet, u"Notiziario di Prova"_qs);
        QCOMPARE(a.language, u"it"_qs);
        QVERIFY(a.text.startsWith(u"Un laboratorio di Bologna ottiene 15 milioni\n\nIl laboratorio Visione Sintetica ha ottenuto 15 milioni di euro"_qs));
        QVERIFY(a.text.contains(u"come spiega il comunicato."_qs));
        QVERIFY(a.text.contains(u"I numeri\n\n40 dipendenti\nsede a Bologna\n\ncodice_di_esempio = 3 * 4"_qs));
        QVERIFY(a.text.contains(u"leggi l'intervista e la guida qui."_qs));
        QVERIFY(!a.text.contains(u"example.invalid"_qs));
        QVERIFY(!a.text.contains(u"tags"_qs));
    }

    void bylineFile()
    {
        const ReadOutcome out = readArticleFile(QStringLiteral(DEALDESK_TEST_DATA "/import/en-byline.md"));
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.title, u"A test lab raises $15 million"_qs);
        QCOMPARE(a.author, u"Ruth Alder"_qs);
        QCOMPARE(a.published, u"2025-04-18"_qs);
        QCOMPARE(a.outlet, u"The Sample Ledger"_qs);
        QCOMPARE(a.language, u"en"_qs);
        QCOMPARE(a.metadataRanges.size(), 2);
        QVERIFY(a.text.contains(u"The lab, Synthetic Vision, raised $15 million, and 2 * 3 is six; snake_case_names stay."_qs));
    }

    void unclosedFrontMatterIsARule()
    {
        const MarkdownDocument doc = markdownToText(u"---\ntitle: x\n\nTesto"_qs);
        QVERIFY(doc.frontMatter.isEmpty());
        QCOMPARE(doc.text, u"title: x\n\nTesto"_qs);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
