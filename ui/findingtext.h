#pragma once
// Findings in words for a reader: the hover text over a highlight ("up to USD 25 bn ·
// investment · in talks") and the fields the inspector lists. Numbers, dates and month
// names come from the locale (CLDR through QLocale), the words from the translations.

#include "core/store/storetypes.h"

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace dealdesk {

// "USD 25 bn", "up to USD 25 bn", "USD 1–2 bn"; in Italian "≤ 25 mld USD".
[[nodiscard]] QString formatMoney(const Money &money, const QLocale &locale = {});
// An ISO 8601 value at its grain for a reader: "30 January 2025", "Q3 2025", "4 years".
[[nodiscard]] QString formatDateValue(const QString &iso, DateGrain grain, const QLocale &locale = {});
[[nodiscard]] QString roleName(MoneyRole role);
// The qualifier and the date grain in the desk's language ("up to", "fino a"), for choosing
// them; the JSON contract's own words (up_to, day) stay in files.
[[nodiscard]] QString qualifierName(Qualifier qualifier);
[[nodiscard]] QString grainName(DateGrain grain);
[[nodiscard]] QString statusName(DealStatus status);
[[nodiscard]] QString stateName(FindingState state);
[[nodiscard]] QString reviewStateName(ReviewState state);

// The deal of `all` whose evidence holds `amount` and whose money is the amount's; or null.
[[nodiscard]] const Deal *dealOfAmount(const Amount &amount, const QList<FindingRecord> &all);

// The one line shown on hover: the normalised value, then what it is. `all` are the article's
// findings, so an amount can name the status of the deal it belongs to.
[[nodiscard]] QString hoverText(const FindingRecord &record, const QList<FindingRecord> &all,
                                const QLocale &locale = {});

// Label and value of every field of a finding, in the order the inspector shows them.
[[nodiscard]] QList<QPair<QString, QString>> findingFields(const FindingRecord &record,
                                                           const QLocale &locale = {});

} // namespace dealdesk
