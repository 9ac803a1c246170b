#include "ui/findingpalette.h"

#include <QCoreApplication>
#include <QPalette>

namespace dealdesk {
namespace {

// Okabe & Ito (2008), "Color Universal Design": seven hues told apart with protanopia,
// deuteranopia and tritanopia.
constexpr QRgb okabeIto[highlightKindCount] = {
    0x0072B2, // blue: organisations, the most frequent kind, gets the calmest hue
    0xD55E00, // vermillion: people
    0x009E73, // bluish green: places
    0xCC79A7, // reddish purple: products
    0x56B4E9, // sky blue: projects
    0xE69F00, // orange: money, what the journalist is after
    0xF0E442, // yellow: dates
};

QColor mix(const QColor &a, const QColor &b, double weightOfA)
{
    const double w = weightOfA;
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                            float(a.greenF() * w + b.greenF() * (1 - w)),
                            float(a.blueF() * w + b.blueF() * (1 - w)));
}

} // namespace

QList<HighlightKind> allHighlightKinds()
{
    QList<HighlightKind> kinds;
    for (int i = 0; i < highlightKindCount; ++i)
        kinds << HighlightKind(i);
    return kinds;
}

std::optional<HighlightKind> highlightKindOf(const FindingRecord &record)
{
    switch (record.kind) {
    case FindingKind::Entity:
        if (const auto *e = std::get_if<EntityMention>(&record.value))
            return HighlightKind(int(e->type)); // EntityType lists the same five in the same order
        return std::nullopt;
    case FindingKind::Amount:
        return HighlightKind::Money;
    case FindingKind::Date:
        return HighlightKind::Date;
    case FindingKind::Deal:
        break;
    }
    return std::nullopt;
}

QColor accentColor(HighlightKind kind)
{
    return QColor(okabeIto[int(kind)]);
}

QColor highlightBackground(HighlightKind kind, const QPalette &palette, bool pending)
{
    const QColor base = palette.color(QPalette::Base);
    // On a dark base a stronger share of the hue is needed to be seen; on a light one a weak
    // share keeps dark text readable; both keep WCAG AA contrast (4.5:1) for every hue (tested).
    // A pending suggestion gets about half the share: nearer the base, so contrast only grows.
    const bool dark = base.lightnessF() < 0.5;
    if (pending)
        return mix(accentColor(kind), base, dark ? 0.20 : 0.14);
    return mix(accentColor(kind), base, dark ? 0.36 : 0.30);
}

QString highlightKindName(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Org:
        return QCoreApplication::translate("Highlight", "Organisation");
    case HighlightKind::Person:
        return QCoreApplication::translate("Highlight", "Person");
    case HighlightKind::Place:
        return QCoreApplication::translate("Highlight", "Place");
    case HighlightKind::Product:
        return QCoreApplication::translate("Highlight", "Product");
    case HighlightKind::Project:
        return QCoreApplication::translate("Highlight", "Project");
    case HighlightKind::Money:
        return QCoreApplication::translate("Highlight", "Money");
    case HighlightKind::Date:
        return QCoreApplication::translate("Highlight", "Date");
    }
    return {};
}

QString highlightKindKey(HighlightKind kind)
{
    static const char *const keys[highlightKindCount] = {"org",     "person", "place", "product",
                                                         "project", "money",  "date"};
    return QString::fromLatin1(keys[int(kind)]);
}

} // namespace dealdesk
