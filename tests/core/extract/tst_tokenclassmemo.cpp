// TokenClassMemo: a remembered class is the one computed, asked once per distinct token; texts
// that differ only in a tail padded to four units or in length stay apart; two owners never
// see each other's classes; kinds keep equal texts apart; classes stay right when more
// distinct tokens pass through than the table holds; each thread has its own table.
// kindsAreApart's rows are the collisions that once made `dealdesk extract` differ from run
// to run (an answer cached for one token was given to another, in whichever order the
// threads met them).
#include "core/extract/tokenclassmemo.h"

#include <QTest>
#include <QtConcurrent>

using namespace dealdesk;

class TestTokenClassMemo : public QObject
{
    Q_OBJECT
private slots:
    void remembersTheClass_data();
    void remembersTheClass();
    void similarTextsStayApart();
    void ownersAreApart();
    void kindsAreApart_data();
    void kindsAreApart();
    void manyTokensStayRight();
    void threadsAnswerAlike();
};

void TestTokenClassMemo::remembersTheClass_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("cls");
    QTest::addRow("word") << u"miliardi"_qs << 3;
    QTest::addRow("class 0") << u"della"_qs << 0;
    QTest::addRow("class 255") << u"Mrd"_qs << 255;
    QTest::addRow("accented") << u"città"_qs << 7;
    QTest::addRow("empty") << QString() << 1;
    QTest::addRow("lone surrogate") << QString(QChar(0xD800)) << 9;
    QTest::addRow("long") << QString(300, u'x') << 4;
}

void TestTokenClassMemo::remembersTheClass()
{
    QFETCH(QString, token);
    QFETCH(int, cls);
    const TokenClassMemo memo;
    int calls = 0;
    const auto classOf = [&] {
        ++calls;
        return quint8(cls);
    };
    QCOMPARE(int(memo.remember(TokenKind::Word, token, classOf)), cls);
    QCOMPARE(int(memo.remember(TokenKind::Word, token, classOf)), cls);
    QCOMPARE(int(memo.remember(TokenKind::Word, QString(token), classOf)), cls); // same text, other string
    QCOMPARE(calls, 1);
}

void TestTokenClassMemo::similarTextsStayApart()
{
    // The hash reads four units at a time and pads the tail: "abc" and "abc\0" must differ,
    // and so must every prefix of a word.
    const TokenClassMemo memo;
    const QString word = u"investimenti"_qs;
    for (qsizetype n = 0; n <= word.size(); ++n)
        QCOMPARE(int(memo.remember(TokenKind::Word, QStringView(word).first(n), [&] { return quint8(n); })), int(n));
    const QString padded = u"abc"_qs + QChar(0);
    QCOMPARE(int(memo.remember(TokenKind::Word, u"abc", [] { return quint8(1); })), 1);
    QCOMPARE(int(memo.remember(TokenKind::Word, padded, [] { return quint8(2); })), 2);
    for (qsizetype n = 0; n <= word.size(); ++n)
        QCOMPARE(int(memo.remember(TokenKind::Word, QStringView(word).first(n), [] { return quint8(200); })), int(n));
}

void TestTokenClassMemo::ownersAreApart()
{
    const TokenClassMemo one;
    const TokenClassMemo other;
    QCOMPARE(int(one.remember(TokenKind::Word, u"euro", [] { return quint8(1); })), 1);
    QCOMPARE(int(other.remember(TokenKind::Word, u"euro", [] { return quint8(2); })), 2);
    QCOMPARE(int(one.remember(TokenKind::Word, u"euro", [] { return quint8(3); })), 1); // still its own
}

void TestTokenClassMemo::kindsAreApart_data()
{
    // Pairs whose kind and text differ in the same bits, which a hash that XORs the kind
    // beside the units cannot tell apart: Word "c" (0x63) and Punct "`" (0x60 ^ 3), and a
    // fourth unit differing by the kind shifted into its high byte.
    QTest::addColumn<int>("kindA");
    QTest::addColumn<QString>("textA");
    QTest::addColumn<int>("kindB");
    QTest::addColumn<QString>("textB");
    QTest::addRow("same text") << int(TokenKind::Word) << u"5"_qs << int(TokenKind::Punct) << u"5"_qs;
    QTest::addRow("c and backtick") << int(TokenKind::Word) << u"c"_qs << int(TokenKind::Punct) << u"`"_qs;
    QTest::addRow("fourth unit") << int(TokenKind::Word) << u"abcd"_qs << int(TokenKind::Number)
                                 << (u"abc"_qs + QChar(u'd' ^ 0x100));
    QTest::addRow("first unit and kind") << int(TokenKind::Number) << u"1"_qs << int(TokenKind::Word)
                                         << QString(QChar(u'1' ^ 1));
}

void TestTokenClassMemo::kindsAreApart()
{
    QFETCH(int, kindA);
    QFETCH(QString, textA);
    QFETCH(int, kindB);
    QFETCH(QString, textB);
    const TokenClassMemo memo;
    QCOMPARE(int(memo.remember(TokenKind(kindA), textA, [] { return quint8(1); })), 1);
    QCOMPARE(int(memo.remember(TokenKind(kindB), textB, [] { return quint8(2); })), 2);
    QCOMPARE(int(memo.remember(TokenKind(kindA), textA, [] { return quint8(3); })), 1);
}

void TestTokenClassMemo::manyTokensStayRight()
{
    // Far more distinct tokens than slots: evicted classes are computed again, never mixed up.
    const TokenClassMemo memo;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 100000; ++i) {
            const QString token = QString::number(i);
            const quint8 expected = quint8(i % 251);
            QCOMPARE(memo.remember(TokenKind::Word, token, [&] { return expected; }), expected);
        }
    }
}

void TestTokenClassMemo::threadsAnswerAlike()
{
    const TokenClassMemo memo;
    QList<int> seeds(8);
    for (int i = 0; i < seeds.size(); ++i)
        seeds[i] = i;
    const QList<bool> results = QtConcurrent::blockingMapped(seeds, [&memo](int seed) {
        bool ok = true;
        for (int i = 0; i < 20000; ++i) {
            const int n = (i * 7919 + seed) % 5000;
            const quint8 expected = quint8(n % 200);
            ok = ok && memo.remember(TokenKind::Word, QString::number(n), [&] { return expected; }) == expected;
        }
        return ok;
    });
    for (bool ok : results)
        QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestTokenClassMemo)
#include "tst_tokenclassmemo.moc"
