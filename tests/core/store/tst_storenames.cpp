// Names across the corpus (issue 6): a rename or merge reaches every entity finding and deal
// of the corpus with states kept, leaves the old name as an alias, is undone exactly; an
// alias added is forgotten again on request (its undo), and the learned names and the
// completion list say what the journalists confirmed.

#include "storetestutil.h"

#include "core/store/editjson.h"

#include <QTest>

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

EntityMention mention(const QString &text, const QString &surface, EntityType type,
                      const QString &canonical)
{
    const qsizetype i = text.indexOf(surface);
    return {{i, i + surface.size()}, surface, type, canonical};
}

// Every finding of the corpus as comparable text: what a rename must change and a revert
// must put back, stamps included.
QStringList snapshot(const CorpusStore &store)
{
    QStringList rows;
    for (const ArticleSummary &a : store.articles({})) {
        for (const FindingRecord &r : store.findingRecords(a.id)) {
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(QString::number(r.id), findingEditJson(r), toString(r.state),
                             r.editedBy, r.editedAt, r.note);
        }
    }
    rows.sort();
    return rows;
}

QString learnedText(const QList<LearnedName> &names)
{
    QStringList parts;
    for (const LearnedName &n : names)
        parts << toString(n.type) + u':' + n.canonical + u'=' + n.aliases.join(u',');
    return parts.join(u"; ");
}

// The corpus-wide records (rename, alias, unalias) as "action|before|after|editor", oldest
// first, read through a connection of the test's own: no article's history lists an alias.
QStringList corpusWideEdits(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("names-edits-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT action, before, after, editor FROM edits "
                                       "WHERE article_id IS NULL ORDER BY id"),
                        db);
            while (q.next()) {
                // Read back as the store does: an action it cannot name would be skipped.
                const auto action = editActionFromString(q.value(0).toString());
                rows << QStringLiteral("%1|%2|%3|%4")
                            .arg(action ? toString(*action) : u"?"_qs, q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestStoreNames : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renameReachesTheCorpus_data();
    void renameReachesTheCorpus();
    void revertPutsBackExactly_data();
    void revertPutsBackExactly();
    void renameIsInTheHistory();
    void aliases_data();
    void aliases();
    void removeAlias_data();
    void removeAlias();
    void reopenAfterRemovedAlias();
    void learnedNames_data();
    void learnedNames();
    void canonicalNames_data();
    void canonicalNames();
    void refusedNames_data();
    void refusedNames();
    void reopenKeepsNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
    QList<qint64> m_ids; // the three articles
};

// Three articles written for this suite: "Open AI" and "OpenAI" as two spellings of one
// company, a person and a place sharing a name, and deals naming the company.
void TestStoreNames::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    const QList<Article> articles{
        makeArticle(u"Open AI investe in Fiordo"_qs,
                    u"Open AI ha investito 10 milioni di dollari in Fiordo. Lo dice Paola Gallo."_qs),
        makeArticle(u"OpenAI e Fiordo"_qs,
                    u"OpenAI guarda a Fiordo, in Norvegia. Open AI non commenta."_qs),
        makeArticle(u"Gallo a Gallo"_qs, u"Paola Gallo arriva a Gallo per un convegno."_qs)};
    QList<Findings> findings(3);
    const QString t0 = articles[0].text, t1 = articles[1].text, t2 = articles[2].text;
    findings[0].entities = {mention(t0, u"Open AI"_qs, EntityType::Org, u"Open AI"_qs),
                            mention(t0, u"Fiordo"_qs, EntityType::Org, u"Fiordo"_qs),
                            mention(t0, u"Paola Gallo"_qs, EntityType::Person, u"Paola Gallo"_qs)};
    const qsizetype s0 = t0.indexOf(u"Open AI ha");
    findings[0].deals = {{u"Open AI"_qs, u"Fiordo"_qs, Money{u"USD"_qs, 1e7, 1e7, Qualifier::Exact},
                          DealStatus::Completed, QString(), {s0, t0.indexOf(u'.', s0) + 1}}};
    findings[1].entities = {mention(t1, u"OpenAI"_qs, EntityType::Org, u"OpenAI"_qs),
                            mention(t1, u"Fiordo"_qs, EntityType::Org, u"Fiordo"_qs),
                            mention(t1, u"Norvegia"_qs, EntityType::Place, u"Norvegia"_qs),
                            mention(t1, u"Open AI non"_qs.left(7), EntityType::Org, u"Open AI"_qs)};
    findings[1].entities[3].range = {t1.lastIndexOf(u"Open AI"), t1.lastIndexOf(u"Open AI") + 7};
    findings[1].deals = {{u"Fiordo"_qs, u"Open AI"_qs, std::nullopt, DealStatus::Rumored, QString(),
                          {0, t1.indexOf(u'.') + 1}}};
    findings[2].entities = {mention(t2, u"Paola Gallo"_qs, EntityType::Person, u"Paola Gallo"_qs),
                            mention(t2, u"a Gallo"_qs.mid(2), EntityType::Place, u"Gallo"_qs)};
    findings[2].entities[1].range = {t2.lastIndexOf(u"Gallo"), t2.lastIndexOf(u"Gallo") + 5};
    QVERIFY(m_store->addArticlesWithFindings(articles, findings).ok());
    ArticleQuery byId;
    byId.sort = ArticleQuery::Sort::Title;
    for (const ArticleSummary &a : m_store->articles({}))
        m_ids.prepend(a.id);
    std::sort(m_ids.begin(), m_ids.end());
    QCOMPARE(m_ids.size(), 3);
    m_store->setEditor(u"Chiara"_qs);
}

