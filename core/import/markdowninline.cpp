#include "core/import/markdowninline.h"

namespace dealdesk {
namespace {

// The index of the ')' closing a link destination opened at `open` (nested parentheses
// allowed, as in Wikipedia URLs), or -1.
qsizetype closingParen(QStringView s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'(')
            ++depth;
        else if (s[i] == u')' && --depth == 0)
            return i;
    }
    return -1;
}

// The ']' closing the '[' at `open`, or -1.
qsizetype closingBracket(QStringView s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == u'[') {
            ++depth;
        } else if (s[i] == u']' && --depth == 0) {
            return i;
        }
    }
    return -1;
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
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && s[i + 1].isPunct()) {
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
        } else if ((c == u'!' && i + 1 < s.size() && s[i + 1] == u'[') || c == u'[') {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = closingBracket(s, open);
            if (close < 0) {
                out.append(c);
                continue;
            }
            qsizetype end = close;
            if (close + 1 < s.size() && s[close + 1] == u'(') {
                const qsizetype paren = closingParen(s, close + 1);
                if (paren > 0)
                    end = paren;
            } else if (close + 1 < s.size() && s[close + 1] == u'[') {
                const qsizetype ref = s.indexOf(u']', close + 1);
                if (ref > 0)
                    end = ref;
            }
            if (!image)
                out.append(markdownInlineToText(s.sliced(open + 1, close - open - 1)));
            i = end;
        } else if (c == u'<' && (s.sliced(i).startsWith(u"<http") || s.sliced(i).startsWith(u"<mailto:"))) {
            const qsizetype close = s.indexOf(u'>', i);
            if (close < 0) {
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
