#include "core/exchange/csvwriter.h"

namespace dealdesk {

QString csvRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += u',';
        const QString &f = fields[i];
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString quoted = f;
            quoted.replace(u"\""_qs, u"\"\""_qs);
            row += u'"' + quoted + u'"';
        } else {
            row += f;
        }
    }
    return row + u"\r\n"_qs;
}

} // namespace dealdesk
