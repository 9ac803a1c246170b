#include "ui/findingtext.h"

#include "ui/findingpalette.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>

namespace dealdesk {
namespace {

// The number at a scale without float noise: 2.5, not 2.4999999999.
QString number(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

enum class Scale { Unit, Million, Billion };

Scale scaleFor(double magnitude)
{
    if (magnitude >= 1e9)
        return Scale::Billion;
    if (magnitude >= 1e6)
        return Scale::Million;
    return Scale::Unit;
}

double divisor(Scale s)
{
    return s == Scale::Billion ? 1e9 : s == Scale::Million ? 1e6 : 1.0;
}

// The currency goes where the language puts it: the translation orders %1 (currency) and %2
// (the number) and holds the short scale word (bn, mld).
QString withCurrency(Scale scale, const QString &currency, const QString &numbers)
{
    switch (scale) {
    case Scale::Billion:
        return QCoreApplication::translate("FindingText", "%1 %2 bn", "currency code, number in billions").arg(currency, numbers);
    case Scale::Million:
        return QCoreApplication::translate("FindingText", "%1 %2 m", "currency code, number in millions").arg(currency, numbers);
    case Scale::Unit:
        break;
    }
    return QCoreApplication::translate("FindingText", "%1 %2", "currency code, number").arg(currency, numbers);
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const QString currency = money.currency.isEmpty() ? u"?"_qs : money.currency;
    if (money.qualifier == Qualifier::Range && money.high > money.low) {
        const Scale scale = scaleFor(money.high);
        const QString numbers = QCoreApplication::translate("FindingText", "%1–%2", "a range of two numbers")
                                    .arg(number(money.low / divisor(scale), locale),
                                         number(money.high / divisor(scale), locale));
        return withCurrency(scale, currency, numbers);
    }
    const double value = money.qualifier == Qualifier::UpTo || money.qualifier == Qualifier::Under
                                 || money.qualifier == Qualifier::Almost
                             ? money.high
                             : money.low;
    const Scale scale = scaleFor(std::abs(value));
    const QString amount = withCurrency(scale, currency, number(value / divisor(scale), locale));
    switch (money.qualifier) {
    case Qualifier::Exact:
    case Qualifier::Range:
        return amount;
    case Qualifier::Approx:
        return QCoreApplication::translate("FindingText", "about %1").arg(amount);
    case Qualifier::UpTo:
        return QCoreApplication::translate("FindingText", "up to %1").arg(amount);
    case Qualifier::Over:
        return QCoreApplication::translate("FindingText", "over %1").arg(amount);
    case Qualifier::AtLeast:
        return QCoreApplication::translate("FindingText", "at least %1").arg(amount);
    case Qualifier::Under:
        return QCoreApplication::translate("FindingText", "under %1").arg(amount);
    case Qualifier::Almost:
        return QCoreApplication::translate("FindingText", "almost %1").arg(amount);
    }
    return amount;
}

QString formatDateValue(const QString &iso, DateGrain grain, const QLocale &locale)
{
    switch (grain) {
    case DateGrain::Year:
        return iso;
    case DateGrain::Quarter:
        if (iso.size() == 7 && iso[5] == u'Q')
            return QCoreApplication::translate("FindingText", "Q%1 %2", "quarter number, year").arg(iso.mid(6, 1), iso.left(4));
        return iso;
    case DateGrain::Month: {
        const QDate d = QDate::fromString(iso + u"-01"_qs, Qt::ISODate);
        return d.isValid() ? locale.toString(d, u"MMMM yyyy"_qs) : iso;
    }
    case DateGrain::Day: {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? locale.toString(d, u"d MMMM yyyy"_qs) : iso;
    }
    case DateGrain::DateTime: {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        return t.isValid() ? locale.toString(t, QLocale::ShortFormat) : iso;
    }
    case DateGrain::Duration: {
        // P4Y, P18M, P2W, P10D, P3Q: one count and one unit, as the extractor writes them.
        if (iso.size() < 3 || !iso.startsWith(u'P'))
            return iso;
        bool ok = false;
        const int n = iso.mid(1, iso.size() - 2).toInt(&ok);
        if (!ok)
            return iso;
        switch (iso.back().unicode()) {
        case 'Y':
            return QCoreApplication::translate("FindingText", "%n year(s)", nullptr, n);
        case 'Q':
            return QCoreApplication::translate("FindingText", "%n quarter(s)", nullptr, n);
        case 'M':
            return QCoreApplication::translate("FindingText", "%n month(s)", nullptr, n);
        case 'W':
            return QCoreApplication::translate("FindingText", "%n week(s)", nullptr, n);
        case 'D':
            return QCoreApplication::translate("FindingText", "%n day(s)", nullptr, n);
        }
        return iso;
    }
    }
    return iso;
}

QString roleName(MoneyRole role)
{
    switch (role) {
    case MoneyRole::Investment:
        return QCoreApplication::translate("FindingText", "investment");
    case MoneyRole::Valuation:
        return QCoreApplication::translate("FindingText", "valuation");
    case MoneyRole::Revenue:
        return QCoreApplication::translate("FindingText", "revenue");
    case MoneyRole::Loss:
        return QCoreApplication::translate("FindingText", "loss");
    case MoneyRole::Spending:
        return QCoreApplication::translate("FindingText", "spending");
    case MoneyRole::Other:
        return QCoreApplication::translate("FindingText", "other");
    }
    return {};
}

QString qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return QCoreApplication::translate("FindingText", "exact");
    case Qualifier::Approx:
        return QCoreApplication::translate("FindingText", "about");
    case Qualifier::UpTo:
        return QCoreApplication::translate("FindingText", "up to");
    case Qualifier::Over:
        return QCoreApplication::translate("FindingText", "over");
    case Qualifier::AtLeast:
        return QCoreApplication::translate("FindingText", "at least");
    case Qualifier::Under:
        return QCoreApplication::translate("FindingText", "under");
    case Qualifier::Almost:
        return QCoreApplication::translate("FindingText", "almost");
    case Qualifier::Range:
        return QCoreApplication::translate("FindingText", "range");
    }
    return {};
}

QString grainName(DateGrain grain)
{
    switch (grain) {
    case DateGrain::Year:
        return QCoreApplication::translate("FindingText", "year");
    case DateGrain::Quarter:
        return QCoreApplication::translate("FindingText", "quarter");
    case DateGrain::Month:
        return QCoreApplication::translate("FindingText", "month");
    case DateGrain::Day:
        return QCoreApplication::translate("FindingText", "day");
    case DateGrain::DateTime:
        return QCoreApplication::translate("FindingText", "date and time");
    case DateGrain::Duration:
        return QCoreApplication::translate("FindingText", "duration");
    }
    return {};
}

QString statusName(DealStatus status)
{
    switch (status) {
    case DealStatus::Completed:
        return QCoreApplication::translate("FindingText", "completed");
    case DealStatus::Announced:
        return QCoreApplication::translate("FindingText", "announced");
    case DealStatus::InTalks:
        return QCoreApplication::translate("FindingText", "in talks");
    case DealStatus::Planned:
        return QCoreApplication::translate("FindingText", "planned");
    case DealStatus::Rumored:
        return QCoreApplication::translate("FindingText", "rumoured");
    }
    return {};
}

QString stateName(FindingState state)
{
    switch (state) {
    case FindingState::Pending:
        return QCoreApplication::translate("FindingText", "to review");
    case FindingState::Accepted:
        return QCoreApplication::translate("FindingText", "accepted");
    case FindingState::Rejected:
        return QCoreApplication::translate("FindingText", "rejected");
    }
    return {};
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed:
        return QCoreApplication::translate("FindingText", "new");
    case ReviewState::InProgress:
        return QCoreApplication::translate("FindingText", "in progress");
    case ReviewState::Reviewed:
        return QCoreApplication::translate("FindingText", "reviewed");
    }
    return {};
}

