#pragma once
// Writes every article of a corpus with its annotations into a folder, in one exchange
// format: brat (a collection: NAME.txt/.ann/.meta.json per article, annotation.conf,
// visual.conf), JSON Lines (annotations.jsonl) or CSV (deals.csv, amounts.csv). The JSONL
// and CSV files are written whole or not at all (QSaveFile); brat documents one by one. The
// report says what the format could not hold.

#include "core/exchange/exchangeformat.h"
#include "core/exchange/exchangereport.h"

#include <atomic>
#include <functional>

namespace dealdesk {

class CorpusStore;

struct ExportOptions
{
    ExchangeFormat format = ExchangeFormat::JsonLines;
    QString folder;           // created when missing
    bool acceptedOnly = false; // only annotations a journalist accepted
};

// `progress(done, total)` after each article; `cancel` stops between articles (the files
// written so far stay, and the report says it was cancelled).
[[nodiscard]] ExchangeReport exportAnnotations(const CorpusStore &store, const ExportOptions &options,
                                               const std::function<void(int, int)> &progress = {},
                                               const std::atomic_bool *cancel = nullptr);

} // namespace dealdesk
