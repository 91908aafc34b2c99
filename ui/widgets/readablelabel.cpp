#include "widgets/readablelabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QTextDocumentFragment>

namespace pm {

namespace {

constexpr char ReadableProperty[] = "pm_readableText";

class ReadableLabelInterface : public QAccessibleWidget
{
public:
    explicit ReadableLabelInterface(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    { }

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(object());
        QString shown = label->text();
        if (Qt::mightBeRichText(shown))
            shown = QTextDocumentFragment::fromHtml(shown).toPlainText();
        switch (t) {
        case QAccessible::Name: {
            const QString name = label->accessibleName();
            return name.isEmpty() ? shown : name;
        }
        case QAccessible::Value:
            return shown;
        case QAccessible::Description: {
            const QString description = label->accessibleDescription();
            return description.isEmpty() ? shown : description;
        }
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *readableLabelFactory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QLabel") || !object || !object->isWidgetType()
        || !object->property(ReadableProperty).toBool())
        return nullptr;
    return new ReadableLabelInterface(static_cast<QLabel *>(object));
}

} // namespace

void makeTextReadable(QLabel *label)
{
    static const bool installed = [] {
        QAccessible::installFactory(readableLabelFactory);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(ReadableProperty, true);
    // setAccessibleName() already created (and cached) Qt's own interface for the label, even
    // with no screen reader running: drop it, so the next query builds ours.
    if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(label);
        old && !dynamic_cast<ReadableLabelInterface *>(old))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
}

void setReadableText(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent description(label, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    QAccessibleValueChangeEvent value(label, text);
    QAccessible::updateAccessibility(&value);
}

} // namespace pm
