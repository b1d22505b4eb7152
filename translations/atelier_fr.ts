<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Atelier</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Atelier::AboutDialog</name>
    <message>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <source>Atelier %1</source>
        <translation>Atelier %1</translation>
    </message>
    <message>
        <source>A studio for curating, labelling and training image classifiers on your own collections.</source>
        <translation>Un atelier pour trier, étiqueter vos collections d’images et entraîner des classifieurs sur elles.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>OpenCV:</source>
        <translation>OpenCV&#xa0;:</translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation>LibTorch&#xa0;:</translation>
    </message>
    <message>
        <source>Compute threads:</source>
        <translation>Fils de calcul&#xa0;:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>Carte graphique&#xa0;:</translation>
    </message>
    <message>
        <source>None (training runs on the processor)</source>
        <translation>Aucune (l’entraînement utilise le processeur)</translation>
    </message>
    <message>
        <source>Atelier is free software, released under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Atelier est un logiciel libre, publié sous la licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message numerus="yes">
        <source>CUDA, %Ln device(s)</source>
        <translation>
            <numerusform>CUDA, %Ln périphérique</numerusform>
            <numerusform>CUDA, %Ln périphériques</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Atelier::AddClassCommand</name>
    <message>
        <source>New class “%1”</source>
        <translation>Nouvelle classe « %1 »</translation>
    </message>
</context>
<context>
    <name>Atelier::AdjustCropCommand</name>
    <message>
        <source>Adjust the crop of “%1”</source>
        <translation>Ajuster le recadrage de « %1 »</translation>
    </message>
</context>
<context>
    <name>Atelier::ChangeMappingCommand</name>
    <message>
        <source>Remove the mapping “%1”</source>
        <translation>Supprimer la correspondance « %1 »</translation>
    </message>
    <message>
        <source>New mapping “%1”</source>
        <translation>Nouvelle correspondance « %1 »</translation>
    </message>
    <message>
        <source>Edit the mapping “%1”</source>
        <translation>Modifier la correspondance « %1 »</translation>
    </message>
</context>
<context>
    <name>Atelier::ClassActions</name>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Classes</translation>
    </message>
    <message>
        <source>&amp;New Class…</source>
        <translation>&amp;Nouvelle classe…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Labelling &amp;Key…</source>
        <translation>&amp;Touche d’étiquetage…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Cannot create the class</source>
        <translation>Impossible de créer la classe</translation>
    </message>
    <message>
        <source>Cannot rename the class</source>
        <translation>Impossible de renommer la classe</translation>
    </message>
    <message>
        <source>Change the colour of “%1”</source>
        <translation>Changer la couleur de « %1 »</translation>
    </message>
    <message>
        <source>Cannot change the colour</source>
        <translation>Impossible de changer la couleur</translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation>Retirer la touche de « %1 »</translation>
    </message>
    <message>
        <source>Give “%1” the key %2</source>
        <translation>Donner la touche %2 à « %1 »</translation>
    </message>
    <message>
        <source>Cannot change the key</source>
        <translation>Impossible de changer la touche</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Cannot move the class</source>
        <translation>Impossible de déplacer la classe</translation>
    </message>
    <message>
        <source>Cannot merge the classes</source>
        <translation>Impossible de fusionner les classes</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”. Edit ▸ Undo brings it back.</source>
        <translation>« %1 » fusionnée dans « %2 ». Édition ▸ Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Cannot delete the class</source>
        <translation>Impossible de supprimer la classe</translation>
    </message>
    <message>
        <source>Class “%1” deleted. Edit ▸ Undo brings it back.</source>
        <translation>Classe « %1 » supprimée. Édition ▸ Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>New Class</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Nom de la nouvelle classe&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 — now “%2”</source>
        <translation>%1 — actuellement « %2 »</translation>
    </message>
    <message>
        <source>Labelling Key</source>
        <translation>Touche d’étiquetage</translation>
    </message>
    <message>
        <source>Key that labels the selected images as “%1”:</source>
        <translation>Touche qui range les images sélectionnées dans « %1 »&#xa0;:</translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation>Choisir la touche</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Supprimer la classe</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still labels %Ln image(s).</source>
        <translation>
            <numerusform>« %1 » range encore %Ln image.</numerusform>
            <numerusform>« %1 » range encore %Ln images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the class leaves them unlabelled; their label history keeps the class&apos;s name. Merging keeps them labelled with another class.</source>
        <translation>Supprimer la classe les laisse sans étiquette ; leur historique garde le nom de la classe. Une fusion les range dans une autre classe.</translation>
    </message>
    <message numerus="yes">
        <source>Move Its %Ln Image(s) to Unlabelled</source>
        <translation>
            <numerusform>Rendre son image sans étiquette</numerusform>
            <numerusform>Rendre ses %Ln images sans étiquette</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Instead…</source>
        <translation>Fusionner plutôt…</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
