#include "core/extract/dates/datecalendar.h"

namespace dealdesk::datecalendar {

int yearOfMonth(int month, QDate reference, Tense tense)
{
    const int y = reference.year();
    if (tense == Tense::Future)
        return month >= reference.month() ? y : y + 1;
    return month <= reference.month() ? y : y - 1;
}

int yearOfModMonth(int month, QDate reference, int mod)
{
    const int y = reference.year();
    if (mod < 0)
        return month < reference.month() ? y : y - 1;
    if (mod > 0)
        return month > reference.month() ? y : y + 1;
    return y;
}

int yearOfDay(int month, int day, QDate reference, Tense tense)
{
    const int y = reference.year();
    const bool notAfter = month < reference.month() || (month == reference.month() && day <= reference.day());
    const bool notBefore = month > reference.month() || (month == reference.month() && day >= reference.day());
    if (tense == Tense::Future)
        return notBefore ? y : y + 1;
    return notAfter ? y : y - 1;
}

QDate weekday(int dayOfWeek, QDate reference, Tense tense)
{
    if (tense == Tense::Future) {
        const int ahead = (dayOfWeek - reference.dayOfWeek() + 7) % 7;
        return reference.addDays(ahead == 0 ? 7 : ahead);
    }
    // News says "on Monday" of the day it is published, so the reference day itself counts.
    return reference.addDays(-((reference.dayOfWeek() - dayOfWeek + 7) % 7));
}

QDate modWeekday(int dayOfWeek, QDate reference, int mod)
{
    if (mod < 0) {
        const int back = (reference.dayOfWeek() - dayOfWeek + 7) % 7;
        return reference.addDays(-(back == 0 ? 7 : back));
    }
    const int ahead = (dayOfWeek - reference.dayOfWeek() + 7) % 7;
    if (mod > 0)
        return reference.addDays(ahead == 0 ? 7 : ahead);
    return reference.addDays(ahead);
}

QDate shifted(QDate reference, char16_t unit, int count)
{
    switch (unit) {
    case u'Y': return reference.addYears(count);
    case u'Q': return reference.addMonths(3 * count);
    case u'M': return reference.addMonths(count);
    case u'W': return reference.addDays(7 * qint64(count));
    case u'D': return reference.addDays(count);
    default: return {};
    }
}

QString yearValue(int year) { return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')); }

QString monthValue(int year, int month)
{
    return QStringLiteral("%1-%2").arg(yearValue(year)).arg(month, 2, 10, QLatin1Char('0'));
}

QString quarterValue(int year, int quarter) { return QStringLiteral("%1-Q%2").arg(yearValue(year)).arg(quarter); }

QString dayValue(QDate day) { return day.toString(Qt::ISODate); }

QString durationValue(double count, char16_t unit)
{
    return QStringLiteral("P%1%2").arg(QString::number(count, 'g', 6)).arg(QChar(unit));
}

} // namespace dealdesk::datecalendar
