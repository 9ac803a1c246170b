#pragma once
// Runs an annotation export or import off the GUI thread (QtConcurrent) on a store instance
// of its own, opened on the same corpus file, reports its progress, stops between articles
// when asked, and hands the report back as a signal. startExchange() is what File >
// Export/Import annotations… calls: it asks, shows the progress with a Cancel button, and
// shows the report.

#include "core/exchange/exchangereport.h"
#include "ui/exchangedialog.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace dealdesk {

class ExchangeJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeJob)

public:
    explicit ExchangeJob(QObject *parent = nullptr);
    ~ExchangeJob() override; // waits: the worker must not outlive the signal's target

    void start(ExchangeDialog::Direction direction, const QString &corpusPath, ExchangeFormat format,
               const QString &path, bool acceptedOnly);
    // Asks the running job to stop after the article it is on (finished() still comes).
    void cancel();

signals:
    // Articles done of all, from the worker (queued to this object's thread).
    void progress(int done, int total);
    void finished(const dealdesk::ExchangeReport &report);

private:
    QFutureWatcher<ExchangeReport> m_watcher;
    // Shared with the worker, which may still read it after a cancelled job is deleted.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Asks (ExchangeDialog), runs (ExchangeJob, the window's status bar saying so) and shows the
// report in a message box; `imported` runs after an import so the window reads the corpus
// again.
void startExchange(QWidget *window, ExchangeDialog::Direction direction, const QString &corpusPath,
                   const std::function<void()> &imported);

} // namespace dealdesk
