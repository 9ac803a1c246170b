#pragma once
// The annotating keys and menus of the desk, and what they do to the article on screen:
// decisions (a, r, Delete, Shift+A, Shift+R, on a selection), labels (1-5, m, d), boundaries
// (Alt+arrows), deals by hand (Shift+D), review state, the article's note and history, and
// renaming names from the entity panel. Every edit goes through AnnotationController.

#include "core/store/storetypes.h"
#include "ui/findingpalette.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace dealdesk {

class AnnotationController;
class ArticleReviewBar;
class ArticleView;
class DealDialog;
class FindingInspector;

class AnnotationActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationActions)

public:
    AnnotationActions(AnnotationController *controller, ArticleView *view, FindingInspector *inspector,
                      QWidget *window);
    ~AnnotationActions() override;

    // Adds the Annotate and Article menus.
    void addMenus(QMenuBar *bar);
    // The review actions (for the article list's context menu).
    [[nodiscard]] QList<QAction *> reviewActions() const;
    [[nodiscard]] QAction *action(const QString &name) const { return m_actions.value(name); }
    [[nodiscard]] ArticleReviewBar *reviewBar() const { return m_reviewBar; }

    // The article on screen (store id), 0 for none; reads its review state and note.
    void setArticle(qint64 articleId);
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    [[nodiscard]] ReviewState reviewState() const { return m_review; }

    // What the keys do (public for tests and scripts); false when nothing was changed.
    bool decide(FindingState state);
    bool deleteSelected();
    bool decideAllPending(FindingState state);
    bool decideInSelection(FindingState state);
    bool label(HighlightKind kind);
    bool moveBoundary(bool startEdge, int delta);
    bool setReview(ReviewState state);
    // The deal dialog for the selected sentence (or the one at the cursor); not shown.
    [[nodiscard]] std::unique_ptr<DealDialog> makeDealDialog(const FindingRecord *editing = nullptr) const;
    bool newDeal();
    // The same dialog shown without blocking (for --show-deal-dialog); the deal is added when
    // the journalist confirms it.
    DealDialog *openDealDialog();
    bool editDeal(const FindingRecord &deal);
    void showHistory();
    void renameEntity(EntityType type, const QString &canonical);
    void addAlias(EntityType type, const QString &canonical);
    void showContextMenu(const QPoint &globalPos);

signals:
    void message(const QString &text);

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &key, std::function<void()> slot);
    void readReview();
    [[nodiscard]] TextRange sentenceForDeal() const;

    AnnotationController *m_controller;
    ArticleView *m_view;
    FindingInspector *m_inspector;
    QWidget *m_window;
    ArticleReviewBar *m_reviewBar;
    QHash<QString, QAction *> m_actions;
    QMenu *m_annotate = nullptr;
    QMenu *m_article = nullptr;
    qint64 m_articleId = 0;
    ReviewState m_review = ReviewState::Unreviewed;
};

} // namespace dealdesk
