#include "core/extract/entities/phrasetrie.h"

#include "core/extract/entities/textfold.h"
#include "core/text/tokenizer.h"

#include <algorithm>

namespace dealdesk {

namespace {

// TextFold::key() of `n` units, four to a step and without a branch per unit: every token of
// every article is folded here once, and the loop's own overhead was a third of its cost. The
// key is TextFold's to the bit (FNV-1a over the folded units, units folding to 0 skipped).
quint64 foldedKey(const TextFold &fold, const char16_t *p, qsizetype n)
{
    constexpr quint64 kPrime = 0x100000001b3ULL;
    quint64 h = 0xcbf29ce484222325ULL;
    const auto step = [&h, &fold](char16_t unit) {
        const char16_t c = fold.fold(unit);
        const quint64 mixed = (h ^ c) * kPrime;
        h = c ? mixed : h;
    };
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        step(p[i]);
        step(p[i + 1]);
        step(p[i + 2]);
        step(p[i + 3]);
    }
    for (; i < n; ++i)
        step(p[i]);
    return h;
}

} // namespace

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
    const qsizetype n = tokens.size();
    if (n == 0)
        return {};
    // Uninitialised storage, every key written below: QList(n) would zero it first.
    QArrayDataPointer<quint64> storage(QTypedArrayData<quint64>::allocate(n));
    quint64 *keys = storage.data();
    const Token *t = tokens.constData();
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        // A very long token (a megabyte without spaces) is hashed once like any other: the
        // cost stays linear in the text.
        const char16_t *p = units + t[i].start;
        const qsizetype length = t[i].end - t[i].start;
        if (t[i].kind != TokenKind::Space) {
            keys[i] = foldedKey(fold, p, length);
            continue;
        }
        // Most spaces are one blank between two words.
        if (length == 1) {
            keys[i] = p[0] == u'\n' ? LineBreak : 0;
            continue;
        }
        keys[i] = std::find(p, p + length, u'\n') != p + length ? LineBreak : 0;
    }
    storage.size = n;
    return QList<quint64>(std::move(storage));
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
