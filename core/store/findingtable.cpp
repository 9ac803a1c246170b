#include "core/store/findingtable.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace dealdesk {
namespace {

// Where a decided finding of one kind lies in its article.
struct Decided
{
    FindingKind kind;
    TextRange range;
};

// A suggestion is left out where a person has already looked: on or across a decided finding
// of its kind (a corrected boundary stays the only one; a rejected mention does not come back
// a word longer). A deal's place is its evidence sentence: only the same sentence counts, so
// a second deal stated in the sentence of a decided one still comes.
bool coveredBy(const FindingRow &row, const QList<Decided> &decided)
{
    for (const Decided &d : decided) {
        if (d.kind != row.kind)
            continue;
        if (d.range.start == row.range.start && d.range.end == row.range.end)
            return true;
        if (row.kind != FindingKind::Deal && d.range.start < row.range.end
            && row.range.start < d.range.end)
            return true;
    }
    return false;
}

} // namespace

StoreResult<int> FindingTable::replaceSuggestions(qint64 articleId,
                                                  const QList<FindingRow> &rows) const
{
    QSqlQuery drop(m_context.db);
    if (!drop.prepare(QStringLiteral("DELETE FROM findings WHERE article_id = ? "
                                     "AND state = 'pending' AND origin = 'machine'")))
        return m_context.error(QStringLiteral("replacing findings"), drop);
    drop.addBindValue(articleId);
    if (auto failed = m_context.exec(drop, QStringLiteral("replacing findings")))
        return *failed;

    QSqlQuery kept(m_context.db);
    kept.setForwardOnly(true);
    if (!kept.prepare(QStringLiteral(
            "SELECT kind, range_start, range_end FROM findings WHERE article_id = ?")))
        return m_context.error(QStringLiteral("reading decided findings"), kept);
    kept.addBindValue(articleId);
    if (auto failed = m_context.exec(kept, QStringLiteral("reading decided findings")))
        return *failed;
    QList<Decided> decided;
    while (kept.next()) {
        if (const auto kind = findingKindFromString(kept.value(0).toString()))
            decided.append({*kind, {kept.value(1).toLongLong(), kept.value(2).toLongLong()}});
    }

    QList<FindingRow> fresh;
    fresh.reserve(rows.size());
    for (const FindingRow &row : rows) {
        if (!coveredBy(row, decided))
            fresh.append(row);
    }
    return addSuggestions(articleId, fresh);
}

StoreResult<int> FindingTable::addSuggestions(qint64 articleId,
                                              const QList<FindingRow> &rows) const
{
    if (rows.isEmpty())
        return 0;
    QSqlQuery insert(m_context.db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO findings (article_id, kind, range_start, range_end, text, payload, "
            "state, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 'machine', ?)")))
        return m_context.error(QStringLiteral("storing findings"), insert);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int added = 0;
    for (const FindingRow &row : rows) {
        insert.addBindValue(articleId);
        insert.addBindValue(toString(row.kind));
        insert.addBindValue(qint64(row.range.start));
        insert.addBindValue(qint64(row.range.end));
        insert.addBindValue(SqlContext::text(row.text));
        insert.addBindValue(row.payload);
        insert.addBindValue(now);
        if (auto failed = m_context.exec(insert, QStringLiteral("storing findings")))
            return *failed;
        ++added;
    }
    return added;
}

namespace {

// The columns recordAt() reads, in its order.
const QString recordColumns = QStringLiteral(
    "id, article_id, kind, range_start, range_end, text, payload, state, origin, created_at, note, "
    "edited_by, edited_at");

std::optional<FindingRecord> recordAt(const QSqlQuery &q)
{
    const auto kind = findingKindFromString(q.value(2).toString());
    const auto state = findingStateFromString(q.value(7).toString());
    const auto origin = findingOriginFromString(q.value(8).toString());
    if (!kind || !state || !origin)
        return std::nullopt;
    FindingRow row;
    row.kind = *kind;
    row.range = {q.value(3).toLongLong(), q.value(4).toLongLong()};
    row.text = q.value(5).toString();
    row.payload = q.value(6).toString();
    const auto value = fromRow(row);
    if (!value)
        return std::nullopt;
    FindingRecord r;
    r.id = q.value(0).toLongLong();
    r.articleId = q.value(1).toLongLong();
    r.kind = row.kind;
    r.range = row.range;
    r.text = row.text;
    r.state = *state;
    r.origin = *origin;
    r.createdAt = q.value(9).toString();
    r.value = *value;
    r.note = q.value(10).toString();
    r.editedBy = q.value(11).toString();
    r.editedAt = q.value(12).toString();
    return r;
}

} // namespace

StoreResult<QList<FindingRecord>> FindingTable::records(qint64 articleId, bool withRejected) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // CASE puts the kinds in Findings' order; the id keeps the order they were stored in.
    QString sql = QStringLiteral("SELECT ") + recordColumns
                  + QStringLiteral(" FROM findings WHERE article_id = ?");
    if (!withRejected)
        sql += QStringLiteral(" AND state <> 'rejected'");
    sql += QStringLiteral(" ORDER BY CASE kind WHEN 'entity' THEN 0 WHEN 'amount' THEN 1 "
                          "WHEN 'date' THEN 2 ELSE 3 END, id");
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("reading findings"), q);
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, QStringLiteral("reading findings")))
        return *failed;
    QList<FindingRecord> records;
    while (q.next()) {
        if (auto r = recordAt(q)) {
            records.append(std::move(*r));
        } else {
            // One damaged row must not hide an article's other findings.
            qWarning().noquote() << m_context.file << ": finding" << q.value(0).toLongLong()
                                 << "is damaged, skipped";
        }
    }
    return records;
}

