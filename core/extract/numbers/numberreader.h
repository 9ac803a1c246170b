#pragma once
// Reads numbers in running text, token by token: digits with the language's group and decimal
// separators ("1.200", "1,5", "1 200", "1'200"), number words ("venticinque", "twenty-five",
// "zweieinhalb", "mil"), and an optional scale after them ("miliardi", "mln", "bn", "Mrd.").
// Amounts and dates both call it; the words come from resources/lexicon/<lang>/numbers.tsv and
// scales.tsv, so a language is added with data only.

#include "core/extract/extractioninput.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dealdesk {

struct NumberMatch
{
    qsizetype firstToken = 0; // token indices into ExtractionInput::tokens, end exclusive
    qsizetype endToken = 0;
    double value = 0;         // the scale applied when there is one
    bool overflow = false;    // the digits or the scale made a value too large to hold exactly
    bool hasScale = false;    // a scale word or abbreviation was read ("miliardi", "bn", "k")
};

class NumberReader
{
public:
    // Loads the lexicons of `language` once; load problems are appended to `errors`.
    explicit NumberReader(const QString &language, QStringList *errors = nullptr);
    ~NumberReader();
    NumberReader(const NumberReader &) = delete;
    NumberReader &operator=(const NumberReader &) = delete;
    NumberReader(NumberReader &&) noexcept;
    NumberReader &operator=(NumberReader &&) noexcept;

    // Reads the longest number starting at token `index`: digits with the language's
    // separators or number words, optionally followed by a scale word ("miliardi", "mln",
    // "bn", "Mrd."). nullopt when no number starts there.
    [[nodiscard]] std::optional<NumberMatch> readAt(const ExtractionInput &in, qsizetype index,
                                                    bool withScale = true) const;

    // Reads a scale alone at token `index` ("miliardi", "Mrd.", "bn"): its factor and the
    // token after it. Used for "tra 15 e 25 miliardi", where the scale follows the range.
    [[nodiscard]] std::optional<std::pair<double, qsizetype>> scaleAt(const ExtractionInput &in,
                                                                      qsizetype index) const;

    [[nodiscard]] const QString &language() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace dealdesk
