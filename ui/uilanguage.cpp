#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace dealdesk {
namespace {

const QString settingsKey = u"ui/language"_qs;

// The translators installed now; replaced on a switch. Owned here, removed before deletion.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QStringList uiLanguages()
{
    return {u"en"_qs, u"it"_qs};
}

QString preferredUiLanguage()
{
    return QSettings().value(settingsKey).toString();
}

void setPreferredUiLanguage(const QString &language)
{
    QSettings().setValue(settingsKey, language);
}

QString resolveUiLanguage(const QString &language)
{
    if (uiLanguages().contains(language))
        return language;
    const QString system = QLocale::system().name().left(2);
    return uiLanguages().contains(system) ? system : u"en"_qs;
}

QString installUiLanguage(const QString &language)
{
    const QString chosen = resolveUiLanguage(language);
    auto own = std::make_unique<QTranslator>();
    if (!own->load(u":/i18n/dealdesk_"_qs + chosen))
        own.reset();
    replace(ownTranslator(), std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(u"qtbase_"_qs + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    replace(qtTranslator(), std::move(qt));
    // Italy's and the English-speaking world's conventions: 1.234,5 and 1,234.5.
    // The system's own conventions when it speaks the chosen language (en_US keeps its dates).
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(chosen)
                            ? system
                            : QLocale(chosen == u"it"_qs ? u"it_IT"_qs : u"en_GB"_qs));
    return chosen;
}

} // namespace dealdesk
