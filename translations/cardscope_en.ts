<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (built with Qt %2)</translation>
    </message>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs.</source>
        <translation>Watch PC/SC readers and cards, read ATRs, exchange APDUs.</translation>
    </message>
    <message>
        <source>Built against pcsc-lite %1</source>
        <translation>Built against pcsc-lite %1</translation>
    </message>
    <message>
        <source>About CardScope</source>
        <translation>About CardScope</translation>
    </message>
</context>
<context>
    <name>ApduConsole</name>
    <message>
        <source>APDU console</source>
        <translation>APDU console</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>timed out after %1 ms</translation>
    </message>
    <message>
        <source>APDU</source>
        <translation>APDU</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>The protocol to ask for when connecting</source>
        <translation>The protocol to ask for when connecting</translation>
    </message>
    <message>
        <source>T=0 or T=1</source>
        <translation>T=0 or T=1</translation>
    </message>
    <message>
        <source>T=0</source>
        <translation>T=0</translation>
    </message>
    <message>
        <source>T=1</source>
        <translation>T=1</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>none (direct)</translation>
    </message>
    <message>
        <source>Share mode</source>
        <translation>Share mode</translation>
    </message>
    <message>
        <source>Shared, exclusive, or direct to the reader</source>
        <translation>Shared, exclusive, or direct to the reader</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exclusive</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>What Disconnect and End transaction do to the card, and how Reconnect initializes it</source>
        <translation>What Disconnect and End transaction do to the card, and how Reconnect initializes it</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>leave</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <source>unpower</source>
        <translation>unpower</translation>
    </message>
    <message>
        <source>eject</source>
        <translation>eject</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect to the card with this protocol and mode</source>
        <translation>Connect to the card with this protocol and mode</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>SCardReconnect with the disposition chosen</source>
        <translation>SCardReconnect with the disposition chosen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Disconnect with the disposition chosen</source>
        <translation>Disconnect with the disposition chosen</translation>
    </message>
    <message>
        <source>Begin transaction</source>
        <translation>Begin transaction</translation>
    </message>
    <message>
        <source>SCardBeginTransaction</source>
        <translation>SCardBeginTransaction</translation>
    </message>
    <message>
        <source>End transaction</source>
        <translation>End transaction</translation>
    </message>
    <message>
        <source>SCardEndTransaction with the disposition</source>
        <translation>SCardEndTransaction with the disposition</translation>
    </message>
    <message>
        <source>Auto GET RESPONSE</source>
        <translation>Auto GET RESPONSE</translation>
    </message>
    <message>
        <source>Fetch the data after 61 xx with GET RESPONSE (logged as extra exchanges)</source>
        <translation>Fetch the data after 61 xx with GET RESPONSE (logged as extra exchanges)</translation>
    </message>
    <message>
        <source>Auto Le correction</source>
        <translation>Auto Le correction</translation>
    </message>
    <message>
        <source>Send the command again with Le = xx after 6C xx (logged as an extra exchange)</source>
        <translation>Send the command again with Le = xx after 6C xx (logged as an extra exchange)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (the card call itself cannot be interrupted)</source>
        <translation>Stop waiting for the answer (the card call itself cannot be interrupted)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 #%2: %3. No longer waiting; a card call in progress cannot be interrupted, so its answer will be logged and shown as late, and the connection reset.</source>
        <translation>%1 #%2: %3. No longer waiting; a card call in progress cannot be interrupted, so its answer will be logged and shown as late, and the connection reset.</translation>
    </message>
    <message>
        <source>After the abandoned call the worker disconnected with a reset:</source>
        <translation>After the abandoned call the worker disconnected with a reset:</translation>
    </message>
    <message>
        <source>Late answer to #%1 (%2), for the record only:</source>
        <translation>Late answer to #%1 (%2), for the record only:</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>No reader</translation>
    </message>
    <message>
        <source>Waiting for the reader to give back an abandoned call…</source>
        <translation>Waiting for the reader to give back an abandoned call…</translation>
    </message>
    <message>
        <source>Waiting for the card…</source>
        <translation>Waiting for the card…</translation>
    </message>
    <message>
        <source>Connected, in a transaction</source>
        <translation>Connected, in a transaction</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>How long to wait for an answer (also for each script step)</source>
        <translation>How long to wait for an answer (also for each script step)</translation>
    </message>
</context>
<context>
    <name>ApduEdit</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Fill Lc</source>
        <translation>Fill Lc</translation>
    </message>
    <message>
        <source>Fill Lc and add Le 00</source>
        <translation>Fill Lc and add Le 00</translation>
    </message>
    <message>
        <source>Command APDU</source>
        <translation>Command APDU</translation>
    </message>
    <message>
        <source>00 A4 04 00 07 A0 00 00 02 47 10 01</source>
        <translation>00 A4 04 00 07 A0 00 00 02 47 10 01</translation>
    </message>
    <message>
        <source>APDU check</source>
        <translation>APDU check</translation>
    </message>
    <message>
        <source>Send the APDU to the card (Enter)</source>
        <translation>Send the APDU to the card (Enter)</translation>
    </message>
    <message>
        <source>Take the bytes after CLA INS P1 P2 as the data and write Lc for them (a valid case 3 or 4 APDU keeps its data and Le)</source>
        <translation>Take the bytes after CLA INS P1 P2 as the data and write Lc for them (a valid case 3 or 4 APDU keeps its data and Le)</translation>
    </message>
    <message>
        <source>Fill Lc, then end the APDU with Le 00 (as many bytes as the card has)</source>
        <translation>Fill Lc, then end the APDU with Le 00 (as many bytes as the card has)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Search the APDUs sent before (Ctrl+R); Up and Down in the editor walk them</source>
        <translation>Search the APDUs sent before (Ctrl+R); Up and Down in the editor walk them</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Search history</translation>
    </message>
    <message>
        <source>Search the history (part of the hex)</source>
        <translation>Search the history (part of the hex)</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>History search</translation>
    </message>
    <message>
        <source>%1 (%2), %3 bytes</source>
        <translation>%1 (%2), %3 bytes</translation>
    </message>
    <message>
        <source>Hex bytes; spaces, colons and either case are fine</source>
        <translation>Hex bytes; spaces, colons and either case are fine</translation>
    </message>
    <message>
        <source>Type an APDU in hex</source>
        <translation>Type an APDU in hex</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
