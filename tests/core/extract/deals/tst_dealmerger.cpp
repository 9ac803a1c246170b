// Cross-article merging: same parties (after name normalisation), compatible amounts and
// dates make one deal with its sources; anything else stays apart.
#include "core/extract/deals/dealmerger.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace dealdesk;

namespace {

std::optional<Money> usd(double low, double high = -1, Qualifier q = Qualifier::Exact)
{
    return Money{QStringLiteral("USD"), low, high < 0 ? low : high, high < 0 ? q : Qualifier::Range};
}

SourcedDeal sourced(const QString &article, const QString &investor, const QString &target,
                    std::optional<Money> money, DealStatus status, const QString &date)
{
    SourcedDeal s;
    s.articleId = article;
    s.evidence = QStringLiteral("sentence of ") + article;
    s.deal.investor = investor;
    s.deal.target = target;
    s.deal.money = money;
    s.deal.status = status;
    s.deal.date = date;
    return s;
}

} // namespace

class TestDealMerger : public QObject
{
    Q_OBJECT

private slots:
    void partyKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("suffix") << QStringLiteral("SoftBank Group Corp.") << QStringLiteral("Softbank") << true;
        QTest::newRow("spa") << QStringLiteral("Leonardo S.p.A.") << QStringLiteral("Leonardo") << true;
        QTest::newRow("accents") << QStringLiteral("Telefónica") << QStringLiteral("Telefonica") << true;
        QTest::newRow("spacing") << QStringLiteral("Open AI") << QStringLiteral("OpenAI") << true;
        QTest::newRow("different") << QStringLiteral("Scale AI") << QStringLiteral("Stability AI") << false;
        QTest::newRow("suffix only") << QStringLiteral("Group") << QStringLiteral("") << false;
    }

    void partyKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(dealPartyKey(a) == dealPartyKey(b), same);
    }

    void compatibility_data()
    {
        QTest::addColumn<std::optional<Money>>("a");
        QTest::addColumn<std::optional<Money>>("b");
        QTest::addColumn<QString>("dateA");
        QTest::addColumn<QString>("dateB");
        QTest::addColumn<bool>("compatible");
        QTest::newRow("same") << usd(10e9) << usd(10e9) << QStringLiteral("2025-01") << QStringLiteral("2025-01-30") << true;
        QTest::newRow("within tolerance") << usd(10e9) << usd(10.5e9) << QString() << QString() << true;
        QTest::newRow("far apart") << usd(10e9) << usd(14e9) << QString() << QString() << false;
        QTest::newRow("point in range") << usd(15e9, 25e9) << usd(25e9) << QString() << QString() << true;
        QTest::newRow("ranges overlap") << usd(15e9, 25e9) << usd(20e9, 30e9) << QString() << QString() << true;
        QTest::newRow("one missing") << std::optional<Money>() << usd(1e9) << QString() << QString() << true;
        QTest::newRow("currency")
            << usd(1e9) << std::optional(Money{QStringLiteral("EUR"), 1e9, 1e9, Qualifier::Exact}) << QString()
            << QString() << false;
        QTest::newRow("year holds month") << usd(1e9) << usd(1e9) << QStringLiteral("2024") << QStringLiteral("2024-06")
                                          << true;
        QTest::newRow("dates far") << usd(1e9) << usd(1e9) << QStringLiteral("2023-01-10") << QStringLiteral("2024-06-01")
                                   << false;
        QTest::newRow("quarter") << usd(1e9) << usd(1e9) << QStringLiteral("2025-Q1") << QStringLiteral("2025-02-14")
                                 << true;
        QTest::newRow("bad date") << usd(1e9) << usd(1e9) << QStringLiteral("soon") << QStringLiteral("2025") << true;
    }

    void compatibility()
    {
        QFETCH(std::optional<Money>, a);
        QFETCH(std::optional<Money>, b);
        QFETCH(QString, dateA);
        QFETCH(QString, dateB);
        QFETCH(bool, compatible);
        const DealMergeOptions o;
        QCOMPARE(amountsCompatible(a, b, o.amountTolerance) && datesCompatible(dateA, dateB, o.maxDaysApart), compatible);
    }

    void mergesReportsOfOneDeal()
    {
        const QList<SourcedDeal> in{
            sourced(QStringLiteral("a1"), QStringLiteral("SoftBank"), QStringLiteral("OpenAI"), usd(15e9, 25e9),
                    DealStatus::InTalks, QStringLiteral("2025-01-30")),
            sourced(QStringLiteral("a2"), QStringLiteral("Microsoft"), QStringLiteral("OpenAI"), std::nullopt,
                    DealStatus::Completed, QStringLiteral("2019")),
            sourced(QStringLiteral("a3"), QStringLiteral("SoftBank Group Corp."), QStringLiteral("OpenAI"), usd(25e9),
                    DealStatus::Announced, QStringLiteral("2025-02")),
            sourced(QStringLiteral("a4"), QStringLiteral("SoftBank"), QStringLiteral("OpenAI"), usd(40e9),
                    DealStatus::Announced, QStringLiteral("2025-03-31")),
        };
        const QList<MergedDeal> out = mergeDeals(in);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].investor, QStringLiteral("SoftBank"));
        QCOMPARE(out[0].sources.size(), 2);
        QCOMPARE(out[0].sources[1].articleId, QStringLiteral("a3"));
        QCOMPARE(out[0].money, usd(25e9)); // the point value is more precise than the range
        QCOMPARE(toString(out[0].status), toString(DealStatus::Announced));
        QCOMPARE(out[0].date, QStringLiteral("2025-01-30"));
        QCOMPARE(out[1].investor, QStringLiteral("Microsoft"));
        QCOMPARE(out[2].money, usd(40e9)); // too far from 25bn: another deal
        QCOMPARE(out[2].sources.size(), 1);
    }

    void nullPartiesMatchOnlyNull()
    {
        const QList<SourcedDeal> in{
            sourced(QStringLiteral("a1"), QString(), QStringLiteral("xAI"), usd(6e9), DealStatus::Completed, QString()),
            sourced(QStringLiteral("a2"), QStringLiteral("Nvidia"), QStringLiteral("xAI"), usd(6e9), DealStatus::Completed,
                    QString()),
            sourced(QStringLiteral("a3"), QString(), QStringLiteral("xAI"), usd(6.2e9), DealStatus::Completed, QString()),
        };
        const QList<MergedDeal> out = mergeDeals(in);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].sources.size(), 2);
        QVERIFY(out[0].investor.isEmpty());
    }

    void emptyInputGivesNothing() { QVERIFY(mergeDeals({}).isEmpty()); }

    // The merge keeps per-deal bounds instead of comparing a newcomer with every source; it
    // must group exactly as the definition does: join the first merged deal with the same
    // parties whose every source is compatible with the newcomer.
    void groupsAsThePairwiseDefinition()
    {
        QRandomGenerator random(20261125);
        const QStringList names{u"OpenAI"_qs, u"SoftBank"_qs, u"Mistral AI"_qs, u"Nvidia"_qs};
        const QStringList currencies{u"USD"_qs, u"EUR"_qs};
        const QStringList dates{QString(), u"2025"_qs, u"2025-Q1"_qs, u"2025-03"_qs, u"2025-03-14"_qs,
                                u"2025-07-01"_qs, u"2026"_qs, u"garbled"_qs};
        QList<SourcedDeal> input;
        for (int i = 0; i < 3000; ++i) {
            std::optional<Money> money;
            if (random.bounded(5) != 0) {
                const double low = (1 + random.bounded(40)) * 0.5e9;
                const double high = random.bounded(4) == 0 ? low * (1 + random.bounded(3) * 0.25) : low;
                money = Money{currencies.at(random.bounded(2)), low, high,
                              high > low ? Qualifier::Range : Qualifier::Exact};
            }
            input << sourced(QString::number(i), names.at(random.bounded(2)), names.at(2 + random.bounded(2)),
                             money, DealStatus(random.bounded(5)), dates.at(random.bounded(dates.size())));
        }
        // The definition, written out the slow way.
        QList<QList<qsizetype>> expected;
        QList<QPair<QString, QString>> keys;
        for (qsizetype i = 0; i < input.size(); ++i) {
            const Deal &d = input[i].deal;
            const QPair<QString, QString> key{dealPartyKey(d.investor), dealPartyKey(d.target)};
            qsizetype into = -1;
            for (qsizetype m = 0; m < expected.size() && into < 0; ++m) {
                if (keys[m] != key)
                    continue;
                const bool fits = std::all_of(expected[m].cbegin(), expected[m].cend(), [&](qsizetype j) {
                    const Deal &s = input[j].deal;
                    return amountsCompatible(s.money, d.money, 0.10) && datesCompatible(s.date, d.date, 92);
                });
                if (fits)
                    into = m;
            }
            if (into < 0) {
                expected.append(QList<qsizetype>{i});
                keys.append(key);
            } else {
                expected[into].append(i);
            }
        }
        const QList<MergedDeal> merged = mergeDeals(input);
        QCOMPARE(merged.size(), expected.size());
        for (qsizetype m = 0; m < merged.size(); ++m) {
            QStringList got, want;
            for (const DealSource &source : merged[m].sources)
                got << source.articleId;
            for (qsizetype j : expected[m])
                want << input[j].articleId;
            QCOMPARE(got, want);
        }
    }
};

QTEST_GUILESS_MAIN(TestDealMerger)
#include "tst_dealmerger.moc"
