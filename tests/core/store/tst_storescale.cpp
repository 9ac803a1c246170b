// The list at corpus scale: 100,000 articles (DEALDESK_STORE_SCALE overrides), and every page,
// count and search a view asks for must come back fast, because the database does the
// sorting and filtering and never reads bodies for a list.

#include "storetestutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

// Words written for this test; bodies are random sentences of them.
const QStringList vocabulary = QString(
    u"fondo società startup investimento round milioni miliardi euro dollari acquisizione "
    "accordo intelligenza artificiale modello dati calcolo chip centro energia rete "
    "ricerca laboratorio capitale rischio valutazione quota partecipazione annuncio "
    "trattativa mercato borsa crescita perdita ricavi clienti prodotto piattaforma "
    "europa italia francia germania spagna governo piano progetto campus robot"_qs)
    .split(u' ');
const QStringList outlets{u"Gazzetta Uno"_qs, u"Daily Two"_qs, u"Le Trois"_qs,
                          u"Vier Zeitung"_qs, u"El Cinco"_qs, u"Sesta Voce"_qs};
const QStringList languages{u"it"_qs, u"en"_qs, u"fr"_qs, u"de"_qs, u"es"_qs};

Article randomArticle(int n, QRandomGenerator &gen)
{
    QString body;
    body.reserve(1600);
    while (body.size() < 1500) {
        body += vocabulary[gen.bounded(int(vocabulary.size()))];
        body += gen.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    // A rare word in one article in a thousand, for a selective search.
    if (n % 1000 == 0)
        body += QStringLiteral(" ornitorinco");
    const QString published = QStringLiteral("%1-%2-%3")
                                  .arg(2020 + gen.bounded(6))
                                  .arg(1 + gen.bounded(12), 2, 10, QLatin1Char('0'))
                                  .arg(1 + gen.bounded(28), 2, 10, QLatin1Char('0'));
    return makeArticle(QStringLiteral("Articolo %1 %2").arg(n).arg(vocabulary[n % vocabulary.size()]),
                       body, outlets[n % outlets.size()], published,
                       languages[gen.bounded(int(languages.size()))]);
}

} // namespace

class TestStoreScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listQueries_data();
    void listQueries();
    void search_data();
    void search();
    void findingsCounts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
    int m_total = 100000;
    // A page or a count must answer within this many ms; a view waits on it.
    static constexpr qint64 budgetMs = 250;
};

void TestStoreScale::initTestCase()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("DEALDESK_STORE_SCALE", &ok);
    if (ok && fromEnv > 0)
        m_total = fromEnv;
    m_store = openStore(m_dir);
    QVERIFY(m_store);
    QRandomGenerator gen(2025);
    QElapsedTimer timer;
    timer.start();
    constexpr int batchSize = 5000;
    for (int first = 0; first < m_total; first += batchSize) {
        QList<Article> batch;
        for (int n = first; n < std::min(m_total, first + batchSize); ++n)
            batch << randomArticle(n, gen);
        const auto added = m_store->addArticles(batch);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message()));
    }
    const qint64 ms = timer.elapsed();
    qInfo("imported %d articles in %lld ms (%.0f articles/s), file %.1f MB", m_total, ms,
          m_total * 1000.0 / std::max<qint64>(ms, 1),
          QFileInfo(m_store->path()).size() / 1e6);
    QCOMPARE(m_store->articleCount(), qint64(m_total));
}

void TestStoreScale::listQueries_data()
{
    using Sort = ArticleQuery::Sort;
    QTest::addColumn<ArticleQuery>("query");
    QTest::addRow("first page, newest first") << ArticleQuery{};
    ArticleQuery deep;
    deep.offset = m_total / 2;
    QTest::addRow("deep page") << deep;
    ArticleQuery title;
    title.sort = Sort::Title;
    title.descending = false;
    QTest::addRow("by title") << title;
    ArticleQuery outlet;
    outlet.sort = Sort::Outlet;
    QTest::addRow("by outlet") << outlet;
    ArticleQuery language;
    language.language = u"de"_qs;
    QTest::addRow("one language") << language;
    ArticleQuery languageTitle;
    languageTitle.language = u"fr"_qs;
    languageTitle.sort = Sort::Title;
    QTest::addRow("one language by title") << languageTitle;
    ArticleQuery outletMonth;
    outletMonth.outlet = u"Le Trois"_qs;
    outletMonth.publishedFrom = u"2023-03"_qs;
    outletMonth.publishedTo = u"2023-05"_qs;
    QTest::addRow("outlet and months") << outletMonth;
    ArticleQuery rare;
    rare.text = u"ornitorinco"_qs;
    rare.sort = Sort::Relevance;
    QTest::addRow("rare word by relevance") << rare;
    ArticleQuery common;
    common.text = u"fondo"_qs;
    QTest::addRow("common word by date") << common;
}

void TestStoreScale::listQueries()
{
    QFETCH(ArticleQuery, query);
    QElapsedTimer timer;
    timer.start();
    const QList<ArticleSummary> page = m_store->articles(query);
    const qint64 pageMs = timer.restart();
    const qint64 count = m_store->articleCount(query);
    const qint64 countMs = timer.elapsed();
    qInfo("%s: page of %lld in %lld ms, count %lld in %lld ms", QTest::currentDataTag(),
          qint64(page.size()), pageMs, count, countMs);
    QVERIFY(!page.isEmpty());
    QVERIFY(page.size() <= query.limit);
    QVERIFY(count >= page.size());
    // A common word matches nearly every article, and FTS5 hands over every match: twice
    // the budget there (measured: ~100 ms on an idle machine).
    const qint64 budget = query.text.isEmpty() ? budgetMs : 2 * budgetMs;
    QVERIFY2(pageMs < budget, qPrintable(QString::number(pageMs)));
    QVERIFY2(countMs < budget, qPrintable(QString::number(countMs)));
}

void TestStoreScale::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("rare word") << u"ornitorinco"_qs;
    QTest::addRow("two common words") << u"fondo robot"_qs;
    QTest::addRow("prefix") << u"invest*"_qs;
}

void TestStoreScale::search()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const QList<SearchHit> hits = m_store->search(text, 50);
    const qint64 ms = timer.elapsed();
    qInfo("search %s: %lld hits in %lld ms", qPrintable(text), qint64(hits.size()), ms);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().snippet.contains(u'«'));
    // bm25 over every matching row of a common word costs more than a page; still bounded.
    QVERIFY2(ms < 4 * budgetMs, qPrintable(QString::number(ms)));
}

void TestStoreScale::findingsCounts()
{
    // Counts come from the findings table per listed row: with findings on many articles the
    // page must stay within budget.
    Findings f;
    f.amounts = {{{0, 3}, u"abc"_qs, Money{u"EUR"_qs, 1e6, 1e6, Qualifier::Exact},
                  MoneyRole::Investment}};
    f.deals = {{u"A"_qs, u"B"_qs, std::nullopt, DealStatus::Announced, QString(), {0, 3}}};
    const QList<ArticleSummary> first = m_store->articles({});
    for (const ArticleSummary &s : first)
        QVERIFY(m_store->saveFindings(s.id, f).ok());
    QElapsedTimer timer;
    timer.start();
    const QList<ArticleSummary> page = m_store->articles({});
    const qint64 ms = timer.elapsed();
    qInfo("page with counts: %lld ms", ms);
    QCOMPARE(page.first().amountCount, 1);
    QCOMPARE(page.last().dealCount, 1);
    QVERIFY2(ms < budgetMs, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestStoreScale)
#include "tst_storescale.moc"
