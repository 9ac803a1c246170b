// placeLabel(): a timeline label beside its marker, inside the plot, clear of the labels
// already placed and of the other markers when it can be; where nothing is free, below the
// labels in its way.
#include "core/chart/labelplacement.h"

#include <QTest>

using namespace dealdesk;

namespace {

const QRectF plot(0, 0, 400, 300);
const QSizeF label(60, 12);

QRectF marker(qreal x, qreal y, qreal r) { return QRectF(x - r, y - r, 2 * r, 2 * r); }

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT
private slots:
    void placesBesideTheMarker_data();
    void placesBesideTheMarker();
    void crowdedPlotStaysClearOfLabels();
    void nowhereFreeGoesBelowTheLabels();
};

void TestLabelPlacement::placesBesideTheMarker_data()
{
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<QList<QRectF>>("markers");
    QTest::addColumn<QList<QRectF>>("taken");
    QTest::addColumn<QString>("side"); // right, left, above, below of the marker

    QTest::addRow("empty plot: right") << QPointF(100, 150) << QList<QRectF>() << QList<QRectF>() << u"right"_qs;
    QTest::addRow("near the right edge: left") << QPointF(380, 150) << QList<QRectF>() << QList<QRectF>()
                                               << u"left"_qs;
    QTest::addRow("a label on the right: left")
        << QPointF(100, 150) << QList<QRectF>() << QList<QRectF>{QRectF(110, 140, 80, 20)} << u"left"_qs;
    QTest::addRow("markers right and left: above")
        << QPointF(200, 150) << QList<QRectF>{marker(250, 150, 30), marker(150, 150, 30)} << QList<QRectF>()
        << u"above"_qs;
    QTest::addRow("markers all round but below: below")
        << QPointF(200, 150)
        << QList<QRectF>{marker(250, 150, 30), marker(150, 150, 30), marker(200, 110, 25)} << QList<QRectF>()
        << u"below"_qs;
    QTest::addRow("at the top edge: not above") << QPointF(200, 5) << QList<QRectF>() << QList<QRectF>()
                                                << u"below or beside"_qs;
}

void TestLabelPlacement::placesBesideTheMarker()
{
    QFETCH(QPointF, at);
    QFETCH(QList<QRectF>, markers);
    QFETCH(QList<QRectF>, taken);
    QFETCH(QString, side);
    const qreal r = 8;
    const QRectF own = marker(at.x(), at.y(), r);
    const QRectF box = placeLabel(at, r, label, plot, markers + QList<QRectF>{own}, taken);
    QCOMPARE(box.size(), label);
    QVERIFY(plot.contains(box));
    QVERIFY(!box.intersects(own));
    for (const QRectF &t : taken)
        QVERIFY(!box.intersects(t));
    for (const QRectF &m : markers)
        QVERIFY2(!box.intersects(m), "a free place was there");
    if (side == u"right")
        QVERIFY(box.left() >= own.right());
    else if (side == u"left")
        QVERIFY(box.right() <= own.left());
    else if (side == u"above")
        QVERIFY(box.bottom() <= own.top());
    else if (side == u"below")
        QVERIFY(box.top() >= own.bottom());
    else
        QVERIFY(box.bottom() > own.top());
}

void TestLabelPlacement::crowdedPlotStaysClearOfLabels()
{
    // Twenty labels for twenty markers in a row: none covers another or leaves the plot.
    QList<QRectF> markers;
    for (int i = 0; i < 20; ++i)
        markers << marker(20 + i * 18, 150, 10);
    QList<QRectF> taken;
    for (int i = 0; i < 20; ++i) {
        const QRectF box = placeLabel(markers[i].center(), 10, label, plot, markers, taken);
        QVERIFY(plot.contains(box));
        for (const QRectF &t : taken)
            QVERIFY(!box.intersects(t));
        taken << box;
    }
}

void TestLabelPlacement::nowhereFreeGoesBelowTheLabels()
{
    // A plot hardly larger than the label, with a label where every place would go: the new
    // one goes right of its marker and below the one in its way.
    const QRectF small(0, 0, 100, 20);
    const QList<QRectF> taken{QRectF(0, 0, 100, 20)};
    const QRectF box = placeLabel(QPointF(10, 10), 4, label, small, {}, taken);
    QCOMPARE(box.left(), 10 + 4 + 4);
    QVERIFY(box.top() >= taken.front().bottom());
}

QTEST_APPLESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
