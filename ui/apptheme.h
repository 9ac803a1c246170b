#pragma once
// The desk's colours: the system's (the default), or a light or dark palette of our own for
// systems whose theme Qt cannot read (a bare X session, a remote desktop) and for a
// journalist who wants dark on a light system. The highlights mix into whichever is in force
// (findingpalette.h), so they stay readable on both.

#include <QString>

namespace dealdesk {

// "system", "light" or "dark"; anything else is "system". Applies at once to every window.
void applyTheme(const QString &theme);
// The theme saved in the preferences ("system" when none).
[[nodiscard]] QString preferredTheme();
void setPreferredTheme(const QString &theme);

} // namespace dealdesk
