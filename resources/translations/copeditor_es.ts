<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AreaTab</name>
    <message>
        <source>Not answered yet. Describe a programme below, or leave the area empty: the PDF then shows its labels with no answer.</source>
        <translation>Todavía sin respuesta. Describa un programa a continuación o deje el área vacía: el PDF mostrará entonces sus etiquetas sin respuesta.</translation>
    </message>
    <message>
        <source>Add &amp;Programme</source>
        <translation>Añadir &amp;programa</translation>
    </message>
    <message>
        <source>Describe another programme in this area.</source>
        <translation>Describir otro programa en esta área.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Error en el guardado automático: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>información adicional</translation>
    </message>
    <message>
        <source>Typing in {field}</source>
        <translation>Escritura en {field}</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Añadir programa</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>Move programme</source>
        <translation>Mover programa</translation>
    </message>
</context>
<context>
    <name>CompileRunner</name>
    <message>
        <source>Reading the submissions</source>
        <translation>Lectura de las contribuciones</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Maquetación del informe</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escritura del informe</translation>
    </message>
    <message>
        <source>Reading the submissions...</source>
        <translation>Leyendo las contribuciones...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Compilar contribuciones</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} de {total}</translation>
    </message>
    <message>
        <source>Compiling was cancelled: nothing was written.</source>
        <translation>Se canceló la compilación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The report of {count} submissions ({pages} pages) was saved: {path}</source>
        <translation>Se ha guardado el informe de {count} contribuciones ({pages} páginas): {path}</translation>
    </message>
    <message>
        <source>

Not in the report:
</source>
        <translation>

No figura en el informe:
</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Abrir el informe</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n comprobación ha fallado</numerusform>
            <numerusform>%n comprobaciones han fallado</numerusform>
        </translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>todas las comprobaciones han sido correctas</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>COP drafts (*.json)</source>
        <translation>Borradores COP (*.json)</translation>
    </message>
    <message>
        <source>Text form (*.md *.markdown *.txt)</source>
        <translation>Formulario de texto (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Submissions (*.json *.pdf *.md *.docx *.eml)</source>
        <translation>Contribuciones (*.json *.pdf *.md *.docx *.eml)</translation>
    </message>
    <message>
        <source>Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)</source>
        <translation>Todo lo que el editor puede leer (*.md *.markdown *.txt *.docx *.doc *.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Documentos de Word (*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDFs made by the editor (*.pdf)</source>
        <translation>PDF generados por el editor (*.pdf)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, perderá los cambios.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The PDF was saved:
{path}</source>
        <translation>El PDF se ha guardado:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Always open the PDF after exporting</source>
        <translation>Abrir siempre el PDF después de exportar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>www.example.org, https://... or name@example.org</source>
        <translation>www.example.org, https://... o nombre@example.org</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texto del enlace</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Not a web or email address. Write it like www.example.org, https://example.org/page or name@example.org.</source>
        <translation>No es una dirección web ni de correo electrónico. Escríbala como www.example.org, https://example.org/pagina o nombre@example.org.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>The editor did not close normally. This unsaved work was kept; choose what to do.</source>
        <translation>El editor no se cerró correctamente. Se ha conservado este trabajo sin guardar; elija qué hacer.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>Configuración del correo</translation>
    </message>
    <message>
        <source>none: choose the recipient in your mail program</source>
        <translation>ninguno: elija el destinatario en su programa de correo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Folder for the PDF and the email draft</source>
        <translation>Carpeta para el PDF y el borrador del correo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Folder for Emailed PDFs</source>
        <translation>Carpeta para los PDF enviados por correo</translation>
    </message>
    <message>
        <source>Show the PDF in its folder instead of opening an email draft</source>
        <translation>Mostrar el PDF en su carpeta en lugar de abrir un borrador de correo</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Enviar a:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>Elija una carpeta existente para el PDF.</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Compilar contribuciones</translation>
    </message>
    <message>
        <source>Submissions to compile</source>
        <translation>Contribuciones que se compilarán</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Folder of Submissions</source>
        <translation>Carpeta de contribuciones</translation>
    </message>
    <message>
        <source>{folder} (every submission inside)</source>
        <translation>{folder} (todas las contribuciones que contiene)</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>Añadir &amp;archivos...</translation>
    </message>
    <message>
        <source>Add a F&amp;older...</source>
        <translation>Añadir una car&amp;peta...</translation>
    </message>
    <message>
        <source>Group by &amp;area (all partners&apos; programmes under each area)</source>
        <translation>Agrupar por á&amp;rea (los programas de todos los asociados en cada área)</translation>
    </message>
    <message>
        <source>Also write a spreadsheet o&amp;verview (CSV)</source>
        <translation>Escribir también un resumen en &amp;hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>&amp;Submissions:</source>
        <translation>&amp;Contribuciones:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Add the files or folder to compile.</source>
        <translation>Añada los archivos o la carpeta que se compilarán.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>{where} has {length} characters; a field holds at most {limit} (about 15,000 words): shorten it or split it into several programmes</source>
        <translation>{where} tiene {length} caracteres; un campo admite como máximo {limit} (unas 15.000 palabras): acórtelo o divídalo en varios programas</translation>
    </message>
    <message>
        <source>Area {number} holds at most {limit} programmes: group some of them, or describe them in fewer blocks.</source>
        <translation>El área {number} admite como máximo {limit} programas: agrupe algunos o descríbalos en menos bloques.</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>nombre del programa</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>breve resumen</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>información adicional</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}, {field}</source>
        <translation>Área {number}, programa {programme}, {field}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Open Draft</source>
        <translation>Abrir borrador</translation>
    </message>
    <message>
        <source>Draft Already Open</source>
        <translation>Borrador ya abierto</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}). Editing it in both would lose one copy&apos;s changes. Open it read-only?</source>
        <translation>{name} está abierto en otra copia del editor ({holder}). Si se edita en ambas, se perderán los cambios de una de ellas. ¿Abrirlo en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>{error}