const Deal *dealOfAmount(const Amount &amount, const QList<FindingRecord> &all)
{
    for (const FindingRecord &r : all) {
        const auto *deal = std::get_if<Deal>(&r.value);
        if (deal && deal->money && *deal->money == amount.money
            && deal->evidence.start <= amount.range.start && amount.range.end <= deal->evidence.end)
            return deal;
    }
    return nullptr;
}

QString hoverText(const FindingRecord &record, const QList<FindingRecord> &all, const QLocale &locale)
{
    QStringList parts;
    if (const auto *e = std::get_if<EntityMention>(&record.value)) {
        parts << (e->canonical.isEmpty() ? e->text : e->canonical);
        parts << highlightKindName(HighlightKind(int(e->type))).toLower();
    } else if (const auto *a = std::get_if<Amount>(&record.value)) {
        parts << formatMoney(a->money, locale);
        if (a->role != MoneyRole::Other)
            parts << roleName(a->role);
        if (const Deal *deal = dealOfAmount(*a, all))
            parts << statusName(deal->status);
    } else if (const auto *d = std::get_if<DateMention>(&record.value)) {
        parts << formatDateValue(d->value, d->grain, locale);
    } else if (const auto *deal = std::get_if<Deal>(&record.value)) {
        parts << QCoreApplication::translate("FindingText", "%1 → %2", "investor, target")
                     .arg(deal->investor.isEmpty() ? QCoreApplication::translate("FindingText", "?") : deal->investor,
                          deal->target.isEmpty() ? QCoreApplication::translate("FindingText", "?") : deal->target);
        if (deal->money)
            parts << formatMoney(*deal->money, locale);
        parts << statusName(deal->status);
    }
    if (record.state != FindingState::Pending)
        parts << stateName(record.state);
    return parts.join(u" · "_qs);
}

