#pragma once

#include <QString>

#include <optional>
#include <string>
#include <vector>

// Which reader a --reader argument means: the reader of exactly that name, else the one
// reader whose name contains it ("Rig 0" for "CardScope Rig 0 00 00"). Returns an empty
// string and sets *error when there is none or more than one.
QString chooseReader(const std::vector<std::string> &readers, const QString &requested, QString *error);

class CliOutput;

// The reader a card command uses: the one --reader names (chooseReader), else the only
// reader holding a card. On failure reports why, sets *exitCode and returns nullopt.
std::optional<QString> resolveReader(const QString &requested, const CliOutput &out, int *exitCode);
