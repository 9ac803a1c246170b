#pragma once
// Finds the time expressions of an article and resolves them against its date: absolute
// dates in the written forms of it/en/fr/de/es, months, years, quarters, relative words
// ("lo scorso marzo", "last year", "ieri"), weekdays and durations ("in quattro anni").
// Token-based scanning with hash lookups, linear in the text; see ../shared/spec/extraction.md.

#include "core/extract/dates/datelexicon.h"
#include "core/extract/findings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace dealdesk {

struct ExtractionInput;

// Reads a number written in words at a token ("quattro", "five", "zwei"): its value and the
// index of the token after it. The extractor passes the shared NumberReader's.
using NumberWordReader =
    std::function<std::optional<std::pair<double, qsizetype>>(const ExtractionInput &, qsizetype tokenIndex)>;

// The numbers the date reader needs read: words for counts and days, and scale words after a
// number ("2025 milioni" is money, not a year).
struct DateNumbers
{
    NumberWordReader words;
    std::function<bool(const ExtractionInput &, qsizetype tokenIndex)> scaleAt;
};

class DateReader
{
public:
    // Loads the words of `language` (ICU names and resources/lexicon/<lang>/dates*.tsv).
    // Without `numbers`, numbers are read by a NumberReader of the language.
    DateReader(const QString &language, QStringList *errors, DateNumbers numbers = {});

    [[nodiscard]] QList<DateMention> read(const ExtractionInput &in) const;
    [[nodiscard]] const QString &language() const { return m_language; }

private:
    QString m_language;
    DateLexicon m_lexicon;
    DateNumbers m_numbers;
};

} // namespace dealdesk
