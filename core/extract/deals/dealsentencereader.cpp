#include "core/extract/deals/dealsentencereader.h"

#include <QSet>

#include <algorithm>

namespace dealdesk {
namespace {

constexpr int MaxWordsToTarget = 10;    // "investe 4,3 miliardi di euro in Italia"
constexpr int MaxWordsToListStart = 12; // "vede la partecipazione di soci già presenti nel capitale come X"
constexpr int MaxWordsAmountToTarget = 3; // "15 miliardi previsti per Stargate"
constexpr int MaxGapWords = 16;   // gaps are never read further than this
constexpr int MaxLookBack = 8;    // names looked at around a cue
constexpr int MaxList = 30;       // names in one list of investors

int modalityRank(DealStatus s)
{
    switch (s) {
    case DealStatus::Rumored: return 3;
    case DealStatus::InTalks: return 2;
    case DealStatus::Planned: return 1;
    default: return 0;
    }
}

} // namespace

DealSentenceReader::DealSentenceReader(const ExtractionInput &input, const DealCues &cues,
                                       const QList<EntityMention> &entities, const QList<Amount> &amounts)
    : m_in(input), m_cues(cues), m_entities(entities), m_amounts(amounts), m_keys(input.text, input.tokens)
{
    // Sorted starts for binary searches: a sentence's lookups must not walk the article.
    m_entityStarts.reserve(entities.size());
    for (const EntityMention &e : entities)
        m_entityStarts.append(e.range.start);
    for (int a = 0; a < amounts.size(); ++a) {
        if (isDealAmount(a))
            m_dealAmounts.append(a);
    }
    std::sort(m_dealAmounts.begin(), m_dealAmounts.end(),
              [&](int x, int y) { return amounts[x].range.start < amounts[y].range.start; });
    for (int a : std::as_const(m_dealAmounts))
        m_dealAmountStarts.append(amounts[a].range.start);
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
    auto it = std::lower_bound(m_in.tokens.begin(), m_in.tokens.end(), offset,
                               [](const Token &t, qsizetype o) { return t.start < o; });
    return it - m_in.tokens.begin();
}

bool DealSentenceReader::accepts(int entity, Party party) const
{
    const EntityType t = m_entities[entity].type;
    switch (party) {
    case Party::Investor: return t == EntityType::Org || t == EntityType::Place;
    case Party::Target: return t == EntityType::Org || t == EntityType::Place || t == EntityType::Project;
    case Party::Company: return t == EntityType::Org;
    }
    return false;
}

bool DealSentenceReader::isListGap(qsizetype from, qsizetype to) const
{
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space) {
            if (t.in(m_in.text).contains(u'\n'))
                return false;
            continue;
        }
        const QStringView w = t.in(m_in.text);
        if (w == u"," || w == u"*" || w == u"&")
            continue;
        if (!m_cues.isListWord(m_keys.at(i)))
            return false;
    }
    return true;
}

int DealSentenceReader::wordsBetween(qsizetype from, qsizetype to, bool *clauseMark, bool *targetWord) const
{
    int words = 0;
    // Callers look a few words ahead; past MaxGapWords the gap is "far" whatever its length.
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to && words <= MaxGapWords;
         ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Word) {
            ++words;
            if (targetWord && m_cues.isTargetWord(m_keys.at(i)))
                *targetWord = true;
        } else if (t.kind == TokenKind::Punct && clauseMark) {
            const QChar c = m_in.text[t.start];
            if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')')
                *clauseMark = true;
        }
    }
    return words;
}

