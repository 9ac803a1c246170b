#include "ui/exchangedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace dealdesk {

ExchangeDialog::ExchangeDialog(Direction direction, QWidget *parent)
    : QDialog(parent), m_direction(direction), m_format(new QComboBox(this)), m_path(new QLineEdit(this))
{
    const bool exporting = direction == Direction::Export;
    setWindowTitle(exporting ? tr("Export annotations") : tr("Import annotations"));
    m_format->setObjectName(u"exchange-format"_qs);
    m_path->setObjectName(u"exchange-path"_qs);
    m_format->addItem(tr("brat standoff (.txt + .ann)"), int(ExchangeFormat::Brat));
    m_format->addItem(tr("JSON Lines (doccano, spaCy)"), int(ExchangeFormat::JsonLines));
    if (exporting)
        m_format->addItem(tr("CSV of deals and amounts"), int(ExchangeFormat::Csv));

    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExchangeDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(exporting ? tr("&Folder:") : tr("F&rom:"), pathRow);
    if (exporting) {
        m_acceptedOnly = new QCheckBox(tr("Only &accepted annotations"), this);
        m_acceptedOnly->setObjectName(u"exchange-accepted-only"_qs);
        form->addRow(QString(), m_acceptedOnly);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(exporting ? tr("Export") : tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_path, &QLineEdit::textChanged, this, &ExchangeDialog::updateOk);
    updateOk();
}

ExchangeFormat ExchangeDialog::format() const
{
    return ExchangeFormat(m_format->currentData().toInt());
}

QString ExchangeDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExchangeDialog::acceptedOnly() const
{
    return m_acceptedOnly && m_acceptedOnly->isChecked();
}

void ExchangeDialog::browse()
{
    QString chosen;
    if (m_direction == Direction::Import && format() == ExchangeFormat::JsonLines)
        chosen = QFileDialog::getOpenFileName(this, tr("Annotations to import"), path(),
                                              tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    else
        chosen = QFileDialog::getExistingDirectory(this, m_direction == Direction::Export
                                                             ? tr("Folder to export into")
                                                             : tr("brat collection to import"),
                                                   path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExchangeDialog::updateOk()
{
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace dealdesk
