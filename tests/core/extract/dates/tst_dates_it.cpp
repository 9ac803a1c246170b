// Italian date expressions, team-written sentences read against fixed article dates.
#include "datetesthelper.h"

using namespace dealdesk;

class TestDatesIt : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();

private:
    const DateReader m_reader{QStringLiteral("it"), nullptr};
};

void TestDatesIt::read_data()
{
    DEALDESK_DATE_COLUMNS();
    const QString jan30 = QStringLiteral("2025-01-30T04:10"); // a Thursday
    // Absolute dates
    QTest::addRow("year") << u"La società è nata nel 2019 a Torino."_qs << jan30 << u"2019/year@nel 2019"_qs;
    QTest::addRow("day month year") << u"Il contratto è stato firmato il 30 gennaio 2025."_qs << jan30
                                    << u"2025-01-30/day@il 30 gennaio 2025"_qs;
    QTest::addRow("dotted") << u"Il bilancio approvato il 30.01.2025 conferma la crescita."_qs << jan30
                            << u"2025-01-30/day@il 30.01.2025"_qs;
    QTest::addRow("iso") << u"La scadenza del bando è fissata al 2025-03-15."_qs << jan30
                         << u"2025-03-15/day@al 2025-03-15"_qs;
    QTest::addRow("weekday before") << u"Lunedì 3 marzo 2025 si terrà l'assemblea."_qs << jan30
                                    << u"2025-03-03/day@Lunedì 3 marzo 2025"_qs;
    QTest::addRow("weekday picks the year") << u"Giovedì 3 aprile si vota."_qs << jan30
                                            << u"2025-04-03/day@Giovedì 3 aprile"_qs;
    QTest::addRow("ordinal day") << u"Il 1º marzo 2024 è entrata in vigore la norma."_qs << jan30
                                 << u"2024-03-01/day"_qs;
    QTest::addRow("month year") << u"L'accordo risale a settembre 2023."_qs << jan30
                                << u"2023-09/month@a settembre 2023"_qs;
    QTest::addRow("nel month year") << u"Nel novembre 2023 l'azienda ha annunciato il piano."_qs << jan30
                                    << u"2023-11/month@Nel novembre 2023"_qs;
    QTest::addRow("elided article") << u"Nell’ottobre 2022 il gruppo ha cambiato nome."_qs << jan30
                                    << u"2022-10/month@Nell’ottobre 2022"_qs;
    QTest::addRow("two years") << u"Tra il 2020 e il 2022 la società è cresciuta."_qs << jan30
                               << u"2020/year; 2022/year"_qs;
    QTest::addRow("entro") << u"Entro il 2030 il governo vuole dieci nuovi centri dati."_qs << jan30
                           << u"2030/year@Entro il 2030"_qs;
    QTest::addRow("fine anno") << u"A fine 2024 la valutazione era di 5 miliardi."_qs << jan30
                               << u"2024/year@A fine 2024"_qs;
    QTest::addRow("inizio") << u"All'inizio del 2024 è arrivato il primo prodotto."_qs << jan30
                            << u"2024/year@All'inizio del 2024"_qs;
    QTest::addRow("fiscal") << u"L'esercizio fiscale 2025 si chiude in utile."_qs << jan30
                            << u"2025/year@L'esercizio fiscale 2025"_qs;
    // Quarters
    QTest::addRow("quarter") << u"Nel primo trimestre 2025 i ricavi sono cresciuti."_qs << jan30
                             << u"2025-Q1/quarter@Nel primo trimestre 2025"_qs;
    QTest::addRow("quarter no year") << u"Nel terzo trimestre le vendite sono calate."_qs << u"2024-11-15"_qs
                                     << u"2024-Q3/quarter@Nel terzo trimestre"_qs;
    QTest::addRow("quarter last year by tense") << u"Nel quarto trimestre la società ha perso 2 miliardi."_qs
                                                << u"2025-03-14"_qs << u"2024-Q4/quarter@Nel quarto trimestre"_qs;
    QTest::addRow("anno precedente") << u"L'anno precedente i ricavi erano più bassi."_qs << jan30
                                     << u"2024/year@L'anno precedente"_qs;
    QTest::addRow("Q3") << u"Nel Q3 2024 l'utile è salito."_qs << jan30 << u"2024-Q3/quarter@Nel Q3 2024"_qs;
    // Relative expressions
    QTest::addRow("lo scorso marzo") << u"Lo scorso marzo la startup ha chiuso un round."_qs << jan30
                                     << u"2024-03/month@Lo scorso marzo"_qs;
    QTest::addRow("marzo scorso") << u"Il record di marzo scorso resiste."_qs << jan30
                                  << u"2024-03/month@marzo scorso"_qs;
    QTest::addRow("two months") << u"Tra marzo e aprile la società ha assunto 40 persone."_qs << jan30
                                << u"2024-03/month@Tra marzo; 2024-04/month@aprile"_qs;
    QTest::addRow("month past") << u"Ad agosto gli investitori hanno avviato le trattative."_qs << jan30
                                << u"2024-08/month@Ad agosto"_qs;
    QTest::addRow("month future") << u"Ad agosto la società aprirà un nuovo centro dati."_qs << jan30
                                  << u"2025-08/month@Ad agosto"_qs;
    QTest::addRow("fine agosto future") << u"A fine agosto è previsto il lancio."_qs << u"2025-07-10"_qs
                                        << u"2025-08/month@A fine agosto"_qs;
    QTest::addRow("month of last year") << u"Ad aprile dello scorso anno la società valeva meno."_qs
                                        << u"2024-06-12"_qs << u"2023-04/month@Ad aprile dello scorso anno"_qs;
    QTest::addRow("month of anno scorso") << u"A giugno dell'anno scorso il titolo è salito."_qs << u"2025-07-10"_qs
                                          << u"2024-06/month@A giugno dell'anno scorso"_qs;
    QTest::addRow("nearest verb decides") << u"La misura, già annunciata a marzo dal ministero, sarà discussa domani."_qs
                                          << u"2024-04-09"_qs << u"2024-03/month@a marzo; 2024-04-10/day@domani"_qs;
    QTest::addRow("secondo is not a day") << u"A marzo secondo le stime il fondo è cresciuto."_qs << jan30
                                          << u"2024-03/month@A marzo"_qs;
    QTest::addRow("day no year past") << u"Il 27 gennaio il titolo è crollato."_qs << u"2025-07-10"_qs
                                      << u"2025-01-27/day@Il 27 gennaio"_qs;
    QTest::addRow("entro day") << u"Il round si chiuderà entro il 31 dicembre."_qs << u"2025-04-01"_qs
                               << u"2025-12-31/day@entro il 31 dicembre"_qs;
    QTest::addRow("fine dell'anno") << u"L'operazione si completerà entro la fine dell'anno."_qs << u"2025-04-01"_qs
                                    << u"2025/year@entro la fine dell'anno"_qs;
    QTest::addRow("anno scorso") << u"L'anno scorso i ricavi sono raddoppiati."_qs << jan30
                                 << u"2024/year@L'anno scorso"_qs;
    QTest::addRow("prossimo anno") << u"Il prossimo anno arriverà il nuovo modello."_qs << jan30
                                   << u"2026/year@Il prossimo anno"_qs;
    QTest::addRow("quest'anno") << u"Quest’anno la spesa salirà ancora."_qs << jan30 << u"2025/year@Quest’anno"_qs;
    QTest::addRow("mese scorso") << u"Il mese scorso la startup ha assunto 50 persone."_qs << jan30
                                 << u"2024-12/month@Il mese scorso"_qs;
    QTest::addRow("ieri") << u"Ieri il consiglio ha approvato l'aumento di capitale."_qs << jan30
                          << u"2025-01-29/day@Ieri"_qs;
    QTest::addRow("oggi") << u"Oggi la società annuncia i conti."_qs << jan30 << u"2025-01-30/day@Oggi"_qs;
    QTest::addRow("weekday alone") << u"Domenica il fondatore ha incontrato gli investitori."_qs << jan30
                                   << u"2025-01-26/day@Domenica"_qs;
    QTest::addRow("weekday scorso") << u"Giovedì scorso è stato firmato l'accordo."_qs << jan30
                                    << u"2025-01-23/day@Giovedì scorso"_qs;
    QTest::addRow("weekday future") << u"Martedì la banca presenterà il piano."_qs << jan30
                                    << u"2025-02-04/day@Martedì"_qs;
    QTest::addRow("ago") << u"Due anni fa la società non esisteva."_qs << jan30 << u"2023-01-30/day@Due anni fa"_qs;
    // Durations
    QTest::addRow("in quattro anni") << u"Il fondo investirà in quattro anni oltre un miliardo."_qs << jan30
                                     << u"P4Y/duration@in quattro anni"_qs;
    QTest::addRow("nei prossimi") << u"Il piano prevede spese nei prossimi cinque anni."_qs << jan30
                                  << u"P5Y/duration@nei prossimi cinque anni"_qs;
    QTest::addRow("un solo giorno") << u"Il titolo ha perso il 17% in un solo giorno."_qs << jan30
                                    << u"P1D/duration@in un solo giorno"_qs;
    QTest::addRow("digits months") << u"Sono previsti 24 mesi di lavori."_qs << jan30 << u"P24M/duration@24 mesi"_qs;
    QTest::addRow("decimal") << u"Il progetto durerà 3,5 anni."_qs << jan30 << u"P3.5Y/duration@3,5 anni"_qs;
    QTest::addRow("years later") << u"Due anni dopo la società fu venduta."_qs << jan30 << QString();
    // Not dates
    QTest::addRow("amount") << u"Il fondo ha raccolto 2.000 milioni di euro."_qs << jan30 << QString();
    QTest::addRow("year-like amount") << u"Il fondo da 2025 milioni di euro e un premio da 2030 €."_qs << jan30 << QString();
    QTest::addRow("counts and names") << u"Nvidia vende 25 miliardi di chip H100 e 2,000 GPU di Serie B."_qs << jan30
                                      << QString();
    QTest::addRow("clock time") << u"Alle 04:10 è arrivata la notizia."_qs << jan30 << QString();
    QTest::addRow("abbreviations alone") << u"Un set di 20 modelli e un ago."_qs << jan30 << QString();
    QTest::addRow("impossible date") << u"Il rapporto del 29/2/2023 è un errore."_qs << jan30 << QString();
    QTest::addRow("percent") << u"Il rendimento è salito al 2025% in un caso limite."_qs << jan30 << QString();
    QTest::addRow("no reference") << u"Ieri a marzo, nel 2019."_qs << QString() << u"2019/year@nel 2019"_qs;
    // Il 29 febbraio senza anno, detto in un anno comune: l'anno bisestile più vicino.
    QTest::addRow("29 febbraio passato") << u"Il contratto è stato firmato il 29 febbraio."_qs << u"2025-03-10"_qs
                                         << u"2024-02-29/day@il 29 febbraio"_qs;
    // Ordinali, mesi ordinali, intervalli
    QTest::addRow("il primo marzo") << u"Il primo marzo la società ha firmato l'accordo."_qs << jan30
                                    << u"2024-03-01/day@Il primo marzo"_qs;
    QTest::addRow("il ventitré maggio") << u"Il ventitré maggio 2024 è arrivata l'offerta."_qs << jan30
                                        << u"2024-05-23/day@Il ventitré maggio 2024"_qs;
    QTest::addRow("nono mese") << u"Il nono mese del 2021 è stato il peggiore."_qs << jan30
                               << u"2021-09/month@Il nono mese del 2021"_qs;
    QTest::addRow("terzo mese prossimo anno") << u"Il terzo mese del prossimo anno arriverà il prodotto."_qs << jan30
                                              << u"2026-03/month@Il terzo mese del prossimo anno"_qs;
    QTest::addRow("da gennaio ad aprile") << u"Da gennaio ad aprile 2015 le vendite sono salite."_qs << jan30
                                          << u"2015-01/month@Da gennaio; 2015-04/month@ad aprile 2015"_qs;
    QTest::addRow("dal 3 al 5 marzo") << u"La fiera si tiene dal 3 al 5 marzo 2025."_qs << jan30
                                      << u"2025-03-03/day@dal 3; 2025-03-05/day@al 5 marzo 2025"_qs;
    QTest::addRow("tra il 3 e il 5") << u"Il voto è previsto tra il 3 e il 5 giugno 2025."_qs << jan30
                                     << u"2025-06-03/day@tra il 3; 2025-06-05/day@il 5 giugno 2025"_qs;
    QTest::addRow("giorno in lettere e anno") << u"Tornerò lunedì, gen ventidue, 2018."_qs << jan30
                                              << u"2018-01-22/day@lunedì, gen ventidue, 2018"_qs;
    QTest::addRow("quinto senza mese") << u"È il quinto investimento e il terzo mese di sciopero."_qs << jan30
                                       << QString();
    QTest::addRow("punteggio") << u"La squadra ha perso 3 a 1 marzo scorso."_qs << jan30
                               << u"2024-03-01/day@a 1 marzo"_qs;
    QTest::addRow("circa e lista") << u"La società è nata circa due anni fa, a marzo, aprile e maggio."_qs << jan30
                                   << u"2023-01-30/day@circa due anni fa; 2024-03/month@a marzo; 2024-04/month@aprile; 2024-05/month@maggio"_qs;
}

void TestDatesIt::read() { DEALDESK_DATE_CHECK(m_reader); }

QTEST_GUILESS_MAIN(TestDatesIt)
#include "tst_dates_it.moc"
