#pragma once
// Preferences: the language of the desk (system, English, Italian). Applied at once.

#include <QDialog>

class QComboBox;

namespace dealdesk {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen: "", "en" or "it" ("" follows the system).
    [[nodiscard]] QString language() const;

private:
    QComboBox *m_language = nullptr;
};

} // namespace dealdesk
