#include "core/extract/deals/dealsentencereader.h"

#include <algorithm>

// The sentence reader's tests of the words around a place in a sentence: relative clauses,
// prepositions and link words before a name, anaphors ("la società", "der Konzern"), source
// and withdrawal words, the gap between two names. Each reads a bounded window of tokens.

namespace dealdesk {
namespace {

constexpr int MaxGapWords = 16; // gaps are never read further than this
constexpr int MaxFromChain = 2;  // "de la part de": words between two "from" words of one source
constexpr int MaxReceiveGap = 3; // "erhielt das junge Startup 3 Millionen": words between a receiving verb and its money

} // namespace

bool DealSentenceReader::isListGap(qsizetype from, qsizetype to) const
{
    // "di CDP, di Intesa e del family office": a preposition repeated after a comma or a
    // conjunction keeps the list going; alone ("Microsoft di Redmond") it ends it.
    bool joined = false;
    bool joinedByWord = false; // "e il fondo Z" continues a list; ", the San Francisco start-up" does not
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space) {
            if (m_keys.breaksLine(i))
                return false;
            continue;
        }
        const QStringView w = t.in(m_in.text);
        if (w == u"," || w == u"*" || w == u"&") {
            joined = joined || w != u"*";
            continue;
        }
        const quint64 k = m_keys.at(i);
        if (m_cues.isListWord(k)) {
            joined = true;
            joinedByWord = true;
            continue;
        }
        if (joinedByWord && (m_cues.isDefinite(k) || m_cues.isArticle(k) || m_cues.isAngelWord(k)))
            continue; // "X, Y e il fondo Z", "X und der Business Angel Y"
        // "in Atlas9 e in Nuvolaria": a "to" word repeated after a conjunction keeps it going too.
        if (!joined || !(m_cues.isOfWord(k) || m_cues.isFromWord(k) || (joinedByWord && m_cues.isTargetWord(k))))
            return false;
    }
    return true;
}

bool DealSentenceReader::anaphorBefore(qsizetype pos, qsizetype clauseStart) const
{
    constexpr int MaxWords = 4;
    int words = 0;
    bool found = false;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words < MaxWords; --i) {
        const Token &t = m_in.tokens[i];
        if (t.start < clauseStart || (t.kind == TokenKind::Space && m_keys.breaksLine(i)))
            return found;
        if (t.kind != TokenKind::Word)
            continue;
        const quint64 k = m_keys.at(i);
        // "alla società", "of the company": the word is governed, it is no subject.
        if (found)
            return !m_cues.isTargetWord(k) && !m_cues.isOfWord(k) && !m_cues.isFromWord(k);
        found = m_cues.isAnaphor(k);
        ++words;
    }
    return found;
}

bool DealSentenceReader::inRelativeClause(qsizetype pos) const
{
    for (const qsizetype i : wordsBefore(pos, 3)) {
        if (!m_cues.isRelativeWord(m_keys.at(i)))
            continue;
        qsizetype before = i - 1;
        while (before >= 0 && m_in.tokens[before].kind == TokenKind::Space)
            --before;
        return before >= 0 && m_in.text[m_in.tokens[before].start] == u',';
    }
    return false;
}

qsizetype DealSentenceReader::relativeClauseEnd(qsizetype from, qsizetype to) const
{
    constexpr int MaxWords = 10;
    qsizetype i = tokenAt(from);
    auto skipSpace = [&] {
        while (i < m_in.tokens.size() && m_in.tokens[i].kind == TokenKind::Space)
            ++i;
    };
    skipSpace();
    if (i >= m_in.tokens.size() || m_in.text[m_in.tokens[i].start] != u',')
        return -1;
    ++i;
    skipSpace();
    if (i >= m_in.tokens.size() || m_in.tokens[i].kind != TokenKind::Word || !m_cues.isRelativeWord(m_keys.at(i)))
        return -1;
    int words = 0;
    for (; i < m_in.tokens.size() && m_in.tokens[i].start < to && words <= MaxWords; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Word)
            ++words;
        else if (t.kind == TokenKind::Punct && m_in.text[t.start] == u',')
            return t.start;
    }
    return -1;
}

bool DealSentenceReader::afterOfWord(qsizetype pos) const
{
    bool articleSeen = false;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0; --i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space)
            continue;
        if (t.kind != TokenKind::Word)
            return false;
        const quint64 k = m_keys.at(i);
        // "secondo l'Osservatorio", "selon le cabinet": one article may stand between.
        if (m_cues.isDefinite(k) && !articleSeen) {
            articleSeen = true;
            continue;
        }
        return m_cues.isOfWord(k) && !m_cues.isTargetWord(k);
    }
    return false;
}

