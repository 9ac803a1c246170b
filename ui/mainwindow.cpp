#include "ui/mainwindow.h"

#include "core/store/sqlitecorpusstore.h"
#include "ui/annotationactions.h"
#include "ui/annotationcontroller.h"
#include "ui/articleview.h"
#include "ui/chart/chartwindow.h"
#include "ui/corpusoverview.h"
#include "ui/dealpanel.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/findinginspector.h"
#include "ui/importjob.h"
#include "ui/importprogress.h"
#include "ui/preferencesdialog.h"
#include "ui/problemspanel.h"
#include "ui/recentcorpora.h"

#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QShowEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace dealdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new ArticleListModel(this)), m_search(new QLineEdit(this)),
      m_searchDebounce(new QTimer(this)), m_filterBar(new FilterBar(this)), m_list(new QTableView(this)),
      m_view(new ArticleView(this)), m_splitter(new QSplitter(Qt::Horizontal, this)), m_count(new QLabel(this)),
      m_inspector(new FindingInspector(this)), m_entities(new EntityPanel(this)), m_deals(new DealPanel(this)),
      m_problems(new ProblemsPanel(this)), m_progress(new ImportProgress(this)), m_import(new ImportJob(this)),
      m_overview(new OverviewLoader(this))
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("Dealdesk"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_search->setObjectName(u"searchBox"_qs);
    m_search->setPlaceholderText(tr("Search the corpus: words, \"a phrase\", prefix*"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(380);
    // Typing runs one query when the user pauses, not one per key.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_filterBar, &FilterBar::filterChanged, m_model, &ArticleListModel::setFilter);

    m_list->setObjectName(u"articleList"_qs);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setShowGrid(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Narrow columns, never narrower than their (translated) heading.
    const int dateWidth = m_list->fontMetrics().horizontalAdvance(
                              QLocale().toString(QDate(2025, 12, 28), QLocale::ShortFormat))
                          + 18;
    const int widths[] = {0, 115, dateWidth, 40, 40, 40, 64};
    for (int c = ArticleListModel::OutletColumn; c < ArticleListModel::ColumnCount; ++c)
        m_list->setColumnWidth(c, std::max(widths[c], header->sectionSizeHint(c)));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedArticle);
    connect(m_model, &ArticleListModel::totalCountChanged, this, &MainWindow::updateCount);
    // After a new search or filter the list starts over: keep the article on screen when it
    // is still listed, else show the first one.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->isLoading())
            return; // the answer comes with the next reset; the article stays on screen
        const int row = m_model->rowOf(m_shownArticle);
        selectRow(row >= 0 ? row : 0);
    });

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_list, 1);

    m_splitter->setObjectName(u"mainSplitter"_qs);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    connect(m_view, &ArticleView::recordSelected, m_inspector, &FindingInspector::showRecord);
    connect(m_inspector, &FindingInspector::recordChosen, m_view, &ArticleView::selectRecord);
    connect(m_entities, &EntityPanel::entityChosen, m_filterBar, &FilterBar::setEntity);
    connect(m_entities, &EntityPanel::entityJumpRequested, m_view, &ArticleView::jumpToEntity);
    connect(m_deals, &DealPanel::dealActivated, this,
            [this](qint64 articleId, const QString &investor, const QString &target) {
        const int row = m_model->rowOf(articleId);
        if (row >= 0)
            selectRow(row);
        else
            showArticle(articleId); // not in the list as filtered: shown all the same
        // Merged names are the first source's: the deal is found there by its parties.
        const QList<FindingRecord> &records = m_view->records();
        for (int i = 0; i < records.size(); ++i) {
            const auto *deal = std::get_if<Deal>(&records[i].value);
            if (deal && deal->investor == investor && deal->target == target) {
                m_view->selectRecord(i);
                break;
            }
        }
    });
    connect(m_overview, &OverviewLoader::loaded, this, &MainWindow::showOverview);

    // Annotating: every edit is an undoable command written to the corpus at once.
    m_annotation = new AnnotationController(this);
    m_annotating = new AnnotationActions(m_annotation, m_view, m_inspector, this);
    connect(m_annotation, &AnnotationController::articleChanged, this, &MainWindow::articleEdited);
    connect(m_annotation, &AnnotationController::reviewChanged, this, [this] {
        m_model->setStore(m_store.get()); // the list shows the new state; the article stays
    });
    connect(m_annotation, &AnnotationController::namesChanged, this, [this] {
        if (!m_store)
            return;
        m_overview->start(m_store->path());
        articleEdited(m_shownArticle, 0);
    });
    connect(m_annotation, &AnnotationController::storeError, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        m_problems->addProblem({corpusPath(), 0, message});
    });
    connect(m_annotating, &AnnotationActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_entities, &EntityPanel::renameRequested, m_annotating, &AnnotationActions::renameEntity);
    connect(m_entities, &EntityPanel::aliasRequested, m_annotating, &AnnotationActions::addAlias);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(m_annotating->reviewActions());

    connect(m_import, &ImportJob::progress, m_progress, &ImportProgress::setProgress);
    connect(m_import, &ImportJob::problemFound, m_problems, &ProblemsPanel::addProblem);
    connect(m_import, &ImportJob::finished, this, &MainWindow::importFinishedWith);
    connect(m_progress, &ImportProgress::cancelRequested, this, &MainWindow::cancelImport);
    statusBar()->addWidget(m_count, 1);
    statusBar()->addPermanentWidget(m_progress);

    createDocks();
    createActions();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    m_model->setStore(nullptr); // the model must not outlive its store
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &name, const QString &title,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() finds docks by name
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    // One column on the right, the finding above the entities: the list and the article keep
    // the width a reader needs on a laptop screen.
    QDockWidget *inspector = addDock(m_inspector, u"inspectorDock"_qs, tr("Finding"), Qt::RightDockWidgetArea);
    QDockWidget *entities = addDock(m_entities, u"entitiesDock"_qs, tr("Entities"), Qt::RightDockWidgetArea);
    splitDockWidget(inspector, entities, Qt::Vertical);
    QDockWidget *deals = addDock(m_deals, u"dealsDock"_qs, tr("Deals"), Qt::BottomDockWidgetArea);
    m_problemsDock = addDock(m_problems, u"problemsDock"_qs, tr("Problems"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(deals, m_problemsDock);
    // The chart follows the list's search and filters and opens a source as the deal panel does.
    auto *chart = new ChartWindow(this);
    chart->setStoreSource([this] { return m_store.get(); });
    // In a scroll area: the chart's controls and plot need more height than the bottom docks
    // get by default, and would otherwise squeeze the article and the inspector to a sliver.
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    tabifyDockWidget(deals, addDock(chartScroll, u"chartDock"_qs, tr("Chart"), Qt::BottomDockWidgetArea));
    connect(m_model, &QAbstractItemModel::modelReset, chart,
            [this, chart] { chart->followList(m_model->searchText(), m_model->filter()); });
    connect(chart, &ChartWindow::sourceActivated, m_deals, &DealPanel::dealActivated);
    auto *undoView = new QUndoView(m_annotation->undoStack(), this);
    undoView->setObjectName(u"undoView"_qs);
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *undo = addDock(undoView, u"undoDock"_qs, tr("Edits"), Qt::RightDockWidgetArea);
    tabifyDockWidget(entities, undo);
    entities->raise();
    deals->raise();
    connect(m_problems, &ProblemsPanel::countChanged, this, [this](int n) {
        m_problemsDock->setWindowTitle(n > 0 ? tr("Problems (%1)").arg(QLocale().toString(n)) : tr("Problems"));
    });
}

void MainWindow::restoreLayout()
{
    resize(1500, 920);
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_qs).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"mainWindow/state"_qs).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_qs).toByteArray());
    m_list->horizontalHeader()->restoreState(settings.value(u"mainWindow/listHeader"_qs).toByteArray());
    m_deals->view()->horizontalHeader()->restoreState(settings.value(u"mainWindow/dealHeader"_qs).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // First run: docks get their widths once the window has its own (before that Qt
    // squeezes them to their minimum).
    m_layoutRestored = true;
    const int central = m_splitter->width();
    m_splitter->setSizes({central * 9 / 20, central * 11 / 20});
    resizeDocks({findChild<QDockWidget *>(u"inspectorDock"_qs)}, {330}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>(u"inspectorDock"_qs), findChild<QDockWidget *>(u"entitiesDock"_qs)},
                {420, 330}, Qt::Vertical);
    resizeDocks({findChild<QDockWidget *>(u"dealsDock"_qs)}, {200}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_qs, saveGeometry());
    settings.setValue(u"mainWindow/state"_qs, saveState());
    settings.setValue(u"mainWindow/splitter"_qs, m_splitter->saveState());
    settings.setValue(u"mainWindow/listHeader"_qs, m_list->horizontalHeader()->saveState());
    settings.setValue(u"mainWindow/dealHeader"_qs, m_deals->view()->horizontalHeader()->saveState());
    m_import->cancel();
    event->accept();
}

