<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ClauseForm</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Model clause</source>
        <translation>Cláusula modelo</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>e.g. AMN-MX-1 (capitals, digits, hyphens)</source>
        <translation>p. ej., AMN-MX-1 (mayúsculas, cifras y guiones)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>I&amp;dentificador</translation>
    </message>
    <message>
        <source>{language} (required)</source>
        <translation>{language} (obligatorio)</translation>
    </message>
    <message>
        <source>{language} (expected)</source>
        <translation>{language} (esperado)</translation>
    </message>
    <message>
        <source>May use {state}, {states} and {crimes}: Drafter puts in the draft&apos;s own terms.</source>
        <translation>Puede contener {state}, {states} y {crimes}: Drafter los sustituye por los términos del propio proyecto.</translation>
    </message>
    <message>
        <source>Wordings of real instruments (equivalent) and of weak or contrary drafts, which Drafter compares drafts with. A weak or contrary wording needs a note saying what is wrong with it. Verification: verbatim (from the official text, whose address goes in Address), official_version (from an official language version, with its address), own_rendering (your own rendering of the provision) or typical (typical negotiating wording).</source>
        <translation>Redacciones de instrumentos existentes (equivalent) y de proyectos débiles o contrarios, con las que Drafter compara los proyectos. Una redacción débil o contraria requiere una nota que explique su defecto. Verificación: verbatim (tomada del texto oficial, cuya dirección figura en Dirección), official_version (tomada de una versión lingüística oficial, con su dirección), own_rendering (su propia versión de la disposición) o typical (redacción habitual en las negociaciones).</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <source>Formulations</source>
        <translation>Formulaciones</translation>
    </message>
    <message>
        <source>The id and category stay those of the shipped clause, so that your version replaces it.</source>
        <translation>El identificador y la categoría siguen siendo los de la cláusula suministrada, de modo que su versión la sustituya.</translation>
    </message>
    <message>
        <source>A shipped clause&apos;s id (in its category) makes your clause replace it; a new id adds a clause.</source>
        <translation>Con el identificador de una cláusula suministrada (en su categoría), su cláusula la sustituye; un identificador nuevo añade una cláusula.</translation>
    </message>
