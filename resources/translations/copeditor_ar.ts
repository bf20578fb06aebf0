<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AreaTab</name>
    <message>
        <source>Not answered yet. Describe a programme below, or leave the area empty: the PDF then shows its labels with no answer.</source>
        <translation>لم تتم الإجابة بعد. صِف برنامجًا أدناه، أو اترك المجال فارغًا: عندئذ يعرض ملف PDF عناوينه بلا إجابة.</translation>
    </message>
    <message>
        <source>Add &amp;Programme</source>
        <translation>&amp;إضافة برنامج</translation>
    </message>
    <message>
        <source>Describe another programme in this area.</source>
        <translation>صِف برنامجًا آخر في هذا المجال.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>تعذّر الحفظ التلقائي: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>المعلومات الإضافية</translation>
    </message>
    <message>
        <source>Typing in {field}</source>
        <translation>الكتابة في {field}</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>إضافة برنامج</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>حذف برنامج</translation>
    </message>
    <message>
        <source>Move programme</source>
        <translation>نقل برنامج</translation>
    </message>
</context>
<context>
    <name>CompileRunner</name>
    <message>
        <source>Reading the submissions</source>
        <translation>قراءة المساهمات</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>تنسيق التقرير</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <source>Reading the submissions...</source>
        <translation>جارٍ قراءة المساهمات...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>تجميع المساهمات</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} من {total}</translation>
    </message>
    <message>
        <source>Compiling was cancelled: nothing was written.</source>
        <translation>أُلغي التجميع: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The report of {count} submissions ({pages} pages) was saved: {path}</source>
        <translation>تم حفظ تقرير المساهمات ({count}) في {pages} صفحة: {path}</translation>
    </message>
    <message>
        <source>

Not in the report:
</source>
        <translation>

