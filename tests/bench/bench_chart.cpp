// Charts of 10,000 deals: building the data, drawing the page and exporting it as PNG, SVG,
// PDF and CSV, for the sizes and the timeline (10,000 markers). Printed, never asserted (goal
// in issue 7: render + export <= 1 s). usage: bench_chart [DEALS]   (offscreen platform)
#include "core/chart/chartbuilder.h"
#include "core/chart/charttext.h"
#include "core/chart/exchangerates.h"
#include "core/corpus/corpusdeals.h"
#include "ui/chart/chartexport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace dealdesk;

namespace {

// Invented deals: 400 investors, 2,000 targets, three currencies, ranges and qualifiers, over
// three years of reports from six outlets. Each has its own target-investor pair, so nothing
// merges.
CorpusDeals syntheticDeals(int count)
{
    CorpusDeals out;
    const char *currencies[] = {"USD", "EUR", "GBP"};
    const char *outlets[] = {"Ledger Weekly", "Gazzetta dei Capitali", "Le Quotidien Tech", "Tagesblatt Wirtschaft",
                             "Diario Inversión", "Valley Wire"};
    const DealStatus statuses[] = {DealStatus::Completed, DealStatus::Announced, DealStatus::InTalks,
                                   DealStatus::Planned, DealStatus::Rumored};
    quint32 seed = 7;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int i = 0; i < count; ++i) {
        MergedDeal d;
        d.investor = QStringLiteral("Investor %1").arg(next() % 400);
        d.target = QStringLiteral("Startup %1").arg(i);
        const double low = double(1 + next() % 5000) * 1e6;
        const bool range = next() % 10 == 0;
        d.money = Money{QString::fromLatin1(currencies[next() % 3]), low, range ? low * 1.5 : low,
                        range ? Qualifier::Range : Qualifier(next() % 3)};
        d.status = statuses[next() % 5];
        const QDate day = QDate(2023, 1, 1).addDays(next() % 1095);
        d.date = day.toString(Qt::ISODate);
        const QString id = QStringLiteral("/bench/%1.txt").arg(i);
        d.sources.append({id, QStringLiteral("They agreed."), d.status, d.money, d.date});
        out.articles.insert(id, {i + 1, QStringLiteral("Report %1").arg(i), QString::fromLatin1(outlets[i % 6]),
                                 d.date});
        out.deals.append(std::move(d));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    const CorpusDeals deals = syntheticDeals(count);
    const ExchangeRates rates = ExchangeRates::defaults();

    for (ChartKind kind : {ChartKind::Sizes, ChartKind::Timeline}) {
        ChartOptions o;
        o.kind = kind;
        o.grain = TimeGrain::Month;
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        const ChartData data = buildChart(deals, o, rates);
        const qint64 build = t.restart();
        const ChartPage page(data, {}, defaultChartSize);
        const qint64 layout = t.restart();
        const QByteArray png = renderPng(page, 2);
        const qint64 pngMs = t.restart();
        // SVG and PDF draw every marker as a vector circle: a page of their own.
        const ChartPage vector(data, {}, defaultChartSize, true);
        const QByteArray svg = renderSvg(vector, altText(data));
        const qint64 svgMs = t.restart();
        const QByteArray pdf = renderPdf(vector, data);
        const qint64 pdfMs = t.restart();
        const QString csv = chartCsv(data);
        const qint64 csvMs = t.restart();
        out << toString(kind) << ": " << count << " deals -> " << data.items.size() << " items; build " << build
            << " ms, chart + page " << layout << " ms, PNG (2x) " << pngMs << " ms (" << png.size() / 1024
            << " KiB), vector page + SVG " << svgMs << " ms (" << svg.size() / 1024 << " KiB), PDF " << pdfMs << " ms ("
            << pdf.size() / 1024 << " KiB), CSV " << csvMs << " ms; total " << total.elapsed() << " ms"
            << Qt::endl;
    }
    return 0;
}
