#include "ui/annotationactions.h"

#include "core/store/corpusstore.h"
#include "core/store/editjson.h"
#include "ui/annotationcontroller.h"
#include "ui/articlereviewbar.h"
#include "ui/articleview.h"
#include "ui/dealdialog.h"
#include "ui/findingeditor.h"
#include "ui/findinginspector.h"
#include "ui/historydialog.h"
#include "ui/renamedialog.h"
#include "ui/selectionvalues.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>

namespace dealdesk {
namespace {

constexpr Qt::Key labelKeys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_M, Qt::Key_D};

} // namespace

AnnotationActions::AnnotationActions(AnnotationController *controller, ArticleView *view,
                                     FindingInspector *inspector, QWidget *window)
    : QObject(window), m_controller(controller), m_view(view), m_inspector(inspector), m_window(window),
      m_reviewBar(new ArticleReviewBar(view))
{
    setObjectName(u"annotationActions"_qs);
    m_view->addHeaderWidget(m_reviewBar);
    add(u"accept"_qs, tr("&Accept finding"), Qt::Key_A, [this] { decide(FindingState::Accepted); });
    add(u"reject"_qs, tr("&Reject finding"), Qt::Key_R, [this] { decide(FindingState::Rejected); });
    QAction *remove = add(u"delete"_qs, tr("&Delete finding"), QKeySequence::Delete, [this] { deleteSelected(); });
    // Delete means "this finding" only where findings are: never in the list or a text field.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    add(u"acceptAll"_qs, tr("Accept all pending in article"), Qt::SHIFT | Qt::Key_A,
        [this] { decideAllPending(FindingState::Accepted); });
    add(u"rejectAll"_qs, tr("Reject all pending in article"), Qt::SHIFT | Qt::Key_R,
        [this] { decideAllPending(FindingState::Rejected); });
    add(u"acceptSelection"_qs, tr("Accept findings inside the selection"), {},
        [this] { decideInSelection(FindingState::Accepted); });
    add(u"rejectSelection"_qs, tr("Reject findings inside the selection"), {},
        [this] { decideInSelection(FindingState::Rejected); });
    for (HighlightKind kind : allHighlightKinds()) {
        add(u"label-"_qs + highlightKindKey(kind), tr("Label as %1").arg(highlightKindName(kind)),
            labelKeys[int(kind)], [this, kind] { label(kind); });
    }
    add(u"startLeft"_qs, tr("Move start left"), Qt::ALT | Qt::Key_Left, [this] { moveBoundary(true, -1); });
    add(u"startRight"_qs, tr("Move start right"), Qt::ALT | Qt::Key_Right, [this] { moveBoundary(true, 1); });
    add(u"endLeft"_qs, tr("Move end left"), Qt::ALT | Qt::SHIFT | Qt::Key_Left, [this] { moveBoundary(false, -1); });
    add(u"endRight"_qs, tr("Move end right"), Qt::ALT | Qt::SHIFT | Qt::Key_Right, [this] { moveBoundary(false, 1); });
    add(u"newDeal"_qs, tr("New deal from sentence…"), Qt::SHIFT | Qt::Key_D, [this] { newDeal(); });
    add(u"reviewNew"_qs, tr("Mark as &new"), {}, [this] { setReview(ReviewState::Unreviewed); });
    add(u"reviewInProgress"_qs, tr("Mark as &in progress"), {}, [this] { setReview(ReviewState::InProgress); });
    add(u"reviewDone"_qs, tr("Mark as &done"), Qt::CTRL | Qt::Key_Return, [this] { setReview(ReviewState::Reviewed); });
    add(u"history"_qs, tr("&History…"), Qt::CTRL | Qt::Key_H, [this] { showHistory(); });

    connect(m_view, &ArticleView::contextMenuRequested, this, &AnnotationActions::showContextMenu);
    connect(m_reviewBar, &ArticleReviewBar::historyRequested, this, &AnnotationActions::showHistory);
    connect(m_reviewBar, &ArticleReviewBar::noteEdited, this, [this](const QString &before, const QString &after) {
        if (m_articleId != 0)
            m_controller->setArticleNote(m_articleId, before, after);
    });
    connect(m_controller, &AnnotationController::reviewChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId)
            readReview();
    });
    FindingEditor *editor = m_inspector->editor();
    connect(editor, &FindingEditor::valueEdited, m_controller, &AnnotationController::updateFinding);
    connect(editor, &FindingEditor::noteEdited, m_controller, &AnnotationController::setFindingNote);
    connect(editor, &FindingEditor::dealDialogRequested, this, &AnnotationActions::editDeal);
    connect(m_inspector, &FindingInspector::dealEditRequested, this, [this](int index) {
        if (index >= 0 && index < m_view->records().size())
            editDeal(m_view->records()[index]);
    });
    connect(m_inspector, &FindingInspector::dealRemoveRequested, this, [this](int index) {
        if (index < 0 || index >= m_view->records().size())
            return;
        const FindingRecord &deal = m_view->records()[index];
        if (deal.origin == FindingOrigin::Person)
            m_controller->removeFinding(deal);
        else
            m_controller->setState(deal, FindingState::Rejected);
    });
}

