#pragma once
// RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break.

#include <QString>
#include <QStringList>

namespace dealdesk {

[[nodiscard]] QString csvRow(const QStringList &fields);

} // namespace dealdesk
