<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>main</name>
    <message>
        <source>Product Manager: a product catalogue whose list loads through a low-level cache.</source>
        <translation>Product Manager: كتالوج منتجات تُحمَّل قائمته عبر ذاكرة تخزين مؤقت منخفضة المستوى.</translation>
    </message>
    <message>
        <source>The catalogue: sqlite:///path/products.db, a file path, or postgresql://user@host/dbname. Default: products.db in the data directory.</source>
        <translation>الكتالوج: sqlite:///path/products.db أو مسار ملف أو postgresql://user@host/dbname. الافتراضي: products.db في دليل البيانات.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Add N generated demo products after opening.</source>
        <translation>إضافة N من المنتجات التجريبية المولَّدة بعد الفتح.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file after opening.</source>
        <translation>استيراد منتجات من ملف JSON أو CSV بعد الفتح.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>The user interface language (e.g. sv, de, ar).</source>
        <translation>لغة واجهة المستخدم (مثل sv أو de أو ar).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>جرّب --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
    <message>
        <source>--seed expects a number from 1 to 1000000.</source>
        <translation>يتوقع ‎--seed عددًا من 1 إلى 1000000.</translation>
    </message>
    <message>
        <source>The saved database setting is invalid; using the default catalogue.</source>
        <translation>إعداد قاعدة البيانات المحفوظ غير صالح؛ سيُستخدم الكتالوج الافتراضي.</translation>
    </message>
    <message>
        <source>No translation for language &quot;%1&quot;; using %2.</source>
        <translation>لا توجد ترجمة للغة &quot;%1&quot;؛ تُستخدم %2.</translation>
    </message>
    <message>
        <source>Product Manager</source>
        <translation>مدير المنتجات</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>تعذّر إنشاء دليل البيانات %1.</translation>
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
متغيرات البيئة:
  PM_CACHE_PASSWORD  كلمة مرور Redis عندما لا يتضمن عنوان URL لذاكرة التخزين المؤقت كلمة مرور.
  PGPASSWORD         كلمة مرور PostgreSQL عندما لا يتضمن عنوان URL لقاعدة البيانات كلمة مرور (تقرؤها libpq، كما تقرأ ~/.pgpass).
  QT_QPA_PLATFORM    القيمة offscreen تشغّل البرنامج دون شاشة.

حالة الخروج: 0 عند النجاح، و2 عند وجود وسائط غير صالحة.
</translation>
    </message>
    <message>
        <source>Add 1,000 demo products to a new, empty catalogue without asking.</source>
        <translation>إضافة 1,000 منتج تجريبي إلى كتالوج جديد فارغ دون سؤال.</translation>
    </message>
    <message>
        <source>The cache: memory:// (default), redis://host:port/db, rediss://host:port/db?ssl_ca_certs=PATH (TLS), unix:///path/redis.sock?db=N or redis-sentinel://host:port,host:port/db?service=NAME.</source>
        <translation>ذاكرة التخزين المؤقت: memory:// (الافتراضي)، أو redis://host:port/db، أو rediss://host:port/db?ssl_ca_certs=PATH (TLS)، أو unix:///path/redis.sock?db=N، أو redis-sentinel://host:port,host:port/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Redis sent a reply with a malformed or out-of-range length or integer.</source>
        <translation>أرسل Redis ردًا بطول أو عدد صحيح مشوّه أو خارج النطاق.</translation>
    </message>
    <message>
        <source>The db parameter must be a non-negative integer.</source>
        <translation>يجب أن تكون قيمة المعامل db عددًا صحيحًا غير سالب.</translation>
    </message>
    <message>
        <source>Timeouts must be non-negative integers (milliseconds).</source>
        <translation>يجب أن تكون مهلات الانتظار أعدادًا صحيحة غير سالبة (بالمللي ثانية).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs a list of sentinels: host:port,host:port.</source>
        <translation>يحتاج عنوان URL من نوع redis-sentinel:// إلى قائمة بخوادم Sentinel: host:port,host:port.</translation>
    </message>
    <message>
        <source>Unknown option in a redis-sentinel:// URL (known: service, sentinel_password, user, password, db, connect_timeout, deadline, allow_insecure; write &amp; in a password as %26).</source>
        <translation>خيار غير معروف في عنوان URL من نوع redis-sentinel:// (الخيارات المعروفة: service، sentinel_password، user، password، db، connect_timeout، deadline، allow_insecure؛ اكتب &amp; في كلمة المرور بالشكل %26).</translation>
    </message>
    <message>
        <source>A redis-sentinel:// URL needs the service name: ?service=NAME.</source>
        <translation>يحتاج عنوان URL من نوع redis-sentinel:// إلى اسم الخدمة: ?service=NAME.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>يجب أن يكون رقم قاعدة البيانات في عنوان URL من نوع redis:// عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Unknown TLS parameter &apos;%1&apos; (known: %2).</source>
        <translation>معامل TLS غير معروف «%1» (المعاملات المعروفة: %2).</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; needs a rediss:// URL.</source>
        <translation>يتطلب المعامل «%1» عنوان URL من نوع rediss://.</translation>
    </message>
    <message>
        <source>ssl_cert_reqs must be &apos;required&apos; or &apos;none&apos;.</source>
        <translation>يجب أن تكون قيمة ssl_cert_reqs إما &apos;required&apos; أو &apos;none&apos;.</translation>
    </message>
</context>
<context>
    <name>pm::ActionTableModel</name>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 مللي ثانية</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>Thread CPU time of the worker for this request (worker wall time %1)</source>
        <translation>وقت المعالج لخيط العمل لهذا الطلب (الوقت الفعلي لخيط العمل %1)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (فشل)</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (مثبّت)</translation>
    </message>
    <message>
        <source>%1 (hits %2, misses %3)</source>
        <translation>%1 (الإصابات %2، الإخفاقات %3)</translation>
    </message>
    <message>
        <source>From the request in the window to the answer shown</source>
        <translation>من الطلب في النافذة حتى عرض الإجابة</translation>
    </message>
    <message>
        <source>CPU time of the worker thread for the request</source>
        <translation>وقت المعالج لخيط العمل للطلب</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s cache calls</source>
        <translation>مجموع استدعاءات ذاكرة التخزين للإجراء</translation>
    </message>
    <message>
        <source>Sum of the action&apos;s SQL statements</source>
        <translation>مجموع عبارات SQL للإجراء</translation>
    </message>
    <message>
        <source>Applying the result to the product table (UI thread)</source>
        <translation>تطبيق النتيجة على جدول المنتجات (خيط الواجهة)</translation>
    </message>
    <message>
        <source>The next paint of the product table after the change</source>
        <translation>الرسم التالي لجدول المنتجات بعد التغيير</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>ذاكرة التخزين</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>استدعاءات ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>العبارات</translation>
    </message>
</context>
<context>
    <name>pm::BulkEditDialog</name>
    <message>
        <source>Set &amp;title:</source>
        <translation>تعيين &amp;العنوان:</translation>
    </message>
    <message>
        <source>Set &amp;price:</source>
        <translation>تعيين &amp;السعر:</translation>
    </message>
    <message>
        <source>Edit Selected Products</source>
        <translation>تحرير المنتجات المحددة</translation>
    </message>
    <message numerus="yes">
        <source>Apply the checked fields to %n selected product(s).</source>
        <translation>
            <numerusform>تطبيق الحقول المؤشَّرة على %n منتج محدد.</numerusform>
            <numerusform>تطبيق الحقول المؤشَّرة على منتج محدد واحد.</numerusform>
            <numerusform>تطبيق الحقول المؤشَّرة على منتجين محددين.</numerusform>
            <numerusform>تطبيق الحقول المؤشَّرة على %n منتجات محددة.</numerusform>
            <numerusform>تطبيق الحقول المؤشَّرة على %n منتجًا محددًا.</numerusform>
            <numerusform>تطبيق الحقول المؤشَّرة على %n منتج محدد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>تعيين العنوان</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>العنوان الجديد</translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>تعيين السعر</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>السعر الجديد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Give every selected product the new title</source>
        <translation>إعطاء كل المنتجات المحددة العنوان الجديد</translation>
    </message>
    <message>
        <source>The title every selected product gets</source>
        <translation>العنوان الذي يحصل عليه كل منتج محدد</translation>
    </message>
    <message>
        <source>Give every selected product the new price</source>
        <translation>إعطاء كل المنتجات المحددة السعر الجديد</translation>
    </message>
    <message>
        <source>The price every selected product gets</source>
        <translation>السعر الذي يحصل عليه كل منتج محدد</translation>
    </message>
    <message>
        <source>Save the checked fields for every selected product</source>
        <translation>حفظ الحقول المؤشَّرة لكل المنتجات المحددة</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>إغلاق مربع الحوار دون حفظ</translation>
    </message>
</context>
<context>
    <name>pm::Cache</name>
    <message>
        <source>key &apos;%1&apos; not found</source>
        <translation>المفتاح &apos;%1&apos; غير موجود</translation>
    </message>
    <message>
        <source>increment or decrement would overflow</source>
        <translation>ستتجاوز الزيادة أو النقصان الحد المسموح</translation>
    </message>
    <message>
        <source>value is not an integer</source>
        <translation>القيمة ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>the new version %1 is outside the version range (%2 to %3)</source>
        <translation>الإصدار الجديد %1 خارج نطاق الإصدارات (%2 إلى %3)</translation>
    </message>
</context>
<context>
    <name>pm::CacheCallModel</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>إصابة</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>إخفاق</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>إصابة واحدة</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>الإصابات: %1</translation>
    </message>
    <message>
        <source>1 miss</source>
        <translation>إخفاق واحد</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>الإخفاقات: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 ميكروثانية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Hit/miss</source>
        <translation>إصابة/إخفاق</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>البايتات</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>الواجهة الخلفية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsole</name>
    <message>
        <source>usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>timeout must be a number of seconds or forever, not &apos;%1&apos;</source>
        <translation>يجب أن تكون timeout عددًا من الثواني أو forever، وليس &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>يجب أن تكون %1 عددًا صحيحًا، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try help)</source>
        <translation>أمر غير معروف &apos;%1&apos; (جرّب help)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is not valid here; usage: %2</source>
        <translation>الخيار &apos;%1&apos; غير صالح هنا؛ الاستخدام: %2</translation>
    </message>
    <message>
        <source>version is out of range</source>
        <translation>الإصدار خارج النطاق</translation>
    </message>
    <message>
        <source>delta is out of range</source>
        <translation>قيمة delta خارج النطاق</translation>
    </message>
    <message>
        <source>timeout must be between -%1 and %1 seconds (or forever), not &apos;%2&apos;</source>
        <translation>يجب أن تكون timeout بين ‎-%1 و%1 ثانية (أو forever)، وليس &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote: a &quot; string runs to the end of the line</source>
        <translation>علامة اقتباس غير مغلقة: سلسلة &quot; تمتد حتى نهاية السطر</translation>
    </message>
    <message>
        <source># %1 exists at version %2: get %3 version=%4</source>
        <translation># %1 موجود في الإصدار %2: get %3 version=%4</translation>
    </message>
    <message>
        <source># %1 exists at versions %2: get %3 version=%4</source>
        <translation># %1 موجود في الإصدارات %2: get %3 version=%4</translation>
    </message>
