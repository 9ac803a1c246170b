#include "core/import/headerdate.h"

#include "core/import/headerlexicon.h"

#include <QDate>

namespace dealdesk {
namespace {

struct Cursor
{
    QStringView line;
    const QList<HeaderToken> &tokens;

    [[nodiscard]] bool valid(qsizetype i) const { return i >= 0 && i < tokens.size(); }
    [[nodiscard]] QStringView text(qsizetype i) const { return tokens[i].in(line); }
    [[nodiscard]] bool isPunct(qsizetype i, char16_t c) const
    {
        return valid(i) && tokens[i].kind == HeaderToken::Punct && text(i) == QStringView(&c, 1);
    }
    [[nodiscard]] bool isWord(qsizetype i) const { return valid(i) && tokens[i].kind == HeaderToken::Word; }
    // The value of a number token of minDigits..maxDigits digits, or -1.
    [[nodiscard]] int number(qsizetype i, int minDigits, int maxDigits) const
    {
        if (!valid(i) || tokens[i].kind != HeaderToken::Number)
            return -1;
        const qsizetype len = tokens[i].end - tokens[i].start;
        return (len >= minDigits && len <= maxDigits) ? text(i).toInt() : -1;
    }
    [[nodiscard]] bool wordIn(qsizetype i, std::initializer_list<const char16_t *> words) const
    {
        if (!isWord(i))
            return false;
        for (const char16_t *w : words)
            if (text(i).compare(QStringView(w), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

struct Parsed
{
    qsizetype end = 0; // one past the last token
    int year = 0;
    int month = 0; // 0 when the date gives the year only
    int day = 0;   // 0 when it gives no day
};

bool plausibleYear(int y) { return y >= 1900 && y <= 2199; }

bool validParsed(const Parsed &p)
{
    if (!plausibleYear(p.year) || p.month < 0 || p.month > 12)
        return false;
    return p.day == 0 || QDate(p.year, p.month, p.day).isValid();
}

qsizetype skipJoiners(const Cursor &c, qsizetype i, const HeaderLexicon &lex)
{
    while (const qsizetype n = matchPhrase(c.line, c.tokens, i, lex.phrases(HeaderLexicon::Role::Joiner)))
        i += n;
    return i;
}

qsizetype skipOrdinal(const Cursor &c, qsizetype i)
{
    if (c.wordIn(i, {u"st", u"nd", u"rd", u"th", u"er", u"\u00BA"}) || c.isPunct(i, u'\u00B0'))
        return i + 1;
    return i;
}

// 30.01.2025 and 30/01/2025: day first, as everywhere our articles come from.
std::optional<Parsed> numericDate(const Cursor &c, qsizetype i)
{
    const int day = c.number(i, 1, 2);
    if (day < 0)
        return std::nullopt;
    for (const char16_t sep : {u'.', u'/'}) {
        if (c.isPunct(i + 1, sep) && c.number(i + 2, 1, 2) >= 0 && c.isPunct(i + 3, sep)) {
            const Parsed p{i + 5, c.number(i + 4, 4, 4), c.number(i + 2, 1, 2), day};
            if (validParsed(p))
                return p;
        }
    }
    return std::nullopt;
}

// 2025-01-30 and 2025-02.
std::optional<Parsed> isoDate(const Cursor &c, qsizetype i)
{
    const int year = c.number(i, 4, 4);
    if (year < 0 || !c.isPunct(i + 1, u'-') || c.number(i + 2, 2, 2) < 0)
        return std::nullopt;
    Parsed p{i + 3, year, c.number(i + 2, 2, 2), 0};
    if (c.isPunct(i + 3, u'-') && c.number(i + 4, 2, 2) >= 0) {
        p.day = c.number(i + 4, 2, 2);
        p.end = i + 5;
    }
    return validParsed(p) ? std::optional(p) : std::nullopt;
}

// 12 giugno 2024, 14. Juni 2025, 3 de marzo de 2025, 1er mars 2025.
std::optional<Parsed> dayMonthYear(const Cursor &c, qsizetype i, const HeaderLexicon &lex)
{
    const int day = c.number(i, 1, 2);
    if (day < 0)
        return std::nullopt;
    qsizetype k = i + 1;
    if (c.isPunct(k, u'.'))
        ++k;
    k = skipJoiners(c, skipOrdinal(c, k), lex);
    const int month = c.isWord(k) ? lex.month(c.text(k)) : 0;
    if (month == 0)
        return std::nullopt;
    ++k;
    if (c.isPunct(k, u'.'))
        ++k;
    k = skipJoiners(c, k, lex);
    const Parsed p{k + 1, c.number(k, 4, 4), month, day};
    return validParsed(p) ? std::optional(p) : std::nullopt;
}

// March 12, 2024 and May 2025 (the latter at month precision).
std::optional<Parsed> monthFirst(const Cursor &c, qsizetype i, const HeaderLexicon &lex)
{
    const int month = c.isWord(i) ? lex.month(c.text(i)) : 0;
    if (month == 0)
        return std::nullopt;
    qsizetype k = i + 1;
    if (c.isPunct(k, u'.'))
        ++k;
    if (const int day = c.number(k, 1, 2); day >= 0) {
        k = skipOrdinal(c, k + 1);
        if (c.isPunct(k, u','))
            ++k;
        const Parsed p{k + 1, c.number(k, 4, 4), month, day};
        return validParsed(p) ? std::optional(p) : std::nullopt;
    }
    k = skipJoiners(c, k, lex);
    const Parsed p{k + 1, c.number(k, 4, 4), month, 0};
    return validParsed(p) ? std::optional(p) : std::nullopt;
}

// ", 04:10", " alle 08:05", " à 18h40", ", 6:45 PM ET", " um 10:30 Uhr": returns the tokens
// consumed and sets hour/minute, or 0 when no time follows.
qsizetype timeAfter(const Cursor &c, qsizetype i, const HeaderLexicon &lex, int *hour, int *minute)
{
    qsizetype k = i;
    if (c.isPunct(k, u','))
        ++k;
    k += matchPhrase(c.line, c.tokens, k, lex.phrases(HeaderLexicon::Role::Time));
    int h = c.number(k, 1, 2);
    if (h < 0 || !(c.isPunct(k + 1, u':') || c.wordIn(k + 1, {u"h"})))
        return 0;
    const int m = c.number(k + 2, 2, 2);
    if (m < 0 || m > 59)
        return 0;
    k += 3;
    if (c.wordIn(k, {u"am", u"a.m", u"pm", u"p.m"})) {
        const bool pm = c.text(k).startsWith(u'p', Qt::CaseInsensitive);
        if (h < 1 || h > 12)
            return 0;
        h = (h % 12) + (pm ? 12 : 0);
        ++k;
        if (c.isPunct(k, u'.'))
            ++k;
    }
    if (h > 23)
        return 0;
    k += matchPhrase(c.line, c.tokens, k, lex.phrases(HeaderLexicon::Role::TimeSuffix));
    // A time zone abbreviation written after the time (ET, CET, UTC) belongs to it.
    if (c.isWord(k)) {
        const QStringView tz = c.text(k);
        if (tz.size() >= 2 && tz.size() <= 4 && tz == tz.toString().toUpper())
            ++k;
    }
    *hour = h;
    *minute = m;
    return k - i;
}

// Marker words and a weekday written before the date: "Pubblicato il", "Tuesday,".
qsizetype startBefore(const Cursor &c, qsizetype i, const HeaderLexicon &lex)
{
    qsizetype start = i;
    if (c.isPunct(start - 1, u',') && c.isWord(start - 2) && lex.isWeekday(c.text(start - 2)))
        start -= 2;
    else if (c.isWord(start - 1) && lex.isWeekday(c.text(start - 1)))
        start -= 1;
    for (const QStringList &phrase : lex.phrases(HeaderLexicon::Role::Date)) {
        const qsizetype at = start - phrase.size();
        if (at >= 0 && matchPhrase(c.line, c.tokens, at, {phrase}) == phrase.size()) {
            start = at;
            break;
        }
    }
    return start;
}

} // namespace

qsizetype matchPhrase(QStringView line, const QList<HeaderToken> &tokens, qsizetype at,
                      const QList<QStringList> &phrases)
{
    for (const QStringList &phrase : phrases) {
        if (at < 0 || at + phrase.size() > tokens.size())
            continue;
        bool all = true;
        for (qsizetype w = 0; w < phrase.size() && all; ++w) {
            const HeaderToken &t = tokens[at + w];
            all = t.kind == HeaderToken::Word && t.in(line).compare(phrase[w], Qt::CaseInsensitive) == 0;
        }
        if (all)
            return phrase.size();
    }
    return 0;
}

std::optional<HeaderDate> findHeaderDate(QStringView line, const QList<HeaderToken> &tokens,
                                         const HeaderLexicon &lexicon, qsizetype from)
{
    const Cursor c{line, tokens};
    for (qsizetype i = from; i < tokens.size(); ++i) {
        std::optional<Parsed> p = numericDate(c, i);
        if (!p)
            p = isoDate(c, i);
        if (!p)
            p = dayMonthYear(c, i, lexicon);
        if (!p)
            p = monthFirst(c, i, lexicon);
        if (!p)
            continue;
        HeaderDate date;
        date.firstToken = startBefore(c, i, lexicon);
        date.endToken = p->end;
        date.iso = QString::number(p->year);
        if (p->month > 0)
            date.iso += QStringLiteral("-%1").arg(p->month, 2, 10, QLatin1Char('0'));
        if (p->day > 0) {
            date.iso += QStringLiteral("-%1").arg(p->day, 2, 10, QLatin1Char('0'));
            int hour = 0;
            int minute = 0;
            if (const qsizetype n = timeAfter(c, p->end, lexicon, &hour, &minute)) {
                date.endToken += n;
                date.iso += QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
            }
        }
        return date;
    }
    return std::nullopt;
}

} // namespace dealdesk
