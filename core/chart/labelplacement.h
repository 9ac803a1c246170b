#pragma once
// Where the name of a deal goes beside its marker on a timeline: geometry only, so the
// drawing (ui/chart) and its tests share it.

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace dealdesk {

// The box for a label of `size` beside a marker centred at `at` with `radius`: inside `room`,
// clear of the labels already `taken`, over as little of the `markers` as it can. When no
// place is free, right of the marker (left near the right edge of `room`) and moved down past
// the labels in the way.
[[nodiscard]] QRectF placeLabel(QPointF at, qreal radius, QSizeF size, const QRectF &room,
                                const QList<QRectF> &markers, const QList<QRectF> &taken);

} // namespace dealdesk
