<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AreaTab</name>
    <message>
        <source>Not answered yet. Describe a programme below, or leave the area empty: the PDF then shows its labels with no answer.</source>
        <translation>Ответа пока нет. Опишите программу ниже или оставьте направление пустым: тогда в PDF будут только его заголовки без ответа.</translation>
    </message>
    <message>
        <source>Add &amp;Programme</source>
        <translation>Добавить про&amp;грамму</translation>
    </message>
    <message>
        <source>Describe another programme in this area.</source>
        <translation>Описать ещё одну программу по этому направлению.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Ошибка автосохранения: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>website</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>дополнительная информация</translation>
    </message>
    <message>
        <source>Typing in {field}</source>
        <translation>Ввод: {field}</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Добавление программы</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Удаление программы</translation>
    </message>
    <message>
        <source>Move programme</source>
        <translation>Перемещение программы</translation>
    </message>
</context>
<context>
    <name>CompileRunner</name>
    <message>
        <source>Reading the submissions</source>
        <translation>Чтение сводок</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Вёрстка отчёта</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запись отчёта</translation>
    </message>
    <message>
        <source>Reading the submissions...</source>
        <translation>Чтение сводок...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Сбор сводок</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} из {total}</translation>
    </message>
    <message>
        <source>Compiling was cancelled: nothing was written.</source>
        <translation>Сбор отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>The report of {count} submissions ({pages} pages) was saved: {path}</source>
        <translation>Отчёт по сводкам ({count}), страниц: {pages}, сохранён: {path}</translation>
    </message>
    <message>
        <source>

Not in the report:
</source>
        <translation>

Не вошло в отчёт:
</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Открыть отчёт</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n проверка не пройдена</numerusform>
            <numerusform>%n проверки не пройдены</numerusform>
            <numerusform>%n проверок не пройдено</numerusform>
        </translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>все проверки пройдены</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>COP drafts (*.json)</source>
        <translation>Черновики COP (*.json)</translation>
    </message>
    <message>
        <source>Text form (*.md *.markdown *.txt)</source>
        <translation>Текстовая форма (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Submissions (*.json *.pdf *.md *.docx *.eml)</source>
        <translation>Сводки (*.json *.pdf *.md *.docx *.eml)</translation>
    </message>
    <message>
        <source>Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)</source>
        <translation>Всё, что читает редактор (*.md *.markdown *.txt *.docx *.doc *.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Документы Word (*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDFs made by the editor (*.pdf)</source>
        <translation>PDF, созданные редактором (*.pdf)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing?</source>
        <translation>Сохранить изменения в «{name}» перед закрытием?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Если не сохранить изменения, они будут потеряны.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>The PDF was saved:
{path}</source>
        <translation>PDF сохранён:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Открыть PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Always open the PDF after exporting</source>
        <translation>Всегда открывать PDF после экспорта</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <source>www.example.org, https://... or name@example.org</source>
        <translation>www.example.org, https://... или name@example.org</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Текст ссылки</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Not a web or email address. Write it like www.example.org, https://example.org/page or name@example.org.</source>
        <translation>Это не веб-адрес и не адрес электронной почты. Пишите так: www.example.org, https://example.org/page или name@example.org.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <source>The editor did not close normally. This unsaved work was kept; choose what to do.</source>
        <translation>Редактор был закрыт некорректно. Эта несохранённая работа сохранена; выберите, что с ней сделать.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>Настройки почты</translation>
    </message>
    <message>
        <source>none: choose the recipient in your mail program</source>
        <translation>нет: выберите получателя в почтовой программе</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Folder for the PDF and the email draft</source>
        <translation>Папка для PDF и черновика письма</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Folder for Emailed PDFs</source>
        <translation>Папка для PDF, отправляемых по почте</translation>
    </message>
    <message>
        <source>Show the PDF in its folder instead of opening an email draft</source>
        <translation>Показывать PDF в папке вместо открытия черновика письма</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>Выберите существующую папку для PDF.</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Сбор сводок</translation>
    </message>
    <message>
        <source>Submissions to compile</source>
        <translation>Сводки для сбора</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <source>Folder of Submissions</source>
        <translation>Папка со сводками</translation>
    </message>
    <message>
        <source>{folder} (every submission inside)</source>
        <translation>{folder} (все сводки в ней)</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>Добавить &amp;файлы...</translation>
    </message>
    <message>
        <source>Add a F&amp;older...</source>
        <translation>Добавить &amp;папку...</translation>
    </message>
    <message>
        <source>Group by &amp;area (all partners&apos; programmes under each area)</source>
        <translation>Группировать по &amp;направлениям (программы всех партнеров по каждому направлению)</translation>
    </message>
    <message>
        <source>Also write a spreadsheet o&amp;verview (CSV)</source>
        <translation>Также записать &amp;обзорную таблицу (CSV)</translation>
    </message>
    <message>
        <source>&amp;Submissions:</source>
        <translation>&amp;Сводки:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Add the files or folder to compile.</source>
        <translation>Добавьте файлы или папку для сбора.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>{where} has {length} characters; a field holds at most {limit} (about 15,000 words): shorten it or split it into several programmes</source>
        <translation>{where}: {length} символов; поле вмещает не более {limit} (около 15 000 слов): сократите текст или разделите его на несколько программ</translation>
    </message>
    <message>
        <source>Area {number} holds at most {limit} programmes: group some of them, or describe them in fewer blocks.</source>
        <translation>Направление {number} вмещает не более {limit} программ: объедините некоторые из них или опишите их в меньшем числе блоков.</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>название программы</translation>
    </message>
    <message>
        <source>website</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>дополнительная информация</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}, {field}</source>
        <translation>Направление {number}, программа {programme}, {field}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Open Draft</source>
        <translation>Открыть черновик</translation>
    </message>
    <message>
        <source>Draft Already Open</source>
        <translation>Черновик уже открыт</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}). Editing it in both would lose one copy&apos;s changes. Open it read-only?</source>
        <translation>{name} открыт в другой копии редактора ({holder}). При правке в обеих копиях изменения одной из них будут потеряны. Открыть только для чтения?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>{error}
