#include "core/import/textreader.h"

#include "core/import/articlecompletion.h"

namespace dealdesk {

Article readPlainText(const QString &text, const QString &path)
{
    Article article;
    article.id = path;
    article.sourcePath = path;
    article.format = QStringLiteral("txt");
    article.text = text;
    mergeHeader(article, parseHeader(article.text));
    completeArticle(article);
    return article;
}

} // namespace dealdesk
