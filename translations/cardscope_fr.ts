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
    <name>ApduConsole</name>
    <message>
        <source>APDU console</source>
        <translation>Console APDU</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>APDU</source>
        <translation>APDU</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>The protocol to ask for when connecting</source>
        <translation>Le protocole à demander à la connexion</translation>
    </message>
    <message>
        <source>T=0 or T=1</source>
        <translation>T=0 ou T=1</translation>
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
        <translation>brut</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>aucun (direct)</translation>
    </message>
    <message>
        <source>Share mode</source>
        <translation>Mode de partage</translation>
    </message>
    <message>
        <source>Shared, exclusive, or direct to the reader</source>
        <translation>Partagé, exclusif, ou direct au lecteur</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exclusif</translation>
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
        <translation>Ce que Déconnecter et Fin de transaction font à la carte, et comment Reconnecter l’initialise</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>laisser</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinitialiser</translation>
    </message>
    <message>
        <source>unpower</source>
        <translation>mettre hors tension</translation>
    </message>
    <message>
        <source>eject</source>
        <translation>éjecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect to the card with this protocol and mode</source>
        <translation>Se connecter à la carte avec ce protocole et ce mode</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>SCardReconnect with the disposition chosen</source>
        <translation>SCardReconnect avec la disposition choisie</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnect with the disposition chosen</source>
        <translation>Se déconnecter avec la disposition choisie</translation>
    </message>
    <message>
        <source>Begin transaction</source>
        <translation>Début de transaction</translation>
    </message>
    <message>
        <source>SCardBeginTransaction</source>
        <translation>SCardBeginTransaction</translation>
    </message>
    <message>
        <source>End transaction</source>
        <translation>Fin de transaction</translation>
    </message>
    <message>
        <source>SCardEndTransaction with the disposition</source>
        <translation>SCardEndTransaction avec la disposition</translation>
    </message>
    <message>
        <source>Auto GET RESPONSE</source>
        <translation>GET RESPONSE automatique</translation>
    </message>
    <message>
        <source>Fetch the data after 61 xx with GET RESPONSE (logged as extra exchanges)</source>
        <translation>Lire les données après 61 xx avec GET RESPONSE (journalisé comme échanges supplémentaires)</translation>
    </message>
    <message>
        <source>Auto Le correction</source>
        <translation>Correction de Le automatique</translation>
    </message>
    <message>
        <source>Send the command again with Le = xx after 6C xx (logged as an extra exchange)</source>
        <translation>Renvoyer la commande avec Le = xx après 6C xx (journalisé comme échange supplémentaire)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (the card call itself cannot be interrupted)</source>
        <translation>Ne plus attendre la réponse (l’appel à la carte lui-même ne peut pas être interrompu)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 #%2: %3. No longer waiting; a card call in progress cannot be interrupted, so its answer will be logged and shown as late, and the connection reset.</source>
        <translation>%1 n° %2 : %3. Plus d’attente ; un appel à la carte en cours ne peut pas être interrompu : sa réponse sera journalisée et affichée comme tardive, et la connexion réinitialisée.</translation>
    </message>
    <message>
        <source>After the abandoned call the worker disconnected with a reset:</source>
        <translation>Après l’appel abandonné, le worker s’est déconnecté avec une réinitialisation :</translation>
    </message>
    <message>
        <source>Late answer to #%1 (%2), for the record only:</source>
        <translation>Réponse tardive au n° %1 (%2), pour mémoire seulement :</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>Aucun lecteur</translation>
    </message>
    <message>
        <source>Waiting for the reader to give back an abandoned call…</source>
        <translation>En attente que le lecteur rende un appel abandonné…</translation>
    </message>
    <message>
        <source>Waiting for the card…</source>
        <translation>En attente de la carte…</translation>
    </message>
    <message>
        <source>Connected, in a transaction</source>
        <translation>Connecté, dans une transaction</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>How long to wait for an answer (also for each script step)</source>
        <translation>Durée d’attente d’une réponse (aussi pour chaque étape d’un script)</translation>
    </message>
