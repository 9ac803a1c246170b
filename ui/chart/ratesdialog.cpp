#include "ui/chart/ratesdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dealdesk {

RatesDialog::RatesDialog(const ExchangeRates &rates, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Exchange rates for charts"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("US dollars per unit of each currency, and the day each rate holds for. Charts "
                                "convert amounts with them for display only: the corpus keeps the figures as "
                                "reported."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"ratesTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("US dollars per unit"), tr("Date")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    fill(rates);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    QPushButton *add = buttons->addButton(tr("Add a currency"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 2, new QTableWidgetItem(QDate::currentDate().toString(Qt::ISODate)));
        m_table->editItem(m_table->item(row, 2) ? m_table->item(row, 2) : nullptr);
    });
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(ExchangeRates::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 420);
}

RatesDialog::~RatesDialog() = default;

void RatesDialog::fill(const ExchangeRates &rates)
{
    m_table->setRowCount(0);
    for (const ExchangeRate &r : rates.all()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.currency));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(r.usdPerUnit, 'g', 10)));
        m_table->setItem(row, 2, new QTableWidgetItem(r.date));
    }
}

ExchangeRates RatesDialog::rates() const
{
    ExchangeRates out;
    auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool ok = false;
        const QString currency = cell(row, 0).toUpper();
        const double usd = QLocale().toDouble(cell(row, 1), &ok);
        const double plain = ok ? usd : cell(row, 1).toDouble(&ok);
        const QString date = cell(row, 2);
        if (currency.size() == 3 && ok && plain > 0 && QDate::fromString(date, Qt::ISODate).isValid())
            out.set({currency, plain, date});
    }
    return out;
}

} // namespace dealdesk
