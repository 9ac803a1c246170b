#pragma once
// Reads the investment relations of one sentence from its cue words, the entities around
// them and the investment amounts in it: active ("X investe 2 miliardi in Y"), passive
// ("Y raised $2bn from X"), rounds and their participants ("led by X", "included A, B and
// C"), backers ("Y, backed by X"), joint investors and lists of amount-target pairs
// ("2,5 miliardi al Regno Unito, 3,2 miliardi per la Germania").

#include "core/extract/deals/dealcandidate.h"
#include "core/extract/entities/phrasetrie.h"
#include "core/extract/extractioninput.h"

#include <QList>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace dealdesk {

// What a sentence leaves to the next ones: the round being talked about.
struct DealThread
{
    int currentTarget = -1; // entity index of the company or project the text is about
    int raisedTarget = -1;         // the company whose round was last told
    int currentInvestor = -1;      // the one investor the last investing verb named ("der Konzern" after it)
    std::optional<DealStatus> roundStatus;
};

class DealSentenceReader
{
public:
    DealSentenceReader(const ExtractionInput &input, const DealCues &cues, const QList<EntityMention> &entities,
                       const QList<Amount> &amounts);

    // Appends the candidates of sentence `s` and updates `thread`.
    void read(qsizetype s, DealThread &thread, QList<DealCandidate> &out) const;

    [[nodiscard]] bool isDealAmount(int amount) const;
    // The investment amounts starting inside `range`, in text order.
    [[nodiscard]] QList<int> dealAmountsIn(TextRange range) const;

private:
    struct Cue
    {
        qsizetype start = 0; // UTF-16 range
        qsizetype end = 0;
        DealCue cue;
    };
    // Participant: who joins a round, never a place ("X, a firm in Cambridge, Massachusetts, is
    // in talks to lead it").
    enum class Party { Investor, Target, Company, Participant };

