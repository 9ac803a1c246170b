// Spanish rows of TestMoney, written for this suite.
#include "moneysuite.h"

namespace dealdesk {

void TestMoney::spanish_data()
{
    columns();
    row("La empresa ha recaudado 100 millones de euros en una ronda de financiación.",
        "100 millones de euros", "EUR", 100e6, 100e6, "exact", "investment");
    row("El grupo invertirá 2.000 millones de dólares en centros de datos.",
        "2.000 millones de dólares", "USD", 2e9, 2e9, "exact", "investment");
    row("La operación supone una valoración de 5.000 millones de euros.",
        "5.000 millones de euros", "EUR", 5e9, 5e9, "exact", "valuation");
    row("Microsoft invertirá entre 60.000 y 65.000 millones de dólares este año.",
        "entre 60.000 y 65.000 millones de dólares", "USD", 60e9, 65e9, "range", "investment");
    row("El fondo aportará mil millones de euros al proyecto.",
        "mil millones de euros", "EUR", 1e9, 1e9, "exact", "investment");
    row("El plan moviliza dos mil millones de euros en inversión pública.",
        "dos mil millones de euros", "EUR", 2e9, 2e9, "exact", "investment");
    row("La compañía podría invertir hasta 25.000 millones de dólares.",
        "hasta 25.000 millones de dólares", "USD", 25e9, 25e9, "up_to", "investment");
    row("La empresa está valorada en unos 30.000 millones de dólares.",
        "unos 30.000 millones de dólares", "USD", 30e9, 30e9, "approx", "valuation");
    row("Los ingresos alcanzaron alrededor de 900 millones de euros.",
        "alrededor de 900 millones de euros", "EUR", 900e6, 900e6, "approx", "revenue");
    row("Las pérdidas fueron de casi 3.000 millones de dólares.",
        "casi 3.000 millones de dólares", "USD", 3e9, 3e9, "almost", "loss");
    row("El gasto en infraestructura superó más de 40.000 millones de dólares.",
        "más de 40.000 millones de dólares", "USD", 40e9, 40e9, "over", "spending");
    row("El Gobierno destinará al menos 1.500 millones de euros a la inteligencia artificial, como inversión.",
        "al menos 1.500 millones de euros", "EUR", 1.5e9, 1.5e9, "at_least", "investment");
    row("La startup fue valorada en menos de 100 millones de euros.",
        "menos de 100 millones de euros", "EUR", 100e6, 100e6, "under", "valuation");
    row("El contrato de 400 millones de euros incluye servicios en la nube.",
        "400 millones de euros", "EUR", 400e6, 400e6, "exact", "spending");
    row("El banco invirtió 20 millones de libras en la empresa británica.",
        "20 millones de libras", "GBP", 20e6, 20e6, "exact", "investment");
    row("El fondo canadiense aportó 300 millones de dólares canadienses.",
        "300 millones de dólares canadienses", "CAD", 300e6, 300e6, "exact", "investment");
    row("La filial recibió 10.000 millones de yenes de su matriz como inversión.",
        "10.000 millones de yenes", "JPY", 10e9, 10e9, "exact", "investment");
    row("Las empresas recaudaron veinticinco millones de euros en total.",
        "veinticinco millones de euros", "EUR", 25e6, 25e6, "exact", "investment");
    row("El proyecto costará 3 billones de dólares según sus promotores, un gasto inédito.",
        "3 billones de dólares", "USD", 3e12, 3e12, "exact", "spending");
    row("La capitalización de la empresa llegó a 4 billones de dólares.",
        "4 billones de dólares", "USD", 4e12, 4e12, "exact", "valuation");
    row("La empresa cerró una ronda de 600 millones de euros con fondos europeos.",
        "600 millones de euros", "EUR", 600e6, 600e6, "exact", "investment");
    row("El precio del servicio es de 20 euros al mes.",
        "20 euros", "EUR", 20, 20, "exact", "other");
    row("Una multa de 15 millones de euros fue impuesta por el regulador.",
        "15 millones de euros", "EUR", 15e6, 15e6, "exact", "other");
    row("La entrada cuesta 12,50 € y el gasto medio por visitante es alto.",
        "12,50 €", "EUR", 12.5, 12.5, "exact", "spending");
    row("Su facturación fue de 1.200 millones de euros en 2024.",
        "1.200 millones de euros", "EUR", 1.2e9, 1.2e9, "exact", "revenue");
    row("La ronda de financiación alcanzó 1,5 millones de euros.",
        "1,5 millones de euros", "EUR", 1.5e6, 1.5e6, "exact", "investment");
    row("Las ventas crecieron hasta 85 millones de dólares.",
        "hasta 85 millones de dólares", "USD", 85e6, 85e6, "up_to", "revenue");
    row("El fondo invertirá de 10 a 20 millones de euros por empresa.",
        "de 10 a 20 millones de euros", "EUR", 10e6, 20e6, "range", "investment");
    row("La inversión será de 5.000 millones de euros, además de los 2.000 millones ya comprometidos.",
        "2.000 millones", "EUR", 2e9, 2e9, "exact", "investment", 1);
    row("El fondo cuenta con 3.000 millones de euros. Ya ha invertido 800 millones en quince empresas.",
        "800 millones", "EUR", 800e6, 800e6, "exact", "investment", 1);
    row("La empresa recaudó USD 50 millones en su ronda semilla.",
        "USD 50 millones", "USD", 50e6, 50e6, "exact", "investment");
    row("La firma suiza invirtió 40 millones de francos suizos.",
        "40 millones de francos suizos", "CHF", 40e6, 40e6, "exact", "investment");
    row("El gigante chino invirtió 10.000 millones de yuanes en chips.",
        "10.000 millones de yuanes", "CNY", 10e9, 10e9, "exact", "investment");
    row("La compañía perdió 5.000 millones de dólares el año pasado.",
        "5.000 millones de dólares", "USD", 5e9, 5e9, "exact", "loss");
    row("La empresa ingresó 700 millones de dólares por licencias.",
        "700 millones de dólares", "USD", 700e6, 700e6, "exact", "revenue");
    row("El grupo prevé un gasto de capital de 75.000 millones de dólares.",
        "75.000 millones de dólares", "USD", 75e9, 75e9, "exact", "spending");
    row("La empresa vale 157.000 millones de dólares tras la ronda.",
        "157.000 millones de dólares", "USD", 157e9, 157e9, "exact", "valuation");
    row("El banco aportó 250.000 euros al proyecto piloto.",
        "250.000 euros", "EUR", 250e3, 250e3, "exact", "investment");
    row("La compañía pagó 1.300 millones de dólares por la startup de datos.",
        "1.300 millones de dólares", "USD", 1.3e9, 1.3e9, "exact", "investment");
    row("El Estado aportará 600 millones de euros al fondo de capital riesgo.",
        "600 millones de euros", "EUR", 600e6, 600e6, "exact", "investment");
    // Una parte de una escala.
    row("La empresa captó medio millón de euros en su ronda semilla.",
        "medio millón de euros", "EUR", 5e5, 5e5, "exact", "investment");
    row("La startup levantó un cuarto de millón de dólares de inversores locales.",
        "un cuarto de millón de dólares", "USD", 2.5e5, 2.5e5, "exact", "investment");
    // study2: a passive purchase, money "put in", a loss to come.
    row("La compañía prevé perder otros 5 millones de euros este año.",
        "5 millones de euros", "EUR", 5e6, 5e6, "exact", "loss");
    // A valuation word governs no amount past a nearer cue in a clause of its own.
    row("La empresa, valorada en 6.000 millones de euros, capta 500 millones de euros.",
        "500 millones de euros", "EUR", 500e6, 500e6, "exact", "investment", 1);
    row("La valoración de la empresa en esa ronda fue de unos 45 millones de euros.",
        "unos 45 millones de euros", "EUR", 45e6, 45e6, "approx", "valuation");
}

} // namespace dealdesk
