#include "core/extract/deals/dealsentencereader.h"

// The lookups of the sentence reader: names and amounts around a cue, found by bisection over
// sorted starts and within bounded windows, so reading stays linear in the text. The tests of
// the words around a place (clauses, prepositions, anaphors) are in dealsentencecontext.cpp.

#include <algorithm>

namespace dealdesk {
namespace {

constexpr int MaxWordsToTarget = 10;    // "investe 4,3 miliardi di euro in Italia"
constexpr int MaxLookBack = 8;    // names looked at around a cue
constexpr int MaxList = 30;       // names in one list of investors

} // namespace

DealSentenceReader::DealSentenceReader(const ExtractionInput &input, const DealCues &cues,
                                       const QList<EntityMention> &entities, const QList<Amount> &amounts)
    : m_in(input), m_cues(cues), m_entities(entities), m_amounts(amounts), m_keys(input.text, input.tokens, input.tokenKeys)
{
    // Sorted starts for binary searches: a sentence's lookups must not walk the article.
    // Written through the data pointer: QList::append() is a call per element.
    m_entityStarts.resize(entities.size());
    qsizetype *entityStarts = m_entityStarts.data();
    for (qsizetype e = 0; e < entities.size(); ++e)
        entityStarts[e] = entities[e].range.start;
    for (int a = 0; a < amounts.size(); ++a) {
        if (isDealAmount(a))
            m_dealAmounts.append(a);
    }
    std::sort(m_dealAmounts.begin(), m_dealAmounts.end(),
              [&](int x, int y) { return amounts[x].range.start < amounts[y].range.start; });
    for (int a : std::as_const(m_dealAmounts))
        m_dealAmountStarts.append(amounts[a].range.start);
    const PhraseTrie &cueTrie = cues.cueTrie();
    const Token *tokens = input.tokens.constData();
    const qsizetype tokenCount = input.tokens.size();
    m_cueTokens.reserve(tokenCount / 16 + 1); // more than most articles have: no regrowth
    for (qsizetype i = 0; i < tokenCount; ++i) {
        if (tokens[i].kind == TokenKind::Word && cueTrie.mayStart(m_keys.at(i)))
            m_cueTokens.push_back(i);
    }
}

bool DealSentenceReader::holdsCue(TextRange sentence) const
{
    // The tokens read() scans are those starting in [sentence.start, sentence.end); it finds a
    // cue at the first word where a cue phrase matches outside a name, as tested here.
    const Token *tokens = m_in.tokens.constData();
    auto it = std::lower_bound(m_cueTokens.cbegin(), m_cueTokens.cend(), sentence.start,
                               [&](qsizetype i, qsizetype pos) { return tokens[i].start < pos; });
    for (; it != m_cueTokens.cend() && tokens[*it].start < sentence.end; ++it) {
        if (!matchesFrom(m_cues.cueTrie(), m_keys, *it).isEmpty()
            && !insideEntity(tokens[*it].start))
            return true;
    }
    return false;
}

QList<int> DealSentenceReader::dealAmountsIn(TextRange range) const
{
    QList<int> out;
    for (qsizetype i = firstDealAmountFrom(range.start); i < m_dealAmounts.size() && m_dealAmountStarts[i] < range.end; ++i)
        out.append(m_dealAmounts[i]);
    return out;
}

int DealSentenceReader::firstEntityFrom(qsizetype pos) const
{
    return int(std::lower_bound(m_entityStarts.begin(), m_entityStarts.end(), pos) - m_entityStarts.begin());
}

qsizetype DealSentenceReader::firstDealAmountFrom(qsizetype pos) const
{
    return std::lower_bound(m_dealAmountStarts.begin(), m_dealAmountStarts.end(), pos) - m_dealAmountStarts.begin();
}

bool DealSentenceReader::isDealAmount(int amount) const
{
    return amount >= 0 && m_amounts[amount].role == MoneyRole::Investment;
}

qsizetype DealSentenceReader::tokenAt(qsizetype offset) const
{
    const Token *tokens = m_in.tokens.constData();
    const qsizetype count = m_in.tokens.size();
    qsizetype lo = 0;
    qsizetype hi = count;
    // When the token before the sentence starts before `offset` and the one after it does not,
    // the first token at or after `offset` is among the sentence's or the one after: the same
    // answer from a few tokens.
    const qsizetype first = m_sentenceFirstToken;
    const qsizetype end = m_sentenceEndToken;
    if (first < end && (first == 0 || tokens[first - 1].start < offset)
        && (end == count || offset <= tokens[end].start)) {
        lo = first;
        hi = end;
    }
    const Token *it = std::lower_bound(tokens + lo, tokens + hi, offset,
                                       [](const Token &t, qsizetype o) { return t.start < o; });
    return it - tokens;
}

bool DealSentenceReader::accepts(int entity, Party party) const
{
    const EntityType t = m_entities[entity].type;
    if (t == EntityType::Place && isPlaceModifier(entity))
        return false;
    switch (party) {
    case Party::Investor:
        // "der Business Angel Florian Weiss": a person invests when the text says so.
        return t == EntityType::Org || t == EntityType::Place || (t == EntityType::Person && afterAngelWord(entity));
    case Party::Target: return t == EntityType::Org || t == EntityType::Place || t == EntityType::Project;
    case Party::Company: return t == EntityType::Org;
    case Party::Participant: return t == EntityType::Org || (t == EntityType::Person && afterAngelWord(entity));
    }
    return false;
}

bool DealSentenceReader::afterAngelWord(int entity) const
{
    qsizetype i = tokenAt(m_entities[entity].range.start) - 1;
    while (i >= 0 && m_in.tokens[i].kind == TokenKind::Space)
        --i;
    return i >= 0 && m_in.tokens[i].kind == TokenKind::Word && m_cues.isAngelWord(m_keys.at(i));
}

bool DealSentenceReader::isPlaceModifier(int entity, bool definite) const
{
    const TextRange r = m_entities[entity].range;
    // "Austin-based", "Paris-listed": a place glued to a small word describes a company.
    const qsizetype glued = tokenAt(r.end);
    if (glued + 1 < m_in.tokens.size() && m_in.tokens[glued].start == r.end && m_in.tokens[glued].in(m_in.text) == u"-"
        && m_in.tokens[glued + 1].kind == TokenKind::Word && m_in.text[m_in.tokens[glued + 1].start].isLower())
        return true;
    const qsizetype first = tokenAt(r.start);
    qsizetype before = first - 1;
    while (before >= 0 && m_in.tokens[before].kind == TokenKind::Space && !m_keys.breaksLine(before))
        --before;
    if (before < 0 || m_in.tokens[before].kind != TokenKind::Word
        || !(m_cues.isArticle(m_keys.at(before)) || (definite && m_cues.isDefinite(m_keys.at(before)))))
        return false;
    qsizetype after = tokenAt(r.end);
    while (after < m_in.tokens.size() && m_in.tokens[after].kind == TokenKind::Space && !m_keys.breaksLine(after))
        ++after;
    if (after >= m_in.tokens.size() || m_in.tokens[after].kind != TokenKind::Word)
        return false;
    return m_in.text[m_in.tokens[after].start].isLower();
}

int DealSentenceReader::appositionHead(int entity, qsizetype clauseStart) const
{
    constexpr int MaxAppositionWords = 10;
    int words = 0;
    for (qsizetype i = tokenAt(m_entities[entity].range.start) - 1; i >= 0 && words <= MaxAppositionWords; --i) {
        const Token &t = m_in.tokens[i];
        if (t.start < clauseStart)
            return -1;
        if (t.kind == TokenKind::Word) {
            ++words;
            continue;
        }
        if (t.kind != TokenKind::Punct)
            continue;
        const QChar c = m_in.text[t.start];
        if (c == u'-' || c == u'\'' || c == u'\u2019')
            continue; // "start-up", "Google's"
        if (c != u',')
            return -1;
        // The comma must open the apposition: an article right after it, a name right before.
        qsizetype next = i + 1;
        while (next < m_in.tokens.size() && m_in.tokens[next].kind == TokenKind::Space)
            ++next;
        if (next >= m_in.tokens.size() || m_in.tokens[next].kind != TokenKind::Word
            || !m_cues.isArticle(m_keys.at(next)))
            return -1;
        const int head = firstEntityFrom(t.start) - 1;
        if (head < 0 || head == entity)
            return -1;
        const TextRange hr = m_entities[head].range;
        if (hr.end > t.start || wordsBetween(hr.end, t.start, nullptr, nullptr) > 0 || hr.start < clauseStart)
            return -1;
        return head;
    }
    return -1;
}

int DealSentenceReader::relativeAmount(int entity, qsizetype end) const
{
    constexpr int MaxTokens = 24;
    bool relative = false;
    int words = 0;
    int depth = 0;
    const qsizetype first = tokenAt(m_entities[entity].range.end);
    for (qsizetype i = first; i < m_in.tokens.size() && i < first + MaxTokens; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.start >= end)
            return -1;
        if (t.kind == TokenKind::Space)
            continue;
        if (relative && depth == 0) {
            // "$400 million" starts at its sign, "67 millones" at its number.
            const qsizetype a = firstDealAmountFrom(t.start);
            if (a < m_dealAmounts.size() && m_dealAmountStarts[a] == t.start)
                return m_dealAmounts[a];
        }
        const QChar c = m_in.text[t.start];
        if (t.kind == TokenKind::Punct) {
            if (c == u'(')
                ++depth;
            else if (c == u')')
                --depth;
            else if (depth == 0 && (c != u',' || relative))
                return -1;
            continue;
        }
        if (depth > 0)
            continue; // "(SETT)": the name's short form
        if (!relative) {
            if (t.kind != TokenKind::Word || !m_cues.isRelativeWord(m_keys.at(i)))
                return -1;
            relative = true;
            continue;
        }
        if (t.kind == TokenKind::Word && ++words > 4)
            return -1;
    }
    return -1;
}

