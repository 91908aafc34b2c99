<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation>Product Manager: ein Produktkatalog, dessen Liste über einen Low-Level-Cache geladen wird.</translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation>Der Katalog: sqlite:///path/products.db, ein Dateipfad oder postgresql://user@host/dbname. Standard: products.db im Datenverzeichnis.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation>Nach dem Öffnen N erzeugte Demoprodukte hinzufügen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation>Nach dem Öffnen Produkte aus einer JSON- oder CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation>Die Sprache der Benutzeroberfläche (z. B. sv, de, ar).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation>--seed erwartet eine Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation>Die gespeicherte Datenbankeinstellung ist ungültig; der Standardkatalog wird verwendet.</translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation>Keine Übersetzung für die Sprache „%1“; verwende %2.</translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation>Produktverwaltung</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>
Environment:
  PM_CACHE_PASSWORD  The Redis password when the cache URL has none.
  PGPASSWORD         The PostgreSQL password when the database URL has none (read by libpq, as is ~/.pgpass).
  QT_QPA_PLATFORM    offscreen runs without a display.

Exit status: 0 on success, 2 for invalid arguments.
</source>
        <translation>
Umgebungsvariablen:
  PM_CACHE_PASSWORD  Das Redis-Passwort, wenn die Cache-URL keines enthält.
  PGPASSWORD         Das PostgreSQL-Passwort, wenn die Datenbank-URL keines enthält (von libpq gelesen, wie auch ~/.pgpass).
  QT_QPA_PLATFORM    offscreen läuft ohne Bildschirm.

Exit-Status: 0 bei Erfolg, 2 bei ungültigen Argumenten.
</translation>
    </message>
    <message>
        <source>Add 1,000 demo products to a new, empty catalogue without asking.</source>
        <translation>1.000 Demoprodukte ohne Nachfrage zu einem neuen, leeren Katalog hinzufügen.</translation>
    </message>
    <message>
        <source>The cache: memory:// (default), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N or redis-sentinel://host:port,host:port/db?service=NAME.</source>
        <translation>Der Cache: memory:// (Standard), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N oder redis-sentinel://host:port,host:port/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Redis sent a reply with a malformed or out-of-range length or integer.</source>
        <translation>Redis hat eine Antwort mit fehlerhafter oder außerhalb des zulässigen Bereichs liegender Länge oder Ganzzahl gesendet.</translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation>Der Parameter db muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation>Zeitlimits müssen nicht negative ganze Zahlen sein (Millisekunden).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs a list of sentinels: host:port,host:port.</source>
        <translation>Eine redis-sentinel://-URL braucht eine Liste von Sentinels: host:port,host:port.</translation>
    </message>
    <message>
        <source>Unknown option in a redis-sentinel:// URL (known: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; write &amp; in a password as %26).</source>
        <translation>Unbekannte Option in einer redis-sentinel://-URL (bekannt: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; &amp; in einem Passwort als %26 schreiben).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs the service name: ?service=NAME.</source>
        <translation>Eine redis-sentinel://-URL braucht den Dienstnamen: ?service=NAME.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Die Datenbanknummer in einer redis://-URL muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Unknown TLS parameter &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannter TLS-Parameter „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; needs a rediss:// URL.</source>
        <translation>Der Parameter „%1“ erfordert eine rediss://-URL.</translation>
    </message>
    <message>
        <source>ssl_cert_reqs must be &apos;required&apos; or &apos;none&apos;.</source>
        <translation>ssl_cert_reqs muss &apos;required&apos; oder &apos;none&apos; sein.</translation>
    </message>
