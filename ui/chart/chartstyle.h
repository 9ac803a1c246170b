#pragma once
// How a published chart looks: colours (Okabe-Ito, distinct for the common forms of colour
// blindness) for statuses and investors, the fonts of each text, the legend's names. One place,
// so the GUI and the exports draw the same chart.

#include "core/chart/chartdata.h"

#include <QColor>
#include <QFont>

namespace dealdesk {

namespace chartstyle {

[[nodiscard]] QColor colourOf(const ChartData &chart, const QString &key);
// The lighter part of a range bar.
[[nodiscard]] QColor rangeColour(const QColor &solid);
// A legend entry: a status in words ("in talks"), an investor as named, "Other".
[[nodiscard]] QString legendName(const ChartData &chart, const QString &key);

// Fonts at pixel sizes: the same on screen, in a PNG, an SVG and a PDF.
[[nodiscard]] QFont font(int pixelSize, bool bold = false);
inline constexpr int titleSize = 26;
inline constexpr int subtitleSize = 16;
inline constexpr int legendSize = 14;
inline constexpr int labelSize = 13;
inline constexpr int noteSize = 12;

inline const QColor ink{0x22, 0x22, 0x22};
inline const QColor softInk{0x5f, 0x5f, 0x5f};
inline const QColor grid{0xe3, 0xe3, 0xe3};

} // namespace chartstyle
} // namespace dealdesk
