#pragma once
// What an amount is (investment, valuation, revenue, loss, spending, other), judged from the
// cue words of its sentence (resources/lexicon/<lang>/money_roles.tsv). The nearest cue wins,
// one before the amount a little over one after it; a strong cue that governs the amount
// ("valued at", "valutazione di", "bewertet mit") right before it wins over all, so an amount
// that is the object of "valued at" is a valuation even in a sentence about raising money.

#include "core/extract/findings.h"
#include "core/extract/numbers/phrasematcher.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace dealdesk {

class RoleClassifier
{
public:
    explicit RoleClassifier(const QString &language, QStringList *errors = nullptr);

    // The role of the amount on tokens [first, end); nullopt when its sentence has no cue.
    [[nodiscard]] std::optional<MoneyRole> classify(const ExtractionInput &in, qsizetype first, qsizetype end) const;
    // Whether the word at `index` is a cue: "132 mln di debito" names money, not a count.
    [[nodiscard]] bool isCue(const ExtractionInput &in, qsizetype index) const;

private:
    struct Cue
    {
        MoneyRole role = MoneyRole::Other;
        int strength = 1;
    };
    [[nodiscard]] std::optional<Cue> cueAt(const ExtractionInput &in, qsizetype index, qsizetype &after) const;

    PhraseMatcher m_links;   // "di", "of": may stand between an amount and the noun naming it
    PhraseMatcher m_phrases; // cues of more than one token; payload: index into m_phraseCues
    QList<Cue> m_phraseCues;
    QHash<QString, Cue> m_words;
    QHash<QString, Cue> m_prefixes;
    qsizetype m_maxPrefix = 0;
};

} // namespace dealdesk
