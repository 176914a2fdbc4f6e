#pragma once

#include <QTreeWidget>

namespace smartcard {
class ReaderFeatures;
}

// What a reader tells about itself, as the core reads and decodes it
// (smartcard::ReaderFeatures): its attributes, the ones it does not answer grouped by the
// PC/SC code it gives, its PC/SC part 10 features with their control codes, and its TLV and
// PIN properties. Columns: item, value, details.
class ReaderDetailsTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ReaderDetailsTree(QWidget *parent = nullptr);

    void showFeatures(const smartcard::ReaderFeatures &features);
};