StoreResult<FindingRecord> FindingTable::record(qint64 findingId) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM findings WHERE id = ?")))
        return m_context.error(QStringLiteral("reading a finding"), q);
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("reading a finding")))
        return *failed;
    if (!q.next())
        return StoreError{m_context.file, QStringLiteral("no finding with id %1").arg(findingId)};
    if (auto r = recordAt(q))
        return std::move(*r);
    return StoreError{m_context.file, QStringLiteral("finding %1 is damaged").arg(findingId)};
}

StoreResult<QList<StoredDeal>> FindingTable::deals(bool acceptedOnly) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT %1 FROM findings f JOIN articles a ON a.id = f.article_id "
        "WHERE f.kind = 'deal' AND %2 ORDER BY a.published, f.id")
                            .arg(storedDealColumns(),
                                 acceptedOnly ? QStringLiteral("f.state = 'accepted'")
                                              : QStringLiteral("f.state <> 'rejected'"));
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("reading the corpus's deals"), q);
    if (auto failed = m_context.exec(q, QStringLiteral("reading the corpus's deals")))
        return *failed;
    QList<StoredDeal> deals;
    while (q.next()) {
        if (auto deal = storedDealAt(q))
            deals.append(std::move(*deal));
        else
            qWarning().noquote() << m_context.file << ": finding" << q.value(0).toLongLong()
                                 << "is damaged, skipped";
    }
    return deals;
}

QString FindingTable::storedDealColumns()
{
    return QStringLiteral("f.id, f.article_id, a.source_id, a.title, a.outlet, a.published, "
                          "f.range_start, f.range_end, f.text, f.payload, f.state");
}

std::optional<StoredDeal> FindingTable::storedDealAt(const QSqlQuery &q)
{
    FindingRow row;
    row.kind = FindingKind::Deal;
    row.range = {q.value(6).toLongLong(), q.value(7).toLongLong()};
    row.text = q.value(8).toString();
    row.payload = q.value(9).toString();
    const auto value = fromRow(row);
    const auto state = findingStateFromString(q.value(10).toString());
    if (!value || !state || !std::holds_alternative<Deal>(*value))
        return std::nullopt;
    return StoredDeal{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                      std::get<Deal>(*value),  row.text,                *state};
}

StoreResult<bool> FindingTable::setState(qint64 findingId, FindingState state,
                                         const EditStamp &stamp) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral(
            "UPDATE findings SET state = ?, edited_by = ?, edited_at = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("setting a finding's state"), q);
    q.addBindValue(toString(state));
    q.addBindValue(SqlContext::text(stamp.editor));
    q.addBindValue(SqlContext::text(stamp.at));
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("setting a finding's state")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no finding with id %1").arg(findingId)};
    return true;
}

StoreResult<qint64> FindingTable::addByPerson(qint64 articleId, const FindingRow &row,
                                              FindingState state, const EditStamp &stamp,
                                              const QString &note) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO findings (article_id, kind, range_start, range_end, text, payload, "
            "state, origin, created_at, note, edited_by, edited_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'person', ?, ?, ?, ?)")))
        return m_context.error(QStringLiteral("adding a finding"), q);
    q.addBindValue(articleId);
    q.addBindValue(toString(row.kind));
    q.addBindValue(qint64(row.range.start));
    q.addBindValue(qint64(row.range.end));
    q.addBindValue(SqlContext::text(row.text));
    q.addBindValue(row.payload);
    q.addBindValue(toString(state));
    q.addBindValue(stamp.at);
    q.addBindValue(SqlContext::text(note));
    q.addBindValue(SqlContext::text(stamp.editor));
    q.addBindValue(SqlContext::text(stamp.at));
    if (auto failed = m_context.exec(q, QStringLiteral("adding a finding")))
        return *failed;
    return q.lastInsertId().toLongLong();
}

StoreResult<bool> FindingTable::update(qint64 findingId, const FindingRow &row,
                                       const EditStamp &stamp) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral(
            "UPDATE findings SET kind = ?, range_start = ?, range_end = ?, text = ?, payload = ?, "
            "state = 'accepted', edited_by = ?, edited_at = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("correcting a finding"), q);
    q.addBindValue(toString(row.kind));
    q.addBindValue(qint64(row.range.start));
    q.addBindValue(qint64(row.range.end));
    q.addBindValue(SqlContext::text(row.text));
    q.addBindValue(row.payload);
    q.addBindValue(SqlContext::text(stamp.editor));
    q.addBindValue(SqlContext::text(stamp.at));
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("correcting a finding")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no finding with id %1").arg(findingId)};
    return true;
}

StoreResult<bool> FindingTable::setNote(qint64 findingId, const QString &note,
                                        const EditStamp &stamp) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral(
            "UPDATE findings SET note = ?, edited_by = ?, edited_at = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("writing a note"), q);
    q.addBindValue(SqlContext::text(note));
    q.addBindValue(SqlContext::text(stamp.editor));
    q.addBindValue(SqlContext::text(stamp.at));
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("writing a note")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no finding with id %1").arg(findingId)};
    return true;
}

StoreResult<bool> FindingTable::remove(qint64 findingId) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("DELETE FROM findings WHERE id = ?")))
        return m_context.error(QStringLiteral("removing a finding"), q);
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("removing a finding")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no finding with id %1").arg(findingId)};
    return true;
}

} // namespace dealdesk
