#include "core/store/editjson.h"

#include "core/store/storecodec.h"

#include <QJsonDocument>

namespace dealdesk {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseJsonObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString findingEditJson(const FindingRow &row, FindingState state, FindingOrigin origin,
                        const QString &note)
{
    // The payload as an object, not a string inside a string, so the history reads plainly.
    return compactJson({{u"kind"_qs, toString(row.kind)},
                        {u"start"_qs, qint64(row.range.start)},
                        {u"end"_qs, qint64(row.range.end)},
                        {u"text"_qs, row.text},
                        {u"payload"_qs, parseJsonObject(row.payload).value_or(QJsonObject())},
                        {u"state"_qs, toString(state)},
                        {u"origin"_qs, toString(origin)},
                        {u"note"_qs, note}});
}

QString findingEditJson(const FindingRecord &record)
{
    FindingRow row = toRow(record.value, {});
    // A deal's text is its evidence sentence, which toRow cuts from the article: keep the stored one.
    row.range = record.range;
    row.text = record.text;
    return findingEditJson(row, record.state, record.origin, record.note);
}

std::optional<FindingRecord> findingFromEditJson(const QString &json)
{
    const auto parsed = parseJsonObject(json);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    const auto kind = findingKindFromString(o.value(u"kind").toString());
    const auto state = findingStateFromString(o.value(u"state").toString());
    const auto origin = findingOriginFromString(o.value(u"origin").toString());
    if (!kind || !state || !origin || !o.value(u"start").isDouble() || !o.value(u"end").isDouble()
        || !o.value(u"payload").isObject())
        return std::nullopt;
    FindingRow row;
    row.kind = *kind;
    row.range = {o.value(u"start").toInteger(), o.value(u"end").toInteger()};
    row.text = o.value(u"text").toString();
    row.payload = compactJson(o.value(u"payload").toObject());
    const auto value = fromRow(row);
    if (!value)
        return std::nullopt;
    FindingRecord record;
    record.kind = row.kind;
    record.range = row.range;
    record.text = row.text;
    record.state = *state;
    record.origin = *origin;
    record.value = *value;
    record.note = o.value(u"note").toString();
    return record;
}

QString stateEditJson(FindingState state)
{
    return compactJson({{u"state"_qs, toString(state)}});
}

QString noteEditJson(const QString &note)
{
    return compactJson({{u"note"_qs, note}});
}

QString reviewEditJson(ReviewState state, const QString &by, const QString &at)
{
    return compactJson({{u"review"_qs, toString(state)}, {u"by"_qs, by}, {u"at"_qs, at}});
}

QString nameEditJson(EntityType type, const QString &name)
{
    return compactJson({{u"type"_qs, toString(type)}, {u"name"_qs, name}});
}

QString aliasEditJson(EntityType type, const QString &canonical, const QString &alias)
{
    return compactJson(
        {{u"type"_qs, toString(type)}, {u"canonical"_qs, canonical}, {u"alias"_qs, alias}});
}

} // namespace dealdesk
