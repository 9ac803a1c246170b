#pragma once
// Accent- and case-insensitive keys for words, so "Etats-Unis" finds "États-Unis" and
// "OPENAI" finds "OpenAI". Every UTF-16 unit is mapped once through a table built from ICU
// (u_foldCase, then the first unit of its NFD decomposition, combining marks dropped), so
// hashing a token in the hot loop costs no allocation.

#include <QString>
#include <QStringView>

namespace dealdesk {

class TextFold
{
public:
    // The shared table, built on first use (thread-safe static initialisation).
    [[nodiscard]] static const TextFold &instance();

    // The folded unit of `c`; 0 for units that carry no letter of their own (combining marks).
    [[nodiscard]] char16_t fold(char16_t c) const { return m_table[c]; }
    // 64-bit key of the folded text; equal keys for texts that differ only in case and accents.
    [[nodiscard]] quint64 key(QStringView text) const;
    // The folded text itself (for building keys at load time and for tests).
    [[nodiscard]] QString folded(QStringView text) const;
    // True when `text` holds a letter that folding strips of an accent ("Metà", "Zürich").
    [[nodiscard]] bool hasAccent(QStringView text) const;

private:
    TextFold();
    char16_t m_table[0x10000];
    bool m_accented[0x10000];
};

// Combines a parent key with a child key (trie edges, token sequences).
[[nodiscard]] inline quint64 combineKeys(quint64 a, quint64 b)
{
    quint64 x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    return x;
}

} // namespace dealdesk
