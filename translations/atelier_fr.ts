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
    <name>Atelier::ClassMetricsModel</name>
    <message>
        <source>Of the images predicted as the class, the share that belongs to it</source>
        <translation>Part des images prédites dans la classe qui lui appartiennent</translation>
    </message>
    <message>
        <source>Of the class&apos;s images, the share the network recognised</source>
        <translation>Part des images de la classe que le réseau a reconnues</translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall</source>
        <translation>Moyenne harmonique de la précision et du rappel</translation>
    </message>
    <message>
        <source>Images of the class that were evaluated</source>
        <translation>Images de la classe qui ont été évaluées</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Atelier::ConfusionMatrixWidget</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>“%1” recognised as itself</source>
        <translation>« %1 » reconnue comme telle</translation>
    </message>
    <message>
        <source>“%1” taken for “%2”</source>
        <translation>« %1 » prise pour « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 “%3” images</source>
        <translation>%1 des %2 images « %3 »</translation>
    </message>
    <message>
        <source>%1 has no images of this pair of classes to compare with</source>
        <translation>%1 n’a pas d’image de ce couple de classes à comparer</translation>
    </message>
    <message>
        <source>%1 here, %2 in %3: %4 points</source>
        <translation>%1 ici, %2 dans %3&#xa0;: %4 points</translation>
    </message>
    <message>
        <source>Click to list these images</source>
        <translation>Cliquez pour lister ces images</translation>
    </message>
    <message>
        <source>No evaluation to show yet.</source>
        <translation>Aucune évaluation à montrer pour l’instant.</translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation>Classe prédite →</translation>
    </message>
    <message>
        <source>True class →</source>
        <translation>Vraie classe →</translation>
    </message>
    <message>
        <source>better than %1</source>
        <translation>meilleur que %1</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bon</translation>
    </message>
    <message>
        <source>Difference of the row shares, in points</source>
        <translation>Différence des parts de chaque ligne, en points</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>mistaken</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Darker: more images</source>
        <translation>Plus foncé&#xa0;: plus d’images</translation>
    </message>
    <message>
        <source>Each row adds up to 100%</source>
        <translation>Chaque ligne fait 100&#xa0;%</translation>
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
    <message numerus="yes">
        <source>Borders: every scan had been examined already; %Ln to review.</source>
        <translation>
            <numerusform>Bordures&#xa0;: tous les scans avaient déjà été examinés&#xa0;; %Ln à vérifier.</numerusform>
            <numerusform>Bordures&#xa0;: tous les scans avaient déjà été examinés&#xa0;; %Ln à vérifier.</numerusform>
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
    <message>
        <source>Border:</source>
        <translation>Bordure :</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Cropped to %1 (accepted); the dimmed border is left out</source>
        <translation>Recadrée à %1 (acceptée) ; la bordure assombrie est écartée</translation>
    </message>
    <message>
        <source>Cropped to %1 (proposed); the dimmed border is left out</source>
        <translation>Recadrée à %1 (proposée) ; la bordure assombrie est écartée</translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation>Pas encore examinée</translation>
    </message>
    <message>
        <source>Crop rejected: the whole image is used</source>
        <translation>Recadrage refusé : l’image entière est utilisée</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucune trouvée</translation>
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
    <name>Atelier::EvaluationController</name>
    <message>
        <source>Cannot read the runs</source>
        <translation>Impossible de lire les entraînements</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n°%1 %2</translation>
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
        <source>Cross-validation</source>
        <translation>Validation croisée</translation>
    </message>
    <message>
        <source>Evaluating run %1</source>
        <translation>Évaluation de l’entraînement %1</translation>
    </message>
    <message>
        <source>Evaluation canceled; nothing was stored.</source>
        <translation>Évaluation annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Run evaluated in %1 s.</source>
        <translation>Entraînement évalué en %1&#xa0;s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) could not be read.</source>
        <translation>
            <numerusform>%Ln image n’a pas pu être lue.</numerusform>
            <numerusform>%Ln images n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be evaluated</source>
        <translation>L’entraînement n’a pas pu être évalué</translation>
    </message>
    <message>
        <source>Cross-validating run %1</source>
        <translation>Validation croisée de l’entraînement %1</translation>
    </message>
    <message>
        <source>Cross-validation canceled; nothing was stored.</source>
        <translation>Validation croisée annulée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cross-validation done in %1 s: every image has an out-of-sample prediction.</source>
        <translation>Validation croisée faite en %1&#xa0;s&#xa0;: chaque image a une prédiction hors échantillon.</translation>
    </message>
    <message>
        <source>The run could not be cross-validated</source>
        <translation>La validation croisée de l’entraînement a échoué</translation>
    </message>
    <message>
        <source>Looking for label errors</source>
        <translation>Recherche des erreurs d’étiquette</translation>
    </message>
