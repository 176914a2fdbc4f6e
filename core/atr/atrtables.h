#pragma once

#include <QStringList>

#include <cstdint>
#include <optional>

// The code tables of ISO/IEC 7816-3 for the interface bytes, as small pure functions so that
// the parser, the byte breakdown and the pyscard-style accessors read the same values.
// An empty optional means the code is reserved for future use (RFU).
namespace smartcard::atrtables {

// TA1 bits 8-5: Fi, the clock rate conversion integer, and f max in kHz.
std::optional<int> clockRateConversion(std::uint8_t fiCode);
std::optional<int> maxFrequencyKHz(std::uint8_t fiCode);
// TA1 bits 4-1: Di, the baud rate adjustment integer.
std::optional<int> bitRateAdjustment(std::uint8_t diCode);

// "5 MHz", "7.5 MHz".
QString frequencyText(int kHz);

// One line of meaning for each interface byte, as the byte breakdown shows it.
QString describeTA1(std::uint8_t value);
QString describeTB1(std::uint8_t value);
QString describeTC1(std::uint8_t value);
QString describeTA2(std::uint8_t value);
QString describeTB2(std::uint8_t value);
QString describeTC2(std::uint8_t value);
QString describeTD(int i, std::uint8_t value);
QString describeT1IFSC(std::uint8_t value);
QString describeT1Waiting(std::uint8_t value);
QString describeT1ErrorDetection(std::uint8_t value);
QString describeT15ClockAndClass(std::uint8_t value);
QString describeT15Spu(std::uint8_t value);

// The problem with a code, if there is one ("Fi code 7 is reserved for future use").
std::optional<QString> checkTA1(std::uint8_t value);
std::optional<QString> checkTC2(std::uint8_t value);
std::optional<QString> checkT1IFSC(std::uint8_t value);
std::optional<QString> checkT1Waiting(std::uint8_t value);
std::optional<QString> checkT15ClockAndClass(std::uint8_t value);

} // namespace smartcard::atrtables
