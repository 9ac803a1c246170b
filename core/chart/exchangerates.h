#pragma once
// The rates a chart converts amounts with, for display only: the corpus keeps each amount in
// the currency its article states. One rate per currency, as US dollars per unit, with the
// date it holds for. Defaults are data (resources/rates/rates.tsv, compiled in as
// :/rates/rates.tsv); the GUI keeps a journalist's edits in QSettings, the CLI reads --rates.

#include <QList>
#include <QString>

#include <optional>

namespace dealdesk {

struct ExchangeRate
{
    QString currency;      // ISO 4217
    double usdPerUnit = 0; // > 0
    QString date;          // ISO 8601 day the rate holds for
    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

class ExchangeRates
{
public:
    // The compiled-in defaults.
    [[nodiscard]] static ExchangeRates defaults();
    // A rates file (the format of resources/rates/rates.tsv); nullopt with `error` naming the
    // file, line and reason when it is not one.
    [[nodiscard]] static std::optional<ExchangeRates> load(const QString &path, QString *error = nullptr);
    [[nodiscard]] static std::optional<ExchangeRates> parse(const QString &tsv, const QString &name,
                                                            QString *error = nullptr);
    // The table as a rates file, sorted by currency (what the GUI stores and exports).
    [[nodiscard]] QString toTsv() const;

    // Replaces the rate of its currency, or adds it.
    void set(const ExchangeRate &rate);
    [[nodiscard]] std::optional<ExchangeRate> rate(const QString &currency) const;
    [[nodiscard]] const QList<ExchangeRate> &all() const { return m_rates; }
    // `amount` in `from` expressed in `to`: amount * usd(from) / usd(to); nullopt when either
    // rate is missing. The same currency converts to itself without a rate.
    [[nodiscard]] std::optional<double> convert(double amount, const QString &from, const QString &to) const;

    friend bool operator==(const ExchangeRates &, const ExchangeRates &) = default;

private:
    QList<ExchangeRate> m_rates; // sorted by currency
};

} // namespace dealdesk
