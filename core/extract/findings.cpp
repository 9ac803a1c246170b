#include "core/extract/findings.h"

#include <array>
#include <utility>

namespace dealdesk {
namespace {

template<typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr Names<EntityType, 5> entityTypeNames{{{EntityType::Org, u"ORG"},
                                               {EntityType::Person, u"PERSON"},
                                               {EntityType::Place, u"PLACE"},
                                               {EntityType::Product, u"PRODUCT"},
                                               {EntityType::Project, u"PROJECT"}}};
constexpr Names<Qualifier, 8> qualifierNames{{{Qualifier::Exact, u"exact"},
                                             {Qualifier::Approx, u"approx"},
                                             {Qualifier::UpTo, u"up_to"},
                                             {Qualifier::Over, u"over"},
                                             {Qualifier::AtLeast, u"at_least"},
                                             {Qualifier::Under, u"under"},
                                             {Qualifier::Almost, u"almost"},
                                             {Qualifier::Range, u"range"}}};
constexpr Names<MoneyRole, 6> roleNames{{{MoneyRole::Investment, u"investment"},
                                        {MoneyRole::Valuation, u"valuation"},
                                        {MoneyRole::Revenue, u"revenue"},
                                        {MoneyRole::Loss, u"loss"},
                                        {MoneyRole::Spending, u"spending"},
                                        {MoneyRole::Other, u"other"}}};
constexpr Names<DateGrain, 6> grainNames{{{DateGrain::Year, u"year"},
                                         {DateGrain::Quarter, u"quarter"},
                                         {DateGrain::Month, u"month"},
                                         {DateGrain::Day, u"day"},
                                         {DateGrain::DateTime, u"datetime"},
                                         {DateGrain::Duration, u"duration"}}};
constexpr Names<DealStatus, 5> statusNames{{{DealStatus::Completed, u"completed"},
                                           {DealStatus::Announced, u"announced"},
                                           {DealStatus::InTalks, u"in_talks"},
                                           {DealStatus::Planned, u"planned"},
                                           {DealStatus::Rumored, u"rumored"}}};

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

QString toString(EntityType v) { return nameOf(entityTypeNames, v); }
QString toString(Qualifier v) { return nameOf(qualifierNames, v); }
QString toString(MoneyRole v) { return nameOf(roleNames, v); }
QString toString(DateGrain v) { return nameOf(grainNames, v); }
QString toString(DealStatus v) { return nameOf(statusNames, v); }
std::optional<EntityType> entityTypeFromString(QStringView s) { return valueOf(entityTypeNames, s); }
std::optional<Qualifier> qualifierFromString(QStringView s) { return valueOf(qualifierNames, s); }
std::optional<MoneyRole> moneyRoleFromString(QStringView s) { return valueOf(roleNames, s); }
std::optional<DateGrain> dateGrainFromString(QStringView s) { return valueOf(grainNames, s); }
std::optional<DealStatus> dealStatusFromString(QStringView s) { return valueOf(statusNames, s); }

} // namespace dealdesk
