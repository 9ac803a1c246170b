#pragma once
// The problems dock: every file an import could not read, or read only in part, with the
// reason, listed as they come; never a string of message boxes.

#include "core/import/importproblem.h"

#include <QWidget>

class QTableWidget;

namespace dealdesk {

class ProblemsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    void addProblem(const ImportProblem &problem);
    void clear();
    [[nodiscard]] int count() const;

signals:
    void countChanged(int count);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace dealdesk
