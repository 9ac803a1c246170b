#pragma once
// Small helpers shared by the files of the date scanner (datescanner.cpp, datepatterns.cpp).

#include "core/extract/dates/datelexicon.h"

#include <QStringView>

#include <optional>

namespace dealdesk::datescan {

constexpr quint32 nameRoles = RoleMonth | RoleMonthAbbr | RoleWeekday | RoleWeekdayAbbr;
constexpr qsizetype maxWordLength = 24; // longer words are no date word: not looked up
constexpr int maxPrefixWords = 8;
constexpr qsizetype lookahead = 5; // items from a number word to its unit or month
// Items from the start of a pattern to the unit or month it needs ("14 . º de juin",
// "3 solo anni"): more than any pattern reads, so Item::unitNear and monthNear are safe gates.
constexpr qsizetype nearItems = 8;

[[nodiscard]] inline bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// The value of a run of 1..maxLength digits that makes the whole of `s`.
[[nodiscard]] inline std::optional<int> plainNumber(QStringView s, int maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return std::nullopt;
    int v = 0;
    for (QChar c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// A token of letters glued to what ends in a digit ("FY2025", "Dec31"): the letters and the
// rest, or nullopt when the token is shorter than 4 units, longer than `maxLength`, or does not
// start with a letter and end with a digit.
struct GluedParts
{
    QStringView letters;
    QStringView rest;
};
[[nodiscard]] inline std::optional<GluedParts> lettersThenDigits(QStringView s, qsizetype maxLength)
{
    if (s.size() < 4 || s.size() > maxLength || !s.front().isLetter() || !isDigit(s.back()))
        return std::nullopt;
    qsizetype n = 0;
    while (n < s.size() && s[n].isLetter())
        ++n;
    return GluedParts{s.first(n), s.sliced(n)};
}

} // namespace dealdesk::datescan
