// TokenTestMemo: a remembered answer is the test's own, asked once per distinct token; two
// owners never see each other's answers; kinds keep equal texts apart; answers stay right when
// more distinct tokens pass through than the table holds; each thread has its own table.
#include "core/extract/tokentestmemo.h"

#include <QHash>
#include <QTest>
#include <QtConcurrent>

using namespace dealdesk;

class TestTokenTestMemo : public QObject
{
    Q_OBJECT
private slots:
    void remembersTheTestsAnswer_data();
    void remembersTheTestsAnswer();
    void ownersAreApart();
    void kindsAreApart();
    void manyTokensStayRight();
    void threadsAnswerAlike();
};

void TestTokenTestMemo::remembersTheTestsAnswer_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("answer");
    QTest::addRow("word, yes") << u"miliardi"_qs << true;
    QTest::addRow("word, no") << u"della"_qs << false;
    QTest::addRow("accented") << u"città"_qs << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("lone surrogate") << QString(QChar(0xD800)) << true;
}

void TestTokenTestMemo::remembersTheTestsAnswer()
{
    QFETCH(QString, token);
    QFETCH(bool, answer);
    const TokenTestMemo memo;
    int calls = 0;
    const auto test = [&] {
        ++calls;
        return answer;
    };
    QCOMPARE(memo.remember(TokenKind::Word, token, test), answer);
    QCOMPARE(memo.remember(TokenKind::Word, token, test), answer);
    QCOMPARE(memo.remember(TokenKind::Word, QString(token), test), answer); // same text, other string
    QCOMPARE(calls, 1);
}

void TestTokenTestMemo::ownersAreApart()
{
    const TokenTestMemo yes;
    const TokenTestMemo no;
    QVERIFY(yes.remember(TokenKind::Word, u"euro", [] { return true; }));
    QVERIFY(!no.remember(TokenKind::Word, u"euro", [] { return false; }));
    QVERIFY(yes.remember(TokenKind::Word, u"euro", [] { return false; })); // still its own answer
}

void TestTokenTestMemo::kindsAreApart()
{
    const TokenTestMemo memo;
    QVERIFY(memo.remember(TokenKind::Word, u"5", [] { return true; }));
    QVERIFY(!memo.remember(TokenKind::Punct, u"5", [] { return false; }));
}

void TestTokenTestMemo::manyTokensStayRight()
{
    // Far more distinct tokens than slots: evicted answers are computed again, never mixed up.
    const TokenTestMemo memo;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 100000; ++i) {
            const QString token = QString::number(i);
            const bool expected = i % 3 == 0;
            QCOMPARE(memo.remember(TokenKind::Word, token, [&] { return expected; }), expected);
        }
    }
}

void TestTokenTestMemo::threadsAnswerAlike()
{
    const TokenTestMemo memo;
    QList<int> inputs(8);
    for (int i = 0; i < inputs.size(); ++i)
        inputs[i] = i;
    const QList<bool> results = QtConcurrent::blockingMapped(inputs, [&memo](int seed) {
        bool ok = true;
        for (int i = 0; i < 20000; ++i) {
            const int n = (i * 7919 + seed) % 5000;
            const bool expected = n % 2 == 0;
            ok = ok && memo.remember(TokenKind::Word, QString::number(n), [&] { return expected; }) == expected;
        }
        return ok;
    });
    for (bool ok : results)
        QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestTokenTestMemo)
#include "tst_tokentestmemo.moc"
