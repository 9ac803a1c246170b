#pragma once
// A small corpus of deals written for the chart suites (names and figures invented): four
// deals with amounts in three currencies, one without an amount, one in a currency without a
// rate; with the rates they are converted at (round numbers, so the arithmetic is checkable).

#include "core/chart/exchangerates.h"
#include "core/corpus/corpusdeals.h"
#include "core/store/storetypes.h"

#include <QTest>

namespace dealdesk::charttest {

inline StoredDeal row(qint64 article, const QString &outlet, const QString &published, const QString &investor,
                      const QString &target, std::optional<Money> money, DealStatus status, const QString &date)
{
    StoredDeal d;
    d.findingId = article * 10;
    d.articleId = article;
    d.articleSourceId = QStringLiteral("/corpus/article-%1.txt").arg(article);
    d.title = QStringLiteral("Report %1 on %2").arg(article).arg(target);
    d.outlet = outlet;
    d.published = published;
    d.deal = Deal{investor, target, money, status, date, {0, 40}};
    d.evidence = QStringLiteral("%1 and %2 agreed a deal.").arg(investor, target);
    d.state = FindingState::Accepted;
    return d;
}

inline Money money(const char *currency, double low, double high, Qualifier q = Qualifier::Exact)
{
    return Money{QString::fromLatin1(currency), low, high, q};
}

inline QList<StoredDeal> rows()
{
    const QString ledger = QStringLiteral("Ledger Weekly"), gazzetta = QStringLiteral("Gazzetta dei Capitali");
    return {
        row(1, ledger, u"2025-01-21"_qs, u"Helix Partners"_qs, u"Quanta Labs"_qs, money("USD", 2e9, 2e9),
            DealStatus::Announced, u"2025-01-20"_qs),
        row(2, ledger, u"2025-02-10"_qs, u"Helix Partners Inc."_qs, u"Brightmind"_qs,
            money("USD", 5e9, 5e9, Qualifier::UpTo), DealStatus::InTalks, u"2025-02"_qs),
        row(3, gazzetta, u"2025-03-05"_qs, u"Banca Orsa"_qs, u"Quanta Labs"_qs,
            money("EUR", 1e9, 1.5e9, Qualifier::Range), DealStatus::Completed, u"2025"_qs),
        row(4, ledger, u"2025-04-02"_qs, u"Nordlicht Fonds"_qs, u"Brightmind"_qs,
            money("GBP", 300e6, 300e6, Qualifier::Approx), DealStatus::Announced, u"2025-Q2"_qs),
        row(5, gazzetta, u"2025-04-20"_qs, u"Vela Ventures"_qs, u"Ondaweb"_qs, std::nullopt, DealStatus::Planned,
            u"2025-04"_qs),
        row(6, gazzetta, u"2025-05-02"_qs, u"Zeta Holding"_qs, u"Omega Data"_qs, money("XTS", 1e9, 1e9),
            DealStatus::Rumored, u"2025-05"_qs),
    };
}

inline CorpusDeals corpus()
{
    return mergeStoredDeals(rows());
}

inline ExchangeRates rates()
{
    return *ExchangeRates::parse(u"currency\tusd_per_unit\tdate\nUSD\t1\t2025-06-30\nEUR\t1.25\t2025-06-30\n"
                                 "GBP\t1.5\t2025-06-28\n"_qs,
                                 u"test rates"_qs);
}

// ICU separates numbers and units with no-break spaces: compared as plain spaces.
inline QString plain(QString s)
{
    return s.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

} // namespace dealdesk::charttest
