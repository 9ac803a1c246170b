#pragma once
// The sample corpus the desk opens on first run: the project's own articles under
// resources/samples (compiled in as :/samples), imported into a corpus file in the user's
// data folder.

#include "core/store/storeresult.h"

#include <optional>

namespace dealdesk {

// <user data folder>/samples.dealdesk
[[nodiscard]] QString defaultSampleCorpusPath();

// Imports every bundled sample into a new corpus at `path`. Written to a temporary file that
// is renamed at the end, so an interrupted first run leaves no half-made corpus behind.
[[nodiscard]] std::optional<StoreError> createSampleCorpus(const QString &path);

} // namespace dealdesk
