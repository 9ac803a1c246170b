#include "core/extract/entities/entityextractor.h"

#include "core/extract/entities/articlescan.h"
#include "core/extract/entities/listnames.h"
#include "core/extract/entities/namepatterns.h"
#include "core/extract/extractioninput.h"
#include "core/extract/tsvtable.h"

#include <QSet>

#include <algorithm>
#include <cstring>
#include <vector>

namespace dealdesk {
namespace {

// A name found: plain data, so the article's lists of names grow by copying bytes; its
// canonical name is kept apart, in the list of canonical names.
struct Found
{
    qsizetype first = 0; // token range [first, end)
    qsizetype end = 0;
    EntityType type = EntityType::Org;
    qsizetype name = -1; // index of its canonical name, set once the names are final
};

// Room for the names of most articles: their lists grow without reallocating.
constexpr qsizetype TypicalNames = 64;

// A word with a capital after a small letter ("DeepSeek", "xAI"), long enough not to be a
// unit or a degree ("kWh", "PhD") and not an all-capitals acronym: the shape was read by
// ArticleScan's pass, the word list is asked only of the few words it fits.
bool isBrandShaped(const ArticleScan &scan, qsizetype i)
{
    return scan.mayBeBrand(i) && !scan.cues.isCommonWord(scan.keys.at(i));
}

QSet<QString> territoryExclusions(QStringList *errors)
{
    QSet<QString> out;
    QString error;
    const auto table = TsvTable::load(lexiconPath(QStringLiteral("common"), QStringLiteral("entity_territory_exclusions")),
                                      &error);
    if (!table) {
        if (errors)
            *errors << error;
        return out;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        out.insert(table->value(r, QStringLiteral("name")));
    return out;
}

// The surface of a name as one line, with the words' own spacing collapsed.
QString surface(const ArticleScan &scan, qsizetype first, qsizetype end)
{
    return scan.text.sliced(scan.tokens[first].start, scan.tokens[end - 1].end - scan.tokens[first].start)
        .toString()
        .simplified();
}

// The canonical name of a name found by its shape: its surface without a legal suffix.
QString shapeCanonical(const ArticleScan &scan, const Found &f)
{
    qsizetype end = f.end;
    while (end - 1 > f.first && scan.isWord(end - 1) && scan.cues.isLegalSuffix(scan.keys.at(end - 1))) {
        end = scan.previous(end - 1) + 1;
        if (end <= f.first)
            return surface(scan, f.first, f.end);
    }
    return surface(scan, f.first, end);
}

// Two to eight capital letters ("SETT", "FEI").
bool isAcronym(const ArticleScan &scan, qsizetype i)
{
    if (!scan.isWord(i))
        return false;
    const QStringView w = scan.word(i);
    return w.size() >= 2 && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isUpper(); });
}

// The short forms of one article: word key -> the long name's type and the index of its
// canonical name. A few dozen per article, asked of every capitalised word outside the
// names: one open-addressed array (a later form of the same key replaces the earlier one).
class ShortFormTable
{
public:
    struct Form
    {
        quint64 key = 0;
        qsizetype name = -1; // -1: a free slot
        EntityType type = EntityType::Org;
    };

    // Room for `forms` forms at most.
    explicit ShortFormTable(qsizetype forms)
    {
        qsizetype size = 16;
        while (size < 2 * forms)
            size *= 2;
        m_slots.resize(size);
        m_mask = quint64(size - 1);
    }
    void insert(quint64 key, EntityType type, qsizetype name)
    {
        Form &slot = m_slots[indexOf(key)];
        m_count += slot.name < 0 ? 1 : 0;
        slot = {key, name, type};
    }
    [[nodiscard]] const Form *find(quint64 key) const
    {
        const Form &slot = m_slots[indexOf(key)];
        return slot.name < 0 ? nullptr : &slot;
    }
    [[nodiscard]] bool contains(quint64 key) const { return find(key) != nullptr; }
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }

private:
    // The slot holding `key`, or the free one where it would go (at most half are taken).
    [[nodiscard]] size_t indexOf(quint64 key) const
    {
        for (quint64 i = (key ^ (key >> 29)) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].name < 0 || m_slots[i].key == key)
                return size_t(i);
        }
    }
    std::vector<Form> m_slots;
    quint64 m_mask = 0;
    qsizetype m_count = 0;
};

