#pragma once
// Reads the lexicon files under resources/lexicon: UTF-8 TSV, '#' starts a comment line,
// blank lines are skipped, the first non-comment line is the header naming the columns.
// Every extractor loads its word lists through this, so the format is checked in one place.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

class TsvTable
{
public:
    // Loads `path` (a file or a ":/lexicon/..." resource). On failure returns nullopt and sets
    // `error` to a message naming the file, the line and the reason.
    [[nodiscard]] static std::optional<TsvTable> load(const QString &path, QString *error = nullptr);
    // The same, appending the message to `errors` (when given) instead: how the extractor's
    // components collect every lexicon problem before reporting them together.
    [[nodiscard]] static std::optional<TsvTable> loadReporting(const QString &path, QStringList *errors);
    [[nodiscard]] static std::optional<TsvTable> parse(const QString &content, const QString &name,
                                                       QString *error = nullptr);

    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    [[nodiscard]] int column(const QString &name) const { return m_columns.value(name, -1); }
    // The cell of `row` in the named column; empty when the row is short or the column absent.
    [[nodiscard]] QString value(qsizetype row, const QString &columnName) const;
    [[nodiscard]] const QStringList &row(qsizetype row) const { return m_rows[row]; }
    [[nodiscard]] int lineNumber(qsizetype row) const { return m_lines[row]; }

private:
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<QStringList> m_rows;
    QList<int> m_lines;
};

// The lexicon files of one kind for every language present: ":/lexicon/<lang>/<name>.tsv".
// Languages are the folder names, so adding a language is adding a folder.
[[nodiscard]] QStringList lexiconLanguages();
[[nodiscard]] QString lexiconPath(const QString &language, const QString &name);

} // namespace dealdesk
