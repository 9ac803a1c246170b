#pragma once
// What a chart of the corpus's deals shows and how: the choices the chart window offers and
// `dealdesk chart` takes as options. A plain value; the names are the CLI's and QSettings'.

#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

enum class ChartKind { Sizes, Timeline };
// Sizes: one bar per deal, or the deals summed per investor, per target or per month.
enum class ChartGrouping { Deal, Investor, Target, Month };
enum class ChartColouring { Status, Investor };
enum class ChartScale { Linear, Log };
// The timeline's date axis (and the month grouping's bins).
enum class TimeGrain { Day, Month, Quarter, Year };

struct ChartOptions
{
    ChartKind kind = ChartKind::Sizes;
    ChartGrouping grouping = ChartGrouping::Deal;
    ChartColouring colouring = ChartColouring::Status;
    ChartScale scale = ChartScale::Linear;
    TimeGrain grain = TimeGrain::Month;
    bool cumulative = true;  // timeline: the running total of money committed
    QString currency = QStringLiteral("USD"); // every amount is shown converted to it
    QString locale = QStringLiteral("en");    // labels: compact numbers, month names
    int maxBars = 15;       // sizes: the largest; the rest are counted in a note
    int labelledPoints = 5; // timeline: the largest deals get a label
    int maxColours = 6;     // colour by investor: the largest, the rest "other"
    bool acceptedOnly = true; // what the data was read with: the chart's note says so
    friend bool operator==(const ChartOptions &, const ChartOptions &) = default;
};

[[nodiscard]] QString toString(ChartKind);
[[nodiscard]] QString toString(ChartGrouping);
[[nodiscard]] QString toString(ChartColouring);
[[nodiscard]] QString toString(ChartScale);
[[nodiscard]] QString toString(TimeGrain);
[[nodiscard]] std::optional<ChartKind> chartKindFromString(QStringView);
[[nodiscard]] std::optional<ChartGrouping> chartGroupingFromString(QStringView);
[[nodiscard]] std::optional<ChartColouring> chartColouringFromString(QStringView);
[[nodiscard]] std::optional<ChartScale> chartScaleFromString(QStringView);
[[nodiscard]] std::optional<TimeGrain> timeGrainFromString(QStringView);

} // namespace dealdesk
