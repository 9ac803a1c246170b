#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/datescanutil.h"
#include "core/extract/entities/phrasetrie.h"
#include "core/extract/extractioninput.h"

#include <QVarLengthArray>

// The scanner's items and the small readers the patterns are built from; the patterns
// themselves (dayMonth, monthFirst, quarter, ...) are in datepatterns.cpp.

namespace dealdesk {

using namespace datescan;

DateScanner::DateScanner(const ExtractionInput &in, const DateLexicon &lexicon, const DateNumbers &numbers,
                         bool monthFirst)
    : m_in(in), m_lexicon(lexicon), m_numbers(numbers), m_monthFirst(monthFirst)
{
    if (in.reference.isValid())
        m_referenceYear = in.reference.year();
    buildItems();
}

void DateScanner::buildItems()
{
    const QStringView text = m_in.text;
    const qsizetype tokenCount = m_in.tokens.size();
    const Token *tokens = m_in.tokens.constData();
    // Every component reads the folded keys ExtractionInput made once; a hand-made input
    // without them gets its own.
    QList<quint64> ownKeys;
    if (m_in.tokenKeys.size() != tokenCount)
        ownKeys = TokenKeys::keysOf(text, m_in.tokens);
    const quint64 *keys = ownKeys.isEmpty() ? m_in.tokenKeys.constData() : ownKeys.constData();
    // Items holding a unit or month word: the few that words before them look ahead to.
    QVarLengthArray<qsizetype, 64> ahead;
    // One allocation, not cleared: every field of an item is written below.
    m_items = std::make_unique_for_overwrite<Item[]>(std::max<qsizetype>(tokenCount, 1));
    Item *items = m_items.get();
    const DateLexicon::KeyTable table = m_lexicon.keyTable();
    // Items whose word may open a lexicon phrase ("il y a", "d'ici"): looked at after the pass.
    QVarLengthArray<qsizetype, 64> phraseStarts;
    qsizetype count = 0;
    bool line = false;
    for (qsizetype ti = 0; ti < tokenCount; ++ti) {
        const Token &t = tokens[ti];
        if (t.kind == TokenKind::Space) {
            line = line || keys[ti] != 0; // a space's key is 0 or the line-break mark
            continue;
        }
        Item &item = items[count];
        item.token = ti;
        item.roles = 0;
        item.word = nullptr;
        item.length = 1;
        item.lineBefore = line;
        item.unitAhead = false;
        item.monthAhead = false;
        item.unitNear = false;
        item.monthNear = false;
        line = false;
        // One probe of the lexicon's key table; the few words found are compared in full.
        if (t.kind == TokenKind::Word && t.length() <= maxWordLength) {
            if (const DateWord *w = table.word(keys[ti], t.in(text))) {
                item.word = w;
                if (w->phraseStart)
                    phraseStarts.append(count);
                item.roles = w->roles;
                const QChar first = text[t.start];
                if (w->capitalised && first.isLower()) {
                    // "may", "march" alone are no months in English; "june 2024", "14 nov" are.
                    const bool month = item.roles & RoleMonth;
                    item.roles &= ~nameRoles;
                    if (month || (w->roles & RoleMonthAbbr))
                        item.roles |= RoleMonthAbbr;
                }
                // "Morgen" is a morning, "morgen" tomorrow; a sentence may open with either.
                if (w->lowerOnly && first.isUpper() && !item.lineBefore && !sentenceStart(count))
                    item.roles &= nameRoles;
                if (item.roles & (RoleUnit | RoleMonth | RoleMonthAbbr))
                    ahead.append(count);
            }
        }
        const QChar *c = text.constData() + t.start;
        item.mayStart = item.roles != 0 || t.kind == TokenKind::Number
                        || (t.kind == TokenKind::Word && (isDigit(c[0]) || (t.length() == 2 && isDigit(c[1]))));
        ++count;
    }
    m_count = count;
    // Phrases of the lexicon ("il y a", "d'ici", "aujourd'hui") take their first item's place.
    QString key;
    QString folded;
    for (const qsizetype i : phraseStarts) {
        if (i + 1 >= count)
            continue;
        const Item &second = items[i + 1];
        const Token &st = tokens[second.token];
        if (!(second.word && second.word->phrasePart)
            && !(st.kind == TokenKind::Punct && st.length() == 1 && text[st.start] == u'-'))
            continue; // the common case, "a" or "l'" before any other word: nothing to build
        const qsizetype last = std::min<qsizetype>(count, i + m_lexicon.longestPhrase()) - 1;
        key.truncate(0); // keeps the buffer: no allocation per phrase start
        const DateWord *best = nullptr;
        int bestLength = 0;
        for (qsizetype j = i; j <= last; ++j) {
            const Token &t = tokens[items[j].token];
            if (t.length() > maxWordLength || (j > i && items[j].lineBefore))
                break;
            // Only words met inside lexicon phrases (and the hyphen of "avant-hier") go on.
            if (j > i && !(items[j].word && items[j].word->phrasePart)
                && !(t.kind == TokenKind::Punct && t.length() == 1 && text[t.start] == u'-'))
                break;
            if (j > i && tokens[items[j - 1].token].end < t.start)
                key += u' ';
            DateLexicon::fold(t.in(text), folded);
            key += folded;
            if (j == i)
                continue;
            if (const DateWord *w = m_lexicon.phrase(key)) {
                best = w;
                bestLength = int(j - i + 1);
            }
        }
        if (best) {
            items[i].word = best;
            items[i].roles = best->roles;
            items[i].length = bestLength;
            items[i].mayStart = items[i].mayStart || best->roles != 0;
            if (best->roles & (RoleUnit | RoleMonth | RoleMonthAbbr))
                ahead.append(i);
        }
    }
    markLookahead(ahead.constData(), ahead.size());
}

void DateScanner::markLookahead(const qsizetype *ahead, qsizetype count)
{
    // The words a few items before a unit or month word (on its line) may be a number in
    // words ("quattro anni", "diez de octubre"): they may start an expression too. Marked
    // from the unit and month words, which are few, with their roles after the phrases.
    Item *items = m_items.get();
    const Token *tokens = m_in.tokens.constData();
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype u = ahead[n];
        const bool unit = items[u].roles & RoleUnit;
        const bool month = items[u].roles & (RoleMonth | RoleMonthAbbr);
        if (!unit && !month)
            continue; // a phrase took the word's place ("anno fiscale")
        for (qsizetype j = u - 1; j >= 0 && u - j <= nearItems && !items[j + 1].lineBefore; --j) {
            items[j].unitNear = items[j].unitNear || unit;
            items[j].monthNear = items[j].monthNear || month;
            if (u - j > lookahead)
                continue;
            items[j].unitAhead = items[j].unitAhead || unit;
            items[j].monthAhead = items[j].monthAhead || month;
            items[j].mayStart = items[j].mayStart || tokens[items[j].token].kind == TokenKind::Word;
        }
    }
}