غير موجود في التقرير:
</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>تم حفظ التقرير: {path}</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>فتح التقرير</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>لم يفشل أي فحص</numerusform>
            <numerusform>فشل فحص واحد</numerusform>
            <numerusform>فشل فحصان</numerusform>
            <numerusform>فشلت %n فحوص</numerusform>
            <numerusform>فشل %n فحصًا</numerusform>
            <numerusform>فشل %n فحص</numerusform>
        </translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>نجحت كل الفحوص</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>COP drafts (*.json)</source>
        <translation>مسودات COP ‏(*.json)</translation>
    </message>
    <message>
        <source>Text form (*.md *.markdown *.txt)</source>
        <translation>نموذج نصي (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word ‏(*.docx)</translation>
    </message>
    <message>
        <source>Submissions (*.json *.pdf *.md *.docx *.eml)</source>
        <translation>المساهمات (*.json *.pdf *.md *.docx *.eml)</translation>
    </message>
    <message>
        <source>Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)</source>
        <translation>كل ما يقرؤه المحرر (*.md *.markdown *.txt *.docx *.doc *.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc)</source>
        <translation>مستندات Word ‏(*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDFs made by the editor (*.pdf)</source>
        <translation>ملفات PDF التي أنشأها المحرر (*.pdf)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing?</source>
        <translation>هل تريد حفظ التغييرات في «{name}» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>ستفقد تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>The PDF was saved:
{path}</source>
        <translation>تم حفظ ملف PDF:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;فتح PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Always open the PDF after exporting</source>
        <translation>فتح ملف PDF دائمًا بعد التصدير</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <source>www.example.org, https://... or name@example.org</source>
        <translation>www.example.org أو https://... أو name@example.org</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>نص الرابط</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>عنوان الرابط</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Not a web or email address. Write it like www.example.org, https://example.org/page or name@example.org.</source>
        <translation>ليس عنوان موقع ولا عنوان بريد إلكتروني. اكتبه على نحو www.example.org أو https://example.org/page أو name@example.org.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>استرداد العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>The editor did not close normally. This unsaved work was kept; choose what to do.</source>
        <translation>لم يُغلق المحرر بشكل طبيعي. تم الاحتفاظ بهذا العمل غير المحفوظ؛ اختر ما تريد فعله.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>عمل غير محفوظ</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>ا&amp;سترداد</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>إعدادات البريد الإلكتروني</translation>
    </message>
    <message>
        <source>none: choose the recipient in your mail program</source>
        <translation>لا أحد: اختر المستلم في برنامج البريد</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Folder for the PDF and the email draft</source>
        <translation>مجلد ملف PDF ومسودة الرسالة</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>استعرا&amp;ض...</translation>
    </message>
    <message>
        <source>Folder for Emailed PDFs</source>
        <translation>مجلد ملفات PDF المرسلة بالبريد</translation>
    </message>
    <message>
        <source>Show the PDF in its folder instead of opening an email draft</source>
        <translation>إظهار ملف PDF في مجلده بدلًا من فتح مسودة رسالة</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>إر&amp;سال إلى:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>اختر مجلدًا موجودًا لملف PDF.</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>تجميع المساهمات</translation>
    </message>
    <message>
        <source>Submissions to compile</source>
        <translation>المساهمات المراد تجميعها</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Folder of Submissions</source>
        <translation>مجلد المساهمات</translation>
    </message>
    <message>
        <source>{folder} (every submission inside)</source>
        <translation>{folder} (كل المساهمات فيه)</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>إضافة م&amp;لفات...</translation>
    </message>
    <message>
        <source>Add a F&amp;older...</source>
        <translation>إضافة م&amp;جلد...</translation>
    </message>
    <message>
        <source>Group by &amp;area (all partners&apos; programmes under each area)</source>
        <translation>التجميع &amp;حسب المجال (برامج جميع الشركاء تحت كل مجال)</translation>
    </message>
    <message>
        <source>Also write a spreadsheet o&amp;verview (CSV)</source>
        <translation>كتابة &amp;نظرة عامة في جدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>&amp;Submissions:</source>
        <translation>ال&amp;مساهمات:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Add the files or folder to compile.</source>
        <translation>أضف الملفات أو المجلد المراد تجميعه.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{where} has {length} characters; a field holds at most {limit} (about 15,000 words): shorten it or split it into several programmes</source>
        <translation>يحتوي {where} على {length} حرفًا؛ والحقل يتسع لـ {limit} حرف على الأكثر (نحو 15,000 كلمة): اختصره أو قسّمه على عدة برامج</translation>
    </message>
    <message>
        <source>Area {number} holds at most {limit} programmes: group some of them, or describe them in fewer blocks.</source>
        <translation>يتسع المجال {number} لـ {limit} برنامجًا على الأكثر: اجمع بعضها، أو صِفها في أقسام أقل.</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>الملخص القصير</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>المعلومات الإضافية</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}, {field}</source>
        <translation>المجال {number}، البرنامج {programme}، {field}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Open Draft</source>
        <translation>فتح مسودة</translation>
    </message>
    <message>
        <source>Draft Already Open</source>
        <translation>المسودة مفتوحة بالفعل</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}). Editing it in both would lose one copy&apos;s changes. Open it read-only?</source>
        <translation>‏{name} مفتوح في نسخة أخرى من المحرر ({holder}). تحريره في النسختين يُضيّع تغييرات إحداهما. هل تريد فتحه للقراءة فقط؟</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>{error}
The previous version, kept when the draft was last saved, can be opened instead ({backup}). Saving then replaces the damaged draft.</source>
        <translation>{error}
يمكن بدلًا من ذلك فتح النسخة السابقة المحفوظة عند آخر حفظ للمسودة ({backup}). وعند الحفظ تحل محل المسودة التالفة.</translation>
    </message>
    <message>
        <source>Open Previous Version</source>
        <translation>فتح النسخة السابقة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>{name}: not a kind of file to import</source>
        <translation>‏{name}: ليس نوع ملف يمكن استيراده</translation>
    </message>
    <message>
        <source>
(and {count} more)</source>
        <translation>
