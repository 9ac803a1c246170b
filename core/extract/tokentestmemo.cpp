#include "core/extract/tokentestmemo.h"

#include <atomic>
#include <memory>

namespace dealdesk {
namespace {

// 32,768 slots (256 KB per thread): more than the distinct words of a few hundred articles,
// so the common words stay and rare ones come and go.
constexpr quint64 kSlots = 1u << 15;

std::atomic<quint64> nextOwner{1};

} // namespace

TokenTestMemo::TokenTestMemo() : m_owner(nextOwner.fetch_add(1, std::memory_order_relaxed)) { }

quint64 TokenTestMemo::tagOf(TokenKind kind, QStringView token) const
{
    // FNV-1a over the UTF-16 units, seeded with the owner and the kind, then mixed so that the
    // low bits that pick the slot depend on every unit.
    quint64 h = 0xcbf29ce484222325ULL ^ (m_owner * 0x9e3779b97f4a7c15ULL) ^ quint64(kind);
    for (QChar c : token) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    h ^= quint64(token.size()) << 48;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    return (h & ~quint64(1)) | 2;
}

quint64 &TokenTestMemo::slotFor(quint64 tag)
{
    thread_local const std::unique_ptr<quint64[]> table = std::make_unique<quint64[]>(kSlots); // zeroed
    return table[(tag >> 2) & (kSlots - 1)];
}

} // namespace dealdesk
