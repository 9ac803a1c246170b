#include "core/chart/labelplacement.h"

#include <algorithm>
#include <optional>

namespace dealdesk {

QRectF placeLabel(QPointF at, qreal radius, QSizeF size, const QRectF &room, const QList<QRectF> &markers,
                  const QList<QRectF> &taken)
{
    // Places tried in order (right of the marker, left, above, below, then further out each
    // way): of those inside the room and clear of the other labels, the one covering the least
    // marker area wins, the earlier on a tie, so on a crowded timeline a name moves into the
    // emptiest space near its deal instead of onto its neighbours.
    const qreal gap = 4;
    QList<QRectF> places;
    for (int step = 0; step < 6; ++step) {
        const qreal shift = step * (size.height() + 2);
        const qreal midY = at.y() - size.height() / 2;
        places << QRectF(QPointF(at.x() + radius + gap, midY + shift), size)
               << QRectF(QPointF(at.x() - radius - gap - size.width(), midY + shift), size)
               << QRectF(QPointF(at.x() - size.width() / 2, at.y() - radius - gap - size.height() - shift), size)
               << QRectF(QPointF(at.x() - size.width() / 2, at.y() + radius + gap + shift), size);
        if (step > 0)
            places << QRectF(QPointF(at.x() + radius + gap, midY - shift), size)
                   << QRectF(QPointF(at.x() - radius - gap - size.width(), midY - shift), size);
    }
    const auto covered = [&](const QRectF &box) {
        qreal area = 0;
        for (const QRectF &m : markers)
            area += (m & box).width() * (m & box).height();
        return area;
    };
    std::optional<QRectF> best;
    qreal bestArea = 0;
    for (const QRectF &box : places) {
        if (!room.contains(box))
            continue;
        if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(box); }))
            continue;
        const qreal area = covered(box);
        if (!best || area < bestArea) {
            best = box;
            bestArea = area;
        }
        if (area == 0)
            break;
    }
    if (best)
        return *best;
    // Nowhere free: right of the marker (left near the right edge), below the labels in the way.
    QRectF box = places.front();
    if (box.right() > room.right())
        box = places[1];
    for (int tries = 0; tries < 12; ++tries) {
        const auto hit = std::find_if(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(box); });
        if (hit == taken.cend())
            break;
        box.moveTop(hit->bottom() + 2);
    }
    return box;
}

} // namespace dealdesk