</context>
<context>
    <name>pm::ActionTableModel</name>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Thread CPU time of the worker for this request (worker wall time %1)</source>
        <translation>Thread-CPU-Zeit des Workers für diese Anfrage (Gesamtzeit des Workers %1)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (angeheftet)</translation>
    </message>
    <message>
        <source>%1 (hits %2, misses %3)</source>
        <translation>%1 (Treffer %2, Fehlschläge %3)</translation>
    </message>
    <message>
        <source>From the request in the window to the answer shown</source>
        <translation>Von der Anfrage im Fenster bis zur angezeigten Antwort</translation>
    </message>
    <message>
        <source>CPU time of the worker thread for the request</source>
        <translation>CPU-Zeit des Worker-Threads für die Anfrage</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s cache calls</source>
        <translation>Summe der Cache-Aufrufe der Aktion</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s SQL statements</source>
        <translation>Summe der SQL-Anweisungen der Aktion</translation>
    </message>
    <message>
        <source>Applying the result to the product table (UI thread)</source>
        <translation>Anwenden des Ergebnisses auf die Produkttabelle (UI-Thread)</translation>
    </message>
    <message>
        <source>The next paint of the product table after the change</source>
        <translation>Das nächste Zeichnen der Produkttabelle nach der Änderung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Cache-Aufrufe</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation>&amp;Titel setzen:</translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation>&amp;Preis setzen:</translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation>Ausgewählte Produkte bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation>
            <numerusform>Die angehakten Felder auf %n ausgewähltes Produkt anwenden.</numerusform>
            <numerusform>Die angehakten Felder auf %n ausgewählte Produkte anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>Titel setzen</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Preis setzen</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give every selected product the new title</source>
        <translation>Allen ausgewählten Produkten den neuen Titel geben</translation>
    </message>
    <message>
        <source>The title every selected product gets</source>
        <translation>Der Titel, den jedes ausgewählte Produkt erhält</translation>
    </message>
    <message>
        <source>Give every selected product the new price</source>
        <translation>Allen ausgewählten Produkten den neuen Preis geben</translation>
    </message>
    <message>
        <source>The price every selected product gets</source>
        <translation>Der Preis, den jedes ausgewählte Produkt erhält</translation>
    </message>
    <message>
        <source>Save the checked fields for every selected product</source>
        <translation>Die angehakten Felder für alle ausgewählten Produkte speichern</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Den Dialog schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation>Schlüssel &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation>Erhöhen oder Verringern würde überlaufen</translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation>Wert ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>the new version %1 is outside the version range (%2 to %3)</source>
        <translation>die neue Version %1 liegt außerhalb des Versionsbereichs (%2 bis %3)</translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation>1 Fehlschlag</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1 Fehlschläge</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation>Treffer/Fehlschlag</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsole</name>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation>timeout muss eine Anzahl Sekunden oder forever sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe help)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation>Option &apos;%1&apos; ist hier nicht erlaubt; Aufruf: %2</translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation>Version liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation>Delta liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>timeout must be between -%1 and %1 seconds (or forever), not &apos;%2&apos;</source>
        <translation>timeout muss zwischen -%1 und %1 Sekunden liegen (oder forever sein), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote: a &quot; string runs to the end of the line</source>
        <translation>nicht abgeschlossenes Anführungszeichen: eine &quot;-Zeichenkette reicht bis zum Zeilenende</translation>
    </message>
    <message>
        <source># %1 exists at version %2: get %3 version=%4</source>
        <translation># %1 existiert in Version %2: get %3 version=%4</translation>
    </message>
    <message>
        <source># %1 exists at versions %2: get %3 version=%4</source>
        <translation># %1 existiert in den Versionen %2: get %3 version=%4</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsoleWidget</name>
    <message>
        <source>The low-level cache API, as in the tutorial: get, set, get_or_set, incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)</source>
        <translation>Die Low-Level-Cache-API wie im Tutorial: get, set, get_or_set, incr, touch, ttl… (Auf/Ab: Verlauf, Tab: vervollständigen, Strg+L: leeren)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>Each command and the cache&apos;s answer</source>
        <translation>Jeder Befehl und die Antwort des Caches</translation>
    </message>
    <message>
        <source>e.g. set my_key &quot;my new value&quot; timeout=120</source>
        <translation>z. B. set my_key &quot;my new value&quot; timeout=120</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Konsolenbefehl</translation>
    </message>
    <message>
        <source>A cache command such as get, set or incr; Enter runs it, Up and Down walk the history, Tab completes</source>
        <translation>Ein Cache-Befehl wie get, set oder incr; Eingabe führt ihn aus, Auf und Ab blättern im Verlauf, Tab vervollständigt</translation>
    </message>
    <message>
        <source># connected to %1 (%2)</source>
        <translation># verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspector</name>
    <message>
        <source>The list key of version %1 holds something that is not a product list; the next load treats it as a miss.</source>
        <translation>Der Listenschlüssel der Version %1 enthält etwas, das keine Produktliste ist; das nächste Laden behandelt ihn als Fehlschlag.</translation>
    </message>
    <message>
        <source>The list cached for version %1 belongs to another catalogue (another database sharing this cache); it is never served.</source>
        <translation>Die für Version %1 zwischengespeicherte Liste gehört zu einem anderen Katalog (einer anderen Datenbank, die diesen Cache teilt); sie wird nie ausgeliefert.</translation>
    </message>
    <message>
        <source>No list is cached for list version %1; the next load reads the database.</source>
        <translation>Für Listenversion %1 ist keine Liste zwischengespeichert; das nächste Laden liest die Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>Consistent: the cached list of version %1 matches the database (%n product(s)).</source>
        <translation>
            <numerusform>Konsistent: Die zwischengespeicherte Liste der Version %1 stimmt mit der Datenbank überein (%n Produkt).</numerusform>
            <numerusform>Konsistent: Die zwischengespeicherte Liste der Version %1 stimmt mit der Datenbank überein (%n Produkte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Inconsistent: the cached list of version %1 has %2 rows, the database %3.</source>
        <translation>Inkonsistent: Die zwischengespeicherte Liste der Version %1 hat %2 Zeilen, die Datenbank %3.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Fehlt im Cache: %n Produkt (%1).</numerusform>
            <numerusform>Fehlen im Cache: %n Produkte (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra in the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Zusätzlich im Cache: %n Produkt (%1).</numerusform>
            <numerusform>Zusätzlich im Cache: %n Produkte (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n product(s) (%1).</source>
        <translation>
            <numerusform>Geändert: %n Produkt (%1).</numerusform>
            <numerusform>Geändert: %n Produkte (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are in another order.</source>
        <translation>Die Zeilen stehen in einer anderen Reihenfolge.</translation>
    </message>
    <message>
        <source>binary bytes, not UTF-8 text</source>
        <translation>binäre Bytes, kein UTF-8-Text</translation>
    </message>
    <message>
        <source>The key %1 was not made by the default key function.</source>
        <translation>Der Schlüssel %1 wurde nicht von der Standard-Schlüsselfunktion erzeugt.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The list changed during the check (list version %1 became %2); run the check again.</source>
        <translation>Die Liste hat sich während der Prüfung geändert (Listenversion %1 wurde zu %2); führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The paged list cached for version %1 is incomplete (a page is missing, of another fill or inconsistent); the next load treats it as a miss.</source>
        <translation>Die für Version %1 zwischengespeicherte seitenweise Liste ist unvollständig (eine Seite fehlt, stammt aus einer anderen Befüllung oder ist inkonsistent); das nächste Laden behandelt sie als Fehlschlag.</translation>
    </message>
    <message>
        <source>Setting a value needs the value: use store().</source>
        <translation>Zum Setzen eines Werts wird der Wert benötigt: store() verwenden.</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspectorWidget</name>
    <message>
        <source>Inspector pages</source>
        <translation>Inspektor-Seiten</translation>
    </message>
    <message>
        <source>The keys of the namespace, or the invalidation log</source>
        <translation>Die Schlüssel des Namensraums oder das Invalidierungsprotokoll</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Invalidation log</source>
        <translation>Invalidierungsprotokoll</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Glob, e.g. product* (Enter to apply)</source>
        <translation>Glob, z. B. product* (Eingabe zum Anwenden)</translation>
    </message>
    <message>
        <source>Key filter (glob)</source>
        <translation>Schlüsselfilter (Glob)</translation>
    </message>
    <message>
        <source>Lists only the keys that match this glob; press Enter to apply</source>
        <translation>Listet nur die Schlüssel, die auf diesen Glob passen; Eingabe wendet ihn an</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the keys of the namespace again</source>
        <translation>Die Schlüssel des Namensraums erneut auflisten</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>List the next page of keys</source>
        <translation>Die nächste Seite mit Schlüsseln auflisten</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Walk the whole namespace with SCAN, page by page (never KEYS)</source>
        <translation>Den ganzen Namensraum mit SCAN seitenweise durchlaufen (nie KEYS)</translation>
    </message>
    <message>
        <source>Cache keys</source>
        <translation>Cache-Schlüssel</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace with type, size, TTL and version; select one to see its value</source>
        <translation>Die Schlüssel im Namensraum dieses Caches mit Typ, Größe, TTL und Version; wählen Sie einen aus, um seinen Wert zu sehen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>Wählen Sie einen Schlüssel, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Cached product list</source>
        <translation>Zwischengespeicherte Produktliste</translation>
    </message>
    <message>
        <source>The rows of the selected cached product list</source>
        <translation>Die Zeilen der ausgewählten zwischengespeicherten Produktliste</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Wertvorschau</translation>
    </message>
    <message>
        <source>The selected key&apos;s value as text, or as a hex dump when it cannot be decoded</source>
        <translation>Der Wert des ausgewählten Schlüssels als Text oder als Hexdump, wenn er nicht dekodiert werden kann</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Ablaufzeit in Sekunden</translation>
    </message>
    <message>
        <source>The new timeout that Touch and Expire give the selected key</source>
        <translation>Die neue Ablaufzeit, die Touch und Expire dem ausgewählten Schlüssel geben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Den ausgewählten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Auffrischen</translation>
    </message>
    <message>
        <source>Reset the key&apos;s expiry to the given seconds</source>
        <translation>Den Ablauf des Schlüssels auf die angegebenen Sekunden zurücksetzen</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Let the key expire in the given seconds</source>
        <translation>Den Schlüssel in den angegebenen Sekunden ablaufen lassen</translation>
    </message>
    <message>
        <source>Persist</source>
        <translation>Dauerhaft machen</translation>
    </message>
    <message>
        <source>Remove the key&apos;s expiry</source>
        <translation>Den Ablauf des Schlüssels entfernen</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Konsistenz prüfen</translation>
    </message>
    <message>
        <source>Compare the cached list of the current list version with the database</source>
        <translation>Die zwischengespeicherte Liste der aktuellen Listenversion mit der Datenbank vergleichen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Clear namespace…</source>
        <translation>Namensraum leeren…</translation>
    </message>
    <message>
        <source>Remove every key of this cache&apos;s prefix, and nothing else</source>
        <translation>Alle Schlüssel mit dem Präfix dieses Caches entfernen, sonst nichts</translation>
    </message>
    <message>
        <source>Clear namespace</source>
        <translation>Namensraum leeren</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: time, write, products, mechanism, keys and outcome</source>
        <translation>Die Invalidierung jedes Schreibvorgangs: Zeit, Schreibvorgang, Produkte, Mechanismus, Schlüssel und Ergebnis</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: which key it removed or superseded (the list version in the key), and writes that removed nothing.</source>
        <translation>Die Invalidierung jedes Schreibvorgangs: welchen Schlüssel er entfernt oder abgelöst hat (die Listenversion im Schlüssel), und Schreibvorgänge, die nichts entfernt haben.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Forget the invalidations listed so far</source>
        <translation>Die bisher aufgeführten Invalidierungen vergessen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading every key…</source>
        <translation>Alle Schlüssel werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) so far; more in the namespace</source>
        <translation>
            <numerusform>Bisher %n Schlüssel; weitere im Namensraum</numerusform>
            <numerusform>Bisher %n Schlüssel; weitere im Namensraum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1: TTL %2.</source>
        <translation>%1: TTL %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists (expired or removed).</source>
        <translation>%1 existiert nicht mehr (abgelaufen oder entfernt).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · product list · catalogue %2 · list version %3 · %n product(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Produktliste · Katalog %2 · Listenversion %3 · %n Produkt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Produktliste · Katalog %2 · Listenversion %3 · %n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cannot be decoded: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · kann nicht dekodiert werden: %3</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes)</source>
        <translation>(erste %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>Counting the keys of the namespace…</source>
        <translation>Schlüssel des Namensraums werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n key(s).</source>
        <translation>
            <numerusform>Würde %n Schlüssel entfernen.</numerusform>
            <numerusform>Würde %n Schlüssel entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes every key of this cache&apos;s namespace and nothing else: %1 Other keys in the same Redis database are left alone.</source>
        <translation>Dies entfernt alle Schlüssel im Namensraum dieses Caches und sonst nichts: %1 Andere Schlüssel in derselben Redis-Datenbank bleiben unberührt.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed.</source>
        <translation>%1 Es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s) of the namespace.</source>
        <translation>
            <numerusform>%n Schlüssel des Namensraums entfernt.</numerusform>
            <numerusform>%n Schlüssel des Namensraums entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cache keys by version</source>
        <translation>Cache-Schlüssel nach Version</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace grouped by prefix and version; select one to see its value</source>
        <translation>Die Schlüssel im Namensraum dieses Caches, gruppiert nach Präfix und Version; wählen Sie einen aus, um seinen Wert zu sehen</translation>
    </message>
    <message>
        <source>&amp;Group by version</source>
        <translation>Nach Version &amp;gruppieren</translation>
    </message>
    <message>
        <source>Group by version</source>
        <translation>Nach Version gruppieren</translation>
    </message>
    <message>
        <source>Show the keys as a tree: prefix, then version, then the keys</source>
        <translation>Die Schlüssel als Baum zeigen: Präfix, dann Version, dann die Schlüssel</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Store a new key: a string, a number or JSON, with a timeout</source>
        <translation>Einen neuen Schlüssel speichern: eine Zeichenkette, eine Zahl oder JSON, mit Ablaufzeit</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Wert bearbeiten…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s value and timeout</source>
        <translation>Wert und Ablaufzeit des ausgewählten Schlüssels ersetzen</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>(other keys)</source>
        <translation>(andere Schlüssel)</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(kein Präfix)</translation>
    </message>
    <message>
        <source>version ?</source>
        <translation>Version ?</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation>die Cache-URL ist ungültig</translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation>unbekannte Cache-URL-Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation>eine Speicher-Cache-URL hat weder Host noch Pfad: memory://</translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation>max_entries muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation>cull_frequency muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation>eine Redis-Cache-URL braucht einen Host: redis://host:port/db</translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation>die Redis-Datenbank muss eine Zahl sein: redis://host:port/0</translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation>eine Unix-Socket-URL hat keinen Host: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation>eine Unix-Socket-URL braucht einen absoluten Pfad: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation>die Redis-Datenbank muss eine Zahl sein: ?db=0</translation>
    </message>
    <message>
        <source>unknown cache URL option after password= (write &amp; in a password as %26)</source>
        <translation>unbekannte Cache-URL-Option nach password= (schreiben Sie &amp; in einem Passwort als %26)</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis://, rediss://, unix:// or redis-sentinel://)</source>
        <translation>nicht unterstütztes Cache-URL-Schema „%1“ (memory://, redis://, rediss://, unix:// oder redis-sentinel:// verwenden)</translation>
    </message>
</context>
<context>
    <name>pm::CacheValueDialog</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A number or a JSON literal is stored as that value; anything else is stored as text</source>
        <translation>Eine Zahl oder ein JSON-Literal wird als dieser Wert gespeichert; alles andere als Text</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Ablaufzeit in Sekunden</translation>
    </message>
    <message>
        <source>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} and &quot;quoted text&quot; are stored as that JSON value; anything else as text. Ctrl+Enter stores.</source>
        <translation>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} und &quot;Text in Anführungszeichen&quot; werden als dieser JSON-Wert gespeichert; alles andere als Text. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Ablaufzeit:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>pm::ChartWidget</name>
    <message>
        <source>Hit ratio and cache latency per action</source>
        <translation>Trefferquote und Cache-Latenz pro Aktion</translation>
    </message>
    <message>
        <source>Two charts, oldest action first: the hit ratio of each action with the overall ratio, and its mean and slowest cache call</source>
        <translation>Zwei Diagramme, älteste Aktion zuerst: die Trefferquote jeder Aktion mit der Gesamtquote sowie ihr mittlerer und langsamster Cache-Aufruf</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <source>%1. %2
Hit ratio: %3
Mean call: %4 µs · slowest: %5 µs</source>
        <translation>%1. %2
Trefferquote: %3
Mittlerer Aufruf: %4 µs · langsamster: %5 µs</translation>
    </message>
    <message>
        <source>No cache calls yet: load or refresh the list to draw the charts.</source>
        <translation>Noch keine Cache-Aufrufe: Laden oder aktualisieren Sie die Liste, um die Diagramme zu zeichnen.</translation>
    </message>
    <message>
        <source>Hit ratio of the action</source>
        <translation>Trefferquote der Aktion</translation>
    </message>
    <message>
        <source>Overall hit ratio</source>
        <translation>Gesamte Trefferquote</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>Mittlerer Aufruf</translation>
    </message>
    <message>
        <source>Slowest call</source>
        <translation>Langsamster Aufruf</translation>
    </message>
    <message>
        <source>Hit ratio per action</source>
        <translation>Trefferquote pro Aktion</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache latency per action</source>
        <translation>Cache-Latenz pro Aktion</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>actions, oldest → newest</source>
        <translation>Aktionen, älteste → neueste</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionLock</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation>Verschlüsselt, Zertifikat nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionTester</name>
    <message>
        <source>the memory cache lives in this process: there is no server to test</source>
        <translation>der Speicher-Cache befindet sich in diesem Prozess: Es gibt keinen Server zum Testen</translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation>Die PostgreSQL-URL enthält eine nicht abgeschlossene IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation>Die PostgreSQL-URL enthält ungültige Zeichen nach dem Host.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation>Die PostgreSQL-URL hat ein ungültiges connect_timeout.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>Die PostgreSQL-URL braucht einen Datenbanknamen, etwa postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>Der Speicherort der Datenbank ist leer.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation>Die SQLite-URL „%1“ muss einen absoluten Dateipfad nennen, etwa sqlite:///home/me/products.db.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation>Nicht unterstütztes Datenbank-URL-Schema „%1“ (sqlite:// oder postgresql:// verwenden).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation>Der Datenbank-Speicherort %1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Öffnen der Datenbank %1</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>Konfigurieren der Verbindung</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Konfigurieren der Datenbank</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version der Produktverwaltung geschrieben (Schemaversion %1); diese Version versteht Schemaversionen bis %2. Aktualisieren Sie die Produktverwaltung, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation>Die Datenbank %1 muss von Schemaversion %2 auf %3 aktualisiert werden, aber die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>Anlegen des Schemas</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Keine Migration auf Schemaversion %1.</translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation>Migrieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt (die Datei ist nicht beschreibbar); Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation>Eine Schreibtransaktion ist bereits offen.</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>Beginnen eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation>Es ist keine Schreibtransaktion offen.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation>die Datenbank ist belegt: ein anderes Programm schreibt gerade und wurde nicht rechtzeitig fertig. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation>die Datenbank ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation>die Datei ist keine Produktdatenbank oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation>die Datenbank hat einen Wert abgelehnt, der gegen eine ihrer Regeln verstößt.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation>der Datenträger meldete einen Fehler (er ist vielleicht voll).</translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation>der Zugriff auf die Datenbank wurde verweigert.</translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation>die Datenbank meldete einen Fehler.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation>Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation>Lesen aus der Datenbank</translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation>Der SQLite-Schnellpfad braucht eine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation>SQLite-Fehler</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Reconnecting to the database %1</source>
        <translation>Erneutes Verbinden mit der Datenbank %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved. Reconnected: reload the list to check before trying again.</source>
        <translation>Die Verbindung zur Datenbank brach beim Speichern ab, daher ist unbekannt, ob die Änderung gespeichert wurde. Wieder verbunden: Laden Sie die Liste neu und prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved, and reconnecting failed: %1</source>
        <translation>Die Verbindung zur Datenbank brach beim Speichern ab, daher ist unbekannt, ob die Änderung gespeichert wurde, und das erneute Verbinden schlug fehl: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed). Reconnected: try again.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen; die Änderung wurde nicht gespeichert (nichts wurde geändert). Wieder verbunden: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed), and reconnecting failed: %1</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen; die Änderung wurde nicht gespeichert (nichts wurde geändert), und das erneute Verbinden schlug fehl: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been reopened: %1</source>
        <translation>Die Verbindung zur Datenbank war unterbrochen und wurde neu geöffnet: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost, and reconnecting failed: %1</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen, und das erneute Verbinden schlug fehl: %1</translation>
    </message>
    <message>
        <source>The database URL is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>Die Datenbank-URL ist fehlerhaft: erwartet sqlite:///path oder postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid statement_timeout (milliseconds, 100–3600000).</source>
        <translation>Die PostgreSQL-URL hat einen ungültigen statement_timeout (Millisekunden, 100–3600000).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter after password= (write &amp; in a password as %26).</source>
        <translation>Die PostgreSQL-URL enthält nach password= einen nicht unterstützten Parameter (schreiben Sie &amp; in einem Passwort als %26).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout, statement_timeout).</source>
        <translation>Die PostgreSQL-URL enthält den nicht unterstützten Parameter „%1“ (unterstützt: host, port, user, password, dbname, connect_timeout, statement_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port (expected 1–65535).</source>
        <translation>Die PostgreSQL-URL hat einen ungültigen Port (erwartet 1–65535).</translation>
    </message>
    <message>
        <source>%1 is open as a read-only snapshot: its folder cannot be written, so changes saved after it was opened are not shown until you open it again.</source>
        <translation>%1 ist als schreibgeschützter Schnappschuss geöffnet: Sein Ordner ist nicht beschreibbar, daher werden Änderungen, die nach dem Öffnen gespeichert wurden, erst angezeigt, wenn Sie ihn erneut öffnen.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can browse the catalogue but not change it.</source>
        <translation>%1 ist schreibgeschützt: Sie können den Katalog ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms while saving, so it is not known whether the change was saved. Reload the list to check before trying again.</source>
        <translation>Die Datenbank hat beim Speichern nicht innerhalb von %1 ms geantwortet, daher ist unbekannt, ob die Änderung gespeichert wurde. Laden Sie die Liste neu und prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms; the change was not saved (nothing was changed).</source>
        <translation>Die Datenbank hat nicht innerhalb von %1 ms geantwortet; die Änderung wurde nicht gespeichert (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms.</source>
        <translation>Die Datenbank hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
</context>
<context>
    <name>pm::DebugPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Debug Panel</source>
        <translation>Debug-Panel</translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation>Cache-Zustand</translation>
    </message>
    <message>
        <source>Cache</source>
        <comment>debug panel tab</comment>
        <translation>Cache</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Filter calls (operation, key, origin…)</source>
        <translation>Aufrufe filtern (Operation, Schlüssel, Ursprung…)</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Cache invalidieren</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Die zwischengespeicherte Produktliste entfernen; das nächste Laden liest die Datenbank</translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation>Statistik zurücksetzen</translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation>Anweisungen filtern (SQL, Werte, Markierungen, Ursprung…)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Aufrufe &lt;b&gt;%1&lt;/b&gt; · Zeit &lt;b&gt;%2&lt;/b&gt; · Treffer &lt;b&gt;%3&lt;/b&gt; · Fehlschläge &lt;b&gt;%4&lt;/b&gt; · Trefferquote &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation>Noch keine Cache-Aufrufe.</translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Anweisungen &lt;b&gt;%1&lt;/b&gt; · Zeit &lt;b&gt;%2&lt;/b&gt; · Ähnliche &lt;b&gt;%3&lt;/b&gt; · Duplikate &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation>Cache in Ordnung</translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation>Cache in Ordnung · %1 % Treffer</translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation>Cache eingeschränkt</translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation>Cache ausgefallen</translation>
    </message>
    <message>
        <source>Filter cache calls</source>
        <translation>Cache-Aufrufe filtern</translation>
    </message>
    <message>
        <source>Shows only the calls whose text contains this</source>
        <translation>Zeigt nur die Aufrufe, deren Text dies enthält</translation>
    </message>
    <message>
        <source>Clear the tables and totals of the debug panel</source>
        <translation>Tabellen und Summen des Debug-Panels leeren</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Cache-Aufrufe</translation>
    </message>
    <message>
        <source>Every cache call with its operation, keys, hit or miss, duration and origin</source>
        <translation>Jeder Cache-Aufruf mit Operation, Schlüsseln, Treffer oder Fehlschlag, Dauer und Ursprung</translation>
    </message>
    <message>
        <source>Filter SQL statements</source>
        <translation>SQL-Anweisungen filtern</translation>
    </message>
    <message>
        <source>Shows only the statements whose text contains this</source>
        <translation>Zeigt nur die Anweisungen, deren Text dies enthält</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>SQL-Anweisungen</translation>
    </message>
    <message>
        <source>Every SQL statement with its bound values, duration, rows and similar or duplicate flags</source>
        <translation>Jede SQL-Anweisung mit gebundenen Werten, Dauer, Zeilen und Markierungen für Ähnliche oder Duplikate</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Show the query plan of the selected SELECT, run on the worker&apos;s connection with its bound values</source>
        <translation>Den Abfrageplan des ausgewählten SELECT zeigen, ausgeführt auf der Verbindung des Workers mit seinen gebundenen Werten</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Abfrageplan</translation>
    </message>
    <message>
        <source>The plan of the statement last explained, or why it cannot be explained</source>
        <translation>Der Plan der zuletzt erklärten Anweisung oder warum sie nicht erklärt werden kann</translation>
    </message>
    <message>
        <source>Select a SELECT statement and press Explain to see its query plan.</source>
        <translation>Wählen Sie eine SELECT-Anweisung und drücken Sie Erklären, um ihren Abfrageplan zu sehen.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Wählen Sie zuerst eine Anweisung.</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained; this is %1. Running EXPLAIN on a write would not show a read plan, and EXPLAIN ANALYZE would run the write.</source>
        <translation>Nur SELECT-Anweisungen können erklärt werden; dies ist %1. EXPLAIN auf einem Schreibvorgang würde keinen Leseplan zeigen, und EXPLAIN ANALYZE würde den Schreibvorgang ausführen.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Wird erklärt…</translation>
    </message>
    <message>
        <source>The database returned no plan.</source>
        <translation>Die Datenbank lieferte keinen Plan.</translation>
    </message>
    <message>
        <source>Could not explain the statement: %1</source>
        <translation>Die Anweisung konnte nicht erklärt werden: %1</translation>
    </message>
    <message>
        <source>The debug panel&apos;s own cache calls (inspector, console, consistency check): listed in the table, left out of the totals, the hit ratio and the badge</source>
        <translation>Die eigenen Cache-Aufrufe des Debug-Panels (Inspektor, Konsole, Konsistenzprüfung): in der Tabelle aufgeführt, aber nicht in den Summen, der Trefferquote und dem Badge mitgezählt</translation>
    </message>
    <message>
        <source>Panel: %1 calls</source>
        <translation>Panel: %1 Aufrufe</translation>
    </message>
    <message>
        <source>showing the last %1 of %2 statements</source>
        <translation>die letzten %1 von %2 Anweisungen werden angezeigt</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the application&apos;s cache calls (the debug panel&apos;s own calls left out) (F12)</source>
        <translation>Cache-Zustand mit der Trefferquote der Cache-Aufrufe der Anwendung (ohne die eigenen Aufrufe des Debug-Panels) (F12)</translation>
    </message>
</context>
<context>
    <name>pm::HistoryWidget</name>
    <message>
        <source>Action history</source>
        <translation>Aktionsverlauf</translation>
    </message>
    <message>
        <source>The last %1 actions, pinned ones first; select one to see its cache calls, SQL and timings</source>
        <translation>Die letzten %1 Aktionen, angeheftete zuerst; wählen Sie eine, um ihre Cache-Aufrufe, SQL und Zeiten zu sehen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Keep this action beyond the last %1</source>
        <translation>Diese Aktion über die letzten %1 hinaus behalten</translation>
    </message>
    <message>
        <source>Select an action to see its cache calls, SQL and timings.</source>
        <translation>Wählen Sie eine Aktion, um ihre Cache-Aufrufe, SQL und Zeiten zu sehen.</translation>
    </message>
    <message>
        <source>Cache calls of the selected action</source>
        <translation>Cache-Aufrufe der ausgewählten Aktion</translation>
    </message>
    <message>
        <source>Operation, keys, hit or miss, bytes and duration of each call</source>
        <translation>Operation, Schlüssel, Treffer oder Fehlschlag, Bytes und Dauer jedes Aufrufs</translation>
    </message>
    <message>
        <source>SQL of the selected action</source>
        <translation>SQL der ausgewählten Aktion</translation>
    </message>
    <message>
        <source>Each statement with its bound values, duration, rows and flags</source>
        <translation>Jede Anweisung mit gebundenen Werten, Dauer, Zeilen und Markierungen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · Wall &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (calls %6, hits %7, misses %8) · SQL &lt;b&gt;%9&lt;/b&gt; (statements %10) · Model &lt;b&gt;%11&lt;/b&gt; · Paint &lt;b&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; um %2 · Gesamt &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (Aufrufe %6, Treffer %7, Fehlschläge %8) · SQL &lt;b&gt;%9&lt;/b&gt; (Anweisungen %10) · Modell &lt;b&gt;%11&lt;/b&gt; · Zeichnen &lt;b&gt;%12&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::InspectorKeyModel</name>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>pm::InvalidationLogModel</name>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel entfernt</numerusform>
            <numerusform>%n Schlüssel entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove; superseded by list version %1</source>
        <translation>nichts zu entfernen; abgelöst durch Listenversion %1</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>nichts zu entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreibvorgang</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>Keys removed or superseded</source>
        <translation>Entfernte oder abgelöste Schlüssel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation>Produktverwaltung</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation>Ein Produkt anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation>Das ausgewählte Produkt bearbeiten (F2, Eingabe)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>&amp;Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation>Titel oder Preis aller ausgewählten Produkte auf einmal setzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation>Die ausgewählten Produkte löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation>Die Produktliste neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>Cache &amp;invalidieren</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Die zwischengespeicherte Produktliste entfernen; das nächste Laden liest die Datenbank</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation>Produkte aus einer JSON- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation>&amp;Demodaten erzeugen…</translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation>Erzeugte Demoprodukte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation>Datenbank, Cache und Sprache</translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation>&amp;Über Produktverwaltung</translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation>Über Produktverwaltung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Produktverwaltung %1&lt;/h3&gt;&lt;p&gt;Ein Produktkatalog, dessen Liste über einen sichtbaren Low-Level-Cache geladen wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation>Titel durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation>&amp;Debug-Panel</translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation>Das Debug-Panel für Cache und SQL ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Product count</source>
        <translation>Anzahl der Produkte</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>Anzahl ausgewählt</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation>
            <numerusform>%Ln Produkt aktualisiert.</numerusform>
            <numerusform>%Ln Produkte aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation>
            <numerusform>%Ln Produkt gelöscht.</numerusform>
            <numerusform>%Ln Produkte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation>Erzeugen abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation>
            <numerusform>%Ln Demoprodukt hinzugefügt.</numerusform>
            <numerusform>%Ln Demoprodukte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation>Cache: %1 nicht verfügbar, Liste aus der Datenbank</translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation>Cache: %1, letztes Laden ein Treffer</translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation>Cache: %1, letztes Laden ein Fehlschlag</translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation>Der Cache funktioniert nicht (%1). Die Liste wird aus der Datenbank gelesen.</translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation>Cache invalidiert: das nächste Laden liest die Datenbank.</translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation>Der Cache enthielt keine Produktliste; nichts zu invalidieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Produkt angezeigt</numerusform>
            <numerusform>%1 von %Ln Produkten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Die Produkte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation>
            <numerusform>Ein neuer Katalog: %Ln Demoprodukt hinzugefügt.</numerusform>
            <numerusform>Ein neuer Katalog: %Ln Demoprodukte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation>Einstellungen übernommen: %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation>Der Cache konnte nicht invalidiert werden: %1</translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation>Das Produkt konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation>Das Produkt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation>Die Produkte konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>%Ln Produkt löschen?</numerusform>
            <numerusform>%Ln Produkte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation>Produkte löschen</translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Sie können dies mit %1 rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation>Die Produkte konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Produktdateien (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation>
            <numerusform>%Ln Demoprodukt wird hinzugefügt…</numerusform>
            <numerusform>%Ln Demoprodukte werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation>Demodaten konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation>Ein anderer Import oder eine Demodaten-Erzeugung läuft noch.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>%Ln Produkt importiert.</numerusform>
            <numerusform>%Ln Produkte importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt.</numerusform>
            <numerusform>%Ln Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation>Demodaten erzeugen</translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation>Anzahl hinzuzufügender Demoprodukte:</translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation>Einstellungen gespeichert. Die Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The product catalogue: Enter or F2 edits the selected product, Del deletes it</source>
        <translation>Der Produktkatalog: Eingabe oder F2 bearbeitet das ausgewählte Produkt, Entf löscht es</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen…</translation>
    </message>
    <message>
        <source>Loading products… %L1</source>
        <translation>Produkte werden geladen… %L1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln product(s); loading the rest</source>
        <translation>
            <numerusform>Erstes %Ln Produkt; der Rest wird geladen</numerusform>
            <numerusform>Erste %Ln Produkte; der Rest wird geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcuts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected products as tab-separated text</source>
        <translation>Die ausgewählten Produkte als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <comment>menu</comment>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>Ab&amp;steigend</translation>
    </message>
    <message>
        <source>&amp;Next Sort Column</source>
        <translation>&amp;Nächste Sortierspalte</translation>
    </message>
    <message>
        <source>Sort by the next column; after the last, reverse the order</source>
        <translation>Nach der nächsten Spalte sortieren; nach der letzten die Reihenfolge umkehren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln product(s).</source>
        <translation>
            <numerusform>%Ln Produkt kopiert.</numerusform>
            <numerusform>%Ln Produkte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product no longer exists: another window or program deleted it. The list was reloaded.</source>
        <translation>Das Produkt existiert nicht mehr: Ein anderes Fenster oder Programm hat es gelöscht. Die Liste wurde neu geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s); the others no longer existed. The list was reloaded.</source>
        <translation>
            <numerusform>%Ln Produkt gelöscht; die anderen existierten nicht mehr. Die Liste wurde neu geladen.</numerusform>
            <numerusform>%Ln Produkte gelöscht; die anderen existierten nicht mehr. Die Liste wurde neu geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 (%3%)</source>
        <translation>%1 von %2 importiert (%3 %)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 (%3%)</source>
        <translation>%1 von %2 exportiert (%3 %)</translation>
    </message>
    <message>
        <source>Added %1 of %2 demo products (%3%)</source>
        <translation>%1 von %2 Demoprodukten hinzugefügt (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue skipped.</source>
        <translation>
            <numerusform>%Ln bereits im Katalog vorhandenes Produkt übersprungen.</numerusform>
            <numerusform>%Ln bereits im Katalog vorhandene Produkte übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a CSV or JSON file</source>
        <translation>Den gesamten Katalog in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>%Ln Produkt nach %1 exportiert.</numerusform>
            <numerusform>%Ln Produkte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) are already in the catalogue (same title and price).</source>
        <translation>
            <numerusform>Im Katalog gibt es bereits %1 von %Ln Produkt (gleicher Titel und Preis).</numerusform>
            <numerusform>Im Katalog gibt es bereits %1 von %Ln Produkten (gleicher Titel und Preis).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>Alle importieren</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <source>This catalogue is empty. Add %L1 demo products?</source>
        <translation>Dieser Katalog ist leer. %L1 Demoprodukte hinzufügen?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation>Ein Preis ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation>„%1“ ist kein Preis: Geben Sie einen Betrag wie %2 ein.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation>Ein Preis darf höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation>Ein Preis kann nicht höher als %1 sein.</translation>
    </message>
</context>
<context>
    <name>pm::Origin</name>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>load list</source>
        <translation>Liste laden</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>invalidate cache</source>
        <translation>Cache invalidieren</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>erklären</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>consistency check</source>
        <translation>Konsistenzprüfung</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>clear namespace</source>
        <translation>Namensraum leeren</translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation>Redis-Benachrichtigungen brauchen eine redis://- oder unix://-Cache-URL.</translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation>PostgreSQL-Benachrichtigungen brauchen eine PostgreSQL-Datenbank.</translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product title</source>
        <translation>Produkttitel</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>Titelfehler</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>Preisfehler</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save the product and close the dialog</source>
        <translation>Das Produkt speichern und den Dialog schließen</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Den Dialog schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>pm::ProductExporter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation>Der Preis ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation>Die JSON-Datei muss ein Array von {&quot;title&quot;, &quot;price&quot;}-Objekten enthalten.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>Der Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation>Der Titel fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation>Der Preis fehlt oder ist weder Text noch Zahl.</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>Die CSV-Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation>Die Zeile enthält ein verirrtes Anführungszeichen; setzen Sie ganze Felder in Anführungszeichen und verdoppeln Sie innere.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile verlangt mindestens %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns (found: %1).</source>
        <translation>Die CSV-Datei braucht eine Kopfzeile, die die Titel- und Preisspalten benennt (gefunden: %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>pm::ProductPreviewModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation>Der Preis liegt außerhalb von 0,00–99.999.999,99.</translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation>Die Listenversion fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Produkt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation>Die Katalog-ID fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>Product %1 no longer exists; nothing was changed.</source>
        <translation>Produkt %1 existiert nicht mehr; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation>Ein Titel darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>pm::ProductService</name>
    <message numerus="yes">
        <source>%n page(s) of the product list could not be cached.</source>
        <translation>
            <numerusform>%n Seite der Produktliste konnte nicht zwischengespeichert werden.</numerusform>
            <numerusform>%n Seiten der Produktliste konnten nicht zwischengespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The product list has too many products to cache (%n page(s)).</source>
        <translation>
            <numerusform>Die Produktliste hat zu viele Produkte zum Zwischenspeichern (%n Seite).</numerusform>
            <numerusform>Die Produktliste hat zu viele Produkte zum Zwischenspeichern (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ProductTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation>Der Cache konnte nicht verwendet werden (%1); stattdessen wird der Speicher-Cache verwendet.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained: running EXPLAIN on a write would not show a read plan.</source>
        <translation>Nur SELECT-Anweisungen können erklärt werden: EXPLAIN auf einem Schreibvorgang würde keinen Leseplan zeigen.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation>Unerwartete Antwort auf %1.</translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation>Schlüssel nicht gefunden.</translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation>Der Wert ist keine Ganzzahl.</translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation>Redis wird ohne Namensraum-Präfix nicht geleert.</translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>Die Redis-Antwort überschreitet die Größenbeschränkung von %1 Bytes.</translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation>Unerwartete Antwort auf PING.</translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation>Redis hat nicht innerhalb der Frist geantwortet (%1 ms).</translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>Unerwartete Bytes nach einer Redis-Antwort.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>Eine Redis-Bulk-Antwort endete nicht mit CRLF.</translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation>Redis hat die Verbindung angenommen, aber den Handshake nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation>Redis ist nicht verfügbar (%1); der nächste Versuch erfolgt in %2 ms.</translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation>Die Redis-Verbindung war über die Frist hinaus belegt (%1 ms).</translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation>Keine Fehlerantwort.</translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation>Keine gültige Redis-URL.</translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation>Eine redis://-URL braucht einen Host.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Die Datenbanknummer in einer redis://-URL muss eine Ganzzahl sein.</translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation>Eine unix://-URL braucht einen absoluten Socket-Pfad.</translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation>Nicht unterstütztes Redis-URL-Schema.</translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation>Ein Unix-Socket-Pfad ist erforderlich.</translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation>Ein Redis-Host und ein Port zwischen 1 und 65535 sind erforderlich.</translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation>Die Datenbanknummer darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Zeitlimits müssen positiv sein.</translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation>Die Backoff-Grenzen sind widersprüchlich.</translation>
    </message>
    <message>
        <source>TLS needs a TCP host (rediss://host:port).</source>
        <translation>TLS erfordert einen TCP-Host (rediss://host:port).</translation>
    </message>
    <message>
        <source>A client certificate needs both ssl_certfile and ssl_keyfile.</source>
        <translation>Ein Client-Zertifikat erfordert sowohl ssl_certfile als auch ssl_keyfile.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), or add allow_insecure=1 to the URL to accept this.</source>
        <translation>Der Redis-Verkehr zu einem entfernten Host ist nicht verschlüsselt. Verwenden Sie rediss:// (TLS) oder fügen Sie der URL allow_insecure=1 hinzu, um dies zu akzeptieren.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSocket</name>
    <message>
        <source>Cannot read the TLS file %1.</source>
        <translation>Die TLS-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1.</source>
        <translation>TLS konnte nicht eingerichtet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot load the CA certificates %1: %2.</source>
        <translation>Die CA-Zertifikate %1 können nicht geladen werden: %2.</translation>
    </message>
    <message>
        <source>of the system</source>
        <translation>des Systems</translation>
    </message>
    <message>
        <source>Cannot use the client certificate %1: %2.</source>
        <translation>Das Client-Zertifikat %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot use the private key %1 with the certificate %2: %3.</source>
        <translation>Der private Schlüssel %1 kann nicht mit dem Zertifikat %2 verwendet werden: %3.</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 ms.</source>
        <translation>Zeitüberschreitung beim TLS-Handshake nach %1 ms.</translation>
    </message>
    <message>
        <source>TLS: host name mismatch: the certificate is for %1, not %2.</source>
        <translation>TLS: Hostname stimmt nicht überein: Das Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>weitere Namen</translation>
    </message>
    <message>
        <source>TLS: certificate verify failed: %1.</source>
        <translation>TLS: Zertifikatsprüfung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>TLS: the server requires a client certificate (ssl_certfile and ssl_keyfile).</source>
        <translation>TLS: Der Server verlangt ein Client-Zertifikat (ssl_certfile und ssl_keyfile).</translation>
    </message>
    <message>
        <source>TLS: the server refused the client certificate: %1.</source>
        <translation>TLS: Der Server hat das Client-Zertifikat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Redis closed the connection during the TLS handshake (is this a TLS port?).</source>
        <translation>Redis hat die Verbindung während des TLS-Handshakes geschlossen (ist dies ein TLS-Port?).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is this a plain redis:// port?).</source>
        <translation>TLS-Handshake fehlgeschlagen: %1 (ist dies ein einfacher redis://-Port?).</translation>
    </message>
    <message>
        <source>TLS failed: %1.</source>
        <translation>TLS fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>%1 (If this port expects TLS, use a rediss:// URL.)</source>
        <translation>%1 (Falls dieser Port TLS erwartet, verwenden Sie eine rediss://-URL.)</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>Redis hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be loaded: %1.</source>
        <translation>TLS (rediss://) benötigt OpenSSL 3 (libssl.so.3), das nicht geladen werden konnte: %1.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>Unerwartete Antwort auf PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>Der Abonnent wurde gestoppt.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>Kein Kanal zum Abonnieren.</translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation>Unerwartete Antwort auf SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation>Redis hat einen Keep-alive-PING nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>pm::RespGuard</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>Die Redis-Antwort überschreitet die Größenbeschränkung von %1 Bytes.</translation>
    </message>
    <message>
        <source>A Redis reply declares a string of %1 bytes; at most %2 are accepted for this command.</source>
        <translation>Eine Redis-Antwort kündigt eine Zeichenkette von %1 Bytes an; für diesen Befehl werden höchstens %2 akzeptiert.</translation>
    </message>
    <message>
        <source>A Redis reply nests arrays deeper than %1 levels.</source>
        <translation>Eine Redis-Antwort verschachtelt Arrays tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>A Redis reply declares %1 array elements; at most %2 are accepted for this command.</source>
        <translation>Eine Redis-Antwort kündigt %1 Array-Elemente an; für diesen Befehl werden höchstens %2 akzeptiert.</translation>
    </message>
    <message>
        <source>Redis sent data that no command was waiting for.</source>
        <translation>Redis hat Daten gesendet, auf die kein Befehl gewartet hat.</translation>
    </message>
    <message>
        <source>Redis sent a reply of unknown type (byte 0x%1): not the Redis protocol.</source>
        <translation>Redis hat eine Antwort unbekannten Typs gesendet (Byte 0x%1): nicht das Redis-Protokoll.</translation>
    </message>
    <message>
        <source>A line of a Redis reply does not end with CRLF.</source>
        <translation>Eine Zeile einer Redis-Antwort endet nicht mit CRLF.</translation>
    </message>
    <message>
        <source>A Redis bulk string does not end with CRLF.</source>
        <translation>Ein Redis-Bulk-String endet nicht mit CRLF.</translation>
    </message>
</context>
<context>
    <name>pm::SentinelResolver</name>
    <message>
        <source>sentinel %1 gave an unexpected answer</source>
        <translation>Sentinel %1 lieferte eine unerwartete Antwort</translation>
    </message>
    <message>
        <source>the sentinels name the remote master %1, but Redis traffic is not encrypted: add allow_insecure=1 to the URL to accept this</source>
        <translation>die Sentinels nennen den entfernten Master %1, aber der Redis-Verkehr ist nicht verschlüsselt: allow_insecure=1 zur URL hinzufügen, um dies zu akzeptieren</translation>
    </message>
    <message>
        <source>sentinels do not know service %1</source>
        <translation>die Sentinels kennen den Dienst %1 nicht</translation>
    </message>
    <message>
        <source>no sentinel answered within the deadline</source>
        <translation>kein Sentinel hat innerhalb der Frist geantwortet</translation>
    </message>
    <message>
        <source>no sentinel answered (tried %1)</source>
        <translation>kein Sentinel hat geantwortet (versucht: %1)</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as replica</source>
        <translation>der von den Sentinels genannte Master (%1) antwortet als Replica</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as %2</source>
        <translation>der von den Sentinels genannte Master (%1) antwortet als %2</translation>
    </message>
    <message>
        <source>the Redis master changed (failover); retry</source>
        <translation>der Redis-Master hat gewechselt (Failover); bitte erneut versuchen</translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>Cache-Fehler</translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation>&amp;Nie ablaufen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation>/pfad/products.db</translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation>Nach einer SQLite-Datei suchen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Standard-Ablaufzeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Nie ablaufen</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>Standard-&amp;Ablaufzeit:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>Schlüssel&amp;präfix:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation>Ein Dateipfad, sqlite:///path/products.db oder postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation>Die Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation>Katalog auswählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an SQLite catalogue file</source>
        <translation>Eine SQLite-Katalogdatei auswählen</translation>
    </message>
    <message>
        <source>How long a cached value lives when a call gives no timeout</source>
        <translation>Wie lange ein zwischengespeicherter Wert lebt, wenn ein Aufruf keine Ablaufzeit angibt</translation>
    </message>
    <message>
        <source>Cached values stay until they are deleted or invalidated</source>
        <translation>Zwischengespeicherte Werte bleiben, bis sie gelöscht oder invalidiert werden</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>Die Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Save the settings; a changed database or cache reopens at once</source>
        <translation>Die Einstellungen speichern; eine geänderte Datenbank oder ein geänderter Cache wird sofort neu geöffnet</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Den Dialog schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Remember the database &amp;password</source>
        <translation>Datenbank-&amp;Passwort merken</translation>
    </message>
    <message>
        <source>Remember the cache pass&amp;word</source>
        <translation>Cache-Pass&amp;wort merken</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>&amp;TLS verwenden</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>Serverzertifikat &amp;verifizieren</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindu&amp;ng testen</translation>
    </message>
    <message>
        <source>Remember the database password</source>
        <translation>Datenbank-Passwort merken</translation>
    </message>
    <message>
        <source>Keep the password of the database URL in the desktop keychain</source>
        <translation>Das Passwort der Datenbank-URL im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>Remember the cache password</source>
        <translation>Cache-Passwort merken</translation>
    </message>
    <message>
        <source>Keep the password of the cache URL in the desktop keychain</source>
        <translation>Das Passwort der Cache-URL im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>Connect with rediss:// (Redis over TLS)</source>
        <translation>Mit rediss:// verbinden (Redis über TLS)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Serverzertifikat verifizieren</translation>
    </message>
    <message>
        <source>Refuse a server whose certificate the CA file does not vouch for</source>
        <translation>Einen Server ablehnen, dessen Zertifikat nicht durch die CA-Datei bestätigt wird</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone on the way can pose as the server.</source>
        <translation>Das Zertifikat des Servers wird nicht verifiziert: Jeder auf dem Übertragungsweg kann sich als der Server ausgeben.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>CA-Zertifikate auswählen</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>Client-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Nach %1 suchen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to the cache server once and show what it says</source>
        <translation>Einmal mit dem Cache-Server verbinden und seine Antwort anzeigen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wird nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>primary (master)</source>
        <translation>primär (Master)</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>round trip: %1 ms</source>
        <translation>Umlaufzeit: %1 ms</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] or redis-sentinel://host:port,…/db?service=NAME.</source>
        <translation>memory://, redis://[:passwort@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] oder redis-sentinel://host:port,…/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Gebundene Werte</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Statements in this table with the same SQL: %1; with the same values too: %2</source>
        <translation>Anweisungen in dieser Tabelle mit demselben SQL: %1; auch mit denselben Werten: %2</translation>
    </message>
</context>
<context>
    <name>pm::TimerWidget</name>
    <message>
        <source>Timed actions</source>
        <translation>Gemessene Aktionen</translation>
    </message>
    <message>
        <source>One row per action, newest first: wall, CPU, cache, SQL, model and paint time</source>
        <translation>Eine Zeile pro Aktion, neueste zuerst: Gesamt-, CPU-, Cache-, SQL-, Modell- und Zeichenzeit</translation>
    </message>
    <message>
        <source>No actions yet: load, refresh or save to see where the time goes.</source>
        <translation>Noch keine Aktionen: Laden, aktualisieren oder speichern Sie, um zu sehen, wohin die Zeit geht.</translation>
    </message>
    <message>
        <source>Last &lt;b&gt;%1&lt;/b&gt; · Wall &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Model &lt;b&gt;%6&lt;/b&gt; · Paint &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>Zuletzt &lt;b&gt;%1&lt;/b&gt; · Gesamt &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Modell &lt;b&gt;%6&lt;/b&gt; · Zeichnen &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::UndoController</name>
    <message>
        <source>creation of “%1”</source>
        <translation>Anlegen von „%1“</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>Bearbeiten von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln product(s)</source>
        <translation>
            <numerusform>Bearbeiten von %Ln Produkt</numerusform>
            <numerusform>Bearbeiten von %Ln Produkten</numerusform>
        </translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>Löschen von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln product(s)</source>
        <translation>
            <numerusform>Löschen von %Ln Produkt</numerusform>
            <numerusform>Löschen von %Ln Produkten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln product(s)</source>
        <translation>
            <numerusform>Import von %Ln Produkt</numerusform>
            <numerusform>Import von %Ln Produkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %Ln demo product(s)</source>
        <translation>
            <numerusform>Hinzufügen von %Ln Demoprodukt</numerusform>
            <numerusform>Hinzufügen von %Ln Demoprodukten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Could not redo %1: %2</source>
        <translation>%1 konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Cannot undo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Die Produkte sind nicht mehr im Katalog (inzwischen anderswo gelöscht). Der Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Cannot redo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>%1 kann nicht wiederholt werden: Die Produkte sind nicht mehr im Katalog (inzwischen anderswo gelöscht). Der Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederholt: %1.</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2 It was removed from the undo history.</source>
        <translation>%1 kann nicht rückgängig gemacht werden: %2 Der Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2 It was removed from the undo history.</source>
        <translation>%1 kann nicht wiederholt werden: %2 Der Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation>Wert überschreitet die Cache-Größenbeschränkung von %1 Bytes</translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation>beschädigter Cache-Wert: %1</translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation>Wert zu tief verschachtelt</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>Ganzzahl außerhalb des 64-Bit-Bereichs</translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation>Werte vom Typ %1 können nicht zwischengespeichert werden</translation>
    </message>
    <message>
        <source>value would decode into more than %1 times its size; too sparse to cache</source>
        <translation>Wert würde beim Dekodieren mehr als das %1-Fache seiner Größe ergeben; zu dünn besetzt zum Zwischenspeichern</translation>
    </message>
</context>
</TS>
