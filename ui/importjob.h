#pragma once
// Imports files and folders into a corpus in the background: read, extract, store, one batch
// per transaction on a store instance of its own, so Cancel between batches leaves the corpus
// holding whole batches only. The GUI gets progress, problems (file, reason) and the outcome
// as signals on its own thread.

#include "core/import/importproblem.h"
#include "core/store/storetypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dealdesk {

struct ImportOutcome
{
    ImportCounts counts;
    int filesRead = 0;
    bool cancelled = false;
    QString error; // a store failure that stopped the import; empty otherwise
};

class ImportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits: the worker must not outlive its signals' target

    // Articles stored per transaction: small enough that Cancel answers within a second.
    static constexpr int batchSize = 64;

    // Starts importing `paths` (files or folders) into the corpus at `corpusPath`, created when
    // missing. False when an import is already running.
    bool start(const QString &corpusPath, const QStringList &paths);
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    // `permille` of the work done (files, and articles within the file being stored).
    void progress(int permille, int articlesStored);
    void problemFound(const dealdesk::ImportProblem &problem);
    void finished(const dealdesk::ImportOutcome &outcome);

private:
    [[nodiscard]] ImportOutcome run(const QString &corpusPath, const QStringList &paths);

    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace dealdesk
