#pragma once
// Names the gazetteer does not know, found from their shape and the words around them:
// a person is a listed first name or a title followed by capitalised words ("Anna Rossi",
// "Konzernchef Mark Zuckerberg"); a company is a capitalised run ending in a company cue
// ("Valor Equity Partners", "Acme Robotics S.p.A.") or introduced by one ("la startup Acme").

#include "core/extract/entities/articlescan.h"
#include "core/extract/findings.h"

#include <optional>

namespace dealdesk {

struct NameSpan
{
    qsizetype first = 0; // token range [first, end)
    qsizetype end = 0;
    EntityType type = EntityType::Org;
    // An institution's name may hold known names ("Politecnico di Torino"); others may not.
    bool holdsNames = false;
};

[[nodiscard]] std::optional<NameSpan> personAt(const ArticleScan &scan, qsizetype i);
[[nodiscard]] std::optional<NameSpan> companyAt(const ArticleScan &scan, qsizetype i);
// The token after a legal suffix that follows a name ending before `end` ("OpenAI Inc."),
// or `end` itself when none follows.
[[nodiscard]] qsizetype extendOverLegalSuffix(const ArticleScan &scan, qsizetype end);

} // namespace dealdesk
