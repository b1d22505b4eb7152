<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Atelier::AboutDialog</name>
    <message>
        <source>About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A studio for curating, labelling and training image classifiers on your own collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (training runs on the processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier is free software, released under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CUDA, %Ln device(s)</source>
        <translation>
            <numerusform>CUDA, %Ln device</numerusform>
            <numerusform>CUDA, %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ClassListModel</name>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — press %2 to label the selected images with this class</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DetailPane</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of the selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) selected — a class chosen below applies to all of them.</source>
        <translation>
            <numerusform>%Ln image selected — a class chosen below applies to all of them.</numerusform>
            <numerusform>%Ln images selected — a class chosen below applies to all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ImagePreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ImportController</name>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)</source>
        <translation>
            <numerusform>Importing %Ln item</numerusform>
            <numerusform>Importing %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ImportSummaryDialog</name>
    <message>
        <source>Import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images added before canceling are kept in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found in %1 s.</source>
        <translation>
            <numerusform>%Ln file found in %1 s.</numerusform>
            <numerusform>%Ln files found in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the added images came with a label from their folder or list.</source>
        <translation>
            <numerusform>%Ln of the added images came with a label from their folder or list.</numerusform>
            <numerusform>%Ln of the added images came with a label from their folder or list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <source>Atelier projects (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image files to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every image below a folder; sub-folder names become classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CSV List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the images named in a list of path and label rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size (Ctrl+wheel over the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. Import images with File ▸ Import, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Stop it? The images imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File ▸ Open Project, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV lists (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes come from folder names when you import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are imported into a project. Create a new project for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no images yet.

Import files or a folder from the File menu, or drop them onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image in this class yet.

Select images and press the class&apos;s key to label them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import canceled: %Ln image(s) added</source>
        <translation>
            <numerusform>Import canceled: %Ln image added</numerusform>
            <numerusform>Import canceled: %Ln images added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln image(s) added</source>
        <translation>
            <numerusform>Import finished: %Ln image added</numerusform>
            <numerusform>Import finished: %Ln images added</numerusform>
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
            <numerusform>%1 of %Ln image</numerusform>
            <numerusform>%1 of %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import queued: it starts when the current one ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TaskProgressArea</name>
    <message>
        <source>No background tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TaskProgressRow</name>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this task; what it finished is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <extracomment>Progress of a task phase, e.g. &quot;Importing — 120 of 400&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ThumbnailGridModel</name>
    <message>
        <source>%1
Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Class: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ThumbnailGridView</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::WelcomeWidget</name>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather your scanned images, sort them into classes, and teach the computer to recognise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a collection and import a folder of images into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a project you saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with sample images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a small project of generated posters in three classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop image files or folders onto this window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate, label and train image classifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open (*.atelier).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
