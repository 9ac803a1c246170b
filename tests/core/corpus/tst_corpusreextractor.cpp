// Running the extractor again over a corpus never touches a person's work (issue 6): what a
// journalist accepted, rejected, corrected, added or renamed stays exactly as it was; pending
// suggestions are replaced; names the corpus learned are found in other articles, by the
// re-extraction and by an import.

#include "core/corpus/corpusimporter.h"
#include "core/corpus/corpusreextractor.h"
#include "core/store/editjson.h"
#include "core/store/sqlitecorpusstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

namespace {

// Sentences written for this suite.
Article article(const QString &id, const QString &language, const QString &text)
{
    Article a;
    a.id = id;
    a.sourcePath = id;
    a.language = language;
    a.published = u"2025-03-20"_qs;
    a.title = text.section(u'.', 0, 0);
    a.text = text;
    return a;
}

const QList<Article> &articles()
{
    static const QList<Article> list{
        article(u"a.txt"_qs, u"it"_qs,
                u"La startup milanese Zefiro ha raccolto 5 milioni di euro dal fondo Brezza Capital "
                "il 3 febbraio 2025. Lo ha annunciato Carla Neri, fondatrice di Zefiro."_qs),
        article(u"b.txt"_qs, u"it"_qs,
                u"Il gruppo Ventosa ha ottenuto 2 milioni di euro da Brezza Capital a marzo 2025. "
                "Ventosa produce turbine eoliche."_qs),
        article(u"c.txt"_qs, u"en"_qs,
                u"Brezza Capital led a $4 million round in Lumen Rail on March 4, 2025."_qs),
        article(u"d.txt"_qs, u"it"_qs,
                u"Secondo i sindacati, LR Trains ha assunto 40 ingegneri a Torino nel 2024."_qs),
    };
    return list;
}

std::optional<FindingRecord> findingWith(const CorpusStore &store, qint64 articleId, FindingKind kind,
                                         const QString &text)
{
    for (const FindingRecord &r : store.findingRecords(articleId)) {
        if (r.kind == kind && r.text == text)
            return r;
    }
    return std::nullopt;
}

QStringList canonicalsOf(const CorpusStore &store, qint64 articleId, const QString &text)
{
    QStringList names;
    for (const FindingRecord &r : store.findingRecords(articleId)) {
        if (const auto *e = std::get_if<EntityMention>(&r.value); e && r.text == text)
            names << e->canonical;
    }
    return names;
}

// A person's work on the corpus as comparable text: every finding that is not a pending
// machine suggestion, with its stamp and note, and every article's history.
QStringList personsWork(const CorpusStore &store)
{
    QStringList rows;
    for (const ArticleSummary &a : store.articles({})) {
        for (const FindingRecord &r : store.findingRecords(a.id)) {
            if (r.state == FindingState::Pending && r.origin == FindingOrigin::Machine)
                continue;
            rows << QStringLiteral("%1 %2 %3 %4 %5").arg(QString::number(r.id), findingEditJson(r),
                                                          r.editedBy, r.editedAt, r.note);
        }
        for (const EditRecord &e : store.history(a.id))
            rows << QStringLiteral("history %1 %2 %3").arg(QString::number(e.id), e.before, e.after);
        rows << QStringLiteral("review %1 %2 %3").arg(toString(a.reviewState), a.reviewedBy, a.reviewedAt);
    }
    return rows;
}

} // namespace

class TestCorpusReextractor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsEveryDecision();
    void progressAndCancel_data();
    void progressAndCancel();
    void importUsesLearnedNames();

private:
    [[nodiscard]] qint64 idOf(const QString &sourceId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
};

void TestCorpusReextractor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"r.dealdesk"_qs);
    {
        auto importer = CorpusImporter::open(path);
        QVERIFY(importer.ok());
        QVERIFY(!importer.value()->addBatch(articles()));
    }
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    m_store->setEditor(u"Carla"_qs);
    QCOMPARE(m_store->articleCount(), qint64(4));
}

