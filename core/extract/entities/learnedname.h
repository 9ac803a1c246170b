#pragma once
// A name a journalist added or confirmed in the desk: matched like a gazetteer row, ahead of
// the bundled gazetteer, so a correction wins over our data.

#include "core/extract/findings.h"

#include <QString>
#include <QStringList>

namespace dealdesk {

struct LearnedName
{
    QString canonical;
    EntityType type = EntityType::Org;
    QStringList aliases; // surface forms besides the canonical name itself
    friend bool operator==(const LearnedName &, const LearnedName &) = default;
};

} // namespace dealdesk
