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
    int node = 0;
    for (quint64 key : keys) {
        const quint64 edge = combineEdge(node, key);
        auto it = m_edges.constFind(edge);
        if (it != m_edges.cend()) {
            node = *it;
        } else {
            m_edges.insert(edge, m_nodes);
            node = m_nodes++;
        }
    }
    QList<int> &list = m_terminals[node];
    if (!list.contains(payload))
        list.append(payload);
}

TokenKeys::TokenKeys(QStringView text, const QList<Token> &tokens)
    : m_text(text), m_tokens(tokens)
{
    const TextFold &fold = TextFold::instance();
    m_keys.resize(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // A very long token (a megabyte without spaces) is hashed once like any other: the
        // cost stays linear in the text.
        m_keys[i] = tokens[i].kind == TokenKind::Space ? 0 : fold.key(tokens[i].in(text));
    }
}

qsizetype TokenKeys::next(qsizetype i) const
{
    qsizetype j = i + 1;
    if (j < m_tokens.size() && m_tokens[j].kind == TokenKind::Space) {
        if (m_tokens[j].in(m_text).contains(u'\n'))
            return -1;
        ++j;
    }
    return j < m_tokens.size() ? j : -1;
}

QList<PhraseMatch> matchesAt(const PhraseTrie &trie, const TokenKeys &keys, qsizetype first)
{
    QList<PhraseMatch> out;
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
