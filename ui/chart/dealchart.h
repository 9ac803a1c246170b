#pragma once
// A chart of deals drawn with Qt Charts from ChartData: the sizes as horizontal bars (a range
// as a solid bar to its low end and a lighter part to its high end), the timeline as circles
// sized by amount with the running total as a line. Value tick labels, bar values and the
// largest deals' names are the chart's own text items, written with ChartLabels (ICU compact
// money), which Qt Charts' printf-style axis formats cannot write.
//
// The chart reports hover, click and double-click on an item by its index in data().items.

#include "core/chart/chartdata.h"

#include <QChart>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace dealdesk {

class DealChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealChart)

public:
    // `raster`: drawn only on pixels (screen, PNG), where many markers may be images; an SVG
    // or PDF keeps every marker a vector circle.
    explicit DealChart(const ChartData &data, bool raster = true, QGraphicsItem *parent = nullptr);
    ~DealChart() override;

    [[nodiscard]] const ChartData &data() const { return m_data; }
    // Lays the chart out at `size` now (not on the next event loop turn) with its text in
    // place: what an export needs before painting.
    void layoutAt(const QSizeF &size);
    // The text items the chart adds (ticks, values, names), for tests.
    [[nodiscard]] QStringList overlayTexts() const;

signals:
    void itemHovered(int index, bool entered);
    void itemClicked(int index);
    void itemDoubleClicked(int index);

private:
    void buildSizes();
    void buildTimeline();
    void placeOverlay();
    [[nodiscard]] int itemAt(const QPointF &value) const;
    // The axis of amounts (sizes' bars, the timeline's markers), added at `alignment`.
    QAbstractAxis *addMoneyAxis(Qt::Alignment alignment);
    QGraphicsSimpleTextItem *addText(const QString &text, int pixelSize, const QColor &colour, bool bold = false);

    ChartData m_data;
    QAbstractSeries *m_valueSeries = nullptr; // the series whose axes the overlay maps through
    QAbstractSeries *m_totalSeries = nullptr; // timeline: the running total (right axis)
    QList<double> m_valueTicks, m_totalTicks;
    QList<QGraphicsSimpleTextItem *> m_valueTickText, m_totalTickText, m_itemText;
    QList<int> m_textItem; // the item each of m_itemText labels
    QList<QGraphicsSimpleTextItem *> m_categoryText; // sizes: the bars' names, top first
    QList<QGraphicsSimpleTextItem *> m_dateTickText; // timeline: remade at each layout
    QList<QGraphicsLineItem *> m_dateTickMarks;
    bool m_imageMarkers = false;
};

} // namespace dealdesk
