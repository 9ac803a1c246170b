#pragma once
// The desk's main window: wires the article list and its filters, the article view, the
// docks (inspector, entities, deals, problems), the import and the menus to one open corpus.
// It holds no SQL and no business logic: the store, the models and the panels do.

#include "ui/articlelistmodel.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace dealdesk {

class AnnotationActions;
class AnnotationController;
class ArticleView;
class CorpusStore;
class DealPanel;
class EntityPanel;
class FilterBar;
class FindingInspector;
class ImportJob;
class ImportProgress;
class OverviewLoader;
class ProblemsPanel;
class RecentCorpora;
struct CorpusOverview;
struct ImportOutcome;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the corpus file; on failure keeps what was open and shows why in the status bar.
    bool openCorpus(const QString &path);
    [[nodiscard]] QString corpusPath() const;
    // Shown while a corpus is being made (first run): a busy bar and what is happening.
    void showBusy(const QString &message);
    void setSearchText(const QString &text);
    void setFilter(const ArticleFilter &filter);
    void selectRow(int row);
    // Imports files and folders into the open corpus in the background; false when none is
    // open or an import runs.
    bool importPaths(const QStringList &paths);
    void cancelImport();

    [[nodiscard]] ArticleListModel *articleModel() const { return m_model; }
    [[nodiscard]] ArticleView *articleView() const { return m_view; }
    [[nodiscard]] FilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] EntityPanel *entityPanel() const { return m_entities; }
    [[nodiscard]] DealPanel *dealPanel() const { return m_deals; }
    [[nodiscard]] FindingInspector *inspector() const { return m_inspector; }
    [[nodiscard]] ImportJob *importJob() const { return m_import; }
    [[nodiscard]] ProblemsPanel *problemsPanel() const { return m_problems; }
    [[nodiscard]] AnnotationController *annotation() const { return m_annotation; }
    [[nodiscard]] AnnotationActions *annotating() const { return m_annotating; }

signals:
    void overviewShown();
    void importFinished();
    // The user chose another language: the desk rebuilds its window in it.
    void languageChangeRequested(const QString &language);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void restoreLayout();
    void showSelectedArticle();
    void showArticle(qint64 articleId);
    void articleEdited(qint64 articleId, qint64 findingId);
    void updateCount(qint64 total);
    void showOverview(const CorpusOverview &overview);
    void importFinishedWith(const ImportOutcome &outcome);
    void chooseCorpus();
    void newCorpus();
    void chooseImportFiles();
    void chooseImportFolder();
    void showPreferences();
    QDockWidget *addDock(QWidget *content, const QString &name, const QString &title, Qt::DockWidgetArea area);

    std::unique_ptr<CorpusStore> m_store;
    ArticleListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_list = nullptr;
    ArticleView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    FindingInspector *m_inspector = nullptr;
    EntityPanel *m_entities = nullptr;
    DealPanel *m_deals = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    ImportProgress *m_progress = nullptr;
    ImportJob *m_import = nullptr;
    OverviewLoader *m_overview = nullptr;
    RecentCorpora *m_recent = nullptr;
    QMenu *m_viewMenu = nullptr;
    AnnotationController *m_annotation = nullptr;
    AnnotationActions *m_annotating = nullptr;
    qint64 m_shownArticle = 0;
    bool m_layoutRestored = false;
};

} // namespace dealdesk