The previous version, kept when the draft was last saved, can be opened instead ({backup}). Saving then replaces the damaged draft.</source>
        <translation>{error}
Se puede abrir en su lugar la versión anterior, conservada al guardar el borrador por última vez ({backup}). Al guardar, se sustituirá el borrador dañado.</translation>
    </message>
    <message>
        <source>Open Previous Version</source>
        <translation>Abrir la versión anterior</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{name}: not a kind of file to import</source>
        <translation>{name}: no es un tipo de archivo que se pueda importar</translation>
    </message>
    <message>
        <source>
(and {count} more)</source>
        <translation>
(y {count} más)</translation>
    </message>
    <message>
        <source>{name} was imported. Check these places:
{notes}</source>
        <translation>Se ha importado {name}. Revise estos lugares:
{notes}</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened here. Replace that version with yours? (It is kept as the backup.)</source>
        <translation>Otro programa ha modificado {name} desde que se abrió aquí. ¿Sustituir esa versión por la suya? (Se conserva como copia de seguridad).</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <translation>Guardar borrador como</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}): save under another name, or close it there first.</source>
        <translation>{name} está abierto en otra copia del editor ({holder}): guárdelo con otro nombre o ciérrelo antes allí.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it? Your unsaved changes here would be lost.</source>
        <translation>Otro programa ha modificado {name}. ¿Volver a cargarlo? Se perderían los cambios sin guardar que tiene aquí.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it?</source>
        <translation>Otro programa ha modificado {name}. ¿Volver a cargarlo?</translation>
    </message>
    <message>
        <source>Draft Changed on Disk</source>
        <translation>Borrador modificado en el disco</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Reload Draft</source>
        <translation>Volver a cargar el borrador</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The partner organisation is not named yet: the PDF will have no organisation.</source>
        <translation>La organización asociada aún no tiene nombre: el PDF no mostrará ninguna organización.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF guardado: {path}</translation>
    </message>
    <message>
        <source>PDF saved: {path} (it could not be opened: find it in {folder})</source>
        <translation>PDF guardado: {path} (no se pudo abrir: está en {folder})</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>Exportar como documento de Word</translation>
    </message>
    <message>
        <source>Export Text Form</source>
        <translation>Exportar formulario de texto</translation>
    </message>
    <message>
        <source>{name}: could not be written: {reason}</source>
        <translation>{name}: no se pudo escribir: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole submission</source>
        <translation>Buscar en toda la contribución</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Bus&amp;car:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+F3, Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Siguiente coincidencia (F3, Intro)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir ma&amp;yúsculas</translation>
    </message>
    <message>
        <source>Whole words onl&amp;y</source>
        <translation>Solo palabras comp&amp;letas</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar con</translation>
    </message>
    <message>
        <source>Replace w&amp;ith:</source>
        <translation>Reempla&amp;zar con:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace this match and find the next (Enter)</source>
        <translation>Reemplazar esta coincidencia y buscar la siguiente (Intro)</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Replace every match in the submission (one undo step)</source>
        <translation>Reemplazar todas las coincidencias de la contribución (se deshace en un solo paso)</translation>
    </message>
    <message>
        <source>Found in {field}</source>
        <translation>Encontrado en {field}</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search went past the end: continued from the beginning</source>
        <translation>Se ha llegado al final: la búsqueda continúa desde el principio</translation>
    </message>
    <message>
        <source>Search went past the beginning: continued from the end</source>
        <translation>Se ha llegado al principio: la búsqueda continúa desde el final</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se ha encontrado</translation>
    </message>
    <message>
        <source>This draft is read-only: nothing can be replaced</source>
        <translation>Este borrador es de solo lectura: no se puede reemplazar nada</translation>
    </message>
    <message>
        <source>Replace All “{term}”</source>
        <translation>Reemplazar todo «{term}»</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Lista nu&amp;merada</translation>
    </message>
    <message>
        <source>Insert &amp;Link...</source>
        <translation>Insertar &amp;enlace...</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Name of the programme (one for each area)</source>
        <translation>Nombre del programa (uno por área)</translation>
    </message>
    <message>
        <source>The COP secretariat compiles the summaries of all partners into one report, area by area. Fill in the organisation&apos;s name, then, in each area where you have work to report, one block per programme. Leave an area empty when you have nothing for it.</source>
        <translation>La secretaría de la COP reúne los resúmenes de todos los asociados en un único informe, área por área. Indique el nombre de la organización y, en cada área en la que tenga actividades que comunicar, un bloque por programa. Deje vacía el área para la que no tenga nada.</translation>
    </message>
    <message>
        <source>The areas, and what each asks for</source>
        <translation>Las áreas y lo que se pide en cada una</translation>
    </message>
    <message>
        <source>For each programme</source>
        <translation>Para cada programa</translation>
    </message>
    <message>
        <source>What a good summary holds</source>
        <translation>Qué contiene un buen resumen</translation>
    </message>
    <message>
        <source>What the programme does, for whom, and where (countries or regions).</source>
        <translation>Qué hace el programa, para quién y dónde (países o regiones).</translation>
    </message>
    <message>
        <source>The partners you work with, by name.</source>
        <translation>Los asociados con los que trabaja, por su nombre.</translation>
    </message>
    <message>
        <source>Results so far, with numbers where you have them, and what comes next.</source>
        <translation>Los resultados obtenidos hasta ahora, con cifras si las tiene, y los próximos pasos.</translation>
    </message>
    <message>
        <source>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</source>
        <translation>Enlaces a informes, herramientas o campañas (Insertar enlace, Ctrl+K).</translation>
    </message>
    <message>
        <source>A few short paragraphs are enough; lists help the reader. Never name or describe a child or a victim.</source>
        <translation>Bastan unos pocos párrafos breves; las listas ayudan al lector. Nunca nombre ni describa a un niño o a una víctima.</translation>
    </message>
    <message>
        <source>Checking and sending</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Tools &gt; Check Submission (F7) lists what is missing; click a line to go there.</source>
        <translation>Herramientas &gt; Revisar la contribución (F7) enumera lo que falta; haga clic en una línea para ir allí.</translation>
    </message>
    <message>
        <source>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</source>
        <translation>Archivo &gt; Exportar PDF genera el PDF tal como lo leerá la secretaría.</translation>
    </message>
    <message>
        <source>File &gt; Send by Email attaches that PDF to an email draft for you to send.</source>
        <translation>Archivo &gt; Enviar por correo adjunta ese PDF a un borrador de correo para que usted lo envíe.</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Import Text Form</source>
        <translation>Importar formulario de texto</translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation>Importar documento de Word</translation>
    </message>
    <message>
        <source>Import from PDF</source>
        <translation>Importar desde PDF</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>{tag} (no spelling dictionary)</source>
        <translation>{tag} (sin diccionario ortográfico)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>COP Submission Editor</source>
        <translation>Editor de contribuciones COP</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rehacer: {action}</translation>
    </message>
    <message>
        <source>Cannot Do That</source>
        <translation>No se puede hacer</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <source>{name}[*] - {editor}</source>
        <translation>{name}[*] - {editor}</translation>
    </message>
    <message>
        <source>How to Fill In the Form</source>
        <translation>Cómo rellenar el formulario</translation>
    </message>
    <message>
        <source>About {editor}</source>
        <translation>Acerca del {editor}</translation>
    </message>
    <message>
        <source>{editor} {version}

