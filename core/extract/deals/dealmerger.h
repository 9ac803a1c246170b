#pragma once
// Cross-article merging of deals: the same relation reported by several articles (same
// parties once names are normalised, amounts within a tolerance or overlapping ranges,
// dates compatible at their grain) becomes one merged deal listing its sources. A pure
// function over values; the store and the `dealdesk deals` command call it.

#include "core/extract/findings.h"

#include <QList>
#include <QString>

#include <optional>

namespace dealdesk {

// One deal as one article states it.
struct SourcedDeal
{
    Deal deal;
    QString articleId;
    QString evidence; // the sentence that states it, for showing the source
    friend bool operator==(const SourcedDeal &, const SourcedDeal &) = default;
};

struct DealSource
{
    QString articleId;
    QString evidence;
    DealStatus status = DealStatus::Announced;
    std::optional<Money> money;
    QString date;
    friend bool operator==(const DealSource &, const DealSource &) = default;
};

struct MergedDeal
{
    QString investor; // canonical names as the first source spells them; empty when none
    QString target;
    std::optional<Money> money; // the most precise amount the sources give
    DealStatus status = DealStatus::Announced; // the most advanced status reported
    QString date;                              // the most precise date reported
    QList<DealSource> sources;                 // in input order
    friend bool operator==(const MergedDeal &, const MergedDeal &) = default;
};

struct DealMergeOptions
{
    double amountTolerance = 0.10; // relative: 10 and 10.9 billion are one amount
    int maxDaysApart = 92;         // dates further apart than this are two deals
};

// Merges `deals` in input order: each joins the first merged deal it is compatible with.
[[nodiscard]] QList<MergedDeal> mergeDeals(const QList<SourcedDeal> &deals, const DealMergeOptions &options = {});

// The key names are compared on: lower case, no punctuation, no accents, no corporate
// suffix ("SoftBank Group Corp." and "Softbank" are one).
[[nodiscard]] QString dealPartyKey(const QString &name);
[[nodiscard]] bool amountsCompatible(const std::optional<Money> &a, const std::optional<Money> &b, double tolerance);
[[nodiscard]] bool datesCompatible(const QString &a, const QString &b, int maxDaysApart);

} // namespace dealdesk
