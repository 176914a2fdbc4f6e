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
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope: %1
Try &apos;cardscope --help&apos;.</translation>
    </message>
    <message>
        <source>cardscope: unexpected argument &apos;%1&apos;
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope: unexpected argument &apos;%1&apos;
Try &apos;cardscope --help&apos;.</translation>
    </message>
    <message>
        <source>cardscope: --reader needs a reader name
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope: --reader needs a reader name
Try &apos;cardscope --help&apos;.</translation>
    </message>
    <message>
        <source>CardScope %1 (Qt %2, built against pcsc-lite %3)</source>
        <translation>CardScope %1 (Qt %2, built against pcsc-lite %3)</translation>
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
        <source>The reader concerned; empty for the PC/SC service&apos;s own events</source>
        <translation>The reader concerned; empty for the PC/SC service&apos;s own events</translation>
    </message>
    <message>
        <source>The reader&apos;s state flags, event counter and the card&apos;s ATR; the return code of a service loss</source>
        <translation>The reader&apos;s state flags, event counter and the card&apos;s ATR; the return code of a service loss</translation>
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
        <source>Show the events of one reader (and the service&apos;s own events)</source>
        <translation>Show the events of one reader (and the service&apos;s own events)</translation>
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
        <source>Read the selected reader&apos;s attributes and features again</source>
        <translation>Read the selected reader&apos;s attributes and features again</translation>
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
        <source>The reader&apos;s attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</source>
        <translation>The reader&apos;s attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</translation>
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
        <source>The reader&apos;s event counter (the upper 16 bits of the event state)</source>
        <translation>The reader&apos;s event counter (the upper 16 bits of the event state)</translation>
    </message>
    <message>
        <source>The card&apos;s answer to reset, in hexadecimal</source>
        <translation>The card&apos;s answer to reset, in hexadecimal</translation>
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
        <source>the reader&apos;s state is not available</source>
        <translation>the reader&apos;s state is not available</translation>
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
        <source>the card&apos;s ATR matches a card searched for</source>
        <translation>the card&apos;s ATR matches a card searched for</translation>
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
        <source>Copy the selected reader&apos;s name to the clipboard</source>
        <translation>Copy the selected reader&apos;s name to the clipboard</translation>
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
        <source>The PC/SC service (pcscd) is not answering. Start it, for example with &quot;sudo systemctl start pcscd.socket&quot;; the readers will appear here when it answers.</source>
        <translation>The PC/SC service (pcscd) is not answering. Start it, for example with &quot;sudo systemctl start pcscd.socket&quot;; the readers will appear here when it answers.</translation>
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
</context>
</TS>
