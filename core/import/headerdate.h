#pragma once
// Finds the publication date (and time) written in a header line: "30.01.2025, 04:10",
// "March 12, 2024", "May 27, 2024, 6:45 PM ET", "12 février 2025 à 18h40", "14. Juni 2025",
// "3 de marzo de 2025", "2025-02", with the marker words around it ("Pubblicato il", "alle").
// The time is kept as written, no time zone conversion: "6:45 PM ET" is 18:45.

#include "core/import/headertokens.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

class HeaderLexicon;

struct HeaderDate
{
    qsizetype firstToken = 0; // the date's tokens, marker words included: [firstToken, endToken)
    qsizetype endToken = 0;
    QString iso;              // 2025, 2025-02, 2025-01-30 or 2025-01-30T04:10
};

// The first date in `tokens` of `line`, searched from token `from`.
[[nodiscard]] std::optional<HeaderDate> findHeaderDate(QStringView line, const QList<HeaderToken> &tokens,
                                                       const HeaderLexicon &lexicon, qsizetype from = 0);

// Length in tokens of the phrase of `phrases` that starts at token `at`, 0 if none does.
[[nodiscard]] qsizetype matchPhrase(QStringView line, const QList<HeaderToken> &tokens, qsizetype at,
                                    const QList<QStringList> &phrases);

} // namespace dealdesk
