#pragma once
// Looks at an existing file before the store opens it for writing, so that a damaged file or
// another program's database is refused without a single byte of it changing (a read-write
// open would already switch it to WAL mode).

#include "core/store/storeresult.h"

#include <QString>

namespace dealdesk {

// The schema version of the Dealdesk corpus at `path` (which must exist); 0 for an empty file
// or an SQLite database without tables, which the store may initialise. Errors name the file
// and say why it is not a corpus: not SQLite, damaged, or another program's tables.
[[nodiscard]] StoreResult<int> inspectSqliteCorpus(const QString &path);

} // namespace dealdesk
