#pragma once
// Runs the extractor again over a whole corpus (a new lexicon, a new version, names learned
// since the import): every article in batches, extracted in parallel, each article's new
// suggestions stored by saveFindings, which replaces only pending machine suggestions. What
// a person accepted, rejected, edited, added or renamed is never touched. The corpus's
// learned names (renames, aliases, confirmed names) are matched first.

#include "core/extract/extractor.h"
#include "core/store/storeresult.h"

#include <atomic>
#include <functional>
#include <memory>

namespace dealdesk {

class CorpusStore;

struct ReextractionCounts
{
    qint64 articles = 0;    // articles extracted and stored again
    qint64 suggestions = 0; // findings the extractor made on them (decided places are kept)
    bool cancelled = false; // stopped by the cancel flag before the end
};

class CorpusReextractor
{
public:
    // done and total articles, after each batch.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The extractor is built once, with the corpus's learned names as they are now.
    explicit CorpusReextractor(CorpusStore &store);
    // The same with options of the caller's (tests; a caller adding names of its own). The
    // corpus's learned names are added to `options.learnedNames`.
    CorpusReextractor(CorpusStore &store, ExtractorOptions options);
    ~CorpusReextractor();
    CorpusReextractor(const CorpusReextractor &) = delete;
    CorpusReextractor &operator=(const CorpusReextractor &) = delete;

    // Every article of the corpus, `batchSize` at a time. `cancel` is read between batches:
    // the batches stored so far stay stored (each article is its own transaction), the rest
    // keep their earlier suggestions. Stops at the first store error.
    [[nodiscard]] StoreResult<ReextractionCounts> run(const Progress &progress = {},
                                                      const std::atomic_bool *cancel = nullptr,
                                                      int batchSize = 200);

private:
    CorpusStore &m_store;
    std::unique_ptr<const Extractor> m_extractor;
};

} // namespace dealdesk
