// A journalist's edits in the store (issue 6): every kind writes its history record in the
// same transaction, stamps who and when, keeps enough to be undone, and is all there after
// the corpus is opened again.

#include "storetestutil.h"

#include "core/store/editjson.h"
#include "core/store/storecodec.h"

#include <QTest>

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

enum class Edit { Accept, Reject, Reset, Add, Update, Remove, FindingNote, ArticleNote, Review };

bool isIsoTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() && s.endsWith(u'Z');
}

} // namespace

namespace dealdesk {
inline char *toString(const EditRecord &r)
{
    return QTest::toString(QStringLiteral("Edit{%1 article=%2 finding=%3 %4 -> %5 by %6 at %7}")
                               .arg(QString::number(r.id), QString::number(r.articleId),
                                    QString::number(r.findingId), r.before, r.after, r.editor, r.at)
                               .prepend(dealdesk::toString(r.action) + u' '));
}
} // namespace dealdesk

class TestStoreEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyEditKind_data();
    void everyEditKind();
    void historyInOrder();
    void removedFindingComesBack_data();
    void removedFindingComesBack();
    void untouchedSuggestionsHaveNoStamp();
    void reviewerAndTime_data();
    void reviewerAndTime();
    void bulkStates();
    void bulkStatesAllOrNothing();
    void failedEditsLeaveNoRecord_data();
    void failedEditsLeaveNoRecord();
    void editorDefaultsToTheLogin();
    void reopenKeepsEverything();
    void suggestionsBesideDecisions_data();
    void suggestionsBesideDecisions();

private:
    static Article article();
    static Findings sample();
    [[nodiscard]] qint64 findingOf(FindingKind kind) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;
    qint64 m_id = 0;
};

Article TestStoreEdits::article()
{
    return makeArticle(u"La cooperativa Vela compra Ortica"_qs,
                       u"La cooperativa Vela ha comprato Ortica per 4 milioni di euro a maggio. "
                       u"Il prezzo è stato giudicato alto da Marta Rossi."_qs,
                       u"Corriere di Prova"_qs, u"2025-06-01"_qs, u"it"_qs);
}

Findings TestStoreEdits::sample()
{
    const QString t = article().text;
    auto at = [&t](const QString &s) {
        const qsizetype i = t.indexOf(s);
        return TextRange{i, i + s.size()};
    };
    Findings f;
    f.entities = {{at(u"Vela"_qs), u"Vela"_qs, EntityType::Org, u"Vela"_qs},
                  {at(u"Ortica"_qs), u"Ortica"_qs, EntityType::Org, u"Ortica"_qs},
                  {at(u"Marta Rossi"_qs), u"Marta Rossi"_qs, EntityType::Person, u"Marta Rossi"_qs}};
    f.amounts = {{at(u"4 milioni di euro"_qs), u"4 milioni di euro"_qs,
                  Money{u"EUR"_qs, 4e6, 4e6, Qualifier::Exact}, MoneyRole::Investment}};
    f.dates = {{at(u"a maggio"_qs), u"a maggio"_qs, u"2025-05"_qs, DateGrain::Month}};
    f.deals = {{u"Vela"_qs, u"Ortica"_qs, Money{u"EUR"_qs, 4e6, 4e6, Qualifier::Exact},
                DealStatus::Completed, u"2025-05"_qs,
                at(u"La cooperativa Vela ha comprato Ortica per 4 milioni di euro a maggio."_qs)}};
    return f;
}

qint64 TestStoreEdits::findingOf(FindingKind kind) const
{
    for (const FindingRecord &r : m_store->findingRecords(m_id)) {
        if (r.kind == kind)
            return r.id;
    }
    return 0;
}

void TestStoreEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    QVERIFY(m_store->addArticlesWithFindings({article()}, {sample()}).ok());
    m_id = m_store->articles({}).first().id;
    m_store->setEditor(u"Giulia Neri"_qs);
}