int DealSentenceReader::leadingCompany(qsizetype s) const
{
    if (s < 0)
        return -1;
    const TextRange sentence = m_in.sentences[s];
    const int e = firstEntityFrom(sentence.start);
    if (e >= m_entities.size() || m_entities[e].range.start >= sentence.end || !accepts(e, Party::Company))
        return -1;
    return wordsBetween(sentence.start, m_entities[e].range.start, nullptr, nullptr) == 0 ? e : -1;
}

qsizetype DealSentenceReader::targetWordAfter(qsizetype from, qsizetype end) const
{
    // The verb's object follows the verb or its amount: "invest in X", "paid $650 million for
    // X", "investieren 1 Milliarde Euro in industrielle KI".
    qsizetype at = tokenAt(from);
    const qsizetype a = firstDealAmountFrom(from);
    if (a < m_dealAmounts.size() && m_dealAmountStarts[a] < end
        && wordsBetween(from, m_dealAmountStarts[a], nullptr, nullptr) <= 2)
        at = tokenAt(m_amounts[m_dealAmounts[a]].range.end);
    while (at < m_in.tokens.size() && m_in.tokens[at].kind == TokenKind::Space)
        ++at;
    if (at >= m_in.tokens.size() || m_in.tokens[at].start >= end || m_in.tokens[at].kind != TokenKind::Word
        || !m_cues.isTargetWord(m_keys.at(at)))
        return -1;
    return at;
}

