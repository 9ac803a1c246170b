#include "core/corpus/corpusdeals.h"
#include "core/store/sqlitecorpusstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

class TestCorpusDeals : public QObject
{
    Q_OBJECT

private:
    static Article article(const QString &id, const QString &outlet, const QString &published, const QString &text)
    {
        Article a;
        a.id = id;
        a.title = text.section(u'.', 0, 0);
        a.outlet = outlet;
        a.published = published;
        a.language = u"en"_qs;
        a.text = text;
        return a;
    }

    static Findings oneDeal(const QString &investor, const QString &target, double amount, DealStatus status,
                            const QString &date, qsizetype sentenceEnd)
    {
        Findings f;
        Deal d;
        d.investor = investor;
        d.target = target;
        if (amount > 0)
            d.money = Money{u"USD"_qs, amount, amount, Qualifier::Exact};
        d.status = status;
        d.date = date;
        d.evidence = {0, sentenceEnd};
        f.deals << d;
        return f;
    }

private slots:
    void sameDealFromTwoArticlesIsOneWithTwoSources()
    {
        QTemporaryDir dir;
        auto opened = SqliteCorpusStore::open(dir.filePath(u"d.dealdesk"_qs), SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        auto &store = *opened.value();
        const QString t1 = u"Northwind invests $2 billion in Lumen Labs. More later."_qs;
        const QString t2 = u"Lumen Labs gets $2.1bn from Northwind Inc. Talks went on."_qs;
        const QString t3 = u"Harbor Peak backs Lumen Labs with $300 million. Done."_qs;
        const auto added = store.addArticlesWithFindings(
            {article(u"a.txt"_qs, u"Ledger Weekly"_qs, u"2025-03-01"_qs, t1),
             article(u"b.txt"_qs, u"Gazzetta dei Capitali"_qs, u"2025-03-02"_qs, t2),
             article(u"c.txt"_qs, u"Ledger Weekly"_qs, u"2025-03-05"_qs, t3)},
            {oneDeal(u"Northwind"_qs, u"Lumen Labs"_qs, 2e9, DealStatus::Announced, u"2025-03"_qs, 43),
             oneDeal(u"Northwind Inc."_qs, u"Lumen Labs"_qs, 2.1e9, DealStatus::Completed, u"2025-03-02"_qs, 42),
             oneDeal(u"Harbor Peak"_qs, u"Lumen Labs"_qs, 3e8, DealStatus::Completed, u"2025-03"_qs, 47)});
        QVERIFY(added.ok());

        const CorpusDeals view = corpusDeals(store);
        QCOMPARE(view.deals.size(), 2);
        const MergedDeal &merged = view.deals[0];
        QCOMPARE(merged.target, u"Lumen Labs"_qs);
        QCOMPARE(merged.sources.size(), 2);
        QCOMPARE(merged.sources[0].articleId, u"a.txt"_qs);
        QCOMPARE(merged.sources[1].articleId, u"b.txt"_qs);
        QCOMPARE(toString(merged.status), u"completed"_qs); // the most advanced status reported
        QCOMPARE(merged.sources[0].evidence, t1.left(43));
        QCOMPARE(view.articles.value(u"b.txt"_qs).outlet, u"Gazzetta dei Capitali"_qs);
        QCOMPARE(view.deals[1].investor, u"Harbor Peak"_qs);

        // Only accepted findings: none yet, then the one a journalist accepts.
        QVERIFY(corpusDeals(store, true).deals.isEmpty());
        const QList<StoredDeal> rows = store.deals();
        QCOMPARE(rows.size(), 3);
        QVERIFY(store.setFindingState(rows[2].findingId, FindingState::Accepted).ok());
        QVERIFY(store.setFindingState(rows[0].findingId, FindingState::Rejected).ok());
        const CorpusDeals accepted = corpusDeals(store, true);
        QCOMPARE(accepted.deals.size(), 1);
        QCOMPARE(accepted.deals[0].investor, u"Harbor Peak"_qs);
        // A rejected deal leaves the default view too.
        QCOMPARE(corpusDeals(store).deals[0].sources.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCorpusDeals)
#include "tst_corpusdeals.moc"
