// French rows of TestMoney, written for this suite.
#include "moneysuite.h"

namespace dealdesk {

void TestMoney::french_data()
{
    columns();
    row("La jeune pousse a levé 200 millions d'euros auprès de fonds américains.",
        "200 millions d'euros", "EUR", 200e6, 200e6, "exact", "investment");
    row("L'État investira 10 milliards d'euros dans les centres de données.",
        "10 milliards d'euros", "EUR", 10e9, 10e9, "exact", "investment");
    row("La société est désormais valorisée à 6 milliards d'euros.",
        "6 milliards d'euros", "EUR", 6e9, 6e9, "exact", "valuation");
    row("Le fonds pourrait mobiliser jusqu'à 50 milliards de dollars.",
        "jusqu'à 50 milliards de dollars", "USD", 50e9, 50e9, "up_to", "investment");
    row("Les investisseurs apporteraient entre 30 et 50 milliards d'euros au projet.",
        "entre 30 et 50 milliards d'euros", "EUR", 30e9, 50e9, "range", "investment");
    row("Le groupe consacrera de 3 à 5 milliards d'euros à ses campus.",
        "de 3 à 5 milliards d'euros", "EUR", 3e9, 5e9, "range", "investment");
    row("Le plan prévoit dix milliards d'euros d'investissements privés.",
        "dix milliards d'euros", "EUR", 10e9, 10e9, "exact", "investment");
    row("Les Émirats financeront un campus de 6 Md€ en région parisienne.",
        "6 Md€", "EUR", 6e9, 6e9, "exact", "investment");
    row("L'entreprise a investi 1,2 milliard d'euros l'an dernier.",
        "1,2 milliard d'euros", "EUR", 1.2e9, 1.2e9, "exact", "investment");
    row("Le chiffre d'affaires a atteint environ 900 millions d'euros.",
        "environ 900 millions d'euros", "EUR", 900e6, 900e6, "approx", "revenue");
    row("Les pertes ont dépassé plus de 2 milliards de dollars.",
        "plus de 2 milliards de dollars", "USD", 2e9, 2e9, "over", "loss");
    row("La start-up a levé près de 400 millions d'euros en un an.",
        "près de 400 millions d'euros", "EUR", 400e6, 400e6, "approx", "investment");
    row("Le groupe a dépensé presque 8 milliards de dollars en serveurs.",
        "presque 8 milliards de dollars", "USD", 8e9, 8e9, "almost", "spending");
    row("Le fonds doit réunir au moins 1 milliard d'euros.",
        "au moins 1 milliard d'euros", "EUR", 1e9, 1e9, "at_least", "investment");
    row("La valorisation reste inférieure à moins de 500 millions d'euros.",
        "moins de 500 millions d'euros", "EUR", 500e6, 500e6, "under", "valuation");
    row("Le contrat de 750 millions d'euros porte sur des supercalculateurs.",
        "750 millions d'euros", "EUR", 750e6, 750e6, "exact", "spending");
    row("La banque a injecté 1 500 millions d'euros dans le programme.",
        "1 500 millions d'euros", "EUR", 1.5e9, 1.5e9, "exact", "investment");
    row("La banque a injecté 2\u202f000 millions d'euros dans le programme.",
        "2\u202f000 millions d'euros", "EUR", 2e9, 2e9, "exact", "investment");
    row("Le laboratoire a reçu 15 M€ de la région.",
        "15 M€", "EUR", 15e6, 15e6, "exact", "investment");
    row("Une amende de 50 millions d'euros a été infligée au groupe.",
        "50 millions d'euros", "EUR", 50e6, 50e6, "exact", "other");
    row("Le groupe suisse a investi 300 millions de francs suisses.",
        "300 millions de francs suisses", "CHF", 300e6, 300e6, "exact", "investment");
    row("La filiale britannique a levé 2 milliards de livres sterling.",
        "2 milliards de livres sterling", "GBP", 2e9, 2e9, "exact", "investment");
    row("Le fonds canadien a investi 500 millions de dollars canadiens.",
        "500 millions de dollars canadiens", "CAD", 500e6, 500e6, "exact", "investment");
    row("L'opération valorise la société 12 milliards de dollars américains.",
        "12 milliards de dollars américains", "USD", 12e9, 12e9, "exact", "valuation");
    row("L'annonce porte sur 109 milliards d'euros, dont 20 milliards venus du Canada.",
        "20 milliards", "EUR", 20e9, 20e9, "exact", "investment", 1);
    row("Le groupe a levé un milliard d'euros auprès de ses actionnaires.",
        "un milliard d'euros", "EUR", 1e9, 1e9, "exact", "investment");
    row("Le projet représente deux milliards d'euros d'investissements.",
        "deux milliards d'euros", "EUR", 2e9, 2e9, "exact", "investment");
    row("La société vaut 3 milliards de dollars selon ses derniers actionnaires.",
        "3 milliards de dollars", "USD", 3e9, 3e9, "exact", "valuation");
    row("Les dépenses d'équipement atteindront 40 milliards de dollars.",
        "40 milliards de dollars", "USD", 40e9, 40e9, "exact", "spending");
    row("Ses revenus annuels dépassent 1,5 milliard de dollars.",
        "1,5 milliard de dollars", "USD", 1.5e9, 1.5e9, "exact", "revenue");
    row("Le groupe a enregistré une perte de 700 millions d'euros.",
        "700 millions d'euros", "EUR", 700e6, 700e6, "exact", "loss");
    row("Le plan de 2 billions d'euros serait inédit.",
        "2 billions d'euros", "EUR", 2e12, 2e12, "exact", "investment");
    row("La somme atteint 4,5 Mds d'euros selon le ministère.",
        "4,5 Mds d'euros", "EUR", 4.5e9, 4.5e9, "exact", "investment");
    row("Le tour de table de 80 millions d'euros a été bouclé en mars.",
        "80 millions d'euros", "EUR", 80e6, 80e6, "exact", "investment");
    row("Le prix d'un abonnement passe à 22 euros par mois.",
        "22 euros", "EUR", 22, 22, "exact", "other");
    row("Le ticket d'entrée coûte 9,90 € pour les étudiants.",
        "9,90 €", "EUR", 9.9, 9.9, "exact", "spending");
    row("La start-up allemande a obtenu 600 millions d'euros, en plus des 385 millions déjà levés.",
        "385 millions", "EUR", 385e6, 385e6, "exact", "investment", 1);
    row("Le groupe japonais a investi 20 milliards de yens en France.",
        "20 milliards de yens", "JPY", 20e9, 20e9, "exact", "investment");
    row("Le plan prévoit 30 milliards d'euros. Une première tranche de 5 milliards sera versée en juin.",
        "5 milliards", "EUR", 5e9, 5e9, "exact", "investment", 1);
    row("Le fonds de 1,5 milliard d'euros vise les start-up de l'IA.",
        "1,5 milliard d'euros", "EUR", 1.5e9, 1.5e9, "exact", "investment");
    row("Les ventes ont atteint 12 millions de dollars au premier trimestre.",
        "12 millions de dollars", "USD", 12e6, 12e6, "exact", "revenue");
    // Une part d'une échelle.
    row("La start-up a levé un demi-milliard d'euros auprès de fonds américains.",
        "un demi-milliard d'euros", "EUR", 5e8, 5e8, "exact", "investment");
    row("Le groupe a levé un quart de milliard d'euros auprès de ses actionnaires.",
        "un quart de milliard d'euros", "EUR", 2.5e8, 2.5e8, "exact", "investment");
    // study2: a passive purchase, money "put in", a loss to come.
    row("La société prévoit de perdre 5 millions d'euros cette année.",
        "5 millions d'euros", "EUR", 5e6, 5e6, "exact", "loss");
    // A valuation word governs no amount past a nearer cue in a clause of its own.
    row("La société, valorisée 6 milliards d'euros, lève 500 millions d'euros.",
        "500 millions d'euros", "EUR", 500e6, 500e6, "exact", "investment", 1);
}

} // namespace dealdesk
