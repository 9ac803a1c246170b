#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/datescanutil.h"
#include "core/extract/extractioninput.h"

// Patterns across a range word or inside one token: the two ends of "from January to April
// 2015" (the spec has no range value, so each end is its own date and the first borrows the
// second's year), and a month name glued to its day or year ("Dec31", "Sep2020").

namespace dealdesk {

using namespace datescan;

namespace {

// Clears a flag when it goes out of scope, so an early return cannot leave it set.
struct FlagGuard
{
    bool &flag;
    explicit FlagGuard(bool &f) : flag(f) { flag = true; }
    ~FlagGuard() { flag = false; }
    FlagGuard(const FlagGuard &) = delete;
    FlagGuard &operator=(const FlagGuard &) = delete;
};

} // namespace

bool DateScanner::isRangeLink(qsizetype i) const
{
    if (!ok(i))
        return false;
    if (m_items[i].roles & (RoleRange | RoleLink))
        return true;
    return isPunct(i, u'-') || isPunct(i, u'\u2013');
}

std::optional<int> DateScanner::rangeYear(qsizetype e) const
{
    if (m_inRange || !isRangeLink(e))
        return std::nullopt;
    qsizetype n = e + m_items[e].length;
    if (ok(n) && (m_items[n].roles & RoleArticle) && !(m_items[n].roles & dateCoreRoles))
        n += m_items[n].length;
    if (!ok(n))
        return std::nullopt;
    const FlagGuard guard(m_inRange); // one range: "1 to 2 to 3" is not followed further
    std::optional<DateParse> second;
    if (m_items[n].roles & (RoleMonth | RoleMonthAbbr)) {
        Prefix any;
        any.any = true;
        second = monthFirst(n, any);
    } else if (isNumber(n) || (m_items[n].roles & RoleOrdinal) || isDigit(textOf(n).front())) {
        second = dayMonth(n);
    }
    if (!second || second->year == 0)
        return std::nullopt;
    return second->year;
}

std::optional<DateParse> DateScanner::dayRange(qsizetype n, int day) const
{
    if (m_inRange || !isRangeLink(n))
        return std::nullopt;
    qsizetype r = n + m_items[n].length;
    if (ok(r) && (m_items[r].roles & RoleArticle) && !(m_items[r].roles & dateCoreRoles))
        r += m_items[r].length;
    if (!ok(r) || !(isNumber(r) || (m_items[r].roles & RoleOrdinal) || isDigit(textOf(r).front())))
        return std::nullopt;
    const FlagGuard guard(m_inRange);
    const auto second = dayMonth(r);
    // The ends in order ("dal 3 al 5"), so "3 to 1 May" or a score is no range of days.
    if (!second || second->kind != DateParse::Kind::Day || second->day <= day)
        return std::nullopt;
    DateParse d = *second;
    d.day = day;
    d.endItem = n;
    return d;
}

std::optional<DateParse> DateScanner::gluedMonth(qsizetype j, const Prefix &p) const
{
    const auto parts = lettersThenDigits(textOf(j), maxWordLength);
    if (!parts)
        return std::nullopt;
    const QStringView digitsPart = parts->rest;
    const auto v = plainNumber(digitsPart, 4);
    if (!v || digitsPart.size() == 3 || parts->letters.size() < 3)
        return std::nullopt;
    const DateWord *w = m_lexicon.word(parts->letters);
    if (!w || !(w->roles & (RoleMonth | RoleMonthAbbr)))
        return std::nullopt;
    DateParse d;
    d.month = w->month;
    d.endItem = j + 1;
    if (digitsPart.size() == 4) { // "Sep2020"
        if (*v < 1000 || *v > 2999)
            return std::nullopt;
        d.kind = DateParse::Kind::Month;
        d.year = *v;
        return d;
    }
    if (*v < 1 || *v > 31)
        return std::nullopt;
    d.kind = DateParse::Kind::Day;
    d.day = *v;
    // "Dec31, 1994", "on Mar3": a code like "MAY5" or "the Mar3 model" is no date.
    if (const auto y = trailingYear(j + 1)) {
        d.year = y->first;
        d.endItem = y->second;
    } else if (!p.prep) {
        return std::nullopt;
    }
    return d;
}

std::optional<DateParse> DateScanner::ordinalMonth(int month, qsizetype e) const
{
    if (month < 1 || month > 12)
        return std::nullopt;
    DateParse d;
    d.kind = DateParse::Kind::Month;
    d.month = month;
    // "of 2021", "of next year"; without a year the count is of something else ("the third
    // month of the strike").
    if (const auto y = trailingYear(e)) {
        d.year = y->first;
        d.endItem = y->second;
    } else if (const auto off = yearOffsetAt(e)) {
        d.yearOffset = off->first;
        d.endItem = off->second;
    } else {
        return std::nullopt;
    }
    return d;
}

} // namespace dealdesk