void TestStoreNames::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_ids.clear();
}

void TestStoreNames::renameReachesTheCorpus_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("findings");
    QTest::addColumn<int>("deals");
    QTest::addRow("merge into an existing name") << u"Open AI"_qs << u"OpenAI"_qs << int(EntityType::Org) << 2 << 2;
    QTest::addRow("rename to a new name") << u"Fiordo"_qs << u"Fiordo AS"_qs << int(EntityType::Org) << 2 << 2;
    QTest::addRow("a person") << u"Paola Gallo"_qs << u"Paola Gallo Rossi"_qs << int(EntityType::Person) << 2 << 0;
    QTest::addRow("a place leaves the person alone") << u"Gallo"_qs << u"Gallo (CN)"_qs << int(EntityType::Place) << 1 << 0;
    QTest::addRow("a name nobody wrote") << u"Nessuno"_qs << u"Qualcuno"_qs << int(EntityType::Org) << 0 << 0;
}

void TestStoreNames::renameReachesTheCorpus()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, type);
    QFETCH(int, findings);
    QFETCH(int, deals);
    // Decisions of every kind on the name, to see them kept.
    QMap<qint64, FindingState> states;
    for (const qint64 article : m_ids) {
        const QList<FindingRecord> records = m_store->findingRecords(article);
        for (qsizetype i = 0; i < records.size(); ++i) {
            const FindingState s = FindingState(i % 3);
            if (s != FindingState::Pending)
                QVERIFY(m_store->setFindingState(records[i].id, s).ok());
            states.insert(records[i].id, s);
        }
    }
    const QStringList before = snapshot(*m_store);

    const auto change = m_store->renameEntity(EntityType(type), from, to);
    QVERIFY2(change.ok(), change.ok() ? "" : qPrintable(change.error().message()));
    QCOMPARE(change.value().findings, findings);
    QCOMPARE(change.value().deals, deals);
    QCOMPARE(change.value().findingIds.size(), findings + deals);

    int entitiesSeen = 0, dealsSeen = 0, unchanged = 0;
    for (const qint64 article : m_ids) {
        for (const FindingRecord &r : m_store->findingRecords(article)) {
            QCOMPARE(toString(r.state), toString(states.value(r.id))); // states kept
            const bool listed = change.value().findingIds.contains(r.id);
            if (const auto *e = std::get_if<EntityMention>(&r.value)) {
                QVERIFY(e->canonical != from || e->type != EntityType(type));
                if (listed) {
                    QCOMPARE(e->canonical, to);
                    ++entitiesSeen;
                }
            } else if (const auto *d = std::get_if<Deal>(&r.value)) {
                if (listed) {
                    QVERIFY(d->investor == to || d->target == to);
                    ++dealsSeen;
                }
            }
            if (listed) {
                QCOMPARE(r.editedBy, u"Chiara"_qs);
            } else {
                ++unchanged;
            }
        }
    }
    QCOMPARE(entitiesSeen, findings);
    QCOMPARE(dealsSeen, deals);
    QCOMPARE(unchanged, before.size() - findings - deals);

    // The old name is now a way of writing the new one.
    bool learned = false;
    for (const LearnedName &n : m_store->learnedNames()) {
        if (n.canonical == to && n.type == EntityType(type)) {
            learned = true;
            QVERIFY2(n.aliases.contains(from), qPrintable(n.aliases.join(u',')));
        }
    }
    QVERIFY(learned);
    QVERIFY(!m_store->canonicalNames(EntityType(type)).contains(from));
}

