#include "ui/chart/dealchart.h"

#include "ui/chart/chartstyle.h"

#include "core/chart/labelplacement.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

#include <algorithm>

namespace dealdesk {
namespace {

constexpr double msPerDay = 86400000.0;

double msOf(QDate d)
{
    return double(QDate(1970, 1, 1).daysTo(d)) * msPerDay;
}

// A category axis needs distinct names: two deals between the same parties get an invisible
// difference (zero-width spaces), long names an ellipsis.
QStringList categoryNames(const QList<ChartItem> &items)
{
    QStringList names;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        QString name = items[i].label;
        if (name.size() > 38)
            name = name.left(36).trimmed() + u'…';
        while (names.contains(name))
            name += QChar(0x200b);
        names << name;
    }
    return names;
}

void styleAxis(QAbstractAxis *axis, bool grid)
{
    axis->setLabelsFont(chartstyle::font(chartstyle::labelSize));
    axis->setLabelsColor(chartstyle::ink);
    axis->setLinePen(QPen(chartstyle::softInk, 1));
    axis->setGridLinePen(QPen(chartstyle::grid, 1));
    axis->setGridLineVisible(grid);
    axis->setMinorGridLineVisible(false);
}

// The marker's diameter: its area grows with the amount, so a deal twice as large looks twice
// as large.
qreal markerSize(double value, double largest)
{
    return 8 + 44 * std::sqrt(largest > 0 ? std::max(0.0, value) / largest : 0);
}

} // namespace

DealChart::DealChart(const ChartData &data, bool raster, QGraphicsItem *parent)
    : QChart(parent), m_data(data), m_imageMarkers(raster && data.items.size() > 500)
{
    setBackgroundVisible(false);
    setPlotAreaBackgroundVisible(false);
    setDropShadowEnabled(false);
    setAnimationOptions(QChart::NoAnimation);
    legend()->setVisible(false); // the page draws its own legend above the chart
    layout()->setContentsMargins(0, 0, 0, 0);
    setBackgroundRoundness(0);
    setLocale(QLocale(data.options.locale));
    if (data.options.kind == ChartKind::Sizes)
        buildSizes();
    else
        buildTimeline();
    connect(this, &QChart::plotAreaChanged, this, &DealChart::placeOverlay);
}

DealChart::~DealChart() = default;

QGraphicsSimpleTextItem *DealChart::addText(const QString &text, int pixelSize, const QColor &colour, bool bold)
{
    auto *item = new QGraphicsSimpleTextItem(text, this); // owned by the chart
    item->setFont(chartstyle::font(pixelSize, bold));
    item->setBrush(colour);
    item->setZValue(20);
    return item;
}

QAbstractAxis *DealChart::addMoneyAxis(Qt::Alignment alignment)
{
    // Linear or log (base 10) over the data's range; ticks at the data's own steps. Its labels
    // are hidden: the compact money labels ("$25B") are the overlay's.
    QAbstractAxis *moneyAxis = nullptr;
    if (m_data.options.scale == ChartScale::Log) {
        auto *axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setRange(m_data.axisMin, m_data.axisMax);
        moneyAxis = axis;
    } else {
        auto *axis = new QValueAxis(this);
        axis->setRange(m_data.axisMin, m_data.axisMax);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(m_data.valueTicks.size() > 1 ? m_data.valueTicks[1].value : m_data.axisMax);
        moneyAxis = axis;
    }
    styleAxis(moneyAxis, true);
    moneyAxis->setLabelsVisible(false);
    moneyAxis->setLineVisible(false);
    addAxis(moneyAxis, alignment);
    return moneyAxis;
}

