#include "core/extract/tsvtable.h"

#include <QDirIterator>
#include <QTest>

using namespace dealdesk;

class TestTsvTable : public QObject
{
    Q_OBJECT

private slots:
    void parsesHeaderCommentsAndRows()
    {
        QString error;
        const auto t = TsvTable::parse(QStringLiteral("# comment\nword\tvalue\n\nventi\t20\r\nmila\t1000\n"),
                                       QStringLiteral("x.tsv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->value(0, QStringLiteral("word")), QStringLiteral("venti"));
        QCOMPARE(t->value(1, QStringLiteral("value")), QStringLiteral("1000"));
        QCOMPARE(t->lineNumber(1), 5);
        QCOMPARE(t->value(0, QStringLiteral("missing")), QString());
    }

    void tooManyColumnsNamesFileAndLine()
    {
        QString error;
        QVERIFY(!TsvTable::parse(QStringLiteral("a\tb\n1\t2\t3\n"), QStringLiteral("bad.tsv"), &error));
        QCOMPARE(error, QStringLiteral("bad.tsv:2: 3 columns, the header has 2"));
    }

    void everyBundledLexiconParses()
    {
        QDirIterator it(QStringLiteral(":/lexicon"), {QStringLiteral("*.tsv")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString error;
            QVERIFY2(TsvTable::load(path, &error), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTsvTable)
#include "tst_tsvtable.moc"
