<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClauseForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Model clause</source>
        <translation>Clause modèle</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>Libellé proposé</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>e.g. AMN-MX-1 (capitals, digits, hyphens)</source>
        <translation>p. ex. AMN-MX-1 (majuscules, chiffres, traits d’union)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>I&amp;dentifiant</translation>
    </message>
    <message>
        <source>{language} (required)</source>
        <translation>{language} (obligatoire)</translation>
    </message>
    <message>
        <source>{language} (expected)</source>
        <translation>{language} (attendu)</translation>
    </message>
    <message>
        <source>May use {state}, {states} and {crimes}: Drafter puts in the draft&apos;s own terms.</source>
        <translation>Peut contenir {state}, {states} et {crimes} : Drafter les remplace par les termes du projet lui-même.</translation>
    </message>
    <message>
        <source>Wordings of real instruments (equivalent) and of weak or contrary drafts, which Drafter compares drafts with. A weak or contrary wording needs a note saying what is wrong with it. Verification: verbatim (from the official text, whose address goes in Address), official_version (from an official language version, with its address), own_rendering (your own rendering of the provision) or typical (typical negotiating wording).</source>
        <translation>Libellés d’instruments existants (equivalent) et de projets faibles ou contraires, auxquels Drafter compare les projets. Un libellé faible ou contraire exige une note indiquant ce qui lui fait défaut. Vérification : verbatim (tiré du texte officiel, dont l’adresse figure dans Adresse), official_version (tiré d’une version linguistique officielle, avec son adresse), own_rendering (votre propre rendu de la disposition) ou typical (libellé habituel des négociations).</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <source>Formulations</source>
        <translation>Formulations</translation>
    </message>
    <message>
        <source>The id and category stay those of the shipped clause, so that your version replaces it.</source>
        <translation>L’identifiant et la catégorie restent ceux de la clause fournie, afin que votre version la remplace.</translation>
    </message>
    <message>
        <source>A shipped clause&apos;s id (in its category) makes your clause replace it; a new id adds a clause.</source>
        <translation>L’identifiant d’une clause fournie (dans sa catégorie) fait remplacer celle-ci par votre clause ; un nouvel identifiant ajoute une clause.</translation>
    </message>
