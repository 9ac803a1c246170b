#pragma once
// The deals component of the extractor: investment relations investor -> target with amount,
// status and date, read sentence by sentence from cue words (resources/lexicon/<lang>/
// deal_*.tsv) over the entities and amounts already found, then merged per article so each
// relation is stated once. Money that is not an investment (valuations, revenue, losses)
// never makes a deal: only amounts whose role is investment are read.

#include "core/extract/deals/dealcues.h"
#include "core/extract/findings.h"

#include <QHash>
#include <QStringList>

namespace dealdesk {

struct ExtractionInput;

class DealExtractor
{
public:
    DealExtractor() = default;
    DealExtractor(const QStringList &languages, QStringList *errors);

    // `entities` and `amounts` in text order, as the other components give them.
    [[nodiscard]] QList<Deal> extract(const ExtractionInput &input, const QList<EntityMention> &entities,
                                      const QList<Amount> &amounts, const QList<DateMention> &dates) const;

private:
    QHash<QString, DealCues> m_cues;
};

} // namespace dealdesk