</context>
<context>
    <name>Atelier::ClassCatalog</name>
    <message>
        <source>No class with id %1</source>
        <translation>Aucune classe n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation>Une classe doit avoir un nom</translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;: merge them instead</source>
        <translation>Une classe s’appelle déjà « %1 »&#xa0;: fusionnez-les plutôt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation>« %1 » n’est pas une couleur de la forme #rrvvbb</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a shortcut: use 1-9 or a letter other than x</source>
        <translation>« %1 » ne peut pas servir de raccourci&#xa0;: utilisez 1 à 9 ou une lettre autre que x</translation>
    </message>
    <message>
        <source>The new order must list every class exactly once</source>
        <translation>Le nouvel ordre doit nommer chaque classe une fois et une seule</translation>
    </message>
    <message>
        <source>Cannot bring back &quot;%1&quot;: another class now has that name</source>
        <translation>Impossible de rétablir « %1 »&#xa0;: une autre classe porte maintenant ce nom</translation>
    </message>
    <message>
        <source>Choose at least one class to merge into another</source>
        <translation>Choisissez au moins une classe à fusionner dans une autre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has %2 images: move them to Unlabelled or merge the class</source>
        <translation>« %1 » contient encore %2 images&#xa0;: rendez-les sans étiquette ou fusionnez la classe</translation>
    </message>
</context>
<context>
    <name>Atelier::ClassListModel</name>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>%1 — press %2 to label the selected images with this class</source>
        <translation>%1 — appuyez sur %2 pour ranger les images sélectionnées dans cette classe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ClassListView</name>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
</context>
<context>
    <name>Atelier::ClassMappings</name>
    <message>
        <source>A mapping needs a name</source>
        <translation>Une correspondance doit avoir un nom</translation>
    </message>
    <message>
        <source>No class with id %1</source>
        <translation>Aucune classe n’a l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>Atelier::ClassMappingsDialog</name>
    <message>
        <source>Class Mappings</source>
        <translation>Correspondances de classes</translation>
    </message>
    <message>
        <source>New Mapping…</source>
        <translation>Nouvelle correspondance…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Target label</source>
        <translation>Étiquette cible</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No mapping yet. A mapping gives each class a coarser label, e.g. styles mapped to countries.</source>
        <translation>Aucune correspondance pour l’instant. Une correspondance donne à chaque classe une étiquette plus large, par exemple des styles regroupés par pays.</translation>
    </message>
    <message>
        <source>Target label of each class in “%1”</source>
        <translation>Étiquette cible de chaque classe dans « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target label(s)</source>
        <translation>
            <numerusform>%Ln étiquette cible</numerusform>
            <numerusform>%Ln étiquettes cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) without a target are left out of runs that use this mapping.</source>
        <translation>
            <numerusform>%Ln classe sans cible est écartée des entraînements qui utilisent cette correspondance.</numerusform>
            <numerusform>%Ln classes sans cible sont écartées des entraînements qui utilisent cette correspondance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Impossible d’enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Cannot create the mapping</source>
        <translation>Impossible de créer la correspondance</translation>
    </message>
    <message>
        <source>There is already a mapping named “%1”.</source>
        <translation>Une correspondance s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>New Mapping</source>
        <translation>Nouvelle correspondance</translation>
    </message>
    <message>
        <source>Name of the mapping, e.g. “Countries”:</source>
        <translation>Nom de la correspondance, par exemple « Pays »&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot remove the mapping</source>
        <translation>Impossible de supprimer la correspondance</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Atelier::CropDecisionCommand</name>
    <message numerus="yes">
        <source>Reject the crop of %n image(s)</source>
        <translation>
            <numerusform>Refuser le recadrage de %n image</numerusform>
            <numerusform>Refuser le recadrage de %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the crop of %n image(s)</source>
        <translation>
            <numerusform>Accepter le recadrage de %n image</numerusform>
            <numerusform>Accepter le recadrage de %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen the crop of %n image(s)</source>
        <translation>
            <numerusform>Rouvrir le recadrage de %n image</numerusform>
            <numerusform>Rouvrir le recadrage de %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::CropEditor</name>
    <message>
        <source>Crop</source>
        <translation>Recadrage</translation>
    </message>
