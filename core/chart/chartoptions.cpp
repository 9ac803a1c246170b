#include "core/chart/chartoptions.h"

#include "core/text/enumnames.h"

namespace dealdesk {
namespace {

constexpr EnumNames<ChartKind, 2> kindNames{{{ChartKind::Sizes, u"sizes"}, {ChartKind::Timeline, u"timeline"}}};
constexpr EnumNames<ChartGrouping, 4> groupingNames{{{ChartGrouping::Deal, u"deal"},
                                                      {ChartGrouping::Investor, u"investor"},
                                                      {ChartGrouping::Target, u"target"},
                                                      {ChartGrouping::Month, u"month"}}};
constexpr EnumNames<ChartColouring, 2> colouringNames{
    {{ChartColouring::Status, u"status"}, {ChartColouring::Investor, u"investor"}}};
constexpr EnumNames<ChartScale, 2> scaleNames{{{ChartScale::Linear, u"linear"}, {ChartScale::Log, u"log"}}};
constexpr EnumNames<TimeGrain, 4> grainNames{{{TimeGrain::Day, u"day"},
                                              {TimeGrain::Month, u"month"},
                                              {TimeGrain::Quarter, u"quarter"},
                                              {TimeGrain::Year, u"year"}}};

} // namespace

QString toString(ChartKind v) { return enumName(kindNames, v); }
QString toString(ChartGrouping v) { return enumName(groupingNames, v); }
QString toString(ChartColouring v) { return enumName(colouringNames, v); }
QString toString(ChartScale v) { return enumName(scaleNames, v); }
QString toString(TimeGrain v) { return enumName(grainNames, v); }
std::optional<ChartKind> chartKindFromString(QStringView s) { return enumValue(kindNames, s); }
std::optional<ChartGrouping> chartGroupingFromString(QStringView s) { return enumValue(groupingNames, s); }
std::optional<ChartColouring> chartColouringFromString(QStringView s) { return enumValue(colouringNames, s); }
std::optional<ChartScale> chartScaleFromString(QStringView s) { return enumValue(scaleNames, s); }
std::optional<TimeGrain> timeGrainFromString(QStringView s) { return enumValue(grainNames, s); }

} // namespace dealdesk
