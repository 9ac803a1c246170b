#include "core/import/markdowninline.h"

#include <QList>

namespace dealdesk {
namespace {

// For every '[' and '(' of the line the index of its closing ']' or ')', or -1: one pass with
// a stack, so a line of ten thousand unclosed brackets costs no more than ten thousand letters.
QList<qsizetype> matchingBrackets(QStringView s)
{
    QList<qsizetype> match(s.size(), -1);
    QList<qsizetype> squares;
    QList<qsizetype> rounds;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            squares.append(i);
        } else if (c == u'(') {
            rounds.append(i);
        } else if (c == u']' && !squares.isEmpty()) {
            match[squares.takeLast()] = i;
        } else if (c == u')' && !rounds.isEmpty()) {
            match[rounds.takeLast()] = i;
        }
    }
    return match;
}

bool isDelimiter(QChar c) { return c == u'*' || c == u'_' || c == u'~'; }

// A run of emphasis delimiters is markup when it touches a word on one side and not white
// space on that side: "**a**" yes, "5 * 3" and "snake_case" no.
bool isEmphasisRun(QStringView s, qsizetype start, qsizetype end)
{
    const QChar before = start > 0 ? s[start - 1] : QChar(u' ');
    const QChar after = end < s.size() ? s[end] : QChar(u' ');
    const bool opens = !after.isSpace() && (before.isSpace() || before.isPunct() || start == 0);
    const bool closes = !before.isSpace() && (after.isSpace() || after.isPunct() || end == s.size());
    if (s[start] == u'_' && before.isLetterOrNumber() && after.isLetterOrNumber())
        return false;
    return opens || closes;
}

} // namespace

QString markdownInlineToText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    const QList<qsizetype> match = matchingBrackets(s);
    // The end of a link's "(url)" or "[ref]" after the ']' at `close`; `close` itself when none.
    const auto linkEnd = [&](qsizetype close) {
        const qsizetype next = close + 1;
        if (next < s.size() && (s[next] == u'(' || s[next] == u'[') && match[next] > 0)
            return match[next];
        return close;
    };
    // jumpFrom[close] = where a link's destination ends: its text is kept, the rest skipped.
    QList<qsizetype> jumpFrom(s.size(), -1);
    bool noMoreAngle = false; // once no '>' follows, none follows later either
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (jumpFrom[i] >= 0) {
            i = jumpFrom[i];
        } else if (c == u'\\' && i + 1 < s.size() && s[i + 1].isPunct()) {
            out.append(s[++i]);
        } else if (c == u'`') {
            qsizetype ticks = 1;
            while (i + ticks < s.size() && s[i + ticks] == u'`')
                ++ticks;
            const QString fence(ticks, u'`');
            const qsizetype close = s.indexOf(fence, i + ticks);
            if (close < 0) {
                out.append(s.sliced(i, ticks));
                i += ticks - 1;
            } else {
                out.append(s.sliced(i + ticks, close - i - ticks).trimmed());
                i = close + ticks - 1;
            }
        } else if (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[' && match[i + 1] > 0) {
            i = linkEnd(match[i + 1]); // images are dropped, alt text and all
        } else if (c == u'[' && match[i] > 0) {
            jumpFrom[match[i]] = linkEnd(match[i]);
        } else if (c == u'<' && !noMoreAngle
                   && (s.sliced(i).startsWith(u"<http") || s.sliced(i).startsWith(u"<mailto:"))) {
            const qsizetype close = s.indexOf(u'>', i);
            if (close < 0) {
                noMoreAngle = true;
                out.append(c);
                continue;
            }
            out.append(s.sliced(i + 1, close - i - 1));
            i = close;
        } else if (isDelimiter(c)) {
            qsizetype end = i;
            while (end < s.size() && s[end] == c)
                ++end;
            if (!isEmphasisRun(s, i, end) || (c == u'~' && end - i < 2))
                out.append(s.sliced(i, end - i));
            i = end - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace dealdesk