// Short forms a long name lends to the rest of the article: a person's surname, a company's
// first word when the rest is a company cue ("Mistral" for "Mistral AI"), and a one-word
// company name itself.
ShortFormTable shortForms(const ArticleScan &scan, const QList<Found> &found)
{
    ShortFormTable out(3 * found.size()); // at most three forms per name
    for (qsizetype n = 0; n < found.size(); ++n) {
        const Found &f = found[n];
        // The name's words, counted and their ends kept, without a list per name; "cueTail":
        // every word after the first is a company cue ("Mistral AI").
        qsizetype wordCount = 0, firstWord = -1, lastWord = -1;
        bool cueTail = true;
        for (qsizetype i = f.first; i < f.end; ++i) {
            if (!scan.isWord(i))
                continue;
            if (wordCount++ == 0)
                firstWord = i;
            else
                cueTail = cueTail && scan.cues.isCompanySuffix(scan.keys.at(i));
            lastWord = i;
        }
        // A one-word company found by its context ("das Start-up Kognitivwerk") is the same
        // name in the headline and at the start of a sentence, where no context says so.
        if (wordCount == 1 && f.type == EntityType::Org && scan.isCapitalised(firstWord))
            out.insert(scan.keys.at(firstWord), f.type, n);
        // "Sociedad Española para la Transformación Tecnológica (SETT)": an acronym in brackets
        // right after a company's name is its short form.
        if (f.type == EntityType::Org) {
            const qsizetype open = scan.next(f.end - 1);
            const qsizetype acronym = open >= 0 && scan.word(open) == u"(" ? scan.next(open) : -1;
            const qsizetype close = acronym >= 0 ? scan.next(acronym) : -1;
            if (close >= 0 && scan.word(close) == u")" && isAcronym(scan, acronym))
                out.insert(scan.keys.at(acronym), f.type, n);
        }
        if (wordCount < 2)
            continue;
        if (f.type == EntityType::Person) {
            out.insert(scan.keys.at(lastWord), f.type, n);
        } else if (f.type == EntityType::Org && !out.contains(scan.keys.at(firstWord))) {
            if (cueTail && scan.isCapitalised(firstWord))
                out.insert(scan.keys.at(firstWord), f.type, n);
        }
    }
    return out;
}

// Adds the unknown names that lists place beside companies (listnames.h) to `found`, kept in
// text order with `canonicals`.
void addListedNames(const ArticleScan &scan, const QList<qsizetype> &loose, QList<Found> &found,
                    QList<QString> &canonicals)
{
    if (loose.isEmpty() && found.isEmpty())
        return;
    QList<NameSpan> spans;
    spans.reserve(found.size());
    for (const Found &f : std::as_const(found))
        spans.append({f.first, f.end, f.type});
    const QList<NameSpan> listed = coordinatedNames(scan, spans, loose);
    if (listed.isEmpty())
        return;
    QList<Found> merged;
    QList<QString> names;
    merged.reserve(found.size() + listed.size());
    names.reserve(found.size() + listed.size());
    qsizetype l = 0;
    for (qsizetype n = 0; n <= found.size(); ++n) {
        const qsizetype until = n < found.size() ? found[n].first : scan.tokens.size();
        for (; l < listed.size() && listed[l].first < until; ++l) {
            const Found f{listed[l].first, listed[l].end, EntityType::Org};
            names.append(shapeCanonical(scan, f));
            merged.append(f);
        }
        if (n < found.size()) {
            merged.append(found[n]);
            names.append(canonicals[n]);
        }
    }
    found = std::move(merged);
    canonicals = std::move(names);
}

} // namespace

EntityExtractor::EntityExtractor(const QStringList &languages, const QList<LearnedName> &learned,
                                 QStringList *errors)
{
    m_gazetteer.addLearned(learned);
    m_gazetteer.load(lexiconPath(QStringLiteral("common"), QStringLiteral("gazetteer")), errors);
    m_gazetteer.addTerritories(languages, territoryExclusions(errors));
    for (const QString &lang : languages)
        m_cues.insert(lang, EntityCues(lang, errors));
}

std::optional<GazetteerHit> EntityExtractor::knownAt(const ArticleScan &scan, qsizetype i) const
{
    auto hit = m_gazetteer.match(scan.text, scan.tokens, scan.keys, i);
    if (!hit || m_gazetteer.entry(hit->entry).type != EntityType::Place)
        return hit;
    // "US-Dollar", "EU-Gipfel": a place glued to a capitalised noun by a hyphen names the
    // noun's kind (a German compound); "Boston-based" still names the place.
    const qsizetype after = hit->end;
    if (after + 1 < scan.tokens.size() && scan.word(after) == u"-" && scan.isCapitalised(after + 1))
        return std::nullopt;
    return hit;
}

bool EntityExtractor::holdsKnownName(const ArticleScan &scan, qsizetype first, qsizetype end) const
{
    // A known name inside a longer capitalised run wins over the run: in German every noun
    // has a capital ("Datendienstleisters Scale AI").
    for (qsizetype j = first + 1; j < end; ++j) {
        if (scan.tokens[j].kind == TokenKind::Word && scan.mayBeKnown(j)
            && m_gazetteer.match(scan.text, scan.tokens, scan.keys, j))
            return true;
    }
    return false;
}

