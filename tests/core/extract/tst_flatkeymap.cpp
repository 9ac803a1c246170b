// FlatKeyMap against QHash as the reference: random keys (0 included, which the table keeps
// aside), repeated inserts keeping the first value, growth past many doublings, and misses.
#include "core/extract/flatkeymap.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace dealdesk;

class TestFlatKeyMap : public QObject
{
    Q_OBJECT
private slots:
    void matchesQHash_data();
    void matchesQHash();
    void keepsFirstValue();
    void emptyMapMisses();
};

void TestFlatKeyMap::matchesQHash_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("withZeroKey");
    QTest::addColumn<bool>("clusteredKeys");
    QTest::addRow("one key") << 1 << false << false;
    QTest::addRow("zero key alone") << 0 << true << false;
    QTest::addRow("a few, with zero") << 7 << true << false;
    QTest::addRow("past the first growth") << 65 << false << false;
    QTest::addRow("ten thousand") << 10000 << true << false;
    // Keys equal in their low bits all start at one slot: the probing must still find them.
    QTest::addRow("colliding low bits") << 2000 << false << true;
}

void TestFlatKeyMap::matchesQHash()
{
    QFETCH(int, count);
    QFETCH(bool, withZeroKey);
    QFETCH(bool, clusteredKeys);
    QRandomGenerator random(20261125);
    FlatKeyMap map;
    QHash<quint64, qint32> reference;
    for (int i = 0; i < count; ++i) {
        const quint64 key = clusteredKeys ? (random.generate64() << 20) | 0x5 : random.generate64() | 1;
        const qint32 value = qint32(random.bounded(1000000));
        const qint32 stored = map.insert(key, value);
        if (!reference.contains(key))
            reference.insert(key, value);
        QCOMPARE(stored, reference.value(key));
    }
    if (withZeroKey) {
        QCOMPARE(map.insert(0, 42), 42);
        reference.insert(0, 42);
    }
    QCOMPARE(map.size(), reference.size());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        QCOMPARE(map.value(it.key()), it.value());
        QVERIFY(map.contains(it.key()));
    }
    for (int i = 0; i < 1000; ++i) {
        const quint64 key = random.generate64() & ~quint64(1); // even: never inserted above
        if (!reference.contains(key)) {
            QCOMPARE(map.value(key, -7), -7);
            QVERIFY(!map.contains(key));
        }
    }
}

void TestFlatKeyMap::keepsFirstValue()
{
    FlatKeyMap map;
    QCOMPARE(map.insert(99, 1), 1);
    QCOMPARE(map.insert(99, 2), 1);
    QCOMPARE(map.value(99), 1);
    QCOMPARE(map.size(), 1);
}

void TestFlatKeyMap::emptyMapMisses()
{
    const FlatKeyMap map;
    QVERIFY(map.isEmpty());
    QCOMPARE(map.value(0), -1);
    QCOMPARE(map.value(12345, 3), 3);
}

QTEST_APPLESS_MAIN(TestFlatKeyMap)
#include "tst_flatkeymap.moc"