bool MainWindow::openCorpus(const QString &path)
{
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        statusBar()->showMessage(opened.error().message());
        return false;
    }
    m_shownArticle = 0;
    m_model->setStore(nullptr);
    m_annotation->setStore(nullptr);
    m_store = std::move(opened.value());
    m_store->setEditor(preferredEditorName());
    m_annotation->setStore(m_store.get()); // a new corpus, a new undo history
    m_progress->end();
    setWindowTitle(tr("%1 — Dealdesk").arg(QFileInfo(path).completeBaseName()));
    m_model->setStore(m_store.get()); // the reset selects the first row
    if (m_model->rowCount() == 0)
        m_view->clear();
    if (m_recent)
        m_recent->add(path);
    m_overview->start(path);
    return true;
}

QString MainWindow::corpusPath() const
{
    return m_store ? m_store->path() : QString();
}

void MainWindow::showBusy(const QString &message)
{
    m_progress->showBusy(message);
}

void MainWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce->stop();
    m_model->setSearchText(text);
}

void MainWindow::setFilter(const ArticleFilter &filter)
{
    m_model->setFilter(filter);
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        if (m_model->rowCount() == 0)
            m_view->clear();
        return;
    }
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
}

void MainWindow::showSelectedArticle()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        showArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_store)
        return;
    const auto article = m_store->article(articleId);
    if (!article) {
        m_view->clear();
        return;
    }
    // The same article again (after an edit, or the list read again): the reader keeps her
    // place and her selected finding.
    const bool same = articleId == m_shownArticle && m_view->article().id == article->id;
    m_shownArticle = articleId;
    const QList<FindingRecord> records = m_store->findingRecords(articleId);
    m_inspector->setArticle(*article, records);
    if (same)
        m_view->updateRecords(records);
    else
        m_view->showArticle(*article, records);
    m_annotating->setArticle(articleId);
}

