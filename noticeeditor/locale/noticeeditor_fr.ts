<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChecklistDock</name>
    <message>
        <location filename="../gui/checklist.py" line="539"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../gui/checklist.py" line="75"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="76"/>
        <source>UK</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="77"/>
        <source>California</source>
        <translation>Californie</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="78"/>
        <source>US states</source>
        <translation>États américains</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="79"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="182"/>
        <source>Show requirements that do not &amp;apply</source>
        <translation>Afficher les exigences qui ne s&apos;&amp;appliquent pas</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="297"/>
        <source>Choose where your customers are to see what the law asks.</source>
        <translation>Choisissez où se trouvent vos clients pour voir ce que la loi exige.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="300"/>
        <source>1 requirement still missing</source>
        <translation>1 exigence encore manquante</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="302"/>
        <source>{} requirements still missing</source>
        <translation>{} exigences encore manquantes</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="306"/>
        <source>Every requirement is met</source>
        <translation>Toutes les exigences sont remplies</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="316"/>
        <source>Cannot check the requirements: {}: {}</source>
        <translation>Impossible de vérifier les exigences : {} : {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="328"/>
        <source>{}: {} of {} met</source>
        <translation>{} : {} sur {} remplies</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="345"/>
        <source>Answers not understood: {}</source>
        <translation>Réponses non comprises : {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="347"/>
        <source>The file holds an answer of another kind. It is kept in the file but left out of the notice; answer the question again to replace it.</source>
        <translation>Le fichier contient une réponse d&apos;un autre type. Elle est conservée dans le fichier mais laissée hors de la notice ; répondez de nouveau à la question pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="350"/>
        <source>“{}”: answer not understood</source>
        <translation>« {} » : réponse non comprise</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="356"/>
        <source>Texts not in {}: {}</source>
        <translation>Textes absents en {} : {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="358"/>
        <source>The notice in this language prints the text typed in the notice&apos;s first language until this one is written.</source>
        <translation>Dans cette langue, la notice imprime le texte saisi dans la première langue de la notice tant que celui-ci n&apos;est pas rédigé.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="361"/>
        <source>“{}”: not in {}</source>
        <translation>« {} » : absent en {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="382"/>
        <location filename="../gui/checklist.py" line="413"/>
        <source>Click to answer.</source>
        <translation>Cliquez pour répondre.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="393"/>
        <source>Answer: {}</source>
        <translation>Répondre : {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="395"/>
        <source>Its section is not in the notice yet</source>
        <translation>Sa section ne figure pas encore dans la notice</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="397"/>
        <source>The answer needs a lawyer&apos;s judgement</source>
        <translation>La réponse demande l&apos;appréciation d&apos;un juriste</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="399"/>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="400"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="401"/>
        <source>Needs a lawyer&apos;s judgement</source>
        <translation>Demande l&apos;appréciation d&apos;un juriste</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="403"/>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="447"/>
        <source>&amp;Requirements</source>
        <translation>E&amp;xigences</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="449"/>
        <source>&amp;Requirements ({} missing)</source>
        <translation>E&amp;xigences ({} manquantes)</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="451"/>
        <source>Rea&amp;dability</source>
        <translation>Lisi&amp;bilité</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="476"/>
        <source>Whole notice: {} ({}). Flesch reading ease: 60 or more is plain English; under 50 is hard going for many readers.</source>
        <translation>Notice entière : {} ({}). Facilité de lecture de Flesch : 60 ou plus, c&apos;est une langue simple ; sous 50, la lecture est ardue pour beaucoup de lecteurs.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="491"/>
        <source>{} words in {} sentences</source>
        <translation>{} mots en {} phrases</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="498"/>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="499"/>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="500"/>
        <source>plain English</source>
        <translation>langue simple</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="501"/>
        <source>fairly difficult</source>
        <translation>assez difficile</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="502"/>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../gui/clause_editor.py" line="86"/>
        <source>Clause template</source>
        <translation>Modèle de clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="107"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="130"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="131"/>
        <source>Changes from built-in</source>
        <translation>Modifications par rapport à l&apos;intégrée</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="134"/>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="137"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="172"/>
        <source>&amp;Revert to Built-in…</source>
        <translation>&amp;Revenir à la clause intégrée…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="177"/>
        <source>New &amp;Clause…</source>
        <translation>Nouvelle &amp;clause…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="180"/>
        <source>New S&amp;ection…</source>
        <translation>Nouvelle s&amp;ection…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="183"/>
        <source>Show &amp;Changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="230"/>
        <source>Cannot Open Clause</source>
        <translation>Impossible d&apos;ouvrir la clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="261"/>
        <source>Cannot Save Clause</source>
        <translation>Impossible d&apos;enregistrer la clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="277"/>
        <source>Cannot Revert Clause</source>
        <translation>Impossible de rétablir la clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="328"/>
        <source>Cannot Add Clause</source>
        <translation>Impossible d&apos;ajouter la clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="365"/>
        <source>No project is open: shown with the questionnaire’s default answers.</source>
        <translation>Aucun projet ouvert : affichée avec les réponses par défaut du questionnaire.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="368"/>
        <source>Shown with the answers of the open project.</source>
        <translation>Affichée avec les réponses du projet ouvert.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="389"/>
        <source>This clause is yours: there is no built-in clause to compare.</source>
        <translation>Cette clause est la vôtre : il n&apos;y a pas de clause intégrée à comparer.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="391"/>
        <source>No changes: this is the built-in clause.</source>
        <translation>Aucune modification : c&apos;est la clause intégrée.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="408"/>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="416"/>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="447"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="448"/>
        <source>overridden by you</source>
        <translation>remplacée par vous</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="449"/>
        <source>added by you</source>
        <translation>ajoutée par vous</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="450"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>ClausePreview</name>
    <message>
        <location filename="../gui/clause_panels.py" line="141"/>
        <source>Preview of this clause with your answers</source>
        <translation>Aperçu de cette clause avec vos réponses</translation>
    </message>
</context>
<context>
    <name>ComboChoiceField</name>
    <message>
        <location filename="../gui/fields.py" line="300"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../gui/fields.py" line="95"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../gui/clause_panels.py" line="122"/>
        <source>Changes against the built-in clause</source>
        <translation>Modifications par rapport à la clause intégrée</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../gui/status.py" line="24"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../gui/status.py" line="36"/>
        <source>Exported to {}</source>
        <translation>Exporté vers {}</translation>
    </message>
</context>
<context>
    <name>FileMenus</name>
    <message>
        <location filename="../gui/menus.py" line="35"/>
        <source>Start a new notice from this example</source>
        <translation>Commencer une nouvelle notice à partir de cet exemple</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../gui/find_bar.py" line="42"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="46"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="47"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="50"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="51"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="52"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="53"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="55"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="92"/>
        <source>&amp;Replace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="93"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="94"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le pré&amp;cédent</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/find_bar.py" line="153"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement effectué</numerusform>
            <numerusform>%n remplacements effectués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="195"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="199"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../gui/interface_language.py" line="116"/>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../gui/interface_language.py" line="127"/>
        <source>Applies when Notice Editor next starts</source>
        <translation>Prend effet au prochain démarrage de Notice Editor</translation>
    </message>
</context>
<context>
    <name>JurisdictionSelector</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="40"/>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../gui/languages.py" line="31"/>
        <source>Language the notice is written in</source>
        <translation>Langue dans laquelle la notice est rédigée</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="34"/>
        <source>Also in:</source>
        <translation>Aussi en :</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../gui/library_tree.py" line="67"/>
        <source>outdated</source>
        <translation>périmée</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="68"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="81"/>
        <source>Clause library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Section / clause</source>
        <translation>Section / clause</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="132"/>
        <source>Other clauses in this folder</source>
        <translation>Autres clauses de ce dossier</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="146"/>
        <source>no file yet</source>
        <translation>pas encore de fichier</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="159"/>
        <source>not translated</source>
        <translation>non traduite</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="160"/>
        <source>outdated: the English text changed since</source>
        <translation>périmée : le texte anglais a changé depuis</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="161"/>
        <source>translated, not reviewed yet</source>
        <translation>traduite, pas encore relue</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="162"/>
        <source>translated and reviewed</source>
        <translation>traduite et relue</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="206"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="207"/>
        <source>overridden</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="208"/>
        <source>added by you</source>
        <translation>ajoutée par vous</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="209"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../gui/library_window.py" line="97"/>
        <source>&amp;Library Folder…</source>
        <translation>&amp;Dossier de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="99"/>
        <source>Choose the folder that holds your own clauses</source>
        <translation>Choisir le dossier qui contient vos propres clauses</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="100"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="106"/>
        <source>&amp;Clause</source>
        <translation>&amp;Clause</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="160"/>
        <source> (created when you save)</source>
        <translation> (créé lors de l&apos;enregistrement)</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="161"/>
        <source>Your library: %1</source>
        <translation>Votre bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/columns.py" line="29"/>
        <source>&amp;Steps</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="30"/>
        <source>&amp;Jurisdictions</source>
        <translation>&amp;Juridictions</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="31"/>
        <source>&amp;Languages</source>
        <translation>La&amp;ngues</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="46"/>
        <source>Click a section title to see its questions.</source>
        <translation>Cliquez sur le titre d&apos;une section pour voir ses questions.</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="51"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="110"/>
        <source>Language of the preview</source>
        <translation>Langue de l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="231"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Cannot open the example</source>
        <translation>Impossible d&apos;ouvrir l&apos;exemple</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="271"/>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="363"/>
        <source>Save Notice Project</source>
        <translation>Enregistrer le projet de notice</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="377"/>
        <source>Cannot save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="387"/>
        <source>Saved {}</source>
        <translation>{} enregistré</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="414"/>
        <source>{}. Nothing was saved: choose Overwrite, or Save As.</source>
        <translation>{}. Rien n&apos;a été enregistré : choisissez Écraser, ou Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="415"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="458"/>
        <source>Recovered unsaved changes</source>
        <translation>Modifications non enregistrées récupérées</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="510"/>
        <source>Marked as approved. Save the project to keep the approval.</source>
        <translation>Marquée comme approuvée. Enregistrez le projet pour conserver l&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="552"/>
        <source>Some answers on this page need attention. Press Next again to go on.</source>
        <translation>Certaines réponses de cette page demandent votre attention. Appuyez de nouveau sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Annuler {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Rétablir {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="735"/>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="736"/>
        <source>Notice Editor will be in {} when it next starts.</source>
        <translation>Notice Editor sera en {} à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="746"/>
        <source>Could not write a recovery copy: {}</source>
        <translation>Impossible d&apos;écrire une copie de récupération : {}</translation>
    </message>
</context>
<context>
    <name>NewClauseDialog</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="55"/>
        <source>Add a section to the outline for it</source>
        <translation>Ajouter une section au plan pour elle</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="58"/>
        <location filename="../gui/clause_dialogs.py" line="60"/>
        <source>e.g. data_brokers</source>
        <translation>p. ex. data_brokers</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="59"/>
        <source>e.g. Data brokers</source>
        <translation>p. ex. Courtiers en données</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="102"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="104"/>
        <source>Section &amp;id:</source>
        <translation>&amp;Identifiant de la section :</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="105"/>
        <source>Section &amp;title:</source>
        <translation>&amp;Titre de la section :</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="106"/>
        <source>Clause &amp;file:</source>
        <translation>&amp;Fichier de la clause :</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="107"/>
        <source>The file is named &lt;i&gt;name&lt;/i&gt;%1</source>
        <translation>Le fichier s&apos;appelle &lt;i&gt;nom&lt;/i&gt;%1</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="112"/>
        <source>New clauses go to your own library; the built-in library is never changed. A section places the clause in the notice&apos;s outline.</source>
        <translation>Les nouvelles clauses vont dans votre propre bibliothèque ; la bibliothèque intégrée n&apos;est jamais modifiée. Une section place la clause dans le plan de la notice.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="149"/>
        <source>A section id uses lower-case letters, digits and _.</source>
        <translation>Un identifiant de section utilise des lettres minuscules, des chiffres et _.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="151"/>
        <source>A file name uses lower-case letters, digits, - and _.</source>
        <translation>Un nom de fichier utilise des lettres minuscules, des chiffres, - et _.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../gui/preview.py" line="130"/>
        <source>Preview of the notice</source>
        <translation>Aperçu de la notice</translation>
    </message>
    <message>
        <location filename="../gui/preview.py" line="282"/>
        <source>The preview shows the first {} rows; {} more are in the exported notice.</source>
        <translation>L&apos;aperçu montre les {} premières lignes ; {} autres figurent dans la notice exportée.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../gui/clause_panels.py" line="52"/>
        <source>Problems in this clause</source>
        <translation>Problèmes de cette clause</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="65"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="71"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../gui/form.py" line="97"/>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ReadabilityTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="182"/>
        <source>Readability of each section</source>
        <translation>Lisibilité de chaque section</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Reads as</source>
        <translation>Se lit comme</translation>
    </message>
</context>
<context>
    <name>RecordsField</name>
    <message>
        <location filename="../gui/records.py" line="101"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="102"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="103"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="104"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="148"/>
        <source>Requirements of the chosen laws</source>
        <translation>Exigences des lois choisies</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../gui/start_page.py" line="53"/>
        <source>New blank notice</source>
        <translation>Nouvelle notice vierge</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="56"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="58"/>
        <location filename="../gui/start_page.py" line="125"/>
        <source>Recent notices</source>
        <translation>Notices récentes</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="59"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="109"/>
        <source>Notice Editor</source>
        <translation>Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="113"/>
        <source>Answer plain questions about your business; get a privacy notice for the places your customers live, ready for your lawyer in Word or for your website in HTML.</source>
        <translation>Répondez à des questions simples sur votre entreprise ; obtenez une notice de confidentialité pour les endroits où vivent vos clients, prête pour votre juriste en Word ou pour votre site web en HTML.</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="126"/>
        <source>Start from an example</source>
        <translation>Partir d&apos;un exemple</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="143"/>
        <source>No recent notices yet</source>
        <translation>Pas encore de notices récentes</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../gui/steps.py" line="100"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="139"/>
        <source>{} of {} steps done</source>
        <translation>{} étapes terminées sur {}</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="142"/>
        <source> · {} with required answers missing</source>
        <translation> · {} avec des réponses obligatoires manquantes</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../gui/variables_panel.py" line="63"/>
        <source>Filter variables</source>
        <translation>Filtrer les variables</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="67"/>
        <source>Variables a clause can use</source>
        <translation>Variables qu&apos;une clause peut utiliser</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="91"/>
        <source>Insert at cursor</source>
        <translation>Insérer au curseur</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="196"/>
        <source>Choices: {}</source>
        <translation>Choix : {}</translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <location filename="../gui/wizard.py" line="58"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="60"/>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="99"/>
        <source>Step {} of {}</source>
        <translation>Étape {} sur {}</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../gui/actions.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="75"/>
        <source>Start a blank notice</source>
        <translation>Commencer une notice vierge</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="81"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="83"/>
        <source>Open a notice project</source>
        <translation>Ouvrir un projet de notice</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="91"/>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="97"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="99"/>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="104"/>
        <source>Export to &amp;Word…</source>
        <translation>Exporter vers &amp;Word…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="106"/>
        <source>Write the notice as a Word document for review</source>
        <translation>Écrire la notice en document Word pour relecture</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="111"/>
        <source>Export to &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="113"/>
        <source>Write the notice as a web page</source>
        <translation>Écrire la notice en page web</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="118"/>
        <source>Export Re&amp;view Copy (Word, with comments)…</source>
        <translation>Exporter une copie de re&amp;lecture (Word, avec commentaires)…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="120"/>
        <source>Write a Word copy whose comments say why each clause is there</source>
        <translation>Écrire une copie Word dont les commentaires disent pourquoi chaque clause est là</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="127"/>
        <source>&amp;Mark as Approved…</source>
        <translation>&amp;Marquer comme approuvée…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="129"/>
        <source>Record the notice as it stands as the approved version</source>
        <translation>Enregistrer la notice telle qu&apos;elle est comme version approuvée</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="136"/>
        <source>Export Red&amp;line Against Last Approved…</source>
        <translation>Exporter le compara&amp;tif avec la dernière version approuvée…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="138"/>
        <source>Write a Word copy with tracked changes since the last approved version</source>
        <translation>Écrire une copie Word avec le suivi des modifications depuis la dernière version approuvée</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="147"/>
        <source>Close the editor</source>
        <translation>Fermer l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="152"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="168"/>
        <source>&amp;Next Section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="170"/>
        <source>Go to the next step of the questionnaire</source>
        <translation>Aller à l&apos;étape suivante du questionnaire</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="175"/>
        <source>&amp;Previous Section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="177"/>
        <source>Go to the previous step</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="182"/>
        <source>&amp;About Notice Editor</source>
        <translation>À &amp;propos de Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="184"/>
        <source>Show the version and what the editor does</source>
        <translation>Afficher la version et ce que fait l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="189"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="196"/>
        <source>&amp;Checklist</source>
        <translation>Liste de &amp;contrôle</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="198"/>
        <source>Show or hide what each law requires</source>
        <translation>Afficher ou masquer ce que chaque loi exige</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="204"/>
        <source>&amp;Clause Library…</source>
        <translation>&amp;Bibliothèque de clauses…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="206"/>
        <source>Browse and edit the clause templates</source>
        <translation>Parcourir et modifier les modèles de clauses</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="243"/>
        <source>New from &amp;Example</source>
        <translation>Nouveau à partir d&apos;un e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="246"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="263"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="265"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="268"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>clause_dialogs</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="40"/>
        <source>Common body, every notice — common/</source>
        <translation>Corps commun, toutes les notices — common/</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="160"/>
        <source>Revert “{}” to the built-in clause?

Your version in your library folder is deleted. This cannot be undone.</source>
        <translation>Rétablir la clause intégrée pour « {} » ?

Votre version dans le dossier de votre bibliothèque est supprimée. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="166"/>
        <source>Drop your unsaved changes to “{}”?</source>
        <translation>Abandonner vos modifications non enregistrées de « {} » ?</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="171"/>
        <source>Revert to Built-in</source>
        <translation>Revenir à la clause intégrée</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="183"/>
        <source>Choose Your Clause Library Folder</source>
        <translation>Choisir le dossier de votre bibliothèque de clauses</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../gui/commands.py" line="25"/>
        <source>Edit “{}”</source>
        <translation>la modification de « {} »</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="64"/>
        <source>Edit “{}” ({})</source>
        <translation>la modification de « {} » ({})</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="96"/>
        <source>Change jurisdictions</source>
        <translation>le changement de juridictions</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="114"/>
        <source>Change languages</source>
        <translation>le changement de langues</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../gui/dialogs.py" line="19"/>
        <source>Notice projects (*.notice)</source>
        <translation>Projets de notice (*.notice)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="20"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="21"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="36"/>
        <source>Open Notice Project</source>
        <translation>Ouvrir un projet de notice</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="40"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="65"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="66"/>
        <source>Do you want to save the changes to “{}”?

Your changes are lost if you don’t save them.</source>
        <translation>Voulez-vous enregistrer les modifications de « {} » ?

Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="94"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="96"/>
        <source>“{}” was changed by someone else since you opened it.</source>
        <translation>« {} » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="101"/>
        <source>Another window or the noticeeditor command (an approval, say) saved it. Merge keeps their changes and yours (yours win where both changed the same answer); Overwrite keeps only yours; Reload drops yours. Approvals are kept either way.</source>
        <translation>Une autre fenêtre ou la commande noticeeditor (une approbation, par exemple) l&apos;a enregistré. Fusionner garde leurs modifications et les vôtres (les vôtres l&apos;emportent quand les deux ont changé la même réponse) ; Écraser ne garde que les vôtres ; Recharger abandonne les vôtres. Les approbations sont conservées dans tous les cas.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="110"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="112"/>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="114"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="127"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="129"/>
        <source>Notice Editor did not close normally while “{}” had unsaved changes.

Recover those changes? Choose Discard to delete the recovered copy, or Cancel to decide next time.</source>
        <translation>Notice Editor ne s&apos;est pas fermé normalement alors que « {} » avait des modifications non enregistrées.

Récupérer ces modifications ? Choisissez « Ne pas tenir compte » pour supprimer la copie récupérée, ou Annuler pour décider la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="142"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="163"/>
        <source>About Notice Editor</source>
        <translation>À propos de Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="164"/>
        <source>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Drafts privacy notices from your answers to plain questions, using clause templates written by lawyers for each jurisdiction.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your answers are never sent anywhere.&lt;/p&gt;&lt;p&gt;A draft is not legal advice. Have a lawyer review the notice before you publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Rédige des notices de confidentialité à partir de vos réponses à des questions simples, avec des modèles de clauses écrits par des juristes pour chaque juridiction.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur : vos réponses ne sont jamais envoyées nulle part.&lt;/p&gt;&lt;p&gt;Un projet n&apos;est pas un conseil juridique. Faites relire la notice par un juriste avant de la publier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../gui/exporting.py" line="20"/>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="21"/>
        <source>Export to HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>Impossible d&apos;exporter la notice</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../gui/fields.py" line="80"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="238"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="239"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>jurisdictions</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="17"/>
        <source>European Union and EEA (GDPR)</source>
        <translation>Union européenne et EEE (RGPD)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="18"/>
        <source>United Kingdom (UK GDPR)</source>
        <translation>Royaume-Uni (UK GDPR)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="19"/>
        <source>California (CCPA/CPRA)</source>
        <translation>Californie (CCPA/CPRA)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="20"/>
        <source>Other US states (Virginia, Colorado, Connecticut and others)</source>
        <translation>Autres États américains (Virginie, Colorado, Connecticut et autres)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="23"/>
        <source>Canada (PIPEDA and Quebec Law 25)</source>
        <translation>Canada (LPRPDE et Loi 25 du Québec)</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../gui/languages.py" line="74"/>
        <source>Export in which languages?</source>
        <translation>Exporter dans quelles langues ?</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="76"/>
        <source>One file per language; each file&apos;s name ends in its language code.</source>
        <translation>Un fichier par langue ; le nom de chaque fichier se termine par le code de sa langue.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../gui/records.py" line="45"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="46"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../gui/review_export.py" line="43"/>
        <source>Mark as Approved</source>
        <translation>Marquer comme approuvée</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="44"/>
        <source>Record the notice as it stands now as the approved version.
A redline later shows every change made since.

Note (optional), for example who approved it:</source>
        <translation>Enregistrer la notice telle qu&apos;elle est maintenant comme version approuvée.
Un comparatif montrera ensuite chaque modification faite depuis.

Note (facultative), par exemple qui l&apos;a approuvée :</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>Impossible d&apos;exporter la notice</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="77"/>
        <source>Export Review Copy</source>
        <translation>Exporter une copie de relecture</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="96"/>
        <source>Export Redline Against Last Approved</source>
        <translation>Exporter le comparatif avec la dernière version approuvée</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="117"/>
        <source>no changes since the approved version</source>
        <translation>aucune modification depuis la version approuvée</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="118"/>
        <source>{} sections changed, {} added, {} removed</source>
        <translation>{} sections modifiées, {} ajoutées, {} supprimées</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="121"/>
        <source>{} words inserted, {} deleted</source>
        <translation>{} mots insérés, {} supprimés</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="175"/>
        <source>Cannot mark as approved</source>
        <translation>Impossible de marquer comme approuvée</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../gui/theme.py" line="24"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="25"/>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="26"/>
        <source>Required answers missing</source>
        <translation>Réponses obligatoires manquantes</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="27"/>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../gui/form.py" line="24"/>
        <source>This answer is required.</source>
        <translation>Cette réponse est obligatoire.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="25"/>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="26"/>
        <source>Expected text.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="27"/>
        <source>Enter an e-mail address such as privacy@example.com.</source>
        <translation>Saisissez une adresse e-mail comme privacy@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="28"/>
        <source>Enter a web address starting with https:// (for example https://example.com).</source>
        <translation>Saisissez une adresse web commençant par https:// (par exemple https://example.com).</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="32"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="33"/>
        <source>This answer is not in the expected format.</source>
        <translation>Cette réponse n&apos;a pas le format attendu.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="34"/>
        <source>Expected a list of entries.</source>
        <translation>Une liste d&apos;entrées est attendue.</translation>
    </message>
</context>
</TS>
