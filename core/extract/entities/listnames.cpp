#include "core/extract/entities/listnames.h"

#include "core/extract/entities/textfold.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace dealdesk {
namespace {

constexpr int MaxMemberWords = 3; // "Lumina Quadri", "Harbor Six Labs"
constexpr int MinUnknownList = 3; // members of a list with no company known in it

// True when token `k` is the one character `c`: compared without building a string view.
bool isChar(const ArticleScan &scan, qsizetype k, char16_t c)
{
    return k >= 0 && scan.tokens[k].length() == 1 && scan.text[scan.tokens[k].start] == c;
}

// What a token is in the names found so far: the index of the name holding it, or -1.
class Taken
{
public:
    explicit Taken(const QList<NameSpan> &found) : m_found(found) { }
    [[nodiscard]] qsizetype at(qsizetype i) const
    {
        const auto it = std::upper_bound(m_found.cbegin(), m_found.cend(), i,
                                         [](qsizetype t, const NameSpan &s) { return t < s.first; });
        if (it == m_found.cbegin())
            return -1;
        const auto &s = *(it - 1);
        return i < s.end ? qsizetype(it - 1 - m_found.cbegin()) : -1;
    }

private:
    const QList<NameSpan> &m_found;
};

// A word that may open an unknown list member: a name word, no first name (a person), not
// the start of a sentence (a capital there says nothing) and in no name found so far.
bool mayOpenMember(const ArticleScan &scan, const Taken &taken, qsizetype i)
{
    return scan.isNameWord(i) && !scan.startsSentence(i) && !scan.inHeadline(i)
        && !scan.cues.isFirstName(scan.keys.at(i)) && taken.at(i) < 0;
}

// The unknown member starting at `i`: its name words, up to MaxMemberWords, or end == i.
qsizetype memberEnd(const ArticleScan &scan, const Taken &taken, qsizetype i)
{
    if (!mayOpenMember(scan, taken, i))
        return i;
    qsizetype end = i + 1;
    int words = 1;
    for (qsizetype k = scan.next(i); k >= 0 && words < MaxMemberWords; k = scan.next(k)) {
        if (!scan.isNameWord(k) || taken.at(k) >= 0)
            break;
        end = k + 1;
        ++words;
    }
    // "KI-Branche": a word glued to the next by a hyphen is a compound, not a name.
    if (end < scan.tokens.size() && isChar(scan, end, u'-'))
        return i;
    return end;
}

// A list's link after token `last`: ",", a joiner ("e", "and", "und") or ", e". Returns the
// token after it and says whether a joiner closed the list, or -1.
qsizetype linkAfter(const ArticleScan &scan, qsizetype last, bool *closing)
{
    qsizetype k = scan.next(last);
    *closing = false;
    if (isChar(scan, k, u','))
        k = scan.next(k);
    else if (!scan.isWord(k))
        return -1;
    if (scan.isWord(k) && !scan.isCapitalised(k) && scan.cues.isJoiner(scan.keys.at(k))) {
        *closing = true;
        k = scan.next(k);
    } else if (k == scan.next(last)) {
        return -1; // neither a comma nor a joiner
    }
    return k;
}

// Past the small word a list member may carry: an article ("il", "the"), a connector ("de",
// "d'"), or the preposition before the list's first member ("in X e in Y").
qsizetype pastSmallWord(const ArticleScan &scan, qsizetype k, quint64 preposition)
{
    if (!scan.isWord(k) || scan.isCapitalised(k))
        return k;
    const quint64 key = scan.bareKey(k); // "d'Ardoise"
    if (!scan.cues.isArticle(key) && !scan.cues.isConnector(key) && key != preposition)
        return k;
    qsizetype j = scan.next(k);
    if (isChar(scan, j, u'\'') || isChar(scan, j, u'\u2019'))
        j = scan.next(j);
    // "del Fondo", "d'Ardoise"; an article after a connector ("de la") once more.
    if (scan.isWord(j) && !scan.isCapitalised(j) && scan.cues.isArticle(scan.bareKey(j)))
        j = scan.next(j);
    // "e il fondo Alpi": a company noun before a name found by it.
    if (scan.isWord(j) && !scan.isCapitalised(j)
        && scan.cues.isCompanyIntro(combineKeys(EntityCues::sequenceSeed(), scan.keys.at(j))))
        j = scan.next(j);
    return j;
}

} // namespace