Write the COP Partners&apos; Ongoing Project Summary offline, save private drafts, and export the PDF for the ITU COP secretariat.</source>
        <translation>{editor} {version}

Redacte sin conexión el resumen de proyectos en curso de los asociados de la COP, guarde borradores privados y exporte el PDF para la secretaría de la COP de la UIT.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>N</source>
        <comment>Alt+letter of the organisation&apos;s name label</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the summary:</source>
        <translation>I&amp;dioma del resumen:</translation>
    </message>
</context>
<context>
    <name>PdfBuilder</name>
    <message>
        <source>The preview could not start its builder: {reason}</source>
        <translation>La vista previa no pudo iniciar su generador: {reason}</translation>
    </message>
    <message>
        <source>The preview&apos;s builder stopped; it starts again with the next change.</source>
        <translation>El generador de la vista previa se detuvo; se reiniciará con el próximo cambio.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export: {reason}</source>
        <translation>No se puede exportar: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>PDF Preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>The PDF preview appears here.</source>
        <translation>La vista previa del PDF aparece aquí.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Problems stopping the PDF</source>
        <translation>Problemas que impiden el PDF</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Actualizando...</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet. The pages below are the last PDF that could be made.</source>
        <translation>Todavía no se puede generar el PDF. Las páginas siguientes son del último PDF que se pudo generar.</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet.</source>
        <translation>Todavía no se puede generar el PDF.</translation>
    </message>
    <message>
        <source>(click to go to the field)</source>
        <translation>(haga clic para ir al campo)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Todavía no hay páginas</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>PDF preview pages</source>
        <translation>Páginas de la vista previa del PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation>No se pudo imprimir: {reason}</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>no pages were chosen</source>
        <translation>no se eligió ninguna página</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>no se pudo iniciar la impresora</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>la impresora rechazó una página nueva</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The partner organisation is not named.</source>
        <translation>No se ha indicado el nombre de la organización asociada.</translation>
    </message>
    <message>
        <source>No action area is answered: describe at least one programme.</source>
        <translation>No se ha respondido ninguna área de acción: describa al menos un programa.</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}</source>
        <translation>Área {number}, programa {programme}</translation>
    </message>
    <message>
        <source>{where}: the programme has no name.</source>
        <translation>{where}: el programa no tiene nombre.</translation>
    </message>
    <message>
        <source>{where}: the short summary is empty.</source>
        <translation>{where}: el breve resumen está vacío.</translation>
    </message>
    <message>
        <source>{where}: the website {website} is not an http:// or https:// address.</source>
        <translation>{where}: el sitio web {website} no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>nombre del programa</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>breve resumen</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>información adicional</translation>
    </message>
    <message>
        <source>{where}, {field}: unknown word “{word}”</source>
        <translation>{where}, {field}: palabra desconocida «{word}»</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Area {number} ({name})</source>
        <translation>Área {number} ({name})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas} no tiene respuesta: el PDF la omite (Archivo &gt; Opciones de PDF).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas} no tienen respuesta: el PDF las omite (Archivo &gt; Opciones de PDF).</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas} no tiene respuesta: el PDF muestra su título y sus etiquetas sin respuesta (Archivo &gt; Opciones de PDF &gt; Omitir las áreas sin respuesta la omite).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas} no tienen respuesta: el PDF muestra sus títulos y etiquetas sin respuesta (Archivo &gt; Opciones de PDF &gt; Omitir las áreas sin respuesta las omite).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems in the submission</source>
        <translation>Problemas de la contribución</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problema encontrado</numerusform>
            <numerusform>%n problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the submission is complete.</source>
        <translation>No se han encontrado problemas: la contribución está completa.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>N</source>
        <comment>Alt+letter: programme name</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <comment>Alt+letter: website</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Alt+letter: short summary</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Alt+letter: additional information</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove Programme</source>
        <translation>&amp;Quitar programa</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>Programa {number}</translation>
    </message>
    <message>
        <source>{label} (programme {number})</source>
        <translation>{label} (programa {number})</translation>
    </message>
    <message>
        <source>Not a web address: write it like www.example.org or https://example.org</source>
        <translation>No es una dirección web: escríbala como www.example.org o https://example.org</translation>
    </message>
    <message>
        <source>{button} {number}</source>
        <translation>{button} {number}</translation>
    </message>
    <message>
        <source>Remove Programme</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; and everything written about it? (Edit &gt; Undo brings it back.)</source>
        <translation>¿Quitar «{name}» y todo lo escrito sobre él? (Edición &gt; Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>SendEmail</name>
    <message>
        <source>Send by Email</source>
        <translation>Enviar por correo electrónico</translation>
    </message>
    <message>
        <source>Check Submission lists problems ({count} in all), starting with: {problem} Send it anyway?</source>
        <translation>La revisión señala problemas ({count} en total), empezando por: {problem} ¿Enviarla de todos modos?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>The PDF is {size} MB; many mail servers refuse attachments over 10 MB. Attach it anyway?</source>
        <translation>El PDF ocupa {size} MB; muchos servidores de correo rechazan adjuntos de más de 10 MB. ¿Adjuntarlo de todos modos?</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>Adjuntar de todos modos</translation>
    </message>
    <message>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>{folder}: no se puede escribir ahí: {reason}</translation>
    </message>
    <message>
        <source>The email draft is open in your mail program: check it, then send it. ({name})</source>
        <translation>El borrador del correo está abierto en su programa de correo: revíselo y envíelo. ({name})</translation>
    </message>
    <message>
        <source>No mail program could open the email draft.</source>
        <translation>Ningún programa de correo pudo abrir el borrador.</translation>
    </message>
    <message>
        <source>The PDF is ready: {path}</source>
        <translation>El PDF está listo: {path}</translation>
    </message>
    <message>
        <source>Its folder is open and its path is on the clipboard.</source>
        <translation>Su carpeta está abierta y su ruta está en el portapapeles.</translation>
    </message>
    <message>
        <source>Its folder could not be opened; its path is on the clipboard. Find it in {folder}.</source>
        <translation>No se pudo abrir su carpeta; su ruta está en el portapapeles. Está en {folder}.</translation>
    </message>
    <message>
        <source>Next: write a new message to {recipient} in your mail program and attach the PDF (or open the email draft beside it, {draft}, which has it attached).</source>
        <translation>Después: escriba un mensaje nuevo a {recipient} en su programa de correo y adjunte el PDF (o abra el borrador que está a su lado, {draft}, que ya lo lleva adjunto).</translation>
    </message>
    <message>
        <source>the COP secretariat</source>
        <translation>la secretaría de la COP</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Your personal word list could not be read; it was kept aside as {name}.</source>
        <translation>No se pudo leer su lista de palabras personal; se ha guardado aparte como {name}.</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>Revisión ortográfica desactivada: {reason}</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;Omitir todas</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>Añadir al &amp;diccionario</translation>
    </message>
    <message>
        <source>Not added to the dictionary: {reason}</source>
        <translation>No se ha añadido al diccionario: {reason}</translation>
    </message>
</context>
<context>
    <name>TabStatus</name>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>partly filled</source>
        <translation>parcialmente rellenada</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Área {number}: {name}</translation>
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
        <translation>Resumen de los proyectos en curso de los asociados de la COP</translation>
    </message>
    <message>
        <source>(based on ITU Secretary General&apos;s call for action 2009)</source>
        <translation>(basado en el llamamiento a la acción de 2009 del Secretario General de la UIT)</translation>
    </message>
    <message>
        <source>Name of the Partner Organization:</source>
        <translation>Nombre de la organización asociada:</translation>
    </message>
    <message>
        <source>Area {number}: {title}</source>
        <translation>Área {number}: {title}</translation>
    </message>
    <message>
        <source>Name of the program related to Area {number} :</source>
        <translation>Nombre del programa relacionado con el área {number}:</translation>
    </message>
    <message>
        <source>Website :</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Short summary (please list any relevant partners):</source>
        <translation>Breve resumen (indique los asociados pertinentes):</translation>
    </message>
    <message>
        <source>Additional information if any :</source>
        <translation>Información adicional, si la hubiera:</translation>
    </message>
    <message>
        <source>Create public awareness on the issues related to protecting children in cyberspace and to share policies, best practices, tools and resources</source>
        <translation>Sensibilizar al público sobre las cuestiones relacionadas con la protección de la infancia en el ciberespacio y compartir políticas, prácticas óptimas, herramientas y recursos</translation>
    </message>
    <message>
        <source>Public awareness</source>
        <translation>Sensibilización del público</translation>
    </message>
    <message>
        <source>Assist countries in developing a national approach to protecting children online</source>
        <translation>Ayudar a los países a elaborar un enfoque nacional de la protección de la infancia en línea</translation>
    </message>
    <message>
        <source>National approach</source>
        <translation>Enfoque nacional</translation>
    </message>
    <message>
        <source>Identify risks and vulnerabilities to children in cyberspace</source>
        <translation>Determinar los riesgos y vulnerabilidades de la infancia en el ciberespacio</translation>
    </message>
    <message>
        <source>Risks and vulnerabilities</source>
        <translation>Riesgos y vulnerabilidades</translation>
    </message>
    <message>
        <source>Build resource depositories for general use</source>
        <translation>Crear repositorios de recursos para uso general</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Promote capacity building to contribute to and strengthen the global response in protecting children</source>
        <translation>Promover la creación de capacidades para contribuir a la respuesta mundial en la protección de la infancia y reforzarla</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Creación de capacidades</translation>
    </message>
    <message>
        <source>Name of the Partner Organization</source>
        <translation>Nombre de la organización asociada</translation>
    </message>
    <message>
        <source>The partner organisation&apos;s full name, as it should appear on the summary.</source>
        <translation>El nombre completo de la organización asociada, tal como debe figurar en el resumen.</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>The name of the programme, on one line.</source>
        <translation>El nombre del programa, en una línea.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>The programme&apos;s web address, starting with http:// or https://.</source>
        <translation>La dirección web del programa, que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>Breve resumen</translation>
    </message>
    <message>
        <source>What the programme does, with its partners (Markdown: paragraphs, bold, italic, lists, links).</source>
        <translation>Qué hace el programa, con sus asociados (Markdown: párrafos, negrita, cursiva, listas, enlaces).</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Anything else worth knowing; may be left empty (Markdown).</source>
        <translation>Cualquier otro dato de interés; puede dejarse vacío (Markdown).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it picks the spelling dictionary.</source>
        <translation>El idioma en que está redactado el resumen (una etiqueta BCP 47 como en-GB, fr o ar); determina el diccionario ortográfico.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required. {description}</source>
        <translation>Obligatorio. {description}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new submission</source>
        <translation>Empezar una contribución nueva</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Abrir un borrador</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Guardar el borrador con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Exportar PDF...</translation>
    </message>
    <message>
        <source>Write the PDF to send</source>
        <translation>Generar el PDF que se enviará</translation>
    </message>
    <message>
        <source>Export &amp;Text Form...</source>
        <translation>Exportar formulario de &amp;texto...</translation>
    </message>
    <message>
        <source>Write the submission as Markdown</source>
        <translation>Escribir la contribución como Markdown</translation>
    </message>
    <message>
        <source>Export as &amp;Word Document...</source>
        <translation>Exportar como documento de &amp;Word...</translation>
    </message>
    <message>
        <source>Write the submission as a .docx, laid out like the template</source>
        <translation>Escribir la contribución como .docx, con el diseño de la plantilla</translation>
    </message>
    <message>
        <source>Sen&amp;d by Email...</source>
        <translation>Enviar por c&amp;orreo...</translation>
    </message>
    <message>
        <source>Export the PDF and open an email draft with it attached</source>
        <translation>Exportar el PDF y abrir un borrador de correo con el PDF adjunto</translation>
    </message>
    <message>
        <source>E&amp;mail Settings...</source>
        <translation>Con&amp;figuración del correo...</translation>
    </message>
    <message>
        <source>Recipient and folder for Send by Email</source>
        <translation>Destinatario y carpeta para el envío por correo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Find text in every field</source>
        <translation>Buscar texto en todos los campos</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Ree&amp;mplazar...</translation>
    </message>
    <message>
        <source>Replace text in every field</source>
        <translation>Reemplazar texto en todos los campos</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir a la siguiente coincidencia</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar anteri&amp;or</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir a la coincidencia anterior</translation>
    </message>
    <message>
        <source>A&amp;dd Programme</source>
        <translation>&amp;Añadir programa</translation>
    </message>
    <message>
        <source>Add a programme to the current area</source>
        <translation>Añadir un programa al área actual</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Larger text in the form</source>
        <translation>Texto más grande en el formulario</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Smaller text in the form</source>
        <translation>Texto más pequeño en el formulario</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Text in the form at its normal size</source>
        <translation>Texto del formulario a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Check Submission</source>
        <translation>&amp;Revisar la contribución</translation>
    </message>
    <message>
        <source>List everything missing before the submission is sent</source>
        <translation>Enumerar todo lo que falta antes de enviar la contribución</translation>
    </message>
    <message>
        <source>&amp;How to Fill In the Form</source>
        <translation>&amp;Cómo rellenar el formulario</translation>
    </message>
    <message>
        <source>What each area asks for, what a good summary holds, how to send</source>
        <translation>Qué se pide en cada área, qué contiene un buen resumen, cómo enviar</translation>
    </message>
    <message>
        <source>Help on This &amp;Field</source>
        <translation>Ayuda sobre este ca&amp;mpo</translation>
    </message>
    <message>
        <source>What the field being edited asks for</source>
        <translation>Qué se pide en el campo que se está editando</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>What the editor is made of</source>
        <translation>De qué está hecho el editor</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Check that fonts, dictionaries and translations are installed and work</source>
        <translation>Comprobar que las fuentes, los diccionarios y las traducciones están instalados y funcionan</translation>
    </message>
    <message>
        <source>Com&amp;pile Submissions...</source>
        <translation>&amp;Compilar contribuciones...</translation>
    </message>
    <message>
        <source>Many partners&apos; submissions into one report (PDF) and a spreadsheet overview</source>
        <translation>Las contribuciones de muchos asociados en un único informe (PDF) y un resumen en hoja de cálculo</translation>
    </message>
    <message>
        <source>Leave Out &amp;Unanswered Areas</source>
        <translation>Omitir las áreas sin &amp;respuesta</translation>
    </message>
    <message>
        <source>US &amp;Letter Paper</source>
        <translation>Papel &amp;Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Include the Editable Draft in the PDF</source>
        <translation>&amp;Incluir el borrador editable en el PDF</translation>
    </message>
    <message>
        <source>The PDF carries the draft, so that it can be imported and edited again</source>
        <translation>El PDF lleva el borrador, para que se pueda importar y editar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Open PDF After Export</source>
        <translation>&amp;Abrir el PDF después de exportar</translation>
    </message>
    <message>
        <source>PDF &amp;Preview</source>
        <translation>&amp;Vista previa del PDF</translation>
    </message>
    <message>
        <source>Show the PDF beside the form as Export PDF writes it</source>
        <translation>Mostrar el PDF junto al formulario tal como lo genera Exportar PDF</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimir el PDF</translation>
    </message>
    <message>
        <source>&amp;System Language ({language})</source>
        <translation>Idioma del &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>For&amp;mato</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>Read a submission from a text form, a Word document or a PDF the editor made</source>
        <translation>Leer una contribución desde un formulario de texto, un documento de Word o un PDF generado por el editor</translation>
    </message>
    <message>
        <source>PD&amp;F Options</source>
        <translation>Opciones de P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>More {bar} buttons</source>
        <translation>Más botones de {bar}</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission: {counts}</source>
        <translation>Contribución: {counts}</translation>
    </message>
    <message>
        <source>This field: {counts}</source>
        <translation>Este campo: {counts}</translation>
    </message>
    <message>
        <source>{words}, {characters}</source>
        <translation>{words}, {characters}</translation>
    </message>
</context>
</TS>
