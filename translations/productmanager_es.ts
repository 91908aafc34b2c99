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
    <message>
        <source>
Environment:
  PM_CACHE_PASSWORD  The Redis password when the cache URL has none.
  PGPASSWORD         The PostgreSQL password when the database URL has none (read by libpq, as is ~/.pgpass).
  QT_QPA_PLATFORM    offscreen runs without a display.

Exit status: 0 on success, 2 for invalid arguments.
</source>
        <translation>
Variables de entorno:
  PM_CACHE_PASSWORD  La contraseña de Redis cuando la URL de la caché no incluye ninguna.
  PGPASSWORD         La contraseña de PostgreSQL cuando la URL de la base de datos no incluye ninguna (la lee libpq, igual que ~/.pgpass).
  QT_QPA_PLATFORM    offscreen se ejecuta sin pantalla.

Estado de salida: 0 si todo va bien, 2 si los argumentos no son válidos.
</translation>
    </message>
    <message>
        <source>Add 1,000 demo products to a new, empty catalogue without asking.</source>
        <translation>Añadir 1000 productos de demostración a un catálogo nuevo y vacío sin preguntar.</translation>
    </message>
    <message>
        <source>The cache: memory:// (default), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N or redis-sentinel://host:port,host:port/db?service=NAME.</source>
        <translation>La caché: memory:// (predeterminada), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N o redis-sentinel://host:port,host:port/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Redis sent a reply with a malformed or out-of-range length or integer.</source>
        <translation>Redis envió una respuesta con una longitud o un entero mal formados o fuera de rango.</translation>
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
        <source>A redis-sentinel:// URL needs a list of sentinels: host:port,host:port.</source>
        <translation>Una URL redis-sentinel:// necesita una lista de sentinels: host:port,host:port.</translation>
    </message>
    <message>
        <source>Unknown option in a redis-sentinel:// URL (known: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; write &amp; in a password as %26).</source>
        <translation>Opción desconocida en una URL redis-sentinel:// (conocidas: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; escriba &amp; en una contraseña como %26).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs the service name: ?service=NAME.</source>
        <translation>Una URL redis-sentinel:// necesita el nombre del servicio: ?service=NAME.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>El número de base de datos en una URL redis:// debe ser un entero.</translation>
    </message>
    <message>
        <source>Unknown TLS parameter &apos;%1&apos; (known: %2).</source>
        <translation>Parámetro TLS desconocido «%1» (conocidos: %2).</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; needs a rediss:// URL.</source>
        <translation>El parámetro «%1» requiere una URL rediss://.</translation>
    </message>
    <message>
        <source>ssl_cert_reqs must be &apos;required&apos; or &apos;none&apos;.</source>
        <translation>ssl_cert_reqs debe ser &apos;required&apos; o &apos;none&apos;.</translation>
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
        <translation>Tiempo de CPU del hilo de trabajo para esta petición (tiempo real del hilo %1)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (falló)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fijado)</translation>
    </message>
    <message>
        <source>%1 (hits %2, misses %3)</source>
        <translation>%1 (aciertos %2, fallos %3)</translation>
    </message>
    <message>
        <source>From the request in the window to the answer shown</source>
        <translation>Desde la petición en la ventana hasta la respuesta mostrada</translation>
    </message>
    <message>
        <source>CPU time of the worker thread for the request</source>
        <translation>Tiempo de CPU del hilo de trabajo para la petición</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s cache calls</source>
        <translation>Suma de las llamadas a la caché de la acción</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s SQL statements</source>
        <translation>Suma de las sentencias SQL de la acción</translation>
    </message>
    <message>
        <source>Applying the result to the product table (UI thread)</source>
        <translation>Aplicación del resultado a la tabla de productos (hilo de la interfaz)</translation>
    </message>
    <message>
        <source>The next paint of the product table after the change</source>
        <translation>El siguiente pintado de la tabla de productos tras el cambio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Pintado</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Llamadas a la caché</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Sentencias</translation>
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
    <message>
        <source>the new version %1 is outside the version range (%2 to %3)</source>
        <translation>la nueva versión %1 está fuera del rango de versiones (%2 a %3)</translation>
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
    <message>
        <source>timeout must be between -%1 and %1 seconds (or forever), not &apos;%2&apos;</source>
        <translation>timeout debe estar entre -%1 y %1 segundos (o forever), no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote: a &quot; string runs to the end of the line</source>
        <translation>comilla sin cerrar: una cadena &quot; llega hasta el final de la línea</translation>
    </message>
    <message>
        <source># %1 exists at version %2: get %3 version=%4</source>
        <translation># %1 existe en la versión %2: get %3 version=%4</translation>
    </message>
    <message>
        <source># %1 exists at versions %2: get %3 version=%4</source>
        <translation># %1 existe en las versiones %2: get %3 version=%4</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsoleWidget</name>
    <message>
        <source>The low-level cache API, as in the tutorial: get, set, get_or_set, incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)</source>
        <translation>La API de caché de bajo nivel, como en el tutorial: get, set, get_or_set, incr, touch, ttl… (Arriba/Abajo: historial, Tab: completar, Ctrl+L: limpiar)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Salida de la consola</translation>
    </message>
    <message>
        <source>Each command and the cache&apos;s answer</source>
        <translation>Cada orden y la respuesta de la caché</translation>
    </message>
    <message>
        <source>e.g. set my_key &quot;my new value&quot; timeout=120</source>
        <translation>p. ej. set my_key &quot;my new value&quot; timeout=120</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Orden de la consola</translation>
    </message>
    <message>
        <source>A cache command such as get, set or incr; Enter runs it, Up and Down walk the history, Tab completes</source>
        <translation>Una orden de caché como get, set o incr; Intro la ejecuta, Arriba y Abajo recorren el historial, Tab completa</translation>
    </message>
    <message>
        <source># connected to %1 (%2)</source>
        <translation># conectado a %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspector</name>
    <message>
        <source>The list key of version %1 holds something that is not a product list; the next load treats it as a miss.</source>
        <translation>La clave de lista de la versión %1 contiene algo que no es una lista de productos; la próxima carga la trata como un fallo.</translation>
    </message>
    <message>
        <source>The list cached for version %1 belongs to another catalogue (another database sharing this cache); it is never served.</source>
        <translation>La lista en caché para la versión %1 pertenece a otro catálogo (otra base de datos que comparte esta caché); nunca se sirve.</translation>
    </message>
    <message>
        <source>No list is cached for list version %1; the next load reads the database.</source>
        <translation>No hay ninguna lista en caché para la versión de lista %1; la próxima carga lee la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Consistent: the cached list of version %1 matches the database (%n product(s)).</source>
        <translation>
            <numerusform>Coherente: la lista en caché de la versión %1 coincide con la base de datos (%n producto).</numerusform>
            <numerusform>Coherente: la lista en caché de la versión %1 coincide con la base de datos (%n productos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Inconsistent: the cached list of version %1 has %2 rows, the database %3.</source>
        <translation>Incoherente: la lista en caché de la versión %1 tiene %2 filas, la base de datos %3.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Falta en la caché: %n producto (%1).</numerusform>
            <numerusform>Faltan en la caché: %n productos (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra in the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>De más en la caché: %n producto (%1).</numerusform>
            <numerusform>De más en la caché: %n productos (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n product(s) (%1).</source>
        <translation>
            <numerusform>Cambiado: %n producto (%1).</numerusform>
            <numerusform>Cambiados: %n productos (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are in another order.</source>
        <translation>Las filas están en otro orden.</translation>
    </message>
    <message>
        <source>binary bytes, not UTF-8 text</source>
        <translation>bytes binarios, no texto UTF-8</translation>
    </message>
    <message>
        <source>The key %1 was not made by the default key function.</source>
        <translation>La clave %1 no la creó la función de clave predeterminada.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The list changed during the check (list version %1 became %2); run the check again.</source>
        <translation>La lista cambió durante la comprobación (la versión de lista %1 pasó a ser %2); vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The paged list cached for version %1 is incomplete (a page is missing, of another fill or inconsistent); the next load treats it as a miss.</source>
        <translation>La lista paginada en caché para la versión %1 está incompleta (falta una página, es de otro llenado o es incoherente); la próxima carga la trata como un fallo.</translation>
    </message>
    <message>
        <source>Setting a value needs the value: use store().</source>
        <translation>Para establecer un valor hace falta el valor: use store().</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspectorWidget</name>
    <message>
        <source>Inspector pages</source>
        <translation>Páginas del inspector</translation>
    </message>
    <message>
        <source>The keys of the namespace, or the invalidation log</source>
        <translation>Las claves del espacio de nombres, o el registro de invalidaciones</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Invalidation log</source>
        <translation>Registro de invalidaciones</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Glob, e.g. product* (Enter to apply)</source>
        <translation>Glob, p. ej. product* (Intro para aplicar)</translation>
    </message>
    <message>
        <source>Key filter (glob)</source>
        <translation>Filtro de claves (glob)</translation>
    </message>
    <message>
        <source>Lists only the keys that match this glob; press Enter to apply</source>
        <translation>Lista solo las claves que coinciden con este glob; pulse Intro para aplicar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the keys of the namespace again</source>
        <translation>Volver a listar las claves del espacio de nombres</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>List the next page of keys</source>
        <translation>Listar la siguiente página de claves</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Walk the whole namespace with SCAN, page by page (never KEYS)</source>
        <translation>Recorrer todo el espacio de nombres con SCAN, página a página (nunca KEYS)</translation>
    </message>
    <message>
        <source>Cache keys</source>
        <translation>Claves de la caché</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace with type, size, TTL and version; select one to see its value</source>
        <translation>Las claves del espacio de nombres de esta caché con tipo, tamaño, TTL y versión; seleccione una para ver su valor</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>Seleccione una clave para ver su valor.</translation>
    </message>
    <message>
        <source>Cached product list</source>
        <translation>Lista de productos en caché</translation>
    </message>
    <message>
        <source>The rows of the selected cached product list</source>
        <translation>Las filas de la lista de productos en caché seleccionada</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Vista previa del valor</translation>
    </message>
    <message>
        <source>The selected key&apos;s value as text, or as a hex dump when it cannot be decoded</source>
        <translation>El valor de la clave seleccionada como texto, o como volcado hexadecimal cuando no se puede decodificar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de caducidad en segundos</translation>
    </message>
    <message>
        <source>The new timeout that Touch and Expire give the selected key</source>
        <translation>El nuevo tiempo de caducidad que Touch y Expire dan a la clave seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Eliminar la clave seleccionada</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Reset the key&apos;s expiry to the given seconds</source>
        <translation>Restablecer la caducidad de la clave a los segundos indicados</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Hacer caducar</translation>
    </message>
    <message>
        <source>Let the key expire in the given seconds</source>
        <translation>Hacer que la clave caduque en los segundos indicados</translation>
    </message>
    <message>
        <source>Persist</source>
        <translation>Hacer permanente</translation>
    </message>
    <message>
        <source>Remove the key&apos;s expiry</source>
        <translation>Quitar la caducidad de la clave</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Comprobar la coherencia</translation>
    </message>
    <message>
        <source>Compare the cached list of the current list version with the database</source>
        <translation>Comparar la lista en caché de la versión de lista actual con la base de datos</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Clear namespace…</source>
        <translation>Vaciar el espacio de nombres…</translation>
    </message>
    <message>
        <source>Remove every key of this cache&apos;s prefix, and nothing else</source>
        <translation>Eliminar todas las claves del prefijo de esta caché, y nada más</translation>
    </message>
    <message>
        <source>Clear namespace</source>
        <translation>Vaciar el espacio de nombres</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: time, write, products, mechanism, keys and outcome</source>
        <translation>La invalidación de cada escritura: hora, escritura, productos, mecanismo, claves y resultado</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: which key it removed or superseded (the list version in the key), and writes that removed nothing.</source>
        <translation>La invalidación de cada escritura: qué clave eliminó o reemplazó (la versión de la lista en la clave), y las escrituras que no eliminaron nada.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <source>Forget the invalidations listed so far</source>
        <translation>Olvidar las invalidaciones listadas hasta ahora</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading every key…</source>
        <translation>Cargando todas las claves…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) so far; more in the namespace</source>
        <translation>
            <numerusform>%n clave por ahora; hay más en el espacio de nombres</numerusform>
            <numerusform>%n claves por ahora; hay más en el espacio de nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>%1: TTL %2.</source>
        <translation>%1: TTL %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists (expired or removed).</source>
        <translation>%1 ya no existe (caducó o se eliminó).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · product list · catalogue %2 · list version %3 · %n product(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · lista de productos · catálogo %2 · versión de lista %3 · %n producto</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · lista de productos · catálogo %2 · versión de lista %3 · %n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cannot be decoded: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · no se puede decodificar: %3</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes)</source>
        <translation>(primeros %1 de %2 bytes)</translation>
    </message>
    <message>
        <source>Counting the keys of the namespace…</source>
        <translation>Contando las claves del espacio de nombres…</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n key(s).</source>
        <translation>
            <numerusform>Eliminaría %n clave.</numerusform>
            <numerusform>Eliminaría %n claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes every key of this cache&apos;s namespace and nothing else: %1 Other keys in the same Redis database are left alone.</source>
        <translation>Esto elimina todas las claves del espacio de nombres de esta caché y nada más: %1 Las demás claves de la misma base de datos Redis no se tocan.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed.</source>
        <translation>%1 No se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s) of the namespace.</source>
        <translation>
            <numerusform>Se eliminó %n clave del espacio de nombres.</numerusform>
            <numerusform>Se eliminaron %n claves del espacio de nombres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Cache keys by version</source>
        <translation>Claves de la caché por versión</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace grouped by prefix and version; select one to see its value</source>
        <translation>Las claves del espacio de nombres de esta caché, agrupadas por prefijo y versión; seleccione una para ver su valor</translation>
    </message>
    <message>
        <source>&amp;Group by version</source>
        <translation>&amp;Agrupar por versión</translation>
    </message>
    <message>
        <source>Group by version</source>
        <translation>Agrupar por versión</translation>
    </message>
    <message>
        <source>Show the keys as a tree: prefix, then version, then the keys</source>
        <translation>Mostrar las claves como un árbol: prefijo, luego versión, luego las claves</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <source>Store a new key: a string, a number or JSON, with a timeout</source>
        <translation>Guardar una clave nueva: una cadena, un número o JSON, con un tiempo de caducidad</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Añadir clave</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Editar valor…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s value and timeout</source>
        <translation>Reemplazar el valor y la caducidad de la clave seleccionada</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>(other keys)</source>
        <translation>(otras claves)</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(sin prefijo)</translation>
    </message>
    <message>
        <source>version ?</source>
        <translation>versión ?</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>Se guardó %1.</translation>
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
        <source>unknown cache URL option after password= (write &amp; in a password as %26)</source>
        <translation>opción de URL de caché desconocida después de password= (escriba &amp; en una contraseña como %26)</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis://, rediss://, unix:// or redis-sentinel://)</source>
        <translation>esquema de URL de caché «%1» no admitido (use memory://, redis://, rediss://, unix:// o redis-sentinel://)</translation>
    </message>
</context>
<context>
    <name>pm::CacheValueDialog</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A number or a JSON literal is stored as that value; anything else is stored as text</source>
        <translation>Un número o un literal JSON se guarda como ese valor; todo lo demás se guarda como texto</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>para siempre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de caducidad en segundos</translation>
    </message>
    <message>
        <source>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} and &quot;quoted text&quot; are stored as that JSON value; anything else as text. Ctrl+Enter stores.</source>
        <translation>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} y &quot;texto entre comillas&quot; se guardan como ese valor JSON; todo lo demás, como texto. Ctrl+Intro guarda.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>V&amp;alor:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Ca&amp;ducidad:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>pm::ChartWidget</name>
    <message>
        <source>Hit ratio and cache latency per action</source>
        <translation>Tasa de aciertos y latencia de la caché por acción</translation>
    </message>
    <message>
        <source>Two charts, oldest action first: the hit ratio of each action with the overall ratio, and its mean and slowest cache call</source>
        <translation>Dos gráficos, la acción más antigua primero: la tasa de aciertos de cada acción con la global, y su llamada a la caché media y la más lenta</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>sin consultas</translation>
    </message>
    <message>
        <source>%1. %2
Hit ratio: %3
Mean call: %4 µs · slowest: %5 µs</source>
        <translation>%1. %2
Tasa de aciertos: %3
Llamada media: %4 µs · la más lenta: %5 µs</translation>
    </message>
    <message>
        <source>No cache calls yet: load or refresh the list to draw the charts.</source>
        <translation>Aún no hay llamadas a la caché: cargue o actualice la lista para dibujar los gráficos.</translation>
    </message>
    <message>
        <source>Hit ratio of the action</source>
        <translation>Tasa de aciertos de la acción</translation>
    </message>
    <message>
        <source>Overall hit ratio</source>
        <translation>Tasa de aciertos global</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>Llamada media</translation>
    </message>
    <message>
        <source>Slowest call</source>
        <translation>Llamada más lenta</translation>
    </message>
    <message>
        <source>Hit ratio per action</source>
        <translation>Tasa de aciertos por acción</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache latency per action</source>
        <translation>Latencia de la caché por acción</translation>
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
        <translation>acciones, más antigua → más reciente</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionLock</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation>Cifrado, certificado no verificado</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionTester</name>
    <message>
        <source>the memory cache lives in this process: there is no server to test</source>
        <translation>la caché en memoria reside en este proceso: no hay ningún servidor que probar</translation>
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
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>La URL de PostgreSQL necesita un nombre de base de datos, como en postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>La ubicación de la base de datos está vacía.</translation>
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
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>el disco está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Reconnecting to the database %1</source>
        <translation>Reconectando a la base de datos %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved. Reconnected: reload the list to check before trying again.</source>
        <translation>Se perdió la conexión con la base de datos al guardar, así que no se sabe si el cambio se guardó. Reconectado: recargue la lista para comprobarlo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved, and reconnecting failed: %1</source>
        <translation>Se perdió la conexión con la base de datos al guardar, así que no se sabe si el cambio se guardó, y la reconexión falló: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed). Reconnected: try again.</source>
        <translation>Se perdió la conexión con la base de datos; el cambio no se guardó (no se modificó nada). Reconectado: vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed), and reconnecting failed: %1</source>
        <translation>Se perdió la conexión con la base de datos; el cambio no se guardó (no se modificó nada) y la reconexión falló: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been reopened: %1</source>
        <translation>Se perdió la conexión con la base de datos y se ha vuelto a abrir: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost, and reconnecting failed: %1</source>
        <translation>Se perdió la conexión con la base de datos y la reconexión falló: %1</translation>
    </message>
    <message>
        <source>The database URL is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>La URL de base de datos está mal formada: se espera sqlite:///path o postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid statement_timeout (milliseconds, 100–3600000).</source>
        <translation>La URL de PostgreSQL tiene un statement_timeout no válido (milisegundos, 100–3600000).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter after password= (write &amp; in a password as %26).</source>
        <translation>La URL de PostgreSQL tiene un parámetro no admitido después de password= (escriba &amp; en una contraseña como %26).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout, statement_timeout).</source>
        <translation>La URL de PostgreSQL tiene un parámetro no admitido «%1» (admitidos: host, port, user, password, dbname, connect_timeout, statement_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port (expected 1–65535).</source>
        <translation>La URL de PostgreSQL tiene un puerto no válido (se espera 1–65535).</translation>
    </message>
    <message>
        <source>%1 is open as a read-only snapshot: its folder cannot be written, so changes saved after it was opened are not shown until you open it again.</source>
        <translation>%1 se abrió como instantánea de solo lectura: no se puede escribir en su carpeta, así que los cambios guardados después de abrirla no se muestran hasta que vuelva a abrirla.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can browse the catalogue but not change it.</source>
        <translation>%1 es de solo lectura: puede explorar el catálogo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms while saving, so it is not known whether the change was saved. Reload the list to check before trying again.</source>
        <translation>La base de datos no respondió en %1 ms al guardar, así que no se sabe si el cambio se guardó. Recargue la lista para comprobarlo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms; the change was not saved (nothing was changed).</source>
        <translation>La base de datos no respondió en %1 ms; el cambio no se guardó (no se modificó nada).</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms.</source>
        <translation>La base de datos no respondió en %1 ms.</translation>
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
    <message>
        <source>Timer</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Show the query plan of the selected SELECT, run on the worker&apos;s connection with its bound values</source>
        <translation>Mostrar el plan de la SELECT seleccionada, ejecutada en la conexión del hilo de trabajo con sus valores enlazados</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Plan de consulta</translation>
    </message>
    <message>
        <source>The plan of the statement last explained, or why it cannot be explained</source>
        <translation>El plan de la última sentencia explicada, o por qué no se puede explicar</translation>
    </message>
    <message>
        <source>Select a SELECT statement and press Explain to see its query plan.</source>
        <translation>Seleccione una sentencia SELECT y pulse Explicar para ver su plan de consulta.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Seleccione primero una sentencia.</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained; this is %1. Running EXPLAIN on a write would not show a read plan, and EXPLAIN ANALYZE would run the write.</source>
        <translation>Solo se pueden explicar sentencias SELECT; esta es %1. Ejecutar EXPLAIN sobre una escritura no mostraría un plan de lectura, y EXPLAIN ANALYZE ejecutaría la escritura.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explicando…</translation>
    </message>
    <message>
        <source>The database returned no plan.</source>
        <translation>La base de datos no devolvió ningún plan.</translation>
    </message>
    <message>
        <source>Could not explain the statement: %1</source>
        <translation>No se pudo explicar la sentencia: %1</translation>
    </message>
    <message>
        <source>The debug panel&apos;s own cache calls (inspector, console, consistency check): listed in the table, left out of the totals, the hit ratio and the badge</source>
        <translation>Las llamadas a la caché del propio panel de depuración (inspector, consola, comprobación de coherencia): aparecen en la tabla, pero no cuentan en los totales, la tasa de aciertos ni la insignia</translation>
    </message>
    <message>
        <source>Panel: %1 calls</source>
        <translation>Panel: %1 llamadas</translation>
    </message>
    <message>
        <source>showing the last %1 of %2 statements</source>
        <translation>mostrando las últimas %1 de %2 sentencias</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the application&apos;s cache calls (the debug panel&apos;s own calls left out) (F12)</source>
        <translation>Estado de la caché, con la tasa de aciertos de las llamadas a la caché de la aplicación (sin las llamadas del propio panel de depuración) (F12)</translation>
    </message>
</context>
<context>
    <name>pm::HistoryWidget</name>
    <message>
        <source>Action history</source>
        <translation>Historial de acciones</translation>
    </message>
    <message>
        <source>The last %1 actions, pinned ones first; select one to see its cache calls, SQL and timings</source>
        <translation>Las últimas %1 acciones, primero las fijadas; seleccione una para ver sus llamadas a la caché, su SQL y sus tiempos</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Keep this action beyond the last %1</source>
        <translation>Conservar esta acción más allá de las últimas %1</translation>
    </message>
    <message>
        <source>Select an action to see its cache calls, SQL and timings.</source>
        <translation>Seleccione una acción para ver sus llamadas a la caché, su SQL y sus tiempos.</translation>
    </message>
    <message>
        <source>Cache calls of the selected action</source>
        <translation>Llamadas a la caché de la acción seleccionada</translation>
    </message>
    <message>
        <source>Operation, keys, hit or miss, bytes and duration of each call</source>
        <translation>Operación, claves, acierto o fallo, bytes y duración de cada llamada</translation>
    </message>
    <message>
        <source>SQL of the selected action</source>
        <translation>SQL de la acción seleccionada</translation>
    </message>
    <message>
        <source>Each statement with its bound values, duration, rows and flags</source>
        <translation>Cada sentencia con sus valores enlazados, duración, filas e indicadores</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · Wall &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (calls %6, hits %7, misses %8) · SQL &lt;b&gt;%9&lt;/b&gt; (statements %10) · Model &lt;b&gt;%11&lt;/b&gt; · Paint &lt;b&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a las %2 · Real &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Caché &lt;b&gt;%5&lt;/b&gt; (llamadas %6, aciertos %7, fallos %8) · SQL &lt;b&gt;%9&lt;/b&gt; (sentencias %10) · Modelo &lt;b&gt;%11&lt;/b&gt; · Pintado &lt;b&gt;%12&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::InspectorKeyModel</name>
    <message>
        <source>forever</source>
        <translation>para siempre</translation>
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
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
</context>
<context>
    <name>pm::InvalidationLogModel</name>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n key(s)</source>
        <translation>
            <numerusform>se eliminó %n clave</numerusform>
            <numerusform>se eliminaron %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove; superseded by list version %1</source>
        <translation>nada que eliminar; reemplazada por la versión de lista %1</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>nada que eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Keys removed or superseded</source>
        <translation>Claves eliminadas o reemplazadas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
    <message>
        <source>Reconnected to the database.</source>
        <translation>Reconectado a la base de datos.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Cargando productos…</translation>
    </message>
    <message>
        <source>Loading products… %L1</source>
        <translation>Cargando productos… %L1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln product(s); loading the rest</source>
        <translation>
            <numerusform>Primer %Ln producto; cargando el resto</numerusform>
            <numerusform>Primeros %Ln productos; cargando el resto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcuts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected products as tab-separated text</source>
        <translation>Copiar los productos seleccionados como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <comment>menu</comment>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Ascendente</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <source>&amp;Next Sort Column</source>
        <translation>&amp;Siguiente columna de ordenación</translation>
    </message>
    <message>
        <source>Sort by the next column; after the last, reverse the order</source>
        <translation>Ordenar por la siguiente columna; tras la última, invertir el orden</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln product(s).</source>
        <translation>
            <numerusform>Se copió %Ln producto.</numerusform>
            <numerusform>Se copiaron %Ln productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product no longer exists: another window or program deleted it. The list was reloaded.</source>
        <translation>El producto ya no existe: otra ventana u otro programa lo eliminó. Se recargó la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s); the others no longer existed. The list was reloaded.</source>
        <translation>
            <numerusform>Se eliminó %Ln producto; los demás ya no existían. Se recargó la lista.</numerusform>
            <numerusform>Se eliminaron %Ln productos; los demás ya no existían. Se recargó la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 (%3%)</source>
        <translation>Importados %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 (%3%)</source>
        <translation>Exportados %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Added %1 of %2 demo products (%3%)</source>
        <translation>Añadidos %1 de %2 productos de demostración (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue skipped.</source>
        <translation>
            <numerusform>Se omitió %Ln producto que ya estaba en el catálogo.</numerusform>
            <numerusform>Se omitieron %Ln productos que ya estaban en el catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a CSV or JSON file</source>
        <translation>Escribir todo el catálogo en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportación cancelada; %1 quedó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln producto a %1.</numerusform>
            <numerusform>Se exportaron %Ln productos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) are already in the catalogue (same title and price).</source>
        <translation>
            <numerusform>Ya hay en el catálogo %1 de %Ln producto (mismo título y precio).</numerusform>
            <numerusform>Ya hay en el catálogo %1 de %Ln productos (mismo título y precio).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>Importar todos</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>Catálogo nuevo</translation>
    </message>
    <message>
        <source>This catalogue is empty. Add %L1 demo products?</source>
        <translation>Este catálogo está vacío. ¿Añadir %L1 productos de demostración?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
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
    <message>
        <source>refresh</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>explicar</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>consistency check</source>
        <translation>comprobación de coherencia</translation>
    </message>
    <message>
        <source>console</source>
        <translation>consola</translation>
    </message>
    <message>
        <source>clear namespace</source>
        <translation>vaciado del espacio de nombres</translation>
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
    <name>pm::ProductExporter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo %1: %2</translation>
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
    <message>
        <source>The CSV file needs a header row naming the title and price columns (found: %1).</source>
        <translation>El archivo CSV necesita una fila de encabezado que nombre las columnas de título y precio (encontrado: %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Actualizado (UTC)</translation>
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
    <message>
        <source>Product %1 no longer exists; nothing was changed.</source>
        <translation>El producto %1 ya no existe; no se cambió nada.</translation>
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
    <name>pm::ProductService</name>
    <message numerus="yes">
        <source>%n page(s) of the product list could not be cached.</source>
        <translation>
            <numerusform>No se pudo almacenar en caché %n página de la lista de productos.</numerusform>
            <numerusform>No se pudieron almacenar en caché %n páginas de la lista de productos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The product list has too many products to cache (%n page(s)).</source>
        <translation>
            <numerusform>La lista de productos tiene demasiados productos para almacenarla en caché (%n página).</numerusform>
            <numerusform>La lista de productos tiene demasiados productos para almacenarla en caché (%n páginas).</numerusform>
        </translation>
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
    <message>
        <source>Only SELECT statements can be explained: running EXPLAIN on a write would not show a read plan.</source>
        <translation>Solo se pueden explicar sentencias SELECT: ejecutar EXPLAIN sobre una escritura no mostraría un plan de lectura.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
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
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>Bytes inesperados tras una respuesta de Redis.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>Una respuesta masiva de Redis no terminó en CRLF.</translation>
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
        <source>Unsupported Redis URL scheme.</source>
        <translation>Esquema de URL de Redis no admitido.</translation>
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
        <source>TLS needs a TCP host (rediss://host:port).</source>
        <translation>TLS requiere un host TCP (rediss://host:port).</translation>
    </message>
    <message>
        <source>A client certificate needs both ssl_certfile and ssl_keyfile.</source>
        <translation>Un certificado de cliente requiere tanto ssl_certfile como ssl_keyfile.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), or add allow_insecure=1 to the URL to accept this.</source>
        <translation>El tráfico de Redis hacia un host remoto no está cifrado. Use rediss:// (TLS) o añada allow_insecure=1 a la URL para aceptarlo.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSocket</name>
    <message>
        <source>Cannot read the TLS file %1.</source>
        <translation>No se puede leer el archivo TLS %1.</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1.</source>
        <translation>No se pudo configurar TLS: %1.</translation>
    </message>
    <message>
        <source>Cannot load the CA certificates %1: %2.</source>
        <translation>No se pueden cargar los certificados de CA %1: %2.</translation>
    </message>
    <message>
        <source>of the system</source>
        <translation>del sistema</translation>
    </message>
    <message>
        <source>Cannot use the client certificate %1: %2.</source>
        <translation>No se puede usar el certificado de cliente %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use the private key %1 with the certificate %2: %3.</source>
        <translation>No se puede usar la clave privada %1 con el certificado %2: %3.</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 ms.</source>
        <translation>Se agotó el tiempo de espera de la negociación TLS tras %1 ms.</translation>
    </message>
    <message>
        <source>TLS: host name mismatch: the certificate is for %1, not %2.</source>
        <translation>TLS: el nombre de host no coincide: el certificado es para %1, no para %2.</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>otros nombres</translation>
    </message>
    <message>
        <source>TLS: certificate verify failed: %1.</source>
        <translation>TLS: falló la verificación del certificado: %1.</translation>
    </message>
    <message>
        <source>TLS: the server requires a client certificate (ssl_certfile and ssl_keyfile).</source>
        <translation>TLS: el servidor requiere un certificado de cliente (ssl_certfile y ssl_keyfile).</translation>
    </message>
    <message>
        <source>TLS: the server refused the client certificate: %1.</source>
        <translation>TLS: el servidor rechazó el certificado de cliente: %1.</translation>
    </message>
    <message>
        <source>Redis closed the connection during the TLS handshake (is this a TLS port?).</source>
        <translation>Redis cerró la conexión durante la negociación TLS (¿es este un puerto TLS?).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is this a plain redis:// port?).</source>
        <translation>Falló la negociación TLS: %1 (¿es un puerto redis:// sin cifrar?).</translation>
    </message>
    <message>
        <source>TLS failed: %1.</source>
        <translation>Error de TLS: %1.</translation>
    </message>
    <message>
        <source>%1 (If this port expects TLS, use a rediss:// URL.)</source>
        <translation>%1 (Si este puerto espera TLS, use una URL rediss://.)</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>Redis no respondió a tiempo.</translation>
    </message>
    <message>
        <source>TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be loaded: %1.</source>
        <translation>TLS (rediss://) necesita OpenSSL 3 (libssl.so.3), que no se pudo cargar: %1.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>Respuesta inesperada a PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>El suscriptor se detuvo.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>No hay ningún canal al que suscribirse.</translation>
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
    <name>pm::RespGuard</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>La respuesta de Redis supera el límite de tamaño de %1 bytes.</translation>
    </message>
    <message>
        <source>A Redis reply declares a string of %1 bytes; at most %2 are accepted for this command.</source>
        <translation>Una respuesta de Redis declara una cadena de %1 bytes; para esta orden se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>A Redis reply nests arrays deeper than %1 levels.</source>
        <translation>Una respuesta de Redis anida arrays a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>A Redis reply declares %1 array elements; at most %2 are accepted for this command.</source>
        <translation>Una respuesta de Redis declara %1 elementos de array; para esta orden se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>Redis sent data that no command was waiting for.</source>
        <translation>Redis envió datos que ninguna orden esperaba.</translation>
    </message>
    <message>
        <source>Redis sent a reply of unknown type (byte 0x%1): not the Redis protocol.</source>
        <translation>Redis envió una respuesta de tipo desconocido (byte 0x%1): no es el protocolo de Redis.</translation>
    </message>
    <message>
        <source>A line of a Redis reply does not end with CRLF.</source>
        <translation>Una línea de una respuesta de Redis no termina en CRLF.</translation>
    </message>
    <message>
        <source>A Redis bulk string does not end with CRLF.</source>
        <translation>Una cadena masiva de Redis no termina en CRLF.</translation>
    </message>
</context>
<context>
    <name>pm::SentinelResolver</name>
    <message>
        <source>sentinel %1 gave an unexpected answer</source>
        <translation>el sentinel %1 dio una respuesta inesperada</translation>
    </message>
    <message>
        <source>the sentinels name the remote master %1, but Redis traffic is not encrypted: add allow_insecure=1 to the URL to accept this</source>
        <translation>los sentinels indican el maestro remoto %1, pero el tráfico de Redis no está cifrado: añada allow_insecure=1 a la URL para aceptarlo</translation>
    </message>
    <message>
        <source>sentinels do not know service %1</source>
        <translation>los sentinels no conocen el servicio %1</translation>
    </message>
    <message>
        <source>no sentinel answered within the deadline</source>
        <translation>ningún sentinel respondió dentro del plazo</translation>
    </message>
    <message>
        <source>no sentinel answered (tried %1)</source>
        <translation>ningún sentinel respondió (probados: %1)</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as replica</source>
        <translation>el maestro indicado por los sentinels (%1) responde como réplica</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as %2</source>
        <translation>el maestro indicado por los sentinels (%1) responde como %2</translation>
    </message>
    <message>
        <source>the Redis master changed (failover); retry</source>
        <translation>el maestro de Redis cambió (conmutación por error); vuelva a intentarlo</translation>
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
    <message>
        <source>Remember the database &amp;password</source>
        <translation>Recordar la &amp;contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Remember the cache pass&amp;word</source>
        <translation>Recordar la c&amp;ontraseña de la caché</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Usar &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <source>Remember the database password</source>
        <translation>Recordar la contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Keep the password of the database URL in the desktop keychain</source>
        <translation>Guardar la contraseña de la URL de la base de datos en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Remember the cache password</source>
        <translation>Recordar la contraseña de la caché</translation>
    </message>
    <message>
        <source>Keep the password of the cache URL in the desktop keychain</source>
        <translation>Guardar la contraseña de la URL de la caché en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>Connect with rediss:// (Redis over TLS)</source>
        <translation>Conectar con rediss:// (Redis sobre TLS)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Refuse a server whose certificate the CA file does not vouch for</source>
        <translation>Rechazar un servidor cuyo certificado no esté avalado por el archivo de CA</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone on the way can pose as the server.</source>
        <translation>El certificado del servidor no se verifica: cualquiera en el camino puede hacerse pasar por el servidor.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Archivo de CA:</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>Elegir los certificados de CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificado de cliente:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Elegir el certificado de cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>Elegir la clave de cliente</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connect to the cache server once and show what it says</source>
        <translation>Conectar una vez al servidor de caché y mostrar su respuesta</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Certificados y claves (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>No hay ningún llavero disponible: la contraseña solo se guarda durante esta sesión</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>primary (master)</source>
        <translation>principal (maestro)</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <source>round trip: %1 ms</source>
        <translation>ida y vuelta: %1 ms</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] or redis-sentinel://host:port,…/db?service=NAME.</source>
        <translation>memory://, redis://[:contraseña@]host[:puerto][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] o redis-sentinel://host:puerto,…/db?service=NOMBRE.</translation>
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
    <message>
        <source>Statements in this table with the same SQL: %1; with the same values too: %2</source>
        <translation>Sentencias de esta tabla con el mismo SQL: %1; también con los mismos valores: %2</translation>
    </message>
</context>
<context>
    <name>pm::TimerWidget</name>
    <message>
        <source>Timed actions</source>
        <translation>Acciones cronometradas</translation>
    </message>
    <message>
        <source>One row per action, newest first: wall, CPU, cache, SQL, model and paint time</source>
        <translation>Una fila por acción, la más reciente primero: tiempo real, de CPU, de caché, de SQL, de modelo y de pintado</translation>
    </message>
    <message>
        <source>No actions yet: load, refresh or save to see where the time goes.</source>
        <translation>Aún no hay acciones: cargue, actualice o guarde para ver adónde va el tiempo.</translation>
    </message>
    <message>
        <source>Last &lt;b&gt;%1&lt;/b&gt; · Wall &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Model &lt;b&gt;%6&lt;/b&gt; · Paint &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>Última &lt;b&gt;%1&lt;/b&gt; · Real &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Caché &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Modelo &lt;b&gt;%6&lt;/b&gt; · Pintado &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::UndoController</name>
    <message>
        <source>creation of “%1”</source>
        <translation>la creación de «%1»</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>la edición de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln product(s)</source>
        <translation>
            <numerusform>la edición de %Ln producto</numerusform>
            <numerusform>la edición de %Ln productos</numerusform>
        </translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>la eliminación de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln product(s)</source>
        <translation>
            <numerusform>la eliminación de %Ln producto</numerusform>
            <numerusform>la eliminación de %Ln productos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln product(s)</source>
        <translation>
            <numerusform>la importación de %Ln producto</numerusform>
            <numerusform>la importación de %Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %Ln demo product(s)</source>
        <translation>
            <numerusform>la adición de %Ln producto de demostración</numerusform>
            <numerusform>la adición de %Ln productos de demostración</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>No se pudo deshacer %1: %2</translation>
    </message>
    <message>
        <source>Could not redo %1: %2</source>
        <translation>No se pudo rehacer %1: %2</translation>
    </message>
    <message>
        <source>Cannot undo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>No se puede deshacer %1: los productos ya no están en el catálogo (se eliminaron en otro lugar mientras tanto). Se quitó del historial de deshacer.</translation>
    </message>
    <message>
        <source>Cannot redo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>No se puede rehacer %1: los productos ya no están en el catálogo (se eliminaron en otro lugar mientras tanto). Se quitó del historial de deshacer.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Se deshizo %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Se rehízo %1.</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2 It was removed from the undo history.</source>
        <translation>No se puede deshacer %1: %2 Se quitó del historial de deshacer.</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2 It was removed from the undo history.</source>
        <translation>No se puede rehacer %1: %2 Se quitó del historial de deshacer.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
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
    <message>
        <source>value would decode into more than %1 times its size; too sparse to cache</source>
        <translation>el valor se decodificaría en más de %1 veces su tamaño; demasiado disperso para almacenarlo en caché</translation>
    </message>
</context>
</TS>
