#pragma once
// Reads one amount at a token, without context: currency sign or code before or after the
// number, currency word after it (through "di"/"de"/"d'"), a range ("tra i 15 e i 25
// miliardi", "$15-25 billion", "60 bis 65 Milliarden") and the qualifier words before it.
// Whether a number without currency is money is decided by the caller, who sees the article.

#include "core/extract/findings.h"
#include "core/extract/money/currencylexicon.h"
#include "core/extract/money/qualifierlexicon.h"
#include "core/extract/money/rangewords.h"
#include "core/extract/numbers/numberreader.h"
#include "core/extract/tokenclassmemo.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dealdesk {

struct AmountCandidate
{
    qsizetype firstToken = 0; // the amount's text, qualifier words included
    qsizetype endToken = 0;
    double low = 0;
    double high = 0;
    QString currency;        // empty when the text gives none
    Qualifier qualifier = Qualifier::Exact;
    double scale = 1;        // the largest scale read ("miliardi" = 1e9), 1 when none
    qsizetype nounToken = -1;   // the word after a link when no currency follows: "di utenti"
    qsizetype directWord = -1;  // the word right after a number without currency
    bool percent = false;    // "25%": never money
    bool overflow = false;   // unreadable: skip it
};

class AmountReader
{
public:
    explicit AmountReader(const QString &language, QStringList *errors = nullptr);

    // The amount starting at token `index` (at its currency sign, range word or number);
    // nullopt when none starts there. Inline up to mayStartAt(), which refuses most tokens.
    [[nodiscard]] std::optional<AmountCandidate> readAt(const ExtractionInput &in, qsizetype index) const
    {
        auto a = readUnqualified(in, index);
        if (a)
            qualify(in, *a);
        return a;
    }
    // readAt() without the qualifier words before the amount, for a caller that drops most
    // candidates (bare numbers) and qualifies the ones it keeps.
    [[nodiscard]] std::optional<AmountCandidate> readUnqualified(const ExtractionInput &in, qsizetype index) const
    {
        if (!mayStartAt(in, index))
            return std::nullopt;
        return readFrom(in, index);
    }
    // The qualifier words before `a` ("circa", "fino a"): its qualifier, and its first token
    // when they belong to its text. A range is its own qualifier.
    void qualify(const ExtractionInput &in, AmountCandidate &a) const;
    // False when no amount (nor the number of one) can start at token `index`. Every token
    // of an article is asked: what a word can start depends on its text alone, so a word is
    // classed once per thread; "a", "un" start a number only before a number word or scale,
    // "-" only before digits.
    [[nodiscard]] bool mayStartAt(const ExtractionInput &in, qsizetype index) const
    {
        if (index < 0 || index >= in.tokens.size())
            return false;
        const Token &tok = in.tokens[index];
        if (tok.kind == TokenKind::Number)
            return true;
        if (tok.kind == TokenKind::Space)
            return false;
        const QStringView token = tok.in(in.text);
        // Punctuation and one-letter words ("a", "e", "y") from a table, the rest remembered.
        const auto start = token.size() == 1 && token[0].unicode() < 128
            ? NumberReader::Start(m_asciiStarts[(tok.kind == TokenKind::Punct ? 128 : 0) + token[0].unicode()])
            : NumberReader::Start(m_startClasses.remember(tok.kind, token, [&] { return startOf(tok.kind, token); }));
        return start == NumberReader::Start::Maybe
            || (start != NumberReader::Start::None && m_numbers.startHoldsAt(start, in, index));
    }
    [[nodiscard]] const CurrencyLexicon &currencies() const { return m_currencies; }

private:
    struct Core
    {
        qsizetype first = 0;
        qsizetype numberFirst = 0;
        qsizetype end = 0;
        double value = 0;
        double scale = 1;
        bool hasScale = false;
        QString currency;
        qsizetype nounToken = -1;
        qsizetype directWord = -1;
        bool percent = false;
        bool overflow = false;
    };
    // readAt() past its first test.
    [[nodiscard]] std::optional<AmountCandidate> readFrom(const ExtractionInput &in, qsizetype index) const;
    // The class mayStartAt() remembers for a token of this kind and text.
    [[nodiscard]] NumberReader::Start startOf(TokenKind kind, QStringView token) const;
    [[nodiscard]] std::optional<Core> coreAt(const ExtractionInput &in, qsizetype index) const;
    void readCents(const ExtractionInput &in, Core &c) const;
    // A currency word hyphenated onto the number before `index` ("one-yen", "100-dollar").
    [[nodiscard]] std::optional<CurrencyHit> hyphenedWordAt(const ExtractionInput &in, qsizetype index) const;
    [[nodiscard]] std::optional<AmountCandidate> rangeFrom(const ExtractionInput &in, const Core &low,
                                                           qsizetype afterJoin) const;

    NumberReader m_numbers;
    CurrencyLexicon m_currencies;
    QualifierLexicon m_qualifiers;
    RangeWords m_ranges;
    // readAt()'s first test: what can an amount do at this token (a NumberReader::Start)?
    TokenClassMemo m_startClasses;
    // startOf() of one-character words (0..127) and punctuation (128..255), ASCII.
    std::array<quint8, 256> m_asciiStarts{};
};

} // namespace dealdesk
