#include "core/store/storetypes.h"

#include <array>
#include <utility>

namespace dealdesk {
namespace {

// These names are what the database holds: changing one needs a migration.
template<typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr Names<ReviewState, 3> reviewNames{{{ReviewState::Unreviewed, u"unreviewed"},
                                             {ReviewState::InProgress, u"in_progress"},
                                             {ReviewState::Reviewed, u"reviewed"}}};
constexpr Names<FindingKind, 4> kindNames{{{FindingKind::Entity, u"entity"},
                                           {FindingKind::Amount, u"amount"},
                                           {FindingKind::Date, u"date"},
                                           {FindingKind::Deal, u"deal"}}};
constexpr Names<FindingState, 3> stateNames{{{FindingState::Pending, u"pending"},
                                             {FindingState::Accepted, u"accepted"},
                                             {FindingState::Rejected, u"rejected"}}};
constexpr Names<FindingOrigin, 2> originNames{{{FindingOrigin::Machine, u"machine"},
                                               {FindingOrigin::Person, u"person"}}};

template<typename Enum, std::size_t N>
QString nameOf(const Names<Enum, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Names<Enum, N> &names, QStringView name)
{
    for (const auto &[e, n] : names) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toString(ReviewState v) { return nameOf(reviewNames, v); }
QString toString(FindingKind v) { return nameOf(kindNames, v); }
QString toString(FindingState v) { return nameOf(stateNames, v); }
QString toString(FindingOrigin v) { return nameOf(originNames, v); }
std::optional<ReviewState> reviewStateFromString(QStringView s) { return valueOf(reviewNames, s); }
std::optional<FindingKind> findingKindFromString(QStringView s) { return valueOf(kindNames, s); }
std::optional<FindingState> findingStateFromString(QStringView s) { return valueOf(stateNames, s); }
std::optional<FindingOrigin> findingOriginFromString(QStringView s)
{
    return valueOf(originNames, s);
}

} // namespace dealdesk
