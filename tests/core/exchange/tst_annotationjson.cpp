// JSON Lines records: code point offsets, the doccano "label" list (rejected spans left
// out), every field of "spans" and "deals" read back, doccano's own records (labels only)
// read as a person's accepted annotations, and bad lines named while the rest is read.

#include "exchangesamples.h"

#include "core/exchange/annotationimport.h"
#include "core/exchange/annotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

class TestAnnotationJson : public QObject
{
    Q_OBJECT

private slots:
    void recordReadsBack_data()
    {
        QTest::addColumn<int>("index");
        QTest::addRow("it") << 0;
        QTest::addRow("en") << 1;
        QTest::addRow("fr") << 2;
    }
    void recordReadsBack()
    {
        QFETCH(int, index);
        const AnnotatedArticle doc = samples::articles().at(index);
        // Through text, as a file would carry it.
        const QByteArray line = QJsonDocument(annotationJson(doc)).toJson(QJsonDocument::Compact);
        QVERIFY(!line.contains('\n'));
        QStringList errors;
        const AnnotatedArticle back = readAnnotationJson(QJsonDocument::fromJson(line).object(), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(back, doc);
    }

    void labelsAreDoccanoSpans()
    {
        const AnnotatedArticle en = samples::articles().at(1);
        const QJsonObject record = annotationJson(en);
        const QJsonArray labels = record.value(u"label").toArray();
        int notRejected = 0;
        for (const Annotation &a : en.annotations)
            notRejected += a.kind != FindingKind::Deal && a.state != FindingState::Rejected;
        QCOMPARE(labels.size(), notRejected);
        const QString &text = en.article.text;
        const TextRange r = samples::at(text, u"Harbor Lane Ventures"_qs);
        const qint64 start = text.left(r.start).toUcs4().size();
        QVERIFY(labels.contains(QJsonArray{start, start + 20, u"ORG"_qs}));
        QCOMPARE(record.value(u"spans").toArray().size() + record.value(u"deals").toArray().size(),
                 en.annotations.size());
    }

    void doccanoRecordReadsAsPersonAccepted_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("label") << QByteArray(R"({"id": 7, "text": "Ténéré Robotique lève 3 M€ 🎉 auprès de Sable Invest.", "label": [[0, 16, "ORG"], [22, 26, "MONEY"], [39, 51, "ORG"]]})");
        QTest::addRow("entities")
            << QByteArray(R"({"id": 7, "text": "Ténéré Robotique lève 3 M€ 🎉 auprès de Sable Invest.", "entities": [)"
                          R"({"id": 1, "label": "ORG", "start_offset": 0, "end_offset": 16},)"
                          R"({"id": 2, "label": "MONEY", "start_offset": 22, "end_offset": 26},)"
                          R"({"id": 3, "label": "ORG", "start_offset": 39, "end_offset": 51}], "relations": []})");
    }
    void doccanoRecordReadsAsPersonAccepted()
    {
        QFETCH(QByteArray, line);
        QStringList errors;
        const AnnotatedArticle doc = readAnnotationJson(QJsonDocument::fromJson(line).object(), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(doc.article.id, u"7"_qs);
        QCOMPARE(doc.annotations.size(), 3);
        for (const Annotation &a : doc.annotations) {
            QCOMPARE(toString(a.state), toString(FindingState::Accepted));
            QCOMPARE(toString(a.origin), toString(FindingOrigin::Person));
        }
        const auto *last = std::get_if<EntityMention>(&doc.annotations.constLast().value);
        QVERIFY(last);
        QCOMPARE(last->text, u"Sable Invest"_qs); // after the emoji: code points, not UTF-16
        QCOMPARE(last->canonical, u"Sable Invest"_qs);
    }

    void badPartsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("kept"); // articles read
        QTest::addRow("not json") << QByteArray("{\"id\": \"x\", \"text\": ") << u"annotations.jsonl:2:"_qs << 2;
        QTest::addRow("no text") << QByteArray(R"({"id": "x"})") << u"no \"text\""_qs << 2;
        QTest::addRow("span outside") << QByteArray(R"({"text": "Nuvola Spa", "label": [[0, 40, "ORG"]]})")
                                      << u"not inside the text"_qs << 3;
        QTest::addRow("unknown label") << QByteArray(R"({"text": "Nuvola Spa", "label": [[0, 6, "COMPANY"]]})")
                                       << u"COMPANY"_qs << 3;
        QTest::addRow("unknown state")
            << QByteArray(R"({"text": "Nuvola Spa", "spans": [{"start": 0, "end": 6, "label": "ORG", "state": "ok"}]})")
            << u"state"_qs << 3;
    }
    void badPartsAreNamed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        QFETCH(int, kept);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"annotations.jsonl"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"text": "Prima riga.", "label": [[0, 5, "ORG"]]})" "\n");
        f.write(line + '\n');
        f.write(R"({"text": "Terza riga.", "label": [[0, 5, "ORG"]]})" "\n");
        f.close();
        ExchangeReport report;
        const QList<AnnotatedArticle> docs = readAnnotations(ExchangeFormat::JsonLines, path, report);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors[0].startsWith(path + u":2: "_qs), qPrintable(report.errors[0]));
        QVERIFY2(report.errors[0].contains(reason), qPrintable(report.errors[0]));
        QCOMPARE(docs.size(), kept);
        QCOMPARE(report.annotations, 2); // the lines around it, whole
    }
};

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
