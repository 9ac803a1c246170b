#pragma once
// The desk's main window: wires the article list, the search box and the article view to one
// open corpus. It holds no SQL and no business logic: the store and the models do.

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTimer;

namespace dealdesk {

class ArticleListModel;
class ArticleView;
class CorpusStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the corpus file; on failure keeps what was open and shows why in the status bar.
    bool openCorpus(const QString &path);
    // Shown while a corpus is being made (first run): a busy bar and what is happening.
    void showBusy(const QString &message);
    void setSearchText(const QString &text);
    void selectRow(int row);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showSelectedArticle();
    void updateCount(qint64 total);
    void chooseCorpus();

    std::unique_ptr<CorpusStore> m_store;
    ArticleListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTableView *m_list = nullptr;
    ArticleView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace dealdesk
