// Findings in the store: every kind round-trips, saveFindings replaces only the machine's
// pending suggestions, a journalist's decisions survive re-extraction, and the list counts
// amounts and deals from the findings table.

#include "storetestutil.h"

#include <QTest>

using namespace dealdesk;
using namespace dealdesk::testutil;

class TestStoreFindings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void emptyFindingsClearSuggestions();
    void decisionsSurviveReextraction();
    void personFindingsSurvive();
    void countsInTheList();
    void sortsByCountsAndReview();
    void unknownArticleIsAnError();
    void unknownFindingIsAnError();
    void dealTextIsItsEvidence();
    void journalistEdits();
    void foreignKeysAreOn();
    void importWithFindings();
    void importWithFindingsIsOneTransaction();

private:
    // The article the tests annotate, and a full set of findings on it.
    static Article article();
    static Findings sample();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
    qint64 m_id = 0;
};

Article TestStoreFindings::article()
{
    return makeArticle(u"Fondo Airone investe 🚀 in Nebbia Labs"_qs,
                       u"Il fondo Airone ha investito 12 milioni di euro in Nebbia Labs a marzo. "
                       u"La società vale ora 90 milioni."_qs,
                       u"Gazzetta di Prova"_qs, u"2025-04-02"_qs, u"it"_qs);
}

Findings TestStoreFindings::sample()
{
    const QString t = article().text;
    auto at = [&t](const QString &s) {
        const qsizetype i = t.indexOf(s);
        return TextRange{i, i + s.size()};
    };
    Findings f;
    f.entities = {{at(u"Airone"_qs), u"Airone"_qs, EntityType::Org, u"Airone"_qs},
                  {at(u"Nebbia Labs"_qs), u"Nebbia Labs"_qs, EntityType::Org, u"Nebbia Labs"_qs}};
    f.amounts = {{at(u"12 milioni di euro"_qs), u"12 milioni di euro"_qs,
                  Money{u"EUR"_qs, 12e6, 12e6, Qualifier::Exact}, MoneyRole::Investment},
                 {at(u"90 milioni"_qs), u"90 milioni"_qs,
                  Money{u"EUR"_qs, 90e6, 90e6, Qualifier::Exact}, MoneyRole::Valuation}};
    f.dates = {{at(u"a marzo"_qs), u"a marzo"_qs, u"2025-03"_qs, DateGrain::Month}};
    f.deals = {{u"Airone"_qs, u"Nebbia Labs"_qs, Money{u"EUR"_qs, 12e6, 12e6, Qualifier::Exact},
                DealStatus::Completed, u"2025-03"_qs,
                at(u"Il fondo Airone ha investito 12 milioni di euro in Nebbia Labs a marzo."_qs)}};
    return f;
}

void TestStoreFindings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    QVERIFY(m_store->addArticles({article()}).ok());
    m_id = m_store->articles({}).first().id;
}

void TestStoreFindings::cleanup()
{
    m_store.reset(); // the connection goes before its folder
    m_dir.reset();
}

void TestStoreFindings::roundTrip_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addRow("every kind") << sample();
    Findings dealOnly;
    dealOnly.deals = {{u"Airone"_qs, QString(), std::nullopt, DealStatus::Rumored, QString(),
                       {0, 5}}};
    QTest::addRow("deal without target or money") << dealOnly;
    QTest::addRow("none") << Findings{};
}

void TestStoreFindings::roundTrip()
{
    QFETCH(Findings, findings);
    const auto saved = m_store->saveFindings(m_id, findings);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
    QVERIFY(m_store->findings(m_id) == findings);
    // Saving the same suggestions again replaces them rather than adding copies.
    QVERIFY(m_store->saveFindings(m_id, findings).ok());
    QVERIFY(m_store->findings(m_id) == findings);
    const QList<FindingRecord> records = m_store->findingRecords(m_id);
    QCOMPARE(records.size(), findings.entities.size() + findings.amounts.size()
                                 + findings.dates.size() + findings.deals.size());
    for (const FindingRecord &r : records) {
        QCOMPARE(toString(r.state), toString(FindingState::Pending));
        QCOMPARE(toString(r.origin), toString(FindingOrigin::Machine));
        QCOMPARE(r.articleId, m_id);
        QVERIFY(!r.createdAt.isEmpty());
    }
}