void TestStoreEdits::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreEdits::everyEditKind_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("kind"); // the finding the edit is about
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("before"); // what `before` must contain
    QTest::addColumn<QString>("after");
    const auto row = [](const char *name, Edit e, FindingKind k, EditAction a, const QString &b,
                        const QString &af) {
        QTest::addRow("%s", name) << int(e) << int(k) << int(a) << b << af;
    };
    row("accept", Edit::Accept, FindingKind::Entity, EditAction::Accept, u"{\"state\":\"pending\"}"_qs,
        u"{\"state\":\"accepted\"}"_qs);
    row("reject", Edit::Reject, FindingKind::Amount, EditAction::Reject, u"{\"state\":\"pending\"}"_qs,
        u"{\"state\":\"rejected\"}"_qs);
    row("reset", Edit::Reset, FindingKind::Date, EditAction::Reset, u"{\"state\":\"pending\"}"_qs,
        u"{\"state\":\"pending\"}"_qs);
    row("add", Edit::Add, FindingKind::Entity, EditAction::Add, QString(),
        u"\"origin\":\"person\""_qs);
    row("update", Edit::Update, FindingKind::Amount, EditAction::Update, u"\"low\":4000000"_qs,
        u"\"low\":4500000"_qs);
    row("remove", Edit::Remove, FindingKind::Deal, EditAction::Remove, u"\"investor\":\"Vela\""_qs,
        QString());
    row("finding note", Edit::FindingNote, FindingKind::Entity, EditAction::Note,
        u"{\"note\":\"\"}"_qs, u"{\"note\":\"verificare: è la stessa Vela?\"}"_qs);
    row("article note", Edit::ArticleNote, FindingKind::Entity, EditAction::Note,
        u"{\"note\":\"\"}"_qs, u"{\"note\":\"chiamare l'ufficio stampa\"}"_qs);
    row("review", Edit::Review, FindingKind::Entity, EditAction::Review,
        u"\"review\":\"unreviewed\""_qs, u"\"review\":\"reviewed\""_qs);
}

void TestStoreEdits::everyEditKind()
{
    QFETCH(int, edit);
    QFETCH(int, kind);
    QFETCH(int, action);
    QFETCH(QString, before);
    QFETCH(QString, after);
    qint64 finding = findingOf(FindingKind(kind));
    QVERIFY(finding > 0);
    const QString text = article().text;
    switch (Edit(edit)) {
    case Edit::Accept:
        QVERIFY(m_store->setFindingState(finding, FindingState::Accepted).ok());
        break;
    case Edit::Reject:
        QVERIFY(m_store->setFindingState(finding, FindingState::Rejected).ok());
        break;
    case Edit::Reset:
        QVERIFY(m_store->setFindingState(finding, FindingState::Pending).ok());
        break;
    case Edit::Add: {
        const qsizetype i = text.indexOf(u"cooperativa Vela");
        const auto added = m_store->addFinding(
            m_id, EntityMention{{i, i + 16}, u"cooperativa Vela"_qs, EntityType::Org, u"Vela"_qs},
            FindingState::Accepted);
        QVERIFY(added.ok());
        finding = added.value();
        break;
    }
    case Edit::Update: {
        const FindingRecord old = m_store->findingRecords(m_id)[3];
        QVERIFY(std::holds_alternative<Amount>(old.value));
        Amount changed = std::get<Amount>(old.value);
        changed.money.low = changed.money.high = 4.5e6;
        QVERIFY(m_store->updateFinding(finding, changed).ok());
        break;
    }
    case Edit::Remove:
        QVERIFY(m_store->removeFinding(finding).ok());
        break;
    case Edit::FindingNote:
        QVERIFY(m_store->setFindingNote(finding, u"verificare: è la stessa Vela?"_qs).ok());
        break;
    case Edit::ArticleNote:
        finding = 0;
        QVERIFY(m_store->setArticleNote(m_id, u"chiamare l'ufficio stampa"_qs).ok());
        QCOMPARE(m_store->articleNote(m_id), u"chiamare l'ufficio stampa"_qs);
        break;
    case Edit::Review:
        finding = 0;
        QVERIFY(m_store->setReviewState(m_id, ReviewState::Reviewed).ok());
        break;
    }

    const QList<EditRecord> history = m_store->history(m_id);
    QCOMPARE(history.size(), 1);
    const EditRecord &r = history.first();
    QCOMPARE(toString(r.action), toString(EditAction(action)));
    QCOMPARE(r.articleId, m_id);
    QCOMPARE(r.findingId, finding);
    QCOMPARE(r.editor, u"Giulia Neri"_qs);
    QVERIFY2(isIsoTime(r.at), qPrintable(r.at));
    QVERIFY2(before.isEmpty() ? r.before.isEmpty() : r.before.contains(before), qPrintable(r.before));
    QVERIFY2(after.isEmpty() ? r.after.isEmpty() : r.after.contains(after), qPrintable(r.after));

    // The finding carries the same stamp as its record.
    if (finding > 0 && Edit(edit) != Edit::Remove) {
        bool seen = false;
        for (const FindingRecord &f : m_store->findingRecords(m_id)) {
            if (f.id != finding)
                continue;
            seen = true;
            QCOMPARE(f.editedBy, r.editor);
            QCOMPARE(f.editedAt, r.at);
        }
        QVERIFY(seen);
    }

    // Written the moment it was made: another connection sees it, and so does a reopened corpus.
    const QString path = m_store->path();
    m_store.reset();
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->history(m_id), history);
}