</context>
<context>
    <name>Atelier::EvaluationView</name>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation>Montrer dans la grille</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Which images the figures are about: the run&apos;s validation or test images, or every image through cross-validation</source>
        <translation>Les images dont parlent les chiffres&#xa0;: celles de validation ou de test de l’entraînement, ou toutes par validation croisée</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images&#xa0;:</translation>
    </message>
    <message>
        <source>Predict the run&apos;s validation and test images and store the figures</source>
        <translation>Prédire les images de validation et de test de l’entraînement et enregistrer les chiffres</translation>
    </message>
    <message>
        <source>Show where this run does better or worse than another on the same images</source>
        <translation>Montrer où cet entraînement fait mieux ou moins bien qu’un autre sur les mêmes images</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Number of images in each cell</source>
        <translation>Nombre d’images dans chaque case</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% par ligne</translation>
    </message>
    <message>
        <source>Share of each true class&apos;s images: rows add up to 100%, whatever the class&apos;s size</source>
        <translation>Part des images de chaque vraie classe&#xa0;: chaque ligne fait 100&#xa0;%, quelle que soit la taille de la classe</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>Share of the images whose most probable class is their label</source>
        <translation>Part des images dont la classe la plus probable est leur étiquette</translation>
    </message>
    <message>
        <source>balanced accuracy</source>
        <translation>exactitude équilibrée</translation>
    </message>
    <message>
        <source>Mean recall over the classes: every class counts the same, however many images it has</source>
        <translation>Rappel moyen sur les classes&#xa0;: chaque classe compte autant, quel que soit son nombre d’images</translation>
    </message>
    <message>
        <source>top-1</source>
        <translation>top-1</translation>
    </message>
    <message>
        <source>The label is the most probable class</source>
        <translation>L’étiquette est la classe la plus probable</translation>
    </message>
    <message>
        <source>top-3</source>
        <translation>top-3</translation>
    </message>
    <message>
        <source>The label is among the three most probable classes</source>
        <translation>L’étiquette est parmi les trois classes les plus probables</translation>
    </message>
    <message>
        <source>macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Mean F1 over the classes</source>
        <translation>F1 moyen sur les classes</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>Images evaluated</source>
        <translation>Images évaluées</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>Confusions les plus fréquentes</translation>
    </message>
    <message>
        <source>Most confused</source>
        <translation>Confusions les plus fréquentes</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Images of the chosen cell</source>
        <translation>Images de la case choisie</translation>
    </message>
    <message>
        <source>Select these images in the Images tab</source>
        <translation>Sélectionner ces images dans l’onglet Images</translation>
    </message>
    <message>
        <source>The surest mistakes first · a class&apos;s key relabels the selected images · 0 removes the label · X excludes · Enter shows the image in the grid · Ctrl+Z undoes</source>
        <translation>Les erreurs les plus sûres d’abord · la touche d’une classe réétiquette les images choisies · 0 retire l’étiquette · X exclut · Entrée montre l’image dans la grille · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>(not evaluated)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>No other run</source>
        <translation>Aucun autre entraînement</translation>
    </message>
    <message>
        <source>Cannot show the evaluation</source>
        <translation>Impossible de montrer l’évaluation</translation>
    </message>
    <message>
        <source>No finished training run yet. Train one in the Training tab; it is evaluated when it ends.</source>
        <translation>Aucun entraînement terminé pour l’instant. Lancez-en un dans l’onglet Entraînement&#xa0;; il est évalué à la fin.</translation>
    </message>
    <message>
        <source>This run has not been evaluated yet: Evaluate predicts its validation and test images.</source>
        <translation>Cet entraînement n’a pas encore été évalué&#xa0;: Évaluer prédit ses images de validation et de test.</translation>
    </message>
    <message>
        <source>%1 images of run %2, evaluated %3</source>
        <translation>%1 — images de l’entraînement %2, évaluées le %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s), %1</source>
        <translation>
            <numerusform>%Ln image, %1</numerusform>
            <numerusform>%Ln images, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the “%2” images were taken for “%3”</source>
        <translation>%1 des images « %2 » ont été prises pour « %3 »</translation>
    </message>
    <message>
        <source>No mistakes on these images.</source>
        <translation>Aucune erreur sur ces images.</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>Impossible de comparer les entraînements</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>Évaluer à nouveau</translation>
    </message>
    <message>
        <source>Evaluating… (progress below)</source>
        <translation>Évaluation… (progression en bas)</translation>
    </message>
    <message>
        <source>Click a cell or a pair to list its images</source>
        <translation>Cliquez sur une case ou une confusion pour lister ses images</translation>
    </message>
    <message numerus="yes">
        <source>“%1” recognised as itself: %Ln image(s)</source>
        <translation>
            <numerusform>« %1 » reconnue comme telle&#xa0;: %Ln image</numerusform>
            <numerusform>« %1 » reconnue comme telle&#xa0;: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” taken for “%2”: %Ln image(s)</source>
        <translation>
            <numerusform>« %1 » prise pour « %2 »&#xa0;: %Ln image</numerusform>
            <numerusform>« %1 » prise pour « %2 »&#xa0;: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counted with today&apos;s labels: %Ln image(s) relabelled since</source>
        <translation>
            <numerusform>comptée avec les étiquettes d’aujourd’hui&#xa0;: %Ln image réétiquetée depuis</numerusform>
            <numerusform>comptée avec les étiquettes d’aujourd’hui&#xa0;: %Ln images réétiquetées depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) left out since (no label or excluded)</source>
        <translation>
            <numerusform>%Ln image écartée depuis (sans étiquette ou exclue)</numerusform>
            <numerusform>%Ln images écartées depuis (sans étiquette ou exclues)</numerusform>
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
    <name>Atelier::LabelErrorModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The network gives “%1” %2 and the label “%3” %4</source>
        <translation>Le réseau donne %2 à « %1 » et %4 à l’étiquette « %3 »</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>copies differ</source>
        <translation>copies divergentes</translation>
    </message>
    <message>
        <source>A copy of this image carries another label</source>
        <translation>Une copie de cette image porte une autre étiquette</translation>
    </message>
    <message>
        <source>A network that never saw this image took it for another class</source>
        <translation>Un réseau qui n’a jamais vu cette image l’a prise pour une autre classe</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Now “%1”</source>
        <translation>Désormais « %1 »</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>Atelier::LabelErrorView</name>
    <message>
        <source>Look Again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Cross-validate</source>
        <translation>Validation croisée</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Build the queue again from the run&apos;s stored predictions and the labels as they are now</source>
        <translation>Refaire la file à partir des prédictions enregistrées de l’entraînement et des étiquettes actuelles</translation>
    </message>
    <message>
        <source> folds</source>
        <translation> plis</translation>
    </message>
    <message>
        <source>Each fold trains a short run on the other images and predicts its own</source>
        <translation>Chaque pli entraîne un court entraînement sur les autres images et prédit les siennes</translation>
    </message>
    <message>
        <source>Train one short run per fold so that every image, the training images too, gets a prediction from a network that never saw it</source>
        <translation>Un court entraînement par pli, pour que chaque image, celles d’entraînement aussi, soit prédite par un réseau qui ne l’a jamais vue</translation>
    </message>
    <message>
        <source>Label-error queue</source>
        <translation>File des erreurs d’étiquette</translation>
    </message>
    <message>
        <source>Accept the Suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>Keep the Label</source>
        <translation>Garder l’étiquette</translation>
    </message>
    <message>
        <source>A accepts the suggestion · K keeps the label · X excludes · a class&apos;s key labels it otherwise · Enter shows it in the grid · Ctrl+Z undoes</source>
        <translation>A accepte la suggestion · K garde l’étiquette · X exclut · la touche d’une classe l’étiquette autrement · Entrée la montre dans la grille · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>(cross-validated)</source>
        <translation>(validation croisée faite)</translation>
    </message>
    <message>
        <source>(not evaluated)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>Cross-validating… (progress below)</source>
        <translation>Validation croisée… (progression en bas)</translation>
    </message>
    <message>
        <source>No class is suggested for this image: choose one with its key, or K to keep the label.</source>
        <translation>Aucune classe n’est suggérée pour cette image&#xa0;: choisissez-en une avec sa touche, ou K pour garder l’étiquette.</translation>
    </message>
    <message>
        <source>The run&apos;s classes are groups of the project&apos;s classes: choose a class with its key.</source>
        <translation>Les classes de l’entraînement regroupent celles du projet&#xa0;: choisissez une classe avec sa touche.</translation>
    </message>
    <message>
        <source>Cannot remember the decision</source>
        <translation>Impossible de retenir la décision</translation>
    </message>
    <message>
        <source>Every issue in the queue has been looked at.</source>
        <translation>Toute la file a été examinée.</translation>
    </message>
    <message>
        <source>Choose an issue to see the image</source>
        <translation>Choisissez une ligne pour voir l’image</translation>
    </message>
    <message>
        <source>Labelled “%1”; the network says “%2” (%3) and gives “%1” %4.</source>
        <translation>Étiquetée « %1 »&#xa0;; le réseau dit « %2 » (%3) et donne %4 à « %1 ».</translation>
    </message>
    <message>
        <source>Labelled “%1”; its copies suggest “%2”.</source>
        <translation>Étiquetée « %1 »&#xa0;; ses copies suggèrent « %2 ».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>Copies labelled otherwise: %1</source>
        <translation>Copies étiquetées autrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No finished training run yet.</source>
        <translation>Aucun entraînement terminé pour l’instant.</translation>
    </message>
    <message>
        <source>This run has no predictions yet: evaluate it in the Evaluation tab, or cross-validate it.</source>
        <translation>Cet entraînement n’a pas encore de prédictions&#xa0;: évaluez-le dans l’onglet Évaluation, ou faites une validation croisée.</translation>
    </message>
    <message>
        <source>Looking for label errors…</source>
        <translation>Recherche des erreurs d’étiquette…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln issue(s) to review</source>
        <translation>
            <numerusform>%1 sur %Ln ligne à examiner</numerusform>
            <numerusform>%1 sur %Ln lignes à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) checked (%1)</source>
        <translation>
            <numerusform>%Ln image vérifiée (%1)</numerusform>
            <numerusform>%Ln images vérifiées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) with different labels</source>
        <translation>
            <numerusform>%Ln groupe de doublons aux étiquettes différentes</numerusform>
            <numerusform>%Ln groupes de doublons aux étiquettes différentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only validation and test images have out-of-sample predictions: cross-validate to check the training images too.</source>
        <translation>Seules les images de validation et de test ont des prédictions hors échantillon&#xa0;: faites une validation croisée pour vérifier aussi les images d’entraînement.</translation>
    </message>