QList<int> DealSentenceReader::subjectBefore(qsizetype pos, qsizetype clauseStart, Party party) const
{
    QList<int> out;
    // A name after a preposition ("in Deutschland", "per l'Italia") is not the subject.
    int nearest = -1;
    for (int e = firstEntityFrom(pos) - 1, seen = 0; e >= 0 && seen < MaxLookBack; --e, ++seen) {
        if (m_entities[e].range.start < clauseStart)
            break;
        if (m_entities[e].range.end <= pos && accepts(e, party) && !afterPreposition(m_entities[e].range.start, false)) {
            nearest = e;
            break;
        }
    }
    if (nearest < 0)
        return out;
    out.append(nearest);
    // Joint subjects: "Microsoft, Coatue, Altimeter e Thrive Capital verseranno".
    int next = nearest;
    for (int e = nearest - 1; e >= 0 && m_entities[e].range.start >= clauseStart && out.size() < MaxList; --e) {
        if (!accepts(e, party))
            continue;
        if (!isListGap(m_entities[e].range.end, m_entities[next].range.start))
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
            break;
        }
        if (accepts(e, party))
            out.append(e);
        last = e;
    }
    return out;
}

bool DealSentenceReader::afterPreposition(qsizetype pos, bool withFrom) const
{
    // Looks at the two words before `pos`: "di Meta", "de la Commission".
    int words = 0;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words < 2; --i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space) {
            if (t.in(m_in.text).contains(u'\n'))
                return false;
            continue;
        }
        if (t.kind != TokenKind::Word)
            return false;
        const quint64 k = m_keys.at(i);
        if (m_cues.isOfWord(k) || m_cues.isTargetWord(k) || (withFrom && m_cues.isFromWord(k)))
            return true;
        ++words;
    }
    return false;
}

