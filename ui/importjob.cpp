#include "ui/importjob.h"

#include "core/corpus/corpusimporter.h"
#include "core/import/articlereader.h"
#include "core/text/article.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dealdesk {

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportJob::start(const QString &corpusPath, const QStringList &paths)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([this, corpusPath, paths] { return run(corpusPath, paths); }));
    return true;
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

ImportOutcome ImportJob::run(const QString &corpusPath, const QStringList &paths)
{
    // Runs on a pool thread: everything it tells the GUI goes through queued calls, which
    // the destructor's wait keeps valid.
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto report = [this](const ImportProblem &p) {
        QMetaObject::invokeMethod(this, [this, p] { emit problemFound(p); }, Qt::QueuedConnection);
    };
    ImportOutcome outcome;
    QList<ImportProblem> problems;
    const QStringList files = collectArticleFiles(paths, &problems);
    for (const ImportProblem &p : problems)
        report(p);
    auto opened = CorpusImporter::open(corpusPath);
    if (!opened.ok()) {
        outcome.error = opened.error().message();
        return outcome;
    }
    CorpusImporter &importer = *opened.value();
    const int fileCount = int(std::max<qsizetype>(1, files.size()));
    for (int f = 0; f < files.size() && !cancel->load(); ++f) {
        ReadOutcome read = readArticleFile(files[f]);
        ++outcome.filesRead;
        for (const ImportProblem &p : read.problems)
            report(p);
        const int count = int(read.articles.size());
        for (int i = 0; i < count && !cancel->load(); i += batchSize) {
            if (const auto failed = importer.addBatch(read.articles.mid(i, batchSize))) {
                outcome.error = failed->message();
                outcome.counts = importer.counts();
                return outcome;
            }
            const ImportCounts counts = importer.counts();
            const int done = std::min(count, i + batchSize);
            const int permille = int((f + double(done) / std::max(1, count)) * 1000 / fileCount);
            const int stored = counts.added + counts.duplicates;
            QMetaObject::invokeMethod(this, [this, permille, stored] { emit progress(permille, stored); },
                                      Qt::QueuedConnection);
        }
    }
    outcome.counts = importer.counts();
    outcome.cancelled = cancel->load();
    return outcome;
}

} // namespace dealdesk
