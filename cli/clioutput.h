#pragma once

#include "pcsc/returncode.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Where a verb's results and errors go: readable lines on stdout, or with --json one JSON
// object per line on stdout. Errors are always written to stderr as text; in JSON mode they
// are also an {"error": ...} object on stdout so that a consumer of the stream sees them.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void text(const QString &line) const;
    void json(const QJsonObject &object) const;

    struct Error
    {
        QString message;
        std::optional<smartcard::pcsc::ReturnCode> pcscCode;
        QJsonObject details; // merged into the JSON error object
    };
    void error(const Error &error) const;
    // Prints the PC/SC failure and returns the matching exit status.
    int pcscFailure(const QString &what, smartcard::pcsc::ReturnCode code) const;

private:
    bool m_json;
};