</context>
<context>
    <name>Atelier::LabelKeyActions</name>
    <message>
        <source>Remove Label</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Exclude or Include</source>
        <translation>Exclure ou réintégrer</translation>
    </message>
    <message>
        <source>Label as “%1”</source>
        <translation>Étiqueter « %1 »</translation>
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
            <numerusform>%Ln image exclue. Les fichiers sont gardés&#xa0;; Ctrl+Z la réintègre.</numerusform>
            <numerusform>%Ln images exclues. Les fichiers sont gardés&#xa0;; Ctrl+Z les réintègre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) included again.</source>
        <translation>
            <numerusform>%Ln image réintégrée.</numerusform>
            <numerusform>%Ln images réintégrées.</numerusform>
        </translation>
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
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Train a classifier on the labelled images and follow its curves</source>
        <translation>Entraîner un classifieur sur les images étiquetées et suivre ses courbes</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Predict Pasted Image</source>
        <translation>&amp;Prédire l’image collée</translation>
    </message>
    <message>
        <source>Show what the evaluated run makes of the image on the clipboard</source>
        <translation>Montrer ce que l’entraînement évalué voit dans l’image du presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>No evaluated run to ask: train one first.</source>
        <translation>Aucun entraînement évalué à interroger&#xa0;: lancez-en un d’abord.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>How a run does, class by class, and on which images it goes wrong</source>
        <translation>Les résultats d’un entraînement, classe par classe, et les images sur lesquelles il se trompe</translation>
    </message>
    <message>
        <source>Label Errors</source>
        <translation>Erreurs d’étiquette</translation>
    </message>
    <message>
        <source>Images whose label the run&apos;s predictions doubt, to accept, keep or exclude</source>
        <translation>Les images dont les prédictions de l’entraînement mettent l’étiquette en doute, à accepter, garder ou exclure</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>&amp;Prediction</source>
        <translation>&amp;Prédiction</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Label Errors</source>
        <translation>&amp;Erreurs d’étiquette</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>A model is still training. Stop it? It stops after the current batch and can be resumed later from the Training tab.</source>
        <translation>Un modèle est encore en cours d’entraînement. L’arrêter ? Il s’arrête après le lot en cours et pourra reprendre plus tard depuis l’onglet Entraînement.</translation>
    </message>
    <message>
        <source>Stop Training</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation>Continuer l’entraînement</translation>
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
    <name>Atelier::PredictedImagesModel</name>
    <message>
        <source>The network gave “%1” %2 and the labelled class “%3” %4</source>
        <translation>Le réseau a donné %2 à « %1 » et %4 à la classe étiquetée « %3 »</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>%1 · excluded</source>
        <translation>%1 · exclue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Étiquetée</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédite</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Label now</source>
        <translation>Étiquette actuelle</translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionBars</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionPanel</name>
    <message>
        <source>Most similar images in the project</source>
        <translation>Images les plus semblables du projet</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>Click an image to find it in the grid</source>
        <translation>Cliquez sur une image pour la trouver dans la grille</translation>
    </message>
    <message>
        <source>Import this image into the project</source>
        <translation>Importer cette image dans le projet</translation>
    </message>
    <message>
        <source>Loading the run&apos;s classifier…</source>
        <translation>Chargement du classifieur de l’entraînement…</translation>
    </message>
    <message>
        <source>The run&apos;s classifier could not be loaded: %1</source>
        <translation>Le classifieur de l’entraînement n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pasted image, %1 × %2</source>
        <translation>Image collée, %1 × %2</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Examen…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not sure — closest classes:</source>
        <translation>Incertain — classes les plus proches&#xa0;:</translation>
    </message>
    <message>
        <source>This run is trusted from %1 up, as measured on its validation images.</source>
        <translation>On se fie à cet entraînement à partir de %1, mesuré sur ses images de validation.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>%1
