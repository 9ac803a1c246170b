// MainWindow's menus, toolbar and the file dialogs behind them: kept apart from the wiring
// in mainwindow.cpp so each file stays readable.
#include "ui/mainwindow.h"

#include "core/store/sqlitecorpusstore.h"
#include "ui/annotationactions.h"
#include "ui/annotationcontroller.h"
#include "ui/apptheme.h"
#include "ui/articlelistmodel.h"
#include "ui/articleview.h"
#include "ui/corpusoverview.h"
#include "ui/exchangejob.h"
#include "ui/preferencesdialog.h"
#include "ui/recentcorpora.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace dealdesk {
namespace {

const QString corpusFilter()
{
    return MainWindow::tr("Dealdesk corpora (*.dealdesk);;All files (*)");
}

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(QIcon::fromTheme(u"document-new"_qs), tr("&New corpus…"), this,
                                      &MainWindow::newCorpus);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(QIcon::fromTheme(u"document-open"_qs), tr("&Open corpus…"), this,
                                    &MainWindow::chooseCorpus);
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    m_recent = new RecentCorpora(recent, this);
    connect(m_recent, &RecentCorpora::openRequested, this, &MainWindow::openCorpus);
    file->addSeparator();
    QAction *importFiles = file->addAction(QIcon::fromTheme(u"document-import"_qs), tr("&Import files…"), this,
                                           &MainWindow::chooseImportFiles);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import a &folder…"), this, &MainWindow::chooseImportFolder)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("&Export annotations…"), this, [this] {
        startExchange(this, ExchangeDialog::Direction::Export, corpusPath(), {});
    });
    file->addAction(tr("Import a&nnotations…"), this, [this] {
        // The list and the panels read the corpus again, as after an import of articles.
        startExchange(this, ExchangeDialog::Direction::Import, corpusPath(), [this] {
            m_model->setStore(m_store.get());
            if (m_store)
                m_overview->start(m_store->path());
        });
    });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Every edit is in the corpus the moment it is made: undo and redo write too, and there
    // is no Save.
    QAction *undo = m_annotation->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"action-undo"_qs);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_annotation->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"action-redo"_qs);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *search = edit->addAction(tr("&Search the corpus"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *find = edit->addAction(QIcon::fromTheme(u"edit-find"_qs), tr("&Find in article…"), m_view,
                                    &ArticleView::openFindBar);
    find->setShortcut(QKeySequence::Find);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(QIcon::fromTheme(u"go-next"_qs), tr("&Next finding"), m_view,
                                  &ArticleView::nextFinding);
    // n and p as in a mail reader; they never reach a text field, which takes its own keys.
    next->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::Key_N)});
    QAction *previous = go->addAction(QIcon::fromTheme(u"go-previous"_qs), tr("&Previous finding"), m_view,
                                      &ArticleView::previousFinding);
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::Key_P)});
    go->addSeparator();
    go->addAction(tr("Article &list"), this, [this] { m_list->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_annotating->addMenus(menuBar());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_qs);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(importFiles);
    bar->addSeparator();
    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(previous);
    bar->addAction(next);
    bar->addAction(find);
}

void MainWindow::chooseCorpus()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open corpus"), QString(), corpusFilter());
    if (!path.isEmpty())
        openCorpus(path);
}

void MainWindow::newCorpus()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New corpus"), QString(), corpusFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".dealdesk"_qs))
        path += u".dealdesk"_qs;
    {
        auto created = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::CreateIfMissing);
        if (!created.ok()) {
            statusBar()->showMessage(created.error().message());
            return;
        }
    } // closed before the window opens it
    openCorpus(path);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import articles"), QString(),
        tr("Articles (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.editorName() != preferredEditorName()) {
        setPreferredEditorName(dialog.editorName());
        if (m_store)
            m_store->setEditor(preferredEditorName());
    }
    if (dialog.theme() != preferredTheme()) {
        setPreferredTheme(dialog.theme());
        applyTheme(dialog.theme());
    }
    if (dialog.language() == preferredUiLanguage())
        return;
    setPreferredUiLanguage(dialog.language());
    emit languageChangeRequested(dialog.language());
}

} // namespace dealdesk
