<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built against pcsc-lite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CardScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApduEdit</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Lc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Lc and add Le 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command APDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00 A4 04 00 07 A0 00 00 02 47 10 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APDU check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the APDU to the card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the bytes after CLA INS P1 P2 as the data and write Lc for them (a valid case 3 or 4 APDU keeps its data and Le)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Lc, then end the APDU with Le 00 (as many bytes as the card has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the APDUs sent before (Ctrl+R); Up and Down in the editor walk them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history (part of the hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hex bytes; spaces, colons and either case are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an APDU in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApduValidator</name>
    <message>
        <source>empty: type the APDU in hex, e.g. 00 A4 04 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fill Lc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fill Lc: CLA INS P1 P2 come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fill Lc: Le %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fill Lc: %1 data bytes, at most 65535 fit an extended Lc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtrBreakdownModel</name>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ATR ends here (%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Byte %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last byte (offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the byte in the ATR, from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 7816-3 name (T1..TK are the historical bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte in binary, bits 8 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the byte says, and any problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtrDetailsWidget</name>
    <message>
        <source>ATR details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see its ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR byte breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every byte of the ATR with its ISO/IEC 7816-3 name and meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ATR as the reader gave it; select to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ATR in hex to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra guard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=0 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=15 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCK status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem with the byte offset where it was found; click to select the byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=0:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T=15:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>direct (TS 3B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inverse (TS 3F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (TS %1 is not a valid initial character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none indicated (the ATR is cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific mode: T=%1 only (TA2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiable mode: default T=%1, the first offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi=%1, Di=%2, f max=%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TA1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults, no TA1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N=0 (default, no TC1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WI=%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC=%1, BWI=%2, CWI=%3, error detection %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock stop not supported; class A (defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present and correct (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present but wrong: %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it shall be absent, only T=0 is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent but required (a protocol other than T=0 is offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent and not needed (only T=0 is offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtrHistoricalTree</name>
    <message>
        <source>status indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life cycle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1, length %2, header at ATR byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off: %1 of %2 bytes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The historical bytes decoded by ISO/IEC 7816-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ATR has no historical bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtrIdentificationLabel</name>
    <message>
        <source>Card identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the ATR up in smartcard_list.txt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not identified: smartcard_list.txt is not installed. It comes with the pcsc-tools package (Debian and Ubuntu: apt install pcsc-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list file found at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not in smartcard_list.txt (%n entries read)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in smartcard_list.txt:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3, line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs. Without a reader, scripts/run starts a private pcscd with emulated cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the reader NAME at start, as soon as it is listed (the name as PC/SC lists it, see cardscope-cli list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cardscope: %1
Try &apos;cardscope --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cardscope: unexpected argument &apos;%1&apos;
Try &apos;cardscope --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cardscope: --reader needs a reader name
Try &apos;cardscope --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CardScope %1 (Qt %2, built against pcsc-lite %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSetFile</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a command set: the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a command set: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command set version %1 is not supported (this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;commands&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a &quot;name&quot; and an &quot;apdu&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): apdu, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>cancelled before it was sent: nothing reached the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it was sent: nothing reached the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no script loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When CardScope received the event (local time, to the millisecond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader concerned; empty for the PC/SC service&apos;s own events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s state flags, event counter and the card&apos;s ATR; the return code of a service loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC/SC service answers again; the changes found meanwhile are listed just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card as last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every event from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events of one reader (and the service&apos;s own events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kinds of event are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CardScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Reader Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected reader&apos;s attributes and features again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CardScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDetailsTree</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
raw: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC part 10 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature request not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>control code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLV properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n property(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader attributes and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDetailsWidget</name>
    <message>
        <source>Reader details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader details status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reader to see its attributes and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the attributes and features of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Start pcscd (or check PCSCLITE_CSOCK_NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the details of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader driver reports no attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader driver reports no attributes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (the list is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PC/SC part 10 feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTreeModel</name>
    <message>
        <source>%1
Last known state: the PC/SC service is not answering (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event counter: pcscd moves it on each card insertion and removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present since %1 (when CardScope first saw it; it may have been there before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader, and under it the card in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SCARD_STATE flag the PC/SC service reports for the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s event counter (the upper 16 bits of the event state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer to reset, in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the card has been in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader&apos;s state is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s ATR matches a card searched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is in exclusive use by an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is in use by one or more applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card does not answer (no valid ATR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is not powered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTreeView</name>
    <message>
        <source>Copy reader name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every smart-card reader, live, with the card in it: state flags, event counter, ATR and how long the card has been present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected reader&apos;s name to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ATR of the card in the selected reader, in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smart-card reader found. Plug one in; it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not answering. Start it, for example with &quot;sudo systemctl start pcscd.socket&quot;; the readers will appear here when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceBanner</name>
    <message>
        <source>PC/SC service problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers and cards cannot be seen until it answers again (%1); CardScope reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStatusLabel</name>
    <message>
        <source>PC/SC service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC service: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC service: not answering (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