%2 · similarity %3</source>
        <translation>%1
%2 · similarité %3</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Drop an image file on the window, or paste one with Ctrl+V, to see what the run&apos;s classifier makes of it.</source>
        <translation>Déposez un fichier image sur la fenêtre, ou collez-en une avec Ctrl+V, pour voir ce qu’en dit le classifieur de l’entraînement.</translation>
    </message>
    <message>
        <source>No evaluated run yet: train one, and it is evaluated when it ends.</source>
        <translation>Aucun entraînement évalué pour l’instant&#xa0;: lancez-en un, il est évalué à la fin.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Entraînement %1</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Entraînement n°%1</translation>
    </message>
    <message>
        <source>answered in %1 ms</source>
        <translation>réponse en %1&#xa0;ms</translation>
    </message>
    <message>
        <source>Cannot add the image</source>
        <translation>Impossible d’ajouter l’image</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Similar images in the project, as a pretrained network sees them</source>
        <translation>Images semblables du projet, vues par un réseau pré-entraîné</translation>
    </message>
    <message>
        <source>No similar images: %1</source>
        <translation>Pas d’images semblables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking for similar images in the project…</source>
        <translation>Recherche d’images semblables dans le projet…</translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionService</name>
    <message>
        <source>The run&apos;s classifier could not be loaded.</source>
        <translation>Le classifieur de l’entraînement n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>L’image collée est vide.</translation>
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
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation>Impossible de lire %1 : accès refusé</translation>
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
    <name>Atelier::SimilarImagesIndex</name>
    <message>
        <source>The project was closed</source>
        <translation>Le projet a été fermé</translation>
    </message>
    <message>
        <source>Finding similar images</source>
        <translation>Recherche d’images semblables</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Aucun projet n’est ouvert</translation>
    </message>
