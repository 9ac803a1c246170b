#include "ui/desk.h"

#include "core/corpus/samplecorpus.h"
#include "ui/annotationactions.h"
#include "ui/apptheme.h"
#include "ui/articleview.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace dealdesk {
namespace {

void saveScreenshotAndQuit(MainWindow &window, const QString &path)
{
    // Give the window time to lay out, paint and show the panels read in the background.
    QTimer::singleShot(900, &window, [&window, path] {
        // A dialog open over the window (--show-deal-dialog) is drawn where it stands.
        QPixmap shot = window.grab();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(top) && top->isVisible()) {
                QPainter painter(&shot);
                const QPoint at = top->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
                painter.drawPixmap(at, top->grab());
                painter.setPen(top->palette().color(QPalette::Dark)); // no window manager draws its frame
                painter.drawRect(QRect(at, top->size()).adjusted(-1, -1, 0, 0));
            }
        }
        const bool saved = shot.save(path);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// The chart dock in front of the other bottom docks, as tall as half the window: to work on a
// chart, or to show it in a screenshot.
void showChartDock(MainWindow &window)
{
    if (auto *dock = window.findChild<QDockWidget *>(u"chartDock"_qs)) {
        dock->show();
        dock->raise();
        window.resizeDocks({dock}, {window.height() / 2}, Qt::Vertical);
    }
}

} // namespace

int runDesk(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Desk", "Dealdesk: follow the money in AI."));
    parser.addHelpOption();
    parser.addOptions({
        {u"search"_qs, QApplication::translate("Desk", "Start with this search."), u"TEXT"_qs},
        {u"select"_qs, QApplication::translate("Desk", "Select this row of the list."), u"ROW"_qs},
        {u"finding"_qs, QApplication::translate("Desk", "Select this finding of the article (0 = first)."),
         u"N"_qs},
        {u"screenshot"_qs, QApplication::translate("Desk", "Save the window as PNG and quit."), u"FILE"_qs},
        {u"show-deal-dialog"_qs,
         QApplication::translate("Desk", "Open the deal dialog on the selected finding's sentence.")},
        {u"show-chart"_qs, QApplication::translate("Desk", "Show the chart dock in front, with room.")},
        {u"ui-lang"_qs, QApplication::translate("Desk", "Language of the desk for this run: it or en."),
         u"LANG"_qs},
        {u"theme"_qs, QApplication::translate("Desk", "Colours for this run: system, light or dark."),
         u"THEME"_qs},
    });
    parser.addPositionalArgument(u"corpus"_qs, QApplication::translate("Desk", "A corpus file (*.dealdesk)."));
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + arguments);
    installUiLanguage(parser.isSet(u"ui-lang"_qs) ? parser.value(u"ui-lang"_qs) : preferredUiLanguage());
    applyTheme(parser.isSet(u"theme"_qs) ? parser.value(u"theme"_qs) : preferredTheme());

    std::unique_ptr<MainWindow> window;
    QString corpus;
    QFutureWatcher<std::optional<StoreError>> making; // the first run's sample corpus
    const QString preparing = QApplication::translate("Desk", "Preparing the sample corpus…");
    // A new language rebuilds the window: every text is made again in it, on the same corpus.
    std::function<void()> makeWindow = [&] {
        window = std::make_unique<MainWindow>();
        if (making.isRunning())
            window->showBusy(preparing);
        QObject::connect(window.get(), &MainWindow::languageChangeRequested, window.get(),
                         [&](const QString &language) {
                             installUiLanguage(language);
                             corpus = window->corpusPath();
                             QTimer::singleShot(0, qApp, [&] {
                                 window->close();
                                 makeWindow();
                                 if (!corpus.isEmpty())
                                     window->openCorpus(corpus);
                             });
                         });
        window->show();
    };
    makeWindow();
    auto afterOpen = [&window, &parser] {
        if (parser.isSet(u"search"_qs))
            window->setSearchText(parser.value(u"search"_qs));
        if (parser.isSet(u"select"_qs))
            window->selectRow(parser.value(u"select"_qs).toInt());
        if (parser.isSet(u"finding"_qs)) {
            // After the first paint, so the view scrolls to a laid-out finding.
            const int n = parser.value(u"finding"_qs).toInt();
            QTimer::singleShot(300, window.get(), [&window, n] {
                for (int i = 0; i <= n; ++i)
                    window->articleView()->nextFinding();
            });
        }
        if (parser.isSet(u"show-chart"_qs))
            showChartDock(*window);
        if (parser.isSet(u"show-deal-dialog"_qs)) // after --finding has selected its finding
            QTimer::singleShot(500, window.get(), [&window] { window->annotating()->openDealDialog(); });
        if (parser.isSet(u"screenshot"_qs))
            saveScreenshotAndQuit(*window, parser.value(u"screenshot"_qs));
    };

    const QString named = parser.positionalArguments().value(0);
    const QString path = named.isEmpty() ? defaultSampleCorpusPath() : named;
    if (!named.isEmpty() || QFileInfo::exists(path)) {
        window->openCorpus(path);
        afterOpen();
    } else {
        // First run: the sample corpus is imported off the GUI thread.
        // The watcher, not the window, carries the connection: a language change rebuilds the
        // window while the corpus is made, and the new one must still open it.
        QObject::connect(&making, &QFutureWatcher<std::optional<StoreError>>::finished, &making,
                         [&window, &making, path, afterOpen] {
                             if (const auto error = making.result())
                                 window->showBusy(error->message());
                             else
                                 window->openCorpus(path);
                             afterOpen();
                         });
        making.setFuture(QtConcurrent::run([path] { return createSampleCorpus(path); }));
        window->showBusy(preparing);
    }
    const int status = QApplication::exec();
    making.waitForFinished();
    return status;
}

} // namespace dealdesk
