<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation>Product Manager : un catalogue de produits dont la liste est chargée via un cache de bas niveau.</translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation>Le catalogue : sqlite:///path/products.db, un chemin de fichier ou postgresql://user@host/dbname. Par défaut : products.db dans le dossier de données.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation>Ajouter N produits de démonstration générés après l&apos;ouverture.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation>Importer des produits depuis un fichier JSON ou CSV après l&apos;ouverture.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation>La langue de l&apos;interface (par ex. sv, de, ar).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation>--seed attend un nombre entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation>Le paramètre de base de données enregistré n&apos;est pas valide ; le catalogue par défaut est utilisé.</translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation>Aucune traduction pour la langue « %1 » ; utilisation de %2.</translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation>Gestionnaire de produits</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
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
Variables d&apos;environnement :
  PM_CACHE_PASSWORD  Le mot de passe Redis quand l&apos;URL du cache n&apos;en contient pas.
  PGPASSWORD         Le mot de passe PostgreSQL quand l&apos;URL de la base de données n&apos;en contient pas (lu par libpq, comme ~/.pgpass).
  QT_QPA_PLATFORM    offscreen s&apos;exécute sans affichage.

Code de sortie : 0 en cas de succès, 2 pour des arguments non valides.
</translation>
    </message>
    <message>
        <source>Add 1,000 demo products to a new, empty catalogue without asking.</source>
        <translation>Ajouter 1 000 produits de démonstration à un nouveau catalogue vide sans demander.</translation>
    </message>
    <message>
        <source>The cache: memory:// (default), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N or redis-sentinel://host:port,host:port/db?service=NAME.</source>
        <translation>Le cache : memory:// (par défaut), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N ou redis-sentinel://host:port,host:port/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Redis sent a reply with a malformed or out-of-range length or integer.</source>
        <translation>Redis a envoyé une réponse dont une longueur ou un entier est mal formé ou hors limites.</translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation>Le paramètre db doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation>Les délais d&apos;expiration doivent être des entiers positifs ou nuls (en millisecondes).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs a list of sentinels: host:port,host:port.</source>
        <translation>Une URL redis-sentinel:// nécessite une liste de sentinelles : host:port,host:port.</translation>
    </message>
    <message>
        <source>Unknown option in a redis-sentinel:// URL (known: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; write &amp; in a password as %26).</source>
        <translation>Option inconnue dans une URL redis-sentinel:// (options connues : service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure ; écrivez &amp; dans un mot de passe sous la forme %26).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs the service name: ?service=NAME.</source>
        <translation>Une URL redis-sentinel:// nécessite le nom du service : ?service=NAME.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Le numéro de base de données dans une URL redis:// doit être un entier.</translation>
    </message>
    <message>
        <source>Unknown TLS parameter &apos;%1&apos; (known: %2).</source>
        <translation>Paramètre TLS inconnu « %1 » (paramètres connus : %2).</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; needs a rediss:// URL.</source>
        <translation>Le paramètre « %1 » nécessite une URL rediss://.</translation>
    </message>
    <message>
        <source>ssl_cert_reqs must be &apos;required&apos; or &apos;none&apos;.</source>
        <translation>ssl_cert_reqs doit valoir &apos;required&apos; ou &apos;none&apos;.</translation>
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
        <translation>Temps CPU du thread de travail pour cette requête (temps réel du thread %1)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglé)</translation>
    </message>
    <message>
        <source>%1 (hits %2, misses %3)</source>
        <translation>%1 (succès %2, échecs %3)</translation>
    </message>
    <message>
        <source>From the request in the window to the answer shown</source>
        <translation>De la requête dans la fenêtre à la réponse affichée</translation>
    </message>
    <message>
        <source>CPU time of the worker thread for the request</source>
        <translation>Temps CPU du thread de travail pour la requête</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s cache calls</source>
        <translation>Somme des appels au cache de l&apos;action</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s SQL statements</source>
        <translation>Somme des requêtes SQL de l&apos;action</translation>
    </message>
    <message>
        <source>Applying the result to the product table (UI thread)</source>
        <translation>Application du résultat au tableau des produits (thread de l&apos;interface)</translation>
    </message>
    <message>
        <source>The next paint of the product table after the change</source>
        <translation>Le prochain dessin du tableau des produits après la modification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Réel</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Appels au cache</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation>Définir le &amp;titre :</translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation>Définir le &amp;prix :</translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation>Modifier les produits sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation>
            <numerusform>Appliquer les champs cochés à %n produit sélectionné.</numerusform>
            <numerusform>Appliquer les champs cochés aux %n produits sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>Définir le titre</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>Définir le prix</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nouveau prix</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give every selected product the new title</source>
        <translation>Donner le nouveau titre à tous les produits sélectionnés</translation>
    </message>
    <message>
        <source>The title every selected product gets</source>
        <translation>Le titre que reçoit chaque produit sélectionné</translation>
    </message>
    <message>
        <source>Give every selected product the new price</source>
        <translation>Donner le nouveau prix à tous les produits sélectionnés</translation>
    </message>
    <message>
        <source>The price every selected product gets</source>
        <translation>Le prix que reçoit chaque produit sélectionné</translation>
    </message>
    <message>
        <source>Save the checked fields for every selected product</source>
        <translation>Enregistrer les champs cochés pour tous les produits sélectionnés</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Fermer la boîte de dialogue sans enregistrer</translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation>clé &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation>l&apos;incrément ou le décrément déborderait</translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation>la valeur n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>the new version %1 is outside the version range (%2 to %3)</source>
        <translation>la nouvelle version %1 est hors de la plage des versions (%2 à %3)</translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 succès</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 succès</translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation>1 échec</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1 échecs</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation>Succès/échec</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsole</name>
    <message>
        <source>usage: %1</source>
        <translation>usage : %1</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation>timeout doit être un nombre de secondes ou forever, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre entier, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation>commande inconnue &apos;%1&apos; (essayez help)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation>l&apos;option &apos;%1&apos; n&apos;est pas valide ici ; usage : %2</translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation>la version est hors limites</translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation>le delta est hors limites</translation>
    </message>
    <message>
        <source>timeout must be between -%1 and %1 seconds (or forever), not &apos;%2&apos;</source>
        <translation>timeout doit être compris entre -%1 et %1 secondes (ou forever), pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote: a &quot; string runs to the end of the line</source>
        <translation>guillemet non fermé : une chaîne &quot; se poursuit jusqu&apos;à la fin de la ligne</translation>
    </message>
    <message>
        <source># %1 exists at version %2: get %3 version=%4</source>
        <translation># %1 existe à la version %2 : get %3 version=%4</translation>
    </message>
    <message>
        <source># %1 exists at versions %2: get %3 version=%4</source>
        <translation># %1 existe aux versions %2 : get %3 version=%4</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsoleWidget</name>
    <message>
        <source>The low-level cache API, as in the tutorial: get, set, get_or_set, incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)</source>
        <translation>L&apos;API de cache de bas niveau, comme dans le tutoriel : get, set, get_or_set, incr, touch, ttl… (Haut/Bas : historique, Tab : compléter, Ctrl+L : effacer)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Sortie de la console</translation>
    </message>
    <message>
        <source>Each command and the cache&apos;s answer</source>
        <translation>Chaque commande et la réponse du cache</translation>
    </message>
    <message>
        <source>e.g. set my_key &quot;my new value&quot; timeout=120</source>
        <translation>par ex. set my_key &quot;my new value&quot; timeout=120</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Commande de la console</translation>
    </message>
    <message>
        <source>A cache command such as get, set or incr; Enter runs it, Up and Down walk the history, Tab completes</source>
        <translation>Une commande de cache comme get, set ou incr ; Entrée l&apos;exécute, Haut et Bas parcourent l&apos;historique, Tab complète</translation>
    </message>
    <message>
        <source># connected to %1 (%2)</source>
        <translation># connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspector</name>
    <message>
        <source>The list key of version %1 holds something that is not a product list; the next load treats it as a miss.</source>
        <translation>La clé de liste de la version %1 contient autre chose qu&apos;une liste de produits ; le prochain chargement la traite comme un échec.</translation>
    </message>
    <message>
        <source>The list cached for version %1 belongs to another catalogue (another database sharing this cache); it is never served.</source>
        <translation>La liste en cache pour la version %1 appartient à un autre catalogue (une autre base partageant ce cache) ; elle n&apos;est jamais servie.</translation>
    </message>
    <message>
        <source>No list is cached for list version %1; the next load reads the database.</source>
        <translation>Aucune liste n&apos;est en cache pour la version de liste %1 ; le prochain chargement lit la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>Consistent: the cached list of version %1 matches the database (%n product(s)).</source>
        <translation>
            <numerusform>Cohérent : la liste en cache de la version %1 correspond à la base de données (%n produit).</numerusform>
            <numerusform>Cohérent : la liste en cache de la version %1 correspond à la base de données (%n produits).</numerusform>
        </translation>
    </message>
    <message>
        <source>Inconsistent: the cached list of version %1 has %2 rows, the database %3.</source>
        <translation>Incohérent : la liste en cache de la version %1 a %2 lignes, la base de données %3.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>Absent du cache : %n produit (%1).</numerusform>
            <numerusform>Absents du cache : %n produits (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra in the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>En trop dans le cache : %n produit (%1).</numerusform>
            <numerusform>En trop dans le cache : %n produits (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n product(s) (%1).</source>
        <translation>
            <numerusform>Modifié : %n produit (%1).</numerusform>
            <numerusform>Modifiés : %n produits (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are in another order.</source>
        <translation>Les lignes sont dans un autre ordre.</translation>
    </message>
    <message>
        <source>binary bytes, not UTF-8 text</source>
        <translation>octets binaires, pas du texte UTF-8</translation>
    </message>
    <message>
        <source>The key %1 was not made by the default key function.</source>
        <translation>La clé %1 n&apos;a pas été créée par la fonction de clé par défaut.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The list changed during the check (list version %1 became %2); run the check again.</source>
        <translation>La liste a changé pendant la vérification (la version de liste %1 est devenue %2) ; relancez la vérification.</translation>
    </message>
    <message>
        <source>The paged list cached for version %1 is incomplete (a page is missing, of another fill or inconsistent); the next load treats it as a miss.</source>
        <translation>La liste paginée en cache pour la version %1 est incomplète (une page manque, provient d&apos;un autre remplissage ou est incohérente) ; le prochain chargement la traite comme un échec.</translation>
    </message>
    <message>
        <source>Setting a value needs the value: use store().</source>
        <translation>Définir une valeur nécessite la valeur : utilisez store().</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspectorWidget</name>
    <message>
        <source>Inspector pages</source>
        <translation>Pages de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>The keys of the namespace, or the invalidation log</source>
        <translation>Les clés de l&apos;espace de noms, ou le journal des invalidations</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Invalidation log</source>
        <translation>Journal des invalidations</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Glob, e.g. product* (Enter to apply)</source>
        <translation>Glob, par ex. product* (Entrée pour appliquer)</translation>
    </message>
    <message>
        <source>Key filter (glob)</source>
        <translation>Filtre de clés (glob)</translation>
    </message>
    <message>
        <source>Lists only the keys that match this glob; press Enter to apply</source>
        <translation>Ne liste que les clés correspondant à ce glob ; appuyez sur Entrée pour appliquer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the keys of the namespace again</source>
        <translation>Lister à nouveau les clés de l&apos;espace de noms</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>List the next page of keys</source>
        <translation>Lister la page de clés suivante</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>Walk the whole namespace with SCAN, page by page (never KEYS)</source>
        <translation>Parcourir tout l&apos;espace de noms avec SCAN, page par page (jamais KEYS)</translation>
    </message>
    <message>
        <source>Cache keys</source>
        <translation>Clés du cache</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace with type, size, TTL and version; select one to see its value</source>
        <translation>Les clés de l&apos;espace de noms de ce cache avec type, taille, TTL et version ; sélectionnez-en une pour voir sa valeur</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>Sélectionnez une clé pour voir sa valeur.</translation>
    </message>
    <message>
        <source>Cached product list</source>
        <translation>Liste de produits en cache</translation>
    </message>
    <message>
        <source>The rows of the selected cached product list</source>
        <translation>Les lignes de la liste de produits en cache sélectionnée</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Aperçu de la valeur</translation>
    </message>
    <message>
        <source>The selected key&apos;s value as text, or as a hex dump when it cannot be decoded</source>
        <translation>La valeur de la clé sélectionnée en texte, ou en vidage hexadécimal quand elle ne peut pas être décodée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source>The new timeout that Touch and Expire give the selected key</source>
        <translation>Le nouveau délai que Touch et Expire donnent à la clé sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <source>Reset the key&apos;s expiry to the given seconds</source>
        <translation>Réinitialiser l&apos;expiration de la clé au nombre de secondes indiqué</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Faire expirer</translation>
    </message>
    <message>
        <source>Let the key expire in the given seconds</source>
        <translation>Faire expirer la clé dans le nombre de secondes indiqué</translation>
    </message>
    <message>
        <source>Persist</source>
        <translation>Rendre permanente</translation>
    </message>
    <message>
        <source>Remove the key&apos;s expiry</source>
        <translation>Supprimer l&apos;expiration de la clé</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Vérifier la cohérence</translation>
    </message>
    <message>
        <source>Compare the cached list of the current list version with the database</source>
        <translation>Comparer la liste en cache de la version de liste actuelle avec la base de données</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Clear namespace…</source>
        <translation>Vider l&apos;espace de noms…</translation>
    </message>
    <message>
        <source>Remove every key of this cache&apos;s prefix, and nothing else</source>
        <translation>Supprimer toutes les clés du préfixe de ce cache, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>Clear namespace</source>
        <translation>Vider l&apos;espace de noms</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: time, write, products, mechanism, keys and outcome</source>
        <translation>L&apos;invalidation de chaque écriture : heure, écriture, produits, mécanisme, clés et résultat</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: which key it removed or superseded (the list version in the key), and writes that removed nothing.</source>
        <translation>L&apos;invalidation de chaque écriture : la clé qu&apos;elle a supprimée ou remplacée (la version de liste dans la clé), et les écritures qui n&apos;ont rien supprimé.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Forget the invalidations listed so far</source>
        <translation>Oublier les invalidations listées jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading every key…</source>
        <translation>Chargement de toutes les clés…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) so far; more in the namespace</source>
        <translation>
            <numerusform>%n clé pour l&apos;instant ; d&apos;autres dans l&apos;espace de noms</numerusform>
            <numerusform>%n clés pour l&apos;instant ; d&apos;autres dans l&apos;espace de noms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>%1: TTL %2.</source>
        <translation>%1 : TTL %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists (expired or removed).</source>
        <translation>%1 n&apos;existe plus (expirée ou supprimée).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · product list · catalogue %2 · list version %3 · %n product(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · liste de produits · catalogue %2 · version de liste %3 · %n produit</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · liste de produits · catalogue %2 · version de liste %3 · %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cannot be decoded: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · impossible à décoder : %3</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes)</source>
        <translation>(premiers %1 octets sur %2)</translation>
    </message>
    <message>
        <source>Counting the keys of the namespace…</source>
        <translation>Décompte des clés de l&apos;espace de noms…</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n key(s).</source>
        <translation>
            <numerusform>Supprimerait %n clé.</numerusform>
            <numerusform>Supprimerait %n clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes every key of this cache&apos;s namespace and nothing else: %1 Other keys in the same Redis database are left alone.</source>
        <translation>Ceci supprime toutes les clés de l&apos;espace de noms de ce cache et rien d&apos;autre : %1 Les autres clés de la même base Redis restent intactes.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed.</source>
        <translation>%1 Rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s) of the namespace.</source>
        <translation>
            <numerusform>%n clé de l&apos;espace de noms supprimée.</numerusform>
            <numerusform>%n clés de l&apos;espace de noms supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cache keys by version</source>
        <translation>Clés du cache par version</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace grouped by prefix and version; select one to see its value</source>
        <translation>Les clés de l&apos;espace de noms de ce cache, regroupées par préfixe et par version ; sélectionnez-en une pour voir sa valeur</translation>
    </message>
    <message>
        <source>&amp;Group by version</source>
        <translation>&amp;Regrouper par version</translation>
    </message>
    <message>
        <source>Group by version</source>
        <translation>Regrouper par version</translation>
    </message>
    <message>
        <source>Show the keys as a tree: prefix, then version, then the keys</source>
        <translation>Afficher les clés sous forme d&apos;arbre : préfixe, puis version, puis les clés</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Store a new key: a string, a number or JSON, with a timeout</source>
        <translation>Enregistrer une nouvelle clé : une chaîne, un nombre ou du JSON, avec un délai</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Modifier la valeur…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s value and timeout</source>
        <translation>Remplacer la valeur et le délai de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>(other keys)</source>
        <translation>(autres clés)</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(sans préfixe)</translation>
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
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>Clé %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation>l&apos;URL du cache n&apos;est pas valide</translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation>option d&apos;URL de cache inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation>une URL de cache mémoire n&apos;a ni hôte ni chemin : memory://</translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation>max_entries doit être un nombre entier d&apos;au moins 1</translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation>cull_frequency doit être un nombre entier d&apos;au moins 0</translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation>une URL de cache redis nécessite un hôte : redis://host:port/db</translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation>la base redis doit être un nombre : redis://host:port/0</translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation>une URL de socket unix n&apos;a pas d&apos;hôte : unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation>une URL de socket unix nécessite un chemin absolu : unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation>la base redis doit être un nombre : ?db=0</translation>
    </message>
    <message>
        <source>unknown cache URL option after password= (write &amp; in a password as %26)</source>
        <translation>option d&apos;URL de cache inconnue après password= (écrivez &amp; dans un mot de passe sous la forme %26)</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis://, rediss://, unix:// or redis-sentinel://)</source>
        <translation>schéma d&apos;URL de cache « %1 » non pris en charge (utilisez memory://, redis://, rediss://, unix:// ou redis-sentinel://)</translation>
    </message>
</context>
<context>
    <name>pm::CacheValueDialog</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>A number or a JSON literal is stored as that value; anything else is stored as text</source>
        <translation>Un nombre ou un littéral JSON est enregistré comme cette valeur ; tout le reste est enregistré comme texte</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>pour toujours</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} and &quot;quoted text&quot; are stored as that JSON value; anything else as text. Ctrl+Enter stores.</source>
        <translation>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} et &quot;texte entre guillemets&quot; sont enregistrés comme cette valeur JSON ; tout le reste comme texte. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>V&amp;aleur :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>pm::ChartWidget</name>
    <message>
        <source>Hit ratio and cache latency per action</source>
        <translation>Taux de succès et latence du cache par action</translation>
    </message>
    <message>
        <source>Two charts, oldest action first: the hit ratio of each action with the overall ratio, and its mean and slowest cache call</source>
        <translation>Deux graphiques, action la plus ancienne d&apos;abord : le taux de succès de chaque action avec le taux global, et son appel au cache moyen et le plus lent</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>aucune recherche</translation>
    </message>
    <message>
        <source>%1. %2