The previous version, kept when the draft was last saved, can be opened instead ({backup}). Saving then replaces the damaged draft.</source>
        <translation>{error}
Вместо него можно открыть предыдущую версию, сохранённую при последнем сохранении черновика ({backup}). При сохранении она заменит повреждённый черновик.</translation>
    </message>
    <message>
        <source>Open Previous Version</source>
        <translation>Открыть предыдущую версию</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>{name}: not a kind of file to import</source>
        <translation>{name}: файлы такого типа не импортируются</translation>
    </message>
    <message>
        <source>
(and {count} more)</source>
        <translation>
(и ещё {count})</translation>
    </message>
    <message>
        <source>{name} was imported. Check these places:
{notes}</source>
        <translation>{name} импортирован. Проверьте эти места:
{notes}</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened here. Replace that version with yours? (It is kept as the backup.)</source>
        <translation>{name} был изменён другой программой после открытия здесь. Заменить ту версию вашей? (Она будет сохранена как резервная копия.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <translation>Сохранить черновик как</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}): save under another name, or close it there first.</source>
        <translation>{name} открыт в другой копии редактора ({holder}): сохраните под другим именем или сначала закройте его там.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it? Your unsaved changes here would be lost.</source>
        <translation>{name} был изменён другой программой. Загрузить его заново? Несохранённые изменения здесь будут потеряны.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it?</source>
        <translation>{name} был изменён другой программой. Загрузить его заново?</translation>
    </message>
    <message>
        <source>Draft Changed on Disk</source>
        <translation>Черновик изменён на диске</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Reload Draft</source>
        <translation>Повторная загрузка черновика</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>The partner organisation is not named yet: the PDF will have no organisation.</source>
        <translation>Организация-партнер ещё не указана: в PDF не будет названия организации.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF сохранён: {path}</translation>
    </message>
    <message>
        <source>PDF saved: {path} (it could not be opened: find it in {folder})</source>
        <translation>PDF сохранён: {path} (открыть не удалось: он находится в {folder})</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>Экспорт в документ Word</translation>
    </message>
    <message>
        <source>Export Text Form</source>
        <translation>Экспорт в текстовую форму</translation>
    </message>
    <message>
        <source>{name}: could not be written: {reason}</source>
        <translation>{name}: не удалось записать: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole submission</source>
        <translation>Искать во всей сводке</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Най&amp;ти:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+F3, Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Следующее совпадение (F3, Enter)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Whole words onl&amp;y</source>
        <translation>Только слова &amp;целиком</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Replace w&amp;ith:</source>
        <translation>&amp;Заменить на:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace this match and find the next (Enter)</source>
        <translation>Заменить это совпадение и найти следующее (Enter)</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Заменить вс&amp;ё</translation>
    </message>
    <message>
        <source>Replace every match in the submission (one undo step)</source>
        <translation>Заменить все совпадения в сводке (отменяется одним действием)</translation>
    </message>
    <message>
        <source>Found in {field}</source>
        <translation>Найдено в поле «{field}»</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search went past the end: continued from the beginning</source>
        <translation>Поиск дошёл до конца и продолжен с начала</translation>
    </message>
    <message>
        <source>Search went past the beginning: continued from the end</source>
        <translation>Поиск дошёл до начала и продолжен с конца</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>This draft is read-only: nothing can be replaced</source>
        <translation>Черновик открыт только для чтения: заменить ничего нельзя</translation>
    </message>
    <message>
        <source>Replace All “{term}”</source>
        <translation>Заменить всё «{term}»</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <source>Insert &amp;Link...</source>
        <translation>Вставить &amp;ссылку...</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Name of the programme (one for each area)</source>
        <translation>Название программы (для каждого направления)</translation>
    </message>
    <message>
        <source>The COP secretariat compiles the summaries of all partners into one report, area by area. Fill in the organisation&apos;s name, then, in each area where you have work to report, one block per programme. Leave an area empty when you have nothing for it.</source>
        <translation>Секретариат COP сводит материалы всех партнеров в один отчёт по направлениям. Укажите название организации, а затем по каждому направлению, где у вас есть работа, — отдельный блок для каждой программы. Если по направлению сообщить нечего, оставьте его пустым.</translation>
    </message>
    <message>
        <source>The areas, and what each asks for</source>
        <translation>Направления и что в них требуется</translation>
    </message>
    <message>
        <source>For each programme</source>
        <translation>Для каждой программы</translation>
    </message>
    <message>
        <source>What a good summary holds</source>
        <translation>Что должно быть в хорошем описании</translation>
    </message>
    <message>
        <source>What the programme does, for whom, and where (countries or regions).</source>
        <translation>Что делает программа, для кого и где (страны или регионы).</translation>
    </message>
    <message>
        <source>The partners you work with, by name.</source>
        <translation>Партнеры, с которыми вы работаете, с названиями.</translation>
    </message>
    <message>
        <source>Results so far, with numbers where you have them, and what comes next.</source>
        <translation>Результаты на сегодня, с цифрами, если они есть, и дальнейшие планы.</translation>
    </message>
    <message>
        <source>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</source>
        <translation>Ссылки на отчёты, инструменты или кампании (Вставить ссылку, Ctrl+K).</translation>
    </message>
    <message>
        <source>A few short paragraphs are enough; lists help the reader. Never name or describe a child or a victim.</source>
        <translation>Достаточно нескольких коротких абзацев; списки помогают читателю. Никогда не называйте и не описывайте ребенка или пострадавшего.</translation>
    </message>
    <message>
        <source>Checking and sending</source>
        <translation>Проверка и отправка</translation>
    </message>
    <message>
        <source>Tools &gt; Check Submission (F7) lists what is missing; click a line to go there.</source>
        <translation>Сервис &gt; Проверить сводку (F7) показывает, чего не хватает; щёлкните строку, чтобы перейти к месту.</translation>
    </message>
    <message>
        <source>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</source>
        <translation>Файл &gt; Экспорт в PDF создаёт PDF точно в том виде, в каком его прочтёт секретариат.</translation>
    </message>
    <message>
        <source>File &gt; Send by Email attaches that PDF to an email draft for you to send.</source>
        <translation>Файл &gt; Отправить по электронной почте прикладывает этот PDF к черновику письма, который вы отправите сами.</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Import Text Form</source>
        <translation>Импорт текстовой формы</translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation>Импорт документа Word</translation>
    </message>
    <message>
        <source>Import from PDF</source>
        <translation>Импорт из PDF</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>{tag} (no spelling dictionary)</source>
        <translation>{tag} (нет орфографического словаря)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>COP Submission Editor</source>
        <translation>Редактор материалов COP</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Повторить: {action}</translation>
    </message>
    <message>
        <source>Cannot Do That</source>
        <translation>Это невозможно</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (только чтение)</translation>
    </message>
    <message>
        <source>{name}[*] - {editor}</source>
        <translation>{name}[*] — {editor}</translation>
    </message>
    <message>
        <source>How to Fill In the Form</source>
        <translation>Как заполнить форму</translation>
    </message>
    <message>
        <source>About {editor}</source>
        <translation>О программе «{editor}»</translation>
    </message>
    <message>
        <source>{editor} {version}

