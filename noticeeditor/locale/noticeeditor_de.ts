<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChecklistDock</name>
    <message>
        <location filename="../gui/checklist.py" line="539"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../gui/checklist.py" line="75"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="76"/>
        <source>UK</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="77"/>
        <source>California</source>
        <translation>Kalifornien</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="78"/>
        <source>US states</source>
        <translation>US-Bundesstaaten</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="79"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="182"/>
        <source>Show requirements that do not &amp;apply</source>
        <translation>&amp;Anforderungen zeigen, die nicht gelten</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="297"/>
        <source>Choose where your customers are to see what the law asks.</source>
        <translation>Wählen Sie, wo Ihre Kunden sind, um zu sehen, was das Gesetz verlangt.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="300"/>
        <source>1 requirement still missing</source>
        <translation>1 Anforderung fehlt noch</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="302"/>
        <source>{} requirements still missing</source>
        <translation>{} Anforderungen fehlen noch</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="306"/>
        <source>Every requirement is met</source>
        <translation>Alle Anforderungen sind erfüllt</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="316"/>
        <source>Cannot check the requirements: {}: {}</source>
        <translation>Die Anforderungen können nicht geprüft werden: {}: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="328"/>
        <source>{}: {} of {} met</source>
        <translation>{}: {} von {} erfüllt</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="345"/>
        <source>Answers not understood: {}</source>
        <translation>Nicht verstandene Antworten: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="347"/>
        <source>The file holds an answer of another kind. It is kept in the file but left out of the notice; answer the question again to replace it.</source>
        <translation>Die Datei enthält eine Antwort anderer Art. Sie bleibt in der Datei, fließt aber nicht in den Datenschutzhinweis ein; beantworten Sie die Frage erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="350"/>
        <source>“{}”: answer not understood</source>
        <translation>„{}“: Antwort nicht verstanden</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="356"/>
        <source>Texts not in {}: {}</source>
        <translation>Texte nicht auf {}: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="358"/>
        <source>The notice in this language prints the text typed in the notice&apos;s first language until this one is written.</source>
        <translation>Der Datenschutzhinweis in dieser Sprache druckt den in seiner ersten Sprache eingegebenen Text, bis dieser hier geschrieben ist.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="361"/>
        <source>“{}”: not in {}</source>
        <translation>„{}“: nicht auf {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="382"/>
        <location filename="../gui/checklist.py" line="413"/>
        <source>Click to answer.</source>
        <translation>Klicken, um zu antworten.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="393"/>
        <source>Answer: {}</source>
        <translation>Beantworten: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="395"/>
        <source>Its section is not in the notice yet</source>
        <translation>Ihr Abschnitt ist noch nicht im Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="397"/>
        <source>The answer needs a lawyer&apos;s judgement</source>
        <translation>Die Antwort braucht die Einschätzung eines Juristen</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="399"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="400"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="401"/>
        <source>Needs a lawyer&apos;s judgement</source>
        <translation>Braucht die Einschätzung eines Juristen</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="403"/>
        <source>Does not apply</source>
        <translation>Gilt nicht</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="447"/>
        <source>&amp;Requirements</source>
        <translation>Anf&amp;orderungen</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="449"/>
        <source>&amp;Requirements ({} missing)</source>
        <translation>Anf&amp;orderungen ({} fehlen)</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="451"/>
        <source>Rea&amp;dability</source>
        <translation>&amp;Lesbarkeit</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="476"/>
        <source>Whole notice: {} ({}). Flesch reading ease: 60 or more is plain English; under 50 is hard going for many readers.</source>
        <translation>Ganzer Datenschutzhinweis: {} ({}). Lesbarkeitsindex nach Flesch: ab 60 ist der Text leicht verständlich; unter 50 ist er für viele Leser schwer.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="491"/>
        <source>{} words in {} sentences</source>
        <translation>{} Wörter in {} Sätzen</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="498"/>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="499"/>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="500"/>
        <source>plain English</source>
        <translation>verständlich</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="501"/>
        <source>fairly difficult</source>
        <translation>ziemlich schwer</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="502"/>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../gui/clause_editor.py" line="86"/>
        <source>Clause template</source>
        <translation>Klauselvorlage</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="107"/>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="130"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="131"/>
        <source>Changes from built-in</source>
        <translation>Änderungen gegenüber der mitgelieferten</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="134"/>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="137"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="172"/>
        <source>&amp;Revert to Built-in…</source>
        <translation>Auf &amp;mitgelieferte zurücksetzen …</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="177"/>
        <source>New &amp;Clause…</source>
        <translation>Neue &amp;Klausel …</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="180"/>
        <source>New S&amp;ection…</source>
        <translation>Neuer &amp;Abschnitt …</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="183"/>
        <source>Show &amp;Changes</source>
        <translation>Än&amp;derungen zeigen</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="230"/>
        <source>Cannot Open Clause</source>
        <translation>Klausel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="261"/>
        <source>Cannot Save Clause</source>
        <translation>Klausel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="277"/>
        <source>Cannot Revert Clause</source>
        <translation>Klausel kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="328"/>
        <source>Cannot Add Clause</source>
        <translation>Klausel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="365"/>
        <source>No project is open: shown with the questionnaire’s default answers.</source>
        <translation>Kein Projekt geöffnet: gezeigt mit den Standardantworten des Fragebogens.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="368"/>
        <source>Shown with the answers of the open project.</source>
        <translation>Gezeigt mit den Antworten des geöffneten Projekts.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="389"/>
        <source>This clause is yours: there is no built-in clause to compare.</source>
        <translation>Diese Klausel ist Ihre eigene: Es gibt keine mitgelieferte Klausel zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="391"/>
        <source>No changes: this is the built-in clause.</source>
        <translation>Keine Änderungen: Dies ist die mitgelieferte Klausel.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="408"/>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="416"/>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="447"/>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="448"/>
        <source>overridden by you</source>
        <translation>von Ihnen ersetzt</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="449"/>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="450"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>ClausePreview</name>
    <message>
        <location filename="../gui/clause_panels.py" line="141"/>
        <source>Preview of this clause with your answers</source>
        <translation>Vorschau dieser Klausel mit Ihren Antworten</translation>
    </message>
</context>
<context>
    <name>ComboChoiceField</name>
    <message>
        <location filename="../gui/fields.py" line="300"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../gui/fields.py" line="95"/>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../gui/clause_panels.py" line="122"/>
        <source>Changes against the built-in clause</source>
        <translation>Änderungen gegenüber der mitgelieferten Klausel</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../gui/status.py" line="24"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../gui/status.py" line="36"/>
        <source>Exported to {}</source>
        <translation>Exportiert nach {}</translation>
    </message>
</context>
<context>
    <name>FileMenus</name>
    <message>
        <location filename="../gui/menus.py" line="35"/>
        <source>Start a new notice from this example</source>
        <translation>Einen neuen Datenschutzhinweis aus diesem Beispiel beginnen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../gui/find_bar.py" line="42"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="46"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="47"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="50"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="51"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="52"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="53"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="55"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="92"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="93"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="94"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/find_bar.py" line="153"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="195"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="199"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../gui/interface_language.py" line="116"/>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../gui/interface_language.py" line="127"/>
        <source>Applies when Notice Editor next starts</source>
        <translation>Gilt ab dem nächsten Start von Notice Editor</translation>
    </message>
</context>
<context>
    <name>JurisdictionSelector</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="40"/>
        <source>Jurisdictions</source>
        <translation>Rechtsordnungen</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../gui/languages.py" line="31"/>
        <source>Language the notice is written in</source>
        <translation>Sprache, in der der Datenschutzhinweis geschrieben ist</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="34"/>
        <source>Also in:</source>
        <translation>Auch auf:</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../gui/library_tree.py" line="67"/>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="68"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="81"/>
        <source>Clause library</source>
        <translation>Klauselbibliothek</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Section / clause</source>
        <translation>Abschnitt / Klausel</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="132"/>
        <source>Other clauses in this folder</source>
        <translation>Weitere Klauseln in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="146"/>
        <source>no file yet</source>
        <translation>noch keine Datei</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="159"/>
        <source>not translated</source>
        <translation>nicht übersetzt</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="160"/>
        <source>outdated: the English text changed since</source>
        <translation>veraltet: der englische Text hat sich seither geändert</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="161"/>
        <source>translated, not reviewed yet</source>
        <translation>übersetzt, noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="162"/>
        <source>translated and reviewed</source>
        <translation>übersetzt und geprüft</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="206"/>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="207"/>
        <source>overridden</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="208"/>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="209"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../gui/library_window.py" line="97"/>
        <source>&amp;Library Folder…</source>
        <translation>&amp;Bibliotheksordner …</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="99"/>
        <source>Choose the folder that holds your own clauses</source>
        <translation>Den Ordner mit Ihren eigenen Klauseln wählen</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="100"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="106"/>
        <source>&amp;Clause</source>
        <translation>&amp;Klausel</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="160"/>
        <source> (created when you save)</source>
        <translation> (wird beim Speichern angelegt)</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="161"/>
        <source>Your library: %1</source>
        <translation>Ihre Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/columns.py" line="29"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="30"/>
        <source>&amp;Jurisdictions</source>
        <translation>&amp;Rechtsordnungen</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="31"/>
        <source>&amp;Languages</source>
        <translation>Sprach&amp;en</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="46"/>
        <source>Click a section title to see its questions.</source>
        <translation>Klicken Sie auf einen Abschnittstitel, um seine Fragen zu sehen.</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="51"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="110"/>
        <source>Language of the preview</source>
        <translation>Sprache der Vorschau</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="231"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="271"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="363"/>
        <source>Save Notice Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="377"/>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="387"/>
        <source>Saved {}</source>
        <translation>{} gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="414"/>
        <source>{}. Nothing was saved: choose Overwrite, or Save As.</source>
        <translation>{}. Es wurde nichts gespeichert: Wählen Sie Überschreiben oder Speichern unter.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="415"/>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="458"/>
        <source>Recovered unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="510"/>
        <source>Marked as approved. Save the project to keep the approval.</source>
        <translation>Als genehmigt markiert. Speichern Sie das Projekt, um die Genehmigung zu behalten.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="552"/>
        <source>Some answers on this page need attention. Press Next again to go on.</source>
        <translation>Einige Antworten auf dieser Seite brauchen Ihre Aufmerksamkeit. Klicken Sie erneut auf Weiter, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Rückgängig: {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Wiederherstellen: {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="735"/>
        <source>the system&apos;s language</source>
        <translation>der Systemsprache</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="736"/>
        <source>Notice Editor will be in {} when it next starts.</source>
        <translation>Notice Editor erscheint beim nächsten Start in {}.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="746"/>
        <source>Could not write a recovery copy: {}</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: {}</translation>
    </message>
</context>
<context>
    <name>NewClauseDialog</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="55"/>
        <source>Add a section to the outline for it</source>
        <translation>Dafür einen Abschnitt in die Gliederung aufnehmen</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="58"/>
        <location filename="../gui/clause_dialogs.py" line="60"/>
        <source>e.g. data_brokers</source>
        <translation>z. B. data_brokers</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="59"/>
        <source>e.g. Data brokers</source>
        <translation>z. B. Datenhändler</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="102"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="104"/>
        <source>Section &amp;id:</source>
        <translation>Abschnitts-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="105"/>
        <source>Section &amp;title:</source>
        <translation>Abschnitts&amp;titel:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="106"/>
        <source>Clause &amp;file:</source>
        <translation>Klausel&amp;datei:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="107"/>
        <source>The file is named &lt;i&gt;name&lt;/i&gt;%1</source>
        <translation>Die Datei heißt &lt;i&gt;name&lt;/i&gt;%1</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="112"/>
        <source>New clauses go to your own library; the built-in library is never changed. A section places the clause in the notice&apos;s outline.</source>
        <translation>Neue Klauseln kommen in Ihre eigene Bibliothek; die mitgelieferte Bibliothek wird nie geändert. Ein Abschnitt ordnet die Klausel in die Gliederung des Datenschutzhinweises ein.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="149"/>
        <source>A section id uses lower-case letters, digits and _.</source>
        <translation>Eine Abschnitts-ID besteht aus Kleinbuchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="151"/>
        <source>A file name uses lower-case letters, digits, - and _.</source>
        <translation>Ein Dateiname besteht aus Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../gui/preview.py" line="130"/>
        <source>Preview of the notice</source>
        <translation>Vorschau des Datenschutzhinweises</translation>
    </message>
    <message>
        <location filename="../gui/preview.py" line="282"/>
        <source>The preview shows the first {} rows; {} more are in the exported notice.</source>
        <translation>Die Vorschau zeigt die ersten {} Zeilen; {} weitere stehen im exportierten Datenschutzhinweis.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../gui/clause_panels.py" line="52"/>
        <source>Problems in this clause</source>
        <translation>Probleme in dieser Klausel</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="65"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="71"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../gui/form.py" line="97"/>
        <source> (required)</source>
        <translation> (Pflichtangabe)</translation>
    </message>
</context>
<context>
    <name>ReadabilityTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="182"/>
        <source>Readability of each section</source>
        <translation>Lesbarkeit jedes Abschnitts</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Reads as</source>
        <translation>Liest sich</translation>
    </message>
</context>
<context>
    <name>RecordsField</name>
    <message>
        <location filename="../gui/records.py" line="101"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="102"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="103"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="104"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="148"/>
        <source>Requirements of the chosen laws</source>
        <translation>Anforderungen der gewählten Gesetze</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../gui/start_page.py" line="53"/>
        <source>New blank notice</source>
        <translation>Neuer leerer Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="56"/>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="58"/>
        <location filename="../gui/start_page.py" line="125"/>
        <source>Recent notices</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="59"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="109"/>
        <source>Notice Editor</source>
        <translation>Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="113"/>
        <source>Answer plain questions about your business; get a privacy notice for the places your customers live, ready for your lawyer in Word or for your website in HTML.</source>
        <translation>Beantworten Sie einfache Fragen zu Ihrem Unternehmen und erhalten Sie einen Datenschutzhinweis für die Orte, an denen Ihre Kunden leben – für Ihren Anwalt in Word oder für Ihre Website in HTML.</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="126"/>
        <source>Start from an example</source>
        <translation>Mit einem Beispiel beginnen</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="143"/>
        <source>No recent notices yet</source>
        <translation>Noch keine zuletzt geöffneten Datenschutzhinweise</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../gui/steps.py" line="100"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="139"/>
        <source>{} of {} steps done</source>
        <translation>{} von {} Schritten erledigt</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="142"/>
        <source> · {} with required answers missing</source>
        <translation> · {} mit fehlenden Pflichtangaben</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../gui/variables_panel.py" line="63"/>
        <source>Filter variables</source>
        <translation>Variablen filtern</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="67"/>
        <source>Variables a clause can use</source>
        <translation>Variablen, die eine Klausel verwenden kann</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="91"/>
        <source>Insert at cursor</source>
        <translation>An der Cursorposition einfügen</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="196"/>
        <source>Choices: {}</source>
        <translation>Auswahl: {}</translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <location filename="../gui/wizard.py" line="58"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="60"/>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="99"/>
        <source>Step {} of {}</source>
        <translation>Schritt {} von {}</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../gui/actions.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="75"/>
        <source>Start a blank notice</source>
        <translation>Einen leeren Datenschutzhinweis beginnen</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="81"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="83"/>
        <source>Open a notice project</source>
        <translation>Ein Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="91"/>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="97"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="99"/>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="104"/>
        <source>Export to &amp;Word…</source>
        <translation>Nach &amp;Word exportieren …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="106"/>
        <source>Write the notice as a Word document for review</source>
        <translation>Den Datenschutzhinweis als Word-Dokument zur Prüfung schreiben</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="111"/>
        <source>Export to &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="113"/>
        <source>Write the notice as a web page</source>
        <translation>Den Datenschutzhinweis als Webseite schreiben</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="118"/>
        <source>Export Re&amp;view Copy (Word, with comments)…</source>
        <translation>&amp;Prüfexemplar exportieren (Word, mit Kommentaren) …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="120"/>
        <source>Write a Word copy whose comments say why each clause is there</source>
        <translation>Eine Word-Kopie schreiben, deren Kommentare sagen, warum jede Klausel da ist</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="127"/>
        <source>&amp;Mark as Approved…</source>
        <translation>Als &amp;genehmigt markieren …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="129"/>
        <source>Record the notice as it stands as the approved version</source>
        <translation>Den Datenschutzhinweis in seinem jetzigen Stand als genehmigte Fassung festhalten</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="136"/>
        <source>Export Red&amp;line Against Last Approved…</source>
        <translation>Än&amp;derungen seit der letzten Genehmigung exportieren …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="138"/>
        <source>Write a Word copy with tracked changes since the last approved version</source>
        <translation>Eine Word-Kopie mit nachverfolgten Änderungen seit der letzten genehmigten Fassung schreiben</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="147"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="152"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="168"/>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="170"/>
        <source>Go to the next step of the questionnaire</source>
        <translation>Zum nächsten Schritt des Fragebogens</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="175"/>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="177"/>
        <source>Go to the previous step</source>
        <translation>Zum vorherigen Schritt</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="182"/>
        <source>&amp;About Notice Editor</source>
        <translation>&amp;Über Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="184"/>
        <source>Show the version and what the editor does</source>
        <translation>Die Version zeigen und was der Editor tut</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="189"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="196"/>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="198"/>
        <source>Show or hide what each law requires</source>
        <translation>Zeigen oder verbergen, was jedes Gesetz verlangt</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="204"/>
        <source>&amp;Clause Library…</source>
        <translation>&amp;Klauselbibliothek …</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="206"/>
        <source>Browse and edit the clause templates</source>
        <translation>Die Klauselvorlagen durchsehen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="243"/>
        <source>New from &amp;Example</source>
        <translation>Neu aus B&amp;eispiel</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="246"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="263"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="265"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="268"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>clause_dialogs</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="40"/>
        <source>Common body, every notice — common/</source>
        <translation>Gemeinsamer Teil, jeder Datenschutzhinweis — common/</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="160"/>
        <source>Revert “{}” to the built-in clause?

Your version in your library folder is deleted. This cannot be undone.</source>
        <translation>„{}“ auf die mitgelieferte Klausel zurücksetzen?

Ihre Fassung in Ihrem Bibliotheksordner wird gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="166"/>
        <source>Drop your unsaved changes to “{}”?</source>
        <translation>Ihre ungespeicherten Änderungen an „{}“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="171"/>
        <source>Revert to Built-in</source>
        <translation>Auf mitgelieferte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="183"/>
        <source>Choose Your Clause Library Folder</source>
        <translation>Ordner Ihrer Klauselbibliothek wählen</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../gui/commands.py" line="25"/>
        <source>Edit “{}”</source>
        <translation>„{}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="64"/>
        <source>Edit “{}” ({})</source>
        <translation>„{}“ bearbeiten ({})</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="96"/>
        <source>Change jurisdictions</source>
        <translation>Rechtsordnungen ändern</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="114"/>
        <source>Change languages</source>
        <translation>Sprachen ändern</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../gui/dialogs.py" line="19"/>
        <source>Notice projects (*.notice)</source>
        <translation>Notice-Projekte (*.notice)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="20"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="21"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="36"/>
        <source>Open Notice Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="40"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="65"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="66"/>
        <source>Do you want to save the changes to “{}”?

Your changes are lost if you don’t save them.</source>
        <translation>Möchten Sie die Änderungen an „{}“ speichern?

Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="94"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="96"/>
        <source>“{}” was changed by someone else since you opened it.</source>
        <translation>„{}“ wurde von jemand anderem geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="101"/>
        <source>Another window or the noticeeditor command (an approval, say) saved it. Merge keeps their changes and yours (yours win where both changed the same answer); Overwrite keeps only yours; Reload drops yours. Approvals are kept either way.</source>
        <translation>Ein anderes Fenster oder der Befehl noticeeditor (etwa eine Genehmigung) hat die Datei gespeichert. Zusammenführen behält deren Änderungen und Ihre (Ihre gewinnen, wo beide dieselbe Antwort geändert haben); Überschreiben behält nur Ihre; Neu laden verwirft Ihre. Genehmigungen bleiben in jedem Fall erhalten.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="110"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="112"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="114"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="127"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="129"/>
        <source>Notice Editor did not close normally while “{}” had unsaved changes.

Recover those changes? Choose Discard to delete the recovered copy, or Cancel to decide next time.</source>
        <translation>Notice Editor wurde nicht normal beendet, während „{}“ ungespeicherte Änderungen hatte.

Diese Änderungen wiederherstellen? Wählen Sie Verwerfen, um die wiederhergestellte Kopie zu löschen, oder Abbrechen, um beim nächsten Mal zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="142"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="163"/>
        <source>About Notice Editor</source>
        <translation>Über Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="164"/>
        <source>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Drafts privacy notices from your answers to plain questions, using clause templates written by lawyers for each jurisdiction.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your answers are never sent anywhere.&lt;/p&gt;&lt;p&gt;A draft is not legal advice. Have a lawyer review the notice before you publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Entwirft Datenschutzhinweise aus Ihren Antworten auf einfache Fragen, mit Klauselvorlagen, die Juristen für jede Rechtsordnung geschrieben haben.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: Ihre Antworten werden nirgendwohin gesendet.&lt;/p&gt;&lt;p&gt;Ein Entwurf ist keine Rechtsberatung. Lassen Sie den Datenschutzhinweis vor der Veröffentlichung von einem Juristen prüfen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../gui/exporting.py" line="20"/>
        <source>Export to Word</source>
        <translation>Nach Word exportieren</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="21"/>
        <source>Export to HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>Der Datenschutzhinweis kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../gui/fields.py" line="80"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="238"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="239"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>jurisdictions</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="17"/>
        <source>European Union and EEA (GDPR)</source>
        <translation>Europäische Union und EWR (DSGVO)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="18"/>
        <source>United Kingdom (UK GDPR)</source>
        <translation>Vereinigtes Königreich (UK GDPR)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="19"/>
        <source>California (CCPA/CPRA)</source>
        <translation>Kalifornien (CCPA/CPRA)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="20"/>
        <source>Other US states (Virginia, Colorado, Connecticut and others)</source>
        <translation>Andere US-Bundesstaaten (Virginia, Colorado, Connecticut und weitere)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="23"/>
        <source>Canada (PIPEDA and Quebec Law 25)</source>
        <translation>Kanada (PIPEDA und Gesetz 25 von Québec)</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../gui/languages.py" line="74"/>
        <source>Export in which languages?</source>
        <translation>In welchen Sprachen exportieren?</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="76"/>
        <source>One file per language; each file&apos;s name ends in its language code.</source>
        <translation>Eine Datei pro Sprache; der Name jeder Datei endet auf ihren Sprachcode.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../gui/records.py" line="45"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="46"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../gui/review_export.py" line="43"/>
        <source>Mark as Approved</source>
        <translation>Als genehmigt markieren</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="44"/>
        <source>Record the notice as it stands now as the approved version.
A redline later shows every change made since.

Note (optional), for example who approved it:</source>
        <translation>Den Datenschutzhinweis in seinem jetzigen Stand als genehmigte Fassung festhalten.
Ein späterer Änderungsvergleich zeigt jede seither gemachte Änderung.

Notiz (optional), zum Beispiel wer ihn genehmigt hat:</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>Der Datenschutzhinweis kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="77"/>
        <source>Export Review Copy</source>
        <translation>Prüfexemplar exportieren</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="96"/>
        <source>Export Redline Against Last Approved</source>
        <translation>Änderungen seit der letzten Genehmigung exportieren</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="117"/>
        <source>no changes since the approved version</source>
        <translation>keine Änderungen seit der genehmigten Fassung</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="118"/>
        <source>{} sections changed, {} added, {} removed</source>
        <translation>{} Abschnitte geändert, {} hinzugefügt, {} entfernt</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="121"/>
        <source>{} words inserted, {} deleted</source>
        <translation>{} Wörter eingefügt, {} gelöscht</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="175"/>
        <source>Cannot mark as approved</source>
        <translation>Kann nicht als genehmigt markiert werden</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../gui/theme.py" line="24"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="25"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="26"/>
        <source>Required answers missing</source>
        <translation>Pflichtangaben fehlen</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="27"/>
        <source>Does not apply</source>
        <translation>Gilt nicht</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../gui/form.py" line="24"/>
        <source>This answer is required.</source>
        <translation>Diese Antwort ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="25"/>
        <source>Answer yes or no.</source>
        <translation>Antworten Sie mit Ja oder Nein.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="26"/>
        <source>Expected text.</source>
        <translation>Hier wird ein Text erwartet.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="27"/>
        <source>Enter an e-mail address such as privacy@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie privacy@example.com ein.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="28"/>
        <source>Enter a web address starting with https:// (for example https://example.com).</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// beginnt (zum Beispiel https://example.com).</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="32"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum im Format JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="33"/>
        <source>This answer is not in the expected format.</source>
        <translation>Diese Antwort hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="34"/>
        <source>Expected a list of entries.</source>
        <translation>Hier wird eine Liste von Einträgen erwartet.</translation>
    </message>
</context>
</TS>