void TestStoreEdits::historyInOrder()
{
    const qint64 amount = findingOf(FindingKind::Amount);
    QVERIFY(m_store->setFindingState(amount, FindingState::Accepted).ok());
    QVERIFY(m_store->setFindingNote(amount, u"dal comunicato"_qs).ok());
    QVERIFY(m_store->setFindingState(amount, FindingState::Rejected).ok());
    QVERIFY(m_store->setReviewState(m_id, ReviewState::InProgress).ok());
    QVERIFY(m_store->setFindingState(amount, FindingState::Pending).ok());
    QVERIFY(m_store->removeFinding(amount).ok());

    const QList<EditRecord> history = m_store->history(m_id);
    QStringList actions;
    for (const EditRecord &r : history)
        actions << toString(r.action);
    QCOMPARE(actions, (QStringList{u"accept"_qs, u"note"_qs, u"reject"_qs, u"review"_qs, u"reset"_qs,
                                   u"remove"_qs}));
    for (qsizetype i = 1; i < history.size(); ++i) {
        QVERIFY(history[i].id > history[i - 1].id);
        QVERIFY(history[i].at >= history[i - 1].at);
    }
    // Each state record starts where the one before it on that finding ended.
    QCOMPARE(history[2].before, history[0].after);
    QCOMPARE(history[4].before, history[2].after);
    // The removed finding's last state and note are in its Remove record.
    const auto removed = findingFromEditJson(history[5].before);
    QVERIFY(removed);
    QCOMPARE(toString(removed->state), toString(FindingState::Pending));
    QCOMPARE(removed->note, u"dal comunicato"_qs);
    // The history of another article holds none of it.
    QVERIFY(m_store->addArticles({makeArticle(u"Altro"_qs, u"Nulla da dire."_qs)}).ok());
    QCOMPARE(m_store->history(m_id + 1).size(), 0);
}

void TestStoreEdits::removedFindingComesBack_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("entity") << int(FindingKind::Entity);
    QTest::addRow("amount") << int(FindingKind::Amount);
    QTest::addRow("date") << int(FindingKind::Date);
    QTest::addRow("deal") << int(FindingKind::Deal);
}

