// German date expressions, team-written sentences read against fixed article dates.
#include "datetesthelper.h"

using namespace dealdesk;

class TestDatesDe : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();

private:
    const DateReader m_reader{QStringLiteral("de"), nullptr};
};

void TestDatesDe::read_data()
{
    DEALDESK_DATE_COLUMNS();
    const QString jun14 = QStringLiteral("2025-06-14"); // a Saturday
    // Absolute dates
    QTest::addRow("am day") << u"Am 12. Juni unterzeichneten beide Seiten den Vertrag."_qs << jun14
                            << u"2025-06-12/day@Am 12. Juni"_qs;
    QTest::addRow("bare year") << u"Das Unternehmen wurde 2016 gegründet."_qs << jun14 << u"2016/year@2016"_qs;
    QTest::addRow("day month year") << u"Der Vertrag wurde am 14. Juni 2025 unterzeichnet."_qs << jun14
                                    << u"2025-06-14/day@am 14. Juni 2025"_qs;
    QTest::addRow("dotted") << u"Die Zahlen vom 30.01.2025 überraschten."_qs << jun14 << u"2025-01-30/day@vom 30.01.2025"_qs;
    QTest::addRow("dotted no year") << u"Die Hauptversammlung findet am 28.10. statt."_qs << jun14
                                    << u"2024-10-28/day@am 28.10"_qs;
    QTest::addRow("day of october") << u"Am 3. Oktober 2024 gab es eine Einigung."_qs << jun14 << u"2024-10-03/day"_qs;
    QTest::addRow("month year") << u"Im Januar 2024 begann die Partnerschaft."_qs << jun14
                                << u"2024-01/month@Im Januar 2024"_qs;
    QTest::addRow("bis") << u"Bis 2030 sollen 20 Rechenzentren entstehen."_qs << jun14 << u"2030/year@Bis 2030"_qs;
    QTest::addRow("für") << u"Für 2025 erwartet die Firma zwei Milliarden Umsatz."_qs << jun14 << u"2025/year@Für 2025"_qs;
    QTest::addRow("seit") << u"Seit 2019 arbeitet das Team an KI."_qs << jun14 << u"2019/year@Seit 2019"_qs;
    QTest::addRow("ende") << u"Ende 2024 lag die Bewertung bei 14 Milliarden."_qs << jun14 << u"2024/year@Ende 2024"_qs;
    QTest::addRow("geschäftsjahr") << u"Im Geschäftsjahr 2024 stieg der Umsatz."_qs << jun14
                                   << u"2024/year@Im Geschäftsjahr 2024"_qs;
    // Quarters
    QTest::addRow("ersten Quartal") << u"Im ersten Quartal 2025 wuchs der Umsatz."_qs << jun14
                                    << u"2025-Q1/quarter@Im ersten Quartal 2025"_qs;
    QTest::addRow("dritten Quartal") << u"Im dritten Quartal 2024 sank der Gewinn."_qs << jun14
                                     << u"2024-Q3/quarter@Im dritten Quartal 2024"_qs;
    QTest::addRow("3. Quartal") << u"Im 3. Quartal 2024 sank der Gewinn."_qs << jun14
                                << u"2024-Q3/quarter@Im 3. Quartal 2024"_qs;
    // Relative expressions
    QTest::addRow("vergangenen Jahr") << u"Im vergangenen Jahr setzte die Firma 870 Millionen um."_qs << jun14
                                      << u"2024/year@Im vergangenen Jahr"_qs;
    QTest::addRow("dieses Jahr") << u"Dieses Jahr will der Konzern mehr investieren."_qs << jun14
                                 << u"2025/year@Dieses Jahr"_qs;
    QTest::addRow("in diesem Jahr") << u"In diesem Jahr sinken die Kosten."_qs << jun14 << u"2025/year@In diesem Jahr"_qs;
    QTest::addRow("nächsten Jahr") << u"Im nächsten Jahr soll die Fabrik stehen."_qs << jun14
                                   << u"2026/year@Im nächsten Jahr"_qs;
    QTest::addRow("vorletztes Jahr") << u"Vorletztes Jahr war die Lage schlechter."_qs << jun14
                                     << u"2023/year@Vorletztes Jahr"_qs;
    QTest::addRow("month past") << u"Im April hob der Konzern seine Prognose an."_qs << jun14 << u"2025-04/month@Im April"_qs;
    QTest::addRow("month future") << u"Im September wird die neue Fabrik eröffnet."_qs << jun14
                                  << u"2025-09/month@Im September"_qs;
    QTest::addRow("month past last year") << u"Im Juli wurde der Deal angekündigt."_qs << jun14
                                          << u"2024-07/month@Im Juli"_qs;
    QTest::addRow("month future soll") << u"Der Deal soll im Juli abgeschlossen werden."_qs << jun14
                                       << u"2025-07/month@im Juli"_qs;
    QTest::addRow("anfang") << u"Anfang März kündigte der Konzern einen Umbau an."_qs << jun14
                            << u"2025-03/month@Anfang März"_qs;
    QTest::addRow("vergangenen Monat") << u"Im vergangenen Monat stieg der Kurs."_qs << jun14
                                       << u"2025-05/month@Im vergangenen Monat"_qs;
    QTest::addRow("letzten Monat") << u"Letzten Monat fiel die Aktie."_qs << jun14 << u"2025-05/month@Letzten Monat"_qs;
    QTest::addRow("gestern") << u"Gestern meldete die Bank einen Rekord."_qs << jun14 << u"2025-06-13/day@Gestern"_qs;
    QTest::addRow("vorgestern") << u"Vorgestern gab die Firma Zahlen bekannt."_qs << jun14 << u"2025-06-12/day@Vorgestern"_qs;
    QTest::addRow("heute") << u"Heute stellt das Start-up sein Modell vor."_qs << jun14 << u"2025-06-14/day@Heute"_qs;
    QTest::addRow("morgen first") << u"Morgen beginnt die Messe."_qs << jun14 << u"2025-06-15/day@Morgen"_qs;
    QTest::addRow("am Sonntag") << u"Am Sonntag trafen sich die Investoren."_qs << jun14 << u"2025-06-08/day@Am Sonntag"_qs;
    QTest::addRow("am Montag future") << u"Am Montag wird der Vorstand entscheiden."_qs << jun14
                                      << u"2025-06-16/day@Am Montag"_qs;
    QTest::addRow("past verb nearer than will")
        << u"Am Dienstag teilte der Konzern mit, dass er zwei Milliarden investieren will."_qs << jun14
        << u"2025-06-10/day@Am Dienstag"_qs;
    QTest::addRow("pronoun before preposition") << u"Ein Programm, das bis Ende 2025 läuft."_qs << jun14
                                                << u"2025/year@bis Ende 2025"_qs;
    QTest::addRow("Vorjahr") << u"Im Vorjahr lag der Umsatz niedriger, bis Jahresende soll er steigen."_qs << jun14
                             << u"2024/year@Im Vorjahr; 2025/year@bis Jahresende"_qs;
    QTest::addRow("vor zwei Jahren") << u"Vor zwei Jahren war die Firma noch klein."_qs << jun14
                                     << u"2023-06-14/day@Vor zwei Jahren"_qs;
    // Durations
    QTest::addRow("nächsten fünf Jahren") << u"In den nächsten fünf Jahren investiert der Konzern 10 Milliarden."_qs
                                          << jun14 << u"P5Y/duration@In den nächsten fünf Jahren"_qs;
    QTest::addRow("über Monate") << u"Der Vertrag läuft über 18 Monate."_qs << jun14 << u"P18M/duration@über 18 Monate"_qs;
    QTest::addRow("innerhalb") << u"Innerhalb von drei Jahren soll das Netz stehen."_qs << jun14
                               << u"P3Y/duration@Innerhalb von drei Jahren"_qs;
    QTest::addRow("einzigen Tag") << u"Die Aktie fiel um 17 Prozent an einem einzigen Tag."_qs << jun14
                                  << u"P1D/duration@an einem einzigen Tag"_qs;
    QTest::addRow("decimal") << u"Das Projekt dauert 3,5 Jahre."_qs << jun14 << u"P3.5Y/duration@3,5 Jahre"_qs;
    // Not dates
    QTest::addRow("morning") << u"Am Morgen sprach der Chef."_qs << jun14 << QString();
    QTest::addRow("percent") << u"Der Umsatz stieg um 2.000 Prozent."_qs << jun14 << QString();
    QTest::addRow("amount") << u"Die Firma hat 14,3 Mrd. USD gezahlt."_qs << jun14 << QString();
    QTest::addRow("raised") << u"Die Firma sammelte 600 Millionen Euro ein."_qs << jun14 << QString();
    // Der 29. Februar ohne Jahr in einem Gemeinjahr: das nächste Schaltjahr der Zeitform.
    QTest::addRow("29. Februar vergangen") << u"Der Vertrag wurde am 29. Februar unterzeichnet."_qs << u"2025-03-10"_qs
                                           << u"2024-02-29/day@am 29. Februar"_qs;
    // Ordnungszahlen, Monate als Ordnungszahl, Zeiträume
    QTest::addRow("am dritten Oktober") << u"Am dritten Oktober 2023 wurde der Vertrag unterzeichnet."_qs << jun14
                                        << u"2023-10-03/day@Am dritten Oktober 2023"_qs;
    QTest::addRow("am dreiundzwanzigsten") << u"Am dreiundzwanzigsten Mai kam die Nachricht."_qs << jun14
                                           << u"2025-05-23/day@Am dreiundzwanzigsten Mai"_qs;
    QTest::addRow("zwischen März und Mai") << u"Zwischen März und Mai 2023 stiegen die Umsätze."_qs << jun14
                                           << u"2023-03/month@März; 2023-05/month@Mai 2023"_qs;
    QTest::addRow("von Januar bis April") << u"Von Januar bis April 2015 war es ruhig."_qs << jun14
                                          << u"2015-01/month@Von Januar; 2015-04/month@bis April 2015"_qs;
    QTest::addRow("vom 3. bis 5. Mai") << u"Die Messe läuft vom 3. bis 5. Mai 2025."_qs << jun14
                                       << u"2025-05-03/day@vom 3.; 2025-05-05/day@bis 5. Mai 2025"_qs;
    QTest::addRow("achten als Verb") << u"Wir achten auf den fünften Platz."_qs << jun14 << QString();
    QTest::addRow("vor etwa") << u"Das Unternehmen wurde vor etwa zwei Jahren gegründet."_qs << jun14
                              << u"2023-06-14/day@vor etwa zwei Jahren"_qs;
}

void TestDatesDe::read() { DEALDESK_DATE_CHECK(m_reader); }

QTEST_GUILESS_MAIN(TestDatesDe)
#include "tst_dates_de.moc"
