#pragma once
// Reads annotations exported by Dealdesk (or made in brat or doccano) back into a corpus.
// Articles are found by their text (content hash) or, when the text differs, by their source
// id as long as every annotation still covers the same text; missing ones are added. An
// annotation the article holds already is not added twice (a stored pending suggestion takes
// the input's accept or reject); nothing stored is removed or overwritten. Machine
// suggestions stay machine suggestions with their state; a person's annotations stay a
// person's.

#include "core/exchange/annotatedarticle.h"
#include "core/exchange/exchangeformat.h"
#include "core/exchange/exchangereport.h"

#include <atomic>
#include <functional>

namespace dealdesk {

class CorpusStore;

// Reads `path` (brat: a collection folder or one NAME.txt/.ann; jsonl: a .jsonl file) into
// articles; every unreadable file or line is an error naming it, the rest is kept.
[[nodiscard]] QList<AnnotatedArticle> readAnnotations(ExchangeFormat format, const QString &path,
                                                      ExchangeReport &report);

// Stores `docs` in `store`, counting into `report`. `progress(done, total)` after each
// article's annotations; `cancel` stops between articles: the articles done stay, the report
// says it was cancelled, and importing the same files again completes the rest without
// storing anything twice.
void storeAnnotations(CorpusStore &store, const QList<AnnotatedArticle> &docs, ExchangeReport &report,
                      const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

// Both: the import the CLI and the desk run.
[[nodiscard]] ExchangeReport importAnnotations(CorpusStore &store, ExchangeFormat format, const QString &path,
                                               const std::function<void(int, int)> &progress = {},
                                               const std::atomic_bool *cancel = nullptr);

} // namespace dealdesk
