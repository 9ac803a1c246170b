#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/numericdate.h"
#include "core/extract/extractioninput.h"

namespace dealdesk {
namespace {

constexpr quint32 nameRoles = RoleMonth | RoleMonthAbbr | RoleWeekday | RoleWeekdayAbbr;
constexpr qsizetype maxWordLength = 24; // longer words are no date word: not looked up
constexpr int maxPrefixWords = 8;
constexpr qsizetype lookahead = 5; // items from a number word to its unit or month

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// The value of a run of 1..maxLength digits that makes the whole of `s`.
std::optional<int> plainNumber(QStringView s, int maxLength)
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

} // namespace

DateScanner::DateScanner(const ExtractionInput &in, const DateLexicon &lexicon, const DateNumbers &numbers,
                         bool monthFirst)
    : m_in(in), m_lexicon(lexicon), m_numbers(numbers), m_monthFirst(monthFirst)
{
    buildItems();
}

void DateScanner::buildItems()
{
    const QStringView text = m_in.text;
    m_items.reserve(m_in.tokens.size()); // one allocation; untouched pages cost nothing
    QString folded;
    bool line = false;
    for (qsizetype ti = 0; ti < m_in.tokens.size(); ++ti) {
        const Token &t = m_in.tokens[ti];
        if (t.kind == TokenKind::Space) {
            line = line || t.in(text).contains(u'\n');
            continue;
        }
        Item item;
        item.token = ti;
        item.lineBefore = line;
        line = false;
        if (t.kind == TokenKind::Word && t.length() <= maxWordLength && m_lexicon.mayBeWord(t.in(text))) {
            DateLexicon::fold(t.in(text), folded);
            if (const DateWord *w = m_lexicon.word(folded)) {
                item.word = w;
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
                if (w->lowerOnly && first.isUpper() && !item.lineBefore && !sentenceStart(m_items.size()))
                    item.roles &= nameRoles;
            }
        }
        m_items.append(item);
    }
    // Phrases of the lexicon ("il y a", "d'ici", "aujourd'hui") take their first item's place.
    QString key;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].word || !m_items[i].word->phraseStart || i + 1 >= m_items.size())
            continue;
        const Item &second = m_items[i + 1];
        const Token &st = m_in.tokens[second.token];
        if (!(second.word && second.word->phrasePart)
            && !(st.kind == TokenKind::Punct && st.length() == 1 && text[st.start] == u'-'))
            continue; // the common case, "a" or "l'" before any other word: nothing to build
        const qsizetype last = std::min<qsizetype>(m_items.size(), i + m_lexicon.longestPhrase()) - 1;
        key.truncate(0); // keeps the buffer: no allocation per phrase start
        const DateWord *best = nullptr;
        int bestLength = 0;
        for (qsizetype j = i; j <= last; ++j) {
            const Token &t = m_in.tokens[m_items[j].token];
            if (t.length() > maxWordLength || (j > i && m_items[j].lineBefore))
                break;
            // Only words met inside lexicon phrases (and the hyphen of "avant-hier") go on.
            if (j > i && !(m_items[j].word && m_items[j].word->phrasePart)
                && !(t.kind == TokenKind::Punct && t.length() == 1 && text[t.start] == u'-'))
                break;
            if (j > i && m_in.tokens[m_items[j - 1].token].end < t.start)
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
            m_items[i].word = best;
            m_items[i].roles = best->roles;
            m_items[i].length = bestLength;
        }
    }
    // Where the next unit and month words are, so number words are only read before them.
    qsizetype nextUnit = m_items.size() + lookahead;
    qsizetype nextMonth = nextUnit;
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        m_items[i].unitAhead = nextUnit - i <= lookahead;
        m_items[i].monthAhead = nextMonth - i <= lookahead;
        if (m_items[i].roles & RoleUnit)
            nextUnit = i;
        if (m_items[i].roles & (RoleMonth | RoleMonthAbbr))
            nextMonth = i;
        if (m_items[i].lineBefore) {
            nextUnit = nextMonth = m_items.size() + lookahead;
        }
    }
}

