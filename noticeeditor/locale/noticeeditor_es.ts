<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ChecklistDock</name>
    <message>
        <location filename="../gui/checklist.py" line="539"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
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
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="77"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="78"/>
        <source>US states</source>
        <translation>Estados de EE. UU.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="79"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="182"/>
        <source>Show requirements that do not &amp;apply</source>
        <translation>Mostrar los requisitos que no se &amp;aplican</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="297"/>
        <source>Choose where your customers are to see what the law asks.</source>
        <translation>Elija dónde están sus clientes para ver lo que exige la ley.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="300"/>
        <source>1 requirement still missing</source>
        <translation>Falta 1 requisito</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="302"/>
        <source>{} requirements still missing</source>
        <translation>Faltan {} requisitos</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="306"/>
        <source>Every requirement is met</source>
        <translation>Se cumplen todos los requisitos</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="316"/>
        <source>Cannot check the requirements: {}: {}</source>
        <translation>No se pueden comprobar los requisitos: {}: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="328"/>
        <source>{}: {} of {} met</source>
        <translation>{}: {} de {} cumplidos</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="345"/>
        <source>Answers not understood: {}</source>
        <translation>Respuestas no comprendidas: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="347"/>
        <source>The file holds an answer of another kind. It is kept in the file but left out of the notice; answer the question again to replace it.</source>
        <translation>El archivo contiene una respuesta de otro tipo. Se conserva en el archivo pero queda fuera del aviso; responda de nuevo a la pregunta para sustituirla.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="350"/>
        <source>“{}”: answer not understood</source>
        <translation>«{}»: respuesta no comprendida</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="356"/>
        <source>Texts not in {}: {}</source>
        <translation>Textos que faltan en {}: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="358"/>
        <source>The notice in this language prints the text typed in the notice&apos;s first language until this one is written.</source>
        <translation>El aviso en este idioma imprime el texto escrito en el primer idioma del aviso hasta que se redacte este.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="361"/>
        <source>“{}”: not in {}</source>
        <translation>«{}»: falta en {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="382"/>
        <location filename="../gui/checklist.py" line="413"/>
        <source>Click to answer.</source>
        <translation>Haga clic para responder.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="393"/>
        <source>Answer: {}</source>
        <translation>Responda: {}</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="395"/>
        <source>Its section is not in the notice yet</source>
        <translation>Su sección aún no está en el aviso</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="397"/>
        <source>The answer needs a lawyer&apos;s judgement</source>
        <translation>La respuesta requiere el criterio de un abogado</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="399"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="400"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="401"/>
        <source>Needs a lawyer&apos;s judgement</source>
        <translation>Requiere el criterio de un abogado</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="403"/>
        <source>Does not apply</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="447"/>
        <source>&amp;Requirements</source>
        <translation>Re&amp;quisitos</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="449"/>
        <source>&amp;Requirements ({} missing)</source>
        <translation>Re&amp;quisitos (faltan {})</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="451"/>
        <source>Rea&amp;dability</source>
        <translation>&amp;Legibilidad</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="476"/>
        <source>Whole notice: {} ({}). Flesch reading ease: 60 or more is plain English; under 50 is hard going for many readers.</source>
        <translation>Aviso completo: {} ({}). Facilidad de lectura de Flesch: 60 o más es lenguaje llano; por debajo de 50 resulta difícil para muchos lectores.</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="491"/>
        <source>{} words in {} sentences</source>
        <translation>{} palabras en {} oraciones</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="498"/>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="499"/>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="500"/>
        <source>plain English</source>
        <translation>lenguaje llano</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="501"/>
        <source>fairly difficult</source>
        <translation>bastante difícil</translation>
    </message>
    <message>
        <location filename="../gui/checklist.py" line="502"/>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../gui/clause_editor.py" line="86"/>
        <source>Clause template</source>
        <translation>Plantilla de cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="107"/>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="130"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="131"/>
        <source>Changes from built-in</source>
        <translation>Cambios respecto a la incorporada</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="134"/>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="137"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="172"/>
        <source>&amp;Revert to Built-in…</source>
        <translation>&amp;Volver a la incorporada…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="177"/>
        <source>New &amp;Clause…</source>
        <translation>Nueva &amp;cláusula…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="180"/>
        <source>New S&amp;ection…</source>
        <translation>Nueva &amp;sección…</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="183"/>
        <source>Show &amp;Changes</source>
        <translation>Mostrar ca&amp;mbios</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="230"/>
        <source>Cannot Open Clause</source>
        <translation>No se puede abrir la cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="261"/>
        <source>Cannot Save Clause</source>
        <translation>No se puede guardar la cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="277"/>
        <source>Cannot Revert Clause</source>
        <translation>No se puede restablecer la cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="328"/>
        <source>Cannot Add Clause</source>
        <translation>No se puede añadir la cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="365"/>
        <source>No project is open: shown with the questionnaire’s default answers.</source>
        <translation>No hay ningún proyecto abierto: se muestra con las respuestas predeterminadas del cuestionario.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="368"/>
        <source>Shown with the answers of the open project.</source>
        <translation>Se muestra con las respuestas del proyecto abierto.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="385"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="389"/>
        <source>This clause is yours: there is no built-in clause to compare.</source>
        <translation>Esta cláusula es suya: no hay ninguna cláusula incorporada con la que comparar.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="391"/>
        <source>No changes: this is the built-in clause.</source>
        <translation>Sin cambios: esta es la cláusula incorporada.</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="408"/>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="416"/>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="447"/>
        <source>built-in</source>
        <translation>incorporada</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="448"/>
        <source>overridden by you</source>
        <translation>sustituida por usted</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="449"/>
        <source>added by you</source>
        <translation>añadida por usted</translation>
    </message>
    <message>
        <location filename="../gui/clause_editor.py" line="450"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>ClausePreview</name>
    <message>
        <location filename="../gui/clause_panels.py" line="141"/>
        <source>Preview of this clause with your answers</source>
        <translation>Vista previa de esta cláusula con sus respuestas</translation>
    </message>
</context>
<context>
    <name>ComboChoiceField</name>
    <message>
        <location filename="../gui/fields.py" line="300"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../gui/fields.py" line="95"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../gui/clause_panels.py" line="122"/>
        <source>Changes against the built-in clause</source>
        <translation>Cambios respecto a la cláusula incorporada</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../gui/status.py" line="24"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../gui/status.py" line="36"/>
        <source>Exported to {}</source>
        <translation>Exportado a {}</translation>
    </message>
</context>
<context>
    <name>FileMenus</name>
    <message>
        <location filename="../gui/menus.py" line="35"/>
        <source>Start a new notice from this example</source>
        <translation>Empezar un aviso nuevo a partir de este ejemplo</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../gui/find_bar.py" line="42"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="46"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="47"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="50"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="51"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="52"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="53"/>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="55"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="92"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="93"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="94"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/find_bar.py" line="153"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="195"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../gui/find_bar.py" line="199"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../gui/interface_language.py" line="116"/>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../gui/interface_language.py" line="127"/>
        <source>Applies when Notice Editor next starts</source>
        <translation>Se aplica la próxima vez que se inicie Notice Editor</translation>
    </message>
</context>
<context>
    <name>JurisdictionSelector</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="40"/>
        <source>Jurisdictions</source>
        <translation>Jurisdicciones</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../gui/languages.py" line="31"/>
        <source>Language the notice is written in</source>
        <translation>Idioma en que está redactado el aviso</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="34"/>
        <source>Also in:</source>
        <translation>También en:</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../gui/library_tree.py" line="67"/>
        <source>outdated</source>
        <translation>desfasada</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="68"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="81"/>
        <source>Clause library</source>
        <translation>Biblioteca de cláusulas</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Section / clause</source>
        <translation>Sección / cláusula</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="83"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="132"/>
        <source>Other clauses in this folder</source>
        <translation>Otras cláusulas de esta carpeta</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="146"/>
        <source>no file yet</source>
        <translation>aún sin archivo</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="159"/>
        <source>not translated</source>
        <translation>sin traducir</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="160"/>
        <source>outdated: the English text changed since</source>
        <translation>desfasada: el texto en inglés ha cambiado desde entonces</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="161"/>
        <source>translated, not reviewed yet</source>
        <translation>traducida, aún sin revisar</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="162"/>
        <source>translated and reviewed</source>
        <translation>traducida y revisada</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="206"/>
        <source>built-in</source>
        <translation>incorporada</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="207"/>
        <source>overridden</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="208"/>
        <source>added by you</source>
        <translation>añadida por usted</translation>
    </message>
    <message>
        <location filename="../gui/library_tree.py" line="209"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../gui/library_window.py" line="97"/>
        <source>&amp;Library Folder…</source>
        <translation>&amp;Carpeta de la biblioteca…</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="99"/>
        <source>Choose the folder that holds your own clauses</source>
        <translation>Elegir la carpeta que contiene sus propias cláusulas</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="100"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="106"/>
        <source>&amp;Clause</source>
        <translation>C&amp;láusula</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="160"/>
        <source> (created when you save)</source>
        <translation> (se crea al guardar)</translation>
    </message>
    <message>
        <location filename="../gui/library_window.py" line="161"/>
        <source>Your library: %1</source>
        <translation>Su biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/columns.py" line="29"/>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="30"/>
        <source>&amp;Jurisdictions</source>
        <translation>&amp;Jurisdicciones</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="31"/>
        <source>&amp;Languages</source>
        <translation>I&amp;diomas</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="46"/>
        <source>Click a section title to see its questions.</source>
        <translation>Haga clic en el título de una sección para ver sus preguntas.</translation>
    </message>
    <message>
        <location filename="../gui/columns.py" line="51"/>
        <source>&amp;Preview</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="110"/>
        <source>Language of the preview</source>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="231"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Cannot open the example</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="271"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="363"/>
        <source>Save Notice Project</source>
        <translation>Guardar el proyecto de aviso</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="377"/>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="387"/>
        <source>Saved {}</source>
        <translation>Guardado {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="414"/>
        <source>{}. Nothing was saved: choose Overwrite, or Save As.</source>
        <translation>{}. No se ha guardado nada: elija Sobrescribir, o Guardar como.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="415"/>
        <source>Cannot merge</source>
        <translation>No se puede combinar</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="458"/>
        <source>Recovered unsaved changes</source>
        <translation>Cambios sin guardar recuperados</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="510"/>
        <source>Marked as approved. Save the project to keep the approval.</source>
        <translation>Marcado como aprobado. Guarde el proyecto para conservar la aprobación.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="552"/>
        <source>Some answers on this page need attention. Press Next again to go on.</source>
        <translation>Algunas respuestas de esta página requieren atención. Pulse Siguiente otra vez para continuar.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo {}</source>
        <translation>&amp;Deshacer: {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="702"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo {}</source>
        <translation>&amp;Rehacer: {}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="707"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="735"/>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="736"/>
        <source>Notice Editor will be in {} when it next starts.</source>
        <translation>Notice Editor estará en {} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="746"/>
        <source>Could not write a recovery copy: {}</source>
        <translation>No se pudo escribir una copia de recuperación: {}</translation>
    </message>
</context>
<context>
    <name>NewClauseDialog</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="49"/>
        <source>New Clause</source>
        <translation>Nueva cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="55"/>
        <source>Add a section to the outline for it</source>
        <translation>Añadir una sección al esquema para ella</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="58"/>
        <location filename="../gui/clause_dialogs.py" line="60"/>
        <source>e.g. data_brokers</source>
        <translation>p. ej. data_brokers</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="59"/>
        <source>e.g. Data brokers</source>
        <translation>p. ej. Intermediarios de datos</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="102"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="104"/>
        <source>Section &amp;id:</source>
        <translation>&amp;Identificador de la sección:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="105"/>
        <source>Section &amp;title:</source>
        <translation>&amp;Título de la sección:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="106"/>
        <source>Clause &amp;file:</source>
        <translation>&amp;Archivo de la cláusula:</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="107"/>
        <source>The file is named &lt;i&gt;name&lt;/i&gt;%1</source>
        <translation>El archivo se llama &lt;i&gt;nombre&lt;/i&gt;%1</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="112"/>
        <source>New clauses go to your own library; the built-in library is never changed. A section places the clause in the notice&apos;s outline.</source>
        <translation>Las cláusulas nuevas van a su propia biblioteca; la biblioteca incorporada nunca se modifica. Una sección sitúa la cláusula en el esquema del aviso.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="149"/>
        <source>A section id uses lower-case letters, digits and _.</source>
        <translation>Un identificador de sección usa letras minúsculas, cifras y _.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="151"/>
        <source>A file name uses lower-case letters, digits, - and _.</source>
        <translation>Un nombre de archivo usa letras minúsculas, cifras, - y _.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../gui/preview.py" line="130"/>
        <source>Preview of the notice</source>
        <translation>Vista previa del aviso</translation>
    </message>
    <message>
        <location filename="../gui/preview.py" line="282"/>
        <source>The preview shows the first {} rows; {} more are in the exported notice.</source>
        <translation>La vista previa muestra las primeras {} filas; otras {} están en el aviso exportado.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../gui/clause_panels.py" line="52"/>
        <source>Problems in this clause</source>
        <translation>Problemas de esta cláusula</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="65"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location filename="../gui/clause_panels.py" line="71"/>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../gui/form.py" line="97"/>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ReadabilityTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="182"/>
        <source>Readability of each section</source>
        <translation>Legibilidad de cada sección</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../gui/checklist_views.py" line="184"/>
        <source>Reads as</source>
        <translation>Se lee como</translation>
    </message>
</context>
<context>
    <name>RecordsField</name>
    <message>
        <location filename="../gui/records.py" line="101"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="102"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="103"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="104"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <location filename="../gui/checklist_views.py" line="148"/>
        <source>Requirements of the chosen laws</source>
        <translation>Requisitos de las leyes elegidas</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../gui/start_page.py" line="53"/>
        <source>New blank notice</source>
        <translation>Nuevo aviso en blanco</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="56"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="58"/>
        <location filename="../gui/start_page.py" line="125"/>
        <source>Recent notices</source>
        <translation>Avisos recientes</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="59"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="109"/>
        <source>Notice Editor</source>
        <translation>Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="113"/>
        <source>Answer plain questions about your business; get a privacy notice for the places your customers live, ready for your lawyer in Word or for your website in HTML.</source>
        <translation>Responda a preguntas sencillas sobre su empresa y obtenga un aviso de privacidad para los lugares donde viven sus clientes, listo para su abogado en Word o para su sitio web en HTML.</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="126"/>
        <source>Start from an example</source>
        <translation>Empezar con un ejemplo</translation>
    </message>
    <message>
        <location filename="../gui/start_page.py" line="143"/>
        <source>No recent notices yet</source>
        <translation>Aún no hay avisos recientes</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../gui/steps.py" line="100"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="139"/>
        <source>{} of {} steps done</source>
        <translation>{} de {} pasos completados</translation>
    </message>
    <message>
        <location filename="../gui/steps.py" line="142"/>
        <source> · {} with required answers missing</source>
        <translation> · {} con respuestas obligatorias pendientes</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../gui/variables_panel.py" line="63"/>
        <source>Filter variables</source>
        <translation>Filtrar variables</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="67"/>
        <source>Variables a clause can use</source>
        <translation>Variables que puede usar una cláusula</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="68"/>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="91"/>
        <source>Insert at cursor</source>
        <translation>Insertar en el cursor</translation>
    </message>
    <message>
        <location filename="../gui/variables_panel.py" line="196"/>
        <source>Choices: {}</source>
        <translation>Opciones: {}</translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <location filename="../gui/wizard.py" line="58"/>
        <source>← &amp;Back</source>
        <translation>← A&amp;trás</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="60"/>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="99"/>
        <source>Step {} of {}</source>
        <translation>Paso {} de {}</translation>
    </message>
    <message>
        <location filename="../gui/wizard.py" line="105"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../gui/actions.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="75"/>
        <source>Start a blank notice</source>
        <translation>Empezar un aviso en blanco</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="81"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="83"/>
        <source>Open a notice project</source>
        <translation>Abrir un proyecto de aviso</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="91"/>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="97"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="99"/>
        <source>Save the project under a new name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="104"/>
        <source>Export to &amp;Word…</source>
        <translation>Exportar a &amp;Word…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="106"/>
        <source>Write the notice as a Word document for review</source>
        <translation>Escribir el aviso como documento de Word para revisarlo</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="111"/>
        <source>Export to &amp;HTML…</source>
        <translation>Exportar a &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="113"/>
        <source>Write the notice as a web page</source>
        <translation>Escribir el aviso como página web</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="118"/>
        <source>Export Re&amp;view Copy (Word, with comments)…</source>
        <translation>Exportar copia de re&amp;visión (Word, con comentarios)…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="120"/>
        <source>Write a Word copy whose comments say why each clause is there</source>
        <translation>Escribir una copia de Word cuyos comentarios explican por qué está cada cláusula</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="127"/>
        <source>&amp;Mark as Approved…</source>
        <translation>&amp;Marcar como aprobado…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="129"/>
        <source>Record the notice as it stands as the approved version</source>
        <translation>Registrar el aviso tal como está como versión aprobada</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="136"/>
        <source>Export Red&amp;line Against Last Approved…</source>
        <translation>Exportar cam&amp;bios desde la última aprobación…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="138"/>
        <source>Write a Word copy with tracked changes since the last approved version</source>
        <translation>Escribir una copia de Word con control de cambios desde la última versión aprobada</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="147"/>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="152"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="168"/>
        <source>&amp;Next Section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="170"/>
        <source>Go to the next step of the questionnaire</source>
        <translation>Ir al paso siguiente del cuestionario</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="175"/>
        <source>&amp;Previous Section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="177"/>
        <source>Go to the previous step</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="182"/>
        <source>&amp;About Notice Editor</source>
        <translation>&amp;Acerca de Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="184"/>
        <source>Show the version and what the editor does</source>
        <translation>Mostrar la versión y lo que hace el editor</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="189"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="196"/>
        <source>&amp;Checklist</source>
        <translation>&amp;Lista de comprobación</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="198"/>
        <source>Show or hide what each law requires</source>
        <translation>Mostrar u ocultar lo que exige cada ley</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="204"/>
        <source>&amp;Clause Library…</source>
        <translation>&amp;Biblioteca de cláusulas…</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="206"/>
        <source>Browse and edit the clause templates</source>
        <translation>Examinar y editar las plantillas de cláusulas</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="243"/>
        <source>New from &amp;Example</source>
        <translation>Nuevo a partir de un &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="246"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="263"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="265"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="268"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../gui/actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>clause_dialogs</name>
    <message>
        <location filename="../gui/clause_dialogs.py" line="40"/>
        <source>Common body, every notice — common/</source>
        <translation>Cuerpo común, todos los avisos — common/</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="160"/>
        <source>Revert “{}” to the built-in clause?

Your version in your library folder is deleted. This cannot be undone.</source>
        <translation>¿Volver a la cláusula incorporada para «{}»?

Su versión en la carpeta de su biblioteca se eliminará. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="166"/>
        <source>Drop your unsaved changes to “{}”?</source>
        <translation>¿Descartar los cambios sin guardar de «{}»?</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="171"/>
        <source>Revert to Built-in</source>
        <translation>Volver a la incorporada</translation>
    </message>
    <message>
        <location filename="../gui/clause_dialogs.py" line="183"/>
        <source>Choose Your Clause Library Folder</source>
        <translation>Elegir la carpeta de su biblioteca de cláusulas</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../gui/commands.py" line="25"/>
        <source>Edit “{}”</source>
        <translation>Editar «{}»</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="64"/>
        <source>Edit “{}” ({})</source>
        <translation>Editar «{}» ({})</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="96"/>
        <source>Change jurisdictions</source>
        <translation>Cambiar jurisdicciones</translation>
    </message>
    <message>
        <location filename="../gui/commands.py" line="114"/>
        <source>Change languages</source>
        <translation>Cambiar idiomas</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../gui/dialogs.py" line="19"/>
        <source>Notice projects (*.notice)</source>
        <translation>Proyectos de aviso (*.notice)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="20"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="21"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="36"/>
        <source>Open Notice Project</source>
        <translation>Abrir proyecto de aviso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="40"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="65"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="66"/>
        <source>Do you want to save the changes to “{}”?

Your changes are lost if you don’t save them.</source>
        <translation>¿Desea guardar los cambios de «{}»?

Sus cambios se perderán si no los guarda.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="94"/>
        <source>File changed on disk</source>
        <translation>Archivo cambiado en el disco</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="96"/>
        <source>“{}” was changed by someone else since you opened it.</source>
        <translation>Otra persona ha cambiado «{}» desde que lo abrió.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="101"/>
        <source>Another window or the noticeeditor command (an approval, say) saved it. Merge keeps their changes and yours (yours win where both changed the same answer); Overwrite keeps only yours; Reload drops yours. Approvals are kept either way.</source>
        <translation>Otra ventana o la orden noticeeditor (una aprobación, por ejemplo) lo ha guardado. Combinar conserva sus cambios y los suyos (los suyos prevalecen donde ambos cambiaron la misma respuesta); Sobrescribir conserva solo los suyos; Recargar descarta los suyos. Las aprobaciones se conservan en cualquier caso.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="110"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="112"/>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="114"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="127"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="129"/>
        <source>Notice Editor did not close normally while “{}” had unsaved changes.

Recover those changes? Choose Discard to delete the recovered copy, or Cancel to decide next time.</source>
        <translation>Notice Editor no se cerró con normalidad mientras «{}» tenía cambios sin guardar.

¿Recuperar esos cambios? Elija Descartar para eliminar la copia recuperada, o Cancelar para decidir la próxima vez.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="142"/>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="163"/>
        <source>About Notice Editor</source>
        <translation>Acerca de Notice Editor</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="164"/>
        <source>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Drafts privacy notices from your answers to plain questions, using clause templates written by lawyers for each jurisdiction.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your answers are never sent anywhere.&lt;/p&gt;&lt;p&gt;A draft is not legal advice. Have a lawyer review the notice before you publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Notice Editor {}&lt;/h3&gt;&lt;p&gt;Redacta avisos de privacidad a partir de sus respuestas a preguntas sencillas, con plantillas de cláusulas escritas por abogados para cada jurisdicción.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador: sus respuestas nunca se envían a ninguna parte.&lt;/p&gt;&lt;p&gt;Un borrador no es asesoramiento jurídico. Pida a un abogado que revise el aviso antes de publicarlo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../gui/exporting.py" line="20"/>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="21"/>
        <source>Export to HTML</source>
        <translation>Exportar a HTML</translation>
    </message>
    <message>
        <location filename="../gui/exporting.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>No se puede exportar el aviso</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../gui/fields.py" line="80"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="238"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../gui/fields.py" line="239"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>jurisdictions</name>
    <message>
        <location filename="../gui/jurisdictions.py" line="17"/>
        <source>European Union and EEA (GDPR)</source>
        <translation>Unión Europea y EEE (RGPD)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="18"/>
        <source>United Kingdom (UK GDPR)</source>
        <translation>Reino Unido (UK GDPR)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="19"/>
        <source>California (CCPA/CPRA)</source>
        <translation>California (CCPA/CPRA)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="20"/>
        <source>Other US states (Virginia, Colorado, Connecticut and others)</source>
        <translation>Otros estados de EE. UU. (Virginia, Colorado, Connecticut y otros)</translation>
    </message>
    <message>
        <location filename="../gui/jurisdictions.py" line="23"/>
        <source>Canada (PIPEDA and Quebec Law 25)</source>
        <translation>Canadá (PIPEDA y Ley 25 de Quebec)</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../gui/languages.py" line="74"/>
        <source>Export in which languages?</source>
        <translation>¿En qué idiomas exportar?</translation>
    </message>
    <message>
        <location filename="../gui/languages.py" line="76"/>
        <source>One file per language; each file&apos;s name ends in its language code.</source>
        <translation>Un archivo por idioma; el nombre de cada archivo termina en el código de su idioma.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../gui/records.py" line="45"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../gui/records.py" line="46"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../gui/review_export.py" line="43"/>
        <source>Mark as Approved</source>
        <translation>Marcar como aprobado</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="44"/>
        <source>Record the notice as it stands now as the approved version.
A redline later shows every change made since.

Note (optional), for example who approved it:</source>
        <translation>Registrar el aviso tal como está ahora como versión aprobada.
Una comparación posterior muestra cada cambio hecho desde entonces.

Nota (opcional), por ejemplo quién lo aprobó:</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="67"/>
        <source>Cannot export the notice</source>
        <translation>No se puede exportar el aviso</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="77"/>
        <source>Export Review Copy</source>
        <translation>Exportar copia de revisión</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="96"/>
        <source>Export Redline Against Last Approved</source>
        <translation>Exportar cambios desde la última aprobación</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="117"/>
        <source>no changes since the approved version</source>
        <translation>sin cambios desde la versión aprobada</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="118"/>
        <source>{} sections changed, {} added, {} removed</source>
        <translation>{} secciones cambiadas, {} añadidas, {} eliminadas</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="121"/>
        <source>{} words inserted, {} deleted</source>
        <translation>{} palabras insertadas, {} eliminadas</translation>
    </message>
    <message>
        <location filename="../gui/review_export.py" line="175"/>
        <source>Cannot mark as approved</source>
        <translation>No se puede marcar como aprobado</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../gui/theme.py" line="24"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="25"/>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="26"/>
        <source>Required answers missing</source>
        <translation>Faltan respuestas obligatorias</translation>
    </message>
    <message>
        <location filename="../gui/theme.py" line="27"/>
        <source>Does not apply</source>
        <translation>No se aplica</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../gui/form.py" line="24"/>
        <source>This answer is required.</source>
        <translation>Esta respuesta es obligatoria.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="25"/>
        <source>Answer yes or no.</source>
        <translation>Responda sí o no.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="26"/>
        <source>Expected text.</source>
        <translation>Se espera un texto.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="27"/>
        <source>Enter an e-mail address such as privacy@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como privacy@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="28"/>
        <source>Enter a web address starting with https:// (for example https://example.com).</source>
        <translation>Introduzca una dirección web que empiece por https:// (por ejemplo, https://example.com).</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="32"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Introduzca una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="33"/>
        <source>This answer is not in the expected format.</source>
        <translation>Esta respuesta no tiene el formato esperado.</translation>
    </message>
    <message>
        <location filename="../gui/form.py" line="34"/>
        <source>Expected a list of entries.</source>
        <translation>Se espera una lista de entradas.</translation>
    </message>
</context>
</TS>
