#include "ui/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace dealdesk {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_field(new QLineEdit(this)), m_status(new QLabel(this))
{
    setObjectName(u"findBar"_qs);
    m_field->setObjectName(u"findField"_qs);
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(u"✕"_qs);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &t) { emit findRequested(t, false); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] { emit findRequested(m_field->text(), false); });
    connect(next, &QToolButton::clicked, this, [this] { emit findRequested(m_field->text(), false); });
    connect(previous, &QToolButton::clicked, this, [this] { emit findRequested(m_field->text(), true); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

FindBar::~FindBar() = default;

void FindBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setFound(bool found)
{
    m_status->setText(found || m_field->text().isEmpty() ? QString() : tr("Not found"));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ShiftModifier)) {
        emit findRequested(m_field->text(), true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dealdesk
