#pragma once
// Calendar arithmetic of the date reader: where a month, day or weekday without a year falls
// against the article's date, and how values are written (ISO 8601 at their grain).
// Pure functions, so every rule of the spec's "dates" section is tested on its own.

#include "core/extract/dates/datelexicon.h"

#include <QDate>
#include <QString>

namespace dealdesk::datecalendar {

// The year of `month` (1..12): the latest such month not after `reference` for the past,
// the next one not before it for the future.
[[nodiscard]] int yearOfMonth(int month, QDate reference, Tense tense);
// The year of a month named with "last"/"next"/"this" (mod -1, +1, 0): strictly before the
// reference month, strictly after it, or in the reference year.
[[nodiscard]] int yearOfModMonth(int month, QDate reference, int mod);
// The year of a day and month without a year, as yearOfMonth.
[[nodiscard]] int yearOfDay(int month, int day, QDate reference, Tense tense);
// A weekday alone: the latest such day on or before the reference for the past, the next one
// after it for the future. With mod -1 strictly before, +1 strictly after, 0 on or after.
[[nodiscard]] QDate weekday(int dayOfWeek, QDate reference, Tense tense);
[[nodiscard]] QDate modWeekday(int dayOfWeek, QDate reference, int mod);
// The reference moved by `count` units (Y, Q, M, W, D).
[[nodiscard]] QDate shifted(QDate reference, char16_t unit, int count);

[[nodiscard]] QString yearValue(int year);
[[nodiscard]] QString monthValue(int year, int month);
[[nodiscard]] QString quarterValue(int year, int quarter);
[[nodiscard]] QString dayValue(QDate day);
// "P4Y", "P18M", "P3.5Y", "P2W".
[[nodiscard]] QString durationValue(double count, char16_t unit);

} // namespace dealdesk::datecalendar
