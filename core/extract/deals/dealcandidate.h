#pragma once
// What the sentence reader finds before an article's deals are merged: one relation as
// indices into the article's entities and amounts, with the cue that stated it.

#include "core/extract/deals/dealcues.h"
#include "core/extract/findings.h"

namespace dealdesk {

struct DealCandidate
{
    int investor = -1; // index into the entity list, -1 when the text names none
    int target = -1;
    int amount = -1;   // index into the amount list, -1 when none
    DealStatus status = DealStatus::Announced;
    DealCueKind kind = DealCueKind::Invest;
    qsizetype sentence = -1;
};

} // namespace dealdesk
