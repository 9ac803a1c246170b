#include "ui/problemspanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dealdesk {

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 3, this))
{
    setObjectName(u"problemsPanel"_qs);
    m_table->setObjectName(u"problemTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 260);
    m_table->setColumnWidth(1, 50);
    m_table->setWordWrap(false);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    connect(clearButton, &QPushButton::clicked, this, &ProblemsPanel::clear);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::addProblem(const ImportProblem &problem)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *file = new QTableWidgetItem(QFileInfo(problem.file).fileName());
    file->setToolTip(problem.file);
    m_table->setItem(row, 0, file);
    m_table->setItem(row, 1, new QTableWidgetItem(problem.line > 0 ? QLocale().toString(problem.line) : QString()));
    auto *reason = new QTableWidgetItem(problem.reason);
    reason->setToolTip(problem.message());
    m_table->setItem(row, 2, reason);
    emit countChanged(count());
}

void ProblemsPanel::clear()
{
    m_table->setRowCount(0);
    emit countChanged(0);
}

int ProblemsPanel::count() const
{
    return m_table->rowCount();
}

} // namespace dealdesk
