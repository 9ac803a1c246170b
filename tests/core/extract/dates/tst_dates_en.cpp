// English date expressions, team-written sentences read against fixed article dates.
#include "datetesthelper.h"

using namespace dealdesk;

class TestDatesEn : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();

private:
    const DateReader m_reader{QStringLiteral("en"), nullptr};
};

void TestDatesEn::read_data()
{
    DEALDESK_DATE_COLUMNS();
    const QString oct3 = QStringLiteral("2024-10-03"); // a Thursday
    // Absolute dates
    QTest::addRow("year") << u"The company was founded in 2013 by three engineers."_qs << oct3 << u"2013/year@in 2013"_qs;
    QTest::addRow("month day year") << u"The round closed on January 30, 2025, after weeks of talks."_qs << oct3
                                    << u"2025-01-30/day@on January 30, 2025"_qs;
    QTest::addRow("abbreviated month") << u"Filings dated Jan. 30 show the stake."_qs << u"2025-02-10"_qs
                                       << u"2025-01-30/day@Jan. 30"_qs;
    QTest::addRow("day month year") << u"The board met on 30 January 2025."_qs << oct3
                                    << u"2025-01-30/day@on 30 January 2025"_qs;
    QTest::addRow("ordinal suffix") << u"I'll go back 04th Jan 2019."_qs << oct3 << u"2019-01-04/day@04th Jan 2019"_qs;
    QTest::addRow("us numeric") << u"The filing is dated 1/30/2025."_qs << oct3 << u"2025-01-30/day@1/30/2025"_qs;
    QTest::addRow("datetime") << u"The deadline is 2025-01-30T04:10 in the filing."_qs << oct3
                              << u"2025-01-30T04:10/datetime@2025-01-30T04:10"_qs;
    QTest::addRow("ordinal word") << u"January first 2000 was a special day."_qs << oct3
                                  << u"2000-01-01/day@January first 2000"_qs;
    QTest::addRow("two-digit year") << u"He was born on 15 April of 87."_qs << oct3
                                    << u"1987-04-15/day@on 15 April of 87"_qs;
    QTest::addRow("lower-case month with numbers") << u"The note is dated 14 nov 2023."_qs << oct3
                                                   << u"2023-11-14/day@14 nov 2023"_qs;
    QTest::addRow("month year") << u"Revenue rose in June 2023."_qs << oct3 << u"2023-06/month@in June 2023"_qs;
    QTest::addRow("day month") << u"The office opened on 2 May 2024."_qs << oct3 << u"2024-05-02/day@on 2 May 2024"_qs;
    QTest::addRow("month day no year") << u"The company was valued at $157 billion on October 2."_qs << oct3
                                       << u"2024-10-02/day@on October 2"_qs;
    QTest::addRow("two years") << u"In 2019 and 2021 Microsoft invested."_qs << oct3 << u"2019/year@In 2019; 2021/year"_qs;
    QTest::addRow("end of year") << u"The stake was sold at the end of 2023."_qs << oct3
                                 << u"2023/year@at the end of 2023"_qs;
    QTest::addRow("by") << u"The plant will be finished by 2030."_qs << oct3 << u"2030/year@by 2030"_qs;
    QTest::addRow("fiscal") << u"Nvidia reports fiscal 2025 results."_qs << oct3 << u"2025/year@fiscal 2025"_qs;
    QTest::addRow("FY") << u"FY2025 revenue rose and FY24 margins fell."_qs << oct3 << u"2025/year@FY2025; 2024/year@FY24"_qs;
    // Quarters
    QTest::addRow("quarter of") << u"Revenue grew in the third quarter of 2024."_qs << oct3
                                << u"2024-Q3/quarter@in the third quarter of 2024"_qs;
    QTest::addRow("Q3 2024") << u"Q3 2024 revenue beat forecasts."_qs << oct3 << u"2024-Q3/quarter@Q3 2024"_qs;
    QTest::addRow("2024 Q2") << u"Revenue rose in 2024 Q2."_qs << oct3 << u"2024-Q2/quarter@in 2024 Q2"_qs;
    QTest::addRow("hyphenated quarter") << u"The chipmaker reported third-quarter revenue on Wednesday."_qs << oct3
                                        << u"2024-Q3/quarter@third-quarter; 2024-10-02/day@on Wednesday"_qs;
    QTest::addRow("last quarter") << u"Margins shrank last quarter."_qs << oct3 << u"2024-Q3/quarter@last quarter"_qs;
    // Relative expressions
    QTest::addRow("month past") << u"In April the startup raised $1 billion."_qs << oct3 << u"2024-04/month@In April"_qs;
    QTest::addRow("month future") << u"In December the company will open a new lab."_qs << oct3
                                  << u"2024-12/month@In December"_qs;
    QTest::addRow("future month next year") << u"It will launch in May."_qs << oct3 << u"2025-05/month@in May"_qs;
    QTest::addRow("last July") << u"The lab opened last July."_qs << oct3 << u"2024-07/month@last July"_qs;
    QTest::addRow("late August") << u"In late August the chipmaker warned of delays."_qs << oct3
                                 << u"2024-08/month@In late August"_qs;
    QTest::addRow("mid-November") << u"The fund closed in mid-November."_qs << oct3 << u"2023-11/month@in mid-November"_qs;
    QTest::addRow("next year") << u"Sales will double next year."_qs << oct3 << u"2025/year@next year"_qs;
    QTest::addRow("last year") << u"Losses widened last year."_qs << oct3 << u"2023/year@last year"_qs;
    QTest::addRow("this year") << u"This year the firm expects $4 billion in revenue."_qs << oct3
                               << u"2024/year@This year"_qs;
    QTest::addRow("earlier this year") << u"Earlier this year the firm hired 200 people."_qs << oct3
                                       << u"2024/year@Earlier this year"_qs;
    QTest::addRow("earlier this month") << u"Earlier this month the regulator opened a probe."_qs << oct3
                                        << u"2024-10/month@Earlier this month"_qs;
    QTest::addRow("last month") << u"Shares fell last month."_qs << oct3 << u"2024-09/month@last month"_qs;
    QTest::addRow("next month") << u"The deal is expected to close next month."_qs << oct3
                                << u"2024-11/month@next month"_qs;
    QTest::addRow("on Monday") << u"OpenAI said on Monday that it had raised funds."_qs << oct3
                               << u"2024-09-30/day@on Monday"_qs;
    QTest::addRow("weekday of publication") << u"On Thursday the firm announced a new model."_qs << oct3
                                            << u"2024-10-03/day@On Thursday"_qs;
    QTest::addRow("next Tuesday") << u"The vote takes place next Tuesday."_qs << oct3 << u"2024-10-08/day@next Tuesday"_qs;
    QTest::addRow("yesterday") << u"The company said yesterday it would cut jobs."_qs << oct3
                               << u"2024-10-02/day@yesterday"_qs;
    QTest::addRow("today") << u"Today the firm announced a new model."_qs << oct3 << u"2024-10-03/day@Today"_qs;
    QTest::addRow("ago") << u"The company was founded five years ago."_qs << oct3 << u"2019-10-03/day@five years ago"_qs;
    // Durations
    QTest::addRow("over the next") << u"The money will be spent over the next five years."_qs << oct3
                                   << u"P5Y/duration@over the next five years"_qs;
    QTest::addRow("for months") << u"The contract runs for 18 months."_qs << oct3 << u"P18M/duration@for 18 months"_qs;
    QTest::addRow("within") << u"The firm aims to break even within two years."_qs << oct3
                            << u"P2Y/duration@within two years"_qs;
    QTest::addRow("within a year") << u"The plant should run within a year."_qs << oct3 << u"P1Y/duration@within a year"_qs;
    // Not dates
    QTest::addRow("counts") << u"The company sold 2,000 chips and 300 H100 units."_qs << oct3 << QString();
    QTest::addRow("series") << u"It raised $25 billion in a Series B."_qs << oct3 << QString();
    QTest::addRow("modal may") << u"The plan may cost more, and prices march higher."_qs << oct3 << QString();
    QTest::addRow("clock") << u"The meeting starts at 04:10."_qs << oct3 << QString();
    QTest::addRow("percent") << u"Shares rose 2025% in a freak trade."_qs << oct3 << QString();
    QTest::addRow("hyphenated") << u"A 10-year deal was signed."_qs << oct3 << QString();
    QTest::addRow("around the clock") << u"It has 24/7 support."_qs << oct3 << QString();
    QTest::addRow("money") << u"The firm raised $2025 from fans."_qs << oct3 << QString();
    QTest::addRow("the year alone") << u"It was the deal of the year."_qs << oct3 << QString();
    QTest::addRow("a year earlier") << u"Sales were up 94% from a year earlier."_qs << oct3 << QString();
    QTest::addRow("age") << u"The founder is 45 years old."_qs << oct3 << QString();
    QTest::addRow("and a year") << u"Profits and 2,000 jobs and a year of growth."_qs << oct3 << QString();
    QTest::addRow("a name") << u"Analyst April Smith raised her target."_qs << oct3 << QString();
    QTest::addRow("next week") << u"The vote is next week."_qs << oct3 << QString();
    // 29 February without a year, told in a common year: the nearest leap year of the tense.
    QTest::addRow("leap day past") << u"The contract was signed on 29 February."_qs << u"2025-03-10"_qs
                                   << u"2024-02-29/day@on 29 February"_qs;
    QTest::addRow("leap day future") << u"The fund will close on February 29."_qs << u"2025-01-10"_qs
                                     << u"2028-02-29/day@on February 29"_qs;
    // Spelled day ordinals, ordinal months, ranges, glued month abbreviations
    QTest::addRow("twenty-third of") << u"The deal closed on the twenty-third of May 2024."_qs << oct3
                                     << u"2024-05-23/day@on the twenty-third of May 2024"_qs;
    QTest::addRow("month ordinal no year") << u"The vote will be held on February twenty-second."_qs << oct3
                                           << u"2025-02-22/day@on February twenty-second"_qs;
    QTest::addRow("spaced ordinal") << u"Filings from the thirty first of March 2023 show it."_qs << oct3
                                    << u"2023-03-31/day@from the thirty first of March 2023"_qs;
    QTest::addRow("day in words and year") << u"It was signed January twenty five, 2018."_qs << oct3
                                           << u"2018-01-25/day@January twenty five, 2018"_qs;
    QTest::addRow("third month of") << u"Sales peaked in the third month of 2021."_qs << oct3
                                    << u"2021-03/month@in the third month of 2021"_qs;
    QTest::addRow("9th month of next year") << u"The 9th month of next year brings the audit."_qs << oct3
                                            << u"2025-09/month@The 9th month of next year"_qs;
    QTest::addRow("month range") << u"The strike lasted from January to April 2015."_qs << oct3
                                 << u"2015-01/month@from January; 2015-04/month@April 2015"_qs;
    QTest::addRow("day range") << u"The fair runs from 3 to 5 May 2025."_qs << oct3
                               << u"2025-05-03/day@from 3; 2025-05-05/day@5 May 2025"_qs;
    QTest::addRow("glued day") << u"The unit was sold on Dec31, 1994."_qs << oct3 << u"1994-12-31/day@on Dec31, 1994"_qs;
    QTest::addRow("glued year") << u"Filings dated Sep2020 were amended."_qs << oct3 << u"2020-09/month@Sep2020"_qs;
    QTest::addRow("month day year hyphens") << u"The note is dated Sep-23-2020."_qs << oct3
                                            << u"2020-09-23/day@Sep-23-2020"_qs;
    QTest::addRow("day month year hyphens") << u"The note is dated 23-Sep-2020."_qs << oct3
                                            << u"2020-09-23/day@23-Sep-2020"_qs;
    QTest::addRow("money before a day") << u"He paid $12 December 27 for the ticket."_qs << oct3
                                        << u"2023-12-27/day@December 27"_qs;
    QTest::addRow("ordinal without a month") << u"It is the fifth largest lab and the third month of the strike."_qs
                                             << oct3 << QString();
    QTest::addRow("descending numbers") << u"The score went from 5 to 3 May fans said."_qs << oct3
                                        << u"2024-05-03/day@3 May"_qs;
    QTest::addRow("a code") << u"The MAY5 chip and the Mar3 model shipped."_qs << oct3 << QString();
    QTest::addRow("range without year") << u"Talks ran from January to April."_qs << oct3
                                        << u"2024-01/month@from January; 2024-04/month@April"_qs;
    QTest::addRow("list of months") << u"Sales rose in March, April and May."_qs << oct3
                                    << u"2024-03/month@in March; 2024-04/month@April; 2024-05/month@May"_qs;
}

void TestDatesEn::read() { DEALDESK_DATE_CHECK(m_reader); }

QTEST_GUILESS_MAIN(TestDatesEn)
#include "tst_dates_en.moc"