void TestStoreNames::revertPutsBackExactly_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("aliasFirst"); // `to` was taught as an alias of `from` before
    QTest::addRow("merge") << u"Open AI"_qs << u"OpenAI"_qs << false;
    QTest::addRow("rename") << u"Fiordo"_qs << u"Fiordo AS"_qs << false;
    QTest::addRow("rename onto its own alias") << u"Open AI"_qs << u"OpenAI Inc"_qs << true;
}

void TestStoreNames::revertPutsBackExactly()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, aliasFirst);
    m_store->setEditor(u"Primo"_qs);
    const QList<FindingRecord> first = m_store->findingRecords(m_ids[0]);
    QVERIFY(m_store->setFindingState(first[0].id, FindingState::Accepted).ok());
    QVERIFY(m_store->setFindingNote(first[3].id, u"da verificare"_qs).ok());
    QVERIFY(m_store->addAlias(EntityType::Org, from, u"OAI"_qs).ok());
    if (aliasFirst)
        QVERIFY(m_store->addAlias(EntityType::Org, from, to).ok());
    const QStringList before = snapshot(*m_store);
    const QString learnedBefore = learnedText(m_store->learnedNames());
    const QStringList namesBefore = m_store->canonicalNames();

    m_store->setEditor(u"Secondo"_qs);
    const auto change = m_store->renameEntity(EntityType::Org, from, to);
    QVERIFY(change.ok());
    QVERIFY(snapshot(*m_store) != before);
    QVERIFY(learnedText(m_store->learnedNames()) != learnedBefore);

    QVERIFY(m_store->revertRename(change.value(), EntityType::Org, from, to).ok());
    QCOMPARE(snapshot(*m_store), before);
    QCOMPARE(learnedText(m_store->learnedNames()), learnedBefore);
    QCOMPARE(m_store->canonicalNames(), namesBefore);

    // And the redo does the same as the first time.
    const auto redo = m_store->renameEntity(EntityType::Org, from, to);
    QVERIFY(redo.ok());
    QCOMPARE(redo.value(), change.value());
}

void TestStoreNames::renameIsInTheHistory()
{
    const auto change = m_store->renameEntity(EntityType::Org, u"Open AI"_qs, u"OpenAI"_qs);
    QVERIFY(change.ok());
    QVERIFY(m_store->revertRename(change.value(), EntityType::Org, u"Open AI"_qs, u"OpenAI"_qs).ok());
    for (const qint64 article : {m_ids[0], m_ids[1]}) {
        const QList<EditRecord> history = m_store->history(article);
        QCOMPARE(history.size(), 2);
        QCOMPARE(toString(history[0].action), toString(EditAction::Rename));
        QCOMPARE(history[0].articleId, qint64(0)); // corpus-wide
        QCOMPARE(history[0].editor, u"Chiara"_qs);
        QCOMPARE(history[0].after, nameEditJson(EntityType::Org, u"OpenAI"_qs));
        QVERIFY(history[0].before.contains(u"\"name\":\"Open AI\""));
        QCOMPARE(history[1].before, nameEditJson(EntityType::Org, u"OpenAI"_qs));
        QCOMPARE(history[1].after, nameEditJson(EntityType::Org, u"Open AI"_qs));
    }
    QCOMPARE(m_store->history(m_ids[2]).size(), 0); // nothing of it was touched
}

