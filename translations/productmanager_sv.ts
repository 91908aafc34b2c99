<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation>Product Manager: en produktkatalog vars lista laddas genom en lågnivåcache.</translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation>Katalogen: sqlite:///path/products.db, en filsökväg eller postgresql://user@host/dbname. Standard: products.db i datakatalogen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation>Lägg till N genererade demoprodukter efter öppning.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation>Importera produkter från en JSON- eller CSV-fil efter öppning.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation>Användargränssnittets språk (t.ex. sv, de, ar).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Prova --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation>--seed förväntar sig ett tal från 1 till 1000000.</translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation>Den sparade databasinställningen är ogiltig; standardkatalogen används.</translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation>Ingen översättning för språket &quot;%1&quot;; använder %2.</translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation>Produkthanteraren</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Kan inte skapa datakatalogen %1.</translation>
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
Miljövariabler:
  PM_CACHE_PASSWORD  Redis-lösenordet när cache-URL:en saknar ett.
  PGPASSWORD         PostgreSQL-lösenordet när databas-URL:en saknar ett (läses av libpq, liksom ~/.pgpass).
  QT_QPA_PLATFORM    offscreen kör utan skärm.

Avslutningsstatus: 0 vid framgång, 2 vid ogiltiga argument.
</translation>
    </message>
    <message>
        <source>Add 1,000 demo products to a new, empty catalogue without asking.</source>
        <translation>Lägg till 1 000 demoprodukter i en ny, tom katalog utan att fråga.</translation>
    </message>
    <message>
        <source>The cache: memory:// (default), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N or redis-sentinel://host:port,host:port/db?service=NAME.</source>
        <translation>Cachen: memory:// (standard), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N eller redis-sentinel://host:port,host:port/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Redis sent a reply with a malformed or out-of-range length or integer.</source>
        <translation>Redis skickade ett svar med en felformad längd eller ett felformat heltal, eller ett värde utanför tillåtet intervall.</translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation>Parametern db måste vara ett icke-negativt heltal.</translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation>Tidsgränser måste vara icke-negativa heltal (millisekunder).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs a list of sentinels: host:port,host:port.</source>
        <translation>En redis-sentinel://-URL behöver en lista med sentinel-servrar: host:port,host:port.</translation>
    </message>
    <message>
        <source>Unknown option in a redis-sentinel:// URL (known: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; write &amp; in a password as %26).</source>
        <translation>Okänt alternativ i en redis-sentinel://-URL (kända: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; skriv &amp; i ett lösenord som %26).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs the service name: ?service=NAME.</source>
        <translation>En redis-sentinel://-URL behöver tjänstens namn: ?service=NAME.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Databasnumret i en redis://-URL måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Unknown TLS parameter &apos;%1&apos; (known: %2).</source>
        <translation>Okänd TLS-parameter ”%1” (kända: %2).</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; needs a rediss:// URL.</source>
        <translation>Parametern ”%1” kräver en rediss://-URL.</translation>
    </message>
    <message>
        <source>ssl_cert_reqs must be &apos;required&apos; or &apos;none&apos;.</source>
        <translation>ssl_cert_reqs måste vara &apos;required&apos; eller &apos;none&apos;.</translation>
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
        <translation>Arbetstrådens CPU-tid för den här begäran (arbetstrådens väggtid %1)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (misslyckades)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fäst)</translation>
    </message>
    <message>
        <source>%1 (hits %2, misses %3)</source>
        <translation>%1 (träffar %2, missar %3)</translation>
    </message>
    <message>
        <source>From the request in the window to the answer shown</source>
        <translation>Från begäran i fönstret till det visade svaret</translation>
    </message>
    <message>
        <source>CPU time of the worker thread for the request</source>
        <translation>Arbetstrådens CPU-tid för begäran</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s cache calls</source>
        <translation>Summan av åtgärdens cacheanrop</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s SQL statements</source>
        <translation>Summan av åtgärdens SQL-satser</translation>
    </message>
    <message>
        <source>Applying the result to the product table (UI thread)</source>
        <translation>Tillämpning av resultatet på produkttabellen (UI-tråden)</translation>
    </message>
    <message>
        <source>The next paint of the product table after the change</source>
        <translation>Nästa ritning av produkttabellen efter ändringen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Vägg</translation>
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
        <translation>Ritning</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Cacheanrop</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Satser</translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation>Ange &amp;titel:</translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation>Ange &amp;pris:</translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation>Redigera markerade produkter</translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation>
            <numerusform>Tillämpa de markerade fälten på %n vald produkt.</numerusform>
            <numerusform>Tillämpa de markerade fälten på %n valda produkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>Ange titel</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Ny titel</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Ange pris</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nytt pris</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunde inte spara: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Give every selected product the new title</source>
        <translation>Ge alla markerade produkter den nya titeln</translation>
    </message>
    <message>
        <source>The title every selected product gets</source>
        <translation>Titeln som varje markerad produkt får</translation>
    </message>
    <message>
        <source>Give every selected product the new price</source>
        <translation>Ge alla markerade produkter det nya priset</translation>
    </message>
    <message>
        <source>The price every selected product gets</source>
        <translation>Priset som varje markerad produkt får</translation>
    </message>
    <message>
        <source>Save the checked fields for every selected product</source>
        <translation>Spara de markerade fälten för alla markerade produkter</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Stäng dialogen utan att spara</translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation>nyckeln &apos;%1&apos; hittades inte</translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation>ökningen eller minskningen skulle ge spill</translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation>värdet är inte ett heltal</translation>
    </message>
    <message>
        <source>the new version %1 is outside the version range (%2 to %3)</source>
        <translation>den nya versionen %1 ligger utanför versionsintervallet (%2 till %3)</translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>träff</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>miss</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 träffar</translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation>1 miss</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1 missar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Nycklar</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation>Träff/miss</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Bakände</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
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
        <translation>användning: %1</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation>timeout måste vara ett antal sekunder eller forever, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 måste vara ett heltal, inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation>okänt kommando &apos;%1&apos; (prova help)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation>flaggan &apos;%1&apos; är inte giltig här; användning: %2</translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation>versionen ligger utanför intervallet</translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation>delta ligger utanför intervallet</translation>
    </message>
    <message>
        <source>timeout must be between -%1 and %1 seconds (or forever), not &apos;%2&apos;</source>
        <translation>timeout måste vara mellan -%1 och %1 sekunder (eller forever), inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote: a &quot; string runs to the end of the line</source>
        <translation>oavslutat citattecken: en &quot;-sträng fortsätter till radens slut</translation>
    </message>
    <message>
        <source># %1 exists at version %2: get %3 version=%4</source>
        <translation># %1 finns i version %2: get %3 version=%4</translation>
    </message>
    <message>
        <source># %1 exists at versions %2: get %3 version=%4</source>
        <translation># %1 finns i versionerna %2: get %3 version=%4</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsoleWidget</name>
    <message>
        <source>The low-level cache API, as in the tutorial: get, set, get_or_set, incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)</source>
        <translation>Cachens lågnivå-API, som i handledningen: get, set, get_or_set, incr, touch, ttl… (Upp/Ned: historik, Tabb: komplettera, Ctrl+L: rensa)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolutdata</translation>
    </message>
    <message>
        <source>Each command and the cache&apos;s answer</source>
        <translation>Varje kommando och cachens svar</translation>
    </message>
    <message>
        <source>e.g. set my_key &quot;my new value&quot; timeout=120</source>
        <translation>t.ex. set my_key &quot;my new value&quot; timeout=120</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Konsolkommando</translation>
    </message>
    <message>
        <source>A cache command such as get, set or incr; Enter runs it, Up and Down walk the history, Tab completes</source>
        <translation>Ett cachekommando som get, set eller incr; Retur kör det, Upp och Ned bläddrar i historiken, Tabb kompletterar</translation>
    </message>
    <message>
        <source># connected to %1 (%2)</source>
        <translation># ansluten till %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fel: %1</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspector</name>
    <message>
        <source>The list key of version %1 holds something that is not a product list; the next load treats it as a miss.</source>
        <translation>Listnyckeln för version %1 innehåller något som inte är en produktlista; nästa laddning behandlar den som en miss.</translation>
    </message>
    <message>
        <source>The list cached for version %1 belongs to another catalogue (another database sharing this cache); it is never served.</source>
        <translation>Listan som är cachad för version %1 hör till en annan katalog (en annan databas som delar den här cachen); den serveras aldrig.</translation>
    </message>
    <message>
        <source>No list is cached for list version %1; the next load reads the database.</source>
        <translation>Ingen lista är cachad för listversion %1; nästa laddning läser databasen.</translation>
    </message>
    <message numerus="yes">
        <source>Consistent: the cached list of version %1 matches the database (%n product(s)).</source>
        <translation>
            <numerusform>Konsistent: den cachade listan för version %1 stämmer med databasen (%n produkt).</numerusform>
            <numerusform>Konsistent: den cachade listan för version %1 stämmer med databasen (%n produkter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Inconsistent: the cached list of version %1 has %2 rows, the database %3.</source>
        <translation>Inkonsistent: den cachade listan för version %1 har %2 rader, databasen %3.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Saknas i cachen: %n produkt (%1).</numerusform>
            <numerusform>Saknas i cachen: %n produkter (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra in the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Extra i cachen: %n produkt (%1).</numerusform>
            <numerusform>Extra i cachen: %n produkter (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n product(s) (%1).</source>
        <translation>
            <numerusform>Ändrad: %n produkt (%1).</numerusform>
            <numerusform>Ändrade: %n produkter (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are in another order.</source>
        <translation>Raderna är i en annan ordning.</translation>
    </message>
    <message>
        <source>binary bytes, not UTF-8 text</source>
        <translation>binära byte, inte UTF-8-text</translation>
    </message>
    <message>
        <source>The key %1 was not made by the default key function.</source>
        <translation>Nyckeln %1 skapades inte av standardnyckelfunktionen.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The list changed during the check (list version %1 became %2); run the check again.</source>
        <translation>Listan ändrades under kontrollen (listversion %1 blev %2); kör kontrollen igen.</translation>
    </message>
    <message>
        <source>The paged list cached for version %1 is incomplete (a page is missing, of another fill or inconsistent); the next load treats it as a miss.</source>
        <translation>Den sidindelade listan som är cachad för version %1 är ofullständig (en sida saknas, kommer från en annan fyllning eller är inkonsekvent); nästa laddning behandlar den som en miss.</translation>
    </message>
    <message>
        <source>Setting a value needs the value: use store().</source>
        <translation>Att sätta ett värde kräver värdet: använd store().</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspectorWidget</name>
    <message>
        <source>Inspector pages</source>
        <translation>Inspektörsidor</translation>
    </message>
    <message>
        <source>The keys of the namespace, or the invalidation log</source>
        <translation>Namnrymdens nycklar, eller ogiltigförklaringsloggen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Nycklar</translation>
    </message>
    <message>
        <source>Invalidation log</source>
        <translation>Ogiltigförklaringslogg</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Glob, e.g. product* (Enter to apply)</source>
        <translation>Glob, t.ex. product* (Retur för att tillämpa)</translation>
    </message>
    <message>
        <source>Key filter (glob)</source>
        <translation>Nyckelfilter (glob)</translation>
    </message>
    <message>
        <source>Lists only the keys that match this glob; press Enter to apply</source>
        <translation>Listar bara nycklar som matchar detta glob; tryck Retur för att tillämpa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>List the keys of the namespace again</source>
        <translation>Lista nycklarna i namnrymden igen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Ladda fler</translation>
    </message>
    <message>
        <source>List the next page of keys</source>
        <translation>Lista nästa sida med nycklar</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Ladda alla</translation>
    </message>
    <message>
        <source>Walk the whole namespace with SCAN, page by page (never KEYS)</source>
        <translation>Gå igenom hela namnrymden med SCAN, sida för sida (aldrig KEYS)</translation>
    </message>
    <message>
        <source>Cache keys</source>
        <translation>Cachenycklar</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace with type, size, TTL and version; select one to see its value</source>
        <translation>Nycklarna i den här cachens namnrymd med typ, storlek, TTL och version; markera en för att se dess värde</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Laddar %1…</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>Markera en nyckel för att se dess värde.</translation>
    </message>
    <message>
        <source>Cached product list</source>
        <translation>Cachad produktlista</translation>
    </message>
    <message>
        <source>The rows of the selected cached product list</source>
        <translation>Raderna i den markerade cachade produktlistan</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Förhandsvisning av värde</translation>
    </message>
    <message>
        <source>The selected key&apos;s value as text, or as a hex dump when it cannot be decoded</source>
        <translation>Den markerade nyckelns värde som text, eller som hexdump när det inte kan avkodas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tidsgräns i sekunder</translation>
    </message>
    <message>
        <source>The new timeout that Touch and Expire give the selected key</source>
        <translation>Den nya tidsgränsen som Touch och Expire ger den markerade nyckeln</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Ta bort den markerade nyckeln</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <source>Reset the key&apos;s expiry to the given seconds</source>
        <translation>Sätt om nyckelns utgångstid till angivet antal sekunder</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Låt gå ut</translation>
    </message>
    <message>
        <source>Let the key expire in the given seconds</source>
        <translation>Låt nyckeln gå ut om angivet antal sekunder</translation>
    </message>
    <message>
        <source>Persist</source>
        <translation>Gör beständig</translation>
    </message>
    <message>
        <source>Remove the key&apos;s expiry</source>
        <translation>Ta bort nyckelns utgångstid</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Kontrollera konsistens</translation>
    </message>
    <message>
        <source>Compare the cached list of the current list version with the database</source>
        <translation>Jämför den cachade listan för aktuell listversion med databasen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Clear namespace…</source>
        <translation>Töm namnrymden…</translation>
    </message>
    <message>
        <source>Remove every key of this cache&apos;s prefix, and nothing else</source>
        <translation>Ta bort alla nycklar med den här cachens prefix, och inget annat</translation>
    </message>
    <message>
        <source>Clear namespace</source>
        <translation>Töm namnrymden</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: time, write, products, mechanism, keys and outcome</source>
        <translation>Varje skrivnings ogiltigförklaring: tid, skrivning, produkter, mekanism, nycklar och utfall</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: which key it removed or superseded (the list version in the key), and writes that removed nothing.</source>
        <translation>Varje skrivnings ogiltigförklaring: vilken nyckel den tog bort eller ersatte (listversionen i nyckeln), och skrivningar som inte tog bort något.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Töm loggen</translation>
    </message>
    <message>
        <source>Forget the invalidations listed so far</source>
        <translation>Glöm de ogiltigförklaringar som listats hittills</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Loading every key…</source>
        <translation>Laddar alla nycklar…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n nyckel</numerusform>
            <numerusform>%n nycklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) so far; more in the namespace</source>
        <translation>
            <numerusform>%n nyckel hittills; fler i namnrymden</numerusform>
            <numerusform>%n nycklar hittills; fler i namnrymden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 finns inte längre.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Tog bort %1.</translation>
    </message>
    <message>
        <source>%1: TTL %2.</source>
        <translation>%1: TTL %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists (expired or removed).</source>
        <translation>%1 finns inte längre (har gått ut eller tagits bort).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · product list · catalogue %2 · list version %3 · %n product(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · produktlista · katalog %2 · listversion %3 · %n produkt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · produktlista · katalog %2 · listversion %3 · %n produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cannot be decoded: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · kan inte avkodas: %3</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes)</source>
        <translation>(första %1 av %2 byte)</translation>
    </message>
    <message>
        <source>Counting the keys of the namespace…</source>
        <translation>Räknar nycklarna i namnrymden…</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n key(s).</source>
        <translation>
            <numerusform>Skulle ta bort %n nyckel.</numerusform>
            <numerusform>Skulle ta bort %n nycklar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes every key of this cache&apos;s namespace and nothing else: %1 Other keys in the same Redis database are left alone.</source>
        <translation>Detta tar bort alla nycklar i den här cachens namnrymd och inget annat: %1 Andra nycklar i samma Redis-databas lämnas orörda.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed.</source>
        <translation>%1 Inget togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s) of the namespace.</source>
        <translation>
            <numerusform>Tog bort %n nyckel i namnrymden.</numerusform>
            <numerusform>Tog bort %n nycklar i namnrymden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>Cache keys by version</source>
        <translation>Cachenycklar per version</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace grouped by prefix and version; select one to see its value</source>
        <translation>Nycklarna i den här cachens namnrymd, grupperade efter prefix och version; markera en för att se dess värde</translation>
    </message>
    <message>
        <source>&amp;Group by version</source>
        <translation>&amp;Gruppera efter version</translation>
    </message>
    <message>
        <source>Group by version</source>
        <translation>Gruppera efter version</translation>
    </message>
    <message>
        <source>Show the keys as a tree: prefix, then version, then the keys</source>
        <translation>Visa nycklarna som ett träd: prefix, sedan version, sedan nycklarna</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Lägg till nyckel…</translation>
    </message>
    <message>
        <source>Store a new key: a string, a number or JSON, with a timeout</source>
        <translation>Lagra en ny nyckel: en sträng, ett tal eller JSON, med en tidsgräns</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Lägg till nyckel</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Redigera värde…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s value and timeout</source>
        <translation>Ersätt den markerade nyckelns värde och tidsgräns</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Redigera värde</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Storlek (byte)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>(other keys)</source>
        <translation>(andra nycklar)</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(inget prefix)</translation>
    </message>
    <message>
        <source>version ?</source>
        <translation>version ?</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Lagrar %1…</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>Lagrade %1.</translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation>cache-URL:en är ogiltig</translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation>okänt alternativ &apos;%1&apos; i cache-URL:en</translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation>en minnescache-URL har ingen värd eller sökväg: memory://</translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation>max_entries måste vara ett heltal, minst 1</translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation>cull_frequency måste vara ett heltal, minst 0</translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation>en redis-cache-URL behöver en värd: redis://host:port/db</translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation>redis-databasen måste vara ett tal: redis://host:port/0</translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation>en unix-socket-URL har ingen värd: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation>en unix-socket-URL behöver en absolut sökväg: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation>redis-databasen måste vara ett tal: ?db=0</translation>
    </message>
    <message>
        <source>unknown cache URL option after password= (write &amp; in a password as %26)</source>
        <translation>okänt alternativ i cache-URL:en efter password= (skriv &amp; i ett lösenord som %26)</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis://, rediss://, unix:// or redis-sentinel://)</source>
        <translation>cache-URL-schemat ”%1” stöds inte (använd memory://, redis://, rediss://, unix:// eller redis-sentinel://)</translation>
    </message>
</context>
<context>
    <name>pm::CacheValueDialog</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>A number or a JSON literal is stored as that value; anything else is stored as text</source>
        <translation>Ett tal eller en JSON-literal lagras som det värdet; allt annat lagras som text</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>för alltid</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tidsgräns i sekunder</translation>
    </message>
    <message>
        <source>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} and &quot;quoted text&quot; are stored as that JSON value; anything else as text. Ctrl+Enter stores.</source>
        <translation>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} och &quot;citerad text&quot; lagras som det JSON-värdet; allt annat som text. Ctrl+Retur lagrar.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>Vä&amp;rde:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tidsgräns:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Lagra</translation>
    </message>
</context>
<context>
    <name>pm::ChartWidget</name>
    <message>
        <source>Hit ratio and cache latency per action</source>
        <translation>Träffkvot och cachelatens per åtgärd</translation>
    </message>
    <message>
        <source>Two charts, oldest action first: the hit ratio of each action with the overall ratio, and its mean and slowest cache call</source>
        <translation>Två diagram, äldsta åtgärd först: varje åtgärds träffkvot med den totala kvoten, och dess medel- och långsammaste cacheanrop</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>inga uppslag</translation>
    </message>
    <message>
        <source>%1. %2
Hit ratio: %3
Mean call: %4 µs · slowest: %5 µs</source>
        <translation>%1. %2
Träffkvot: %3
Medelanrop: %4 µs · långsammast: %5 µs</translation>
    </message>
    <message>
        <source>No cache calls yet: load or refresh the list to draw the charts.</source>
        <translation>Inga cacheanrop ännu: ladda eller uppdatera listan för att rita diagrammen.</translation>
    </message>
    <message>
        <source>Hit ratio of the action</source>
        <translation>Åtgärdens träffkvot</translation>
    </message>
    <message>
        <source>Overall hit ratio</source>
        <translation>Total träffkvot</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>Medelanrop</translation>
    </message>
    <message>
        <source>Slowest call</source>
        <translation>Långsammaste anrop</translation>
    </message>
    <message>
        <source>Hit ratio per action</source>
        <translation>Träffkvot per åtgärd</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache latency per action</source>
        <translation>Cachelatens per åtgärd</translation>
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
        <translation>åtgärder, äldst → nyast</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionLock</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Krypterad (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation>Krypterad, certifikatet är inte verifierat</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionTester</name>
    <message>
        <source>the memory cache lives in this process: there is no server to test</source>
        <translation>minnescachen finns i den här processen: det finns ingen server att testa</translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation>PostgreSQL-URL:en har en oavslutad IPv6-adress.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation>PostgreSQL-URL:en har skräptecken efter värden.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation>PostgreSQL-URL:en har en ogiltig connect_timeout.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>PostgreSQL-URL:en behöver ett databasnamn, som i postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>Databasens plats är tom.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation>SQLite-URL:en &quot;%1&quot; måste ange en absolut filsökväg, som i sqlite:///home/me/products.db.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation>Databas-URL-schemat &quot;%1&quot; stöds inte (använd sqlite:// eller postgresql://).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Qt SQL-drivrutinen för %1 är inte installerad.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation>Databasplatsen %1 är en katalog, inte en fil.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Öppnar databasen %1</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>Konfigurerar anslutningen</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Konfigurerar databasen</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation>Databasen skrevs av en nyare version av Produkthanteraren (schemaversion %1); den här versionen förstår schemaversioner upp till %2. Uppgradera Produkthanteraren för att öppna den.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation>Databasen %1 behöver uppgraderas från schemaversion %2 till %3, men filen är skrivskyddad.</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>Skapar schemat</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Ingen migrering till schemaversion %1.</translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation>Migrerar schemat till version %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation>Databasen %1 är skrivskyddad (filen är inte skrivbar), så ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation>En skrivtransaktion är redan öppen.</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>Påbörjar en skrivning</translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation>Ingen skrivtransaktion är öppen.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Sparar ändringarna</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Rullar tillbaka</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation>databasen är upptagen: ett annat program skriver till den och blev inte klart i tid. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation>databasen är skrivskyddad, så ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation>filen är ingen produktdatabas, eller så är den skadad.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>databasen kan inte nås.</translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation>databasen avvisade ett värde som bryter mot en av dess regler.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation>disken rapporterade ett fel (den kan vara full).</translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation>åtkomst till databasen nekades.</translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation>databasen rapporterade ett fel.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 misslyckades: %2 (%3)</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Förbereder en sats</translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation>Kör en sats</translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation>Läser från databasen</translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation>SQLite-snabbvägen kräver en SQLite-anslutning.</translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation>SQLite-fel</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>disken är full. Frigör utrymme och försök igen; inget sparades.</translation>
    </message>
    <message>
        <source>Reconnecting to the database %1</source>
        <translation>Återansluter till databasen %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved. Reconnected: reload the list to check before trying again.</source>
        <translation>Anslutningen till databasen bröts under sparandet, så det är okänt om ändringen sparades. Återansluten: ladda om listan och kontrollera innan du försöker igen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved, and reconnecting failed: %1</source>
        <translation>Anslutningen till databasen bröts under sparandet, så det är okänt om ändringen sparades, och återanslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed). Reconnected: try again.</source>
        <translation>Anslutningen till databasen bröts; ändringen sparades inte (inget ändrades). Återansluten: försök igen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed), and reconnecting failed: %1</source>
        <translation>Anslutningen till databasen bröts; ändringen sparades inte (inget ändrades), och återanslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been reopened: %1</source>
        <translation>Anslutningen till databasen bröts och har öppnats igen: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost, and reconnecting failed: %1</source>
        <translation>Anslutningen till databasen bröts, och återanslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The database URL is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>Databas-URL:en är felformad: förväntade sqlite:///path eller postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid statement_timeout (milliseconds, 100–3600000).</source>
        <translation>PostgreSQL-URL:en har en ogiltig statement_timeout (millisekunder, 100–3600000).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter after password= (write &amp; in a password as %26).</source>
        <translation>PostgreSQL-URL:en har en parameter som inte stöds efter password= (skriv &amp; i ett lösenord som %26).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout, statement_timeout).</source>
        <translation>PostgreSQL-URL:en har en parameter som inte stöds, &quot;%1&quot; (stöds: host, port, user, password, dbname, connect_timeout, statement_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port (expected 1–65535).</source>
        <translation>PostgreSQL-URL:en har en ogiltig port (förväntat 1–65535).</translation>
    </message>
    <message>
        <source>%1 is open as a read-only snapshot: its folder cannot be written, so changes saved after it was opened are not shown until you open it again.</source>
        <translation>%1 är öppnad som en skrivskyddad ögonblicksbild: dess mapp är inte skrivbar, så ändringar som sparats efter att den öppnades visas inte förrän du öppnar den igen.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can browse the catalogue but not change it.</source>
        <translation>%1 är skrivskyddad: du kan bläddra i katalogen men inte ändra den.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms while saving, so it is not known whether the change was saved. Reload the list to check before trying again.</source>
        <translation>Databasen svarade inte inom %1 ms under sparandet, så det är okänt om ändringen sparades. Ladda om listan och kontrollera innan du försöker igen.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms; the change was not saved (nothing was changed).</source>
        <translation>Databasen svarade inte inom %1 ms; ändringen sparades inte (inget ändrades).</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms.</source>
        <translation>Databasen svarade inte inom %1 ms.</translation>
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
        <translation>Felsökningspanel</translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation>Cachens hälsa</translation>
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
        <translation>Filtrera anrop (operation, nyckel, ursprung…)</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Ogiltigförklara cachen</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Ta bort den cachade produktlistan; nästa laddning läser databasen</translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation>Nollställ statistik</translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation>Filtrera satser (SQL, värden, flaggor, ursprung…)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Anrop &lt;b&gt;%1&lt;/b&gt; · Tid &lt;b&gt;%2&lt;/b&gt; · Träffar &lt;b&gt;%3&lt;/b&gt; · Missar &lt;b&gt;%4&lt;/b&gt; · Träffkvot &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation>Inga cacheanrop ännu.</translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Satser &lt;b&gt;%1&lt;/b&gt; · Tid &lt;b&gt;%2&lt;/b&gt; · Liknande &lt;b&gt;%3&lt;/b&gt; · Dubbletter &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation>Cache ok</translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation>Cache ok · %1 % träffar</translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation>Cache försämrad</translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation>Cache nere</translation>
    </message>
    <message>
        <source>Filter cache calls</source>
        <translation>Filtrera cacheanrop</translation>
    </message>
    <message>
        <source>Shows only the calls whose text contains this</source>
        <translation>Visar bara anrop vars text innehåller detta</translation>
    </message>
    <message>
        <source>Clear the tables and totals of the debug panel</source>
        <translation>Töm felsökningspanelens tabeller och summor</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Cacheanrop</translation>
    </message>
    <message>
        <source>Every cache call with its operation, keys, hit or miss, duration and origin</source>
        <translation>Varje cacheanrop med operation, nycklar, träff eller miss, varaktighet och ursprung</translation>
    </message>
    <message>
        <source>Filter SQL statements</source>
        <translation>Filtrera SQL-satser</translation>
    </message>
    <message>
        <source>Shows only the statements whose text contains this</source>
        <translation>Visar bara satser vars text innehåller detta</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>SQL-satser</translation>
    </message>
    <message>
        <source>Every SQL statement with its bound values, duration, rows and similar or duplicate flags</source>
        <translation>Varje SQL-sats med bundna värden, varaktighet, rader och flaggor för liknande eller dubbletter</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektör</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsol</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Förklara</translation>
    </message>
    <message>
        <source>Show the query plan of the selected SELECT, run on the worker&apos;s connection with its bound values</source>
        <translation>Visa frågeplanen för den markerade SELECT-satsen, körd på arbetstrådens anslutning med dess bundna värden</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Frågeplan</translation>
    </message>
    <message>
        <source>The plan of the statement last explained, or why it cannot be explained</source>
        <translation>Planen för den senast förklarade satsen, eller varför den inte kan förklaras</translation>
    </message>
    <message>
        <source>Select a SELECT statement and press Explain to see its query plan.</source>
        <translation>Markera en SELECT-sats och tryck på Förklara för att se dess frågeplan.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Markera en sats först.</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained; this is %1. Running EXPLAIN on a write would not show a read plan, and EXPLAIN ANALYZE would run the write.</source>
        <translation>Bara SELECT-satser kan förklaras; detta är %1. EXPLAIN på en skrivning skulle inte visa en läsplan, och EXPLAIN ANALYZE skulle utföra skrivningen.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Förklarar…</translation>
    </message>
    <message>
        <source>The database returned no plan.</source>
        <translation>Databasen returnerade ingen plan.</translation>
    </message>
    <message>
        <source>Could not explain the statement: %1</source>
        <translation>Kunde inte förklara satsen: %1</translation>
    </message>
    <message>
        <source>The debug panel&apos;s own cache calls (inspector, console, consistency check): listed in the table, left out of the totals, the hit ratio and the badge</source>
        <translation>Felsökningspanelens egna cacheanrop (inspektör, konsol, konsekvenskontroll): listas i tabellen men räknas inte in i summorna, träffkvoten eller märket</translation>
    </message>
    <message>
        <source>Panel: %1 calls</source>
        <translation>Panelen: %1 anrop</translation>
    </message>
    <message>
        <source>showing the last %1 of %2 statements</source>
        <translation>visar de senaste %1 av %2 satser</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the application&apos;s cache calls (the debug panel&apos;s own calls left out) (F12)</source>
        <translation>Cachens hälsa, med träffkvoten för programmets cacheanrop (felsökningspanelens egna anrop undantagna) (F12)</translation>
    </message>
</context>
<context>
    <name>pm::HistoryWidget</name>
    <message>
        <source>Action history</source>
        <translation>Åtgärdshistorik</translation>
    </message>
    <message>
        <source>The last %1 actions, pinned ones first; select one to see its cache calls, SQL and timings</source>
        <translation>De senaste %1 åtgärderna, fästa först; markera en för att se dess cacheanrop, SQL och tider</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fäst</translation>
    </message>
    <message>
        <source>Keep this action beyond the last %1</source>
        <translation>Behåll den här åtgärden efter de senaste %1</translation>
    </message>
    <message>
        <source>Select an action to see its cache calls, SQL and timings.</source>
        <translation>Markera en åtgärd för att se dess cacheanrop, SQL och tider.</translation>
    </message>
    <message>
        <source>Cache calls of the selected action</source>
        <translation>Cacheanrop för den markerade åtgärden</translation>
    </message>
    <message>
        <source>Operation, keys, hit or miss, bytes and duration of each call</source>
        <translation>Operation, nycklar, träff eller miss, byte och varaktighet för varje anrop</translation>
    </message>
    <message>
        <source>SQL of the selected action</source>
        <translation>SQL för den markerade åtgärden</translation>
    </message>
    <message>
        <source>Each statement with its bound values, duration, rows and flags</source>
        <translation>Varje sats med bundna värden, varaktighet, rader och flaggor</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lossa</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · Wall &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (calls %6, hits %7, misses %8) · SQL &lt;b&gt;%9&lt;/b&gt; (statements %10) · Model &lt;b&gt;%11&lt;/b&gt; · Paint &lt;b&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kl. %2 · Vägg &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (anrop %6, träffar %7, missar %8) · SQL &lt;b&gt;%9&lt;/b&gt; (satser %10) · Modell &lt;b&gt;%11&lt;/b&gt; · Ritning &lt;b&gt;%12&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::InspectorKeyModel</name>
    <message>
        <source>forever</source>
        <translation>för alltid</translation>
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
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Storlek (byte)</translation>
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
        <translation>utgången</translation>
    </message>
</context>
<context>
    <name>pm::InvalidationLogModel</name>
    <message>
        <source>failed: %1</source>
        <translation>misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n key(s)</source>
        <translation>
            <numerusform>tog bort %n nyckel</numerusform>
            <numerusform>tog bort %n nycklar</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove; superseded by list version %1</source>
        <translation>inget att ta bort; ersatt av listversion %1</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>inget att ta bort</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mekanism</translation>
    </message>
    <message>
        <source>Keys removed or superseded</source>
        <translation>Borttagna eller ersatta nycklar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation>Produkthanteraren</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>Kunde inte öppna databasen: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation>Skapa en produkt (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation>Redigera den markerade produkten (F2, Retur)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>Redigera &amp;markerade…</translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation>Ange titel eller pris för alla markerade produkter på en gång</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation>Ta bort de markerade produkterna (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation>Ladda om produktlistan (F5)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>&amp;Ogiltigförklara cachen</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Ta bort den cachade produktlistan; nästa laddning läser databasen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation>Importera produkter från en JSON- eller CSV-fil</translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation>Lägg till &amp;demodata…</translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation>Lägg till genererade demoprodukter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation>Databas, cache och språk</translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation>&amp;Om Produkthanteraren</translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation>Om Produkthanteraren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Produkthanteraren %1&lt;/h3&gt;&lt;p&gt;En produktkatalog vars lista laddas genom en lågnivåcache som du kan se.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Sök titlar</translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation>Sök titlar (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation>&amp;Felsökningspanel</translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation>Visa eller dölj felsökningspanelen för cache och SQL</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Product count</source>
        <translation>Antal produkter</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>Antal markerade</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Skapade ”%1”.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation>
            <numerusform>Uppdaterade %Ln produkt.</numerusform>
            <numerusform>Uppdaterade %Ln produkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation>
            <numerusform>Tog bort %Ln produkt.</numerusform>
            <numerusform>Tog bort %Ln produkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation>Demodata avbröts; inget lades till.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation>
            <numerusform>Lade till %Ln demoprodukt.</numerusform>
            <numerusform>Lade till %Ln demoprodukter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation>Cache: %1 otillgänglig, listan från databasen</translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation>Cache: %1, senaste laddning en träff</translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation>Cache: %1, senaste laddning en miss</translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation>Cachen fungerar inte (%1). Listan läses från databasen.</translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation>Cachen ogiltigförklarad: nästa laddning läser databasen.</translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation>Cachen innehöll ingen produktlista; inget att ogiltigförklara.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produkt</numerusform>
            <numerusform>%Ln produkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation>
            <numerusform>%1 av %Ln produkt visas</numerusform>
            <numerusform>%1 av %Ln produkter visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln markerad</numerusform>
            <numerusform>%Ln markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Kunde inte ladda produkterna: %1</translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation>
            <numerusform>En ny katalog: lade till %Ln demoprodukt.</numerusform>
            <numerusform>En ny katalog: lade till %Ln demoprodukter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation>Inställningarna tillämpade: %1 är öppen.</translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation>Kunde inte ogiltigförklara cachen: %1</translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation>Kunde inte skapa produkten: %1</translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation>Kunde inte spara produkten: %1</translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation>Kunde inte uppdatera produkterna: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>Ta bort %Ln produkt?</numerusform>
            <numerusform>Ta bort %Ln produkter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation>Ta bort produkter</translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Du kan ångra detta med %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation>Kunde inte ta bort produkterna: %1</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>Importera produkter</translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Produktfiler (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Kunde inte importera %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation>
            <numerusform>Lägger till %Ln demoprodukt…</numerusform>
            <numerusform>Lägger till %Ln demoprodukter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation>Kunde inte lägga till demodata: %1</translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation>En annan import eller demodatagenerering pågår fortfarande.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importen avbröts; inget lades till.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>Importerade %Ln produkt.</numerusform>
            <numerusform>Importerade %Ln produkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln rad avvisades.</numerusform>
            <numerusform>%Ln rader avvisades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Fil: %2</translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation>Lägg till demodata</translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation>Antal demoprodukter att lägga till:</translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation>Inställningarna sparades. Språket gäller från nästa start.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna sparades.</translation>
    </message>
    <message>
        <source>The product catalogue: Enter or F2 edits the selected product, Del deletes it</source>
        <translation>Produktkatalogen: Retur eller F2 redigerar den markerade produkten, Del tar bort den</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Återansluten till databasen.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorterar…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Laddar produkter…</translation>
    </message>
    <message>
        <source>Loading products… %L1</source>
        <translation>Laddar produkter… %L1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln product(s); loading the rest</source>
        <translation>
            <numerusform>Första %Ln produkten; resten läses in</numerusform>
            <numerusform>Första %Ln produkterna; resten läses in</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcuts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the selected products as tab-separated text</source>
        <translation>Kopiera de markerade produkterna som tabbavgränsad text</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <comment>menu</comment>
        <translation>&amp;Sortera efter</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Stigande</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Fallande</translation>
    </message>
    <message>
        <source>&amp;Next Sort Column</source>
        <translation>&amp;Nästa sorteringskolumn</translation>
    </message>
    <message>
        <source>Sort by the next column; after the last, reverse the order</source>
        <translation>Sortera efter nästa kolumn; efter den sista vänds ordningen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln product(s).</source>
        <translation>
            <numerusform>Kopierade %Ln produkt.</numerusform>
            <numerusform>Kopierade %Ln produkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product no longer exists: another window or program deleted it. The list was reloaded.</source>
        <translation>Produkten finns inte längre: ett annat fönster eller program tog bort den. Listan laddades om.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s); the others no longer existed. The list was reloaded.</source>
        <translation>
            <numerusform>Tog bort %Ln produkt; de andra fanns inte längre. Listan laddades om.</numerusform>
            <numerusform>Tog bort %Ln produkter; de andra fanns inte längre. Listan laddades om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 (%3%)</source>
        <translation>Importerade %1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 (%3%)</source>
        <translation>Exporterade %1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Added %1 of %2 demo products (%3%)</source>
        <translation>Lade till %1 av %2 demoprodukter (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue skipped.</source>
        <translation>
            <numerusform>%Ln produkt som redan fanns i katalogen hoppades över.</numerusform>
            <numerusform>%Ln produkter som redan fanns i katalogen hoppades över.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a CSV or JSON file</source>
        <translation>Skriv hela katalogen till en CSV- eller JSON-fil</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exporten avbröts; %1 lämnades orörd.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln produkt till %1.</numerusform>
            <numerusform>Exporterade %Ln produkter till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) are already in the catalogue (same title and price).</source>
        <translation>
            <numerusform>%1 av %Ln produkt finns redan i katalogen (samma titel och pris).</numerusform>
            <numerusform>%1 av %Ln produkter finns redan i katalogen (samma titel och pris).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>Hoppa över dem</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>Importera alla</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>Ny katalog</translation>
    </message>
    <message>
        <source>This catalogue is empty. Add %L1 demo products?</source>
        <translation>Katalogen är tom. Vill du lägga till %L1 demoprodukter?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>Exportera produkter</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Kunde inte exportera till %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation>Ett pris krävs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation>&quot;%1&quot; är inget pris: ange ett belopp som %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation>Ett pris kan ha högst två decimaler.</translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation>Ett pris kan inte vara mer än %1.</translation>
    </message>
</context>
<context>
    <name>pm::Origin</name>
    <message>
        <source>open</source>
        <translation>öppna</translation>
    </message>
    <message>
        <source>load list</source>
        <translation>ladda lista</translation>
    </message>
    <message>
        <source>create</source>
        <translation>skapa</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>redigera</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>massredigering</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>ta bort</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>ångra borttagning</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>demodata</translation>
    </message>
    <message>
        <source>invalidate cache</source>
        <translation>ogiltigförklara cache</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>uppdatera</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>förklara</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspektör</translation>
    </message>
    <message>
        <source>consistency check</source>
        <translation>konsekvenskontroll</translation>
    </message>
    <message>
        <source>console</source>
        <translation>konsol</translation>
    </message>
    <message>
        <source>clear namespace</source>
        <translation>tömning av namnrymd</translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation>Redis-aviseringar kräver en redis://- eller unix://-cache-URL.</translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation>PostgreSQL-aviseringar kräver en PostgreSQL-databas.</translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Redigera produkt</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Ny produkt</translation>
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
        <translation>Titelfel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>Prisfel</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Fel vid sparande</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Pris:</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunde inte spara: %1</translation>
    </message>
    <message>
        <source>Save the product and close the dialog</source>
        <translation>Spara produkten och stäng dialogen</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Stäng dialogen utan att spara</translation>
    </message>
</context>
<context>
    <name>pm::ProductExporter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation>Priset är inget tal.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Filen är inte giltig JSON: %1 vid byte %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation>JSON-filen måste innehålla en array med {&quot;title&quot;, &quot;price&quot;}-objekt.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>Posten är inget objekt.</translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation>Titeln saknas eller är inte text.</translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation>Priset saknas eller är varken text eller ett tal.</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>CSV-filen är inte giltig UTF-8-text.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ett citerat fält avslutas inte före filens slut.</translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation>Raden har ett lösryckt citattecken; citera hela fält och dubblera citattecken inuti dem.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation>Raden har %1 fält; rubriken kräver minst %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns (found: %1).</source>
        <translation>CSV-filen behöver en rubrikrad som namnger titel- och priskolumnerna (hittade: %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
</context>
<context>
    <name>pm::ProductPreviewModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Skapad (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Uppdaterad (UTC)</translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation>Priset ligger utanför 0,00–99 999 999,99.</translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation>Listversionen saknas i databasen.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Produkt %1 finns inte.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation>Katalog-id saknas i databasen.</translation>
    </message>
    <message>
        <source>Product %1 no longer exists; nothing was changed.</source>
        <translation>Produkt %1 finns inte längre; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation>En titel krävs.</translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation>En titel kan ha högst %1 tecken; den här har %2.</translation>
    </message>
</context>
<context>
    <name>pm::ProductService</name>
    <message numerus="yes">
        <source>%n page(s) of the product list could not be cached.</source>
        <translation>
            <numerusform>%n sida av produktlistan kunde inte cachas.</numerusform>
            <numerusform>%n sidor av produktlistan kunde inte cachas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The product list has too many products to cache (%n page(s)).</source>
        <translation>
            <numerusform>Produktlistan har för många produkter för att cachas (%n sida).</numerusform>
            <numerusform>Produktlistan har för många produkter för att cachas (%n sidor).</numerusform>
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
        <translation>Pris</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation>Cachen kunde inte användas (%1); minnescachen används i stället.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained: running EXPLAIN on a write would not show a read plan.</source>
        <translation>Bara SELECT-satser kan förklaras: EXPLAIN på en skrivning skulle inte visa en läsplan.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Förklara</translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation>Oväntat svar på %1.</translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation>Nyckeln hittades inte.</translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation>Värdet är inte ett heltal.</translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation>Vägrar rensa Redis utan ett namnrymdsprefix.</translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>Redis-svaret överskrider storleksgränsen på %1 byte.</translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation>Oväntat svar på PING.</translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation>Redis svarade inte inom tidsgränsen (%1 ms).</translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>Oväntade byte efter ett Redis-svar.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>Ett Redis bulk-svar slutade inte med CRLF.</translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation>Redis accepterade anslutningen men svarade inte på handskakningen i tid.</translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation>Redis är otillgänglig (%1); nästa försök om %2 ms.</translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation>Redis-anslutningen var upptagen längre än tidsgränsen (%1 ms).</translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation>Inget felsvar.</translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation>Ingen giltig Redis-URL.</translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation>En redis://-URL behöver en värd.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Databasnumret i en redis://-URL måste vara ett heltal.</translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation>En unix://-URL behöver en absolut socketsökväg.</translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation>Redis-URL-schemat stöds inte.</translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation>En unix-socketsökväg krävs.</translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation>En Redis-värd och en port mellan 1 och 65535 krävs.</translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation>Databasnumret får inte vara negativt.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Tidsgränser måste vara positiva.</translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation>Gränserna för återförsöksfördröjning är motsägelsefulla.</translation>
    </message>
    <message>
        <source>TLS needs a TCP host (rediss://host:port).</source>
        <translation>TLS kräver en TCP-värd (rediss://host:port).</translation>
    </message>
    <message>
        <source>A client certificate needs both ssl_certfile and ssl_keyfile.</source>
        <translation>Ett klientcertifikat kräver både ssl_certfile och ssl_keyfile.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), or add allow_insecure=1 to the URL to accept this.</source>
        <translation>Redis-trafiken till en fjärrvärd är inte krypterad. Använd rediss:// (TLS) eller lägg till allow_insecure=1 i URL:en för att godta detta.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSocket</name>
    <message>
        <source>Cannot read the TLS file %1.</source>
        <translation>Kan inte läsa TLS-filen %1.</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1.</source>
        <translation>TLS kunde inte konfigureras: %1.</translation>
    </message>
    <message>
        <source>Cannot load the CA certificates %1: %2.</source>
        <translation>Kan inte läsa in CA-certifikaten %1: %2.</translation>
    </message>
    <message>
        <source>of the system</source>
        <translation>från systemet</translation>
    </message>
    <message>
        <source>Cannot use the client certificate %1: %2.</source>
        <translation>Kan inte använda klientcertifikatet %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use the private key %1 with the certificate %2: %3.</source>
        <translation>Kan inte använda den privata nyckeln %1 med certifikatet %2: %3.</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 ms.</source>
        <translation>Tidsgränsen för TLS-handskakningen överskreds efter %1 ms.</translation>
    </message>
    <message>
        <source>TLS: host name mismatch: the certificate is for %1, not %2.</source>
        <translation>TLS: värdnamnet stämmer inte: certifikatet gäller %1, inte %2.</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>andra namn</translation>
    </message>
    <message>
        <source>TLS: certificate verify failed: %1.</source>
        <translation>TLS: certifikatverifieringen misslyckades: %1.</translation>
    </message>
    <message>
        <source>TLS: the server requires a client certificate (ssl_certfile and ssl_keyfile).</source>
        <translation>TLS: servern kräver ett klientcertifikat (ssl_certfile och ssl_keyfile).</translation>
    </message>
    <message>
        <source>TLS: the server refused the client certificate: %1.</source>
        <translation>TLS: servern avvisade klientcertifikatet: %1.</translation>
    </message>
    <message>
        <source>Redis closed the connection during the TLS handshake (is this a TLS port?).</source>
        <translation>Redis stängde anslutningen under TLS-handskakningen (är detta en TLS-port?).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is this a plain redis:// port?).</source>
        <translation>TLS-handskakningen misslyckades: %1 (är detta en vanlig redis://-port?).</translation>
    </message>
    <message>
        <source>TLS failed: %1.</source>
        <translation>TLS misslyckades: %1.</translation>
    </message>
    <message>
        <source>%1 (If this port expects TLS, use a rediss:// URL.)</source>
        <translation>%1 (Om den här porten förväntar sig TLS, använd en rediss://-URL.)</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>Redis svarade inte i tid.</translation>
    </message>
    <message>
        <source>TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be loaded: %1.</source>
        <translation>TLS (rediss://) kräver OpenSSL 3 (libssl.so.3), som inte kunde läsas in: %1.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>Oväntat svar på PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>Prenumeranten stoppades.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>Ingen kanal att prenumerera på.</translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation>Oväntat svar på SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation>Redis svarade inte på en keep-alive-PING.</translation>
    </message>
</context>
<context>
    <name>pm::RespGuard</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>Redis-svaret överskrider storleksgränsen på %1 byte.</translation>
    </message>
    <message>
        <source>A Redis reply declares a string of %1 bytes; at most %2 are accepted for this command.</source>
        <translation>Ett Redis-svar anger en sträng på %1 byte; högst %2 accepteras för det här kommandot.</translation>
    </message>
    <message>
        <source>A Redis reply nests arrays deeper than %1 levels.</source>
        <translation>Ett Redis-svar nästlar arrayer djupare än %1 nivåer.</translation>
    </message>
    <message>
        <source>A Redis reply declares %1 array elements; at most %2 are accepted for this command.</source>
        <translation>Ett Redis-svar anger %1 arrayelement; högst %2 accepteras för det här kommandot.</translation>
    </message>
    <message>
        <source>Redis sent data that no command was waiting for.</source>
        <translation>Redis skickade data som inget kommando väntade på.</translation>
    </message>
    <message>
        <source>Redis sent a reply of unknown type (byte 0x%1): not the Redis protocol.</source>
        <translation>Redis skickade ett svar av okänd typ (byte 0x%1): inte Redis-protokollet.</translation>
    </message>
    <message>
        <source>A line of a Redis reply does not end with CRLF.</source>
        <translation>En rad i ett Redis-svar slutar inte med CRLF.</translation>
    </message>
    <message>
        <source>A Redis bulk string does not end with CRLF.</source>
        <translation>En Redis bulk-sträng slutar inte med CRLF.</translation>
    </message>
</context>
<context>
    <name>pm::SentinelResolver</name>
    <message>
        <source>sentinel %1 gave an unexpected answer</source>
        <translation>sentinel-servern %1 gav ett oväntat svar</translation>
    </message>
    <message>
        <source>the sentinels name the remote master %1, but Redis traffic is not encrypted: add allow_insecure=1 to the URL to accept this</source>
        <translation>sentinel-servrarna anger fjärrmastern %1, men Redis-trafiken är inte krypterad: lägg till allow_insecure=1 i URL:en för att godta detta</translation>
    </message>
    <message>
        <source>sentinels do not know service %1</source>
        <translation>sentinel-servrarna känner inte till tjänsten %1</translation>
    </message>
    <message>
        <source>no sentinel answered within the deadline</source>
        <translation>ingen sentinel-server svarade inom tidsfristen</translation>
    </message>
    <message>
        <source>no sentinel answered (tried %1)</source>
        <translation>ingen sentinel-server svarade (försökte med %1)</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as replica</source>
        <translation>mastern som sentinel-servrarna anger (%1) svarar som replik</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as %2</source>
        <translation>mastern som sentinel-servrarna anger (%1) svarar som %2</translation>
    </message>
    <message>
        <source>the Redis master changed (failover); retry</source>
        <translation>Redis-mastern har bytts (failover); försök igen</translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Databasfel</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>Cachefel</translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation>&amp;Upphör aldrig</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation>/sökväg/products.db</translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation>Bläddra efter en SQLite-fil</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Standardtidsgräns i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Upphör aldrig</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Nyckelprefix</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>Standard&amp;tidsgräns:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>Nyckel&amp;prefix:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation>En filsökväg, sqlite:///path/products.db eller postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation>Språket gäller från nästa start.</translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation>Välj en katalog</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-databaser (*.db *.sqlite *.sqlite3);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose an SQLite catalogue file</source>
        <translation>Välj en SQLite-katalogfil</translation>
    </message>
    <message>
        <source>How long a cached value lives when a call gives no timeout</source>
        <translation>Hur länge ett cachat värde lever när ett anrop inte anger någon tidsgräns</translation>
    </message>
    <message>
        <source>Cached values stay until they are deleted or invalidated</source>
        <translation>Cachade värden finns kvar tills de tas bort eller ogiltigförklaras</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <source>Save the settings; a changed database or cache reopens at once</source>
        <translation>Spara inställningarna; en ändrad databas eller cache öppnas om direkt</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Stäng dialogen utan att spara</translation>
    </message>
    <message>
        <source>Remember the database &amp;password</source>
        <translation>Kom ihåg databasens &amp;lösenord</translation>
    </message>
    <message>
        <source>Remember the cache pass&amp;word</source>
        <translation>Kom ihåg cachens lösen&amp;ord</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Använd &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Verifiera serverns certifikat</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Testa anslutnin&amp;g</translation>
    </message>
    <message>
        <source>Remember the database password</source>
        <translation>Kom ihåg databasens lösenord</translation>
    </message>
    <message>
        <source>Keep the password of the database URL in the desktop keychain</source>
        <translation>Spara lösenordet i databas-URL:en i skrivbordets nyckelring</translation>
    </message>
    <message>
        <source>Remember the cache password</source>
        <translation>Kom ihåg cachens lösenord</translation>
    </message>
    <message>
        <source>Keep the password of the cache URL in the desktop keychain</source>
        <translation>Spara lösenordet i cache-URL:en i skrivbordets nyckelring</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Använd TLS</translation>
    </message>
    <message>
        <source>Connect with rediss:// (Redis over TLS)</source>
        <translation>Anslut med rediss:// (Redis över TLS)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verifiera serverns certifikat</translation>
    </message>
    <message>
        <source>Refuse a server whose certificate the CA file does not vouch for</source>
        <translation>Avvisa en server vars certifikat CA-filen inte går i god för</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone on the way can pose as the server.</source>
        <translation>Serverns certifikat verifieras inte: vem som helst på vägen kan utge sig för att vara servern.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;fil:</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>Välj CA-certifikat</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Klient&amp;certifikat:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Välj klientcertifikat</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Klient&amp;nyckel:</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>Välj klientnyckel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bläddra efter %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutning</translation>
    </message>
    <message>
        <source>Connect to the cache server once and show what it says</source>
        <translation>Anslut till cacheservern en gång och visa vad den svarar</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Certifikat och nycklar (*.pem *.crt *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>Ingen nyckelring är tillgänglig: lösenordet sparas bara under den här sessionen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>primary (master)</source>
        <translation>primär (master)</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>replik</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>roll: %1</translation>
    </message>
    <message>
        <source>round trip: %1 ms</source>
        <translation>tur och retur: %1 ms</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] or redis-sentinel://host:port,…/db?service=NAME.</source>
        <translation>memory://, redis://[:lösenord@]värd[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] eller redis-sentinel://värd:port,…/db?service=NAMN.</translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>liknande</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Bundna värden</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Statements in this table with the same SQL: %1; with the same values too: %2</source>
        <translation>Satser i den här tabellen med samma SQL: %1; även med samma värden: %2</translation>
    </message>
</context>
<context>
    <name>pm::TimerWidget</name>
    <message>
        <source>Timed actions</source>
        <translation>Tidtagna åtgärder</translation>
    </message>
    <message>
        <source>One row per action, newest first: wall, CPU, cache, SQL, model and paint time</source>
        <translation>En rad per åtgärd, nyaste först: vägg-, CPU-, cache-, SQL-, modell- och ritningstid</translation>
    </message>
    <message>
        <source>No actions yet: load, refresh or save to see where the time goes.</source>
        <translation>Inga åtgärder ännu: ladda, uppdatera eller spara för att se vart tiden tar vägen.</translation>
    </message>
    <message>
        <source>Last &lt;b&gt;%1&lt;/b&gt; · Wall &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Model &lt;b&gt;%6&lt;/b&gt; · Paint &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>Senaste &lt;b&gt;%1&lt;/b&gt; · Vägg &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Modell &lt;b&gt;%6&lt;/b&gt; · Ritning &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::UndoController</name>
    <message>
        <source>creation of “%1”</source>
        <translation>skapande av ”%1”</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>redigering av ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln product(s)</source>
        <translation>
            <numerusform>redigering av %Ln produkt</numerusform>
            <numerusform>redigering av %Ln produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>borttagning av ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln product(s)</source>
        <translation>
            <numerusform>borttagning av %Ln produkt</numerusform>
            <numerusform>borttagning av %Ln produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln product(s)</source>
        <translation>
            <numerusform>import av %Ln produkt</numerusform>
            <numerusform>import av %Ln produkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %Ln demo product(s)</source>
        <translation>
            <numerusform>tillägg av %Ln demoprodukt</numerusform>
            <numerusform>tillägg av %Ln demoprodukter</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>Kunde inte ångra %1: %2</translation>
    </message>
    <message>
        <source>Could not redo %1: %2</source>
        <translation>Kunde inte göra om %1: %2</translation>
    </message>
    <message>
        <source>Cannot undo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>Kan inte ångra %1: produkterna finns inte längre i katalogen (borttagna på annat håll under tiden). Åtgärden togs bort från ångringshistoriken.</translation>
    </message>
    <message>
        <source>Cannot redo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>Kan inte göra om %1: produkterna finns inte längre i katalogen (borttagna på annat håll under tiden). Åtgärden togs bort från ångringshistoriken.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ångrat: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Gjort om: %1.</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2 It was removed from the undo history.</source>
        <translation>Kan inte ångra %1: %2 Åtgärden togs bort från ångringshistoriken.</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2 It was removed from the undo history.</source>
        <translation>Kan inte göra om %1: %2 Åtgärden togs bort från ångringshistoriken.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation>värdet överskrider cachens storleksgräns på %1 byte</translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation>skadat cachevärde: %1</translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation>värdet är för djupt nästlat</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>heltal utanför 64-bitarsintervallet</translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation>värden av typen %1 kan inte cachas</translation>
    </message>
    <message>
        <source>value would decode into more than %1 times its size; too sparse to cache</source>
        <translation>värdet skulle avkodas till mer än %1 gånger sin storlek; för glest för att cachas</translation>
    </message>
</context>
</TS>
