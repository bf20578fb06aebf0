<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AreaTab</name>
    <message>
        <source>Not answered yet. Describe a programme below, or leave the area empty: the PDF then shows its labels with no answer.</source>
        <translation>Pas encore de réponse. Décrivez un programme ci-dessous, ou laissez ce domaine vide : le PDF affichera alors ses intitulés sans réponse.</translation>
    </message>
    <message>
        <source>Add &amp;Programme</source>
        <translation>A&amp;jouter un programme</translation>
    </message>
    <message>
        <source>Describe another programme in this area.</source>
        <translation>Décrire un autre programme dans ce domaine.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Échec de l&apos;enregistrement automatique : {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>informations complémentaires</translation>
    </message>
    <message>
        <source>Typing in {field}</source>
        <translation>Saisie dans {field}</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Ajout d&apos;un programme</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Suppression d&apos;un programme</translation>
    </message>
    <message>
        <source>Move programme</source>
        <translation>Déplacement d&apos;un programme</translation>
    </message>
</context>
<context>
    <name>CompileRunner</name>
    <message>
        <source>Reading the submissions</source>
        <translation>Lecture des contributions</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Mise en page du rapport</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <source>Reading the submissions...</source>
        <translation>Lecture des contributions...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Compiler les contributions</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage} : {done} sur {total}</translation>
    </message>
    <message>
        <source>Compiling was cancelled: nothing was written.</source>
        <translation>Compilation annulée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The report of {count} submissions ({pages} pages) was saved: {path}</source>
        <translation>Le rapport de {count} contributions ({pages} pages) a été enregistré : {path}</translation>
    </message>
    <message>
        <source>

Not in the report:
</source>
        <translation>

Absent du rapport :
</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n vérification a échoué</numerusform>
            <numerusform>%n vérifications ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>toutes les vérifications ont réussi</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>COP drafts (*.json)</source>
        <translation>Brouillons COP (*.json)</translation>
    </message>
    <message>
        <source>Text form (*.md *.markdown *.txt)</source>
        <translation>Formulaire texte (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Submissions (*.json *.pdf *.md *.docx *.eml)</source>
        <translation>Contributions (*.json *.pdf *.md *.docx *.eml)</translation>
    </message>
    <message>
        <source>Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)</source>
        <translation>Tout ce que l&apos;éditeur sait lire (*.md *.markdown *.txt *.docx *.doc *.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Documents Word (*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDFs made by the editor (*.pdf)</source>
        <translation>PDF produits par l&apos;éditeur (*.pdf)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The PDF was saved:
{path}</source>
        <translation>Le PDF a été enregistré :
{path}</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Always open the PDF after exporting</source>
        <translation>Toujours ouvrir le PDF après l&apos;export</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>www.example.org, https://... or name@example.org</source>
        <translation>www.example.org, https://... ou nom@example.org</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Not a web or email address. Write it like www.example.org, https://example.org/page or name@example.org.</source>
        <translation>Ce n&apos;est pas une adresse web ou électronique. Écrivez-la comme www.example.org, https://example.org/page ou nom@example.org.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>The editor did not close normally. This unsaved work was kept; choose what to do.</source>
        <translation>L&apos;éditeur ne s&apos;est pas fermé normalement. Ce travail non enregistré a été conservé ; choisissez que faire.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>Paramètres de messagerie</translation>
    </message>
    <message>
        <source>none: choose the recipient in your mail program</source>
        <translation>aucun : choisissez le destinataire dans votre messagerie</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Folder for the PDF and the email draft</source>
        <translation>Dossier du PDF et du brouillon de courriel</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Folder for Emailed PDFs</source>
        <translation>Dossier des PDF envoyés par courriel</translation>
    </message>
    <message>
        <source>Show the PDF in its folder instead of opening an email draft</source>
        <translation>Afficher le PDF dans son dossier au lieu d&apos;ouvrir un brouillon de courriel</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>Choisissez un dossier existant pour le PDF.</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>Compiler les contributions</translation>
    </message>
    <message>
        <source>Submissions to compile</source>
        <translation>Contributions à compiler</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Folder of Submissions</source>
        <translation>Dossier de contributions</translation>
    </message>
    <message>
        <source>{folder} (every submission inside)</source>
        <translation>{folder} (toutes les contributions qu&apos;il contient)</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>Ajouter des &amp;fichiers...</translation>
    </message>
    <message>
        <source>Add a F&amp;older...</source>
        <translation>Ajouter un &amp;dossier...</translation>
    </message>
    <message>
        <source>Group by &amp;area (all partners&apos; programmes under each area)</source>
        <translation>Regrouper par do&amp;maine (les programmes de tous les partenaires sous chaque domaine)</translation>
    </message>
    <message>
        <source>Also write a spreadsheet o&amp;verview (CSV)</source>
        <translation>Écrire aussi un tableau réc&amp;apitulatif (CSV)</translation>
    </message>
    <message>
        <source>&amp;Submissions:</source>
        <translation>&amp;Contributions :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Add the files or folder to compile.</source>
        <translation>Ajoutez les fichiers ou le dossier à compiler.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{where} has {length} characters; a field holds at most {limit} (about 15,000 words): shorten it or split it into several programmes</source>
        <translation>{where} compte {length} caractères ; un champ en contient au plus {limit} (environ 15 000 mots) : raccourcissez-le ou répartissez-le entre plusieurs programmes</translation>
    </message>
    <message>
        <source>Area {number} holds at most {limit} programmes: group some of them, or describe them in fewer blocks.</source>
        <translation>Le domaine {number} contient au plus {limit} programmes : regroupez-en certains, ou décrivez-les en moins de blocs.</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>bref résumé</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>informations complémentaires</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}, {field}</source>
        <translation>Domaine {number}, programme {programme}, {field}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Open Draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>Draft Already Open</source>
        <translation>Brouillon déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}). Editing it in both would lose one copy&apos;s changes. Open it read-only?</source>
        <translation>{name} est ouvert dans une autre fenêtre de l&apos;éditeur ({holder}). Le modifier dans les deux ferait perdre les modifications de l&apos;une d&apos;elles. L&apos;ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>{error}