</context>
<context>
    <name>ApduEdit</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Fill Lc</source>
        <translation>Remplir Lc</translation>
    </message>
    <message>
        <source>Fill Lc and add Le 00</source>
        <translation>Remplir Lc et ajouter Le 00</translation>
    </message>
    <message>
        <source>Command APDU</source>
        <translation>APDU de commande</translation>
    </message>
    <message>
        <source>00 A4 04 00 07 A0 00 00 02 47 10 01</source>
        <translation>00 A4 04 00 07 A0 00 00 02 47 10 01</translation>
    </message>
    <message>
        <source>APDU check</source>
        <translation>Vérification de l’APDU</translation>
    </message>
    <message>
        <source>Send the APDU to the card (Enter)</source>
        <translation>Envoyer l’APDU à la carte (Entrée)</translation>
    </message>
    <message>
        <source>Take the bytes after CLA INS P1 P2 as the data and write Lc for them (a valid case 3 or 4 APDU keeps its data and Le)</source>
        <translation>Prendre les octets après CLA INS P1 P2 comme données et écrire leur Lc (un APDU de cas 3 ou 4 valide garde ses données et son Le)</translation>
    </message>
    <message>
        <source>Fill Lc, then end the APDU with Le 00 (as many bytes as the card has)</source>
        <translation>Remplir Lc, puis terminer l’APDU par Le 00 (autant d’octets que la carte en a)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search the APDUs sent before (Ctrl+R); Up and Down in the editor walk them</source>
        <translation>Rechercher dans les APDU envoyés (Ctrl+R) ; Haut et Bas dans l’éditeur les parcourent</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search the history (part of the hex)</source>
        <translation>Rechercher dans l’historique (une partie de l’hexadécimal)</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>Recherche dans l’historique</translation>
    </message>
    <message>
        <source>%1 (%2), %3 bytes</source>
        <translation>%1 (%2), %3 octets</translation>
    </message>
    <message>
        <source>Hex bytes; spaces, colons and either case are fine</source>
        <translation>Octets en hexadécimal ; espaces, deux-points, majuscules et minuscules acceptés</translation>
    </message>
    <message>
        <source>Type an APDU in hex</source>
        <translation>Saisissez un APDU en hexadécimal</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
