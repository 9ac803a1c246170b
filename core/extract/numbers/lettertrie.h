#pragma once
// A trie of folded letters over a short word list (number pieces, prefix cues): from a
// position in a word, one step per letter finds every listed word that starts there, and the
// walk stops as soon as no listed word goes on, which for most words of a text is after a
// letter or two, without hashing any slice of them.

#include <QList>
#include <QStringView>

#include <array>

namespace dealdesk {

class LetterTrie
{
public:
    static constexpr int kRoot = 0;

    // Lists `word` with `value` (>= 0); a word listed twice keeps the later value.
    void add(QStringView word, int value)
    {
        int node = kRoot;
        for (const QChar letter : word) {
            int child = next(node, letter);
            if (child < 0) {
                child = int(m_nodes.size());
                Node n;
                n.letter = letter.unicode();
                n.nextSibling = m_nodes[node].firstChild;
                m_nodes.append(n);
                m_nodes[node].firstChild = child;
                if (node == kRoot && letter.unicode() < 128)
                    m_rootAscii[letter.unicode()] = child;
            }
            node = child;
        }
        m_nodes[node].value = value;
    }
    // The node reached from `node` by `letter`; -1 when no listed word goes on so.
    [[nodiscard]] int next(int node, QChar letter) const
    {
        // The first step is taken for every word tried, mostly on an ASCII letter: a table.
        if (node == kRoot && letter.unicode() < 128)
            return m_rootAscii[letter.unicode()];
        for (int k = m_nodes[node].firstChild; k >= 0; k = m_nodes[k].nextSibling) {
            if (m_nodes[k].letter == letter.unicode())
                return k;
        }
        return -1;
    }
    // The value of the listed word that ends at `node`; -1 when none does.
    [[nodiscard]] int valueAt(int node) const { return m_nodes[node].value; }

private:
    struct Node
    {
        int value = -1;
        int firstChild = -1;
        int nextSibling = -1;
        char16_t letter = 0;
    };
    QList<Node> m_nodes{Node{}};
    std::array<int, 128> m_rootAscii = filledWith(-1);
    [[nodiscard]] static constexpr std::array<int, 128> filledWith(int v)
    {
        std::array<int, 128> a{};
        a.fill(v);
        return a;
    }
};

} // namespace dealdesk
