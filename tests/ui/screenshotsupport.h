#pragma once

// Shared by the programs that render docs/screenshots (not tests): a Dialogs seam that answers
// nothing, and the dark palette the screenshots and the dark-palette checks use.

#include "widgets/dialogs.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>

namespace pm::test {

/// Declines every question, so a screenshot program never blocks on a dialog.
class NoDialogs final : public pm::Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return false;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

/// A dark palette, to check that nothing hard-codes light colours.
inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xf3));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    return dark;
}

/// Fusion with darkPalette(): the platform style may ignore a palette.
inline void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(darkPalette());
}

} // namespace pm::test