void DealChart::buildSizes()
{
    const QList<ChartItem> &items = m_data.items;
    const qsizetype n = items.size();
    // One solid and one lighter set per colour; a category has values in its colour's sets
    // only, so stacking draws the solid part to the low end and the lighter part on to the
    // high end of a range.
    auto *series = new QHorizontalStackedBarSeries(this);
    QList<QBarSet *> solids, ranges;
    for (const QString &key : std::as_const(m_data.colourKeys)) {
        auto *solid = new QBarSet(chartstyle::legendName(m_data, key), series);
        auto *range = new QBarSet(chartstyle::legendName(m_data, key), series);
        const QColor colour = chartstyle::colourOf(m_data, key);
        solid->setColor(colour);
        solid->setBorderColor(colour);
        range->setColor(chartstyle::rangeColour(colour));
        range->setBorderColor(colour);
        for (qsizetype c = 0; c < n; ++c) {
            const ChartItem &item = items[n - 1 - c];
            const bool mine = item.colourKey == key;
            // A log axis has no zero: the solid part starts at the axis' first tick.
            solid->append(mine ? item.low : 0);
            range->append(mine ? item.high - item.low : 0);
        }
        solids << solid;
        ranges << range;
    }
    series->append(solids);
    series->append(ranges);
    series->setBarWidth(0.68);
    addSeries(series);
    m_valueSeries = series;

    auto *categories = new QBarCategoryAxis(this);
    const QStringList names = categoryNames(items);
    categories->append(names);
    styleAxis(categories, false);
    categories->setLineVisible(false);
    // The names are the chart's own text items, right-aligned against the bars: Qt Charts
    // elides a category axis' labels to "..." when it judges them too wide.
    categories->setLabelsVisible(false);
    addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    QAbstractAxis *valueAxis = addMoneyAxis(Qt::AlignBottom);
    series->attachAxis(valueAxis);

    for (const ChartTick &t : m_data.valueTicks) {
        m_valueTicks << t.value;
        m_valueTickText << addText(t.label, chartstyle::labelSize, chartstyle::softInk);
    }
    for (qsizetype i = 0; i < n; ++i) {
        m_itemText << addText(items[i].valueLabel, chartstyle::labelSize, chartstyle::ink, true);
        m_textItem << int(i);
    }
    // Margins for the widest name left of the bars and the widest value label past the end.
    const QFontMetricsF metrics(chartstyle::font(chartstyle::labelSize, true));
    const QFontMetricsF nameMetrics(chartstyle::font(chartstyle::labelSize));
    qreal widest = 0, widestName = 0;
    for (const ChartItem &item : items)
        widest = std::max(widest, metrics.horizontalAdvance(item.valueLabel));
    for (const QString &name : names) {
        widestName = std::max(widestName, nameMetrics.horizontalAdvance(name));
        m_categoryText.prepend(addText(name, chartstyle::labelSize, chartstyle::ink)); // top bar first
    }
    setMargins(QMargins(int(widestName) + 12, 4, int(widest) + 16, 30));

    const auto emitFor = [this, n](int category) { return int(n - 1 - category); };
    for (QBarSet *set : series->barSets()) {
        connect(set, &QBarSet::hovered, this,
                [this, emitFor](bool entered, int c) { emit itemHovered(emitFor(c), entered); });
        connect(set, &QBarSet::clicked, this, [this, emitFor](int c) { emit itemClicked(emitFor(c)); });
        connect(set, &QBarSet::doubleClicked, this, [this, emitFor](int c) { emit itemDoubleClicked(emitFor(c)); });
    }
}

