#pragma once
// Dates written with digits only, read character by character from a number's first digit:
// 2025-01-30, 30.01.2025, 1/30/2025 (en), 30/1/2025, 15.05.99, 28.10. (German, no year),
// 2015-12, 12-2015, 2025-01-30T04:10. Bounded reads: a run of 10,000 digits is looked at
// for five of them and dropped.

#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

struct NumericDate
{
    qsizetype end = 0; // UTF-16 offset after the date (and its time, when one follows)
    int year = 0;      // 0 when the text gives none ("28.10.", "22/04")
    int month = 0;
    int day = 0;       // 0 for a month ("2015-12")
    QString time;      // "04:10" when a clock time follows the day
};

struct NumericDateOptions
{
    bool monthFirst = false;  // en: 1/30/2025 is January 30
    bool shortForms = false;  // "22/04" without a year is a date (a preposition came first)
    int referenceYear = 2025; // for two-digit years
};

[[nodiscard]] std::optional<NumericDate> readNumericDate(QStringView text, qsizetype pos,
                                                         const NumericDateOptions &options);

} // namespace dealdesk
