// The background import: progress and problems arrive as signals, the outcome counts what
// was stored, and Cancel leaves the corpus holding whole batches that a second import
// completes without doubles.
#include "ui/importjob.h"
#include "uitestutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dealdesk;
using namespace dealdesk::uitest;

Q_DECLARE_METATYPE(dealdesk::ImportOutcome)

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// `count` JSON Lines articles, each different, in English.
QByteArray jsonLines(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QJsonObject o{{u"id"_qs, u"line-%1"_qs.arg(i)},
                            {u"title"_qs, u"Round number %1"_qs.arg(i)},
                            {u"language"_qs, u"en"_qs},
                            {u"published"_qs, u"2025-03-%1"_qs.arg(1 + i % 28, 2, 10, QChar(u'0'))},
                            {u"text"_qs, u"Round number %1\nHelios Grid raised %2 million dollars from "
                                         u"Tarn Capital on Monday."_qs.arg(i).arg(10 + i)}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ImportOutcome>(); }

    void importsFolderWithProblems()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"in"_qs);
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + u"/one.txt"_qs, "Vela Robotics closes its round\nVela Robotics raised 12 million euros.\n");
        writeFile(folder + u"/two.txt"_qs, "Pioggia AI\nPioggia AI is valued at 3 billion dollars.\n");
        writeFile(folder + u"/empty.txt"_qs, "");
        writeFile(folder + u"/feed.jsonl"_qs, jsonLines(3) + "{not json\n");
        const QString corpus = dir.filePath(u"c.dealdesk"_qs);
        ImportJob job;
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy problems(&job, &ImportJob::problemFound);
        QSignalSpy finished(&job, &ImportJob::finished);
        QVERIFY(job.start(corpus, {folder, dir.filePath(u"absent"_qs)}));
        QVERIFY(!job.start(corpus, {folder})); // one at a time
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<ImportOutcome>();
        QCOMPARE(outcome.counts.added, 5);
        QVERIFY(!outcome.cancelled);
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        QCOMPARE(progress.last().at(1).toInt(), 5);
        // The missing path, the empty file and the broken line, each named.
        QVERIFY(problems.size() >= 2);
        QStringList files;
        for (const auto &p : problems)
            files << p.first().value<ImportProblem>().file;
        QVERIFY(files.join(u' ').contains(u"absent"_qs));
        QVERIFY(files.join(u' ').contains(u"feed.jsonl"_qs));
        auto store = SqliteCorpusStore::open(corpus, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->articleCount(), qint64(5));
    }

    void cancelLeavesWholeBatches()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"many.jsonl"_qs);
        const int total = 600;
        writeFile(input, jsonLines(total));
        const QString corpus = dir.filePath(u"c.dealdesk"_qs);
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        connect(&job, &ImportJob::progress, &job, [&job] { job.cancel(); });
        QVERIFY(job.start(corpus, {input}));
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<ImportOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.counts.added < total);
        QCOMPARE(outcome.counts.added % ImportJob::batchSize, 0);
        {
            auto store = SqliteCorpusStore::open(corpus, SqliteCorpusStore::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            QCOMPARE(store.value()->articleCount(), qint64(outcome.counts.added));
            // Every stored article came with its findings (one transaction for both).
            const auto rows = store.value()->articles({});
            for (const ArticleSummary &s : rows)
                QVERIFY2(s.amountCount > 0, qPrintable(s.title));
        }
        // A second run stores the rest and recognises what is already there.
        ImportJob again;
        QSignalSpy done(&again, &ImportJob::finished);
        QVERIFY(again.start(corpus, {input}));
        QVERIFY(done.wait(60000));
        const auto second = done.first().first().value<ImportOutcome>();
        QCOMPARE(second.counts.added + second.counts.duplicates, total);
        QCOMPARE(second.counts.duplicates, outcome.counts.added);
    }

    void destructionCancelsAndWaits()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"many.jsonl"_qs);
        writeFile(input, jsonLines(400));
        {
            ImportJob job;
            QVERIFY(job.start(dir.filePath(u"c.dealdesk"_qs), {input}));
        } // must not crash nor leave a worker writing
        auto store = SqliteCorpusStore::open(dir.filePath(u"c.dealdesk"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QVERIFY(store.value()->articleCount() < 400);
    }
};

QTEST_MAIN(TestImportJob)
#include "tst_importjob.moc"