Hit ratio: %3
Mean call: %4 µs · slowest: %5 µs</source>
        <translation>%1. %2
Taux de succès : %3
Appel moyen : %4 µs · le plus lent : %5 µs</translation>
    </message>
    <message>
        <source>No cache calls yet: load or refresh the list to draw the charts.</source>
        <translation>Aucun appel au cache pour l&apos;instant : chargez ou actualisez la liste pour tracer les graphiques.</translation>
    </message>
    <message>
        <source>Hit ratio of the action</source>
        <translation>Taux de succès de l&apos;action</translation>
    </message>
    <message>
        <source>Overall hit ratio</source>
        <translation>Taux de succès global</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>Appel moyen</translation>
    </message>
    <message>
        <source>Slowest call</source>
        <translation>Appel le plus lent</translation>
    </message>
    <message>
        <source>Hit ratio per action</source>
        <translation>Taux de succès par action</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache latency per action</source>
        <translation>Latence du cache par action</translation>
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
        <translation>actions, la plus ancienne → la plus récente</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionLock</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Chiffré (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation>Chiffré, certificat non vérifié</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionTester</name>
    <message>
        <source>the memory cache lives in this process: there is no server to test</source>
        <translation>le cache mémoire se trouve dans ce processus : il n&apos;y a aucun serveur à tester</translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation>L&apos;URL PostgreSQL contient une adresse IPv6 non terminée.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation>L&apos;URL PostgreSQL contient des caractères parasites après l&apos;hôte.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation>L&apos;URL PostgreSQL a un connect_timeout non valide.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>L&apos;URL PostgreSQL nécessite un nom de base, comme dans postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>L&apos;emplacement de la base de données est vide.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation>L&apos;URL SQLite « %1 » doit indiquer un chemin de fichier absolu, comme sqlite:///home/me/products.db.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation>Schéma d&apos;URL de base de données non pris en charge « %1 » (utilisez sqlite:// ou postgresql://).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Le pilote Qt SQL pour %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation>L&apos;emplacement de la base %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Ouverture de la base de données %1</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>Configuration de la connexion</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Configuration de la base de données</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation>Cette base a été écrite par une version plus récente du Gestionnaire de produits (version de schéma %1) ; cette version comprend les schémas jusqu&apos;à la version %2. Mettez à jour le Gestionnaire de produits pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation>La base %1 doit passer de la version de schéma %2 à %3, mais le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>Création du schéma</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>Aucune migration vers la version de schéma %1.</translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation>Migration du schéma vers la version %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation>La base %1 est en lecture seule (le fichier n&apos;est pas accessible en écriture) : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation>Une transaction d&apos;écriture est déjà ouverte.</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>Début d&apos;une écriture</translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation>Aucune transaction d&apos;écriture n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Enregistrement des modifications</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation>la base est occupée : un autre programme y écrit et n&apos;a pas terminé à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation>la base est en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation>le fichier n&apos;est pas une base de produits, ou il est endommagé.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>la base de données est injoignable.</translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation>la base a refusé une valeur qui enfreint l&apos;une de ses règles.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation>le disque a signalé une erreur (il est peut-être plein).</translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation>l&apos;accès à la base de données a été refusé.</translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation>la base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 a échoué : %2 (%3)</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation>Exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation>Lecture de la base de données</translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation>Le chemin rapide SQLite nécessite une connexion SQLite.</translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation>Erreur SQLite</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>le disque est plein. Libérez de l&apos;espace et réessayez ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Reconnecting to the database %1</source>
        <translation>Reconnexion à la base de données %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved. Reconnected: reload the list to check before trying again.</source>
        <translation>La connexion à la base de données a été perdue pendant l&apos;enregistrement : on ne sait pas si la modification a été enregistrée. Reconnecté : rechargez la liste pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved, and reconnecting failed: %1</source>
        <translation>La connexion à la base de données a été perdue pendant l&apos;enregistrement : on ne sait pas si la modification a été enregistrée, et la reconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed). Reconnected: try again.</source>
        <translation>La connexion à la base de données a été perdue ; la modification n&apos;a pas été enregistrée (rien n&apos;a changé). Reconnecté : réessayez.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed), and reconnecting failed: %1</source>
        <translation>La connexion à la base de données a été perdue ; la modification n&apos;a pas été enregistrée (rien n&apos;a changé), et la reconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been reopened: %1</source>
        <translation>La connexion à la base de données a été perdue puis rouverte : %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost, and reconnecting failed: %1</source>
        <translation>La connexion à la base de données a été perdue, et la reconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>The database URL is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>L&apos;URL de base de données est mal formée : attendu sqlite:///path ou postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid statement_timeout (milliseconds, 100–3600000).</source>
        <translation>L&apos;URL PostgreSQL a un statement_timeout non valide (millisecondes, 100–3600000).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter after password= (write &amp; in a password as %26).</source>
        <translation>L&apos;URL PostgreSQL contient un paramètre non pris en charge après password= (écrivez &amp; dans un mot de passe sous la forme %26).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout, statement_timeout).</source>
        <translation>L&apos;URL PostgreSQL contient un paramètre non pris en charge « %1 » (pris en charge : host, port, user, password, dbname, connect_timeout, statement_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port (expected 1–65535).</source>
        <translation>L&apos;URL PostgreSQL a un port non valide (attendu : 1–65535).</translation>
    </message>
    <message>
        <source>%1 is open as a read-only snapshot: its folder cannot be written, so changes saved after it was opened are not shown until you open it again.</source>
        <translation>%1 est ouvert comme instantané en lecture seule : son dossier n&apos;est pas accessible en écriture, donc les modifications enregistrées après son ouverture ne s&apos;affichent pas tant que vous ne le rouvrez pas.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can browse the catalogue but not change it.</source>
        <translation>%1 est en lecture seule : vous pouvez parcourir le catalogue mais pas le modifier.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms while saving, so it is not known whether the change was saved. Reload the list to check before trying again.</source>
        <translation>La base de données n&apos;a pas répondu dans les %1 ms pendant l&apos;enregistrement : on ne sait pas si la modification a été enregistrée. Rechargez la liste pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms; the change was not saved (nothing was changed).</source>
        <translation>La base de données n&apos;a pas répondu dans les %1 ms ; la modification n&apos;a pas été enregistrée (rien n&apos;a changé).</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms.</source>
        <translation>La base de données n&apos;a pas répondu dans les %1 ms.</translation>
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
        <translation>Panneau de débogage</translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation>État du cache</translation>
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
        <translation>Filtrer les appels (opération, clé, origine…)</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>Invalider le cache</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Supprimer la liste de produits en cache ; le prochain chargement lit la base de données</translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation>Réinitialiser les statistiques</translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation>Filtrer les requêtes (SQL, valeurs, indicateurs, origine…)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Appels &lt;b&gt;%1&lt;/b&gt; · Temps &lt;b&gt;%2&lt;/b&gt; · Succès &lt;b&gt;%3&lt;/b&gt; · Échecs &lt;b&gt;%4&lt;/b&gt; · Taux de succès &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation>Aucun appel au cache pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Requêtes &lt;b&gt;%1&lt;/b&gt; · Temps &lt;b&gt;%2&lt;/b&gt; · Similaires &lt;b&gt;%3&lt;/b&gt; · Doublons &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation>Cache opérationnel</translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation>Cache opérationnel · %1 % de succès</translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation>Cache dégradé</translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation>Cache hors service</translation>
    </message>
    <message>
        <source>Filter cache calls</source>
        <translation>Filtrer les appels au cache</translation>
    </message>
    <message>
        <source>Shows only the calls whose text contains this</source>
        <translation>N&apos;affiche que les appels dont le texte contient ceci</translation>
    </message>
    <message>
        <source>Clear the tables and totals of the debug panel</source>
        <translation>Vider les tableaux et les totaux du panneau de débogage</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>Appels au cache</translation>
    </message>
    <message>
        <source>Every cache call with its operation, keys, hit or miss, duration and origin</source>
        <translation>Chaque appel au cache avec son opération, ses clés, succès ou échec, sa durée et son origine</translation>
    </message>
    <message>
        <source>Filter SQL statements</source>
        <translation>Filtrer les requêtes SQL</translation>
    </message>
    <message>
        <source>Shows only the statements whose text contains this</source>
        <translation>N&apos;affiche que les requêtes dont le texte contient ceci</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>Requêtes SQL</translation>
    </message>
    <message>
        <source>Every SQL statement with its bound values, duration, rows and similar or duplicate flags</source>
        <translation>Chaque requête SQL avec ses valeurs liées, sa durée, ses lignes et ses indicateurs similaire ou doublon</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Chronométrage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Show the query plan of the selected SELECT, run on the worker&apos;s connection with its bound values</source>
        <translation>Afficher le plan de la requête SELECT sélectionnée, exécutée sur la connexion du thread de travail avec ses valeurs liées</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Plan de requête</translation>
    </message>
    <message>
        <source>The plan of the statement last explained, or why it cannot be explained</source>
        <translation>Le plan de la dernière requête expliquée, ou pourquoi elle ne peut pas l&apos;être</translation>
    </message>
    <message>
        <source>Select a SELECT statement and press Explain to see its query plan.</source>
        <translation>Sélectionnez une requête SELECT et appuyez sur Expliquer pour voir son plan.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Sélectionnez d&apos;abord une requête.</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained; this is %1. Running EXPLAIN on a write would not show a read plan, and EXPLAIN ANALYZE would run the write.</source>
        <translation>Seules les requêtes SELECT peuvent être expliquées ; celle-ci est %1. EXPLAIN sur une écriture ne montrerait pas de plan de lecture, et EXPLAIN ANALYZE exécuterait l&apos;écriture.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explication…</translation>
    </message>
    <message>
        <source>The database returned no plan.</source>
        <translation>La base de données n&apos;a renvoyé aucun plan.</translation>
    </message>
    <message>
        <source>Could not explain the statement: %1</source>
        <translation>Impossible d&apos;expliquer la requête : %1</translation>
    </message>
    <message>
        <source>The debug panel&apos;s own cache calls (inspector, console, consistency check): listed in the table, left out of the totals, the hit ratio and the badge</source>
        <translation>Les appels au cache du panneau de débogage lui-même (inspecteur, console, contrôle de cohérence) : listés dans le tableau, exclus des totaux, du taux de succès et du badge</translation>
    </message>
    <message>
        <source>Panel: %1 calls</source>
        <translation>Panneau : %1 appels</translation>
    </message>
    <message>
        <source>showing the last %1 of %2 statements</source>
        <translation>affichage des %1 dernières requêtes sur %2</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the application&apos;s cache calls (the debug panel&apos;s own calls left out) (F12)</source>
        <translation>État du cache, avec le taux de succès des appels au cache de l&apos;application (hors appels du panneau de débogage lui-même) (F12)</translation>
    </message>
</context>
<context>
    <name>pm::HistoryWidget</name>
    <message>
        <source>Action history</source>
        <translation>Historique des actions</translation>
    </message>
    <message>
        <source>The last %1 actions, pinned ones first; select one to see its cache calls, SQL and timings</source>
        <translation>Les %1 dernières actions, épinglées d&apos;abord ; sélectionnez-en une pour voir ses appels au cache, son SQL et ses durées</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Keep this action beyond the last %1</source>
        <translation>Conserver cette action au-delà des %1 dernières</translation>
    </message>
    <message>
        <source>Select an action to see its cache calls, SQL and timings.</source>
        <translation>Sélectionnez une action pour voir ses appels au cache, son SQL et ses durées.</translation>
    </message>
    <message>
        <source>Cache calls of the selected action</source>
        <translation>Appels au cache de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Operation, keys, hit or miss, bytes and duration of each call</source>
        <translation>Opération, clés, succès ou échec, octets et durée de chaque appel</translation>
    </message>
    <message>
        <source>SQL of the selected action</source>
        <translation>SQL de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Each statement with its bound values, duration, rows and flags</source>
        <translation>Chaque requête avec ses valeurs liées, sa durée, ses lignes et ses indicateurs</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · Wall &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (calls %6, hits %7, misses %8) · SQL &lt;b&gt;%9&lt;/b&gt; (statements %10) · Model &lt;b&gt;%11&lt;/b&gt; · Paint &lt;b&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à %2 · Réel &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (appels %6, succès %7, échecs %8) · SQL &lt;b&gt;%9&lt;/b&gt; (requêtes %10) · Modèle &lt;b&gt;%11&lt;/b&gt; · Dessin &lt;b&gt;%12&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::InspectorKeyModel</name>
    <message>
        <source>forever</source>
        <translation>pour toujours</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
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
        <translation>expirée</translation>
    </message>
</context>
<context>
    <name>pm::InvalidationLogModel</name>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n key(s)</source>
        <translation>
            <numerusform>%n clé supprimée</numerusform>
            <numerusform>%n clés supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove; superseded by list version %1</source>
        <translation>rien à supprimer ; remplacée par la version de liste %1</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>rien à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Keys removed or superseded</source>
        <translation>Clés supprimées ou remplacées</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation>Gestionnaire de produits</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation>Créer un produit (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation>Modifier le produit sélectionné (F2, Entrée)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>Modifier la &amp;sélection…</translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation>Définir le titre ou le prix de tous les produits sélectionnés en une fois</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation>Supprimer les produits sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation>Recharger la liste des produits (F5)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>&amp;Invalider le cache</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>Supprimer la liste de produits en cache ; le prochain chargement lit la base de données</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation>Importer des produits depuis un fichier JSON ou CSV</translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation>Générer des données de &amp;démonstration…</translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation>Ajouter des produits de démonstration générés</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation>Base de données, cache et langue</translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation>À &amp;propos du Gestionnaire de produits</translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation>À propos du Gestionnaire de produits</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gestionnaire de produits %1&lt;/h3&gt;&lt;p&gt;Un catalogue de produits dont la liste est chargée via un cache de bas niveau que vous pouvez observer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Rechercher dans les titres</translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation>Rechercher dans les titres (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation>Panneau de &amp;débogage</translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation>Afficher ou masquer le panneau de débogage du cache et du SQL</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Product count</source>
        <translation>Nombre de produits</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>Nombre sélectionné</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation>
            <numerusform>%Ln produit mis à jour.</numerusform>
            <numerusform>%Ln produits mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation>
            <numerusform>%Ln produit supprimé.</numerusform>
            <numerusform>%Ln produits supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation>Génération annulée ; rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation>
            <numerusform>%Ln produit de démonstration ajouté.</numerusform>
            <numerusform>%Ln produits de démonstration ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache : %1</translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation>Cache : %1 indisponible, liste depuis la base</translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation>Cache : %1, dernier chargement réussi</translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation>Cache : %1, dernier chargement en échec</translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation>Le cache ne fonctionne pas (%1). La liste est lue depuis la base de données.</translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation>Cache invalidé : le prochain chargement lit la base de données.</translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation>Le cache ne contenait aucune liste de produits ; rien à invalider.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln produit affiché</numerusform>
            <numerusform>%1 sur %Ln produits affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Impossible de charger les produits : %1</translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation>
            <numerusform>Un nouveau catalogue : %Ln produit de démonstration ajouté.</numerusform>
            <numerusform>Un nouveau catalogue : %Ln produits de démonstration ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation>Paramètres appliqués : %1 est ouvert.</translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation>Impossible d&apos;invalider le cache : %1</translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation>Impossible de créer le produit : %1</translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation>Impossible d&apos;enregistrer le produit : %1</translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation>Impossible de mettre à jour les produits : %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln produit ?</numerusform>
            <numerusform>Supprimer %Ln produits ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation>Supprimer des produits</translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>Vous pouvez annuler avec %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation>Impossible de supprimer les produits : %1</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Fichiers de produits (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation>
            <numerusform>Ajout de %Ln produit de démonstration…</numerusform>
            <numerusform>Ajout de %Ln produits de démonstration…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation>Impossible d&apos;ajouter les données de démonstration : %1</translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation>Une autre importation ou génération est encore en cours.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>%Ln produit importé.</numerusform>
            <numerusform>%Ln produits importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln ligne rejetée.</numerusform>
            <numerusform>%Ln lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Fichier : %2</translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation>Générer des données de démonstration</translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation>Nombre de produits de démonstration à ajouter :</translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation>Paramètres enregistrés. La langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>The product catalogue: Enter or F2 edits the selected product, Del deletes it</source>
        <translation>Le catalogue de produits : Entrée ou F2 modifie le produit sélectionné, Suppr le supprime</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Reconnecté à la base de données.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Chargement des produits…</translation>
    </message>
    <message>
        <source>Loading products… %L1</source>
        <translation>Chargement des produits… %L1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln product(s); loading the rest</source>
        <translation>
            <numerusform>Premier %Ln produit ; chargement du reste</numerusform>
            <numerusform>Premiers %Ln produits ; chargement du reste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcuts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected products as tab-separated text</source>
        <translation>Copier les produits sélectionnés sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <comment>menu</comment>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Croissant</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <source>&amp;Next Sort Column</source>
        <translation>Colonne de tri &amp;suivante</translation>
    </message>
    <message>
        <source>Sort by the next column; after the last, reverse the order</source>
        <translation>Trier par la colonne suivante ; après la dernière, inverser l&apos;ordre</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln product(s).</source>
        <translation>
            <numerusform>%Ln produit copié.</numerusform>
            <numerusform>%Ln produits copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product no longer exists: another window or program deleted it. The list was reloaded.</source>
        <translation>Le produit n&apos;existe plus : une autre fenêtre ou un autre programme l&apos;a supprimé. La liste a été rechargée.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s); the others no longer existed. The list was reloaded.</source>
        <translation>
            <numerusform>%Ln produit supprimé ; les autres n&apos;existaient plus. La liste a été rechargée.</numerusform>
            <numerusform>%Ln produits supprimés ; les autres n&apos;existaient plus. La liste a été rechargée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 (%3%)</source>
        <translation>%1 sur %2 importés (%3 %)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 (%3%)</source>
        <translation>%1 sur %2 exportés (%3 %)</translation>
    </message>
    <message>
        <source>Added %1 of %2 demo products (%3%)</source>
        <translation>%1 produits de démonstration sur %2 ajoutés (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue skipped.</source>
        <translation>
            <numerusform>%Ln produit déjà présent dans le catalogue ignoré.</numerusform>
            <numerusform>%Ln produits déjà présents dans le catalogue ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a CSV or JSON file</source>
        <translation>Écrire tout le catalogue dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportation annulée ; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>%Ln produit exporté vers %1.</numerusform>
            <numerusform>%Ln produits exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) are already in the catalogue (same title and price).</source>
        <translation>
            <numerusform>Le catalogue contient déjà %1 produit sur %Ln (même titre et même prix).</numerusform>
            <numerusform>Le catalogue contient déjà %1 des %Ln produits (même titre et même prix).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>Tout importer</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <source>This catalogue is empty. Add %L1 demo products?</source>
        <translation>Ce catalogue est vide. Ajouter %L1 produits de démonstration ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>Exporter des produits</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation>Un prix est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation>« %1 » n&apos;est pas un prix : saisissez un montant tel que %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation>Un prix peut avoir au plus deux décimales.</translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation>Un prix ne peut pas dépasser %1.</translation>
    </message>
</context>
<context>
    <name>pm::Origin</name>
    <message>
        <source>open</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>load list</source>
        <translation>chargement de la liste</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>modification groupée</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>annulation de suppression</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>invalidate cache</source>
        <translation>invalidation du cache</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualiser</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>expliquer</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspecteur</translation>
    </message>
    <message>
        <source>consistency check</source>
        <translation>contrôle de cohérence</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>clear namespace</source>
        <translation>vidage de l&apos;espace de noms</translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation>Les notifications Redis nécessitent une URL de cache redis:// ou unix://.</translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation>Les notifications PostgreSQL nécessitent une base PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Product title</source>
        <translation>Titre du produit</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>Erreur de titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>Erreur de prix</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Erreur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix :</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Save the product and close the dialog</source>
        <translation>Enregistrer le produit et fermer la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Fermer la boîte de dialogue sans enregistrer</translation>
    </message>
</context>
<context>
    <name>pm::ProductExporter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1 : %2</translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation>Le prix n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Le fichier n&apos;est pas un JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation>Le fichier JSON doit contenir un tableau d&apos;objets {&quot;title&quot;, &quot;price&quot;}.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>L&apos;entrée n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation>Le titre est absent ou n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation>Le prix est absent ou n&apos;est ni du texte ni un nombre.</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>Le fichier CSV n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation>La ligne contient un guillemet isolé ; mettez les champs entiers entre guillemets et doublez ceux qu&apos;ils contiennent.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation>La ligne a %1 champs ; l&apos;en-tête en exige au moins %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns (found: %1).</source>
        <translation>Le fichier CSV nécessite une ligne d&apos;en-tête nommant les colonnes de titre et de prix (trouvé : %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Modifié (UTC)</translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation>Le prix est hors de 0,00–99 999 999,99.</translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation>La version de la liste est absente de la base.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>Le produit %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation>L&apos;identifiant du catalogue est absent de la base.</translation>
    </message>
    <message>
        <source>Product %1 no longer exists; nothing was changed.</source>
        <translation>Le produit %1 n&apos;existe plus ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation>Un titre peut avoir au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>pm::ProductService</name>
    <message numerus="yes">
        <source>%n page(s) of the product list could not be cached.</source>
        <translation>
            <numerusform>%n page de la liste de produits n&apos;a pas pu être mise en cache.</numerusform>
            <numerusform>%n pages de la liste de produits n&apos;ont pas pu être mises en cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The product list has too many products to cache (%n page(s)).</source>
        <translation>
            <numerusform>La liste de produits contient trop de produits pour être mise en cache (%n page).</numerusform>
            <numerusform>La liste de produits contient trop de produits pour être mise en cache (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ProductTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation>Le cache n&apos;a pas pu être utilisé (%1) ; le cache en mémoire est utilisé à la place.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained: running EXPLAIN on a write would not show a read plan.</source>
        <translation>Seules les requêtes SELECT peuvent être expliquées : EXPLAIN sur une écriture ne montrerait pas de plan de lecture.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation>Réponse inattendue à %1.</translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation>Clé introuvable.</translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation>La valeur n&apos;est pas un entier.</translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation>Refus de vider Redis sans préfixe d&apos;espace de noms.</translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>La réponse Redis dépasse la taille limite de %1 octets.</translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation>Réponse inattendue à PING.</translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation>Redis n&apos;a pas répondu dans le délai (%1 ms).</translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>Octets inattendus après une réponse Redis.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>Une réponse groupée Redis ne s&apos;est pas terminée par CRLF.</translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation>Redis a accepté la connexion mais n&apos;a pas répondu à la poignée de main à temps.</translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation>Redis est indisponible (%1) ; prochaine tentative dans %2 ms.</translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation>La connexion Redis est restée occupée au-delà du délai (%1 ms).</translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation>Ce n&apos;est pas une réponse d&apos;erreur.</translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation>URL Redis non valide.</translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation>Une URL redis:// nécessite un hôte.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>Le numéro de base dans une URL redis:// doit être un entier.</translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation>Une URL unix:// nécessite un chemin de socket absolu.</translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation>Schéma d&apos;URL Redis non pris en charge.</translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation>Un chemin de socket unix est obligatoire.</translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation>Un hôte Redis et un port entre 1 et 65535 sont obligatoires.</translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation>Le numéro de base ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>Les délais doivent être positifs.</translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation>Les limites d&apos;attente entre tentatives sont incohérentes.</translation>
    </message>
    <message>
        <source>TLS needs a TCP host (rediss://host:port).</source>
        <translation>TLS nécessite un hôte TCP (rediss://host:port).</translation>
    </message>
    <message>
        <source>A client certificate needs both ssl_certfile and ssl_keyfile.</source>
        <translation>Un certificat client nécessite à la fois ssl_certfile et ssl_keyfile.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), or add allow_insecure=1 to the URL to accept this.</source>
        <translation>Le trafic Redis vers un hôte distant n&apos;est pas chiffré. Utilisez rediss:// (TLS) ou ajoutez allow_insecure=1 à l&apos;URL pour l&apos;accepter.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSocket</name>
    <message>
        <source>Cannot read the TLS file %1.</source>
        <translation>Impossible de lire le fichier TLS %1.</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1.</source>
        <translation>Impossible de configurer TLS : %1.</translation>
    </message>
    <message>
        <source>Cannot load the CA certificates %1: %2.</source>
        <translation>Impossible de charger les certificats CA %1 : %2.</translation>
    </message>
    <message>
        <source>of the system</source>
        <translation>du système</translation>
    </message>
    <message>
        <source>Cannot use the client certificate %1: %2.</source>
        <translation>Impossible d&apos;utiliser le certificat client %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot use the private key %1 with the certificate %2: %3.</source>
        <translation>Impossible d&apos;utiliser la clé privée %1 avec le certificat %2 : %3.</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 ms.</source>
        <translation>Délai de la négociation TLS dépassé après %1 ms.</translation>
    </message>
    <message>
        <source>TLS: host name mismatch: the certificate is for %1, not %2.</source>
        <translation>TLS : nom d&apos;hôte non concordant : le certificat concerne %1, et non %2.</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>TLS: certificate verify failed: %1.</source>
        <translation>TLS : échec de la vérification du certificat : %1.</translation>
    </message>
    <message>
        <source>TLS: the server requires a client certificate (ssl_certfile and ssl_keyfile).</source>
        <translation>TLS : le serveur exige un certificat client (ssl_certfile et ssl_keyfile).</translation>
    </message>
    <message>
        <source>TLS: the server refused the client certificate: %1.</source>
        <translation>TLS : le serveur a refusé le certificat client : %1.</translation>
    </message>
    <message>
        <source>Redis closed the connection during the TLS handshake (is this a TLS port?).</source>
        <translation>Redis a fermé la connexion pendant la négociation TLS (s&apos;agit-il bien d&apos;un port TLS ?).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is this a plain redis:// port?).</source>
        <translation>Échec de la négociation TLS : %1 (s&apos;agit-il d&apos;un simple port redis:// ?).</translation>
    </message>
    <message>
        <source>TLS failed: %1.</source>
        <translation>Échec de TLS : %1.</translation>
    </message>
    <message>
        <source>%1 (If this port expects TLS, use a rediss:// URL.)</source>
        <translation>%1 (Si ce port attend TLS, utilisez une URL rediss://.)</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>Redis n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be loaded: %1.</source>
        <translation>TLS (rediss://) nécessite OpenSSL 3 (libssl.so.3), qui n’a pas pu être chargé : %1.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>Réponse inattendue à PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>L&apos;abonné a été arrêté.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>Aucun canal auquel s&apos;abonner.</translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation>Réponse inattendue à SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation>Redis n&apos;a pas répondu à un PING de maintien de connexion.</translation>
    </message>
</context>
<context>
    <name>pm::RespGuard</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>La réponse Redis dépasse la taille limite de %1 octets.</translation>
    </message>
    <message>
        <source>A Redis reply declares a string of %1 bytes; at most %2 are accepted for this command.</source>
        <translation>Une réponse Redis annonce une chaîne de %1 octets ; au plus %2 sont acceptés pour cette commande.</translation>
    </message>
    <message>
        <source>A Redis reply nests arrays deeper than %1 levels.</source>
        <translation>Une réponse Redis imbrique des tableaux sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>A Redis reply declares %1 array elements; at most %2 are accepted for this command.</source>
        <translation>Une réponse Redis annonce %1 éléments de tableau ; au plus %2 sont acceptés pour cette commande.</translation>
    </message>
    <message>
        <source>Redis sent data that no command was waiting for.</source>
        <translation>Redis a envoyé des données qu&apos;aucune commande n&apos;attendait.</translation>
    </message>
    <message>
        <source>Redis sent a reply of unknown type (byte 0x%1): not the Redis protocol.</source>
        <translation>Redis a envoyé une réponse de type inconnu (octet 0x%1) : ce n&apos;est pas le protocole Redis.</translation>
    </message>
    <message>
        <source>A line of a Redis reply does not end with CRLF.</source>
        <translation>Une ligne d&apos;une réponse Redis ne se termine pas par CRLF.</translation>
    </message>
    <message>
        <source>A Redis bulk string does not end with CRLF.</source>
        <translation>Une chaîne groupée Redis ne se termine pas par CRLF.</translation>
    </message>
</context>
<context>
    <name>pm::SentinelResolver</name>
    <message>
        <source>sentinel %1 gave an unexpected answer</source>
        <translation>la sentinelle %1 a donné une réponse inattendue</translation>
    </message>
    <message>
        <source>the sentinels name the remote master %1, but Redis traffic is not encrypted: add allow_insecure=1 to the URL to accept this</source>
        <translation>les sentinelles désignent le maître distant %1, mais le trafic Redis n&apos;est pas chiffré : ajoutez allow_insecure=1 à l&apos;URL pour l&apos;accepter</translation>
    </message>
    <message>
        <source>sentinels do not know service %1</source>
        <translation>les sentinelles ne connaissent pas le service %1</translation>
    </message>
    <message>
        <source>no sentinel answered within the deadline</source>
        <translation>aucune sentinelle n&apos;a répondu dans le délai imparti</translation>
    </message>
    <message>
        <source>no sentinel answered (tried %1)</source>
        <translation>aucune sentinelle n&apos;a répondu (essayé : %1)</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as replica</source>
        <translation>le maître désigné par les sentinelles (%1) répond en tant que réplique</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as %2</source>
        <translation>le maître désigné par les sentinelles (%1) répond en tant que %2</translation>
    </message>
    <message>
        <source>the Redis master changed (failover); retry</source>
        <translation>le maître Redis a changé (basculement) ; réessayez</translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>Erreur de cache</translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation>&amp;N&apos;expire jamais</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation>/chemin/products.db</translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation>Rechercher un fichier SQLite</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>Délai d&apos;expiration par défaut en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Préfixe des clés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données :</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache :</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>&amp;Délai par défaut :</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Préfixe des clés :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation>Un chemin de fichier, sqlite:///path/products.db ou postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation>La langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation>Choisir un catalogue</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an SQLite catalogue file</source>
        <translation>Choisir un fichier de catalogue SQLite</translation>
    </message>
    <message>
        <source>How long a cached value lives when a call gives no timeout</source>
        <translation>Durée de vie d&apos;une valeur en cache quand un appel n&apos;indique aucun délai</translation>
    </message>
    <message>
        <source>Cached values stay until they are deleted or invalidated</source>
        <translation>Les valeurs en cache restent jusqu&apos;à leur suppression ou invalidation</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>La langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Save the settings; a changed database or cache reopens at once</source>
        <translation>Enregistrer les paramètres ; une base ou un cache modifié est rouvert aussitôt</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>Fermer la boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>Remember the database &amp;password</source>
        <translation>Mémoriser le mot de &amp;passe de la base de données</translation>
    </message>
    <message>
        <source>Remember the cache pass&amp;word</source>
        <translation>Mémoriser le mot de passe du &amp;cache</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Utiliser &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Remember the database password</source>
        <translation>Mémoriser le mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Keep the password of the database URL in the desktop keychain</source>
        <translation>Conserver le mot de passe de l&apos;URL de la base de données dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Remember the cache password</source>
        <translation>Mémoriser le mot de passe du cache</translation>
    </message>
    <message>
        <source>Keep the password of the cache URL in the desktop keychain</source>
        <translation>Conserver le mot de passe de l&apos;URL du cache dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>Connect with rediss:// (Redis over TLS)</source>
        <translation>Se connecter avec rediss:// (Redis sur TLS)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Refuse a server whose certificate the CA file does not vouch for</source>
        <translation>Refuser un serveur dont le certificat n&apos;est pas garanti par le fichier CA</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone on the way can pose as the server.</source>
        <translation>Le certificat du serveur n&apos;est pas vérifié : n&apos;importe qui sur le trajet peut se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>Choisir les certificats CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client :</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lé client :</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>Choisir la clé client</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the cache server once and show what it says</source>
        <translation>Se connecter une fois au serveur de cache et afficher sa réponse</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Certificats et clés (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>Aucun trousseau n&apos;est disponible : le mot de passe n&apos;est conservé que pour cette session</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>primary (master)</source>
        <translation>primaire (maître)</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplique</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rôle : %1</translation>
    </message>
    <message>
        <source>round trip: %1 ms</source>
        <translation>aller-retour : %1 ms</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS : %1 %2</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] or redis-sentinel://host:port,…/db?service=NAME.</source>
        <translation>memory://, redis://[:motdepasse@]hôte[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] ou redis-sentinel://hôte:port,…/db?service=NOM.</translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similaire</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>Valeurs liées</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Statements in this table with the same SQL: %1; with the same values too: %2</source>
        <translation>Requêtes de ce tableau avec le même SQL : %1 ; avec les mêmes valeurs aussi : %2</translation>
    </message>
</context>
<context>
    <name>pm::TimerWidget</name>
    <message>
        <source>Timed actions</source>
        <translation>Actions chronométrées</translation>
    </message>
    <message>
        <source>One row per action, newest first: wall, CPU, cache, SQL, model and paint time</source>
        <translation>Une ligne par action, la plus récente d&apos;abord : temps réel, CPU, cache, SQL, modèle et dessin</translation>
    </message>
    <message>
        <source>No actions yet: load, refresh or save to see where the time goes.</source>
        <translation>Aucune action pour l&apos;instant : chargez, actualisez ou enregistrez pour voir où passe le temps.</translation>
    </message>
    <message>
        <source>Last &lt;b&gt;%1&lt;/b&gt; · Wall &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Model &lt;b&gt;%6&lt;/b&gt; · Paint &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>Dernière &lt;b&gt;%1&lt;/b&gt; · Réel &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Modèle &lt;b&gt;%6&lt;/b&gt; · Dessin &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::UndoController</name>
    <message>
        <source>creation of “%1”</source>
        <translation>la création de « %1 »</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>la modification de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln product(s)</source>
        <translation>
            <numerusform>la modification de %Ln produit</numerusform>
            <numerusform>la modification de %Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>la suppression de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln product(s)</source>
        <translation>
            <numerusform>la suppression de %Ln produit</numerusform>
            <numerusform>la suppression de %Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln product(s)</source>
        <translation>
            <numerusform>l&apos;importation de %Ln produit</numerusform>
            <numerusform>l&apos;importation de %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %Ln demo product(s)</source>
        <translation>
            <numerusform>l&apos;ajout de %Ln produit de démonstration</numerusform>
            <numerusform>l&apos;ajout de %Ln produits de démonstration</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>Impossible d&apos;annuler %1 : %2</translation>
    </message>
    <message>
        <source>Could not redo %1: %2</source>
        <translation>Impossible de rétablir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot undo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>Impossible d&apos;annuler %1 : les produits ne sont plus dans le catalogue (supprimés ailleurs entre-temps). L&apos;action a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Cannot redo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>Impossible de rétablir %1 : les produits ne sont plus dans le catalogue (supprimés ailleurs entre-temps). L&apos;action a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2 It was removed from the undo history.</source>
        <translation>Impossible d&apos;annuler %1 : %2 L&apos;action a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2 It was removed from the undo history.</source>
        <translation>Impossible de rétablir %1 : %2 L&apos;action a été retirée de l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation>la valeur dépasse la taille limite du cache de %1 octets</translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation>valeur de cache corrompue : %1</translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation>valeur trop profondément imbriquée</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>entier hors de la plage 64 bits</translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation>les valeurs de type %1 ne peuvent pas être mises en cache</translation>
    </message>
    <message>
        <source>value would decode into more than %1 times its size; too sparse to cache</source>
        <translation>la valeur se décoderait en plus de %1 fois sa taille ; trop creuse pour être mise en cache</translation>
    </message>
</context>
</TS>
