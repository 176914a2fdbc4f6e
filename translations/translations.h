#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs CardScope's translations for a locale: its own catalogue (cardscope_<lang>.qm,
// embedded) and Qt's own (qtbase_<lang>.qm from Qt's translations folder, when the
// qt6-translations-l10n package is installed), both chosen by QTranslator::load(QLocale)
// over the locale's UI languages (fr_CA falls back to fr). English is the source language:
// for an English locale nothing is needed, and a language without a catalogue stays English.
class Translations
{
public:
    // Installs the translators on the application (they become its children). Returns the
    // catalogue files loaded, e.g. ":/i18n/cardscope_fr.qm" and Qt's qtbase_fr.qm.
    static QStringList install(QCoreApplication *application, const QLocale &locale = QLocale());
};
