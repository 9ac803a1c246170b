#include "core/corpus/samplecorpus.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/desk.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dealdesk;

class TestDesk : public QObject
{
    Q_OBJECT

private:
    static MainWindow *theWindow()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(w); window && window->isVisible())
                return window;
        }
        return nullptr;
    }

    static QStringList menuTitles(MainWindow *window)
    {
        QStringList titles;
        for (QAction *a : window->menuBar()->actions())
            titles << a->text().remove(u'&');
        return titles;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Preferences ▸ language rebuilds the window in the new language on the same corpus.
    void languageChangeRebuildsTheWindowOnTheSameCorpus()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"desk.dealdesk"_qs);
        {
            auto opened = SqliteCorpusStore::open(corpus, SqliteCorpusStore::OpenMode::CreateIfMissing);
            QVERIFY(opened.ok());
        }
        QStringList before, after;
        QString corpusAfter;
        QPointer<MainWindow> first;
        QTimer::singleShot(200, qApp, [&] {
            first = theWindow();
            if (!first) {
                QApplication::exit(1);
                return;
            }
            before = menuTitles(first);
            emit first->languageChangeRequested(u"it"_qs);
            QTimer::singleShot(300, qApp, [&] {
                MainWindow *second = theWindow();
                if (second) {
                    after = menuTitles(second);
                    corpusAfter = second->corpusPath();
                }
                QApplication::exit(second && second != first.data() ? 0 : 2);
            });
        });
        const int status = runDesk({corpus, u"--ui-lang"_qs, u"en"_qs});
        QCOMPARE(status, 0);
        QVERIFY(first.isNull()); // the old window is gone
        QVERIFY2(before.contains(u"Edit"_qs), qPrintable(before.join(u' ')));
        QVERIFY2(after.contains(u"Modifica"_qs), qPrintable(after.join(u' ')));
        QCOMPARE(corpusAfter, corpus);
    }

    // A language change while the first run still makes the sample corpus: the new window
    // opens it when it is ready (the connection used to die with the old window).
    void languageChangeDuringTheFirstRunStillOpensTheSamples()
    {
        const QString samples = defaultSampleCorpusPath();
        QFile::remove(samples);
        QPointer<MainWindow> first;
        QString openedPath;
        QTimer::singleShot(0, qApp, [&] {
            first = theWindow();
            if (!first) {
                QApplication::exit(1);
                return;
            }
            emit first->languageChangeRequested(u"it"_qs);
            auto *poll = new QTimer(qApp);
            QObject::connect(poll, &QTimer::timeout, qApp, [&, poll] {
                MainWindow *current = theWindow();
                if (current && !current->corpusPath().isEmpty()) {
                    openedPath = current->corpusPath();
                    poll->deleteLater();
                    QApplication::exit(current != first.data() ? 0 : 2);
                }
            });
            poll->start(50);
        });
        QTimer::singleShot(120000, qApp, [] { QApplication::exit(3); });
        const int status = runDesk({u"--ui-lang"_qs, u"en"_qs});
        QCOMPARE(status, 0);
        QVERIFY(first.isNull());
        QCOMPARE(openedPath, samples);
        QVERIFY(QFile::exists(samples));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
