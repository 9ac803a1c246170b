#include "core/extract/numbers/phrasematcher.h"

#include "core/extract/unithash.h"

#include <algorithm>

namespace dealdesk {

bool isBreakingSpace(QStringView space, qsizetype maxSpace)
{
    return space.size() > maxSpace || space.count(u'\n') > 0;
}

QString PhraseMatcher::fold(QStringView token)
{
    QString f = token.toString().toCaseFolded();
    f.replace(u'\u2019', u'\'');
    return f;
}

void PhraseMatcher::fold(QStringView token, QVarLengthArray<QChar, 48> &out)
{
    out.resize(token.size());
    for (qsizetype i = 0; i < token.size(); ++i)
        out[i] = foldChar(token[i]);
}

quint64 PhraseMatcher::keyOf(QStringView folded) { return hashUnits(0x243f6a8885a308d3ULL, folded); }

const QList<PhraseMatcher::Phrase> *PhraseMatcher::candidates(const FlatKeyMap &index,
                                                              const QList<QList<Phrase>> &lists,
                                                              const std::bitset<65536> &shapes, qsizetype maxPart,
                                                              QStringView token, QVarLengthArray<QChar, 48> &folded)
{
    if (token.isEmpty() || token.size() > maxPart
        || !shapes.test(shapeKey(foldChar(token.front()), foldChar(token.back()), token.size())))
        return nullptr;
    fold(token, folded);
    const qint32 k = index.value(keyOf(QStringView(folded.data(), folded.size())));
    return k < 0 ? nullptr : &lists[k];
}

void PhraseMatcher::addTo(FlatKeyMap &index, QList<QList<Phrase>> &lists, const QString &part, const Phrase &p,
                          bool byFirst)
{
    const qint32 k = index.insert(keyOf(part), qint32(lists.size()));
    if (k == lists.size())
        lists.append(QList<Phrase>());
    QList<Phrase> &list = lists[k];
    list.append(p);
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase &a, const Phrase &b) { return a.parts.size() > b.parts.size(); });
    for (qsizetype i = 0; i < list.size(); ++i) {
        Phrase &q = list[i];
        const bool same = i > 0 && !q.exactCase && !list[i - 1].exactCase
            && (byFirst ? q.parts.first() == list[i - 1].parts.first() : q.parts.last() == list[i - 1].parts.last());
        (byFirst ? q.sameFirstAsPrevious : q.sameLastAsPrevious) = same;
    }
}

// The tokens a phrase of a list continues on from its first (last) token, one per further
// part: the same for every phrase of the list, so each is found and folded once per walk, and
// a part whose key differs from the token's is refused without comparing text.
class PhraseMatcher::Neighbours
{
    struct Entry
    {
        qsizetype token;
        qsizetype length; // of the token's text, -1 without a token
        quint64 key;
        bool keyed;
    };

public:
    Neighbours(const ExtractionInput &in, qsizetype from, bool forward) : m_in(in), m_from(from), m_forward(forward) {}

    // The token of part `part` of a phrase (counted away from the start token, 1 the nearest),
    // -1 when the paragraph ends first. Asked for parts in order, never skipping one.
    // Inline: asked once per phrase of a list, and most answers are known.
    [[nodiscard]] Q_ALWAYS_INLINE qsizetype at(qsizetype part)
    {
        if (part <= m_entries.size()) // asked again for every phrase of the list
            return m_entries[part - 1].token;
        extendTo(part);
        return m_entries[part - 1].token;
    }
    // partMatches() of the token at at(`distance`) and part `part` of `p`. Most phrases are
    // refused here by the token's length or, once it is keyed, by its key.
    [[nodiscard]] Q_ALWAYS_INLINE bool matches(const Phrase &p, qsizetype part, qsizetype distance)
    {
        Entry &e = m_entries[distance - 1];
        if (!p.exactCase && (e.length != p.parts[part].size() || (e.keyed && e.key != p.keys[part])))
            return false;
        return matchesSlowly(e, p, part);
    }

private:
    void extendTo(qsizetype part)
    {
        while (m_entries.size() < part) {
            const qsizetype previous = m_entries.isEmpty() ? m_from : m_entries.last().token;
            const qsizetype token = previous < 0 ? -1
                : m_forward                      ? nextSolid(m_in, previous + 1, 2)
                                                 : previousSolid(m_in, previous, 2);
            m_entries.append(Entry{token, token < 0 ? -1 : m_in.tokens[token].length(), 0, false});
        }
    }
    [[nodiscard]] bool matchesSlowly(Entry &e, const Phrase &p, qsizetype part)
    {
        const QStringView text = m_in.tokens[e.token].in(m_in.text);
        if (p.exactCase)
            return text == p.exact[part];
        if (!e.keyed) {
            QVarLengthArray<QChar, 48> folded;
            fold(text, folded);
            e.key = keyOf(QStringView(folded.data(), folded.size()));
            e.keyed = true;
        }
        // Equal keys are equal texts but for a hash collision, which the text test rules out.
        return e.key == p.keys[part] && partMatches(p, part, text);
    }

    const ExtractionInput &m_in;
    qsizetype m_from;
    bool m_forward;
    QVarLengthArray<Entry, 6> m_entries;
};

