#pragma once
// A half-open range of UTF-16 code units in an article's text. Inside the program every
// offset is UTF-16 (QString's own unit); the JSON contract counts code points, and
// toCodePointOffsets() converts at that edge only.

#include <QList>
#include <QString>
#include <QStringView>

namespace dealdesk {

struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype length() const { return end - start; }
    [[nodiscard]] bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    [[nodiscard]] bool overlaps(TextRange o) const { return start < o.end && o.start < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Maps UTF-16 offsets of `text` to code point offsets; offsets must be sorted or not, any
// value in [0, text.size()] is accepted. One pass over the text per call.
class CodePointMap
{
public:
    explicit CodePointMap(QStringView text);
    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16Offset) const;
    [[nodiscard]] qsizetype toUtf16(qsizetype codePointOffset) const;

private:
    // Positions (in UTF-16) of the second half of every surrogate pair, in order.
    QList<qsizetype> m_lowSurrogates;
    qsizetype m_size = 0;
};

} // namespace dealdesk
