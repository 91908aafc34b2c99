<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation>Product Manager: un catálogo de productos cuya lista se carga a través de una caché de bajo nivel.</translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation>El catálogo: sqlite:///path/products.db, una ruta de archivo o postgresql://user@host/dbname. Predeterminado: products.db en el directorio de datos.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The cache: memory:// (default) or redis://host:port/db.</source>
        <translation>La caché: memory:// (predeterminada) o redis://host:port/db.</translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation>Añadir N productos de demostración generados tras abrir.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation>Importar productos desde un archivo JSON o CSV tras abrir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation>El idioma de la interfaz (p. ej. sv, de, ar).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation>--seed espera un número de 1 a 1000000.</translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation>La configuración de base de datos guardada no es válida; se usa el catálogo predeterminado.</translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation>No hay traducción para el idioma «%1»; se usa %2.</translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation>Gestor de productos</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation>Establecer &amp;título:</translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation>Establecer &amp;precio:</translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation>Editar productos seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation>
            <numerusform>Aplicar los campos marcados a %n producto seleccionado.</numerusform>
            <numerusform>Aplicar los campos marcados a %n productos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>Establecer título</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Establecer precio</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nuevo precio</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Give every selected product the new title</source>
        <translation>Dar el nuevo título a todos los productos seleccionados</translation>
    </message>
    <message>
        <source>The title every selected product gets</source>
        <translation>El título que recibe cada producto seleccionado</translation>
    </message>
    <message>
        <source>Give every selected product the new price</source>
        <translation>Dar el nuevo precio a todos los productos seleccionados</translation>
    </message>
    <message>
        <source>The price every selected product gets</source>
        <translation>El precio que recibe cada producto seleccionado</translation>
    </message>
    <message>
        <source>Save the checked fields for every selected product</source>
        <translation>Guardar los campos marcados para todos los productos seleccionados</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Cerrar el diálogo sin guardar</translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation>clave &apos;%1&apos; no encontrada</translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation>el incremento o decremento desbordaría</translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation>el valor no es un entero</translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>acierto</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 acierto</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 aciertos</translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation>1 fallo</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1 fallos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation>Acierto/fallo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsole</name>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation>timeout debe ser un número de segundos o forever, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 debe ser un número entero, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation>orden desconocida &apos;%1&apos; (pruebe help)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation>la opción &apos;%1&apos; no es válida aquí; uso: %2</translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation>la versión está fuera de rango</translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation>el delta está fuera de rango</translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation>la URL de la caché no es válida</translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation>opción de URL de caché desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation>una URL de caché en memoria no tiene host ni ruta: memory://</translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation>max_entries debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation>cull_frequency debe ser un número entero de al menos 0</translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation>una URL de caché redis necesita un host: redis://host:port/db</translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation>la base de datos redis debe ser un número: redis://host:port/0</translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation>una URL de socket unix no tiene host: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation>una URL de socket unix necesita una ruta absoluta: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation>la base de datos redis debe ser un número: ?db=0</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis:// or unix://)</source>
        <translation>esquema de URL de caché no admitido &apos;%1&apos; (use memory://, redis:// o unix://)</translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation>La URL de PostgreSQL tiene una dirección IPv6 sin terminar.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation>La URL de PostgreSQL tiene caracteres sobrantes tras el host.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation>La URL de PostgreSQL tiene un connect_timeout no válido.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout).</source>
        <translation>La URL de PostgreSQL tiene un parámetro no admitido «%1» (admitidos: host, port, user, password, dbname, connect_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port &quot;%1&quot; (expected 1–65535).</source>
        <translation>La URL de PostgreSQL tiene un puerto no válido «%1» (se espera 1–65535).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>La URL de PostgreSQL necesita un nombre de base de datos, como en postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>La ubicación de la base de datos está vacía.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>La URL de base de datos «%1» está mal formada: se espera sqlite:///path o postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation>La URL de SQLite «%1» debe indicar una ruta de archivo absoluta, como sqlite:///home/me/products.db.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation>Esquema de URL de base de datos no admitido «%1» (use sqlite:// o postgresql://).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>El controlador Qt SQL para %1 no está instalado.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation>La ubicación de la base de datos %1 es un directorio, no un archivo.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Abriendo la base de datos %1</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>Configurando la conexión</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Configurando la base de datos</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation>Esta base de datos la escribió una versión más reciente del Gestor de productos (versión de esquema %1); esta versión entiende esquemas hasta la versión %2. Actualice el Gestor de productos para abrirla.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation>La base de datos %1 necesita actualizarse de la versión de esquema %2 a la %3, pero el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>Creando el esquema</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>No hay migración a la versión de esquema %1.</translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation>Migrando el esquema a la versión %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation>La base de datos %1 es de solo lectura (el archivo no admite escritura), así que no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation>Ya hay una transacción de escritura abierta.</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>Iniciando una escritura</translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation>No hay ninguna transacción de escritura abierta.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Guardando los cambios</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Revirtiendo</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation>la base de datos está ocupada: otro programa está escribiendo y no terminó a tiempo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation>la base de datos es de solo lectura, así que no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation>el archivo no es una base de datos de productos o está dañado.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>no se puede acceder a la base de datos.</translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation>la base de datos rechazó un valor que incumple una de sus reglas.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation>el disco informó de un error (puede estar lleno).</translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation>se denegó el acceso a la base de datos.</translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation>la base de datos informó de un error.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 falló: %2 (%3)</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Preparando una sentencia</translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation>Ejecutando una sentencia</translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation>Leyendo de la base de datos</translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation>La vía rápida de SQLite necesita una conexión SQLite.</translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation>Error de SQLite</translation>
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
        <translation>Panel de depuración</translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation>Estado de la caché</translation>
    </message>
    <message>
        <source>Cache</source>
        <comment>debug panel tab</comment>
        <translation>Caché</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Filter calls (operation, key, origin…)</source>
        <translation>Filtrar llamadas (operación, clave, origen…)</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Invalidar la caché</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Quitar la lista de productos en caché; la próxima carga lee la base de datos</translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation>Restablecer estadísticas</translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation>Filtrar sentencias (SQL, valores, indicadores, origen…)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Llamadas &lt;b&gt;%1&lt;/b&gt; · Tiempo &lt;b&gt;%2&lt;/b&gt; · Aciertos &lt;b&gt;%3&lt;/b&gt; · Fallos &lt;b&gt;%4&lt;/b&gt; · Tasa de aciertos &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation>Aún no hay llamadas a la caché.</translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Sentencias &lt;b&gt;%1&lt;/b&gt; · Tiempo &lt;b&gt;%2&lt;/b&gt; · Similares &lt;b&gt;%3&lt;/b&gt; · Duplicadas &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation>Caché correcta</translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation>Caché correcta · %1 % de aciertos</translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation>Caché degradada</translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation>Caché caída</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the calls the debug panel shows (F12)</source>
        <translation>Estado de la caché, con la tasa de aciertos de las llamadas que muestra el panel de depuración (F12)</translation>
    </message>
    <message>
        <source>Filter cache calls</source>
        <translation>Filtrar llamadas a la caché</translation>
    </message>
    <message>
        <source>Shows only the calls whose text contains this</source>
        <translation>Muestra solo las llamadas cuyo texto contiene esto</translation>
    </message>
    <message>
        <source>Clear the tables and totals of the debug panel</source>
        <translation>Vaciar las tablas y los totales del panel de depuración</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Llamadas a la caché</translation>
    </message>
    <message>
        <source>Every cache call with its operation, keys, hit or miss, duration and origin</source>
        <translation>Cada llamada a la caché con su operación, claves, acierto o fallo, duración y origen</translation>
    </message>
    <message>
        <source>Filter SQL statements</source>
        <translation>Filtrar sentencias SQL</translation>
    </message>
    <message>
        <source>Shows only the statements whose text contains this</source>
        <translation>Muestra solo las sentencias cuyo texto contiene esto</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>Sentencias SQL</translation>
    </message>
    <message>
        <source>Every SQL statement with its bound values, duration, rows and similar or duplicate flags</source>
        <translation>Cada sentencia SQL con sus valores enlazados, duración, filas e indicadores de similar o duplicada</translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation>Gestor de productos</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation>Crear un producto (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation>Editar el producto seleccionado (F2, Intro)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>Editar &amp;selección…</translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation>Establecer el título o el precio de todos los productos seleccionados a la vez</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation>Eliminar los productos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation>Recargar la lista de productos (F5)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>&amp;Invalidar caché</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Quitar la lista de productos en caché; la próxima carga lee la base de datos</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation>Importar productos desde un archivo JSON o CSV</translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation>Generar datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation>Añadir productos de demostración generados</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation>Base de datos, caché e idioma</translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation>&amp;Acerca del Gestor de productos</translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation>Acerca del Gestor de productos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gestor de productos %1&lt;/h3&gt;&lt;p&gt;Un catálogo de productos cuya lista se carga a través de una caché de bajo nivel que puede observar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Buscar títulos</translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation>Buscar títulos (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation>Panel de &amp;depuración</translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation>Mostrar u ocultar el panel de depuración de caché y SQL</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Product count</source>
        <translation>Número de productos</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>Número seleccionado</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se creó «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation>
            <numerusform>Se actualizó %Ln producto.</numerusform>
            <numerusform>Se actualizaron %Ln productos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation>
            <numerusform>Se eliminó %Ln producto.</numerusform>
            <numerusform>Se eliminaron %Ln productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation>Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln product(s).</source>
        <translation>
            <numerusform>Se restauró %Ln producto.</numerusform>
            <numerusform>Se restauraron %Ln productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation>Generación cancelada; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation>
            <numerusform>Se añadió %Ln producto de demostración.</numerusform>
            <numerusform>Se añadieron %Ln productos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Caché: %1</translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation>Caché: %1 no disponible, lista desde la base de datos</translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation>Caché: %1, última carga un acierto</translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation>Caché: %1, última carga un fallo</translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation>La caché no funciona (%1). La lista se lee de la base de datos.</translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation>Caché invalidada: la próxima carga lee la base de datos.</translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation>La caché no contenía ninguna lista de productos; nada que invalidar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln producto</numerusform>
            <numerusform>%Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln producto mostrados</numerusform>
            <numerusform>%1 de %Ln productos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Delete of %n Product(s)</source>
        <translation>
            <numerusform>&amp;Deshacer eliminación de %n producto</numerusform>
            <numerusform>&amp;Deshacer eliminación de %n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>No se pudieron cargar los productos: %1</translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation>
            <numerusform>Un catálogo nuevo: se añadió %Ln producto de demostración.</numerusform>
            <numerusform>Un catálogo nuevo: se añadieron %Ln productos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation>Configuración aplicada: %1 está abierto.</translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation>No se pudo invalidar la caché: %1</translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation>No se pudo crear el producto: %1</translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation>No se pudo guardar el producto: %1</translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation>No se pudieron actualizar los productos: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln producto?</numerusform>
            <numerusform>¿Eliminar %Ln productos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation>Eliminar productos</translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Puede deshacerlo con %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation>No se pudieron eliminar los productos: %1</translation>
    </message>
    <message>
        <source>Could not undo the delete: %1</source>
        <translation>No se pudo deshacer la eliminación: %1</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Archivos de productos (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation>
            <numerusform>Añadiendo %Ln producto de demostración…</numerusform>
            <numerusform>Añadiendo %Ln productos de demostración…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation>No se pudieron añadir los datos de demostración: %1</translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation>Otra importación o generación sigue en curso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importación cancelada; no se añadió nada.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>Se importó %Ln producto.</numerusform>
            <numerusform>Se importaron %Ln productos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>Se rechazó %Ln fila.</numerusform>
            <numerusform>Se rechazaron %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Archivo: %2</translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation>Generar datos de demostración</translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation>Número de productos de demostración que añadir:</translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation>Configuración guardada. El idioma se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>The product catalogue: Enter or F2 edits the selected product, Del deletes it</source>
        <translation>El catálogo de productos: Intro o F2 edita el producto seleccionado, Supr lo elimina</translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation>El precio es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation>«%1» no es un precio: introduzca un importe como %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation>Un precio puede tener como máximo dos decimales.</translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation>Un precio no puede superar %1.</translation>
    </message>
</context>
<context>
    <name>pm::Origin</name>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>load list</source>
        <translation>carga de la lista</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>edición en bloque</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>deshacer eliminación</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>generación</translation>
    </message>
    <message>
        <source>invalidate cache</source>
        <translation>invalidar caché</translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation>Las notificaciones de Redis necesitan una URL de caché redis:// o unix://.</translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation>Las notificaciones de PostgreSQL necesitan una base de datos PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Editar producto</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Product title</source>
        <translation>Título del producto</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>Error de título</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>Error de precio</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Save the product and close the dialog</source>
        <translation>Guardar el producto y cerrar el diálogo</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Cerrar el diálogo sin guardar</translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation>El precio no es un número.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>El archivo no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation>El archivo JSON debe contener un array de objetos {&quot;title&quot;, &quot;price&quot;}.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>La entrada no es un objeto.</translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation>El título falta o no es texto.</translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation>El precio falta o no es ni texto ni un número.</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>El archivo CSV no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns.</source>
        <translation>El archivo CSV necesita una fila de encabezado que nombre las columnas de título y precio.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un campo entre comillas no se cierra antes del final del archivo.</translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation>La fila tiene una comilla suelta; entrecomille campos completos y duplique las comillas internas.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation>La fila tiene %1 campos; el encabezado necesita al menos %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation>El precio está fuera de 0,00–99.999.999,99.</translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation>Falta la versión de la lista en la base de datos.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>El producto %1 no existe.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation>Falta el identificador del catálogo en la base de datos.</translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation>Un título puede tener como máximo %1 caracteres; este tiene %2.</translation>
    </message>
</context>
<context>
    <name>pm::ProductTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation>No se pudo usar la caché (%1); se usa la caché en memoria en su lugar.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation>Respuesta inesperada a %1.</translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation>Clave no encontrada.</translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation>El valor no es un entero.</translation>
    </message>
    <message>
        <source>The result would overflow a 64-bit integer.</source>
        <translation>El resultado desbordaría un entero de 64 bits.</translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation>Se rechaza vaciar Redis sin un prefijo de espacio de nombres.</translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>La respuesta de Redis supera el límite de tamaño de %1 bytes.</translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation>Respuesta inesperada a PING.</translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation>Redis no respondió dentro del plazo (%1 ms).</translation>
    </message>
    <message>
        <source>The Redis socket failed.</source>
        <translation>El socket de Redis falló.</translation>
    </message>
    <message>
        <source>Redis closed the connection.</source>
        <translation>Redis cerró la conexión.</translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>Bytes inesperados tras una respuesta de Redis.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>Una respuesta masiva de Redis no terminó en CRLF.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to Redis.</source>
        <translation>Sin memoria al conectar con Redis.</translation>
    </message>
    <message>
        <source>Connecting to Redis timed out.</source>
        <translation>Se agotó el tiempo al conectar con Redis.</translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation>Redis aceptó la conexión pero no respondió al saludo a tiempo.</translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation>Redis no está disponible (%1); el próximo intento es en %2 ms.</translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation>La conexión con Redis siguió ocupada más allá del plazo (%1 ms).</translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation>No es una respuesta de error.</translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation>No es una URL de Redis válida.</translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation>Una URL redis:// necesita un host.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>El número de base de datos de una URL redis:// debe ser un entero.</translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation>Una URL unix:// necesita una ruta de socket absoluta.</translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported by this build.</source>
        <translation>TLS (rediss://) no está admitido en esta compilación.</translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation>Esquema de URL de Redis no admitido.</translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation>El parámetro db debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation>Los tiempos de espera deben ser enteros no negativos (milisegundos).</translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation>Se necesita una ruta de socket unix.</translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation>Se necesitan un host de Redis y un puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation>El número de base de datos no puede ser negativo.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Los tiempos de espera deben ser positivos.</translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation>Los límites de espera entre reintentos son incoherentes.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted (no TLS in hiredis 0.14). Add allow_insecure=1 to the URL to accept this.</source>
        <translation>El tráfico de Redis hacia un host remoto no está cifrado (sin TLS en hiredis 0.14). Añada allow_insecure=1 a la URL para aceptarlo.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Redis closed the connection.</source>
        <translation>Redis cerró la conexión.</translation>
    </message>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>Respuesta inesperada a PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>El suscriptor se detuvo.</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>Redis no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The Redis socket failed.</source>
        <translation>El socket de Redis falló.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>No hay ningún canal al que suscribirse.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to Redis.</source>
        <translation>Sin memoria al conectar con Redis.</translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation>Respuesta inesperada a SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation>Redis no respondió a un PING de mantenimiento.</translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Error de base de datos</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>Error de caché</translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation>&amp;Nunca caduca</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation>/ruta/products.db</translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation>Buscar un archivo SQLite</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Tiempo de caducidad predeterminado en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>Nunca caduca</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Prefijo de clave</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Caché:</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>&amp;Caducidad predeterminada:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Prefijo de clave:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation>Una ruta de archivo, sqlite:///path/products.db o postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db] or unix:///path/redis.sock[?db=N].</source>
        <translation>memory://, redis://[:contraseña@]host[:puerto][/db] o unix:///path/redis.sock[?db=N].</translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation>El idioma se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation>Elegir un catálogo</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an SQLite catalogue file</source>
        <translation>Elegir un archivo de catálogo SQLite</translation>
    </message>
    <message>
        <source>How long a cached value lives when a call gives no timeout</source>
        <translation>Cuánto vive un valor en caché cuando una llamada no indica caducidad</translation>
    </message>
    <message>
        <source>Cached values stay until they are deleted or invalidated</source>
        <translation>Los valores en caché permanecen hasta que se eliminan o invalidan</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>El idioma de la interfaz</translation>
    </message>
    <message>
        <source>Save the settings; a changed database or cache reopens at once</source>
        <translation>Guardar la configuración; una base de datos o caché modificada se reabre al momento</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Cerrar el diálogo sin guardar</translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>Earlier statements with the same SQL: %1; with the same values too: %2</source>
        <translation>Sentencias anteriores con el mismo SQL: %1; también con los mismos valores: %2</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Valores enlazados</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation>el valor supera el límite de tamaño de la caché de %1 bytes</translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation>valor de caché dañado: %1</translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation>valor anidado demasiado profundo</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>entero fuera del rango de 64 bits</translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation>los valores de tipo %1 no se pueden almacenar en caché</translation>
    </message>
</context>
</TS>
