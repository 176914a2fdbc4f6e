#pragma once

#include <QIcon>
#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>
#include <vector>

class QAbstractButton;
class QAction;
class QLabel;
class QWidget;

// The project's line icons (resources/icons, compiled into cardscope_widgets) in the variant
// that suits a palette: "light" icons (dark strokes) on a light window colour, "dark" icons
// (light strokes) on a dark one. The application keeps the system palette; this follows it.
//
// A ThemedIcons watches one widget (usually the top-level window): icons given through
// bind() are set at once and again whenever that widget's palette changes (PaletteChange,
// ApplicationPaletteChange), so a desktop switching between light and dark themes while
// the application runs gets matching icons without a restart.
//
// Names are the file names without ".svg": "refresh", "connect", "disconnect", "copy",
// "card", "reader", "reader-card", "warning".
class ThemedIcons : public QObject
{
    Q_OBJECT

public:
    enum class Variant { Light, Dark };
    Q_ENUM(Variant)

    explicit ThemedIcons(QWidget *watched);
    ~ThemedIcons() override;

    // Light when the palette's window colour is light (HSL lightness at least half).
    static Variant variantFor(const QPalette &palette);
    // ":/icons/light/refresh.svg".
    static QString path(const QString &name, Variant variant);
    static QIcon icon(const QString &name, const QPalette &palette);
    // The application icon (the same in both variants).
    static QIcon applicationIcon();

    Variant variant() const { return m_variant; }
    QIcon icon(const QString &name) const { return QIcon(path(name, m_variant)); }

    void bind(QAction *action, const QString &name);
    void bind(QAbstractButton *button, const QString &name);
    // A label showing the icon as a pixmap of `extent` pixels (device independent).
    void bind(QLabel *label, const QString &name, int extent);

Q_SIGNALS:
    // After the bound icons were set again.
    void variantChanged(ThemedIcons::Variant variant);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QObject *target; // removed from m_bindings when destroyed
        std::function<void(Variant)> apply;
    };
    void add(QObject *target, std::function<void(Variant)> apply);
    void update();

    QWidget *m_watched;
    Variant m_variant;
    std::vector<Binding> m_bindings;
};
