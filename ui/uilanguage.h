#pragma once
// The language of the desk: Italian or English, from the preference (QSettings "ui/language")
// or else the system locale. Installs the translators and makes QLocale's default the same
// language, so numbers and dates follow the words.

#include <QString>
#include <QStringList>

namespace dealdesk {

// The languages the desk is translated into: "en", "it".
[[nodiscard]] QStringList uiLanguages();
// The stored preference; empty means "follow the system".
[[nodiscard]] QString preferredUiLanguage();
void setPreferredUiLanguage(const QString &language);
// `language` when translated, else the system's when translated, else English.
[[nodiscard]] QString resolveUiLanguage(const QString &language);
// Loads and installs the translations of `language` (replacing earlier ones) and sets the
// default QLocale. Returns the language installed.
QString installUiLanguage(const QString &language);

} // namespace dealdesk
