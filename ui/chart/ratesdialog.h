#pragma once
// The exchange-rate table a journalist edits for charts: currency, US dollars per unit, the
// date the rate holds for. The defaults come from resources/rates/rates.tsv; edits are kept in
// QSettings ("chart/rates") by the chart window.

#include "core/chart/exchangerates.h"

#include <QDialog>

class QTableWidget;

namespace dealdesk {

class RatesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesDialog)

public:
    explicit RatesDialog(const ExchangeRates &rates, QWidget *parent = nullptr);
    ~RatesDialog() override;

    // The table as edited; rows that are not a currency, a positive number and a date are
    // left out.
    [[nodiscard]] ExchangeRates rates() const;

private:
    void fill(const ExchangeRates &rates);

    QTableWidget *m_table = nullptr;
};

} // namespace dealdesk
