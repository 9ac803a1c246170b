#include "ui/apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dealdesk {
namespace {

const QString themeKey = u"appearance/theme"_qs;

// A dark palette in the spirit of the common desktop dark themes: text at about 13:1 on the
// base, links and selection in a blue that keeps 4.5:1 against both.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80), highlight(0x3d, 0x7a, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

} // namespace

void applyTheme(const QString &theme)
{
    // The system's look as the desk started, to come back to without a restart.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static bool ours = false; // left alone, the system's palette follows the desktop's changes
    if (theme == u"dark" || theme == u"light") {
        // Fusion draws every control from the palette; native styles may ignore it.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
        QApplication::setPalette(theme == u"dark" ? darkPalette() : QApplication::style()->standardPalette());
        ours = true;
    } else if (ours) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        ours = false;
    }
}

QString preferredTheme()
{
    const QString theme = QSettings().value(themeKey).toString();
    return theme == u"dark" || theme == u"light" ? theme : u"system"_qs;
}

void setPreferredTheme(const QString &theme)
{
    QSettings().setValue(themeKey, theme);
}

} // namespace dealdesk
