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

#include <optional>

namespace dealdesk {

// What a sentence leaves to the next ones: the round being talked about.
struct DealThread
{
    int currentTarget = -1; // entity index of the company or project the text is about
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
    enum class Party { Investor, Target, Company };

    [[nodiscard]] qsizetype tokenAt(qsizetype offset) const;
    [[nodiscard]] bool accepts(int entity, Party party) const;
    // True when the text between `from` and `to` holds only list words and commas.
    [[nodiscard]] bool isListGap(qsizetype from, qsizetype to) const;
    // Counts the words between two offsets; false when a clause mark (, ; :) stands there.
    [[nodiscard]] int wordsBetween(qsizetype from, qsizetype to, bool *clauseMark, bool *targetWord) const;
    [[nodiscard]] QList<int> subjectBefore(qsizetype pos, qsizetype clauseStart, Party party) const;
    [[nodiscard]] QList<int> listAfter(qsizetype pos, qsizetype end, int maxWordsBefore, Party party) const;
    [[nodiscard]] int amountNear(qsizetype pos, qsizetype segmentEnd, qsizetype clauseStart) const;
    // The deal amount right after an entity ("SoftBank $500m"), at most `maxWords` words on.
    [[nodiscard]] int amountRightAfter(int entity, qsizetype end, int maxWords) const;
    // The target of a verb: its object, or the name after "in", "per", "into" (and those
    // listed with it), skipping investors.
    // True when one of the two words before `pos` is "di", "of", "in", "per" (and, with
    // `withFrom`, "da", "from"): the name there is governed by another word.
    [[nodiscard]] bool afterPreposition(qsizetype pos, bool withFrom) const;
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
};

} // namespace dealdesk