bool DealSentenceReader::namesOtherObject(qsizetype from, qsizetype end) const
{
    const qsizetype at = targetWordAfter(from, end);
    if (at < 0)
        return false;
    // A round or the company told about ("in the round", "nel capitale della società") is
    // the thread's target; an entity is read as one; a capitalised word no entity took is
    // another object.
    constexpr int MaxObjectWords = 3;
    int words = 0;
    bool indefinite = false;
    for (qsizetype k = at + 1; k < m_in.tokens.size() && m_in.tokens[k].start < end && words < MaxObjectWords; ++k) {
        const Token &t = m_in.tokens[k];
        if (t.kind != TokenKind::Word)
            continue;
        ++words;
        const int e = firstEntityFrom(t.start);
        if (e < m_entities.size() && m_entities[e].range.start == t.start)
            return false;
        if (m_cues.isOtherWord(m_keys.at(k)))
            return true; // "in altre due società": not the company told about
        if (m_cues.isAnaphor(m_keys.at(k)))
            return false;
        const PhraseMatches hits = matchesAt(m_cues.cueTrie(), m_keys, k);
        if (!hits.isEmpty() && m_cues.cue(hits.back().payloads->front()).kind == DealCueKind::Raise)
            return false;
        // A name the entities missed ("Casetext", "KI"); lower-case words may be a manner or
        // a time ("nel tempo", "over time").
        if (m_in.text[t.start].isUpper())
            return true;
        // "investir dix milliards dans un supercalculateur": an indefinite article opens an
        // object of its own, unless a round or the company follows within the window.
        if (words == 1 && m_cues.isArticle(m_keys.at(k)))
            indefinite = true;
    }
    return indefinite;
}