void TestStoreFindings::emptyFindingsClearSuggestions()
{
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    QVERIFY(m_store->saveFindings(m_id, {}).ok());
    QVERIFY(m_store->findings(m_id) == Findings{});
    QCOMPARE(m_store->findingRecords(m_id).size(), 0);
}

void TestStoreFindings::decisionsSurviveReextraction()
{
    const Findings first = sample();
    QVERIFY(m_store->saveFindings(m_id, first).ok());
    const QList<FindingRecord> records = m_store->findingRecords(m_id);
    // A journalist accepts the first entity and rejects the valuation amount.
    const FindingRecord accepted = records[0];
    const FindingRecord rejected = records[3];
    QCOMPARE(toString(rejected.kind), toString(FindingKind::Amount));
    QVERIFY(m_store->setFindingState(accepted.id, FindingState::Accepted).ok());
    QVERIFY(m_store->setFindingState(rejected.id, FindingState::Rejected).ok());

    // Re-extraction finds the same things again, minus the date, plus a new entity.
    Findings second = first;
    second.dates.clear();
    second.entities.append({{0, 5}, u"Fondo"_qs, EntityType::Org, u"Fondo"_qs});
    QVERIFY(m_store->saveFindings(m_id, second).ok());

    const QList<FindingRecord> after = m_store->findingRecords(m_id);
    auto find = [&after](qint64 id) {
        for (const FindingRecord &r : after)
            if (r.id == id)
                return r;
        return FindingRecord{};
    };
    QCOMPARE(toString(find(accepted.id).state), toString(FindingState::Accepted));
    QCOMPARE(toString(find(rejected.id).state), toString(FindingState::Rejected));
    // No pending copy beside a decided finding; the dropped date is gone; the new entity came.
    QCOMPARE(after.size(), 3 + 2 + 0 + 1);
    const Findings visible = m_store->findings(m_id);
    QCOMPARE(visible.entities.size(), 3);
    QCOMPARE(visible.amounts.size(), 1); // the rejected one is not shown
    QCOMPARE(toString(visible.amounts.first().role), toString(MoneyRole::Investment));
    QCOMPARE(visible.dates.size(), 0);
    QCOMPARE(visible.deals.size(), 1);

    // Undo of the acceptance hands the finding back to the machine.
    QVERIFY(m_store->setFindingState(accepted.id, FindingState::Pending).ok());
    QVERIFY(m_store->saveFindings(m_id, {}).ok());
    QCOMPARE(m_store->findingRecords(m_id).size(), 1); // only the rejected amount is left
}

