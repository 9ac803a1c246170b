#pragma once
// File > Export annotations… / Import annotations…: a small dialog asking the format, the
// folder (or, for JSON Lines import, the file) and, for export, whether only accepted
// annotations go out. It only asks; exchangejob.h does the work.

#include "core/exchange/exchangeformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dealdesk {

class ExchangeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

public:
    enum class Direction { Export, Import };
    explicit ExchangeDialog(Direction direction, QWidget *parent = nullptr);

    [[nodiscard]] ExchangeFormat format() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] bool acceptedOnly() const;

private:
    void browse();
    void updateOk();

    Direction m_direction;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_acceptedOnly = nullptr;
};

} // namespace dealdesk