(و{count} غيرها)</translation>
    </message>
    <message>
        <source>{name} was imported. Check these places:
{notes}</source>
        <translation>تم استيراد {name}. راجع هذه المواضع:
{notes}</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened here. Replace that version with yours? (It is kept as the backup.)</source>
        <translation>غيّر برنامج آخر {name} منذ فتحه هنا. هل تريد استبدال تلك النسخة بنسختك؟ (يُحتفظ بها نسخةً احتياطية.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <translation>حفظ المسودة باسم</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}): save under another name, or close it there first.</source>
        <translation>‏{name} مفتوح في نسخة أخرى من المحرر ({holder}): احفظه باسم آخر، أو أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it? Your unsaved changes here would be lost.</source>
        <translation>غيّر برنامج آخر {name}. هل تريد إعادة تحميله؟ ستفقد تغييراتك غير المحفوظة هنا.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it?</source>
        <translation>غيّر برنامج آخر {name}. هل تريد إعادة تحميله؟</translation>
    </message>
    <message>
        <source>Draft Changed on Disk</source>
        <translation>تغيّرت المسودة على القرص</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Reload Draft</source>
        <translation>إعادة تحميل المسودة</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>The partner organisation is not named yet: the PDF will have no organisation.</source>
        <translation>لم يُذكر اسم المنظمة الشريكة بعد: لن يتضمن ملف PDF أي منظمة.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>تم حفظ ملف PDF: {path}</translation>
    </message>
    <message>
        <source>PDF saved: {path} (it could not be opened: find it in {folder})</source>
        <translation>تم حفظ ملف PDF: {path} (تعذّر فتحه: تجده في {folder})</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>تصدير كمستند Word</translation>
    </message>
    <message>
        <source>Export Text Form</source>
        <translation>تصدير نموذج نصي</translation>
    </message>
    <message>
        <source>{name}: could not be written: {reason}</source>
        <translation>‏{name}: تعذّرت الكتابة: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole submission</source>
        <translation>البحث في المساهمة كلها</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>بح&amp;ث:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>المطابقة السابقة (Shift+F3، Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>المطابقة التالية (F3، Enter)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>م&amp;طابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Whole words onl&amp;y</source>
        <translation>ال&amp;كلمات الكاملة فقط</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Replace w&amp;ith:</source>
        <translation>استب&amp;دال بـ:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace this match and find the next (Enter)</source>
        <translation>استبدال هذه المطابقة والانتقال إلى التالية (Enter)</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>&amp;استبدال الكل</translation>
    </message>
    <message>
        <source>Replace every match in the submission (one undo step)</source>
        <translation>استبدال كل المطابقات في المساهمة (يُتراجع عنها بخطوة واحدة)</translation>
    </message>
    <message>
        <source>Found in {field}</source>
        <translation>وُجد في {field}</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search went past the end: continued from the beginning</source>
        <translation>تجاوز البحث النهاية: تابع من البداية</translation>
    </message>
    <message>
        <source>Search went past the beginning: continued from the end</source>
        <translation>تجاوز البحث البداية: تابع من النهاية</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>This draft is read-only: nothing can be replaced</source>
        <translation>هذه المسودة للقراءة فقط: لا يمكن استبدال أي شيء</translation>
    </message>
    <message>
        <source>Replace All “{term}”</source>
        <translation>استبدال الكل «{term}»</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدلت مطابقة واحدة</numerusform>
            <numerusform>استُبدلت مطابقتان</numerusform>
            <numerusform>استُبدلت %n مطابقات</numerusform>
            <numerusform>استُبدلت %n مطابقة</numerusform>
            <numerusform>استُبدلت %n مطابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;غامق</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>قائمة &amp;نقطية</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>قائمة مر&amp;قمة</translation>
    </message>
    <message>
        <source>Insert &amp;Link...</source>
        <translation>إدراج &amp;رابط...</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Name of the programme (one for each area)</source>
        <translation>اسم البرنامج (واحد لكل مجال)</translation>
    </message>
    <message>
        <source>The COP secretariat compiles the summaries of all partners into one report, area by area. Fill in the organisation&apos;s name, then, in each area where you have work to report, one block per programme. Leave an area empty when you have nothing for it.</source>
        <translation>تجمع أمانة مبادرة COP ملخصات جميع الشركاء في تقرير واحد، مجالًا تلو الآخر. اكتب اسم المنظمة، ثم في كل مجال لديك فيه عمل تُبلغ عنه، قسمًا لكل برنامج. اترك المجال فارغًا إن لم يكن لديك ما تضيفه فيه.</translation>
    </message>
    <message>
        <source>The areas, and what each asks for</source>
        <translation>المجالات وما يطلبه كل منها</translation>
    </message>
    <message>
        <source>For each programme</source>
        <translation>لكل برنامج</translation>
    </message>
    <message>
        <source>What a good summary holds</source>
        <translation>ما يتضمنه الملخص الجيد</translation>
    </message>
    <message>
        <source>What the programme does, for whom, and where (countries or regions).</source>
        <translation>ما يفعله البرنامج، ولمن، وأين (البلدان أو المناطق).</translation>
    </message>
    <message>
        <source>The partners you work with, by name.</source>
        <translation>الشركاء الذين تعمل معهم، بأسمائهم.</translation>
    </message>
    <message>
        <source>Results so far, with numbers where you have them, and what comes next.</source>
        <translation>النتائج حتى الآن، بالأرقام إن توفرت، والخطوات التالية.</translation>
    </message>
    <message>
        <source>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</source>
        <translation>روابط إلى تقارير أو أدوات أو حملات (إدراج رابط، Ctrl+K).</translation>
    </message>
    <message>
        <source>A few short paragraphs are enough; lists help the reader. Never name or describe a child or a victim.</source>
        <translation>تكفي بضع فقرات قصيرة؛ والقوائم تساعد القارئ. لا تذكر أبدًا اسم طفل أو ضحية ولا تصفه.</translation>
    </message>
    <message>
        <source>Checking and sending</source>
        <translation>التدقيق والإرسال</translation>
    </message>
    <message>
        <source>Tools &gt; Check Submission (F7) lists what is missing; click a line to go there.</source>
        <translation>أدوات &gt; تدقيق المساهمة (F7) يسرد ما ينقص؛ انقر سطرًا للانتقال إليه.</translation>
    </message>
    <message>
        <source>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</source>
        <translation>ملف &gt; تصدير PDF يكتب ملف PDF تمامًا كما ستقرؤه الأمانة.</translation>
    </message>
    <message>
        <source>File &gt; Send by Email attaches that PDF to an email draft for you to send.</source>
        <translation>ملف &gt; إرسال بالبريد الإلكتروني يُرفق ملف PDF هذا بمسودة رسالة لترسلها أنت.</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Import Text Form</source>
        <translation>استيراد نموذج نصي</translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation>استيراد مستند Word</translation>
    </message>
    <message>
        <source>Import from PDF</source>
        <translation>استيراد من PDF</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>{tag} (no spelling dictionary)</source>
        <translation>{tag} (لا يوجد قاموس إملائي)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>COP Submission Editor</source>
        <translation>محرر مساهمات COP</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;تراجع: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>تراجع: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>إ&amp;عادة: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>إعادة: {action}</translation>
    </message>
    <message>
        <source>Cannot Do That</source>
        <translation>تعذّر تنفيذ ذلك</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>{name}[*] - {editor}</source>
        <translation>{name}[*] - {editor}</translation>
    </message>
    <message>
        <source>How to Fill In the Form</source>
        <translation>كيفية ملء النموذج</translation>
    </message>
    <message>
        <source>About {editor}</source>
        <translation>حول {editor}</translation>
    </message>
    <message>
        <source>{editor} {version}

Write the COP Partners&apos; Ongoing Project Summary offline, save private drafts, and export the PDF for the ITU COP secretariat.</source>
        <translation>{editor} {version}

اكتب ملخص المشاريع الجارية لشركاء مبادرة COP دون اتصال بالإنترنت، واحفظ مسودات خاصة، وصدّر ملف PDF لأمانة مبادرة COP في الاتحاد الدولي للاتصالات.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>N</source>
        <comment>Alt+letter of the organisation&apos;s name label</comment>
        <translation>ن</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>لغة الملخص</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the summary:</source>
        <translation>&amp;لغة الملخص:</translation>
    </message>
</context>
<context>
    <name>PdfBuilder</name>
    <message>
        <source>The preview could not start its builder: {reason}</source>
        <translation>تعذّر على المعاينة تشغيل منشئها: {reason}</translation>
    </message>
    <message>
        <source>The preview&apos;s builder stopped; it starts again with the next change.</source>
        <translation>توقف منشئ المعاينة؛ وسيبدأ من جديد مع التغيير التالي.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export: {reason}</source>
        <translation>يتعذّر التصدير: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>PDF Preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <source>The PDF preview appears here.</source>
        <translation>تظهر معاينة PDF هنا.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>ملاءمة الصفحة</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>حالة المعاينة</translation>
    </message>
    <message>
        <source>Problems stopping the PDF</source>
        <translation>مشكلات تمنع إنشاء PDF</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>جارٍ التحديث...</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet. The pages below are the last PDF that could be made.</source>
        <translation>لا يمكن إنشاء ملف PDF بعد. الصفحات أدناه من آخر ملف PDF أمكن إنشاؤه.</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet.</source>
        <translation>لا يمكن إنشاء ملف PDF بعد.</translation>
    </message>
    <message>
        <source>(click to go to the field)</source>
        <translation>(انقر للانتقال إلى الحقل)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>لا صفحات بعد</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>PDF preview pages</source>
        <translation>صفحات معاينة PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation>تعذّرت الطباعة: {reason}</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>لم يُحدَّد اسم ملف</translation>
    </message>
    <message>
        <source>no pages were chosen</source>
        <translation>لم تُختر أي صفحة</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>تعذّر تشغيل الطابعة</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>رفضت الطابعة صفحة جديدة</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The partner organisation is not named.</source>
        <translation>لم يُذكر اسم المنظمة الشريكة.</translation>
    </message>
    <message>
        <source>No action area is answered: describe at least one programme.</source>
        <translation>لم تتم الإجابة عن أي مجال عمل: صِف برنامجًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}</source>
        <translation>المجال {number}، البرنامج {programme}</translation>
    </message>
    <message>
        <source>{where}: the programme has no name.</source>
        <translation>{where}: البرنامج بلا اسم.</translation>
    </message>
    <message>
        <source>{where}: the short summary is empty.</source>
        <translation>{where}: الملخص القصير فارغ.</translation>
    </message>
    <message>
        <source>{where}: the website {website} is not an http:// or https:// address.</source>
        <translation>{where}: الموقع الإلكتروني {website} ليس عنوانًا يبدأ بـ http://‎ أو https://‎.</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>الملخص القصير</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>المعلومات الإضافية</translation>
    </message>
    <message>
        <source>{where}, {field}: unknown word “{word}”</source>
        <translation>{where}، {field}: كلمة غير معروفة «{word}»</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Area {number} ({name})</source>
        <translation>المجال {number} ({name})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>لم تتم الإجابة عن {areas}: يُغفله ملف PDF (ملف &gt; خيارات PDF).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>لم تتم الإجابة عن {areas}: يُغفلها ملف PDF (ملف &gt; خيارات PDF).</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>لم تتم الإجابة عن {areas}: يعرض ملف PDF عنوانه وتسمياته بلا إجابة (ملف &gt; خيارات PDF &gt; إغفال المجالات غير المجاب عنها يُغفله).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>لم تتم الإجابة عن {areas}: يعرض ملف PDF عناوينها وتسمياتها بلا إجابة (ملف &gt; خيارات PDF &gt; إغفال المجالات غير المجاب عنها يُغفلها).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problems in the submission</source>
        <translation>مشكلات المساهمة</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة</numerusform>
            <numerusform>عُثر على مشكلة واحدة</numerusform>
            <numerusform>عُثر على مشكلتين</numerusform>
            <numerusform>عُثر على %n مشكلات</numerusform>
            <numerusform>عُثر على %n مشكلة</numerusform>
            <numerusform>عُثر على %n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the submission is complete.</source>
        <translation>لم يُعثر على مشكلات: المساهمة مكتملة.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>N</source>
        <comment>Alt+letter: programme name</comment>
        <translation>ب</translation>
    </message>
    <message>
        <source>W</source>
        <comment>Alt+letter: website</comment>
        <translation>ق</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Alt+letter: short summary</comment>
        <translation>خ</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Alt+letter: additional information</comment>
        <translation>ض</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل &amp;لأعلى</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <source>&amp;Remove Programme</source>
        <translation>&amp;حذف البرنامج</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>البرنامج {number}</translation>
    </message>
    <message>
        <source>{label} (programme {number})</source>
        <translation>{label} (البرنامج {number})</translation>
    </message>
    <message>
        <source>Not a web address: write it like www.example.org or https://example.org</source>
        <translation>ليس عنوان موقع: اكتبه على نحو www.example.org أو https://example.org</translation>
    </message>
    <message>
        <source>{button} {number}</source>
        <translation>{button} {number}</translation>
    </message>
    <message>
        <source>Remove Programme</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; and everything written about it? (Edit &gt; Undo brings it back.)</source>
        <translation>هل تريد حذف «{name}» وكل ما كُتب عنه؟ (تحرير &gt; تراجع يعيده.)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