void PhraseMatcher::add(const QString &phrase, int payload, bool exactCase)
{
    Phrase p;
    p.exactCase = exactCase;
    p.payload = payload;
    qsizetype previousEnd = -1;
    for (const Token &t : tokenize(phrase)) {
        if (t.kind == TokenKind::Space)
            continue;
        const QStringView text = t.in(phrase);
        // An elision alone ("d'", "un'") is one token in running text, where a letter follows.
        if ((text == u"'" || text == u"\u2019") && t.start == previousEnd && !p.parts.isEmpty()) {
            p.exact.last() += text;
            p.parts.last() += u'\'';
            continue;
        }
        p.exact << text.toString();
        p.parts << fold(text);
        previousEnd = t.end;
    }
    if (p.parts.isEmpty())
        return;
    for (const QString &part : std::as_const(p.parts)) {
        m_maxPart = std::max(m_maxPart, part.size());
        p.keys.append(keyOf(part));
    }
    const QString &firstPart = p.parts.first();
    const QString &lastPart = p.parts.last();
    m_firstShapes.set(shapeKey(firstPart.front(), firstPart.back(), firstPart.size()));
    m_lastShapes.set(shapeKey(lastPart.front(), lastPart.back(), lastPart.size()));
    addTo(m_firstIndex, m_byFirst, p.parts.first(), p, true);
    addTo(m_lastIndex, m_byLast, p.parts.last(), p, false);
}

bool PhraseMatcher::foldedPartMatches(const Phrase &p, qsizetype part, QStringView token, QStringView folded)
{
    // fold() keeps the length, so `folded` and the part compare as the token would.
    return p.exactCase ? token == p.exact[part] : folded == p.parts[part];
}

bool PhraseMatcher::partMatches(const Phrase &p, qsizetype part, QStringView token)
{
    if (p.exactCase)
        return token == p.exact[part];
    if (token.size() != p.parts[part].size())
        return false;
    QVarLengthArray<QChar, 48> folded;
    fold(token, folded);
    return QStringView(folded.data(), folded.size()) == p.parts[part];
}

bool PhraseMatcher::isFirstPart(QStringView token) const
{
    QVarLengthArray<QChar, 48> folded;
    const QList<Phrase> *list = candidates(m_firstIndex, m_byFirst, m_firstShapes, m_maxPart, token, folded);
    if (!list)
        return false;
    const QStringView key(folded.data(), folded.size());
    return std::any_of(list->cbegin(), list->cend(),
                       [&](const Phrase &p) { return foldedPartMatches(p, 0, token, key); });
}

bool PhraseMatcher::isLastPart(QStringView token) const
{
    QVarLengthArray<QChar, 48> folded;
    const QList<Phrase> *list = candidates(m_lastIndex, m_byLast, m_lastShapes, m_maxPart, token, folded);
    if (!list)
        return false;
    const QStringView key(folded.data(), folded.size());
    return std::any_of(list->cbegin(), list->cend(),
                       [&](const Phrase &p) { return foldedPartMatches(p, p.parts.size() - 1, token, key); });
}

std::optional<PhraseHit> PhraseMatcher::matchFrom(const ExtractionInput &in, qsizetype index) const
{
    const QStringView token = in.tokens[index].in(in.text);
    // The token is folded once here, not once per phrase of its list.
    QVarLengthArray<QChar, 48> folded;
    const QList<Phrase> *list = candidates(m_firstIndex, m_byFirst, m_firstShapes, m_maxPart, token, folded);
    if (!list)
        return std::nullopt;
    const QStringView key(folded.data(), folded.size());
    Neighbours after(in, index, true);
    bool firstMatched = false;
    for (const Phrase &p : *list) {
        firstMatched = p.sameFirstAsPrevious ? firstMatched : foldedPartMatches(p, 0, token, key);
        if (!firstMatched)
            continue;
        qsizetype t = index;
        bool ok = true;
        for (qsizetype part = 1; part < p.parts.size() && ok; ++part) {
            t = after.at(part);
            ok = t >= 0 && after.matches(p, part, part);
        }
        if (ok)
            return PhraseHit{index, t + 1, p.payload};
    }
    return std::nullopt;
}

std::optional<PhraseHit> PhraseMatcher::matchEndingAt(const ExtractionInput &in, qsizetype lastIndex) const
{
    const QStringView token = in.tokens[lastIndex].in(in.text);
    QVarLengthArray<QChar, 48> folded;
    const QList<Phrase> *list = candidates(m_lastIndex, m_byLast, m_lastShapes, m_maxPart, token, folded);
    if (!list)
        return std::nullopt;
    const QStringView key(folded.data(), folded.size());
    Neighbours before(in, lastIndex, false);
    bool lastMatched = false;
    for (const Phrase &p : *list) {
        lastMatched = p.sameLastAsPrevious ? lastMatched : foldedPartMatches(p, p.parts.size() - 1, token, key);
        if (!lastMatched)
            continue;
        qsizetype t = lastIndex;
        bool ok = true;
        for (qsizetype part = p.parts.size() - 2; part >= 0 && ok; --part) {
            const qsizetype distance = p.parts.size() - 1 - part;
            t = before.at(distance);
            ok = t >= 0 && before.matches(p, part, distance);
        }
        if (ok)
            return PhraseHit{t, lastIndex + 1, p.payload};
    }
    return std::nullopt;
}

} // namespace dealdesk