</context>
<context>
    <name>Atelier::CropProposalsModel</name>
    <message>
        <source>to review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>crop accepted</source>
        <translation>recadrage accepté</translation>
    </message>
    <message>
        <source>crop rejected: whole image</source>
        <translation>recadrage refusé&#xa0;: image entière</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Atelier::CropReviewView</name>
    <message>
        <source>Detect Borders</source>
        <translation>Détecter les bordures</translation>
    </message>
    <message>
        <source>Accept All Proposed</source>
        <translation>Accepter toutes les propositions</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Look for museum borders on the images that have not been examined yet</source>
        <translation>Chercher les bordures de musée sur les images qui n’ont pas encore été examinées</translation>
    </message>
    <message>
        <source>Scans with a border</source>
        <translation>Scans avec une bordure</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Before / After</source>
        <translation>Avant / Après</translation>
    </message>
    <message>
        <source>Drag the edges to adjust · rejecting keeps the whole image · Ctrl+Z undoes</source>
        <translation>Faites glisser les bords pour ajuster · refuser garde l’image entière · Ctrl+Z annule</translation>
    </message>
    <message numerus="yes">
        <source>Borders: %Ln scan(s) examined, %1 with a border to review.</source>
        <translation>
            <numerusform>Bordures&#xa0;: %Ln scan examiné, %1 avec une bordure à examiner.</numerusform>
            <numerusform>Bordures&#xa0;: %Ln scans examinés, %1 avec une bordure à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the crop</source>
        <translation>Impossible de changer le recadrage</translation>
    </message>
    <message>
        <source>No scan with a border to review.</source>
        <translation>Aucun scan avec une bordure à examiner.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) to review</source>
        <translation>
            <numerusform>%Ln scan à examiner</numerusform>
            <numerusform>%Ln scans à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::CsvImporterPlugin</name>
    <message>
        <source>CSV list</source>
        <translation>Liste CSV</translation>
    </message>
    <message>
        <source>cannot read the list (%1)</source>
        <translation>impossible de lire la liste (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no path</source>
        <translation>pas de chemin</translation>
    </message>
    <message>
        <source>a folder, not a file: %1</source>
        <translation>un dossier, pas un fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::CsvReader</name>
    <message>
        <source>line %1: unterminated quoted field</source>
        <translation>ligne %1&#xa0;: champ entre guillemets non fermé</translation>
    </message>
</context>
<context>
    <name>Atelier::CurationController</name>
    <message>
        <source>Fingerprinting new images</source>
        <translation>Empreintes des nouvelles images</translation>
    </message>
    <message>
        <source>Detecting museum borders</source>
        <translation>Détection des bordures de musée</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message>
        <source>Border detection failed</source>
        <translation>Échec de la détection des bordures</translation>
    </message>
    <message>
        <source>The duplicate search failed</source>
        <translation>Échec de la recherche des doublons</translation>
    </message>
    <message>
        <source>Fingerprinting failed</source>
        <translation>Échec du calcul des empreintes</translation>
    </message>
</context>
<context>
    <name>Atelier::DeleteClassCommand</name>
    <message>
        <source>Delete class “%1”</source>
        <translation>Supprimer la classe « %1 »</translation>
    </message>
</context>
<context>
    <name>Atelier::DemoProject</name>
    <message>
        <source>%1 already holds a demo project (%2)</source>
        <translation>%1 contient déjà un projet de démonstration (%2)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Drawing posters</source>
        <translation>Dessin des affiches</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Atelier::DetailPane</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>The class of the selected images</source>
        <translation>La classe des images sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modifié le&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>Select an image to see it here</source>
        <translation>Sélectionnez une image pour l’afficher ici</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Several classes</source>
        <translation>Plusieurs classes</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) selected — a class chosen below applies to all of them.</source>
        <translation>
            <numerusform>%Ln image sélectionnée — la classe choisie ci-dessous s’y applique.</numerusform>
            <numerusform>%Ln images sélectionnées — la classe choisie ci-dessous s’applique à toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>%1, excluded from curation and training</source>
        <translation>%1, exclue du tri et de l’entraînement</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglée)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>No change since the import</source>
        <translation>Aucun changement depuis l’importation</translation>
    </message>
    <message>
        <source>a deleted class</source>
        <translation>une classe supprimée</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date of a label change</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier change(s)</source>
        <translation>
            <numerusform>et %Ln changement plus ancien</numerusform>
            <numerusform>et %Ln changements plus anciens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicateGroupsModel</name>
    <message>
        <source>Exact copies</source>
        <translation>Copies exactes</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation>Doublons proches</translation>
    </message>
    <message>
        <source>resolved: one kept</source>
        <translation>résolu&#xa0;: une copie gardée</translation>
    </message>
    <message>
        <source>all excluded</source>
        <translation>toutes exclues</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln à examiner</numerusform>
            <numerusform>%Ln à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln image(s)</source>
        <translation>
            <numerusform>%1 · %Ln image</numerusform>
            <numerusform>%1 · %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Different labels: %1</source>
        <translation>Étiquettes différentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copies carry different labels: check which is right before excluding any</source>
        <translation>Les copies portent des étiquettes différentes&#xa0;: vérifiez laquelle est juste avant d’en exclure</translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicateMembersView</name>
    <message>
        <source>Copies in the group</source>
        <translation>Copies du groupe</translation>
    </message>
    <message>
        <source>Choose a group to compare its copies.</source>
        <translation>Choisissez un groupe pour comparer ses copies.</translation>
    </message>
    <message>
        <source>★ Suggested keeper</source>
        <translation>★ À garder (suggestion)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicatesView</name>
    <message>
        <source>Search Again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Apply Suggestions to All Groups</source>
        <translation>Appliquer les suggestions à tous les groupes</translation>
    </message>
    <message>
        <source>Low: close copies only</source>
        <translation>Faible&#xa0;: copies très proches seulement</translation>
    </message>
    <message>
        <source>Normal: rescans and conversions</source>
        <translation>Normale&#xa0;: nouveaux scans et conversions</translation>
    </message>
    <message>
        <source>High: heavily changed copies too</source>
        <translation>Élevée&#xa0;: aussi les copies très modifiées</translation>
    </message>
    <message>
        <source>High finds more copies, at a greater risk of grouping different posters of one design</source>
        <translation>Élevée trouve plus de copies, au risque de regrouper des affiches différentes d’un même modèle</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the suggested copy of every group and exclude the others; groups whose copies carry different labels are left for you to check</source>
        <translation>Garder la copie suggérée de chaque groupe et exclure les autres&#xa0;; les groupes dont les copies portent des étiquettes différentes vous sont laissés</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Groupes de doublons</translation>
    </message>
    <message>
        <source>K keeps the chosen copy and excludes the others · X excludes or includes it · Enter keeps the suggested one · ← → copies · ↑ ↓ groups · Ctrl+Z undoes</source>
        <translation>K garde la copie choisie et exclut les autres · X l’exclut ou la réintègre · Entrée garde celle suggérée · ← → copies · ↑ ↓ groupes · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Searching… (progress below)</source>
        <translation>Recherche… (progression ci-dessous)</translation>
    </message>
    <message>
        <source>Not searched yet</source>
        <translation>Pas encore de recherche</translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>Aucun doublon trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), %1 to review</source>
        <translation>
            <numerusform>%Ln groupe, %1 à examiner</numerusform>
            <numerusform>%Ln groupes, %1 à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with different labels</source>
        <translation>
            <numerusform>%Ln aux étiquettes différentes</numerusform>
            <numerusform>%Ln aux étiquettes différentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the exclusion</source>
        <translation>Impossible de changer l’exclusion</translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1”, exclude %n copy(ies)</source>
        <translation>
            <numerusform>Garder « %1 », exclure %n copie</numerusform>
            <numerusform>Garder « %1 », exclure %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; its copies are excluded, and their files kept. Ctrl+Z undoes.</source>
        <translation>%1 est gardée&#xa0;: ses copies sont exclues, leurs fichiers conservés. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Every group already follows its suggestion.</source>
        <translation>Chaque groupe suit déjà sa suggestion.</translation>
    </message>
    <message numerus="yes">
        <source>Apply the duplicate suggestions to %n group(s)</source>
        <translation>
            <numerusform>Appliquer les suggestions de doublons à %n groupe</numerusform>
            <numerusform>Appliquer les suggestions de doublons à %n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) excluded; files are kept. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>%Ln copie exclue&#xa0;; les fichiers sont conservés. Ctrl+Z annule.</numerusform>
            <numerusform>%Ln copies exclues&#xa0;; les fichiers sont conservés. Ctrl+Z annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) with different labels left for you to check.</source>
        <translation>
            <numerusform>%Ln groupe aux étiquettes différentes vous est laissé.</numerusform>
            <numerusform>%Ln groupes aux étiquettes différentes vous sont laissés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ExcludeCommand</name>
    <message numerus="yes">
        <source>Exclude %n image(s)</source>
        <translation>
            <numerusform>Exclure %n image</numerusform>
            <numerusform>Exclure %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n image(s)</source>
        <translation>
            <numerusform>Réintégrer %n image</numerusform>
            <numerusform>Réintégrer %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::FilterBar</name>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Only images without a label</source>
        <translation>Seulement les images sans étiquette</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>Only images left out of curation and training</source>
        <translation>Seulement les images exclues du tri et de l’entraînement</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Only images in a group of exact or near duplicates</source>
        <translation>Seulement les images d’un groupe de doublons exacts ou proches</translation>
    </message>
    <message>
        <source>Only images in a split of the current split version</source>
        <translation>Seulement les images d’une partition de la version actuelle</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Toutes les partitions</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Not in a split</source>
        <translation>Hors partition</translation>
    </message>
    <message>
        <source>Search file names and folders (Ctrl+F)</source>
        <translation>Chercher dans les noms et dossiers (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation>Ordre des images</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>Ordre d’importation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Prediction confidence</source>
        <translation>Confiance de la prédiction</translation>
    </message>
    <message>
        <source>Disagreement with label</source>
        <translation>Désaccord avec l’étiquette</translation>
    </message>
    <message>
        <source>Available once a model has been trained on this project</source>
        <translation>Disponible quand un modèle aura été entraîné sur ce projet</translation>
    </message>
    <message>
        <source>Ascending; press for descending</source>
        <translation>Croissant ; appuyez pour décroissant</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Ordre décroissant</translation>
    </message>
    <message>
        <source>Descending; press for ascending</source>
        <translation>Décroissant ; appuyez pour croissant</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageActions</name>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Étiquette</translation>
    </message>
    <message>
        <source>&amp;Pin to Split</source>
        <translation>É&amp;pingler à une partition</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>&amp;Retirer l’étiquette</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <source>Leave the selected images out of curation and training, or bring them back. Files are never deleted.</source>
        <translation>Exclure les images sélectionnées du tri et de l’entraînement, ou les réintégrer. Les fichiers ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Show the current image large; the arrows keep moving</source>
        <translation>Afficher l’image courante en grand ; les flèches continuent de naviguer</translation>
    </message>
    <message>
        <source>&amp;Advance to Next Unlabelled</source>
        <translation>Passer à la &amp;suivante sans étiquette</translation>
    </message>
    <message>
        <source>After a class key, move to the next image that has no label</source>
        <translation>Après une touche de classe, aller à la prochaine image sans étiquette</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Afficher dans le &amp;gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Épingler à %1</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Désépingler</translation>
    </message>
    <message>
        <source>Label as “%1”</source>
        <translation>Ranger dans « %1 »</translation>
    </message>
    <message>
        <source>Classes come from folder names when you import, or from Classes ▸ New Class</source>
        <translation>Les classes viennent des noms de dossiers à l’importation, ou de Classes ▸ Nouvelle classe</translation>
    </message>
    <message>
        <source>Label &amp;As</source>
        <translation>Ranger &amp;dans</translation>
    </message>
    <message>
        <source>Include A&amp;gain</source>
        <translation>&amp;Réintégrer</translation>
    </message>
    <message>
        <source>Every image shown has a label.</source>
        <translation>Chaque image affichée a une étiquette.</translation>
    </message>
    <message>
        <source>Could not change the label</source>
        <translation>Impossible de changer l’étiquette</translation>
    </message>
    <message>
        <source>Could not change the exclusion</source>
        <translation>Impossible de changer l’exclusion</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) excluded. Files are kept; Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln image exclue. Les fichiers sont conservés ; Ctrl+Z la réintègre.</numerusform>
            <numerusform>%Ln images exclues. Les fichiers sont conservés ; Ctrl+Z les réintègre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) included again.</source>
        <translation>
            <numerusform>%Ln image réintégrée.</numerusform>
            <numerusform>%Ln images réintégrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not pin the images</source>
        <translation>Impossible d’épingler les images</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Impossible d’afficher le fichier</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageDecoder</name>
    <message>
        <source>damaged or truncated image data</source>
        <translation>données d’image endommagées ou tronquées</translation>
    </message>
    <message>
        <source>too large: %1 x %2 pixels exceeds the image library&apos;s limit (%3; set it higher in the environment to decode this image)</source>
        <translation>trop grande&#xa0;: %1 x %2 pixels dépasse la limite de la bibliothèque d’images (%3 ; augmentez-la dans l’environnement pour décoder cette image)</translation>
    </message>
    <message>
        <source>too large: %1 x %2 pixels exceeds the limit of %3 megapixels</source>
        <translation>trop grande&#xa0;: %1 x %2 pixels dépasse la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>fichier tronqué</translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation>impossible d’encoder l’image</translation>
    </message>
    <message>
        <source>unsupported format: %1%2</source>
        <translation>format non pris en charge&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>un dossier, pas un fichier image</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>unsupported sample format (signed integer samples)</source>
        <translation>format d’échantillons non pris en charge (entiers signés)</translation>
    </message>
    <message>
        <source>unsupported image with %1 channels</source>
        <translation>image à %1 canaux non prise en charge</translation>
    </message>
    <message>
        <source>cannot encode an invalid image</source>
        <translation>impossible d’encoder une image invalide</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageHeaderReader</name>
    <message>
        <source>truncated file</source>
        <translation>fichier tronqué</translation>
    </message>
    <message>
        <source>damaged image header (%1)</source>
        <translation>en-tête d’image endommagé (%1)</translation>
    </message>
    <message>
        <source>zero size</source>
        <translation>taille nulle</translation>
    </message>
    <message>
        <source>impossible size</source>
        <translation>taille impossible</translation>
    </message>
    <message>
        <source>bad TIFF signature</source>
        <translation>signature TIFF incorrecte</translation>
    </message>
    <message>
        <source>bad BigTIFF header</source>
        <translation>en-tête BigTIFF incorrect</translation>
    </message>
    <message>
        <source>no image size in the TIFF directory</source>
        <translation>pas de taille d’image dans le répertoire TIFF</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>sans perte</translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation>hiérarchique</translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation>échantillons sur %1 bits</translation>
    </message>
    <message>
        <source>no JPEG frame header</source>
        <translation>pas d’en-tête de trame JPEG</translation>
    </message>
    <message>
        <source>JPEG scan before the frame header</source>
        <translation>balayage JPEG avant l’en-tête de trame</translation>
    </message>
    <message>
        <source>bad JPEG segment length</source>
        <translation>longueur de segment JPEG incorrecte</translation>
    </message>
    <message>
        <source>PNG without IHDR</source>
        <translation>PNG sans IHDR</translation>
    </message>
    <message>
        <source>embedded JPEG</source>
        <translation>JPEG incorporé</translation>
    </message>
    <message>
        <source>embedded PNG</source>
        <translation>PNG incorporé</translation>
    </message>
    <message>
        <source>unknown BMP header size %1</source>
        <translation>taille d’en-tête BMP inconnue %1</translation>
    </message>
    <message>
        <source>bad VP8 start code</source>
        <translation>code de début VP8 incorrect</translation>
    </message>
    <message>
        <source>bad VP8L signature</source>
        <translation>signature VP8L incorrecte</translation>
    </message>
    <message>
        <source>animated</source>
        <translation>animé</translation>
    </message>
    <message>
        <source>unknown WebP chunk</source>
        <translation>bloc WebP inconnu</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>not an image (unrecognised format)</source>
        <translation>pas une image (format non reconnu)</translation>
    </message>
