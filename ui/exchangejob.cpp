#include "ui/exchangejob.h"

#include "core/exchange/annotationexport.h"
#include "core/exchange/annotationimport.h"
#include "core/store/sqlitecorpusstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

namespace dealdesk {

ExchangeJob::ExchangeJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExchangeReport>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ExchangeJob::~ExchangeJob()
{
    m_watcher.waitForFinished();
}

void ExchangeJob::start(ExchangeDialog::Direction direction, const QString &corpusPath, ExchangeFormat format,
                        const QString &path, bool acceptedOnly)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelled = m_cancel;
    const QPointer<ExchangeJob> self(this);
    // From the worker: the signal is queued to this object, if it still exists.
    const auto report = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([=]() -> ExchangeReport {
        auto opened = SqliteCorpusStore::open(corpusPath, SqliteCorpusStore::OpenMode::ExistingOnly);
        if (!opened.ok()) {
            ExchangeReport failed;
            failed.errors << opened.error().message();
            return failed;
        }
        if (direction == ExchangeDialog::Direction::Export)
            return exportAnnotations(*opened.value(), {format, path, acceptedOnly}, report, cancelled.get());
        return importAnnotations(*opened.value(), format, path, report, cancelled.get());
    }));
}

void ExchangeJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void startExchange(QWidget *window, ExchangeDialog::Direction direction, const QString &corpusPath,
                   const std::function<void()> &imported)
{
    const bool exporting = direction == ExchangeDialog::Direction::Export;
    if (corpusPath.isEmpty()) {
        QMessageBox::information(window, QApplication::translate("ExchangeJob", "No corpus"),
                                 QApplication::translate("ExchangeJob", "Open or create a corpus first."));
        return;
    }
    ExchangeDialog dialog(direction, window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Parented to the window, deleted when it has reported: the window may close meanwhile,
    // and the job's destructor then waits for the worker.
    auto *job = new ExchangeJob(window);
    // Progress in articles, with Cancel; window-modal, so the desk is not edited meanwhile but
    // keeps painting.
    auto *progress = new QProgressDialog(exporting ? QApplication::translate("ExchangeJob", "Exporting annotations…")
                                                   : QApplication::translate("ExchangeJob", "Importing annotations…"),
                                         QApplication::translate("ExchangeJob", "Cancel"), 0, 0, window);
    progress->setObjectName(u"exchange-progress"_qs);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(job, &ExchangeJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    QObject::connect(progress, &QProgressDialog::canceled, job, &ExchangeJob::cancel);
    QObject::connect(job, &ExchangeJob::finished, window, [=](const ExchangeReport &report) {
        progress->deleteLater();
        job->deleteLater();
        if (!exporting && imported)
            imported();
        const QStringList lines = report.lines(!exporting);
        const QString title = exporting ? QApplication::translate("ExchangeJob", "Export annotations")
                                        : QApplication::translate("ExchangeJob", "Import annotations");
        QMessageBox box(report.ok() ? QMessageBox::Information : QMessageBox::Warning, title, lines.constLast(),
                        QMessageBox::Ok, window);
        if (lines.size() > 1)
            box.setDetailedText(lines.mid(0, lines.size() - 1).join(u'\n'));
        box.exec();
    });
    job->start(direction, corpusPath, dialog.format(), dialog.path(), dialog.acceptedOnly());
}

} // namespace dealdesk
