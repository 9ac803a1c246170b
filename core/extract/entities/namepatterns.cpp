#include "core/extract/entities/namepatterns.h"

#include "core/extract/entities/textfold.h"

#include <algorithm>
#include <array>

namespace dealdesk {
namespace {

constexpr int MaxSurnames = 3;
constexpr int MaxCompanyWords = 6;
constexpr int MaxPhraseWords = 6; // titles and intros are short: "président-directeur général"
constexpr int MaxAppositionName = 3;  // words of a name an apposition may describe
constexpr int MaxAppositionWords = 6; // "a little-known London fund", "a two-year-old start-up"
constexpr int MaxBareAppositionWords = 2; // "jeune pousse" right after the comma
constexpr int MaxRelativeClause = 16; // tokens of a relative clause between a name's commas
constexpr qsizetype MinDottedPart = 2; // "NRW.Bank", "Maki.vc"; not "U.S", "z.B"
constexpr int MaxColonNounTokens = 4; // "Das Kölner Startup", "la start-up": tokens after a colon's article
constexpr int MaxObjectGap = 5; // words between an investing verb and its object's preposition
constexpr int MaxInstitutionWords = 12; // "Ministerio para la Transformación Digital y de la Función Pública"

// True when a phrase of `cues` (titles or company intros, up to cues.longestPhrase() words)
// ends at token `last`. A demonym between it and the name is allowed once ("il fondo
// statunitense General Catalyst").
template<typename Pred>
bool phraseEndsAt(const ArticleScan &scan, qsizetype last, Pred isPhrase, bool allowDemonym)
{
    if (last < 0 || scan.tokens[last].kind == TokenKind::Space)
        return false;
    if (allowDemonym && scan.isWord(last) && scan.cues.isDemonym(scan.keys.at(last))
        && phraseEndsAt(scan, scan.previous(last), isPhrase, false))
        return true;
    if (!scan.cues.mayEndPhrase(scan.keys.at(last)))
        return false;
    // Up to MaxPhraseWords keys read backwards, then each suffix tried: no allocation, this
    // runs for every capitalised word.
    std::array<quint64, MaxPhraseWords> keys{};
    int n = 0;
    const int longest = std::min(scan.cues.longestPhrase(), MaxPhraseWords);
    for (qsizetype j = last; j >= 0 && n < longest; j = scan.previous(j)) {
        if (scan.tokens[j].kind == TokenKind::Space)
            break;
        keys[n++] = scan.keys.at(j);
        // keys[n-1] .. keys[0] is the phrase in text order.
        quint64 k = EntityCues::sequenceSeed();
        for (int w = n - 1; w >= 0; --w)
            k = combineKeys(k, keys[w]);
        if (isPhrase(k))
            return true;
    }
    return false;
}

// A capitalised word that can continue a name (a surname, a company's next word).
bool continuesName(const ArticleScan &scan, qsizetype i)
{
    return scan.isCapitalised(i) && !scan.cues.isCommonOrDemonym(scan.keys.at(i));
}

// True when ", a|una|une ... <company noun>" follows token `last`: the company noun within
// MaxAppositionWords words of the article.
bool appositionIntro(const ArticleScan &scan, qsizetype first, qsizetype last)
{
    const qsizetype comma = scan.next(last);
    if (comma < 0 || (scan.word(comma) != u"," && scan.word(comma) != u":"))
        return false;
    // Without an article the company noun comes first ("Quarzo, startup romana", "Corvus,
    // jeune pousse lyonnaise"); a roundup's colon takes the article ("Trovia: Das Berliner
    // Startup").
    const qsizetype article = scan.next(comma);
    // A roundup's item opens its line with the name and a colon; any article follows it
    // ("Trovia: Das Berliner Startup").
    const bool colon = scan.word(comma) == u":";
    if (colon && scan.previous(first) >= 0)
        return false;
    const bool withArticle = scan.isWord(article) && (colon || scan.cues.isArticle(scan.keys.at(article)));
    if (!withArticle) {
        if (colon)
            return false;
        // The company noun itself opens the apposition, no word before it.
        quint64 sequence = EntityCues::sequenceSeed();
        qsizetype k = article;
        for (int n = 0; n < MaxBareAppositionWords && scan.isWord(k); ++n, k = scan.next(k)) {
            sequence = combineKeys(sequence, scan.keys.at(k));
            if (scan.cues.isCompanyIntro(sequence))
                return true;
        }
        return false;
    }
    int words = 0;
    for (qsizetype k = scan.next(article); k >= 0 && words < MaxAppositionWords; k = scan.next(k)) {
        if (scan.isWord(k)) {
            ++words;
            if (phraseEndsAt(scan, k, [&](quint64 key) { return scan.cues.isCompanyIntro(key); }, false))
                return true;
        } else if (scan.word(k) != u"-") {
            return false;
        }
    }
    return false;
}

// "Politecnico di Torino", "Sociedad Española para la Transformación Tecnológica": a head word
// opens an institution's name, whose capitalised words small words may join: a connector
// ("di", "para", "für"), an article after it ("de la"), a joiner before a connector ("y de la").
// A joiner before a capital is not taken: "la Fondazione Alfa e Beta Capital" is two names.
// The name ends on its last capitalised word.
std::optional<NameSpan> institutionAt(const ArticleScan &scan, qsizetype i)
{
    const EntityCues &cues = scan.cues;
    if (!cues.isInstitutionHead(scan.keys.at(i)))
        return std::nullopt;
    enum class Last { Name, Connector, Joiner };
    Last last = Last::Name;
    qsizetype end = i + 1;
    int words = 1;
    for (qsizetype k = scan.next(i); k >= 0 && words < MaxInstitutionWords; k = scan.next(k)) {
        if (!scan.isWord(k)) {
            const QStringView w = scan.word(k);
            if (w == u"-" && last == Last::Name && scan.isCapitalised(scan.next(k)))
                continue; // "Hi-Tech"
            if ((w == u"'" || w == u"’") && last == Last::Connector)
                continue; // "dell'Economia", "d'Innovation"
            break;
        }
        ++words;
        const quint64 key = scan.bareKey(k); // "dell'Economia", "per l'Innovazione"
        if (scan.isCapitalised(k)) {
            if (last == Last::Joiner)
                break;
            end = k + 1;
            last = Last::Name;
        } else if (cues.isConnector(key) && last != Last::Connector) {
            last = Last::Connector;
        } else if (last == Last::Connector && cues.isArticle(key)) {
            continue; // "de la", "per la"
        } else if (last == Last::Name && cues.isJoiner(key)) {
            last = Last::Joiner;
        } else {
            break;
        }
    }
    if (end == i + 1)
        return std::nullopt;
    return NameSpan{i, end, EntityType::Org, true};
}

// "Medibit ha ottenuto", "Tractable, which raised": a verb only a company does follows the
// word at `i` (a relative clause's comma may stand between).
bool companyVerbAfter(const ArticleScan &scan, qsizetype i)
{
    const EntityCues &cues = scan.cues;
    auto verbAt = [&](qsizetype k) {
        if (!scan.isWord(k) || !cues.mayStartVerb(scan.keys.at(k)))
            return false;
        quint64 sequence = EntityCues::sequenceSeed();
        for (int n = 0; n < cues.longestVerb() && scan.isWord(k); ++n, k = scan.next(k)) {
            sequence = combineKeys(sequence, scan.keys.at(k));
            if (cues.isCompanyVerb(sequence))
                return true;
        }
        return false;
    };
    qsizetype k = scan.next(i);
    // "Tessile.AI: la società pratese incassa", "Kernwerk: Das Kölner Startup erhält": a
    // roundup item names its company before a colon; the clause after it goes on with a
    // company verb or with an article and a company noun (a demonym may stand between).
    if (k >= 0 && scan.word(k) == u":") {
        const qsizetype after = scan.next(k);
        if (verbAt(after))
            return true;
        if (!scan.isWord(after) || !cues.isArticle(scan.keys.at(after)))
            return false;
        auto isIntro = [&](quint64 key) { return cues.isCompanyIntro(key); };
        qsizetype n = scan.next(after);
        for (int step = 0; step < MaxColonNounTokens && n >= 0; ++step, n = scan.next(n)) {
            if (phraseEndsAt(scan, n, isIntro, true))
                return true;
        }
        return false;
    }
    // "Lumora aus Köln sammelt", "Zorblax from Leeds raised": where the company is from (one
    // or two capitalised words after an origin word) stands before its verb.
    if (scan.isWord(k) && !scan.isCapitalised(k) && cues.isOrigin(scan.keys.at(k)) && scan.isCapitalised(scan.next(k))) {
        qsizetype after = scan.next(scan.next(k));
        if (scan.isCapitalised(after))
            after = scan.next(after);
        return verbAt(after);
    }
    if (k < 0 || scan.word(k) != u",")
        return verbAt(k);
    k = scan.next(k);
    if (verbAt(k))
        return true;
    // "Alto, dont le siège est à Lille, a bouclé": the verb after a relative clause closed by
    // a comma; the clause ends within a few tokens and inside its sentence.
    if (!scan.isWord(k) || !cues.isRelativeWord(scan.keys.at(k)))
        return false;
    for (int n = 0; n < MaxRelativeClause; ++n) {
        k = scan.next(k);
        if (k < 0)
            return false;
        const QStringView w = scan.word(k);
        if (w == u",")
            return verbAt(scan.next(k));
        if (w == u"." || w == u";" || w == u":" || w == u"?" || w == u"!")
            return false;
    }
    return false;
}

// True for "NRW.Bank", "Maki.vc": letters and digits in parts of two or more joined by dots,
// so neither "U.S" nor "z.B" (one letter a part) nor a number.
bool isDottedName(QStringView word)
{
    if (word.size() < 2 * MinDottedPart + 1 || !word.contains(u'.'))
        return false; // most words: one vectorised search
    qsizetype part = 0;
    int parts = 1;
    bool letter = false;
    for (const QChar c : word) {
        if (c == u'.') {
            if (part < MinDottedPart)
                return false;
            part = 0;
            ++parts;
            continue;
        }
        if (!c.isLetterOrNumber())
            return false;
        letter = letter || c.isLetter();
        ++part;
    }
    return parts > 1 && part >= MinDottedPart && letter;
}

// "ha investito insieme 3 milioni in X": the preposition before `i` is an investing verb's,
// found a few words back in the same sentence (no full stop between).
bool objectOfInvesting(const ArticleScan &scan, qsizetype i)
{
    const qsizetype before = scan.previous(i);
    if (!scan.isWord(before) || scan.isCapitalised(before) || !scan.cues.isObjectPreposition(scan.keys.at(before)))
        return false;
    int words = 0;
    for (qsizetype k = scan.previous(before); k >= 0 && words < MaxObjectGap; k = scan.previous(k)) {
        if (!scan.isWord(k)) {
            if (scan.tokens[k].kind == TokenKind::Punct && scan.word(k) != u"$" && scan.word(k) != u"€"
                && scan.word(k) != u"£" && scan.word(k) != u"-")
                return false; // a clause ends: "in Italia, dove ..."
            continue;
        }
        ++words;
        if (scan.cues.isObjectVerb(scan.keys.at(k)))
            return true;
    }
    return false;
}

} // namespace

std::optional<NameSpan> personAt(const ArticleScan &scan, qsizetype i)
{
    const EntityCues &cues = scan.cues;
    const bool firstName = cues.isFirstName(scan.keys.at(i));
    const bool titled = phraseEndsAt(scan, scan.previous(i), [&](quint64 k) { return cues.isTitle(k); }, false);
    if (!firstName && !titled)
        return std::nullopt;
    qsizetype end = i + 1;
    int surnames = 0;
    for (qsizetype k = scan.next(i); k >= 0 && surnames < MaxSurnames; k = scan.next(k)) {
        const QStringView w = scan.word(k);
        if (w == u"-" && continuesName(scan, scan.next(k))) {
            continue; // "Jean-Pierre", "Smith-Jones"
        }
        if (scan.isWord(k) && cues.isParticle(scan.keys.at(k)) && continuesName(scan, scan.next(k)))
            continue; // "von der Leyen", "de Gaulle"
        if (!continuesName(scan, k))
            break;
        if (cues.isCompanySuffix(scan.keys.at(k)))
            return std::nullopt; // "Jason Capital" is a company
        end = k + 1;
        ++surnames;
    }
    if (surnames == 0 && !titled)
        return std::nullopt;
    return NameSpan{i, end, EntityType::Person};
}

std::optional<NameSpan> companyAt(const ArticleScan &scan, qsizetype i)
{
    const EntityCues &cues = scan.cues;
    if (auto institution = institutionAt(scan, i))
        return institution;
    // "NRW.Bank", "Tessile.AI", "Ostsee.Capital": a capitalised word with a dot inside is a
    // brand written like a web address, a company's name.
    if (isDottedName(scan.word(i)))
        return NameSpan{i, i + 1, EntityType::Org};
    // "die Zürcher Firma Gletscher Robotics": a company noun the language capitalises opens
    // no name; the name starts after it (a head word, "Banca Sella", does).
    if (cues.isCompanyIntro(combineKeys(EntityCues::sequenceSeed(), scan.keys.at(i))) && continuesName(scan, scan.next(i)))
        return std::nullopt;
    qsizetype lastCue = -1;
    qsizetype runEnd = i + 1;
    int words = 1;
    for (qsizetype k = scan.next(i); k >= 0 && words < MaxCompanyWords; k = scan.next(k)) {
        const QStringView w = scan.word(k);
        // "MILANO - Fenice Robotics": a dash between spaces parts a dateline from a name; only
        // a hyphen glued to both words ("Hi-Tech") joins them.
        if (w == u"-" && scan.tokens[k - 1].kind == TokenKind::Space)
            break;
        if ((w == u"&" || w == u"-") && continuesName(scan, scan.next(k)))
            continue;
        // A cue may also be a common word elsewhere ("AI" and the Italian "ai").
        const bool cue = scan.isCapitalised(k) && cues.isCompanySuffix(scan.keys.at(k));
        if (!cue && !continuesName(scan, k))
            break;
        ++words;
        runEnd = k + 1;
        // "KI-Branche", "AI-powered": a cue glued to a following word is not a name's end.
        const bool glued = k + 2 < scan.tokens.size() && scan.word(k + 1) == u"-" && scan.isWord(k + 2);
        if (cues.isCompanySuffix(scan.keys.at(k)) && !glued)
            lastCue = k;
    }
    if (lastCue >= 0)
        return NameSpan{i, lastCue + 1, EntityType::Org};
    auto isIntro = [&](quint64 k) { return cues.isCompanyIntro(k); };
    // "la milanese Quesito", "la parisienne H Company": article and demonym stand for the
    // company noun they agree with.
    const qsizetype before = scan.previous(i);
    const bool introduced = phraseEndsAt(scan, before, isIntro, true)
        || (scan.isWord(before) && cues.isDemonym(scan.keys.at(before)) && !scan.isCapitalised(before)
            && scan.isWord(scan.previous(before)) && cues.isArticle(scan.keys.at(scan.previous(before))));
    // "Northpeak Digital, a Utah start-up": an apposition says what the name is.
    if (!introduced && runEnd - i <= 2 * MaxAppositionName && appositionIntro(scan, i, runEnd - 1))
        return NameSpan{i, runEnd, EntityType::Org};
    // One word in a company's slot: the subject of a verb only companies do. A first name
    // there is a person's ("Sara raccoglie" is not a company).
    // Two words of a name there ("Elsewhere, Cobalt Arc collected": three tokens with the space)
    // are read from the first, unless it opens the sentence: "Infine Fonderia ha investito"
    // starts with an adverb.
    const bool opensSentence = scan.startsSentence(i) && (before < 0 || scan.word(before) != u",");
    if (!introduced && (runEnd == i + 1 || (runEnd <= i + 3 && !opensSentence)) && !cues.isFirstName(scan.keys.at(i))
        && companyVerbAfter(scan, runEnd - 1))
        return NameSpan{i, runEnd, EntityType::Org};
    if (!introduced && runEnd <= i + 2 && !cues.isFirstName(scan.keys.at(i)) && objectOfInvesting(scan, i))
        return NameSpan{i, runEnd, EntityType::Org};
    if (introduced) {
        // Without a cue word the name is kept short: a long capitalised run after "la
        // startup" is more likely a name and the start of a title.
        qsizetype end = i + 1;
        int n = 1;
        for (qsizetype k = scan.next(i); k >= 0 && k < runEnd && n < 3; k = scan.next(k)) {
            if (scan.isWord(k)) {
                end = k + 1;
                ++n;
            }
        }
        return NameSpan{i, end, EntityType::Org};
    }
    return std::nullopt;
}

qsizetype extendOverLegalSuffix(const ArticleScan &scan, qsizetype end)
{
    const qsizetype k = scan.next(end - 1);
    if (k >= 0 && scan.isCapitalised(k) && scan.cues.isLegalSuffix(scan.keys.at(k)))
        return k + 1;
    return end;
}

} // namespace dealdesk