</context>
<context>
    <name>Atelier::ImagePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Atelier::ImportController</name>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)</source>
        <translation>
            <numerusform>Importation de %Ln élément</numerusform>
            <numerusform>Importation de %Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ImportSummaryDialog</name>
    <message>
        <source>Import canceled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Rien de nouveau à importer</translation>
    </message>
    <message>
        <source>The images added before canceling are kept in the project.</source>
        <translation>Les images ajoutées avant l’annulation restent dans le projet.</translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>Nouvelles classes&#xa0;: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>déjà dans le projet</translation>
    </message>
    <message>
        <source>could not be imported</source>
        <translation>non importées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>Fichiers qui n’ont pas pu être importés</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found in %1 s.</source>
        <translation>
            <numerusform>%Ln fichier trouvé en %1&#xa0;s.</numerusform>
            <numerusform>%Ln fichiers trouvés en %1&#xa0;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the added images came with a label from their folder or list.</source>
        <translation>
            <numerusform>%Ln des images ajoutées a reçu une étiquette de son dossier ou de sa liste.</numerusform>
            <numerusform>%Ln des images ajoutées ont reçu une étiquette de leur dossier ou de leur liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Atelier::ImportTask</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>no importer for .%1 files (plugin not found)</source>
        <translation>aucun importateur pour les fichiers .%1 (module introuvable)</translation>
    </message>
    <message>
        <source>a project file, not an image</source>
        <translation>un fichier de projet, pas une image</translation>
    </message>
    <message>
        <source>listed again with the label &quot;%1&quot;; kept &quot;%2&quot;</source>
        <translation>listé à nouveau avec l’étiquette « %1 » ; « %2 » est conservée</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>pas assez de mémoire pour décoder cette image</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>impossible de décoder&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <source>Atelier projects (*.%1)</source>
        <translation>Projets Atelier (*.%1)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project</source>
        <translation>Créer un projet vide</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project saved earlier</source>
        <translation>Ouvrir un projet enregistré</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Add image files to the project</source>
        <translation>Ajouter des fichiers image au projet</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add every image below a folder; sub-folder names become classes</source>
        <translation>Ajouter toutes les images d’un dossier ; les noms des sous-dossiers deviennent des classes</translation>
    </message>
    <message>
        <source>Import &amp;CSV List…</source>
        <translation>Importer une liste &amp;CSV…</translation>
    </message>
    <message>
        <source>Add the images named in a list of path and label rows</source>
        <translation>Ajouter les images nommées dans une liste de lignes chemin, étiquette</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Thumbnail size (Ctrl+wheel over the grid)</source>
        <translation>Taille des vignettes (Ctrl + molette sur la grille)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>&amp;Classes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Created %1. Import images with File ▸ Import, or drop them here.</source>
        <translation>Projet %1 créé. Importez des images avec Fichier ▸ Importer, ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>An import is still running. Stop it? The images imported so far are kept.</source>
        <translation>Une importation est en cours. L’arrêter ? Les images déjà importées sont conservées.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open Project, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-le avec Fichier ▸ Ouvrir un projet, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>CSV lists (*.csv)</source>
        <translation>Listes CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import CSV List</source>
        <translation>Importer une liste CSV</translation>
    </message>
    <message>
        <source>Creating the sample project</source>
        <translation>Création du projet d’exemple</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Impossible de créer le projet d’exemple</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Atelier</source>
        <translation>%1 — Atelier</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Images are imported into a project. Create a new project for them?</source>
        <translation>Les images sont importées dans un projet. Créer un nouveau projet pour elles ?</translation>
    </message>
    <message>
        <source>This project has no images yet.

