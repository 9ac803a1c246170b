// storecodec: the JSON kept in the store's text columns round-trips every field, and a
// damaged payload is reported rather than read as a wrong value.

#include "core/store/storecodec.h"

#include <QTest>

using namespace dealdesk;

Q_DECLARE_METATYPE(dealdesk::FindingValue)

class TestStoreCodec : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data();
    void ranges();
    void badRanges_data();
    void badRanges();
    void roundTrip_data();
    void roundTrip();
    void damagedPayload_data();
    void damagedPayload();
};

void TestStoreCodec::ranges_data()
{
    QTest::addColumn<QList<TextRange>>("ranges");
    QTest::addRow("none") << QList<TextRange>{};
    QTest::addRow("one") << QList<TextRange>{{0, 12}};
    QTest::addRow("several, large") << QList<TextRange>{{3, 40}, {900, 1200}, {5000000000, 5000000007}};
}

void TestStoreCodec::ranges()
{
    QFETCH(QList<TextRange>, ranges);
    const auto back = decodeRanges(encodeRanges(ranges));
    QVERIFY(back);
    QCOMPARE(*back, ranges);
}

void TestStoreCodec::badRanges_data()
{
    QTest::addColumn<QString>("json");
    QTest::addRow("not json") << u"[[1,2"_qs;
    QTest::addRow("object") << u"{\"a\":1}"_qs;
    QTest::addRow("triple") << u"[[1,2,3]]"_qs;
    QTest::addRow("strings") << u"[[\"1\",\"2\"]]"_qs;
}

void TestStoreCodec::badRanges()
{
    QFETCH(QString, json);
    QVERIFY(!decodeRanges(json));
}

void TestStoreCodec::roundTrip_data()
{
    QTest::addColumn<FindingValue>("value");
    QTest::addColumn<FindingKind>("kind");
    QTest::addRow("entity") << FindingValue(EntityMention{{4, 13}, u"Città Srl"_qs,
                                                          EntityType::Org, u"Città"_qs})
                            << FindingKind::Entity;
    QTest::addRow("amount range") << FindingValue(Amount{{20, 48}, u"tra 1,5 e 2 miliardi di euro"_qs,
                                                         Money{u"EUR"_qs, 1.5e9, 2e9, Qualifier::Range},
                                                         MoneyRole::Valuation})
                                  << FindingKind::Amount;
    QTest::addRow("amount odd double") << FindingValue(Amount{{0, 5}, u"$0.1m"_qs,
                                                              Money{u"USD"_qs, 100000.1, 100000.1,
                                                                    Qualifier::Approx},
                                                              MoneyRole::Other})
                                       << FindingKind::Amount;
    QTest::addRow("date") << FindingValue(DateMention{{7, 15}, u"nel 2031"_qs, u"2031"_qs,
                                                      DateGrain::Year})
                          << FindingKind::Date;
    QTest::addRow("deal with money") << FindingValue(Deal{u"Fondo Alfa"_qs, u"Beta Robotica"_qs,
                                                          Money{u"CHF"_qs, 3e7, 3e7, Qualifier::UpTo},
                                                          DealStatus::InTalks, u"2026-03"_qs, {0, 80}})
                                     << FindingKind::Deal;
    QTest::addRow("deal without money or target")
        << FindingValue(Deal{u"Gamma Capital"_qs, QString(), std::nullopt, DealStatus::Rumored,
                             QString(), {10, 30}})
        << FindingKind::Deal;
}

void TestStoreCodec::roundTrip()
{
    QFETCH(FindingValue, value);
    QFETCH(FindingKind, kind);
    const QString article(200, u'x');
    const FindingRow row = toRow(value, article);
    QCOMPARE(toString(row.kind), toString(kind));
    const auto back = fromRow(row);
    QVERIFY(back);
    QVERIFY(*back == value);
}

void TestStoreCodec::damagedPayload_data()
{
    QTest::addColumn<FindingKind>("kind");
    QTest::addColumn<QString>("payload");
    QTest::addRow("not json") << FindingKind::Entity << u"{type"_qs;
    QTest::addRow("unknown entity type") << FindingKind::Entity << u"{\"type\":\"FOOD\"}"_qs;
    QTest::addRow("amount without numbers")
        << FindingKind::Amount << u"{\"currency\":\"EUR\",\"qualifier\":\"exact\",\"role\":\"other\"}"_qs;
    QTest::addRow("unknown grain") << FindingKind::Date << u"{\"value\":\"2025\",\"grain\":\"era\"}"_qs;
    QTest::addRow("deal with broken money")
        << FindingKind::Deal << u"{\"status\":\"announced\",\"money\":{\"low\":\"x\"}}"_qs;
}

void TestStoreCodec::damagedPayload()
{
    QFETCH(FindingKind, kind);
    QFETCH(QString, payload);
    QVERIFY(!fromRow(FindingRow{kind, {0, 1}, u"x"_qs, payload}));
}

QTEST_GUILESS_MAIN(TestStoreCodec)
#include "tst_storecodec.moc"
