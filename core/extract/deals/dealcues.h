#pragma once
// The words that state an investment in one language, as data: verbs and nouns with the
// role they give the names around them (resources/lexicon/<lang>/deal_cues.tsv), words that
// set a deal's status (deal_status.tsv) and the small words that join a list of investors or
// point at a target (deal_words.tsv).

#include "core/extract/entities/phrasetrie.h"
#include "core/extract/findings.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

enum class DealCueKind : quint8 {
    Invest, // investor before, target after: "X investe in Y", "X takes a stake in Y"
    Pledge, // like Invest, but only with an amount: "X ha promesso 2 miliardi al Regno Unito"
    Raise,  // target before, investors after "da/from": "Y raised $2bn from X"
    Lead,   // investors after, target is the round's: "led by X", "included A, B and C"
    Alongside, // like Lead, and it closes the verb's object before it: "invested in Y alongside X"
    Backed, // target before, investors after: "Y, backed by X"
    Joined, // investors before, target is the round's: "X and Y joined", "A e B hanno partecipato"
    Allocate, // the round's money goes on to a target: "una parte dei fondi sarà destinata a Y"
    Ignore,   // a phrase that holds a cue word but states no deal: "investment firm", "fondo di investimento"
    Sell,     // the seller is the target, the buyer after "a/to": "X ha ceduto una quota al fondo Y"
    Receive,  // a raise only with an amount right after it and a "from" word right after that:
              // "X received $3 million from Y" (but "X received an award" is no round)
};

struct DealCue
{
    DealCueKind kind = DealCueKind::Invest;
    std::optional<DealStatus> status; // what the verb form says; none for a neutral noun
};

class DealCues
{
public:
    DealCues() = default;
    DealCues(const QString &language, QStringList *errors);

    [[nodiscard]] const PhraseTrie &cueTrie() const { return m_cueTrie; }
    [[nodiscard]] const DealCue &cue(int index) const { return m_cues[index]; }
    // Of cues sharing a folded key ("lève", "levé"), the one spelled as in `text`.
    [[nodiscard]] int bestCue(const QList<int> &candidates, QStringView text) const;
    [[nodiscard]] const PhraseTrie &statusTrie() const { return m_statusTrie; }
    [[nodiscard]] DealStatus status(int index) const { return m_statuses[index]; }
    // A conditional verb form ("sarebbe", "aurait", "habría"): a rumour unless the sentence
    // also speaks of talks ("sarebbe in trattativa" is talks, reported at second hand).
    [[nodiscard]] bool isConditional(int index) const { return m_conditional.contains(index); }
    // "e", "and", ",", "with", "tra cui": may stand between the names of a list.
    [[nodiscard]] bool isListWord(quint64 key) const { return m_listWords.contains(key); }
    // "da", "from", "von": introduces the investors after a raise.
    [[nodiscard]] bool isFromWord(quint64 key) const { return m_fromWords.contains(key); }
    // "in", "into", "per", "al", "dans", "für": points from an amount to its target.
    [[nodiscard]] bool isTargetWord(quint64 key) const { return m_targetWords.contains(key); }
    // "di", "of", "de": a name after it belongs to another noun, it does not act.
    [[nodiscard]] bool isOfWord(quint64 key) const { return m_ofWords.contains(key); }
    // "a", "the", "una", "une", "eine": opens an apposition ("X, a London fund, ...").
    [[nodiscard]] bool isArticle(quint64 key) const { return m_articles.contains(key); }
    // "the", "la", "l'": a definite article, which may stand between an "of" word and its name.
    [[nodiscard]] bool isDefinite(quint64 key) const { return m_definites.contains(key); }
    // "which", "che", "qui", "que", "die": opens a relative clause on the name before it.
    [[nodiscard]] bool isRelativeWord(quint64 key) const { return m_relativeWords.contains(key); }
    // "it", "company", "società", "elle": stands for the company the text is about.
    [[nodiscard]] bool isAnaphor(quint64 key) const { return m_anaphors.contains(key); }
    // "con", "with", "avec", "mit": a name after it is a party to the subject's deal ("Y
    // tratta con X un round" is X's money for Y).
    [[nodiscard]] bool isWithWord(quint64 key) const { return m_withWords.contains(key); }
    // "per cento", "percent", "Prozent" (and the sign %): a share, whose "of" names the target
    // ("acquisire il 100% di X").
    [[nodiscard]] bool isPercentWord(quint64 key) const { return m_percentWords.contains(key); }
    // "withdrew", "si è ritirato", "desmintió": the deal the next cue tells is called off or
    // denied ("se retiró de una ronda"), not made.
    [[nodiscard]] bool isWithdrawWord(quint64 key) const { return m_withdrawWords.contains(key); }
    // "other", "altre", "weitere": "invested in other companies" names other objects than the
    // company told about.
    [[nodiscard]] bool isOtherWord(quint64 key) const { return m_otherWords.contains(key); }
    // "angel", "Investor", "investisseur": the person named right after puts money in.
    [[nodiscard]] bool isAngelWord(quint64 key) const { return m_angelWords.contains(key); }
    // "according", "secondo", "selon", "laut", "según": the name after it is a source, never a party.
    [[nodiscard]] bool isSourceWord(quint64 key) const { return m_sourceWords.contains(key); }
    // "contratto", "customer", "Umsatz": money a raising verb takes in beside such a word is a
    // customer's payment, not a deal ("ha incassato 14 milioni da Enel grazie a un contratto").
    [[nodiscard]] bool isIncomeWord(quint64 key) const { return m_incomeWords.contains(key); }

private:
    QList<DealCue> m_cues;
    QStringList m_cueTexts;
    QList<DealStatus> m_statuses;
    QSet<int> m_conditional;
    PhraseTrie m_cueTrie;
    PhraseTrie m_statusTrie;
    QSet<quint64> m_listWords, m_fromWords, m_targetWords, m_ofWords, m_articles, m_definites, m_relativeWords, m_anaphors,
        m_withWords, m_percentWords, m_withdrawWords, m_otherWords, m_angelWords, m_sourceWords, m_incomeWords;
};

} // namespace dealdesk