Import files or a folder from the File menu, or drop them onto this window.</source>
        <translation>Ce projet ne contient encore aucune image.

Importez des fichiers ou un dossier depuis le menu Fichier, ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Every image has a label.</source>
        <translation>Toutes les images ont une étiquette.</translation>
    </message>
    <message>
        <source>Stop the Import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>Continuer l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Import canceled: %Ln image(s) added</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %Ln image ajoutée</numerusform>
            <numerusform>Importation annulée&#xa0;: %Ln images ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln image(s) added</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %Ln image ajoutée</numerusform>
            <numerusform>Importation terminée&#xa0;: %Ln images ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 sur %Ln image</numerusform>
            <numerusform>%1 sur %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import queued: it starts when the current one ends.</source>
        <translation>Importation en attente&#xa0;: elle commencera à la fin de l’importation en cours.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every image the filters show</source>
        <translation>Sélectionner toutes les images que les filtres montrent</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search file names and folders</source>
        <translation>Chercher dans les noms de fichiers et les dossiers</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every image again</source>
        <translation>Montrer de nouveau toutes les images</translation>
    </message>
    <message>
        <source>Class &amp;Mappings…</source>
        <translation>&amp;Correspondances de classes…</translation>
    </message>
    <message>
        <source>Coarser label sets over the classes, for training and evaluation</source>
        <translation>Des étiquettes plus larges regroupant les classes, pour l’entraînement et l’évaluation</translation>
    </message>
    <message>
        <source>Dataset &amp;Splits…</source>
        <translation>&amp;Partitions du jeu de données…</translation>
    </message>
    <message>
        <source>Assign training, validation and test images, and check for leakage</source>
        <translation>Répartir les images en entraînement, validation et test, et vérifier les fuites</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Impossible d’annuler ou de rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>No image matches the filters.

