#include "ui/preferencesdialog.h"

#include "ui/apptheme.h"
#include "ui/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

namespace dealdesk {

QString preferredEditorName()
{
    const QString name = QSettings().value(u"annotation/editor"_qs).toString();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

void setPreferredEditorName(const QString &name)
{
    QSettings().setValue(u"annotation/editor"_qs, name.simplified());
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)),
      m_editor(new QLineEdit(preferredEditorName(), this))
{
    setObjectName(u"preferencesDialog"_qs);
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"languageChoice"_qs);
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so a reader lost in the other one finds hers.
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->addItem(u"Italiano"_qs, u"it"_qs);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredUiLanguage())));
    m_theme->setObjectName(u"themeChoice"_qs);
    m_theme->addItem(tr("As the system"), u"system"_qs);
    m_theme->addItem(tr("Light"), u"light"_qs);
    m_theme->addItem(tr("Dark"), u"dark"_qs);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(preferredTheme())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language of the desk:"), m_language);
    form->addRow(tr("Colours:"), m_theme);
    m_editor->setObjectName(u"editorName"_qs);
    m_editor->setToolTip(tr("Recorded with every decision, correction and review, in the corpus's history"));
    form->addRow(tr("Your name:"), m_editor);
    form->addRow(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::editorName() const
{
    return m_editor->text().simplified();
}

QString PreferencesDialog::theme() const
{
    return m_theme->currentData().toString();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace dealdesk