</context>
<context>
    <name>SendEmail</name>
    <message>
        <source>Send by Email</source>
        <translation>إرسال بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Check Submission lists problems ({count} in all), starting with: {problem} Send it anyway?</source>
        <translation>يكشف التدقيق عن مشكلات (عددها {count})، أولاها: {problem} هل تريد الإرسال على أي حال؟</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>الإرسال على أي حال</translation>
    </message>
    <message>
        <source>The PDF is {size} MB; many mail servers refuse attachments over 10 MB. Attach it anyway?</source>
        <translation>حجم ملف PDF ‏{size} ميغابايت؛ وكثير من خوادم البريد ترفض المرفقات الأكبر من 10 ميغابايت. هل تريد إرفاقه على أي حال؟</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>الإرفاق على أي حال</translation>
    </message>
    <message>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>‏{folder}: تتعذّر الكتابة هناك: {reason}</translation>
    </message>
    <message>
        <source>The email draft is open in your mail program: check it, then send it. ({name})</source>
        <translation>مسودة الرسالة مفتوحة في برنامج البريد: راجعها ثم أرسلها. ({name})</translation>
    </message>
    <message>
        <source>No mail program could open the email draft.</source>
        <translation>لم يتمكن أي برنامج بريد من فتح مسودة الرسالة.</translation>
    </message>
    <message>
        <source>The PDF is ready: {path}</source>
        <translation>ملف PDF جاهز: {path}</translation>
    </message>
    <message>
        <source>Its folder is open and its path is on the clipboard.</source>
        <translation>مجلده مفتوح ومساره في الحافظة.</translation>
    </message>
    <message>
        <source>Its folder could not be opened; its path is on the clipboard. Find it in {folder}.</source>
        <translation>تعذّر فتح مجلده؛ ومساره في الحافظة. تجده في {folder}.</translation>
    </message>
    <message>
        <source>Next: write a new message to {recipient} in your mail program and attach the PDF (or open the email draft beside it, {draft}, which has it attached).</source>
        <translation>بعد ذلك: اكتب رسالة جديدة إلى {recipient} في برنامج البريد وأرفق ملف PDF (أو افتح مسودة الرسالة المجاورة له، {draft}، المرفق بها الملف).</translation>
    </message>
    <message>
        <source>the COP secretariat</source>
        <translation>أمانة مبادرة COP</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Your personal word list could not be read; it was kept aside as {name}.</source>
        <translation>تعذّرت قراءة قائمة كلماتك الشخصية؛ واحتُفظ بها جانبًا باسم {name}.</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>التدقيق الإملائي متوقف: {reason}</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;تجاهل الكل</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>إضافة إلى ال&amp;قاموس</translation>
    </message>
    <message>
        <source>Not added to the dictionary: {reason}</source>
        <translation>لم تُضف إلى القاموس: {reason}</translation>
    </message>
