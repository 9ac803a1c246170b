#include "core/store/fts5query.h"

#include <QStringList>

namespace dealdesk {
namespace {

bool hasLetterOrDigit(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

// One FTS5 string: inside double quotes only a double quote is special, and it is doubled.
void appendTerm(QStringList &terms, QStringView term, bool prefix)
{
    if (!hasLetterOrDigit(term))
        return;
    QString quoted;
    quoted.reserve(term.size() + 3);
    quoted += u'"';
    for (QChar c : term) {
        if (c == u'"')
            quoted += u'"';
        quoted += c.category() == QChar::Other_Control ? QChar(u' ') : c;
    }
    quoted += u'"';
    if (prefix)
        quoted += u'*';
    terms.append(quoted);
}

// Control characters separate terms like spaces: a NUL inside an FTS5 string ends it early
// and turns the expression into a syntax error.
bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

} // namespace

std::optional<QString> fts5MatchExpression(QStringView text)
{
    QStringList terms;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        qsizetype start = i;
        qsizetype end = i;
        if (text[i] == u'"') {
            // A phrase runs to the closing quote; an unbalanced quote runs to the end.
            start = ++i;
            while (i < n && text[i] != u'"' && text[i] != QChar(0))
                ++i;
            end = i;
            if (i < n)
                ++i; // the closing quote
        } else {
            while (i < n && !isSeparator(text[i]) && text[i] != u'"')
                ++i;
            end = i;
        }
        // A prefix star either ends a bare word or follows a closing quote.
        bool prefix = false;
        if (end > start && text[end - 1] == u'*') {
            prefix = true;
            while (end > start && text[end - 1] == u'*')
                --end;
        }
        if (i < n && text[i] == u'*') {
            prefix = true;
            while (i < n && text[i] == u'*')
                ++i;
        }
        appendTerm(terms, text.sliced(start, end - start), prefix);
    }
    if (terms.isEmpty())
        return std::nullopt;
    return terms.join(u' ');
}

} // namespace dealdesk
