#pragma once
// The deal dock: every deal of the corpus, sortable by any column, with a filter box over
// investor and target. Activating a row asks to open its first source on that deal.

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dealdesk {

class DealModel;
struct CorpusDeals;

class DealPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealPanel)

public:
    explicit DealPanel(QWidget *parent = nullptr);
    ~DealPanel() override;

    void setDeals(const CorpusDeals &deals);
    [[nodiscard]] DealModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QSize sizeHint() const override { return {800, 190}; }

signals:
    // The first article reporting the deal, and the deal's parties to find it there.
    void dealActivated(qint64 articleId, const QString &investor, const QString &target);

private:
    DealModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace dealdesk
