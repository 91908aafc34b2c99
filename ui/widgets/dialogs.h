#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace pm {

/// What the inspector's "Add key…" and "Edit value…" dialog asks for: a user key, its cache
/// version, the value as typed (a number or JSON literal is that value, anything else text),
/// and a timeout in seconds (0: forever).
struct CacheValueInput
{
    QString key;
    int version = 1;
    QString value;
    qint64 seconds = 0;
};

/// The modal questions the window asks, behind a seam so that tests answer them at once
/// (a test installs its own implementation; nothing ever blocks in a test).
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    /// A yes/no question; true when the user confirmed.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmLabel)
            = 0;
    /// A file to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
            = 0;
    /// An integer in [minimum, maximum]; nullopt when cancelled.
    virtual std::optional<int> integer(QWidget *parent, const QString &title, const QString &label,
                                       int value, int minimum, int maximum)
            = 0;
    /// A report with optional details (e.g. the rejected rows of an import).
    virtual void report(QWidget *parent, const QString &title, const QString &text,
                        const QString &details)
            = 0;
    /// The About box (rich text).
    virtual void about(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A cache value to store; nullopt when cancelled. The key and version are fixed unless
    /// `newKey` (editing an existing key changes only its value and timeout).
    virtual std::optional<CacheValueInput> cacheValue(QWidget * /*parent*/,
                                                      const QString & /*title*/,
                                                      const CacheValueInput & /*initial*/,
                                                      bool /*newKey*/)
    {
        return std::nullopt;
    }
    /// A question with several answers (button labels, first is the default); returns the
    /// index of the one chosen, -1 when the box was closed (Escape). Not pure, so that the
    /// seams of tests that never ask it need not answer it: the default is "closed".
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons);
    /// A file to write; empty when cancelled. The default (for test seams) cancels.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                 const QString &suggestedName);
};

/// The real dialogs: QMessageBox, QFileDialog, QInputDialog.
class StandardDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &confirmLabel) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &filter) override;
    std::optional<int> integer(QWidget *parent, const QString &title, const QString &label,
                               int value, int minimum, int maximum) override;
    void report(QWidget *parent, const QString &title, const QString &text,
                const QString &details) override;
    void about(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<CacheValueInput> cacheValue(QWidget *parent, const QString &title,
                                              const CacheValueInput &initial, bool newKey) override;
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &buttons) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &filter,
                         const QString &suggestedName) override;
};

} // namespace pm