Write the COP Partners&apos; Ongoing Project Summary offline, save private drafts, and export the PDF for the ITU COP secretariat.</source>
        <translation>{editor} {version}

Готовьте без подключения к интернету сводку текущих проектов партнеров COP, сохраняйте личные черновики и экспортируйте PDF для секретариата COP МСЭ.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>N</source>
        <comment>Alt+letter of the organisation&apos;s name label</comment>
        <translation>Н</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Язык сводки</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the summary:</source>
        <translation>&amp;Язык сводки:</translation>
    </message>
</context>
<context>
    <name>PdfBuilder</name>
    <message>
        <source>The preview could not start its builder: {reason}</source>
        <translation>Предпросмотр не смог запустить построитель: {reason}</translation>
    </message>
    <message>
        <source>The preview&apos;s builder stopped; it starts again with the next change.</source>
        <translation>Построитель предпросмотра остановился; он запустится снова при следующем изменении.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export: {reason}</source>
        <translation>Экспорт невозможен: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>PDF Preview</source>
        <translation>Предпросмотр PDF</translation>
    </message>
    <message>
        <source>The PDF preview appears here.</source>
        <translation>Здесь появится предпросмотр PDF.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>По размеру страницы</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Состояние предпросмотра</translation>
    </message>
    <message>
        <source>Problems stopping the PDF</source>
        <translation>Проблемы, мешающие созданию PDF</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Обновление...</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet. The pages below are the last PDF that could be made.</source>
        <translation>PDF пока нельзя создать. Ниже — страницы последнего созданного PDF.</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet.</source>
        <translation>PDF пока нельзя создать.</translation>
    </message>
    <message>
        <source>(click to go to the field)</source>
        <translation>(щёлкните, чтобы перейти к полю)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Страниц пока нет</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>PDF preview pages</source>
        <translation>Страницы предпросмотра PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation>Не удалось напечатать: {reason}</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>не указано имя файла</translation>
    </message>
    <message>
        <source>no pages were chosen</source>
        <translation>не выбрано ни одной страницы</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>не удалось запустить принтер</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>принтер отказался начать новую страницу</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The partner organisation is not named.</source>
        <translation>Не указано название организации-партнера.</translation>
    </message>
    <message>
        <source>No action area is answered: describe at least one programme.</source>
        <translation>Ни по одному направлению деятельности нет ответа: опишите хотя бы одну программу.</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}</source>
        <translation>Направление {number}, программа {programme}</translation>
    </message>
    <message>
        <source>{where}: the programme has no name.</source>
        <translation>{where}: у программы нет названия.</translation>
    </message>
    <message>
        <source>{where}: the short summary is empty.</source>
        <translation>{where}: краткое описание не заполнено.</translation>
    </message>
    <message>
        <source>{where}: the website {website} is not an http:// or https:// address.</source>
        <translation>{where}: веб-сайт {website} не является адресом http:// или https://.</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>название программы</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>дополнительная информация</translation>
    </message>
    <message>
        <source>{where}, {field}: unknown word “{word}”</source>
        <translation>{where}, {field}: неизвестное слово «{word}»</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Area {number} ({name})</source>
        <translation>Направление {number} ({name})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas}: нет ответа; в PDF это направление не войдёт (Файл &gt; Параметры PDF).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas}: нет ответа; в PDF эти направления не войдут (Файл &gt; Параметры PDF).</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas}: нет ответа; в PDF будут его заголовок и подписи без ответа (Файл &gt; Параметры PDF &gt; Пропускать направления без ответа — чтобы исключить его).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas}: нет ответа; в PDF будут их заголовки и подписи без ответа (Файл &gt; Параметры PDF &gt; Пропускать направления без ответа — чтобы исключить их).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Problems in the submission</source>
        <translation>Проблемы в сводке</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>Найдена %n проблема</numerusform>
            <numerusform>Найдены %n проблемы</numerusform>
            <numerusform>Найдено %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the submission is complete.</source>
        <translation>Проблем не найдено: сводка заполнена полностью.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>N</source>
        <comment>Alt+letter: programme name</comment>
        <translation>Н</translation>
    </message>
    <message>
        <source>W</source>
        <comment>Alt+letter: website</comment>
        <translation>А</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Alt+letter: short summary</comment>
        <translation>К</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Alt+letter: additional information</comment>
        <translation>Д</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Ввер&amp;х</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>&amp;Remove Programme</source>
        <translation>&amp;Удалить программу</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>Программа {number}</translation>
    </message>
    <message>
        <source>{label} (programme {number})</source>
        <translation>{label} (программа {number})</translation>
    </message>
    <message>
        <source>Not a web address: write it like www.example.org or https://example.org</source>
        <translation>Это не веб-адрес: пишите так: www.example.org или https://example.org</translation>
    </message>
    <message>
        <source>{button} {number}</source>
        <translation>{button} {number}</translation>
    </message>
    <message>
        <source>Remove Programme</source>
        <translation>Удаление программы</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; and everything written about it? (Edit &gt; Undo brings it back.)</source>
        <translation>Удалить «{name}» и всё, что о ней написано? (Правка &gt; Отменить вернёт её.)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>SendEmail</name>
    <message>
        <source>Send by Email</source>
        <translation>Отправка по электронной почте</translation>
    </message>
    <message>
        <source>Check Submission lists problems ({count} in all), starting with: {problem} Send it anyway?</source>
        <translation>Проверка нашла проблемы (всего: {count}), первая: {problem} Всё равно отправить?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>The PDF is {size} MB; many mail servers refuse attachments over 10 MB. Attach it anyway?</source>
        <translation>Размер PDF — {size} МБ; многие почтовые серверы не принимают вложения больше 10 МБ. Всё равно приложить?</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>Всё равно приложить</translation>
    </message>
    <message>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>{folder}: запись туда невозможна: {reason}</translation>
    </message>
    <message>
        <source>The email draft is open in your mail program: check it, then send it. ({name})</source>
        <translation>Черновик письма открыт в почтовой программе: проверьте его и отправьте. ({name})</translation>
    </message>
    <message>
        <source>No mail program could open the email draft.</source>
        <translation>Ни одна почтовая программа не смогла открыть черновик письма.</translation>
    </message>
    <message>
        <source>The PDF is ready: {path}</source>
        <translation>PDF готов: {path}</translation>
    </message>
    <message>
        <source>Its folder is open and its path is on the clipboard.</source>
        <translation>Его папка открыта, а путь скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Its folder could not be opened; its path is on the clipboard. Find it in {folder}.</source>
        <translation>Открыть его папку не удалось; путь скопирован в буфер обмена. Файл находится в {folder}.</translation>
    </message>
    <message>
        <source>Next: write a new message to {recipient} in your mail program and attach the PDF (or open the email draft beside it, {draft}, which has it attached).</source>
        <translation>Далее: напишите новое письмо получателю ({recipient}) в почтовой программе и приложите PDF (или откройте лежащий рядом черновик письма {draft}, к которому он уже приложен).</translation>
    </message>
    <message>
        <source>the COP secretariat</source>
        <translation>секретариат COP</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Your personal word list could not be read; it was kept aside as {name}.</source>
        <translation>Не удалось прочитать ваш личный словарь; он сохранён отдельно как {name}.</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>Проверка орфографии отключена: {reason}</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;Пропустить все</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>Добавить в &amp;словарь</translation>
    </message>
    <message>
        <source>Not added to the dictionary: {reason}</source>
        <translation>Не добавлено в словарь: {reason}</translation>
    </message>
