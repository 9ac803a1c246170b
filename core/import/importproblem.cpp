#include "core/import/importproblem.h"

namespace dealdesk {

QString ImportProblem::message() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}

} // namespace dealdesk
