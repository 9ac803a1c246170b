#include "core/extract/money/amountreader.h"

#include "core/extract/numbers/phrasematcher.h"

#include <cmath>

namespace dealdesk {

AmountReader::AmountReader(const QString &language, QStringList *errors)
    : m_numbers(language, errors)
    , m_currencies(language, errors)
    , m_qualifiers(language, errors)
    , m_ranges(language, errors)
{
    for (char16_t c = 0; c < 128; ++c) {
        const QStringView one(&c, 1);
        m_asciiStarts[c] = quint8(startOf(TokenKind::Word, one));
        m_asciiStarts[128 + c] = quint8(startOf(TokenKind::Punct, one));
    }
}

std::optional<AmountReader::Core> AmountReader::coreAt(const ExtractionInput &in, qsizetype index) const
{
    Core c;
    c.first = index;
    qsizetype at = index;
    double signFactor = 1;
    if (const auto sign = m_currencies.signAt(in, index)) {
        c.currency = sign->currency;
        signFactor = sign->factor; // "MAUD 60"
        at = nextSolid(in, sign->endToken, 2); // "$ 75 million" in tokenised sources
        if (at < 0)
            return std::nullopt;
    }
    // After a sign ("$", "USD", "US$" are common words of money news) the number is read only
    // where one may start.
    const auto m = at == index || mayStartAt(in, at) ? m_numbers.readAt(in, at, true, true) : std::nullopt;
    if (!m)
        return std::nullopt;
    c.numberFirst = at;
    c.end = m->endToken;
    c.value = m->value;
    c.scale = m->scale;
    c.hasScale = m->hasScale;
    c.overflow = m->overflow;
    if (signFactor != 1 && !c.hasScale) {
        c.value *= signFactor;
        c.scale = signFactor;
        c.hasScale = true;
    }
    if (m->innerPrefix > 0) { // "USD1,23", "EUR29,99"
        const auto code = m_currencies.codeOf(in.tokens[at].in(in.text).first(m->innerPrefix));
        if (!code || !c.currency.isEmpty())
            return std::nullopt;
        c.currency = *code;
    }
    if (m->innerSuffix > 0) { // "20EUR"; "3.14US$" with the sign glued after the letters
        const QStringView letters = in.tokens[m->endToken - 1].in(in.text).last(m->innerSuffix);
        auto code = m_currencies.codeOf(letters);
        const qsizetype after = m->endToken;
        if (!code && after < in.tokens.size() && in.tokens[after].kind == TokenKind::Punct
            && in.tokens[after].start == in.tokens[after - 1].end) {
            code = m_currencies.gluedSignOf(letters, in.tokens[after].in(in.text));
            if (code)
                c.end = after + 1;
        }
        if (!code || !c.currency.isEmpty())
            return std::nullopt;
        c.currency = *code;
    }
    if (c.overflow)
        return c;
    if (m_numbers.percentAt(in, c.end) >= 0) {
        c.percent = c.currency.isEmpty();
        if (c.percent)
            return c;
    }
    if (!c.currency.isEmpty()) {
        readCents(in, c);
        return c;
    }
    // The currency after the number: "5 €", "14,3 Mrd. USD", "4 miliardi di dollari".
    const qsizetype next = nextSolid(in, c.end, 2);
    if (next < 0)
        return c;
    if (const auto sign = m_currencies.signAt(in, next)) {
        c.currency = sign->currency;
        c.end = sign->endToken;
        if (!c.hasScale && sign->factor != 1) { // "30 MUSD"
            c.value *= sign->factor;
            c.scale = sign->factor;
            c.hasScale = true;
        } else if (!c.hasScale) { // "75 USD million"
            if (const auto scale = m_numbers.scaleAt(in, c.end)) {
                c.value *= scale->first;
                c.scale = scale->first;
                c.hasScale = true;
                c.end = scale->second;
            }
        }
    } else if (const auto word = m_currencies.wordAt(in, next)) {
        c.currency = word->currency;
        c.end = word->endToken;
    } else if (const auto hyphened = hyphenedWordAt(in, next)) { // "a one-yen bid", "siebenhundert-Euro"
        c.currency = hyphened->currency;
        c.end = hyphened->endToken;
    } else if (const qsizetype afterLink = m_currencies.linkAt(in, next); afterLink >= 0) {
        const qsizetype noun = nextSolid(in, afterLink, 2);
        if (const auto w = noun >= 0 ? m_currencies.wordAt(in, noun) : std::nullopt) {
            c.currency = w->currency;
            c.end = w->endToken;
        } else if (const auto s = noun >= 0 ? m_currencies.signAt(in, noun) : std::nullopt) {
            c.currency = s->currency;
            c.end = s->endToken;
        } else if (noun >= 0 && in.tokens[noun].kind == TokenKind::Word) {
            c.nounToken = noun;
        }
    } else if (in.tokens[next].kind == TokenKind::Word) {
        c.directWord = next;
    }
    if (!c.currency.isEmpty())
        readCents(in, c);
    return c;
}

std::optional<CurrencyHit> AmountReader::hyphenedWordAt(const ExtractionInput &in, qsizetype index) const
{
    // Glued on both sides: "one-yen", "100-dollar", "siebenhundert-Euro".
    if (index <= 0 || index + 1 >= in.tokens.size() || in.tokens[index].kind != TokenKind::Punct
        || in.tokens[index].length() != 1 || in.text[in.tokens[index].start] != u'-'
        || in.tokens[index - 1].end != in.tokens[index].start
        || in.tokens[index + 1].start != in.tokens[index].end)
        return std::nullopt;
    return m_currencies.wordAt(in, index + 1);
}

void AmountReader::readCents(const ExtractionInput &in, Core &c) const
{
    // "15 dollari e 50 centesimi", "$20 and 43c", "15 Dollar 50.": only on whole units, and
    // without a cent word only when nothing follows the number but punctuation.
    if (c.hasScale || c.value != std::floor(c.value))
        return;
    qsizetype at = nextSolid(in, c.end, 1);
    if (at < 0)
        return;
    if (const qsizetype afterJoin = m_currencies.centJoinAt(in, at); afterJoin >= 0)
        at = nextSolid(in, afterJoin, 1);
    auto cents = at >= 0 ? m_numbers.readAt(in, at, false) : std::nullopt;
    bool gluedWord = false; // "43c"
    if (!cents && at >= 0 && in.tokens[at].kind == TokenKind::Word) {
        cents = m_numbers.readAt(in, at, false, true);
        gluedWord = cents && cents->innerPrefix == 0 && cents->innerSuffix > 0
            && m_currencies.isGluedCentWord(in.tokens[cents->endToken - 1].in(in.text).last(cents->innerSuffix));
        if (!gluedWord)
            return;
    }
    if (!cents || cents->value < 1 || cents->value > 99 || cents->value != std::floor(cents->value))
        return;
    qsizetype end = cents->endToken;
    const qsizetype word = nextSolid(in, end, 1);
    if (gluedWord) {
        // the cent word is the token's own end
    } else if (const qsizetype afterWord = word >= 0 ? m_currencies.centWordAt(in, word) : -1; afterWord >= 0) {
        end = afterWord;
    } else if (cents->fromWords || (word >= 0 && in.tokens[word].kind != TokenKind::Punct)
               || (word >= 0 && m_currencies.signAt(in, word)) || m_numbers.percentAt(in, end) >= 0) {
        return;
    }
    c.value += cents->value / 100;
    c.end = end;
}

std::optional<AmountCandidate> AmountReader::rangeFrom(const ExtractionInput &in, const Core &low,
                                                       qsizetype afterJoin) const
{
    const qsizetype at = nextSolid(in, afterJoin, 2);
    if (at < 0)
        return std::nullopt;
    qsizetype highAt = m_ranges.skipArticle(in, at);
    if (highAt != at)
        highAt = nextSolid(in, highAt, 2); // "e i 25"
    const auto high = mayStartAt(in, highAt) ? coreAt(in, highAt) : std::nullopt;
    if (!high || high->overflow || high->percent)
        return std::nullopt;
    AmountCandidate a;
    a.endToken = high->end;
    // "15-25 Mrd.", "between $15 and $25 billion": the high end lends its scale to the low.
    a.low = (!low.hasScale && high->hasScale) ? low.value * high->scale : low.value;
    a.high = high->value;
    if (a.low > a.high || a.low <= 0)
        return std::nullopt;
    a.currency = !low.currency.isEmpty() ? low.currency : high->currency;
    if (!low.currency.isEmpty() && !high->currency.isEmpty() && low.currency != high->currency)
        return std::nullopt;
    a.scale = std::max(low.scale, high->scale);
    a.nounToken = high->nounToken;
    a.directWord = high->directWord;
    a.qualifier = Qualifier::Range;
    return a;
}

NumberReader::Start AmountReader::startOf(TokenKind kind, QStringView token) const
{
    // A range word, a sign, a number are all that start one.
    if (m_ranges.mayStartWith(token) || m_currencies.maySignStartWith(token))
        return NumberReader::Start::Maybe;
    return m_numbers.startOf(kind, token);
}

std::optional<AmountCandidate> AmountReader::readFrom(const ExtractionInput &in, qsizetype index) const
{
    // "tra i 15 e i 25 miliardi", "between $15 and $25 billion", "entre 30 et 50 milliards".
    if (const qsizetype afterStart = m_ranges.startAt(in, index); afterStart >= 0) {
        qsizetype at = nextSolid(in, afterStart, 2);
        if (at >= 0) {
            const qsizetype afterArticle = m_ranges.skipArticle(in, at);
            if (afterArticle != at)
                at = nextSolid(in, afterArticle, 2);
        }
        // "de", "from", "da" open ranges and are common: the word after them is looked at
        // only when an amount may start there.
        const auto low = mayStartAt(in, at) ? coreAt(in, at) : std::nullopt;
        if (low && !low->overflow && !low->percent) {
            const qsizetype j = nextSolid(in, low->end, 2);
            const qsizetype afterJoin = j >= 0 ? m_ranges.joinAt(in, j) : -1;
            if (afterJoin >= 0) {
                if (auto range = rangeFrom(in, *low, afterJoin)) {
                    range->firstToken = index;
                    return range;
                }
            }
        }
        return std::nullopt; // the number itself is read at its own token
    }
    const auto core = coreAt(in, index);
    if (!core)
        return std::nullopt;
    AmountCandidate a;
    a.firstToken = core->first;
    a.endToken = core->end;
    a.low = a.high = core->value;
    a.currency = core->currency;
    a.scale = core->scale;
    a.nounToken = core->nounToken;
    a.directWord = core->directWord;
    a.percent = core->percent;
    a.overflow = core->overflow;
    if (a.overflow || a.percent)
        return a;
    // "$15-25 billion", "$15bn to $25bn", "60 bis 65 Milliarden": an infix to a second number.
    if (const qsizetype j = nextSolid(in, core->end, 1); j >= 0) {
        if (const qsizetype afterInfix = m_ranges.infixAt(in, j); afterInfix >= 0) {
            if (auto range = rangeFrom(in, *core, afterInfix)) {
                range->firstToken = core->first;
                a = *range;
            }
        }
    }
    return a;
}

void AmountReader::qualify(const ExtractionInput &in, AmountCandidate &a) const
{
    if (a.overflow || a.percent)
        return;
    // A range is its own qualifier: "an estimated $25,000-40,000" is the range alone.
    if (const auto q = a.qualifier == Qualifier::Range ? std::nullopt : m_qualifiers.before(in, a.firstToken)) {
        a.qualifier = q->qualifier;
        if (q->inSpan)
            a.firstToken = q->firstToken;
    }
}

} // namespace dealdesk
