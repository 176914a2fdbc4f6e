#pragma once

#include "atr/atrbyte.h"
#include "atr/historicalbytes.h"
#include "util/bytes.h"
#include "util/parseerror.h"

#include <QString>

#include <optional>
#include <vector>

namespace smartcard {

// An Answer To Reset read by ISO/IEC 7816-3: TS, T0, the interface bytes TAi TBi TCi TDi,
// the historical bytes and TCK. Construction parses and never throws: a truncated, overlong
// or otherwise wrong ATR is read as far as it goes and every problem is in errors() with its
// byte offset. Mirrors pyscard's smartcard.ATR.ATR (docs/pyscard-mapping.md), whose accessors
// keep their names in lowerCamelCase, and adds the byte breakdown and the decoded parameters.
class ATR
{
public:
    static constexpr int MaxLength = 33;

    enum class Convention { Direct, Inverse, Unknown };

    // The interface bytes of group i (TAi TBi TCi TDi); `protocol` is the T indicated by
    // TD(i-1) for i >= 2, the protocol these bytes belong to when they are specific.
    struct InterfaceGroup
    {
        int i = 1;
        std::optional<int> protocol;
        std::optional<std::uint8_t> ta, tb, tc, td;
    };

    explicit ATR(Bytes bytes = {});

    const Bytes &bytes() const { return m_bytes; }
    bool isValid() const { return m_errors.empty(); }
    const std::vector<ParseError> &errors() const { return m_errors; }
    // Every byte with its name and meaning, in order; bytes after the end are named "extra".
    const std::vector<AtrByte> &breakdown() const { return m_breakdown; }

    std::optional<std::uint8_t> ts() const;
    Convention convention() const { return m_convention; }
    std::optional<std::uint8_t> t0() const;
    // K, the number of historical bytes T0 announces (there may be fewer).
    int declaredHistoricalCount() const { return m_declaredHistorical; }
    const std::vector<InterfaceGroup> &interfaceGroups() const { return m_groups; }
    // TAi..TDi by ISO numbering (i from 1); empty when absent.
    std::optional<std::uint8_t> ta(int i) const;
    std::optional<std::uint8_t> tb(int i) const;
    std::optional<std::uint8_t> tc(int i) const;
    std::optional<std::uint8_t> td(int i) const;
    // The protocols T indicated, in order of first appearance (T=0 alone when TD1 is absent).
    const std::vector<int> &protocols() const { return m_protocols; }
    const HistoricalBytes &historical() const { return m_historical; }
    bool isTckRequired() const;
    std::optional<std::uint8_t> tck() const { return m_tck; }
    std::optional<bool> isTckValid() const { return m_tckValid; }
    // The TCK that would make the check hold (the XOR of T0 up to the byte before TCK);
    // set whenever a TCK was read.
    std::optional<std::uint8_t> expectedTck() const { return m_expectedTck; }

    // Decoded global parameters, ISO defaults when the byte is absent.
    std::optional<int> fi() const;
    std::optional<int> di() const;
    std::optional<int> maxFrequencyKHz() const;
    bool isSpecificMode() const { return ta(2).has_value(); }
    // T=0: WI (TC2, default 10). T=1: IFSC (default 32), BWI (4), CWI (13), CRC rather than LRC.
    int waitingIntegerT0() const;
    int ifsc() const;
    int blockWaitingInteger() const;
    int characterWaitingInteger() const;
    bool usesCrc() const;
    // T=15: the first TA after T=15 (clock stop and class), if present.
    std::optional<std::uint8_t> clockStopAndClass() const;

    // pyscard's smartcard.ATR.ATR.
    std::optional<std::uint8_t> getChecksum() const { return m_tck; }
    Bytes getHistoricalBytes() const { return m_historical.bytes(); }
    int getHistoricalBytesCount() const { return int(m_historical.bytes().size()); }
    int getInterfaceBytesCount() const;
    std::optional<std::uint8_t> getTA1() const { return ta(1); }
    std::optional<std::uint8_t> getTB1() const { return tb(1); }
    std::optional<std::uint8_t> getTC1() const { return tc(1); }
    std::optional<std::uint8_t> getTD1() const { return td(1); }
    std::optional<int> getBitRateFactor() const { return di(); }
    std::optional<int> getClockRateConversion() const { return fi(); }
    std::optional<int> getProgrammingCurrent() const;
    std::optional<double> getProgrammingVoltage() const;
    std::optional<int> getGuardTime() const;
    std::vector<int> getSupportedProtocols() const { return m_protocols; }
    bool isT0Supported() const { return isProtocolIndicated(0); }
    bool isT1Supported() const { return isProtocolIndicated(1); }
    bool isT15Supported() const { return isProtocolIndicated(15); }
    bool isProtocolIndicated(int t) const;
    // pyscard prints dump(); here it is the readable multi-line analysis (render()).
    QString dump() const;
    QString render() const;
    // "3B 02 14 50", as pyscard's str(atr).
    QString toString() const;

private:
    void parse();
    std::size_t parseInterfaceBytes();
    void parseTS();
    void readGroup(std::size_t *pos, std::uint8_t y, InterfaceGroup *group);
    void describeInterfaceByte(
        const InterfaceGroup &group, char kind, std::uint8_t value, std::size_t offset);
    QString globalMeaning(int i, char kind, std::uint8_t value, std::size_t offset);
    QString specificMeaning(const InterfaceGroup &group, char kind, std::uint8_t value, std::size_t offset);
    void readTck(std::size_t pos);
    void parseTail(std::size_t pos);
    void addByte(std::size_t offset, const QString &name, const QString &meaning);
    void addError(std::size_t offset, const QString &message);
    const InterfaceGroup *firstGroupFor(int protocol, char kind) const;

    Bytes m_bytes;
    Convention m_convention = Convention::Unknown;
    int m_declaredHistorical = 0;
    std::vector<InterfaceGroup> m_groups;
    std::vector<int> m_protocols;
    HistoricalBytes m_historical;
    std::optional<std::uint8_t> m_tck;
    std::optional<bool> m_tckValid;
    std::optional<std::uint8_t> m_expectedTck;
    std::vector<AtrByte> m_breakdown;
    std::vector<ParseError> m_errors;
    bool m_truncated = false; // the bytes ran out before T0's announcements did
};

} // namespace smartcard