QList<int> DealSentenceReader::targetsAfter(qsizetype pos, qsizetype end, const QList<int> &investors) const
{
    for (int e = firstEntityFrom(pos); e < m_entities.size(); ++e) {
        const TextRange r = m_entities[e].range;
        if (r.start >= end)
            break;
        if (investors.contains(e) || !accepts(e, Party::Target))
            continue;
        bool toWord = false;
        const int words = wordsBetween(pos, r.start, nullptr, &toWord);
        if (words > MaxWordsToTarget)
            break;
        // A target is the verb's object ("backed OpenAI") or follows "in", "per", "into";
        // a name followed by its own amount is one more investor ("SoftBank $500m").
        if ((words > 0 && !toWord) || amountRightAfter(e, end, 0) >= 0)
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
    const qsizetype from = m_entities[entity].range.end;
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

void DealSentenceReader::read(qsizetype s, DealThread &thread, QList<DealCandidate> &out) const
{
    const TextRange sentence = m_in.sentences[s];
    const qsizetype firstToken = tokenAt(sentence.start);
    const qsizetype endToken = tokenAt(sentence.end);

    // Cues, status words and clause marks of the sentence, in one pass over its tokens.
    QList<Cue> cues;
    QList<qsizetype> clauseMarks;
    // Rumours colour the whole sentence ("..., according to people familiar"); talks and
    // plans only the cues after them ("X potrebbe investire", not "in Y, che potrebbe ...").
    QList<QPair<qsizetype, DealStatus>> modalities;
    std::optional<DealStatus> stated; // announced or completed, said outside the verb
    for (qsizetype i = firstToken; i < endToken; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Punct && (m_in.text[t.start] == u':' || m_in.text[t.start] == u';'))
            clauseMarks.append(t.start);
        if (t.kind != TokenKind::Word)
            continue;
        const QList<PhraseMatch> statusHits = matchesAt(m_cues.statusTrie(), m_keys, i);
        if (!statusHits.isEmpty()) {
            const DealStatus st = m_cues.status(statusHits.back().payloads->front());
            if (modalityRank(st) > 0) {
                modalities.append({t.start, st});
            } else if (!stated || st == DealStatus::Announced) {
                stated = st;
            }
        }
        const QList<PhraseMatch> cueHits = matchesAt(m_cues.cueTrie(), m_keys, i);
        if (!cueHits.isEmpty()) {
            const PhraseMatch &m = cueHits.back();
            const qsizetype end = m_in.tokens[m.end - 1].end;
            const QStringView span = QStringView(m_in.text).sliced(t.start, end - t.start);
            cues.append({t.start, end, m_cues.cue(m_cues.bestCue(*m.payloads, span))});
            i = m.end - 1;
        }
    }
    if (cues.isEmpty())
        return;

    auto clauseStart = [&](qsizetype pos) {
        auto it = std::lower_bound(clauseMarks.cbegin(), clauseMarks.cend(), pos);
        return it == clauseMarks.cbegin() ? sentence.start : *(it - 1);
    };
    auto segmentEnd = [&](qsizetype c) {
        // Only a verb starts a new relation: "ha partecipato al round da 6,6 miliardi di
        // OpenAI" is one, the noun "round" is its object.
        for (qsizetype n = c + 1; n < cues.size(); ++n) {
            if (cues[n].cue.kind != DealCueKind::Lead && cues[n].cue.status)
                return cues[n].start;
        }
        return sentence.end;
    };
    // A noun ("round", "investimento") takes the status the sentence states ("ha concordato
    // un investimento"), else the tense of its verb ("ha raccolto ... in un round").
    std::optional<DealStatus> verbStatus;
    for (const Cue &c : std::as_const(cues)) {
        if (c.cue.status && !verbStatus)
            verbStatus = c.cue.status;
    }
    qsizetype currentSegmentEnd = sentence.end; // the end of the cue being read
    // Strongest modality up to each one, so a lookup is a bisection whatever the sentence.
    QList<DealStatus> strongestSoFar;
    bool rumoured = false;
    for (const auto &[pos, st] : std::as_const(modalities)) {
        rumoured = rumoured || st == DealStatus::Rumored;
        const bool stronger = strongestSoFar.isEmpty() || modalityRank(st) > modalityRank(strongestSoFar.last());
        strongestSoFar.append(stronger ? st : strongestSoFar.last());
    }
    auto modalityBefore = [&](qsizetype end) -> std::optional<DealStatus> {
        if (rumoured)
            return DealStatus::Rumored;
        const auto it = std::lower_bound(modalities.cbegin(), modalities.cend(), end,
                                         [](const QPair<qsizetype, DealStatus> &m, qsizetype e) { return m.first < e; });
        if (it == modalities.cbegin())
            return std::nullopt;
        return strongestSoFar[it - modalities.cbegin() - 1];
    };
    auto statusOf = [&](const DealCue &cue, bool participant) {
        if (const auto modality = modalityBefore(currentSegmentEnd))
            return *modality;
        if (participant && thread.roundStatus)
            return *thread.roundStatus;
        if (cue.status)
            return *cue.status;
        if (stated)
            return *stated;
        return verbStatus.value_or(DealStatus::Announced);
    };
    auto addDeal = [&](int investor, int target, int amount, DealStatus status, DealCueKind kind) {
        if (investor >= 0 && target >= 0 && m_entities[investor].canonical == m_entities[target].canonical)
            return;
        if (investor < 0 && (target < 0 || amount < 0))
            return;
        if (target < 0 && amount < 0)
            return;
        out.append({investor, target, amount, status, kind, s});
    };

    QList<int> sentenceInvestors;
    QSet<int> sentenceTargets;
    bool raisedHere = false;
    for (qsizetype c = 0; c < cues.size(); ++c) {
        const Cue &cue = cues[c];
        const qsizetype segEnd = segmentEnd(c);
        currentSegmentEnd = cue.end;
        const qsizetype clause = clauseStart(cue.start);
        switch (cue.cue.kind) {
        case DealCueKind::Invest:
        case DealCueKind::Pledge: {
            QList<int> investors = subjectBefore(cue.start, clause, Party::Investor);
            investors.removeIf([&](int e) { return sentenceTargets.contains(e); });
            // "X aveva promesso 2,5 miliardi al Regno Unito; a febbraio ha annunciato ...": a
            // clause without a subject keeps the one before it.
            if (investors.isEmpty())
                investors = sentenceInvestors;
            if (investors.isEmpty() && clause > sentence.start) {
                investors = subjectBefore(cue.start, sentence.start, Party::Investor);
                investors.removeIf([&](int e) { return sentenceTargets.contains(e); });
            }
            // "Nach Berichten investiert Amazon 2 Milliarden in X": the subject after the verb.
            if (investors.isEmpty()) {
                const int e = firstEntityFrom(cue.end);
                if (e < m_entities.size() && m_entities[e].range.start < segEnd && accepts(e, Party::Investor)
                    && wordsBetween(cue.end, m_entities[e].range.start, nullptr, nullptr) == 0)
                    investors.append(e);
            }
            // Money put in by nobody named is a raise, read by the raise cues.
            if (investors.isEmpty())
                break;
            sentenceInvestors = investors;
            const DealStatus status = statusOf(cue.cue, false);
            // Amount-target pairs: "2,5 miliardi al Regno Unito, 3,2 miliardi per la Germania".
            QList<QPair<int, int>> pairs;
            for (qsizetype i = firstDealAmountFrom(cue.end); i < m_dealAmounts.size(); ++i) {
                const int a = m_dealAmounts[i];
                const TextRange r = m_amounts[a].range;
                if (r.start >= segEnd)
                    break;
                for (int e = firstEntityFrom(r.end); e < m_entities.size(); ++e) {
                    const TextRange er = m_entities[e].range;
                    if (investors.contains(e))
                        continue;
                    if (er.start >= segEnd)
                        break;
                    bool mark = false, toWord = false;
                    const int words = wordsBetween(r.end, er.start, &mark, &toWord);
                    if (accepts(e, Party::Target) && !mark && toWord && words <= MaxWordsAmountToTarget)
                        pairs.append({e, a});
                    break;
                }
            }
            if (!pairs.isEmpty()) {
                for (const auto &[target, amount] : std::as_const(pairs)) {
                    sentenceTargets.insert(target);
                    if (investors.isEmpty())
                        addDeal(-1, target, amount, status, cue.cue.kind);
                    for (int inv : investors)
                        addDeal(inv, target, investors.size() == 1 ? amount : -1, status, cue.cue.kind);
                    thread.currentTarget = target;
                }
                break;
            }
            QList<int> targets = targetsAfter(cue.end, segEnd, investors);
            // Verb last ("3 Milliarden Euro in Deutschland zu investieren"): the target
            // stands between the subject and the verb.
            if (targets.isEmpty() && m_entities[investors.back()].range.end < cue.start)
                targets = targetsAfter(m_entities[investors.back()].range.end, cue.start, investors);
            // The round or company the text is about, for "Thrive put in $1.2bn" after the
            // round's sentence; only with an amount or a verb that says what happened.
            const bool fallback = targets.isEmpty();
            if (fallback && thread.currentTarget >= 0 && !investors.isEmpty())
                targets.append(thread.currentTarget);
            const bool single = investors.size() <= 1 && targets.size() <= 1;
            const int amount = single ? amountNear(cue.end, segEnd, clause) : -1;
            if (cue.cue.kind == DealCueKind::Pledge && amountNear(cue.end, segEnd, clause) < 0)
                break;
            if (fallback && amount < 0 && !cue.cue.status)
                break;
            const int investor = investors.isEmpty() ? -1 : investors.front();
            if (targets.isEmpty()) {
                // A fund's commitment with no recipient named ("CDP investirà un miliardo");
                // a country without a recipient is more often where the money goes.
                if (single && cue.cue.status && m_entities[investor].type != EntityType::Place)
                    addDeal(investor, -1, amount, status, cue.cue.kind);
                break;
            }
            for (int t : std::as_const(targets))
                sentenceTargets.insert(t);
            for (int target : std::as_const(targets)) {
                if (investors.isEmpty())
                    addDeal(-1, target, amount, status, cue.cue.kind);
                for (int inv : investors)
                    addDeal(inv, target, single ? amount : -1, status, cue.cue.kind);
            }
            // Ellipsis: "Microsoft added $750 million, SoftBank $500m and Nvidia $100 million".
            if (amount >= 0 && targets.size() == 1) {
                for (int e = firstEntityFrom(m_amounts[amount].range.end); e < m_entities.size(); ++e) {
                    const TextRange er = m_entities[e].range;
                    if (er.start >= segEnd)
                        break;
                    if (!accepts(e, Party::Investor))
                        continue;
                    const int own = amountRightAfter(e, segEnd, 0);
                    if (own >= 0 && own != amount)
                        addDeal(e, targets.front(), own, status, cue.cue.kind);
                }
            }
            thread.currentTarget = targets.back();
            break;
        }
        case DealCueKind::Raise: {
            QList<int> subject = subjectBefore(cue.start, clause, Party::Company);
            subject.removeIf([&](int e) { return sentenceInvestors.contains(e); });
            // "ex ricercatori di Google DeepMind e Meta, la società aveva raccolto": a name
            // after a preposition is not the one raising.
            if (subject.isEmpty() || afterPreposition(m_entities[subject.front()].range.start, true))
                break;
            // "ha raccolto 40 milioni in un round": the noun repeats the verb's relation.
            if (raisedHere && !cue.cue.status)
                break;
            const int target = subject.back();
            const DealStatus status = statusOf(cue.cue, false);
            const int amount = amountNear(cue.end, segEnd, clause);
            addDeal(-1, target, amount, status, cue.cue.kind);
            // "raised $2bn from X and Y".
            for (qsizetype i = tokenAt(cue.end); i < m_in.tokens.size() && m_in.tokens[i].start < segEnd; ++i) {
                if (m_in.tokens[i].kind != TokenKind::Word || !m_cues.isFromWord(m_keys.at(i)))
                    continue;
                for (int inv : listAfter(m_in.tokens[i].end, segEnd, 2, Party::Investor))
                    addDeal(inv, target, -1, status, DealCueKind::Lead);
                break;
            }
            thread.currentTarget = target;
            if (cue.cue.status || !raisedHere)
                thread.roundStatus = status;
            raisedHere = true;
            break;
        }
        case DealCueKind::Lead: {
            if (thread.currentTarget < 0)
                break;
            const DealStatus status = statusOf(cue.cue, true);
            for (int inv : listAfter(cue.end, sentence.end, MaxWordsToListStart, Party::Investor))
                addDeal(inv, thread.currentTarget, amountRightAfter(inv, sentence.end, 2), status, cue.cue.kind);
            break;
        }
        case DealCueKind::Backed: {
            QList<int> subject = subjectBefore(cue.start, clause, Party::Target);
            const int target = subject.isEmpty() ? thread.currentTarget : subject.back();
            if (target < 0)
                break;
            const DealStatus status =
                modalityBefore(cue.end).value_or(cue.cue.status.value_or(DealStatus::Completed));
            for (int inv : listAfter(cue.end, segEnd, 4, Party::Investor))
                addDeal(inv, target, -1, status, cue.cue.kind);
            break;
        }
        case DealCueKind::Joined: {
            // "Nvidia e Samsung hanno partecipato al round di X": the target may follow.
            QList<int> investors = subjectBefore(cue.start, clause, Party::Investor);
            sentenceInvestors = investors;
            const QList<int> after = targetsAfter(cue.end, segEnd, investors);
            const int target = after.isEmpty() ? thread.currentTarget : after.front();
            if (target < 0)
                break;
            const DealStatus status = statusOf(cue.cue, after.isEmpty());
            for (int inv : std::as_const(investors))
                addDeal(inv, target, investors.size() == 1 ? amountRightAfter(inv, segEnd, 3) : -1, status, cue.cue.kind);
            break;
        }
        case DealCueKind::Allocate: {
            // The money of the round just told goes on: "18 miliardi andranno a Stargate".
            if (thread.currentTarget < 0)
                break;
            const QList<int> targets = targetsAfter(cue.end, segEnd, {thread.currentTarget});
            const int amount = amountNear(cue.end, segEnd, clause);
            if (targets.size() != 1 || amount < 0)
                break;
            addDeal(thread.currentTarget, targets.front(), amount, statusOf(cue.cue, false), cue.cue.kind);
            break;
        }
        }
    }
}

} // namespace dealdesk