bool DealSentenceReader::describesName(qsizetype from, qsizetype to) const
{
    constexpr int MaxWords = 3; // "la giovane startup barese"
    int words = 0;
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space) {
            if (m_keys.breaksLine(i))
                return false;
            continue;
        }
        if (t.kind != TokenKind::Word) {
            if (words > 0 && t.in(m_in.text) == u"-")
                continue; // "start-up"
            return false;
        }
        const quint64 k = m_keys.at(i);
        if (words == 0 ? !(m_cues.isArticle(k) || m_cues.isDefinite(k))
                       : (m_cues.isOfWord(k) || m_cues.isFromWord(k) || m_cues.isTargetWord(k)))
            return false;
        if (++words > MaxWords + 1)
            return false;
    }
    return words > 0;
}

int DealSentenceReader::wordsBetween(qsizetype from, qsizetype to, bool *clauseMark, bool *targetWord) const
{
    int words = 0;
    bool share = false; // "il 100% di X", "49 percent of X": the "of" after a share points at X
    // Callers look a few words ahead; past MaxGapWords the gap is "far" whatever its length.
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to && words <= MaxGapWords;
         ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Punct && m_in.text[t.start] == u'%')
            share = true;
        if (t.kind == TokenKind::Word) {
            ++words;
            const quint64 k = m_keys.at(i);
            if (targetWord && (m_cues.isTargetWord(k) || (share && m_cues.isOfWord(k))))
                *targetWord = true;
            share = share || m_cues.isPercentWord(k);
        } else if (t.kind == TokenKind::Punct && clauseMark) {
            const QChar c = m_in.text[t.start];
            if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')')
                *clauseMark = true;
        }
    }
    return words;
}

bool DealSentenceReader::receivesFrom(qsizetype cueEnd, qsizetype sentenceEnd) const
{
    const qsizetype a = firstDealAmountFrom(cueEnd);
    if (a >= m_dealAmounts.size() || m_dealAmountStarts[a] >= sentenceEnd)
        return false;
    bool mark = false;
    if (wordsBetween(cueEnd, m_dealAmountStarts[a], &mark, nullptr) > MaxReceiveGap || mark)
        return false;
    for (qsizetype i = tokenAt(m_amounts[m_dealAmounts[a]].range.end); i < m_in.tokens.size() && m_in.tokens[i].start < sentenceEnd;
         ++i) {
        if (m_in.tokens[i].kind != TokenKind::Space)
            return m_in.tokens[i].kind == TokenKind::Word && m_cues.isFromWord(m_keys.at(i));
    }
    return false;
}

bool DealSentenceReader::fromWordSoon(qsizetype i, qsizetype end) const
{
    int words = 0;
    for (qsizetype k = i + 1; k < m_in.tokens.size() && m_in.tokens[k].start < end && words <= MaxFromChain; ++k) {
        if (m_in.tokens[k].kind == TokenKind::Punct)
            return false;
        if (m_in.tokens[k].kind != TokenKind::Word)
            continue;
        if (m_cues.isFromWord(m_keys.at(k)))
            return true;
        ++words;
    }
    return false;
}

bool DealSentenceReader::afterPreposition(qsizetype pos, bool withFrom) const
{
    // Looks at the two words before `pos`: "di Meta", "de la Commission".
    int words = 0;
    bool conjunctionFirst = false;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words < 2; --i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space) {
            if (m_keys.breaksLine(i))
                return false;
            continue;
        }
        if (t.kind != TokenKind::Word)
            return false;
        const quint64 k = m_keys.at(i);
        // "führte die Runde an und Partech beteiligte sich": a "to" word right before "und"
        // governs nothing; the name after the conjunction is a list's or a clause's ("di cui X"
        // is governed: "di" is an "of" word).
        if (conjunctionFirst && m_cues.isTargetWord(k) && !m_cues.isOfWord(k))
            return false;
        if (m_cues.isOfWord(k) || m_cues.isTargetWord(k) || (withFrom && m_cues.isFromWord(k)))
            return true;
        conjunctionFirst = words == 0 && m_cues.isListWord(k) && !m_cues.isArticle(k) && !m_cues.isDefinite(k);
        // "selon le cabinet EY": an article does not count as one of the two words.
        if (!m_cues.isArticle(k) && !m_cues.isDefinite(k))
            ++words;
    }
    return false;
}

bool DealSentenceReader::withdrawnBefore(qsizetype pos, qsizetype clauseStart) const
{
    constexpr int MaxWords = 4; // "se retiró de una ronda", "niega estar negociando la compra"
    int words = 0;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words < MaxWords; --i) {
        const Token &t = m_in.tokens[i];
        if (t.start < clauseStart)
            return false;
        if (t.kind != TokenKind::Word)
            continue;
        if (m_cues.isWithdrawWord(m_keys.at(i)))
            return true;
        ++words;
    }
    return false;
}

