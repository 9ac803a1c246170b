#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/datescanutil.h"
#include "core/extract/dates/numericdate.h"
#include "core/extract/extractioninput.h"

// The patterns of the date grammar, one function each: what may follow a number, a month
// name, an ordinal, a weekday or a unit word.

namespace dealdesk {

using namespace datescan;

std::optional<DateParse> DateScanner::gluedFiscalYear(qsizetype j) const
{
    // "FY2025", "FY25", "CY18": a fiscal word of the lexicon glued to its year
    const auto parts = lettersThenDigits(textOf(j), 8);
    if (!parts)
        return std::nullopt;
    const QStringView digitsPart = parts->rest;
    const auto v = plainNumber(digitsPart, 4);
    if (!v || (digitsPart.size() != 2 && digitsPart.size() != 4))
        return std::nullopt;
    const DateWord *w = m_lexicon.word(parts->letters);
    if (!w || !w->has(RoleFiscal))
        return std::nullopt;
    DateParse d;
    d.kind = DateParse::Kind::Year;
    d.year = digitsPart.size() == 4 ? *v : 2000 + *v;
    d.endItem = j + 1;
    return d;
}

std::optional<DateParse> DateScanner::numeric(qsizetype j, const Prefix &p) const
{
    // Every numeric date has a separator after its first one to four digits: most numbers
    // of a text are passed here without setting up the reader.
    const qsizetype start = m_in.tokens[m_items[j].token].start;
    qsizetype sep = start;
    while (sep < m_in.text.size() && sep - start <= 4 && isDigit(m_in.text[sep]))
        ++sep;
    if (sep == start || sep - start > 4 || sep + 1 >= m_in.text.size()
        || (m_in.text[sep] != u'.' && m_in.text[sep] != u'/' && m_in.text[sep] != u'-'))
        return std::nullopt;
    NumericDateOptions options;
    options.monthFirst = m_monthFirst;
    options.shortForms = p.any;
    options.referenceYear = m_referenceYear;
    const auto nd = readNumericDate(m_in.text, start, options);
    if (!nd)
        return std::nullopt;
    const qsizetype e = itemAtOffset(nd->end, j);
    if (e == j || m_in.tokens[m_items[e - 1].token].end != nd->end)
        return std::nullopt; // the date ends inside a token ("2024-12abc")
    DateParse d;
    d.kind = nd->day != 0 ? DateParse::Kind::Day : DateParse::Kind::Month;
    d.year = nd->year;
    d.month = nd->month;
    d.day = nd->day;
    d.time = nd->time;
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::dayMonth(qsizetype j) const
{
    if (!m_items[j].monthNear)
        return std::nullopt;
    // "$12 December 27": the number is the money's, the date is the month's own.
    if (j > 0 && isNumber(j) && m_in.tokens[m_items[j - 1].token].kind == TokenKind::Punct
        && m_in.text[m_in.tokens[m_items[j - 1].token].start].category() == QChar::Symbol_Currency)
        return std::nullopt;
    qsizetype n = 0;
    const auto day = dayNumberAt(j, n);
    if (!day)
        return std::nullopt;
    if (isNumber(j) && isPunct(n, u'.') && adjacent(n)) { // "14. Juni", "1.º de julio"
        ++n;
        if (ok(n) && adjacent(n) && m_items[n].word && m_items[n].word->has(RoleDaySuffix))
            ++n;
    } else if (isNumber(j) && (isPunct(n, u'/') || isPunct(n, u'-')) && adjacent(n) && adjacent(n + 1)) {
        ++n; // "23/sep/2020", "05-Aug-2016"
    }
    if (ok(n) && (m_items[n].roles & RoleOf) && !(m_items[n].roles & nameRoles)) // "3 de marzo", "first of May"
        n += m_items[n].length;
    if (!ok(n) || !(m_items[n].roles & (RoleMonth | RoleMonthAbbr)))
        return dayRange(n, *day); // "dal 3 al 5 marzo": the month is the second end's
    DateParse d;
    d.kind = DateParse::Kind::Day;
    d.day = *day;
    d.month = m_items[n].word->month;
    qsizetype e = n + m_items[n].length;
    if (!(m_items[n].roles & RoleMonth) && isPunct(e, u'.') && adjacent(e)) // "4 Jan."
        ++e;
    if (const auto y = trailingYear(e)) {
        d.year = y->first;
        e = y->second;
    } else if (const auto y2 = twoDigitYearAt(e)) {
        d.year = y2->first;
        e = y2->second;
    } else if (const auto off = yearOffsetAt(e)) {
        d.yearOffset = off->first;
        e = off->second;
    } else if (const auto y3 = rangeYear(e)) {
        d.year = *y3; // "from 3 January to 5 April 2015"
    }
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::monthFirst(qsizetype j, const Prefix &p) const
{
    const Item &it = m_items[j];
    const bool wide = it.roles & RoleMonth;
    qsizetype e = j + it.length;
    if (!wide && isPunct(e, u'.') && adjacent(e)) // "Jan. 30"
        ++e;
    DateParse d;
    d.month = it.word->month;
    qsizetype n = 0;
    if ((isPunct(e, u'-') || isPunct(e, u'/')) && adjacent(e) && isNumber(e + 1) && adjacent(e + 1)
        && textOf(e + 1).size() <= 2)
        ++e; // "Sep-23-2020", "Oct/2"
    // "January 30, 2025", "Jan. 30": a day unless a unit makes it a count ("May 5 years")
    if (ok(e) && (isNumber(e) || isDigit(textOf(e).front()) || (m_items[e].roles & RoleOrdinal)) && dayNumberAt(e, n)
        && !(ok(n) && (m_items[n].roles & RoleUnit)) && !(isPunct(n, u'%'))) {
        const bool word = !isNumber(e) && !isDigit(textOf(e).front());
        const auto y = trailingYear(n);
        // "January first 2000"; without a year "marzo secondo fonti" is "according to", but
        // "February twenty-second" is no other word.
        if (!word || y || m_items[e].word->ordinal >= 3) {
            d.kind = DateParse::Kind::Day;
            d.day = *dayNumberAt(e, n);
            e = n;
            if (y) {
                d.year = y->first;
                e = y->second;
            }
            d.endItem = e;
            return d;
        }
    }
    // "Gen ventidue, 2018", "October twenty-five, 2024": a day in words, with its year.
    if (ok(e) && !isNumber(e) && !(m_items[e].roles & dateCoreRoles)) {
        if (const auto number = numberWordAt(e);
            number && number->first >= 1 && number->first <= 31 && number->first == int(number->first)) {
            if (const auto y = trailingYear(number->second)) {
                d.kind = DateParse::Kind::Day;
                d.day = int(number->first);
                d.year = y->first;
                d.endItem = y->second;
                return d;
            }
        }
    }
    if (const auto y = trailingYear(e)) {
        d.kind = DateParse::Kind::Month;
        d.year = y->first;
        d.endItem = y->second;
        return d;
    }
    if (const auto y = twoDigitYearAt(e)) {
        d.kind = DateParse::Kind::Month;
        d.year = y->first;
        d.endItem = y->second;
        return d;
    }
    if (const auto y = rangeYear(e)) { // "from January to April 2015": January 2015
        d.kind = DateParse::Kind::Month;
        d.year = *y;
        d.endItem = e;
        return d;
    }
    if (!wide)
        return std::nullopt; // "mar", "set", "ago" alone are words, not months
    d.kind = DateParse::Kind::Month;
    d.mod = p.mod;
    e = j + it.length;
    if (const auto off = yearOffsetAt(e)) {
        d.yearOffset = off->first;
        e = off->second;
    } else if (ok(e) && (m_items[e].roles & RoleMod) && !(m_items[e].roles & dateCoreRoles)) {
        d.mod = m_items[e].word->mod; // "marzo scorso", "mai dernier"
        e += m_items[e].length;
    } else if (!p.any
               && !(j >= 2 && (isRangeLink(j - 1) || isPunct(j - 1, u','))
                    && (m_items[j - 2].roles & (RoleMonth | RoleMonthAbbr)))) {
        // a bare name: "vers Mars", "April Smith"; "in April", "a marzo", "January to April",
        // "en febrero, marzo y julio" are months
        return std::nullopt;
    }
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::quarter(qsizetype j) const
{
    const Item &it = m_items[j];
    int q = 0;
    qsizetype e = j + it.length;
    qsizetype n = 0;
    if (const auto letter = quarterLetterAt(j)) {
        // "Q3 2024", "Q3-2024", "T1 2017"
        DateParse d;
        d.kind = DateParse::Kind::Quarter;
        d.quarter = *letter;
        d.endItem = e;
        if (const auto y = trailingYear(e)) {
            d.year = y->first;
            d.endItem = y->second;
        }
        return d;
    }
    if (!it.unitNear) // "third quarter", "3. Quartal": the unit follows
        return std::nullopt;
    if (isNumber(j)) {
        const auto v = plainNumber(textOf(j), 1);
        if (!v || !isPunct(e, u'.') || !adjacent(e)) // "3. Quartal"
            return std::nullopt;
        q = *v;
        ++e;
    } else if (const auto v = dayNumberAt(j, n)) {
        q = *v;
        e = n;
    }
    if (q >= 1 && q <= 4 && isPunct(e, u'-') && adjacent(e) && adjacent(e + 1)) // "third-quarter"
        ++e;
    if (ok(e) && (m_items[e].roles & RoleUnit) && m_items[e].word->unit == u'M' && !m_items[e].word->plural)
        return ordinalMonth(q, e + m_items[e].length); // "the third month of 2021"
    if (q < 1 || q > 4 || !ok(e) || !(m_items[e].roles & RoleUnit) || m_items[e].word->unit != u'Q')
        return std::nullopt;
    e += m_items[e].length;
    DateParse d;
    d.kind = DateParse::Kind::Quarter;
    d.quarter = q;
    if (const auto y = trailingYear(e)) {
        d.year = y->first;
        e = y->second;
    } else if (const auto off = yearOffsetAt(e)) {
        d.yearOffset = off->first;
        e = off->second;
    }
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::yearFirst(qsizetype j, const Prefix &p) const
{
    const auto y = yearAt(j, !p.any);
    if (!y)
        return std::nullopt;
    qsizetype e = j + 1;
    qsizetype q = e;
    if ((isPunct(q, u'-') || isPunct(q, u'/')) && adjacent(q))
        ++q;
    if (q == e + 1 && ok(q) && adjacent(q) && (m_items[q].roles & (RoleMonth | RoleMonthAbbr))
        && isPunct(q + 1, textOf(e).front()) && adjacent(q + 1) && adjacent(q + 2)) {
        qsizetype n = 0;
        if (const auto day = dayNumberAt(q + 2, n)) { // "2019/aug/01", "2020-sep-23"
            DateParse d;
            d.kind = DateParse::Kind::Day;
            d.year = *y;
            d.month = m_items[q].word->month;
            d.day = *day;
            d.endItem = n;
            return d;
        }
    }
    if (const auto letter = quarterLetterAt(q)) { // "2024 Q3", "2017-q1"
        DateParse d;
        d.kind = DateParse::Kind::Quarter;
        d.year = *y;
        d.quarter = *letter;
        d.endItem = q + 1;
        return d;
    }
    if (!p.any) {
        // A bare number is a year unless it is money, a count or part of a name.
        if (j > 0 && adjacent(j)) {
            const Token &prev = m_in.tokens[m_items[j - 1].token];
            if (prev.kind == TokenKind::Word || m_in.text[prev.start].category() == QChar::Symbol_Currency)
                return std::nullopt;
        }
        if (j > 0 && m_in.tokens[m_items[j - 1].token].kind == TokenKind::Punct
            && m_in.text[m_in.tokens[m_items[j - 1].token].start].category() == QChar::Symbol_Currency)
            return std::nullopt;
        if (ok(e) && (m_items[e].roles & RoleUnit))
            return std::nullopt;
        // The end of an impossible numeric date ("29/2/2023") is not a year of its own.
        if (j > 1 && isPunct(j - 1, u'/') && adjacent(j) && adjacent(j - 1) && isNumber(j - 2))
            return std::nullopt;
    }
    DateParse d;
    d.kind = DateParse::Kind::Year;
    d.year = *y;
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::weekdayFirst(qsizetype j, const Prefix &p) const
{
    const Item &it = m_items[j];
    const bool wide = it.roles & RoleWeekday;
    qsizetype n = j + it.length;
    if (!wide && !isPunct(n, u'.') && !isPunct(n, u','))
        return std::nullopt;
    if (isPunct(n, u'.'))
        ++n;
    if (isPunct(n, u','))
        ++n;
    if (ok(n) && (m_items[n].roles & RoleArticle) && !(m_items[n].roles & dateCoreRoles))
        n += m_items[n].length;
    // "lunedì 3 marzo", "Tuesday, March 7", "samedi 23/06/18": the weekday joins the date.
    if (ok(n)) {
        Prefix after = p;
        after.any = true;
        std::optional<DateParse> d;
        if (isNumber(n))
            d = numeric(n, after);
        if (!d)
            d = dayMonth(n);
        if (!d && (m_items[n].roles & (RoleMonth | RoleMonthAbbr)))
            d = monthFirst(n, after);
        if (d && d->kind == DateParse::Kind::Day) {
            d->weekday = it.word->weekday; // picks the year when the text gives none
            return d;
        }
    }
    if (!wide)
        return std::nullopt;
    DateParse d;
    d.kind = DateParse::Kind::Weekday;
    d.weekday = it.word->weekday;
    d.mod = p.mod;
    qsizetype e = j + it.length;
    if (ok(e) && (m_items[e].roles & RoleMod) && !(m_items[e].roles & dateCoreRoles)) {
        d.mod = m_items[e].word->mod; // "giovedì scorso"
        e += m_items[e].length;
    }
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::unitWord(qsizetype j, const Prefix &p) const
{
    const Item &it = m_items[j];
    const char16_t unit = it.word->unit;
    qsizetype e = j + it.length;
    if (unit == u'Y') {
        if (const auto y = yearAt(e, false)) { // "im Jahr 2020", "fiscal year 2025"
            DateParse d;
            d.kind = DateParse::Kind::Year;
            d.year = *y;
            d.endItem = e + 1;
            return d;
        }
    }
    std::optional<int> mod = p.mod;
    if (ok(e) && (m_items[e].roles & RoleMod) && !(m_items[e].roles & dateCoreRoles)) {
        mod = m_items[e].word->mod; // "l'anno scorso", "le mois dernier", "el año pasado"
        e += m_items[e].length;
    }
    // "the year" alone is no date; "la fine dell'anno" is this one.
    if ((!mod && !p.position) || it.word->plural || (unit != u'Y' && unit != u'Q' && unit != u'M'))
        return std::nullopt;
    DateParse d;
    d.kind = DateParse::Kind::RelUnit;
    d.unit = unit;
    d.mod = mod.value_or(0);
    d.endItem = e;
    return d;
}

std::optional<DateParse> DateScanner::duration(qsizetype j, const Prefix &p) const
{
    if (!m_items[j].unitNear)
        return std::nullopt;
    qsizetype e = 0;
    const auto count = countAt(j, e, p);
    if (!count || *count > 10000)
        return std::nullopt;
    for (int guard = 0; guard < 2 && ok(e) && (m_items[e].roles & RoleFiller); ++guard)
        e += m_items[e].length;
    if (!ok(e) || !(m_items[e].roles & RoleUnit) || m_items[e].word->unit == u'Q')
        return std::nullopt;
    if (adjacent(e) && !isNumber(e - 1) && m_in.tokens[m_items[e - 1].token].kind == TokenKind::Punct)
        return std::nullopt; // "a 10-year deal": an adjective, not a span of time
    DateParse d;
    d.kind = DateParse::Kind::Duration;
    d.count = *count;
    d.unit = m_items[e].word->unit;
    e += m_items[e].length;
    if (ok(e) && (m_items[e].roles & RoleShiftAfter))
        return std::nullopt; // "a year earlier", "due anni dopo": counted from another event
    if (ok(e) && (m_items[e].roles & RoleAgoAfter)) {
        d.ago = true;
        e += m_items[e].length;
    }
    d.ago = d.ago || p.agoBefore;
    d.endItem = e;
    return d;
}

} // namespace dealdesk
