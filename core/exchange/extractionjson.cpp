#include "core/exchange/extractionjson.h"

#include "core/extract/findings.h"
#include "core/text/article.h"

#include <QJsonArray>

#include <cmath>

namespace dealdesk {
namespace {

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

// Amounts are whole units in practice; written as integers so 25e9 reads 25000000000.
QJsonValue number(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.007199254740992e15)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

void addRange(QJsonObject &o, const TextRange &r, const CodePointMap &map)
{
    o.insert(QStringLiteral("start"), map.toCodePoints(r.start));
    o.insert(QStringLiteral("end"), map.toCodePoints(r.end));
}

void addMoney(QJsonObject &o, const std::optional<Money> &money)
{
    o.insert(QStringLiteral("currency"), money ? QJsonValue(money->currency) : QJsonValue());
    o.insert(QStringLiteral("low"), money ? number(money->low) : QJsonValue());
    o.insert(QStringLiteral("high"), money ? number(money->high) : QJsonValue());
    o.insert(QStringLiteral("qualifier"), money ? QJsonValue(toString(money->qualifier)) : QJsonValue());
}

} // namespace

QJsonObject extractionToJson(const Article &article, const Findings &findings, bool withBody)
{
    const CodePointMap map(article.text);
    QJsonObject o;
    o.insert(QStringLiteral("file"), article.id);
    o.insert(QStringLiteral("title"), orNull(article.title));
    o.insert(QStringLiteral("author"), orNull(article.author));
    o.insert(QStringLiteral("outlet"), orNull(article.outlet));
    o.insert(QStringLiteral("published"), orNull(article.published));
    o.insert(QStringLiteral("language"), orNull(article.language));

    QJsonArray entities;
    for (const EntityMention &e : findings.entities) {
        QJsonObject j;
        addRange(j, e.range, map);
        j.insert(QStringLiteral("text"), e.text);
        j.insert(QStringLiteral("type"), toString(e.type));
        j.insert(QStringLiteral("canonical"), e.canonical);
        entities.append(j);
    }
    QJsonArray amounts;
    for (const Amount &a : findings.amounts) {
        QJsonObject j;
        addRange(j, a.range, map);
        j.insert(QStringLiteral("text"), a.text);
        addMoney(j, a.money);
        j.insert(QStringLiteral("role"), toString(a.role));
        amounts.append(j);
    }
    QJsonArray dates;
    for (const DateMention &d : findings.dates) {
        QJsonObject j;
        addRange(j, d.range, map);
        j.insert(QStringLiteral("text"), d.text);
        j.insert(QStringLiteral("value"), d.value);
        j.insert(QStringLiteral("grain"), toString(d.grain));
        dates.append(j);
    }
    QJsonArray deals;
    for (const Deal &d : findings.deals) {
        QJsonObject j;
        j.insert(QStringLiteral("investor"), orNull(d.investor));
        j.insert(QStringLiteral("target"), orNull(d.target));
        addMoney(j, d.money);
        j.insert(QStringLiteral("status"), toString(d.status));
        j.insert(QStringLiteral("date"), orNull(d.date));
        QJsonObject evidence;
        addRange(evidence, d.evidence, map);
        j.insert(QStringLiteral("evidence"), evidence);
        deals.append(j);
    }
    o.insert(QStringLiteral("entities"), entities);
    o.insert(QStringLiteral("amounts"), amounts);
    o.insert(QStringLiteral("dates"), dates);
    o.insert(QStringLiteral("deals"), deals);
    if (withBody)
        o.insert(QStringLiteral("body"), article.text);
    return o;
}

} // namespace dealdesk
