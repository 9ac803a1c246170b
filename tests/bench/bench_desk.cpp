// The desk on a large corpus: printed figures, never asserted (goals in issue 5).
// usage: bench_desk CORPUS.dealdesk [SEARCH]   (run under Xvfb or -platform offscreen)
// Prints: time to the first painted window with the corpus open, median and 95th percentile
// of switching article (fetch, findings, highlights, layout, paint), a full-text search
// (count and first page), the background overview, and resident memory.
#include "ui/articlelistmodel.h"
#include "ui/chart/chartwindow.h"
#include "ui/articleview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace dealdesk;

namespace {

// Resident memory in MB, from the kernel's own count.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Waits for the first paint of `widget` and reports it.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(o, e);
    }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(std::min<double>(values.size() - 1, p * values.size()))];
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DealdeskBench"));
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        out << "usage: bench_desk CORPUS.dealdesk [SEARCH]\n";
        return 2;
    }
    const QString search = args.value(1, QStringLiteral("investimento"));

    MainWindow window;
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleList"));
    PaintWatch watch;
    list->viewport()->installEventFilter(&watch);
    QSignalSpy overview(&window, &MainWindow::overviewShown);
    QElapsedTimer timer;
    timer.start();
    if (!window.openCorpus(args.first())) {
        out << "cannot open " << args.first() << "\n";
        return 1;
    }
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double firstPaint = timer.nsecsElapsed() / 1e6;
    const double firstPaintFromStart = sinceStart.nsecsElapsed() / 1e6;
    const qint64 total = window.articleModel()->totalCount();

    // Article switches: select, which reads the article and its findings, highlights them,
    // lays the document out and paints the view.
    QList<double> switches;
    qint64 findings = 0;
    const int rows = std::min(150, window.articleModel()->rowCount());
    for (int i = 0; i < rows; ++i) {
        timer.restart();
        window.selectRow(i);
        window.articleView()->document()->size(); // force the layout
        window.articleView()->repaint();
        switches << timer.nsecsElapsed() / 1e6;
        findings += window.articleView()->records().size();
    }

    const double memoryBeforeOverview = residentMegabytes();
    // The overview is read on another thread; searching is timed after it, alone.
    timer.restart();
    if (overview.isEmpty())
        overview.wait(120000);
    const double overviewWait = timer.nsecsElapsed() / 1e6;

    // The chart dock, brought to the front: every deal of the corpus read and merged off the
    // GUI thread, then drawn. Put back behind the deals afterwards, as a first run has it,
    // so that the searches below are timed alone.
    auto *chartDock = window.findChild<QDockWidget *>(QStringLiteral("chartDock"));
    auto *chart = window.findChild<ChartWindow *>();
    QSignalSpy drawn(chart, &ChartWindow::redrawn);
    timer.restart();
    chartDock->raise();
    chart->refresh();
    drawn.wait(300000);
    const double chartMs = timer.nsecsElapsed() / 1e6;
    const double memoryWithChart = residentMegabytes();
    window.findChild<QDockWidget *>(QStringLiteral("dealsDock"))->raise();

    QList<double> searches;
    qint64 hits = 0;
    for (int i = 0; i < 5; ++i) {
        window.setSearchText(QString());
        timer.restart();
        window.setSearchText(search);
        searches << timer.nsecsElapsed() / 1e6;
        hits = window.articleModel()->totalCount();
    }
    const QString rare = QStringLiteral("\"round da\"");
    timer.restart();
    window.setSearchText(rare);
    const double rareMs = timer.nsecsElapsed() / 1e6;
    const qint64 rareHits = window.articleModel()->totalCount();

    // An entity filter: the list answers from a background query; the GUI stays free.
    QString entity = QStringLiteral("OpenAI");
    ArticleFilter byEntity;
    byEntity.entity = entity;
    byEntity.entityType = EntityType::Org;
    window.setSearchText(QString());
    timer.restart();
    window.setFilter(byEntity);
    const double entityBlocking = timer.nsecsElapsed() / 1e6;
    while (window.articleModel()->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double entityReady = timer.nsecsElapsed() / 1e6;
    const qint64 entityHits = window.articleModel()->totalCount();

    out << "corpus: " << args.first() << " (" << total << " articles)\n";
    out << "first painted window (open + show + paint): " << qRound(firstPaint) << " ms"
        << " (from process start: " << qRound(firstPaintFromStart) << " ms)\n";
    out << "article switch with highlights, " << rows << " articles, " << findings
        << " findings: median " << QString::number(percentile(switches, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(switches, 0.95), 'f', 1) << " ms\n";
    out << "full-text search " << search << ": median of 5 " << QString::number(percentile(searches, 0.5), 'f', 1)
        << " ms, " << hits << " hits (count + first page by relevance)\n";
    out << "full-text search " << rare << ": " << QString::number(rareMs, 'f', 1) << " ms, " << rareHits
        << " hits\n";
    out << "entity filter " << entity << ": GUI blocked " << QString::number(entityBlocking, 'f', 1)
        << " ms, list filled after " << qRound(entityReady) << " ms, " << entityHits << " articles\n";
    out << "background overview (entities, deals, outlets) ready after a further " << qRound(overviewWait)
        << " ms\n";
    out << "chart dock, every deal of the corpus (" << chart->data().items.size() << " bars): drawn after "
        << qRound(chartMs) << " ms off the GUI thread, resident memory then "
        << QString::number(memoryWithChart, 'f', 0) << " MB\n";
    out << "resident memory: " << QString::number(memoryBeforeOverview, 'f', 0)
        << " MB before the panels' overview, " << QString::number(residentMegabytes(), 'f', 0) << " MB after\n";
    return 0;
}
