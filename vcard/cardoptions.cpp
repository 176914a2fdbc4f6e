#include "cardoptions.h"

#include "hex.h"
#include "pinstate.h"

#include <charconv>
#include <random>

namespace cardscope::vcard {

namespace {

template<typename Number> bool parseNumber(const std::string &text, Number &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

} // namespace

CardOptions::CardOptions()
    : m_profile(AtrProfile::t1())
    , m_pin(PinState::defaultPin)
    , m_seed(std::random_device {}())
{ }

std::optional<CardOptions> CardOptions::parse(const std::vector<std::string> &arguments, std::string &error)
{
    CardOptions options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &option = arguments[i];
        if (option == "--help" || option == "-h") {
            options.m_help = true;
            return options;
        }
        if (option == "--no-insert") {
            options.m_insert = false;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            error = option.rfind("--", 0) == 0 ? option + " needs a value" : "unexpected argument: " + option;
            return std::nullopt;
        }
        if (!options.apply(option, arguments[++i], error))
            return std::nullopt;
    }
    if (options.m_port == 0) {
        error = "--port is required";
        return std::nullopt;
    }
    if (options.m_atr)
        options.m_profile.overrideAtr(*options.m_atr);
    return options;
}

bool CardOptions::apply(const std::string &option, const std::string &value, std::string &error)
{
    if (option == "--port") {
        if (!parseNumber(value, m_port) || m_port == 0)
            error = "--port needs a number 1..65535, not '" + value + "'";
    } else if (option == "--host") {
        m_host = value;
    } else if (option == "--profile") {
        if (auto profile = AtrProfile::fromName(value))
            m_profile = *profile;
        else
            error = "--profile must be t0 or t1, not '" + value + "'";
    } else if (option == "--atr") {
        m_atr = Hex::parse(value);
        if (!m_atr || m_atr->size() < 2 || m_atr->size() > 33)
            error = "--atr needs 2..33 bytes of hex, not '" + value + "'";
    } else if (option == "--pin") {
        m_pin = value;
        if (value.empty() || value.size() > PinState::paddedSize)
            error = "--pin needs 1..8 characters";
    } else if (option == "--seed") {
        if (!parseNumber(value, m_seed))
            error = "--seed needs a number 0..4294967295, not '" + value + "'";
    } else {
        error = "unknown option: " + option;
    }
    return error.empty();
}

std::string CardOptions::helpText()
{
    return R"(Usage: cardscope-vcard --port PORT [options]

CardScope's emulated ISO 7816-4 card: a TCP client of the vsmartcard vpcd
reader driver (the driver listens on PORT; connecting inserts the card).

Options:
  --port PORT       vpcd port to connect to (required)
  --host HOST       vpcd host (default 127.0.0.1)
  --profile t0|t1   protocol personality and ATR (default t1)
                      t0: 3B 1E 95 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00
                      t1: 3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5
  --atr HEX         send this ATR instead; the behaviour still follows --profile
  --pin ASCII       PIN for VERIFY P2=81, 1..8 characters padded with FF (default 1234)
  --no-insert       start removed; use the insert command
  --seed N          seed for GET CHALLENGE and garbage faults (default: random)
  --help            this text

Start-up: connects (retrying for up to 5 s; on failure prints "error connect:
<reason>" and exits 1), then prints "ready". Each stdin line gets exactly one
stdout line starting with "ok" or "error":
  insert            connect to the driver (retries up to 5 s)   -> ok inserted
  remove            close the connection                          -> ok removed
  fault none|close|short|garbage|delay MS                         -> ok fault <mode>
                      delay MS: answer every APDU MS ms late (ATR requests stay immediate)
                      close: on the next APDU drop the connection unanswered (one shot)
                      short: answer APDUs with 1 byte; garbage: 1..32 random bytes
  status            -> ok inserted=<0|1> powered=<0|1> apdus=<count>
  quit              -> ok quit, exit 0 (EOF on stdin exits 0 too)
Lines starting with "event" are unsolicited notes, e.g. "event disconnected"
when the driver closes the connection (pcscd stopped).

Card: MF 3F00; EF.DIR 2F00 (record); EF 2F02 (12 bytes, card number);
DF 5000, AID A0 00 00 03 97 43 41 52 44 53 43 4F 50 45 01, holding EF 5001
(512 bytes, byte i = i mod 256), EF 5002 (64 bytes, UPDATE needs the PIN),
EF 5003 (4 records of 16 bytes). ECHO: CLA 80 INS EE returns the command data,
or without data P1P2 (if not 0000) or else Ne bytes of 00 01 02 ... FF 00 ...,
at most 65533 bytes (a vpcd frame holds 65535 bytes with SW1 SW2).
)";
}

} // namespace cardscope::vcard
