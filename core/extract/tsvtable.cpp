#include "core/extract/tsvtable.h"

#include <QDir>
#include <QFile>

namespace dealdesk {

std::optional<TsvTable> TsvTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open lexicon: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), path, error);
}

std::optional<TsvTable> TsvTable::loadReporting(const QString &path, QStringList *errors)
{
    QString error;
    auto table = load(path, &error);
    if (!table && errors)
        errors->append(error);
    return table;
}

std::optional<TsvTable> TsvTable::parse(const QString &content, const QString &name, QString *error)
{
    TsvTable table;
    const QStringList lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList cells = line.split(u'\t');
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (table.m_header.isEmpty()) {
            table.m_header = cells;
            for (int c = 0; c < cells.size(); ++c)
                table.m_columns.insert(cells[c], c);
            continue;
        }
        if (cells.size() > table.m_header.size()) {
            if (error)
                *error = QStringLiteral("%1:%2: %3 columns, the header has %4")
                             .arg(name)
                             .arg(i + 1)
                             .arg(cells.size())
                             .arg(table.m_header.size());
            return std::nullopt;
        }
        table.m_rows.append(cells);
        table.m_lines.append(int(i + 1));
    }
    if (table.m_header.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no header line").arg(name);
        return std::nullopt;
    }
    return table;
}

QString TsvTable::value(qsizetype row, const QString &columnName) const
{
    const int c = column(columnName);
    const QStringList &cells = m_rows[row];
    return (c >= 0 && c < cells.size()) ? cells[c] : QString();
}

QStringList lexiconLanguages()
{
    QStringList langs = QDir(QStringLiteral(":/lexicon")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    langs.removeAll(QStringLiteral("common"));
    return langs;
}

QString lexiconPath(const QString &language, const QString &name)
{
    return QStringLiteral(":/lexicon/%1/%2.tsv").arg(language, name);
}

} // namespace dealdesk
