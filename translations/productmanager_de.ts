<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache: memory:// (default) or redis://host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::CacheConsole</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis:// or unix://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port &quot;%1&quot; (expected 1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::DebugPanel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <comment>debug panel tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter calls (operation, key, origin…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the calls the debug panel shows (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Delete of %n Product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo the delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result would overflow a 64-bit integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis socket failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while connecting to Redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Redis timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted (no TLS in hiredis 0.14). Add allow_insecure=1 to the URL to accept this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Redis closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis socket failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while connecting to Redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db] or unix:///path/redis.sock[?db=N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier statements with the same SQL: %1; with the same values too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
