#include "core/extract/tokenclassmemo.h"

#include <atomic>

namespace dealdesk {
namespace {

std::atomic<quint64> nextOwner{1};

} // namespace

TokenClassMemo::TokenClassMemo() : m_seed(nextOwner.fetch_add(1, std::memory_order_relaxed) * 0x9e3779b97f4a7c15ULL) { }

} // namespace dealdesk