    [[nodiscard]] qsizetype tokenAt(qsizetype offset) const;
    // True when a cue phrase starts at a word of `sentence` outside any name: exactly when
    // read() finds a cue there. Most sentences have none, and read() returns at once.
    [[nodiscard]] bool holdsCue(TextRange sentence) const;
    [[nodiscard]] bool accepts(int entity, Party party) const;
    // "a London fund", "the San Francisco rival": a place between an article and a lower-case
    // noun only says where someone is; it neither invests nor receives.
    // `definite`: "the"/"la" before the place count too ("acquires the London start-up X"), where
    // a place cannot be a verb's subject ("the UAE will invest").
    [[nodiscard]] bool isPlaceModifier(int entity, bool definite = false) const;
    // "Lattice Minds, a Boston lab run by former MIT professor X, said": the name the
    // apposition holding `entity` describes, or -1 when `entity` stands in none.
    [[nodiscard]] int appositionHead(int entity, qsizetype clauseStart) const;
    // "X, which committed $400 million", "X (SETT), que aporta 67 millones": the amount a
    // relative clause right after a participant gives it, or -1.
    [[nodiscard]] int relativeAmount(int entity, qsizetype end) const;
    // A participant's own amount: right after its name, or in a relative clause on it.
    [[nodiscard]] int participantAmount(int entity, qsizetype end, int maxWords) const
    {
        const int a = amountRightAfter(entity, end, maxWords);
        return a >= 0 ? a : relativeAmount(entity, end);
    }
    // "when it raised", "la società ha raccolto": a word standing for the company the text
    // is about among the few words before `pos` in its clause.
    [[nodiscard]] bool anaphorBefore(qsizetype pos, qsizetype clauseStart) const;
    // The company sentence `s` opens with ("Pigment sells planning software."), or -1: what
    // "it" or "la società" stands for when no deal has named a company yet.
    [[nodiscard]] int leadingCompany(qsizetype s) const;
    // True when a comma and a relative word ("which", "che", "qui", "que") stand among the
    // two words before `pos`: the verb there tells of the name before the comma.
    [[nodiscard]] bool inRelativeClause(qsizetype pos) const;
    // The end of the relative clause opening right after `from` (", which committed $30
    // million,"), or -1 when none opens there.
    [[nodiscard]] qsizetype relativeClauseEnd(qsizetype from, qsizetype to) const;
    // "paid $650 million for Casetext", "in industrielle KI zu investieren": the verb names
    // an object of its own after "in", "for", "per" that is no entity, round or company told
    // about; the money is not the thread's round.
    [[nodiscard]] bool namesOtherObject(qsizetype from, qsizetype end) const;
    // The target word ("in", "per", "für") that opens a verb's object after `from` or after the
    // amount right behind it, before `end`; -1 when none stands there.
    [[nodiscard]] qsizetype targetWordAfter(qsizetype from, qsizetype end) const;
    // "invested $15 million in the company": the verb's object after "in", "nella" is an
    // anaphor ("the company", "la società").
    [[nodiscard]] bool namesAnaphorObject(qsizetype from, qsizetype end) const;
    // namesOtherObject() after the verb, or, with the verb last ("1 Milliarde Euro in
    // industrielle KI zu investieren"), after the amount before it.
    [[nodiscard]] bool verbNamesOtherObject(const Cue &cue, qsizetype segmentEnd, qsizetype clauseStart) const
    {
        if (namesOtherObject(cue.end, segmentEnd))
            return true;
        const int a = amountNear(cue.end, segmentEnd, clauseStart);
        return a >= 0 && m_amounts[a].range.end <= cue.start && namesOtherObject(m_amounts[a].range.end, cue.start);
    }
    // True when a word saying the deal was called off or denied ("withdrew", "desmintió")
    // stands among the few words before `pos` in its clause.
    [[nodiscard]] bool withdrawnBefore(qsizetype pos, qsizetype clauseStart) const;
    // True when the word right before the person `entity` says it invests: "Business Angel",
    // "Investor", "inversor".
    [[nodiscard]] bool afterAngelWord(int entity) const;
    // True when `pos` lies inside an entity's name (not at its start).
    [[nodiscard]] bool insideEntity(qsizetype pos) const
    {
        const int e = firstEntityFrom(pos + 1) - 1;
        return e >= 0 && m_entities[e].range.start < pos && pos < m_entities[e].range.end;
    }
    // True when the word right before `pos` is "the", "la", "die": what follows is a noun.
    [[nodiscard]] bool afterDefinite(qsizetype pos) const;
    // True when a list word stands right before the article before `pos` ("e il round").
    [[nodiscard]] bool listWordBeforeArticle(qsizetype pos) const;
    // True when a possessive "'s" and a lower-case noun follow the name: the noun acts.
    [[nodiscard]] bool ownsNoun(int entity) const;
    // True when the possessive's noun after `entity` is the cue starting at `pos`, an amount
    // at most between: "Microsoft's investment in", "Amazon's $8 billion stake in".
    [[nodiscard]] bool possessesCueAt(int entity, qsizetype pos) const;
    // "l'investimento di Microsoft in OpenAI", "die Beteiligung von X an Y": the name an invest
    // noun's "of" word names, when a target word and a target follow it; -1 otherwise.
    [[nodiscard]] int investorOfNoun(qsizetype cueEnd, qsizetype end) const;
    // True when an "of" word right after a deal noun names a thing in lower case ("a purchase of
    // computing capacity"): the noun has an object of its own, not the company told.
    [[nodiscard]] bool nounOfThing(qsizetype cueEnd, qsizetype end) const;
    // True when the nearest name before `pos` owns a lower-case noun ("Google's backing ...
    // adds"): that noun is the clause's subject, which inherits no investor told before.
    [[nodiscard]] bool possessiveSubjectBefore(qsizetype pos, qsizetype clauseStart) const;
    // The deal amount between a possessive and its noun at `pos` ("Amazon's $8 billion stake"), or -1.
    [[nodiscard]] int possessedAmount(int entity, qsizetype pos) const;
    // True when a comma follows `entity` and an income word stands between it and `cueStart`,
    // a few words away: "X, its largest customer, paid".
    [[nodiscard]] bool customerApposition(int entity, qsizetype cueStart) const;
    // True when an income word ("contratto", "customer") stands in [from, to).
    [[nodiscard]] bool incomeWordIn(qsizetype from, qsizetype to) const;
    // True when the verb's direct object right after `from` is counted or "other" ("has backed
    // six AI start-ups", "ha sostenuto altre due società"): objects of its own.
    [[nodiscard]] bool countedObjectAfter(qsizetype from, qsizetype end) const;
    // True when a source word ("according", "secondo", "selon", "laut", "según") stands in [from, to).
    [[nodiscard]] bool sourceWordBetween(qsizetype from, qsizetype to) const;
    // True when a source word ("according to", "secondo", "selon il") stands among the three
    // words before `pos`: the name there is who reports, not a party.
    [[nodiscard]] bool afterSourceWord(qsizetype pos) const;
    // True when the word right before `pos` is "da", "from", "von": a passive's agent.
    [[nodiscard]] bool afterFromWord(qsizetype pos) const;
    // With the verb second ("sammelte das Unternehmen", "erhält der Softwareanbieter X"): the
    // company right after the verb behind an article and a few words, AnaphorAfterVerb for
    // "das Unternehmen", or -1.
    static constexpr int AnaphorAfterVerb = -2;
    // True when "and the company" ("y la empresa", "und das Unternehmen") stands in [from, to).
    [[nodiscard]] bool anaphorJoinedBetween(qsizetype from, qsizetype to) const;
    [[nodiscard]] int subjectAfterVerb(qsizetype pos, qsizetype end) const;
    // True when the text between `from` and `to` holds only list words and commas.
    [[nodiscard]] bool isListGap(qsizetype from, qsizetype to) const;
    // The word tokens right before `pos`, nearest first, at most `count` of them: the walk stops
    // at the first token that is neither a word nor a space (a comma ends what "before" means).
    [[nodiscard]] QVarLengthArray<qsizetype, 4> wordsBefore(qsizetype pos, int count) const;
    // True when only punctuation or the sentence's end follows `pos`: a verb there closes its
    // clause ("... übernommen.", "..., zu übernehmen,").
    [[nodiscard]] bool closesClause(qsizetype pos, qsizetype sentenceEnd) const;
    // True when the few tokens in [from, to) hold no relative word after a comma and no list
    // word ends them:
    // the name at `to` can be the object of a verb-last clause whose subject ends at `from`.
    [[nodiscard]] bool plainObjectGap(qsizetype from, qsizetype to) const;
    // True when the word right before `pos` is "con", "with", "avec", "mit".
    [[nodiscard]] bool afterWithWord(qsizetype pos) const;
    // Counts the words between two offsets; false when a clause mark (, ; :) stands there.
    [[nodiscard]] int wordsBetween(qsizetype from, qsizetype to, bool *clauseMark, bool *targetWord) const;
    // A receiving verb ending at `cueEnd` with an investment amount a few words on and a "from"
    // word right after it: "erhielt das Startup 3 Millionen Euro von X".
    [[nodiscard]] bool receivesFrom(qsizetype cueEnd, qsizetype sentenceEnd) const;
    // Another "from" word within a few words after the token `i` ("de la part de").
    [[nodiscard]] bool fromWordSoon(qsizetype i, qsizetype end) const;
    [[nodiscard]] QList<int> subjectBefore(qsizetype pos, qsizetype clauseStart, Party party) const;
    [[nodiscard]] QList<int> listAfter(qsizetype pos, qsizetype end, int maxWordsBefore, Party party) const;
    [[nodiscard]] int amountNear(qsizetype pos, qsizetype segmentEnd, qsizetype clauseStart) const;
    // The deal amount right after an entity ("SoftBank $500m"), at most `maxWords` words on.
    [[nodiscard]] int amountRightAfter(int entity, qsizetype end, int maxWords) const;
    // The same from an offset: the first deal amount at most `maxWords` words after `from`,
    // before `end`, with no clause mark between.
    [[nodiscard]] int amountWithin(qsizetype from, qsizetype end, int maxWords) const;
    // The target of a verb: its object, or the name after "in", "per", "into" (and those
    // listed with it), skipping investors.
    // True when one of the two words before `pos` is "di", "of", "in", "per" (and, with
    // `withFrom`, "da", "from"): the name there is governed by another word.
    [[nodiscard]] bool afterPreposition(qsizetype pos, bool withFrom) const;
    // True when the word right before `pos` is "of", "di", "de" and no "to" word.
    [[nodiscard]] bool afterOfWord(qsizetype pos) const;
    // True when the words in [from, to) only describe the name at `to`: an article, then a few
    // words with no preposition ("compra la startup X", "acquires the Boston start-up X").
    [[nodiscard]] bool describesName(qsizetype from, qsizetype to) const;
    [[nodiscard]] int firstEntityFrom(qsizetype pos) const;
    [[nodiscard]] qsizetype firstDealAmountFrom(qsizetype pos) const;
    [[nodiscard]] QList<int> targetsAfter(qsizetype pos, qsizetype end, const QList<int> &investors) const;

    const ExtractionInput &m_in;
    const DealCues &m_cues;
    const QList<EntityMention> &m_entities;
    const QList<Amount> &m_amounts;
    TokenKeys m_keys;
    QList<qsizetype> m_entityStarts;
    QList<int> m_dealAmounts; // investment amounts by start
    QList<qsizetype> m_dealAmountStarts;
    // The word tokens whose key may start a cue phrase (PhraseTrie::mayStart), in text order:
    // found in one pass over the article, so a sentence without any is skipped by a bisection.
    std::vector<qsizetype> m_cueTokens; // push_back inline: QList::append() is a call per token
    // The tokens [first, end) of the sentence read() is reading: tokenAt() bisects them
    // alone when the offset lies among them, as most offsets asked do.
    mutable qsizetype m_sentenceFirstToken = 0;
    mutable qsizetype m_sentenceEndToken = 0;
};

} // namespace dealdesk
