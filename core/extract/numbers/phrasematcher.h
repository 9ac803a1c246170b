#pragma once
// Finds lexicon phrases ("fino a", "US$", "Mrd.", "migliaia di miliardi") in the token list
// of an article. A phrase is tokenized once when it is added, with the tokenizer the article
// went through, so "jusqu'à" or "US-Dollar" split the same way in both; white space between
// tokens is ignored (the text may write "US $" or "fino  a") but a blank line ends a phrase.

#include "core/extract/extractioninput.h"
#include "core/extract/flatkeymap.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <bitset>
#include <optional>

namespace dealdesk {

struct PhraseHit
{
    qsizetype firstToken = 0; // token indices, end exclusive; spaces inside are included
    qsizetype endToken = 0;
    int payload = 0;          // what the caller attached to the phrase
};

class PhraseMatcher
{
public:
    // `exactCase`: compare letters as written ("M", "Fr."); otherwise case-folded.
    void add(const QString &phrase, int payload, bool exactCase = false);
    [[nodiscard]] bool isEmpty() const { return m_byFirst.isEmpty(); }
    // False when no phrase can start with `token` (its first and last letter and length): the
    // test matchAt makes first, for callers that refuse most tokens before any other work.
    [[nodiscard]] bool mayStartWith(QStringView token) const
    {
        return !token.isEmpty() && token.size() <= m_maxPart
            && m_firstShapes.test(shapeKey(foldChar(token.front()), foldChar(token.back()), token.size()));
    }

    // Whether `token` is the first part of some phrase, compared as matchAt() compares it: a
    // test on the token's text alone, for callers that remember answers per word.
    [[nodiscard]] bool isFirstPart(QStringView token) const;
    // The same for the last part, as matchBefore() compares it.
    [[nodiscard]] bool isLastPart(QStringView token) const;

    // The longest phrase whose first token is `index`. Inline up to the shape test, which
    // refuses most tokens: callers ask of many tokens, and a call each cost more than the test.
    [[nodiscard]] std::optional<PhraseHit> matchAt(const ExtractionInput &in, qsizetype index) const
    {
        if (index < 0 || index >= in.tokens.size() || in.tokens[index].kind == TokenKind::Space
            || !mayStartWith(in.tokens[index].in(in.text)))
            return std::nullopt;
        return matchFrom(in, index);
    }
    // The longest phrase whose last token is the last non-space token before `end`. Inline up
    // to the shape test, like matchAt().
    [[nodiscard]] std::optional<PhraseHit> matchBefore(const ExtractionInput &in, qsizetype end) const;