AnnotationActions::~AnnotationActions() = default;

QAction *AnnotationActions::add(const QString &name, const QString &text, const QKeySequence &key,
                                std::function<void()> slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(u"action-"_qs + name);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, std::move(slot));
    m_actions.insert(name, action);
    return action;
}

void AnnotationActions::addMenus(QMenuBar *bar)
{
    m_annotate = bar->addMenu(tr("&Annotate"));
    for (const char *name : std::initializer_list<const char *>{"accept", "reject", "delete", nullptr, "acceptAll", "rejectAll", "acceptSelection",
                             "rejectSelection", nullptr, "label-org", "label-person", "label-place",
                             "label-product", "label-project", "label-money", "label-date", nullptr, "startLeft",
                             "startRight", "endLeft", "endRight", nullptr, "newDeal"}) {
        if (name)
            m_annotate->addAction(m_actions.value(QString::fromLatin1(name)));
        else
            m_annotate->addSeparator();
    }
    m_article = bar->addMenu(tr("A&rticle"));
    m_article->addActions(reviewActions());
    m_article->addSeparator();
    m_article->addAction(m_actions.value(u"history"_qs));
}

QList<QAction *> AnnotationActions::reviewActions() const
{
    return {m_actions.value(u"reviewNew"_qs), m_actions.value(u"reviewInProgress"_qs),
            m_actions.value(u"reviewDone"_qs)};
}

void AnnotationActions::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    readReview();
}

void AnnotationActions::readReview()
{
    // The review state, who set it and when, are the last Review record of the history: no
    // second place to keep them in step.
    CorpusStore *store = m_controller->store();
    m_review = ReviewState::Unreviewed;
    QString by, at, note;
    if (store && m_articleId != 0) {
        const QList<EditRecord> history = store->history(m_articleId);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->action != EditAction::Review)
                continue;
            if (const auto object = parseJsonObject(it->after)) {
                m_review = reviewStateFromString(object->value(u"review"_qs).toString()).value_or(m_review);
                by = object->value(u"by"_qs).toString();
                at = object->value(u"at"_qs).toString();
            }
            break;
        }
        note = store->articleNote(m_articleId);
    }
    m_reviewBar->setReview(m_review, by, at, note);
    m_reviewBar->setEnabled(m_articleId != 0);
}

bool AnnotationActions::decide(FindingState state)
{
    const FindingRecord *record = m_view->selectedFinding();
    if (!record) {
        emit message(tr("Select a finding first (click it, or press n)."));
        return false;
    }
    return m_controller->setState(*record, state);
}

bool AnnotationActions::deleteSelected()
{
    const FindingRecord *record = m_view->selectedFinding();
    if (!record)
        return false;
    // A suggestion of the extractor is rejected rather than deleted, so re-extraction does not
    // bring it back.
    if (record->origin == FindingOrigin::Machine)
        return m_controller->setState(*record, FindingState::Rejected);
    return m_controller->removeFinding(*record);
}