void MainWindow::articleEdited(qint64 articleId, qint64 findingId)
{
    if (!m_store || articleId == 0)
        return;
    // An undo of an edit made on another article shows that article first.
    if (articleId != m_shownArticle) {
        const int row = m_model->rowOf(articleId);
        if (row >= 0)
            selectRow(row);
        else
            showArticle(articleId);
    }
    const auto article = m_store->article(articleId);
    if (!article)
        return;
    const QList<FindingRecord> records = m_store->findingRecords(articleId);
    m_inspector->setArticle(*article, records);
    m_view->updateRecords(records, findingId);
}

void MainWindow::updateCount(qint64 total)
{
    const QLocale locale;
    m_count->setText(m_model->searchText().isEmpty()
                         ? tr("%1 articles").arg(locale.toString(total))
                         : tr("%1 articles match “%2”").arg(locale.toString(total), m_model->searchText()));
}

void MainWindow::showOverview(const CorpusOverview &overview)
{
    if (!overview.error.isEmpty())
        statusBar()->showMessage(overview.error);
    m_filterBar->setChoices(overview.outlets, overview.languages);
    m_entities->setEntities(overview.entities);
    m_deals->setDeals(overview.deals);
    findChild<QDockWidget *>(u"dealsDock"_qs)
        ->setWindowTitle(overview.dealsCapped
                             ? tr("Deals (from the newest %1 reports)").arg(QLocale().toString(dealReportLimit))
                             : tr("Deals"));
    emit overviewShown();
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_store || paths.isEmpty() || !m_import->start(m_store->path(), paths))
        return false;
    m_progress->begin(tr("Importing…"));
    return true;
}

void MainWindow::cancelImport()
{
    m_import->cancel();
}

void MainWindow::importFinishedWith(const ImportOutcome &outcome)
{
    m_progress->end();
    const QLocale locale;
    QString message = tr("Import: %1 articles added, %2 already in the corpus")
                          .arg(locale.toString(outcome.counts.added), locale.toString(outcome.counts.duplicates));
    if (outcome.cancelled)
        message = tr("Import cancelled. ") + message;
    if (!outcome.error.isEmpty()) {
        message = tr("Import stopped: %1").arg(outcome.error);
        m_problems->addProblem({m_store ? m_store->path() : QString(), 0, outcome.error});
    }
    if (m_problems->count() > 0)
        m_problemsDock->raise();
    statusBar()->showMessage(message, 15000);
    // The list and the panels read the corpus again: the reset keeps the article on screen.
    m_model->setStore(m_store.get());
    if (m_store)
        m_overview->start(m_store->path());
    emit importFinished();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    // One corpus file dropped opens it; anything else is imported into the open corpus.
    if (files.size() == 1 && files.first().endsWith(u".dealdesk"_qs, Qt::CaseInsensitive))
        openCorpus(files.first());
    else
        importPaths(files);
    event->acceptProposedAction();
}

} // namespace dealdesk
