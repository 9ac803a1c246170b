#include "core/store/storetypes.h"

#include "core/text/enumnames.h"

namespace dealdesk {
namespace {

// These names are what the database holds: changing one needs a migration.
constexpr EnumNames<ReviewState, 3> reviewNames{{{ReviewState::Unreviewed, u"unreviewed"},
                                                 {ReviewState::InProgress, u"in_progress"},
                                                 {ReviewState::Reviewed, u"reviewed"}}};
constexpr EnumNames<FindingKind, 4> kindNames{{{FindingKind::Entity, u"entity"},
                                               {FindingKind::Amount, u"amount"},
                                               {FindingKind::Date, u"date"},
                                               {FindingKind::Deal, u"deal"}}};
constexpr EnumNames<FindingState, 3> stateNames{{{FindingState::Pending, u"pending"},
                                                 {FindingState::Accepted, u"accepted"},
                                                 {FindingState::Rejected, u"rejected"}}};
constexpr EnumNames<FindingOrigin, 2> originNames{
    {{FindingOrigin::Machine, u"machine"}, {FindingOrigin::Person, u"person"}}};
constexpr EnumNames<EditAction, 11> actionNames{{{EditAction::Accept, u"accept"},
                                                 {EditAction::Reject, u"reject"},
                                                 {EditAction::Reset, u"reset"},
                                                 {EditAction::Add, u"add"},
                                                 {EditAction::Update, u"update"},
                                                 {EditAction::Remove, u"remove"},
                                                 {EditAction::Review, u"review"},
                                                 {EditAction::Note, u"note"},
                                                 {EditAction::Rename, u"rename"},
                                                 {EditAction::Alias, u"alias"},
                                                 {EditAction::Unalias, u"unalias"}}};

} // namespace

QString toString(ReviewState v)
{
    return enumName(reviewNames, v);
}
QString toString(FindingKind v)
{
    return enumName(kindNames, v);
}
QString toString(FindingState v)
{
    return enumName(stateNames, v);
}
QString toString(FindingOrigin v)
{
    return enumName(originNames, v);
}
QString toString(EditAction v)
{
    return enumName(actionNames, v);
}
std::optional<EditAction> editActionFromString(QStringView s)
{
    return enumValue(actionNames, s);
}
std::optional<ReviewState> reviewStateFromString(QStringView s)
{
    return enumValue(reviewNames, s);
}
std::optional<FindingKind> findingKindFromString(QStringView s)
{
    return enumValue(kindNames, s);
}
std::optional<FindingState> findingStateFromString(QStringView s)
{
    return enumValue(stateNames, s);
}
std::optional<FindingOrigin> findingOriginFromString(QStringView s)
{
    return enumValue(originNames, s);
}

} // namespace dealdesk