QList<int> DealSentenceReader::subjectBefore(qsizetype pos, qsizetype clauseStart, Party party) const
{
    QList<int> out;
    // A name after a preposition ("in Deutschland", "per l'Italia") is not the subject.
    int nearest = -1;
    for (int e = firstEntityFrom(pos) - 1, seen = 0; e >= 0 && seen < MaxLookBack; --e, ++seen) {
        if (m_entities[e].range.start < clauseStart)
            break;
        // "Harvey, the San Francisco rival backed by X": before a passive, a place between "the"
        // and a noun describes the one backed (an investor keeps "the UAE will invest").
        const bool describing =
            party == Party::Target && m_entities[e].type == EntityType::Place && isPlaceModifier(e, true);
        if (m_entities[e].range.end <= pos && accepts(e, party) && !afterPreposition(m_entities[e].range.start, false)
            && (!ownsNoun(e) || possessesCueAt(e, pos)) && !describing) {
            nearest = e;
            break;
        }
        // "..., and Google's backing of Anthropic adds $3 billion": the possessive's noun is the
        // subject, and the names before it belong to other clauses.
        if (m_entities[e].range.end <= pos && ownsNoun(e) && !afterPreposition(m_entities[e].range.start, false))
            return out;
    }
    if (nearest < 0)
        return out;
    // "Pigment, which is backed by Seedcamp, raised": a name inside a relative clause closed
    // before the verb tells of the name the clause describes.
    for (int e = nearest - 1, seen = 0; e >= 0 && seen < MaxLookBack && m_entities[e].range.start >= clauseStart; --e, ++seen) {
        const qsizetype clauseEnd = relativeClauseEnd(m_entities[e].range.end, pos);
        if (clauseEnd >= m_entities[nearest].range.end && wordsBetween(clauseEnd, pos, nullptr, nullptr) == 0) {
            if (accepts(e, party))
                nearest = e;
            break;
        }
    }
    // "Harrow Lane Capital, a London fund run by X, also took part": the name described.
    if (const int head = appositionHead(nearest, clauseStart); head >= 0 && accepts(head, party))
        nearest = head;
    out.append(nearest);
    // Joint subjects: "Microsoft, Coatue, Altimeter e Thrive Capital verseranno".
    int next = nearest;
    for (int e = nearest - 1; e >= 0 && m_entities[e].range.start >= clauseStart && out.size() < MaxList; --e) {
        if (!accepts(e, party))
            continue;
        if (!isListGap(m_entities[e].range.end, m_entities[next].range.start))
            break;
        // "Secondo il Financial Times, Microsoft investirà": a name after a preposition (a
        // source, "of", "in") and a lone comma is governed by it and joins no subject ("di
        // Google DeepMind e Meta" stays one list, which the caller finds governed).
        if (QStringView(m_in.text).sliced(m_entities[e].range.end, m_entities[next].range.start - m_entities[e].range.end).trimmed() == u","
            && afterPreposition(m_entities[e].range.start, false))
            break;
        out.prepend(e);
        next = e;
    }
    return out;
}

QList<int> DealSentenceReader::listAfter(qsizetype pos, qsizetype end, int maxWordsBefore, Party party) const
{
    QList<int> out;
    int first = -1;
    for (int e = firstEntityFrom(pos), seen = 0; e < m_entities.size() && seen < MaxLookBack; ++e, ++seen) {
        if (m_entities[e].range.start >= end)
            break;
        if (accepts(e, party)) {
            first = e;
            break;
        }
    }
    if (first < 0 || wordsBetween(pos, m_entities[first].range.start, nullptr, nullptr) > maxWordsBefore)
        return out;
    int last = first;
    out.append(first);
    for (int e = first + 1; e < m_entities.size() && m_entities[e].range.start < end && out.size() < MaxList; ++e) {
        const QStringView gap = QStringView(m_in.text).sliced(m_entities[last].range.end,
                                                              m_entities[e].range.start - m_entities[last].range.end);
        // "Singapore's GIC", "Abu Dhabi's MGX": the place only says where the investor is.
        if ((gap == u"'s " || gap == u"\u2019s ") && m_entities[last].type == EntityType::Place) {
            out.removeLast();
        } else if (!isListGap(m_entities[last].range.end, m_entities[e].range.start)) {
            // "Atomico, which committed $30 million, and Northzone": past the clause.
            const qsizetype clauseEnd = relativeClauseEnd(m_entities[last].range.end, m_entities[e].range.start);
            if (clauseEnd < 0 || !isListGap(clauseEnd, m_entities[e].range.start))
                break;
        }
        if (accepts(e, party))
            out.append(e);
        last = e;
    }
    return out;
}