void TestStoreNames::aliases_data()
{
    QTest::addColumn<QStringList>("steps"); // canonical=alias, in order
    QTest::addColumn<QString>("learned");   // the Org entries of learnedNames
    QTest::addRow("one alias") << QStringList{u"OpenAI=Open AI"_qs} << u"ORG:OpenAI=Open AI"_qs;
    QTest::addRow("two aliases, sorted") << QStringList{u"OpenAI=OAI"_qs, u"OpenAI=Open AI"_qs}
                                          << u"ORG:OpenAI=OAI,Open AI"_qs;
    QTest::addRow("an alias moved to another name")
        << QStringList{u"OpenAI=OAI"_qs, u"Oai Labs=OAI"_qs} << u"ORG:Oai Labs=OAI"_qs;
    QTest::addRow("non-ASCII") << QStringList{u"Société Générale=SocGen"_qs, u"Société Générale=Societe Generale"_qs}
                               << u"ORG:Société Générale=SocGen,Societe Generale"_qs;
}

void TestStoreNames::aliases()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, learned);
    for (const QString &step : steps) {
        const QStringList parts = step.split(u'=');
        QVERIFY(m_store->addAlias(EntityType::Org, parts[0], parts[1]).ok());
    }
    // Only the aliases' entries: no finding is accepted yet.
    QCOMPARE(learnedText(m_store->learnedNames()), learned);
    // Corpus-wide: in no article's history.
    for (const qint64 article : m_ids)
        QCOMPARE(m_store->history(article).size(), 0);
}

void TestStoreNames::removeAlias_data()
{
    // "+TYPE:canonical=alias" adds, "-TYPE:canonical=alias" removes; only the last step may fail.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("learned"); // learnedNames after the steps
    QTest::addColumn<QString>("error");   // part of the last step's error; empty: every step ok
    QTest::addRow("add then remove") << QStringList{u"+ORG:OpenAI=OAI"_qs, u"-ORG:OpenAI=OAI"_qs} << QString()
                                     << QString();
    QTest::addRow("one of two removed")
        << QStringList{u"+ORG:OpenAI=OAI"_qs, u"+ORG:OpenAI=Open AI"_qs, u"-ORG:OpenAI=OAI"_qs}
        << u"ORG:OpenAI=Open AI"_qs << QString();
    QTest::addRow("removed, added again")
        << QStringList{u"+PERSON:Paola Gallo=P. Gallo"_qs, u"-PERSON:Paola Gallo=P. Gallo"_qs,
                       u"+PERSON:Paola Gallo=P. Gallo"_qs}
        << u"PERSON:Paola Gallo=P. Gallo"_qs << QString();
    QTest::addRow("non-ASCII") << QStringList{u"+ORG:Société Générale=SocGen"_qs, u"-ORG:Société Générale=SocGen"_qs}
                               << QString() << QString();
    QTest::addRow("an unknown alias") << QStringList{u"-ORG:OpenAI=OAI"_qs} << QString()
                                      << u"\"OAI\" is not an alias of \"OpenAI\""_qs;
    QTest::addRow("an alias of another name")
        << QStringList{u"+ORG:OpenAI=OAI"_qs, u"-ORG:Oai Labs=OAI"_qs} << u"ORG:OpenAI=OAI"_qs
        << u"\"OAI\" is not an alias of \"Oai Labs\""_qs;
    QTest::addRow("an alias of another type")
        << QStringList{u"+ORG:Gallo=Gallo SpA"_qs, u"-PLACE:Gallo=Gallo SpA"_qs} << u"ORG:Gallo=Gallo SpA"_qs
        << u"not an alias"_qs;
    QTest::addRow("removed twice") << QStringList{u"+ORG:OpenAI=OAI"_qs, u"-ORG:OpenAI=OAI"_qs, u"-ORG:OpenAI=OAI"_qs}
                                   << QString() << u"not an alias"_qs;
    QTest::addRow("an empty name") << QStringList{u"-ORG: =OAI"_qs} << QString() << u"cannot be empty"_qs;
}