</context>
<context>
    <name>pm::CacheConsoleWidget</name>
    <message>
        <source>The low-level cache API, as in the tutorial: get, set, get_or_set, incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)</source>
        <translation>واجهة برمجة ذاكرة التخزين منخفضة المستوى كما في الدرس: get وset وget_or_set وincr وtouch وttl… (أعلى/أسفل: السجل، Tab: الإكمال، Ctrl+L: المسح)</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>مخرجات وحدة التحكم</translation>
    </message>
    <message>
        <source>Each command and the cache&apos;s answer</source>
        <translation>كل أمر ورد ذاكرة التخزين المؤقت عليه</translation>
    </message>
    <message>
        <source>e.g. set my_key &quot;my new value&quot; timeout=120</source>
        <translation>مثال: set my_key &quot;my new value&quot; timeout=120</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>أمر وحدة التحكم</translation>
    </message>
    <message>
        <source>A cache command such as get, set or incr; Enter runs it, Up and Down walk the history, Tab completes</source>
        <translation>أمر لذاكرة التخزين مثل get أو set أو incr؛ ينفذه Enter، ويتنقل السهمان لأعلى ولأسفل في السجل، ويُكمل Tab</translation>
    </message>
    <message>
        <source># connected to %1 (%2)</source>
        <translation># متصل بـ %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspector</name>
    <message>
        <source>The list key of version %1 holds something that is not a product list; the next load treats it as a miss.</source>
        <translation>يحتوي مفتاح القائمة للإصدار %1 على شيء ليس قائمة منتجات؛ يعامله التحميل التالي كإخفاق.</translation>
    </message>
    <message>
        <source>The list cached for version %1 belongs to another catalogue (another database sharing this cache); it is never served.</source>
        <translation>القائمة المخزنة للإصدار %1 تخص كتالوجًا آخر (قاعدة بيانات أخرى تشارك ذاكرة التخزين هذه)؛ ولا تُقدَّم أبدًا.</translation>
    </message>
    <message>
        <source>No list is cached for list version %1; the next load reads the database.</source>
        <translation>لا توجد قائمة مخزنة لإصدار القائمة %1؛ يقرأ التحميل التالي قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Consistent: the cached list of version %1 matches the database (%n product(s)).</source>
        <translation>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (%n منتج).</numerusform>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (منتج واحد).</numerusform>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (منتجان).</numerusform>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (%n منتجات).</numerusform>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (%n منتجًا).</numerusform>
            <numerusform>متسقة: تطابق القائمة المخزنة للإصدار %1 قاعدة البيانات (%n منتج).</numerusform>
        </translation>
    </message>
    <message>
        <source>Inconsistent: the cached list of version %1 has %2 rows, the database %3.</source>
        <translation>غير متسقة: تحتوي القائمة المخزنة للإصدار %1 على %2 صفوف، وقاعدة البيانات على %3.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>مفقودة من ذاكرة التخزين: %n منتج (%1).</numerusform>
            <numerusform>مفقودة من ذاكرة التخزين: منتج واحد (%1).</numerusform>
            <numerusform>مفقودة من ذاكرة التخزين: منتجان (%1).</numerusform>
            <numerusform>مفقودة من ذاكرة التخزين: %n منتجات (%1).</numerusform>
            <numerusform>مفقودة من ذاكرة التخزين: %n منتجًا (%1).</numerusform>
            <numerusform>مفقودة من ذاكرة التخزين: %n منتج (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra in the cache: %n product(s) (%1).</source>
        <translation>
            <numerusform>زائدة في ذاكرة التخزين: %n منتج (%1).</numerusform>
            <numerusform>زائدة في ذاكرة التخزين: منتج واحد (%1).</numerusform>
            <numerusform>زائدة في ذاكرة التخزين: منتجان (%1).</numerusform>
            <numerusform>زائدة في ذاكرة التخزين: %n منتجات (%1).</numerusform>
            <numerusform>زائدة في ذاكرة التخزين: %n منتجًا (%1).</numerusform>
            <numerusform>زائدة في ذاكرة التخزين: %n منتج (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n product(s) (%1).</source>
        <translation>
            <numerusform>المعدَّلة: %n منتج (%1).</numerusform>
            <numerusform>المعدَّلة: منتج واحد (%1).</numerusform>
            <numerusform>المعدَّلة: منتجان (%1).</numerusform>
            <numerusform>المعدَّلة: %n منتجات (%1).</numerusform>
            <numerusform>المعدَّلة: %n منتجًا (%1).</numerusform>
            <numerusform>المعدَّلة: %n منتج (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are in another order.</source>
        <translation>الصفوف بترتيب مختلف.</translation>
    </message>
    <message>
        <source>binary bytes, not UTF-8 text</source>
        <translation>بايتات ثنائية، وليست نص UTF-8</translation>
    </message>
    <message>
        <source>The key %1 was not made by the default key function.</source>
        <translation>لم يُنشأ المفتاح %1 بدالة المفاتيح الافتراضية.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>The list changed during the check (list version %1 became %2); run the check again.</source>
        <translation>تغيّرت القائمة أثناء الفحص (أصبح إصدار القائمة %1 هو %2)؛ شغّل الفحص مجددًا.</translation>
    </message>
    <message>
        <source>The paged list cached for version %1 is incomplete (a page is missing, of another fill or inconsistent); the next load treats it as a miss.</source>
        <translation>القائمة المقسّمة إلى صفحات المخزنة للإصدار %1 غير مكتملة (صفحة مفقودة أو من تعبئة أخرى أو غير متسقة)؛ يعاملها التحميل التالي كإخفاق.</translation>
    </message>
    <message>
        <source>Setting a value needs the value: use store().</source>
        <translation>تعيين قيمة يتطلب القيمة نفسها: استخدم store().</translation>
    </message>
</context>
<context>
    <name>pm::CacheInspectorWidget</name>
    <message>
        <source>Inspector pages</source>
        <translation>صفحات المفتش</translation>
    </message>
    <message>
        <source>The keys of the namespace, or the invalidation log</source>
        <translation>مفاتيح مساحة الأسماء، أو سجل الإبطال</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Invalidation log</source>
        <translation>سجل الإبطال</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Glob, e.g. product* (Enter to apply)</source>
        <translation>نمط glob، مثل product* (Enter للتطبيق)</translation>
    </message>
    <message>
        <source>Key filter (glob)</source>
        <translation>مرشح المفاتيح (glob)</translation>
    </message>
    <message>
        <source>Lists only the keys that match this glob; press Enter to apply</source>
        <translation>يسرد فقط المفاتيح المطابقة لنمط glob هذا؛ اضغط Enter للتطبيق</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>List the keys of the namespace again</source>
        <translation>سرد مفاتيح مساحة الأسماء مرة أخرى</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>List the next page of keys</source>
        <translation>سرد الصفحة التالية من المفاتيح</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>تحميل الكل</translation>
    </message>
    <message>
        <source>Walk the whole namespace with SCAN, page by page (never KEYS)</source>
        <translation>المرور على مساحة الأسماء كلها باستخدام SCAN صفحة بصفحة (وليس KEYS أبدًا)</translation>
    </message>
    <message>
        <source>Cache keys</source>
        <translation>مفاتيح ذاكرة التخزين</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace with type, size, TTL and version; select one to see its value</source>
        <translation>مفاتيح مساحة أسماء ذاكرة التخزين هذه مع النوع والحجم وTTL والإصدار؛ حدد مفتاحًا لرؤية قيمته</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>حدد مفتاحًا لرؤية قيمته.</translation>
    </message>
    <message>
        <source>Cached product list</source>
        <translation>قائمة المنتجات المخزنة مؤقتًا</translation>
    </message>
    <message>
        <source>The rows of the selected cached product list</source>
        <translation>صفوف قائمة المنتجات المخزنة المحددة</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>معاينة القيمة</translation>
    </message>
    <message>
        <source>The selected key&apos;s value as text, or as a hex dump when it cannot be decoded</source>
        <translation>قيمة المفتاح المحدد نصًا، أو تفريغًا ست عشريًا عندما يتعذر فك ترميزها</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>المهلة بالثواني</translation>
    </message>
    <message>
        <source>The new timeout that Touch and Expire give the selected key</source>
        <translation>المهلة الجديدة التي يمنحها Touch وExpire للمفتاح المحدد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>حذف المفتاح المحدد</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Reset the key&apos;s expiry to the given seconds</source>
        <translation>إعادة ضبط انتهاء صلاحية المفتاح إلى الثواني المحددة</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>إنهاء الصلاحية</translation>
    </message>
    <message>
        <source>Let the key expire in the given seconds</source>
        <translation>جعل المفتاح تنتهي صلاحيته بعد الثواني المحددة</translation>
    </message>
    <message>
        <source>Persist</source>
        <translation>جعله دائمًا</translation>
    </message>
    <message>
        <source>Remove the key&apos;s expiry</source>
        <translation>إزالة انتهاء صلاحية المفتاح</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>التحقق من الاتساق</translation>
    </message>
    <message>
        <source>Compare the cached list of the current list version with the database</source>
        <translation>مقارنة القائمة المخزنة مؤقتًا لإصدار القائمة الحالي بقاعدة البيانات</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Clear namespace…</source>
        <translation>مسح مساحة الأسماء…</translation>
    </message>
    <message>
        <source>Remove every key of this cache&apos;s prefix, and nothing else</source>
        <translation>إزالة كل مفاتيح بادئة ذاكرة التخزين هذه، ولا شيء غيرها</translation>
    </message>
    <message>
        <source>Clear namespace</source>
        <translation>مسح مساحة الأسماء</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: time, write, products, mechanism, keys and outcome</source>
        <translation>إبطال كل عملية كتابة: الوقت والكتابة والمنتجات والآلية والمفاتيح والنتيجة</translation>
    </message>
    <message>
        <source>Every write&apos;s invalidation: which key it removed or superseded (the list version in the key), and writes that removed nothing.</source>
        <translation>إبطال كل عملية كتابة: المفتاح الذي أزالته أو استبدلته (إصدار القائمة في المفتاح)، وعمليات الكتابة التي لم تُزل شيئًا.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>مسح السجل</translation>
    </message>
    <message>
        <source>Forget the invalidations listed so far</source>
        <translation>نسيان عمليات الإبطال المدرجة حتى الآن</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Loading every key…</source>
        <translation>جارٍ تحميل كل المفاتيح…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n مفتاح</numerusform>
            <numerusform>مفتاح واحد</numerusform>
            <numerusform>مفتاحان</numerusform>
            <numerusform>%n مفاتيح</numerusform>
            <numerusform>%n مفتاحًا</numerusform>
            <numerusform>%n مفتاح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) so far; more in the namespace</source>
        <translation>
            <numerusform>%n مفتاح حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
            <numerusform>مفتاح واحد حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
            <numerusform>مفتاحان حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
            <numerusform>%n مفاتيح حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
            <numerusform>%n مفتاحًا حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
            <numerusform>%n مفتاح حتى الآن؛ والمزيد في مساحة الأسماء</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>%1: TTL %2.</source>
        <translation>%1: TTL %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists (expired or removed).</source>
        <translation>%1 لم يعد موجودًا (انتهت صلاحيته أو أُزيل).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · product list · catalogue %2 · list version %3 · %n product(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · %n منتج</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · منتج واحد</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · منتجان</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · %n منتجات</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · %n منتجًا</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · قائمة منتجات · الكتالوج %2 · إصدار القائمة %3 · %n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cannot be decoded: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · يتعذر فك ترميزه: %3</translation>
    </message>
    <message>
        <source>(first %1 of %2 bytes)</source>
        <translation>(أول %1 من %2 بايت)</translation>
    </message>
    <message>
        <source>Counting the keys of the namespace…</source>
        <translation>جارٍ عدّ مفاتيح مساحة الأسماء…</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n key(s).</source>
        <translation>
            <numerusform>سيُزيل %n مفتاح.</numerusform>
            <numerusform>سيُزيل مفتاحًا واحدًا.</numerusform>
            <numerusform>سيُزيل مفتاحين.</numerusform>
            <numerusform>سيُزيل %n مفاتيح.</numerusform>
            <numerusform>سيُزيل %n مفتاحًا.</numerusform>
            <numerusform>سيُزيل %n مفتاح.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes every key of this cache&apos;s namespace and nothing else: %1 Other keys in the same Redis database are left alone.</source>
        <translation>يزيل هذا كل مفاتيح مساحة أسماء ذاكرة التخزين هذه ولا شيء غيرها: %1 تبقى المفاتيح الأخرى في قاعدة بيانات Redis نفسها كما هي.</translation>
    </message>
    <message>
        <source>%1 Nothing was removed.</source>
        <translation>%1 لم يُزل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s) of the namespace.</source>
        <translation>
            <numerusform>أُزيل %n مفتاح من مساحة الأسماء.</numerusform>
            <numerusform>أُزيل مفتاح واحد من مساحة الأسماء.</numerusform>
            <numerusform>أُزيل مفتاحان من مساحة الأسماء.</numerusform>
            <numerusform>أُزيلت %n مفاتيح من مساحة الأسماء.</numerusform>
            <numerusform>أُزيل %n مفتاحًا من مساحة الأسماء.</numerusform>
            <numerusform>أُزيل %n مفتاح من مساحة الأسماء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Cache keys by version</source>
        <translation>مفاتيح ذاكرة التخزين حسب الإصدار</translation>
    </message>
    <message>
        <source>The keys of this cache&apos;s namespace grouped by prefix and version; select one to see its value</source>
        <translation>مفاتيح مساحة الأسماء لذاكرة التخزين هذه مجمّعة حسب البادئة والإصدار؛ حدد مفتاحًا لرؤية قيمته</translation>
    </message>
    <message>
        <source>&amp;Group by version</source>
        <translation>&amp;تجميع حسب الإصدار</translation>
    </message>
    <message>
        <source>Group by version</source>
        <translation>تجميع حسب الإصدار</translation>
    </message>
    <message>
        <source>Show the keys as a tree: prefix, then version, then the keys</source>
        <translation>عرض المفاتيح على شكل شجرة: البادئة، ثم الإصدار، ثم المفاتيح</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>إضافة مفتاح…</translation>
    </message>
    <message>
        <source>Store a new key: a string, a number or JSON, with a timeout</source>
        <translation>تخزين مفتاح جديد: سلسلة نصية أو رقم أو JSON، مع مهلة</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>إضافة مفتاح</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>تحرير القيمة…</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s value and timeout</source>
        <translation>استبدال قيمة المفتاح المحدد ومهلته</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>تحرير القيمة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>مدة البقاء</translation>
    </message>
    <message>
        <source>(other keys)</source>
        <translation>(مفاتيح أخرى)</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(بلا بادئة)</translation>
    </message>
    <message>
        <source>version ?</source>
        <translation>الإصدار ؟</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>جارٍ تخزين %1…</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>خُزِّن %1.</translation>
    </message>
</context>
<context>
    <name>pm::CacheUrl</name>
    <message>
        <source>the cache URL is not valid</source>
        <translation>عنوان URL لذاكرة التخزين المؤقت غير صالح</translation>
    </message>
    <message>
        <source>unknown cache URL option &apos;%1&apos;</source>
        <translation>خيار غير معروف &apos;%1&apos; في عنوان URL لذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>a memory cache URL has no host or path: memory://</source>
        <translation>عنوان URL لذاكرة التخزين في الذاكرة لا يحتوي على مضيف أو مسار: memory://</translation>
    </message>
    <message>
        <source>max_entries must be a whole number of at least 1</source>
        <translation>يجب أن تكون max_entries عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>cull_frequency must be a whole number of at least 0</source>
        <translation>يجب أن تكون cull_frequency عددًا صحيحًا لا يقل عن 0</translation>
    </message>
    <message>
        <source>a redis cache URL needs a host: redis://host:port/db</source>
        <translation>يحتاج عنوان URL لذاكرة redis إلى مضيف: redis://host:port/db</translation>
    </message>
    <message>
        <source>the redis database must be a number: redis://host:port/0</source>
        <translation>يجب أن تكون قاعدة بيانات redis رقمًا: redis://host:port/0</translation>
    </message>
    <message>
        <source>a unix socket URL has no host: unix:///path/redis.sock</source>
        <translation>عنوان URL لمقبس unix لا يحتوي على مضيف: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>a unix socket URL needs an absolute path: unix:///path/redis.sock</source>
        <translation>يحتاج عنوان URL لمقبس unix إلى مسار مطلق: unix:///path/redis.sock</translation>
    </message>
    <message>
        <source>the redis database must be a number: ?db=0</source>
        <translation>يجب أن تكون قاعدة بيانات redis رقمًا: ?db=0</translation>
    </message>
    <message>
        <source>unknown cache URL option after password= (write &amp; in a password as %26)</source>
        <translation>خيار غير معروف في عنوان URL لذاكرة التخزين المؤقت بعد password= (اكتب &amp; في كلمة المرور بالصيغة %26)</translation>
    </message>
    <message>
        <source>unsupported cache URL scheme &apos;%1&apos; (use memory://, redis://, rediss://, unix:// or redis-sentinel://)</source>
        <translation>مخطط عنوان URL لذاكرة التخزين المؤقت «%1» غير مدعوم (استخدم memory:// أو redis:// أو rediss:// أو unix:// أو redis-sentinel://)</translation>
    </message>
</context>
<context>
    <name>pm::CacheValueDialog</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>A number or a JSON literal is stored as that value; anything else is stored as text</source>
        <translation>يُخزَّن الرقم أو قيمة JSON الحرفية بوصفه تلك القيمة؛ وأي شيء آخر يُخزَّن نصًا</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>للأبد</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>المهلة بالثواني</translation>
    </message>
    <message>
        <source>42, 3.5, true, null, [1, 2], {&quot;a&quot;: 1} and &quot;quoted text&quot; are stored as that JSON value; anything else as text. Ctrl+Enter stores.</source>
        <translation>تُخزَّن 42 و3.5 وtrue وnull و[1, 2] و{&quot;a&quot;: 1} و&quot;نص مقتبس&quot; بوصفها قيمة JSON تلك؛ وأي شيء آخر بوصفه نصًا. يخزّن Ctrl+Enter القيمة.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>المفتا&amp;ح:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>الإ&amp;صدار:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>ا&amp;لقيمة:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;المهلة:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>تخزين</translation>
    </message>
</context>
<context>
    <name>pm::ChartWidget</name>
    <message>
        <source>Hit ratio and cache latency per action</source>
        <translation>نسبة الإصابة وزمن استجابة ذاكرة التخزين لكل إجراء</translation>
    </message>
    <message>
        <source>Two charts, oldest action first: the hit ratio of each action with the overall ratio, and its mean and slowest cache call</source>
        <translation>مخططان، الإجراء الأقدم أولًا: نسبة الإصابة لكل إجراء مع النسبة الإجمالية، ومتوسط استدعاء ذاكرة التخزين وأبطؤه</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>لا عمليات بحث</translation>
    </message>
    <message>
        <source>%1. %2
Hit ratio: %3
Mean call: %4 µs · slowest: %5 µs</source>
        <translation>%1. %2
نسبة الإصابة: %3
متوسط الاستدعاء: %4 ميكروثانية · الأبطأ: %5 ميكروثانية</translation>
    </message>
    <message>
        <source>No cache calls yet: load or refresh the list to draw the charts.</source>
        <translation>لا توجد استدعاءات لذاكرة التخزين بعد: حمّل القائمة أو حدّثها لرسم المخططات.</translation>
    </message>
    <message>
        <source>Hit ratio of the action</source>
        <translation>نسبة الإصابة للإجراء</translation>
    </message>
    <message>
        <source>Overall hit ratio</source>
        <translation>نسبة الإصابة الإجمالية</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>متوسط الاستدعاء</translation>
    </message>
    <message>
        <source>Slowest call</source>
        <translation>أبطأ استدعاء</translation>
    </message>
    <message>
        <source>Hit ratio per action</source>
        <translation>نسبة الإصابة لكل إجراء</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache latency per action</source>
        <translation>زمن استجابة ذاكرة التخزين لكل إجراء</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>ميكروثانية</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>actions, oldest → newest</source>
        <translation>الإجراءات، الأقدم ← الأحدث</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionLock</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>مشفّر (TLS)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not verified</source>
        <translation>مشفّر، الشهادة غير متحقَّق منها</translation>
    </message>
</context>
<context>
    <name>pm::ConnectionTester</name>
    <message>
        <source>the memory cache lives in this process: there is no server to test</source>
        <translation>ذاكرة التخزين المؤقت في الذاكرة تعمل داخل هذه العملية: لا يوجد خادم لاختباره</translation>
    </message>
</context>
<context>
    <name>pm::Database</name>
    <message>
        <source>The PostgreSQL URL has an unterminated IPv6 address.</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على عنوان IPv6 غير مكتمل.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has garbage after the host.</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على أحرف زائدة بعد المضيف.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid connect_timeout.</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على قيمة connect_timeout غير صالحة.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name, as in postgresql://user@host/dbname.</source>
        <translation>يحتاج عنوان URL لـ PostgreSQL إلى اسم قاعدة بيانات، كما في postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>موقع قاعدة البيانات فارغ.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; must name an absolute file path, as in sqlite:///home/me/products.db.</source>
        <translation>يجب أن يحدد عنوان URL لـ SQLite &quot;%1&quot; مسار ملف مطلقًا، كما في sqlite:///home/me/products.db.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot; (use sqlite:// or postgresql://).</source>
        <translation>مخطط عنوان URL لقاعدة البيانات &quot;%1&quot; غير مدعوم (استخدم sqlite:// أو postgresql://).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>برنامج تشغيل Qt SQL لـ %1 غير مثبت.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>لم يُحدَّد ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database location %1 is a directory, not a file.</source>
        <translation>موقع قاعدة البيانات %1 دليل وليس ملفًا.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>فتح قاعدة البيانات %1</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>تهيئة الاتصال</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>تهيئة قاعدة البيانات</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Product Manager (schema version %1); this version understands schema versions up to %2. Upgrade Product Manager to open it.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من مدير المنتجات (إصدار المخطط %1)؛ يفهم هذا الإصدار إصدارات المخطط حتى %2. حدّث مدير المنتجات لفتحها.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade from schema version %2 to %3, but the file is read-only.</source>
        <translation>تحتاج قاعدة البيانات %1 إلى ترقية من إصدار المخطط %2 إلى %3، لكن الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>إنشاء المخطط</translation>
    </message>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>لا توجد ترحيلات إلى إصدار المخطط %1.</translation>
    </message>
    <message>
        <source>Migrating the schema to version %1</source>
        <translation>ترحيل المخطط إلى الإصدار %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file is not writable), so changes cannot be saved.</source>
        <translation>قاعدة البيانات %1 للقراءة فقط (الملف غير قابل للكتابة)، لذا لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>A write transaction is already open.</source>
        <translation>توجد معاملة كتابة مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>بدء عملية كتابة</translation>
    </message>
    <message>
        <source>No write transaction is open.</source>
        <translation>لا توجد معاملة كتابة مفتوحة.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it and did not finish in time. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة: برنامج آخر يكتب فيها ولم ينتهِ في الوقت المحدد. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>the database is read-only, so changes cannot be saved.</source>
        <translation>قاعدة البيانات للقراءة فقط، لذا لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>the file is not a product database, or it is damaged.</source>
        <translation>الملف ليس قاعدة بيانات منتجات أو أنه تالف.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <source>the database rejected a value that breaks one of its rules.</source>
        <translation>رفضت قاعدة البيانات قيمة تخالف إحدى قواعدها.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full).</source>
        <translation>أبلغ القرص عن خطأ (قد يكون ممتلئًا).</translation>
    </message>
    <message>
        <source>access to the database was denied.</source>
        <translation>رُفض الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <source>the database reported an error.</source>
        <translation>أبلغت قاعدة البيانات عن خطأ.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>فشل %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>تحضير عبارة</translation>
    </message>
    <message>
        <source>Running a statement</source>
        <translation>تنفيذ عبارة</translation>
    </message>
    <message>
        <source>Reading from the database</source>
        <translation>القراءة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>The SQLite fast path needs a SQLite connection.</source>
        <translation>يتطلب المسار السريع لـ SQLite اتصال SQLite.</translation>
    </message>
    <message>
        <source>SQLite error</source>
        <translation>خطأ SQLite</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة وحاول مجددًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Reconnecting to the database %1</source>
        <translation>إعادة الاتصال بقاعدة البيانات %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved. Reconnected: reload the list to check before trying again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات أثناء الحفظ، لذا لا يُعرف إن كان التغيير قد حُفظ. أُعيد الاتصال: أعد تحميل القائمة للتحقق قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the change was saved, and reconnecting failed: %1</source>
        <translation>انقطع الاتصال بقاعدة البيانات أثناء الحفظ، لذا لا يُعرف إن كان التغيير قد حُفظ، وفشلت إعادة الاتصال: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed). Reconnected: try again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات؛ لم يُحفظ التغيير (لم يتغير شيء). أُعيد الاتصال: حاول مجددًا.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the change was not saved (nothing was changed), and reconnecting failed: %1</source>
        <translation>انقطع الاتصال بقاعدة البيانات؛ لم يُحفظ التغيير (لم يتغير شيء)، وفشلت إعادة الاتصال: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been reopened: %1</source>
        <translation>انقطع الاتصال بقاعدة البيانات وأُعيد فتحه: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost, and reconnecting failed: %1</source>
        <translation>انقطع الاتصال بقاعدة البيانات، وفشلت إعادة الاتصال: %1</translation>
    </message>
    <message>
        <source>The database URL is malformed: expected sqlite:///path or postgresql://host/dbname.</source>
        <translation>عنوان URL لقاعدة البيانات غير سليم: المتوقع sqlite:///path أو postgresql://host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid statement_timeout (milliseconds, 100–3600000).</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على قيمة statement_timeout غير صالحة (بالمللي ثانية، 100–3600000).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter after password= (write &amp; in a password as %26).</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على معامل غير مدعوم بعد password= (اكتب &amp; في كلمة المرور بالصيغة %26).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unsupported parameter &quot;%1&quot; (supported: host, port, user, password, dbname, connect_timeout, statement_timeout).</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على معامل غير مدعوم &quot;%1&quot; (المدعوم: host وport وuser وpassword وdbname وconnect_timeout وstatement_timeout).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an invalid port (expected 1–65535).</source>
        <translation>يحتوي عنوان URL لـ PostgreSQL على منفذ غير صالح (المتوقع 1–65535).</translation>
    </message>
    <message>
        <source>%1 is open as a read-only snapshot: its folder cannot be written, so changes saved after it was opened are not shown until you open it again.</source>
        <translation>%1 مفتوحة كلقطة للقراءة فقط: لا يمكن الكتابة في مجلدها، لذا لا تظهر التغييرات المحفوظة بعد فتحها حتى تفتحها مجددًا.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can browse the catalogue but not change it.</source>
        <translation>%1 للقراءة فقط: يمكنك تصفح الكتالوج لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms while saving, so it is not known whether the change was saved. Reload the list to check before trying again.</source>
        <translation>لم تُجب قاعدة البيانات خلال %1 مللي ثانية أثناء الحفظ، لذا لا يُعرف إن كان التغيير قد حُفظ. أعد تحميل القائمة للتحقق قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms; the change was not saved (nothing was changed).</source>
        <translation>لم تُجب قاعدة البيانات خلال %1 مللي ثانية؛ لم يُحفظ التغيير (لم يتغير شيء).</translation>
    </message>
    <message>
        <source>The database did not answer within %1 ms.</source>
        <translation>لم تُجب قاعدة البيانات خلال %1 مللي ثانية.</translation>
    </message>
</context>
<context>
    <name>pm::DebugPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>Debug Panel</source>
        <translation>لوحة التصحيح</translation>
    </message>
    <message>
        <source>Cache health</source>
        <translation>حالة ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Cache</source>
        <comment>debug panel tab</comment>
        <translation>ذاكرة التخزين</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Filter calls (operation, key, origin…)</source>
        <translation>تصفية الاستدعاءات (العملية، المفتاح، المصدر…)</translation>
    </message>
    <message>
        <source>Invalidate cache</source>
        <translation>إبطال ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>إزالة قائمة المنتجات المخزنة مؤقتًا؛ يقرأ التحميل التالي قاعدة البيانات</translation>
    </message>
    <message>
        <source>Reset statistics</source>
        <translation>إعادة تعيين الإحصاءات</translation>
    </message>
    <message>
        <source>Filter statements (SQL, values, flags, origin…)</source>
        <translation>تصفية العبارات (SQL، القيم، العلامات، المصدر…)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Calls &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Hits &lt;b&gt;%3&lt;/b&gt; · Misses &lt;b&gt;%4&lt;/b&gt; · Hit ratio &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>الاستدعاءات &lt;b&gt;%1&lt;/b&gt; · الوقت &lt;b&gt;%2&lt;/b&gt; · الإصابات &lt;b&gt;%3&lt;/b&gt; · الإخفاقات &lt;b&gt;%4&lt;/b&gt; · نسبة الإصابة &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cache calls yet.</source>
        <translation>لا توجد استدعاءات لذاكرة التخزين المؤقت بعد.</translation>
    </message>
    <message>
        <source>Statements &lt;b&gt;%1&lt;/b&gt; · Time &lt;b&gt;%2&lt;/b&gt; · Similar &lt;b&gt;%3&lt;/b&gt; · Duplicates &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>العبارات &lt;b&gt;%1&lt;/b&gt; · الوقت &lt;b&gt;%2&lt;/b&gt; · المتشابهة &lt;b&gt;%3&lt;/b&gt; · المكررة &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cache ok</source>
        <translation>ذاكرة التخزين سليمة</translation>
    </message>
    <message>
        <source>Cache ok · %1% hits</source>
        <translation>ذاكرة التخزين سليمة · %1% إصابات</translation>
    </message>
    <message>
        <source>Cache degraded</source>
        <translation>ذاكرة التخزين متراجعة</translation>
    </message>
    <message>
        <source>Cache down</source>
        <translation>ذاكرة التخزين معطلة</translation>
    </message>
    <message>
        <source>Filter cache calls</source>
        <translation>تصفية استدعاءات ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Shows only the calls whose text contains this</source>
        <translation>يعرض فقط الاستدعاءات التي يحتوي نصها على هذا</translation>
    </message>
    <message>
        <source>Clear the tables and totals of the debug panel</source>
        <translation>مسح جداول لوحة التصحيح ومجاميعها</translation>
    </message>
    <message>
        <source>Cache calls</source>
        <translation>استدعاءات ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Every cache call with its operation, keys, hit or miss, duration and origin</source>
        <translation>كل استدعاء لذاكرة التخزين المؤقت مع عمليته ومفاتيحه وإصابته أو إخفاقه ومدته ومصدره</translation>
    </message>
    <message>
        <source>Filter SQL statements</source>
        <translation>تصفية عبارات SQL</translation>
    </message>
    <message>
        <source>Shows only the statements whose text contains this</source>
        <translation>يعرض فقط العبارات التي يحتوي نصها على هذا</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>عبارات SQL</translation>
    </message>
    <message>
        <source>Every SQL statement with its bound values, duration, rows and similar or duplicate flags</source>
        <translation>كل عبارة SQL مع قيمها المرتبطة ومدتها وصفوفها وعلامات التشابه أو التكرار</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقت</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>وحدة التحكم</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Show the query plan of the selected SELECT, run on the worker&apos;s connection with its bound values</source>
        <translation>عرض خطة استعلام SELECT المحدد، مُنفَّذًا على اتصال خيط العمل بقيمه المرتبطة</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>خطة الاستعلام</translation>
    </message>
    <message>
        <source>The plan of the statement last explained, or why it cannot be explained</source>
        <translation>خطة آخر عبارة شُرحت، أو سبب تعذر شرحها</translation>
    </message>
    <message>
        <source>Select a SELECT statement and press Explain to see its query plan.</source>
        <translation>حدد عبارة SELECT واضغط شرح لرؤية خطة الاستعلام.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>حدد عبارة أولًا.</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained; this is %1. Running EXPLAIN on a write would not show a read plan, and EXPLAIN ANALYZE would run the write.</source>
        <translation>لا يمكن شرح سوى عبارات SELECT؛ هذه %1. تشغيل EXPLAIN على عملية كتابة لن يُظهر خطة قراءة، وسينفذ EXPLAIN ANALYZE الكتابة.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>جارٍ الشرح…</translation>
    </message>
    <message>
        <source>The database returned no plan.</source>
        <translation>لم تُرجع قاعدة البيانات أي خطة.</translation>
    </message>
    <message>
        <source>Could not explain the statement: %1</source>
        <translation>تعذّر شرح العبارة: %1</translation>
    </message>
    <message>
        <source>The debug panel&apos;s own cache calls (inspector, console, consistency check): listed in the table, left out of the totals, the hit ratio and the badge</source>
        <translation>استدعاءات لوحة التصحيح نفسها لذاكرة التخزين المؤقت (المفتش، وحدة التحكم، فحص الاتساق): تُسرد في الجدول، وتُستبعد من الإجماليات ونسبة الإصابة والشارة</translation>
    </message>
    <message>
        <source>Panel: %1 calls</source>
        <translation>استدعاءات اللوحة: %1</translation>
    </message>
    <message>
        <source>showing the last %1 of %2 statements</source>
        <translation>عرض آخر %1 من أصل %2 من العبارات</translation>
    </message>
    <message>
        <source>Cache health, with the hit ratio of the application&apos;s cache calls (the debug panel&apos;s own calls left out) (F12)</source>
        <translation>حالة ذاكرة التخزين المؤقت مع نسبة الإصابة لاستدعاءات التطبيق لذاكرة التخزين المؤقت (دون استدعاءات لوحة التصحيح نفسها) (F12)</translation>
    </message>
</context>
<context>
    <name>pm::HistoryWidget</name>
    <message>
        <source>Action history</source>
        <translation>سجل الإجراءات</translation>
    </message>
    <message>
        <source>The last %1 actions, pinned ones first; select one to see its cache calls, SQL and timings</source>
        <translation>آخر %1 إجراءات، المثبّتة أولًا؛ حدد إجراءً لرؤية استدعاءات ذاكرة التخزين وSQL والتوقيتات</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Keep this action beyond the last %1</source>
        <translation>الاحتفاظ بهذا الإجراء بعد آخر %1</translation>
    </message>
    <message>
        <source>Select an action to see its cache calls, SQL and timings.</source>
        <translation>حدد إجراءً لرؤية استدعاءات ذاكرة التخزين وSQL والتوقيتات.</translation>
    </message>
    <message>
        <source>Cache calls of the selected action</source>
        <translation>استدعاءات ذاكرة التخزين للإجراء المحدد</translation>
    </message>
    <message>
        <source>Operation, keys, hit or miss, bytes and duration of each call</source>
        <translation>العملية والمفاتيح والإصابة أو الإخفاق والبايتات ومدة كل استدعاء</translation>
    </message>
    <message>
        <source>SQL of the selected action</source>
        <translation>SQL للإجراء المحدد</translation>
    </message>
    <message>
        <source>Each statement with its bound values, duration, rows and flags</source>
        <translation>كل عبارة مع قيمها المرتبطة ومدتها وصفوفها وعلاماتها</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · Wall &lt;b&gt;%3&lt;/b&gt; · CPU &lt;b&gt;%4&lt;/b&gt; · Cache &lt;b&gt;%5&lt;/b&gt; (calls %6, hits %7, misses %8) · SQL &lt;b&gt;%9&lt;/b&gt; (statements %10) · Model &lt;b&gt;%11&lt;/b&gt; · Paint &lt;b&gt;%12&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; عند %2 · الفعلي &lt;b&gt;%3&lt;/b&gt; · المعالج &lt;b&gt;%4&lt;/b&gt; · ذاكرة التخزين &lt;b&gt;%5&lt;/b&gt; (الاستدعاءات %6، الإصابات %7، الإخفاقات %8) · SQL &lt;b&gt;%9&lt;/b&gt; (العبارات %10) · النموذج &lt;b&gt;%11&lt;/b&gt; · الرسم &lt;b&gt;%12&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::InspectorKeyModel</name>
    <message>
        <source>forever</source>
        <translation>للأبد</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 دقيقة %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 ساعة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>مدة البقاء</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
</context>
<context>
    <name>pm::InvalidationLogModel</name>
    <message>
        <source>failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n key(s)</source>
        <translation>
            <numerusform>أُزيل %n مفتاح</numerusform>
            <numerusform>أُزيل مفتاح واحد</numerusform>
            <numerusform>أُزيل مفتاحان</numerusform>
            <numerusform>أُزيلت %n مفاتيح</numerusform>
            <numerusform>أُزيل %n مفتاحًا</numerusform>
            <numerusform>أُزيل %n مفتاح</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to remove; superseded by list version %1</source>
        <translation>لا شيء لإزالته؛ استُبدل بإصدار القائمة %1</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>لا شيء لإزالته</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n منتج</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Keys removed or superseded</source>
        <translation>المفاتيح المُزالة أو المستبدلة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>pm::MainWindow</name>
    <message>
        <source>Product Manager</source>
        <translation>مدير المنتجات</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Create a product (%1)</source>
        <translation>إنشاء منتج (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected product (F2, Enter)</source>
        <translation>تحرير المنتج المحدد (F2، Enter)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected…</source>
        <translation>تحرير المحد&amp;د…</translation>
    </message>
    <message>
        <source>Set the title or price of all selected products at once</source>
        <translation>تعيين العنوان أو السعر لكل المنتجات المحددة دفعة واحدة</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected products (Del)</source>
        <translation>حذف المنتجات المحددة (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Reload the product list (F5)</source>
        <translation>إعادة تحميل قائمة المنتجات (F5)</translation>
    </message>
    <message>
        <source>&amp;Invalidate Cache</source>
        <translation>&amp;إبطال ذاكرة التخزين</translation>
    </message>
    <message>
        <source>Remove the cached product list; the next load reads the database</source>
        <translation>إزالة قائمة المنتجات المخزنة مؤقتًا؛ يقرأ التحميل التالي قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import products from a JSON or CSV file</source>
        <translation>استيراد منتجات من ملف JSON أو CSV</translation>
    </message>
    <message>
        <source>Seed &amp;Demo Data…</source>
        <translation>توليد بيانات &amp;تجريبية…</translation>
    </message>
    <message>
        <source>Add generated demo products</source>
        <translation>إضافة منتجات تجريبية مولَّدة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Database, cache and language</source>
        <translation>قاعدة البيانات وذاكرة التخزين المؤقت واللغة</translation>
    </message>
    <message>
        <source>&amp;About Product Manager</source>
        <translation>&amp;حول مدير المنتجات</translation>
    </message>
    <message>
        <source>About Product Manager</source>
        <translation>حول مدير المنتجات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Product Manager %1&lt;/h3&gt;&lt;p&gt;A product catalogue whose list loads through a low-level cache you can see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مدير المنتجات %1&lt;/h3&gt;&lt;p&gt;كتالوج منتجات تُحمَّل قائمته عبر ذاكرة تخزين مؤقت منخفضة المستوى يمكنك مراقبتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>البحث في العناوين</translation>
    </message>
    <message>
        <source>Search titles (%1)</source>
        <translation>البحث في العناوين (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>&amp;Debug Panel</source>
        <translation>لوحة &amp;التصحيح</translation>
    </message>
    <message>
        <source>Show or hide the cache and SQL debug panel</source>
        <translation>إظهار لوحة تصحيح ذاكرة التخزين المؤقت وSQL أو إخفاؤها</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Product count</source>
        <translation>عدد المنتجات</translation>
    </message>
    <message>
        <source>Selection count</source>
        <translation>عدد المحدد</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>أُنشئ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>حُفظ &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln product(s).</source>
        <translation>
            <numerusform>حُدِّث %Ln منتج.</numerusform>
            <numerusform>حُدِّث منتج واحد.</numerusform>
            <numerusform>حُدِّث منتجان.</numerusform>
            <numerusform>حُدِّث %Ln منتجات.</numerusform>
            <numerusform>حُدِّث %Ln منتجًا.</numerusform>
            <numerusform>حُدِّث %Ln منتج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s).</source>
        <translation>
            <numerusform>حُذف %Ln منتج.</numerusform>
            <numerusform>حُذف منتج واحد.</numerusform>
            <numerusform>حُذف منتجان.</numerusform>
            <numerusform>حُذف %Ln منتجات.</numerusform>
            <numerusform>حُذف %Ln منتجًا.</numerusform>
            <numerusform>حُذف %Ln منتج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>message bar button</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Seeding cancelled; nothing was added.</source>
        <translation>أُلغي التوليد؛ لم يُضف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo product(s).</source>
        <translation>
            <numerusform>أُضيف %Ln منتج تجريبي.</numerusform>
            <numerusform>أُضيف منتج تجريبي واحد.</numerusform>
            <numerusform>أُضيف منتجان تجريبيان.</numerusform>
            <numerusform>أُضيفت %Ln منتجات تجريبية.</numerusform>
            <numerusform>أُضيف %Ln منتجًا تجريبيًا.</numerusform>
            <numerusform>أُضيف %Ln منتج تجريبي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>ذاكرة التخزين: %1</translation>
    </message>
    <message>
        <source>Cache: %1 unavailable, list from the database</source>
        <translation>ذاكرة التخزين: %1 غير متاحة، القائمة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cache: %1, last load a hit</source>
        <translation>ذاكرة التخزين: %1، آخر تحميل إصابة</translation>
    </message>
    <message>
        <source>Cache: %1, last load a miss</source>
        <translation>ذاكرة التخزين: %1، آخر تحميل إخفاق</translation>
    </message>
    <message>
        <source>The cache is not working (%1). The list is read from the database.</source>
        <translation>ذاكرة التخزين المؤقت لا تعمل (%1). تُقرأ القائمة من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cache invalidated: the next load reads the database.</source>
        <translation>أُبطلت ذاكرة التخزين المؤقت: يقرأ التحميل التالي قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The cache held no product list; nothing to invalidate.</source>
        <translation>لم تحتوِ ذاكرة التخزين المؤقت على قائمة منتجات؛ لا شيء لإبطاله.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln منتج</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%Ln منتجات</numerusform>
            <numerusform>%Ln منتجًا</numerusform>
            <numerusform>%Ln منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) shown</source>
        <translation>
            <numerusform>عرض %1 من %Ln منتج</numerusform>
            <numerusform>عرض %1 من منتج واحد</numerusform>
            <numerusform>عرض %1 من منتجين</numerusform>
            <numerusform>عرض %1 من %Ln منتجات</numerusform>
            <numerusform>عرض %1 من %Ln منتجًا</numerusform>
            <numerusform>عرض %1 من %Ln منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln محدد</numerusform>
            <numerusform>واحد محدد</numerusform>
            <numerusform>اثنان محددان</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددًا</numerusform>
            <numerusform>%Ln محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>تعذّر تحميل المنتجات: %1</translation>
    </message>
    <message numerus="yes">
        <source>A new catalogue: added %Ln demo product(s).</source>
        <translation>
            <numerusform>كتالوج جديد: أُضيف %Ln منتج تجريبي.</numerusform>
            <numerusform>كتالوج جديد: أُضيف منتج تجريبي واحد.</numerusform>
            <numerusform>كتالوج جديد: أُضيف منتجان تجريبيان.</numerusform>
            <numerusform>كتالوج جديد: أُضيفت %Ln منتجات تجريبية.</numerusform>
            <numerusform>كتالوج جديد: أُضيف %Ln منتجًا تجريبيًا.</numerusform>
            <numerusform>كتالوج جديد: أُضيف %Ln منتج تجريبي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings applied: %1 is open.</source>
        <translation>طُبِّقت الإعدادات: %1 مفتوح.</translation>
    </message>
    <message>
        <source>Could not invalidate the cache: %1</source>
        <translation>تعذّر إبطال ذاكرة التخزين المؤقت: %1</translation>
    </message>
    <message>
        <source>Could not create the product: %1</source>
        <translation>تعذّر إنشاء المنتج: %1</translation>
    </message>
    <message>
        <source>Could not save the product: %1</source>
        <translation>تعذّر حفظ المنتج: %1</translation>
    </message>
    <message>
        <source>Could not update the products: %1</source>
        <translation>تعذّر تحديث المنتجات: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>حذف &quot;%1&quot;؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)?</source>
        <translation>
            <numerusform>حذف %Ln منتج؟</numerusform>
            <numerusform>حذف منتج واحد؟</numerusform>
            <numerusform>حذف منتجين؟</numerusform>
            <numerusform>حذف %Ln منتجات؟</numerusform>
            <numerusform>حذف %Ln منتجًا؟</numerusform>
            <numerusform>حذف %Ln منتج؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Products</source>
        <translation>حذف المنتجات</translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>يمكنك التراجع عن ذلك باستخدام %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>confirmation button</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Could not delete the products: %1</source>
        <translation>تعذّر حذف المنتجات: %1</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <source>Product files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>ملفات المنتجات (*.json *.csv);;JSON (*.json);;CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln demo product(s)…</source>
        <translation>
            <numerusform>جارٍ إضافة %Ln منتج تجريبي…</numerusform>
            <numerusform>جارٍ إضافة منتج تجريبي واحد…</numerusform>
            <numerusform>جارٍ إضافة منتجين تجريبيين…</numerusform>
            <numerusform>جارٍ إضافة %Ln منتجات تجريبية…</numerusform>
            <numerusform>جارٍ إضافة %Ln منتجًا تجريبيًا…</numerusform>
            <numerusform>جارٍ إضافة %Ln منتج تجريبي…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add demo data: %1</source>
        <translation>تعذّرت إضافة البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>Another import or seed is still running.</source>
        <translation>ما زال استيراد أو توليد آخر قيد التشغيل.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import result: accepted sentence, rejected sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>استُورد %Ln منتج.</numerusform>
            <numerusform>استُورد منتج واحد.</numerusform>
            <numerusform>استُورد منتجان.</numerusform>
            <numerusform>استُورد %Ln منتجات.</numerusform>
            <numerusform>استُورد %Ln منتجًا.</numerusform>
            <numerusform>استُورد %Ln منتج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>رُفض %Ln صف.</numerusform>
            <numerusform>رُفض صف واحد.</numerusform>
            <numerusform>رُفض صفان.</numerusform>
            <numerusform>رُفضت %Ln صفوف.</numerusform>
            <numerusform>رُفض %Ln صفًا.</numerusform>
            <numerusform>رُفض %Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

الملف: %2</translation>
    </message>
    <message>
        <source>Seed Demo Data</source>
        <translation>توليد بيانات تجريبية</translation>
    </message>
    <message>
        <source>Number of demo products to add:</source>
        <translation>عدد المنتجات التجريبية المراد إضافتها:</translation>
    </message>
    <message>
        <source>Settings saved. The language applies from the next start.</source>
        <translation>حُفظت الإعدادات. تُطبَّق اللغة من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>The product catalogue: Enter or F2 edits the selected product, Del deletes it</source>
        <translation>كتالوج المنتجات: يحرر Enter أو F2 المنتج المحدد، ويحذفه Del</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>أُعيد الاتصال بقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>جارٍ الفرز…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>جارٍ تحميل المنتجات…</translation>
    </message>
    <message>
        <source>Loading products… %L1</source>
        <translation>جارٍ تحميل المنتجات… %L1</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln product(s); loading the rest</source>
        <translation>
            <numerusform>أول %Ln منتج؛ جارٍ تحميل البقية</numerusform>
            <numerusform>أول منتج؛ جارٍ تحميل البقية</numerusform>
            <numerusform>أول منتجين؛ جارٍ تحميل البقية</numerusform>
            <numerusform>أول %Ln منتجات؛ جارٍ تحميل البقية</numerusform>
            <numerusform>أول %Ln منتجًا؛ جارٍ تحميل البقية</numerusform>
            <numerusform>أول %Ln منتج؛ جارٍ تحميل البقية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcuts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected products as tab-separated text</source>
        <translation>نسخ المنتجات المحددة كنص مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <comment>menu</comment>
        <translation>&amp;فرز حسب</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;تصاعدي</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>تنا&amp;زلي</translation>
    </message>
    <message>
        <source>&amp;Next Sort Column</source>
        <translation>&amp;عمود الفرز التالي</translation>
    </message>
    <message>
        <source>Sort by the next column; after the last, reverse the order</source>
        <translation>الفرز حسب العمود التالي؛ وبعد الأخير يُعكس الترتيب</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln product(s).</source>
        <translation>
            <numerusform>نُسخ %Ln منتج.</numerusform>
            <numerusform>نُسخ منتج واحد.</numerusform>
            <numerusform>نُسخ منتجان.</numerusform>
            <numerusform>نُسخت %Ln منتجات.</numerusform>
            <numerusform>نُسخ %Ln منتجًا.</numerusform>
            <numerusform>نُسخ %Ln منتج.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product no longer exists: another window or program deleted it. The list was reloaded.</source>
        <translation>لم يعد المنتج موجودًا: حذفته نافذة أو برنامج آخر. أُعيد تحميل القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s); the others no longer existed. The list was reloaded.</source>
        <translation>
            <numerusform>حُذف %Ln منتج؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
            <numerusform>حُذف منتج واحد؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
            <numerusform>حُذف منتجان؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
            <numerusform>حُذفت %Ln منتجات؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
            <numerusform>حُذف %Ln منتجًا؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
            <numerusform>حُذف %Ln منتج؛ ولم تعد المنتجات الأخرى موجودة. أُعيد تحميل القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 (%3%)</source>
        <translation>استُورد %1 من أصل %2 (%3%)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 (%3%)</source>
        <translation>صُدِّر %1 من أصل %2 (%3%)</translation>
    </message>
    <message>
        <source>Added %1 of %2 demo products (%3%)</source>
        <translation>أُضيف %1 من أصل %2 من المنتجات التجريبية (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue skipped.</source>
        <translation>
            <numerusform>تم تخطي %Ln منتج موجود بالفعل في الكتالوج.</numerusform>
            <numerusform>تم تخطي منتج واحد موجود بالفعل في الكتالوج.</numerusform>
            <numerusform>تم تخطي منتجين موجودين بالفعل في الكتالوج.</numerusform>
            <numerusform>تم تخطي %Ln منتجات موجودة بالفعل في الكتالوج.</numerusform>
            <numerusform>تم تخطي %Ln منتجًا موجودًا بالفعل في الكتالوج.</numerusform>
            <numerusform>تم تخطي %Ln منتج موجود بالفعل في الكتالوج.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a CSV or JSON file</source>
        <translation>كتابة الكتالوج كله إلى ملف CSV أو JSON</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>أُلغي التصدير؛ بقي %1 كما كان.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>صُدِّر %Ln منتج إلى %1.</numerusform>
            <numerusform>صُدِّر منتج واحد إلى %1.</numerusform>
            <numerusform>صُدِّر منتجان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln منتجات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منتجًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منتج إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln product(s) are already in the catalogue (same title and price).</source>
        <translation>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل %Ln منتج (بالعنوان والسعر نفسيهما).</numerusform>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل منتج واحد (بالعنوان والسعر نفسيهما).</numerusform>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل منتجين (بالعنوان والسعر نفسيهما).</numerusform>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل %Ln منتجات (بالعنوان والسعر نفسيهما).</numerusform>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل %Ln منتجًا (بالعنوان والسعر نفسيهما).</numerusform>
            <numerusform>يوجد في الكتالوج بالفعل %1 من أصل %Ln منتج (بالعنوان والسعر نفسيهما).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip Them</source>
        <translation>تخطيها</translation>
    </message>
    <message>
        <source>Import All</source>
        <translation>استيراد الكل</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>كتالوج جديد</translation>
    </message>
    <message>
        <source>This catalogue is empty. Add %L1 demo products?</source>
        <translation>هذا الكتالوج فارغ. هل تريد إضافة %L1 منتج تجريبي؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>تصدير المنتجات</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>تعذّر التصدير إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
</context>
<context>
    <name>pm::Money</name>
    <message>
        <source>A price is required.</source>
        <translation>السعر مطلوب.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: enter an amount such as %2.</source>
        <translation>&quot;%1&quot; ليس سعرًا: أدخل مبلغًا مثل %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>A price can have at most two decimal places.</source>
        <translation>يمكن أن يحتوي السعر على منزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>A price cannot be more than %1.</source>
        <translation>لا يمكن أن يتجاوز السعر %1.</translation>
    </message>
</context>
<context>
    <name>pm::Origin</name>
    <message>
        <source>open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>load list</source>
        <translation>تحميل القائمة</translation>
    </message>
    <message>
        <source>create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>bulk edit</source>
        <translation>تحرير جماعي</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>undo delete</source>
        <translation>تراجع عن الحذف</translation>
    </message>
    <message>
        <source>import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>توليد</translation>
    </message>
    <message>
        <source>invalidate cache</source>
        <translation>إبطال ذاكرة التخزين</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>explain</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>consistency check</source>
        <translation>فحص الاتساق</translation>
    </message>
    <message>
        <source>console</source>
        <translation>وحدة التحكم</translation>
    </message>
    <message>
        <source>clear namespace</source>
        <translation>مسح مساحة الأسماء</translation>
    </message>
</context>
<context>
    <name>pm::ProductChangeNotifier</name>
    <message>
        <source>Redis notifications need a redis:// or unix:// cache URL.</source>
        <translation>تتطلب إشعارات Redis عنوان URL لذاكرة التخزين من نوع redis:// أو unix://.</translation>
    </message>
    <message>
        <source>PostgreSQL notifications need a PostgreSQL database.</source>
        <translation>تتطلب إشعارات PostgreSQL قاعدة بيانات PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>pm::ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>تحرير المنتج</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Product title</source>
        <translation>عنوان المنتج</translation>
    </message>
    <message>
        <source>Title error</source>
        <translation>خطأ في العنوان</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Price error</source>
        <translation>خطأ في السعر</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>خطأ في الحفظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;السعر:</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Save the product and close the dialog</source>
        <translation>حفظ المنتج وإغلاق مربع الحوار</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>إغلاق مربع الحوار دون حفظ</translation>
    </message>
</context>
<context>
    <name>pm::ProductExporter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>تتعذر الكتابة في الملف %1: %2</translation>
    </message>
</context>
<context>
    <name>pm::ProductImporter</name>
    <message>
        <source>The price is not a number.</source>
        <translation>السعر ليس رقمًا.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>الملف ليس JSON صالحًا: %1 عند البايت %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of {&quot;title&quot;, &quot;price&quot;} objects.</source>
        <translation>يجب أن يحتوي ملف JSON على مصفوفة من كائنات {&quot;title&quot;, &quot;price&quot;}.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>الإدخال ليس كائنًا.</translation>
    </message>
    <message>
        <source>The title is missing or is not text.</source>
        <translation>العنوان مفقود أو ليس نصًا.</translation>
    </message>
    <message>
        <source>The price is missing or is neither text nor a number.</source>
        <translation>السعر مفقود أو ليس نصًا ولا رقمًا.</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>ملف CSV ليس نص UTF-8 صالحًا.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>حقل بين علامتي اقتباس لم يُغلق قبل نهاية الملف.</translation>
    </message>
    <message>
        <source>The row has a stray quote; quote whole fields and double quotes inside them.</source>
        <translation>يحتوي الصف على علامة اقتباس شاردة؛ ضع الحقول كاملة بين علامتي اقتباس وضاعف العلامات داخلها.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header needs at least %2.</source>
        <translation>يحتوي الصف على %1 حقول؛ يتطلب صف العناوين %2 على الأقل.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>The CSV file needs a header row naming the title and price columns (found: %1).</source>
        <translation>يحتاج ملف CSV إلى صف عناوين يسمّي عمودي العنوان والسعر (الموجود: %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>pm::ProductPreviewModel</name>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>تاريخ الإنشاء (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>تاريخ التحديث (UTC)</translation>
    </message>
</context>
<context>
    <name>pm::ProductRepository</name>
    <message>
        <source>The price is outside 0.00–99,999,999.99.</source>
        <translation>السعر خارج النطاق 0.00–99,999,999.99.</translation>
    </message>
    <message>
        <source>The list version is missing from the database.</source>
        <translation>إصدار القائمة مفقود من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>المنتج %1 غير موجود.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>The catalogue id is missing from the database.</source>
        <translation>معرّف الكتالوج مفقود من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Product %1 no longer exists; nothing was changed.</source>
        <translation>المنتج %1 لم يعد موجودًا؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>pm::ProductRules</name>
    <message>
        <source>A title is required.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <source>A title can have at most %1 characters; this one has %2.</source>
        <translation>يمكن أن يحتوي العنوان على %1 حرفًا على الأكثر؛ هذا يحتوي على %2.</translation>
    </message>
</context>
<context>
    <name>pm::ProductService</name>
    <message numerus="yes">
        <source>%n page(s) of the product list could not be cached.</source>
        <translation>
            <numerusform>تعذّر تخزين %n صفحة من قائمة المنتجات مؤقتًا.</numerusform>
            <numerusform>تعذّر تخزين صفحة واحدة من قائمة المنتجات مؤقتًا.</numerusform>
            <numerusform>تعذّر تخزين صفحتين من قائمة المنتجات مؤقتًا.</numerusform>
            <numerusform>تعذّر تخزين %n صفحات من قائمة المنتجات مؤقتًا.</numerusform>
            <numerusform>تعذّر تخزين %n صفحة من قائمة المنتجات مؤقتًا.</numerusform>
            <numerusform>تعذّر تخزين %n صفحة من قائمة المنتجات مؤقتًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The product list has too many products to cache (%n page(s)).</source>
        <translation>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (%n صفحة).</numerusform>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (صفحة واحدة).</numerusform>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (صفحتان).</numerusform>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (%n صفحات).</numerusform>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (%n صفحة).</numerusform>
            <numerusform>تضم قائمة المنتجات منتجات أكثر مما يمكن تخزينه مؤقتًا (%n صفحة).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ProductTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
</context>
<context>
    <name>pm::ProductWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>The cache could not be used (%1); the in-memory cache is used instead.</source>
        <translation>تعذّر استخدام ذاكرة التخزين المؤقت (%1)؛ تُستخدم ذاكرة التخزين في الذاكرة بدلًا منها.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>Only SELECT statements can be explained: running EXPLAIN on a write would not show a read plan.</source>
        <translation>لا يمكن شرح سوى عبارات SELECT: تشغيل EXPLAIN على عملية كتابة لن يُظهر خطة قراءة.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>pm::RedisBackend</name>
    <message>
        <source>Unexpected reply to %1.</source>
        <translation>رد غير متوقع على %1.</translation>
    </message>
    <message>
        <source>Key not found.</source>
        <translation>المفتاح غير موجود.</translation>
    </message>
    <message>
        <source>The value is not an integer.</source>
        <translation>القيمة ليست عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Refusing to clear Redis without a namespace prefix.</source>
        <translation>رفض مسح Redis دون بادئة لمساحة الأسماء.</translation>
    </message>
</context>
<context>
    <name>pm::RedisConnection</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>يتجاوز رد Redis حد الحجم البالغ %1 بايت.</translation>
    </message>
    <message>
        <source>Unexpected answer to PING.</source>
        <translation>إجابة غير متوقعة على PING.</translation>
    </message>
    <message>
        <source>Redis did not answer within the deadline (%1 ms).</source>
        <translation>لم يُجب Redis خلال المهلة (%1 مللي ثانية).</translation>
    </message>
    <message>
        <source>Unexpected bytes after a Redis reply.</source>
        <translation>بايتات غير متوقعة بعد رد Redis.</translation>
    </message>
    <message>
        <source>A Redis bulk reply did not end with CRLF.</source>
        <translation>لم ينتهِ رد Redis المجمّع بـ CRLF.</translation>
    </message>
    <message>
        <source>Redis accepted the connection but did not answer the handshake in time.</source>
        <translation>قبِل Redis الاتصال لكنه لم يُجب على المصافحة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Redis is unavailable (%1); the next attempt is in %2 ms.</source>
        <translation>Redis غير متاح (%1)؛ المحاولة التالية بعد %2 مللي ثانية.</translation>
    </message>
    <message>
        <source>The Redis connection stayed busy past the deadline (%1 ms).</source>
        <translation>ظل اتصال Redis مشغولًا بعد انقضاء المهلة (%1 مللي ثانية).</translation>
    </message>
</context>
<context>
    <name>pm::RedisError</name>
    <message>
        <source>Not an error reply.</source>
        <translation>ليس رد خطأ.</translation>
    </message>
</context>
<context>
    <name>pm::RedisOptions</name>
    <message>
        <source>Not a valid Redis URL.</source>
        <translation>ليس عنوان URL صالحًا لـ Redis.</translation>
    </message>
    <message>
        <source>A redis:// URL needs a host.</source>
        <translation>يحتاج عنوان redis:// إلى مضيف.</translation>
    </message>
    <message>
        <source>The database number in a redis:// URL must be an integer.</source>
        <translation>يجب أن يكون رقم قاعدة البيانات في عنوان redis:// عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>A unix:// URL needs an absolute socket path.</source>
        <translation>يحتاج عنوان unix:// إلى مسار مقبس مطلق.</translation>
    </message>
    <message>
        <source>Unsupported Redis URL scheme.</source>
        <translation>مخطط عنوان URL لـ Redis غير مدعوم.</translation>
    </message>
    <message>
        <source>A unix socket path is required.</source>
        <translation>مسار مقبس unix مطلوب.</translation>
    </message>
    <message>
        <source>A Redis host and a port between 1 and 65535 are required.</source>
        <translation>مطلوب مضيف Redis ومنفذ بين 1 و65535.</translation>
    </message>
    <message>
        <source>The database number must not be negative.</source>
        <translation>يجب ألا يكون رقم قاعدة البيانات سالبًا.</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>يجب أن تكون المهل موجبة.</translation>
    </message>
    <message>
        <source>The backoff limits are inconsistent.</source>
        <translation>حدود مهلة إعادة المحاولة غير متسقة.</translation>
    </message>
    <message>
        <source>TLS needs a TCP host (rediss://host:port).</source>
        <translation>يتطلب TLS مضيف TCP (rediss://host:port).</translation>
    </message>
    <message>
        <source>A client certificate needs both ssl_certfile and ssl_keyfile.</source>
        <translation>تتطلب شهادة العميل كلًّا من ssl_certfile و ssl_keyfile.</translation>
    </message>
    <message>
        <source>Redis traffic to a remote host is not encrypted. Use rediss:// (TLS), or add allow_insecure=1 to the URL to accept this.</source>
        <translation>حركة بيانات Redis إلى المضيف البعيد غير مشفّرة. استخدم rediss:// (TLS)، أو أضف allow_insecure=1 إلى عنوان URL لقبول ذلك.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSocket</name>
    <message>
        <source>Cannot read the TLS file %1.</source>
        <translation>تعذّرت قراءة ملف TLS %1.</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1.</source>
        <translation>تعذّر إعداد TLS: %1.</translation>
    </message>
    <message>
        <source>Cannot load the CA certificates %1: %2.</source>
        <translation>تعذّر تحميل شهادات CA %1: %2.</translation>
    </message>
    <message>
        <source>of the system</source>
        <translation>الخاصة بالنظام</translation>
    </message>
    <message>
        <source>Cannot use the client certificate %1: %2.</source>
        <translation>تعذّر استخدام شهادة العميل %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use the private key %1 with the certificate %2: %3.</source>
        <translation>تعذّر استخدام المفتاح الخاص %1 مع الشهادة %2: %3.</translation>
    </message>
    <message>
        <source>TLS handshake timed out after %1 ms.</source>
        <translation>انتهت مهلة مصافحة TLS بعد %1 مللي ثانية.</translation>
    </message>
    <message>
        <source>TLS: host name mismatch: the certificate is for %1, not %2.</source>
        <translation>TLS: عدم تطابق اسم المضيف: الشهادة صادرة لـ %1، وليس لـ %2.</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>TLS: certificate verify failed: %1.</source>
        <translation>TLS: فشل التحقق من الشهادة: %1.</translation>
    </message>
    <message>
        <source>TLS: the server requires a client certificate (ssl_certfile and ssl_keyfile).</source>
        <translation>TLS: يتطلب الخادم شهادة عميل (ssl_certfile و ssl_keyfile).</translation>
    </message>
    <message>
        <source>TLS: the server refused the client certificate: %1.</source>
        <translation>TLS: رفض الخادم شهادة العميل: %1.</translation>
    </message>
    <message>
        <source>Redis closed the connection during the TLS handshake (is this a TLS port?).</source>
        <translation>أغلق Redis الاتصال أثناء مصافحة TLS (هل هذا منفذ TLS؟).</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is this a plain redis:// port?).</source>
        <translation>فشلت مصافحة TLS: %1 (هل هذا منفذ redis:// عادي؟).</translation>
    </message>
    <message>
        <source>TLS failed: %1.</source>
        <translation>فشل TLS: %1.</translation>
    </message>
    <message>
        <source>%1 (If this port expects TLS, use a rediss:// URL.)</source>
        <translation>%1 (إذا كان هذا المنفذ يتوقع TLS، فاستخدم عنوان URL من نوع rediss://.)</translation>
    </message>
    <message>
        <source>Redis did not answer in time.</source>
        <translation>لم يستجب Redis في الوقت المحدد.</translation>
    </message>
    <message>
        <source>TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be loaded: %1.</source>
        <translation>يتطلب TLS (rediss://) مكتبة OpenSSL 3 (libssl.so.3)، وتعذّر تحميلها: %1.</translation>
    </message>
</context>
<context>
    <name>pm::RedisSubscriber</name>
    <message>
        <source>Unexpected answer to PUBLISH.</source>
        <translation>إجابة غير متوقعة على PUBLISH.</translation>
    </message>
    <message>
        <source>The subscriber was stopped.</source>
        <translation>أُوقف المشترك.</translation>
    </message>
    <message>
        <source>No channel to subscribe to.</source>
        <translation>لا توجد قناة للاشتراك فيها.</translation>
    </message>
    <message>
        <source>Unexpected answer to SUBSCRIBE.</source>
        <translation>إجابة غير متوقعة على SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Redis did not answer a keep-alive PING.</source>
        <translation>لم يُجب Redis على PING للإبقاء على الاتصال.</translation>
    </message>
</context>
<context>
    <name>pm::RespGuard</name>
    <message>
        <source>The Redis reply exceeds the size limit of %1 bytes.</source>
        <translation>يتجاوز رد Redis حد الحجم البالغ %1 بايت.</translation>
    </message>
    <message>
        <source>A Redis reply declares a string of %1 bytes; at most %2 are accepted for this command.</source>
        <translation>يعلن رد Redis عن سلسلة من %1 بايت؛ والحد الأقصى المقبول لهذا الأمر %2.</translation>
    </message>
    <message>
        <source>A Redis reply nests arrays deeper than %1 levels.</source>
        <translation>يتجاوز تداخل المصفوفات في رد Redis حد %1 من المستويات.</translation>
    </message>
    <message>
        <source>A Redis reply declares %1 array elements; at most %2 are accepted for this command.</source>
        <translation>يعلن رد Redis عن %1 من عناصر المصفوفة؛ والحد الأقصى المقبول لهذا الأمر %2.</translation>
    </message>
    <message>
        <source>Redis sent data that no command was waiting for.</source>
        <translation>أرسل Redis بيانات لم يكن أي أمر ينتظرها.</translation>
    </message>
    <message>
        <source>Redis sent a reply of unknown type (byte 0x%1): not the Redis protocol.</source>
        <translation>أرسل Redis ردًا من نوع غير معروف (البايت 0x%1): هذا ليس بروتوكول Redis.</translation>
    </message>
    <message>
        <source>A line of a Redis reply does not end with CRLF.</source>
        <translation>لا ينتهي سطر في رد Redis بـ CRLF.</translation>
    </message>
    <message>
        <source>A Redis bulk string does not end with CRLF.</source>
        <translation>لا تنتهي سلسلة Redis المجمّعة بـ CRLF.</translation>
    </message>
</context>
<context>
    <name>pm::SentinelResolver</name>
    <message>
        <source>sentinel %1 gave an unexpected answer</source>
        <translation>أعاد خادم Sentinel %1 ردًّا غير متوقع</translation>
    </message>
    <message>
        <source>the sentinels name the remote master %1, but Redis traffic is not encrypted: add allow_insecure=1 to the URL to accept this</source>
        <translation>تشير خوادم Sentinel إلى الخادم الرئيسي البعيد %1، لكن حركة بيانات Redis غير مشفّرة: أضف allow_insecure=1 إلى عنوان URL لقبول ذلك</translation>
    </message>
    <message>
        <source>sentinels do not know service %1</source>
        <translation>لا تعرف خوادم Sentinel الخدمة %1</translation>
    </message>
    <message>
        <source>no sentinel answered within the deadline</source>
        <translation>لم يستجب أي خادم Sentinel خلال المهلة المحددة</translation>
    </message>
    <message>
        <source>no sentinel answered (tried %1)</source>
        <translation>لم يستجب أي خادم Sentinel (تمت محاولة %1)</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as replica</source>
        <translation>الخادم الرئيسي الذي حددته خوادم Sentinel (%1) يستجيب بصفته نسخة متماثلة</translation>
    </message>
    <message>
        <source>the master named by the sentinels (%1) answers as %2</source>
        <translation>الخادم الرئيسي الذي حددته خوادم Sentinel (%1) يستجيب بصفته %2</translation>
    </message>
    <message>
        <source>the Redis master changed (failover); retry</source>
        <translation>تغيّر الخادم الرئيسي لـ Redis (تجاوز الفشل)؛ أعد المحاولة</translation>
    </message>
</context>
<context>
    <name>pm::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفح…</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>خطأ في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cache error</source>
        <translation>خطأ في ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>&amp;Never expire</source>
        <translation>لا &amp;تنتهي أبدًا</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>/path/products.db</source>
        <translation>/path/products.db</translation>
    </message>
    <message>
        <source>Browse for an SQLite file</source>
        <translation>التصفح بحثًا عن ملف SQLite</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Default timeout in seconds</source>
        <translation>المهلة الافتراضية بالثواني</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>Never expire</source>
        <translation>لا تنتهي أبدًا</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>بادئة المفتاح</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة &amp;البيانات:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>ذاكرة &amp;التخزين:</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>المهلة الا&amp;فتراضية:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>با&amp;دئة المفتاح:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>A file path, sqlite:///path/products.db or postgresql://user@host/dbname.</source>
        <translation>مسار ملف، أو sqlite:///path/products.db أو postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <source>The language applies from the next start.</source>
        <translation>تُطبَّق اللغة من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Choose a Catalogue</source>
        <translation>اختيار كتالوج</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>قواعد بيانات SQLite (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose an SQLite catalogue file</source>
        <translation>اختيار ملف كتالوج SQLite</translation>
    </message>
    <message>
        <source>How long a cached value lives when a call gives no timeout</source>
        <translation>مدة بقاء القيمة المخزنة مؤقتًا عندما لا يحدد الاستدعاء مهلة</translation>
    </message>
    <message>
        <source>Cached values stay until they are deleted or invalidated</source>
        <translation>تبقى القيم المخزنة مؤقتًا حتى تُحذف أو تُبطل</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>لغة واجهة المستخدم</translation>
    </message>
    <message>
        <source>Save the settings; a changed database or cache reopens at once</source>
        <translation>حفظ الإعدادات؛ تُعاد فتح قاعدة البيانات أو ذاكرة التخزين المؤقت المعدلة فورًا</translation>
    </message>
    <message>
        <source>Close the dialog without saving</source>
        <translation>إغلاق مربع الحوار دون حفظ</translation>
    </message>
    <message>
        <source>Remember the database &amp;password</source>
        <translation>تذكّر &amp;كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Remember the cache pass&amp;word</source>
        <translation>تذكّر كلمة مرور &amp;ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>استخدام &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Remember the database password</source>
        <translation>تذكّر كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Keep the password of the database URL in the desktop keychain</source>
        <translation>حفظ كلمة مرور عنوان URL لقاعدة البيانات في سلسلة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>Remember the cache password</source>
        <translation>تذكّر كلمة مرور ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Keep the password of the cache URL in the desktop keychain</source>
        <translation>حفظ كلمة مرور عنوان URL لذاكرة التخزين المؤقت في سلسلة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>استخدام TLS</translation>
    </message>
    <message>
        <source>Connect with rediss:// (Redis over TLS)</source>
        <translation>الاتصال عبر rediss:// (Redis عبر TLS)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>Refuse a server whose certificate the CA file does not vouch for</source>
        <translation>رفض الخادم الذي لا يضمن ملف CA شهادته</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone on the way can pose as the server.</source>
        <translation>لا يتم التحقق من شهادة الخادم: يمكن لأي طرف على مسار الاتصال انتحال صفة الخادم.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;ملف CA:</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>اختيار شهادات CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>&amp;شهادة العميل:</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>اختيار شهادة العميل</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>م&amp;فتاح العميل:</translation>
    </message>
    <message>
        <source>Choose the Client Key</source>
        <translation>اختيار مفتاح العميل</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>البحث عن %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Connect to the cache server once and show what it says</source>
        <translation>الاتصال بخادم ذاكرة التخزين المؤقت مرة واحدة وعرض ردّه</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>نتيجة الاختبار</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>الشهادات والمفاتيح (*.pem *.crt *.key);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>لا تتوفر سلسلة مفاتيح: ستُحفظ كلمة المرور لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>primary (master)</source>
        <translation>رئيسي (master)</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>نسخة متماثلة</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>round trip: %1 ms</source>
        <translation>زمن الذهاب والإياب: %1 مللي ثانية</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>memory://, redis://[:password@]host[:port][/db], rediss://… (TLS), unix:///path/redis.sock[?db=N] or redis-sentinel://host:port,…/db?service=NAME.</source>
        <translation>memory://، أو redis://[:password@]host[:port][/db]، أو rediss://… (TLS)، أو unix:///path/redis.sock[?db=N]، أو redis-sentinel://host:port,…/db?service=NAME.</translation>
    </message>
</context>
<context>
    <name>pm::SqlEventModel</name>
    <message>
        <source>duplicate</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>متشابهة</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 ميكروثانية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Bound values</source>
        <translation>القيم المرتبطة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Statements in this table with the same SQL: %1; with the same values too: %2</source>
        <translation>عبارات في هذا الجدول بنفس SQL: %1؛ وبنفس القيم أيضًا: %2</translation>
    </message>
</context>
<context>
    <name>pm::TimerWidget</name>
    <message>
        <source>Timed actions</source>
        <translation>الإجراءات المُوقَّتة</translation>
    </message>
    <message>
        <source>One row per action, newest first: wall, CPU, cache, SQL, model and paint time</source>
        <translation>صف لكل إجراء، الأحدث أولًا: الوقت الفعلي ووقت المعالج وذاكرة التخزين وSQL والنموذج والرسم</translation>
    </message>
    <message>
        <source>No actions yet: load, refresh or save to see where the time goes.</source>
        <translation>لا توجد إجراءات بعد: حمّل أو حدّث أو احفظ لترى أين يذهب الوقت.</translation>
    </message>
    <message>
        <source>Last &lt;b&gt;%1&lt;/b&gt; · Wall &lt;b&gt;%2&lt;/b&gt; · CPU &lt;b&gt;%3&lt;/b&gt; · Cache &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · Model &lt;b&gt;%6&lt;/b&gt; · Paint &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>الأخير &lt;b&gt;%1&lt;/b&gt; · الفعلي &lt;b&gt;%2&lt;/b&gt; · المعالج &lt;b&gt;%3&lt;/b&gt; · ذاكرة التخزين &lt;b&gt;%4&lt;/b&gt; · SQL &lt;b&gt;%5&lt;/b&gt; · النموذج &lt;b&gt;%6&lt;/b&gt; · الرسم &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pm::UndoController</name>
    <message>
        <source>creation of “%1”</source>
        <translation>إنشاء &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edit of “%1”</source>
        <translation>تحرير &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln product(s)</source>
        <translation>
            <numerusform>تحرير %Ln منتج</numerusform>
            <numerusform>تحرير منتج واحد</numerusform>
            <numerusform>تحرير منتجين</numerusform>
            <numerusform>تحرير %Ln منتجات</numerusform>
            <numerusform>تحرير %Ln منتجًا</numerusform>
            <numerusform>تحرير %Ln منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>حذف &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>delete of %Ln product(s)</source>
        <translation>
            <numerusform>حذف %Ln منتج</numerusform>
            <numerusform>حذف منتج واحد</numerusform>
            <numerusform>حذف منتجين</numerusform>
            <numerusform>حذف %Ln منتجات</numerusform>
            <numerusform>حذف %Ln منتجًا</numerusform>
            <numerusform>حذف %Ln منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تر&amp;اجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message numerus="yes">
        <source>import of %Ln product(s)</source>
        <translation>
            <numerusform>استيراد %Ln منتج</numerusform>
            <numerusform>استيراد منتج واحد</numerusform>
            <numerusform>استيراد منتجين</numerusform>
            <numerusform>استيراد %Ln منتجات</numerusform>
            <numerusform>استيراد %Ln منتجًا</numerusform>
            <numerusform>استيراد %Ln منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %Ln demo product(s)</source>
        <translation>
            <numerusform>إضافة %Ln منتج تجريبي</numerusform>
            <numerusform>إضافة منتج تجريبي واحد</numerusform>
            <numerusform>إضافة منتجين تجريبيين</numerusform>
            <numerusform>إضافة %Ln منتجات تجريبية</numerusform>
            <numerusform>إضافة %Ln منتجًا تجريبيًا</numerusform>
            <numerusform>إضافة %Ln منتج تجريبي</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>تعذّر التراجع عن %1: %2</translation>
    </message>
    <message>
        <source>Could not redo %1: %2</source>
        <translation>تعذّرت إعادة %1: %2</translation>
    </message>
    <message>
        <source>Cannot undo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>لا يمكن التراجع عن %1: لم تعد المنتجات في الكتالوج (حُذفت من مكان آخر في هذه الأثناء). أُزيل الإجراء من سجل التراجع.</translation>
    </message>
    <message>
        <source>Cannot redo %1: the products are no longer in the catalogue (deleted elsewhere meanwhile). It was removed from the undo history.</source>
        <translation>لا يمكن إعادة %1: لم تعد المنتجات في الكتالوج (حُذفت من مكان آخر في هذه الأثناء). أُزيل الإجراء من سجل التراجع.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>تم التراجع عن %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>تمت إعادة %1.</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2 It was removed from the undo history.</source>
        <translation>لا يمكن التراجع عن %1: %2 أُزيل الإجراء من سجل التراجع.</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2 It was removed from the undo history.</source>
        <translation>لا يمكن إعادة %1: %2 أُزيل الإجراء من سجل التراجع.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تر&amp;اجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
</context>
<context>
    <name>pm::ValueCodec</name>
    <message>
        <source>value exceeds the cache size limit of %1 bytes</source>
        <translation>تتجاوز القيمة حد حجم ذاكرة التخزين المؤقت البالغ %1 بايت</translation>
    </message>
    <message>
        <source>corrupt cache value: %1</source>
        <translation>قيمة تالفة في ذاكرة التخزين المؤقت: %1</translation>
    </message>
    <message>
        <source>value nested too deeply</source>
        <translation>القيمة متداخلة بعمق زائد</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>عدد صحيح خارج نطاق 64 بت</translation>
    </message>
    <message>
        <source>values of type %1 cannot be cached</source>
        <translation>لا يمكن تخزين قيم من النوع %1 مؤقتًا</translation>
    </message>
    <message>
        <source>value would decode into more than %1 times its size; too sparse to cache</source>
        <translation>سيُفك ترميز القيمة إلى أكثر من %1 ضعف حجمها؛ فهي متناثرة أكثر من أن تُخزَّن مؤقتًا</translation>
    </message>
</context>
</TS>