The previous version, kept when the draft was last saved, can be opened instead ({backup}). Saving then replaces the damaged draft.</source>
        <translation>{error}
La version précédente, conservée lors du dernier enregistrement, peut être ouverte à la place ({backup}). L&apos;enregistrement remplacera alors le brouillon endommagé.</translation>
    </message>
    <message>
        <source>Open Previous Version</source>
        <translation>Ouvrir la version précédente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{name}: not a kind of file to import</source>
        <translation>{name} : ce type de fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>
(and {count} more)</source>
        <translation>
(et {count} autres)</translation>
    </message>
    <message>
        <source>{name} was imported. Check these places:
{notes}</source>
        <translation>{name} a été importé. Vérifiez ces endroits :
{notes}</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened here. Replace that version with yours? (It is kept as the backup.)</source>
        <translation>{name} a été modifié par un autre programme depuis son ouverture ici. Remplacer cette version par la vôtre ? (Elle est conservée comme copie de sauvegarde.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}): save under another name, or close it there first.</source>
        <translation>{name} est ouvert dans une autre fenêtre de l&apos;éditeur ({holder}) : enregistrez sous un autre nom, ou fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it? Your unsaved changes here would be lost.</source>
        <translation>{name} a été modifié par un autre programme. Le recharger ? Vos modifications non enregistrées ici seraient perdues.</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it?</source>
        <translation>{name} a été modifié par un autre programme. Le recharger ?</translation>
    </message>
    <message>
        <source>Draft Changed on Disk</source>
        <translation>Brouillon modifié sur le disque</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload Draft</source>
        <translation>Recharger le brouillon</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The partner organisation is not named yet: the PDF will have no organisation.</source>
        <translation>L&apos;organisation partenaire n&apos;est pas encore nommée : le PDF n&apos;indiquera aucune organisation.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF enregistré : {path}</translation>
    </message>
    <message>
        <source>PDF saved: {path} (it could not be opened: find it in {folder})</source>
        <translation>PDF enregistré : {path} (impossible de l&apos;ouvrir : il se trouve dans {folder})</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>Exporter en document Word</translation>
    </message>
    <message>
        <source>Export Text Form</source>
        <translation>Exporter en formulaire texte</translation>
    </message>
    <message>
        <source>{name}: could not be written: {reason}</source>
        <translation>{name} : écriture impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole submission</source>
        <translation>Rechercher dans toute la contribution</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+F3, Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole words onl&amp;y</source>
        <translation>Mots entiers uni&amp;quement</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replace w&amp;ith:</source>
        <translation>Remplacer &amp;par :</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace this match and find the next (Enter)</source>
        <translation>Remplacer cette occurrence et passer à la suivante (Entrée)</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Tout remp&amp;lacer</translation>
    </message>
    <message>
        <source>Replace every match in the submission (one undo step)</source>
        <translation>Remplacer toutes les occurrences de la contribution (annulable en une fois)</translation>
    </message>
    <message>
        <source>Found in {field}</source>
        <translation>Trouvé dans {field}</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search went past the end: continued from the beginning</source>
        <translation>Fin atteinte : la recherche reprend au début</translation>
    </message>
    <message>
        <source>Search went past the beginning: continued from the end</source>
        <translation>Début atteint : la recherche reprend à la fin</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This draft is read-only: nothing can be replaced</source>
        <translation>Ce brouillon est en lecture seule : rien ne peut être remplacé</translation>
    </message>
    <message>
        <source>Replace All “{term}”</source>
        <translation>Tout remplacer « {term} »</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>Insert &amp;Link...</source>
        <translation>Insérer un &amp;lien...</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Name of the programme (one for each area)</source>
        <translation>Nom du programme (un par domaine)</translation>
    </message>
    <message>
        <source>The COP secretariat compiles the summaries of all partners into one report, area by area. Fill in the organisation&apos;s name, then, in each area where you have work to report, one block per programme. Leave an area empty when you have nothing for it.</source>
        <translation>Le secrétariat de la COP réunit les synthèses de tous les partenaires en un seul rapport, domaine par domaine. Indiquez le nom de l&apos;organisation puis, dans chaque domaine où vous avez des activités à signaler, un bloc par programme. Laissez vide un domaine pour lequel vous n&apos;avez rien.</translation>
    </message>
    <message>
        <source>The areas, and what each asks for</source>
        <translation>Les domaines et ce que chacun demande</translation>
    </message>
    <message>
        <source>For each programme</source>
        <translation>Pour chaque programme</translation>
    </message>
    <message>
        <source>What a good summary holds</source>
        <translation>Ce que contient une bonne synthèse</translation>
    </message>
    <message>
        <source>What the programme does, for whom, and where (countries or regions).</source>
        <translation>Ce que fait le programme, pour qui et où (pays ou régions).</translation>
    </message>
    <message>
        <source>The partners you work with, by name.</source>
        <translation>Les partenaires avec qui vous travaillez, nommément.</translation>
    </message>
    <message>
        <source>Results so far, with numbers where you have them, and what comes next.</source>
        <translation>Les résultats obtenus, chiffrés si possible, et les prochaines étapes.</translation>
    </message>
    <message>
        <source>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</source>
        <translation>Des liens vers des rapports, outils ou campagnes (Insérer un lien, Ctrl+K).</translation>
    </message>
    <message>
        <source>A few short paragraphs are enough; lists help the reader. Never name or describe a child or a victim.</source>
        <translation>Quelques paragraphes courts suffisent ; les listes aident le lecteur. Ne nommez ni ne décrivez jamais un enfant ou une victime.</translation>
    </message>
    <message>
        <source>Checking and sending</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Tools &gt; Check Submission (F7) lists what is missing; click a line to go there.</source>
        <translation>Outils &gt; Vérifier la contribution (F7) liste ce qui manque ; cliquez sur une ligne pour y aller.</translation>
    </message>
    <message>
        <source>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</source>
        <translation>Fichier &gt; Exporter en PDF produit le PDF tel que le secrétariat le lira.</translation>
    </message>
    <message>
        <source>File &gt; Send by Email attaches that PDF to an email draft for you to send.</source>
        <translation>Fichier &gt; Envoyer par courriel joint ce PDF à un brouillon de courriel que vous enverrez.</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Import Text Form</source>
        <translation>Importer un formulaire texte</translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation>Importer un document Word</translation>
    </message>
    <message>
        <source>Import from PDF</source>
        <translation>Importer depuis un PDF</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>{tag} (no spelling dictionary)</source>
        <translation>{tag} (pas de dictionnaire orthographique)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>COP Submission Editor</source>
        <translation>Éditeur de contributions COP</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rétablir : {action}</translation>
    </message>
    <message>
        <source>Cannot Do That</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <source>{name}[*] - {editor}</source>
        <translation>{name}[*] - {editor}</translation>
    </message>
    <message>
        <source>How to Fill In the Form</source>
        <translation>Comment remplir le formulaire</translation>
    </message>
    <message>
        <source>About {editor}</source>
        <translation>À propos de l&apos;{editor}</translation>
    </message>
    <message>
        <source>{editor} {version}

