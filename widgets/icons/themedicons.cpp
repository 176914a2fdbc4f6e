#include "icons/themedicons.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QWidget>

#include <algorithm>

ThemedIcons::ThemedIcons(QWidget *watched)
    : QObject(watched)
    , m_watched(watched)
    , m_variant(variantFor(watched->palette()))
{
    watched->installEventFilter(this);
}

ThemedIcons::~ThemedIcons() = default;

ThemedIcons::Variant ThemedIcons::variantFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() >= 128 ? Variant::Light : Variant::Dark;
}

QString ThemedIcons::path(const QString &name, Variant variant)
{
    return QStringLiteral(":/icons/%1/%2.svg")
        .arg(variant == Variant::Light ? QStringLiteral("light") : QStringLiteral("dark"), name);
}

QIcon ThemedIcons::icon(const QString &name, const QPalette &palette)
{
    return QIcon(path(name, variantFor(palette)));
}

QIcon ThemedIcons::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app/cardscope.svg"));
}

void ThemedIcons::bind(QAction *action, const QString &name)
{
    add(action, [action, name](Variant variant) { action->setIcon(QIcon(path(name, variant))); });
}

void ThemedIcons::bind(QAbstractButton *button, const QString &name)
{
    add(button, [button, name](Variant variant) { button->setIcon(QIcon(path(name, variant))); });
}

void ThemedIcons::bind(QLabel *label, const QString &name, int extent)
{
    add(label, [label, name, extent](Variant variant) {
        label->setPixmap(
            QIcon(path(name, variant)).pixmap(QSize(extent, extent), label->devicePixelRatioF()));
    });
}

void ThemedIcons::add(QObject *target, std::function<void(Variant)> apply)
{
    apply(m_variant);
    m_bindings.push_back({ target, std::move(apply) });
    // A bound object may go before this one (a tab closed): forget it then.
    connect(target, &QObject::destroyed, this, [this](QObject *gone) {
        std::erase_if(m_bindings, [gone](const Binding &binding) { return binding.target == gone; });
    });
}

bool ThemedIcons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        update();
    return QObject::eventFilter(watched, event);
}

void ThemedIcons::update()
{
    const Variant variant = variantFor(m_watched->palette());
    if (variant == m_variant)
        return;
    m_variant = variant;
    for (const Binding &binding : m_bindings)
        binding.apply(variant);
    Q_EMIT variantChanged(variant);
}
