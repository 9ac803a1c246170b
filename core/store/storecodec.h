#pragma once
// The JSON the store keeps in text columns: an article's metadata ranges, and the payload of
// a finding (everything of the value besides its kind, range and text, which have columns).
// Pure functions, no SQL, so every backend stores the same bytes.

#include "core/store/storetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dealdesk {

struct Findings;

// [[start, end], ...] in UTF-16 offsets.
[[nodiscard]] QString encodeRanges(const QList<TextRange> &ranges);
[[nodiscard]] std::optional<QList<TextRange>> decodeRanges(const QString &json);

// A finding as its columns hold it.
struct FindingRow
{
    FindingKind kind = FindingKind::Entity;
    TextRange range;
    QString text;
    QString payload; // compact JSON object
};

[[nodiscard]] FindingRow toRow(const FindingValue &value, QStringView articleText);
// Every finding of `findings` in order: entities, amounts, dates, deals. A deal's text is its
// evidence sentence, cut from `articleText`.
[[nodiscard]] QList<FindingRow> toRows(const Findings &findings, QStringView articleText);
// nullopt when the payload is not what `kind` stores (a damaged or hand-edited row).
[[nodiscard]] std::optional<FindingValue> fromRow(const FindingRow &row);
void appendTo(Findings &findings, const FindingValue &value);

// The payload of an entity or deal finding with the name `from` written `to`: an entity's
// canonical name, a deal's investor and target. nullopt when it does not name `from` (or is
// damaged); other keys and their order stay as they were.
[[nodiscard]] std::optional<QString> renamedPayload(FindingKind kind, const QString &payload,
                                                    const QString &from, const QString &to);

} // namespace dealdesk
