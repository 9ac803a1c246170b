// Spanish date expressions, team-written sentences read against fixed article dates.
#include "datetesthelper.h"

using namespace dealdesk;

class TestDatesEs : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();

private:
    const DateReader m_reader{QStringLiteral("es"), nullptr};
};

void TestDatesEs::read_data()
{
    DEALDESK_DATE_COLUMNS();
    const QString dec20 = QStringLiteral("2024-12-20"); // a Friday
    // Absolute dates
    QTest::addRow("year") << u"La empresa fue fundada en 2015 en Madrid."_qs << dec20 << u"2015/year@en 2015"_qs;
    QTest::addRow("full date") << u"El acuerdo se firmó el 3 de marzo de 2025."_qs << dec20
                               << u"2025-03-03/day@el 3 de marzo de 2025"_qs;
    QTest::addRow("day month past") << u"El 3 de marzo la empresa presentó resultados."_qs << dec20
                                    << u"2024-03-03/day@El 3 de marzo"_qs;
    QTest::addRow("numeric") << u"El 18/01/2019 se firmó el contrato."_qs << dec20 << u"2019-01-18/day@El 18/01/2019"_qs;
    QTest::addRow("iso") << u"El informe del 2002-10-09 sigue vigente."_qs << dec20 << u"2002-10-09/day"_qs;
    QTest::addRow("1.º") << u"El 1.º de julio de 2024 entró en vigor la ley."_qs << dec20 << u"2024-07-01/day"_qs;
    QTest::addRow("number words") << u"Volvió el diez de octubre de 2018."_qs << dec20
                                  << u"2018-10-10/day@el diez de octubre de 2018"_qs;
    QTest::addRow("month year") << u"En septiembre de 2023 la empresa cambió de nombre."_qs << dec20
                                << u"2023-09/month@En septiembre de 2023"_qs;
    QTest::addRow("month del year") << u"En diciembre de 2018 la empresa salió a bolsa."_qs << dec20
                                    << u"2018-12/month"_qs;
    QTest::addRow("two-digit year") << u"En abril del 87 nació el fundador."_qs << dec20 << u"1987-04/month"_qs;
    QTest::addRow("para") << u"Para 2030 el país tendrá diez centros de datos."_qs << dec20 << u"2030/year@Para 2030"_qs;
    QTest::addRow("fiscal") << u"El ejercicio fiscal 2025 cerrará con beneficios."_qs << dec20
                            << u"2025/year@El ejercicio fiscal 2025"_qs;
    QTest::addRow("finales") << u"A finales de 2024 la valoración era de 5.000 millones."_qs << dec20
                             << u"2024/year@A finales de 2024"_qs;
    QTest::addRow("desde") << u"Desde 2019 la firma invierte en IA."_qs << dec20 << u"2019/year@Desde 2019"_qs;
    QTest::addRow("año 2020") << u"En el año 2020 la pandemia frenó la inversión."_qs << dec20
                              << u"2020/year@En el año 2020"_qs;
    // Quarters
    QTest::addRow("tercer trimestre") << u"En el tercer trimestre de 2024 las ventas crecieron."_qs << dec20
                                      << u"2024-Q3/quarter@En el tercer trimestre de 2024"_qs;
    QTest::addRow("primer trimestre") << u"El primer trimestre de 2017 fue récord."_qs << dec20
                                      << u"2017-Q1/quarter@El primer trimestre de 2017"_qs;
    QTest::addRow("trimestre anterior") << u"El trimestre anterior fue flojo."_qs << dec20
                                        << u"2024-Q3/quarter@El trimestre anterior"_qs;
    // Relative expressions
    QTest::addRow("año pasado") << u"El año pasado las pérdidas se duplicaron."_qs << dec20
                                << u"2023/year@El año pasado"_qs;
    QTest::addRow("próximo año") << u"El próximo año la empresa abrirá una oficina."_qs << dec20
                                 << u"2025/year@El próximo año"_qs;
    QTest::addRow("este año") << u"Este año los ingresos subieron."_qs << dec20 << u"2024/year@Este año"_qs;
    QTest::addRow("mes pasado") << u"El mes pasado la startup contrató a 50 personas."_qs << dec20
                                << u"2024-11/month@El mes pasado"_qs;
    QTest::addRow("marzo pasado") << u"En marzo pasado la firma cerró una ronda."_qs << dec20
                                  << u"2024-03/month@En marzo pasado"_qs;
    QTest::addRow("month past") << u"En agosto la empresa abrió un centro."_qs << dec20 << u"2024-08/month@En agosto"_qs;
    QTest::addRow("month future") << u"En febrero la empresa abrirá un centro."_qs << dec20
                                  << u"2025-02/month@En febrero"_qs;
    QTest::addRow("principios") << u"A principios de marzo la empresa anunció despidos."_qs << dec20
                                << u"2024-03/month@A principios de marzo"_qs;
    QTest::addRow("ayer") << u"Ayer la compañía anunció una ronda."_qs << dec20 << u"2024-12-19/day@Ayer"_qs;
    QTest::addRow("hoy") << u"Hoy el banco publica sus cuentas."_qs << dec20 << u"2024-12-20/day@Hoy"_qs;
    QTest::addRow("mañana") << u"Mañana se votará el plan."_qs << dec20 << u"2024-12-21/day@Mañana"_qs;
    QTest::addRow("el domingo") << u"El domingo el fundador se reunió con inversores."_qs << dec20
                                << u"2024-12-15/day@El domingo"_qs;
    QTest::addRow("el lunes future") << u"El lunes la empresa presentará su modelo."_qs << dec20
                                     << u"2024-12-23/day@El lunes"_qs;
    QTest::addRow("miércoles pasado") << u"El miércoles pasado la empresa anunció despidos."_qs << dec20
                                      << u"2024-12-18/day@El miércoles pasado"_qs;
    QTest::addRow("hace") << u"Hace dos años la empresa no existía."_qs << dec20 << u"2022-12-20/day@Hace dos años"_qs;
    // Durations
    QTest::addRow("en cuatro años") << u"El fondo invertirá en cuatro años 500 millones."_qs << dec20
                                    << u"P4Y/duration@en cuatro años"_qs;
    QTest::addRow("durante") << u"Durante 18 meses el equipo trabajó en el chip."_qs << dec20
                             << u"P18M/duration@Durante 18 meses"_qs;
    QTest::addRow("próximos años") << u"En los próximos cinco años invertirá 1.000 millones."_qs << dec20
                                   << u"P5Y/duration@En los próximos cinco años"_qs;
    QTest::addRow("dentro de") << u"Dentro de dos semanas se cerrará la operación."_qs << dec20
                               << u"P2W/duration@Dentro de dos semanas"_qs;
    QTest::addRow("un solo día") << u"En un solo día la acción perdió un 17%."_qs << dec20
                                 << u"P1D/duration@En un solo día"_qs;
    // Not dates
    QTest::addRow("morning") << u"Por la mañana el consejo aprobó la venta."_qs << dec20 << QString();
    QTest::addRow("this morning") << u"Esta mañana el consejo aprobó la venta."_qs << dec20 << QString();
    QTest::addRow("amount") << u"La empresa recaudó 2.000 millones de euros."_qs << dec20 << QString();
    QTest::addRow("series") << u"La ronda Serie B fue de 300 millones."_qs << dec20 << QString();
    QTest::addRow("clock") << u"La reunión es a las 10:30."_qs << dec20 << QString();
    // El 29 de febrero sin año, dicho en un año común: el bisiesto más cercano.
    QTest::addRow("29 de febrero pasado") << u"El contrato se firmó el 29 de febrero."_qs << u"2025-03-10"_qs
                                          << u"2024-02-29/day@el 29 de febrero"_qs;
    // Ordinales, meses ordinales, intervalos
    QTest::addRow("el primero de julio") << u"El primero de julio de 2024 la empresa firmó."_qs << dec20
                                         << u"2024-07-01/day@El primero de julio de 2024"_qs;
    QTest::addRow("el veintitrés de mayo") << u"El veintitrés de mayo de 2024 fue clave."_qs << dec20
                                           << u"2024-05-23/day@El veintitrés de mayo de 2024"_qs;
    QTest::addRow("tercer mes") << u"Ellos saldrán del tercer mes de 2021."_qs << dec20
                                << u"2021-03/month@tercer mes de 2021"_qs;
    QTest::addRow("noveno mes próximo año") << u"El noveno mes del próximo año llegará la revisión."_qs << dec20
                                            << u"2025-09/month@El noveno mes del próximo año"_qs;
    QTest::addRow("de enero a abril") << u"De enero a abril de 2015 las ventas subieron."_qs << dec20
                                      << u"2015-01/month@enero; 2015-04/month@a abril de 2015"_qs;
    QTest::addRow("del 3 al 5 de mayo") << u"La feria se celebra del 3 al 5 de mayo de 2025."_qs << dec20
                                        << u"2025-05-03/day@3; 2025-05-05/day@al 5 de mayo de 2025"_qs;
    QTest::addRow("quinto sin mes") << u"Es el quinto acuerdo y el tercer mes de huelga."_qs << dec20 << QString();
    QTest::addRow("a inicio de mes") << u"Volveré a inicio de mes."_qs << dec20 << u"2024-12/month@a inicio de mes"_qs;
    QTest::addRow("lista de meses") << u"Las ventas subieron en febrero, marzo y julio."_qs << dec20
                                    << u"2024-02/month@en febrero; 2024-03/month@marzo; 2024-07/month@julio"_qs;
    QTest::addRow("hace unos") << u"La empresa nació hace unos dos años."_qs << dec20
                               << u"2022-12-20/day@hace unos dos años"_qs;
}

void TestDatesEs::read() { DEALDESK_DATE_CHECK(m_reader); }

QTEST_GUILESS_MAIN(TestDatesEs)
#include "tst_dates_es.moc"
