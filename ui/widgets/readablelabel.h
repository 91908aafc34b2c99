#pragma once

#include <QString>

class QLabel;

namespace pm {

/// Makes a status label's visible text reach screen readers. A QLabel with an accessible name
/// ("Product count") answers only that name over the accessibility bus, never its text; a
/// label marked here keeps its name and answers its text as Value and Description.
void makeTextReadable(QLabel *label);

/// Sets the text of a label marked by makeTextReadable() and tells assistive technology that
/// it changed (QLabel announces a new text only while it has no accessible name).
void setReadableText(QLabel *label, const QString &text);

} // namespace pm
