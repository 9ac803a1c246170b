// Full-text search: bm25 ranking with the title weighted, snippets with the match marked,
// prefix and phrase search, accents folded, and hostile text that must never be a syntax
// error.

#include "storetestutil.h"

#include <QTest>

using namespace dealdesk;
using namespace dealdesk::testutil;

class TestStoreSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ranking_data();
    void ranking();
    void snippetMarksTheMatch();
    void hostileQueries_data();
    void hostileQueries();
    void limit();
    void relevanceSortInTheList();
    void textFilterFollowsUpdates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
};

void TestStoreSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = openStore(m_dir);
    QVERIFY(m_store);
    const QList<Article> corpus{
        makeArticle(u"Orsobruno compra un data center"_qs,
                    u"La società Orsobruno annuncia l'acquisto di un data center vicino a Lodi."_qs),
        makeArticle(u"Mercati in calo"_qs,
                    u"Tra le notizie minori, anche Orsobruno viene citata di sfuggita."_qs),
        makeArticle(u"Il fondo Pellicano e i robot"_qs,
                    u"Pellicano investe. Pellicano raddoppia. Pellicano guida il round "
                    u"della startup, poi Pellicano chiude l'operazione."_qs),
        makeArticle(u"Cronaca locale"_qs,
                    u"Il fondo Pellicano compare una volta in un lungo articolo che parla "
                    u"soprattutto di altro: traffico, meteo, sport, cultura e spettacoli."_qs),
        makeArticle(u"Perché la società investe"_qs,
                    u"Un'analisi delle ragioni dietro l'operazione e della sua valutazione."_qs),
        makeArticle(u"Partnership Lucciola-Tritone"_qs,
                    u"Lucciola e Tritone firmano un accordo da 2 miliardi. Investimenti e "
                    u"investitori seguono con attenzione."_qs),
        makeArticle(u"Emoji 🚀 e simboli"_qs, u"Il razzo 🚀 decolla; \"virgolette\" e (parentesi)."_qs),
    };
    QCOMPARE(m_store->addArticles(corpus).value().added, int(corpus.size()));
}

void TestStoreSearch::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles"); // best first; only these, in this order

    QTest::addRow("title match above a body mention")
        << u"Orsobruno"_qs
        << QStringList{u"Orsobruno compra un data center"_qs, u"Mercati in calo"_qs};
    QTest::addRow("more occurrences rank higher")
        << u"Pellicano"_qs
        << QStringList{u"Il fondo Pellicano e i robot"_qs, u"Cronaca locale"_qs};
    QTest::addRow("terms are ANDed") << u"Pellicano traffico"_qs
                                     << QStringList{u"Cronaca locale"_qs};
    QTest::addRow("phrase") << u"\"data center\""_qs
                            << QStringList{u"Orsobruno compra un data center"_qs};
    QTest::addRow("phrase words apart do not match") << u"\"center data\""_qs << QStringList{};
    QTest::addRow("prefix") << u"investit*"_qs
                            << QStringList{u"Partnership Lucciola-Tritone"_qs};
    QTest::addRow("accents folded") << u"perche societa"_qs
                                    << QStringList{u"Perché la società investe"_qs};
    QTest::addRow("case folded") << u"LUCCIOLA"_qs << QStringList{u"Partnership Lucciola-Tritone"_qs};
    QTest::addRow("hyphenated pair") << u"Lucciola-Tritone"_qs
                                     << QStringList{u"Partnership Lucciola-Tritone"_qs};
    QTest::addRow("no match") << u"Inesistente"_qs << QStringList{};
}

void TestStoreSearch::ranking()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    const QList<SearchHit> hits = m_store->search(query);
    QStringList got;
    for (const SearchHit &h : hits)
        got << h.article.title;
    QCOMPARE(got, titles);
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].rank >= hits[i].rank);
}

