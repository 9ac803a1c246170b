#include "core/corpus/corpusimporter.h"

#include "core/store/corpusstore.h"
#include "core/store/sqlitecorpusstore.h"
#include "core/text/article.h"

#include <QtConcurrent/QtConcurrentMap>

namespace dealdesk {

StoreResult<std::unique_ptr<CorpusImporter>> CorpusImporter::open(const QString &path)
{
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return opened.error();
    return std::make_unique<CorpusImporter>(std::move(opened).value());
}

// The corpus's learned names (renames, aliases, confirmed names) are matched first, so a new
// article is read the way the journalists have taught the corpus.
CorpusImporter::CorpusImporter(std::unique_ptr<CorpusStore> store)
    : m_store(std::move(store)), m_extractor(ExtractorOptions{m_store->learnedNames()})
{
}

CorpusImporter::~CorpusImporter() = default;

std::optional<StoreError> CorpusImporter::addBatch(const QList<Article> &batch)
{
    const QList<Findings> findings = QtConcurrent::blockingMapped(
        batch, [this](const Article &a) { return m_extractor.run(a); });
    auto added = m_store->addArticlesWithFindings(batch, findings);
    if (!added.ok())
        return added.error();
    m_counts.added += added.value().added;
    m_counts.duplicates += added.value().duplicates;
    return std::nullopt;
}

} // namespace dealdesk
