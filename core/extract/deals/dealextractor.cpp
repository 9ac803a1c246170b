#include "core/extract/deals/dealextractor.h"

#include "core/extract/deals/dealsentencereader.h"
#include "core/extract/extractioninput.h"

#include <QSet>

#include <algorithm>

namespace dealdesk {
namespace {

// When one article states a relation several times, the strongest status wins: talks and
// announcements are news, a past "invested" often recalls an older stake, and a plan or a
// rumour is what a later sentence firms up.
int mergeRank(DealStatus s)
{
    switch (s) {
    case DealStatus::InTalks: return 5;
    case DealStatus::Announced: return 4;
    case DealStatus::Completed: return 3;
    case DealStatus::Planned: return 2;
    case DealStatus::Rumored: return 1;
    }
    return 0;
}

QString dealDate(const ExtractionInput &in, const QList<DateMention> &dates, TextRange sentence, DealStatus status)
{
    // Dates come in text order: find the first one in the sentence by bisection.
    auto it = std::lower_bound(dates.cbegin(), dates.cend(), sentence.start,
                               [](const DateMention &d, qsizetype pos) { return d.range.start < pos; });
    for (; it != dates.cend() && it->range.start < sentence.end; ++it) {
        if (it->grain != DateGrain::Duration)
            return it->value;
    }
    // The article's date is a fair default for news of talks and announcements.
    return status == DealStatus::Completed ? QString() : in.published.left(10);
}

} // namespace

DealExtractor::DealExtractor(const QStringList &languages, QStringList *errors)
{
    for (const QString &lang : languages)
        m_cues.insert(lang, DealCues(lang, errors));
}

QList<Deal> DealExtractor::extract(const ExtractionInput &input, const QList<EntityMention> &entities,
                                   const QList<Amount> &amounts, const QList<DateMention> &dates) const
{
    auto cuesIt = m_cues.constFind(input.language);
    if (cuesIt == m_cues.cend())
        cuesIt = m_cues.constFind(QStringLiteral("en"));
    if (cuesIt == m_cues.cend() || entities.isEmpty())
        return {};
    const DealSentenceReader reader(input, *cuesIt, entities, amounts);

    QList<DealCandidate> candidates;
    DealThread thread;
    QSet<int> usedAmounts;
    for (qsizetype s = 0; s < input.sentences.size(); ++s) {
        const qsizetype before = candidates.size();
        reader.read(s, thread, candidates);
        for (qsizetype c = before; c < candidates.size(); ++c)
            usedAmounts.insert(candidates[c].amount);
        if (candidates.size() != before || before == 0)
            continue;
        // "... a new investment in OpenAI. People familiar with the talks put it at $10
        // billion.": an amount alone in the next sentence belongs to the deal before it.
        DealCandidate &last = candidates.last();
        if (last.sentence != s - 1 || last.amount >= 0 || last.investor < 0 || last.target < 0
            || (last.kind != DealCueKind::Invest && last.kind != DealCueKind::Pledge))
            continue;
        if (before >= 2 && candidates[before - 2].sentence == s - 1)
            continue; // several deals before: the amount could be anyone's
        for (int a : reader.dealAmountsIn(input.sentences[s])) {
            if (!usedAmounts.contains(a)) {
                last.amount = a;
                usedAmounts.insert(a);
                break;
            }
        }
    }

    // One deal per (investor, target): the first amount given, the strongest status. A
    // headline speaks in the present ("raccoglie", "raises") of what the body may tell as
    // done: the body's status wins unless it is only a plan or a rumour.
    qsizetype textStart = 0;
    while (textStart < input.text.size() && input.text[textStart].isSpace())
        ++textStart;
    const qsizetype titleEnd = input.text.indexOf(u'\n', textStart);
    auto inTitle = [&](const DealCandidate &c) {
        return titleEnd > 0 && input.sentences[c.sentence].start < titleEnd;
    };
    QList<Deal> out;
    QList<std::optional<DealStatus>> titleStatus, bodyStatus;
    // At most one deal per candidate: reserved once, not grown append by append.
    out.reserve(candidates.size());
    titleStatus.reserve(candidates.size());
    bodyStatus.reserve(candidates.size());
    // The deal of each (investor, target): an article has a few, found by a scan of `out`;
    // past `linearDeals` of them by a hash built then, so a long list stays linear.
    constexpr qsizetype linearDeals = 16;
    QHash<QPair<QString, QString>, qsizetype> index;
    auto findDeal = [&](const QString &investor, const QString &target) -> qsizetype {
        if (out.size() <= linearDeals) {
            const Deal *deals = out.constData();
            for (qsizetype n = 0; n < out.size(); ++n) {
                if (deals[n].investor == investor && deals[n].target == target)
                    return n;
            }
            return -1;
        }
        if (index.isEmpty()) {
            for (qsizetype n = 0; n < out.size(); ++n)
                index.insert({out[n].investor, out[n].target}, n);
        }
        return index.value({investor, target}, -1);
    };
    for (const DealCandidate &c : std::as_const(candidates)) {
        const QString investor = c.investor >= 0 ? entities[c.investor].canonical : QString();
        const QString target = c.target >= 0 ? entities[c.target].canonical : QString();
        const TextRange sentence = input.sentences[c.sentence];
        qsizetype at = findDeal(investor, target);
        if (at < 0) {
            Deal d;
            d.investor = investor;
            d.target = target;
            if (c.amount >= 0)
                d.money = amounts[c.amount].money;
            d.status = c.status;
            d.date = dealDate(input, dates, sentence, c.status);
            d.evidence = sentence;
            at = out.size();
            if (!index.isEmpty())
                index.insert({investor, target}, at);
            out.append(d);
            titleStatus.append(std::nullopt);
            bodyStatus.append(std::nullopt);
        }
        Deal &d = out[at];
        if (!d.money && c.amount >= 0)
            d.money = amounts[c.amount].money;
        std::optional<DealStatus> &merged = inTitle(c) ? titleStatus[at] : bodyStatus[at];
        if (!merged || mergeRank(c.status) > mergeRank(*merged))
            merged = c.status;
    }
    for (qsizetype n = 0; n < out.size(); ++n) {
        const auto body = bodyStatus[n];
        const bool firm = body && (*body == DealStatus::Completed || *body == DealStatus::InTalks
                                   || *body == DealStatus::Announced);
        out[n].status = firm || !titleStatus[n] ? body.value_or(out[n].status) : *titleStatus[n];
    }
    return out;
}

} // namespace dealdesk
