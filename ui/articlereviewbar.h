#pragma once
// The line under an article's metadata: where its review stands, who set it and when, the
// article's note (written when the journalist leaves the field) and its history.

#include "core/store/storetypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace dealdesk {

class ArticleReviewBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReviewBar)

public:
    explicit ArticleReviewBar(QWidget *parent = nullptr);
    ~ArticleReviewBar() override;

    void setReview(ReviewState state, const QString &by, const QString &at, const QString &note);
    [[nodiscard]] QString reviewText() const;
    [[nodiscard]] QString note() const { return m_noteText; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }

signals:
    void noteEdited(const QString &before, const QString &after);
    void historyRequested();

private:
    QLabel *m_state = nullptr;
    QLineEdit *m_note = nullptr;
    QToolButton *m_history = nullptr;
    QString m_noteText;
};

} // namespace dealdesk
