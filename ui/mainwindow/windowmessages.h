#pragma once

#include <QObject>
#include <QString>

namespace pm {

/// A part of the main window that tells the user through the window's message bar.
class WindowMessages : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    /// An information; `actionText` names the bar's button (Undo), empty for none.
    void info(const QString &text, const QString &actionText);
    void error(const QString &text);
};

} // namespace pm
