#include "core/exchange/bratconf.h"

#include "core/extract/findings.h"
#include "core/store/storetypes.h"

namespace dealdesk::brat {
namespace {

template <typename Enum, std::size_t N>
QString values(const Enum (&all)[N])
{
    QStringList names;
    for (const Enum e : all)
        names << toString(e);
    return names.join(u'|');
}

constexpr EntityType entityTypes[] = {EntityType::Org, EntityType::Person, EntityType::Place,
                                      EntityType::Product, EntityType::Project};

QString entityList()
{
    return values(entityTypes);
}

} // namespace

QString annotationConf()
{
    constexpr FindingState states[] = {FindingState::Pending, FindingState::Accepted, FindingState::Rejected};
    constexpr FindingOrigin origins[] = {FindingOrigin::Machine, FindingOrigin::Person};
    constexpr Qualifier qualifiers[] = {Qualifier::Exact, Qualifier::Approx, Qualifier::UpTo, Qualifier::Over,
                                        Qualifier::AtLeast, Qualifier::Under, Qualifier::Almost, Qualifier::Range};
    constexpr MoneyRole roles[] = {MoneyRole::Investment, MoneyRole::Valuation, MoneyRole::Revenue,
                                   MoneyRole::Loss, MoneyRole::Spending, MoneyRole::Other};
    constexpr DateGrain grains[] = {DateGrain::Year, DateGrain::Quarter, DateGrain::Month,
                                    DateGrain::Day, DateGrain::DateTime, DateGrain::Duration};
    constexpr DealStatus statuses[] = {DealStatus::Completed, DealStatus::Announced, DealStatus::InTalks,
                                       DealStatus::Planned, DealStatus::Rumored};
    const QString entities = entityList();
    const QString all = entities + u'|' + QString::fromUtf16(moneyType) + u'|' + QString::fromUtf16(dateType)
                        + u'|' + QString::fromUtf16(dealType);
    QString conf = u"# Dealdesk annotations (written by `dealdesk export --format brat`).\n"
                   "# A deal is an event whose trigger is its evidence sentence; its fields are in\n"
                   "# the AnnotatorNotes of the event, its arguments point at the mentions.\n"
                   "[entities]\n"_qs;
    for (const EntityType t : entityTypes)
        conf += toString(t) + u'\n';
    conf += QString::fromUtf16(moneyType) + u'\n' + QString::fromUtf16(dateType) + u'\n';
    // Nested and overlapping spans are normal in news text ("SoftBank Vision Fund").
    conf += u"\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"_qs;
    conf += u"\n[events]\n"_qs + QString::fromUtf16(dealType) + u'\t' + QString::fromUtf16(investorRole)
            + u"?:"_qs + entities + u", "_qs + QString::fromUtf16(targetRole) + u"?:"_qs + entities + u", "_qs
            + QString::fromUtf16(amountRole) + u"?:"_qs + QString::fromUtf16(moneyType) + u", "_qs
            + QString::fromUtf16(dateRole) + u"?:"_qs + QString::fromUtf16(dateType) + u'\n';
    auto attribute = [](const char16_t *name, const QString &args, const QString &vals) {
        return QString::fromUtf16(name) + u"\tArg:"_qs + args + u", Value:"_qs + vals + u'\n';
    };
    conf += u"\n[attributes]\n"_qs;
    conf += attribute(stateAttribute, all, values(states));
    conf += attribute(originAttribute, all, values(origins));
    conf += attribute(qualifierAttribute, QString::fromUtf16(moneyType), values(qualifiers));
    conf += attribute(roleAttribute, QString::fromUtf16(moneyType), values(roles));
    conf += attribute(grainAttribute, QString::fromUtf16(dateType), values(grains));
    conf += attribute(statusAttribute, QString::fromUtf16(dealType), values(statuses));
    return conf;
}

QString visualConf()
{
    return u"# Dealdesk colours: entity types as in the desk; review state, origin and fields as glyphs.\n"
           "[labels]\n"
           "ORG | Organisation | Org\n"
           "PERSON | Person | Per\n"
           "PLACE | Place | Pl\n"
           "PRODUCT | Product | Prod\n"
           "PROJECT | Project | Proj\n"
           "MONEY | Money | $\n"
           "DATE | Date | D\n"
           "Deal | Deal\n"
           "Investor | Investor | Inv\n"
           "Target | Target | Tgt\n"
           "Amount | Amount | Amt\n"
           "Date | Date\n"
           "\n[drawing]\n"
           "ORG\tbgColor:#8fb2ff\n"
           "PERSON\tbgColor:#ffccaa\n"
           "PLACE\tbgColor:#aaeeaa\n"
           "PRODUCT\tbgColor:#e0b0ff\n"
           "PROJECT\tbgColor:#ffe38f\n"
           "MONEY\tbgColor:#7fe2c8\n"
           "DATE\tbgColor:#cccccc\n"
           "Deal\tbgColor:#ffffff, borderColor:darken\n"
           "Investor\tcolor:#3050a0, arrowHead:triangle-5\n"
           "Target\tcolor:#a03050, arrowHead:triangle-5\n"
           "State\tglyph:?|✓|✗\n"
           "Origin\tglyph:⚙|✍\n"
           "Qualifier\tglyph:=|~|≤|>|≥|<|≈|–\n"
           "Role\tglyph:inv|val|rev|loss|spend|oth\n"
           "Grain\tglyph:y|q|m|d|t|dur\n"
           "Status\tglyph:done|ann|talks|plan|rum\n"_qs;
}

} // namespace dealdesk::brat
