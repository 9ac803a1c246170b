// The store's queries for the desk: entity counts, distinct outlets and languages, the list
// filtered by entity (and type) and by "with deals", a rejected finding counting for none, and
// one article's search snippet.
#include "storetestutil.h"

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

EntityMention mention(const QString &text, const QString &part, EntityType type, const QString &canonical)
{
    const qsizetype at = text.indexOf(part);
    return {{at, at + part.size()}, part, type, canonical};
}

} // namespace

class TestStoreCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
    QList<qint64> m_ids;

private slots:
    void initTestCase()
    {
        m_store = openStore(m_dir);
        QVERIFY(m_store);
        const QList<Article> batch = {
            makeArticle(u"Orbita one"_qs, u"Orbita Spazio hired Carla Bruni Tedeschi. Orbita again."_qs,
                        u"Il Corriere Digitale"_qs, u"2025-01-10"_qs, u"it"_qs),
            makeArticle(u"Orbita two"_qs, u"Orbita Spazio bought Nimbo for 5 million euros."_qs,
                        u"ledger"_qs, u"2025-02-10"_qs, u"en"_qs),
            makeArticle(u"Georgia"_qs, u"Georgia the place, and Georgia the company."_qs,
                        u"Ledger"_qs, u"2025-03-10"_qs, u"en"_qs),
        };
        QList<Findings> findings(3);
        const QString &t0 = batch[0].text, &t1 = batch[1].text, &t2 = batch[2].text;
        findings[0].entities << mention(t0, u"Orbita Spazio"_qs, EntityType::Org, u"Orbita Spazio"_qs)
                             << mention(t0, u"Carla Bruni Tedeschi"_qs, EntityType::Person, u"Carla Bruni Tedeschi"_qs)
                             << mention(t0, u"Orbita again"_qs, EntityType::Org, u"Orbita Spazio"_qs);
        findings[1].entities << mention(t1, u"Orbita Spazio"_qs, EntityType::Org, u"Orbita Spazio"_qs);
        const qsizetype end = t1.size();
        findings[1].deals << Deal{u"Orbita Spazio"_qs, u"Nimbo"_qs, std::nullopt, DealStatus::Completed, {}, {0, end}};
        findings[2].entities << mention(t2, u"Georgia the place"_qs, EntityType::Place, u"Georgia"_qs)
                             << mention(t2, u"Georgia the company"_qs, EntityType::Org, u"Georgia"_qs);
        QVERIFY(m_store->addArticlesWithFindings(batch, findings).ok());
        for (const ArticleSummary &s : m_store->articles({}))
            m_ids.prepend(s.id); // newest first in the list: reversed, import order
    }

    void countsEntities()
    {
        const QList<EntityCount> counts = m_store->entityCounts();
        QVERIFY(counts.contains(EntityCount{EntityType::Org, u"Orbita Spazio"_qs, 3, 2}));
        QVERIFY(counts.contains(EntityCount{EntityType::Person, u"Carla Bruni Tedeschi"_qs, 1, 1}));
        QVERIFY(counts.contains(EntityCount{EntityType::Place, u"Georgia"_qs, 1, 1}));
        QVERIFY(counts.contains(EntityCount{EntityType::Org, u"Georgia"_qs, 1, 1}));
        QCOMPARE(counts.size(), 4);
    }

    void listsOutletsAndLanguages()
    {
        // Case-blind order, each spelling kept.
        QCOMPARE(m_store->outlets(), (QStringList{u"Il Corriere Digitale"_qs, u"Ledger"_qs, u"ledger"_qs}));
        QCOMPARE(m_store->languages(), (QStringList{u"en"_qs, u"it"_qs}));
    }

    void filtersByEntity_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<int>("type"); // -1 = any
        QTest::addColumn<bool>("withDeals");
        QTest::addColumn<QStringList>("titles");
        QTest::addRow("org in two") << u"Orbita Spazio"_qs << -1 << false
                                    << QStringList{u"Orbita two"_qs, u"Orbita one"_qs};
        QTest::addRow("listed once though named twice")
            << u"Orbita Spazio"_qs << int(EntityType::Org) << false << QStringList{u"Orbita two"_qs, u"Orbita one"_qs};
        QTest::addRow("with deals") << u"Orbita Spazio"_qs << -1 << true << QStringList{u"Orbita two"_qs};
        QTest::addRow("deals only") << QString() << -1 << true << QStringList{u"Orbita two"_qs};
        QTest::addRow("type narrows") << u"Georgia"_qs << int(EntityType::Place) << false << QStringList{u"Georgia"_qs};
        QTest::addRow("wrong type") << u"Orbita Spazio"_qs << int(EntityType::Person) << false << QStringList{};
        QTest::addRow("unknown") << u"Nobody"_qs << -1 << false << QStringList{};
        QTest::addRow("quote in name is data") << u"x' OR '1'='1"_qs << -1 << false << QStringList{};
    }

    void filtersByEntity()
    {
        QFETCH(QString, entity);
        QFETCH(int, type);
        QFETCH(bool, withDeals);
        QFETCH(QStringList, titles);
        ArticleQuery q;
        q.entity = entity;
        if (type >= 0)
            q.entityType = EntityType(type);
        q.withDeals = withDeals;
        QStringList got;
        for (const ArticleSummary &s : m_store->articles(q))
            got << s.title;
        QCOMPARE(got, titles);
        QCOMPARE(m_store->articleCount(q), qint64(titles.size()));
    }

    void rejectedMentionsCountForNothing()
    {
        const qint64 first = m_ids.first();
        const QList<FindingRecord> records = m_store->findingRecords(first);
        for (const FindingRecord &r : records) {
            if (r.kind == FindingKind::Entity && std::get<EntityMention>(r.value).type == EntityType::Person)
                QVERIFY(m_store->setFindingState(r.id, FindingState::Rejected).ok());
        }
        ArticleQuery q;
        q.entity = u"Carla Bruni Tedeschi"_qs;
        QCOMPARE(m_store->articleCount(q), qint64(0));
        for (const EntityCount &c : m_store->entityCounts())
            QVERIFY(c.canonical != u"Carla Bruni Tedeschi"_qs);
    }

    void recentDealsNewestFirst()
    {
        const QList<StoredDeal> deals = m_store->recentDeals(10);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().deal.target, u"Nimbo"_qs);
        QCOMPARE(deals.first().title, u"Orbita two"_qs);
        QVERIFY(deals.first().evidence.contains(u"Nimbo"_qs));
        QVERIFY(m_store->recentDeals(0).isEmpty());
    }

    void snippetOfOneArticle()
    {
        const qint64 second = m_ids[1];
        QCOMPARE(m_store->snippet(second, u"Nimbo"_qs).contains(u"«Nimbo»"_qs), true);
        QVERIFY(m_store->snippet(m_ids[0], u"Nimbo"_qs).isEmpty()); // does not match
        QVERIFY(m_store->snippet(second, u"!!"_qs).isEmpty());      // nothing searchable
    }
};

QTEST_GUILESS_MAIN(TestStoreCatalog)
#include "tst_storecatalog.moc"