void TestStoreEdits::removedFindingComesBack()
{
    QFETCH(int, kind);
    const qint64 id = findingOf(FindingKind(kind));
    QVERIFY(m_store->setFindingNote(id, u"nota 🚀"_qs).ok());
    QVERIFY(m_store->setFindingState(id, FindingState::Accepted).ok());
    FindingRecord original;
    for (const FindingRecord &r : m_store->findingRecords(m_id)) {
        if (r.id == id)
            original = r;
    }
    QVERIFY(m_store->removeFinding(id).ok());
    const auto back = findingFromEditJson(m_store->history(m_id).last().before);
    QVERIFY(back);
    QCOMPARE(int(back->kind), kind);
    QCOMPARE(back->range, original.range);
    QCOMPARE(back->text, original.text);
    QCOMPARE(back->note, u"nota 🚀"_qs);
    QCOMPARE(toString(back->state), toString(FindingState::Accepted));
    QCOMPARE(toString(back->origin), toString(FindingOrigin::Machine));
    QVERIFY(back->value == original.value);

    // The undo: added again (its id may differ) with the same value, by a person now.
    const auto again = m_store->addFinding(m_id, back->value, back->state);
    QVERIFY(again.ok());
    bool found = false;
    for (const FindingRecord &r : m_store->findingRecords(m_id)) {
        if (r.id == again.value()) {
            found = true;
            QVERIFY(r.value == original.value);
            QCOMPARE(r.text, original.text);
        }
    }
    QVERIFY(found);
}

void TestStoreEdits::untouchedSuggestionsHaveNoStamp()
{
    const qint64 touched = findingOf(FindingKind::Date);
    QVERIFY(m_store->setFindingState(touched, FindingState::Accepted).ok());
    for (const FindingRecord &r : m_store->findingRecords(m_id)) {
        QCOMPARE(r.editedBy.isEmpty(), r.id != touched);
        QCOMPARE(r.editedAt.isEmpty(), r.id != touched);
        QVERIFY(r.note.isEmpty());
    }
}

void TestStoreEdits::reviewerAndTime_data()
{
    QTest::addColumn<int>("state");
    QTest::addRow("in progress") << int(ReviewState::InProgress);
    QTest::addRow("reviewed") << int(ReviewState::Reviewed);
    QTest::addRow("back to new") << int(ReviewState::Unreviewed);
}

void TestStoreEdits::reviewerAndTime()
{
    QFETCH(int, state);
    QCOMPARE(m_store->articles({}).first().reviewedBy, QString());
    m_store->setEditor(u"Ana Ruiz"_qs);
    QVERIFY(m_store->setReviewState(m_id, ReviewState::InProgress).ok());
    m_store->setEditor(u"Paolo Sala"_qs);
    QVERIFY(m_store->setReviewState(m_id, ReviewState(state)).ok());
    const ArticleSummary s = m_store->articles({}).first();
    QCOMPARE(toString(s.reviewState), toString(ReviewState(state)));
    QCOMPARE(s.reviewedBy, u"Paolo Sala"_qs);
    QVERIFY(isIsoTime(s.reviewedAt));
    const EditRecord last = m_store->history(m_id).last();
    QCOMPARE(last.at, s.reviewedAt);
    QVERIFY2(last.before.contains(u"\"by\":\"Ana Ruiz\""), qPrintable(last.before));
    QVERIFY(last.after.contains(u"\"review\":\""_qs + toString(ReviewState(state)) + u'"'));
}

void TestStoreEdits::bulkStates()
{
    QList<qint64> ids;
    for (const FindingRecord &r : m_store->findingRecords(m_id))
        ids << r.id;
    QCOMPARE(ids.size(), 6);
    const auto set = m_store->setFindingStates(ids, FindingState::Accepted);
    QVERIFY(set.ok());
    QCOMPARE(set.value(), 6);
    for (const FindingRecord &r : m_store->findingRecords(m_id))
        QCOMPARE(toString(r.state), toString(FindingState::Accepted));
    const QList<EditRecord> history = m_store->history(m_id);
    QCOMPARE(history.size(), 6);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(history[i].findingId, ids[i]);
        QCOMPARE(toString(history[i].action), toString(EditAction::Accept));
        QCOMPARE(history[i].at, history[0].at); // one edit, one time
    }
}