Edit ▸ Clear Filters shows every image again.</source>
        <translation>Aucune image ne correspond aux filtres.

Édition ▸ Effacer les filtres montre de nouveau toutes les images.</translation>
    </message>
    <message>
        <source>No image in this class yet.

Select images and press the class&apos;s key to label them, or drag them onto the class.</source>
        <translation>Aucune image dans cette classe pour l’instant.

Sélectionnez des images et appuyez sur la touche de la classe pour les y ranger, ou faites-les glisser sur la classe.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Bordures</translation>
    </message>
    <message>
        <source>Exact and near copies, and which one to keep</source>
        <translation>Copies exactes et proches, et laquelle garder</translation>
    </message>
    <message>
        <source>Museum borders around scans, and the crops proposed for them</source>
        <translation>Bordures de musée autour des scans, et les recadrages proposés</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>Doubl&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Borders</source>
        <translation>&amp;Bordures</translation>
    </message>
</context>
<context>
    <name>Atelier::MergeClassesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
</context>
<context>
    <name>Atelier::MergeClassesDialog</name>
    <message>
        <source>Merge Class</source>
        <translation>Fusionner la classe</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln image(s) will take the class you choose, and “%1” will be removed. Each image&apos;s label history records the move. Edit ▸ Undo brings the class back with its images.</source>
        <translation>
            <numerusform>Son image prendra la classe choisie, et « %1 » sera supprimée. L’historique de l’image garde trace du changement. Édition ▸ Annuler fait revenir la classe avec son image.</numerusform>
            <numerusform>Ses %Ln images prendront la classe choisie, et « %1 » sera supprimée. L’historique de chaque image garde trace du changement. Édition ▸ Annuler fait revenir la classe avec ses images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Atelier::PinCommand</name>
    <message numerus="yes">
        <source>Pin %n image(s) to %1</source>
        <translation>
            <numerusform>Épingler %n image à %1</numerusform>
            <numerusform>Épingler %n images à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n image(s)</source>
        <translation>
            <numerusform>Désépingler %n image</numerusform>
            <numerusform>Désépingler %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::PreviewOverlay</name>
    <message>
        <source>Large preview</source>
        <translation>Grand aperçu</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>← → previous, next · class keys label · Space or Esc closes</source>
        <translation>← → précédente, suivante · touches de classe pour ranger · Espace ou Échap ferme</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recadrée</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>pinned to %1</source>
        <translation>épinglée à %1</translation>
    </message>