void TestCorpusReextractor::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestCorpusReextractor::idOf(const QString &sourceId) const
{
    for (const ArticleSummary &a : m_store->articles({})) {
        if (m_store->article(a.id)->id == sourceId)
            return a.id;
    }
    return 0;
}

void TestCorpusReextractor::keepsEveryDecision()
{
    const qint64 a = idOf(u"a.txt"_qs), b = idOf(u"b.txt"_qs), c = idOf(u"c.txt"_qs), d = idOf(u"d.txt"_qs);
    const QString textA = articles()[0].text;

    // What the machine found, as the journalist finds it.
    const auto amount = findingWith(*m_store, a, FindingKind::Amount, u"5 milioni di euro"_qs);
    const auto zefiro = findingWith(*m_store, a, FindingKind::Entity, u"Zefiro"_qs);
    const auto brezza = findingWith(*m_store, a, FindingKind::Entity, u"Brezza Capital"_qs);
    const auto ventosa = findingWith(*m_store, b, FindingKind::Entity, u"Ventosa"_qs);
    QVERIFY(amount && zefiro && brezza && ventosa);
    std::optional<FindingRecord> date;
    for (const FindingRecord &r : m_store->findingRecords(a)) {
        if (r.kind == FindingKind::Date)
            date = r;
    }
    QVERIFY(date);
    QVERIFY(!canonicalsOf(*m_store, d, u"LR Trains"_qs).contains(u"Lumen Rail"_qs));

    // Accepted, rejected, corrected (canonical; a boundary moved), added, noted, renamed, aliased.
    QVERIFY(m_store->setFindingState(amount->id, FindingState::Accepted).ok());
    QVERIFY(m_store->setFindingState(date->id, FindingState::Rejected).ok());
    EntityMention corrected = std::get<EntityMention>(zefiro->value);
    corrected.canonical = u"Zefiro Srl"_qs;
    QVERIFY(m_store->updateFinding(zefiro->id, corrected).ok());
    EntityMention moved = std::get<EntityMention>(brezza->value);
    const qsizetype fondo = textA.indexOf(u"fondo Brezza Capital");
    moved.range = {fondo, fondo + 20};
    moved.text = textA.mid(fondo, 20);
    QVERIFY(m_store->updateFinding(brezza->id, moved).ok());
    const qsizetype milanese = textA.indexOf(u"milanese");
    QVERIFY(m_store->addFinding(a, EntityMention{{milanese, milanese + 8}, u"milanese"_qs, EntityType::Place, u"Milano"_qs},
                                FindingState::Accepted)
                .ok());
    QVERIFY(m_store->setFindingNote(amount->id, u"confermato dal comunicato"_qs).ok());
    QVERIFY(m_store->setReviewState(a, ReviewState::Reviewed).ok());
    const auto renamed = m_store->renameEntity(EntityType::Org, u"Ventosa"_qs, u"Ventosa Energia"_qs);
    QVERIFY(renamed.ok());
    QVERIFY(renamed.value().findings >= 1);
    QVERIFY(m_store->addAlias(EntityType::Org, u"Lumen Rail"_qs, u"LR Trains"_qs).ok());

    const QStringList before = personsWork(*m_store);

    // Again, with the corpus's learned names and a lexicon that now knows the fund's full name.
    ExtractorOptions changed;
    changed.learnedNames = {{u"Brezza Capital SGR"_qs, EntityType::Org, {u"Brezza Capital"_qs}}};
    CorpusReextractor again(*m_store, changed);
    const auto counts = again.run({}, nullptr, 3);
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message()));
    QCOMPARE(counts.value().articles, qint64(4));
    QVERIFY(!counts.value().cancelled);

    // The person's work, to the byte, history and stamps included.
    QCOMPARE(personsWork(*m_store), before);
    // The corrected boundary is the only one: no machine copy of "Brezza Capital" beside it,
    // nor of the rejected date.
    QVERIFY(!findingWith(*m_store, a, FindingKind::Entity, u"Brezza Capital"_qs));
    int dates = 0;
    for (const FindingRecord &r : m_store->findingRecords(a))
        dates += r.kind == FindingKind::Date;
    QCOMPARE(dates, 1);
    // Pending suggestions are the new extractor's: the fund under its new name elsewhere.
    QCOMPARE(canonicalsOf(*m_store, b, u"Brezza Capital"_qs), QStringList{u"Brezza Capital SGR"_qs});
    QCOMPARE(canonicalsOf(*m_store, c, u"Brezza Capital"_qs), QStringList{u"Brezza Capital SGR"_qs});
    // The renamed name is how the machine reads the old one now, in every mention.
    const QStringList ventosas = canonicalsOf(*m_store, b, u"Ventosa"_qs);
    QVERIFY(!ventosas.isEmpty());
    for (const QString &name : ventosas)
        QCOMPARE(name, u"Ventosa Energia"_qs);
    // The alias taught on one name is found in another article.
    QCOMPARE(canonicalsOf(*m_store, d, u"LR Trains"_qs), QStringList{u"Lumen Rail"_qs});

    // A second run changes nothing more.
    const QStringList all = [&] {
        QStringList rows;
        for (const qint64 id : {a, b, c, d})
            for (const FindingRecord &r : m_store->findingRecords(id))
                rows << findingEditJson(r);
        return rows;
    }();
    QVERIFY(CorpusReextractor(*m_store, changed).run().ok());
    QStringList rows;
    for (const qint64 id : {a, b, c, d})
        for (const FindingRecord &r : m_store->findingRecords(id))
            rows << findingEditJson(r);
    QCOMPARE(rows, all);
}