</context>
<context>
    <name>ApduValidator</name>
    <message>
        <source>empty: type the APDU in hex, e.g. 00 A4 04 00</source>
        <translation>empty: type the APDU in hex, e.g. 00 A4 04 00</translation>
    </message>
    <message>
        <source>cannot fill Lc: %1</source>
        <translation>cannot fill Lc: %1</translation>
    </message>
    <message>
        <source>cannot fill Lc: CLA INS P1 P2 come first</source>
        <translation>cannot fill Lc: CLA INS P1 P2 come first</translation>
    </message>
    <message>
        <source>cannot fill Lc: Le %1 is out of range</source>
        <translation>cannot fill Lc: Le %1 is out of range</translation>
    </message>
    <message>
        <source>cannot fill Lc: %1 data bytes, at most 65535 fit an extended Lc</source>
        <translation>cannot fill Lc: %1 data bytes, at most 65535 fit an extended Lc</translation>
    </message>
</context>
<context>
    <name>AtrBreakdownModel</name>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message numerus="yes">
        <source>the ATR ends here (%n byte(s))</source>
        <translation>
            <numerusform>the ATR ends here (%n byte)</numerusform>
            <numerusform>the ATR ends here (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Byte %1 (%2): %3</source>
        <translation>Byte %1 (%2): %3</translation>
    </message>
    <message>
        <source>After the last byte (offset %1)</source>
        <translation>After the last byte (offset %1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Position of the byte in the ATR, from 0</source>
        <translation>Position of the byte in the ATR, from 0</translation>
    </message>
    <message>
        <source>The byte in hex</source>
        <translation>The byte in hex</translation>
    </message>
    <message>
        <source>ISO/IEC 7816-3 name (T1..TK are the historical bytes)</source>
        <translation>ISO/IEC 7816-3 name (T1..TK are the historical bytes)</translation>
    </message>
    <message>
        <source>The byte in binary, bits 8 to 1</source>
        <translation>The byte in binary, bits 8 to 1</translation>
    </message>
    <message>
        <source>What the byte says, and any problem</source>
        <translation>What the byte says, and any problem</translation>
    </message>
</context>
<context>
    <name>AtrDetailsWidget</name>
    <message>
        <source>ATR details</source>
        <translation>ATR details</translation>
    </message>
    <message>
        <source>Select a card to see its ATR</source>
        <translation>Select a card to see its ATR</translation>
    </message>
    <message>
        <source>ATR byte breakdown</source>
        <translation>ATR byte breakdown</translation>
    </message>
    <message>
        <source>Every byte of the ATR with its ISO/IEC 7816-3 name and meaning</source>
        <translation>Every byte of the ATR with its ISO/IEC 7816-3 name and meaning</translation>
    </message>
    <message>
        <source>ATR in hex</source>
        <translation>ATR in hex</translation>
    </message>
    <message>
        <source>The ATR as the reader gave it; select to copy</source>
        <translation>The ATR as the reader gave it; select to copy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the ATR</source>
        <translation>Copy the ATR</translation>
    </message>
    <message>
        <source>Copy the ATR in hex to the clipboard</source>
        <translation>Copy the ATR in hex to the clipboard</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the selected bytes</source>
        <translation>Copy the selected bytes</translation>
    </message>
</context>
<context>
    <name>AtrHistoricalTree</name>
    <message>
        <source>status indicator</source>
        <translation>status indicator</translation>
    </message>
    <message>
        <source>life cycle status</source>
        <translation>life cycle status</translation>
    </message>
    <message>
        <source>status word</source>
        <translation>status word</translation>
    </message>
    <message>
        <source>tag %1, length %2, header at ATR byte %3</source>
        <translation>tag %1, length %2, header at ATR byte %3</translation>
    </message>
    <message>
        <source>cut off: %1 of %2 bytes present</source>
        <translation>cut off: %1 of %2 bytes present</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>Historical bytes</source>
        <translation>Historical bytes</translation>
    </message>
    <message>
        <source>The historical bytes decoded by ISO/IEC 7816-4</source>
        <translation>The historical bytes decoded by ISO/IEC 7816-4</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The ATR has no historical bytes</source>
        <translation>The ATR has no historical bytes</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
</context>
<context>
    <name>AtrIdentificationLabel</name>
    <message>
        <source>Card identification</source>
        <translation>Card identification</translation>
    </message>
    <message>
        <source>Looking the ATR up in smartcard_list.txt…</source>
        <translation>Looking the ATR up in smartcard_list.txt…</translation>
    </message>
    <message>
        <source>Not identified: smartcard_list.txt is not installed. It comes with the pcsc-tools package (Debian and Ubuntu: apt install pcsc-tools).</source>
        <translation>Not identified: smartcard_list.txt is not installed. It comes with the pcsc-tools package (Debian and Ubuntu: apt install pcsc-tools).</translation>
    </message>
    <message>
        <source>No list file found at:
%1</source>
        <translation>No list file found at:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Not in smartcard_list.txt (%n entries read)</source>
        <translation>
            <numerusform>Not in smartcard_list.txt (%n entries read)</numerusform>
            <numerusform>Not in smartcard_list.txt (%n entries read)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Read from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in smartcard_list.txt:</source>
        <translation>
            <numerusform>%n candidate in smartcard_list.txt:</numerusform>
            <numerusform>%n candidates in smartcard_list.txt:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>%1. %2 (%3, line %4)</source>
        <translation>%1. %2 (%3, line %4)</translation>
    </message>
    <message>
        <source>Matched by:
%1</source>
        <translation>Matched by:
%1</translation>
    </message>
</context>
<context>
    <name>AtrSummaryForm</name>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>Transmission parameters</source>
        <translation>Transmission parameters</translation>
    </message>
    <message>
        <source>Extra guard time</source>
        <translation>Extra guard time</translation>
    </message>
    <message>
        <source>T=0 parameters</source>
        <translation>T=0 parameters</translation>
    </message>
    <message>
        <source>T=1 parameters</source>
        <translation>T=1 parameters</translation>
    </message>
    <message>
        <source>T=15 parameters</source>
        <translation>T=15 parameters</translation>
    </message>
    <message>
        <source>TCK status</source>
        <translation>TCK status</translation>
    </message>
    <message>
        <source>TCK status badge</source>
        <translation>TCK status badge</translation>
    </message>
    <message>
        <source>Problems found in the ATR</source>
        <translation>Problems found in the ATR</translation>
    </message>
    <message>
        <source>Every problem with the byte offset where it was found; click to select the byte</source>
        <translation>Every problem with the byte offset where it was found; click to select the byte</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Convention:</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protocols:</translation>
    </message>
    <message>
        <source>Transmission:</source>
        <translation>Transmission:</translation>
    </message>
    <message>
        <source>Guard time:</source>
        <translation>Guard time:</translation>
    </message>
    <message>
        <source>T=0:</source>
        <translation>T=0:</translation>
    </message>
    <message>
        <source>T=1:</source>
        <translation>T=1:</translation>
    </message>
    <message>
        <source>T=15:</source>
        <translation>T=15:</translation>
    </message>
    <message>
        <source>TCK:</source>
        <translation>TCK:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>direct (TS 3B)</source>
        <translation>direct (TS 3B)</translation>
    </message>
    <message>
        <source>inverse (TS 3F)</source>
        <translation>inverse (TS 3F)</translation>
    </message>
    <message>
        <source>unknown (TS %1 is not a valid initial character)</source>
        <translation>unknown (TS %1 is not a valid initial character)</translation>
    </message>
    <message>
        <source>none indicated (the ATR is cut off)</source>
        <translation>none indicated (the ATR is cut off)</translation>
    </message>
    <message>
        <source>specific mode: T=%1 only (TA2)</source>
        <translation>specific mode: T=%1 only (TA2)</translation>
    </message>
    <message>
        <source>negotiable mode: default T=%1, the first offered</source>
        <translation>negotiable mode: default T=%1, the first offered</translation>
    </message>
    <message>
        <source>%1 offered; %2</source>
        <translation>%1 offered; %2</translation>
    </message>
    <message>
        <source>RFU</source>
        <translation>RFU</translation>
    </message>
    <message>
        <source>Fi=%1, Di=%2, f max=%3 (%4)</source>
        <translation>Fi=%1, Di=%2, f max=%3 (%4)</translation>
    </message>
    <message>
        <source>TA1</source>
        <translation>TA1</translation>
    </message>
    <message>
        <source>defaults, no TA1</source>
        <translation>defaults, no TA1</translation>
    </message>
    <message>
        <source>N=0 (default, no TC1)</source>
        <translation>N=0 (default, no TC1)</translation>
    </message>
    <message>
        <source>WI=%1%2</source>
        <translation>WI=%1%2</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>IFSC=%1, BWI=%2, CWI=%3, error detection %4</source>
        <translation>IFSC=%1, BWI=%2, CWI=%3, error detection %4</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>LRC</source>
        <translation>LRC</translation>
    </message>
    <message>
        <source>clock stop not supported; class A (defaults)</source>
        <translation>clock stop not supported; class A (defaults)</translation>
    </message>
    <message>
        <source>present and correct (%1)</source>
        <translation>present and correct (%1)</translation>
    </message>
    <message>
        <source>present but wrong: %1, expected %2</source>
        <translation>present but wrong: %1, expected %2</translation>
    </message>
    <message>
        <source>; it shall be absent, only T=0 is offered</source>
        <translation>; it shall be absent, only T=0 is offered</translation>
    </message>
    <message>
        <source>absent; the ATR ends before it says whether a TCK is needed</source>
        <translation>absent; the ATR ends before it says whether a TCK is needed</translation>
    </message>
    <message>
        <source>absent but required (a protocol other than T=0 is offered)</source>
        <translation>absent but required (a protocol other than T=0 is offered)</translation>
    </message>
    <message>
        <source>absent and not needed (only T=0 is offered)</source>
        <translation>absent and not needed (only T=0 is offered)</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs. Without a reader, scripts/run starts a private pcscd with emulated cards.</source>
        <translation>Watch PC/SC readers and cards, read ATRs, exchange APDUs. Without a reader, scripts/run starts a private pcscd with emulated cards.</translation>
    </message>
    <message>
        <source>Select the reader NAME at start, as soon as it is listed (the name as PC/SC lists it, see cardscope-cli list).</source>
        <translation>Select the reader NAME at start, as soon as it is listed (the name as PC/SC lists it, see cardscope-cli list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cardscope: %1
Try 'cardscope --help'.</source>
        <translation>cardscope: %1
Try 'cardscope --help'.</translation>
    </message>
    <message>
        <source>cardscope: unexpected argument '%1'
Try 'cardscope --help'.</source>
        <translation>cardscope: unexpected argument '%1'
Try 'cardscope --help'.</translation>
    </message>
    <message>
        <source>cardscope: --reader needs a reader name
Try 'cardscope --help'.</source>
        <translation>cardscope: --reader needs a reader name
Try 'cardscope --help'.</translation>
    </message>
    <message>
        <source>CardScope %1 (Qt %2, built against pcsc-lite %3)</source>
        <translation>CardScope %1 (Qt %2, built against pcsc-lite %3)</translation>
    </message>
</context>
<context>
    <name>CommandSetFile</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>not JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>not a command set: the JSON is not an object</source>
        <translation>not a command set: the JSON is not an object</translation>
    </message>
    <message>
        <source>not a command set: "format" is not "%1"</source>
        <translation>not a command set: "format" is not "%1"</translation>
    </message>
    <message>
        <source>command set version %1 is not supported (this version reads %2)</source>
        <translation>command set version %1 is not supported (this version reads %2)</translation>
    </message>
    <message>
        <source>"commands" is missing or not a list</source>
        <translation>"commands" is missing or not a list</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>command %1</translation>
    </message>
    <message>
        <source>%1: needs a "name" and an "apdu" text</source>
        <translation>%1: needs a "name" and an "apdu" text</translation>
    </message>
    <message>
        <source>%1 ("%2"): apdu, column %3: %4</source>
        <translation>%1 ("%2"): apdu, column %3: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandSetPanel</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Command set</source>
        <translation>Command set</translation>
    </message>
    <message>
        <source>Named commands: double click to put one in the editor</source>
        <translation>Named commands: double click to put one in the editor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>Command name</translation>
    </message>
    <message>
        <source>Add the APDU in the editor under this name</source>
        <translation>Add the APDU in the editor under this name</translation>
    </message>
    <message>
        <source>Remove the selected command</source>
        <translation>Remove the selected command</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the command set to a JSON file</source>
        <translation>Save the command set to a JSON file</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <source>Load a command set from a JSON file</source>
        <translation>Load a command set from a JSON file</translation>
    </message>
    <message>
        <source>To add a command, give it a name and type a valid APDU</source>
        <translation>To add a command, give it a name and type a valid APDU</translation>
    </message>
    <message>
        <source>Added "%1"</source>
        <translation>Added "%1"</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n command(s) to %1</source>
        <translation>
            <numerusform>Saved %n command to %1</numerusform>
            <numerusform>Saved %n commands to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>%1 was not loaded: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n command(s) from %1</source>
        <translation>
            <numerusform>Loaded %n command from %1</numerusform>
            <numerusform>Loaded %n commands from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save command set</source>
        <translation>Save command set</translation>
    </message>
    <message>
        <source>Load command set</source>
        <translation>Load command set</translation>
    </message>
    <message>
        <source>Command sets (*.json);;All files (*)</source>
        <translation>Command sets (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>cancelled before it was sent: nothing reached the card</source>
        <translation>cancelled before it was sent: nothing reached the card</translation>
    </message>
    <message>
        <source>cancelled before it was sent: nothing reached the reader</source>
        <translation>cancelled before it was sent: nothing reached the reader</translation>
    </message>
    <message>
        <source>no script loaded</source>
        <translation>no script loaded</translation>
    </message>
    <message>
        <source>the script stopped: %1</source>
        <translation>the script stopped: %1</translation>
    </message>
    <message>
        <source>abandoned before it started: nothing was sent</source>
        <translation>abandoned before it started: nothing was sent</translation>
    </message>
    <message>
        <source>The step answered after its timeout; the card was then reset and disconnected</source>
        <translation>The step answered after its timeout; the card was then reset and disconnected</translation>
    </message>
    <message>
        <source>The step ended after its timeout</source>
        <translation>The step ended after its timeout</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Send control</source>
        <translation>Send control</translation>
    </message>
    <message>
        <source>Control code</source>
        <translation>Control code</translation>
    </message>
    <message>
        <source>The control code: 0x42000D48 in hex, or decimal</source>
        <translation>The control code: 0x42000D48 in hex, or decimal</translation>
    </message>
    <message>
        <source>Control data</source>
        <translation>Control data</translation>
    </message>
    <message>
        <source>The bytes to send, in hex (may be empty)</source>
        <translation>The bytes to send, in hex (may be empty)</translation>
    </message>
    <message>
        <source>SCardControl with this code and data</source>
        <translation>SCardControl with this code and data</translation>
    </message>
    <message>
        <source>Control results</source>
        <translation>Control results</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Control code "%1": not a 32-bit number (0x… hex or decimal); nothing was sent</source>
        <translation>Control code "%1": not a 32-bit number (0x… hex or decimal); nothing was sent</translation>
    </message>
    <message>
        <source>Data, column %1: %2; nothing was sent</source>
        <translation>Data, column %1: %2; nothing was sent</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When CardScope received the event (local time, to the millisecond)</source>
        <translation>When CardScope received the event (local time, to the millisecond)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The reader concerned; empty for the PC/SC service's own events</source>
        <translation>The reader concerned; empty for the PC/SC service's own events</translation>
    </message>
    <message>
        <source>The reader's state flags, event counter and the card's ATR; the return code of a service loss</source>
        <translation>The reader's state flags, event counter and the card's ATR; the return code of a service loss</translation>
    </message>
    <message>
        <source>Reader added</source>
        <translation>Reader added</translation>
    </message>
    <message>
        <source>Reader removed</source>
        <translation>Reader removed</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>State changed</translation>
    </message>
    <message>
        <source>Card inserted</source>
        <translation>Card inserted</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Card removed</translation>
    </message>
    <message>
        <source>Service lost</source>
        <translation>Service lost</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Service restored</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>no flag</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <source>ATR %1</source>
        <translation>ATR %1</translation>
    </message>
    <message>
        <source>The PC/SC service answers again; the changes found meanwhile are listed just before.</source>
        <translation>The PC/SC service answers again; the changes found meanwhile are listed just before.</translation>
    </message>
    <message>
        <source>The card as last seen: %1</source>
        <translation>The card as last seen: %1</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation>Copy the selected events as tab-separated text</translation>
    </message>
    <message>
        <source>Remove every event from the log</source>
        <translation>Remove every event from the log</translation>
    </message>
    <message>
        <source>Monitor events</source>
        <translation>Monitor events</translation>
    </message>
    <message>
        <source>Reader filter</source>
        <translation>Reader filter</translation>
    </message>
    <message>
        <source>Show the events of one reader (and the service's own events)</source>
        <translation>Show the events of one reader (and the service's own events)</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Reader:</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>Event kind filter</translation>
    </message>
    <message>
        <source>Choose which kinds of event are shown</source>
        <translation>Choose which kinds of event are shown</translation>
    </message>
    <message>
        <source>All readers</source>
        <translation>All readers</translation>
    </message>
</context>
<context>
    <name>ExchangeDetails</name>
    <message>
        <source>Exchange details</source>
        <translation>Exchange details</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>CLA:</source>
        <translation>CLA:</translation>
    </message>
    <message>
        <source>INS:</source>
        <translation>INS:</translation>
    </message>
    <message>
        <source>P1:</source>
        <translation>P1:</translation>
    </message>
    <message>
        <source>P2:</source>
        <translation>P2:</translation>
    </message>
    <message>
        <source>Lc:</source>
        <translation>Lc:</translation>
    </message>
    <message>
        <source>Le:</source>
        <translation>Le:</translation>
    </message>
    <message>
        <source>APDU:</source>
        <translation>APDU:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Response:</translation>
    </message>
    <message>
        <source>SW:</source>
        <translation>SW:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Made for:</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>A note on this entry, kept in the log and its JSON Lines export</source>
        <translation>A note on this entry, kept in the log and its JSON Lines export</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Response as BER-TLV</source>
        <translation>Response as BER-TLV</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Response as ASCII</source>
        <translation>Response as ASCII</translation>
    </message>
    <message>
        <source>BER-TLV</source>
        <translation>BER-TLV</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>No entry selected</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (imported)</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>&lt;a href="#origin"&gt;exchange #%1&lt;/a&gt; (this one was made by the connection for it)</source>
        <translation>&lt;a href="#origin"&gt;exchange #%1&lt;/a&gt; (this one was made by the connection for it)</translation>
    </message>
    <message>
        <source>exchange %1 (not in this log)</source>
        <translation>exchange %1 (not in this log)</translation>
    </message>
    <message numerus="yes">
        <source>%n secret byte(s) shown as the log holds them (unmasked session; bytes recorded or exported masked are 00)</source>
        <translation>
            <numerusform>%n secret byte shown as the log holds them (unmasked session; bytes recorded or exported masked are 00)</numerusform>
            <numerusform>%n secret bytes shown as the log holds them (unmasked session; bytes recorded or exported masked are 00)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret byte(s) masked (••)</source>
        <translation>
            <numerusform>%n secret byte masked (••)</numerusform>
            <numerusform>%n secret bytes masked (••)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not an APDU: %n byte(s)</source>
        <translation>
            <numerusform>not an APDU: %n byte</numerusform>
            <numerusform>not an APDU: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unknown command</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (at byte %2)</translation>
    </message>
    <message>
        <source>absent (%1)</source>
        <translation>absent (%1)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>at byte %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CardScope</source>
        <translation>CardScope</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Event Log</translation>
    </message>
    <message>
        <source>&amp;Refresh Reader Details</source>
        <translation>&amp;Refresh Reader Details</translation>
    </message>
    <message>
        <source>Read the selected reader's attributes and features again</source>
        <translation>Read the selected reader's attributes and features again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Reset &amp;Layout</translation>
    </message>
    <message>
        <source>&amp;About CardScope</source>
        <translation>&amp;About CardScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>APDU Console</source>
        <translation>APDU Console</translation>
    </message>
    <message>
        <source>Session Log</source>
        <translation>Session Log</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>&amp;Export Session…</translation>
    </message>
    <message>
        <source>&amp;Import Session…</source>
        <translation>&amp;Import Session…</translation>
    </message>
    <message>
        <source>C&amp;lear Session</source>
        <translation>C&amp;lear Session</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>at byte %1</translation>
    </message>
</context>
<context>
    <name>ReaderDetailsTree</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>at byte %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source> — problem: %1</source>
        <translation> — problem: %1</translation>
    </message>
    <message>
        <source>%1
raw: %2</source>
        <translation>%1
raw: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC part 10 features</source>
        <translation>PC/SC part 10 features</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>none (%1)</translation>
    </message>
    <message>
        <source>feature request not answered</source>
        <translation>feature request not answered</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>none announced</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>control code %1</source>
        <translation>control code %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>TLV properties</source>
        <translation>TLV properties</translation>
    </message>
    <message numerus="yes">
        <source>%n property(ies)</source>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>raw %1</translation>
    </message>
    <message>
        <source>PIN properties</source>
        <translation>PIN properties</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Reader attributes and features</source>
        <translation>Reader attributes and features</translation>
    </message>
    <message>
        <source>The reader's attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</source>
        <translation>The reader's attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReaderDetailsWidget</name>
    <message>
        <source>Reader details</source>
        <translation>Reader details</translation>
    </message>
    <message>
        <source>Reader details status</source>
        <translation>Reader details status</translation>
    </message>
    <message>
        <source>Select a reader to see its attributes and features</source>
        <translation>Select a reader to see its attributes and features</translation>
    </message>
    <message>
        <source>Reading the attributes and features of “%1”…</source>
        <translation>Reading the attributes and features of “%1”…</translation>
    </message>
    <message>
        <source> Start pcscd (or check PCSCLITE_CSOCK_NAME).</source>
        <translation> Start pcscd (or check PCSCLITE_CSOCK_NAME).</translation>
    </message>
    <message>
        <source>Cannot read the details of “%1”: %2</source>
        <translation>Cannot read the details of “%1”: %2</translation>
    </message>
    <message>
        <source>The reader driver reports no attributes</source>
        <translation>The reader driver reports no attributes</translation>
    </message>
    <message>
        <source>The reader driver reports no attributes (%1)</source>
        <translation>The reader driver reports no attributes (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 attributes</source>
        <translation>%1 of %2 attributes</translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (%1)</source>
        <translation>no PC/SC part 10 features (%1)</translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (the list is empty)</source>
        <translation>no PC/SC part 10 features (the list is empty)</translation>
    </message>
    <message numerus="yes">
        <source>%n PC/SC part 10 feature(s)</source>
        <translation>
            <numerusform>%n PC/SC part 10 feature</numerusform>
            <numerusform>%n PC/SC part 10 features</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Reader name</translation>
    </message>
</context>
<context>
    <name>ReaderTreeModel</name>
    <message>
        <source>%1
Last known state: the PC/SC service is not answering (%2).</source>
        <translation>%1
Last known state: the PC/SC service is not answering (%2).</translation>
    </message>
    <message>
        <source>Event counter: pcscd moves it on each card insertion and removal.</source>
        <translation>Event counter: pcscd moves it on each card insertion and removal.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>The card in %1</source>
        <translation>The card in %1</translation>
    </message>
    <message>
        <source>Present since %1 (when CardScope first saw it; it may have been there before).</source>
        <translation>Present since %1 (when CardScope first saw it; it may have been there before).</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>Present for</source>
        <translation>Present for</translation>
    </message>
    <message>
        <source>The reader, and under it the card in it</source>
        <translation>The reader, and under it the card in it</translation>
    </message>
    <message>
        <source>Every SCARD_STATE flag the PC/SC service reports for the reader</source>
        <translation>Every SCARD_STATE flag the PC/SC service reports for the reader</translation>
    </message>
    <message>
        <source>The reader's event counter (the upper 16 bits of the event state)</source>
        <translation>The reader's event counter (the upper 16 bits of the event state)</translation>
    </message>
    <message>
        <source>The card's answer to reset, in hexadecimal</source>
        <translation>The card's answer to reset, in hexadecimal</translation>
    </message>
    <message>
        <source>How long the card has been in the reader</source>
        <translation>How long the card has been in the reader</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>the reader is ignored</source>
        <translation>the reader is ignored</translation>
    </message>
    <message>
        <source>the state changed</source>
        <translation>the state changed</translation>
    </message>
    <message>
        <source>the reader is not known</source>
        <translation>the reader is not known</translation>
    </message>
    <message>
        <source>the reader's state is not available</source>
        <translation>the reader's state is not available</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>no card in the reader</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>a card is in the reader</translation>
    </message>
    <message>
        <source>the card's ATR matches a card searched for</source>
        <translation>the card's ATR matches a card searched for</translation>
    </message>
    <message>
        <source>the card is in exclusive use by an application</source>
        <translation>the card is in exclusive use by an application</translation>
    </message>
    <message>
        <source>the card is in use by one or more applications</source>
        <translation>the card is in use by one or more applications</translation>
    </message>
    <message>
        <source>the card does not answer (no valid ATR)</source>
        <translation>the card does not answer (no valid ATR)</translation>
    </message>
    <message>
        <source>the card is not powered</source>
        <translation>the card is not powered</translation>
    </message>
</context>
<context>
    <name>ReaderTreeView</name>
    <message>
        <source>Copy reader name</source>
        <translation>Copy reader name</translation>
    </message>
    <message>
        <source>Copy ATR</source>
        <translation>Copy ATR</translation>
    </message>
    <message>
        <source>Readers and cards</source>
        <translation>Readers and cards</translation>
    </message>
    <message>
        <source>Every smart-card reader, live, with the card in it: state flags, event counter, ATR and how long the card has been present.</source>
        <translation>Every smart-card reader, live, with the card in it: state flags, event counter, ATR and how long the card has been present.</translation>
    </message>
    <message>
        <source>Copy the selected reader's name to the clipboard</source>
        <translation>Copy the selected reader's name to the clipboard</translation>
    </message>
    <message>
        <source>Copy the ATR of the card in the selected reader, in hexadecimal</source>
        <translation>Copy the ATR of the card in the selected reader, in hexadecimal</translation>
    </message>
    <message>
        <source>No smart-card reader found. Plug one in; it will appear here.</source>
        <translation>No smart-card reader found. Plug one in; it will appear here.</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not answering. Start it, for example with "sudo systemctl start pcscd.socket"; the readers will appear here when it answers.</source>
        <translation>The PC/SC service (pcscd) is not answering. Start it, for example with "sudo systemctl start pcscd.socket"; the readers will appear here when it answers.</translation>
    </message>
</context>
<context>
    <name>ReplyText</name>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>reconnect</source>
        <translation>reconnect</translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation>disconnect</translation>
    </message>
    <message>
        <source>begin transaction</source>
        <translation>begin transaction</translation>
    </message>
    <message>
        <source>end transaction</source>
        <translation>end transaction</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>transmit</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>SW %1 (%2, %3)</source>
        <translation>SW %1 (%2, %3)</translation>
    </message>
    <message>
        <source>control code 0x%1, sent: %2</source>
        <translation>control code 0x%1, sent: %2</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <source>answer: </source>
        <translation>answer: </translation>
    </message>
    <message>
        <source>: protocol %1, ATR %2</source>
        <translation>: protocol %1, ATR %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>: done</source>
        <translation>: done</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Open a script</source>
        <translation>Open a script</translation>
    </message>
    <message>
        <source>Strict (expect 90 00 by default)</source>
        <translation>Strict (expect 90 00 by default)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>A command without an expected response must answer 90 00</source>
        <translation>A command without an expected response must answer 90 00</translation>
    </message>
    <message>
        <source>Open a scriptor-format script</source>
        <translation>Open a scriptor-format script</translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation>Run the next step</translation>
    </message>
    <message>
        <source>Run to the end or the first failure</source>
        <translation>Run to the end or the first failure</translation>
    </message>
    <message>
        <source>Stop before the next step (a step in progress finishes)</source>
        <translation>Stop before the next step (a step in progress finishes)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the first: %1</source>
        <translation>
            <numerusform>%n problem; the first: %1</numerusform>
            <numerusform>%n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), ready</source>
        <translation>
            <numerusform>%n step, ready</numerusform>
            <numerusform>%n steps, ready</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Next: step %1 of %2</source>
        <translation>Next: step %1 of %2</translation>
    </message>
    <message>
        <source>Finished: every step passed</source>
        <translation>Finished: every step passed</translation>
    </message>
    <message>
        <source>Stopped at step %1: it failed</source>
        <translation>Stopped at step %1: it failed</translation>
    </message>
    <message>
        <source>Stopped before step %1</source>
        <translation>Stopped before step %1</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Open script</translation>
    </message>
    <message>
        <source>Scripts (*.txt *.script *.apdu);;All files (*)</source>
        <translation>Scripts (*.txt *.script *.apdu);;All files (*)</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>timed out after %1 ms</translation>
    </message>
    <message>
        <source>Step %1 timed out after %2 ms; waiting for the reader to give the call back (the card is then reset)</source>
        <translation>Step %1 timed out after %2 ms; waiting for the reader to give the call back (the card is then reset)</translation>
    </message>
    <message>
        <source>timed out after %1 ms; the card answered later: %2</source>
        <translation>timed out after %1 ms; the card answered later: %2</translation>
    </message>
    <message>
        <source>Step %1 timed out after %2 ms. %3</source>
        <translation>Step %1 timed out after %2 ms. %3</translation>
    </message>
</context>
<context>
    <name>ServiceBanner</name>
    <message>
        <source>PC/SC service problem</source>
        <translation>PC/SC service problem</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not running.</source>
        <translation>The PC/SC service (pcscd) is not running.</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) stopped answering.</source>
        <translation>The PC/SC service (pcscd) stopped answering.</translation>
    </message>
    <message>
        <source>Readers and cards cannot be seen until it answers again (%1); CardScope reconnects by itself.</source>
        <translation>Readers and cards cannot be seen until it answers again (%1); CardScope reconnects by itself.</translation>
    </message>
    <message>
        <source>To start it:</source>
        <translation>To start it:</translation>
    </message>
</context>
<context>
    <name>ServiceStatusLabel</name>
    <message>
        <source>PC/SC service status</source>
        <translation>PC/SC service status</translation>
    </message>
    <message>
        <source>PC/SC service: checking…</source>
        <translation>PC/SC service: checking…</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation>
            <numerusform>PC/SC service: running, %n reader</numerusform>
            <numerusform>PC/SC service: running, %n readers</numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation>PC/SC service: not running (%1)</translation>
    </message>
    <message>
        <source>PC/SC service: not answering (%1)</source>
        <translation>PC/SC service: not answering (%1)</translation>
    </message>
</context>
<context>
    <name>SessionLogFilterBar</name>
    <message>
        <source>Reader filter</source>
        <translation>Reader filter</translation>
    </message>
    <message>
        <source>Show the entries of one reader</source>
        <translation>Show the entries of one reader</translation>
    </message>
    <message>
        <source>All readers</source>
        <translation>All readers</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>Status words, x for any digit, several separated by commas: 9000, 61xx, 6Xxx</source>
        <translation>Status words, x for any digit, several separated by commas: 9000, 61xx, 6Xxx</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>Instruction bytes in hex: A4, B0</source>
        <translation>Instruction bytes in hex: A4, B0</translation>
    </message>
    <message>
        <source>Text or hex</source>
        <translation>Text or hex</translation>
    </message>
    <message>
        <source>Hex bytes found in a command or response (00 A4), or text in the reader, error or note</source>
        <translation>Hex bytes found in a command or response (00 A4), or text in the reader, error or note</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <source>Show one kind of entry</source>
        <translation>Show one kind of entry</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>ATRs and attributes</source>
        <translation>ATRs and attributes</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filter error</translation>
    </message>
    <message>
        <source>SW, character %1: %2</source>
        <translation>SW, character %1: %2</translation>
    </message>
    <message>
        <source>INS, character %1: %2</source>
        <translation>INS, character %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>APDU</source>
        <translation>APDU</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>SessionLogTaskRunner</name>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entries written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written</source>
        <translation>Export cancelled: no file was written</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Import cancelled: the log is unchanged</source>
        <translation>Import cancelled: the log is unchanged</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>Not a CardScope session this version can read: nothing imported</source>
        <translation>Not a CardScope session this version can read: nothing imported</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read</source>
        <translation>
            <numerusform>%n entries read</numerusform>
            <numerusform>%n entries read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped (line %1: %2)</source>
        <translation>
            <numerusform>; %n line skipped (line %1: %2)</numerusform>
            <numerusform>; %n lines skipped (line %1: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the last line was cut short and left out</source>
        <translation>; the last line was cut short and left out</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>Session log</source>
        <translation>Session log</translation>
    </message>
    <message>
        <source>Mask secrets</source>
        <translation>Mask secrets</translation>
    </message>
    <message>
        <source>Unmask secrets…</source>
        <translation>Unmask secrets…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write the entries shown (the filtered view) as JSON Lines, CSV, scriptor text or pcapng</source>
        <translation>Write the entries shown (the filtered view) as JSON Lines, CSV, scriptor text or pcapng</translation>
    </message>
    <message>
        <source>Import JSON Lines…</source>
        <translation>Import JSON Lines…</translation>
    </message>
    <message>
        <source>Add the entries of a JSON Lines session file to the log</source>
        <translation>Add the entries of a JSON Lines session file to the log</translation>
    </message>
    <message>
        <source>Show PINs and keys of this session in the log and its exports</source>
        <translation>Show PINs and keys of this session in the log and its exports</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Empty the log and start a new session (masked again)</source>
        <translation>Empty the log and start a new session (masked again)</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Log status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop: an export leaves no file, an import changes nothing</source>
        <translation>Stop: an export leaves no file, an import changes nothing</translation>
    </message>
    <message>
        <source>Session log entries</source>
        <translation>Session log entries</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>The origin of this exchange is hidden by the filter</source>
        <translation>The origin of this exchange is hidden by the filter</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Export the session log</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Import a JSON Lines session</source>
        <translation>Import a JSON Lines session</translation>
    </message>
    <message>
        <source>JSON Lines sessions (*.jsonl *.journal)</source>
        <translation>JSON Lines sessions (*.jsonl *.journal)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message numerus="yes">
        <source>CardScope did not close cleanly: %n session(s) can be recovered from the journal.</source>
        <translation>
            <numerusform>CardScope did not close cleanly: %n session can be recovered from the journal.</numerusform>
            <numerusform>CardScope did not close cleanly: %n sessions can be recovered from the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>Read the crashed session back into the log</source>
        <translation>Read the crashed session back into the log</translation>
    </message>
    <message>
        <source>Recover the crashed session</source>
        <translation>Recover the crashed session</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Delete the journal of the crashed session</source>
        <translation>Delete the journal of the crashed session</translation>
    </message>
    <message>
        <source>Discard the crashed session</source>
        <translation>Discard the crashed session</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Recovering %1…</translation>
    </message>
    <message>
        <source>The session log is busy: try again when its task is done.</source>
        <translation>The session log is busy: try again when its task is done.</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>Could not recover %1: %2</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Could not delete %1.</translation>
    </message>
    <message>
        <source>This session is not journaled (%1): it would be lost in a crash. Export it to keep it.</source>
        <translation>This session is not journaled (%1): it would be lost in a crash. Export it to keep it.</translation>
    </message>
</context>
<context>
    <name>UnmaskConfirmation</name>
    <message>
        <source>Unmask secrets?</source>
        <translation>Unmask secrets?</translation>
    </message>
    <message>
        <source>Show the secret bytes (PINs, passwords, keys) of this session in the log, and write them in clear into its exports? This lasts until the log is cleared.</source>
        <translation>Show the secret bytes (PINs, passwords, keys) of this session in the log, and write them in clear into its exports? This lasts until the log is cleared.</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>Unmask</translation>
    </message>
    <message>
        <source>Show and export the secrets of this session</source>
        <translation>Show and export the secrets of this session</translation>
    </message>
    <message>
        <source>Keep masked</source>
        <translation>Keep masked</translation>
    </message>
    <message>
        <source>Leave the secrets masked</source>
        <translation>Leave the secrets masked</translation>
    </message>
</context>
<context>
    <name>sessionlogtext</name>
    <message>
        <source>control %1</source>
        <translation>control %1</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>reconnect (%1)</source>
        <translation>reconnect (%1)</translation>
    </message>
    <message>
        <source>disconnect (%1)</source>
        <translation>disconnect (%1)</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>attribute %1</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>unmasked</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
</TS>
