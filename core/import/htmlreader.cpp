#include "core/import/htmlreader.h"

#include "core/import/articlecompletion.h"
#include "core/import/htmldocument.h"
#include "core/import/htmlmetadata.h"
#include "core/import/htmltext.h"
#include "core/text/composednfc.h"

#include <QHash>

namespace dealdesk {
namespace {

// The node whose text is the article: the largest <article>, an articleBody or <main>, else
// the parent of the most paragraph text, else the whole page.
qsizetype articleNode(const HtmlDocument &doc)
{
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (const qsizetype i : doc.elements(u"article")) {
        const qsizetype length = htmlNodeText(doc, i).size();
        if (length > bestLength) {
            best = i;
            bestLength = length;
        }
    }
    if (best >= 0)
        return best;
    for (qsizetype i = 0; i < doc.nodes().size(); ++i)
        if (doc.node(i).attribute(u"itemprop") == u"articleBody")
            return i;
    const QList<qsizetype> mains = doc.elements(u"main");
    if (!mains.isEmpty())
        return mains.front();
    QHash<qsizetype, qsizetype> paragraphText;
    for (const qsizetype p : doc.elements(u"p"))
        paragraphText[doc.node(p).parent] += doc.textContent(p).simplified().size();
    for (auto it = paragraphText.cbegin(); it != paragraphText.cend(); ++it) {
        if (it.value() > bestLength || (it.value() == bestLength && it.key() < best)) {
            best = it.key();
            bestLength = it.value();
        }
    }
    if (best >= 0 && bestLength > 0)
        return best;
    const QList<qsizetype> bodies = doc.elements(u"body");
    return bodies.isEmpty() ? 0 : bodies.front();
}

} // namespace

std::optional<Article> readHtml(const QString &html, const QString &path, ImportProblem *problem)
{
    const HtmlDocument doc(html);
    const HtmlMetadata meta = readHtmlMetadata(doc);
    QString body = htmlNodeText(doc, articleNode(doc));
    if (body.trimmed().isEmpty())
        body = htmlNodeText(doc, 0);
    if (body.trimmed().isEmpty()) {
        if (problem)
            *problem = {path, 0, QStringLiteral("no article text in the HTML")};
        return std::nullopt;
    }
    Article article;
    article.id = path;
    article.sourcePath = path;
    article.format = QStringLiteral("html");
    article.title = meta.title.simplified();
    article.author = meta.author.simplified();
    article.published = meta.published;
    article.outlet = meta.outlet.simplified();
    article.language = meta.language;
    const QString firstLine = body.section(u'\n', 0, 0).trimmed();
    article.text = body;
    if (!article.title.isEmpty() && firstLine != article.title)
        article.text = article.title + u"\n\n"_qs + body;
    article.text = composedNfc(std::move(article.text));
    mergeHeader(article, parseHeader(article.text));
    completeArticle(article);
    return article;
}

} // namespace dealdesk