bool AnnotationActions::decideAllPending(FindingState state)
{
    QList<FindingRecord> pending;
    for (const FindingRecord &r : m_view->records()) {
        if (r.state == FindingState::Pending)
            pending << r;
    }
    if (pending.isEmpty()) {
        emit message(tr("No pending finding in this article."));
        return false;
    }
    return m_controller->setStates(pending, state,
                                   state == FindingState::Accepted
                                       ? tr("Accept %n pending finding(s)", nullptr, int(pending.size()))
                                       : tr("Reject %n pending finding(s)", nullptr, int(pending.size())));
}

bool AnnotationActions::decideInSelection(FindingState state)
{
    const TextRange selection = m_view->textSelection();
    QList<FindingRecord> inside;
    for (const FindingRecord &r : m_view->records()) {
        if (r.state != state && r.range.start >= selection.start && r.range.end <= selection.end
            && selection.length() > 0)
            inside << r;
    }
    if (inside.isEmpty()) {
        emit message(tr("No finding to change inside the selection."));
        return false;
    }
    return m_controller->setStates(inside, state,
                                   state == FindingState::Accepted
                                       ? tr("Accept %n finding(s) in the selection", nullptr, int(inside.size()))
                                       : tr("Reject %n finding(s) in the selection", nullptr, int(inside.size())));
}

bool AnnotationActions::label(HighlightKind kind)
{
    const TextRange range = m_view->textSelection();
    if (m_articleId == 0 || range.length() <= 0) {
        emit message(tr("Select the words to label first."));
        return false;
    }
    const Article &article = m_view->article();
    FindingValue value;
    if (kind == HighlightKind::Money)
        value = amountFromSelection(article, range);
    else if (kind == HighlightKind::Date)
        value = dateFromSelection(article, range);
    else
        value = entityFromSelection(article, range, EntityType(int(kind)));
    return m_controller->addFinding(m_articleId, value, FindingState::Accepted);
}

bool AnnotationActions::moveBoundary(bool startEdge, int delta)
{
    const FindingRecord *record = m_view->selectedFinding();
    if (!record || record->kind == FindingKind::Deal)
        return false;
    TextRange range = record->range;
    (startEdge ? range.start : range.end) += delta;
    const QString &text = m_view->article().text;
    if (range.start < 0 || range.end > text.size() || range.length() <= 0)
        return false;
    const QString covered = text.mid(range.start, range.length());
    FindingValue value = record->value;
    std::visit([&](auto &v) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(v)>, Deal>) {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, EntityMention>) {
                if (v.canonical == v.text.simplified()) // a name read off the text follows it
                    v.canonical = covered.simplified();
            }
            v.range = range;
            v.text = covered;
        }
    }, value);
    return m_controller->updateFinding(*record, value);
}

bool AnnotationActions::setReview(ReviewState state)
{
    if (m_articleId == 0)
        return false;
    return m_controller->setReviewState(m_articleId, m_review, state);
}

TextRange AnnotationActions::sentenceForDeal() const
{
    const QString &text = m_view->article().text;
    TextRange at = m_view->textSelection();
    if (at.length() <= 0) {
        const FindingRecord *record = m_view->selectedFinding();
        at = record ? record->range : TextRange{m_view->cursorPosition(), m_view->cursorPosition() + 1};
    }
    at.end = std::min(at.end, text.size());
    TextRange sentence = FindingInspector::sentenceAround(text, at);
    // The evidence is the sentence itself, not the space after it.
    while (sentence.end > sentence.start && text[sentence.end - 1].isSpace())
        --sentence.end;
    while (sentence.start < sentence.end && text[sentence.start].isSpace())
        ++sentence.start;
    return sentence;
}

