// Killing the program at any instant loses at most the edit in flight (issue 6): a child
// process (store_editwriter) makes edits through the store and prints each one after the
// store returned; it is killed with SIGKILL after N lines, and every printed edit must be in
// the reopened corpus, whose history replays to exactly the findings it holds.

#include "storetestutil.h"

#include "core/store/editjson.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

struct Line
{
    qint64 n = 0;
    QString action;
    qint64 id = 0;
    QString value;
};

QList<Line> parse(const QByteArray &out)
{
    QList<Line> lines;
    // A last line without its newline was cut by the kill while being written: not printed.
    const QList<QByteArray> parts = out.left(out.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &raw : parts) {
        const QStringList f = QString::fromUtf8(raw).split(u' ');
        if (f.size() == 4)
            lines.append({f[0].toLongLong(), f[1], f[2].toLongLong(), f[3]});
    }
    return lines;
}

// The records one printed line stands for, in order.
QList<EditAction> recordsOf(const Line &line)
{
    static const QHash<QString, QList<EditAction>> map{
        {u"add"_qs, {EditAction::Add}},       {u"accept"_qs, {EditAction::Accept}},
        {u"update"_qs, {EditAction::Update}}, {u"note"_qs, {EditAction::Note}},
        {u"rename"_qs, {EditAction::Rename}}, {u"remove"_qs, {EditAction::Remove}},
        {u"article"_qs, {EditAction::Note, EditAction::Review}}};
    return map.value(line.action);
}

struct Model
{
    struct Finding
    {
        QString canonical, state, note;
    };
    QMap<qint64, Finding> findings;
    QString articleNote, review = u"unreviewed"_qs;

    // Replays one history record; false when it cannot be read.
    bool apply(const EditRecord &r)
    {
        const QJsonObject before = parseJsonObject(r.before).value_or(QJsonObject());
        const QJsonObject after = parseJsonObject(r.after).value_or(QJsonObject());
        switch (r.action) {
        case EditAction::Add:
        case EditAction::Update: {
            Finding &f = findings[r.findingId];
            f.canonical = after.value(u"payload").toObject().value(u"canonical").toString();
            f.state = after.value(u"state").toString();
            return !f.canonical.isEmpty();
        }
        case EditAction::Accept:
        case EditAction::Reject:
        case EditAction::Reset:
            if (!findings.contains(r.findingId))
                return false;
            findings[r.findingId].state = after.value(u"state").toString();
            return true;
        case EditAction::Note:
            if (r.findingId == 0) {
                articleNote = after.value(u"note").toString();
                return true;
            }
            if (!findings.contains(r.findingId))
                return false;
            findings[r.findingId].note = after.value(u"note").toString();
            return true;
        case EditAction::Review:
            review = after.value(u"review").toString();
            return true;
        case EditAction::Rename:
            for (Finding &f : findings) {
                if (f.canonical == before.value(u"name").toString())
                    f.canonical = after.value(u"name").toString();
            }
            return true;
        case EditAction::Remove:
            return findings.remove(r.findingId) == 1;
        case EditAction::Alias:
        case EditAction::Unalias:
            break;
        }
        return false;
    }
};

} // namespace

class TestStoreKill : public QObject
{
    Q_OBJECT

private slots:
    void everyPrintedEditSurvives_data();
    void everyPrintedEditSurvives();
};

void TestStoreKill::everyPrintedEditSurvives_data()
{
    QTest::addColumn<int>("lines"); // read before the kill; 0: killed right after it started
    QTest::addRow("right after start") << 0;
    QTest::addRow("after the first edit") << 1;
    QTest::addRow("mid cycle") << 3;
    QTest::addRow("after 23") << 23;
    QTest::addRow("after 77") << 77;
    QTest::addRow("after 400") << 400;
}