void TestStoreSearch::snippetMarksTheMatch()
{
    const QList<SearchHit> hits = m_store->search(u"traffico"_qs);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().snippet.contains(u"«traffico»"_qs), qPrintable(hits.first().snippet));
    QVERIFY(hits.first().rank > 0);

    const QList<SearchHit> accented = m_store->search(u"perche"_qs);
    QCOMPARE(accented.size(), 1);
    // The snippet shows the text as written, accents included.
    QVERIFY2(accented.first().snippet.contains(u"«Perché»"_qs), qPrintable(accented.first().snippet));

    const QList<SearchHit> prefix = m_store->search(u"investim*"_qs);
    QCOMPARE(prefix.size(), 1);
    QVERIFY2(prefix.first().snippet.contains(u"«Investimenti»"_qs),
             qPrintable(prefix.first().snippet));
}

void TestStoreSearch::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");

    QTest::addRow("stray quote") << u"razzo\""_qs << 1;
    QTest::addRow("quote inside a word") << u"vir\"golette"_qs << 0;
    QTest::addRow("only a quote") << u"\""_qs << 0;
    QTest::addRow("operators alone") << u"AND OR NOT"_qs << 0;
    QTest::addRow("NEAR syntax") << u"NEAR(razzo decolla, 2)"_qs << 0;
    QTest::addRow("column filter is plain text") << u"title:Emoji"_qs << 0;
    QTest::addRow("caret and braces") << u"^razzo {x}"_qs << 0;
    QTest::addRow("parentheses") << u"(parentesi)"_qs << 1;
    QTest::addRow("minus prefix") << u"-razzo"_qs << 1;
    QTest::addRow("only a star") << u"*"_qs << 0;
    QTest::addRow("emoji") << u"🚀"_qs << 0;
    QTest::addRow("SQL injection") << u"'; DROP TABLE articles; --"_qs << 0;
    QTest::addRow("NUL and control") << QString(u"razzo"_qs + QChar(0) + u"\t\x01"_qs) << 1;
    QTest::addRow("very long") << QString(5000, u'a') << 0;
    QTest::addRow("many terms") << QStringList(300, u"razzo"_qs).join(u' ') << 1;
}

void TestStoreSearch::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    // A syntax error would be logged as a warning and give no hits: fail on any warning.
    QTest::failOnWarning(QRegularExpression(u".*"_qs));
    QCOMPARE(m_store->search(query).size(), hits);
    ArticleQuery filter;
    filter.text = query;
    QVERIFY(m_store->articleCount(filter) >= hits);
    QCOMPARE(m_store->articleCount(), qint64(7)); // nothing was dropped
}

void TestStoreSearch::limit()
{
    QCOMPARE(m_store->search(u"il"_qs, 2).size(), 2);
    QCOMPARE(m_store->search(u"il"_qs, 0).size(), 0);
}

void TestStoreSearch::relevanceSortInTheList()
{
    ArticleQuery q;
    q.text = u"Pellicano"_qs;
    q.sort = ArticleQuery::Sort::Relevance;
    QList<ArticleSummary> page = m_store->articles(q);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.first().title, u"Il fondo Pellicano e i robot"_qs);
    q.descending = false;
    page = m_store->articles(q);
    QCOMPARE(page.first().title, u"Cronaca locale"_qs);
    QCOMPARE(m_store->articleCount(q), qint64(2));
}

void TestStoreSearch::textFilterFollowsUpdates()
{
    // The FTS index follows the articles table through triggers: an edit made with SQL on
    // the file (as a later migration might) is searchable at once.
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(store->addArticles({makeArticle(u"Vecchio titolo"_qs, u"corpo"_qs)}).ok());
    QCOMPARE(runRawSql(store->path(), {u"UPDATE articles SET title = 'Titolo nuovo'"_qs}),
             QString());
    QCOMPARE(store->search(u"nuovo"_qs).size(), 1);
    QCOMPARE(store->search(u"vecchio"_qs).size(), 1); // still in the body's first line
    QCOMPARE(runRawSql(store->path(), {u"DELETE FROM articles"_qs}), QString());
    QCOMPARE(store->search(u"nuovo"_qs).size(), 0);
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
