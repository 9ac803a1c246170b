#include "ui/renamedialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dealdesk {

RenameDialog::RenameDialog(const QString &from, const QStringList &names, QWidget *parent)
    : QDialog(parent), m_from(from), m_names(names), m_name(new QLineEdit(from, this)), m_hint(new QLabel(this))
{
    setObjectName(u"renameDialog"_qs);
    setWindowTitle(tr("Rename or merge"));
    m_names.removeAll(from);
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setObjectName(u"renameTo"_qs);
    m_name->setCompleter(completer);
    m_name->selectAll();
    m_name->setMinimumWidth(320);
    m_hint->setObjectName(u"renameHint"_qs);
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        updateHint();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && name() != m_from);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("New name for “%1” in the whole corpus:").arg(from), this));
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateHint();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

RenameDialog::~RenameDialog() = default;

QString RenameDialog::name() const
{
    return m_name->text().simplified();
}

bool RenameDialog::isMerge() const
{
    return m_names.contains(name());
}

QString RenameDialog::hint() const
{
    return m_hint->text();
}

void RenameDialog::updateHint()
{
    if (isMerge())
        m_hint->setText(tr("“%1” is already in the corpus: “%2” will be merged into it, and recognised as "
                           "the same name from now on.").arg(name(), m_from));
    else
        m_hint->setText(tr("Every mention and deal is renamed; “%1” is kept as an alias.").arg(m_from));
}

} // namespace dealdesk