void TestStoreEdits::bulkStatesAllOrNothing()
{
    QList<qint64> ids;
    for (const FindingRecord &r : m_store->findingRecords(m_id))
        ids << r.id;
    ids.insert(2, 987654); // no such finding
    QVERIFY(!m_store->setFindingStates(ids, FindingState::Rejected).ok());
    for (const FindingRecord &r : m_store->findingRecords(m_id))
        QCOMPARE(toString(r.state), toString(FindingState::Pending));
    QCOMPARE(m_store->history(m_id).size(), 0);
}

void TestStoreEdits::failedEditsLeaveNoRecord_data()
{
    QTest::addColumn<int>("edit");
    QTest::addRow("accept") << int(Edit::Accept);
    QTest::addRow("add") << int(Edit::Add);
    QTest::addRow("update") << int(Edit::Update);
    QTest::addRow("remove") << int(Edit::Remove);
    QTest::addRow("finding note") << int(Edit::FindingNote);
    QTest::addRow("article note") << int(Edit::ArticleNote);
    QTest::addRow("review") << int(Edit::Review);
}

void TestStoreEdits::failedEditsLeaveNoRecord()
{
    QFETCH(int, edit);
    const qint64 noFinding = 55555;
    const qint64 noArticle = 77777;
    const EntityMention mention{{0, 2}, u"La"_qs, EntityType::Org, u"La"_qs};
    bool ok = true;
    switch (Edit(edit)) {
    case Edit::Accept:
    case Edit::Reject:
    case Edit::Reset:
        ok = m_store->setFindingState(noFinding, FindingState::Accepted).ok();
        break;
    case Edit::Add:
        ok = m_store->addFinding(noArticle, mention, FindingState::Accepted).ok();
        break;
    case Edit::Update:
        ok = m_store->updateFinding(noFinding, mention).ok();
        break;
    case Edit::Remove:
        ok = m_store->removeFinding(noFinding).ok();
        break;
    case Edit::FindingNote:
        ok = m_store->setFindingNote(noFinding, u"x"_qs).ok();
        break;
    case Edit::ArticleNote:
        ok = m_store->setArticleNote(noArticle, u"x"_qs).ok();
        break;
    case Edit::Review:
        ok = m_store->setReviewState(noArticle, ReviewState::Reviewed).ok();
        break;
    }
    QVERIFY(!ok);
    QCOMPARE(runRawSql(m_store->path(), {u"SELECT 1"_qs}), QString());
    // No record anywhere, not even one without an article.
    QSqlDatabase db = QSqlDatabase::database(u"count-edits"_qs, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"count-edits"_qs);
    db.setDatabaseName(m_store->path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM edits"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
}

void TestStoreEdits::editorDefaultsToTheLogin()
{
    auto fresh = openStore(*m_dir, u"other.dealdesk"_qs);
    QVERIFY(fresh);
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    QCOMPARE(fresh->editor(), login);
}

void TestStoreEdits::reopenKeepsEverything()
{
    const qint64 entity = findingOf(FindingKind::Entity);
    QVERIFY(m_store->setFindingState(entity, FindingState::Accepted).ok());
    QVERIFY(m_store->setFindingNote(entity, u"confermato"_qs).ok());
    QVERIFY(m_store->setFindingState(findingOf(FindingKind::Date), FindingState::Rejected).ok());
    QVERIFY(m_store->addFinding(m_id, DateMention{{0, 2}, u"La"_qs, u"2025"_qs, DateGrain::Year},
                                FindingState::Pending)
                .ok());
    QVERIFY(m_store->setArticleNote(m_id, u"nota ✓"_qs).ok());
    QVERIFY(m_store->setReviewState(m_id, ReviewState::Reviewed).ok());

    const QList<FindingRecord> records = m_store->findingRecords(m_id);
    const QList<EditRecord> history = m_store->history(m_id);
    const ArticleSummary summary = m_store->articles({}).first();
    QCOMPARE(history.size(), 6);
    const QString path = m_store->path();
    m_store.reset();
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    CorpusStore &store = *reopened.value();
    QCOMPARE(store.history(m_id), history);
    QCOMPARE(store.articles({}).first(), summary);
    QCOMPARE(store.articleNote(m_id), u"nota ✓"_qs);
    const QList<FindingRecord> again = store.findingRecords(m_id);
    QCOMPARE(again.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(again[i].id, records[i].id);
        QVERIFY(again[i].value == records[i].value);
        QCOMPARE(toString(again[i].state), toString(records[i].state));
        QCOMPARE(again[i].note, records[i].note);
        QCOMPARE(again[i].editedBy, records[i].editedBy);
        QCOMPARE(again[i].editedAt, records[i].editedAt);
    }
}

void TestStoreEdits::suggestionsBesideDecisions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("start"); // the new suggestion's range; the decided one is [20, 30)
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("added");
    QTest::addRow("same place") << int(FindingKind::Entity) << 20 << 30 << false;
    QTest::addRow("across its start") << int(FindingKind::Entity) << 15 << 22 << false;
    QTest::addRow("inside it") << int(FindingKind::Amount) << 22 << 25 << false;
    QTest::addRow("around it") << int(FindingKind::Date) << 10 << 40 << false;
    QTest::addRow("just before") << int(FindingKind::Entity) << 10 << 20 << true;
    QTest::addRow("just after") << int(FindingKind::Amount) << 30 << 35 << true;
    QTest::addRow("deal, same sentence") << int(FindingKind::Deal) << 20 << 30 << false;
    QTest::addRow("deal, another sentence across it") << int(FindingKind::Deal) << 25 << 45 << true;
}