</context>
<context>
    <name>ApduValidator</name>
    <message>
        <source>empty: type the APDU in hex, e.g. 00 A4 04 00</source>
        <translation>vide : saisissez l’APDU en hexadécimal, par ex. 00 A4 04 00</translation>
    </message>
    <message>
        <source>cannot fill Lc: %1</source>
        <translation>impossible de remplir Lc : %1</translation>
    </message>
    <message>
        <source>cannot fill Lc: CLA INS P1 P2 come first</source>
        <translation>impossible de remplir Lc : CLA INS P1 P2 viennent d’abord</translation>
    </message>
    <message>
        <source>cannot fill Lc: Le %1 is out of range</source>
        <translation>impossible de remplir Lc : Le %1 est hors limites</translation>
    </message>
    <message>
        <source>cannot fill Lc: %1 data bytes, at most 65535 fit an extended Lc</source>
        <translation>impossible de remplir Lc : %1 octets de données, un Lc étendu en contient au plus 65535</translation>
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
    <name>CommandSetFile</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a command set: the JSON is not an object</source>
        <translation>pas un jeu de commandes : le JSON n’est pas un objet</translation>
    </message>
    <message>
        <source>not a command set: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>pas un jeu de commandes : « format » n’est pas « %1 »</translation>
    </message>
    <message>
        <source>command set version %1 is not supported (this version reads %2)</source>
        <translation>la version %1 des jeux de commandes n’est pas prise en charge (cette version lit la %2)</translation>
    </message>
    <message>
        <source>&quot;commands&quot; is missing or not a list</source>
        <translation>« commands » est absent ou n’est pas une liste</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>%1: needs a &quot;name&quot; and an &quot;apdu&quot; text</source>
        <translation>%1 : il faut un texte « name » et un texte « apdu »</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): apdu, column %3: %4</source>
        <translation>%1 (« %2 ») : apdu, colonne %3 : %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CommandSetPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Command set</source>
        <translation>Jeu de commandes</translation>
    </message>
    <message>
        <source>Named commands: double click to put one in the editor</source>
        <translation>Commandes nommées : double-cliquez sur l’une d’elles pour la mettre dans l’éditeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>Nom de la commande</translation>
    </message>
    <message>
        <source>Add the APDU in the editor under this name</source>
        <translation>Ajouter l’APDU de l’éditeur sous ce nom</translation>
    </message>
    <message>
        <source>Remove the selected command</source>
        <translation>Supprimer la commande sélectionnée</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the command set to a JSON file</source>
        <translation>Enregistrer le jeu de commandes dans un fichier JSON</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Load a command set from a JSON file</source>
        <translation>Charger un jeu de commandes depuis un fichier JSON</translation>
    </message>
    <message>
        <source>To add a command, give it a name and type a valid APDU</source>
        <translation>Pour ajouter une commande, donnez-lui un nom et saisissez un APDU valide</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;</source>
        <translation>« %1 » ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n command(s) to %1</source>
        <translation>
            <numerusform>%n commande enregistrée dans %1</numerusform>
            <numerusform>%n commandes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>%1 n’a pas été chargé : %2</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n command(s) from %1</source>
        <translation>
            <numerusform>%n commande chargée depuis %1</numerusform>
            <numerusform>%n commandes chargées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save command set</source>
        <translation>Enregistrer le jeu de commandes</translation>
    </message>
    <message>
        <source>Load command set</source>
        <translation>Charger un jeu de commandes</translation>
    </message>
    <message>
        <source>Command sets (*.json);;All files (*)</source>
        <translation>Jeux de commandes (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>cancelled before it was sent: nothing reached the card</source>
        <translation>annulé avant l’envoi : rien n’a atteint la carte</translation>
    </message>
    <message>
        <source>cancelled before it was sent: nothing reached the reader</source>
        <translation>annulé avant l’envoi : rien n’a atteint le lecteur</translation>
    </message>
    <message>
        <source>no script loaded</source>
        <translation>aucun script chargé</translation>
    </message>
    <message>
        <source>the script stopped: %1</source>
        <translation>le script s’est arrêté : %1</translation>
    </message>
    <message>
        <source>abandoned before it started: nothing was sent</source>
        <translation>abandonné avant de commencer : rien n’a été envoyé</translation>
    </message>
    <message>
        <source>The step answered after its timeout; the card was then reset and disconnected</source>
        <translation>L’étape a répondu après son délai ; la carte a ensuite été réinitialisée et déconnectée</translation>
    </message>
    <message>
        <source>The step ended after its timeout</source>
        <translation>L’étape s’est terminée après son délai</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Send control</source>
        <translation>Envoyer le contrôle</translation>
    </message>
    <message>
        <source>Control code</source>
        <translation>Code de contrôle</translation>
    </message>
    <message>
        <source>The control code: 0x42000D48 in hex, or decimal</source>
        <translation>Le code de contrôle : 0x42000D48 en hexadécimal, ou en décimal</translation>
    </message>
    <message>
        <source>Control data</source>
        <translation>Données de contrôle</translation>
    </message>
    <message>
        <source>The bytes to send, in hex (may be empty)</source>
        <translation>Les octets à envoyer, en hexadécimal (peut être vide)</translation>
    </message>
    <message>
        <source>SCardControl with this code and data</source>
        <translation>SCardControl avec ce code et ces données</translation>
    </message>
    <message>
        <source>Control results</source>
        <translation>Résultats des contrôles</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Control code &quot;%1&quot;: not a 32-bit number (0x… hex or decimal); nothing was sent</source>
        <translation>Code de contrôle « %1 » : pas un nombre de 32 bits (0x… hexadécimal ou décimal) ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Data, column %1: %2; nothing was sent</source>
        <translation>Données, colonne %1 : %2 ; rien n’a été envoyé</translation>
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
    <name>ExchangeDetails</name>
    <message>
        <source>Exchange details</source>
        <translation>Détails de l’échange</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Norme :</translation>
    </message>
    <message>
        <source>CLA:</source>
        <translation>CLA :</translation>
    </message>
    <message>
        <source>INS:</source>
        <translation>INS :</translation>
    </message>
    <message>
        <source>P1:</source>
        <translation>P1 :</translation>
    </message>
    <message>
        <source>P2:</source>
        <translation>P2 :</translation>
    </message>
    <message>
        <source>Lc:</source>
        <translation>Lc :</translation>
    </message>
    <message>
        <source>Le:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>APDU:</source>
        <translation>APDU :</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets :</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>SW:</source>
        <translation>SW :</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Fait pour :</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>A note on this entry, kept in the log and its JSON Lines export</source>
        <translation>Une note sur cette entrée, gardée dans le journal et dans son export JSON Lines</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Response as BER-TLV</source>
        <translation>Réponse en BER-TLV</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response as ASCII</source>
        <translation>Réponse en ASCII</translation>
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
        <translation>Aucune entrée sélectionnée</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importée)</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#origin&quot;&gt;exchange #%1&lt;/a&gt; (this one was made by the connection for it)</source>
        <translation>&lt;a href=&quot;#origin&quot;&gt;échange n° %1&lt;/a&gt; (celui-ci a été fait par la connexion pour lui)</translation>
    </message>
    <message>
        <source>exchange %1 (not in this log)</source>
        <translation>échange %1 (absent de ce journal)</translation>
    </message>
    <message numerus="yes">
        <source>%n secret byte(s) shown as the log holds them (unmasked session; bytes recorded or exported masked are 00)</source>
        <translation>
            <numerusform>%n octet secret affiché tel que le journal le garde (session démasquée ; les octets enregistrés ou exportés masqués valent 00)</numerusform>
            <numerusform>%n octets secrets affichés tels que le journal les garde (session démasquée ; les octets enregistrés ou exportés masqués valent 00)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret byte(s) masked (••)</source>
        <translation>
            <numerusform>%n octet secret masqué (••)</numerusform>
            <numerusform>%n octets secrets masqués (••)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not an APDU: %n byte(s)</source>
        <translation>
            <numerusform>pas un APDU : %n octet</numerusform>
            <numerusform>pas un APDU : %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (à l’octet %2)</translation>
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
        <translation>problème</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l’octet %1 : %2</translation>
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
    <name>Operation</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l’octet %1</translation>
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
    <name>ReplyText</name>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>reconnect</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>begin transaction</source>
        <translation>début de transaction</translation>
    </message>
    <message>
        <source>end transaction</source>
        <translation>fin de transaction</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>control</source>
        <translation>contrôle</translation>
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
        <translation>code de contrôle 0x%1, envoyé : %2</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <source>answer: </source>
        <translation>réponse : </translation>
    </message>
    <message>
        <source>: protocol %1, ATR %2</source>
        <translation> : protocole %1, ATR %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>: done</source>
        <translation> : fait</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Open a script</source>
        <translation>Ouvrir un script</translation>
    </message>
    <message>
        <source>Strict (expect 90 00 by default)</source>
        <translation>Strict (90 00 attendu par défaut)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>A command without an expected response must answer 90 00</source>
        <translation>Une commande sans réponse attendue doit répondre 90 00</translation>
    </message>
    <message>
        <source>Open a scriptor-format script</source>
        <translation>Ouvrir un script au format scriptor</translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation>Exécuter l’étape suivante</translation>
    </message>
    <message>
        <source>Run to the end or the first failure</source>
        <translation>Exécuter jusqu’à la fin ou au premier échec</translation>
    </message>
    <message>
        <source>Stop before the next step (a step in progress finishes)</source>
        <translation>Arrêter avant l’étape suivante (une étape en cours se termine)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the first: %1</source>
        <translation>
            <numerusform>%n problème ; le premier : %1</numerusform>
            <numerusform>%n problèmes ; le premier : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), ready</source>
        <translation>
            <numerusform>%n étape, prêt</numerusform>
            <numerusform>%n étapes, prêt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Next: step %1 of %2</source>
        <translation>Suivante : étape %1 sur %2</translation>
    </message>
    <message>
        <source>Finished: every step passed</source>
        <translation>Terminé : toutes les étapes ont réussi</translation>
    </message>
    <message>
        <source>Stopped at step %1: it failed</source>
        <translation>Arrêté à l’étape %1 : elle a échoué</translation>
    </message>
    <message>
        <source>Stopped before step %1</source>
        <translation>Arrêté avant l’étape %1</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Ouvrir un script</translation>
    </message>
    <message>
        <source>Scripts (*.txt *.script *.apdu);;All files (*)</source>
        <translation>Scripts (*.txt *.script *.apdu);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>Step %1 timed out after %2 ms; waiting for the reader to give the call back (the card is then reset)</source>
        <translation>Étape %1 : délai dépassé après %2 ms ; en attente du retour de l’appel par le lecteur (la carte sera ensuite réinitialisée)</translation>
    </message>
    <message>
        <source>timed out after %1 ms; the card answered later: %2</source>
        <translation>délai dépassé après %1 ms ; la carte a répondu plus tard : %2</translation>
    </message>
    <message>
        <source>Step %1 timed out after %2 ms. %3</source>
        <translation>Étape %1 : délai dépassé après %2 ms. %3</translation>
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
    <name>SessionLogFilterBar</name>
    <message>
        <source>Reader filter</source>
        <translation>Filtre de lecteur</translation>
    </message>
    <message>
        <source>Show the entries of one reader</source>
        <translation>Afficher les entrées d’un lecteur</translation>
    </message>
    <message>
        <source>All readers</source>
        <translation>Tous les lecteurs</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>Status words, x for any digit, several separated by commas: 9000, 61xx, 6Xxx</source>
        <translation>Mots d’état, x pour un chiffre quelconque, plusieurs séparés par des virgules : 9000, 61xx, 6Xxx</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>Instruction bytes in hex: A4, B0</source>
        <translation>Octets d’instruction en hexadécimal : A4, B0</translation>
    </message>
    <message>
        <source>Text or hex</source>
        <translation>Texte ou hexadécimal</translation>
    </message>
    <message>
        <source>Hex bytes found in a command or response (00 A4), or text in the reader, error or note</source>
        <translation>Octets hexadécimaux trouvés dans une commande ou une réponse (00 A4), ou texte dans le lecteur, l’erreur ou la note</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Show one kind of entry</source>
        <translation>Afficher un type d’entrée</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>ATRs and attributes</source>
        <translation>ATR et attributs</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Erreur de filtre</translation>
    </message>
    <message>
        <source>SW, character %1: %2</source>
        <translation>SW, caractère %1 : %2</translation>
    </message>
    <message>
        <source>INS, character %1: %2</source>
        <translation>INS, caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>SessionLogModel</name>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>APDU</source>
        <translation>APDU</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>SessionLogTaskRunner</name>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrée écrite dans %1</numerusform>
            <numerusform>%n entrées écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written</source>
        <translation>Export annulé : aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Import cancelled: the log is unchanged</source>
        <translation>Import annulé : le journal est inchangé</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Not a CardScope session this version can read: nothing imported</source>
        <translation>Pas une session CardScope que cette version sait lire : rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read</source>
        <translation>
            <numerusform>%n entrée lue</numerusform>
            <numerusform>%n entrées lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped (line %1: %2)</source>
        <translation>
            <numerusform>; %n ligne ignorée (ligne %1 : %2)</numerusform>
            <numerusform>; %n lignes ignorées (ligne %1 : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the last line was cut short and left out</source>
        <translation>; la dernière ligne était tronquée et a été laissée de côté</translation>
    </message>
</context>
<context>
    <name>SessionLogView</name>
    <message>
        <source>Session log</source>
        <translation>Journal de session</translation>
    </message>
    <message>
        <source>Mask secrets</source>
        <translation>Masquer les secrets</translation>
    </message>
    <message>
        <source>Unmask secrets…</source>
        <translation>Démasquer les secrets…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the entries shown (the filtered view) as JSON Lines, CSV, scriptor text or pcapng</source>
        <translation>Écrire les entrées affichées (la vue filtrée) en JSON Lines, CSV, texte scriptor ou pcapng</translation>
    </message>
    <message>
        <source>Import JSON Lines…</source>
        <translation>Importer du JSON Lines…</translation>
    </message>
    <message>
        <source>Add the entries of a JSON Lines session file to the log</source>
        <translation>Ajouter au journal les entrées d’un fichier de session JSON Lines</translation>
    </message>
    <message>
        <source>Show PINs and keys of this session in the log and its exports</source>
        <translation>Afficher les codes PIN et les clés de cette session dans le journal et ses exports</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Empty the log and start a new session (masked again)</source>
        <translation>Vider le journal et commencer une nouvelle session (de nouveau masquée)</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop: an export leaves no file, an import changes nothing</source>
        <translation>Arrêter : un export ne laisse aucun fichier, un import ne change rien</translation>
    </message>
    <message>
        <source>Session log entries</source>
        <translation>Entrées du journal de session</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>The origin of this exchange is hidden by the filter</source>
        <translation>L’origine de cet échange est cachée par le filtre</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Exporter le journal de session</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Import a JSON Lines session</source>
        <translation>Importer une session JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines sessions (*.jsonl *.journal)</source>
        <translation>Sessions JSON Lines (*.jsonl *.journal)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
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
    <message>
        <source>This session is not journaled (%1): it would be lost in a crash. Export it to keep it.</source>
        <translation>Cette session n’est pas journalisée sur disque (%1) : elle serait perdue en cas de plantage. Exportez-la pour la garder.</translation>
    </message>
</context>
<context>
    <name>UnmaskConfirmation</name>
    <message>
        <source>Unmask secrets?</source>
        <translation>Démasquer les secrets ?</translation>
    </message>
    <message>
        <source>Show the secret bytes (PINs, passwords, keys) of this session in the log, and write them in clear into its exports? This lasts until the log is cleared.</source>
        <translation>Afficher les octets secrets (codes PIN, mots de passe, clés) de cette session dans le journal, et les écrire en clair dans ses exports ? Cela dure jusqu’à ce que le journal soit vidé.</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>Démasquer</translation>
    </message>
    <message>
        <source>Show and export the secrets of this session</source>
        <translation>Afficher et exporter les secrets de cette session</translation>
    </message>
    <message>
        <source>Keep masked</source>
        <translation>Garder masqué</translation>
    </message>
    <message>
        <source>Leave the secrets masked</source>
        <translation>Laisser les secrets masqués</translation>
    </message>
</context>
<context>
    <name>sessionlogtext</name>
    <message>
        <source>control %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>reconnect (%1)</source>
        <translation>reconnexion (%1)</translation>
    </message>
    <message>
        <source>disconnect (%1)</source>
        <translation>déconnexion (%1)</translation>
    </message>
    <message>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>attribut %1</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unmasked</source>
        <translation>démasqué</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
</TS>