bool DateScanner::mayBeCore(qsizetype j) const
{
    // What core() reads from: a number, a core word, digits in a word ("4th", "Q3", "FY2025"),
    // a number word before a unit or month name. Anything else fails there after some work.
    const Item &it = m_items[j];
    const Token &t = m_in.tokens[it.token];
    // "a", "un" count one only before a unit ("in a year"), as other number words do.
    if (t.kind == TokenKind::Number || (it.roles & dateCoreRoles & ~RoleIndefinite))
        return true;
    const QChar *text = m_in.text.constData();
    if (isDigit(text[t.end - 1])) // "FY2025"
        return true;
    if (t.kind != TokenKind::Word)
        return false;
    return it.unitAhead || it.monthAhead || isDigit(text[t.start]) || (t.length() == 2 && isDigit(text[t.start + 1]));
}

bool DateScanner::sentenceStart(qsizetype next) const
{
    if (next == 0)
        return true;
    const Token &prev = m_in.tokens[m_items[next - 1].token];
    const QChar c = m_in.text[prev.start];
    return prev.kind == TokenKind::Punct && (c == u'.' || c == u'!' || c == u'?' || c == u':');
}

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

std::optional<std::pair<double, qsizetype>> DateScanner::numberWordAt(qsizetype i) const
{
    if (!ok(i) || !m_numbers.words || m_in.tokens[m_items[i].token].kind != TokenKind::Word
        || (m_items[i].roles & dateCoreRoles & ~RoleIndefinite))
        return std::nullopt;
    const auto number = m_numbers.words(m_in, m_items[i].token);
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
    const auto number = m_numbers.words(m_in, it.token);
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
        if (auto d = numeric(j, p))
            return d;
        if (auto d = quarter(j))
            return d;
        if (auto d = dayMonth(j))
            return d;
        if (auto d = yearFirst(j, p))
            return d;
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
