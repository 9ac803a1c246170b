#include "ui/historydialog.h"

#include "core/store/editjson.h"
#include "ui/findingtext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dealdesk {

HistoryDialog::HistoryDialog(const QString &title, const QList<EditRecord> &history, QWidget *parent)
    : QDialog(parent), m_view(new QTreeWidget(this))
{
    setObjectName(u"historyDialog"_qs);
    setWindowTitle(tr("History of “%1”").arg(title));
    resize(860, 420);
    m_view->setObjectName(u"historyView"_qs);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    const QLocale locale;
    for (const EditRecord &e : history) {
        auto *item = new QTreeWidgetItem(m_view);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        item->setText(0, at.isValid() ? locale.toString(at, QLocale::ShortFormat) : e.at);
        item->setToolTip(0, e.at);
        item->setText(1, e.editor);
        item->setText(2, actionName(e.action));
        item->setText(3, describe(e.before));
        item->setText(4, describe(e.after));
        item->setToolTip(3, e.before);
        item->setToolTip(4, e.after);
    }
    for (int c = 0; c < 3; ++c)
        m_view->resizeColumnToContents(c);
    m_view->scrollToBottom();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (history.isEmpty())
        layout->addWidget(new QLabel(tr("Nothing has been changed in this article yet."), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

HistoryDialog::~HistoryDialog() = default;

QString HistoryDialog::actionName(EditAction action)
{
    switch (action) {
    case EditAction::Accept:
        return tr("accepted");
    case EditAction::Reject:
        return tr("rejected");
    case EditAction::Reset:
        return tr("set back to pending");
    case EditAction::Add:
        return tr("added");
    case EditAction::Update:
        return tr("corrected");
    case EditAction::Remove:
        return tr("deleted");
    case EditAction::Review:
        return tr("review");
    case EditAction::Note:
        return tr("note");
    case EditAction::Rename:
        return tr("renamed in the corpus");
    case EditAction::Alias:
        return tr("alias added");
    case EditAction::Unalias:
        return tr("alias removed");
    }
    return {};
}

QString HistoryDialog::describe(const QString &json)
{
    if (json.isEmpty())
        return {};
    if (const auto finding = findingFromEditJson(json)) {
        const QString text = finding->text.simplified();
        const QString value = hoverText(*finding, {});
        return text.isEmpty() || finding->kind == FindingKind::Deal ? value : tr("“%1”: %2").arg(text, value);
    }
    const auto object = parseJsonObject(json);
    if (!object)
        return json;
    if (object->contains(u"state"_qs)) {
        const auto state = findingStateFromString(object->value(u"state"_qs).toString());
        return state ? stateName(*state) : object->value(u"state"_qs).toString();
    }
    if (object->contains(u"review"_qs)) {
        const auto state = reviewStateFromString(object->value(u"review"_qs).toString());
        return state ? reviewStateName(*state) : object->value(u"review"_qs).toString();
    }
    if (object->contains(u"note"_qs))
        return tr("“%1”").arg(object->value(u"note"_qs).toString());
    if (object->contains(u"alias"_qs))
        return tr("%1 = %2").arg(object->value(u"alias"_qs).toString(), object->value(u"canonical"_qs).toString());
    if (object->contains(u"name"_qs))
        return object->value(u"name"_qs).toString();
    return json;
}

} // namespace dealdesk
