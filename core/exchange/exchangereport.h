#pragma once
// What an export or an import did, for a person: counts, the files written, what the format
// could not hold (notes) and what could not be read (errors, each naming its file and line).
// The CLI prints it on stderr; the desk shows it in a message box.

#include <QString>
#include <QStringList>

namespace dealdesk {

struct ExchangeReport
{
    int articles = 0;         // articles written, or read from the input
    int annotations = 0;      // annotations written, or read from the input
    int articlesAdded = 0;    // import: articles the corpus did not hold yet
    int annotationsAdded = 0; // import: annotations stored
    int alreadyStored = 0;    // import: annotations the corpus held already (not doubled)
    int decisionsTaken = 0;   // import: stored pending suggestions the input accepted or rejected
    QStringList files;        // export: the files written
    QStringList notes;        // what the format cannot hold, or held only in part
    QStringList errors;       // "FILE[:LINE]: reason"; the rest was still exported or imported

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    // One line per note and error, then a summary line.
    [[nodiscard]] QStringList lines(bool import) const;
};

} // namespace dealdesk
