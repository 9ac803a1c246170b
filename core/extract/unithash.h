#pragma once
// A 64-bit hash of UTF-16 text for the extractor's hot look-ups (per-word memos, phrase
// tables): four units per step, each mixed in by a multiply and a shift, and inline, since
// every token of an article is hashed. `seed` and the length are a step of their own before
// the text, so they never share bits with the units (a seed XORed straight into the first
// step once made two different tokens one key).

#include <QStringView>

#include <cstring>

namespace dealdesk {

[[nodiscard]] inline quint64 hashUnits(quint64 seed, QStringView text)
{
    constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    quint64 h = (seed ^ quint64(n)) * kMul;
    h ^= h >> 29;
    for (; n >= 4; n -= 4, p += 4) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    if (n > 0) {
        quint64 w = p[0];
        if (n > 1)
            w |= quint64(p[1]) << 16;
        if (n > 2)
            w |= quint64(p[2]) << 32;
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 31);
}

} // namespace dealdesk