</context>
<context>
    <name>ClauseModel</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vôtre</translation>
    </message>
    <message>
        <source>Replaces shipped</source>
        <translation>Remplace la clause fournie</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Shipped with Drafter (read-only). Make your version to replace it.</source>
        <translation>Fournie avec Drafter (lecture seule). Créez votre version pour la remplacer.</translation>
    </message>
    <message>
        <source>Your clause, added to this category.</source>
        <translation>Votre clause, ajoutée à cette catégorie.</translation>
    </message>
    <message>
        <source>Your version replaces the shipped clause in analyses.</source>
        <translation>Votre version remplace la clause fournie dans les analyses.</translation>
    </message>
    <message>
        <source>From {origin} (read-only here).</source>
        <translation>Provient de {origin} (lecture seule ici).</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Weakened</source>
        <translation>Affaiblie</translation>
    </message>
    <message>
        <source>Strengthened</source>
        <translation>Renforcée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulée</translation>
    </message>
    <message>
        <source>The explicit amnesty prohibition APPEARED in {new}.</source>
        <translation>L’interdiction expresse de l’amnistie APPARAÎT dans {new}.</translation>
    </message>
    <message>
        <source>The explicit amnesty prohibition DISAPPEARED from {new}.</source>
        <translation>L’interdiction expresse de l’amnistie DISPARAÎT de {new}.</translation>
    </message>
    <message>
        <source>Both versions have an explicit amnesty prohibition.</source>
        <translation>Les deux versions contiennent une interdiction expresse de l’amnistie.</translation>
    </message>
    <message>
        <source>Neither version has an explicit amnesty prohibition.</source>
        <translation>Aucune des deux versions ne contient d’interdiction expresse de l’amnistie.</translation>
    </message>
    <message>
        <source>Compare {old} → {new}</source>
        <translation>Comparaison {old} → {new}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Export &amp;memo…</source>
        <translation>&amp;Exporter la note…</translation>
    </message>
    <message>
        <source>No clause on these measures moved between the two versions.</source>
        <translation>Aucune clause relative à ces mesures n’a changé entre les deux versions.</translation>
    </message>
    <message>
        <source>No longer any conforming clause on {category}.</source>
        <translation>Plus aucune clause conforme sur : {category}.</translation>
    </message>
    <message>
        <source>Now a conforming clause on {category}.</source>
        <translation>Désormais une clause conforme sur : {category}.</translation>
    </message>
    <message>
        <source>{weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed, {reworded} only reworded ({unchanged} unchanged).</source>
        <translation>Affaiblies : {weakened} ; renforcées : {strengthened} ; ajoutées : {added} ; supprimées : {removed} ; seulement reformulées : {reworded} (inchangées : {unchanged}).</translation>
    </message>
    <message>
        <source>(was {location})</source>
        <translation>(auparavant : {location})</translation>
    </message>
    <message>
        <source>Deleted words are struck through in red; inserted words are underlined in blue.</source>
        <translation>Les mots supprimés sont barrés en rouge ; les mots insérés sont soulignés en bleu.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Acc&amp;epter</translation>
    </message>
    <message>
        <source>Use the suggested wording (exported as a tracked change)</source>
        <translation>Utiliser le libellé proposé (exporté en suivi des modifications)</translation>
    </message>
    <message>
        <source>Accept and ne&amp;xt</source>
        <translation>Acce&amp;pter et continuer</translation>
    </message>
    <message>
        <source>Use the suggested wording and go to the next open item (Ctrl+Enter)</source>
        <translation>Utiliser le libellé proposé et passer à l’élément ouvert suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>Mo&amp;difier et accepter…</translation>
    </message>
    <message>
        <source>Change the suggested wording, then use it</source>
        <translation>Modifier le libellé proposé, puis l’utiliser</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s wording; optionally say why</source>
        <translation>Conserver le libellé du projet ; le motif peut être indiqué</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>A&amp;jouter une note…</translation>
    </message>
    <message>
        <source>Add a note that goes into the Word comment</source>
        <translation>Ajouter une note reprise dans le commentaire Word</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Take back the decision on this item</source>
        <translation>Revenir sur la décision relative à cet élément</translation>
    </message>
    <message>
        <source>Select a finding to see it here.</source>
        <translation>Sélectionnez une constatation pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif : {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>Libellé proposé</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Texte du projet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Your wording (redline, as exported)</source>
        <translation>Votre libellé (avec marques de révision, tel qu’exporté)</translation>
    </message>
    <message>
        <source>Suggested wording (redline, as exported)</source>
        <translation>Libellé proposé (avec marques de révision, tel qu’exporté)</translation>
    </message>
    <message>
        <source>One change with the other finding on these words.</source>
        <translation>Une seule modification avec l’autre constatation portant sur ces mots.</translation>
    </message>
    <message>
        <source>None: this is a heading or a title, not a clause. The export never changes it.</source>
        <translation>Aucun : il s’agit d’un intitulé ou d’un titre, non d’une clause. L’exportation ne le modifie jamais.</translation>
    </message>
    <message>
        <source>The same wording is already proposed at {place}: the export comments on this clause instead of writing it a second time.</source>
        <translation>Le même libellé est déjà proposé à l’endroit suivant : {place} ; l’exportation commente cette clause au lieu de l’écrire une seconde fois.</translation>
    </message>
    <message>
        <source>None needed: the clause conforms to the model.</source>
        <translation>Aucun n’est nécessaire : la clause est conforme à la clause modèle.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Reason for dismissing:</source>
        <translation>Motif de l’écartement :</translation>
    </message>
    <message>
        <source>Model clause {id}</source>
        <translation>Clause modèle {id}</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Likeness to the library&apos;s wording: {score} of 100.</source>
        <translation>Similarité avec le libellé de la bibliothèque : {score} sur 100.</translation>
    </message>
    <message>
        <source>Language of the clause: {language}.</source>
        <translation>Langue de la clause : {language}.</translation>
    </message>
    <message>
        <source>&amp;Accept insertion</source>
        <translation>Accepter &amp;l’insertion</translation>
    </message>
    <message>
        <source>&amp;Edit and insert…</source>
        <translation>Modifier et in&amp;sérer…</translation>
    </message>
    <message>
        <source>will be inserted</source>
        <translation>sera insérée</translation>
    </message>
    <message>
        <source>will be inserted in your wording</source>
        <translation>sera insérée dans votre libellé</translation>
    </message>
    <message>
        <source>Supplied by the change at {place}</source>
        <translation>Couverte par la modification à l’endroit suivant : {place}</translation>
    </message>
    <message>
        <source>the change at {place} puts a clause of this category in the draft; the export does not insert it a second time.</source>
        <translation>la modification à l’endroit suivant : {place} introduit dans le projet une clause de cette catégorie ; l’exportation ne l’insère pas une seconde fois.</translation>
    </message>
    <message>
        <source>Supplied by your decision:</source>
        <translation>Couverte par votre décision :</translation>
    </message>
    <message>
        <source>The draft has clauses on this topic, but they are weak or contrary; they do not fill the gap.</source>
        <translation>Le projet contient des clauses sur ce sujet, mais elles sont faibles ou contraires ; elles ne comblent pas la lacune.</translation>
    </message>
    <message>
        <source>Proposed place:</source>
        <translation>Emplacement proposé :</translation>
    </message>
    <message>
        <source>Your wording (inserted as a tracked change):</source>
        <translation>Votre libellé (inséré en suivi des modifications) :</translation>
    </message>
    <message>
        <source>Suggested ({id}):</source>
        <translation>Proposition ({id}) :</translation>
    </message>
    <message>
        <source>Suggested insertion ({id}):</source>
        <translation>Insertion proposée ({id}) :</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Votre note :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Precedents:</source>
        <translation>Précédents :</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Modifier et accepter</translation>
    </message>
    <message>
        <source>Edit and insert</source>
        <translation>Modifier et insérer</translation>
    </message>
    <message>
        <source>{title}: inserted {place}</source>
        <translation>{title} : insérée {place}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Reason (optional, goes into the export):</source>
        <translation>Motif (facultatif ; repris dans l’exportation) :</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note for the Word comment:</source>
        <translation>Note pour le commentaire Word :</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Note sur</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a Word draft (File &gt; Open, Ctrl+O, or drop a .docx here).</source>
        <translation>Ouvrez un projet Word (Fichier &gt; Ouvrir, Ctrl+O, ou déposez ici un .docx).</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>The paragraph it goes &amp;after:</source>
        <translation>&amp;Paragraphe après lequel elle s’insère :</translation>
    </message>
    <message>
        <source>The &amp;draft&apos;s text:</source>
        <translation>&amp;Texte du projet :</translation>
    </message>
    <message>
        <source>&amp;Wording to use:</source>
        <translation>&amp;Libellé à utiliser :</translation>
    </message>
    <message>
        <source>&amp;Redline, as the export writes it:</source>
        <translation>&amp;Marques de révision, telles que l’exportation les écrit :</translation>
    </message>
    <message>
        <source>&amp;Use this wording</source>
        <translation>&amp;Utiliser ce libellé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No wording yet.</source>
        <translation>Aucun libellé pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Comments only: highlights and comments, the draft&apos;s words untouched</source>
        <translation>&amp;Commentaires seulement : surlignages et commentaires, le texte du projet intact</translation>
    </message>
    <message>
        <source>&amp;Tracked changes for the suggestions you accepted or edited</source>
        <translation>&amp;Suivi des modifications pour les propositions acceptées ou modifiées</translation>
    </message>
    <message>
        <source>Tracked changes for e&amp;very suggestion on an operative clause and every missing clause</source>
        <translation>Suivi &amp;des modifications pour toutes les propositions sur une clause du dispositif et toutes les clauses manquantes</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Exporter la copie annotée</translation>
    </message>
    <message>
        <source>Your name, shown on comments and tracked changes</source>
        <translation>Votre nom, affiché sur les commentaires et le suivi des modifications</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nom de l’auteur :</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <source>Comments and tracked changes carry your name: please give it once (Settings keep it).</source>
        <translation>Les commentaires et le suivi des modifications portent votre nom : indiquez-le une fois (les paramètres le conservent).</translation>
    </message>
    <message>
        <source>Also &amp;mark the clauses that conform (left unmarked by default)</source>
        <translation>&amp;Marquer aussi les clauses conformes (non marquées par défaut)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where the clause is, in the draft&apos;s own words</source>
        <translation>Emplacement de la clause, dans les termes du projet lui-même</translation>
    </message>
    <message>
        <source>The measure of impunity the clause is about</source>
        <translation>La mesure d’impunité visée par la clause</translation>
    </message>
    <message>
        <source>What the clause does, measured against the model: conforms, weak or contrary</source>
        <translation>Ce que fait la clause au regard de la clause modèle : conforme, faible ou contraire</translation>
    </message>
    <message>
        <source>Your decision: open, accepted, edited or dismissed</source>
        <translation>Votre décision : ouverte, acceptée, modifiée ou écartée</translation>
    </message>
    <message>
        <source>Likeness: how closely the clause&apos;s words resemble the library wording it was matched with (0-100). It is evidence, not severity: the stance says whether the clause conforms, is weak or is contrary.</source>
        <translation>Similarité : degré de ressemblance entre le texte de la clause et le libellé de la bibliothèque auquel il a été rapproché (0-100). C’est un indice, non une mesure de gravité : l’appréciation indique si la clause est conforme, faible ou contraire.</translation>
    </message>
    <message>
        <source>Likeness {score} of 100. {help}</source>
        <translation>Similarité : {score} sur 100. {help}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranchées</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Con&amp;trary</source>
        <translation>Co&amp;ntraires</translation>
    </message>
    <message>
        <source>&amp;Weak</source>
        <translation>Fai&amp;bles</translation>
    </message>
    <message>
        <source>Confor&amp;ms</source>
        <translation>Confor&amp;mes</translation>
    </message>
    <message>
        <source>&amp;Group by category</source>
        <translation>Re&amp;grouper par catégorie</translation>
    </message>
    <message>
        <source>Off: the findings in the order of the draft</source>
        <translation>Désactivé : les constatations dans l’ordre du projet</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n finding(s) shown; {open} still open.</source>
        <translation>
            <numerusform>Affichées : {shown} sur %n constatation ; encore ouvertes : {open}.</numerusform>
            <numerusform>Affichées : {shown} sur %n constatations ; encore ouvertes : {open}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>This link cannot be opened: {address}</source>
        <translation>Ce lien ne peut pas être ouvert : {address}</translation>
    </message>
    <message>
        <source>Not a page of the guide: {path}</source>
        <translation>Ce n’est pas une page du guide : {path}</translation>
    </message>
    <message>
        <source>Opened in your browser: {address}</source>
        <translation>Ouvert dans votre navigateur : {address}</translation>
    </message>
    <message>
        <source>No program could open {address}</source>
        <translation>Aucun programme n’a pu ouvrir {address}</translation>
    </message>
    <message>
        <source>Drafter — User guide</source>
        <translation>Drafter — Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>The page before (Alt+Left)</source>
        <translation>La page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The page after (Alt+Right)</source>
        <translation>La page suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (Alt+Home)</source>
        <translation>La première page du guide (Alt+Début)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Faible</translation>
    </message>
    <message>
        <source>Contrary</source>
        <translation>Contraire</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <source>Clause library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <source>Import clauses</source>
        <translation>Importer des clauses</translation>
    </message>
    <message>
        <source>Clause files (*.yaml *.yml)</source>
        <translation>Fichiers de clauses (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export your clauses</source>
        <translation>Exporter vos clauses</translation>
    </message>
    <message>
        <source>Clause files (*.yaml)</source>
        <translation>Fichiers de clauses (*.yaml)</translation>
    </message>
    <message>
        <source>The rule:</source>
        <translation>La règle :</translation>
    </message>
    <message>
        <source>Your clauses are kept in {folder}; the shipped library is never changed.</source>
        <translation>Vos clauses sont conservées dans {folder} ; la bibliothèque fournie n’est jamais modifiée.</translation>
    </message>
    <message>
        <source>&amp;New clause</source>
        <translation>Nouvelle &amp;clause</translation>
    </message>
    <message>
        <source>Write a clause of your own in the selected category</source>
        <translation>Rédiger votre propre clause dans la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Start a clause of your own from a copy of the selected one, under a new id</source>
        <translation>Créer votre propre clause à partir d’une copie de celle sélectionnée, sous un nouvel identifiant</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the clauses of a file a colleague exported (or a user clause file)</source>
        <translation>Ajouter les clauses d’un fichier exporté par un collègue (ou d’un fichier de clauses d’utilisateur)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write all your clauses to one file to share with colleagues</source>
        <translation>Enregistrer toutes vos clauses dans un fichier à partager avec vos collègues</translation>
    </message>
    <message>
        <source>Search by id, title or any text (Ctrl+F)</source>
        <translation>Rechercher par identifiant, titre ou tout texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n clause(s) match “{query}”</source>
        <translation>
            <numerusform>Correspondances avec « {query} » : {shown} sur %n clause</numerusform>
            <numerusform>Correspondances avec « {query} » : {shown} sur %n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Make my &amp;version…</source>
        <translation>Créer ma &amp;version…</translation>
    </message>
    <message>
        <source>Copy this clause into your library under the same id; your version replaces it</source>
        <translation>Copier cette clause dans votre bibliothèque sous le même identifiant ; votre version la remplace</translation>
    </message>
    <message>
        <source>Edit your clause</source>
        <translation>Modifier votre clause</translation>
    </message>
    <message>
        <source>Select a clause of yours</source>
        <translation>Sélectionnez l’une de vos clauses</translation>
    </message>
    <message>
        <source>Delete your version; the shipped clause is used again</source>
        <translation>Supprimer votre version ; la clause fournie est de nouveau utilisée</translation>
    </message>
    <message>
        <source>Delete your clause</source>
        <translation>Supprimer votre clause</translation>
    </message>
    <message>
        <source>Only your own clauses can be deleted</source>
        <translation>Seules vos propres clauses peuvent être supprimées</translation>
    </message>
    <message>
        <source>Select a clause to see it in every language.</source>
        <translation>Sélectionnez une clause pour l’afficher dans toutes les langues.</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>New clause, copied from {id}</source>
        <translation>Nouvelle clause, copiée de {id}</translation>
    </message>
    <message>
        <source>Your version of {id} (it will replace the shipped clause)</source>
        <translation>Votre version de {id} (elle remplacera la clause fournie)</translation>
    </message>
    <message>
        <source>Your version of {id}</source>
        <translation>Votre version de {id}</translation>
    </message>
    <message>
        <source>Your clause {id}</source>
        <translation>Votre clause {id}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prête à être enregistrée.</translation>
    </message>
    <message>
        <source>To fix before saving:</source>
        <translation>À corriger avant l’enregistrement :</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes to this clause?</source>
        <translation>Abandonner les modifications de cette clause ?</translation>
    </message>
    <message>
        <source>Delete your version of {id}? The shipped clause will be used again.</source>
        <translation>Supprimer votre version de {id} ? La clause fournie sera de nouveau utilisée.</translation>
    </message>
    <message>
        <source>Delete your clause {id} ({title})? This cannot be undone.</source>
        <translation>Supprimer votre clause {id} ({title}) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>Supprimer la clause</translation>
    </message>
    <message>
        <source>Clauses imported</source>
        <translation>Clauses importées</translation>
    </message>
    <message>
        <source>Clauses exported</source>
        <translation>Clauses exportées</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) of yours were written to {path}.</source>
        <translation>
            <numerusform>%n clause vous appartenant a été enregistrée dans {path}.</numerusform>
            <numerusform>%n clauses vous appartenant ont été enregistrées dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPages</name>
    <message>
        <source>verbatim from the official text</source>
        <translation>textuel, tiré du texte officiel</translation>
    </message>
    <message>
        <source>official language version</source>
        <translation>version linguistique officielle</translation>
    </message>
    <message>
        <source>the project&apos;s own rendering</source>
        <translation>rendu propre au projet Drafter</translation>
    </message>
    <message>
        <source>typical negotiating wording</source>
        <translation>libellé habituel des négociations</translation>
    </message>
    <message>
        <source>cited, not checked against the text</source>
        <translation>cité, non vérifié sur le texte</translation>
    </message>
    <message>
        <source>verification not stated</source>
        <translation>vérification non indiquée</translation>
    </message>
    <message>
        <source>Clauses in this category: {n}. Select one to see it, or press New clause to add one.</source>
        <translation>Clauses de cette catégorie : {n}. Sélectionnez-en une pour l’afficher, ou cliquez sur Nouvelle clause pour en ajouter une.</translation>
    </message>
    <message>
        <source>Your clause.</source>
        <translation>Votre clause.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version replaces the shipped clause&lt;/b&gt; in every analysis. Delete it to use the shipped clause again.</source>
        <translation>&lt;b&gt;Votre version remplace la clause fournie&lt;/b&gt; dans toutes les analyses. Supprimez-la pour utiliser de nouveau la clause fournie.</translation>
    </message>
    <message>
        <source>No text in {language}; English is used.</source>
        <translation>Aucun texte en {language} ; l’anglais est utilisé.</translation>
    </message>
    <message>
        <source>(none; English is used)</source>
        <translation>(aucun ; l’anglais est utilisé)</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <source>Formulations</source>
        <translation>Formulations</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>The shipped clause it replaces (English)</source>
        <translation>La clause fournie qu’elle remplace (en anglais)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Export annotated .docx…</source>
        <translation>Exporter &amp;la copie annotée .docx…</translation>
    </message>
    <message>
        <source>Analyse a&amp;gain</source>
        <translation>Anal&amp;yser à nouveau</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>Constatation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>C&amp;onstatation précédente</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept and ne&amp;xt</source>
        <translation>Accepter &amp;et continuer</translation>
    </message>
    <message>
        <source>&amp;Edit wording…</source>
        <translation>&amp;Modifier le libellé…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>A&amp;jouter une note…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Accept &amp;selected findings</source>
        <translation>Acce&amp;pter les constatations sélectionnées</translation>
    </message>
    <message>
        <source>Dis&amp;miss selected findings…</source>
        <translation>Écarter &amp;les constatations sélectionnées…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Group findings by category</source>
        <translation>&amp;Regrouper les constatations par catégorie</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Drafter</source>
        <translation>À &amp;propos de Drafter</translation>
    </message>
    <message>
        <source>Edit clause &amp;library…</source>
        <translation>&amp;Modifier la bibliothèque de clauses…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir &amp;un fichier récent</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bibliothè&amp;que</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm *.dotx *.dotm)</source>
        <translation>Documents Word (*.docx *.docm *.dotx *.dotm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export annotated copy</source>
        <translation>Exporter la copie annotée</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm)</source>
        <translation>Documents Word (*.docx *.docm)</translation>
    </message>
    <message>
        <source>Your review decisions have not been exported to an annotated copy yet.</source>
        <translation>Vos décisions de révision n’ont pas encore été exportées dans une copie annotée.</translation>
    </message>
    <message>
        <source>They are kept and restored when you open this draft again. Export them now?</source>
        <translation>Elles sont conservées et seront rétablies lorsque vous rouvrirez ce projet. Les exporter maintenant ?</translation>
    </message>
    <message>
        <source>Your review decisions could not be saved in &apos;{folder}&apos; ({reason}): they are lost when you close unless you export them or save the review elsewhere.</source>
        <translation>Vos décisions de révision n’ont pas pu être enregistrées dans &apos;{folder}&apos; ({reason}) : elles seront perdues à la fermeture, à moins que vous ne les exportiez ou n’enregistriez la révision ailleurs.</translation>
    </message>
    <message>
        <source>Export them now, or save the review elsewhere?</source>
        <translation>Les exporter maintenant, ou enregistrer la révision ailleurs ?</translation>
    </message>
    <message>
        <source>&amp;Save review elsewhere…</source>
        <translation>Enregistrer la révision &amp;ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Continue &amp;without exporting</source>
        <translation>&amp;Continuer sans exporter</translation>
    </message>
    <message>
        <source>Continue and &amp;lose them</source>
        <translation>Continuer et les &amp;perdre</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Keep in this window</source>
        <translation>&amp;Les garder dans cette fenêtre</translation>
    </message>
    <message>
        <source>Save review elsewhere</source>
        <translation>Enregistrer la révision ailleurs</translation>
    </message>
    <message>
        <source>Review (*.json)</source>
        <translation>Révision (*.json)</translation>
    </message>
    <message>
        <source>The annotated copy was written to:
{path}</source>
        <translation>La copie annotée a été enregistrée dans :
{path}</translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation>Ouvrir le &amp;document</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Analyse de {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The analysis failed.</source>
        <translation>L’analyse a échoué.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L’analyse a été annulée.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’exportation a échoué.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>The memo export failed.</source>
        <translation>L’exportation de la note a échoué.</translation>
    </message>
    <message>
        <source>The memo export was cancelled.</source>
        <translation>L’exportation de la note a été annulée.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>La tâche a échoué.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s);</source>
        <translation>
            <numerusform>%n constatation ;</numerusform>
            <numerusform>%n constatations ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) missing.</source>
        <translation>
            <numerusform>%n catégorie manquante.</numerusform>
            <numerusform>%n catégories manquantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n earlier review decision(s).</source>
        <translation>
            <numerusform>%n décision de révision antérieure rétablie.</numerusform>
            <numerusform>%n décisions de révision antérieures rétablies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved review set aside</source>
        <translation>Révision enregistrée mise de côté</translation>
    </message>
    <message>
        <source>Earlier decisions not found</source>
        <translation>Décisions antérieures introuvables</translation>
    </message>
    <message>
        <source>These saved decisions no longer match any finding (the draft changed); they are kept:</source>
        <translation>Ces décisions enregistrées ne correspondent plus à aucune constatation (le projet a changé) ; elles sont conservées :</translation>
    </message>
    <message>
        <source>Find&amp;ings</source>
        <translation>C&amp;onstatations</translation>
    </message>
    <message>
        <source>What the draft lac&amp;ks</source>
        <translation>Ce q&amp;ui manque au projet</translation>
    </message>
    <message>
        <source>No open finding left.</source>
        <translation>Il ne reste aucune constatation ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n of the {total} findings selected.</source>
        <translation>
            <numerusform>%n constatation acceptée sur les {total} sélectionnées.</numerusform>
            <numerusform>%n constatations acceptées sur les {total} sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a suggestion to use (or a heading) left as they were.</source>
        <translation>
            <numerusform>%n sans proposition utilisable (ou intitulé) laissée telle quelle.</numerusform>
            <numerusform>%n sans proposition utilisable (ou intitulés) laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reason for the %n finding(s) (optional, goes into the export):</source>
        <translation>
            <numerusform>Motif pour %n constatation (facultatif ; repris dans l’exportation) :</numerusform>
            <numerusform>Motif pour les %n constatations (facultatif ; repris dans l’exportation) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n of the findings selected.</source>
        <translation>
            <numerusform>%n constatation sélectionnée écartée.</numerusform>
            <numerusform>%n constatations sélectionnées écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss findings</source>
        <translation>Écarter des constatations</translation>
    </message>
    <message>
        <source>The review is saved again.</source>
        <translation>La révision est de nouveau enregistrée.</translation>
    </message>
    <message>
        <source>Review not saved ({reason}); kept in this window, retrying.</source>
        <translation>Révision non enregistrée ({reason}) ; conservée dans cette fenêtre, nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>Review saved</source>
        <translation>Révision enregistrée</translation>
    </message>
    <message>
        <source>Your review decisions were saved to {saved}. To have them restored when you open this draft, copy that file over {path} once its folder can be written.</source>
        <translation>Vos décisions de révision ont été enregistrées dans {saved}. Pour qu’elles soient rétablies à l’ouverture de ce projet, copiez ce fichier à la place de {path} dès que son dossier sera accessible en écriture.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Exporté : {path}.</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargée</translation>
    </message>
    <message>
        <source>About Drafter</source>
        <translation>À propos de Drafter</translation>
    </message>
    <message>
        <source>Drafter {version} — checks treaty drafts for amnesties and other measures of impunity.