</context>
<context>
    <name>ClauseModel</name>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Suministrada</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <source>Replaces shipped</source>
        <translation>Sustituye a la suministrada</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Otra carpeta</translation>
    </message>
    <message>
        <source>Shipped with Drafter (read-only). Make your version to replace it.</source>
        <translation>Suministrada con Drafter (solo lectura). Cree su versión para sustituirla.</translation>
    </message>
    <message>
        <source>Your clause, added to this category.</source>
        <translation>Su cláusula, añadida a esta categoría.</translation>
    </message>
    <message>
        <source>Your version replaces the shipped clause in analyses.</source>
        <translation>Su versión sustituye a la cláusula suministrada en los análisis.</translation>
    </message>
    <message>
        <source>From {origin} (read-only here).</source>
        <translation>Procede de {origin} (aquí, solo lectura).</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Weakened</source>
        <translation>Debilitada</translation>
    </message>
    <message>
        <source>Strengthened</source>
        <translation>Reforzada</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Redactada de otro modo</translation>
    </message>
    <message>
        <source>The explicit amnesty prohibition APPEARED in {new}.</source>
        <translation>La prohibición expresa de la amnistía APARECE en {new}.</translation>
    </message>
    <message>
        <source>The explicit amnesty prohibition DISAPPEARED from {new}.</source>
        <translation>La prohibición expresa de la amnistía DESAPARECE de {new}.</translation>
    </message>
    <message>
        <source>Both versions have an explicit amnesty prohibition.</source>
        <translation>Ambas versiones contienen una prohibición expresa de la amnistía.</translation>
    </message>
    <message>
        <source>Neither version has an explicit amnesty prohibition.</source>
        <translation>Ninguna de las dos versiones contiene una prohibición expresa de la amnistía.</translation>
    </message>
    <message>
        <source>Compare {old} → {new}</source>
        <translation>Comparación {old} → {new}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Export &amp;memo…</source>
        <translation>&amp;Exportar memorando…</translation>
    </message>
    <message>
        <source>No clause on these measures moved between the two versions.</source>
        <translation>Ninguna cláusula sobre estas medidas ha cambiado entre las dos versiones.</translation>
    </message>
    <message>
        <source>No longer any conforming clause on {category}.</source>
        <translation>Ya no hay ninguna cláusula conforme sobre {category}.</translation>
    </message>
    <message>
        <source>Now a conforming clause on {category}.</source>
        <translation>Ahora hay una cláusula conforme sobre {category}.</translation>
    </message>
    <message>
        <source>{weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed, {reworded} only reworded ({unchanged} unchanged).</source>
        <translation>Debilitadas: {weakened}; reforzadas: {strengthened}; añadidas: {added}; suprimidas: {removed}; solo redactadas de otro modo: {reworded} (sin cambios: {unchanged}).</translation>
    </message>
    <message>
        <source>(was {location})</source>
        <translation>(antes: {location})</translation>
    </message>
    <message>
        <source>Deleted words are struck through in red; inserted words are underlined in blue.</source>
        <translation>Las palabras suprimidas aparecen tachadas en rojo; las insertadas, subrayadas en azul.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Use the suggested wording (exported as a tracked change)</source>
        <translation>Utilizar la redacción propuesta (se exporta con control de cambios)</translation>
    </message>
    <message>
        <source>Accept and ne&amp;xt</source>
        <translation>Aceptar y sig&amp;uiente</translation>
    </message>
    <message>
        <source>Use the suggested wording and go to the next open item (Ctrl+Enter)</source>
        <translation>Utilizar la redacción propuesta y pasar al siguiente elemento abierto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>Modificar &amp;y aceptar…</translation>
    </message>
    <message>
        <source>Change the suggested wording, then use it</source>
        <translation>Modificar la redacción propuesta y luego utilizarla</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s wording; optionally say why</source>
        <translation>Conservar la redacción del proyecto; puede indicar el motivo</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añad&amp;ir nota…</translation>
    </message>
    <message>
        <source>Add a note that goes into the Word comment</source>
        <translation>Añadir una nota que se incluye en el comentario de Word</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Take back the decision on this item</source>
        <translation>Revocar la decisión sobre este elemento</translation>
    </message>
    <message>
        <source>Select a finding to see it here.</source>
        <translation>Seleccione una observación para verla aquí.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Texto del proyecto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Your wording (redline, as exported)</source>
        <translation>Su redacción (con marcas de revisión, tal como se exporta)</translation>
    </message>
    <message>
        <source>Suggested wording (redline, as exported)</source>
        <translation>Redacción propuesta (con marcas de revisión, tal como se exporta)</translation>
    </message>
    <message>
        <source>One change with the other finding on these words.</source>
        <translation>Un solo cambio junto con la otra observación sobre estas palabras.</translation>
    </message>
    <message>
        <source>None: this is a heading or a title, not a clause. The export never changes it.</source>
        <translation>Ninguna: se trata de un encabezado o de un título, no de una cláusula. La exportación nunca lo modifica.</translation>
    </message>
    <message>
        <source>The same wording is already proposed at {place}: the export comments on this clause instead of writing it a second time.</source>
        <translation>La misma redacción ya se propone en {place}: la exportación añade un comentario a esta cláusula en lugar de escribirla por segunda vez.</translation>
    </message>
    <message>
        <source>None needed: the clause conforms to the model.</source>
        <translation>No es necesaria: la cláusula es conforme a la cláusula modelo.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Reason for dismissing:</source>
        <translation>Motivo del descarte:</translation>
    </message>
    <message>
        <source>Model clause {id}</source>
        <translation>Cláusula modelo {id}</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Likeness to the library&apos;s wording: {score} of 100.</source>
        <translation>Similitud con la redacción de la biblioteca: {score} sobre 100.</translation>
    </message>
    <message>
        <source>Language of the clause: {language}.</source>
        <translation>Idioma de la cláusula: {language}.</translation>
    </message>
    <message>
        <source>&amp;Accept insertion</source>
        <translation>Ace&amp;ptar inserción</translation>
    </message>
    <message>
        <source>&amp;Edit and insert…</source>
        <translation>Modi&amp;ficar e insertar…</translation>
    </message>
    <message>
        <source>will be inserted</source>
        <translation>se insertará</translation>
    </message>
    <message>
        <source>will be inserted in your wording</source>
        <translation>se insertará con su redacción</translation>
    </message>
    <message>
        <source>Supplied by the change at {place}</source>
        <translation>Cubierta por el cambio en {place}</translation>
    </message>
    <message>
        <source>the change at {place} puts a clause of this category in the draft; the export does not insert it a second time.</source>
        <translation>el cambio en {place} incorpora al proyecto una cláusula de esta categoría; la exportación no la inserta por segunda vez.</translation>
    </message>
    <message>
        <source>Supplied by your decision:</source>
        <translation>Cubierta por su decisión:</translation>
    </message>
    <message>
        <source>The draft has clauses on this topic, but they are weak or contrary; they do not fill the gap.</source>
        <translation>El proyecto contiene cláusulas sobre este tema, pero son débiles o contrarias; no colman la laguna.</translation>
    </message>
    <message>
        <source>Proposed place:</source>
        <translation>Ubicación propuesta:</translation>
    </message>
    <message>
        <source>Your wording (inserted as a tracked change):</source>
        <translation>Su redacción (insertada con control de cambios):</translation>
    </message>
    <message>
        <source>Suggested ({id}):</source>
        <translation>Propuesta ({id}):</translation>
    </message>
    <message>
        <source>Suggested insertion ({id}):</source>
        <translation>Inserción propuesta ({id}):</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Su nota:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Precedents:</source>
        <translation>Precedentes:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Modificar y aceptar</translation>
    </message>
    <message>
        <source>Edit and insert</source>
        <translation>Modificar e insertar</translation>
    </message>
    <message>
        <source>{title}: inserted {place}</source>
        <translation>{title}: se inserta {place}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reason (optional, goes into the export):</source>
        <translation>Motivo (opcional; se incluye en la exportación):</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Note for the Word comment:</source>
        <translation>Nota para el comentario de Word:</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Nota sobre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a Word draft (File &gt; Open, Ctrl+O, or drop a .docx here).</source>
        <translation>Abra un proyecto de Word (Archivo &gt; Abrir, Ctrl+O, o arrastre aquí un .docx).</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>The paragraph it goes &amp;after:</source>
        <translation>&amp;Párrafo tras el que se inserta:</translation>
    </message>
    <message>
        <source>The &amp;draft&apos;s text:</source>
        <translation>&amp;Texto del proyecto:</translation>
    </message>
    <message>
        <source>&amp;Wording to use:</source>
        <translation>&amp;Redacción que se utilizará:</translation>
    </message>
    <message>
        <source>&amp;Redline, as the export writes it:</source>
        <translation>&amp;Marcas de revisión, tal como las escribe la exportación:</translation>
    </message>
    <message>
        <source>&amp;Use this wording</source>
        <translation>&amp;Utilizar esta redacción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No wording yet.</source>
        <translation>Todavía no hay redacción.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Comments only: highlights and comments, the draft&apos;s words untouched</source>
        <translation>&amp;Solo comentarios: resaltados y comentarios, sin tocar el texto del proyecto</translation>
    </message>
    <message>
        <source>&amp;Tracked changes for the suggestions you accepted or edited</source>
        <translation>&amp;Control de cambios para las propuestas que ha aceptado o modificado</translation>
    </message>
    <message>
        <source>Tracked changes for e&amp;very suggestion on an operative clause and every missing clause</source>
        <translation>Control &amp;de cambios para todas las propuestas sobre cláusulas dispositivas y todas las cláusulas que faltan</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Exportar copia anotada</translation>
    </message>
    <message>
        <source>Your name, shown on comments and tracked changes</source>
        <translation>Su nombre, que figura en los comentarios y en el control de cambios</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nombre del autor:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <source>Comments and tracked changes carry your name: please give it once (Settings keep it).</source>
        <translation>Los comentarios y el control de cambios llevan su nombre: indíquelo una vez (la configuración lo conserva).</translation>
    </message>
    <message>
        <source>Also &amp;mark the clauses that conform (left unmarked by default)</source>
        <translation>&amp;Marcar también las cláusulas conformes (sin marcar de forma predeterminada)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where the clause is, in the draft&apos;s own words</source>
        <translation>Dónde está la cláusula, con los términos del propio proyecto</translation>
    </message>
    <message>
        <source>The measure of impunity the clause is about</source>
        <translation>La medida de impunidad a la que se refiere la cláusula</translation>
    </message>
    <message>
        <source>What the clause does, measured against the model: conforms, weak or contrary</source>
        <translation>Lo que hace la cláusula respecto de la cláusula modelo: conforme, débil o contraria</translation>
    </message>
    <message>
        <source>Your decision: open, accepted, edited or dismissed</source>
        <translation>Su decisión: abierta, aceptada, modificada o descartada</translation>
    </message>
    <message>
        <source>Likeness: how closely the clause&apos;s words resemble the library wording it was matched with (0-100). It is evidence, not severity: the stance says whether the clause conforms, is weak or is contrary.</source>
        <translation>Similitud: grado de parecido entre el texto de la cláusula y la redacción de la biblioteca con la que se ha cotejado (0-100). Es un indicio, no una medida de gravedad: la valoración indica si la cláusula es conforme, débil o contraria.</translation>
    </message>
    <message>
        <source>Likeness {score} of 100. {help}</source>
        <translation>Similitud: {score} sobre 100. {help}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Con&amp;trary</source>
        <translation>Con&amp;trarias</translation>
    </message>
    <message>
        <source>&amp;Weak</source>
        <translation>Dé&amp;biles</translation>
    </message>
    <message>
        <source>Confor&amp;ms</source>
        <translation>Co&amp;nformes</translation>
    </message>
    <message>
        <source>&amp;Group by category</source>
        <translation>A&amp;grupar por categoría</translation>
    </message>
    <message>
        <source>Off: the findings in the order of the draft</source>
        <translation>Desactivado: las observaciones en el orden del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n finding(s) shown; {open} still open.</source>
        <translation>
            <numerusform>Mostradas: {shown} de %n observación; abiertas: {open}.</numerusform>
            <numerusform>Mostradas: {shown} de %n observaciones; abiertas: {open}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>This link cannot be opened: {address}</source>
        <translation>Este enlace no se puede abrir: {address}</translation>
    </message>
    <message>
        <source>Not a page of the guide: {path}</source>
        <translation>No es una página de la guía: {path}</translation>
    </message>
    <message>
        <source>Opened in your browser: {address}</source>
        <translation>Abierto en su navegador: {address}</translation>
    </message>
    <message>
        <source>No program could open {address}</source>
        <translation>Ningún programa pudo abrir {address}</translation>
    </message>
    <message>
        <source>Drafter — User guide</source>
        <translation>Drafter — Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The page before (Alt+Left)</source>
        <translation>La página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>The page after (Alt+Right)</source>
        <translation>La página siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (Alt+Home)</source>
        <translation>La primera página de la guía (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Conforms</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Contrary</source>
        <translation>Contraria</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <source>Clause library</source>
        <translation>Biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>Import clauses</source>
        <translation>Importar cláusulas</translation>
    </message>
    <message>
        <source>Clause files (*.yaml *.yml)</source>
        <translation>Archivos de cláusulas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export your clauses</source>
        <translation>Exportar sus cláusulas</translation>
    </message>
    <message>
        <source>Clause files (*.yaml)</source>
        <translation>Archivos de cláusulas (*.yaml)</translation>
    </message>
    <message>
        <source>The rule:</source>
        <translation>La regla:</translation>
    </message>
    <message>
        <source>Your clauses are kept in {folder}; the shipped library is never changed.</source>
        <translation>Sus cláusulas se guardan en {folder}; la biblioteca suministrada nunca se modifica.</translation>
    </message>
    <message>
        <source>&amp;New clause</source>
        <translation>&amp;Nueva cláusula</translation>
    </message>
    <message>
        <source>Write a clause of your own in the selected category</source>
        <translation>Redactar una cláusula propia en la categoría seleccionada</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Start a clause of your own from a copy of the selected one, under a new id</source>
        <translation>Crear una cláusula propia a partir de una copia de la seleccionada, con un nuevo identificador</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odificar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the clauses of a file a colleague exported (or a user clause file)</source>
        <translation>Añadir las cláusulas de un archivo exportado por un colega (o de un archivo de cláusulas de usuario)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write all your clauses to one file to share with colleagues</source>
        <translation>Guardar todas sus cláusulas en un archivo para compartirlas con colegas</translation>
    </message>
    <message>
        <source>Search by id, title or any text (Ctrl+F)</source>
        <translation>Buscar por identificador, título o cualquier texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n cláusula</numerusform>
            <numerusform>%n cláusulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n clause(s) match “{query}”</source>
        <translation>
            <numerusform>Coincidencias con «{query}»: {shown} de %n cláusula</numerusform>
            <numerusform>Coincidencias con «{query}»: {shown} de %n cláusulas</numerusform>
        </translation>
    </message>
    <message>
        <source>Make my &amp;version…</source>
        <translation>Crear &amp;mi versión…</translation>
    </message>
    <message>
        <source>Copy this clause into your library under the same id; your version replaces it</source>
        <translation>Copiar esta cláusula en su biblioteca con el mismo identificador; su versión la sustituye</translation>
    </message>
    <message>
        <source>Edit your clause</source>
        <translation>Modificar su cláusula</translation>
    </message>
    <message>
        <source>Select a clause of yours</source>
        <translation>Seleccione una de sus cláusulas</translation>
    </message>
    <message>
        <source>Delete your version; the shipped clause is used again</source>
        <translation>Eliminar su versión; se vuelve a utilizar la cláusula suministrada</translation>
    </message>
    <message>
        <source>Delete your clause</source>
        <translation>Eliminar su cláusula</translation>
    </message>
    <message>
        <source>Only your own clauses can be deleted</source>
        <translation>Solo pueden eliminarse sus propias cláusulas</translation>
    </message>
    <message>
        <source>Select a clause to see it in every language.</source>
        <translation>Seleccione una cláusula para verla en todos los idiomas.</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nueva cláusula</translation>
    </message>
    <message>
        <source>New clause, copied from {id}</source>
        <translation>Nueva cláusula, copiada de {id}</translation>
    </message>
    <message>
        <source>Your version of {id} (it will replace the shipped clause)</source>
        <translation>Su versión de {id} (sustituirá a la cláusula suministrada)</translation>
    </message>
    <message>
        <source>Your version of {id}</source>
        <translation>Su versión de {id}</translation>
    </message>
    <message>
        <source>Your clause {id}</source>
        <translation>Su cláusula {id}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Lista para guardar.</translation>
    </message>
    <message>
        <source>To fix before saving:</source>
        <translation>Por corregir antes de guardar:</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Discard the changes to this clause?</source>
        <translation>¿Descartar los cambios de esta cláusula?</translation>
    </message>
    <message>
        <source>Delete your version of {id}? The shipped clause will be used again.</source>
        <translation>¿Eliminar su versión de {id}? Se volverá a utilizar la cláusula suministrada.</translation>
    </message>
    <message>
        <source>Delete your clause {id} ({title})? This cannot be undone.</source>
        <translation>¿Eliminar su cláusula {id} ({title})? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>Eliminar cláusula</translation>
    </message>
    <message>
        <source>Clauses imported</source>
        <translation>Cláusulas importadas</translation>
    </message>
    <message>
        <source>Clauses exported</source>
        <translation>Cláusulas exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) of yours were written to {path}.</source>
        <translation>
            <numerusform>Se ha guardado %n cláusula suya en {path}.</numerusform>
            <numerusform>Se han guardado %n cláusulas suyas en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPages</name>
    <message>
        <source>verbatim from the official text</source>
        <translation>literal, tomada del texto oficial</translation>
    </message>
    <message>
        <source>official language version</source>
        <translation>versión lingüística oficial</translation>
    </message>
    <message>
        <source>the project&apos;s own rendering</source>
        <translation>versión propia del proyecto Drafter</translation>
    </message>
    <message>
        <source>typical negotiating wording</source>
        <translation>redacción habitual en las negociaciones</translation>
    </message>
    <message>
        <source>cited, not checked against the text</source>
        <translation>citado, no cotejado con el texto</translation>
    </message>
    <message>
        <source>verification not stated</source>
        <translation>verificación no indicada</translation>
    </message>
    <message>
        <source>Clauses in this category: {n}. Select one to see it, or press New clause to add one.</source>
        <translation>Cláusulas de esta categoría: {n}. Seleccione una para verla o pulse Nueva cláusula para añadir otra.</translation>
    </message>
    <message>
        <source>Your clause.</source>
        <translation>Su cláusula.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version replaces the shipped clause&lt;/b&gt; in every analysis. Delete it to use the shipped clause again.</source>
        <translation>&lt;b&gt;Su versión sustituye a la cláusula suministrada&lt;/b&gt; en todos los análisis. Elimínela para volver a utilizar la cláusula suministrada.</translation>
    </message>
    <message>
        <source>No text in {language}; English is used.</source>
        <translation>No hay texto en {language}; se utiliza el inglés.</translation>
    </message>
    <message>
        <source>(none; English is used)</source>
        <translation>(ninguno; se utiliza el inglés)</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <source>Formulations</source>
        <translation>Formulaciones</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>The shipped clause it replaces (English)</source>
        <translation>La cláusula suministrada que sustituye (en inglés)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open draft…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <source>&amp;Export annotated .docx…</source>
        <translation>&amp;Exportar copia anotada .docx…</translation>
    </message>
    <message>
        <source>Analyse a&amp;gain</source>
        <translation>Anal&amp;izar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>O&amp;bservación siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Observación anterior</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept and ne&amp;xt</source>
        <translation>Aceptar &amp;y siguiente</translation>
    </message>
    <message>
        <source>&amp;Edit wording…</source>
        <translation>&amp;Modificar redacción…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>De&amp;scartar…</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;eabrir</translation>
    </message>
    <message>
        <source>Accept &amp;selected findings</source>
        <translation>Ace&amp;ptar las observaciones seleccionadas</translation>
    </message>
    <message>
        <source>Dis&amp;miss selected findings…</source>
        <translation>Descartar &amp;las observaciones seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Group findings by category</source>
        <translation>Agrupar &amp;las observaciones por categoría</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Drafter</source>
        <translation>&amp;Acerca de Drafter</translation>
    </message>
    <message>
        <source>Edit clause &amp;library…</source>
        <translation>&amp;Modificar la biblioteca de cláusulas…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Abrir reciente</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>R&amp;evisión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;lioteca</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>De&amp;shacer {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>R&amp;ehacer {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm *.dotx *.dotm)</source>
        <translation>Documentos de Word (*.docx *.docm *.dotx *.dotm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Exportar copia anotada</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm)</source>
        <translation>Documentos de Word (*.docx *.docm)</translation>
    </message>
    <message>
        <source>Your review decisions have not been exported to an annotated copy yet.</source>
        <translation>Sus decisiones de revisión todavía no se han exportado a una copia anotada.</translation>
    </message>
    <message>
        <source>They are kept and restored when you open this draft again. Export them now?</source>
        <translation>Se conservan y se restablecerán cuando vuelva a abrir este proyecto. ¿Exportarlas ahora?</translation>
    </message>
    <message>
        <source>Your review decisions could not be saved in &apos;{folder}&apos; ({reason}): they are lost when you close unless you export them or save the review elsewhere.</source>
        <translation>No se han podido guardar sus decisiones de revisión en &apos;{folder}&apos; ({reason}): se perderán al cerrar, salvo que las exporte o guarde la revisión en otro lugar.</translation>
    </message>
    <message>
        <source>Export them now, or save the review elsewhere?</source>
        <translation>¿Exportarlas ahora o guardar la revisión en otro lugar?</translation>
    </message>
    <message>
        <source>&amp;Save review elsewhere…</source>
        <translation>&amp;Guardar la revisión en otro lugar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Continue &amp;without exporting</source>
        <translation>Continuar &amp;sin exportar</translation>
    </message>
    <message>
        <source>Continue and &amp;lose them</source>
        <translation>Continuar &amp;y perderlas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Keep in this window</source>
        <translation>&amp;Conservarlas en esta ventana</translation>
    </message>
    <message>
        <source>Save review elsewhere</source>
        <translation>Guardar la revisión en otro lugar</translation>
    </message>
    <message>
        <source>Review (*.json)</source>
        <translation>Revisión (*.json)</translation>
    </message>
    <message>
        <source>The annotated copy was written to:
{path}</source>
        <translation>La copia anotada se ha guardado en:
{path}</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>Abrir &amp;documento</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Analizando {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>El análisis ha fallado.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Se canceló el análisis.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The memo export failed.</source>
        <translation>La exportación del memorando ha fallado.</translation>
    </message>
    <message>
        <source>The memo export was cancelled.</source>
        <translation>Se canceló la exportación del memorando.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>La comparación ha fallado.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Se canceló la comparación.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>La tarea ha fallado.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>Se canceló la tarea.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s);</source>
        <translation>
            <numerusform>%n observación;</numerusform>
            <numerusform>%n observaciones;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) missing.</source>
        <translation>
            <numerusform>falta %n categoría.</numerusform>
            <numerusform>faltan %n categorías.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n earlier review decision(s).</source>
        <translation>
            <numerusform>Se ha restablecido %n decisión de revisión anterior.</numerusform>
            <numerusform>Se han restablecido %n decisiones de revisión anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved review set aside</source>
        <translation>Revisión guardada apartada</translation>
    </message>
    <message>
        <source>Earlier decisions not found</source>
        <translation>Decisiones anteriores no encontradas</translation>
    </message>
    <message>
        <source>These saved decisions no longer match any finding (the draft changed); they are kept:</source>
        <translation>Estas decisiones guardadas ya no corresponden a ninguna observación (el proyecto ha cambiado); se conservan:</translation>
    </message>
    <message>
        <source>Find&amp;ings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>What the draft lac&amp;ks</source>
        <translation>Lo &amp;que falta en el proyecto</translation>
    </message>
    <message>
        <source>No open finding left.</source>
        <translation>No queda ninguna observación abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n of the {total} findings selected.</source>
        <translation>
            <numerusform>Se ha aceptado %n de las {total} observaciones seleccionadas.</numerusform>
            <numerusform>Se han aceptado %n de las {total} observaciones seleccionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a suggestion to use (or a heading) left as they were.</source>
        <translation>
            <numerusform>%n sin propuesta utilizable (o encabezado) se ha dejado como estaba.</numerusform>
            <numerusform>%n sin propuesta utilizable (o encabezados) se han dejado como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reason for the %n finding(s) (optional, goes into the export):</source>
        <translation>
            <numerusform>Motivo para %n observación (opcional; se incluye en la exportación):</numerusform>
            <numerusform>Motivo para las %n observaciones (opcional; se incluye en la exportación):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n of the findings selected.</source>
        <translation>
            <numerusform>Se ha descartado %n de las observaciones seleccionadas.</numerusform>
            <numerusform>Se han descartado %n de las observaciones seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss findings</source>
        <translation>Descartar observaciones</translation>
    </message>
    <message>
        <source>The review is saved again.</source>
        <translation>La revisión vuelve a estar guardada.</translation>
    </message>
    <message>
        <source>Review not saved ({reason}); kept in this window, retrying.</source>
        <translation>Revisión no guardada ({reason}); se conserva en esta ventana y se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation>Revisión guardada</translation>
    </message>
    <message>
        <source>Your review decisions were saved to {saved}. To have them restored when you open this draft, copy that file over {path} once its folder can be written.</source>
        <translation>Sus decisiones de revisión se han guardado en {saved}. Para que se restablezcan al abrir este proyecto, copie ese archivo sobre {path} cuando se pueda escribir en su carpeta.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportando {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Exportado: {path}.</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargada</translation>
    </message>
    <message>
        <source>About Drafter</source>
        <translation>Acerca de Drafter</translation>
    </message>
    <message>
        <source>Drafter {version} — checks treaty drafts for amnesties and other measures of impunity.
Clause library {library}. Works offline; drafts never leave this computer.</source>
        <translation>Drafter {version}: examina los proyectos de tratado en busca de amnistías y otras medidas de impunidad.
Biblioteca de cláusulas {library}. Funciona sin conexión; los proyectos nunca salen de este equipo.</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>Export &amp;memo…</source>
        <translation>Exportar &amp;memorando…</translation>
    </message>
    <message>
        <source>&amp;Print memo…</source>
        <translation>&amp;Imprimir memorando…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>The memo was written to:
{path}</source>
        <translation>El memorando se ha guardado en:
{path}</translation>
    </message>
    <message>
        <source>Open &amp;memo</source>
        <translation>Abrir &amp;memorando</translation>
    </message>
    <message>
        <source>Writing the memo {name}…</source>
        <translation>Redactando el memorando {name}…</translation>
    </message>
    <message>
        <source>Wrote the memo {path}.</source>
        <translation>Memorando guardado: {path}.</translation>
    </message>
    <message>
        <source>The memo was sent to the printer.</source>
        <translation>El memorando se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Comparar con una versión anterior</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm *.dotx *.dotm)</source>
        <translation>Documentos de Word (*.docx *.docm *.dotx *.dotm)</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Comparando con {name}…</translation>
    </message>
    <message>
        <source>Compared with {name}: {weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed.</source>
        <translation>Comparado con {name}: debilitadas: {weakened}; reforzadas: {strengthened}; añadidas: {added}; suprimidas: {removed}.</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV para hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export memo</source>
        <translation>Exportar memorando</translation>
    </message>
    <message>
        <source>Print memo</source>
        <translation>Imprimir memorando</translation>
    </message>
</context>
<context>
    <name>MemoPrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>{title} — will be inserted</source>
        <translation>{title} — se insertará</translation>
    </message>
    <message>
        <source>{title} — will be inserted (your wording)</source>
        <translation>{title} — se insertará (con su redacción)</translation>
    </message>
    <message>
        <source>{title} — dismissed</source>
        <translation>{title} — descartada</translation>
    </message>
    <message>
        <source>{title} — supplied by the change at {place}</source>
        <translation>{title} — cubierta por el cambio en {place}</translation>
    </message>
    <message>
        <source>Proposed place: {place}</source>
        <translation>Ubicación propuesta: {place}</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>A category is missing when no clause of the draft conforms to the model. Select one to see the wording proposed and where it would go.</source>
        <translation>Falta una categoría cuando ninguna cláusula del proyecto es conforme a la cláusula modelo. Seleccione una para ver la redacción propuesta y dónde se insertaría.</translation>
    </message>
    <message>
        <source>Nothing is missing: every category has a conforming clause.</source>
        <translation>No falta nada: todas las categorías tienen una cláusula conforme.</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>&lt;h2&gt;Reviewing a draft with Drafter&lt;/h2&gt;
&lt;p&gt;Open a Word draft (&lt;b&gt;File &amp;gt; Open draft&lt;/b&gt;, Ctrl+O, or drop it on the window). Drafter finds
every clause on amnesties and similar measures of impunity, judges it against the clause library
and lists what the draft lacks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Revisar un proyecto con Drafter&lt;/h2&gt;
&lt;p&gt;Abra un proyecto de Word (&lt;b&gt;Archivo &amp;gt; Abrir proyecto&lt;/b&gt;, Ctrl+O, o arrástrelo a la ventana). Drafter localiza
todas las cláusulas sobre amnistías y medidas de impunidad similares, las valora con arreglo a la biblioteca de cláusulas
e indica lo que falta en el proyecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A finding&lt;/h3&gt;
&lt;p&gt;Each finding has a &lt;b&gt;stance&lt;/b&gt;: it &lt;b&gt;conforms&lt;/b&gt; to the model clause, is &lt;b&gt;weak&lt;/b&gt; (hedged,
narrowed, limited) or is &lt;b&gt;contrary&lt;/b&gt; (it grants, gives effect to or keeps the measure). The
colours of the draft say the same, with a dashed underline for weak and a wavy one for contrary.&lt;/p&gt;
&lt;p&gt;The &lt;b&gt;likeness&lt;/b&gt; score (0-100): {score}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Una observación&lt;/h3&gt;
&lt;p&gt;Cada observación tiene una &lt;b&gt;valoración&lt;/b&gt;: la cláusula es &lt;b&gt;conforme&lt;/b&gt; a la cláusula modelo, &lt;b&gt;débil&lt;/b&gt; (matizada,
restringida, limitada) o &lt;b&gt;contraria&lt;/b&gt; (concede la medida, le da efecto o la mantiene). Los
colores del proyecto indican lo mismo, con un subrayado discontinuo para las débiles y ondulado para las contrarias.&lt;/p&gt;
&lt;p&gt;La &lt;b&gt;similitud&lt;/b&gt; (0-100): {score}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deciding&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Accept&lt;/b&gt; uses the suggested wording; it is exported as a tracked change and shown in the
draft as a redline (deleted words struck through, new words underlined).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Accept and next&lt;/b&gt; (Ctrl+Enter) accepts and moves to the next open finding.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Edit and accept&lt;/b&gt; opens the wording with the draft&apos;s text and a live redline.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Dismiss&lt;/b&gt; keeps the draft&apos;s wording; a reason goes into the export.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Add note&lt;/b&gt; writes a note into the Word comment.&lt;/li&gt;
&lt;li&gt;Select several findings (Shift or Ctrl and click) to accept or dismiss them at once
(&lt;b&gt;Review&lt;/b&gt; menu, or right-click).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Undo&lt;/b&gt; (Ctrl+Z) and &lt;b&gt;Redo&lt;/b&gt; (Ctrl+Y) take decisions back and forth.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Decisions are saved as you make them and restored when you open the draft again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Decidir&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Aceptar&lt;/b&gt; utiliza la redacción propuesta; se exporta con control de cambios y se muestra en el
proyecto con marcas de revisión (palabras suprimidas tachadas, palabras nuevas subrayadas).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Aceptar y siguiente&lt;/b&gt; (Ctrl+Intro) acepta y pasa a la siguiente observación abierta.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modificar y aceptar&lt;/b&gt; abre la redacción junto al texto del proyecto, con las marcas de revisión al día.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Descartar&lt;/b&gt; conserva la redacción del proyecto; el motivo se incluye en la exportación.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Añadir nota&lt;/b&gt; escribe una nota en el comentario de Word.&lt;/li&gt;
&lt;li&gt;Seleccione varias observaciones (Mayús o Ctrl y clic) para aceptarlas o descartarlas a la vez
(menú &lt;b&gt;Revisión&lt;/b&gt;, o clic derecho).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Deshacer&lt;/b&gt; (Ctrl+Z) y &lt;b&gt;Rehacer&lt;/b&gt; (Ctrl+Y) revocan y restablecen las decisiones.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Las decisiones se guardan a medida que se toman y se restablecen al volver a abrir el proyecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the draft lacks&lt;/h3&gt;
&lt;p&gt;A category is missing when no clause of the draft conforms to the model, above all the explicit
amnesty prohibition. Select one to see the wording proposed and, in the draft, the paragraph it
would follow; accept it to insert it, or edit the wording first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lo que falta en el proyecto&lt;/h3&gt;
&lt;p&gt;Falta una categoría cuando ninguna cláusula del proyecto es conforme a la cláusula modelo; ante todo, la prohibición expresa
de la amnistía. Seleccione una para ver la redacción propuesta y, en el proyecto, el párrafo tras el que
se insertaría; acéptela para insertarla o modifique antes la redacción.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;F8, Shift+F8&lt;/td&gt;&lt;td&gt;next, previous finding&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Enter&lt;/td&gt;&lt;td&gt;accept and go to the next open finding&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Z, Ctrl+Y&lt;/td&gt;&lt;td&gt;undo, redo a decision&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+plus, Ctrl+minus, Ctrl+0&lt;/td&gt;&lt;td&gt;zoom the draft in, out, back to its size&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+E, Ctrl+M&lt;/td&gt;&lt;td&gt;export the annotated copy, the findings memo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;analyse again&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Teclas&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;F8, Mayús+F8&lt;/td&gt;&lt;td&gt;observación siguiente, anterior&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Intro&lt;/td&gt;&lt;td&gt;aceptar y pasar a la siguiente observación abierta&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Z, Ctrl+Y&lt;/td&gt;&lt;td&gt;deshacer, rehacer una decisión&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+más, Ctrl+menos, Ctrl+0&lt;/td&gt;&lt;td&gt;ampliar, reducir el proyecto, volver a su tamaño&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+E, Ctrl+M&lt;/td&gt;&lt;td&gt;exportar la copia anotada, el memorando de observaciones&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;analizar de nuevo&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>Footnotes</source>
        <translation>Notas a pie de página</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>No explicit amnesty prohibition</source>
        <translation>Falta una prohibición expresa de la amnistía</translation>
    </message>
    <message>
        <source>No conforming clause on {category}</source>
        <translation>Falta una cláusula conforme sobre {category}</translation>
    </message>
    <message>
        <source>another inserted clause</source>
        <translation>otra cláusula insertada</translation>
    </message>
    <message>
        <source>{verb} {place}</source>
        <translation>{verb} {place}</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n finding(s)</source>
        <translation>
            <numerusform>{verb} %n observación</numerusform>
            <numerusform>{verb} %n observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Nota sobre</translation>
    </message>
    <message>
        <source>{verb} “{title}”</source>
        <translation>{verb} «{title}»</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A paragraph on one of the topics (amnesties, pardons, limitation ...) that neither bans nor grants anything is reported for you to review only if its words are at least this much like a wording of the library. Lower: more such paragraphs are listed; higher: fewer. Usual: {usual} %.</source>
        <translation>Un párrafo sobre uno de los temas (amnistías, indultos, prescripción...) que ni prohíbe ni concede nada solo se señala para su revisión si su texto se parece al menos en esta medida a una redacción de la biblioteca. Más bajo: se señalan más párrafos de este tipo; más alto: menos. Valor habitual: {usual} %.</translation>
    </message>
    <message>
        <source>A clause with safeguard words (&quot;shall not&quot;, &quot;no amnesty&quot;) is still reported as weak, not as conforming, when its words are at least this much like a known pro-impunity wording (and more like it than like any strong one). Treaty language makes unrelated clauses about 75 % alike, hence a high value. Usual: {usual} %.</source>
        <translation>Una cláusula con términos de salvaguardia («no podrá», «no habrá amnistía») se señala igualmente como débil, y no como conforme, cuando su texto se parece al menos en esta medida a una redacción conocida favorable a la impunidad (y más a ella que a cualquier redacción sólida). El lenguaje de los tratados hace que cláusulas sin relación se parezcan en torno a un 75 %, de ahí un valor elevado. Valor habitual: {usual} %.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your name, shown on comments and tracked changes</source>
        <translation>Su nombre, que figura en los comentarios y en el control de cambios</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove folder</source>
        <translation>&amp;Quitar carpeta</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; the draft and its suggestions keep their own</source>
        <translation>El idioma de los menús, cuadros de diálogo y mensajes; el proyecto y sus propuestas conservan el suyo</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nombre del autor:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>Idioma &amp;de la interfaz:</translation>
    </message>
    <message>
        <source>What Drafter reports</source>
        <translation>Lo que señala Drafter</translation>
    </message>
    <message>
        <source>Drafter compares each clause with the library&apos;s wordings; the likeness (0-100 %) is evidence, not severity. Change these only if too many or too few paragraphs are listed.</source>
        <translation>Drafter compara cada cláusula con las redacciones de la biblioteca; la similitud (0-100 %) es un indicio, no una medida de gravedad. Modifique estos valores solo si se señalan demasiados o muy pocos párrafos.</translation>
    </message>
    <message>
        <source>Report a paragraph that neither bans nor grants when it is &amp;this alike:</source>
        <translation>&amp;Señalar un párrafo que ni prohíbe ni concede cuando su similitud alcanza:</translation>
    </message>
    <message>
        <source>Call a clause with safeguard words weak when it is this much &amp;like a pro-impunity wording:</source>
        <translation>&amp;Considerar débil una cláusula con términos de salvaguardia cuando su similitud con una redacción favorable a la impunidad alcanza:</translation>
    </message>
    <message>
        <source>Clause library folders</source>
        <translation>Carpetas de la biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>Your own clauses are kept in {folder}. Clauses in these folders are added too (for example a delegation&apos;s shared library).</source>
        <translation>Sus propias cláusulas se guardan en {folder}. También se añaden las cláusulas de estas carpetas (por ejemplo, la biblioteca compartida de una delegación).</translation>
    </message>
    <message>
        <source>Clause library folder</source>
        <translation>Carpeta de la biblioteca de cláusulas</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>conforms</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>contraria</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong that Drafter did not expect ({error}). Please report it.</source>
        <translation>Se ha producido un error que Drafter no esperaba ({error}). Le rogamos que lo notifique.</translation>
    </message>
</context>
</TS>