QList<int> DealSentenceReader::targetsAfter(qsizetype pos, qsizetype end, const QList<int> &investors) const
{
    for (int e = firstEntityFrom(pos); e < m_entities.size(); ++e) {
        const TextRange r = m_entities[e].range;
        if (r.start >= end)
            break;
        if (investors.contains(e) || !accepts(e, Party::Target) || afterSourceWord(r.start))
            continue;
        // "una empresa de Málaga": a place after "of" says where the target is.
        if (m_entities[e].type == EntityType::Place && afterOfWord(r.start))
            continue;
        // "the London start-up Tallyfold": the place describes the name right after it ("in the
        // UK over five years" keeps the place).
        if (m_entities[e].type == EntityType::Place && isPlaceModifier(e, true) && e + 1 < m_entities.size()
            && m_entities[e + 1].range.start < end
            && wordsBetween(r.end, m_entities[e + 1].range.start, nullptr, nullptr) <= 2)
            continue;
        bool toWord = false, mark = false;
        const int words = wordsBetween(pos, r.start, &mark, &toWord);
        if (words > MaxWordsToTarget)
            break;
        // "promised £2 billion for AI research by 2030, the Department for X said": once the verb
        // has named an object of its own, a name past a comma belongs to another clause.
        if (mark && namesOtherObject(pos, r.start))
            break;
        // "agreed to acquire the Dublin start-up": a place between the object's definite article
        // and a lower-case noun describes the object; after "in" it stays one ("in the UK over").
        if (m_entities[e].type == EntityType::Place && !toWord && words <= 1 && isPlaceModifier(e, true))
            continue;
        // "Creandum joined, according to a filing seen by Sifted": past a source word the
        // names tell who reports, not who is paid.
        if (sourceWordBetween(pos, r.start))
            break;
        // A target is the verb's object ("backed OpenAI") or follows "in", "per", "into";
        // a name followed by its own amount is one more investor ("SoftBank $500m").
        if ((words > 0 && !toWord && !describesName(pos, r.start)) || amountRightAfter(e, end, 0) >= 0)
            continue;
        QList<int> out;
        for (int t : listAfter(r.start, end, 0, Party::Target)) {
            if (!investors.contains(t))
                out.append(t);
        }
        return out;
    }
    return {};
}

int DealSentenceReader::amountNear(qsizetype pos, qsizetype segmentEnd, qsizetype clauseStart) const
{
    const qsizetype i = firstDealAmountFrom(pos);
    if (i < m_dealAmounts.size() && m_amounts[m_dealAmounts[i]].range.start < segmentEnd)
        return m_dealAmounts[i];
    for (qsizetype j = i - 1; j >= 0 && j >= i - 2; --j) {
        const TextRange r = m_amounts[m_dealAmounts[j]].range;
        if (r.start < clauseStart)
            break;
        if (r.end <= pos)
            return m_dealAmounts[j];
    }
    return -1;
}

int DealSentenceReader::amountRightAfter(int entity, qsizetype end, int maxWords) const
{
    return amountWithin(m_entities[entity].range.end, end, maxWords);
}

int DealSentenceReader::amountWithin(qsizetype from, qsizetype end, int maxWords) const
{
    const qsizetype i = firstDealAmountFrom(from);
    if (i >= m_dealAmounts.size())
        return -1;
    const int a = m_dealAmounts[i];
    const TextRange r = m_amounts[a].range;
    if (r.start >= end)
        return -1;
    bool mark = false;
    // "SoftBank $500m", "Thrive put in about $1.2 billion" (the cue word is counted).
    return wordsBetween(from, r.start, &mark, nullptr) <= maxWords && !mark ? a : -1;
}

bool DealSentenceReader::ownsNoun(int entity) const
{
    // "Sorrel's chief executive", "Nvidia's venture arm": the possessive's noun, not the name.
    const qsizetype end = m_entities[entity].range.end;
    const QStringView text(m_in.text);
    qsizetype i = end;
    if (i + 2 < text.size() && (text[i] == u'\'' || text[i] == u'\u2019') && text[i + 1] == u's' && text[i + 2] == u' ')
        i += 3;
    else
        return false;
    return i < text.size() && text[i].isLower();
}