Clause library {library}. Works offline; drafts never leave this computer.</source>
        <translation>Drafter {version} — examine les projets de traité à la recherche d’amnisties et d’autres mesures d’impunité.
Bibliothèque de clauses {library}. Fonctionne hors ligne ; les projets ne quittent jamais cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>Export &amp;memo…</source>
        <translation>&amp;Exporter la note…</translation>
    </message>
    <message>
        <source>&amp;Print memo…</source>
        <translation>&amp;Imprimer la note…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>The memo was written to:
{path}</source>
        <translation>La note a été enregistrée dans :
{path}</translation>
    </message>
    <message>
        <source>Open &amp;memo</source>
        <translation>Ouvrir &amp;la note</translation>
    </message>
    <message>
        <source>Writing the memo {name}…</source>
        <translation>Rédaction de la note {name}…</translation>
    </message>
    <message>
        <source>Wrote the memo {path}.</source>
        <translation>Note enregistrée : {path}.</translation>
    </message>
    <message>
        <source>The memo was sent to the printer.</source>
        <translation>La note a été envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Comparer avec une version antérieure</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.docm *.dotx *.dotm)</source>
        <translation>Documents Word (*.docx *.docm *.dotx *.dotm)</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Comparaison avec {name}…</translation>
    </message>
    <message>
        <source>Compared with {name}: {weakened} weakened, {strengthened} strengthened, {added} added, {removed} removed.</source>
        <translation>Comparé avec {name} : affaiblies : {weakened} ; renforcées : {strengthened} ; ajoutées : {added} ; supprimées : {removed}.</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export memo</source>
        <translation>Exporter la note</translation>
    </message>
    <message>
        <source>Print memo</source>
        <translation>Imprimer la note</translation>
    </message>
