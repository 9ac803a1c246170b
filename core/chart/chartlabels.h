#pragma once
// Labels a chart prints, in the chart's locale and currency: compact money through ICU's
// NumberFormatter ("$25B" in en, "25 mld USD" in it: a language's chart_compact.tsv puts the
// newsroom's abbreviation for ICU's), a qualifier word before an inexact
// amount ("up to $25B", from resources/lexicon/common/chart_qualifiers.tsv), periods at a
// grain through ICU's date skeletons ("Mar 2025", "Q1 2025"), the currency's name.

#include "core/chart/chartoptions.h"
#include "core/extract/findings.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>

namespace dealdesk {

class ChartLabels
{
public:
    ChartLabels(const QString &locale, const QString &currency);
    ~ChartLabels();
    ChartLabels(const ChartLabels &) = delete;
    ChartLabels &operator=(const ChartLabels &) = delete;

    // 25e9 -> "$25B"; at most three significant digits.
    [[nodiscard]] QString money(double value) const;
    // An amount as stated: "up to $25B", "$1B–$2B", "$600M".
    [[nodiscard]] QString amount(double low, double high, Qualifier qualifier) const;
    // The period `date` falls in: "12 Mar 2025", "Mar 2025", "Q1 2025", "2025".
    [[nodiscard]] QString period(QDate date, TimeGrain grain) const;
    // The period in words for a sentence: "12 March 2025", "March 2025" (as period() at a
    // quarter or a year).
    [[nodiscard]] QString periodInWords(QDate date, TimeGrain grain) const;
    // "US dollars", "dollari statunitensi" (ICU's plural name).
    [[nodiscard]] QString currencyName() const;
    [[nodiscard]] QString currencyName(const QString &code) const;
    [[nodiscard]] const QString &locale() const { return m_locale; }

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
    QString m_locale, m_currency;
    QHash<Qualifier, QString> m_words;
    QList<QPair<QString, QString>> m_compact; // ICU's compact word -> the newsroom's (chart_compact.tsv)
};

// The first day of the period `date` falls in.
[[nodiscard]] QDate periodStart(QDate date, TimeGrain grain);
// The first day of the next period.
[[nodiscard]] QDate nextPeriod(QDate date, TimeGrain grain);

} // namespace dealdesk
