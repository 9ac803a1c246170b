#include "ui/importprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace dealdesk {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    setObjectName(u"importProgress"_qs);
    m_bar->setObjectName(u"importBar"_qs);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"importCancel"_qs);
    m_cancel->setText(tr("Cancel"));
    m_label->setObjectName(u"importLabel"_qs);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgress::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

ImportProgress::~ImportProgress() = default;

void ImportProgress::begin(const QString &what)
{
    m_label->setText(what);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    show();
}

void ImportProgress::setProgress(int permille, int articlesStored)
{
    m_bar->setValue(permille);
    m_label->setText(tr("Importing: %1 articles stored").arg(QLocale().toString(articlesStored)));
}

void ImportProgress::end()
{
    hide();
}

void ImportProgress::showBusy(const QString &message)
{
    m_label->setText(message);
    m_bar->setRange(0, 0);
    m_cancel->hide();
    show();
}

} // namespace dealdesk
