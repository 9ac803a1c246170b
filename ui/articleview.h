#pragma once
// One article as a journalist reads it: title and metadata above, the text below with its
// header and source lines (metadata, not body) set in grey.

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dealdesk {

struct Article;

class ArticleView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article);
    void clear();

private:
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace dealdesk