void TestStoreNames::removeAlias()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, learned);
    QFETCH(QString, error);
    QStringList expectedEdits;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps[i];
        const qsizetype colon = step.indexOf(u':'), equals = step.indexOf(u'=');
        const auto type = entityTypeFromString(step.mid(1, colon - 1));
        QVERIFY(type);
        const QString canonical = step.mid(colon + 1, equals - colon - 1), alias = step.mid(equals + 1);
        const auto done = step.startsWith(u'+') ? m_store->addAlias(*type, canonical, alias)
                                                 : m_store->removeAlias(*type, canonical, alias);
        const bool last = i == steps.size() - 1;
        if (last && !error.isEmpty()) {
            QVERIFY(!done.ok());
            QVERIFY2(done.error().message().contains(error), qPrintable(done.error().message()));
            continue; // refused: nothing changed, nothing recorded
        }
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message()));
        const QString json = aliasEditJson(*type, canonical, alias);
        expectedEdits << (step.startsWith(u'+') ? u"alias||"_qs + json : u"unalias|"_qs + json + u'|')
                             + u"|Chiara"_qs;
    }
    QCOMPARE(learnedText(m_store->learnedNames()), learned);
    // One record per change, the removal's `before` saying what the alias meant.
    QCOMPARE(corpusWideEdits(m_store->path()), expectedEdits);
    for (const qint64 article : m_ids)
        QCOMPARE(m_store->history(article).size(), 0);
}

void TestStoreNames::reopenAfterRemovedAlias()
{
    QVERIFY(m_store->addAlias(EntityType::Org, u"OpenAI"_qs, u"OAI"_qs).ok());
    QVERIFY(m_store->addAlias(EntityType::Org, u"OpenAI"_qs, u"Open AI"_qs).ok());
    QVERIFY(m_store->removeAlias(EntityType::Org, u"OpenAI"_qs, u"OAI"_qs).ok());
    const QString path = m_store->path();
    m_store.reset();
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(learnedText(reopened.value()->learnedNames()), u"ORG:OpenAI=Open AI"_qs);
    QCOMPARE(corpusWideEdits(path).size(), 3);
    QVERIFY(corpusWideEdits(path).last().startsWith(u"unalias|"_qs));
    // Still forgotten: removing it again is refused, and the other alias still goes.
    QVERIFY(!reopened.value()->removeAlias(EntityType::Org, u"OpenAI"_qs, u"OAI"_qs).ok());
    QVERIFY(reopened.value()->removeAlias(EntityType::Org, u"OpenAI"_qs, u"Open AI"_qs).ok());
    QCOMPARE(reopened.value()->learnedNames().size(), 0);
}

void TestStoreNames::learnedNames_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("byPerson");
    QTest::addColumn<bool>("learned");
    QTest::addRow("machine pending") << int(FindingState::Pending) << false << false;
    QTest::addRow("machine accepted") << int(FindingState::Accepted) << false << true;
    QTest::addRow("machine rejected") << int(FindingState::Rejected) << false << false;
    QTest::addRow("person pending") << int(FindingState::Pending) << true << true;
    QTest::addRow("person accepted") << int(FindingState::Accepted) << true << true;
    QTest::addRow("person rejected") << int(FindingState::Rejected) << true << false;
}

void TestStoreNames::learnedNames()
{
    QFETCH(int, state);
    QFETCH(bool, byPerson);
    QFETCH(bool, learned);
    QCOMPARE(m_store->learnedNames().size(), 0); // every finding is a machine suggestion
    const qint64 article = m_ids[2];
    if (byPerson) {
        const QString text = m_store->article(article)->text;
        QVERIFY(m_store->addFinding(article, mention(text, u"convegno"_qs, EntityType::Project, u"Convegno Gallo"_qs),
                                    FindingState(state))
                    .ok());
    } else {
        const FindingRecord place = m_store->findingRecords(article).last();
        QVERIFY(m_store->setFindingState(place.id, FindingState(state)).ok());
    }
    const QString expected = byPerson ? u"PROJECT:Convegno Gallo="_qs : u"PLACE:Gallo="_qs;
    QCOMPARE(learnedText(m_store->learnedNames()), learned ? expected : QString());
}

