#pragma once
// A trie over folded word keys: the gazetteer, learned names and cue phrases are all
// phrases of a few words, matched in one pass over an article's tokens. Edges live in one
// hash keyed by (node, word key), so a step is one lookup and building needs no per-node
// containers.

#include <QHash>
#include <QList>
#include <QStringView>

namespace dealdesk {

struct Token;

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
    // Payloads of phrases ending at `node` (empty for inner nodes).
    [[nodiscard]] const QList<int> *payloads(int node) const
    {
        auto it = m_terminals.constFind(node);
        return it == m_terminals.cend() ? nullptr : &*it;
    }

private:
    [[nodiscard]] static quint64 combineEdge(int node, quint64 key);
    QHash<quint64, int> m_edges;
    QHash<int, QList<int>> m_terminals;
    int m_nodes = 1;
};

// Per-token folded keys of an article, and a walk over them that skips single-line spaces:
// the words of a name may be separated by spaces but never by a line break.
class TokenKeys
{
public:
    TokenKeys(QStringView text, const QList<Token> &tokens);
    [[nodiscard]] quint64 at(qsizetype i) const { return m_keys[i]; }
    // The next token after `i` that a phrase may continue with, or -1 (line break, end).
    [[nodiscard]] qsizetype next(qsizetype i) const;

private:
    QStringView m_text;
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

// Every phrase of `trie` that starts at token `first`, shortest first.
[[nodiscard]] QList<PhraseMatch> matchesAt(const PhraseTrie &trie, const TokenKeys &keys, qsizetype first);

} // namespace dealdesk
