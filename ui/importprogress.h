#pragma once
// The import's place in the status bar: a progress bar, the count of articles stored and a
// Cancel button; hidden when no import runs.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dealdesk {

class ImportProgress : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    explicit ImportProgress(QWidget *parent = nullptr);
    ~ImportProgress() override;

    void begin(const QString &what);
    void setProgress(int permille, int articlesStored);
    void end();
    // A busy bar with a message, for work without steps (the first-run sample corpus).
    void showBusy(const QString &message);

signals:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace dealdesk
