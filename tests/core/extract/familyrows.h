#pragma once
// The data rows of the extraction "family" suites: one sentence per row, named
// LANGUAGE-FAMILY, with the expected findings written as the suite's describe() prints them.
// The suite declares the columns language, text and expected.

#include <QList>
#include <QString>
#include <QTest>

namespace dealdesk::test {

struct FamilyRow
{
    const char *family;
    const char *text;     // UTF-8
    const char *expected; // UTF-8
};

inline void addFamilyRows(const char *language, const QList<FamilyRow> &rows)
{
    for (const FamilyRow &r : rows) {
        QTest::addRow("%s-%s", language, r.family)
            << QString::fromLatin1(language) << QString::fromUtf8(r.text) << QString::fromUtf8(r.expected);
    }
}

} // namespace dealdesk::test