void TestStoreFindings::personFindingsSurvive()
{
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    // A finding a journalist added, pending or not, is never the machine's to replace.
    QCOMPARE(runRawSql(m_dir->filePath(u"test.dealdesk"_qs),
                       {u"INSERT INTO findings (article_id, kind, range_start, range_end, text, "
                        "payload, state, origin, created_at) VALUES (%1, 'entity', 0, 5, 'Fondo', "
                        "'{\"type\":\"ORG\",\"canonical\":\"Fondo\"}', 'pending', 'person', "
                        "'2025-04-03T10:00:00Z')"_qs.arg(m_id)}),
             QString());
    QVERIFY(m_store->saveFindings(m_id, {}).ok());
    const QList<FindingRecord> left = m_store->findingRecords(m_id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(toString(left.first().origin), toString(FindingOrigin::Person));
    QCOMPARE(left.first().text, u"Fondo"_qs);
}

void TestStoreFindings::countsInTheList()
{
    QCOMPARE(m_store->articles({}).first().amountCount, 0);
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    ArticleSummary s = m_store->articles({}).first();
    QCOMPARE(s.amountCount, 2);
    QCOMPARE(s.dealCount, 1);
    const qint64 amountId = m_store->findingRecords(m_id)[2].id;
    QVERIFY(m_store->setFindingState(amountId, FindingState::Rejected).ok());
    s = m_store->articles({}).first();
    QCOMPARE(s.amountCount, 1);
    QCOMPARE(s.dealCount, 1);
    QCOMPARE(m_store->search(u"Airone"_qs).first().article.amountCount, 1);
}

void TestStoreFindings::sortsByCountsAndReview()
{
    // Three articles: the sample's (2 amounts, 1 deal), one with 1 amount, one with none.
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    Findings one;
    one.amounts = {{{0, 5}, u"5 mln"_qs, Money{u"EUR"_qs, 5e6, 5e6, Qualifier::Exact}, MoneyRole::Other}};
    QVERIFY(m_store->addArticlesWithFindings({makeArticle(u"Uno"_qs, u"5 mln spesi."_qs),
                                              makeArticle(u"Zero"_qs, u"Nessuna cifra."_qs)},
                                             {one, Findings{}})
                .ok());
    auto titles = [this](ArticleQuery::Sort sort, bool descending) {
        ArticleQuery q;
        q.sort = sort;
        q.descending = descending;
        QStringList out;
        for (const ArticleSummary &a : m_store->articles(q))
            out << a.title;
        return out;
    };
    const QString sampleTitle = article().title;
    QCOMPARE(titles(ArticleQuery::Sort::Amounts, true), (QStringList{sampleTitle, u"Uno"_qs, u"Zero"_qs}));
    QCOMPARE(titles(ArticleQuery::Sort::Amounts, false), (QStringList{u"Zero"_qs, u"Uno"_qs, sampleTitle}));
    QCOMPARE(titles(ArticleQuery::Sort::Deals, true).first(), sampleTitle);
    ArticleQuery uno;
    uno.text = u"spesi"_qs;
    QVERIFY(m_store->setReviewState(m_store->articles(uno).first().id, ReviewState::Reviewed).ok());
    QVERIFY(m_store->setReviewState(m_id, ReviewState::InProgress).ok());
    QCOMPARE(titles(ArticleQuery::Sort::Review, false), (QStringList{u"Zero"_qs, sampleTitle, u"Uno"_qs}));
}

void TestStoreFindings::unknownArticleIsAnError()
{
    const auto saved = m_store->saveFindings(m_id + 100, sample());
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message().contains(u"test.dealdesk"_qs));
    QVERIFY(saved.error().reason.contains(u"no article"_qs));
    QCOMPARE(m_store->findingRecords(m_id + 100).size(), 0);
}

void TestStoreFindings::unknownFindingIsAnError()
{
    QVERIFY(!m_store->setFindingState(12345, FindingState::Accepted).ok());
}

void TestStoreFindings::dealTextIsItsEvidence()
{
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    const FindingRecord deal = m_store->findingRecords(m_id).last();
    QCOMPARE(toString(deal.kind), toString(FindingKind::Deal));
    QCOMPARE(deal.text, u"Il fondo Airone ha investito 12 milioni di euro in Nebbia Labs a marzo."_qs);
}

void TestStoreFindings::journalistEdits()
{
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    const QList<FindingRecord> before = m_store->findingRecords(m_id);

    // Add: a person's finding, kept through re-extraction.
    const EntityMention added{{0, 5}, u"Fondo"_qs, EntityType::Org, u"Fondo Airone"_qs};
    const auto id = m_store->addFinding(m_id, added, FindingState::Accepted);
    QVERIFY(id.ok());
    // Edit: the valuation amount was really in dollars; the correction is accepted.
    const FindingRecord valuation = before[3];
    Amount corrected = std::get<Amount>(valuation.value);
    corrected.money.currency = u"USD"_qs;
    QVERIFY(m_store->updateFinding(valuation.id, corrected).ok());
    // Edit a deal: its text follows the new evidence range.
    Deal deal = std::get<Deal>(before.last().value);
    deal.status = DealStatus::Announced;
    deal.evidence = {0, 5};
    QVERIFY(m_store->updateFinding(before.last().id, deal).ok());

    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    const QList<FindingRecord> after = m_store->findingRecords(m_id);
    // Added entity, plus the re-extracted deal at its old place (the edit moved it away).
    QCOMPARE(after.size(), before.size() + 2);
    bool sawAdded = false, sawCorrected = false, sawDeal = false;
    for (const FindingRecord &r : after) {
        if (r.id == id.value()) {
            sawAdded = true;
            QCOMPARE(toString(r.origin), toString(FindingOrigin::Person));
            QVERIFY(std::get<EntityMention>(r.value) == added);
        } else if (r.id == valuation.id) {
            sawCorrected = true;
            QCOMPARE(toString(r.state), toString(FindingState::Accepted));
            QVERIFY(std::get<Amount>(r.value) == corrected);
        } else if (r.id == before.last().id) {
            sawDeal = true;
            QVERIFY(std::get<Deal>(r.value) == deal);
            QCOMPARE(r.text, u"Fondo"_qs);
        }
    }
    QVERIFY(sawAdded && sawCorrected && sawDeal);
    QCOMPARE(m_store->findings(m_id).deals.size(), 2);

    // Undo of the add.
    QVERIFY(m_store->removeFinding(id.value()).ok());
    QVERIFY(!m_store->removeFinding(id.value()).ok());
    QCOMPARE(m_store->findingRecords(m_id).size(), before.size() + 1);
    QVERIFY(!m_store->updateFinding(987654, corrected).ok());
}