bool DateScanner::mayStart(qsizetype k) const
{
    const Item &it = m_items[k];
    if (it.roles != 0)
        return true;
    const Token &t = m_in.tokens[it.token];
    if (t.kind == TokenKind::Number)
        return true;
    if (t.kind != TokenKind::Word)
        return false;
    return it.unitAhead || it.monthAhead || isDigit(m_in.text[t.start]) || (t.length() == 2 && isDigit(m_in.text[t.start + 1]));
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
    return i >= 0 && i < m_items.size() && m_in.tokens[m_items[i].token].kind == TokenKind::Number;
}

bool DateScanner::adjacent(qsizetype i) const
{
    return i > 0 && i < m_items.size() && m_items[i].token == m_items[i - 1].token + 1;
}

qsizetype DateScanner::itemAtOffset(qsizetype offset, qsizetype from) const
{
    qsizetype e = from;
    while (e < m_items.size() && m_in.tokens[m_items[e].token].start < offset)
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
            QString folded;
            DateLexicon::fold(s.sliced(n), folded);
            const DateWord *w = m_lexicon.word(folded);
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
    const DateWord *w = m_lexicon.word(QString(s.front().toLower()));
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
    while (next < m_items.size() && m_items[next].token < number->second)
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
    if (!ok(i) && !(i < m_items.size()))
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
    if ((it.roles & RoleIndefinite) && p.any) {
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
    while (next < m_items.size() && m_items[next].token < number->second)
        ++next;
    return number->first;
}

std::optional<DateParse> DateScanner::parseAt(qsizetype k) const
{
    Prefix p;
    qsizetype j = k;
    m_anchor = k; // an expression may open a line, not run across one
    for (int n = 0; n < maxPrefixWords && j < m_items.size(); ++n) {
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
    if (j >= m_items.size() || (j > k && m_items[j].lineBefore))
        return std::nullopt;
    auto d = core(j, p);
    if (!d)
        return std::nullopt;
    // The span opens at the first preposition or article, not at a bare "of".
    qsizetype first = k;
    // ... nor at an article before a preposition ("das bis Ende 2025": "das" is a pronoun).
    while (first < j
           && (m_items[first].roles == RoleOf
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
    if (auto d = gluedFiscalYear(j))
        return d;
    if (t.kind == TokenKind::Number && quarterLetterAt(j)) {
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
    if (auto q = quarterLetterAt(j)) {
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
    if (it.roles & RoleUnit)
        return unitWord(j, p);
    if (auto d = wordDay(j))
        return d;
    return duration(j, p);
}

std::optional<DateParse> DateScanner::gluedFiscalYear(qsizetype j) const
{
    // "FY2025", "FY25", "CY18": a fiscal word of the lexicon glued to its year
    const QStringView s = textOf(j);
    if (s.size() < 4 || s.size() > 8 || !s.front().isLetter() || !isDigit(s.back()))
        return std::nullopt;
    qsizetype n = 0;
    while (n < s.size() && s[n].isLetter())
        ++n;
    const QStringView digitsPart = s.sliced(n);
    const auto v = plainNumber(digitsPart, 4);
    if (!v || (digitsPart.size() != 2 && digitsPart.size() != 4))
        return std::nullopt;
    QString folded;
    DateLexicon::fold(s.first(n), folded);
    const DateWord *w = m_lexicon.word(folded);
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
    NumericDateOptions options;
    options.monthFirst = m_monthFirst;
    options.shortForms = p.any;
    if (m_in.reference.isValid())
        options.referenceYear = m_in.reference.year();
    const auto nd = readNumericDate(m_in.text, m_in.tokens[m_items[j].token].start, options);
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
    const int ref = m_in.reference.isValid() ? m_in.reference.year() : 2025;
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

std::optional<DateParse> DateScanner::dayMonth(qsizetype j) const
{
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
        return std::nullopt;
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
        // "January first 2000"; without a year "marzo secondo fonti" is "according to".
        if (!word || y) {
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
    } else if (!p.any) {
        return std::nullopt; // a bare name: "vers Mars", "April Smith"; "in April", "a marzo" are months
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
