#pragma once
// "History…": what was done to one article, oldest first — when, who, what, and the value
// before and after in words (the store keeps them as JSON; see core/store/editjson.h).

#include "core/store/storetypes.h"

#include <QDialog>

class QTreeWidget;

namespace dealdesk {

class HistoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(const QString &title, const QList<EditRecord> &history, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    // "accepted", "renamed"...: the action in words.
    [[nodiscard]] static QString actionName(EditAction action);
    // One side of an edit (EditRecord::before or after) in words; empty JSON gives "".
    [[nodiscard]] static QString describe(const QString &json);

private:
    QTreeWidget *m_view = nullptr;
};

} // namespace dealdesk
