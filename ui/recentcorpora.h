#pragma once
// The "Open recent" list: corpora opened lately, newest first, kept in QSettings.

#include <QObject>
#include <QStringList>

class QMenu;

namespace dealdesk {

class RecentCorpora : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentCorpora)

public:
    explicit RecentCorpora(QMenu *menu, QObject *parent = nullptr);
    ~RecentCorpora() override;

    static constexpr int maxCount = 8;
    void add(const QString &path);
    [[nodiscard]] QStringList paths() const;

signals:
    void openRequested(const QString &path);

private:
    void rebuild();

    QMenu *m_menu = nullptr;
};

} // namespace dealdesk