void TestStoreNames::canonicalNames_data()
{
    QTest::addColumn<QString>("type"); // empty: every type
    QTest::addColumn<QStringList>("names");
    QTest::addRow("all") << QString()
                         << QStringList{u"Fiordo"_qs, u"Gallo"_qs, u"Norvegia"_qs, u"Open AI"_qs,
                                        u"OpenAI"_qs, u"Paola Gallo"_qs};
    QTest::addRow("org") << u"ORG"_qs << QStringList{u"Fiordo"_qs, u"Open AI"_qs, u"OpenAI"_qs};
    QTest::addRow("person") << u"PERSON"_qs << QStringList{u"Paola Gallo"_qs};
    QTest::addRow("product") << u"PRODUCT"_qs << QStringList{};
}

void TestStoreNames::canonicalNames()
{
    QFETCH(QString, type);
    QFETCH(QStringList, names);
    // A rejected mention does not count while another of the name is not rejected.
    const FindingRecord norway = m_store->findingRecords(m_ids[1])[2];
    QVERIFY(std::get<EntityMention>(norway.value).canonical == u"Norvegia"_qs);
    QVERIFY(m_store->addFinding(m_ids[1], EntityMention{norway.range, norway.text, EntityType::Place, u"Norvegia"_qs},
                                FindingState::Accepted)
                .ok());
    QVERIFY(m_store->setFindingState(norway.id, FindingState::Rejected).ok());
    // A name only rejected is gone from the list.
    m_store->setEditor(u"x"_qs);
    const qsizetype i = m_store->article(m_ids[2])->text.indexOf(u"convegno");
    const auto rejected = m_store->addFinding(
        m_ids[2], EntityMention{{i, i + 8}, u"convegno"_qs, EntityType::Product, u"Scartato"_qs},
        FindingState::Rejected);
    QVERIFY(rejected.ok());
    const std::optional<EntityType> filter = type.isEmpty() ? std::nullopt : entityTypeFromString(type);
    QCOMPARE(m_store->canonicalNames(filter), names);
}

void TestStoreNames::refusedNames_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addRow("empty from") << QString() << u"OpenAI"_qs;
    QTest::addRow("empty to") << u"Open AI"_qs << u"  "_qs;
    QTest::addRow("the same name") << u"OpenAI"_qs << u"OpenAI"_qs;
}

void TestStoreNames::refusedNames()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QStringList before = snapshot(*m_store);
    QVERIFY(!m_store->renameEntity(EntityType::Org, from, to).ok());
    QVERIFY(!m_store->addAlias(EntityType::Org, to, from).ok());
    QCOMPARE(snapshot(*m_store), before);
    QCOMPARE(m_store->learnedNames().size(), 0);
    for (const qint64 article : m_ids)
        QCOMPARE(m_store->history(article).size(), 0);
}

void TestStoreNames::reopenKeepsNames()
{
    QVERIFY(m_store->renameEntity(EntityType::Org, u"Open AI"_qs, u"OpenAI"_qs).ok());
    QVERIFY(m_store->addAlias(EntityType::Person, u"Paola Gallo"_qs, u"P. Gallo"_qs).ok());
    const QString learned = learnedText(m_store->learnedNames());
    QCOMPARE(learned, u"ORG:OpenAI=Open AI; PERSON:Paola Gallo=P. Gallo"_qs);
    const QStringList before = snapshot(*m_store);
    const QString path = m_store->path();
    m_store.reset();
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(learnedText(reopened.value()->learnedNames()), learned);
    QCOMPARE(snapshot(*reopened.value()), before);
}

QTEST_GUILESS_MAIN(TestStoreNames)
#include "tst_storenames.moc"
