#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QString err;
    };

    static Run dealdesk(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(DEALDESK_BINARY_DIR "/app/dealdesk"));
        p.setArguments(arguments);
        p.start();
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }

    const QString data = QStringLiteral(DEALDESK_TEST_DATA "/cli");

private slots:
    void extractFillsMetadata()
    {
        const Run r = dealdesk({u"extract"_qs, data + u"/good"_qs});
        QCOMPARE(r.status, 0);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 2);
        // Folders are walked in sorted order: en-... before it-...
        const QJsonObject en = objects[0];
        QVERIFY(en.value(u"file").toString().endsWith(u"en-chip-round.txt"));
        QCOMPARE(en.value(u"title").toString(), u"Chip designer Lumen Silicon raises $45 million"_qs);
        QCOMPARE(en.value(u"author").toString(), u"Owen Marsh"_qs);
        QCOMPARE(en.value(u"outlet").toString(), u"Ledger Weekly"_qs);
        QCOMPARE(en.value(u"published").toString(), u"2025-03-03"_qs);
        QCOMPARE(en.value(u"language").toString(), u"en"_qs);
        const QJsonObject it = objects[1];
        QCOMPARE(it.value(u"author").toString(), u"Carla Ventura"_qs);
        QCOMPARE(it.value(u"published").toString(), u"2025-03-14T11:20"_qs);
        QCOMPARE(it.value(u"outlet").toString(), u"Gazzetta dei Capitali"_qs);
        QCOMPARE(it.value(u"language").toString(), u"it"_qs);
        for (const char16_t *list : {u"entities", u"amounts", u"dates", u"deals"})
            QVERIFY(it.value(QStringView(list)).isArray());
    }

    void badFilesAreNamedSkippedAndCounted()
    {
        const Run r = dealdesk({u"extract"_qs, data + u"/bad"_qs, data + u"/good"_qs});
        QCOMPARE(r.status, 1);
        QCOMPARE(jsonLines(r.out).size(), 2); // the good ones still come out
        QVERIFY2(r.err.contains(u"empty.txt"_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"archive.txt"_qs), qPrintable(r.err));
    }

    void jsonLinesFromStandardInput()
    {
        const QByteArray input = R"({"id": "a", "text": "Nulla di nuovo oggi in borsa a Milano.", "published": "2025-02-01"})"
                                 "\n{not json}\n"
                                 R"({"id": "b", "text": "A quiet day for the markets in London today."})"
                                 "\n";
        const Run r = dealdesk({u"extract"_qs, u"--input-format"_qs, u"jsonl"_qs, u"-"_qs}, input);
        QCOMPARE(r.status, 1);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value(u"file").toString(), u"a"_qs);
        QCOMPARE(objects[0].value(u"published").toString(), u"2025-02-01"_qs);
        QCOMPARE(objects[1].value(u"file").toString(), u"b"_qs);
        QVERIFY2(r.err.contains(u":2"_qs), qPrintable(r.err)); // the bad line is named
    }

    void importThenSearch()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.dealdesk"_qs);
        Run r = dealdesk({u"import"_qs, u"--db"_qs, db, data + u"/good"_qs});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(u"imported 2 new articles, 0 already"_qs), qPrintable(r.err));
        r = dealdesk({u"import"_qs, u"--db"_qs, db, data + u"/good"_qs, data + u"/bad"_qs});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"imported 0 new articles, 2 already"_qs), qPrintable(r.err));
        r = dealdesk({u"search"_qs, u"--db"_qs, db, u"robotica"_qs});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("Un fondo torinese"));
        QVERIFY(!r.out.contains("Lumen"));
        QVERIFY2(r.err.contains(u"1 match"_qs), qPrintable(r.err));
    }

    void reextract_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // in stderr
        QTest::addRow("whole corpus") << QStringList{} << 0 << u"re-extracted 2 articles with 0 learned names"_qs;
        QTest::addRow("batches of one") << QStringList{u"--batch"_qs, u"1"_qs} << 0 << u"extracted 1 of 2 articles"_qs;
        QTest::addRow("bad batch") << QStringList{u"--batch"_qs, u"0"_qs} << 2 << u"--batch"_qs;
        QTest::addRow("no such corpus") << QStringList{u"--db"_qs, u"/nonexistent/r.dealdesk"_qs} << 1
                                        << u"/nonexistent/r.dealdesk"_qs;
    }

    void reextract()
    {
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"r.dealdesk"_qs);
        QCOMPARE(dealdesk({u"import"_qs, u"--db"_qs, db, data + u"/good"_qs}).status, 0);
        const Run r = dealdesk(QStringList{u"reextract"_qs, u"--db"_qs, db} + options);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void missingCorpusIsAClearError()
    {
        const Run r = dealdesk({u"search"_qs, u"--db"_qs, u"/nonexistent/x.dealdesk"_qs, u"a"_qs});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"/nonexistent/x.dealdesk"_qs), qPrintable(r.err));
    }

    void chart_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // in the alt text (stdout), or stderr on failure
        const QString all = u"--all-findings"_qs;
        QTest::addRow("sizes, svg") << QStringList{all} << u"c.svg"_qs << 0 << u"Horizontal bar chart"_qs;
        QTest::addRow("timeline, png 2x")
            << QStringList{all, u"--kind"_qs, u"timeline"_qs, u"--width"_qs, u"600"_qs, u"--height"_qs, u"400"_qs,
                           u"--ratio"_qs, u"2"_qs}
            << u"c.png"_qs << 0 << u"Timeline chart"_qs;
        QTest::addRow("per target in euros, pdf")
            << QStringList{all, u"--group"_qs, u"target"_qs, u"--currency"_qs, u"EUR"_qs} << u"c.pdf"_qs << 0
            << u"deals summed per target, in euros"_qs;
        QTest::addRow("csv") << QStringList{all, u"--scale"_qs, u"log"_qs} << u"c.csv"_qs << 0 << u"logarithmic"_qs;
        QTest::addRow("accepted only by default: none yet") << QStringList{} << u"c.svg"_qs << 0
                                                            << u"no deals with an amount"_qs;
        QTest::addRow("filtered to no article") << QStringList{all, u"--outlet"_qs, u"Nobody"_qs} << u"c.svg"_qs << 0
                                                << u"no deals with an amount"_qs;
        QTest::addRow("unknown kind") << QStringList{u"--kind"_qs, u"pie"_qs} << u"c.svg"_qs << 2 << u"--kind"_qs;
        QTest::addRow("unknown format") << QStringList{} << u"c.gif"_qs << 2 << u"--out"_qs;
        QTest::addRow("currency without a rate") << QStringList{u"--currency"_qs, u"XTS"_qs} << u"c.svg"_qs << 1
                                                 << u"no rate for XTS"_qs;
    }

    void chart()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, out);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.dealdesk"_qs);
        QCOMPARE(dealdesk({u"import"_qs, u"--db"_qs, db, data + u"/good"_qs}).status, 0);
        const QString path = dir.filePath(out);
        const QStringList arguments = QStringList{u"chart"_qs, u"--db"_qs, db, u"--out"_qs, path} + options;
        const Run r = dealdesk(arguments);
        QCOMPARE(r.status, status);
        if (status != 0) {
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            return;
        }
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QFile::exists(dir.filePath(u"c.txt"_qs))); // the alt text beside the chart
        if (out.endsWith(u".png"_qs)) {
            // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
            auto be = [&bytes](int at) {
                return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
                       | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
            };
            QCOMPARE(be(16), 1200u);
            QCOMPARE(be(20), 800u);
        }
        // The same input, the same bytes.
        QCOMPARE(dealdesk(arguments).status, 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == bytes, "a second run wrote other bytes");
    }
    void unknownOptionValueIsAUsageError()
    {
        const Run r = dealdesk({u"extract"_qs, u"--format"_qs, u"xml"_qs, data});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(u"--format"_qs));
    }

    void exportEveryFormatThenImport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("importPath"); // relative to the export folder; empty: no import
        QTest::addRow("brat") << u"brat"_qs << QStringList{u"annotation.conf"_qs, u"visual.conf"_qs} << u"."_qs;
        QTest::addRow("jsonl") << u"jsonl"_qs << QStringList{u"annotations.jsonl"_qs} << u"annotations.jsonl"_qs;
        QTest::addRow("csv") << u"csv"_qs << QStringList{u"deals.csv"_qs, u"amounts.csv"_qs} << QString();
    }
    void exportEveryFormatThenImport()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, files);
        QFETCH(QString, importPath);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.dealdesk"_qs);
        QCOMPARE(dealdesk({u"import"_qs, u"--db"_qs, db, data + u"/good"_qs}).status, 0);
        const QString out = dir.filePath(u"out"_qs);
        Run r = dealdesk({u"export"_qs, u"--db"_qs, db, u"--format"_qs, format, u"--out"_qs, out});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(u"exported 2 articles"_qs), qPrintable(r.err));
        for (const QString &f : files)
            QVERIFY2(QFileInfo::exists(out + u'/' + f), qPrintable(f));
        if (importPath.isEmpty())
            return;
        r = dealdesk({u"import-annotations"_qs, u"--db"_qs, dir.filePath(u"fresh.dealdesk"_qs), u"--format"_qs,
                      format, out + u'/' + importPath});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(u"read 2 articles"_qs) && r.err.contains(u"2 articles and"_qs), qPrintable(r.err));
        // Twice: nothing is doubled.
        r = dealdesk({u"import-annotations"_qs, u"--db"_qs, dir.filePath(u"fresh.dealdesk"_qs), u"--format"_qs,
                      format, out + u'/' + importPath});
        QVERIFY2(r.err.contains(u"0 articles and 0 annotations added"_qs), qPrintable(r.err));
    }

    void brokenAnnLineIsNamedAndTheRestImported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"brat"_qs);
        QVERIFY(QDir().mkpath(folder));
        QFile txt(folder + u"/nota.txt"_qs), ann(folder + u"/nota.ann"_qs);
        QVERIFY(txt.open(QIODevice::WriteOnly) && ann.open(QIODevice::WriteOnly));
        txt.write("Cometa Dati riceve 2 milioni da Fondo Lira.");
        ann.write("T1\tORG 0 11\tCometa Dati\nT2\tORG 32 forty\tFondo Lira\nT3\tORG 32 42\tFondo Lira\n");
        txt.close();
        ann.close();
        const Run r = dealdesk({u"import-annotations"_qs, u"--db"_qs, dir.filePath(u"c.dealdesk"_qs), u"--format"_qs,
                                u"brat"_qs, folder});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"nota.ann:2:"_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"everything else was imported"_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"2 annotations added"_qs), qPrintable(r.err));
    }

    void exportNeedsAKnownFormat()
    {
        const Run r = dealdesk({u"export"_qs, u"--db"_qs, u"x.dealdesk"_qs, u"--format"_qs, u"xml"_qs, u"--out"_qs,
                                u"o"_qs});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(u"--format"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
