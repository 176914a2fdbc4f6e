#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList Translations::install(QCoreApplication *application, const QLocale &locale)
{
    QStringList loaded;
    auto *own = new QTranslator(application);
    if (own->load(locale, QStringLiteral("cardscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        application->installTranslator(own);
        loaded << own->filePath();
    } else {
        delete own;
    }
    // Qt's own strings (the standard dialogs' buttons, context menus of line edits, ...).
    auto *qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        application->installTranslator(qt);
        loaded << qt->filePath();
    } else {
        delete qt;
    }
    return loaded;
}
