#pragma once
// Helpers for the desk's suites: articles and findings written for these tests (never taken
// from the dev corpus), built so that every offset is found with indexOf on the text itself.

#include "core/store/sqlitecorpusstore.h"

#include <QCryptographicHash>
#include <QTest>

namespace dealdesk::uitest {

inline Article article(const QString &id, const QString &title, const QString &body,
                       const QString &outlet = {}, const QString &published = {},
                       const QString &language = {})
{
    Article a;
    a.id = id;
    a.title = title;
    a.text = title + u'\n' + body;
    a.outlet = outlet;
    a.published = published;
    a.language = language;
    a.sourcePath = id;
    a.format = u"txt"_qs;
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
    return a;
}

inline TextRange rangeOf(const QString &text, const QString &part, int from = 0)
{
    const qsizetype at = text.indexOf(part, from);
    if (at < 0)
        qFatal("test text lacks its own mention");
    return {at, at + part.size()};
}

inline EntityMention entity(const QString &text, const QString &part, EntityType type,
                            const QString &canonical = {}, int from = 0)
{
    return {rangeOf(text, part, from), part, type, canonical.isEmpty() ? part : canonical};
}

inline Amount amount(const QString &text, const QString &part, Money money,
                     MoneyRole role = MoneyRole::Investment)
{
    return {rangeOf(text, part), part, money, role};
}

inline DateMention date(const QString &text, const QString &part, const QString &value, DateGrain grain)
{
    return {rangeOf(text, part), part, value, grain};
}

// The records the store would give back for `findings`, ids counting from 1.
inline QList<FindingRecord> records(const Findings &f, const QString &text)
{
    QList<FindingRecord> out;
    qint64 id = 0;
    auto add = [&](FindingKind kind, TextRange range, FindingValue value) {
        FindingRecord r;
        r.id = ++id;
        r.kind = kind;
        r.range = range;
        r.text = text.mid(range.start, range.length());
        r.value = std::move(value);
        out << r;
    };
    for (const auto &e : f.entities)
        add(FindingKind::Entity, e.range, e);
    for (const auto &a : f.amounts)
        add(FindingKind::Amount, a.range, a);
    for (const auto &d : f.dates)
        add(FindingKind::Date, d.range, d);
    for (const auto &d : f.deals)
        add(FindingKind::Deal, d.evidence, d);
    return out;
}

inline std::unique_ptr<SqliteCorpusStore> createStore(const QString &path)
{
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        qWarning().noquote() << opened.error().message();
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace dealdesk::uitest
