#pragma once
// The colour of each kind of finding in the article view and the legend: the Okabe-Ito
// palette, which stays distinct for the common forms of colour blindness, mixed into the
// view's own base colour so the text keeps its contrast on a light or a dark palette.

#include "core/store/storetypes.h"

#include <QColor>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

class QPalette;

namespace dealdesk {

// What the view colours: the five entity types, amounts and dates (deals are sentences,
// listed in the inspector rather than painted over the text).
enum class HighlightKind { Org, Person, Place, Product, Project, Money, Date };
inline constexpr int highlightKindCount = 7;

[[nodiscard]] inline size_t qHash(HighlightKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

[[nodiscard]] QList<HighlightKind> allHighlightKinds();
// nullopt for a deal.
[[nodiscard]] std::optional<HighlightKind> highlightKindOf(const FindingRecord &record);
// The full-strength colour (the legend's swatch, the underline).
[[nodiscard]] QColor accentColor(HighlightKind kind);
// The background behind a highlighted word: the accent mixed into `palette`'s base colour,
// lighter for a pending suggestion than for a decided or hand-made finding.
[[nodiscard]] QColor highlightBackground(HighlightKind kind, const QPalette &palette, bool pending = false);
// "Organisation", "Money"...: translated, for the legend and the inspector.
[[nodiscard]] QString highlightKindName(HighlightKind kind);
// A stable key for settings ("org", "money").
[[nodiscard]] QString highlightKindKey(HighlightKind kind);

} // namespace dealdesk
