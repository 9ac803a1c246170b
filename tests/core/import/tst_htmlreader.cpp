#include "core/import/articlereader.h"
#include "core/import/htmlentities.h"
#include "core/import/htmltext.h"
#include "tests/lineargrowth.h"

#include <QTest>

using namespace dealdesk;

namespace {
QString sample(const char16_t *name)
{
    return QStringLiteral(DEALDESK_TEST_DATA "/import/") + QString::fromUtf16(name);
}
} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void entities_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addRow("named") << u"AT&amp;T &eacute; &euro;"_qs << u"AT&T \u00e9 \u20ac"_qs;
        QTest::addRow("numeric") << u"&#8364; &#x20AC; &#X20ac;"_qs << u"\u20ac \u20ac \u20ac"_qs;
        QTest::addRow("no semicolon") << u"a &amp b"_qs << u"a & b"_qs;
        QTest::addRow("unknown kept") << u"&copyright; &zzz; & alone"_qs << u"&copyright; &zzz; & alone"_qs;
        QTest::addRow("out of range") << u"&#1114112; &#0;"_qs << u"\ufffd \ufffd"_qs;
        QTest::addRow("astral") << u"&#128512;"_qs << QString::fromUcs4(U"\U0001F600")
                                                              ;
    }

    void entities()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(decodeHtmlEntities(html), text);
    }

    void fragments_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addRow("paragraphs") << u"<p>Uno</p><p>Due</p>"_qs << u"Uno\n\nDue"_qs;
        QTest::addRow("br") << u"riga<br>altra<br/>fine"_qs << u"riga\naltra\nfine"_qs;
        QTest::addRow("white space") << u"  a \n\t b  "_qs << u"a b"_qs;
        QTest::addRow("inline tags") << u"<b>gras</b><i>setto</i> e <a href='x'>link</a>"_qs << u"grassetto e link"_qs;
        QTest::addRow("dropped") << u"<script>x<y</script><style>p{}</style><nav>menu</nav>testo"_qs << u"testo"_qs;
        QTest::addRow("implied p end") << u"<p>uno<p>due<div>tre</div>"_qs << u"uno\n\ndue\n\ntre"_qs;
        QTest::addRow("stray end tags") << u"</div></p>testo</b>"_qs << u"testo"_qs;
        QTest::addRow("less-than in text") << u"3 < 5 e 7 > 2"_qs << u"3 < 5 e 7 > 2"_qs;
        QTest::addRow("comment") << u"a<!-- <p>no</p> -->b"_qs << u"ab"_qs;
        QTest::addRow("unclosed comment") << u"a<!-- no"_qs << u"a"_qs;
        QTest::addRow("pre keeps lines") << u"<pre>a  b\nc</pre>"_qs << u"a  b\nc"_qs;
        QTest::addRow("hidden") << u"<p hidden>x</p><p aria-hidden=\"true\">y</p><p>z</p>"_qs << u"z"_qs;
        QTest::addRow("table cells") << u"<table><tr><td>a</td><td>b</td></tr></table>"_qs << u"a b"_qs;
        QTest::addRow("unquoted and broken attributes") << u"<p class=x id='y>testo</p>"_qs << QString();
        QTest::addRow("nbsp kept") << u"5&nbsp;milioni"_qs << u"5\u00a0milioni"_qs;
    }

    void fragments()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToText(html), text);
    }

    void metaTagsAndArticle()
    {
        const ReadOutcome out = readArticleFile(sample(u"en-article.html"));
        QCOMPARE(out.problems.size(), 0);
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.format, u"html"_qs);
        QCOMPARE(a.title, u"Test Robotics raises $40 million in Series B"_qs);
        QCOMPARE(a.author, u"Hannah Price"_qs);
        QCOMPARE(a.outlet, u"The Sample Ledger"_qs);
        QCOMPARE(a.published, u"2025-06-02T09:30"_qs);
        QCOMPARE(a.language, u"en"_qs);
        QCOMPARE(a.text, u"Test Robotics raises $40 million in Series B\n\n"
                         "Test Robotics, a maker of warehouse robots, said it has raised $40\u00a0million from investors & partners.\n\n"
                         "The round was led by a fund based in Boston.\nIts chief executive called it \u201ca big step\u201d."_qs);
    }

    void largestBlockWithoutArticle()
    {
        const ReadOutcome out = readArticleFile(sample(u"it-nometa.htm"));
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.title, u"Una fonderia italiana investe 90 milioni"_qs);
        QCOMPARE(a.language, u"it"_qs);
        QVERIFY(a.text.contains(u"sar\u00e0 completato"_qs));
        QVERIFY(a.text.contains(u"200 unit\u00e0."_qs));
        QVERIFY(!a.text.contains(u"Chi siamo"_qs));
        QVERIFY(!a.text.contains(u"Pubblicit"_qs));
    }

    void jsonLd()
    {
        const ReadOutcome out = readArticleFile(sample(u"fr-jsonld.html"));
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.title, u"Une soci\u00e9t\u00e9 lyonnaise l\u00e8ve 12 millions"_qs);
        QCOMPARE(a.author, u"H\u00e9l\u00e8ne Roux"_qs);
        QCOMPARE(a.published, u"2025-03-04T08:15"_qs);
        QCOMPARE(a.outlet, u"Le Quotidien d'Essai"_qs);
        QCOMPARE(a.language, u"fr"_qs);
        QVERIFY(a.text.startsWith(u"Une soci\u00e9t\u00e9 lyonnaise l\u00e8ve 12 millions\n\nLa soci\u00e9t\u00e9 a lev\u00e9"_qs));
    }

    void brokenHtmlStillGivesText()
    {
        const ReadOutcome out = readArticleFile(sample(u"broken.html"));
        QCOMPARE(out.problems.size(), 0);
        QCOMPARE(out.articles.size(), 1);
        QVERIFY(out.articles.front().text.contains(u"Una societ\u00e0 non chiude i tag"_qs));
    }

    void pageWithoutTextIsAProblem()
    {
        const QString path = sample(u"notext.html");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.articles.size(), 0);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems.front().message(), path + u": no article text in the HTML"_qs);
    }

    void hostileNestingIsLinear()
    {
        bool read = true;
        const auto run = [&](int depth) {
            read = read && htmlToText(u"<div><span>"_qs.repeated(depth) + u"fondo"_qs) == u"fondo"_qs;
        };
        const QString growth = test::superlinearGrowth(run, 5000);
        QVERIFY2(growth.isEmpty(), qPrintable(growth));
        QVERIFY(read);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
