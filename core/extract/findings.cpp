#include "core/extract/findings.h"

#include "core/text/enumnames.h"

namespace dealdesk {
namespace {

constexpr EnumNames<EntityType, 5> entityTypeNames{{{EntityType::Org, u"ORG"},
                                                    {EntityType::Person, u"PERSON"},
                                                    {EntityType::Place, u"PLACE"},
                                                    {EntityType::Product, u"PRODUCT"},
                                                    {EntityType::Project, u"PROJECT"}}};
constexpr EnumNames<Qualifier, 8> qualifierNames{{{Qualifier::Exact, u"exact"},
                                                  {Qualifier::Approx, u"approx"},
                                                  {Qualifier::UpTo, u"up_to"},
                                                  {Qualifier::Over, u"over"},
                                                  {Qualifier::AtLeast, u"at_least"},
                                                  {Qualifier::Under, u"under"},
                                                  {Qualifier::Almost, u"almost"},
                                                  {Qualifier::Range, u"range"}}};
constexpr EnumNames<MoneyRole, 6> roleNames{{{MoneyRole::Investment, u"investment"},
                                             {MoneyRole::Valuation, u"valuation"},
                                             {MoneyRole::Revenue, u"revenue"},
                                             {MoneyRole::Loss, u"loss"},
                                             {MoneyRole::Spending, u"spending"},
                                             {MoneyRole::Other, u"other"}}};
constexpr EnumNames<DateGrain, 6> grainNames{{{DateGrain::Year, u"year"},
                                              {DateGrain::Quarter, u"quarter"},
                                              {DateGrain::Month, u"month"},
                                              {DateGrain::Day, u"day"},
                                              {DateGrain::DateTime, u"datetime"},
                                              {DateGrain::Duration, u"duration"}}};
constexpr EnumNames<DealStatus, 5> statusNames{{{DealStatus::Completed, u"completed"},
                                                {DealStatus::Announced, u"announced"},
                                                {DealStatus::InTalks, u"in_talks"},
                                                {DealStatus::Planned, u"planned"},
                                                {DealStatus::Rumored, u"rumored"}}};

} // namespace

QString toString(EntityType v)
{
    return enumName(entityTypeNames, v);
}
QString toString(Qualifier v)
{
    return enumName(qualifierNames, v);
}
QString toString(MoneyRole v)
{
    return enumName(roleNames, v);
}
QString toString(DateGrain v)
{
    return enumName(grainNames, v);
}
QString toString(DealStatus v)
{
    return enumName(statusNames, v);
}
std::optional<EntityType> entityTypeFromString(QStringView s)
{
    return enumValue(entityTypeNames, s);
}
std::optional<Qualifier> qualifierFromString(QStringView s)
{
    return enumValue(qualifierNames, s);
}
std::optional<MoneyRole> moneyRoleFromString(QStringView s)
{
    return enumValue(roleNames, s);
}
std::optional<DateGrain> dateGrainFromString(QStringView s)
{
    return enumValue(grainNames, s);
}
std::optional<DealStatus> dealStatusFromString(QStringView s)
{
    return enumValue(statusNames, s);
}

} // namespace dealdesk
