#pragma once
// A line of an article header cut into words, numbers and single punctuation marks, with
// their UTF-16 positions in the line. Bylines are short, so this is simpler (and more
// predictable) than the ICU word breaker: "18h40" is "18" "h" "40", "Jean-Pierre" one word.

#include <QList>
#include <QStringView>

namespace dealdesk {

struct HeaderToken
{
    enum Kind : quint8 { Word, Number, Punct };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Punct;

    [[nodiscard]] QStringView in(QStringView line) const { return line.sliced(start, end - start); }
};

[[nodiscard]] QList<HeaderToken> headerTokens(QStringView line);

} // namespace dealdesk