</context>
<context>
    <name>Atelier::ProjectExporter</name>
    <message>
        <source>%1 is not empty: export into a new or empty folder</source>
        <translation>%1 n’est pas vide&#xa0;: exportez dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>Impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Atelier::ProjectStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upgrading the project to format %1 broke a reference in table %2</source>
        <translation>La mise à jour du projet au format %1 a rompu une référence dans la table %2</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or open it</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom ou ouvrez-le</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>No project at %1</source>
        <translation>Aucun projet à %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Atelier project</source>
        <translation>%1 est vide&#xa0;: ce n’est pas un projet Atelier</translation>
    </message>
    <message>
        <source>%1 is not an Atelier project (it is not a database)</source>
        <translation>%1 n’est pas un projet Atelier (ce n’est pas une base de données)</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Atelier project</source>
        <translation>%1 est une base de données, mais pas un projet Atelier</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Atelier (project format %2; this version reads up to %3). Open it with a newer Atelier; it was not changed.</source>
        <translation>%1 a été écrit par une version plus récente d’Atelier (format de projet %2 ; cette version lit jusqu’au format %3). Ouvrez-le avec un Atelier plus récent ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was left as it was.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Atelier</source>
        <translation>%1 a été écrit par une version plus récente d’Atelier</translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation>Une classe doit avoir un nom</translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;</source>
        <translation>Une classe s’appelle déjà « %1 »</translation>
    </message>
    <message>
        <source>No class with id %1</source>
        <translation>Aucune classe n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>No image with id %1</source>
        <translation>Aucune image n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>No content rectangle for the image with id %1</source>
        <translation>Aucun rectangle de contenu pour l’image d’identifiant %1</translation>
    </message>
</context>
<context>
    <name>Atelier::RelabelCommand</name>
    <message numerus="yes">
        <source>Remove the label of %n image(s)</source>
        <translation>
            <numerusform>Retirer l’étiquette de %n image</numerusform>
            <numerusform>Retirer l’étiquette de %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as “%1”</source>
        <translation>
            <numerusform>Ranger %n image dans « %1 »</numerusform>
            <numerusform>Ranger %n images dans « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::RenameClassCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
