#include "core/import/headertokens.h"

namespace dealdesk {
namespace {

// Joins a word across an inner apostrophe, hyphen or dot followed by a letter:
// "O'Brien", "Jean-Pierre", "J.R." stay one name.
bool joinsWord(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.';
}

} // namespace

QList<HeaderToken> headerTokens(QStringView line)
{
    QList<HeaderToken> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c.isDigit()) {
            while (i < n && line[i].isDigit())
                ++i;
            out.append({start, i, HeaderToken::Number});
        } else if (c.isLetter() || c.isMark()) {
            while (i < n && (line[i].isLetter() || line[i].isMark()
                             || (joinsWord(line[i]) && i + 1 < n && line[i + 1].isLetter())))
                ++i;
            out.append({start, i, HeaderToken::Word});
        } else {
            ++i;
            if (c.isHighSurrogate() && i < n)
                ++i;
            out.append({start, i, HeaderToken::Punct});
        }
    }
    return out;
}

} // namespace dealdesk