QList<NameSpan> coordinatedNames(const ArticleScan &scan, const QList<NameSpan> &found,
                                 const QList<qsizetype> &loose)
{
    QList<NameSpan> out;
    const Taken taken(found);
    // The words of the people found, gathered at the first member that asks: walking every
    // person for every member made an article of many lists quadratic.
    std::optional<QSet<quint64>> personKeys;
    auto personWords = [&]() -> const QSet<quint64> & {
        if (!personKeys) {
            personKeys.emplace();
            for (const NameSpan &s : found) {
                if (s.type != EntityType::Person)
                    continue;
                for (qsizetype j = s.first; j < s.end; ++j)
                    personKeys->insert(scan.keys.at(j));
            }
        }
        return *personKeys;
    };
    // The member at `k`: a company found so far that starts there (known), or an unknown
    // name; end == k when neither.
    auto memberAt = [&](qsizetype k, bool *known) -> qsizetype {
        *known = false;
        if (!scan.isWord(k))
            return k;
        const qsizetype n = taken.at(k);
        if (n >= 0) {
            if (found[n].type != EntityType::Org || found[n].first != k)
                return k;
            *known = true;
            return found[n].end;
        }
        const qsizetype end = memberEnd(scan, taken, k);
        // "OpenAI e Altman": a person named earlier (asked only of the few members found).
        if (end > k && personWords().contains(scan.keys.at(k)))
            return k;
        return end;
    };
    QList<NameSpan> members;
    // Lists start at a company found or at a loose capitalised word: the two sorted lists
    // are walked together, so the article's other tokens cost nothing here.
    qsizetype f = 0;
    qsizetype w = 0;
    qsizetype scanned = 0; // lists are read once, left to right
    while (f < found.size() || w < loose.size()) {
        const bool fromFound = w >= loose.size() || (f < found.size() && found[f].first < loose[w]);
        const qsizetype i = fromFound ? found[f++].first : loose[w++];
        if (i < scanned)
            continue;
        bool known = false;
        qsizetype end = i;
        if (fromFound) {
            if (found[f - 1].type != EntityType::Org)
                continue;
            known = true;
            end = found[f - 1].end;
        } else {
            if (scan.startsSentence(i) || scan.inHeadline(i))
                continue;
            // A comma, a joiner or the name's next word follows a list's first member.
            const qsizetype after = scan.next(i);
            if (after < 0 || (!isChar(scan, after, u',') && !scan.isCapitalised(after)
                              && !(scan.isWord(after) && scan.cues.isJoiner(scan.keys.at(after)))))
                continue;
            end = memberAt(i, &known);
            if (end == i)
                continue;
        }
        // Most names are followed by no list: settled before the preposition is looked up.
        bool probe = false;
        if (linkAfter(scan, end - 1, &probe) < 0)
            continue;
        const qsizetype before = scan.previous(i);
        const quint64 preposition = scan.isWord(before) && !scan.isCapitalised(before) ? scan.bareKey(before) : 0;
        members.clear();
        int knownCount = known ? 1 : 0;
        if (!known)
            members.append({i, end, EntityType::Org});
        int count = 1;
        bool closing = false;
        bool complete = false;
        while (!closing) {
            const qsizetype link = linkAfter(scan, end - 1, &closing);
            if (link < 0)
                break;
            const qsizetype start = pastSmallWord(scan, link, preposition);
            const qsizetype next = start >= 0 ? memberAt(start, &known) : -1;
            if (start < 0 || next == start)
                break;
            if (known)
                ++knownCount;
            else
                members.append({start, next, EntityType::Org});
            ++count;
            end = next;
            complete = closing;
        }
        const bool listSaysName = knownCount > 0 || (count >= MinUnknownList && !scan.cues.capitalisesNouns());
        if (complete && count >= 2 && listSaysName)
            out.append(members);
        scanned = end;
    }
    return out;
}

} // namespace dealdesk
