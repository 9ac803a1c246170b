// The calendar rules of the date reader on their own, and the digit-only date forms.
#include "core/extract/dates/datecalendar.h"
#include "core/extract/dates/numericdate.h"

#include <QTest>

using namespace dealdesk;
namespace cal = dealdesk::datecalendar;

Q_DECLARE_METATYPE(dealdesk::Tense)

class TestDateCalendar : public QObject
{
    Q_OBJECT
private slots:
    void monthYear_data();
    void monthYear();
    void modMonth_data();
    void modMonth();
    void weekday_data();
    void weekday();
    void values();
    void numeric_data();
    void numeric();
};

void TestDateCalendar::monthYear_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<Tense>("tense");
    QTest::addColumn<int>("year");
    QTest::addRow("past earlier month") << 8 << QDate(2025, 1, 30) << Tense::Past << 2024;
    QTest::addRow("past same month") << 1 << QDate(2025, 1, 30) << Tense::Past << 2025;
    QTest::addRow("past earlier this year") << 4 << QDate(2025, 6, 14) << Tense::Past << 2025;
    QTest::addRow("future later this year") << 8 << QDate(2025, 7, 10) << Tense::Future << 2025;
    QTest::addRow("future earlier month") << 3 << QDate(2025, 7, 10) << Tense::Future << 2026;
    QTest::addRow("future same month") << 7 << QDate(2025, 7, 10) << Tense::Future << 2025;
}

void TestDateCalendar::monthYear()
{
    QFETCH(int, month);
    QFETCH(QDate, reference);
    QFETCH(Tense, tense);
    QFETCH(int, year);
    QCOMPARE(cal::yearOfMonth(month, reference, tense), year);
}

void TestDateCalendar::modMonth_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("mod");
    QTest::addColumn<int>("year");
    // Reference 2024-05-27 throughout.
    QTest::addRow("last July") << 7 << -1 << 2023;
    QTest::addRow("last May") << 5 << -1 << 2023;
    QTest::addRow("last January") << 1 << -1 << 2024;
    QTest::addRow("next July") << 7 << 1 << 2024;
    QTest::addRow("next March") << 3 << 1 << 2025;
    QTest::addRow("this September") << 9 << 0 << 2024;
}

void TestDateCalendar::modMonth()
{
    QFETCH(int, month);
    QFETCH(int, mod);
    QFETCH(int, year);
    QCOMPARE(cal::yearOfModMonth(month, QDate(2024, 5, 27), mod), year);
}

void TestDateCalendar::weekday_data()
{
    QTest::addColumn<int>("dayOfWeek");
    QTest::addColumn<int>("mod"); // 9: none, read by tense
    QTest::addColumn<Tense>("tense");
    QTest::addColumn<QDate>("expected");
    // Reference 2024-10-03, a Thursday.
    QTest::addRow("past Monday") << 1 << 9 << Tense::Past << QDate(2024, 9, 30);
    QTest::addRow("past Thursday is the day itself") << 4 << 9 << Tense::Past << QDate(2024, 10, 3);
    QTest::addRow("past Friday") << 5 << 9 << Tense::Past << QDate(2024, 9, 27);
    QTest::addRow("future Friday") << 5 << 9 << Tense::Future << QDate(2024, 10, 4);
    QTest::addRow("future Thursday") << 4 << 9 << Tense::Future << QDate(2024, 10, 10);
    QTest::addRow("last Thursday") << 4 << -1 << Tense::Past << QDate(2024, 9, 26);
    QTest::addRow("next Tuesday") << 2 << 1 << Tense::Past << QDate(2024, 10, 8);
    QTest::addRow("this Saturday") << 6 << 0 << Tense::Past << QDate(2024, 10, 5);
}

void TestDateCalendar::weekday()
{
    QFETCH(int, dayOfWeek);
    QFETCH(int, mod);
    QFETCH(Tense, tense);
    QFETCH(QDate, expected);
    const QDate ref(2024, 10, 3);
    QCOMPARE(mod == 9 ? cal::weekday(dayOfWeek, ref, tense) : cal::modWeekday(dayOfWeek, ref, mod), expected);
}