</context>
<context>
    <name>Atelier::SimilarImagesStrip</name>
    <message>
        <source>Similar, not copies</source>
        <translation>Semblables, pas des copies</translation>
    </message>
    <message>
        <source>Find Similar Images</source>
        <translation>Trouver les images semblables</translation>
    </message>
    <message>
        <source>Images a pretrained network finds alike, besides the copies above: other posters of a series, a design or an artist. Click one to find it in the grid.</source>
        <translation>Images qu’un réseau pré-entraîné juge proches, en plus des copies ci-dessus&#xa0;: autres affiches d’une série, d’un motif ou d’un artiste. Cliquez sur l’une d’elles pour la retrouver dans la grille.</translation>
    </message>
    <message>
        <source>Reads every image of the project through the pretrained network once (in the background); later searches are instant</source>
        <translation>Passe une fois chaque image du projet dans le réseau pré-entraîné (en arrière-plan)&#xa0;; les recherches suivantes sont immédiates</translation>
    </message>
    <message>
        <source>Similar images</source>
        <translation>Images semblables</translation>
    </message>
    <message>
        <source>Reading the images through the pretrained network… (progress below)</source>
        <translation>Lecture des images par le réseau pré-entraîné… (progression ci-dessous)</translation>
    </message>
    <message>
        <source>Needs a pretrained network: packaging/fetch-backbone.sh installs the starter one.</source>
        <translation>Il faut un réseau pré-entraîné&#xa0;: packaging/fetch-backbone.sh installe celui de départ.</translation>
    </message>
    <message>
        <source>Updating for the changed images…</source>
        <translation>Mise à jour pour les images modifiées…</translation>
    </message>
    <message>
        <source>Could not be found: %1</source>
        <translation>Recherche impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisissez une image</translation>
    </message>
    <message>
        <source>This image is not indexed (excluded, or its file is missing)</source>
        <translation>Cette image n’est pas indexée (exclue, ou son fichier manque)</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>%1
%2 · %3 alike
Click to find it in the grid</source>
        <translation>%1
%2 · semblable à %3
Cliquez pour la retrouver dans la grille</translation>
    </message>
    <message>
        <source>No other similar images</source>
        <translation>Pas d’autres images semblables</translation>
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
    <name>Atelier::TrainPanel</name>
    <message>
        <source>on the GPU (%1)</source>
        <translation>sur le GPU (%1)</translation>
    </message>
    <message numerus="yes">
        <source>on the CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>sur le CPU, %Ln thread</numerusform>
            <numerusform>sur le CPU, %Ln threads</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Use Its Settings</source>
        <translation>Reprendre ses réglages</translation>
    </message>
    <message>
        <source>Train a new network with these settings</source>
        <translation>Entraîner un nouveau réseau avec ces réglages</translation>
    </message>
    <message>
        <source>Stop after the current batch; the run keeps a checkpoint and can be resumed</source>
        <translation>Arrêter après le lot en cours ; l’entraînement garde un point de reprise et peut être repris</translation>
    </message>
    <message>
        <source>Continue the stopped run selected in the list from its last checkpoint</source>
        <translation>Poursuivre l’entraînement arrêté choisi dans la liste depuis son dernier point de reprise</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s settings into the form</source>
        <translation>Mettre les réglages de l’entraînement choisi dans le formulaire</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>Tick runs to compare them</source>
        <translation>Cochez pour comparer</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>Making the standard split, then preparing the images…</source>
        <translation>Création de la partition standard, puis préparation des images…</translation>
    </message>
    <message>
        <source>Preparing the images…</source>
        <translation>Préparation des images…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>%1, resumed at epoch %2</source>
        <translation>%1, repris à l’époque %2</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Époque %1 sur %2</translation>
    </message>
    <message>
        <source>Epoch %1 of %2: batch %3 of %4</source>
        <translation>Époque %1 sur %2&#xa0;: lot %3 sur %4</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>%1 completed in %2 s</source>
        <translation>%1 terminé en %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped after %Ln epoch(s): Resume continues it</source>
        <translation>
            <numerusform>%1 arrêté après %Ln époque&#xa0;: Reprendre le poursuit</numerusform>
            <numerusform>%1 arrêté après %Ln époques&#xa0;: Reprendre le poursuit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached its time limit: Resume continues it</source>
        <translation>%1 a atteint sa limite de temps&#xa0;: Reprendre le poursuit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>meilleur résultat %1</translation>
    </message>
    <message numerus="yes">
        <source>test accuracy %1% on %Ln image(s)</source>
        <translation>
            <numerusform>exactitude de test %1&#xa0;% sur %Ln image</numerusform>
            <numerusform>exactitude de test %1&#xa0;% sur %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>L’entraînement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 “%2”</source>
        <translation>Entraînement %1 « %2 »</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Entraînement %1</translation>
    </message>
    <message>
        <source>Correct the YAML first: %1</source>
        <translation>Corrigez d’abord le YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 images/s</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message numerus="yes">
        <source>starting: %Ln epoch(s) of %1 batches</source>
        <translation>
            <numerusform>démarrage&#xa0;: %Ln époque de %1 lots</numerusform>
            <numerusform>démarrage&#xa0;: %Ln époques de %1 lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to train a classifier on its labelled images.</source>
        <translation>Ouvrez un projet pour entraîner un classifieur sur ses images étiquetées.</translation>
    </message>
    <message>
        <source>This project has no split yet: Train first makes the standard one (70% training, 15% validation, 15% test images; Project ▸ Dataset Splits changes it).</source>
        <translation>Ce projet n’a pas encore de partition&#xa0;: Entraîner crée d’abord la partition standard (70&#xa0;% entraînement, 15&#xa0;% validation, 15&#xa0;% test ; Projet ▸ Partitions du jeu de données la modifie).</translation>
    </message>
    <message>
        <source>Choose the settings and press Train. Runs are kept with the project.</source>
        <translation>Choisissez les réglages et appuyez sur Entraîner. Les entraînements sont conservés avec le projet.</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingController</name>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Époque %1 sur %2</translation>
    </message>
    <message>
        <source>Resuming training run %1</source>
        <translation>Reprise de l’entraînement %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Assigning dataset splits</source>
        <translation>Répartition du jeu de données</translation>
    </message>
    <message>
        <source>Stopped before training began</source>
        <translation>Arrêté avant le début de l’entraînement</translation>
    </message>
    <message>
        <source>Preparing the images</source>
        <translation>Préparation des images</translation>
    </message>
    <message>
        <source>Made for the first training run</source>
        <translation>Créée pour le premier entraînement</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingCurvesView</name>
    <message>
        <source>No curves yet.

