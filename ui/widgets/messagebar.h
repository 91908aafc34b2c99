#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

namespace pm {

/// An inline message strip above the table: errors and confirmations appear here instead of
/// in dialogs, so many failures never become a dialog storm. It can offer one action
/// (e.g. "Undo") and is dismissed by its close button or replaced by the next message.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows a message; a non-empty actionText adds a button that emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    void dismiss();

    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace pm