void TestDateCalendar::values()
{
    QCOMPARE(cal::yearValue(2019), u"2019"_qs);
    QCOMPARE(cal::monthValue(2024, 8), u"2024-08"_qs);
    QCOMPARE(cal::quarterValue(2025, 3), u"2025-Q3"_qs);
    QCOMPARE(cal::dayValue(QDate(2025, 1, 30)), u"2025-01-30"_qs);
    QCOMPARE(cal::durationValue(4, u'Y'), u"P4Y"_qs);
    QCOMPARE(cal::durationValue(18, u'M'), u"P18M"_qs);
    QCOMPARE(cal::durationValue(3.5, u'Y'), u"P3.5Y"_qs);
    QCOMPARE(cal::shifted(QDate(2024, 3, 31), u'M', -1), QDate(2024, 2, 29));
}

void TestDateCalendar::numeric_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("monthFirst");
    QTest::addColumn<bool>("shortForms");
    QTest::addColumn<QString>("expected"); // y-m-d[Ttime]@end, or "" for no date
    QTest::addRow("iso") << u"2025-01-30"_qs << false << false << u"2025-1-30@10"_qs;
    QTest::addRow("iso time") << u"2025-01-30T04:10 x"_qs << false << false << u"2025-1-30T04:10@16"_qs;
    QTest::addRow("dotted") << u"30.01.2025"_qs << false << false << u"2025-1-30@10"_qs;
    QTest::addRow("dotted time") << u"30.01.2025, 04:10"_qs << false << false << u"2025-1-30T04:10@17"_qs;
    QTest::addRow("us") << u"1/30/2025"_qs << true << false << u"2025-1-30@9"_qs;
    QTest::addRow("us ambiguous") << u"2/3/2025"_qs << true << false << u"2025-2-3@8"_qs;
    QTest::addRow("european") << u"2/3/2025"_qs << false << false << u"2025-3-2@8"_qs;
    QTest::addRow("european swapped") << u"1/30/2025"_qs << false << false << u"2025-1-30@9"_qs;
    QTest::addRow("two-digit year") << u"15.05.99"_qs << false << false << u"1999-5-15@8"_qs;
    QTest::addRow("two-digit recent") << u"23/06/18"_qs << false << false << u"2018-6-23@8"_qs;
    QTest::addRow("german no year") << u"28.10. statt"_qs << false << false << u"0-10-28@5"_qs;
    QTest::addRow("decimal is no date") << u"28.10 Prozent"_qs << false << false << QString();
    QTest::addRow("month") << u"2015-12"_qs << false << false << u"2015-12-0@7"_qs;
    QTest::addRow("month first") << u"12-2015"_qs << false << false << u"2015-12-0@7"_qs;
    QTest::addRow("short needs preposition") << u"1/2"_qs << false << false << QString();
    QTest::addRow("short after preposition") << u"22/04"_qs << false << true << u"0-4-22@5"_qs;
    QTest::addRow("impossible") << u"30/02/2024"_qs << false << false << QString();
    QTest::addRow("thousands") << u"1.200.000"_qs << false << false << QString();
    QTest::addRow("runs on") << u"12/10/2024/5"_qs << false << false << QString();
    QTest::addRow("long digits") << QString(10000, u'7') + u"/12/2024"_qs << false << false << QString();
    QTest::addRow("year range") << u"2024-25"_qs << false << false << QString();
    QTest::addRow("fraction of time") << u"24/7"_qs << false << false << QString();
}

void TestDateCalendar::numeric()
{
    QFETCH(QString, text);
    QFETCH(bool, monthFirst);
    QFETCH(bool, shortForms);
    QFETCH(QString, expected);
    NumericDateOptions options;
    options.monthFirst = monthFirst;
    options.shortForms = shortForms;
    options.referenceYear = 2025;
    const auto d = readNumericDate(text, 0, options);
    QString got;
    if (d) {
        got = QStringLiteral("%1-%2-%3").arg(d->year).arg(d->month).arg(d->day);
        if (!d->time.isEmpty())
            got += u'T' + d->time;
        got += u'@' + QString::number(d->end);
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestDateCalendar)
#include "tst_datecalendar.moc"