    // The key a token is looked up by: case-folded, typographic apostrophe made plain.
    [[nodiscard]] static QString fold(QStringView token);
    // One character case-folded; ASCII without a table look-up, since most text is ASCII.
    [[nodiscard]] static QChar foldChar(QChar c)
    {
        if (c.unicode() < 128)
            return (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
        return c == u'\u2019' ? QChar(u'\'') : c.toCaseFolded();
    }
    // The same into a buffer, without allocating for short tokens.
    static void fold(QStringView token, QVarLengthArray<QChar, 48> &out);

private:
    struct Phrase
    {
        QStringList parts;  // folded
        QStringList exact;  // as written, compared only when exactCase
        QList<quint64> keys; // keyOf() of each part: later parts are refused by key, not by text
        bool exactCase = false;
        // Its list's phrase before it has the same folded first (last) part and neither
        // compares exactly: the token's test against that part is the one just made. Lists are
        // long for common first words ("dollari ..."), and the test was most of a hit's cost.
        bool sameFirstAsPrevious = false;
        bool sameLastAsPrevious = false;
        int payload = 0;
    };
    class Neighbours;
    // matchAt() and matchBefore() past their first tests.
    [[nodiscard]] std::optional<PhraseHit> matchFrom(const ExtractionInput &in, qsizetype index) const;
    [[nodiscard]] std::optional<PhraseHit> matchEndingAt(const ExtractionInput &in, qsizetype lastIndex) const;
    [[nodiscard]] static bool partMatches(const Phrase &p, qsizetype part, QStringView token);
    // partMatches() with the token already folded.
    [[nodiscard]] static bool foldedPartMatches(const Phrase &p, qsizetype part, QStringView token,
                                                QStringView folded);
    // The phrases whose first (last) part is `token`, longest first; null when none. Most
    // tokens are refused by their first letter or length before any hashing. `folded`
    // receives the folded token once it is folded.
    [[nodiscard]] static const QList<Phrase> *candidates(const FlatKeyMap &index, const QList<QList<Phrase>> &lists,
                                                         const std::bitset<65536> &shapes, qsizetype maxPart,
                                                         QStringView token, QVarLengthArray<QChar, 48> &folded);
    // A 64-bit key of a folded part, four UTF-16 units a step: cheaper than qHash and a
    // QHash, asked for every token that passes the shape test.
    [[nodiscard]] static quint64 keyOf(QStringView folded);
    static void addTo(FlatKeyMap &index, QList<QList<Phrase>> &lists, const QString &part, const Phrase &p,
                      bool byFirst);
    // Lists of phrases by the key of their folded first (last) part; parts compared on a hit.
    FlatKeyMap m_firstIndex;
    FlatKeyMap m_lastIndex;
    QList<QList<Phrase>> m_byFirst;
    QList<QList<Phrase>> m_byLast;
    // Which (first letter, last letter, length) a first or a last part can have, as bits: most
    // tokens of an article are refused here, without folding or hashing them.
    [[nodiscard]] static size_t shapeKey(QChar front, QChar back, qsizetype length)
    {
        return (size_t(front.unicode()) * 131 + back.unicode() * 7 + size_t(length)) & 0xffff;
    }
    std::bitset<65536> m_firstShapes;
    std::bitset<65536> m_lastShapes;
    qsizetype m_maxPart = 0;
};

// True when the space token `space` ends a phrase: longer than `maxSpace` or a line break.
[[nodiscard]] bool isBreakingSpace(QStringView space, qsizetype maxSpace);

// The next non-space token at or after `index` in the same paragraph; -1 when a blank line or
// the end comes first. Spaces longer than `maxSpace` characters also stop it. Inline: asked
// after most tokens a reader looks at.
[[nodiscard]] inline qsizetype nextSolid(const ExtractionInput &in, qsizetype index, qsizetype maxSpace = 3)
{
    const qsizetype n = in.tokens.size();
    if (index < 0 || index >= n)
        return -1;
    const Token &t = in.tokens[index];
    if (t.kind != TokenKind::Space)
        return index;
    if (isBreakingSpace(t.in(in.text), maxSpace))
        return -1;
    return (index + 1 < n && in.tokens[index + 1].kind != TokenKind::Space) ? index + 1 : -1;
}
// The last non-space token before `end`, with the same limits; -1 when none.
[[nodiscard]] inline qsizetype previousSolid(const ExtractionInput &in, qsizetype end, qsizetype maxSpace = 3)
{
    const qsizetype i = end - 1;
    if (i < 0 || i >= in.tokens.size())
        return -1;
    const Token &t = in.tokens[i];
    if (t.kind != TokenKind::Space)
        return i;
    if (isBreakingSpace(t.in(in.text), maxSpace))
        return -1;
    return (i - 1 >= 0 && in.tokens[i - 1].kind != TokenKind::Space) ? i - 1 : -1;
}

inline std::optional<PhraseHit> PhraseMatcher::matchBefore(const ExtractionInput &in, qsizetype end) const
{
    const qsizetype lastIndex = previousSolid(in, end);
    if (lastIndex < 0)
        return std::nullopt;
    const QStringView token = in.tokens[lastIndex].in(in.text);
    if (token.isEmpty() || token.size() > m_maxPart
        || !m_lastShapes.test(shapeKey(foldChar(token.front()), foldChar(token.back()), token.size())))
        return std::nullopt;
    return matchEndingAt(in, lastIndex);
}

} // namespace dealdesk