bool DealSentenceReader::afterSourceWord(qsizetype pos) const
{
    const auto words = wordsBefore(pos, 3);
    return std::any_of(words.cbegin(), words.cend(), [&](qsizetype i) { return m_cues.isSourceWord(m_keys.at(i)); });
}

bool DealSentenceReader::listWordBeforeArticle(qsizetype pos) const
{
    const auto words = wordsBefore(pos, 2); // the article, the list word
    return words.size() == 2 && m_cues.isDefinite(m_keys.at(words[0])) && m_cues.isListWord(m_keys.at(words[1]));
}

bool DealSentenceReader::afterFromWord(qsizetype pos) const
{
    const auto words = wordsBefore(pos, 1);
    return !words.isEmpty() && m_cues.isFromWord(m_keys.at(words[0]));
}

bool DealSentenceReader::anaphorJoinedBetween(qsizetype from, qsizetype to) const
{
    // Read backwards from the cue: the anaphor, an article before it, a list word (not a
    // comma) before that, within a few words.
    constexpr int MaxWords = 8; // "y la empresa terminó cerrando en mayo una ampliación"
    int words = 0;
    for (qsizetype i = tokenAt(to) - 1; i >= 0 && words < MaxWords; --i) {
        const Token &t = m_in.tokens[i];
        if (t.start < from)
            return false;
        if (t.kind != TokenKind::Word)
            continue;
        ++words;
        if (!m_cues.isAnaphor(m_keys.at(i)))
            continue;
        qsizetype k = i - 1;
        auto previousWord = [&] {
            while (k >= 0 && m_in.tokens[k].kind == TokenKind::Space)
                --k;
            return k >= 0 && k >= tokenAt(from) && m_in.tokens[k].kind == TokenKind::Word;
        };
        if (!previousWord() || !(m_cues.isDefinite(m_keys.at(k)) || m_cues.isArticle(m_keys.at(k))))
            return false;
        --k;
        return previousWord() && m_cues.isListWord(m_keys.at(k)) && m_in.text[m_in.tokens[k].start] != u',';
    }
    return false;
}

bool DealSentenceReader::afterDefinite(qsizetype pos) const
{
    const auto words = wordsBefore(pos, 1);
    return !words.isEmpty() && m_cues.isDefinite(m_keys.at(words[0]));
}

bool DealSentenceReader::afterWithWord(qsizetype pos) const
{
    const auto words = wordsBefore(pos, 1);
    return !words.isEmpty() && m_cues.isWithWord(m_keys.at(words[0]));
}

bool DealSentenceReader::closesClause(qsizetype pos, qsizetype sentenceEnd) const
{
    const Token *tokens = m_in.tokens.constData();
    const qsizetype count = m_in.tokens.size();
    qsizetype i = tokenAt(pos);
    while (i < count && tokens[i].kind == TokenKind::Space && tokens[i].start < sentenceEnd)
        ++i;
    return i >= count || tokens[i].start >= sentenceEnd || tokens[i].kind == TokenKind::Punct;
}

bool DealSentenceReader::plainObjectGap(qsizetype from, qsizetype to) const
{
    constexpr qsizetype MaxTokens = 24; // "bekannt, den Kasseler Softwareanbieter" and a little more
    const qsizetype first = tokenAt(from);
    const qsizetype end = tokenAt(to);
    if (end - first > MaxTokens)
        return false;
    qsizetype lastWord = -1;
    bool afterComma = false; // German relatives are spelled as articles: one counts after a comma
    for (qsizetype i = first; i < end; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Punct)
            afterComma = m_in.text[t.start] == u',';
        if (t.kind != TokenKind::Word)
            continue;
        if (afterComma && m_cues.isRelativeWord(m_keys.at(i)))
            return false;
        afterComma = false;
        lastWord = i;
    }
    return lastWord < 0 || !m_cues.isListWord(m_keys.at(lastWord));
}

bool DealSentenceReader::customerApposition(int entity, qsizetype cueStart) const
{
    constexpr qsizetype MaxTokens = 16; // ", größter Kunde des Unternehmens," and a little more
    const qsizetype end = m_entities[entity].range.end;
    if (end >= cueStart || end >= m_in.text.size() || m_in.text[end] != u',')
        return false;
    const qsizetype first = tokenAt(end);
    const qsizetype last = tokenAt(cueStart);
    return last - first <= MaxTokens && incomeWordIn(end, cueStart);
}

QVarLengthArray<qsizetype, 4> DealSentenceReader::wordsBefore(qsizetype pos, int count) const
{
    QVarLengthArray<qsizetype, 4> words;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words.size() < count; --i) {
        const TokenKind kind = m_in.tokens[i].kind;
        if (kind == TokenKind::Space)
            continue;
        if (kind != TokenKind::Word)
            break;
        words.append(i);
    }
    return words;
}

} // namespace dealdesk