void TestCorpusReextractor::progressAndCancel_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("cancelAfter"); // progress calls before the flag is set; -1 never
    QTest::addColumn<qint64>("done");
    QTest::addColumn<int>("calls");
    QTest::addRow("one batch") << 10 << -1 << qint64(4) << 1;
    QTest::addRow("batches of 3") << 3 << -1 << qint64(4) << 2;
    QTest::addRow("batches of 1") << 1 << -1 << qint64(4) << 4;
    QTest::addRow("cancelled before the start") << 2 << 0 << qint64(0) << 0;
    QTest::addRow("cancelled after a batch") << 2 << 1 << qint64(2) << 1;
}

void TestCorpusReextractor::progressAndCancel()
{
    QFETCH(int, batch);
    QFETCH(int, cancelAfter);
    QFETCH(qint64, done);
    QFETCH(int, calls);
    std::atomic_bool cancel{cancelAfter == 0};
    QList<qint64> seen;
    CorpusReextractor again(*m_store);
    const auto counts = again.run(
        [&](qint64 n, qint64 total) {
            QCOMPARE(total, qint64(4));
            seen << n;
            if (seen.size() == cancelAfter)
                cancel = true;
        },
        &cancel, batch);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().articles, done);
    QCOMPARE(counts.value().cancelled, cancelAfter >= 0);
    QCOMPARE(seen.size(), calls);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] > seen[i - 1]);
}

void TestCorpusReextractor::importUsesLearnedNames()
{
    QVERIFY(m_store->addAlias(EntityType::Org, u"Lumen Rail"_qs, u"LR Trains"_qs).ok());
    const QString path = m_store->path();
    {
        auto importer = CorpusImporter::open(path);
        QVERIFY(importer.ok());
        QVERIFY(!importer.value()->addBatch({article(u"e.txt"_qs, u"it"_qs,
                                                     u"LR Trains apre una sede a Bologna."_qs)}));
        QCOMPARE(importer.value()->counts().added, 1);
    }
    QCOMPARE(canonicalsOf(*m_store, idOf(u"e.txt"_qs), u"LR Trains"_qs), QStringList{u"Lumen Rail"_qs});
}

QTEST_GUILESS_MAIN(TestCorpusReextractor)
#include "tst_corpusreextractor.moc"
