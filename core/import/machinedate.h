#pragma once
// Dates written for machines (feeds, meta tags, JSON, front matter) as the ISO 8601 string an
// Article holds, at the precision given and in the time written (no zone conversion):
// "2025-02-12T18:40:00+01:00" -> "2025-02-12T18:40", "Tue, 10 Jun 2025 08:05:00 GMT" ->
// "2025-06-10T08:05", "2025-02" -> "2025-02". Anything else goes through the header date
// reader ("12 febbraio 2025"); unreadable gives an empty string.

#include <QString>

namespace dealdesk {

[[nodiscard]] QString isoFromMachineDate(const QString &value);

} // namespace dealdesk
