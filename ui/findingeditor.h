#pragma once
// The editable fields of one finding in the inspector: canonical name (completed from the
// corpus) and type of an entity; currency, low, high, qualifier and role of an amount; value
// and grain of a date; parties, status and date of a deal; a note on any of them. Each change
// is reported as the finding's whole new value (or note), for one undoable edit.

#include "core/store/storetypes.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace dealdesk {

class FindingEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingEditor)

public:
    explicit FindingEditor(QWidget *parent = nullptr);
    ~FindingEditor() override;

    // The finding to edit; nullopt hides every field.
    void setRecord(const std::optional<FindingRecord> &record);
    // The names the canonical, investor and target fields complete from.
    void setNames(const QStringList &names);

    // The value the fields hold now (the record's value with the fields' changes).
    [[nodiscard]] FindingValue value() const;
    [[nodiscard]] QString note() const;

signals:
    void valueEdited(const dealdesk::FindingRecord &record, const dealdesk::FindingValue &value);
    void noteEdited(const dealdesk::FindingRecord &record, const QString &note);
    void dealDialogRequested(const dealdesk::FindingRecord &record);

private:
    void commitValue();
    void commitNote();
    void showRows();

    std::optional<FindingRecord> m_record;
    QFormLayout *m_form = nullptr;
    QStringListModel *m_names = nullptr;
    QLineEdit *m_canonical = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_currency = nullptr;
    QDoubleSpinBox *m_low = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_dateValue = nullptr;
    QComboBox *m_grain = nullptr;
    QLineEdit *m_investor = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_dealDate = nullptr;
    QPushButton *m_dealButton = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace dealdesk
