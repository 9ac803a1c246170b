#include "core/extract/entities/phrasetrie.h"

#include "core/extract/entities/textfold.h"
#include "core/text/tokenizer.h"

namespace dealdesk {

QList<quint64> PhraseTrie::phraseKeys(QStringView phrase)
{
    const TextFold &fold = TextFold::instance();
    QList<quint64> keys;
    for (const Token &t : tokenize(phrase)) {
        if (t.kind != TokenKind::Space)
            keys.append(fold.key(t.in(phrase)));
    }
    return keys;
}

quint64 PhraseTrie::combineEdge(int node, quint64 key) { return combineKeys(quint64(node) + 1, key); }

void PhraseTrie::add(const QList<quint64> &keys, int payload)
{
    if (keys.isEmpty())
        return;
    m_firstWords.set(firstBit(keys.front()));
    int node = 0;
    for (quint64 key : keys) {
        node = m_edges.insert(combineEdge(node, key), m_nodes);
        if (node == m_nodes)
            ++m_nodes;
    }
    if (m_terminalOf.size() < m_nodes)
        m_terminalOf.resize(m_nodes, -1);
    if (m_terminalOf[node] < 0) {
        m_terminalOf[node] = qint32(m_terminals.size());
        m_terminals.append(QList<int>());
    }
    QList<int> &list = m_terminals[m_terminalOf[node]];
    if (!list.contains(payload))
        list.append(payload);
}

TokenKeys::TokenKeys(QStringView text, const QList<Token> &tokens)
    : m_tokens(tokens), m_keys(keysOf(text, tokens))
{
}

TokenKeys::TokenKeys(QStringView text, const QList<Token> &tokens, const QList<quint64> &precomputed)
    : m_tokens(tokens), m_keys(precomputed.size() == tokens.size() ? precomputed : keysOf(text, tokens))
{
}

QList<quint64> TokenKeys::keysOf(QStringView text, const QList<Token> &tokens)
{
    const TextFold &fold = TextFold::instance();
    QList<quint64> out(tokens.size());
    quint64 *keys = out.data();
    const Token *t = tokens.constData();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // A very long token (a megabyte without spaces) is hashed once like any other: the
        // cost stays linear in the text.
        const QStringView w = t[i].in(text);
        if (t[i].kind != TokenKind::Space) {
            keys[i] = fold.key(w);
            continue;
        }
        keys[i] = 0;
        for (QChar c : w) {
            if (c == u'\n') {
                keys[i] = LineBreak;
                break;
            }
        }
    }
    return out;
}

PhraseMatches matchesFrom(const PhraseTrie &trie, const TokenKeys &keys, qsizetype first)
{
    PhraseMatches out;
    int node = 0;
    // Phrases are a few words long; the walk stops at the first missing edge, so the cost per
    // start token is bounded by the longest phrase.
    for (qsizetype i = first; i >= 0; i = keys.next(i)) {
        node = trie.step(node, keys.at(i));
        if (node < 0)
            break;
        if (const QList<int> *p = trie.payloads(node))
            out.append({first, i + 1, p});
    }
    return out;
}

} // namespace dealdesk
