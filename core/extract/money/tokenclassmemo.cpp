#include "core/extract/money/tokenclassmemo.h"

#include <atomic>
#include <cstring>
#include <memory>

namespace dealdesk {
namespace {

// 32,768 slots (256 KB per thread), as TokenTestMemo: the common words of a language stay.
constexpr quint64 kSlots = 1u << 15;
constexpr quint64 kMul = 0x9e3779b97f4a7c15ULL;

std::atomic<quint64> nextOwner{1};

} // namespace

TokenClassMemo::TokenClassMemo() : m_owner(nextOwner.fetch_add(1, std::memory_order_relaxed)) { }

quint64 TokenClassMemo::tagOf(TokenKind kind, QStringView token) const
{
    // Eight bytes (four units) per step, each mixed in by a multiply and a shift; the length
    // goes in first so that a short tail padded with zeros differs from a longer text.
    const char16_t *p = token.utf16();
    qsizetype n = token.size();
    quint64 h = (m_owner * kMul) ^ (quint64(kind) << 56) ^ quint64(n);
    for (; n >= 4; n -= 4, p += 4) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    if (n > 0) {
        quint64 w = 0;
        std::memcpy(&w, p, size_t(n) * 2);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    return (h & ~quint64(3)) | 4;
}

quint64 &TokenClassMemo::slotFor(quint64 tag)
{
    thread_local const std::unique_ptr<quint64[]> table = std::make_unique<quint64[]>(kSlots); // zeroed
    return table[(tag >> 3) & (kSlots - 1)];
}

} // namespace dealdesk
