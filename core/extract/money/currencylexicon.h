#pragma once
// Where an amount says its currency: signs and ISO codes shared by every language
// (resources/lexicon/common/currency_signs.tsv: "$", "US$", "€", "CHF", "Fr."), currency
// words of the article's language (<lang>/currencies.tsv: "dollari australiani", "US-Dollar")
// and the small words between a number and its currency (<lang>/money_links.tsv: "di", "d'").

#include "core/extract/numbers/phrasematcher.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

struct CurrencyHit
{
    qsizetype firstToken = 0;
    qsizetype endToken = 0; // exclusive
    QString currency;       // ISO 4217
    double factor = 1;      // a sign that carries a scale: "MUSD" is millions
};

class CurrencyLexicon
{
public:
    explicit CurrencyLexicon(const QString &language, QStringList *errors = nullptr);

    // A sign or code starting at token `index` ("$", "US$", "USD", "€"). This and the
    // look-ups below are inline: they are asked around every number, and most tokens are
    // refused by the matchers' inline shape tests without a call.
    [[nodiscard]] std::optional<CurrencyHit> signAt(const ExtractionInput &in, qsizetype index) const
    {
        const auto hit = m_signs.matchAt(in, index);
        if (!hit)
            return std::nullopt;
        // "USDollar" or "EURO" are not codes: a code must end where its token ends.
        return CurrencyHit{hit->firstToken, hit->endToken, m_currencies[hit->payload], m_factors[hit->payload]};
    }
    // False when no sign or code begins with `token`: a test on its text alone, before signAt().
    [[nodiscard]] bool maySignStartWith(QStringView token) const { return m_signs.isFirstPart(token); }
    // A currency word of the language starting at `index` ("dollari", "Schweizer Franken").
    [[nodiscard]] std::optional<CurrencyHit> wordAt(const ExtractionInput &in, qsizetype index) const
    {
        const auto hit = m_words.matchAt(in, index);
        if (!hit)
            return std::nullopt;
        return CurrencyHit{hit->firstToken, hit->endToken, m_currencies[hit->payload]};
    }
    // The currency of letters glued to digits ("USD" of "USD1,23", "EUR" of "20EUR").
    [[nodiscard]] std::optional<QString> codeOf(QStringView letters) const;
    // The currency of letters glued to digits and a sign glued after them ("US" and "$" of
    // "3.14US$", "C" and "$" of "5C$"): the sign as a whole ("US$", "C$").
    [[nodiscard]] std::optional<QString> gluedSignOf(QStringView letters, QStringView sign) const;
    // The end of a link word ("di", "de", "d'", "of") starting at `index`, -1 when none.
    [[nodiscard]] qsizetype linkAt(const ExtractionInput &in, qsizetype index) const
    {
        const auto hit = m_links.matchAt(in, index);
        return hit ? hit->endToken : -1;
    }
    // Whether the language puts a noun right after a number ("500 million users") rather than
    // after a link word ("500 milioni di utenti").
    [[nodiscard]] bool nounsFollowDirectly() const { return m_directNouns; }
    // German capitalises nouns: only a capitalised word right after the number is its noun.
    [[nodiscard]] bool directNounsCapitalised() const { return m_directCapitalised; }
    // Cents after an amount (<lang>/money_cents.tsv): the end of a join word ("and", "e") at
    // `index`, and the end of a cent word ("cents", "centesimi"); -1 when none.
    [[nodiscard]] qsizetype centJoinAt(const ExtractionInput &in, qsizetype index) const;
    [[nodiscard]] qsizetype centWordAt(const ExtractionInput &in, qsizetype index) const;
    // A one-word cent word glued to the cents ("c" of "43c"), as written.
    [[nodiscard]] bool isGluedCentWord(QStringView letters) const;

private:
    PhraseMatcher m_signs;
    PhraseMatcher m_words;
    PhraseMatcher m_links;
    PhraseMatcher m_centJoins;
    PhraseMatcher m_centWords;
    QStringList m_currencies; // payloads index this
    QList<double> m_factors;  // beside m_currencies
    QHash<QString, QString> m_codes; // upper-case three-letter codes
    QStringList m_gluedCentWords; // one-word cent words: "c", "cents"
    QHash<QString, QString> m_letterSigns; // "US$", "C$": as written when exact, else upper-case
    bool m_directNouns = false;
    bool m_directCapitalised = false;
};

} // namespace dealdesk
