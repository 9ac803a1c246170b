#include "core/chart/chartlabels.h"

#include "core/extract/tsvtable.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/ucurr.h>

namespace dealdesk {
namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

QString formatDate(const icu::DateFormat *f, QDate date)
{
    if (!f || !date.isValid())
        return date.toString(Qt::ISODate);
    // Noon UTC of the day, formatted in UTC: no time zone moves it to another day.
    const UDate when = double(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    icu::UnicodeString out;
    f->format(when, out);
    return fromIcu(out);
}

QHash<Qualifier, QString> qualifierWords(const QString &locale)
{
    QHash<Qualifier, QString> words;
    QStringList errors;
    const auto table = TsvTable::loadReporting(lexiconPath(QStringLiteral("common"), QStringLiteral("chart_qualifiers")),
                                               &errors);
    if (!table) {
        qWarning().noquote() << errors.join(u'\n');
        return words;
    }
    const QString language = locale.left(2);
    const QString column = table->column(language) >= 0 ? language : QStringLiteral("en");
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        if (const auto q = qualifierFromString(table->value(r, QStringLiteral("qualifier"))))
            words.insert(*q, table->value(r, column));
    }
    return words;
}

// The language's newsroom abbreviations for ICU's compact words; none without a file.
QList<QPair<QString, QString>> compactWords(const QString &locale)
{
    QList<QPair<QString, QString>> words;
    const QString path = lexiconPath(locale.section(u'-', 0, 0).section(u'_', 0, 0), QStringLiteral("chart_compact"));
    if (!QFile::exists(path))
        return words;
    QString error;
    const auto table = TsvTable::load(path, &error);
    if (!table) {
        qWarning().noquote() << error;
        return words;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        words.append({table->value(r, QStringLiteral("icu")), table->value(r, QStringLiteral("newsroom"))});
    return words;
}

// `from` replaced by `to` where it stands as a word (not inside another).
void replaceWord(QString &text, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return;
    qsizetype at = 0;
    while ((at = text.indexOf(from, at)) >= 0) {
        const qsizetype end = at + from.size();
        if ((at > 0 && text[at - 1].isLetter()) || (end < text.size() && text[end].isLetter())) {
            at = end;
            continue;
        }
        text.replace(at, from.size(), to);
        at += to.size();
    }
}

} // namespace

struct ChartLabels::Icu
{
    icu::number::LocalizedNumberFormatter money;
    std::unique_ptr<icu::DateFormat> day, month, quarter, year, dayInWords, monthInWords;
};

ChartLabels::ChartLabels(const QString &locale, const QString &currency)
    : m_icu(std::make_unique<Icu>()), m_locale(locale), m_currency(currency), m_words(qualifierWords(locale)),
      m_compact(compactWords(locale))
{
    const icu::Locale icuLocale(locale.toLatin1().constData());
    UErrorCode status = U_ZERO_ERROR;
    const icu::CurrencyUnit unit(toIcu(currency.isEmpty() ? QStringLiteral("XXX") : currency).getTerminatedBuffer(),
                                 status);
    // Three significant digits: "$1.25B" and "$125B", never "$125.3B".
    m_icu->money = icu::number::NumberFormatter::withLocale(icuLocale)
                       .notation(icu::number::Notation::compactShort())
                       .unit(U_SUCCESS(status) ? unit : icu::CurrencyUnit())
                       .precision(icu::number::Precision::maxSignificantDigits(3));
    auto skeleton = [&](const char16_t *s) {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::DateFormat> f(icu::DateFormat::createInstanceForSkeleton(icu::UnicodeString(s), icuLocale, st));
        if (f)
            f->setTimeZone(*icu::TimeZone::getGMT());
        return f;
    };
    m_icu->day = skeleton(u"yMMMd");
    m_icu->month = skeleton(u"yMMM");
    m_icu->quarter = skeleton(u"yQQQ");
    m_icu->year = skeleton(u"y");
    m_icu->dayInWords = skeleton(u"yMMMMd");
    m_icu->monthInWords = skeleton(u"yMMMM");
}

ChartLabels::~ChartLabels() = default;

QString ChartLabels::money(double value) const
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString s = m_icu->money.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return QString::number(value, 'g', 3);
    QString out = fromIcu(s);
    for (const auto &[icuWord, newsroom] : m_compact)
        replaceWord(out, icuWord, newsroom);
    return out;
}

QString ChartLabels::amount(double low, double high, Qualifier qualifier) const
{
    if (low != high)
        return money(low) + u'–' + money(high);
    const QString word = m_words.value(qualifier);
    return word.isEmpty() ? money(low) : word + u' ' + money(low);
}

QString ChartLabels::period(QDate date, TimeGrain grain) const
{
    return formatDate(grain == TimeGrain::Day       ? m_icu->day.get()
                      : grain == TimeGrain::Month   ? m_icu->month.get()
                      : grain == TimeGrain::Quarter ? m_icu->quarter.get()
                                                    : m_icu->year.get(),
                      date);
}

QString ChartLabels::periodInWords(QDate date, TimeGrain grain) const
{
    if (grain == TimeGrain::Day)
        return formatDate(m_icu->dayInWords.get(), date);
    if (grain == TimeGrain::Month)
        return formatDate(m_icu->monthInWords.get(), date);
    return period(date, grain);
}

QString ChartLabels::currencyName() const
{
    return currencyName(m_currency);
}

QString ChartLabels::currencyName(const QString &code) const
{
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const QByteArray locale = m_locale.toLatin1();
    const UChar *name = ucurr_getPluralName(reinterpret_cast<const UChar *>(code.utf16()), locale.constData(),
                                            nullptr, "other", &length, &status);
    if (U_FAILURE(status) || !name)
        return code;
    return QString(reinterpret_cast<const QChar *>(name), length);
}

QDate periodStart(QDate date, TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::Day:
        return date;
    case TimeGrain::Month:
        return QDate(date.year(), date.month(), 1);
    case TimeGrain::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimeGrain::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate nextPeriod(QDate date, TimeGrain grain)
{
    const QDate start = periodStart(date, grain);
    switch (grain) {
    case TimeGrain::Day:
        return start.addDays(1);
    case TimeGrain::Month:
        return start.addMonths(1);
    case TimeGrain::Quarter:
        return start.addMonths(3);
    case TimeGrain::Year:
        return start.addYears(1);
    }
    return start;
}

} // namespace dealdesk
