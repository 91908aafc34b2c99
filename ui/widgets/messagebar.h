#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;
class QPushButton;

namespace pm {

/// An inline message strip above the table: errors and confirmations appear here instead of
/// in dialogs, so many failures never become a dialog storm. It can offer one action
/// (e.g. "Undo") and is dismissed by its close button or replaced by the next message. An
/// information leaves by itself after infoTimeoutMs(); an error stays until it is dismissed
/// or the user's next action (dismissError()).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows a message; a non-empty actionText adds a button that emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    void dismiss();
    /// Hides the bar if it shows an error: the user moved on to something else.
    void dismissError();

    /// How long an information stays (8 s; tests shorten it).
    int infoTimeoutMs() const;
    void setInfoTimeoutMs(int ms);

    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QTimer *m_hideTimer;
    Kind m_kind = Kind::Info;
};

} // namespace pm
