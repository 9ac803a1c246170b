#pragma once
// Brings a corpus to the newest schema its dialect knows, one ordered step at a time, all in
// one write transaction: a failed step leaves the file as it was.

#include "core/store/sqlcontext.h"

namespace dealdesk {

// The schema version in the meta table; an error when there is none or it is not a number.
[[nodiscard]] StoreResult<int> readSchemaVersion(const SqlContext &context);
// Migrates from `fromVersion` (0: an empty database) and returns the version reached.
[[nodiscard]] StoreResult<int> migrate(const SqlContext &context, int fromVersion);

} // namespace dealdesk
