#include "ui/recentcorpora.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace dealdesk {
namespace {

const QString settingsKey = u"recentCorpora"_qs;

} // namespace

RecentCorpora::RecentCorpora(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuild();
}

RecentCorpora::~RecentCorpora() = default;

QStringList RecentCorpora::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentCorpora::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxCount)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
    rebuild();
}

void RecentCorpora::rebuild()
{
    m_menu->clear();
    const QStringList list = paths();
    int n = 0;
    for (const QString &path : list) {
        if (!QFileInfo::exists(path))
            continue;
        ++n;
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(n).arg(QFileInfo(path).completeBaseName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (n == 0)
        m_menu->addAction(tr("No recent corpora"))->setEnabled(false);
}

} // namespace dealdesk