</context>
<context>
    <name>TabStatus</name>
    <message>
        <source>complete</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>partly filled</source>
        <translation>заполнено частично</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Направление {number}: {name}</translation>
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
        <translation>{tab}, {state}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>COP Partners&apos; Ongoing Project Summary</source>
        <translation>Сводка текущих проектов партнеров COP</translation>
    </message>
    <message>
        <source>(based on ITU Secretary General&apos;s call for action 2009)</source>
        <translation>(на основе призыва к действиям Генерального секретаря МСЭ 2009 года)</translation>
    </message>
    <message>
        <source>Name of the Partner Organization:</source>
        <translation>Название организации-партнера:</translation>
    </message>
    <message>
        <source>Area {number}: {title}</source>
        <translation>Направление {number}: {title}</translation>
    </message>
    <message>
        <source>Name of the program related to Area {number} :</source>
        <translation>Название программы по направлению {number}:</translation>
    </message>
    <message>
        <source>Website :</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <source>Short summary (please list any relevant partners):</source>
        <translation>Краткое описание (укажите соответствующих партнеров):</translation>
    </message>
    <message>
        <source>Additional information if any :</source>
        <translation>Дополнительная информация (при наличии):</translation>
    </message>
    <message>
        <source>Create public awareness on the issues related to protecting children in cyberspace and to share policies, best practices, tools and resources</source>
        <translation>Повышать осведомленность общественности о вопросах защиты детей в киберпространстве и обмениваться политикой, передовым опытом, инструментами и ресурсами</translation>
    </message>
    <message>
        <source>Public awareness</source>
        <translation>Осведомленность общественности</translation>
    </message>
    <message>
        <source>Assist countries in developing a national approach to protecting children online</source>
        <translation>Помогать странам в разработке национального подхода к защите ребенка в онлайновой среде</translation>
    </message>
    <message>
        <source>National approach</source>
        <translation>Национальный подход</translation>
    </message>
    <message>
        <source>Identify risks and vulnerabilities to children in cyberspace</source>
        <translation>Выявлять риски и уязвимости для детей в киберпространстве</translation>
    </message>
    <message>
        <source>Risks and vulnerabilities</source>
        <translation>Риски и уязвимости</translation>
    </message>
    <message>
        <source>Build resource depositories for general use</source>
        <translation>Создавать общедоступные хранилища ресурсов</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Promote capacity building to contribute to and strengthen the global response in protecting children</source>
        <translation>Содействовать созданию потенциала, чтобы вносить вклад в глобальные меры по защите детей и укреплять их</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Создание потенциала</translation>
    </message>
    <message>
        <source>Name of the Partner Organization</source>
        <translation>Название организации-партнера</translation>
    </message>
    <message>
        <source>The partner organisation&apos;s full name, as it should appear on the summary.</source>
        <translation>Полное название организации-партнера в том виде, в каком оно должно быть в сводке.</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <source>The name of the programme, on one line.</source>
        <translation>Название программы в одну строку.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>The programme&apos;s web address, starting with http:// or https://.</source>
        <translation>Веб-адрес программы, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>What the programme does, with its partners (Markdown: paragraphs, bold, italic, lists, links).</source>
        <translation>Что делает программа и с какими партнерами (Markdown: абзацы, полужирный, курсив, списки, ссылки).</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <source>Anything else worth knowing; may be left empty (Markdown).</source>
        <translation>Всё остальное, что стоит знать; можно оставить пустым (Markdown).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it picks the spelling dictionary.</source>
        <translation>Язык, на котором написана сводка (тег BCP 47, например en-GB, fr или ar); по нему выбирается орфографический словарь.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required. {description}</source>
        <translation>Обязательное поле. {description}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Start a new submission</source>
        <translation>Начать новую сводку</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Открыть...</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Открыть черновик</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Сохранить &amp;как...</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Сохранить черновик под новым именем</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Экспорт в PDF...</translation>
    </message>
    <message>
        <source>Write the PDF to send</source>
        <translation>Создать PDF для отправки</translation>
    </message>
    <message>
        <source>Export &amp;Text Form...</source>
        <translation>Экспорт в &amp;текстовую форму...</translation>
    </message>
    <message>
        <source>Write the submission as Markdown</source>
        <translation>Записать сводку в формате Markdown</translation>
    </message>
    <message>
        <source>Export as &amp;Word Document...</source>
        <translation>Экспорт в документ &amp;Word...</translation>
    </message>
    <message>
        <source>Write the submission as a .docx, laid out like the template</source>
        <translation>Записать сводку в формате .docx с оформлением по шаблону</translation>
    </message>
    <message>
        <source>Sen&amp;d by Email...</source>
        <translation>Отп&amp;равить по электронной почте...</translation>
    </message>
    <message>
        <source>Export the PDF and open an email draft with it attached</source>
        <translation>Экспортировать PDF и открыть черновик письма с вложением</translation>
    </message>
    <message>
        <source>E&amp;mail Settings...</source>
        <translation>Настройки по&amp;чты...</translation>
    </message>
    <message>
        <source>Recipient and folder for Send by Email</source>
        <translation>Получатель и папка для отправки по почте</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Закрыть редактор</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выд&amp;елить всё</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Найти...</translation>
    </message>
    <message>
        <source>Find text in every field</source>
        <translation>Искать текст во всех полях</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>&amp;Заменить...</translation>
    </message>
    <message>
        <source>Replace text in every field</source>
        <translation>Заменить текст во всех полях</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти да&amp;лее</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Перейти к следующему совпадению</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Перейти к предыдущему совпадению</translation>
    </message>
    <message>
        <source>A&amp;dd Programme</source>
        <translation>&amp;Добавить программу</translation>
    </message>
    <message>
        <source>Add a programme to the current area</source>
        <translation>Добавить программу в текущее направление</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Larger text in the form</source>
        <translation>Крупнее текст формы</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Smaller text in the form</source>
        <translation>Мельче текст формы</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>Text in the form at its normal size</source>
        <translation>Текст формы обычного размера</translation>
    </message>
    <message>
        <source>&amp;Check Submission</source>
        <translation>&amp;Проверить сводку</translation>
    </message>
    <message>
        <source>List everything missing before the submission is sent</source>
        <translation>Показать всё, чего не хватает, перед отправкой сводки</translation>
    </message>
    <message>
        <source>&amp;How to Fill In the Form</source>
        <translation>&amp;Как заполнить форму</translation>
    </message>
    <message>
        <source>What each area asks for, what a good summary holds, how to send</source>
        <translation>Что требуется в каждом направлении, что должно быть в хорошем описании, как отправить</translation>
    </message>
    <message>
        <source>Help on This &amp;Field</source>
        <translation>Справка по этому &amp;полю</translation>
    </message>
    <message>
        <source>What the field being edited asks for</source>
        <translation>Что требуется в редактируемом поле</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Лицензии</translation>
    </message>
    <message>
        <source>What the editor is made of</source>
        <translation>Из чего состоит редактор</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Диагностика</translation>
    </message>
    <message>
        <source>Check that fonts, dictionaries and translations are installed and work</source>
        <translation>Проверить, что шрифты, словари и переводы установлены и работают</translation>
    </message>
    <message>
        <source>Com&amp;pile Submissions...</source>
        <translation>&amp;Собрать сводки...</translation>
    </message>
    <message>
        <source>Many partners&apos; submissions into one report (PDF) and a spreadsheet overview</source>
        <translation>Сводки многих партнеров в одном отчёте (PDF) и обзорной таблице</translation>
    </message>
    <message>
        <source>Leave Out &amp;Unanswered Areas</source>
        <translation>&amp;Пропускать направления без ответа</translation>
    </message>
    <message>
        <source>US &amp;Letter Paper</source>
        <translation>Формат &amp;Letter (США)</translation>
    </message>
    <message>
        <source>&amp;Include the Editable Draft in the PDF</source>
        <translation>&amp;Включать редактируемый черновик в PDF</translation>
    </message>
    <message>
        <source>The PDF carries the draft, so that it can be imported and edited again</source>
        <translation>PDF содержит черновик, чтобы его можно было снова импортировать и править</translation>
    </message>
    <message>
        <source>&amp;Open PDF After Export</source>
        <translation>&amp;Открывать PDF после экспорта</translation>
    </message>
    <message>
        <source>PDF &amp;Preview</source>
        <translation>&amp;Предпросмотр PDF</translation>
    </message>
    <message>
        <source>Show the PDF beside the form as Export PDF writes it</source>
        <translation>Показывать PDF рядом с формой в том виде, в каком его создаёт экспорт</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Напечатать PDF</translation>
    </message>
    <message>
        <source>&amp;System Language ({language})</source>
        <translation>&amp;Системный язык ({language})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <source>Read a submission from a text form, a Word document or a PDF the editor made</source>
        <translation>Прочитать сводку из текстовой формы, документа Word или PDF, созданного редактором</translation>
    </message>
    <message>
        <source>PD&amp;F Options</source>
        <translation>Пара&amp;метры PDF</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>More {bar} buttons</source>
        <translation>Другие кнопки: {bar}</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Другие меню</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln символ</numerusform>
            <numerusform>%Ln символа</numerusform>
            <numerusform>%Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission: {counts}</source>
        <translation>Сводка: {counts}</translation>
    </message>
    <message>
        <source>This field: {counts}</source>
        <translation>Это поле: {counts}</translation>
    </message>
    <message>
        <source>{words}, {characters}</source>
        <translation>{words}, {characters}</translation>
    </message>
</context>
</TS>
