#include "core/import/articlereader.h"

#include <QFile>
#include <QTest>

using namespace dealdesk;

class TestJsonLinesReader : public QObject
{
    Q_OBJECT

private slots:
    void sampleFile()
    {
        const QString path = QStringLiteral(DEALDESK_TEST_DATA "/import/articles.jsonl");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.articles.size(), 4);
        QStringList problems;
        for (const ImportProblem &p : out.problems)
            problems.append(p.message());
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith(path + u":3: not JSON"_qs), qPrintable(problems[0]));
        QCOMPARE(problems[1], path + u":4: no \"text\" string"_qs);
        QCOMPARE(problems[2], path + u":7: not a JSON object"_qs);

        const Article &a1 = out.articles[0];
        QCOMPARE(a1.id, u"a1"_qs);
        QCOMPARE(a1.format, u"jsonl"_qs);
        QCOMPARE(a1.sourcePath, path);
        QCOMPARE(a1.published, u"2025-02-10"_qs);
        QCOMPARE(a1.language, u"it"_qs);
        QCOMPARE(a1.title, u"Una startup di Napoli raccoglie 3 milioni"_qs);

        const Article &a2 = out.articles[1];
        QCOMPARE(a2.title, u"Lab raises $5 million"_qs); // the object's field wins over the text
        QCOMPARE(a2.author, u"Ruth Alder"_qs);           // the text's byline fills the rest
        QCOMPARE(a2.published, u"2025-05-06"_qs);
        QCOMPARE(a2.outlet, u"The Sample Ledger"_qs);
        QCOMPARE(a2.language, u"en"_qs);
        QCOMPARE(a2.metadataRanges.size(), 1);

        const Article &a5 = out.articles[2];
        QCOMPARE(a5.id, u"5"_qs);
        QCOMPARE(a5.language, u"de"_qs);
        QCOMPARE(a5.outlet, u"Testblatt"_qs);
        QVERIFY(!a5.text.contains(u'\r'));

        const Article &a8 = out.articles[3];
        QCOMPARE(a8.id, path + u"#8"_qs);
        QCOMPARE(a8.language, u"es"_qs);
    }

    void problemsNameTheSourceGiven()
    {
        const ReadOutcome out = readJsonLines("{\"text\": 3}\n{\"id\":\"x\",\"text\":\"ok text here\"}\n{", u"stdin"_qs);
        QCOMPARE(out.articles.size(), 1);
        QCOMPARE(out.problems.size(), 2);
        QCOMPARE(out.problems[0].message(), u"stdin:1: no \"text\" string"_qs);
        QCOMPARE(out.problems[1].line, 3);
    }

    void bomAndEmpty()
    {
        QCOMPARE(readJsonLines("\xEF\xBB\xBF{\"text\":\"Titolo\"}", u"x"_qs).articles.size(), 1);
        const ReadOutcome empty = readJsonLines(QByteArray(), u"x"_qs);
        QCOMPARE(empty.problems.size(), 1);
        QCOMPARE(empty.problems.front().message(), u"x: empty file"_qs);
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
