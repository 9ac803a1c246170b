#include "core/chart/exchangerates.h"

#include "core/extract/tsvtable.h"

#include <QDate>
#include <QFile>

#include <algorithm>

namespace dealdesk {

ExchangeRates ExchangeRates::defaults()
{
    QString error;
    auto rates = load(QStringLiteral(":/rates/rates.tsv"), &error);
    if (!rates)
        qWarning().noquote() << error; // a build without the resource: charts keep one currency
    return rates.value_or(ExchangeRates{});
}

std::optional<ExchangeRates> ExchangeRates::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), path, error);
}

std::optional<ExchangeRates> ExchangeRates::parse(const QString &tsv, const QString &name, QString *error)
{
    const auto table = TsvTable::parse(tsv, name, error);
    if (!table)
        return std::nullopt;
    for (const char16_t *column : {u"currency", u"usd_per_unit", u"date"}) {
        if (table->column(QString::fromUtf16(column)) < 0) {
            if (error)
                *error = QStringLiteral("%1: no column \"%2\"").arg(name, QString::fromUtf16(column));
            return std::nullopt;
        }
    }
    ExchangeRates rates;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString currency = table->value(r, QStringLiteral("currency")).trimmed().toUpper();
        bool ok = false;
        const double usd = table->value(r, QStringLiteral("usd_per_unit")).trimmed().toDouble(&ok);
        const QString date = table->value(r, QStringLiteral("date")).trimmed();
        if (currency.size() != 3 || !ok || !(usd > 0) || !QDate::fromString(date, Qt::ISODate).isValid()) {
            if (error)
                *error = QStringLiteral("%1:%2: expected a currency code, a positive rate and a date (YYYY-MM-DD)")
                             .arg(name)
                             .arg(table->lineNumber(r));
            return std::nullopt;
        }
        rates.set({currency, usd, date});
    }
    return rates;
}

QString ExchangeRates::toTsv() const
{
    QString out = QStringLiteral("# US dollars per unit of each currency, and the day the rate holds for.\n"
                                 "currency\tusd_per_unit\tdate\n");
    for (const ExchangeRate &r : m_rates)
        out += r.currency + u'\t' + QString::number(r.usdPerUnit, 'g', 10) + u'\t' + r.date + u'\n';
    return out;
}

void ExchangeRates::set(const ExchangeRate &rate)
{
    auto at = std::lower_bound(m_rates.begin(), m_rates.end(), rate.currency,
                               [](const ExchangeRate &r, const QString &c) { return r.currency < c; });
    if (at != m_rates.end() && at->currency == rate.currency)
        *at = rate;
    else
        m_rates.insert(at, rate);
}

std::optional<ExchangeRate> ExchangeRates::rate(const QString &currency) const
{
    auto at = std::lower_bound(m_rates.begin(), m_rates.end(), currency,
                               [](const ExchangeRate &r, const QString &c) { return r.currency < c; });
    if (at != m_rates.end() && at->currency == currency)
        return *at;
    return std::nullopt;
}

std::optional<double> ExchangeRates::convert(double amount, const QString &from, const QString &to) const
{
    if (from == to)
        return amount;
    const auto a = rate(from);
    const auto b = rate(to);
    if (!a || !b)
        return std::nullopt;
    return amount * a->usdPerUnit / b->usdPerUnit;
}

} // namespace dealdesk