</context>
<context>
    <name>TabStatus</name>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>partly filled</source>
        <translation>مكتمل جزئيًا</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>المجال {number}: {name}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{tab}: {state}</source>
        <translation>{tab}: {state}</translation>
    </message>
    <message>
        <source>{tab}, {state}</source>
        <translation>{tab}، {state}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>COP Partners&apos; Ongoing Project Summary</source>
        <translation>ملخص المشاريع الجارية لشركاء مبادرة حماية الأطفال على الإنترنت (COP)</translation>
    </message>
    <message>
        <source>(based on ITU Secretary General&apos;s call for action 2009)</source>
        <translation>(استنادًا إلى دعوة الأمين العام للاتحاد الدولي للاتصالات إلى العمل لعام 2009)</translation>
    </message>
    <message>
        <source>Name of the Partner Organization:</source>
        <translation>اسم المنظمة الشريكة:</translation>
    </message>
    <message>
        <source>Area {number}: {title}</source>
        <translation>المجال {number}: {title}</translation>
    </message>
    <message>
        <source>Name of the program related to Area {number} :</source>
        <translation>اسم البرنامج المتعلق بالمجال {number}:</translation>
    </message>
    <message>
        <source>Website :</source>
        <translation>الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>Short summary (please list any relevant partners):</source>
        <translation>ملخص قصير (يُرجى ذكر الشركاء المعنيين):</translation>
    </message>
    <message>
        <source>Additional information if any :</source>
        <translation>معلومات إضافية إن وجدت:</translation>
    </message>
    <message>
        <source>Create public awareness on the issues related to protecting children in cyberspace and to share policies, best practices, tools and resources</source>
        <translation>توعية الجمهور بالقضايا المتعلقة بحماية الأطفال في الفضاء السيبراني، وتبادل السياسات وأفضل الممارسات والأدوات والموارد</translation>
    </message>
    <message>
        <source>Public awareness</source>
        <translation>توعية الجمهور</translation>
    </message>
    <message>
        <source>Assist countries in developing a national approach to protecting children online</source>
        <translation>مساعدة البلدان على وضع نهج وطني لحماية الأطفال على الإنترنت</translation>
    </message>
    <message>
        <source>National approach</source>
        <translation>النهج الوطني</translation>
    </message>
    <message>
        <source>Identify risks and vulnerabilities to children in cyberspace</source>
        <translation>تحديد المخاطر ومواطن الضعف التي يتعرض لها الأطفال في الفضاء السيبراني</translation>
    </message>
    <message>
        <source>Risks and vulnerabilities</source>
        <translation>المخاطر ومواطن الضعف</translation>
    </message>
    <message>
        <source>Build resource depositories for general use</source>
        <translation>إنشاء مستودعات موارد للاستخدام العام</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Promote capacity building to contribute to and strengthen the global response in protecting children</source>
        <translation>تعزيز بناء القدرات للإسهام في الاستجابة العالمية لحماية الأطفال وتقويتها</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <source>Name of the Partner Organization</source>
        <translation>اسم المنظمة الشريكة</translation>
    </message>
    <message>
        <source>The partner organisation&apos;s full name, as it should appear on the summary.</source>
        <translation>الاسم الكامل للمنظمة الشريكة كما ينبغي أن يظهر في الملخص.</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>The name of the programme, on one line.</source>
        <translation>اسم البرنامج في سطر واحد.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>The programme&apos;s web address, starting with http:// or https://.</source>
        <translation>عنوان موقع البرنامج، ويبدأ بـ http://‎ أو https://‎.</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>ملخص قصير</translation>
    </message>
    <message>
        <source>What the programme does, with its partners (Markdown: paragraphs, bold, italic, lists, links).</source>
        <translation>ما يفعله البرنامج، مع شركائه (Markdown: فقرات، غامق، مائل، قوائم، روابط).</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>Anything else worth knowing; may be left empty (Markdown).</source>
        <translation>أي شيء آخر يستحق المعرفة؛ ويمكن تركه فارغًا (Markdown).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it picks the spelling dictionary.</source>
        <translation>اللغة التي كُتب بها الملخص (وسم BCP 47 مثل en-GB أو fr أو ar)؛ وهي تحدد القاموس الإملائي.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required. {description}</source>
        <translation>مطلوب. {description}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Start a new submission</source>
        <translation>بدء مساهمة جديدة</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;فتح...</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>فتح مسودة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>حفظ &amp;باسم...</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>حفظ المسودة باسم جديد</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;تصدير PDF...</translation>
    </message>
    <message>
        <source>Write the PDF to send</source>
        <translation>كتابة ملف PDF المراد إرساله</translation>
    </message>
    <message>
        <source>Export &amp;Text Form...</source>
        <translation>تصدير &amp;نموذج نصي...</translation>
    </message>
    <message>
        <source>Write the submission as Markdown</source>
        <translation>كتابة المساهمة بصيغة Markdown</translation>
    </message>
    <message>
        <source>Export as &amp;Word Document...</source>
        <translation>تصدير كمستند &amp;Word...</translation>
    </message>
    <message>
        <source>Write the submission as a .docx, laid out like the template</source>
        <translation>كتابة المساهمة بصيغة ‎.docx‎ بتنسيق القالب</translation>
    </message>
    <message>
        <source>Sen&amp;d by Email...</source>
        <translation>إر&amp;سال بالبريد الإلكتروني...</translation>
    </message>
    <message>
        <source>Export the PDF and open an email draft with it attached</source>
        <translation>تصدير ملف PDF وفتح مسودة رسالة مرفق بها</translation>
    </message>
    <message>
        <source>E&amp;mail Settings...</source>
        <translation>إعدادات البري&amp;د...</translation>
    </message>
    <message>
        <source>Recipient and folder for Send by Email</source>
        <translation>المستلم والمجلد للإرسال بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>إغلاق المحرر</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>ب&amp;حث...</translation>
    </message>
    <message>
        <source>Find text in every field</source>
        <translation>البحث عن نص في كل الحقول</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>ا&amp;ستبدال...</translation>
    </message>
    <message>
        <source>Replace text in every field</source>
        <translation>استبدال نص في كل الحقول</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن التا&amp;لي</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>الانتقال إلى المطابقة التالية</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البح&amp;ث عن السابق</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>الانتقال إلى المطابقة السابقة</translation>
    </message>
    <message>
        <source>A&amp;dd Programme</source>
        <translation>إضافة &amp;برنامج</translation>
    </message>
    <message>
        <source>Add a programme to the current area</source>
        <translation>إضافة برنامج إلى المجال الحالي</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger text in the form</source>
        <translation>نص أكبر في النموذج</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller text in the form</source>
        <translation>نص أصغر في النموذج</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Text in the form at its normal size</source>
        <translation>نص النموذج بحجمه العادي</translation>
    </message>
    <message>
        <source>&amp;Check Submission</source>
        <translation>&amp;تدقيق المساهمة</translation>
    </message>
    <message>
        <source>List everything missing before the submission is sent</source>
        <translation>سرد كل ما ينقص قبل إرسال المساهمة</translation>
    </message>
    <message>
        <source>&amp;How to Fill In the Form</source>
        <translation>&amp;كيفية ملء النموذج</translation>
    </message>
    <message>
        <source>What each area asks for, what a good summary holds, how to send</source>
        <translation>ما يطلبه كل مجال، وما يتضمنه الملخص الجيد، وكيفية الإرسال</translation>
    </message>
    <message>
        <source>Help on This &amp;Field</source>
        <translation>تعليمات حول هذا ال&amp;حقل</translation>
    </message>
    <message>
        <source>What the field being edited asks for</source>
        <translation>ما يطلبه الحقل الجاري تحريره</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;نبذة عن البرنامج</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>الترا&amp;خيص</translation>
    </message>
    <message>
        <source>What the editor is made of</source>
        <translation>مكونات المحرر</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;تشخيص</translation>
    </message>
    <message>
        <source>Check that fonts, dictionaries and translations are installed and work</source>
        <translation>التحقق من تثبيت الخطوط والقواميس والترجمات وعملها</translation>
    </message>
    <message>
        <source>Com&amp;pile Submissions...</source>
        <translation>تجميع ال&amp;مساهمات...</translation>
    </message>
    <message>
        <source>Many partners&apos; submissions into one report (PDF) and a spreadsheet overview</source>
        <translation>مساهمات شركاء كثيرين في تقرير واحد (PDF) ونظرة عامة في جدول بيانات</translation>
    </message>
    <message>
        <source>Leave Out &amp;Unanswered Areas</source>
        <translation>إغفال المجالات غير المجاب &amp;عنها</translation>
    </message>
    <message>
        <source>US &amp;Letter Paper</source>
        <translation>ورق &amp;Letter الأمريكي</translation>
    </message>
    <message>
        <source>&amp;Include the Editable Draft in the PDF</source>
        <translation>&amp;تضمين المسودة القابلة للتحرير في PDF</translation>
    </message>
    <message>
        <source>The PDF carries the draft, so that it can be imported and edited again</source>
        <translation>يحمل ملف PDF المسودة، ليمكن استيرادها وتحريرها من جديد</translation>
    </message>
    <message>
        <source>&amp;Open PDF After Export</source>
        <translation>&amp;فتح PDF بعد التصدير</translation>
    </message>
    <message>
        <source>PDF &amp;Preview</source>
        <translation>&amp;معاينة PDF</translation>
    </message>
    <message>
        <source>Show the PDF beside the form as Export PDF writes it</source>
        <translation>عرض ملف PDF بجانب النموذج كما يكتبه تصدير PDF</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;طباعة...</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>طباعة ملف PDF</translation>
    </message>
    <message>
        <source>&amp;System Language ({language})</source>
        <translation>لغة ال&amp;نظام ({language})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>تنس&amp;يق</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;استيراد...</translation>
    </message>
    <message>
        <source>Read a submission from a text form, a Word document or a PDF the editor made</source>
        <translation>قراءة مساهمة من نموذج نصي أو مستند Word أو ملف PDF أنشأه المحرر</translation>
    </message>
    <message>
        <source>PD&amp;F Options</source>
        <translation>خيا&amp;رات PDF</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تدقيق</translation>
    </message>
    <message>
        <source>More {bar} buttons</source>
        <translation>مزيد من أزرار {bar}</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>قوائم أخرى</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission: {counts}</source>
        <translation>المساهمة: {counts}</translation>
    </message>
    <message>
        <source>This field: {counts}</source>
        <translation>هذا الحقل: {counts}</translation>
    </message>
    <message>
        <source>{words}, {characters}</source>
        <translation>{words}، {characters}</translation>
    </message>
</context>
</TS>
