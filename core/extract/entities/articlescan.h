#pragma once
// What the name finders need to know about one article's tokens beyond their text: their
// folded keys, which words start a sentence, which lines are headlines in Title Case or ALL
// CAPS (where a capital says nothing), and which words the article also writes in lower
// case (so "Intanto" at the start of a sentence is a common word, not a name).
// All of it is read in one pass over the tokens, with what the finders ask of every word (a
// capital, a brand's shape, may a known name start here): they then visit only the words
// where a name may start (candidatesBegin()), not every token.

#include "core/extract/entities/entitycues.h"
#include "core/extract/entities/phrasetrie.h"
#include "core/text/tokenizer.h"

#include <QList>
#include <QVarLengthArray>
#include <QStringView>

#include <bitset>
#include <memory>
#include <utility>

namespace dealdesk {

class Gazetteer;

class ArticleScan
{
public:
    // `tokenKeys` is ExtractionInput::tokenKeys (computed here when empty); `known`, when
    // given, is asked which words may start a known name (mayBeKnown(); all words without it).
    ArticleScan(QStringView text, const QList<Token> &tokens, const QList<TextRange> &sentences,
                const EntityCues &cues, const QList<quint64> &tokenKeys = {},
                const Gazetteer *known = nullptr);

    QStringView text;
    const QList<Token> &tokens;
    const EntityCues &cues;
    TokenKeys keys;

    [[nodiscard]] QStringView word(qsizetype i) const { return tokens[i].in(text); }
    // A word token, or letters glued to digits that start like a name ("Atlas9", "Taktik3"),
    // which ICU calls a number.
    [[nodiscard]] bool isWord(qsizetype i) const
    {
        return i >= 0 && (tokens[i].kind == TokenKind::Word || (m_flags[i] & LetteredNumber));
    }
    [[nodiscard]] bool startsSentence(qsizetype i) const { return m_flags[i] & SentenceStart; }
    // Gazetteer::mayStartAt() for word or number `i`, asked once by the constructor's pass.
    [[nodiscard]] bool mayBeKnown(qsizetype i) const { return m_flags[i] & MayBeKnown; }
    // A word of 4 to 40 letters and digits with a capital after a small letter ("DeepSeek",
    // "xAI"): a brand's shape, read by the constructor's pass.
    [[nodiscard]] bool mayBeBrand(qsizetype i) const { return m_flags[i] & Brand; }
    // The words and numbers that are capitalised, may start a known name or have a brand's
    // shape, in text order: the only tokens where a name may start, so the name finders
    // jump from one to the next instead of testing every token.
    [[nodiscard]] const qsizetype *candidatesBegin() const { return m_candidates.get(); }
    [[nodiscard]] const qsizetype *candidatesEnd() const
    {
        return m_candidates.get() + m_candidateCount;
    }
    [[nodiscard]] bool inHeadline(qsizetype i) const { return m_flags[i] & Headline; }
    // A word written with a leading capital (or all in capitals).
    // Inline (forced: the compiler stopped inlining it once it grew): asked of every word of
    // the article.
    // A flag set once per token by the constructor's pass, not the word read again per call.
    [[nodiscard]] [[gnu::always_inline]] inline bool isCapitalised(qsizetype i) const
    {
        return i >= 0 && (m_flags[i] & Capital);
    }
    // A capitalised word that may be part of a name: not a listed common word or demonym,
    // and not a sentence-initial word the article also writes in lower case.
    [[nodiscard]] bool isNameWord(qsizetype i) const { return isCapitalised(i) && isNameKey(i); }
    // The key of word `i` without the apostrophe of an elision ("dell'", "d'", "l'"), as the
    // word lists write it; other words' keys as they are.
    [[nodiscard]] quint64 bareKey(qsizetype i) const;
    // The previous non-space token on the same line, or -1. Inline: the name finders step
    // back with it around every capitalised word.
    [[nodiscard]] qsizetype previous(qsizetype i) const
    {
        qsizetype j = i - 1;
        if (j >= 0 && tokens[j].kind == TokenKind::Space) {
            if (keys.breaksLine(j))
                return -1;
            --j;
        }
        return j;
    }
    [[nodiscard]] qsizetype next(qsizetype i) const { return keys.next(i); }

private:
    // isNameWord() past its capital: the word lists and the article's lower-case twins.
    [[nodiscard]] bool isNameKey(qsizetype i) const
    {
        const quint64 k = keys.at(i);
        if (cues.isCommonOrDemonym(k))
            return false;
        return !(startsSentence(i) && hasLowercaseTwin(k));
    }
    // Whether the article writes the word of `key` with a small first letter too. Asked only
    // of sentence-initial name words, a few per article: a bit test refuses most, the rest
    // walk the words once and the answer is kept.
    [[nodiscard]] bool hasLowercaseTwin(quint64 key) const;
    enum Flag : quint8 {
        SentenceStart = 1, Headline = 2, LetteredNumber = 4, Capital = 8, MayBeKnown = 16, Brand = 32,
    };
    // One pass over the tokens: flags the words that start a sentence, the capitalised ones
    // and the tokens of headline lines; sets m_smallBits.
    void markLines(const QList<TextRange> &sentences, const Gazetteer *known);
    static constexpr quint64 SmallBitCount = 0x4000;
    QList<quint8> m_flags;
    // The keys of the words written with a small first letter, in text order, and a bit per
    // key (modulo SmallBitCount) that refuses most questions before the keys are read.
    std::unique_ptr<quint64[]> m_smallKeys; // room for every token, written without checks
    qsizetype m_smallCount = 0;
    std::unique_ptr<qsizetype[]> m_candidates;
    qsizetype m_candidateCount = 0;
    std::bitset<SmallBitCount> m_smallBits;
    mutable QVarLengthArray<std::pair<quint64, bool>, 8> m_twins; // hasLowercaseTwin()'s answers
};

} // namespace dealdesk
