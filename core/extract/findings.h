#pragma once
// What the extractor finds in one article: value types, one per kind of finding, each with
// its UTF-16 range in Article::text. The names of enum values are the JSON contract's
// (../shared/spec/extraction.md); toString/fromString below convert at the edges.

#include "core/text/textrange.h"

#include <QList>
#include <QString>

#include <optional>

namespace dealdesk {

enum class EntityType { Org, Person, Place, Product, Project };
enum class Qualifier { Exact, Approx, UpTo, Over, AtLeast, Under, Almost, Range };
enum class MoneyRole { Investment, Valuation, Revenue, Loss, Spending, Other };
enum class DateGrain { Year, Quarter, Month, Day, DateTime, Duration };
enum class DealStatus { Completed, Announced, InTalks, Planned, Rumored };

struct EntityMention
{
    TextRange range;
    QString text;
    EntityType type = EntityType::Org;
    QString canonical;
    friend bool operator==(const EntityMention &, const EntityMention &) = default;
};

struct Money
{
    QString currency; // ISO 4217
    double low = 0;   // in units of the currency; low == high for a point value
    double high = 0;
    Qualifier qualifier = Qualifier::Exact;
    friend bool operator==(const Money &, const Money &) = default;
};

struct Amount
{
    TextRange range;
    QString text;
    Money money;
    MoneyRole role = MoneyRole::Other;
    friend bool operator==(const Amount &, const Amount &) = default;
};

struct DateMention
{
    TextRange range;
    QString text;
    QString value; // ISO 8601 at its grain: 2019, 2024-08, 2025-01-30, 2025-Q3, P4Y
    DateGrain grain = DateGrain::Year;
    friend bool operator==(const DateMention &, const DateMention &) = default;
};

struct Deal
{
    QString investor; // canonical names; empty when the text names none
    QString target;
    std::optional<Money> money;
    DealStatus status = DealStatus::Announced;
    QString date;      // ISO 8601 at its grain, empty when unknown
    TextRange evidence; // the sentence that states it
    friend bool operator==(const Deal &, const Deal &) = default;
};

struct Findings
{
    QList<EntityMention> entities;
    QList<Amount> amounts;
    QList<DateMention> dates;
    QList<Deal> deals;
    friend bool operator==(const Findings &, const Findings &) = default;
};

[[nodiscard]] QString toString(EntityType);
[[nodiscard]] QString toString(Qualifier);
[[nodiscard]] QString toString(MoneyRole);
[[nodiscard]] QString toString(DateGrain);
[[nodiscard]] QString toString(DealStatus);
[[nodiscard]] std::optional<EntityType> entityTypeFromString(QStringView);
[[nodiscard]] std::optional<Qualifier> qualifierFromString(QStringView);
[[nodiscard]] std::optional<MoneyRole> moneyRoleFromString(QStringView);
[[nodiscard]] std::optional<DateGrain> dateGrainFromString(QStringView);
[[nodiscard]] std::optional<DealStatus> dealStatusFromString(QStringView);

} // namespace dealdesk
