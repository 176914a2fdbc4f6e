<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs.</source>
        <translation>Surveiller les lecteurs et cartes PC/SC, lire les ATR, échanger des APDU.</translation>
    </message>
    <message>
        <source>Built against pcsc-lite %1</source>
        <translation>Compilé avec pcsc-lite %1</translation>
    </message>
    <message>
        <source>About CardScope</source>
        <translation>À propos de CardScope</translation>
    </message>
</context>
<context>
    <name>AtrBreakdownModel</name>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message numerus="yes">
        <source>the ATR ends here (%n byte(s))</source>
        <translation>
            <numerusform>l’ATR s’arrête ici (%n octet)</numerusform>
            <numerusform>l’ATR s’arrête ici (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Byte %1 (%2): %3</source>
        <translation>Octet %1 (%2) : %3</translation>
    </message>
    <message>
        <source>After the last byte (offset %1)</source>
        <translation>Après le dernier octet (position %1)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Byte</source>
        <translation>Octet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Position of the byte in the ATR, from 0</source>
        <translation>Position de l’octet dans l’ATR, à partir de 0</translation>
    </message>
    <message>
        <source>The byte in hex</source>
        <translation>L’octet en hexadécimal</translation>
    </message>
    <message>
        <source>ISO/IEC 7816-3 name (T1..TK are the historical bytes)</source>
        <translation>Nom ISO/IEC 7816-3 (T1..TK sont les octets historiques)</translation>
    </message>
    <message>
        <source>The byte in binary, bits 8 to 1</source>
        <translation>L’octet en binaire, bits 8 à 1</translation>
    </message>
    <message>
        <source>What the byte says, and any problem</source>
        <translation>Ce que dit l’octet, et tout problème</translation>
    </message>
</context>
<context>
    <name>AtrDetailsWidget</name>
    <message>
        <source>ATR details</source>
        <translation>Détails de l’ATR</translation>
    </message>
    <message>
        <source>Select a card to see its ATR</source>
        <translation>Sélectionnez une carte pour voir son ATR</translation>
    </message>
    <message>
        <source>ATR byte breakdown</source>
        <translation>Détail des octets de l’ATR</translation>
    </message>
    <message>
        <source>Every byte of the ATR with its ISO/IEC 7816-3 name and meaning</source>
        <translation>Chaque octet de l’ATR avec son nom ISO/IEC 7816-3 et sa signification</translation>
    </message>
    <message>
        <source>ATR in hex</source>
        <translation>ATR en hexadécimal</translation>
    </message>
    <message>
        <source>The ATR as the reader gave it; select to copy</source>
        <translation>L’ATR tel que le lecteur l’a donné ; sélectionnez pour copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the ATR</source>
        <translation>Copier l’ATR</translation>
    </message>
    <message>
        <source>Copy the ATR in hex to the clipboard</source>
        <translation>Copier l’ATR en hexadécimal dans le presse-papiers</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the selected bytes</source>
        <translation>Copier les octets sélectionnés</translation>
    </message>
</context>
<context>
    <name>AtrHistoricalTree</name>
    <message>
        <source>status indicator</source>
        <translation>indicateur d’état</translation>
    </message>
    <message>
        <source>life cycle status</source>
        <translation>état du cycle de vie</translation>
    </message>
    <message>
        <source>status word</source>
        <translation>mot d’état</translation>
    </message>
    <message>
        <source>tag %1, length %2, header at ATR byte %3</source>
        <translation>étiquette %1, longueur %2, en-tête à l’octet %3 de l’ATR</translation>
    </message>
    <message>
        <source>cut off: %1 of %2 bytes present</source>
        <translation>tronqué : %1 octets présents sur %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>partie %1</translation>
    </message>
    <message>
        <source>Historical bytes</source>
        <translation>Octets historiques</translation>
    </message>
    <message>
        <source>The historical bytes decoded by ISO/IEC 7816-4</source>
        <translation>Les octets historiques décodés selon ISO/IEC 7816-4</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The ATR has no historical bytes</source>
        <translation>L’ATR n’a pas d’octets historiques</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
</context>
<context>
    <name>AtrIdentificationLabel</name>
    <message>
        <source>Card identification</source>
        <translation>Identification de la carte</translation>
    </message>
    <message>
        <source>Looking the ATR up in smartcard_list.txt…</source>
        <translation>Recherche de l’ATR dans smartcard_list.txt…</translation>
    </message>
    <message>
        <source>Not identified: smartcard_list.txt is not installed. It comes with the pcsc-tools package (Debian and Ubuntu: apt install pcsc-tools).</source>
        <translation>Non identifiée : smartcard_list.txt n’est pas installé. Il est fourni par le paquet pcsc-tools (Debian et Ubuntu : apt install pcsc-tools).</translation>
    </message>
    <message>
        <source>No list file found at:
%1</source>
        <translation>Aucun fichier de liste trouvé à :
%1</translation>
    </message>
    <message numerus="yes">
        <source>Not in smartcard_list.txt (%n entries read)</source>
        <translation>
            <numerusform>Absente de smartcard_list.txt (%n entrée lue)</numerusform>
            <numerusform>Absente de smartcard_list.txt (%n entrées lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lu depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in smartcard_list.txt:</source>
        <translation>
            <numerusform>%n candidate dans smartcard_list.txt :</numerusform>
            <numerusform>%n candidates dans smartcard_list.txt :</numerusform>
        </translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>%1. %2 (%3, line %4)</source>
        <translation>%1. %2 (%3, ligne %4)</translation>
    </message>
    <message>
        <source>Matched by:
%1</source>
        <translation>Correspond par :
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
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Transmission parameters</source>
        <translation>Paramètres de transmission</translation>
    </message>
    <message>
        <source>Extra guard time</source>
        <translation>Temps de garde supplémentaire</translation>
    </message>
    <message>
        <source>T=0 parameters</source>
        <translation>Paramètres T=0</translation>
    </message>
    <message>
        <source>T=1 parameters</source>
        <translation>Paramètres T=1</translation>
    </message>
    <message>
        <source>T=15 parameters</source>
        <translation>Paramètres T=15</translation>
    </message>
    <message>
        <source>TCK status</source>
        <translation>État du TCK</translation>
    </message>
    <message>
        <source>TCK status badge</source>
        <translation>Pastille d’état du TCK</translation>
    </message>
    <message>
        <source>Problems found in the ATR</source>
        <translation>Problèmes trouvés dans l’ATR</translation>
    </message>
    <message>
        <source>Every problem with the byte offset where it was found; click to select the byte</source>
        <translation>Chaque problème avec la position de l’octet où il a été trouvé ; cliquez pour sélectionner l’octet</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>Convention:</source>
        <translation>Convention :</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protocoles :</translation>
    </message>
    <message>
        <source>Transmission:</source>
        <translation>Transmission :</translation>
    </message>
    <message>
        <source>Guard time:</source>
        <translation>Temps de garde :</translation>
    </message>
    <message>
        <source>T=0:</source>
        <translation>T=0 :</translation>
    </message>
    <message>
        <source>T=1:</source>
        <translation>T=1 :</translation>
    </message>
    <message>
        <source>T=15:</source>
        <translation>T=15 :</translation>
    </message>
    <message>
        <source>TCK:</source>
        <translation>TCK :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>direct (TS 3B)</source>
        <translation>directe (TS 3B)</translation>
    </message>
    <message>
        <source>inverse (TS 3F)</source>
        <translation>inverse (TS 3F)</translation>
    </message>
    <message>
        <source>unknown (TS %1 is not a valid initial character)</source>
        <translation>inconnue (TS %1 n’est pas un caractère initial valide)</translation>
    </message>
    <message>
        <source>none indicated (the ATR is cut off)</source>
        <translation>aucun indiqué (l’ATR est tronqué)</translation>
    </message>
    <message>
        <source>specific mode: T=%1 only (TA2)</source>
        <translation>mode spécifique : T=%1 uniquement (TA2)</translation>
    </message>
    <message>
        <source>negotiable mode: default T=%1, the first offered</source>
        <translation>mode négociable : T=%1 par défaut, le premier proposé</translation>
    </message>
    <message>
        <source>%1 offered; %2</source>
        <translation>%1 (proposé) ; %2</translation>
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
        <translation>valeurs par défaut, pas de TA1</translation>
    </message>
    <message>
        <source>N=0 (default, no TC1)</source>
        <translation>N=0 (par défaut, pas de TC1)</translation>
    </message>
    <message>
        <source>WI=%1%2</source>
        <translation>WI=%1%2</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>IFSC=%1, BWI=%2, CWI=%3, error detection %4</source>
        <translation>IFSC=%1, BWI=%2, CWI=%3, détection d’erreur %4</translation>
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
        <translation>arrêt d’horloge non pris en charge ; classe A (valeurs par défaut)</translation>
    </message>
    <message>
        <source>present and correct (%1)</source>
        <translation>présent et correct (%1)</translation>
    </message>
    <message>
        <source>present but wrong: %1, expected %2</source>
        <translation>présent mais faux : %1, attendu %2</translation>
    </message>
    <message>
        <source>; it shall be absent, only T=0 is offered</source>
        <translation> ; il doit être absent, seul T=0 est proposé</translation>
    </message>
    <message>
        <source>absent; the ATR ends before it says whether a TCK is needed</source>
        <translation>absent ; l’ATR s’arrête avant d’indiquer si un TCK est nécessaire</translation>
    </message>
    <message>
        <source>absent but required (a protocol other than T=0 is offered)</source>
        <translation>absent mais obligatoire (un protocole autre que T=0 est proposé)</translation>
    </message>
    <message>
        <source>absent and not needed (only T=0 is offered)</source>
        <translation>absent et inutile (seul T=0 est proposé)</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>octet %1 : %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch PC/SC readers and cards, read ATRs, exchange APDUs. Without a reader, scripts/run starts a private pcscd with emulated cards.</source>
        <translation>Surveiller les lecteurs et cartes PC/SC, lire les ATR, échanger des APDU. Sans lecteur, scripts/run démarre un pcscd privé avec des cartes émulées.</translation>
    </message>
    <message>
        <source>Select the reader NAME at start, as soon as it is listed (the name as PC/SC lists it, see cardscope-cli list).</source>
        <translation>Sélectionner le lecteur NOM au démarrage, dès qu’il est listé (le nom tel que PC/SC le donne, voir cardscope-cli list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>cardscope: %1
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope : %1
Essayez « cardscope --help ».</translation>
    </message>
    <message>
        <source>cardscope: unexpected argument &apos;%1&apos;
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope : argument inattendu « %1 »
Essayez « cardscope --help ».</translation>
    </message>
    <message>
        <source>cardscope: --reader needs a reader name
Try &apos;cardscope --help&apos;.</source>
        <translation>cardscope : --reader demande un nom de lecteur
Essayez « cardscope --help ».</translation>
    </message>
    <message>
        <source>CardScope %1 (Qt %2, built against pcsc-lite %3)</source>
        <translation>CardScope %1 (Qt %2, compilé avec pcsc-lite %3)</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When CardScope received the event (local time, to the millisecond)</source>
        <translation>Quand CardScope a reçu l’événement (heure locale, à la milliseconde)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>The reader concerned; empty for the PC/SC service&apos;s own events</source>
        <translation>Le lecteur concerné ; vide pour les événements du service PC/SC lui-même</translation>
    </message>
    <message>
        <source>The reader&apos;s state flags, event counter and the card&apos;s ATR; the return code of a service loss</source>
        <translation>Les indicateurs d’état du lecteur, son compteur d’événements et l’ATR de la carte ; le code de retour d’une perte du service</translation>
    </message>
    <message>
        <source>Reader added</source>
        <translation>Lecteur ajouté</translation>
    </message>
    <message>
        <source>Reader removed</source>
        <translation>Lecteur retiré</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>État modifié</translation>
    </message>
    <message>
        <source>Card inserted</source>
        <translation>Carte insérée</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Carte retirée</translation>
    </message>
    <message>
        <source>Service lost</source>
        <translation>Service perdu</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>aucun indicateur</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>compteur %1</translation>
    </message>
    <message>
        <source>ATR %1</source>
        <translation>ATR %1</translation>
    </message>
    <message>
        <source>The PC/SC service answers again; the changes found meanwhile are listed just before.</source>
        <translation>Le service PC/SC répond de nouveau ; les changements survenus entre-temps sont listés juste avant.</translation>
    </message>
    <message>
        <source>The card as last seen: %1</source>
        <translation>La carte telle que vue en dernier : %1</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation>Copier les événements sélectionnés en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Remove every event from the log</source>
        <translation>Retirer tous les événements du journal</translation>
    </message>
    <message>
        <source>Monitor events</source>
        <translation>Événements de surveillance</translation>
    </message>
    <message>
        <source>Reader filter</source>
        <translation>Filtre de lecteur</translation>
    </message>
    <message>
        <source>Show the events of one reader (and the service&apos;s own events)</source>
        <translation>Afficher les événements d’un lecteur (et ceux du service lui-même)</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lecteur :</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>Filtre de type d’événement</translation>
    </message>
    <message>
        <source>Choose which kinds of event are shown</source>
        <translation>Choisir les types d’événements affichés</translation>
    </message>
    <message>
        <source>All readers</source>
        <translation>Tous les lecteurs</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>&amp;Refresh Reader Details</source>
        <translation>&amp;Actualiser les détails du lecteur</translation>
    </message>
    <message>
        <source>Read the selected reader&apos;s attributes and features again</source>
        <translation>Relire les attributs et fonctionnalités du lecteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>&amp;About CardScope</source>
        <translation>À &amp;propos de CardScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>APDU Console</source>
        <translation>Console APDU</translation>
    </message>
    <message>
        <source>Session Log</source>
        <translation>Journal de session</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>&amp;Exporter la session…</translation>
    </message>
    <message>
        <source>&amp;Import Session…</source>
        <translation>&amp;Importer une session…</translation>
    </message>
    <message>
        <source>C&amp;lear Session</source>
        <translation>&amp;Vider la session</translation>
    </message>
</context>
<context>
    <name>ReaderDetailsTree</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l’octet %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 ont répondu</translation>
    </message>
    <message>
        <source> — problem: %1</source>
        <translation> — problème : %1</translation>
    </message>
    <message>
        <source>%1
raw: %2</source>
        <translation>%1
brut : %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC part 10 features</source>
        <translation>Fonctionnalités PC/SC partie 10</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>aucune (%1)</translation>
    </message>
    <message>
        <source>feature request not answered</source>
        <translation>demande des fonctionnalités sans réponse</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>aucune annoncée</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n fonctionnalité</numerusform>
            <numerusform>%n fonctionnalités</numerusform>
        </translation>
    </message>
    <message>
        <source>control code %1</source>
        <translation>code de contrôle %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>TLV properties</source>
        <translation>Propriétés TLV</translation>
    </message>
    <message numerus="yes">
        <source>%n property(ies)</source>
        <translation>
            <numerusform>%n propriété</numerusform>
            <numerusform>%n propriétés</numerusform>
        </translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>brut %1</translation>
    </message>
    <message>
        <source>PIN properties</source>
        <translation>Propriétés du code PIN</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Reader attributes and features</source>
        <translation>Attributs et fonctionnalités du lecteur</translation>
    </message>
    <message>
        <source>The reader&apos;s attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)</source>
        <translation>Les attributs du lecteur (SCardGetAttrib) et ses fonctionnalités PC/SC partie 10 (SCardControl)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ReaderDetailsWidget</name>
    <message>
        <source>Reader details</source>
        <translation>Détails du lecteur</translation>
    </message>
    <message>
        <source>Reader details status</source>
        <translation>État des détails du lecteur</translation>
    </message>
    <message>
        <source>Select a reader to see its attributes and features</source>
        <translation>Sélectionnez un lecteur pour voir ses attributs et fonctionnalités</translation>
    </message>
    <message>
        <source>Reading the attributes and features of “%1”…</source>
        <translation>Lecture des attributs et fonctionnalités de « %1 »…</translation>
    </message>
    <message>
        <source> Start pcscd (or check PCSCLITE_CSOCK_NAME).</source>
        <translation> Démarrez pcscd (ou vérifiez PCSCLITE_CSOCK_NAME).</translation>
    </message>
    <message>
        <source>Cannot read the details of “%1”: %2</source>
        <translation>Impossible de lire les détails de « %1 » : %2</translation>
    </message>
    <message>
        <source>The reader driver reports no attributes</source>
        <translation>Le pilote du lecteur ne fournit aucun attribut</translation>
    </message>
    <message>
        <source>The reader driver reports no attributes (%1)</source>
        <translation>Le pilote du lecteur ne fournit aucun attribut (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 attributes</source>
        <translation>%1 attributs sur %2</translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (%1)</source>
        <translation>aucune fonctionnalité PC/SC partie 10 (%1)</translation>
    </message>
    <message>
        <source>no PC/SC part 10 features (the list is empty)</source>
        <translation>aucune fonctionnalité PC/SC partie 10 (la liste est vide)</translation>
    </message>
    <message numerus="yes">
        <source>%n PC/SC part 10 feature(s)</source>
        <translation>
            <numerusform>%n fonctionnalité PC/SC partie 10</numerusform>
            <numerusform>%n fonctionnalités PC/SC partie 10</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Nom du lecteur</translation>
    </message>
</context>
<context>
    <name>ReaderTreeModel</name>
    <message>
        <source>%1
Last known state: the PC/SC service is not answering (%2).</source>
        <translation>%1
Dernier état connu : le service PC/SC ne répond pas (%2).</translation>
    </message>
    <message>
        <source>Event counter: pcscd moves it on each card insertion and removal.</source>
        <translation>Compteur d’événements : pcscd l’incrémente à chaque insertion et retrait de carte.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The card in %1</source>
        <translation>La carte dans %1</translation>
    </message>
    <message>
        <source>Present since %1 (when CardScope first saw it; it may have been there before).</source>
        <translation>Présente depuis %1 (quand CardScope l’a vue pour la première fois ; elle pouvait y être avant).</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>Present for</source>
        <translation>Présente depuis</translation>
    </message>
    <message>
        <source>The reader, and under it the card in it</source>
        <translation>Le lecteur, et sous lui la carte qu’il contient</translation>
    </message>
    <message>
        <source>Every SCARD_STATE flag the PC/SC service reports for the reader</source>
        <translation>Chaque indicateur SCARD_STATE que le service PC/SC signale pour le lecteur</translation>
    </message>
    <message>
        <source>The reader&apos;s event counter (the upper 16 bits of the event state)</source>
        <translation>Le compteur d’événements du lecteur (les 16 bits de poids fort de l’état)</translation>
    </message>
    <message>
        <source>The card&apos;s answer to reset, in hexadecimal</source>
        <translation>La réponse au reset de la carte, en hexadécimal</translation>
    </message>
    <message>
        <source>How long the card has been in the reader</source>
        <translation>Depuis combien de temps la carte est dans le lecteur</translation>
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
        <translation>le lecteur est ignoré</translation>
    </message>
    <message>
        <source>the state changed</source>
        <translation>l’état a changé</translation>
    </message>
    <message>
        <source>the reader is not known</source>
        <translation>le lecteur est inconnu</translation>
    </message>
    <message>
        <source>the reader&apos;s state is not available</source>
        <translation>l’état du lecteur n’est pas disponible</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>aucune carte dans le lecteur</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>une carte est dans le lecteur</translation>
    </message>
    <message>
        <source>the card&apos;s ATR matches a card searched for</source>
        <translation>l’ATR de la carte correspond à une carte recherchée</translation>
    </message>
    <message>
        <source>the card is in exclusive use by an application</source>
        <translation>la carte est utilisée en exclusivité par une application</translation>
    </message>
    <message>
        <source>the card is in use by one or more applications</source>
        <translation>la carte est utilisée par une ou plusieurs applications</translation>
    </message>
    <message>
        <source>the card does not answer (no valid ATR)</source>
        <translation>la carte ne répond pas (pas d’ATR valide)</translation>
    </message>
    <message>
        <source>the card is not powered</source>
        <translation>la carte n’est pas alimentée</translation>
    </message>
</context>
<context>
    <name>ReaderTreeView</name>
    <message>
        <source>Copy reader name</source>
        <translation>Copier le nom du lecteur</translation>
    </message>
    <message>
        <source>Copy ATR</source>
        <translation>Copier l’ATR</translation>
    </message>
    <message>
        <source>Readers and cards</source>
        <translation>Lecteurs et cartes</translation>
    </message>
    <message>
        <source>Every smart-card reader, live, with the card in it: state flags, event counter, ATR and how long the card has been present.</source>
        <translation>Chaque lecteur de cartes à puce, en direct, avec la carte qu’il contient : indicateurs d’état, compteur d’événements, ATR et durée de présence de la carte.</translation>
    </message>
    <message>
        <source>Copy the selected reader&apos;s name to the clipboard</source>
        <translation>Copier le nom du lecteur sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the ATR of the card in the selected reader, in hexadecimal</source>
        <translation>Copier l’ATR de la carte du lecteur sélectionné, en hexadécimal</translation>
    </message>
    <message>
        <source>No smart-card reader found. Plug one in; it will appear here.</source>
        <translation>Aucun lecteur de cartes à puce trouvé. Branchez-en un ; il apparaîtra ici.</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not answering. Start it, for example with &quot;sudo systemctl start pcscd.socket&quot;; the readers will appear here when it answers.</source>
        <translation>Le service PC/SC (pcscd) ne répond pas. Démarrez-le, par exemple avec « sudo systemctl start pcscd.socket » ; les lecteurs apparaîtront ici quand il répondra.</translation>
    </message>
</context>
<context>
    <name>ServiceBanner</name>
    <message>
        <source>PC/SC service problem</source>
        <translation>Problème du service PC/SC</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) is not running.</source>
        <translation>Le service PC/SC (pcscd) n’est pas en marche.</translation>
    </message>
    <message>
        <source>The PC/SC service (pcscd) stopped answering.</source>
        <translation>Le service PC/SC (pcscd) ne répond plus.</translation>
    </message>
    <message>
        <source>Readers and cards cannot be seen until it answers again (%1); CardScope reconnects by itself.</source>
        <translation>Les lecteurs et les cartes ne sont pas visibles tant qu’il ne répond pas de nouveau (%1) ; CardScope se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>To start it:</source>
        <translation>Pour le démarrer :</translation>
    </message>
</context>
<context>
    <name>ServiceStatusLabel</name>
    <message>
        <source>PC/SC service status</source>
        <translation>État du service PC/SC</translation>
    </message>
    <message>
        <source>PC/SC service: checking…</source>
        <translation>Service PC/SC : vérification…</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation>
            <numerusform>Service PC/SC : en marche, %n lecteur</numerusform>
            <numerusform>Service PC/SC : en marche, %n lecteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation>Service PC/SC : arrêté (%1)</translation>
    </message>
    <message>
        <source>PC/SC service: not answering (%1)</source>
        <translation>Service PC/SC : ne répond pas (%1)</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message numerus="yes">
        <source>CardScope did not close cleanly: %n session(s) can be recovered from the journal.</source>
        <translation>
            <numerusform>CardScope ne s’est pas fermé normalement : %n session peut être récupérée depuis le journal.</numerusform>
            <numerusform>CardScope ne s’est pas fermé normalement : %n sessions peuvent être récupérées depuis le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Read the crashed session back into the log</source>
        <translation>Relire la session interrompue dans le journal de session</translation>
    </message>
    <message>
        <source>Recover the crashed session</source>
        <translation>Récupérer la session interrompue</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Delete the journal of the crashed session</source>
        <translation>Supprimer le journal de la session interrompue</translation>
    </message>
    <message>
        <source>Discard the crashed session</source>
        <translation>Abandonner la session interrompue</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>The session log is busy: try again when its task is done.</source>
        <translation>Le journal de session est occupé : réessayez quand sa tâche sera terminée.</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
</TS>
