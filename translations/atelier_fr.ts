<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Could not change the label</source>
        <translation>Impossible de changer l’étiquette</translation>
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
        <source>&amp;Label</source>
        <translation>&amp;Étiquette</translation>
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
        <source>Label as “%1”</source>
        <translation>Ranger dans « %1 »</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Classes come from folder names when you import</source>
        <translation>Les classes viennent des noms de dossiers à l’importation</translation>
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
        <source>No image in this class yet.

Select images and press the class&apos;s key to label them.</source>
        <translation>Aucune image dans cette classe pour l’instant.

Sélectionnez des images et appuyez sur la touche de la classe pour les y ranger.</translation>
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
        <source>%1
Unlabelled</source>
        <translation>%1
Sans étiquette</translation>
    </message>
    <message>
        <source>%1
Class: %2</source>
        <translation>%1
Classe&#xa0;: %2</translation>
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
