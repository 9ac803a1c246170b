#pragma once
// A chart's page to bytes: PNG at a size and device pixel ratio, SVG (vector, text as text),
// PDF (vector, one page the size of the chart), and the CSV of its data. The same input gives
// the same bytes, so an export can be checked in and diffed.

#include "ui/chart/chartpage.h"

#include <QByteArray>
#include <QSizeF>

#include <optional>

namespace dealdesk {

enum class ChartFormat { Png, Svg, Pdf, Csv };

// From a file name's suffix; nullopt for any other.
[[nodiscard]] std::optional<ChartFormat> chartFormatFor(const QString &path);

// Logical size in pixels; the PNG has size * ratio pixels.
inline constexpr QSizeF defaultChartSize{1200, 760};

[[nodiscard]] QByteArray renderPng(const ChartPage &page, qreal ratio);
[[nodiscard]] QByteArray renderSvg(const ChartPage &page, const QString &description);
[[nodiscard]] QByteArray renderPdf(const ChartPage &page, const ChartData &data);

// Builds the page at `size` and writes `path` in the format its suffix names; the alt text is
// the SVG's description. False with `error` set when the file cannot be written.
[[nodiscard]] bool exportChart(const ChartData &data, const ChartCaption &caption, const QString &path,
                               const QSizeF &size, qreal ratio, QString *error);

} // namespace dealdesk
