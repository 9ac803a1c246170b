#pragma once
// Adds articles to a corpus the way every front end does it: their findings are extracted
// (in parallel, with the corpus's learned names) and stored with them as pending suggestions,
// one batch per transaction.
// Used by `dealdesk import`, the first-run sample corpus and the desk's import.

#include "core/extract/extractor.h"
#include "core/store/storeresult.h"
#include "core/store/storetypes.h"

#include <memory>
#include <optional>

namespace dealdesk {

struct Article;
class CorpusStore;

class CorpusImporter
{
public:
    // Opens the corpus file, creating it when missing.
    [[nodiscard]] static StoreResult<std::unique_ptr<CorpusImporter>> open(const QString &path);
    explicit CorpusImporter(std::unique_ptr<CorpusStore> store);
    ~CorpusImporter();
    CorpusImporter(const CorpusImporter &) = delete;
    CorpusImporter &operator=(const CorpusImporter &) = delete;

    // Stores the batch and the findings of its new articles. On error nothing of the batch
    // is kept and the corpus is as it was.
    [[nodiscard]] std::optional<StoreError> addBatch(const QList<Article> &batch);
    // Totals over every batch so far.
    [[nodiscard]] ImportCounts counts() const { return m_counts; }

private:
    std::unique_ptr<CorpusStore> m_store;
    Extractor m_extractor;
    ImportCounts m_counts;
};

} // namespace dealdesk
