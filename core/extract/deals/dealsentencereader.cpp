#include "core/extract/deals/dealsentencereader.h"

#include <algorithm>

namespace dealdesk {
namespace {

constexpr int MaxWordsToTarget = 10;    // "investe 4,3 miliardi di euro in Italia"
constexpr int MaxWordsToListStart = 12; // "vede la partecipazione di soci già presenti nel capitale come X"
constexpr int MaxWordsAmountToTarget = 3; // "15 miliardi previsti per Stargate"

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
    for (qsizetype i = tokenAt(from); i < m_in.tokens.size() && m_in.tokens[i].start < to; ++i) {
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
    int nearest = -1;
    for (int e = 0; e < m_entities.size() && m_entities[e].range.end <= pos; ++e) {
        if (m_entities[e].range.start >= clauseStart && accepts(e, party))
            nearest = e;
    }
    if (nearest < 0)
        return out;
    out.append(nearest);
    // Joint subjects: "Microsoft, Coatue, Altimeter e Thrive Capital verseranno".
    int next = nearest;
    for (int e = nearest - 1; e >= 0 && m_entities[e].range.start >= clauseStart; --e) {
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
    for (int e = 0; e < m_entities.size(); ++e) {
        if (m_entities[e].range.start >= pos && m_entities[e].range.start < end && accepts(e, party)) {
            first = e;
            break;
        }
    }
    if (first < 0 || wordsBetween(pos, m_entities[first].range.start, nullptr, nullptr) > maxWordsBefore)
        return out;
    int last = first;
    out.append(first);
    for (int e = first + 1; e < m_entities.size() && m_entities[e].range.start < end; ++e) {
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

bool DealSentenceReader::afterPreposition(qsizetype pos) const
{
    // Looks at the two words before `pos`: "di Meta", "de la Commission".
    int words = 0;
    for (qsizetype i = tokenAt(pos) - 1; i >= 0 && words < 2; --i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Space)
            continue;
        if (t.kind != TokenKind::Word)
            return false;
        const quint64 k = m_keys.at(i);
        if (m_cues.isOfWord(k) || m_cues.isFromWord(k) || m_cues.isTargetWord(k))
            return true;
        ++words;
    }
    return false;
}

QList<int> DealSentenceReader::targetsAfter(qsizetype pos, qsizetype end, const QList<int> &investors) const
{
    for (int e = 0; e < m_entities.size(); ++e) {
        const TextRange r = m_entities[e].range;
        if (r.start < pos || investors.contains(e) || !accepts(e, Party::Target))
            continue;
        if (r.start >= end)
            break;
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
    int before = -1;
    for (int a = 0; a < m_amounts.size(); ++a) {
        if (!isDealAmount(a))
            continue;
        const TextRange r = m_amounts[a].range;
        if (r.start >= pos && r.start < segmentEnd)
            return a;
        if (r.end <= pos && r.start >= clauseStart)
            before = a;
    }
    return before;
}

int DealSentenceReader::amountRightAfter(int entity, qsizetype end, int maxWords) const
{
    const qsizetype from = m_entities[entity].range.end;
    for (int a = 0; a < m_amounts.size(); ++a) {
        const TextRange r = m_amounts[a].range;
        if (r.start < from || !isDealAmount(a))
            continue;
        if (r.start >= end)
            return -1;
        bool mark = false;
        // "SoftBank $500m", "Thrive put in about $1.2 billion" (the cue word is counted).
        return wordsBetween(from, r.start, &mark, nullptr) <= maxWords && !mark ? a : -1;
    }
    return -1;
}

void DealSentenceReader::read(qsizetype s, DealThread &thread, QList<DealCandidate> &out) const
{
    const TextRange sentence = m_in.sentences[s];
    const qsizetype firstToken = tokenAt(sentence.start);
    const qsizetype endToken = tokenAt(sentence.end);

    // Cues, status words and clause marks of the sentence, in one pass over its tokens.
    QList<Cue> cues;
    QList<qsizetype> clauseMarks;
    std::optional<DealStatus> modality;
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
                if (!modality || modalityRank(st) > modalityRank(*modality))
                    modality = st;
            } else if (!stated || st == DealStatus::Announced) {
                stated = st;
            }
        }
        const QList<PhraseMatch> cueHits = matchesAt(m_cues.cueTrie(), m_keys, i);
        if (!cueHits.isEmpty()) {
            const PhraseMatch &m = cueHits.back();
            cues.append({t.start, m_in.tokens[m.end - 1].end, m_cues.cue(m.payloads->front())});
            i = m.end - 1;
        }
    }
    if (cues.isEmpty())
        return;

    auto clauseStart = [&](qsizetype pos) {
        qsizetype start = sentence.start;
        for (qsizetype mark : std::as_const(clauseMarks)) {
            if (mark < pos)
                start = mark;
        }
        return start;
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
    auto statusOf = [&](const DealCue &cue, bool participant) {
        if (modality)
            return *modality;
        if (participant && thread.roundStatus)
            return *thread.roundStatus;
        if (cue.status)
            return *cue.status;
        return stated.value_or(DealStatus::Announced);
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
    QList<int> sentenceTargets;
    bool raisedHere = false;
    for (qsizetype c = 0; c < cues.size(); ++c) {
        const Cue &cue = cues[c];
        const qsizetype segEnd = segmentEnd(c);
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
            // Money put in by nobody named is a raise, read by the raise cues.
            if (investors.isEmpty())
                break;
            sentenceInvestors = investors;
            const DealStatus status = statusOf(cue.cue, false);
            // Amount-target pairs: "2,5 miliardi al Regno Unito, 3,2 miliardi per la Germania".
            QList<QPair<int, int>> pairs;
            for (int a = 0; a < m_amounts.size(); ++a) {
                const TextRange r = m_amounts[a].range;
                if (!isDealAmount(a) || r.start < cue.end || r.start >= segEnd)
                    continue;
                for (int e = 0; e < m_entities.size(); ++e) {
                    const TextRange er = m_entities[e].range;
                    if (er.start < r.end || investors.contains(e))
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
                    sentenceTargets.append(target);
                    if (investors.isEmpty())
                        addDeal(-1, target, amount, status, cue.cue.kind);
                    for (int inv : investors)
                        addDeal(inv, target, investors.size() == 1 ? amount : -1, status, cue.cue.kind);
                    thread.currentTarget = target;
                }
                break;
            }
            QList<int> targets = targetsAfter(cue.end, segEnd, investors);
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
            sentenceTargets += targets;
            for (int target : std::as_const(targets)) {
                if (investors.isEmpty())
                    addDeal(-1, target, amount, status, cue.cue.kind);
                for (int inv : investors)
                    addDeal(inv, target, single ? amount : -1, status, cue.cue.kind);
            }
            // Ellipsis: "Microsoft added $750 million, SoftBank $500m and Nvidia $100 million".
            if (amount >= 0 && targets.size() == 1) {
                for (int e = 0; e < m_entities.size(); ++e) {
                    const TextRange er = m_entities[e].range;
                    if (er.start < m_amounts[amount].range.end || er.start >= segEnd || !accepts(e, Party::Investor))
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
            if (subject.isEmpty() || afterPreposition(m_entities[subject.front()].range.start))
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
            const DealStatus status = modality.value_or(cue.cue.status.value_or(DealStatus::Completed));
            for (int inv : listAfter(cue.end, segEnd, 4, Party::Investor))
                addDeal(inv, target, -1, status, cue.cue.kind);
            break;
        }
        }
    }
}

} // namespace dealdesk
