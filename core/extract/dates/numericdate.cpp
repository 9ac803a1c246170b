#include "core/extract/dates/numericdate.h"

#include <QDate>

namespace dealdesk {
namespace {

struct Run
{
    int value = 0;
    int length = 0;
};

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Reads at most `maxLength` digits at `pos`; a longer run is no part of a date.
std::optional<Run> digits(QStringView text, qsizetype &pos, int maxLength)
{
    Run r;
    qsizetype p = pos;
    while (p < text.size() && isDigit(text[p])) {
        if (++r.length > maxLength)
            return std::nullopt;
        r.value = r.value * 10 + (text[p].unicode() - u'0');
        ++p;
    }
    if (r.length == 0)
        return std::nullopt;
    pos = p;
    return r;
}

bool isSeparator(QChar c) { return c == u'.' || c == u'/' || c == u'-'; }

// True when the date would run on into more digits ("1.2.3.4", "12/10/2024/5").
bool runsOn(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return false;
    if (isDigit(text[pos]))
        return true;
    return isSeparator(text[pos]) && pos + 1 < text.size() && isDigit(text[pos + 1]);
}

// "T04:10", ", 04:10" or " 04:10" after a day.
QString timeAfter(QStringView text, qsizetype &pos)
{
    qsizetype p = pos;
    if (p < text.size() && text[p] == u'T') {
        ++p;
    } else {
        if (p < text.size() && text[p] == u',')
            ++p;
        if (p >= text.size() || text[p] != u' ')
            return {};
        ++p;
    }
    qsizetype q = p;
    const auto h = digits(text, q, 2);
    if (!h || h->value > 23 || q >= text.size() || text[q] != u':')
        return {};
    ++q;
    const auto m = digits(text, q, 2);
    if (!m || m->length != 2 || m->value > 59 || runsOn(text, q))
        return {};
    pos = q;
    return QStringLiteral("%1:%2").arg(h->value, 2, 10, QLatin1Char('0')).arg(m->value, 2, 10, QLatin1Char('0'));
}

int fullYear(const Run &y, int referenceYear)
{
    if (y.length == 4)
        return y.value;
    // Two digits: this century up to ten years ahead of the reference, else the last one.
    const int century = referenceYear / 100 * 100;
    return y.value <= referenceYear % 100 + 10 ? century + y.value : century - 100 + y.value;
}

std::optional<NumericDate> finish(QStringView text, NumericDate d, qsizetype pos)
{
    if (d.year != 0 && (d.year < 1000 || d.year > 2999))
        return std::nullopt;
    if (d.day != 0) {
        // A day needs a real calendar date; without a year, a leap year lets 29/2 through.
        if (!QDate(d.year != 0 ? d.year : 2000, d.month, d.day).isValid())
            return std::nullopt;
        if (d.year != 0)
            d.time = timeAfter(text, pos);
    } else if (d.month < 1 || d.month > 12) {
        return std::nullopt;
    }
    d.end = pos;
    return d;
}

} // namespace

std::optional<NumericDate> readNumericDate(QStringView text, qsizetype pos, const NumericDateOptions &options)
{
    if (pos > 0 && (isDigit(text[pos - 1]) || text[pos - 1] == u'.' || text[pos - 1] == u','))
        return std::nullopt;
    // The tail of a longer number or an impossible date: "29/2/2019" is not "2/2019".
    if (pos > 1 && isSeparator(text[pos - 1]) && isDigit(text[pos - 2]))
        return std::nullopt;
    qsizetype p = pos;
    const auto a = digits(text, p, 4);
    if (!a || a->length == 3 || p + 1 >= text.size() || !isSeparator(text[p]))
        return std::nullopt;
    const QChar sep = text[p++];
    const auto b = digits(text, p, 4);
    if (!b)
        return std::nullopt;
    NumericDate d;
    if (a->length == 4) {
        // 2025-01-30, 2025/01/30, 2015-12
        if (b->length > 2 || sep == u'.')
            return std::nullopt;
        d.year = a->value;
        d.month = b->value;
        if (p + 1 < text.size() && text[p] == sep && isDigit(text[p + 1])) {
            ++p;
            const auto c = digits(text, p, 2);
            if (!c || runsOn(text, p))
                return std::nullopt;
            d.day = c->value;
        } else if (runsOn(text, p) || (b->length == 1 && sep == u'/')) {
            return std::nullopt;
        }
        return finish(text, d, p);
    }
    if (b->length == 4) {
        // 12-2015, 12/2015: a month
        if (sep == u'.' || runsOn(text, p))
            return std::nullopt;
        d.year = b->value;
        d.month = a->value;
        return finish(text, d, p);
    }
    if (b->length > 2)
        return std::nullopt;
    int first = a->value;
    int second = b->value;
    if (p + 1 < text.size() && text[p] == sep && isDigit(text[p + 1])) {
        ++p;
        const auto c = digits(text, p, 4);
        if (!c || (c->length != 2 && c->length != 4) || runsOn(text, p))
            return std::nullopt;
        d.year = fullYear(*c, options.referenceYear);
    } else if (sep == u'.' && p < text.size() && text[p] == u'.' && !runsOn(text, p)) {
        // German "am 28.10.": the closing dot says it is a date, not a decimal; it is left
        // out of the span as the sentence's full stop may share it.
    } else if (sep == u'/' && !runsOn(text, p) && (options.shortForms || (a->length == 2 && b->length == 2))) {
        // "il 22/04"; a bare "1/2" stays a fraction.
    } else {
        return std::nullopt;
    }
    if (options.monthFirst && sep != u'.' && first <= 12)
        std::swap(first, second);
    if (second > 12 && first <= 12)
        std::swap(first, second);
    d.day = first;
    d.month = second;
    return finish(text, d, p);
}

} // namespace dealdesk
