#include "core/corpus/corpusreextractor.h"

#include "core/store/corpusstore.h"
#include "core/text/article.h"

#include <QtConcurrent/QtConcurrentMap>

namespace dealdesk {
namespace {

ExtractorOptions withLearnedNames(ExtractorOptions options, const CorpusStore &store)
{
    options.learnedNames += store.learnedNames();
    return options;
}

} // namespace

CorpusReextractor::CorpusReextractor(CorpusStore &store) : CorpusReextractor(store, ExtractorOptions())
{
}

CorpusReextractor::CorpusReextractor(CorpusStore &store, ExtractorOptions options)
    : m_store(store),
      m_extractor(std::make_unique<const Extractor>(withLearnedNames(std::move(options), store)))
{
}

CorpusReextractor::~CorpusReextractor() = default;

StoreResult<ReextractionCounts> CorpusReextractor::run(const Progress &progress,
                                                       const std::atomic_bool *cancel, int batchSize)
{
    ReextractionCounts counts;
    const qint64 total = m_store.articleCount();
    // Oldest first by date, ties by id: a stable order, so paging neither skips nor repeats
    // while saveFindings changes findings (never the articles the order is made of).
    ArticleQuery page;
    page.sort = ArticleQuery::Sort::Published;
    page.descending = false;
    page.limit = std::max(1, batchSize);
    for (page.offset = 0;; page.offset += page.limit) {
        if (cancel && cancel->load()) {
            counts.cancelled = true;
            break;
        }
        const QList<ArticleSummary> rows = m_store.articles(page);
        if (rows.isEmpty())
            break;
        QList<Article> batch;
        QList<qint64> ids;
        batch.reserve(rows.size());
        for (const ArticleSummary &row : rows) {
            if (auto article = m_store.article(row.id)) {
                batch.append(std::move(*article));
                ids.append(row.id);
            }
        }
        const Extractor &extractor = *m_extractor;
        const QList<Findings> findings = QtConcurrent::blockingMapped(
            batch, [&extractor](const Article &a) { return extractor.run(a); });
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto saved = m_store.saveFindings(ids[i], findings[i]);
            if (!saved.ok())
                return saved.error();
            ++counts.articles;
            counts.suggestions += findings[i].entities.size() + findings[i].amounts.size()
                                  + findings[i].dates.size() + findings[i].deals.size();
        }
        if (progress)
            progress(counts.articles, total);
    }
    return counts;
}

} // namespace dealdesk
