#include "ui/chart/chartstyle.h"


namespace dealdesk::chartstyle {

QColor colourOf(const ChartData &chart, const QString &key)
{
    if (key == u"other")
        return QColor(0xa8, 0xa8, 0xa8);
    if (chart.options.colouring == ChartColouring::Status) {
        // Progress reads from dark to light: done and announced solid, talk lighter.
        if (const auto status = dealStatusFromString(key)) {
            switch (*status) {
            case DealStatus::Completed:
                return QColor(0x00, 0x72, 0xb2); // blue
            case DealStatus::Announced:
                return QColor(0x00, 0x9e, 0x73); // bluish green
            case DealStatus::InTalks:
                return QColor(0xe6, 0x9f, 0x00); // orange
            case DealStatus::Planned:
                return QColor(0xcc, 0x79, 0xa7); // reddish purple
            case DealStatus::Rumored:
                return QColor(0x99, 0x99, 0x99);
            }
        }
        return QColor(0x56, 0xb4, 0xe9);
    }
    static const QColor investors[] = {{0x00, 0x72, 0xb2}, {0xe6, 0x9f, 0x00}, {0x00, 0x9e, 0x73},
                                       {0xcc, 0x79, 0xa7}, {0x56, 0xb4, 0xe9}, {0xd5, 0x5e, 0x00},
                                       {0x44, 0x44, 0x44}};
    const qsizetype i = chart.colourKeys.indexOf(key);
    return investors[i < 0 ? 6 : i % 7];
}

QColor rangeColour(const QColor &solid)
{
    // Mixed with white rather than made transparent: SVG and PDF print the same tint.
    return QColor((solid.red() + 2 * 255) / 3, (solid.green() + 2 * 255) / 3, (solid.blue() + 2 * 255) / 3);
}

QString legendName(const ChartData &chart, const QString &key)
{
    // In the chart's language (describeChart), not the desk's: an export is for its readers.
    return chart.words.legend.value(key, key);
}

QFont font(int pixelSize, bool bold)
{
    QFont f;
    // DejaVu Sans is installed by scripts/setup: the exports do not depend on the desktop's font.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace dealdesk::chartstyle
