// The deals a chart reads: CorpusStore::deals(filter, acceptedOnly) keeps the deals of the
// articles the list's filter keeps (search, dates, outlet, language, entity), accepted ones
// only when asked; and a chart built from them.
#include "core/chart/chartbuilder.h"
#include "core/chart/exchangerates.h"
#include "core/corpus/corpusdeals.h"
#include "core/store/sqlitecorpusstore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

namespace {

Article article(const QString &title, const QString &body, const QString &outlet, const QString &published,
                const QString &language)
{
    Article a;
    a.title = title;
    a.text = title + u'\n' + body;
    a.outlet = outlet;
    a.published = published;
    a.language = language;
    a.sourcePath = u"/charts/"_qs + title.toLower().replace(u' ', u'-') + u".txt"_qs;
    a.id = a.sourcePath;
    a.format = u"txt"_qs;
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
    return a;
}

qsizetype bodyStart(const Article &a)
{
    return a.title.size() + 1;
}

Findings dealIn(const Article &a, const QString &investor, const QString &target, double amount)
{
    Findings f;
    const qsizetype at = a.text.indexOf(investor);
    f.entities << EntityMention{{at, at + investor.size()}, investor, EntityType::Org, investor};
    f.deals << Deal{investor, target, Money{u"USD"_qs, amount, amount, Qualifier::Exact}, DealStatus::Completed,
                    a.published.left(10), {bodyStart(a), a.text.size()}};
    return f;
}

} // namespace

class TestChartStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;

private slots:
    void initTestCase()
    {
        auto opened = SqliteCorpusStore::open(m_dir.filePath(u"charts.dealdesk"_qs),
                                              SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_store = std::move(opened).value();
        const QList<Article> batch{
            article(u"Lumen raises"_qs, u"Arco Capital invested 40 million dollars in Lumen Chips, a chip maker."_qs,
                    u"Ledger Weekly"_qs, u"2025-01-15"_qs, u"en"_qs),
            article(u"Vento finanzia"_qs, u"Vento Fondi ha investito 90 milioni di dollari in Nubeva, robotica."_qs,
                    u"Gazzetta dei Capitali"_qs, u"2025-02-20"_qs, u"it"_qs),
            article(u"Arco again"_qs, u"Arco Capital put 15 million dollars into Siloed, a robotics startup."_qs,
                    u"Ledger Weekly"_qs, u"2025-03-09"_qs, u"en"_qs),
        };
        const QList<Findings> findings{dealIn(batch[0], u"Arco Capital"_qs, u"Lumen Chips"_qs, 40e6),
                                       dealIn(batch[1], u"Vento Fondi"_qs, u"Nubeva"_qs, 90e6),
                                       dealIn(batch[2], u"Arco Capital"_qs, u"Siloed"_qs, 15e6)};
        QVERIFY(m_store->addArticlesWithFindings(batch, findings).ok());
        // The first two deals accepted by a journalist, the third still a suggestion.
        const QList<StoredDeal> all = m_store->deals(false);
        QCOMPARE(all.size(), 3);
        for (const StoredDeal &d : all) {
            if (d.deal.target != u"Siloed")
                QVERIFY(m_store->setFindingState(d.findingId, FindingState::Accepted).ok());
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<bool>("acceptedOnly");
        QTest::addColumn<QStringList>("targets");
        QTest::addRow("everything") << QString() << QString() << QString() << QString() << QString() << QString()
                                    << false << QStringList{u"Lumen Chips"_qs, u"Nubeva"_qs, u"Siloed"_qs};
        QTest::addRow("accepted only") << QString() << QString() << QString() << QString() << QString() << QString()
                                       << true << QStringList{u"Lumen Chips"_qs, u"Nubeva"_qs};
        QTest::addRow("search") << u"robotics"_qs << QString() << QString() << QString() << QString() << QString()
                                << false << QStringList{u"Siloed"_qs};
        QTest::addRow("outlet") << QString() << u"Ledger Weekly"_qs << QString() << QString() << QString()
                                << QString() << false << QStringList{u"Lumen Chips"_qs, u"Siloed"_qs};
        QTest::addRow("language") << QString() << QString() << u"it"_qs << QString() << QString() << QString()
                                  << false << QStringList{u"Nubeva"_qs};
        QTest::addRow("dates") << QString() << QString() << QString() << u"2025-02"_qs << u"2025-03"_qs << QString()
                               << false << QStringList{u"Nubeva"_qs, u"Siloed"_qs};
        QTest::addRow("entity, accepted") << QString() << QString() << QString() << QString() << QString()
                                          << u"Arco Capital"_qs << true << QStringList{u"Lumen Chips"_qs};
        QTest::addRow("nothing matches") << u"satellites"_qs << QString() << QString() << QString() << QString()
                                         << QString() << false << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(QString, language);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, entity);
        QFETCH(bool, acceptedOnly);
        QFETCH(QStringList, targets);
        ArticleQuery q;
        q.text = text;
        q.outlet = outlet;
        q.language = language;
        q.publishedFrom = from;
        q.publishedTo = to;
        q.entity = entity;
        q.limit = 1; // paging is ignored: every deal of every article kept
        QStringList got;
        for (const StoredDeal &d : m_store->deals(q, acceptedOnly))
            got << d.deal.target;
        QCOMPARE(got, targets);
    }

    void chartFromTheStore()
    {
        ArticleQuery q;
        q.outlet = u"Ledger Weekly"_qs;
        ChartOptions o;
        o.acceptedOnly = false;
        const ChartData c = buildChart(mergeStoredDeals(m_store->deals(q, false)), o, ExchangeRates::defaults());
        QCOMPARE(c.items.size(), 2);
        QCOMPARE(c.items[0].label, u"Arco Capital → Lumen Chips"_qs);
        QCOMPARE(c.items[0].high, 40e6);
        QCOMPARE(c.items[0].sources.first().articleStoreId, m_store->deals(q, false).first().articleId);
        QCOMPARE(c.outlets, QStringList{u"Ledger Weekly"_qs});
    }
};

QTEST_GUILESS_MAIN(TestChartStore)
#include "tst_chartstore.moc"
