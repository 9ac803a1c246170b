#pragma once
// Runs an annotation export or import off the GUI thread (QtConcurrent) on a store instance
// of its own, opened on the same corpus file, and hands the report back as a signal; then
// shows it. startExchange() is what File > Export/Import annotations… calls.

#include "core/exchange/exchangereport.h"
#include "ui/exchangedialog.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

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

signals:
    void finished(const dealdesk::ExchangeReport &report);

private:
    QFutureWatcher<ExchangeReport> m_watcher;
};

// Asks (ExchangeDialog), runs (ExchangeJob, the window's status bar saying so) and shows the
// report in a message box; `imported` runs after an import so the window reads the corpus
// again.
void startExchange(QWidget *window, ExchangeDialog::Direction direction, const QString &corpusPath,
                   const std::function<void()> &imported);

} // namespace dealdesk
