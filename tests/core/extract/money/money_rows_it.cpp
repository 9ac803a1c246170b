// Italian rows of TestMoney, written for this suite.
#include "moneysuite.h"

namespace dealdesk {

void TestMoney::italian_data()
{
    columns();
    row("La startup ha raccolto 40 milioni di euro in un round guidato da un fondo francese.",
        "40 milioni di euro", "EUR", 40e6, 40e6, "exact", "investment");
    row("Il gruppo investirà 1,5 miliardi di euro nei data center lombardi.",
        "1,5 miliardi di euro", "EUR", 1.5e9, 1.5e9, "exact", "investment");
    row("L'operazione valuta la società 12 miliardi di dollari.",
        "12 miliardi di dollari", "USD", 12e9, 12e9, "exact", "valuation");
    row("Il fondo potrebbe mettere fino a 25 miliardi di dollari nel progetto.",
        "fino a 25 miliardi di dollari", "USD", 25e9, 25e9, "up_to", "investment");
    row("Secondo fonti vicine al dossier, l'investimento sarebbe tra i 15 e i 25 miliardi di dollari.",
        "tra i 15 e i 25 miliardi di dollari", "USD", 15e9, 25e9, "range", "investment");
    row("La banca ha stanziato circa 300 milioni di euro per le imprese innovative.",
        "circa 300 milioni di euro", "EUR", 300e6, 300e6, "approx", "investment");
    row("In un solo giorno il produttore di chip ha perso quasi 400 miliardi di dollari di capitalizzazione.",
        "quasi 400 miliardi di dollari", "USD", 400e9, 400e9, "almost", "loss");
    row("Nel 2024 la società ha registrato ricavi per 3,2 miliardi di euro.",
        "3,2 miliardi di euro", "EUR", 3.2e9, 3.2e9, "exact", "revenue");
    row("Il fatturato ha superato i 2 miliardi di euro, più di 1,8 miliardi dell'anno prima.",
        "più di 1,8 miliardi", "EUR", 1.8e9, 1.8e9, "over", "revenue", 1);
    row("La spesa in conto capitale arriverà a 60 miliardi di dollari quest'anno.",
        "60 miliardi di dollari", "USD", 60e9, 60e9, "exact", "spending");
    row("Il governo ha firmato un contratto da 800 milioni di euro per il supercalcolo.",
        "800 milioni di euro", "EUR", 800e6, 800e6, "exact", "spending");
    row("La società ha raccolto venticinque milioni di euro dai soci storici.",
        "venticinque milioni di euro", "EUR", 25e6, 25e6, "exact", "investment");
    row("Il colosso ha investito un miliardo di euro nella nuova region cloud.",
        "un miliardo di euro", "EUR", 1e9, 1e9, "exact", "investment");
    row("La capitalizzazione ha toccato i 3.000 miliardi di dollari.",
        "3.000 miliardi di dollari", "USD", 3e12, 3e12, "exact", "valuation");
    row("Il valore di borsa del gruppo è salito a 2 bilioni di dollari.",
        "2 bilioni di dollari", "USD", 2e12, 2e12, "exact", "valuation");
    row("Il piano prevede quattromila miliardi di dollari di investimenti pubblici e privati.",
        "quattromila miliardi di dollari", "USD", 4e12, 4e12, "exact", "investment");
    row("L'azienda ha investito 1.200 milioni di euro in tre anni.",
        "1.200 milioni di euro", "EUR", 1.2e9, 1.2e9, "exact", "investment");
    row("La raccolta ha superato i 600 mln di euro.",
        "600 mln di euro", "EUR", 600e6, 600e6, "exact", "investment");
    row("Il round da 4,3 mld di euro è il più grande del settore.",
        "4,3 mld di euro", "EUR", 4.3e9, 4.3e9, "exact", "investment");
    row("La società francese è ora valutata €5,8 mld.",
        "€5,8 mld", "EUR", 5.8e9, 5.8e9, "exact", "valuation");
    row("Il fondo ha una dotazione di almeno 20 miliardi di euro.",
        "almeno 20 miliardi di euro", "EUR", 20e9, 20e9, "at_least", "investment");
    row("Le perdite operative sono state intorno ai 5 miliardi di dollari.",
        "intorno ai 5 miliardi di dollari", "USD", 5e9, 5e9, "approx", "loss");
    row("La startup vale oltre 10 miliardi di dollari dopo l'ultimo round.",
        "oltre 10 miliardi di dollari", "USD", 10e9, 10e9, "over", "valuation");
    row("Il gruppo ha acquistato server per meno di 50 milioni di euro.",
        "meno di 50 milioni di euro", "EUR", 50e6, 50e6, "under", "spending");
    row("L'accordo prevede 3 miliardi di sterline di investimenti nel Regno Unito.",
        "3 miliardi di sterline", "GBP", 3e9, 3e9, "exact", "investment");
    row("La filiale australiana ha ricevuto 200 milioni di dollari australiani.",
        "200 milioni di dollari australiani", "AUD", 200e6, 200e6, "exact", "investment");
    row("Il fondo pensione canadese ha investito 1 miliardo di dollari canadesi.",
        "1 miliardo di dollari canadesi", "CAD", 1e9, 1e9, "exact", "investment");
    row("Una banca svizzera ha versato 90 milioni di franchi svizzeri.",
        "90 milioni di franchi svizzeri", "CHF", 90e6, 90e6, "exact", "investment");
    row("La controllata giapponese ha ricevuto 50 miliardi di yen.",
        "50 miliardi di yen", "JPY", 50e9, 50e9, "exact", "investment");
    row("Il gruppo cinese ha raccolto 10 miliardi di yuan.",
        "10 miliardi di yuan", "CNY", 10e9, 10e9, "exact", "investment");
    row("Il colosso americano ha investito 8 miliardi di dollari, oltre ai 4 miliardi già versati.",
        "4 miliardi", "USD", 4e9, 4e9, "exact", "investment", 1);
    row("Il fondo da 300 milioni di euro ha già impegnato 120 milioni in dieci aziende.",
        "120 milioni", "EUR", 120e6, 120e6, "exact", "investment", 1);
    row("Il piano ammonta a 2 miliardi di euro. Una prima tranche da 500 milioni arriverà entro giugno.",
        "500 milioni", "EUR", 500e6, 500e6, "exact", "investment", 1);
    row("Il fondo investirà fra 2 e 3 mld di euro nei prossimi anni.",
        "fra 2 e 3 mld di euro", "EUR", 2e9, 3e9, "range", "investment");
    row("L'azienda potrebbe raccogliere da 15 a 25 miliardi di dollari.",
        "da 15 a 25 miliardi di dollari", "USD", 15e9, 25e9, "range", "investment");
    row("Il prezzo di un abbonamento è di 20 euro al mese.",
        "20 euro", "EUR", 20, 20, "exact", "other");
    row("Il biglietto costa 12,50 euro.",
        "12,50 euro", "EUR", 12.5, 12.5, "exact", "spending");
    row("La multa inflitta dall'autorità è di 15 milioni di euro.",
        "15 milioni di euro", "EUR", 15e6, 15e6, "exact", "other");
    row("I ricavi annualizzati hanno raggiunto 2mila milioni di dollari secondo il fondatore.",
        "2mila milioni di dollari", "USD", 2e9, 2e9, "exact", "revenue");
    row("La società ha raccolto $10k da amici e parenti.",
        "$10k", "USD", 10e3, 10e3, "exact", "investment");
    row("Il cliente ha pagato 10 000 dollari per la licenza.",
        "10 000 dollari", "USD", 10e3, 10e3, "exact", "investment");
    row("L'investimento complessivo è di USD 3 milioni.",
        "USD 3 milioni", "USD", 3e6, 3e6, "exact", "investment");
    row("Il gruppo ha stanziato 2,5 milioni di euro per la formazione.",
        "2,5 milioni di euro", "EUR", 2.5e6, 2.5e6, "exact", "investment");
    row("Secondo il piano, la società spenderà 7 miliardi di euro in infrastrutture.",
        "7 miliardi di euro", "EUR", 7e9, 7e9, "exact", "spending");
    // Parte di una scala, valuta incollata, valuta unita da un trattino.
    row("La società ha raccolto mezzo miliardo di euro da fondi esteri.",
        "mezzo miliardo di euro", "EUR", 5e8, 5e8, "exact", "investment");
    row("La startup ha raccolto un quarto di miliardo di euro dagli investitori.",
        "un quarto di miliardo di euro", "EUR", 2.5e8, 2.5e8, "exact", "investment");
    row("Il fondo ha raccolto tre quarti di miliardo di dollari.",
        "tre quarti di miliardo di dollari", "USD", 7.5e8, 7.5e8, "exact", "investment");
    // study2: a passive purchase, money "put in", a loss to come.
    row("Dopo un anno di ricavi record, Eurazeo ha messo da sola 8 milioni di euro.",
        "8 milioni di euro", "EUR", 8e6, 8e6, "exact", "investment");
    // A valuation word governs no amount past a nearer cue in a clause of its own.
    row("La società, valutata 6 miliardi di euro, raccoglie 500 milioni di euro.",
        "500 milioni di euro", "EUR", 500e6, 500e6, "exact", "investment", 1);
}

} // namespace dealdesk
