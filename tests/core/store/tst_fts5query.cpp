// fts5MatchExpression: what a person types becomes an FTS5 expression that cannot be a
// syntax error, keeping phrases and prefix stars.

#include "core/store/fts5query.h"

#include <QTest>

using namespace dealdesk;

class TestFts5Query : public QObject
{
    Q_OBJECT

private slots:
    void expression_data();
    void expression();
};

void TestFts5Query::expression_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // null string: nothing to search

    QTest::addRow("one word") << u"Nvidia"_qs << u"\"Nvidia\""_qs;
    QTest::addRow("two words are ANDed") << u"fondo  sovrano"_qs << u"\"fondo\" \"sovrano\""_qs;
    QTest::addRow("hyphenated names stay one term")
        << u"OpenAI-Microsoft"_qs << u"\"OpenAI-Microsoft\""_qs;
    QTest::addRow("phrase") << u"\"round di serie B\""_qs << u"\"round di serie B\""_qs;
    QTest::addRow("unbalanced quote runs to the end")
        << u"Mistral \"AI Europa"_qs << u"\"Mistral\" \"AI Europa\""_qs;
    QTest::addRow("stray quote alone") << u"\""_qs << QString();
    QTest::addRow("prefix word") << u"invest*"_qs << u"\"invest\"*"_qs;
    QTest::addRow("prefix phrase") << u"\"data cent\"*"_qs << u"\"data cent\"*"_qs;
    QTest::addRow("operators are words") << u"NOT OR AND NEAR"_qs
                                         << u"\"NOT\" \"OR\" \"AND\" \"NEAR\""_qs;
    QTest::addRow("column filter syntax is text") << u"title:Anthropic"_qs
                                                  << u"\"title:Anthropic\""_qs;
    QTest::addRow("brackets and caret") << u"(^x) {y}"_qs << u"\"(^x)\" \"{y}\""_qs;
    QTest::addRow("only punctuation") << u"- * ( ) :"_qs << QString();
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("accents kept") << u"società perché"_qs << u"\"società\" \"perché\""_qs;
    QTest::addRow("emoji only") << u"🚀 💶"_qs << QString();
    QTest::addRow("emoji beside a word") << u"🚀razzo"_qs << u"\"🚀razzo\""_qs;
    QTest::addRow("control characters separate")
        << QString(u"a"_qs + QChar(0) + u"b"_qs + QChar(1) + u"c"_qs) << u"\"a\" \"b\" \"c\""_qs;
    QTest::addRow("NUL inside a phrase ends it")
        << QString(u"\"x y"_qs + QChar(0) + u"z\""_qs) << u"\"x y\" \"z\""_qs;
    QTest::addRow("lone star after word") << u"Meta *"_qs << u"\"Meta\""_qs;
}

void TestFts5Query::expression()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto got = fts5MatchExpression(input);
    if (expected.isNull()) {
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
    } else {
        QVERIFY(got);
        QCOMPARE(*got, expected);
    }
}

QTEST_GUILESS_MAIN(TestFts5Query)
#include "tst_fts5query.moc"
