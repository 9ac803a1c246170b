#pragma once
// Preferences: the language of the desk (system, English, Italian) and its colours (system,
// light, dark), applied at once, and the name recorded with every edit of a corpus.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace dealdesk {

// The reviewer's name the desk records with each edit: the one set in Preferences, else the
// system user name.
[[nodiscard]] QString preferredEditorName();
void setPreferredEditorName(const QString &name);

class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen: "", "en" or "it" ("" follows the system).
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString editorName() const;
    // "system", "light" or "dark".
    [[nodiscard]] QString theme() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_editor = nullptr;
};

} // namespace dealdesk