void DealChart::buildTimeline()
{
    const QList<ChartItem> &items = m_data.items;
    double largest = 0;
    for (const ChartItem &item : items)
        largest = std::max(largest, item.value);

    auto *dateAxis = new QValueAxis(this);
    // Half a period of air on each side of the first and last marker.
    const double pad = std::max(msPerDay * 3, (msOf(m_data.dateMax) - msOf(m_data.dateMin)) * 0.04);
    dateAxis->setRange(msOf(m_data.dateMin) - pad, msOf(m_data.dateMax) + pad);
    dateAxis->setTickCount(2);
    styleAxis(dateAxis, false);
    dateAxis->setLabelsVisible(false);
    addAxis(dateAxis, Qt::AlignBottom);

    QAbstractAxis *sizeAxis = addMoneyAxis(Qt::AlignLeft);

    if (m_data.options.cumulative && !m_data.cumulative.isEmpty()) {
        auto *total = new QLineSeries(this);
        // A step line: the total holds until the next period's deals.
        double running = 0;
        for (const auto &[date, sum] : m_data.cumulative) {
            total->append(msOf(date), running);
            total->append(msOf(date), sum);
            running = sum;
        }
        total->append(msOf(m_data.dateMax), running);
        total->setPen(QPen(chartstyle::ink, 2.2));
        addSeries(total);
        auto *totalAxis = new QValueAxis(this);
        totalAxis->setRange(0, m_data.totalMax);
        totalAxis->setTickCount(int(m_data.totalTicks.size()));
        styleAxis(totalAxis, false);
        totalAxis->setLabelsVisible(false);
        totalAxis->setLineVisible(false);
        addAxis(totalAxis, Qt::AlignRight);
        total->attachAxis(dateAxis);
        total->attachAxis(totalAxis);
        m_totalSeries = total;
        for (const ChartTick &t : m_data.totalTicks) {
            m_totalTicks << t.value;
            m_totalTickText << addText(t.label, chartstyle::labelSize, chartstyle::ink);
        }
    }

    // One scatter series per colour and marker size (sizes rounded to 4 px): Qt 6.4 does not
    // draw a point that has its own configuration, so sizes and colours go by series. Larger
    // circles first, so smaller ones stay on top and visible.
    QMap<QPair<int, int>, QScatterSeries *> series; // (-size, colour index) -> series
    for (const ChartItem &item : items) {
        const int size = qRound(markerSize(item.value, largest) / 4) * 4;
        const int colour = int(m_data.colourKeys.indexOf(item.colourKey));
        QScatterSeries *&markers = series[{-size, colour}];
        if (!markers) {
            markers = new QScatterSeries(this);
            markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            markers->setMarkerSize(size);
            QColor fill = chartstyle::colourOf(m_data, item.colourKey);
            fill.setAlphaF(0.8);
            markers->setColor(fill);
            markers->setBorderColor(Qt::white);
            if (m_imageMarkers) {
                // Many markers on a raster are drawn as a "light marker" (an image the series
                // paints itself) rather than one graphics item per point: 10,000 markers took 4 s
                // to paint as items, 0.4 s so. Made at four times the size: sharp in a 2x PNG.
                QImage circle(QSize(size, size) * 4, QImage::Format_ARGB32_Premultiplied);
                circle.fill(Qt::transparent);
                {
                    QPainter painter(&circle);
                    painter.setRenderHint(QPainter::Antialiasing);
                    painter.setBrush(fill);
                    painter.setPen(QPen(Qt::white, 4));
                    painter.drawEllipse(QRectF(2, 2, size * 4 - 4, size * 4 - 4));
                }
                markers->setLightMarker(circle);
            }
        }
        markers->append(msOf(item.date), item.value);
    }
    QScatterSeries *markers = nullptr;
    for (QScatterSeries *s : std::as_const(series)) {
        addSeries(s);
        s->attachAxis(dateAxis);
        s->attachAxis(sizeAxis);
        markers = s;
        connect(s, &QScatterSeries::hovered, this,
                [this](const QPointF &p, bool entered) { emit itemHovered(itemAt(p), entered); });
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) { emit itemClicked(itemAt(p)); });
        connect(s, &QScatterSeries::doubleClicked, this,
                [this](const QPointF &p) { emit itemDoubleClicked(itemAt(p)); });
    }
    if (!markers)
        return;
    m_valueSeries = markers;
    for (const ChartTick &t : m_data.valueTicks) {
        m_valueTicks << t.value;
        m_valueTickText << addText(t.label, chartstyle::labelSize, chartstyle::softInk);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].labelled)
            continue;
        m_itemText << addText(items[i].label + u"  "_qs + items[i].valueLabel, chartstyle::labelSize,
                              chartstyle::ink, true);
        m_textItem << int(i);
    }
    // Date tick labels are overlay text too, at period starts. The side margins hold the widest
    // tick label of each axis: "80 mld USD" is twice as wide as "$80B".
    qreal left = 0, right = 0;
    for (const QGraphicsSimpleTextItem *t : std::as_const(m_valueTickText))
        left = std::max(left, t->boundingRect().width());
    for (const QGraphicsSimpleTextItem *t : std::as_const(m_totalTickText))
        right = std::max(right, t->boundingRect().width());
    setMargins(QMargins(std::max(70, int(left) + 14), 10, m_totalSeries ? std::max(70, int(right) + 14) : 10, 30));

}

int DealChart::itemAt(const QPointF &value) const
{
    int best = -1;
    double distance = 0;
    for (qsizetype i = 0; i < m_data.items.size(); ++i) {
        const ChartItem &item = m_data.items[i];
        const double d = std::abs(msOf(item.date) - value.x()) / msPerDay
                         + std::abs(item.value - value.y()) / std::max(1.0, m_data.axisMax);
        if (best < 0 || d < distance) {
            best = int(i);
            distance = d;
        }
    }
    return best;
}

void DealChart::layoutAt(const QSizeF &size)
{
    resize(size);
    layout()->activate();
    // Series items (the scatter markers among them) take their geometry from posted events:
    // delivered now, so a page painted without an event loop (the CLI, exports) shows them.
    QCoreApplication::sendPostedEvents();
    placeOverlay();
}

