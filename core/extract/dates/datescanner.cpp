#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/datescanutil.h"
#include "core/extract/extractioninput.h"

// The small readers the patterns are built from and the grammar's entry (parseAt, core); the
// items are made in dateitems.cpp, the patterns (dayMonth, monthFirst, quarter, ...) are in
// datepatterns.cpp and dateranges.cpp.

namespace dealdesk {

using namespace datescan;


qsizetype DateScanner::startOf(qsizetype item) const { return m_in.tokens[m_items[item].token].start; }

qsizetype DateScanner::endOf(qsizetype item) const { return m_in.tokens[m_items[item].token].end; }

QStringView DateScanner::textOf(qsizetype i) const { return m_in.tokens[m_items[i].token].in(m_in.text); }

bool DateScanner::isPunct(qsizetype i, QChar c) const
{
    if (!ok(i))
        return false;
    const Token &t = m_in.tokens[m_items[i].token];
    return t.kind == TokenKind::Punct && t.length() == 1 && m_in.text[t.start] == c;
}

bool DateScanner::isNumber(qsizetype i) const
{
    return i >= 0 && i < m_count && m_in.tokens[m_items[i].token].kind == TokenKind::Number;
}

bool DateScanner::adjacent(qsizetype i) const
{
    return i > 0 && i < m_count && m_items[i].token == m_items[i - 1].token + 1;
}

qsizetype DateScanner::itemAtOffset(qsizetype offset, qsizetype from) const
{
    qsizetype e = from;
    while (e < m_count && m_in.tokens[m_items[e].token].start < offset)
        ++e;
    return e;
}

std::optional<int> DateScanner::yearAt(qsizetype i, bool strict) const
{
    if (!ok(i) || !isNumber(i))
        return std::nullopt;
    const auto y = plainNumber(textOf(i), 4);
    if (!y || textOf(i).size() != 4)
        return std::nullopt;
    const bool inRange = strict ? (*y >= 1900 && *y <= 2100) : (*y >= 1000 && *y <= 2999);
    if (!inRange || (isPunct(i + 1, u'%') && adjacent(i + 1)))
        return std::nullopt;
    // "2025 milioni", "2030 €": money, not a year
    if (ok(i + 1)) {
        const Token &next = m_in.tokens[m_items[i + 1].token];
        if (next.kind == TokenKind::Punct && m_in.text[next.start].category() == QChar::Symbol_Currency)
            return std::nullopt;
        if (next.kind == TokenKind::Word && m_numbers.scaleAt && m_numbers.scaleAt(m_in, m_items[i + 1].token))
            return std::nullopt;
    }
    return y;
}

std::optional<int> DateScanner::dayNumberAt(qsizetype i, qsizetype &next) const
{
    if (!ok(i))
        return std::nullopt;
    const QStringView s = textOf(i);
    const Item &it = m_items[i];
    std::optional<int> day;
    if (isNumber(i)) {
        day = plainNumber(s, 2);
    } else if (!s.isEmpty() && isDigit(s.front())) {
        // "1er", "04th", "3rd", "1º": digits and a suffix of the lexicon
        qsizetype n = 0;
        while (n < s.size() && n < 3 && isDigit(s[n]))
            ++n;
        if (n <= 2 && n < s.size()) {
            const DateWord *w = m_lexicon.word(s.sliced(n));
            if (w && w->has(RoleDaySuffix))
                day = plainNumber(s.first(n), 2);
        }
    } else if (it.roles & RoleOrdinal) {
        day = it.word->ordinal;
    }
    if (!day || *day < 1 || *day > 31)
        return std::nullopt;
    next = i + it.length;
    return day;
}

std::optional<int> DateScanner::quarterLetterAt(qsizetype i) const
{
    if (!ok(i))
        return std::nullopt;
    const QStringView s = textOf(i); // "Q3" is a Number token to ICU, "q1" too
    if (s.size() != 2 || !s.front().isLetter() || s[1] < u'1' || s[1] > u'4')
        return std::nullopt;
    const DateWord *w = m_lexicon.word(s.first(1));
    if (!w || !w->has(RoleQuarterLetter))
        return std::nullopt;
    return s[1].unicode() - u'0';
}

std::optional<std::pair<double, qsizetype>> DateScanner::numberWordsAt(qsizetype token) const
{
    if (token != m_wordsToken) {
        m_wordsAnswer = m_numbers.words(m_in, token);
        m_wordsToken = token;
    }
    return m_wordsAnswer;
}

std::optional<std::pair<double, qsizetype>> DateScanner::numberWordAt(qsizetype i) const
{
    if (!ok(i) || !m_numbers.words || m_in.tokens[m_items[i].token].kind != TokenKind::Word
        || (m_items[i].roles & dateCoreRoles & ~RoleIndefinite))
        return std::nullopt;
    const auto number = numberWordsAt(m_items[i].token);
    if (!number || number->second <= m_items[i].token)
        return std::nullopt;
    qsizetype next = i;
    while (next < m_count && m_items[next].token < number->second)
        ++next;
    return std::pair{number->first, next};
}

std::optional<DateParse> DateScanner::wordDay(qsizetype j) const
{
    // "diez de octubre", "ventinove maggio": only where a month follows within a few words
    if (!m_items[j].monthAhead)
        return std::nullopt;
    const auto number = numberWordAt(j);
    if (!number || number->first < 1 || number->first > 31 || number->first != int(number->first))
        return std::nullopt;
    qsizetype n = number->second;
    if (ok(n) && (m_items[n].roles & RoleOf) && !(m_items[n].roles & nameRoles))
        n += m_items[n].length;
    if (!ok(n) || !(m_items[n].roles & (RoleMonth | RoleMonthAbbr)))
        return std::nullopt;
    DateParse d;
    d.kind = DateParse::Kind::Day;
    d.day = int(number->first);
    d.month = m_items[n].word->month;
    qsizetype e = n + m_items[n].length;
    if (const auto y = trailingYear(e)) {
        d.year = y->first;
        e = y->second;
    }
    d.endItem = e;
    return d;
}

std::optional<double> DateScanner::countAt(qsizetype i, qsizetype &next, const Prefix &p) const
{
    if (!ok(i) && !(i < m_count))
        return std::nullopt;
    const Item &it = m_items[i];
    const Token &t = m_in.tokens[it.token];
    if (t.kind == TokenKind::Number) {
        // Digits with at most one decimal separator: "18", "3,5", "3.5"
        const QStringView s = t.in(m_in.text);
        if (s.size() > 8)
            return std::nullopt;
        double whole = 0;
        double frac = 0;
        double scale = 1;
        bool inFraction = false;
        for (QChar c : s) {
            if (isDigit(c)) {
                if (inFraction) {
                    scale /= 10;
                    frac += scale * (c.unicode() - u'0');
                } else {
                    whole = whole * 10 + (c.unicode() - u'0');
                }
            } else if ((c == u',' || c == u'.') && !inFraction) {
                inFraction = true;
            } else {
                return std::nullopt;
            }
        }
        next = i + 1;
        const double v = whole + frac;
        return v > 0 ? std::optional<double>(v) : std::nullopt;
    }
    // "in a year", "nei prossimi un..."; not "and a year of growth"
    if ((it.roles & RoleIndefinite) && (p.prep || p.mod || p.agoBefore)) {
        next = i + it.length;
        return 1.0;
    }
    if (t.kind != TokenKind::Word || !m_numbers.words)
        return std::nullopt;
    // Ask the number reader only where a unit follows within a few words.
    if (!it.unitAhead)
        return std::nullopt;
    const auto number = numberWordsAt(it.token);
    if (!number || number->first <= 0 || number->second <= it.token)
        return std::nullopt;
    next = i;
    while (next < m_count && m_items[next].token < number->second)
        ++next;
    return number->first;
}

std::optional<std::pair<int, qsizetype>> DateScanner::trailingYear(qsizetype i) const
{
    qsizetype e = i;
    if (isPunct(e, u',') || ((isPunct(e, u'-') || isPunct(e, u'/')) && adjacent(e)))
        ++e;
    else if (ok(e) && (m_items[e].roles & RoleOf))
        e += m_items[e].length;
    if (const auto y = yearAt(e, false))
        return std::pair{*y, e + 1};
    // "de dos mil dieciocho", "October two thousand and five"
    if (const auto n = numberWordAt(e); n && n->first >= 1000 && n->first <= 2999 && n->first == int(n->first))
        return std::pair{int(n->first), n->second};
    return std::nullopt;
}

std::optional<std::pair<int, qsizetype>> DateScanner::twoDigitYearAt(qsizetype i) const
{
    // "juillet 98", "April of 87", "abril del 87": two digits that cannot be a day
    qsizetype y = i;
    if (ok(y) && (m_items[y].roles & RoleOf))
        y += m_items[y].length;
    else if ((isPunct(y, u'-') || isPunct(y, u'/')) && adjacent(y) && adjacent(y + 1)) // "4-Jul-95"
        ++y;
    const auto v = ok(y) && isNumber(y) && textOf(y).size() == 2 ? plainNumber(textOf(y), 2) : std::nullopt;
    if (!v || *v <= 31 || (isPunct(y + 1, u'%') && adjacent(y + 1)))
        return std::nullopt;
    const int ref = m_referenceYear;
    const int year = *v <= ref % 100 + 10 ? ref / 100 * 100 + *v : ref / 100 * 100 - 100 + *v;
    return std::pair{year, y + 1};
}

std::optional<std::pair<int, qsizetype>> DateScanner::yearOffsetAt(qsizetype i) const
{
    qsizetype e = i;
    for (int guard = 0; guard < 3 && ok(e) && (m_items[e].roles & (RoleOf | RoleArticle))
                        && !(m_items[e].roles & RoleMod);
         ++guard)
        e += m_items[e].length;
    std::optional<int> mod;
    if (ok(e) && (m_items[e].roles & RoleMod)) {
        mod = m_items[e].word->mod;
        e += m_items[e].length;
    }
    if (!ok(e) || !(m_items[e].roles & RoleUnit) || m_items[e].word->unit != u'Y' || m_items[e].word->plural)
        return std::nullopt;
    e += m_items[e].length;
    if (!mod && ok(e) && (m_items[e].roles & RoleMod)) {
        mod = m_items[e].word->mod;
        e += m_items[e].length;
    }
    if (!mod)
        return std::nullopt;
    return std::pair{*mod, e};
}

std::optional<DateParse> DateScanner::parseAt(qsizetype k) const
{
    Prefix p;
    qsizetype j = k;
    m_anchor = k; // an expression may open a line, not run across one
    for (int n = 0; n < maxPrefixWords && j < m_count; ++n) {
        if (j > k && m_items[j].lineBefore)
            return std::nullopt;
        const Item &it = m_items[j];
        if (it.roles & dateCoreRoles)
            break;
        if (!(it.roles & datePrefixRoles)) {
            if (p.position && isPunct(j, u'-') && adjacent(j)) { // "mid-November"
                ++j;
                continue;
            }
            break;
        }
        p.any = true;
        p.prep = p.prep || (it.roles & RolePrep);
        p.position = p.position || (it.roles & RolePosition);
        p.future = p.future || (it.roles & RoleFuture);
        p.agoBefore = p.agoBefore || (it.roles & RoleAgoBefore);
        p.fiscal = p.fiscal || (it.roles & RoleFiscal);
        if (it.roles & RoleMod)
            p.mod = it.word->mod;
        j += it.length;
    }
    if (j >= m_count || (j > k && m_items[j].lineBefore) || !mayBeCore(j))
        return std::nullopt;
    auto d = core(j, p);
    if (!d)
        return std::nullopt;
    // The span opens at the first preposition or article, not at a bare "of".
    qsizetype first = k;
    // ... nor at an article before a preposition ("das bis Ende 2025": "das" is a pronoun).
    while (first < j
           && (m_items[first].roles == RoleOf || m_items[first].roles == RoleLink
               || (m_items[first].roles == RoleArticle && first + 1 < j && (m_items[first + 1].roles & RolePrep))))
        first += m_items[first].length;
    d->firstItem = first;
    d->future = d->future || p.future;
    if (!d->mod && p.mod && d->kind == DateParse::Kind::Day)
        d->mod = p.mod; // "el próximo 6 de abril", "next 5/12"
    return d;
}

std::optional<DateParse> DateScanner::core(qsizetype j, const Prefix &p) const
{
    const Item &it = m_items[j];
    const Token &t = m_in.tokens[it.token];
    // Letters glued to digits ("FY2025", "Dec31"): a few words of a text, looked at closer.
    const QChar *chars = m_in.text.constData();
    if (t.length() >= 4 && isDigit(chars[t.end - 1]) && chars[t.start].isLetter()) {
        if (auto d = gluedFiscalYear(j))
            return d;
        if (auto d = gluedMonth(j, p))
            return d;
    }
    // "Q3", "T1": two characters, the second a digit.
    const bool quarterLetter = t.length() == 2 && isDigit(chars[t.start + 1]) && quarterLetterAt(j);
    if (t.kind == TokenKind::Number && quarterLetter) {
        if (auto d = quarter(j); d && (d->year != 0 || p.any))
            return d;
        return std::nullopt;
    }
    if (t.kind == TokenKind::Number) {
        // The gates quarter(), dayMonth() and duration() open with, asked before the call:
        // most numbers of a text have no unit and no month near them.
        if (auto d = numeric(j, p))
            return d;
        if (it.unitNear) {
            if (auto d = quarter(j))
                return d;
        }
        if (it.monthNear) {
            if (auto d = dayMonth(j))
                return d;
        }
        if (auto d = yearFirst(j, p))
            return d;
        if (!it.unitNear)
            return std::nullopt;
        return duration(j, p);
    }
    if (t.kind != TokenKind::Word)
        return std::nullopt;
    if (isDigit(m_in.text[t.start])) {
        if (auto d = quarter(j))
            return d;
        return dayMonth(j);
    }
    if (quarterLetter) {
        if (auto d = quarter(j); d && (d->year != 0 || p.any))
            return d;
    }
    if (it.roles & (RoleMonth | RoleMonthAbbr)) {
        if (auto d = monthFirst(j, p))
            return d;
    }
    if (it.roles & (RoleWeekday | RoleWeekdayAbbr))
        return weekdayFirst(j, p);
    if (it.roles & RoleOrdinal) {
        if (auto d = quarter(j))
            return d;
        return dayMonth(j);
    }
    if (it.roles & RoleRelDay) {
        if (it.word->noArticle && j > 0 && (m_items[j - 1].roles & (RoleArticle | RoleMod)))
            return std::nullopt; // "la mañana", "esta mañana": a morning
        DateParse d;
        d.kind = DateParse::Kind::RelDay;
        d.relDay = it.word->relDay;
        d.endItem = j + it.length;
        return d;
    }
    if (it.roles & RoleRelUnit) { // "im Vorjahr", "bis Jahresende"
        DateParse d;
        d.kind = DateParse::Kind::RelUnit;
        d.unit = it.word->unit;
        d.mod = it.word->mod;
        d.endItem = j + it.length;
        return d;
    }
    if (it.roles & RoleUnit)
        return unitWord(j, p);
    if (auto d = wordDay(j))
        return d;
    return duration(j, p);
}

} // namespace dealdesk