Press Train to start a run, or choose a run in the list to see its curves.</source>
        <translation>Pas encore de courbes.

Appuyez sur Entraîner pour lancer un entraînement, ou choisissez-en un dans la liste pour voir ses courbes.</translation>
    </message>
    <message>
        <source>Training loss per batch</source>
        <translation>Perte d’entraînement par lot</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Perte par époque</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Exactitude par époque</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Each batch</source>
        <translation>Chaque lot</translation>
    </message>
    <message>
        <source>Smoothed</source>
        <translation>Lissée</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>The loss of every batch is shown while a run trains</source>
        <translation>La perte de chaque lot s’affiche pendant l’entraînement</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>(earlier runs: validation dashed, training dotted)</source>
        <translation>(entraînements précédents&#xa0;: validation en tirets, entraînement en pointillés)</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Entraînement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fitted exactly,
without a learning rate</source>
        <translation>Ajusté exactement,
sans taux d’apprentissage</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingForm</name>
    <message>
        <source>Training settings as YAML</source>
        <translation>Réglages de l’entraînement en YAML</translation>
    </message>
    <message>
        <source>The same settings as atelier-cli reads them (train --config). Edits here reach the form as soon as they are valid.</source>
        <translation>Les mêmes réglages, tels que atelier-cli les lit (train --config). Les modifications faites ici passent au formulaire dès qu’elles sont valides.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Automatic: the network and the date</source>
        <translation>Automatique&#xa0;: le réseau et la date</translation>
    </message>
    <message>
        <source>Small CNN (quick)</source>
        <translation>Petit CNN (rapide)</translation>
    </message>
    <message>
        <source>A few convolution blocks: trains in seconds to minutes on a CPU; good for small sets</source>
        <translation>Quelques blocs de convolution&#xa0;: s’entraîne en quelques secondes ou minutes sur un CPU ; bien pour les petits jeux</translation>
    </message>
    <message>
        <source>MobileNetV2</source>
        <translation>MobileNetV2</translation>
    </message>
    <message>
        <source>A light network for larger sets</source>
        <translation>Un réseau léger pour les jeux plus grands</translation>
    </message>
    <message>
        <source>ResNet-18</source>
        <translation>ResNet-18</translation>
    </message>
    <message>
        <source>ResNet-50 (large)</source>
        <translation>ResNet-50 (grand)</translation>
    </message>
    <message>
        <source>A large network: slow without a GPU</source>
        <translation>Un grand réseau&#xa0;: lent sans GPU</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Images are scaled to a square of this size: larger sees finer detail, and is slower</source>
        <translation>Les images sont ramenées à un carré de cette taille&#xa0;: plus grand voit des détails plus fins, et est plus lent</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille d’image&#xa0;:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>How many times the network sees every training image</source>
        <translation>Combien de fois le réseau voit chaque image d’entraînement</translation>
    </message>
    <message>
        <source>Images per step: larger is faster per image and needs more memory</source>
        <translation>Images par pas&#xa0;: plus grand est plus rapide par image et demande plus de mémoire</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Recommended: adapts its steps, with weight decay</source>
        <translation>Recommandé&#xa0;: adapte ses pas, avec décroissance des poids</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain steps with momentum</source>
        <translation>Des pas simples avec inertie</translation>
    </message>
    <message>
        <source>How big the steps are: too high and the loss jumps about, too low and it hardly falls. The arrows double and halve it.</source>
        <translation>La taille des pas&#xa0;: trop grande, la perte saute ; trop petite, elle baisse à peine. Les flèches la doublent et la divisent par deux.</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Lowers the learning rate smoothly towards the end</source>
        <translation>Baisse le taux d’apprentissage en douceur vers la fin</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Keeps the learning rate</source>
        <translation>Garde le taux d’apprentissage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Lowers the learning rate every few epochs</source>
        <translation>Baisse le taux d’apprentissage toutes les quelques époques</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <source>Lowers the learning rate when progress stalls</source>
        <translation>Baisse le taux d’apprentissage quand les progrès stagnent</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>Raise the learning rate from zero over the first epochs</source>
        <translation>Monter le taux d’apprentissage depuis zéro pendant les premières époques</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques&#xa0;:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille des lots&#xa0;:</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimiseur&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Montée&#xa0;:</translation>
    </message>
    <message>
        <source>Vary the training images</source>
        <translation>Varier les images d’entraînement</translation>
    </message>
    <message>
        <source>Random changes to each training image, so that the network learns the subject rather than the picture. Validation and test images are never changed.</source>
        <translation>Des changements aléatoires de chaque image d’entraînement, pour que le réseau apprenne le sujet plutôt que l’image. Les images de validation et de test ne sont jamais modifiées.</translation>
    </message>
    <message>
        <source>Random crops and zoom</source>
        <translation>Recadrages et zooms aléatoires</translation>
    </message>
    <message>
        <source>Mirror left to right</source>
        <translation>Miroir gauche-droite</translation>
    </message>
    <message>
        <source>Leave off for images whose meaning changes in a mirror: text, maps</source>
        <translation>À laisser décoché pour les images dont le sens change dans un miroir&#xa0;: textes, cartes</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Rotation up to:</source>
        <translation>Rotation jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Brightness:</source>
        <translation>Luminosité&#xa0;:</translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation>Contraste&#xa0;:</translation>
    </message>
    <message>
        <source>Saturation:</source>
        <translation>Saturation&#xa0;:</translation>
    </message>
    <message>
        <source>Best epoch and stopping</source>
        <translation>Meilleure époque et arrêt</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitude de validation</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Exactitude d’entraînement</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <source>The figure that picks the best epoch, whose weights the run keeps</source>
        <translation>Le chiffre qui désigne la meilleure époque, dont l’entraînement garde les poids</translation>
    </message>
    <message>
        <source>Stop when it no longer improves</source>
        <translation>Arrêter quand il ne progresse plus</translation>
    </message>
    <message>
        <source>How many epochs without progress to wait before stopping</source>
        <translation>Combien d’époques sans progrès attendre avant d’arrêter</translation>
    </message>
    <message>
        <source>Best by:</source>
        <translation>Meilleure selon&#xa0;:</translation>
    </message>
    <message>
        <source>Patience:</source>
        <translation>Patience&#xa0;:</translation>
    </message>
    <message>
        <source>Images and classes</source>
        <translation>Images et classes</translation>
    </message>
    <message>
        <source>Which training, validation and test images to use (Project ▸ Dataset Splits)</source>
        <translation>Quelles images d’entraînement, de validation et de test utiliser (Projet ▸ Partitions du jeu de données)</translation>
    </message>
    <message>
        <source>Train on the project&apos;s classes, or on a coarser set of labels (Project ▸ Class Mappings)</source>
        <translation>Entraîner sur les classes du projet, ou sur un jeu d’étiquettes plus grossier (Projet ▸ Correspondances de classes)</translation>
    </message>
    <message>
        <source>As they are</source>
        <translation>Telles quelles</translation>
    </message>
    <message>
        <source>Weigh rare classes more</source>
        <translation>Donner plus de poids aux classes rares</translation>
    </message>
    <message>
        <source>Draw classes evenly</source>
        <translation>Tirer les classes à parts égales</translation>
    </message>
    <message>
        <source>How to even out classes with many more images than others</source>
        <translation>Comment équilibrer des classes qui ont bien plus d’images que d’autres</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Uneven classes:</source>
        <translation>Classes inégales&#xa0;:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The GPU when there is one, else the CPU</source>
        <translation>Le GPU s’il y en a un, sinon le CPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Compute threads; Automatic uses one per core</source>
        <translation>Threads de calcul ; Automatique en utilise un par cœur</translation>
    </message>
    <message>
        <source>The same seed, settings and images train the same network again</source>
        <translation>La même graine, les mêmes réglages et les mêmes images entraînent à nouveau le même réseau</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads&#xa0;:</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>Graine aléatoire&#xa0;:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The YAML has a mistake: %1</source>
        <translation>Le YAML contient une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the YAML first</source>
        <translation>Corrigez d’abord le YAML</translation>
    </message>
    <message>
        <source>The current split (none yet)</source>
        <translation>La partition actuelle (aucune pour l’instant)</translation>
    </message>
    <message>
        <source>The current split</source>
        <translation>La partition actuelle</translation>
    </message>
    <message>
        <source>Version %1: %2 / %3 / %4 images</source>
        <translation>Version %1&#xa0;: %2 / %3 / %4 images</translation>
    </message>
    <message>
        <source>Version %1 (not in this project)</source>
        <translation>Version %1 (absente de ce projet)</translation>
    </message>
    <message>
        <source>The project&apos;s classes</source>
        <translation>Les classes du projet</translation>
    </message>
    <message>
        <source>Mapping “%1”</source>
        <translation>Correspondance « %1 »</translation>
    </message>
    <message>
        <source>Mapping “%1” (not in this project)</source>
        <translation>Correspondance « %1 » (absente de ce projet)</translation>
    </message>
    <message>
        <source>What to train</source>
        <translation>Que faut-il entraîner&#xa0;?</translation>
    </message>
    <message>
        <source>The pretrained network decides this</source>
        <translation>Le réseau pré-entraîné en décide</translation>
    </message>
    <message>
        <source>Quick mode fits its linear head exactly, for several weight penalties, and keeps the one the validation images prefer: there are no epochs or steps to choose</source>
        <translation>Le mode rapide ajuste exactement son classifieur linéaire, pour plusieurs pénalités de poids, et garde celle que préfèrent les images de validation&#xa0;: il n’y a ni époques ni pas à choisir</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingRunsModel</name>
    <message>
        <source>validation accuracy</source>
        <translation>exactitude de validation</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitude d’entraînement</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Interrupted (can resume)</source>
        <translation>Interrompu (peut reprendre)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped (can resume)</source>
        <translation>Arrêté (peut reprendre)</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté tôt</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergé</translation>
    </message>
    <message>
        <source>Out of time (can resume)</source>
        <translation>Temps écoulé (peut reprendre)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Tick to draw this run behind the current curves</source>
        <translation>Cochez pour tracer cet entraînement derrière les courbes affichées</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>fitted exactly</source>
        <translation>ajustement exact</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingTimeEstimate</name>
    <message>
        <source>a few seconds left</source>
        <translation>encore quelques secondes</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>encore environ %1 s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>encore environ %n min</numerusform>
            <numerusform>encore environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>encore environ %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Atelier::TransferSettings</name>
    <message>
        <source>A new network from scratch</source>
        <translation>Un nouveau réseau, à partir de zéro</translation>
    </message>
    <message>
        <source>Quick: a small classifier on a pretrained network</source>
        <translation>Rapide&#xa0;: un petit classifieur sur un réseau pré-entraîné</translation>
    </message>
    <message>
        <source>Fine-tune a pretrained network</source>
        <translation>Affiner un réseau pré-entraîné</translation>
    </message>
    <message>
        <source>On the network&apos;s features: seconds. Retrain after each relabelling pass.</source>
        <translation>Sur les caractéristiques du réseau&#xa0;: quelques secondes. À relancer après chaque passe d’étiquetage.</translation>
    </message>
    <message>
        <source>The pretrained network (Atelier&apos;s backbone folder; atelier-cli backbones lists them)</source>
        <translation>Le réseau pré-entraîné (dossier des réseaux d’Atelier&#xa0;; atelier-cli backbones les liste)</translation>
    </message>
    <message>
        <source>Linear (one layer)</source>
        <translation>Linéaire (une couche)</translation>
    </message>
    <message>
        <source>Small network (two layers)</source>
        <translation>Petit réseau (deux couches)</translation>
    </message>
    <message>
        <source>Linear is quickest and hard to overfit; a small network can separate classes that a straight line cannot</source>
        <translation>Le linéaire est le plus rapide et surapprend peu&#xa0;; un petit réseau sépare des classes qu’une droite ne sépare pas</translation>
    </message>
    <message>
        <source>Size of the small network&apos;s middle layer</source>
        <translation>Taille de la couche intermédiaire du petit réseau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Varied copies of each training image (see “Vary the training images”), computed once and kept: more copies teach more, and the first run takes longer</source>
        <translation>Copies variées de chaque image d’entraînement (voir «&#xa0;Varier les images d’entraînement&#xa0;»), calculées une fois et gardées&#xa0;: plus de copies apprennent davantage, et le premier entraînement est plus long</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>How many of the network&apos;s last blocks learn along with the new classifier; the others keep their pretrained weights. More blocks adapt more and need more images.</source>
        <translation>Combien des derniers blocs du réseau apprennent avec le nouveau classifieur&#xa0;; les autres gardent leurs poids pré-entraînés. Plus de blocs s’adaptent davantage et demandent plus d’images.</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>The pretrained blocks learn this much slower than the new classifier, so that they keep what they know</source>
        <translation>Les blocs pré-entraînés apprennent d’autant plus lentement que le nouveau classifieur, pour garder ce qu’ils savent</translation>
    </message>
    <message>
        <source>Kept (small batches)</source>
        <translation>Gardées (petits lots)</translation>
    </message>
    <message>
        <source>Learned again (large batches)</source>
        <translation>Réapprises (grands lots)</translation>
    </message>
    <message>
        <source>The statistics the network&apos;s BatchNorm layers normalise with: small batches give noisy ones that would undo the pretraining</source>
        <translation>Les statistiques avec lesquelles les couches BatchNorm normalisent&#xa0;: de petits lots en donnent de bruitées, qui défairaient le pré-entraînement</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>The layer whose output the classifier learns from: earlier layers see shapes and textures, later ones what the network was trained to recognise</source>
        <translation>La couche dont la sortie sert au classifieur&#xa0;: les premières voient formes et textures, les dernières ce que le réseau a appris à reconnaître</translation>
    </message>
    <message>
        <source>Features from:</source>
        <translation>Caractéristiques de&#xa0;:</translation>
    </message>
    <message>
        <source>Pretrained network:</source>
        <translation>Réseau pré-entraîné&#xa0;:</translation>
    </message>
    <message>
        <source>Classifier:</source>
        <translation>Classifieur&#xa0;:</translation>
    </message>
    <message>
        <source>Hidden units:</source>
        <translation>Unités cachées&#xa0;:</translation>
    </message>
    <message>
        <source>Varied copies:</source>
        <translation>Copies variées&#xa0;:</translation>
    </message>
    <message>
        <source>Blocks to train:</source>
        <translation>Blocs à entraîner&#xa0;:</translation>
    </message>
    <message>
        <source>Their learning rate:</source>
        <translation>Leur taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>BatchNorm statistics:</source>
        <translation>Statistiques BatchNorm&#xa0;:</translation>
    </message>
    <message>
        <source>No pretrained network is installed. packaging/fetch-backbone.sh installs the starter one; atelier-cli backbones import adds your own.</source>
        <translation>Aucun réseau pré-entraîné n’est installé. packaging/fetch-backbone.sh installe celui de départ&#xa0;; atelier-cli backbones import ajoute les vôtres.</translation>
    </message>
    <message>
        <source>No installed pretrained network can be used (see below). packaging/fetch-backbone.sh installs the starter one again.</source>
        <translation>Aucun réseau pré-entraîné installé n’est utilisable (voir ci-dessous). packaging/fetch-backbone.sh réinstalle celui de départ.</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagé)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>%1 (not in this network)</source>
        <translation>%1 (absente de ce réseau)</translation>
    </message>
    <message>
        <source>The layers cannot be listed: %1</source>
        <translation>Impossible de lister les couches&#xa0;: %1</translation>
    </message>
    <message>
        <source>Slower; can beat Quick with many images per class.</source>
        <translation>Plus lent&#xa0;; peut battre le mode rapide avec beaucoup d’images par classe.</translation>
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
