#include "ui/mainwindow.h"

#include "core/store/sqlitecorpusstore.h"
#include "ui/articlelistmodel.h"
#include "ui/articleview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dealdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_model(new ArticleListModel(this)),
      m_search(new QLineEdit(this)),
      m_searchDebounce(new QTimer(this)),
      m_list(new QTableView(this)),
      m_view(new ArticleView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_count(new QLabel(this)),
      m_busy(new QProgressBar(this))
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("Dealdesk"));

    m_search->setObjectName(u"searchBox"_qs);
    m_search->setPlaceholderText(tr("Search the corpus: words, \"a phrase\", prefix*"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    // Typing runs one query when the user pauses, not one per key.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });

    m_list->setObjectName(u"articleList"_qs);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->setColumnWidth(ArticleListModel::OutletColumn, 170);
    m_list->setColumnWidth(ArticleListModel::PublishedColumn, 95);
    m_list->setColumnWidth(ArticleListModel::LanguageColumn, 80);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedArticle);
    connect(m_model, &ArticleListModel::totalCountChanged, this, &MainWindow::updateCount);

    m_splitter->setObjectName(u"mainSplitter"_qs);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    setCentralWidget(m_splitter);

    m_busy->setMaximumWidth(220);
    m_busy->setRange(0, 0);
    m_busy->hide();
    statusBar()->addWidget(m_count, 1);
    statusBar()->addPermanentWidget(m_busy);

    createActions();
    resize(1500, 900);
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_qs).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_qs).toByteArray());
}

MainWindow::~MainWindow()
{
    m_model->setStore(nullptr); // the model must not outlive its store
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open corpus…"), this, &MainWindow::chooseCorpus);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QAction *find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_qs);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addSeparator();
    bar->addWidget(m_search);
}

bool MainWindow::openCorpus(const QString &path)
{
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        statusBar()->showMessage(opened.error().message());
        return false;
    }
    m_model->setStore(nullptr);
    m_store = std::move(opened.value());
    m_model->setStore(m_store.get());
    m_busy->hide();
    setWindowTitle(tr("%1 — Dealdesk").arg(QFileInfo(path).completeBaseName()));
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        m_view->clear();
    return true;
}

void MainWindow::showBusy(const QString &message)
{
    m_count->setText(message);
    m_busy->show();
}

void MainWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce->stop();
    m_model->setSearchText(text);
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
}

void MainWindow::showSelectedArticle()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_store) {
        m_view->clear();
        return;
    }
    const auto article = m_store->article(current.data(ArticleListModel::ArticleIdRole).toLongLong());
    if (article)
        m_view->showArticle(*article);
    else
        m_view->clear();
}

void MainWindow::updateCount(qint64 total)
{
    const QLocale locale;
    m_count->setText(m_model->searchText().isEmpty()
                         ? tr("%1 articles").arg(locale.toString(total))
                         : tr("%1 articles match “%2”").arg(locale.toString(total), m_model->searchText()));
}

void MainWindow::chooseCorpus()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open corpus"), QString(),
                                                      tr("Dealdesk corpora (*.dealdesk);;All files (*)"));
    if (!path.isEmpty())
        openCorpus(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_qs, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_qs, m_splitter->saveState());
    event->accept();
}

} // namespace dealdesk