QList<QPair<QString, QString>> findingFields(const FindingRecord &record, const QLocale &locale)
{
    QList<QPair<QString, QString>> rows;
    if (const auto *e = std::get_if<EntityMention>(&record.value)) {
        rows << qMakePair(QCoreApplication::translate("FindingText", "Kind"), highlightKindName(HighlightKind(int(e->type))));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Text"), e->text);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Canonical name"), e->canonical);
    } else if (const auto *a = std::get_if<Amount>(&record.value)) {
        rows << qMakePair(QCoreApplication::translate("FindingText", "Kind"), highlightKindName(HighlightKind::Money));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Text"), a->text);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Value"), formatMoney(a->money, locale));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Currency"), a->money.currency);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Low"), locale.toString(a->money.low, 'f', 0));
        rows << qMakePair(QCoreApplication::translate("FindingText", "High"), locale.toString(a->money.high, 'f', 0));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Role"), roleName(a->role));
    } else if (const auto *d = std::get_if<DateMention>(&record.value)) {
        rows << qMakePair(QCoreApplication::translate("FindingText", "Kind"), highlightKindName(HighlightKind::Date));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Text"), d->text);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Value"), formatDateValue(d->value, d->grain, locale));
        rows << qMakePair(QCoreApplication::translate("FindingText", "ISO 8601"), d->value);
    } else if (const auto *deal = std::get_if<Deal>(&record.value)) {
        rows << qMakePair(QCoreApplication::translate("FindingText", "Kind"), QCoreApplication::translate("FindingText", "Deal"));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Investor"), deal->investor);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Target"), deal->target);
        rows << qMakePair(QCoreApplication::translate("FindingText", "Amount"), deal->money ? formatMoney(*deal->money, locale) : QString());
        rows << qMakePair(QCoreApplication::translate("FindingText", "Status"), statusName(deal->status));
        rows << qMakePair(QCoreApplication::translate("FindingText", "Date"), deal->date);
    }
    rows << qMakePair(QCoreApplication::translate("FindingText", "Position"), QCoreApplication::translate("FindingText", "%1–%2").arg(locale.toString(qint64(record.range.start)),
                                                      locale.toString(qint64(record.range.end))));
    rows << qMakePair(QCoreApplication::translate("FindingText", "Review"), stateName(record.state));
    rows << qMakePair(QCoreApplication::translate("FindingText", "Found by"), record.origin == FindingOrigin::Machine ? QCoreApplication::translate("FindingText", "extractor")
                                                                              : QCoreApplication::translate("FindingText", "a journalist"));
    return rows;
}

} // namespace dealdesk
