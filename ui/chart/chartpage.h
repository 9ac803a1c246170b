#pragma once
// A chart laid out as a newspaper publishes it: title, subtitle, legend, the chart, notes, a
// source line naming the outlets, the credit. Painted on any QPainter in logical pixels, so
// the screen, a PNG, an SVG and a PDF show the same page.

#include "core/chart/chartdata.h"

#include <QGraphicsScene>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace dealdesk {

class DealChart;

class ChartPage
{
public:
    // `vector`: the page goes to an SVG or PDF (see DealChart's `raster`).
    ChartPage(const ChartData &data, const ChartCaption &caption, const QSizeF &size, bool vector = false);
    ~ChartPage();
    ChartPage(const ChartPage &) = delete;
    ChartPage &operator=(const ChartPage &) = delete;

    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] QString title() const { return m_title; }
    // Paints the page at (0, 0) in logical pixels.
    void paint(QPainter &painter) const;
    [[nodiscard]] DealChart *chart() const { return m_chart; }
    // Every text on the page, chart labels included (tests look for them in the exports).
    [[nodiscard]] QStringList texts() const;

private:
    struct Block
    {
        QString text;
        QFont font;
        QColor colour;
        QRectF rect;
        int flags = 0;
    };

    void layout();
    qreal addBlock(const QString &text, const QFont &font, const QColor &colour, qreal top, int flags = 0);

    ChartData m_data;
    QString m_title, m_subtitle, m_note, m_credit;
    QSizeF m_size;
    QGraphicsScene m_scene;
    DealChart *m_chart = nullptr; // owned by m_scene
    QList<Block> m_blocks;
    QRectF m_chartRect;
    qreal m_legendTop = 0;
};

} // namespace dealdesk
