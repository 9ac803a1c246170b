#pragma once
// Reads a run of digits with group and decimal separators ("1.200", "1,5", "1'200",
// "1,200,000.50") the way a reader of `language` would: a lone separator followed by three
// digits is a group separator unless it is the language's decimal mark ("1,200" is 1.2 in
// Italian, 1200 in English), and with both marks present the last one is the decimal.

#include <QChar>
#include <QStringView>

#include <optional>

namespace dealdesk {

struct DigitValue
{
    double value = 0;
    qsizetype integerDigits = 0; // significant digits before the decimal mark
    bool overflow = false;       // too many digits to hold the value exactly
};

// `digits` holds only digits and the separators . , ' ’. nullopt when the separators do not
// make a number (groups of other than three digits, "1.2.3", a trailing mark).
// Linear in the length; any length is accepted.
[[nodiscard]] std::optional<DigitValue> parseDigits(QStringView digits, QChar decimalMark);

// The length of the digits-and-separators run starting at `from` (a separator must be
// followed by a digit to belong to it).
[[nodiscard]] qsizetype digitRunLength(QStringView text, qsizetype from);

[[nodiscard]] inline bool isDigitSeparator(QChar c)
{
    return c == u'.' || c == u',' || c == u'\'' || c == u'\u2019';
}

} // namespace dealdesk
