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
#include <utility>
#include <optional>

namespace dealdesk {

struct NumberMatch
{
    qsizetype firstToken = 0; // token indices into ExtractionInput::tokens, end exclusive
    qsizetype endToken = 0;
    double value = 0;         // the scale applied when there is one
    bool overflow = false;    // more than 15 significant digits: unreadable, never rounded or wrapped
    bool hasScale = false;    // a scale word or abbreviation was read ("miliardi", "bn", "k")
    // Letters glued to the digits that are neither scale nor number word ("USD" of
    // "USD1,23", "EUR" of "EUR29,99"), left to the caller; only with allowAffixes.
    qsizetype innerPrefix = 0; // characters at the start of tokens[firstToken]
    qsizetype innerSuffix = 0; // characters at the end of tokens[endToken - 1]
    bool fromWords = false;    // spelled out ("venticinque") rather than digits
    double scale = 1;          // the factor of the scale read, 1 when none ("15-25 Mrd." lends it to 15)
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
    // With `allowAffixes`, up to three letters before the digits or any letters after them
    // are accepted and reported in innerPrefix/innerSuffix (money reads "USD1,23").
    [[nodiscard]] std::optional<NumberMatch> readAt(const ExtractionInput &in, qsizetype index,
                                                    bool withScale = true, bool allowAffixes = false) const;

    // False when readAt(in, index, ..., allowAffixes) surely finds no number there: a cheap
    // test on the token's kind and first letters, for callers that try every token.
    [[nodiscard]] bool mayStartAt(const ExtractionInput &in, qsizetype index, bool allowAffixes = false) const;

    // What readAt(in, index, true, true) can find at a token of this kind and text, whatever
    // surrounds it: a test on the text alone, for callers that try every token and remember
    // the answer per word; startHoldsAt() then looks at the token's neighbour when needed.
    enum class Start : quint8 {
        None,             // surely no number
        Maybe,            // read it
        SignBeforeDigits, // "-", "+": a number only with digits glued after it ("-5")
        BeforeNumberWord, // "a", "un", "einund": only when a number word, part or scale follows
    };
    [[nodiscard]] Start startOf(TokenKind kind, QStringView token) const;
    // False when `start` (startOf() of the token at `index`) surely gives no number there.
    [[nodiscard]] bool startHoldsAt(Start start, const ExtractionInput &in, qsizetype index) const;

    // The end token of a percent sign or word ("%", "per cento", "Prozent") starting at the
    // first non-space token at or after `index`; -1 when none.
    [[nodiscard]] qsizetype percentAt(const ExtractionInput &in, qsizetype index) const;

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