void TestStoreEdits::suggestionsBesideDecisions()
{
    QFETCH(int, kind);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, added);
    const QString text = article().text;
    const auto valueAt = [&text](FindingKind k, TextRange r) -> FindingValue {
        const QString t = text.mid(r.start, r.length());
        switch (k) {
        case FindingKind::Entity:
            return EntityMention{r, t, EntityType::Org, t};
        case FindingKind::Amount:
            return Amount{r, t, Money{u"EUR"_qs, 1, 1, Qualifier::Exact}, MoneyRole::Other};
        case FindingKind::Date:
            return DateMention{r, t, u"2025"_qs, DateGrain::Year};
        case FindingKind::Deal:
            break;
        }
        return Deal{u"Vela"_qs, u"Ortica"_qs, std::nullopt, DealStatus::Rumored, QString(), r};
    };
    // A journalist corrected a suggestion of this kind to [20, 30).
    QVERIFY(m_store->saveFindings(m_id, {}).ok());
    const auto decided = m_store->addFinding(m_id, valueAt(FindingKind(kind), {20, 30}), FindingState::Accepted);
    QVERIFY(decided.ok());
    Findings again;
    appendTo(again, valueAt(FindingKind(kind), {start, end}));
    // Another kind at the same place is never in the way.
    const FindingKind other = FindingKind(kind) == FindingKind::Date ? FindingKind::Entity : FindingKind::Date;
    appendTo(again, valueAt(other, {20, 30}));
    QVERIFY(m_store->saveFindings(m_id, again).ok());
    QCOMPARE(m_store->findingRecords(m_id).size(), added ? 3 : 2);
}

QTEST_GUILESS_MAIN(TestStoreEdits)
#include "tst_storeedits.moc"
