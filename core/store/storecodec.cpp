#include "core/store/storecodec.h"

#include "core/extract/findings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace dealdesk {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject moneyObject(const Money &money)
{
    return QJsonObject{{u"currency"_qs, money.currency},
                       {u"low"_qs, money.low},
                       {u"high"_qs, money.high},
                       {u"qualifier"_qs, toString(money.qualifier)}};
}

std::optional<Money> moneyFrom(const QJsonObject &o)
{
    const auto qualifier = qualifierFromString(o.value(u"qualifier").toString());
    if (!qualifier || !o.value(u"low").isDouble() || !o.value(u"high").isDouble())
        return std::nullopt;
    return Money{o.value(u"currency").toString(), o.value(u"low").toDouble(),
                 o.value(u"high").toDouble(), *qualifier};
}

QString cut(QStringView text, TextRange range)
{
    if (range.start < 0 || range.end > text.size() || range.start > range.end)
        return {};
    return text.sliced(range.start, range.length()).toString();
}

struct RowMaker
{
    QStringView articleText;

    FindingRow operator()(const EntityMention &e) const
    {
        return {FindingKind::Entity, e.range, e.text,
                compact({{u"type"_qs, toString(e.type)}, {u"canonical"_qs, e.canonical}})};
    }
    FindingRow operator()(const Amount &a) const
    {
        QJsonObject o = moneyObject(a.money);
        o.insert(u"role"_qs, toString(a.role));
        return {FindingKind::Amount, a.range, a.text, compact(o)};
    }
    FindingRow operator()(const DateMention &d) const
    {
        return {FindingKind::Date, d.range, d.text,
                compact({{u"value"_qs, d.value}, {u"grain"_qs, toString(d.grain)}})};
    }
    FindingRow operator()(const Deal &d) const
    {
        QJsonObject o{{u"investor"_qs, d.investor},
                      {u"target"_qs, d.target},
                      {u"money"_qs, d.money ? QJsonValue(moneyObject(*d.money)) : QJsonValue()},
                      {u"status"_qs, toString(d.status)},
                      {u"date"_qs, d.date}};
        return {FindingKind::Deal, d.evidence, cut(articleText, d.evidence), compact(o)};
    }
};

} // namespace

QString encodeRanges(const QList<TextRange> &ranges)
{
    QJsonArray array;
    for (const TextRange &r : ranges)
        array.append(QJsonArray{qint64(r.start), qint64(r.end)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<TextRange>> decodeRanges(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<TextRange> ranges;
    for (const QJsonValue &v : doc.array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return std::nullopt;
        ranges.append({pair[0].toInteger(), pair[1].toInteger()});
    }
    return ranges;
}

FindingRow toRow(const FindingValue &value, QStringView articleText)
{
    return std::visit(RowMaker{articleText}, value);
}

QList<FindingRow> toRows(const Findings &findings, QStringView articleText)
{
    QList<FindingRow> rows;
    rows.reserve(findings.entities.size() + findings.amounts.size() + findings.dates.size()
                 + findings.deals.size());
    const RowMaker make{articleText};
    for (const auto &e : findings.entities)
        rows.append(make(e));
    for (const auto &a : findings.amounts)
        rows.append(make(a));
    for (const auto &d : findings.dates)
        rows.append(make(d));
    for (const auto &d : findings.deals)
        rows.append(make(d));
    return rows;
}

std::optional<FindingValue> fromRow(const FindingRow &row)
{
    const auto parsed = parseObject(row.payload);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    switch (row.kind) {
    case FindingKind::Entity: {
        const auto type = entityTypeFromString(o.value(u"type").toString());
        if (!type)
            return std::nullopt;
        return EntityMention{row.range, row.text, *type, o.value(u"canonical").toString()};
    }
    case FindingKind::Amount: {
        const auto money = moneyFrom(o);
        const auto role = moneyRoleFromString(o.value(u"role").toString());
        if (!money || !role)
            return std::nullopt;
        return Amount{row.range, row.text, *money, *role};
    }
    case FindingKind::Date: {
        const auto grain = dateGrainFromString(o.value(u"grain").toString());
        if (!grain)
            return std::nullopt;
        return DateMention{row.range, row.text, o.value(u"value").toString(), *grain};
    }
    case FindingKind::Deal: {
        const auto status = dealStatusFromString(o.value(u"status").toString());
        if (!status)
            return std::nullopt;
        std::optional<Money> money;
        if (o.value(u"money").isObject()) {
            money = moneyFrom(o.value(u"money").toObject());
            if (!money)
                return std::nullopt;
        }
        return Deal{o.value(u"investor").toString(), o.value(u"target").toString(), money,
                    *status, o.value(u"date").toString(), row.range};
    }
    }
    return std::nullopt;
}

void appendTo(Findings &findings, const FindingValue &value)
{
    struct Append
    {
        Findings &f;
        void operator()(const EntityMention &v) const { f.entities.append(v); }
        void operator()(const Amount &v) const { f.amounts.append(v); }
        void operator()(const DateMention &v) const { f.dates.append(v); }
        void operator()(const Deal &v) const { f.deals.append(v); }
    };
    std::visit(Append{findings}, value);
}

std::optional<QString> renamedPayload(FindingKind kind, const QString &payload, const QString &from,
                                      const QString &to)
{
    auto parsed = parseObject(payload);
    if (!parsed)
        return std::nullopt;
    QJsonObject &o = *parsed;
    bool renamed = false;
    const auto rename = [&](QStringView key) {
        if (o.value(key).toString() == from) {
            o.insert(key, to);
            renamed = true;
        }
    };
    if (kind == FindingKind::Entity) {
        rename(u"canonical");
    } else if (kind == FindingKind::Deal) {
        rename(u"investor");
        rename(u"target");
    }
    if (!renamed)
        return std::nullopt;
    return compact(o);
}

} // namespace dealdesk
