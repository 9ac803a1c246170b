#include "core/import/articlereader.h"
#include "core/import/machinedate.h"

#include <QTest>

using namespace dealdesk;

namespace {

QStringList messages(const QList<ImportProblem> &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out.append(p.message());
    return out;
}

QString sample(const char16_t *name)
{
    return QStringLiteral(DEALDESK_TEST_DATA "/import/") + QString::fromUtf16(name);
}
} // namespace

class TestFeedReader : public QObject
{
    Q_OBJECT

private slots:
    void machineDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("iso");
        QTest::addRow("RFC 822 offset kept local") << u"Fri, 21 Mar 2025 10:15:00 +0100"_qs << u"2025-03-21T10:15"_qs;
        QTest::addRow("RFC 822 GMT") << u"Sat, 22 Mar 2025 08:00:00 GMT"_qs << u"2025-03-22T08:00"_qs;
        QTest::addRow("ISO with zone") << u"2025-05-06T14:20:00Z"_qs << u"2025-05-06T14:20"_qs;
        QTest::addRow("ISO date") << u"2025-05-08"_qs << u"2025-05-08"_qs;
        QTest::addRow("ISO month") << u"2025-05"_qs << u"2025-05"_qs;
        QTest::addRow("year") << u"2025"_qs << u"2025"_qs;
        QTest::addRow("citation slashes") << u"2025/02/12"_qs << u"2025-02-12"_qs;
        QTest::addRow("words") << u"12 febbraio 2025"_qs << u"2025-02-12"_qs;
        QTest::addRow("invalid day") << u"2025-02-30"_qs << QString();
        QTest::addRow("garbage") << u"yesterday"_qs << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void machineDates()
    {
        QFETCH(QString, value);
        QFETCH(QString, iso);
        QCOMPARE(isoFromMachineDate(value), iso);
    }

    void rss()
    {
        const QString path = sample(u"feed.rss");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(messages(out.problems).join(u"; "_qs), QString());
        QCOMPARE(out.articles.size(), 2);
        const Article &a = out.articles[0];
        QCOMPARE(a.id, path + u"#1"_qs);
        QCOMPARE(a.format, u"rss"_qs);
        QCOMPARE(a.outlet, u"Notiziario di Prova"_qs);
        QCOMPARE(a.title, u"Un fondo investe 20 milioni in una startup di Torino"_qs);
        QCOMPARE(a.author, u"Carla Benedetti"_qs);
        QCOMPARE(a.published, u"2025-03-21T10:15"_qs);
        QCOMPARE(a.language, u"it"_qs);
        QCOMPARE(a.text, u"Un fondo investe 20 milioni in una startup di Torino\n\n"
                         "Il fondo ha investito 20 milioni di euro nella startup.\n\nLo ha detto il fondatore."_qs);
        const Article &b = out.articles[1];
        QCOMPARE(b.id, path + u"#2"_qs);
        QCOMPARE(b.title, u"Secondo articolo & altro"_qs);
        QCOMPARE(b.author, u"Paolo Neri"_qs);
        QCOMPARE(b.published, u"2025-03-22T08:00"_qs);
        QVERIFY(b.text.endsWith(u"Testo completo dell'articolo, molto pi\u00f9 lungo della descrizione, con i dettagli."_qs));
        QVERIFY(!b.contentHash.isEmpty());
    }

    void atom()
    {
        const QString path = sample(u"feed.atom");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(messages(out.problems).join(u"; "_qs), QString());
        QCOMPARE(out.articles.size(), 2);
        const Article &a = out.articles[0];
        QCOMPARE(a.format, u"atom"_qs);
        QCOMPARE(a.outlet, u"The Sample Ledger"_qs);
        QCOMPARE(a.author, u"Ruth Alder"_qs);
        QCOMPARE(a.published, u"2025-05-06T14:20"_qs);
        QCOMPARE(a.language, u"en"_qs);
        QCOMPARE(a.text, u"Chipmaker raises $2 billion\n\nThe chipmaker said it raised $2 billion.\n\nIt will build a plant."_qs);
        const Article &b = out.articles[1];
        QCOMPARE(b.id, path + u"#2"_qs);
        QCOMPARE(b.published, u"2025-05-08"_qs);
        QCOMPARE(b.text, u"Second entry\n\nFirst paragraph of the entry.\n\nSecond paragraph."_qs);
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("declared ISO-8859-1") << u"fr-latin1-declared.rss"_qs;
        QTest::addRow("undeclared Latin-1") << u"fr-latin1-undeclared.rss"_qs;
    }

    void legacyEncodings()
    {
        QFETCH(QString, file);
        const ReadOutcome out = readArticleFile(QStringLiteral(DEALDESK_TEST_DATA "/import/") + file);
        QCOMPARE(messages(out.problems).join(u"; "_qs), QString());
        QCOMPARE(out.articles.size(), 1);
        QCOMPARE(out.articles.front().title, u"Une soci\u00e9t\u00e9 l\u00e8ve 3 millions d'euros"_qs);
        QCOMPARE(out.articles.front().language, u"fr"_qs);
    }

    void brokenXmlKeepsEarlierItems()
    {
        const QString path = sample(u"broken-feed.xml");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.articles.size(), 1);
        QCOMPARE(out.articles.front().title, u"Primo articolo intero"_qs);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems.front().file, path);
        QCOMPARE(out.problems.front().line, 4);
        QVERIFY(out.problems.front().reason.startsWith(u"broken XML"_qs));
    }

    void notAFeed()
    {
        const QString path = sample(u"notfeed.xml");
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.articles.size(), 0);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems.front().reason, u"not an RSS or Atom feed (root element <config>)"_qs);
    }

    void truncatedFeed()
    {
        const ReadOutcome out = readArticleData(
            "<rss><channel><title>T</title><item><title>Uno</title><description>Testo uno.</description></item><item><title>Du",
            u"stdin"_qs);
        QCOMPARE(out.articles.size(), 1);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems.front().line, 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