QStringList DealChart::overlayTexts() const
{
    QStringList texts;
    for (const auto *list : {&m_valueTickText, &m_totalTickText, &m_itemText, &m_dateTickText, &m_categoryText}) {
        for (const QGraphicsSimpleTextItem *t : *list)
            texts << t->text();
    }
    return texts;
}

void DealChart::placeOverlay()
{
    if (!m_valueSeries)
        return;
    const QRectF plot = plotArea();
    const bool sizes = m_data.options.kind == ChartKind::Sizes;
    for (qsizetype i = 0; i < m_valueTickText.size(); ++i) {
        QGraphicsSimpleTextItem *t = m_valueTickText[i];
        const QRectF box = t->boundingRect();
        if (sizes) {
            const qreal x = mapToPosition(QPointF(m_valueTicks[i], 0), m_valueSeries).x();
            t->setPos(x - box.width() / 2, plot.bottom() + 6);
        } else {
            const qreal y = mapToPosition(QPointF(0, m_valueTicks[i]), m_valueSeries).y();
            t->setPos(plot.left() - box.width() - 8, y - box.height() / 2);
        }
    }
    for (qsizetype i = 0; i < m_totalTickText.size(); ++i) {
        QGraphicsSimpleTextItem *t = m_totalTickText[i];
        const qreal y = mapToPosition(QPointF(0, m_totalTicks[i]), m_totalSeries).y();
        t->setPos(plot.right() + 8, y - t->boundingRect().height() / 2);
    }
    if (sizes) {
        const qsizetype n = m_data.items.size();
        for (qsizetype k = 0; k < m_itemText.size(); ++k) {
            const ChartItem &item = m_data.items[m_textItem[k]];
            const qreal category = qreal(n - 1 - m_textItem[k]);
            const QPointF end = mapToPosition(QPointF(item.high, category), m_valueSeries);
            const QRectF box = m_itemText[k]->boundingRect();
            m_itemText[k]->setPos(end.x() + 6, end.y() - box.height() / 2);
        }
        for (qsizetype i = 0; i < m_categoryText.size(); ++i) {
            const qreal y = mapToPosition(QPointF(m_data.axisMin, qreal(n - 1 - i)), m_valueSeries).y();
            const QRectF box = m_categoryText[i]->boundingRect();
            m_categoryText[i]->setPos(plot.left() - 8 - box.width(), y - box.height() / 2);
        }
        return;
    }
    // Date ticks under the plot, names of the largest deals beside their marker, each moved
    // down past the ones already placed so none covers another.
    qDeleteAll(m_dateTickText);
    qDeleteAll(m_dateTickMarks);
    m_dateTickText.clear();
    m_dateTickMarks.clear();
    for (const ChartTick &t : m_data.dateTicks) {
        QGraphicsSimpleTextItem *text = addText(t.label, chartstyle::labelSize, chartstyle::softInk);
        const qreal x = mapToPosition(QPointF(t.value * msPerDay, m_data.axisMin), m_valueSeries).x();
        text->setPos(x - text->boundingRect().width() / 2, plot.bottom() + 6);
        auto *tick = new QGraphicsLineItem(x, plot.bottom(), x, plot.bottom() + 4, this);
        tick->setPen(QPen(chartstyle::softInk, 1));
        m_dateTickText << text;
        m_dateTickMarks << tick;
    }
    double largest = 0;
    for (const ChartItem &item : m_data.items)
        largest = std::max(largest, item.value);
    // Every marker is an obstacle: a label should cover neither another label nor a deal.
    QList<QRectF> markers;
    markers.reserve(m_data.items.size());
    for (const ChartItem &item : m_data.items) {
        const QPointF at = mapToPosition(QPointF(msOf(item.date), item.value), m_valueSeries);
        const qreal r = markerSize(item.value, largest) / 2;
        markers << QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r);
    }
    const QRectF room = plot.adjusted(0, 0, m_totalSeries ? 0 : 10, 0);
    QList<QRectF> taken;
    for (qsizetype k = 0; k < m_itemText.size(); ++k) {
        const ChartItem &item = m_data.items[m_textItem[k]];
        const QPointF at = mapToPosition(QPointF(msOf(item.date), item.value), m_valueSeries);
        const qreal r = markerSize(item.value, largest) / 2;
        const QSizeF size = m_itemText[k]->boundingRect().size();
        m_itemText[k]->setPos(placeLabel(at, r, size, room, markers, taken).topLeft());
        taken << QRectF(m_itemText[k]->pos(), size);
    }
}

} // namespace dealdesk
