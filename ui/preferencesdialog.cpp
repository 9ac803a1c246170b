#include "ui/preferencesdialog.h"

#include "ui/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace dealdesk {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_qs);
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"languageChoice"_qs);
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so a reader lost in the other one finds hers.
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->addItem(u"Italiano"_qs, u"it"_qs);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredUiLanguage())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language of the desk:"), m_language);
    form->addRow(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace dealdesk