</context>
<context>
    <name>MemoPrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>{title} — will be inserted</source>
        <translation>{title} — sera insérée</translation>
    </message>
    <message>
        <source>{title} — will be inserted (your wording)</source>
        <translation>{title} — sera insérée (votre libellé)</translation>
    </message>
    <message>
        <source>{title} — dismissed</source>
        <translation>{title} — écartée</translation>
    </message>
    <message>
        <source>{title} — supplied by the change at {place}</source>
        <translation>{title} — couverte par la modification à l’endroit suivant : {place}</translation>
    </message>
    <message>
        <source>Proposed place: {place}</source>
        <translation>Emplacement proposé : {place}</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>A category is missing when no clause of the draft conforms to the model. Select one to see the wording proposed and where it would go.</source>
        <translation>Une catégorie manque lorsqu’aucune clause du projet n’est conforme à la clause modèle. Sélectionnez-en une pour voir le libellé proposé et l’endroit où il s’insérerait.</translation>
    </message>
    <message>
        <source>Nothing is missing: every category has a conforming clause.</source>
        <translation>Rien ne manque : chaque catégorie a une clause conforme.</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>&lt;h2&gt;Reviewing a draft with Drafter&lt;/h2&gt;
&lt;p&gt;Open a Word draft (&lt;b&gt;File &amp;gt; Open draft&lt;/b&gt;, Ctrl+O, or drop it on the window). Drafter finds
every clause on amnesties and similar measures of impunity, judges it against the clause library
and lists what the draft lacks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Examiner un projet avec Drafter&lt;/h2&gt;
&lt;p&gt;Ouvrez un projet Word (&lt;b&gt;Fichier &amp;gt; Ouvrir un projet&lt;/b&gt;, Ctrl+O, ou déposez-le sur la fenêtre). Drafter repère
toutes les clauses relatives aux amnisties et aux mesures d’impunité similaires, les apprécie au regard de la bibliothèque de clauses
et indique ce qui manque au projet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A finding&lt;/h3&gt;
&lt;p&gt;Each finding has a &lt;b&gt;stance&lt;/b&gt;: it &lt;b&gt;conforms&lt;/b&gt; to the model clause, is &lt;b&gt;weak&lt;/b&gt; (hedged,
narrowed, limited) or is &lt;b&gt;contrary&lt;/b&gt; (it grants, gives effect to or keeps the measure). The
colours of the draft say the same, with a dashed underline for weak and a wavy one for contrary.&lt;/p&gt;
&lt;p&gt;The &lt;b&gt;likeness&lt;/b&gt; score (0-100): {score}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Une constatation&lt;/h3&gt;
&lt;p&gt;Chaque constatation comporte une &lt;b&gt;appréciation&lt;/b&gt; : la clause est &lt;b&gt;conforme&lt;/b&gt; à la clause modèle, &lt;b&gt;faible&lt;/b&gt; (nuancée,
restreinte, limitée) ou &lt;b&gt;contraire&lt;/b&gt; (elle accorde la mesure, lui donne effet ou la maintient). Les
couleurs du projet disent la même chose, avec un soulignement en tirets pour les faibles et ondulé pour les contraires.&lt;/p&gt;
&lt;p&gt;La &lt;b&gt;similarité&lt;/b&gt; (0-100) : {score}&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;Décider&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Accepter&lt;/b&gt; utilise le libellé proposé ; il est exporté en suivi des modifications et affiché dans le
projet avec des marques de révision (mots supprimés barrés, mots nouveaux soulignés).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Accepter et continuer&lt;/b&gt; (Ctrl+Entrée) accepte et passe à la constatation ouverte suivante.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modifier et accepter&lt;/b&gt; ouvre le libellé à côté du texte du projet, avec les marques de révision à jour.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Écarter&lt;/b&gt; conserve le libellé du projet ; le motif est repris dans l’exportation.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ajouter une note&lt;/b&gt; inscrit une note dans le commentaire Word.&lt;/li&gt;
&lt;li&gt;Sélectionnez plusieurs constatations (Maj ou Ctrl et clic) pour les accepter ou les écarter en une fois
(menu &lt;b&gt;Révision&lt;/b&gt;, ou clic droit).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Annuler&lt;/b&gt; (Ctrl+Z) et &lt;b&gt;Rétablir&lt;/b&gt; (Ctrl+Y) reviennent sur les décisions et les rétablissent.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Les décisions sont enregistrées au fur et à mesure et rétablies lorsque vous rouvrez le projet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the draft lacks&lt;/h3&gt;
&lt;p&gt;A category is missing when no clause of the draft conforms to the model, above all the explicit
amnesty prohibition. Select one to see the wording proposed and, in the draft, the paragraph it
would follow; accept it to insert it, or edit the wording first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ce qui manque au projet&lt;/h3&gt;
&lt;p&gt;Une catégorie manque lorsqu’aucune clause du projet n’est conforme à la clause modèle, avant tout l’interdiction expresse
de l’amnistie. Sélectionnez-en une pour voir le libellé proposé et, dans le projet, le paragraphe après lequel il
s’insérerait ; acceptez-le pour l’insérer, ou modifiez d’abord le libellé.&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;Touches&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;F8, Maj+F8&lt;/td&gt;&lt;td&gt;constatation suivante, précédente&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Entrée&lt;/td&gt;&lt;td&gt;accepter et passer à la constatation ouverte suivante&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Z, Ctrl+Y&lt;/td&gt;&lt;td&gt;annuler, rétablir une décision&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+plus, Ctrl+moins, Ctrl+0&lt;/td&gt;&lt;td&gt;agrandir, réduire le projet, revenir à sa taille&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+E, Ctrl+M&lt;/td&gt;&lt;td&gt;exporter la copie annotée, la note des constatations&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;analyser à nouveau&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>No explicit amnesty prohibition</source>
        <translation>Pas d’interdiction expresse de l’amnistie</translation>
    </message>
    <message>
        <source>No conforming clause on {category}</source>
        <translation>Pas de clause conforme sur : {category}</translation>
    </message>
    <message>
        <source>another inserted clause</source>
        <translation>une autre clause insérée</translation>
    </message>
    <message>
        <source>{verb} {place}</source>
        <translation>{verb} {place}</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n finding(s)</source>
        <translation>
            <numerusform>{verb} %n constatation</numerusform>
            <numerusform>{verb} %n constatations</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Note on</source>
        <translation>Note sur</translation>
    </message>
    <message>
        <source>{verb} “{title}”</source>
        <translation>{verb} « {title} »</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A paragraph on one of the topics (amnesties, pardons, limitation ...) that neither bans nor grants anything is reported for you to review only if its words are at least this much like a wording of the library. Lower: more such paragraphs are listed; higher: fewer. Usual: {usual} %.</source>
        <translation>Un paragraphe portant sur l’un des sujets (amnisties, grâces, prescription...) qui n’interdit ni n’accorde rien n’est signalé pour examen que si son texte ressemble au moins dans cette mesure à un libellé de la bibliothèque. Plus bas : davantage de paragraphes de ce type sont signalés ; plus haut : moins. Valeur habituelle : {usual} %.</translation>
    </message>
    <message>
        <source>A clause with safeguard words (&quot;shall not&quot;, &quot;no amnesty&quot;) is still reported as weak, not as conforming, when its words are at least this much like a known pro-impunity wording (and more like it than like any strong one). Treaty language makes unrelated clauses about 75 % alike, hence a high value. Usual: {usual} %.</source>
        <translation>Une clause comportant des termes de garantie (« ne peut », « aucune amnistie ») est néanmoins signalée comme faible, et non comme conforme, lorsque son texte ressemble au moins dans cette mesure à un libellé connu favorable à l’impunité (et davantage qu’à tout libellé solide). Le langage des traités rend des clauses sans rapport semblables à environ 75 %, d’où une valeur élevée. Valeur habituelle : {usual} %.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name, shown on comments and tracked changes</source>
        <translation>Votre nom, affiché sur les commentaires et le suivi des modifications</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove folder</source>
        <translation>&amp;Retirer le dossier</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages; the draft and its suggestions keep their own</source>
        <translation>La langue des menus, boîtes de dialogue et messages ; le projet et ses propositions gardent la leur</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nom de l’auteur :</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>What Drafter reports</source>
        <translation>Ce que Drafter signale</translation>
    </message>
    <message>
        <source>Drafter compares each clause with the library&apos;s wordings; the likeness (0-100 %) is evidence, not severity. Change these only if too many or too few paragraphs are listed.</source>
        <translation>Drafter compare chaque clause aux libellés de la bibliothèque ; la similarité (0-100 %) est un indice, non une mesure de gravité. Ne modifiez ces valeurs que si trop ou trop peu de paragraphes sont signalés.</translation>
    </message>
    <message>
        <source>Report a paragraph that neither bans nor grants when it is &amp;this alike:</source>
        <translation>&amp;Signaler un paragraphe qui n’interdit ni n’accorde rien à partir de cette similarité :</translation>
    </message>
    <message>
        <source>Call a clause with safeguard words weak when it is this much &amp;like a pro-impunity wording:</source>
        <translation>&amp;Qualifier de faible une clause à termes de garantie lorsque sa similarité avec un libellé favorable à l’impunité atteint :</translation>
    </message>
    <message>
        <source>Clause library folders</source>
        <translation>Dossiers de la bibliothèque de clauses</translation>
    </message>
    <message>
        <source>Your own clauses are kept in {folder}. Clauses in these folders are added too (for example a delegation&apos;s shared library).</source>
        <translation>Vos propres clauses sont conservées dans {folder}. Les clauses de ces dossiers sont également ajoutées (par exemple la bibliothèque partagée d’une délégation).</translation>
    </message>
    <message>
        <source>Clause library folder</source>
        <translation>Dossier de la bibliothèque de clauses</translation>
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
        <translation>faible</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>contraire</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong that Drafter did not expect ({error}). Please report it.</source>
        <translation>Une erreur inattendue s’est produite dans Drafter ({error}). Merci de la signaler.</translation>
    </message>
</context>
</TS>
