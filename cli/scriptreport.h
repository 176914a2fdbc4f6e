#pragma once

#include "clioutput.h"
#include "script/scriptrunner.h"

// How `run` shows a script's progress: scriptor's `> command` and `< response : meaning`
// lines with PASS or FAIL marks, or with --json one object per step, then a summary.
class ScriptReport
{
public:
    ScriptReport(const CliOutput &out, QString reader, bool strict);

    void step(const smartcard::ScriptStepResult &result);
    // The last line or object: how the run ended.
    void summary(const smartcard::ScriptRunner &runner) const;

private:
    void stepText(const smartcard::ScriptStepResult &result) const;
    void stepJson(const smartcard::ScriptStepResult &result) const;
    bool isChecked(const smartcard::ScriptStep &step) const;

    const CliOutput &m_out;
    QString m_reader;
    bool m_strict;
    int m_expectationsMet = 0;
};
