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

void PhraseMatcher::addTo(FlatKeyMap &index, QList<QList<Phrase>> &lists, const QString &part, const Phrase &p)
{
    const qint32 k = index.insert(keyOf(part), qint32(lists.size()));
    if (k == lists.size())
        lists.append(QList<Phrase>());
    QList<Phrase> &list = lists[k];
    list.append(p);
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase &a, const Phrase &b) { return a.parts.size() > b.parts.size(); });
}

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
    for (const QString &part : std::as_const(p.parts))
        m_maxPart = std::max(m_maxPart, part.size());
    const QString &firstPart = p.parts.first();
    const QString &lastPart = p.parts.last();
    m_firstShapes.set(shapeKey(firstPart.front(), firstPart.back(), firstPart.size()));
    m_lastShapes.set(shapeKey(lastPart.front(), lastPart.back(), lastPart.size()));
    addTo(m_firstIndex, m_byFirst, p.parts.first(), p);
    addTo(m_lastIndex, m_byLast, p.parts.last(), p);
}

bool PhraseMatcher::foldedPartMatches(const Phrase &p, qsizetype part, QStringView token, QStringView folded)
{
    // fold() keeps the length, so `folded` and the part compare as the token would.
    return p.exactCase ? token == p.exact[part] : folded == p.parts[part];
}

bool PhraseMatcher::partMatches(const Phrase &p, qsizetype part, QStringView token) const
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
    for (const Phrase &p : *list) {
        if (!foldedPartMatches(p, 0, token, key))
            continue;
        qsizetype t = index;
        bool ok = true;
        for (qsizetype part = 1; part < p.parts.size() && ok; ++part) {
            t = nextSolid(in, t + 1, 2);
            ok = t >= 0 && partMatches(p, part, in.tokens[t].in(in.text));
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
    for (const Phrase &p : *list) {
        if (!foldedPartMatches(p, p.parts.size() - 1, token, key))
            continue;
        qsizetype t = lastIndex;
        bool ok = true;
        for (qsizetype part = p.parts.size() - 2; part >= 0 && ok; --part) {
            t = previousSolid(in, t, 2);
            ok = t >= 0 && partMatches(p, part, in.tokens[t].in(in.text));
        }
        if (ok)
            return PhraseHit{t, lastIndex + 1, p.payload};
    }
    return std::nullopt;
}

} // namespace dealdesk