bool DealSentenceReader::possessesCueAt(int entity, qsizetype pos) const
{
    // "Amazon's $8 billion stake in Anthropic": the possessive's noun is the cue at `pos`,
    // behind an amount at most, so the name is the cue's subject.
    const QStringView text(m_in.text);
    qsizetype i = m_entities[entity].range.end;
    if (!(i + 2 < text.size() && (text[i] == u'\'' || text[i] == u'\u2019') && text[i + 1] == u's'
          && text[i + 2] == u' '))
        return false;
    i += 3; // past "'s "
    const qsizetype a = firstDealAmountFrom(i);
    if (a < m_dealAmounts.size() && m_dealAmountStarts[a] == i) {
        i = m_amounts[m_dealAmounts[a]].range.end;
        while (i < pos && m_in.text[i] == u' ')
            ++i;
    }
    return i == pos;
}

bool DealSentenceReader::sourceWordBetween(qsizetype from, qsizetype to) const
{
    // "nel secondo round", "il secondo": after an article or a target word the word is an ordinal.
    qsizetype previous = -1;
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
        if (m_in.tokens[i].kind != TokenKind::Word)
            continue;
        const quint64 k = m_keys.at(i);
        if (m_cues.isSourceWord(k)
            && (previous < 0
                || !(m_cues.isArticle(m_keys.at(previous)) || m_cues.isDefinite(m_keys.at(previous))
                     || m_cues.isTargetWord(m_keys.at(previous)))))
            return true;
        previous = i;
    }
    return false;
}

int DealSentenceReader::possessedAmount(int entity, qsizetype pos) const
{
    // "Amazon's $8 billion stake": the amount between the possessive and its noun.
    const qsizetype from = m_entities[entity].range.end + 3;
    const qsizetype a = firstDealAmountFrom(from);
    return a < m_dealAmounts.size() && m_dealAmountStarts[a] == from && m_amounts[m_dealAmounts[a]].range.end <= pos
        ? m_dealAmounts[a]
        : -1;
}

bool DealSentenceReader::countedObjectAfter(qsizetype from, qsizetype end) const
{
    qsizetype i = tokenAt(from);
    while (i < m_in.tokens.size() && m_in.tokens[i].kind == TokenKind::Space)
        ++i;
    if (i >= m_in.tokens.size() || m_in.tokens[i].start >= end)
        return false;
    const Token &t = m_in.tokens[i];
    // A bare count ("backed 6 start-ups"), not the start of a deal amount ("invested 6 million").
    if (t.kind == TokenKind::Number) {
        const qsizetype a = firstDealAmountFrom(t.start);
        return a >= m_dealAmounts.size() || m_dealAmountStarts[a] != t.start;
    }
    return t.kind == TokenKind::Word && m_cues.isOtherWord(m_keys.at(i));
}

bool DealSentenceReader::incomeWordIn(qsizetype from, qsizetype to) const
{
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
        if (m_in.tokens[i].kind == TokenKind::Word && m_cues.isIncomeWord(m_keys.at(i)))
            return true;
    }
    return false;
}

bool DealSentenceReader::possessiveSubjectBefore(qsizetype pos, qsizetype clauseStart) const
{
    for (int e = firstEntityFrom(pos) - 1, seen = 0; e >= 0 && seen < MaxLookBack; --e, ++seen) {
        if (m_entities[e].range.start < clauseStart)
            return false;
        if (m_entities[e].range.end <= pos && !afterPreposition(m_entities[e].range.start, false))
            return ownsNoun(e) && !possessesCueAt(e, pos);
    }
    return false;
}

bool DealSentenceReader::nounOfThing(qsizetype cueEnd, qsizetype end) const
{
    // "a purchase of computing capacity", "l'acquisto di capacità di calcolo": the noun's "of"
    // names a thing in lower case, not a company (an anaphor, "of the company", is one).
    // The cue may end in its "of" ("purchase of").
    const qsizetype last = tokenAt(cueEnd) - 1;
    bool ofSeen = last >= 0 && m_in.tokens[last].kind == TokenKind::Word && m_cues.isOfWord(m_keys.at(last))
        && !m_cues.isTargetWord(m_keys.at(last));
    for (qsizetype i = tokenAt(cueEnd); i < m_in.tokens.size() && m_in.tokens[i].start < end; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space)
            continue;
        if (t.kind != TokenKind::Word)
            return false;
        const quint64 k = m_keys.at(i);
        if (!ofSeen) {
            if (!m_cues.isOfWord(k) || m_cues.isTargetWord(k))
                return false;
            ofSeen = true;
            continue;
        }
        if (m_cues.isDefinite(k) || m_cues.isArticle(k))
            continue;
        return m_in.text[t.start].isLower() && !m_cues.isAnaphor(k) && !insideEntity(t.start)
            && matchesAt(m_cues.cueTrie(), m_keys, i).isEmpty();
    }
    return false;
}