void TestStoreKill::everyPrintedEditSurvives()
{
    QFETCH(int, lines);
    QTemporaryDir dir;
    qint64 article = 0;
    QString path;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->addArticles({makeArticle(u"Scritto e ucciso"_qs,
                                                u"Un processo scrive modifiche finché qualcuno non lo "
                                                u"ferma all'improvviso, senza avviso né pietà 🔪."_qs)})
                    .ok());
        article = store->articles({}).first().id;
        path = store->path();
    }

    QProcess writer;
    writer.setProgram(QStringLiteral(STORE_EDITWRITER));
    writer.setArguments({path, QString::number(article)});
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QByteArray out;
    while (out.count('\n') < lines) {
        QVERIFY2(writer.state() == QProcess::Running || writer.bytesAvailable() > 0,
                 writer.readAllStandardError().constData());
        if (!writer.waitForReadyRead(20000) && writer.bytesAvailable() == 0)
            QFAIL("the writer printed nothing for 20 s");
        out += writer.readAllStandardOutput();
    }
    writer.kill(); // SIGKILL on Unix: no handler, no flush, no closing pragma
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    out += writer.readAllStandardOutput(); // printed before it died: just as binding
    const QList<Line> printed = parse(out);
    QVERIFY(printed.size() >= lines);

    // The file opens as a corpus and SQLite finds nothing wrong in it.
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message()));
    CorpusStore &store = *reopened.value();
    QCOMPARE(store.schemaVersion(), SqliteCorpusStore::currentSchemaVersion());
    QCOMPARE(runRawSql(path, {u"PRAGMA integrity_check"_qs, u"PRAGMA foreign_key_check"_qs}), QString());

    // Every printed line is in the history, in order; after them at most the one edit that
    // was committed but not yet printed.
    const QList<EditRecord> history = store.history(article);
    qsizetype next = 0;
    for (const Line &line : printed) {
        const QList<EditAction> expected = recordsOf(line);
        QVERIFY2(!expected.isEmpty(), qPrintable(line.action));
        for (const EditAction action : expected) {
            QVERIFY2(next < history.size(),
                     qPrintable(u"edit %1 (%2) printed but not stored"_qs.arg(line.n).arg(line.action)));
            const EditRecord &r = history[next++];
            QCOMPARE(toString(r.action), toString(action));
            QCOMPARE(r.editor, u"writer"_qs);
            if (line.action == u"rename") {
                QCOMPARE(r.after, nameEditJson(EntityType::Org, line.value));
            } else if (line.action == u"article") {
                QCOMPARE(r.findingId, qint64(0));
                if (action == EditAction::Note)
                    QCOMPARE(r.after, noteEditJson(line.value));
            } else {
                QCOMPARE(r.findingId, line.id);
                if (line.action == u"note")
                    QCOMPARE(r.after, noteEditJson(line.value));
                if (line.action == u"add" || line.action == u"update")
                    QVERIFY2(r.after.contains(u"\"canonical\":\""_qs + line.value + u'"'), qPrintable(r.after));
            }
        }
    }
    QVERIFY2(history.size() - next <= 2, qPrintable(QString::number(history.size() - next)));

    // The history replays to exactly what the corpus holds.
    Model model;
    for (const EditRecord &r : history)
        QVERIFY2(model.apply(r), qPrintable(r.before + u" -> "_qs + r.after));
    const QList<FindingRecord> stored = store.findingRecords(article);
    QCOMPARE(stored.size(), model.findings.size());
    for (const FindingRecord &f : stored) {
        QVERIFY(model.findings.contains(f.id));
        const Model::Finding &m = model.findings[f.id];
        QCOMPARE(std::get<EntityMention>(f.value).canonical, m.canonical);
        QCOMPARE(toString(f.state), m.state);
        QCOMPARE(f.note, m.note);
    }
    QCOMPARE(store.articleNote(article), model.articleNote);
    QCOMPARE(toString(store.articles({}).first().reviewState), model.review);
}

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
