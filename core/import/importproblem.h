#pragma once
// What went wrong with one input: the file, the line when there is one, and why. Readers
// return these as values next to the articles they could read; one bad file or line never
// stops an import.

#include <QString>

namespace dealdesk {

struct ImportProblem
{
    QString file;
    int line = 0; // 1-based; 0 = the whole file
    QString reason;

    // "file:line: reason", or "file: reason" for the whole file.
    [[nodiscard]] QString message() const;
    friend bool operator==(const ImportProblem &, const ImportProblem &) = default;
};

} // namespace dealdesk