int DealSentenceReader::investorOfNoun(qsizetype cueEnd, qsizetype end) const
{
    // The words between the noun and the name: one "of" word ("di", "de", "of", "von") and an
    // article at most ("de la", "del" is one word).
    const int e = firstEntityFrom(cueEnd);
    if (e >= m_entities.size() || m_entities[e].range.start >= end || !accepts(e, Party::Investor))
        return -1;
    bool ofSeen = false;
    const qsizetype nameStart = m_entities[e].range.start;
    for (qsizetype i = tokenAt(cueEnd); i < m_in.tokens.size() && m_in.tokens[i].start < nameStart; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space)
            continue;
        if (t.kind != TokenKind::Word)
            return -1;
        const quint64 k = m_keys.at(i);
        if (!ofSeen && (m_cues.isOfWord(k) || m_cues.isFromWord(k)) && !m_cues.isTargetWord(k))
            ofSeen = true;
        else if (!(ofSeen && m_cues.isDefinite(k)))
            return -1;
    }
    // The target right behind the name and a target word: "... di Microsoft in OpenAI".
    const int t = e + 1;
    // Not a place: "l'acquisizione di X in Italia" tells where the one bought is.
    if (!ofSeen || t >= m_entities.size() || m_entities[t].range.start >= end || !accepts(t, Party::Target)
        || m_entities[t].type == EntityType::Place)
        return -1;
    bool mark = false, toWord = false;
    const int words = wordsBetween(m_entities[e].range.end, m_entities[t].range.start, &mark, &toWord);
    return !mark && toWord && words >= 1 && words <= 2 ? e : -1;
}

int DealSentenceReader::subjectAfterVerb(qsizetype pos, qsizetype end) const
{
    constexpr int MaxWords = 3; // "der Münchner Softwareanbieter"
    qsizetype i = tokenAt(pos);
    while (i < m_in.tokens.size() && m_in.tokens[i].kind == TokenKind::Space)
        ++i;
    // Only an article opens the subject: "raised the company" is no English.
    if (i >= m_in.tokens.size() || m_in.tokens[i].start >= end || m_in.tokens[i].kind != TokenKind::Word
        || !(m_cues.isArticle(m_keys.at(i)) || m_cues.isDefinite(m_keys.at(i))))
        return -1;
    int words = 0;
    for (++i; i < m_in.tokens.size() && m_in.tokens[i].start < end && words < MaxWords; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space)
            continue;
        if (t.kind != TokenKind::Word) {
            if (t.in(m_in.text) == u"-")
                continue; // "Start-up"
            return -1;
        }
        const int e = firstEntityFrom(t.start);
        if (e < m_entities.size() && m_entities[e].range.start == t.start)
            return accepts(e, Party::Company) ? e : -1;
        const quint64 k = m_keys.at(i);
        if (m_cues.isAnaphor(k))
            return AnaphorAfterVerb;
        if (m_cues.isOfWord(k) || m_cues.isFromWord(k) || m_cues.isTargetWord(k))
            return -1;
        ++words;
    }
    return -1;
}

bool DealSentenceReader::namesAnaphorObject(qsizetype from, qsizetype end) const
{
    const qsizetype at = targetWordAfter(from, end);
    if (at < 0)
        return false;
    // "in the company", "nella società", "in das Unternehmen": a definite article may stand between.
    for (qsizetype k = at + 1, words = 0; k < m_in.tokens.size() && m_in.tokens[k].start < end && words < 2; ++k) {
        if (m_in.tokens[k].kind != TokenKind::Word)
            continue;
        ++words;
        const quint64 key = m_keys.at(k);
        if (m_cues.isAnaphor(key))
            return true;
        if (!m_cues.isDefinite(key))
            return false; // "en una empresa de Málaga" is a recipient unnamed, not one told
    }
    return false;
}

} // namespace dealdesk
