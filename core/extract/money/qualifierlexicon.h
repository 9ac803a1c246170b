#pragma once
// The words before an amount that say how exact it is ("circa", "fino a", "mehr als",
// "jusqu'à"), from resources/lexicon/<lang>/qualifiers.tsv. Some phrases that look like
// bounds are not: "oltre ai 15 miliardi previsti" means "in addition to", so the lexicon
// marks them exact and outside the amount's text; the longest phrase wins ("oltre ai" over
// "oltre").

#include "core/extract/findings.h"
#include "core/extract/numbers/phrasematcher.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace dealdesk {

struct QualifierHit
{
    qsizetype firstToken = 0;
    Qualifier qualifier = Qualifier::Exact;
    bool inSpan = true; // the words belong to the amount's text
};

class QualifierLexicon
{
public:
    explicit QualifierLexicon(const QString &language, QStringList *errors = nullptr);
    // The qualifier phrase ending right before token `amountStart`.
    [[nodiscard]] std::optional<QualifierHit> before(const ExtractionInput &in, qsizetype amountStart) const;

private:
    PhraseMatcher m_phrases;
    QList<QualifierHit> m_entries; // payloads index this (firstToken unused)
};

} // namespace dealdesk
