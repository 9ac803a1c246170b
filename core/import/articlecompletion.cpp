#include "core/import/articlecompletion.h"

#include "core/text/languageidentifier.h"

#include <QCryptographicHash>

#include <algorithm>

namespace dealdesk {
namespace {

void fill(QString &field, const QString &value)
{
    if (field.trimmed().isEmpty())
        field = value;
}

} // namespace

void mergeHeader(Article &article, const HeaderMetadata &header)
{
    fill(article.title, header.title);
    fill(article.author, header.author);
    fill(article.published, header.published);
    fill(article.outlet, header.outlet);
    for (const TextRange &r : header.metadataRanges)
        if (!article.metadataRanges.contains(r))
            article.metadataRanges.append(r);
}

void completeArticle(Article &article)
{
    article.language = article.language.trimmed().toLower();
    if (article.language.isEmpty())
        article.language = LanguageIdentifier::shared().identify(article.text).language;
    QList<TextRange> ranges;
    for (TextRange r : std::as_const(article.metadataRanges)) {
        r.start = std::clamp<qsizetype>(r.start, 0, article.text.size());
        r.end = std::clamp<qsizetype>(r.end, r.start, article.text.size());
        if (r.length() > 0)
            ranges.append(r);
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    article.metadataRanges = ranges;
    article.contentHash = QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace dealdesk
