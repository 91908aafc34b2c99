#include "widgets/messagebar.h"

#include "widgets/lazyicon.h"
#include "widgets/readablelabel.h"

#include <QAccessible>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace pm {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setObjectName(QStringLiteral("messageBarIcon"));
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Message"));
    makeTextReadable(m_text);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->setVisible(false);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(lazyStandardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    m_hideTimer->setObjectName(QStringLiteral("messageBarHideTimer"));
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(8000);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        // Not while the keyboard is on its button: the user is about to press it.
        if (isAncestorOf(QApplication::focusWidget()))
            m_hideTimer->start();
        else
            dismiss();
    });
    setVisible(false);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon
            = kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setReadableText(m_text, text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());

    // Colours come from the palette so that dark themes stay readable.
    QPalette pal = palette();
    QColor base = kind == Kind::Error ? QColor(0xd9, 0x3f, 0x3f) : QColor(0x3d, 0x8b, 0xd9);
    QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                   : pal.color(QPalette::Window);
    // A light tint of the accent over the window colour.
    QColor tint = QColor::fromRgbF(window.redF() * 0.8 + base.redF() * 0.2,
                                   window.greenF() * 0.8 + base.greenF() * 0.2,
                                   window.blueF() * 0.8 + base.blueF() * 0.2);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    setVisible(true);
    if (kind == Kind::Info)
        m_hideTimer->start();
    else
        m_hideTimer->stop();
    if (QAccessible::isActive()) {
        // Read out at once, like a notification: the bar never takes the keyboard.
        QAccessibleEvent alert(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageBar::dismissError()
{
    if (isVisible() && m_kind == Kind::Error)
        dismiss();
}

int MessageBar::infoTimeoutMs() const
{
    return m_hideTimer->interval();
}

void MessageBar::setInfoTimeoutMs(int ms)
{
    m_hideTimer->setInterval(ms);
}

void MessageBar::dismiss()
{
    m_hideTimer->stop();
    setVisible(false);
    setReadableText(m_text, QString());
    m_action->setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace pm
