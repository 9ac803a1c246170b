// French date expressions, team-written sentences read against fixed article dates.
#include "datetesthelper.h"

using namespace dealdesk;

class TestDatesFr : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();

private:
    const DateReader m_reader{QStringLiteral("fr"), nullptr};
};

void TestDatesFr::read_data()
{
    DEALDESK_DATE_COLUMNS();
    const QString feb12 = QStringLiteral("2025-02-12T18:40"); // a Wednesday
    // Absolute dates
    QTest::addRow("year") << u"La société a été fondée en 2016 à Paris."_qs << feb12 << u"2016/year@en 2016"_qs;
    QTest::addRow("1er") << u"Le contrat a été signé le 1er février 2025."_qs << feb12
                         << u"2025-02-01/day@le 1er février 2025"_qs;
    QTest::addRow("day month") << u"Le conseil s'est réuni le 5 février."_qs << feb12 << u"2025-02-05/day@le 5 février"_qs;
    QTest::addRow("slashes") << u"Le rapport daté du 30/01/2025 confirme la levée."_qs << feb12
                             << u"2025-01-30/day@30/01/2025"_qs;
    QTest::addRow("dots") << u"Les ventes du 15.05.2024 ont été annulées."_qs << feb12 << u"2024-05-15/day"_qs;
    QTest::addRow("weekday date") << u"Le mercredi 10 juin 2020, le conseil a voté."_qs << feb12
                                  << u"2020-06-10/day@Le mercredi 10 juin 2020"_qs;
    QTest::addRow("date and time") << u"Le 12 février 2025 à 18h40, le ministre a parlé."_qs << feb12
                                   << u"2025-02-12/day@Le 12 février 2025"_qs;
    QTest::addRow("month year") << u"En septembre 2023, le groupe a racheté une start-up."_qs << feb12
                                << u"2023-09/month@En septembre 2023"_qs;
    QTest::addRow("two-digit year") << u"En juillet 98, la France a gagné."_qs << feb12
                                    << u"1998-07/month@En juillet 98"_qs;
    QTest::addRow("d'ici") << u"Le projet sera achevé d'ici 2030."_qs << feb12 << u"2030/year@d'ici 2030"_qs;
    QTest::addRow("fin") << u"Fin 2024, la valorisation atteignait 6 milliards."_qs << feb12 << u"2024/year@Fin 2024"_qs;
    QTest::addRow("depuis") << u"Depuis 2019, le groupe investit dans l'IA."_qs << feb12 << u"2019/year@Depuis 2019"_qs;
    QTest::addRow("jusqu'en") << u"Jusqu'en 2027, la société ne versera pas de dividende."_qs << feb12
                              << u"2027/year@Jusqu'en 2027"_qs;
    QTest::addRow("jusqu'au") << u"Le plan court jusqu'au 31 décembre 2026."_qs << feb12
                              << u"2026-12-31/day@jusqu'au 31 décembre 2026"_qs;
    QTest::addRow("exercice") << u"Le groupe a levé des fonds au cours de l'exercice 2024."_qs << feb12
                              << u"2024/year"_qs;
    // Quarters
    QTest::addRow("trimestre") << u"Au troisième trimestre 2024, les ventes ont reculé."_qs << feb12
                               << u"2024-Q3/quarter@Au troisième trimestre 2024"_qs;
    QTest::addRow("2e trimestre") << u"Le 2e trimestre 2024 a été difficile."_qs << feb12
                                  << u"2024-Q2/quarter@Le 2e trimestre 2024"_qs;
    QTest::addRow("trimestre sans année") << u"Au premier trimestre, le chiffre d'affaires a progressé."_qs << feb12
                                          << u"2025-Q1/quarter@Au premier trimestre"_qs;
    // Relative expressions
    QTest::addRow("mois dernier") << u"Le mois dernier, la start-up a levé 200 millions."_qs << feb12
                                  << u"2025-01/month@Le mois dernier"_qs;
    QTest::addRow("mai dernier") << u"En mai dernier, le groupe a annoncé un plan."_qs << feb12
                                 << u"2024-05/month@En mai dernier"_qs;
    QTest::addRow("début mars") << u"Début mars, la société a recruté 100 ingénieurs."_qs << feb12
                                << u"2024-03/month@Début mars"_qs;
    QTest::addRow("mois futur") << u"En mars, le groupe ouvrira un centre."_qs << feb12 << u"2025-03/month@En mars"_qs;
    QTest::addRow("dimanche") << u"Dimanche, le président a annoncé le plan."_qs << feb12 << u"2025-02-09/day@Dimanche"_qs;
    QTest::addRow("mardi") << u"Mardi, les ministres ont signé l'accord."_qs << feb12 << u"2025-02-11/day@Mardi"_qs;
    QTest::addRow("lundi prochain") << u"Lundi prochain, la société publiera ses comptes."_qs << feb12
                                    << u"2025-02-17/day@Lundi prochain"_qs;
    QTest::addRow("hier") << u"Hier, la banque a publié ses résultats."_qs << feb12 << u"2025-02-11/day@Hier"_qs;
    QTest::addRow("aujourd'hui") << u"Aujourd'hui, le fonds annonce sa clôture."_qs << feb12
                                 << u"2025-02-12/day@Aujourd'hui"_qs;
    QTest::addRow("aujourd’hui") << u"Aujourd’hui, le fonds annonce sa clôture."_qs << feb12
                                 << u"2025-02-12/day@Aujourd’hui"_qs;
    QTest::addRow("demain") << u"Demain, la société présentera son modèle."_qs << feb12 << u"2025-02-13/day@Demain"_qs;
    QTest::addRow("an dernier") << u"L'an dernier, les pertes ont doublé."_qs << feb12 << u"2024/year@L'an dernier"_qs;
    QTest::addRow("année prochaine") << u"L'année prochaine, le groupe ouvrira trois sites."_qs << feb12
                                     << u"2026/year@L'année prochaine"_qs;
    QTest::addRow("cette année") << u"Cette année, la croissance ralentira."_qs << feb12 << u"2025/year@Cette année"_qs;
    QTest::addRow("il y a") << u"Il y a deux ans, la société n'existait pas."_qs << feb12
                            << u"2023-02-12/day@Il y a deux ans"_qs;
    QTest::addRow("il y a un an") << u"Il y a un an, rien n'était prévu."_qs << feb12 << u"2024-02-12/day@Il y a un an"_qs;
    // Durations
    QTest::addRow("sur cinq ans") << u"Les investissements seront étalés sur cinq ans."_qs << feb12
                                  << u"P5Y/duration@sur cinq ans"_qs;
    QTest::addRow("pendant") << u"Le fonds investira pendant 18 mois."_qs << feb12 << u"P18M/duration@pendant 18 mois"_qs;
    QTest::addRow("dans trois ans") << u"Dans trois ans, le réseau couvrira tout le pays."_qs << feb12
                                    << u"P3Y/duration@Dans trois ans"_qs;
    QTest::addRow("un seul jour") << u"Sa valeur a bondi de 25 % en un seul jour."_qs << feb12
                                  << u"P1D/duration@en un seul jour"_qs;
    // Not dates
    QTest::addRow("amount") << u"La levée de 109 milliards d'euros a surpris."_qs << feb12 << QString();
    QTest::addRow("thousands") << u"Le fonds compte 2.000 salariés."_qs << feb12 << QString();
    QTest::addRow("clock") << u"La réunion commence à 18h40."_qs << feb12 << QString();
    QTest::addRow("week") << u"La semaine dernière, la banque a annoncé un rachat."_qs << feb12 << QString();
    QTest::addRow("planet") << u"La mission vers Mars coûtera cher."_qs << feb12 << QString();
    QTest::addRow("plural years") << u"Dans les prochaines années, le marché va croître."_qs << feb12 << QString();
    // Le 29 février sans année, dit une année commune : l'année bissextile la plus proche.
    QTest::addRow("29 février passé") << u"Le contrat a été signé le 29 février."_qs << u"2025-03-10"_qs
                                      << u"2024-02-29/day@le 29 février"_qs;
    // Ordinaux, mois ordinaux, intervalles
    QTest::addRow("le premier juin") << u"Le premier juin 2024 la société a signé."_qs << feb12
                                     << u"2024-06-01/day@Le premier juin 2024"_qs;
    QTest::addRow("le vingt-trois mai") << u"Le vingt-trois mai 2024 fut décisif."_qs << feb12
                                        << u"2024-05-23/day@Le vingt-trois mai 2024"_qs;
    QTest::addRow("troisième mois") << u"Le troisième mois de 2021 fut difficile."_qs << feb12
                                    << u"2021-03/month@Le troisième mois de 2021"_qs;
    QTest::addRow("de janvier à avril") << u"De janvier à avril 2015 les ventes ont augmenté."_qs << feb12
                                        << u"2015-01/month@janvier; 2015-04/month@à avril 2015"_qs;
    QTest::addRow("du 3 au 5 mai") << u"Le salon a lieu du 3 au 5 mai 2025."_qs << feb12
                                   << u"2025-05-03/day@3; 2025-05-05/day@au 5 mai 2025"_qs;
    QTest::addRow("sixième sans mois") << u"C'est le sixième tour et le troisième mois de grève."_qs << feb12
                                       << QString();
    QTest::addRow("il y a environ") << u"La société a été fondée il y a environ deux ans."_qs << feb12
                                    << u"2023-02-12/day@il y a environ deux ans"_qs;
}

void TestDatesFr::read() { DEALDESK_DATE_CHECK(m_reader); }

QTEST_GUILESS_MAIN(TestDatesFr)
#include "tst_dates_fr.moc"
