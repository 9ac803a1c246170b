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

namespace {

// Values are written digit by digit: QString::arg and QDate::toString cost more than reading
// the date did. Out of the ranges below the Qt forms are kept, whatever they write.
void appendTwoDigits(QString &out, int v)
{
    out += QChar(char16_t(u'0' + v / 10));
    out += QChar(char16_t(u'0' + v % 10));
}

} // namespace

QString yearValue(int year)
{
    if (year < 0 || year > 9999)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    const char16_t digits[4] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
                                char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10)};
    return QString(reinterpret_cast<const QChar *>(digits), 4);
}

QString monthValue(int year, int month)
{
    if (month < 0 || month > 99 || year < 0 || year > 9999)
        return QStringLiteral("%1-%2").arg(yearValue(year)).arg(month, 2, 10, QLatin1Char('0'));
    // One allocation: the seven characters are written first, then copied once.
    const char16_t v[7] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
                           char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
                           char16_t(u'0' + month / 10), char16_t(u'0' + month % 10)};
    return QString(reinterpret_cast<const QChar *>(v), 7);
}

QString quarterValue(int year, int quarter)
{
    if (quarter < 0 || quarter > 9)
        return QStringLiteral("%1-Q%2").arg(yearValue(year)).arg(quarter);
    QString v = yearValue(year);
    v.reserve(v.size() + 3);
    v += u"-Q";
    v += QChar(char16_t(u'0' + quarter));
    return v;
}

QString dayValue(QDate day)
{
    if (!day.isValid() || day.year() < 1 || day.year() > 9999)
        return day.toString(Qt::ISODate);
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    QString v = yearValue(year);
    v.reserve(10);
    v += u'-';
    appendTwoDigits(v, month);
    v += u'-';
    appendTwoDigits(v, dayOfMonth);
    return v;
}

QString durationValue(double count, char16_t unit)
{
    // A whole count (most of them) is written digit by digit, as 'g' writes it below 1e6.
    if (count >= 0 && count < 1e6 && count == double(int(count))) {
        char16_t v[9];
        qsizetype n = 0;
        v[n++] = u'P';
        char16_t digits[7];
        int d = 0;
        for (int c = int(count); d == 0 || c > 0; c /= 10)
            digits[d++] = char16_t(u'0' + c % 10);
        while (d > 0)
            v[n++] = digits[--d];
        v[n++] = unit;
        return QString(reinterpret_cast<const QChar *>(v), n);
    }
    QString v = QString::number(count, 'g', 6);
    v.prepend(u'P');
    v += QChar(unit);
    return v;
}

} // namespace dealdesk::datecalendar
