#include "core/extract/deals/dealsentencereader.h"

#include <QSet>

#include <algorithm>

namespace dealdesk {
namespace {

constexpr int MaxWordsToListStart = 12; // "vede la partecipazione di soci già presenti nel capitale come X"
constexpr int MaxWordsAmountToTarget = 3; // "15 miliardi previsti per Stargate"
constexpr int MaxPairs = 8;     // amount-target pairs after one verb
constexpr int MaxEllipsis = 12; // names after a verb's amount that may bring their own

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

void DealSentenceReader::read(qsizetype s, DealThread &thread, QList<DealCandidate> &out) const
{
    const TextRange sentence = m_in.sentences[s];
    // Without a cue the scan below finds nothing and the sentence yields nothing.
    if (!holdsCue(sentence))
        return;
    const qsizetype firstToken = tokenAt(sentence.start);
    const qsizetype endToken = tokenAt(sentence.end);
    m_sentenceFirstToken = firstToken;
    m_sentenceEndToken = endToken;

    // Cues, status words and clause marks of the sentence, in one pass over its tokens.
    QVarLengthArray<Cue, 8> cues; // a sentence has a few: no allocation
    QVarLengthArray<qsizetype, 8> clauseMarks;
    // Rumours colour the whole sentence ("..., according to people familiar"); talks and
    // plans only the cues after them ("X potrebbe investire", not "in Y, che potrebbe ...").
    QVarLengthArray<QPair<qsizetype, DealStatus>, 4> modalities;
    std::optional<DealStatus> stated; // announced or completed, said outside the verb
    bool conditional = false;         // "sarebbe", "aurait": second-hand, see below
    QVarLengthArray<qsizetype, 16> commas; // where the sentence's commas stand, for bisections
    for (qsizetype i = firstToken; i < endToken; ++i) {
        const Token &t = m_in.tokens[i];
        if (t.kind == TokenKind::Punct && (m_in.text[t.start] == u':' || m_in.text[t.start] == u';'))
            clauseMarks.append(t.start);
        if (t.kind == TokenKind::Punct && m_in.text[t.start] == u',')
            commas.append(t.start);
        if (t.kind != TokenKind::Word)
            continue;
        const PhraseMatches statusHits = matchesAt(m_cues.statusTrie(), m_keys, i);
        if (!statusHits.isEmpty()) {
            const int hit = statusHits.back().payloads->front();
            const DealStatus st = m_cues.status(hit);
            if (m_cues.isConditional(hit)) {
                conditional = true;
            } else if (modalityRank(st) > 0) {
                modalities.append({t.start, st});
            } else if (!stated || st == DealStatus::Announced) {
                stated = st;
            }
        }
        const PhraseMatches cueHits = matchesAt(m_cues.cueTrie(), m_keys, i);
        // "Fonds européen d'investissement", "Banca europea per gli investimenti": a cue word
        // inside a name is part of the name.
        if (!cueHits.isEmpty() && !insideEntity(t.start)) {
            const PhraseMatch &m = cueHits.back();
            const qsizetype end = m_in.tokens[m.end - 1].end;
            const QStringView span = QStringView(m_in.text).sliced(t.start, end - t.start);
            DealCue found = m_cues.cue(m_cues.bestCue(*m.payloads, span));
            // "received $3 million from X" is a raise; "received an award" states nothing.
            bool received = true;
            if (found.kind == DealCueKind::Receive) {
                received = receivesFrom(end, sentence.end);
                found.kind = DealCueKind::Raise;
            }
            if (received)
                cues.append({t.start, end, found});
            i = m.end - 1;
        }
    }
    if (cues.isEmpty())
        return;
    // A round or its investors told ("in un round", "guidato da"): the money is a deal whatever
    // else the sentence says.
    const bool roundWord = std::any_of(cues.cbegin(), cues.cend(), [](const Cue &c) {
        return (c.cue.kind == DealCueKind::Raise && !c.cue.status) || c.cue.kind == DealCueKind::Lead
            || c.cue.kind == DealCueKind::Joined;
    });
    // "Alto, dont le siège est à Lille et qui compte cinquante salariés, a bouclé": a modality
    // right after a relative word belongs to its clause; with no cue before the clause's
    // comma it colours none.
    modalities.removeIf([&](const QPair<qsizetype, DealStatus> &m) {
        const QVarLengthArray<qsizetype, 4> before = wordsBefore(m.first, 1);
        if (before.isEmpty() || !m_cues.isRelativeWord(m_keys.at(before.front())))
            return false;
        const auto comma = std::upper_bound(commas.cbegin(), commas.cend(), m.first);
        if (comma == commas.cend())
            return false;
        const auto cue = std::upper_bound(cues.cbegin(), cues.cend(), m.first,
                                          [](qsizetype pos, const Cue &c) { return pos < c.start; });
        return cue == cues.cend() || cue->start >= *comma;
    });

    auto clauseStart = [&](qsizetype pos) {
        auto it = std::lower_bound(clauseMarks.cbegin(), clauseMarks.cend(), pos);
        return it == clauseMarks.cbegin() ? sentence.start : *(it - 1);
    };
    auto clauseEnd = [&](qsizetype pos) {
        auto it = std::lower_bound(clauseMarks.cbegin(), clauseMarks.cend(), pos);
        return it == clauseMarks.cend() ? sentence.end : *it;
    };
    // Where the relation of each cue ends: at the next verb. Only a verb starts a new
    // relation ("ha partecipato al round da 6,6 miliardi di OpenAI" is one, the noun "round"
    // is its object), and a verb in a relative clause ("Atomico, which committed $30
    // million, and X") tells of a name in the relation being read. One backward pass.
    // "dem Investor Carsten Maschmeyer", "del inversor X": the cue is the person's title, no verb.
    auto isTitle = [&](const Cue &c) {
        const int e = firstEntityFrom(c.end);
        return e < m_entities.size() && m_entities[e].type == EntityType::Person
            && wordsBetween(c.end, m_entities[e].range.start, nullptr, nullptr) == 0 && afterAngelWord(e);
    };
    QVarLengthArray<qsizetype, 8> segmentEnds(cues.size());
    for (qsizetype n = cues.size() - 1, next = sentence.end; n >= 0; --n) {
        segmentEnds[n] = next;
        // After an article the cue is a noun ("dem Investor X"), which starts no relation.
        if (cues[n].cue.kind == DealCueKind::Alongside
            || (cues[n].cue.kind != DealCueKind::Lead && cues[n].cue.status && !inRelativeClause(cues[n].start)
                && !afterDefinite(cues[n].start) && !isTitle(cues[n])))
            next = cues[n].start;
    }
    auto segmentEnd = [&](qsizetype c) { return segmentEnds[c]; };
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
    // A conditional is a rumour unless the sentence speaks of talks: "sarebbe in trattativa",
    // "serait en discussion" are talks the paper reports.
    bool rumoured = conditional;
    bool talks = false; // "soll über eine Finanzierung verhandeln": talks wherever the word stands
    for (const auto &[pos, st] : std::as_const(modalities)) {
        if (st == DealStatus::InTalks) {
            talks = conditional;
            rumoured = false;
        }
    }
    for (const auto &[pos, st] : std::as_const(modalities)) {
        rumoured = rumoured || st == DealStatus::Rumored;
        const bool stronger = strongestSoFar.isEmpty() || modalityRank(st) > modalityRank(strongestSoFar.last());
        strongestSoFar.append(stronger ? st : strongestSoFar.last());
    }
    auto modalityBefore = [&](qsizetype end) -> std::optional<DealStatus> {
        if (rumoured)
            return DealStatus::Rumored;
        if (talks)
            return DealStatus::InTalks;
        const auto it = std::lower_bound(modalities.cbegin(), modalities.cend(), end,
                                         [](const QPair<qsizetype, DealStatus> &m, qsizetype e) { return m.first < e; });
        if (it == modalities.cbegin())
            return std::nullopt;
        return strongestSoFar[it - modalities.cbegin() - 1];
    };
    // "hatte Gespräche geführt, nachdem X sich beteiligt hatten": a verb told as done after a
    // comma is not coloured by the talks or plans of the clause before.
    auto doneAfterComma = [&](const DealCue &cue) {
        if (rumoured || talks || cue.status != DealStatus::Completed)
            return false;
        const auto it =
            std::lower_bound(modalities.cbegin(), modalities.cend(), currentSegmentEnd,
                             [](const QPair<qsizetype, DealStatus> &m, qsizetype e) { return m.first < e; });
        if (it == modalities.cbegin())
            return false;
        const auto comma = std::upper_bound(commas.cbegin(), commas.cend(), (it - 1)->first);
        return comma != commas.cend() && *comma < currentSegmentEnd;
    };
    auto statusOf = [&](const DealCue &cue, bool participant) {
        if (const auto modality = modalityBefore(currentSegmentEnd); modality && !doneAfterComma(cue))
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

    const qsizetype sentenceFirstDeal = out.size();
    QList<int> sentenceInvestors;
    QSet<int> sentenceTargets;
    bool raisedHere = false;
    int raisedTargetHere = -1;
    for (qsizetype c = 0; c < cues.size(); ++c) {
        const Cue &cue = cues[c];
        const qsizetype segEnd = segmentEnd(c);
        currentSegmentEnd = cue.end;
        const qsizetype clause = clauseStart(cue.start);
        // "Hoxton se retiró de una ronda", "X withdrew from the deal": called off, no deal.
        if (withdrawnBefore(cue.start, clause))
            continue;
        if (isTitle(cue))
            continue;
        switch (cue.cue.kind) {
        case DealCueKind::Invest:
        case DealCueKind::Pledge: {
            // "ha annunciato un round", "a annoncé un tour d'amorçage": the verb tells the
            // status of the raise its object names; the raise reads the relation. So does a
            // raise verb right after it ("ha annunciato di aver raccolto 40 milioni").
            if (cue.cue.kind == DealCueKind::Pledge && c + 1 < cues.size() && cues[c + 1].cue.kind == DealCueKind::Raise
                && (!cues[c + 1].cue.status || subjectBefore(cue.start, clause, Party::Investor).size() == 1)
                && wordsBetween(cue.end, cues[c + 1].start, nullptr, nullptr) <= (cues[c + 1].cue.status ? 3 : 2)
                && firstDealAmountFrom(cue.end) == firstDealAmountFrom(cues[c + 1].start))
                break;
            QList<int> investors = subjectBefore(cue.start, clause, Party::Investor);
            investors.removeIf([&](int e) { return sentenceTargets.contains(e); });
            // "que invierte desde Madrid y Lisboa": a list whose first name a preposition
            // governs is governed as a whole; it is no subject.
            if (!investors.isEmpty() && afterPreposition(m_entities[investors.front()].range.start, false))
                investors.clear();
            // "X aveva promesso 2,5 miliardi al Regno Unito; a febbraio ha annunciato ...": a
            // clause without a subject keeps the one before it.
            if (investors.isEmpty() && !possessiveSubjectBefore(cue.start, clause))
                investors = sentenceInvestors;
            if (investors.isEmpty() && clause > sentence.start) {
                investors = subjectBefore(cue.start, sentence.start, Party::Investor);
                investors.removeIf([&](int e) { return sentenceTargets.contains(e); });
            }
            // "Nach Berichten investiert Amazon 2 Milliarden in X": the subject after the verb;
            // not after a cue that ends in "for", "in" ("a bid for X"): that is its target.
            if (investors.isEmpty() && !m_cues.isTargetWord(m_keys.at(tokenAt(cue.end) - 1))) {
                // Not past a colon: "deux investissements : Lexiva, ..." lists what was bought.
                const int e = firstEntityFrom(cue.end);
                bool mark = false;
                if (e < m_entities.size() && m_entities[e].range.start < segEnd && accepts(e, Party::Investor)
                    && wordsBetween(cue.end, m_entities[e].range.start, &mark, nullptr) == 0 && !mark)
                    investors.append(e);
            }
            // "l'investimento di Microsoft in OpenAI": a noun's "of" names who invests.
            bool owned = !cue.cue.status && investors.size() == 1 && possessesCueAt(investors.front(), cue.start);
            if (investors.isEmpty() && !cue.cue.status) {
                if (const int e = investorOfNoun(cue.end, segEnd); e >= 0) {
                    investors.append(e);
                    owned = true;
                }
            }
            // "Siemens steigt bei Veluma ein. Der Konzern investiert 30 Millionen Euro": an
            // anaphor as the subject of an investing verb is the investor last told.
            if (investors.isEmpty() && thread.currentInvestor >= 0 && anaphorBefore(cue.start, clause))
                investors.append(thread.currentInvestor);
            // Money put in by nobody named is a raise, read by the raise cues.
            if (investors.isEmpty())
                break;
            // "Die Deutsche Bahn, größter Kunde des Unternehmens, zahlte ...", "Vantor, its largest
            // customer, paid ...": a subject its apposition calls a customer pays for what it
            // buys; that is no deal. Only a short apposition right after the name is read.
            if (investors.size() == 1 && customerApposition(investors.front(), cue.start))
                break;
            sentenceInvestors = investors;
            // "cerró la compra de X": after an article the cue is a noun, and the verb the
            // sentence states ("cerró") tells the status, not the verb the noun is spelled as.
            // "Microsoft's investment in OpenAI", "la participation de X dans Y": a holding its
            // investor owns is made, unless the sentence says otherwise.
            const DealCue told = owned ? DealCue{cue.cue.kind, DealStatus::Completed} : cue.cue;
            const DealStatus status = stated && afterDefinite(cue.start) && !owned
                ? statusOf(DealCue{cue.cue.kind, std::nullopt}, false)
                : statusOf(told, false);
            // Amount-target pairs: "2,5 miliardi al Regno Unito, 3,2 miliardi per la Germania".
            QList<QPair<int, int>> pairs;
            for (qsizetype i = firstDealAmountFrom(cue.end), n = 0; i < m_dealAmounts.size() && n < MaxPairs; ++i, ++n) {
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
            // "a purchase of computing capacity": a noun whose "of" names a thing is about that
            // thing; neither the names around it nor the company told are its target.
            if (targets.isEmpty() && !cue.cue.status && nounOfThing(cue.end, segEnd))
                break;
            // "..., and Atomico, which committed $30 million": a participant's share, read
            // with the list it stands in ("Microsoft, che ha investito nella società" is not).
            if (targets.isEmpty() && inRelativeClause(cue.start)) {
                const qsizetype a = firstDealAmountFrom(cue.end);
                if (a < m_dealAmounts.size() && m_dealAmountStarts[a] < segEnd
                    && wordsBetween(cue.end, m_dealAmountStarts[a], nullptr, nullptr) <= 2)
                    break;
            }
            // Verb last ("3 Milliarden Euro in Deutschland zu investieren"): the target
            // stands between the subject and the verb; not after a raise, whose investors
            // stand there ("a levé 12 millions auprès de X").
            if (targets.isEmpty() && !raisedHere && m_entities[investors.back()].range.end < cue.start)
                targets = targetsAfter(m_entities[investors.back()].range.end, cue.start, investors);
            // Verb last with its subject and its object before it ("hat SAP das Start-up Fenrik Labs
            // übernommen", "gab Siemens bekannt, den Anbieter Spurwerk zu übernehmen"): the verb
            // closes its clause, the one name before it is its object and a name before that, in
            // the clause or else the sentence, its subject. No preposition ("mit", "von", "di")
            // governs either, and only a short gap without a relative or a list word parts them
            // ("X, die Siemens übernommen hat": X is the object; "X führte ... und Y beteiligte
            // sich": Y is a subject too).
            if (targets.isEmpty() && !raisedHere && investors.size() == 1 && closesClause(cue.end, sentence.end)
                && m_entities[investors.front()].range.end < cue.start
                && !afterPreposition(m_entities[investors.front()].range.start, true)
                && !afterWithWord(m_entities[investors.front()].range.start)
                && accepts(investors.front(), Party::Target)) {
                const qsizetype objectStart = m_entities[investors.front()].range.start;
                QList<int> subject = subjectBefore(objectStart, clause, Party::Investor);
                if (subject.isEmpty() && clause > sentence.start)
                    subject = subjectBefore(objectStart, sentence.start, Party::Investor);
                if (subject.size() == 1 && !afterPreposition(m_entities[subject.front()].range.start, true)
                    && !afterWithWord(m_entities[subject.front()].range.start)
                    && plainObjectGap(m_entities[subject.front()].range.end, objectStart)) {
                    targets.append(investors.front());
                    investors = subject;
                    sentenceInvestors = investors;
                }
            }
            // Passive with the verb last ("X wurde von Y übernommen"): the name after "von"
            // is the agent, the subject before it the target.
            // So is "Y verhandelt mit X über eine Beteiligung": X's money for Y.
            if (targets.isEmpty() && investors.size() == 1 && m_entities[investors.front()].range.end < cue.start
                && (afterFromWord(m_entities[investors.front()].range.start)
                    || afterWithWord(m_entities[investors.front()].range.start))) {
                const QList<int> subject = subjectBefore(m_entities[investors.front()].range.start, clause, Party::Target);
                if (!subject.isEmpty() && !afterFromWord(m_entities[subject.back()].range.start))
                    targets.append(subject.back());
            }
            // "investiert 40 Millionen in ein neues Rechenzentrum in Bayern": after an object of
            // its own, a place only says where that object is.
            if (targets.size() == 1 && m_entities[targets.front()].type == EntityType::Place
                && namesOtherObject(cue.end, m_entities[targets.front()].range.start))
                targets.clear();
            // The round or company the text is about, for "Thrive put in $1.2bn" after the
            // round's sentence; only with an amount or a verb that says what happened.
            // Not when the verb names an object of its own.
            const bool fallback = targets.isEmpty();
            // A country told about takes the money for anything built there.
            // A country's money goes to the company told only where the text names it ("Arabia
            // Saudí invertirá 5.000 millones en centros de datos" is not the start-up's round).
            const bool placesOnly = std::all_of(investors.cbegin(), investors.cend(),
                                                [&](int e) { return m_entities[e].type == EntityType::Place; });
            if (fallback && thread.currentTarget >= 0 && !investors.isEmpty()
                && (m_entities[thread.currentTarget].type == EntityType::Place
                    || (!placesOnly && !verbNamesOtherObject(cue, segEnd, clause)
                        && !countedObjectAfter(cue.end, segEnd))))
                targets.append(thread.currentTarget);
            const bool single = investors.size() <= 1 && targets.size() <= 1;
            const int ownedAmount = owned && investors.size() == 1 ? possessedAmount(investors.front(), cue.start) : -1;
            const int amount = !single ? -1 : ownedAmount >= 0 ? ownedAmount : amountNear(cue.end, segEnd, clause);
            if (cue.cue.kind == DealCueKind::Pledge && amountNear(cue.end, segEnd, clause) < 0)
                break;
            if (fallback && amount < 0 && !cue.cue.status)
                break;
            const int investor = investors.isEmpty() ? -1 : investors.front();
            // "aveva investito 15 milioni nella società" with no company told: a recipient the
            // text names but the reader cannot resolve is not "no recipient".
            if (targets.isEmpty() && namesAnaphorObject(cue.end, segEnd))
                break;
            if (targets.isEmpty()) {
                // A fund's commitment with no recipient named ("CDP investirà un miliardo");
                // a country without a recipient is more often where the money goes. Joint
                // sponsors of one programme each commit it ("X et Y lancent 500 millions").
                const int joint = single ? amount : amountNear(cue.end, segEnd, clause);
                if ((cue.cue.status || stated || modalityBefore(cue.end)) && joint >= 0) {
                    for (int inv : std::as_const(investors)) {
                        if (m_entities[inv].type != EntityType::Place)
                            addDeal(inv, -1, joint, status, cue.cue.kind);
                    }
                } else if (single && (cue.cue.status || stated || modalityBefore(cue.end))
                           && m_entities[investor].type != EntityType::Place) {
                    addDeal(investor, -1, amount, status, cue.cue.kind);
                }
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
            thread.currentInvestor = investors.size() == 1 ? investors.front() : -1;
            // Ellipsis: "Microsoft added $750 million, SoftBank $500m and Nvidia $100 million".
            if (amount >= 0 && targets.size() == 1) {
                for (int e = firstEntityFrom(m_amounts[amount].range.end), n = 0; e < m_entities.size() && n < MaxEllipsis;
                     ++e, ++n) {
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
            // "nachdem X und Y sich an einer ersten Runde beteiligt hatten": with the verb last, a
            // round noun right before a joining or investing verb is that verb's object; the
            // subject raises nothing.
            if (!cue.cue.status && c + 1 < cues.size() && cues[c + 1].cue.status
                && (cues[c + 1].cue.kind == DealCueKind::Joined || cues[c + 1].cue.kind == DealCueKind::Invest)) {
                bool mark = false;
                if (wordsBetween(cue.end, cues[c + 1].start, &mark, nullptr) <= 2 && !mark)
                    break;
            }
            // "ha incassato 14 milioni di euro da Enel grazie a un contratto": money a verb of
            // raising takes in as revenue is income from a customer, not a deal.
            if (cue.cue.status && !roundWord
                && incomeWordIn(std::max(clause, c > 0 ? cues[c - 1].end : clause),
                                std::min(segEnd, clauseEnd(cue.end))))
                break;
            QList<int> subject = subjectBefore(cue.start, clause, Party::Company);
            subject.removeIf([&](int e) { return sentenceInvestors.contains(e); });
            // "Pigment hat 40 Millionen Euro von Earlybird und Project A eingesammelt": with the
            // verb last, the names after "von" bring the money and the subject stands before them.
            QList<int> agentsBefore;
            if (!subject.isEmpty() && afterFromWord(m_entities[subject.front()].range.start)) {
                QList<int> before = subjectBefore(m_entities[subject.front()].range.start, clause, Party::Company);
                if (!before.isEmpty() && !afterPreposition(m_entities[before.front()].range.start, true)) {
                    agentsBefore = subject;
                    subject = before;
                }
            }
            // "ex ricercatori di Google DeepMind e Meta, la società aveva raccolto": a name
            // after a preposition is not the one raising.
            if (!subject.isEmpty() && afterPreposition(m_entities[subject.front()].range.start, true))
                subject.clear();
            // "Al round di Pigment hanno partecipato X e Y": a round noun's "of" names the company raising.
            if (subject.isEmpty() && !cue.cue.status) {
                const int e = firstEntityFrom(cue.end);
                if (e < m_entities.size() && m_entities[e].range.start < segEnd && accepts(e, Party::Company)
                    && afterOfWord(m_entities[e].range.start) && wordsBetween(cue.end, m_entities[e].range.start, nullptr, nullptr) == 1)
                    subject.append(e);
            }
            // "when it raised $1 billion", "la società ha raccolto": the company told about.
            // A round already told of it is only recalled ("the company was raising $3
            // billion"): its investors count, not a second status.
            bool recalled = false;
            // "sammelte das Unternehmen 30 Millionen ein", "erhält der Softwareanbieter X": with
            // the verb second, the subject follows it.
            int inverted = -1;
            if (subject.isEmpty() && cue.cue.status)
                inverted = subjectAfterVerb(cue.end, segEnd);
            // "X se retiró de una ronda, y la empresa cerró una ampliación": "and the company"
            // opens a clause of its own about the company told.
            if (anaphorJoinedBetween(subject.isEmpty() ? clause : m_entities[subject.back()].range.end, cue.start))
                subject.clear(), inverted = AnaphorAfterVerb;
            if (inverted >= 0) {
                subject.append(inverted);
            } else if (subject.isEmpty() && (anaphorBefore(cue.start, clause) || inverted == AnaphorAfterVerb)) {
                // "Kernwerk: Das Kölner Startup erhält ...": a roundup's item names its company
                // before the colon, whatever the item before it was about.
                const int opener = clause > sentence.start ? leadingCompany(s) : -1;
                const int told = opener >= 0 && m_entities[opener].range.end <= clause ? opener
                    : thread.currentTarget >= 0                                         ? thread.currentTarget
                                                                                         : leadingCompany(s - 1);
                if (told >= 0 && accepts(told, Party::Company)) {
                    subject.append(told);
                    recalled = thread.raisedTarget == told;
                }
            }
            // "SoftBank potrà ridurre il suo impegno e il round scenderebbe a 20 miliardi": a
            // round noun after "and the" opens a clause of its own, whose subject is the round
            // told; the name before it raises nothing.
            if (!cue.cue.status && afterDefinite(cue.start) && listWordBeforeArticle(cue.start)) {
                if (thread.raisedTarget < 0)
                    break;
                subject = {thread.raisedTarget};
                recalled = true;
            }
            if (subject.isEmpty())
                break;
            // "ha raccolto 40 milioni in un round": the noun repeats the verb's relation;
            // "Y, der die Runde mit X ergänzt": a relative clause speaks of a round told.
            // "X raised $675 million, and the rival Y is seeking $1 billion": a new subject
            // raises on its own.
            if (!cue.cue.status
                && ((raisedHere && m_entities[subject.back()].canonical == m_entities[raisedTargetHere].canonical)
                    || inRelativeClause(cue.start)))
                break;
            // "Perplexity tratta con Accel un round": the name after "con" brings the money.
            // "Brindle competes with Tractable, which raised": a relative clause's verb tells of
            // the name before it, which raises on its own.
            int withParty = -1;
            if (afterWithWord(m_entities[subject.back()].range.start) && !inRelativeClause(cue.start)) {
                const QList<int> before = subjectBefore(m_entities[subject.back()].range.start, clause, Party::Company);
                if (!before.isEmpty()) {
                    withParty = subject.back();
                    subject = before;
                }
            }
            const int target = subject.back();
            const DealStatus status = statusOf(cue.cue, false);
            const int amount = amountNear(cue.end, segEnd, clause);
            // "Earlybird soll die Runde anführen": "the round" with no money of its own recalls
            // the round told; its subject is no company raising.
            if (!cue.cue.status && amount < 0 && withParty < 0 && !recalled && afterDefinite(cue.start)
                && thread.currentTarget >= 0 && thread.currentTarget != target)
                break;
            if (!recalled)
                addDeal(-1, target, amount, status, cue.cue.kind);
            if (withParty >= 0 && accepts(withParty, Party::Investor))
                addDeal(withParty, target, -1, status, DealCueKind::Lead);
            for (int inv : std::as_const(agentsBefore)) {
                if (accepts(inv, Party::Investor))
                    addDeal(inv, target, agentsBefore.size() == 1 ? amountRightAfter(inv, segEnd, 0) : -1, status,
                            DealCueKind::Lead);
            }
            // "raised $2bn from X and Y"; "cerró una ampliación de 8 millones con X y Y": a name
            // right after "with" brings money too.
            for (qsizetype i = tokenAt(cue.end); i < m_in.tokens.size() && m_in.tokens[i].start < segEnd; ++i) {
                if (m_in.tokens[i].kind != TokenKind::Word)
                    continue;
                const bool from = m_cues.isFromWord(m_keys.at(i));
                if (!from && !m_cues.isWithWord(m_keys.at(i)))
                    continue;
                // "15 millions d'euros": a from word inside the amount is its currency's.
                if (const qsizetype inside = firstDealAmountFrom(m_in.tokens[i].start + 1) - 1;
                    inside >= 0 && m_amounts[m_dealAmounts[inside]].range.end > m_in.tokens[i].start)
                    continue;
                // "una ampliación de capital, de 8 millones, con X": a "de" before the amount
                // gives its size, not its source.
                const qsizetype a = firstDealAmountFrom(m_in.tokens[i].end);
                if (from && a < m_dealAmounts.size() && m_dealAmountStarts[a] < segEnd
                    && wordsBetween(m_in.tokens[i].end, m_dealAmountStarts[a], nullptr, nullptr) == 0) {
                    i = tokenAt(m_amounts[m_dealAmounts[a]].range.end) - 1; // past "de dollars"
                    continue;
                }
                const QList<int> investors = listAfter(m_in.tokens[i].end, segEnd, from ? 2 : 0, Party::Investor);
                // "a reçu 3 millions d'euros de la part de X": the source follows the last "from"
                // word of a short chain.
                if (from && investors.isEmpty() && fromWordSoon(i, segEnd))
                    continue;
                for (int inv : investors)
                    addDeal(inv, target, relativeAmount(inv, sentence.end), status, DealCueKind::Lead);
                if (from || !investors.isEmpty())
                    break;
            }
            thread.currentTarget = target;
            thread.raisedTarget = target;
            if (!recalled && (cue.cue.status || !raisedHere))
                thread.roundStatus = status;
            raisedHere = true;
            raisedTargetHere = target;
            break;
        }
        case DealCueKind::Alongside: {
            // "X invested in Y alongside Z": Z's money goes where the sentence's last deal
            // went; without one ("un progetto annunciato insieme a X") it is no deal.
            if (out.size() == sentenceFirstDeal || out.last().target < 0)
                break;
            const DealCandidate told = out.last();
            for (int inv : listAfter(cue.end, sentence.end, 2, Party::Investor)) {
                if (inv != told.investor)
                    addDeal(inv, told.target, relativeAmount(inv, sentence.end), told.status, DealCueKind::Lead);
            }
            break;
        }
        case DealCueKind::Lead: {
            if (thread.currentTarget < 0)
                break;
            const DealStatus status = statusOf(cue.cue, true);
            for (int inv : listAfter(cue.end, sentence.end, MaxWordsToListStart, Party::Investor))
                addDeal(inv, thread.currentTarget, participantAmount(inv, sentence.end, 2), status, cue.cue.kind);
            break;
        }
        case DealCueKind::Backed: {
            QList<int> subject = subjectBefore(cue.start, clause, Party::Target);
            const int target = subject.isEmpty() ? thread.currentTarget : subject.back();
            if (target < 0)
                break;
            const DealStatus status =
                modalityBefore(cue.end).value_or(cue.cue.status.value_or(DealStatus::Completed));
            const QList<int> investors = listAfter(cue.end, segEnd, 4, Party::Investor);
            for (int inv : investors) {
                // "was acquired by X for $420 million": a lone agent's price follows its name.
                const int own = relativeAmount(inv, sentence.end);
                addDeal(inv, target, own >= 0 || investors.size() > 1 ? own : amountRightAfter(inv, segEnd, 1), status,
                        cue.cue.kind);
            }
            break;
        }
        case DealCueKind::Joined: {
            // "Nvidia e Samsung hanno partecipato al round di X": the target may follow.
            QList<int> investors = subjectBefore(cue.start, clause, Party::Participant);
            // "All'operazione hanno partecipato anche X e Y", "y en ella han participado también
            // X, Y y Z": the subject after the verb, right after it or behind "also".
            QList<int> later = listAfter(cue.end, segEnd, investors.isEmpty() ? MaxWordsToListStart : 2,
                                         Party::Investor);
            // "joined G42's board": the possessive's noun is what was joined.
            later.removeIf([&](int e) { return ownsNoun(e); });
            // "X led the round and Y joined": a name right before the next verb is its subject,
            // neither a participant after the first nor its target.
            auto subjectOfNext = [&](int e) {
                for (qsizetype d = c + 1; d < cues.size(); ++d) {
                    if (cues[d].start >= m_entities[e].range.end)
                        return cues[d].cue.status
                            && wordsBetween(m_entities[e].range.end, cues[d].start, nullptr, nullptr) == 0;
                }
                return false;
            };
            later.removeIf(subjectOfNext);
            // "X joined OpenAI's round" names the target right after the verb; a list behind
            // "también" or after a comma-closed subject names more participants.
            bool postVerbal = investors.isEmpty();
            if (!postVerbal && !later.isEmpty() && !afterPreposition(m_entities[later.front()].range.start, true)) {
                bool comma = false;
                const int gap = wordsBetween(m_entities[investors.back()].range.end, cue.start, &comma, nullptr);
                postVerbal = (comma && gap > 0)
                    || wordsBetween(cue.end, m_entities[later.front()].range.start, nullptr, nullptr) > 0;
            }
            if (postVerbal) {
                for (int inv : later)
                    addDeal(inv, thread.currentTarget, participantAmount(inv, sentence.end, 3), statusOf(cue.cue, true),
                            cue.cue.kind);
                break;
            }
            sentenceInvestors = investors;
            QList<int> after = targetsAfter(cue.end, segEnd, investors);
            after.removeIf(subjectOfNext);
            const int target = after.isEmpty() ? thread.currentTarget : after.front();
            // "X's engineers will join the AI unit in Toronto": one joins a company's round,
            // never a place.
            if (target < 0 || (!after.isEmpty() && m_entities[target].type == EntityType::Place))
                break;
            const DealStatus status = statusOf(cue.cue, after.isEmpty());
            // The one participant's money right after it, or the size of the round its cue names,
            // behind a link word ("führt eine Finanzierungsrunde über 50 Millionen Euro ... an",
            // "guida un round da 50 milioni").
            int amount = investors.size() == 1 ? amountRightAfter(investors.front(), segEnd, 3) : -1;
            if (amount < 0 && investors.size() == 1)
                amount = amountWithin(cue.end, segEnd, 2);
            for (int inv : std::as_const(investors))
                addDeal(inv, target, investors.size() == 1 ? amount : -1, status, cue.cue.kind);
            break;
        }
        case DealCueKind::Ignore:
        case DealCueKind::Receive: // read as a raise or dropped when the cues are gathered
            break;
        case DealCueKind::Sell: {
            // "Aruba, che ha ceduto una quota del suo ramo data center al fondo Eurazeo": the
            // company selling a stake of itself takes the buyer's money; a relative clause's
            // verb tells of the name before its comma, even after "di".
            int seller = -1;
            if (inRelativeClause(cue.start)) {
                const int e = firstEntityFrom(cue.start) - 1;
                if (e >= 0 && m_entities[e].range.start >= sentence.start && accepts(e, Party::Company)
                    && wordsBetween(m_entities[e].range.end, cue.start, nullptr, nullptr) <= 2)
                    seller = e;
            } else if (const QList<int> subject = subjectBefore(cue.start, clause, Party::Company); !subject.isEmpty()) {
                seller = subject.back();
            }
            if (seller < 0)
                break;
            // The buyer follows a "to" word ("al fondo", "to", "à", "an").
            QList<int> buyers;
            for (qsizetype i = tokenAt(cue.end); i < m_in.tokens.size() && m_in.tokens[i].start < segEnd; ++i) {
                if (m_in.tokens[i].kind == TokenKind::Word && m_cues.isTargetWord(m_keys.at(i))) {
                    buyers = listAfter(m_in.tokens[i].end, segEnd, 2, Party::Investor);
                    if (!buyers.isEmpty())
                        break;
                }
            }
            const DealStatus status = statusOf(cue.cue, false);
            const int amount = amountNear(cue.end, segEnd, clause);
            for (int buyer : std::as_const(buyers))
                addDeal(buyer, seller, buyers.size() == 1 ? amount : -1, status, cue.cue.kind);
            if (!buyers.isEmpty())
                thread.currentTarget = seller;
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