std::unique_ptr<DealDialog> AnnotationActions::makeDealDialog(const FindingRecord *editing) const
{
    if (editing) {
        const Deal &deal = std::get<Deal>(editing->value);
        return std::make_unique<DealDialog>(m_view->article(), m_view->records(), deal.evidence, deal, m_window);
    }
    return std::make_unique<DealDialog>(m_view->article(), m_view->records(), sentenceForDeal(), std::nullopt,
                                        m_window);
}

bool AnnotationActions::newDeal()
{
    if (m_articleId == 0 || m_view->article().text.isEmpty())
        return false;
    const auto dialog = makeDealDialog();
    if (dialog->exec() != QDialog::Accepted)
        return false;
    return m_controller->addFinding(m_articleId, dialog->deal(), FindingState::Accepted);
}

DealDialog *AnnotationActions::openDealDialog()
{
    if (m_articleId == 0 || m_view->article().text.isEmpty())
        return nullptr;
    DealDialog *dialog = makeDealDialog().release();
    dialog->setAttribute(Qt::WA_DeleteOnClose); // owned by its parent window until closed
    connect(dialog, &QDialog::accepted, this, [this, dialog, articleId = m_articleId] {
        m_controller->addFinding(articleId, dialog->deal(), FindingState::Accepted);
    });
    dialog->show();
    return dialog;
}

bool AnnotationActions::editDeal(const FindingRecord &deal)
{
    if (!std::holds_alternative<Deal>(deal.value))
        return false;
    const auto dialog = makeDealDialog(&deal);
    if (dialog->exec() != QDialog::Accepted)
        return false;
    return m_controller->updateFinding(deal, dialog->deal());
}

void AnnotationActions::showHistory()
{
    CorpusStore *store = m_controller->store();
    if (!store || m_articleId == 0)
        return;
    HistoryDialog dialog(m_view->article().title, store->history(m_articleId), m_window);
    dialog.exec();
}

void AnnotationActions::renameEntity(EntityType type, const QString &canonical)
{
    CorpusStore *store = m_controller->store();
    if (!store)
        return;
    RenameDialog dialog(canonical, store->canonicalNames(type), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->renameEntity(type, canonical, dialog.name());
}

void AnnotationActions::addAlias(EntityType type, const QString &canonical)
{
    bool ok = false;
    const QString alias = QInputDialog::getText(
        m_window, tr("Add alias"),
        tr("Another way of writing “%1” (recognised from the next extraction on):").arg(canonical),
        QLineEdit::Normal, QString(), &ok);
    const QString name = alias.simplified();
    if (!ok || name.isEmpty())
        return;
    if (m_controller->addAlias(type, canonical, name))
        emit message(tr("“%1” is now an alias of “%2”.").arg(name, canonical));
    else if (m_controller->aliasMeaning(type, name) == canonical)
        emit message(tr("“%1” is already an alias of “%2”.").arg(name, canonical));
}

void AnnotationActions::showContextMenu(const QPoint &globalPos)
{
    QMenu menu;
    QAction *copy = menu.addAction(tr("&Copy"), m_view->textBrowser(), &QTextBrowser::copy);
    copy->setEnabled(m_view->textSelection().length() > 0);
    menu.addSeparator();
    const bool selection = m_view->textSelection().length() > 0;
    if (selection) {
        QMenu *labels = menu.addMenu(tr("&Label as"));
        for (HighlightKind kind : allHighlightKinds())
            labels->addAction(m_actions.value(u"label-"_qs + highlightKindKey(kind)));
        menu.addAction(m_actions.value(u"acceptSelection"_qs));
        menu.addAction(m_actions.value(u"rejectSelection"_qs));
    }
    if (m_view->selectedFinding()) {
        menu.addAction(m_actions.value(u"accept"_qs));
        menu.addAction(m_actions.value(u"reject"_qs));
        menu.addAction(m_actions.value(u"delete"_qs));
    }
    menu.addSeparator();
    menu.addAction(m_actions.value(u"acceptAll"_qs));
    menu.addAction(m_actions.value(u"rejectAll"_qs));
    menu.addAction(m_actions.value(u"newDeal"_qs));
    menu.exec(globalPos);
}

} // namespace dealdesk
