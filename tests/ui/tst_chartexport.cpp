// Charts drawn and exported offscreen: the SVG parses as XML and holds every label, the PNG
// has the asked size, the PDF renders with pdftoppm, a repeated export gives the same bytes;
// the chart window follows a store, lists an item's sources and asks to open one.
#include "../core/chart/chartcorpus.h"

#include "core/chart/chartbuilder.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartwindow.h"
#include "ui/chart/dealchart.h"

#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace dealdesk;
using namespace dealdesk::charttest;

namespace {

ChartData chartOf(ChartKind kind, ChartScale scale = ChartScale::Linear)
{
    ChartOptions o;
    o.kind = kind;
    o.scale = scale;
    return buildChart(corpus(), o, rates());
}

// The text of every <text> (and <tspan>) element of an SVG; empty with `error` set when the
// file is not well-formed XML.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    QString current;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text") {
            ++depth;
            current.clear();
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"text") {
            --depth;
            texts << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void svgHoldsEveryLabel_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("scale");
        QTest::addRow("sizes, linear") << int(ChartKind::Sizes) << int(ChartScale::Linear);
        QTest::addRow("sizes, log") << int(ChartKind::Sizes) << int(ChartScale::Log);
        QTest::addRow("timeline") << int(ChartKind::Timeline) << int(ChartScale::Linear);
    }

    void svgHoldsEveryLabel()
    {
        QFETCH(int, kind);
        QFETCH(int, scale);
        const ChartData data = chartOf(ChartKind(kind), ChartScale(scale));
        const ChartPage page(data, {}, defaultChartSize);
        QString error;
        const QStringList texts = svgTexts(renderSvg(page, u"alt"_qs), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString all = texts.join(u'\n');
        QVERIFY2(texts.contains(data.title), qPrintable(all));
        for (const ChartTick &t : data.valueTicks)
            QVERIFY2(texts.contains(t.label), qPrintable(t.label));
        for (const ChartItem &item : data.items) {
            if (ChartKind(kind) == ChartKind::Sizes) {
                QVERIFY2(texts.contains(item.valueLabel), qPrintable(item.valueLabel + u"\n"_qs + all));
                QVERIFY2(texts.contains(item.label), qPrintable(item.label + u"\n"_qs + all));
            } else if (item.labelled) {
                QVERIFY2(all.contains(item.label), qPrintable(item.label + u"\n"_qs + all));
            }
        }
        for (const ChartTick &t : data.dateTicks)
            QVERIFY2(texts.contains(t.label), qPrintable(t.label));
        QVERIFY2(all.contains(u"Ledger Weekly"_qs), qPrintable(all)); // the source line
        QVERIFY2(all.contains(u"Chart: Dealdesk"_qs), qPrintable(all)); // the credit
    }

    void pngHasTheAskedSize_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qreal>("ratio");
        QTest::addColumn<QSize>("pixels");
        QTest::addRow("default") << defaultChartSize << 1.0 << QSize(1200, 760);
        QTest::addRow("small, ratio 2") << QSizeF(640, 400) << 2.0 << QSize(1280, 800);
        QTest::addRow("ratio 1.5") << QSizeF(800, 500) << 1.5 << QSize(1200, 750);
    }

    void pngHasTheAskedSize()
    {
        QFETCH(QSizeF, size);
        QFETCH(qreal, ratio);
        QFETCH(QSize, pixels);
        const ChartPage page(chartOf(ChartKind::Sizes), {}, size);
        const QImage image = QImage::fromData(renderPng(page, ratio), "PNG");
        QCOMPARE(image.size(), pixels);
        // Something is drawn: the title's ink is not the white page.
        bool ink = false;
        for (int x = 0; x < image.width() / 2 && !ink; ++x)
            ink = qGray(image.pixel(x, int(40 * ratio))) < 128;
        QVERIFY(ink);
    }

    void pdfRenders()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_qs);
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils, scripts/setup) is not installed");
        QTemporaryDir dir;
        const ChartData data = chartOf(ChartKind::Timeline);
        QString error;
        QVERIFY2(exportChart(data, {u"A timeline"_qs, {}, {}, {}}, dir.filePath(u"chart.pdf"_qs), defaultChartSize, 1,
                             &error),
                 qPrintable(error));
        QProcess p;
        p.start(pdftoppm, {u"-png"_qs, u"-r"_qs, u"48"_qs, dir.filePath(u"chart.pdf"_qs), dir.filePath(u"page"_qs)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QImage page(dir.filePath(u"page-1.png"_qs));
        QVERIFY(!page.isNull());
        // 1200 x 760 px is 900 x 570 pt: at 48 dpi, 600 x 380 pixels.
        QCOMPARE(page.size(), QSize(600, 380));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
        if (!pdftotext.isEmpty()) {
            p.start(pdftotext, {dir.filePath(u"chart.pdf"_qs), u"-"_qs});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(u"A timeline"_qs), qPrintable(text));
        }
    }

    void repeatedExportIsIdentical_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addRow("png sizes") << u"c.png"_qs << int(ChartKind::Sizes);
        QTest::addRow("svg sizes") << u"c.svg"_qs << int(ChartKind::Sizes);
        QTest::addRow("pdf sizes") << u"c.pdf"_qs << int(ChartKind::Sizes);
        QTest::addRow("svg timeline") << u"c.svg"_qs << int(ChartKind::Timeline);
        QTest::addRow("pdf timeline") << u"c.pdf"_qs << int(ChartKind::Timeline);
        QTest::addRow("csv") << u"c.csv"_qs << int(ChartKind::Timeline);
    }

    void repeatedExportIsIdentical()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QTemporaryDir dir;
        QByteArray first;
        for (int round = 0; round < 2; ++round) {
            const QString path = dir.filePath(QString::number(round) + name);
            QString error;
            QVERIFY2(exportChart(chartOf(ChartKind(kind)), {}, path, defaultChartSize, 1, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 100);
            if (round == 0)
                first = bytes;
            else
                QVERIFY2(bytes == first, "a second export differs from the first");
        }
        if (name.endsWith(u".pdf"_qs)) // the fixed date: the newest report of the data
            QVERIFY(first.contains("D:20250402120000"));
    }

    void windowFollowsTheStoreAndOpensSources()
    {
        QTemporaryDir dir;
        auto opened = SqliteCorpusStore::open(dir.filePath(u"c.dealdesk"_qs), SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        std::unique_ptr<SqliteCorpusStore> store = std::move(opened).value();
        Article a;
        a.id = a.sourcePath = u"/t/one.txt"_qs;
        a.title = u"Quanta raises"_qs;
        a.text = u"Quanta raises\nHelix Partners put 2 billion dollars into Quanta Labs."_qs;
        a.outlet = u"Ledger Weekly"_qs;
        a.published = u"2025-01-21"_qs;
        a.language = u"en"_qs;
        a.format = u"txt"_qs;
        Findings f;
        f.deals << Deal{u"Helix Partners"_qs, u"Quanta Labs"_qs, Money{u"USD"_qs, 2e9, 2e9, Qualifier::Exact},
                        DealStatus::Completed, u"2025-01"_qs, {14, a.text.size()}};
        QVERIFY(store->addArticlesWithFindings({a}, {f}).ok());

        ChartWindow window;
        QSignalSpy redrawn(&window, &ChartWindow::redrawn);
        window.setStoreSource([&store] { return store.get(); });
        ChartOptions o = window.options();
        o.acceptedOnly = false;
        window.setOptions(o); // read off the GUI thread: the window says when it is drawn
        QVERIFY(redrawn.wait());
        QCOMPARE(window.data().items.size(), 1);
        QVERIFY(window.chart());
        QCOMPARE(window.chart()->data().items.first().label, u"Helix Partners → Quanta Labs"_qs);
        // The list's filter: an outlet without the article leaves the chart empty.
        ArticleFilter other;
        other.outlet = u"Elsewhere"_qs;
        window.followList({}, other);
        window.refresh();
        QVERIFY(redrawn.wait());
        QCOMPARE(window.data().items.size(), 0);
        window.followList({}, {});
        window.refresh();
        QVERIFY(redrawn.wait());

        emit window.chart()->itemClicked(0);
        QCOMPARE(window.sourceList()->count(), 1);
        QSignalSpy opens(&window, &ChartWindow::sourceActivated);
        emit window.sourceList()->itemDoubleClicked(window.sourceList()->item(0));
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.first().at(0).toLongLong(), store->deals(false).first().articleId);
        QCOMPARE(opens.first().at(2).toString(), u"Quanta Labs"_qs);

        // Settings remembered: a new window starts as the last one was left.
        o.kind = ChartKind::Timeline;
        o.grain = TimeGrain::Quarter;
        window.setOptions(o);
        QVERIFY(redrawn.wait());
        ChartWindow again;
        QCOMPARE(int(again.options().kind), int(ChartKind::Timeline));
        QCOMPARE(int(again.options().grain), int(TimeGrain::Quarter));
        QCOMPARE(again.options().acceptedOnly, false);

        // The page's words she writes: remembered, printed in the export and its alt text.
        window.setCaption({u"Quanta's big round"_qs, {}, u"Amounts as first reported"_qs, u"Ada Rossi"_qs});
        QCOMPARE(again.caption().title, QString()); // read when a window is made
        ChartWindow third;
        QCOMPARE(third.caption().note, u"Amounts as first reported"_qs);
        QString error;
        QVERIFY2(window.exportTo(dir.filePath(u"w.svg"_qs), &error), qPrintable(error));
        QFile svg(dir.filePath(u"w.svg"_qs));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString drawn = QString::fromUtf8(svg.readAll());
        for (const QString &text : {u"Quanta&apos;s big round"_qs, u"Amounts as first reported"_qs, u"Ada Rossi"_qs})
            QVERIFY2(drawn.contains(text) || drawn.contains(QString(text).replace(u"&apos;"_qs, u"'"_qs)),
                     qPrintable(text));
        QFile alt(dir.filePath(u"w.txt"_qs)); // the alt text beside it
        QVERIFY(alt.open(QIODevice::ReadOnly));
        const QString altText = QString::fromUtf8(alt.readAll());
        QVERIFY2(altText.contains(u"Quanta's big round"_qs) && altText.contains(u"Amounts as first reported."_qs),
                 qPrintable(altText));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
