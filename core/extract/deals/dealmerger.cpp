#include "core/extract/deals/dealmerger.h"

#include "core/extract/entities/textfold.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dealdesk {
namespace {

// Later news firms a deal up: a closing beats an announcement, which beats talks, plans
// and rumours.
int progress(DealStatus s)
{
    switch (s) {
    case DealStatus::Completed: return 5;
    case DealStatus::Announced: return 4;
    case DealStatus::InTalks: return 3;
    case DealStatus::Planned: return 2;
    case DealStatus::Rumored: return 1;
    }
    return 0;
}

// The first and last day an ISO date at its grain covers: "2025" is the whole year.
std::optional<std::pair<QDate, QDate>> period(const QString &iso)
{
    const QString day = iso.left(10);
    if (day.size() == 10) {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        return d.isValid() ? std::optional(std::pair{d, d}) : std::nullopt;
    }
    if (day.size() == 7 && day[4] == u'-' && day.at(5) != u'Q') {
        const QDate d = QDate::fromString(day + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? std::optional(std::pair{d, d.addMonths(1).addDays(-1)}) : std::nullopt;
    }
    if (day.size() == 7 && day.mid(5, 1) == u"Q") {
        const int year = day.left(4).toInt();
        const int q = day.mid(6, 1).toInt();
        if (year <= 0 || q < 1 || q > 4)
            return std::nullopt;
        const QDate d(year, (q - 1) * 3 + 1, 1);
        return std::pair{d, d.addMonths(3).addDays(-1)};
    }
    if (day.size() == 4) {
        const int year = day.toInt();
        return year > 0 ? std::optional(std::pair{QDate(year, 1, 1), QDate(year, 12, 31)}) : std::nullopt;
    }
    return std::nullopt;
}

QSet<QString> corporateSuffixes()
{
    return {QStringLiteral("inc"),  QStringLiteral("corp"), QStringLiteral("corporation"), QStringLiteral("group"),
            QStringLiteral("ltd"),  QStringLiteral("llc"),  QStringLiteral("plc"),         QStringLiteral("spa"),
            QStringLiteral("ag"),   QStringLiteral("sa"),   QStringLiteral("se"),          QStringLiteral("co"),
            QStringLiteral("holdings"), QStringLiteral("gmbh"), QStringLiteral("srl"),     QStringLiteral("sas")};
}

bool moreProminent(const Money &a, const Money &b)
{
    // A point beats a range, a range a bound ("up to", "over").
    auto rank = [](const Money &m) {
        if (m.qualifier == Qualifier::Exact || m.qualifier == Qualifier::Approx)
            return 2;
        return m.qualifier == Qualifier::Range ? 1 : 0;
    };
    return rank(a) > rank(b);
}

} // namespace

QString dealPartyKey(const QString &name)
{
    static const QSet<QString> suffixes = corporateSuffixes();
    const TextFold &fold = TextFold::instance();
    QString lowered = fold.folded(name);
    lowered.replace(QStringLiteral("s.p.a."), QStringLiteral("spa"));
    QStringList words;
    QString word;
    for (QChar c : std::as_const(lowered)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty() && c != u'.') {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    while (words.size() > 1 && suffixes.contains(words.last()))
        words.removeLast();
    return words.join(QString());
}

bool amountsCompatible(const std::optional<Money> &a, const std::optional<Money> &b, double tolerance)
{
    if (!a || !b)
        return true;
    if (a->currency != b->currency)
        return false;
    const double slack = 1.0 + std::max(0.0, tolerance);
    // Ranges widened by the tolerance must overlap: "$15-25bn" and "$25bn" are one deal.
    return a->low <= b->high * slack && b->low <= a->high * slack;
}

bool datesCompatible(const QString &a, const QString &b, int maxDaysApart)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    const auto pa = period(a);
    const auto pb = period(b);
    if (!pa || !pb)
        return true; // an unreadable date says nothing against the match
    const int slack = std::max(0, maxDaysApart);
    return pa->first.addDays(-slack) <= pb->second && pb->first.addDays(-slack) <= pa->second;
}

namespace {

// What every source of one merged deal allows a newcomer to be. Checking a newcomer against
// these bounds is the same as checking it against each source in turn (amountsCompatible,
// datesCompatible: every source must overlap it, so the tightest source decides), in constant
// time: merging 400,000 reports of a 100,000-article corpus went from ten minutes to seconds.
struct SourceBounds
{
    std::optional<QString> currency; // of the sources with an amount (they share one)
    double maxLow = 0, minHigh = 0;
    std::optional<QDate> maxFirst, minLast; // of the sources with a readable date

    [[nodiscard]] bool admits(const std::optional<Money> &money,
                              const std::optional<std::pair<QDate, QDate>> &when,
                              const DealMergeOptions &options) const
    {
        if (money && currency) {
            const double slack = 1.0 + std::max(0.0, options.amountTolerance);
            if (money->currency != *currency || maxLow > money->high * slack || money->low > minHigh * slack)
                return false;
        }
        if (when && maxFirst) {
            const int days = std::max(0, options.maxDaysApart);
            if (maxFirst->addDays(-days) > when->second || when->first.addDays(-days) > *minLast)
                return false;
        }
        return true;
    }

    void add(const std::optional<Money> &money, const std::optional<std::pair<QDate, QDate>> &when)
    {
        if (money) {
            maxLow = currency ? std::max(maxLow, money->low) : money->low;
            minHigh = currency ? std::min(minHigh, money->high) : money->high;
            currency = money->currency;
        }
        if (when) {
            maxFirst = maxFirst ? std::max(*maxFirst, when->first) : when->first;
            minLast = minLast ? std::min(*minLast, when->second) : when->second;
        }
    }
};

} // namespace

QList<MergedDeal> mergeDeals(const QList<SourcedDeal> &deals, const DealMergeOptions &options)
{
    QList<MergedDeal> merged;
    QList<SourceBounds> bounds; // of each merged deal
    // Party keys -> the merged deals with those parties, in the order they were made.
    QHash<QPair<QString, QString>, QList<qsizetype>> byParties;
    for (const SourcedDeal &sd : deals) {
        const Deal &d = sd.deal;
        const auto when = d.date.isEmpty() ? std::nullopt : period(d.date);
        QList<qsizetype> &candidates = byParties[{dealPartyKey(d.investor), dealPartyKey(d.target)}];
        // Joins the first merged deal whose every source it is compatible with: a chain of
        // near amounts must not drift from 10 to 20 billion.
        const auto into = std::find_if(candidates.cbegin(), candidates.cend(), [&](qsizetype m) {
            return bounds[m].admits(d.money, when, options);
        });
        const DealSource source{sd.articleId, sd.evidence, d.status, d.money, d.date};
        if (into == candidates.cend()) {
            MergedDeal md;
            md.investor = d.investor;
            md.target = d.target;
            md.money = d.money;
            md.status = d.status;
            md.date = d.date;
            md.sources.append(source);
            candidates.append(merged.size());
            merged.append(md);
            SourceBounds first;
            first.add(d.money, when);
            bounds.append(first);
            continue;
        }
        MergedDeal &md = merged[*into];
        bounds[*into].add(d.money, when);
        md.sources.append(source);
        if (d.money && (!md.money || moreProminent(*d.money, *md.money)))
            md.money = d.money;
        if (progress(d.status) > progress(md.status))
            md.status = d.status;
        if (d.date.size() > md.date.size())
            md.date = d.date;
    }
    return merged;
}

} // namespace dealdesk
