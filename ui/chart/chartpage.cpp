#include "ui/chart/chartpage.h"

#include "ui/chart/chartstyle.h"
#include "ui/chart/dealchart.h"

#include <QFontMetricsF>
#include <QPainter>

namespace dealdesk {
namespace {

constexpr qreal margin = 28;
constexpr qreal swatch = 12;

} // namespace

ChartPage::ChartPage(const ChartData &data, const ChartCaption &caption, const QSizeF &size, bool vector)
    : m_data(data),
      m_title(caption.title.isEmpty() ? data.title : caption.title),
      m_subtitle(caption.subtitle.isEmpty() ? data.subtitle : caption.subtitle),
      m_note(caption.note.trimmed()),
      m_credit(caption.credit.isEmpty() ? QStringLiteral("Dealdesk") : caption.credit),
      m_size(size)
{
    auto chart = std::make_unique<DealChart>(m_data, !vector);
    m_chart = chart.get();
    m_scene.addItem(chart.release()); // the scene owns it from here
    layout();
}

ChartPage::~ChartPage() = default;

qreal ChartPage::addBlock(const QString &text, const QFont &font, const QColor &colour, qreal top, int flags)
{
    if (text.isEmpty())
        return top;
    const QFontMetricsF metrics(font);
    const QRectF bounds(margin, top, m_size.width() - 2 * margin, 10000);
    const QRectF used = metrics.boundingRect(bounds, Qt::TextWordWrap | flags, text);
    m_blocks.append({text, font, colour, QRectF(margin, top, bounds.width(), used.height()), Qt::TextWordWrap | flags});
    return top + used.height();
}

void ChartPage::layout()
{
    using namespace chartstyle;
    m_blocks.clear();
    qreal y = margin - 4;
    y = addBlock(m_title, font(titleSize, true), ink, y) + 6;
    y = addBlock(m_subtitle, font(subtitleSize), softInk, y) + 12;
    m_legendTop = y;
    y += m_data.colourKeys.isEmpty() ? 0 : legendSize + 14;
    const bool timeline = m_data.options.kind == ChartKind::Timeline;
    if (timeline)
        y += labelSize + 8; // the axis captions above the plot

    // The footer from the bottom up: credit and source, then the notes above them.
    QList<Block> footer;
    // The journalist's note first: what she wants a reader to know before the method.
    QStringList allNotes = m_data.notes;
    if (!m_note.isEmpty())
        allNotes.prepend(QStringView(u".!?…").contains(m_note.back()) ? m_note : m_note + u'.');
    const QString notes = allNotes.isEmpty() ? QString() : m_data.words.notes + u' ' + allNotes.join(u' ');
    const QString source = m_data.sourceLine + u"  ·  "_qs + QString(m_data.words.credit).arg(m_credit);
    const qreal width = m_size.width() - 2 * margin;
    const QFontMetricsF noteMetrics(font(noteSize));
    const qreal sourceHeight =
        noteMetrics.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, source).height();
    const qreal notesHeight =
        notes.isEmpty() ? 0 : noteMetrics.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, notes).height();
    const qreal footerTop = m_size.height() - margin + 6 - sourceHeight - (notesHeight > 0 ? notesHeight + 6 : 0);
    m_chartRect = QRectF(margin - 4, y, m_size.width() - 2 * margin + 8, std::max<qreal>(80, footerTop - 10 - y));
    qreal f = footerTop;
    if (!notes.isEmpty())
        f = addBlock(notes, font(noteSize), softInk, f) + 6;
    addBlock(source, font(noteSize), softInk, f);

    m_chart->setPos(0, 0);
    m_chart->layoutAt(m_chartRect.size());
}

void ChartPage::paint(QPainter &painter) const
{
    using namespace chartstyle;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    for (const Block &b : m_blocks) {
        painter.setFont(b.font);
        painter.setPen(b.colour);
        painter.drawText(b.rect, b.flags, b.text);
    }

    // The legend: a swatch and a name per colour, in one row.
    qreal x = margin;
    painter.setFont(font(legendSize));
    const QFontMetricsF metrics(painter.font());
    const bool timeline = m_data.options.kind == ChartKind::Timeline;
    for (const QString &key : m_data.colourKeys) {
        const QString name = legendName(m_data, key);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(m_data, key));
        const QRectF box(x, m_legendTop + (legendSize + 4 - swatch) / 2, swatch, swatch);
        if (timeline)
            painter.drawEllipse(box);
        else
            painter.drawRect(box);
        painter.setPen(ink);
        painter.drawText(QPointF(x + swatch + 6, m_legendTop + metrics.ascent()), name);
        x += swatch + 6 + metrics.horizontalAdvance(name) + 22;
    }
    if (timeline && m_data.options.cumulative && !m_data.cumulative.isEmpty()) {
        painter.setPen(QPen(ink, 2.2));
        const qreal mid = m_legendTop + (legendSize + 4) / 2.0;
        painter.drawLine(QPointF(x, mid), QPointF(x + 22, mid));
        painter.drawText(QPointF(x + 28, m_legendTop + metrics.ascent()), m_data.words.runningTotalLegend);
    }
    if (timeline) {
        painter.setFont(font(labelSize));
        painter.setPen(softInk);
        const qreal top = m_chartRect.top() - labelSize - 6;
        painter.drawText(QRectF(margin, top, 300, labelSize + 4), Qt::AlignLeft, m_data.words.dealSize);
        if (m_data.options.cumulative && !m_data.cumulative.isEmpty())
            painter.drawText(QRectF(m_size.width() - margin - 300, top, 300, labelSize + 4), Qt::AlignRight,
                             m_data.words.runningTotal);
    }

    // The chart: its scene painted 1:1 into its rectangle.
    const QRectF source(QPointF(0, 0), m_chartRect.size());
    const_cast<QGraphicsScene &>(m_scene).render(&painter, m_chartRect, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

QStringList ChartPage::texts() const
{
    QStringList out;
    for (const Block &b : m_blocks)
        out << b.text;
    for (const QString &key : m_data.colourKeys)
        out << chartstyle::legendName(m_data, key);
    out << m_chart->overlayTexts();
    return out;
}

} // namespace dealdesk