const EntityCues &EntityExtractor::cuesFor(const QString &language) const
{
    auto it = m_cues.constFind(language);
    if (it != m_cues.cend())
        return *it;
    it = m_cues.constFind(QStringLiteral("en"));
    return it != m_cues.cend() ? *it : m_none;
}

QList<EntityMention> EntityExtractor::extract(const ExtractionInput &input) const
{
    const ArticleScan scan(input.text, input.tokens, input.sentences, cuesFor(input.language), input.tokenKeys,
                           &m_gazetteer);
    const QList<Token> &tokens = input.tokens;

    // Pass 1: known names and names by shape, longest at each position, left to right.
    QList<Found> found;
    QList<QString> canonicals; // of `found`, index by index
    QList<qsizetype> loose; // name words no rule took, for the lists of pass 1b
    found.reserve(TypicalNames);
    canonicals.reserve(TypicalNames);
    loose.reserve(TypicalNames);
    // Only the scan's candidates may start a name (words and numbers: models are often
    // letters and digits, "R1", "H100", which ICU calls numbers); a name found is skipped.
    qsizetype free = 0; // the first token after the last name found
    for (const qsizetype *c = scan.candidatesBegin(); c != scan.candidatesEnd(); ++c) {
        const qsizetype i = *c;
        if (i < free)
            continue;
        // The best name at `i`, without a string until one is kept: most words start none.
        Found best;
        const QString *known = nullptr; // the gazetteer's canonical name of `best`
        if (const auto hit = scan.mayBeKnown(i) ? knownAt(scan, i) : std::nullopt) {
            const GazetteerEntry &e = m_gazetteer.entry(hit->entry);
            best.first = hit->first;
            best.end = hit->end;
            best.type = e.type;
            known = &e.canonical;
            if (e.type == EntityType::Org)
                best.end = extendOverLegalSuffix(scan, best.end);
        }
        if (!scan.inHeadline(i) && scan.isNameWord(i)) {
            for (const auto &span : {personAt(scan, i), companyAt(scan, i)}) {
                if (span && span->end > best.end
                    && (span->holdsNames || !holdsKnownName(scan, span->first, span->end))) {
                    best.first = span->first;
                    best.end = span->end;
                    best.type = span->type;
                    known = nullptr;
                }
            }
            if (best.end <= i && !scan.startsSentence(i)) // a list's unknown member never does
                loose.append(i);
        }
        if (best.end <= i && isBrandShaped(scan, i)) {
            // "CoreWeave", "MosaicML": a capital inside a word is a brand's, not a sentence's.
            const bool apple = scan.word(i).startsWith(u'i'); // "iPhone", "iPad"
            best.first = i;
            best.end = i + 1;
            best.type = apple ? EntityType::Product : EntityType::Org;
            known = nullptr;
        }
        if (best.end <= i)
            continue;
        canonicals.append(known && !known->isEmpty() ? *known : shapeCanonical(scan, best));
        found.append(best);
        free = best.end;
    }

    // Pass 1b: unknown names beside companies in a list ("VNT, Brezza Ventures e ...").
    addListedNames(scan, loose, found, canonicals);

    // Pass 2: short forms of the long names, anywhere in the article.
    const auto shorts = shortForms(scan, found);
    QList<Found> all;
    all.reserve(2 * found.size());
    if (!shorts.isEmpty()) {
        // The capitalised words (all among the scan's candidates) in the gaps between the
        // names found (in text order): a word is in a gap when no name starting at or
        // before it reaches it.
        const Token *tokenData = tokens.constData();
        qsizetype f = 0;
        qsizetype covered = 0; // the furthest end of the names starting at or before `i`
        for (const qsizetype *c = scan.candidatesBegin(); c != scan.candidatesEnd(); ++c) {
            const qsizetype i = *c;
            if (tokenData[i].kind != TokenKind::Word || !scan.isCapitalised(i))
                continue;
            for (; f < found.size() && found[f].first <= i; ++f)
                covered = std::max(covered, found[f].end);
            if (i < covered)
                continue;
            if (const ShortFormTable::Form *form = shorts.find(scan.keys.at(i)))
                all.append({i, i + 1, form->type, form->name});
        }
    }
    for (qsizetype n = 0; n < found.size(); ++n) {
        found[n].name = n;
        all.append(found[n]);
    }
    std::sort(all.begin(), all.end(), [](const Found &a, const Found &b) { return a.first < b.first; });

    QList<EntityMention> out;
    out.reserve(all.size());
    for (const Found &f : std::as_const(all)) {
        EntityMention m;
        m.range = {tokens[f.first].start, tokens[f.end - 1].end};
        m.text = input.text.sliced(m.range.start, m.range.length());
        m.type = f.type;
        m.canonical = canonicals[f.name];
        out.append(std::move(m));
    }
    return out;
}

} // namespace dealdesk
