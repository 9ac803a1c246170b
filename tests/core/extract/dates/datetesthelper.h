#pragma once
// Shared by the date suites: runs a DateReader over one team-written sentence read against a
// fixed article date, and compares what it found with a compact expectation:
//   "2019/year@nel 2019; P4Y/duration"  value/grain, optionally @ the span's text,
// every date of the sentence in order, "" for a sentence without dates.

#include "core/extract/dates/datereader.h"
#include "core/extract/extractioninput.h"
#include "core/text/article.h"
#include "core/text/tokenizer.h"

#include <QStringList>
#include <QTest>

namespace dealdesk::test {

inline QList<DateMention> readDates(const DateReader &reader, const QString &text, const QString &published)
{
    Article article;
    article.text = text;
    article.language = reader.language();
    article.published = published;
    const ExtractionInput in = ExtractionInput::from(article, SentenceSplitter());
    return reader.read(in);
}

// The found dates written as the expectation is, spans shown only where it shows them.
inline QString describe(const QList<DateMention> &found, const QString &expected)
{
    const QStringList want = expected.isEmpty() ? QStringList() : expected.split(QStringLiteral("; "));
    QStringList parts;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const DateMention &m = found[i];
        QString part = m.value + u'/' + toString(m.grain);
        if (i < want.size() && want[i].contains(u'@'))
            part += u'@' + m.text;
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

// Every span must be the text it claims to cover.
inline bool spansAgree(const QList<DateMention> &found, const QString &text)
{
    for (const DateMention &m : found) {
        if (m.range.start < 0 || m.range.end > text.size() || m.range.start >= m.range.end
            || text.mid(m.range.start, m.range.length()) != m.text)
            return false;
    }
    return true;
}

} // namespace dealdesk::test

// Declares the columns every language suite uses.
#define DEALDESK_DATE_COLUMNS()                                                                    \
    QTest::addColumn<QString>("text");                                                            \
    QTest::addColumn<QString>("published");                                                       \
    QTest::addColumn<QString>("expected")

#define DEALDESK_DATE_CHECK(reader)                                                                \
    do {                                                                                           \
        QFETCH(QString, text);                                                                     \
        QFETCH(QString, published);                                                                \
        QFETCH(QString, expected);                                                                 \
        const auto found = dealdesk::test::readDates((reader), text, published);                  \
        QVERIFY(dealdesk::test::spansAgree(found, text));                                          \
        QCOMPARE(dealdesk::test::describe(found, expected), expected);                            \
    } while (false)