Write the COP Partners&apos; Ongoing Project Summary offline, save private drafts, and export the PDF for the ITU COP secretariat.</source>
        <translation>{editor} {version}

Rédigez hors ligne la synthèse des projets en cours des partenaires de la COP, enregistrez des brouillons privés et exportez le PDF pour le secrétariat de la COP de l&apos;UIT.</translation>
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
        <translation>Langue de la synthèse</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the summary:</source>
        <translation>Lan&amp;gue de la synthèse :</translation>
    </message>
</context>
<context>
    <name>PdfBuilder</name>
    <message>
        <source>The preview could not start its builder: {reason}</source>
        <translation>L&apos;aperçu n&apos;a pas pu lancer son générateur : {reason}</translation>
    </message>
    <message>
        <source>The preview&apos;s builder stopped; it starts again with the next change.</source>
        <translation>Le générateur de l&apos;aperçu s&apos;est arrêté ; il redémarrera à la prochaine modification.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export: {reason}</source>
        <translation>Export impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>PDF Preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>The PDF preview appears here.</source>
        <translation>L&apos;aperçu du PDF s&apos;affiche ici.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>État de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Problems stopping the PDF</source>
        <translation>Problèmes qui empêchent le PDF</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Mise à jour...</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet. The pages below are the last PDF that could be made.</source>
        <translation>Le PDF ne peut pas encore être produit. Les pages ci-dessous sont celles du dernier PDF produit.</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet.</source>
        <translation>Le PDF ne peut pas encore être produit.</translation>
    </message>
    <message>
        <source>(click to go to the field)</source>
        <translation>(cliquez pour aller au champ)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Aucune page pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>PDF preview pages</source>
        <translation>Pages de l&apos;aperçu PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation>Impression impossible : {reason}</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>no pages were chosen</source>
        <translation>aucune page n&apos;a été choisie</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>l&apos;imprimante n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>l&apos;imprimante a refusé une nouvelle page</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The partner organisation is not named.</source>
        <translation>L&apos;organisation partenaire n&apos;est pas nommée.</translation>
    </message>
    <message>
        <source>No action area is answered: describe at least one programme.</source>
        <translation>Aucun domaine d&apos;action n&apos;a de réponse : décrivez au moins un programme.</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}</source>
        <translation>Domaine {number}, programme {programme}</translation>
    </message>
    <message>
        <source>{where}: the programme has no name.</source>
        <translation>{where} : le programme n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>{where}: the short summary is empty.</source>
        <translation>{where} : le bref résumé est vide.</translation>
    </message>
    <message>
        <source>{where}: the website {website} is not an http:// or https:// address.</source>
        <translation>{where} : le site web {website} n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>bref résumé</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>informations complémentaires</translation>
    </message>
    <message>
        <source>{where}, {field}: unknown word “{word}”</source>
        <translation>{where}, {field} : mot inconnu « {word} »</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Area {number} ({name})</source>
        <translation>Domaine {number} ({name})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas} n&apos;a pas de réponse : le PDF l&apos;omet (Fichier &gt; Options PDF).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas} n&apos;ont pas de réponse : le PDF les omet (Fichier &gt; Options PDF).</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas} n&apos;a pas de réponse : le PDF affiche son titre et ses intitulés sans réponse (Fichier &gt; Options PDF &gt; Omettre les domaines sans réponse l&apos;omet).</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas} n&apos;ont pas de réponse : le PDF affiche leurs titres et intitulés sans réponse (Fichier &gt; Options PDF &gt; Omettre les domaines sans réponse les omet).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems in the submission</source>
        <translation>Problèmes de la contribution</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the submission is complete.</source>
        <translation>Aucun problème : la contribution est complète.</translation>
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
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>&amp;Remove Programme</source>
        <translation>S&amp;upprimer le programme</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>Programme {number}</translation>
    </message>
    <message>
        <source>{label} (programme {number})</source>
        <translation>{label} (programme {number})</translation>
    </message>
    <message>
        <source>Not a web address: write it like www.example.org or https://example.org</source>
        <translation>Ce n&apos;est pas une adresse web : écrivez-la comme www.example.org ou https://example.org</translation>
    </message>
    <message>
        <source>{button} {number}</source>
        <translation>{button} {number}</translation>
    </message>
    <message>
        <source>Remove Programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; and everything written about it? (Edit &gt; Undo brings it back.)</source>
        <translation>Supprimer « {name} » et tout ce qui a été écrit à son sujet ? (Édition &gt; Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>SendEmail</name>
    <message>
        <source>Send by Email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>Check Submission lists problems ({count} in all), starting with: {problem} Send it anyway?</source>
        <translation>La vérification signale des problèmes ({count} au total), à commencer par : {problem} Envoyer quand même ?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>The PDF is {size} MB; many mail servers refuse attachments over 10 MB. Attach it anyway?</source>
        <translation>Le PDF fait {size} Mo ; de nombreux serveurs de messagerie refusent les pièces jointes de plus de 10 Mo. Le joindre quand même ?</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>Joindre quand même</translation>
    </message>
    <message>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>{folder} : écriture impossible : {reason}</translation>
    </message>
    <message>
        <source>The email draft is open in your mail program: check it, then send it. ({name})</source>
        <translation>Le brouillon de courriel est ouvert dans votre messagerie : vérifiez-le, puis envoyez-le. ({name})</translation>
    </message>
    <message>
        <source>No mail program could open the email draft.</source>
        <translation>Aucune messagerie n&apos;a pu ouvrir le brouillon de courriel.</translation>
    </message>
    <message>
        <source>The PDF is ready: {path}</source>
        <translation>Le PDF est prêt : {path}</translation>
    </message>
    <message>
        <source>Its folder is open and its path is on the clipboard.</source>
        <translation>Son dossier est ouvert et son chemin est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Its folder could not be opened; its path is on the clipboard. Find it in {folder}.</source>
        <translation>Son dossier n&apos;a pas pu être ouvert ; son chemin est dans le presse-papiers. Il se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Next: write a new message to {recipient} in your mail program and attach the PDF (or open the email draft beside it, {draft}, which has it attached).</source>
        <translation>Ensuite : écrivez un nouveau message à {recipient} dans votre messagerie et joignez-y le PDF (ou ouvrez le brouillon de courriel placé à côté, {draft}, qui le contient déjà).</translation>
    </message>
    <message>
        <source>the COP secretariat</source>
        <translation>le secrétariat de la COP</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Your personal word list could not be read; it was kept aside as {name}.</source>
        <translation>Votre liste de mots personnelle n&apos;a pas pu être lue ; elle a été mise de côté sous le nom {name}.</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>Vérification orthographique désactivée : {reason}</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;Ignorer partout</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>Ajouter au &amp;dictionnaire</translation>
    </message>
    <message>
        <source>Not added to the dictionary: {reason}</source>
        <translation>Non ajouté au dictionnaire : {reason}</translation>
    </message>
</context>
<context>
    <name>TabStatus</name>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>partly filled</source>
        <translation>partiellement rempli</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Domaine {number} : {name}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{tab}: {state}</source>
        <translation>{tab} : {state}</translation>
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
        <translation>Synthèse des projets en cours des partenaires de la COP</translation>
    </message>
    <message>
        <source>(based on ITU Secretary General&apos;s call for action 2009)</source>
        <translation>(d&apos;après l&apos;appel à l&apos;action lancé en 2009 par le Secrétaire général de l&apos;UIT)</translation>
    </message>
    <message>
        <source>Name of the Partner Organization:</source>
        <translation>Nom de l&apos;organisation partenaire :</translation>
    </message>
    <message>
        <source>Area {number}: {title}</source>
        <translation>Domaine {number} : {title}</translation>
    </message>
    <message>
        <source>Name of the program related to Area {number} :</source>
        <translation>Nom du programme lié au domaine {number} :</translation>
    </message>
    <message>
        <source>Website :</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>Short summary (please list any relevant partners):</source>
        <translation>Bref résumé (veuillez citer les partenaires concernés) :</translation>
    </message>
    <message>
        <source>Additional information if any :</source>
        <translation>Informations complémentaires éventuelles :</translation>
    </message>
    <message>
        <source>Create public awareness on the issues related to protecting children in cyberspace and to share policies, best practices, tools and resources</source>
        <translation>Sensibiliser le public aux questions liées à la protection des enfants dans le cyberespace et partager politiques, bonnes pratiques, outils et ressources</translation>
    </message>
    <message>
        <source>Public awareness</source>
        <translation>Sensibilisation du public</translation>
    </message>
    <message>
        <source>Assist countries in developing a national approach to protecting children online</source>
        <translation>Aider les pays à élaborer une approche nationale de la protection en ligne des enfants</translation>
    </message>
    <message>
        <source>National approach</source>
        <translation>Approche nationale</translation>
    </message>
    <message>
        <source>Identify risks and vulnerabilities to children in cyberspace</source>
        <translation>Recenser les risques et les vulnérabilités des enfants dans le cyberespace</translation>
    </message>
    <message>
        <source>Risks and vulnerabilities</source>
        <translation>Risques et vulnérabilités</translation>
    </message>
    <message>
        <source>Build resource depositories for general use</source>
        <translation>Constituer des centres de ressources à l&apos;usage de tous</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Promote capacity building to contribute to and strengthen the global response in protecting children</source>
        <translation>Promouvoir le renforcement des capacités pour contribuer à la réponse mondiale en matière de protection des enfants et la renforcer</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <source>Name of the Partner Organization</source>
        <translation>Nom de l&apos;organisation partenaire</translation>
    </message>
    <message>
        <source>The partner organisation&apos;s full name, as it should appear on the summary.</source>
        <translation>Le nom complet de l&apos;organisation partenaire, tel qu&apos;il doit figurer dans la synthèse.</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>The name of the programme, on one line.</source>
        <translation>Le nom du programme, sur une ligne.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>The programme&apos;s web address, starting with http:// or https://.</source>
        <translation>L&apos;adresse web du programme, commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>Bref résumé</translation>
    </message>
    <message>
        <source>What the programme does, with its partners (Markdown: paragraphs, bold, italic, lists, links).</source>
        <translation>Ce que fait le programme, avec ses partenaires (Markdown : paragraphes, gras, italique, listes, liens).</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>Anything else worth knowing; may be left empty (Markdown).</source>
        <translation>Tout autre élément utile ; peut rester vide (Markdown).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it picks the spelling dictionary.</source>
        <translation>La langue dans laquelle la synthèse est rédigée (une étiquette BCP 47 comme en-GB, fr ou ar) ; elle détermine le dictionnaire orthographique.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required. {description}</source>
        <translation>Obligatoire. {description}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new submission</source>
        <translation>Commencer une nouvelle contribution</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Enregistrer le brouillon sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>E&amp;xporter en PDF...</translation>
    </message>
    <message>
        <source>Write the PDF to send</source>
        <translation>Produire le PDF à envoyer</translation>
    </message>
    <message>
        <source>Export &amp;Text Form...</source>
        <translation>Exporter en formulaire &amp;texte...</translation>
    </message>
    <message>
        <source>Write the submission as Markdown</source>
        <translation>Écrire la contribution en Markdown</translation>
    </message>
    <message>
        <source>Export as &amp;Word Document...</source>
        <translation>Exporter en document &amp;Word...</translation>
    </message>
    <message>
        <source>Write the submission as a .docx, laid out like the template</source>
        <translation>Écrire la contribution en .docx, mise en page comme le modèle</translation>
    </message>
    <message>
        <source>Sen&amp;d by Email...</source>
        <translation>Envoyer par &amp;courriel...</translation>
    </message>
    <message>
        <source>Export the PDF and open an email draft with it attached</source>
        <translation>Exporter le PDF et ouvrir un brouillon de courriel auquel il est joint</translation>
    </message>
    <message>
        <source>E&amp;mail Settings...</source>
        <translation>Paramètres de &amp;messagerie...</translation>
    </message>
    <message>
        <source>Recipient and folder for Send by Email</source>
        <translation>Destinataire et dossier pour l&apos;envoi par courriel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fermer l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher...</translation>
    </message>
    <message>
        <source>Find text in every field</source>
        <translation>Rechercher du texte dans tous les champs</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Re&amp;mplacer...</translation>
    </message>
    <message>
        <source>Replace text in every field</source>
        <translation>Remplacer du texte dans tous les champs</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Aller à l&apos;occurrence suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Aller à l&apos;occurrence précédente</translation>
    </message>
    <message>
        <source>A&amp;dd Programme</source>
        <translation>A&amp;jouter un programme</translation>
    </message>
    <message>
        <source>Add a programme to the current area</source>
        <translation>Ajouter un programme au domaine affiché</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger text in the form</source>
        <translation>Texte plus grand dans le formulaire</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text in the form</source>
        <translation>Texte plus petit dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Text in the form at its normal size</source>
        <translation>Texte du formulaire à sa taille normale</translation>
    </message>
    <message>
        <source>&amp;Check Submission</source>
        <translation>&amp;Vérifier la contribution</translation>
    </message>
    <message>
        <source>List everything missing before the submission is sent</source>
        <translation>Lister tout ce qui manque avant l&apos;envoi de la contribution</translation>
    </message>
    <message>
        <source>&amp;How to Fill In the Form</source>
        <translation>&amp;Comment remplir le formulaire</translation>
    </message>
    <message>
        <source>What each area asks for, what a good summary holds, how to send</source>
        <translation>Ce que demande chaque domaine, ce que contient une bonne synthèse, comment envoyer</translation>
    </message>
    <message>
        <source>Help on This &amp;Field</source>
        <translation>Aide sur ce c&amp;hamp</translation>
    </message>
    <message>
        <source>What the field being edited asks for</source>
        <translation>Ce que demande le champ en cours de modification</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>What the editor is made of</source>
        <translation>Les composants de l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>Check that fonts, dictionaries and translations are installed and work</source>
        <translation>Vérifier que les polices, dictionnaires et traductions sont installés et fonctionnent</translation>
    </message>
    <message>
        <source>Com&amp;pile Submissions...</source>
        <translation>&amp;Compiler les contributions...</translation>
    </message>
    <message>
        <source>Many partners&apos; submissions into one report (PDF) and a spreadsheet overview</source>
        <translation>Les contributions de nombreux partenaires en un seul rapport (PDF) et un tableau récapitulatif</translation>
    </message>
    <message>
        <source>Leave Out &amp;Unanswered Areas</source>
        <translation>Omettre les domaines sans &amp;réponse</translation>
    </message>
    <message>
        <source>US &amp;Letter Paper</source>
        <translation>Papier &amp;Lettre US</translation>
    </message>
    <message>
        <source>&amp;Include the Editable Draft in the PDF</source>
        <translation>&amp;Inclure le brouillon modifiable dans le PDF</translation>
    </message>
    <message>
        <source>The PDF carries the draft, so that it can be imported and edited again</source>
        <translation>Le PDF contient le brouillon, qui peut ainsi être réimporté et modifié</translation>
    </message>
    <message>
        <source>&amp;Open PDF After Export</source>
        <translation>&amp;Ouvrir le PDF après l&apos;export</translation>
    </message>
    <message>
        <source>PDF &amp;Preview</source>
        <translation>A&amp;perçu PDF</translation>
    </message>
    <message>
        <source>Show the PDF beside the form as Export PDF writes it</source>
        <translation>Afficher le PDF à côté du formulaire, tel que l&apos;export le produit</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primer...</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimer le PDF</translation>
    </message>
    <message>
        <source>&amp;System Language ({language})</source>
        <translation>Langue du &amp;système ({language})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Read a submission from a text form, a Word document or a PDF the editor made</source>
        <translation>Lire une contribution depuis un formulaire texte, un document Word ou un PDF produit par l&apos;éditeur</translation>
    </message>
    <message>
        <source>PD&amp;F Options</source>
        <translation>Options P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>More {bar} buttons</source>
        <translation>Autres boutons {bar}</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission: {counts}</source>
        <translation>Contribution : {counts}</translation>
    </message>
    <message>
        <source>This field: {counts}</source>
        <translation>Ce champ : {counts}</translation>
    </message>
    <message>
        <source>{words}, {characters}</source>
        <translation>{words}, {characters}</translation>
    </message>
</context>
</TS>