</context>
<context>
    <name>Atelier::SplitDialog</name>
    <message>
        <source>Dataset Splits</source>
        <translation>Partitions du jeu de données</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Click a group to select its images in the grid</source>
        <translation>Cliquez sur un groupe pour sélectionner ses images dans la grille</translation>
    </message>
    <message>
        <source>Leakage between splits</source>
        <translation>Fuites entre partitions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New split</source>
        <translation>Nouvelle répartition</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The same seed and images give the same split</source>
        <translation>La même graine et les mêmes images donnent la même répartition</translation>
    </message>
    <message>
        <source>Keep duplicate groups together</source>
        <translation>Garder ensemble les groupes de doublons</translation>
    </message>
    <message>
        <source>Every copy of a scan goes to the same split, so that the test set does not hold images the model was trained on</source>
        <translation>Toutes les copies d’un scan vont dans la même partition, pour que le jeu de test ne contienne pas d’images vues à l’entraînement</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>Assign every image that is not excluded, and save the result as a new version</source>
        <translation>Répartir toutes les images non exclues et enregistrer le résultat comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validation&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Épinglées&#xa0;:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Total: 100 %</source>
        <translation>Total&#xa0;: 100&#xa0;%</translation>
    </message>
    <message>
        <source>Total: %1 % — the three must add up to 100 %</source>
        <translation>Total&#xa0;: %1&#xa0;% — les trois doivent faire 100&#xa0;%</translation>
    </message>
    <message>
        <source>No image is pinned. Pin images from the grid&apos;s context menu.</source>
        <translation>Aucune image n’est épinglée. Épinglez des images depuis le menu contextuel de la grille.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>Duplicate groups were not kept together</source>
        <translation>Les groupes de doublons n’ont pas été gardés ensemble</translation>
    </message>
    <message>
        <source>No split yet. Choose the shares and press Assign.</source>
        <translation>Aucune répartition pour l’instant. Choisissez les parts et appuyez sur Répartir.</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Version %1: %2 training, %3 validation and %4 test images</source>
        <translation>Version %1&#xa0;: %2 images d’entraînement, %3 de validation et %4 de test</translation>
    </message>
    <message numerus="yes">
        <source>No duplicate group straddles splits (%Ln group(s) checked).</source>
        <translation>
            <numerusform>Aucun groupe de doublons n’est à cheval sur deux partitions (%Ln groupe vérifié).</numerusform>
            <numerusform>Aucun groupe de doublons n’est à cheval sur deux partitions (%Ln groupes vérifiés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) straddle splits: a model would be tested on copies of its training images. Click a group to select it in the grid.</source>
        <translation>
            <numerusform>%Ln groupe de doublons est à cheval sur plusieurs partitions&#xa0;: un modèle serait testé sur des copies de ses images d’entraînement. Cliquez sur un groupe pour le sélectionner dans la grille.</numerusform>
            <numerusform>%Ln groupes de doublons sont à cheval sur plusieurs partitions&#xa0;: un modèle serait testé sur des copies de ses images d’entraînement. Cliquez sur un groupe pour le sélectionner dans la grille.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation>%1 (exclue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigning dataset splits</source>
        <translation>Répartition du jeu de données</translation>
    </message>
    <message>
        <source>Cannot assign the splits</source>
        <translation>Impossible de répartir le jeu de données</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>pinned images to a split</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1
%2 · %3/%4/%5 % · seed %6</source>
        <translation>%1
%2 · %3/%4/%5&#xa0;% · graine %6</translation>
    </message>
    <message>
        <source>Looking for duplicate groups that straddle splits…</source>
        <translation>Recherche des groupes de doublons à cheval sur plusieurs partitions…</translation>
    </message>
</context>
<context>
    <name>Atelier::SplitNames</name>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Train</source>
        <comment>short, on a badge</comment>
        <translation>Entr.</translation>
    </message>
    <message>
        <source>Val</source>
        <comment>short for validation, on a badge</comment>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Test</source>
        <comment>short, on a badge</comment>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>Atelier::TaskProgressArea</name>
    <message>
        <source>No background tasks</source>
        <translation>Aucune tâche en cours</translation>
    </message>
</context>
<context>
    <name>Atelier::TaskProgressRow</name>
    <message>
        <source>Scanning</source>
        <translation>Recherche des fichiers</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this task; what it finished is kept</source>
        <translation>Arrêter cette tâche ; ce qui est terminé est conservé</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <extracomment>Progress of a task phase, e.g. &quot;Importing — 120 of 400&quot;</extracomment>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Atelier::ThumbnailGridModel</name>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Excluded from curation and training</source>
        <translation>Exclue du tri et de l’entraînement</translation>
    </message>
    <message>
        <source>In a duplicate group</source>
        <translation>Dans un groupe de doublons</translation>
    </message>
    <message>
        <source>Has a content rectangle (border to crop)</source>
        <translation>A un rectangle de contenu (bordure à recadrer)</translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation>Épinglée à %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Partition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::ThumbnailGridView</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Atelier::WelcomeWidget</name>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Les projets que vous ouvrez apparaîtront ici.</translation>
    </message>
    <message>
        <source>Welcome to Atelier</source>
        <translation>Bienvenue dans Atelier</translation>
    </message>
    <message>
        <source>Gather your scanned images, sort them into classes, and teach the computer to recognise them.</source>
        <translation>Rassemblez vos images numérisées, rangez-les par classes et apprenez à l’ordinateur à les reconnaître.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Start a collection and import a folder of images into it</source>
        <translation>Commencer une collection et y importer un dossier d’images</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Continue with a project you saved earlier</source>
        <translation>Reprendre un projet enregistré</translation>
    </message>
    <message>
        <source>Try it with sample images</source>
        <translation>Essayer avec des images d’exemple</translation>
    </message>
    <message>
        <source>Creates a small project of generated posters in three classes</source>
        <translation>Crée un petit projet d’affiches générées en trois classes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Tip: drop image files or folders onto this window to import them.</source>
        <translation>Astuce&#xa0;: déposez des images ou des dossiers sur cette fenêtre pour les importer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate, label and train image classifiers.</source>
        <translation>Trier, étiqueter des images et entraîner des classifieurs.</translation>
    </message>
    <message>
        <source>The project to open (*.atelier).</source>
        <translation>Le projet à ouvrir (*.atelier).</translation>
    </message>
</context>
</TS>
