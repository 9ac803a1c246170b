#pragma once
// A trie over folded word keys: the gazetteer, learned names and cue phrases are all
// phrases of a few words, matched in one pass over an article's tokens. Edges live in one
// flat table keyed by (node, word key), so a step is one look-up and building needs no
// per-node containers.

#include <QList>
#include <QStringView>
#include <QVarLengthArray>

#include "core/extract/entities/textfold.h"
#include "core/extract/flatkeymap.h"
#include "core/text/tokenizer.h"

#include <bitset>

namespace dealdesk {

class PhraseTrie
{
public:
    // The keys of the non-space tokens of `phrase`, tokenised like article text.
    [[nodiscard]] static QList<quint64> phraseKeys(QStringView phrase);

    // Adds a phrase given as its word keys; `payload` is returned by matches. Empty phrases
    // are ignored.
    void add(const QList<quint64> &keys, int payload);
    [[nodiscard]] bool isEmpty() const { return m_edges.isEmpty(); }

    // The child of `node` (0 is the root) along `key`, or -1.
    [[nodiscard]] int step(int node, quint64 key) const { return m_edges.value(combineEdge(node, key), -1); }
    // False when no phrase starts with `key`: most words start none, and this bit test
    // spares them the hash lookup of step().
    // (No range check: the bit is below 0x10000.)
    [[nodiscard]] bool mayStart(quint64 key) const { return m_firstWords[firstBit(key)]; }
    // Payloads of phrases ending at `node` (empty for inner nodes).
    [[nodiscard]] const QList<int> *payloads(int node) const
    {
        const qint32 k = node < m_terminalOf.size() ? m_terminalOf[node] : -1;
        return k < 0 ? nullptr : &m_terminals[k];
    }

private:
    // Inline: every step of every walk combines an edge's key.
    [[nodiscard]] static quint64 combineEdge(int node, quint64 key)
    {
        return combineKeys(quint64(node) + 1, key);
    }
    [[nodiscard]] static size_t firstBit(quint64 key) { return size_t((key ^ (key >> 32)) & 0xFFFF); }
    std::bitset<0x10000> m_firstWords; // bits of the first keys of all phrases
    FlatKeyMap m_edges;
    QList<qint32> m_terminalOf; // per node: its index in m_terminals, -1 for inner nodes
    QList<QList<int>> m_terminals;
    int m_nodes = 1;
};

// Per-token folded keys of an article, and a walk over them that skips single-line spaces:
// the words of a name may be separated by spaces but never by a line break.
class TokenKeys
{
public:
    TokenKeys(QStringView text, const QList<Token> &tokens);
    // Takes `precomputed` (ExtractionInput::tokenKeys, made by keysOf()) when it matches
    // `tokens`, so the components of one article fold its words once; computes otherwise.
    TokenKeys(QStringView text, const QList<Token> &tokens, const QList<quint64> &precomputed);
    // The keys TokenKeys holds for `tokens`: folded word keys, spaces 0 or a line-break mark.
    [[nodiscard]] static QList<quint64> keysOf(QStringView text, const QList<Token> &tokens);
    [[nodiscard]] quint64 at(qsizetype i) const { return m_keys[i]; }
    // The next token after `i` that a phrase may continue with, or -1 (line break, end).
    [[nodiscard]] qsizetype next(qsizetype i) const
    {
        qsizetype j = i + 1;
        if (j < m_tokens.size() && m_tokens[j].kind == TokenKind::Space) {
            if (m_keys[j] == LineBreak)
                return -1;
            ++j;
        }
        return j < m_tokens.size() ? j : -1;
    }
    // True for a space token holding a line break (found once here, not searched per call).
    [[nodiscard]] bool breaksLine(qsizetype i) const { return m_keys[i] == LineBreak; }

private:
    // The key of a space token with a line break; other spaces have 0. Word keys never
    // matter for spaces, so the marker needs no array of its own.
    static constexpr quint64 LineBreak = 1;
    const QList<Token> &m_tokens;
    QList<quint64> m_keys;
};

// One match of a trie at a token: the tokens it covers [first, end) and its payloads.
struct PhraseMatch
{
    qsizetype first = 0;
    qsizetype end = 0;
    const QList<int> *payloads = nullptr;
};

// The matches at one token: phrases are a few words long, so they fit without allocating.
using PhraseMatches = QVarLengthArray<PhraseMatch, 8>;

// Every phrase of `trie` that starts at token `first`, shortest first (the walk itself).
[[nodiscard]] PhraseMatches matchesFrom(const PhraseTrie &trie, const TokenKeys &keys, qsizetype first);

// Every phrase of `trie` that starts at token `first`, shortest first. Inline so the common
// miss (no phrase starts with the word) costs a bit test and no call.
[[nodiscard]] inline PhraseMatches matchesAt(const PhraseTrie &trie, const TokenKeys &keys, qsizetype first)
{
    if (first < 0 || !trie.mayStart(keys.at(first)))
        return {};
    return matchesFrom(trie, keys, first);
}

} // namespace dealdesk
