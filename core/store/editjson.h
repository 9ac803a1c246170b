#pragma once
// The JSON an EditRecord holds in `before` and `after`: a whole finding (added, updated,
// removed), a state, a note, a review state or a name. Pure functions, no SQL, so every
// backend writes the same history and an undo can read a removed finding back.

#include "core/store/storetypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dealdesk {

struct FindingRow;

// {"kind","start","end","text","payload":{...},"state","origin","note"}: enough to add the
// finding again.
[[nodiscard]] QString findingEditJson(const FindingRecord &record);
[[nodiscard]] QString findingEditJson(const FindingRow &row, FindingState state,
                                      FindingOrigin origin, const QString &note);
// The finding a findingEditJson() holds (kind, range, text, value, state, origin, note; no id);
// nullopt when `json` is not one.
[[nodiscard]] std::optional<FindingRecord> findingFromEditJson(const QString &json);

// {"state": "accepted"} and the like.
[[nodiscard]] QString stateEditJson(FindingState state);
// {"note": "..."}
[[nodiscard]] QString noteEditJson(const QString &note);
// {"review": "reviewed", "by": "...", "at": "..."}
[[nodiscard]] QString reviewEditJson(ReviewState state, const QString &by, const QString &at);
// {"type": "org", "name": "..."}: one side of a rename.
[[nodiscard]] QString nameEditJson(EntityType type, const QString &name);
// {"type": "org", "canonical": "...", "alias": "..."}
[[nodiscard]] QString aliasEditJson(EntityType type, const QString &canonical, const QString &alias);

// A JSON object as the history stores it (compact, keys sorted).
[[nodiscard]] QString compactJson(const QJsonObject &object);
[[nodiscard]] std::optional<QJsonObject> parseJsonObject(const QString &json);

} // namespace dealdesk
