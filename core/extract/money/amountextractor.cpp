#include "core/extract/money/amountextractor.h"

#include "core/extract/extractioninput.h"
#include "core/extract/money/amountreader.h"
#include "core/extract/money/roleclassifier.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace dealdesk {

namespace {

// A number with a scale and no currency borrows the currency of an amount at most this many
// sentences before it ("... 300 milioni di euro. Altri 120 milioni ..."); further away it is
// a count ("500 milioni di utenti" is caught earlier by its noun).
constexpr qsizetype kContextSentences = 6;
// The smallest scale that makes a bare number money: "5 mila" alone is a count.
constexpr double kBareMinScale = 1e6;

struct Found
{
    AmountCandidate candidate;
    qsizetype sentence = -1;
};

} // namespace

struct AmountExtractor::Data
{
    AmountReader reader;
    RoleClassifier roles;

    [[nodiscard]] bool isCount(const ExtractionInput &in, const AmountCandidate &c) const;

    Data(const QString &language, QStringList *errors)
        : reader(language, errors)
        , roles(language, errors)
    {
    }
};

AmountExtractor::AmountExtractor(const QString &language, QStringList *errors)
    : d(std::make_unique<const Data>(language, errors))
{
}

AmountExtractor::~AmountExtractor() = default;

bool AmountExtractor::Data::isCount(const ExtractionInput &in, const AmountCandidate &c) const
{
    // "500 milioni di utenti" is a count, "132 mln di debito" is money: the noun decides.
    if (c.nounToken >= 0)
        return !roles.isCue(in, c.nounToken);
    if (c.directWord >= 0 && reader.currencies().nounsFollowDirectly()) {
        if (reader.currencies().directNounsCapitalised() && !in.text[in.tokens[c.directWord].start].isUpper())
            return false;
        return !roles.isCue(in, c.directWord);
    }
    return false;
}

QList<Amount> AmountExtractor::extract(const ExtractionInput &in) const
{
    // First every candidate in order, then currencies from context, then roles.
    QList<Found> found;
    const qsizetype n = in.tokens.size();
    const Token *tokens = in.tokens.constData();
    for (qsizetype i = 0; i < n;) {
        if (tokens[i].kind == TokenKind::Space) { // half the tokens: refused without a call
            ++i;
            continue;
        }
        auto c = d->reader.readUnqualified(in, i);
        if (!c) {
            ++i;
            continue;
        }
        i = std::max(i + 1, c->endToken);
        if (c->overflow || c->percent)
            continue; // unreadable or a percentage: never money, and its digits are used up
        if (c->currency.isEmpty() && (c->scale < kBareMinScale || d->isCount(in, *c)))
            continue;
        d->reader.qualify(in, *c); // only now: most bare numbers are dropped above
        found.append(Found{*c, in.sentenceAt(in.tokens[c->firstToken].start)});
    }

    // A bare "580 milioni" takes the currency of an earlier amount of the same value (the
    // text repeating itself), else of the last amount shortly before it, else of the next one
    // in its own sentence; with none it is no money.
    QString lastCurrency;
    qsizetype lastSentence = -1;
    QHash<double, QString> currencyByValue;
    // The first later amount of the same sentence that names its currency, or -1: found once
    // from the end, since looking ahead from every bare amount was quadratic in a long sentence.
    QVarLengthArray<qsizetype, 32> nextNamed(found.size(), -1);
    for (qsizetype k = found.size() - 2; k >= 0; --k) {
        if (found[k + 1].sentence == found[k].sentence)
            nextNamed[k] = found[k + 1].candidate.currency.isEmpty() ? nextNamed[k + 1] : k + 1;
    }
    for (qsizetype k = 0; k < found.size(); ++k) {
        AmountCandidate &c = found[k].candidate;
        if (!c.currency.isEmpty()) {
            lastCurrency = c.currency;
            lastSentence = found[k].sentence;
            currencyByValue.insert(c.low, c.currency);
            continue;
        }
        if (const auto it = currencyByValue.constFind(c.low); it != currencyByValue.cend() && c.low == c.high) {
            c.currency = *it;
            continue;
        }
        if (!lastCurrency.isEmpty() && found[k].sentence - lastSentence <= kContextSentences) {
            c.currency = lastCurrency;
            continue;
        }
        if (nextNamed[k] >= 0)
            c.currency = found[nextNamed[k]].candidate.currency;
    }

    QList<Amount> amounts;
    qsizetype firstToken = in.tokens.size();
    qsizetype endToken = 0;
    for (const Found &f : std::as_const(found)) {
        firstToken = std::min(firstToken, f.candidate.firstToken);
        endToken = std::max(endToken, f.candidate.endToken);
    }
    RoleClassifier::Memo memo = found.isEmpty() ? RoleClassifier::Memo() : RoleClassifier::memoFor(firstToken, endToken);
    for (const Found &f : found) {
        const AmountCandidate &c = f.candidate;
        if (c.currency.isEmpty())
            continue;
        Amount a;
        a.range = TextRange{in.tokens[c.firstToken].start, in.tokens[c.endToken - 1].end};
        a.text = in.text.sliced(a.range.start, a.range.length());
        a.money = Money{c.currency, c.low, c.high, c.qualifier};
        // Without a cue of its own, an amount continues the story of the one before it in
        // the same or the previous sentence ("Amazon invests $4bn. The $4bn ...").
        const auto role = d->roles.classify(in, c.firstToken, c.endToken, &memo);
        if (role) {
            a.role = *role;
        } else if (!amounts.isEmpty()) {
            const qsizetype prev = in.sentenceAt(amounts.last().range.start);
            a.role = f.sentence - prev <= 1 ? amounts.last().role : MoneyRole::Investment;
        } else {
            a.role = MoneyRole::Investment; // what most money in this news is
        }
        amounts.append(a);
    }
    return amounts;
}

} // namespace dealdesk
