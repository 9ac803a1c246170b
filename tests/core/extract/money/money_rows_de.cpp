// German rows of TestMoney, written for this suite.
#include "moneysuite.h"

namespace dealdesk {

void TestMoney::german_data()
{
    columns();
    row("Das Start-up hat 150 Millionen Euro in einer Finanzierungsrunde eingesammelt.",
        "150 Millionen Euro", "EUR", 150e6, 150e6, "exact", "investment");
    row("Der Konzern investiert 3,2 Milliarden Euro in neue Rechenzentren.",
        "3,2 Milliarden Euro", "EUR", 3.2e9, 3.2e9, "exact", "investment");
    row("Die Firma wird nun mit 12 Milliarden Dollar bewertet.",
        "12 Milliarden Dollar", "USD", 12e9, 12e9, "exact", "valuation");
    row("Bei der Runde wurde das Unternehmen mit rund 5,8 Milliarden Euro bewertet.",
        "rund 5,8 Milliarden Euro", "EUR", 5.8e9, 5.8e9, "approx", "valuation");
    row("Der Fonds soll bis zu 25 Milliarden Dollar bereitstellen und investieren.",
        "bis zu 25 Milliarden Dollar", "USD", 25e9, 25e9, "up_to", "investment");
    row("Die Investitionsausgaben sollen zwischen 64 und 72 Milliarden US-Dollar liegen.",
        "zwischen 64 und 72 Milliarden US-Dollar", "USD", 64e9, 72e9, "range", "spending");
    row("Für Rechenzentren plant der Konzern Ausgaben von 60 bis 65 Milliarden Dollar.",
        "60 bis 65 Milliarden Dollar", "USD", 60e9, 65e9, "range", "spending");
    row("Die Kosten liegen bei 15–25 Mrd. Euro, schätzen Analysten.",
        "15–25 Mrd. Euro", "EUR", 15e9, 25e9, "range", "spending");
    row("Der Umsatz stieg auf 42,3 Milliarden Dollar.",
        "42,3 Milliarden Dollar", "USD", 42.3e9, 42.3e9, "exact", "revenue");
    row("Im Vorjahr erzielte die Firma einen Umsatz von etwa 870 Millionen Dollar.",
        "etwa 870 Millionen Dollar", "USD", 870e6, 870e6, "approx", "revenue");
    row("Der Verlust betrug knapp 2 Milliarden Euro.",
        "knapp 2 Milliarden Euro", "EUR", 2e9, 2e9, "almost", "loss");
    row("Das Unternehmen wird mit mehr als 29 Milliarden Dollar bewertet.",
        "mehr als 29 Milliarden Dollar", "USD", 29e9, 29e9, "over", "valuation");
    row("Der Staat will mindestens 5 Milliarden Euro investieren.",
        "mindestens 5 Milliarden Euro", "EUR", 5e9, 5e9, "at_least", "investment");
    row("Die Ausgaben blieben unter weniger als 100 Millionen Euro.",
        "weniger als 100 Millionen Euro", "EUR", 100e6, 100e6, "under", "spending");
    row("Meta zahlt für die Beteiligung 14,3 Mrd. USD an die Gründer.",
        "14,3 Mrd. USD", "USD", 14.3e9, 14.3e9, "exact", "investment");
    row("Umgerechnet sind das etwa 12,4 Mrd. EUR für die Beteiligung.",
        "etwa 12,4 Mrd. EUR", "EUR", 12.4e9, 12.4e9, "approx", "investment");
    row("Der Auftrag hat ein Volumen von rund 200 Mio. Dollar.",
        "rund 200 Mio. Dollar", "USD", 200e6, 200e6, "approx", "spending");
    row("Das Labor erhielt zweieinhalb Milliarden Euro an Fördergeld und Kapital.",
        "zweieinhalb Milliarden Euro", "EUR", 2.5e9, 2.5e9, "exact", "investment");
    row("Im Quartal setzte das Unternehmen zwei Milliarden Dollar um.",
        "zwei Milliarden Dollar", "USD", 2e9, 2e9, "exact", "revenue");
    row("Der Investor steckt eine Milliarde Euro in das Start-up.",
        "eine Milliarde Euro", "EUR", 1e9, 1e9, "exact", "investment");
    row("Die Bank beteiligt sich mit 600 Millionen Euro an der Runde.",
        "600 Millionen Euro", "EUR", 600e6, 600e6, "exact", "investment");
    row("Der Börsenwert des Konzerns liegt bei 3 Billionen Dollar.",
        "3 Billionen Dollar", "USD", 3e12, 3e12, "exact", "valuation");
    row("Die Firma sammelte 40 Mio. Euro bei Risikokapitalgebern ein.",
        "40 Mio. Euro", "EUR", 40e6, 40e6, "exact", "investment");
    row("Der Chipkonzern investiert 10 Mrd. Euro in ein Werk in Magdeburg.",
        "10 Mrd. Euro", "EUR", 10e9, 10e9, "exact", "investment");
    row("Die Schweizer Bank investierte 80 Millionen Schweizer Franken in das Projekt.",
        "80 Millionen Schweizer Franken", "CHF", 80e6, 80e6, "exact", "investment");
    row("Die britische Regierung will 2 Milliarden Pfund für Supercomputer ausgeben.",
        "2 Milliarden Pfund", "GBP", 2e9, 2e9, "exact", "spending");
    row("Der japanische Konzern investiert 500 Milliarden Yen in Chips.",
        "500 Milliarden Yen", "JPY", 500e9, 500e9, "exact", "investment");
    row("Das Abo kostet künftig 22 Euro im Monat.",
        "22 Euro", "EUR", 22, 22, "exact", "spending");
    row("Der Preis liegt bei 9,99 € pro Monat.",
        "9,99 €", "EUR", 9.99, 9.99, "exact", "other");
    row("Die Behörde verhängte eine Strafe von 30 Millionen Euro.",
        "30 Millionen Euro", "EUR", 30e6, 30e6, "exact", "other");
    row("Der Fonds verfügt über 1,5 Mrd. Euro. Davon sind 400 Millionen bereits investiert.",
        "400 Millionen", "EUR", 400e6, 400e6, "exact", "investment", 1);
    row("Der Verlust lag 2024 bei 5 Milliarden Dollar.",
        "5 Milliarden Dollar", "USD", 5e9, 5e9, "exact", "loss");
    row("Die Einnahmen stiegen auf 1.200 Millionen Euro.",
        "1.200 Millionen Euro", "EUR", 1.2e9, 1.2e9, "exact", "revenue");
    row("Das Unternehmen erhielt 250.000 Euro Startkapital.",
        "250.000 Euro", "EUR", 250e3, 250e3, "exact", "investment");
    row("Für den Kauf zahlte der Konzern über 1 Milliarde Dollar.",
        "über 1 Milliarde Dollar", "USD", 1e9, 1e9, "over", "investment");
    row("Die Regierung stellt 1'200 Millionen Franken für Forschung bereit.",
        "1'200 Millionen Franken", "CHF", 1.2e9, 1.2e9, "exact", "investment");
    row("Für die Übernahme zahlt der Konzern 7 Milliarden US-Dollar.",
        "7 Milliarden US-Dollar", "USD", 7e9, 7e9, "exact", "investment");
    row("Der Konzern plant Investitionen von 20 Mrd. Euro; zusätzlich zu den 5 Mrd. Euro vom Staat.",
        "5 Mrd. Euro", "EUR", 5e9, 5e9, "exact", "investment", 1);
    row("Die Firma hat einen Marktwert von 80 Milliarden Dollar erreicht.",
        "80 Milliarden Dollar", "USD", 80e9, 80e9, "exact", "valuation");
    // "über" after a noun or "verfügen" says what the sum is, not that it is exceeded.
    row("Die Finanzierungsrunde über 300 Millionen Euro wurde von einem US-Fonds angeführt.",
        "300 Millionen Euro", "EUR", 300e6, 300e6, "exact", "investment");
    row("Die Bank gewährte dem Start-up einen Kredit über 2 Millionen Euro.",
        "2 Millionen Euro", "EUR", 2e6, 2e6, "exact", "investment");
    row("Der neue Fonds verfügt über 750 Millionen Euro für KI-Firmen.",
        "750 Millionen Euro", "EUR", 750e6, 750e6, "exact", "investment");
    row("Das Start-up sammelte über 40 Millionen Euro ein.",
        "über 40 Millionen Euro", "EUR", 40e6, 40e6, "over", "investment");
    row("Die Firma ist mit über 2 Milliarden Euro bewertet.",
        "über 2 Milliarden Euro", "EUR", 2e9, 2e9, "over", "valuation");
    // Ein Teil einer Skala, eine Währung mit Bindestrich.
    row("Das Start-up hat eine halbe Milliarde Euro bei Investoren eingesammelt.",
        "eine halbe Milliarde Euro", "EUR", 5e8, 5e8, "exact", "investment");
    row("Das Start-up sammelte siebenhundert-Euro-Beträge bei Fans ein.",
        "siebenhundert-Euro", "EUR", 700, 700, "exact", "investment");
    // study2: a passive purchase, money "put in", a loss to come.
    row("Das Unternehmen dürfte in diesem Jahr 5 Millionen Euro verlieren.",
        "5 Millionen Euro", "EUR", 5e6, 5e6, "exact", "loss");
    // A valuation word governs no amount past a nearer cue in a clause of its own.
    row("Das Unternehmen, bewertet mit 6 Milliarden Euro, sammelt 500 Millionen Euro ein.",
        "500 Millionen Euro", "EUR", 500e6, 500e6, "exact", "investment", 1);
}

} // namespace dealdesk
