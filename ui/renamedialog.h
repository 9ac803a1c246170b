#pragma once
// "Rename or merge…" for one canonical name of the corpus: the new name with completion from
// the names the corpus holds; choosing one of them says that the two become one (a merge).

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dealdesk {

class RenameDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameDialog)

public:
    RenameDialog(const QString &from, const QStringList &names, QWidget *parent = nullptr);
    ~RenameDialog() override;

    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isMerge() const;
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QString hint() const;

private:
    void updateHint();

    QString m_from;
    QStringList m_names;
    QLineEdit *m_name = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace dealdesk