void TestStoreFindings::foreignKeysAreOn()
{
    // Without PRAGMA foreign_keys on the store's connection this insert would succeed.
    const auto orphan = m_store->addFinding(m_id + 1000, EntityMention{}, FindingState::Accepted);
    QVERIFY(!orphan.ok());
    QVERIFY2(orphan.error().reason.contains(u"FOREIGN KEY"_qs), qPrintable(orphan.error().reason));
}

void TestStoreFindings::importWithFindings()
{
    // The article from init() has a decision on it; importing it again must not touch it.
    QVERIFY(m_store->saveFindings(m_id, sample()).ok());
    const qint64 decided = m_store->findingRecords(m_id).first().id;
    QVERIFY(m_store->setFindingState(decided, FindingState::Rejected).ok());

    const Article other = makeArticle(u"Secondo pezzo"_qs, u"Il gruppo Falco compra Vento."_qs);
    Findings otherFindings;
    otherFindings.entities = {{{24, 29}, u"Falco"_qs, EntityType::Org, u"Falco"_qs}};
    const Article third = makeArticle(u"Terzo pezzo"_qs, u"Nessuna notizia."_qs);
    const auto added = m_store->addArticlesWithFindings({other, article(), third},
                                                        {otherFindings, Findings{}, Findings{}});
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message()));
    QCOMPARE(added.value(), (ImportCounts{2, 1}));

    ArticleQuery q;
    q.text = u"Falco"_qs;
    const QList<ArticleSummary> found = m_store->articles(q);
    QCOMPARE(found.size(), 1);
    QVERIFY(m_store->findings(found.first().id) == otherFindings);
    const QList<FindingRecord> kept = m_store->findingRecords(m_id);
    QCOMPARE(kept.size(), 6);
    QCOMPARE(toString(kept.first().state), toString(FindingState::Rejected));

    const auto mismatched = m_store->addArticlesWithFindings({third}, {});
    QVERIFY(!mismatched.ok());
}

void TestStoreFindings::importWithFindingsIsOneTransaction()
{
    QCOMPARE(runRawSql(m_dir->filePath(u"test.dealdesk"_qs),
                       {u"CREATE TRIGGER no_dates BEFORE INSERT ON findings WHEN new.kind = 'date' "
                        "BEGIN SELECT RAISE(ABORT, 'injected'); END"_qs}),
             QString());
    Findings withDate;
    withDate.dates = {{{0, 4}, u"2030"_qs, u"2030"_qs, DateGrain::Year}};
    const auto result = m_store->addArticlesWithFindings(
        {makeArticle(u"A"_qs, u"uno"_qs), makeArticle(u"B"_qs, u"due"_qs)}, {Findings{}, withDate});
    QVERIFY(!result.ok());
    QVERIFY(result.error().reason.contains(u"injected"_qs));
    QCOMPARE(m_store->articleCount(), qint64(1)); // only the article from init()
}

QTEST_GUILESS_MAIN(TestStoreFindings)
#include "tst_storefindings.moc"
