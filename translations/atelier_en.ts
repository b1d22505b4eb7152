<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Atelier</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Atelier::AddClassCommand</name>
    <message>
        <source>New class “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::AdjustCropCommand</name>
    <message>
        <source>Adjust the crop of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ChangeMappingCommand</name>
    <message>
        <source>Remove the mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ClassActions</name>
    <message>
        <source>&amp;Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give “%1” the key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” merged into “%2”. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class “%1” deleted. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — now “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key that labels the selected images as “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” still labels %Ln image(s).</source>
        <translation>
            <numerusform>“%1” still labels %Ln image.</numerusform>
            <numerusform>“%1” still labels %Ln images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the class leaves them unlabelled; their label history keeps the class&apos;s name. Merging keeps them labelled with another class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move Its %Ln Image(s) to Unlabelled</source>
        <translation>
            <numerusform>Move Its %Ln Image to Unlabelled</numerusform>
            <numerusform>Move Its %Ln Images to Unlabelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ClassCatalog</name>
    <message>
        <source>No class with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;: merge them instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a shortcut: use 1-9 or a letter other than x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must list every class exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring back &quot;%1&quot;: another class now has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one class to merge into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has %2 images: move them to Unlabelled or merge the class</source>
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
    <name>Atelier::ClassMappings</name>
    <message>
        <source>A mapping needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ClassMappingsDialog</name>
    <message>
        <source>Class Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping yet. A mapping gives each class a coarser label, e.g. styles mapped to countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target label of each class in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln target label(s)</source>
        <translation>
            <numerusform>%Ln target label</numerusform>
            <numerusform>%Ln target labels</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) without a target are left out of runs that use this mapping.</source>
        <translation>
            <numerusform>%Ln class without a target is left out of runs that use this mapping.</numerusform>
            <numerusform>%Ln classes without a target are left out of runs that use this mapping.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a mapping named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping, e.g. “Countries”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ClassMetricsModel</name>
    <message>
        <source>Of the images predicted as the class, the share that belongs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the class&apos;s images, the share the network recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of the class that were evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ConfusionMatrixWidget</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” recognised as itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” taken for “%2”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no images of this pair of classes to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here, %2 in %3: %4 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference of the row shares, in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mistaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker: more images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row adds up to 100%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::CropDecisionCommand</name>
    <message numerus="yes">
        <source>Reject the crop of %n image(s)</source>
        <translation>
            <numerusform>Reject the crop of %n image</numerusform>
            <numerusform>Reject the crop of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the crop of %n image(s)</source>
        <translation>
            <numerusform>Accept the crop of %n image</numerusform>
            <numerusform>Accept the crop of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen the crop of %n image(s)</source>
        <translation>
            <numerusform>Reopen the crop of %n image</numerusform>
            <numerusform>Reopen the crop of %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::CropEditor</name>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::CropProposalsModel</name>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop rejected: whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::CropReviewView</name>
    <message>
        <source>Detect Borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for museum borders on the images that have not been examined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans with a border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before / After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the edges to adjust · rejecting keeps the whole image · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Borders: %Ln scan(s) examined, %1 with a border to review.</source>
        <translation>
            <numerusform>Borders: %Ln scan examined, %1 with a border to review.</numerusform>
            <numerusform>Borders: %Ln scans examined, %1 with a border to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan with a border to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) to review</source>
        <translation>
            <numerusform>%Ln scan to review</numerusform>
            <numerusform>%Ln scans to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Borders: every scan had been examined already; %Ln to review.</source>
        <translation>
            <numerusform>Borders: every scan had been examined already; %Ln to review.</numerusform>
            <numerusform>Borders: every scan had been examined already; %Ln to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::CsvImporterPlugin</name>
    <message>
        <source>CSV list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::CsvReader</name>
    <message>
        <source>line %1: unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::CurationController</name>
    <message>
        <source>Fingerprinting new images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting museum borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border detection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DeleteClassCommand</name>
    <message>
        <source>Delete class “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DemoProject</name>
    <message>
        <source>%1 already holds a demo project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, excluded from curation and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date of a label change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier change(s)</source>
        <translation>
            <numerusform>and %Ln earlier change</numerusform>
            <numerusform>and %Ln earlier changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Border:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropped to %1 (accepted); the dimmed border is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropped to %1 (proposed); the dimmed border is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop rejected: the whole image is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicateGroupsModel</name>
    <message>
        <source>Exact copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved: one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies carry different labels: check which is right before excluding any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicateMembersView</name>
    <message>
        <source>Copies in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to compare its copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Suggested keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::DuplicatesView</name>
    <message>
        <source>Search Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Suggestions to All Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: close copies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: rescans and conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: heavily changed copies too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High finds more copies, at a greater risk of grouping different posters of one design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the suggested copy of every group and exclude the others; groups whose copies carry different labels are left for you to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K keeps the chosen copy and excludes the others · X excludes or includes it · Enter keeps the suggested one · ← → copies · ↑ ↓ groups · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… (progress below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s), %1 to review</source>
        <translation>
            <numerusform>%Ln group, %1 to review</numerusform>
            <numerusform>%Ln groups, %1 to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with different labels</source>
        <translation>
            <numerusform>%Ln with different labels</numerusform>
            <numerusform>%Ln with different labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep “%1”, exclude %n copy(ies)</source>
        <translation>
            <numerusform>Keep “%1”, exclude %n copy</numerusform>
            <numerusform>Keep “%1”, exclude %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; its copies are excluded, and their files kept. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group already follows its suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply the duplicate suggestions to %n group(s)</source>
        <translation>
            <numerusform>Apply the duplicate suggestions to %n group</numerusform>
            <numerusform>Apply the duplicate suggestions to %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies) excluded; files are kept. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>%Ln copy excluded; files are kept. Ctrl+Z undoes.</numerusform>
            <numerusform>%Ln copies excluded; files are kept. Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) with different labels left for you to check.</source>
        <translation>
            <numerusform>%Ln group with different labels left for you to check.</numerusform>
            <numerusform>%Ln groups with different labels left for you to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::EvaluationController</name>
    <message>
        <source>Cannot read the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation canceled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run evaluated in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) could not be read.</source>
        <translation>
            <numerusform>%Ln image could not be read.</numerusform>
            <numerusform>%Ln images could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validating run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation canceled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation done in %1 s: every image has an out-of-sample prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be cross-validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for label errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::EvaluationView</name>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which images the figures are about: the run&apos;s validation or test images, or every image through cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the run&apos;s validation and test images and store the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where this run does better or worse than another on the same images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of images in each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each true class&apos;s images: rows add up to 100%, whatever the class&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the images whose most probable class is their label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean recall over the classes: every class counts the same, however many images it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is the most probable class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is among the three most probable classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean F1 over the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select these images in the Images tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surest mistakes first · a class&apos;s key relabels the selected images · 0 removes the label · X excludes · Enter shows the image in the grid · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished training run yet. Train one in the Training tab; it is evaluated when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has not been evaluated yet: Evaluate predicts its validation and test images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images of run %2, evaluated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes on these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating… (progress below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell or a pair to list its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” recognised as itself: %Ln image(s)</source>
        <translation>
            <numerusform>“%1” recognised as itself: %Ln image</numerusform>
            <numerusform>“%1” recognised as itself: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” taken for “%2”: %Ln image(s)</source>
        <translation>
            <numerusform>“%1” taken for “%2”: %Ln image</numerusform>
            <numerusform>“%1” taken for “%2”: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counted with today&apos;s labels: %Ln image(s) relabelled since</source>
        <translation>
            <numerusform>counted with today&apos;s labels: %Ln image relabelled since</numerusform>
            <numerusform>counted with today&apos;s labels: %Ln images relabelled since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) left out since (no label or excluded)</source>
        <translation>
            <numerusform>%Ln image left out since (no label or excluded)</numerusform>
            <numerusform>%Ln images left out since (no label or excluded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::ExcludeCommand</name>
    <message numerus="yes">
        <source>Exclude %n image(s)</source>
        <translation>
            <numerusform>Exclude %n image</numerusform>
            <numerusform>Exclude %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n image(s)</source>
        <translation>
            <numerusform>Include %n image</numerusform>
            <numerusform>Include %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::FilterBar</name>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images left out of curation and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images in a group of exact or near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images in a split of the current split version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names and folders (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement with label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once a model has been trained on this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending; press for descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending; press for ascending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ImageActions</name>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected images out of curation and training, or bring them back. Files are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current image large; the arrows keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance to Next Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a class key, move to the next image that has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes come from folder names when you import, or from Classes ▸ New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image shown has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) excluded. Files are kept; Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln image excluded. The file is kept; Ctrl+Z brings it back.</numerusform>
            <numerusform>%Ln images excluded. Files are kept; Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) included again.</source>
        <translation>
            <numerusform>%Ln image included again.</numerusform>
            <numerusform>%Ln images included again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not pin the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ImageDecoder</name>
    <message>
        <source>damaged or truncated image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: %1 x %2 pixels exceeds the image library&apos;s limit (%3; set it higher in the environment to decode this image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: %1 x %2 pixels exceeds the limit of %3 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported sample format (signed integer samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported image with %1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode an invalid image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ImageHeaderReader</name>
    <message>
        <source>truncated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged image header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad TIFF signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad BigTIFF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image size in the TIFF directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lossless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JPEG frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG scan before the frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad JPEG segment length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG without IHDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown BMP header size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad VP8 start code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad VP8L signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown WebP chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image (unrecognised format)</source>
        <translation type="unfinished"></translation>
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
    <name>Atelier::ImportTask</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no importer for .%1 files (plugin not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project file, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed again with the label &quot;%1&quot;; kept &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::LabelErrorModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gives “%1” %2 and the label “%3” %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this image carries another label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network that never saw this image took it for another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::LabelErrorView</name>
    <message>
        <source>Look Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the queue again from the run&apos;s stored predictions and the labels as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fold trains a short run on the other images and predicts its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one short run per fold so that every image, the training images too, gets a prediction from a network that never saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label-error queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A accepts the suggestion · K keeps the label · X excludes · a class&apos;s key labels it otherwise · Enter shows it in the grid · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cross-validated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validating… (progress below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class is suggested for this image: choose one with its key, or K to keep the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s classes are groups of the project&apos;s classes: choose a class with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every issue in the queue has been looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issue to see the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled “%1”; the network says “%2” (%3) and gives “%1” %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled “%1”; its copies suggest “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies labelled otherwise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished training run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no predictions yet: evaluate it in the Evaluation tab, or cross-validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for label errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln issue(s) to review</source>
        <translation>
            <numerusform>%1 of %Ln issue to review</numerusform>
            <numerusform>%1 of %Ln issues to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) checked (%1)</source>
        <translation>
            <numerusform>%Ln image checked (%1)</numerusform>
            <numerusform>%Ln images checked (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) with different labels</source>
        <translation>
            <numerusform>%Ln duplicate group with different labels</numerusform>
            <numerusform>%Ln duplicate groups with different labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Only validation and test images have out-of-sample predictions: cross-validate to check the training images too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::LabelKeyActions</name>
    <message>
        <source>Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude or Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) excluded. Files are kept; Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln image excluded. The file is kept; Ctrl+Z brings it back.</numerusform>
            <numerusform>%Ln images excluded. Files are kept; Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) included again.</source>
        <translation>
            <numerusform>%Ln image included again.</numerusform>
            <numerusform>%Ln images included again.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every image the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every image again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;Mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coarser label sets over the classes, for training and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &amp;Splits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign training, validation and test images, and check for leakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image matches the filters.

Edit ▸ Clear Filters shows every image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image in this class yet.

Select images and press the class&apos;s key to label them, or drag them onto the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact and near copies, and which one to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum borders around scans, and the crops proposed for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict Pasted Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the evaluated run makes of the image on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluated run to ask: train one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a classifier on the labelled images and follow its curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a run does, class by class, and on which images it goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images whose label the run&apos;s predictions doubt, to accept, keep or exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is still training. Stop it? It stops after the current batch and can be resumed later from the Training tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::MergeClassesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::MergeClassesDialog</name>
    <message>
        <source>Merge Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln image(s) will take the class you choose, and “%1” will be removed. Each image&apos;s label history records the move. Edit ▸ Undo brings the class back with its images.</source>
        <translation>
            <numerusform>Its %Ln image will take the class you choose, and “%1” will be removed. The image&apos;s label history records the move. Edit ▸ Undo brings the class back with its image.</numerusform>
            <numerusform>Its %Ln images will take the class you choose, and “%1” will be removed. Each image&apos;s label history records the move. Edit ▸ Undo brings the class back with its images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::PinCommand</name>
    <message numerus="yes">
        <source>Pin %n image(s) to %1</source>
        <translation>
            <numerusform>Pin %n image to %1</numerusform>
            <numerusform>Pin %n images to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n image(s)</source>
        <translation>
            <numerusform>Unpin %n image</numerusform>
            <numerusform>Unpin %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::PredictedImagesModel</name>
    <message>
        <source>The network gave “%1” %2 and the labelled class “%3” %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionBars</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionPanel</name>
    <message>
        <source>Most similar images in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an image to find it in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this image into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the run&apos;s classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s classifier could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image, %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure — closest classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is trusted from %1 up, as measured on its validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · similarity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image file on the window, or paste one with Ctrl+V, to see what the run&apos;s classifier makes of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluated run yet: train one, and it is evaluated when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar images in the project, as a pretrained network sees them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for similar images in the project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::PredictionService</name>
    <message>
        <source>The run&apos;s classifier could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::PreviewOverlay</name>
    <message>
        <source>Large preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → previous, next · class keys label · Space or Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ProjectExporter</name>
    <message>
        <source>%1 is not empty: export into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::ProjectStore</name>
    <message>
        <source>Upgrading the project to format %1 broke a reference in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Atelier project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Atelier project (it is not a database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not an Atelier project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Atelier (project format %2; this version reads up to %3). Open it with a newer Atelier; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content rectangle for the image with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::RelabelCommand</name>
    <message numerus="yes">
        <source>Remove the label of %n image(s)</source>
        <translation>
            <numerusform>Remove the label of %n image</numerusform>
            <numerusform>Remove the label of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as “%1”</source>
        <translation>
            <numerusform>Label %n image as “%1”</numerusform>
            <numerusform>Label %n images as “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::RenameClassCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::SimilarImagesIndex</name>
    <message>
        <source>The project was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding similar images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::SimilarImagesStrip</name>
    <message>
        <source>Similar, not copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Similar Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images a pretrained network finds alike, besides the copies above: other posters of a series, a design or an artist. Click one to find it in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every image of the project through the pretrained network once (in the background); later searches are instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the images through the pretrained network… (progress below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a pretrained network: packaging/fetch-backbone.sh installs the starter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating for the changed images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is not indexed (excluded, or its file is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 alike
Click to find it in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other similar images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::SplitDialog</name>
    <message>
        <source>Dataset Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a group to select its images in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leakage between splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and images give the same split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep duplicate groups together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy of a scan goes to the same split, so that the test set does not hold images the model was trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign every image that is not excluded, and save the result as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 % — the three must add up to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is pinned. Pin images from the grid&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate groups were not kept together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No split yet. Choose the shares and press Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2 training, %3 validation and %4 test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No duplicate group straddles splits (%Ln group(s) checked).</source>
        <translation>
            <numerusform>No duplicate group straddles splits (%Ln group checked).</numerusform>
            <numerusform>No duplicate group straddles splits (%Ln groups checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) straddle splits: a model would be tested on copies of its training images. Click a group to select it in the grid.</source>
        <translation>
            <numerusform>%Ln duplicate group straddles splits: a model would be tested on copies of its training images. Click a group to select it in the grid.</numerusform>
            <numerusform>%Ln duplicate groups straddle splits: a model would be tested on copies of its training images. Click a group to select it in the grid.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning dataset splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign the splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>pinned images to a split</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3/%4/%5 % · seed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicate groups that straddle splits…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::SplitNames</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <comment>short, on a badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val</source>
        <comment>short for validation, on a badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <comment>short, on a badge</comment>
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
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from curation and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a duplicate group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a content rectangle (border to crop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split: %1</source>
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
    <name>Atelier::TrainPanel</name>
    <message>
        <source>on the GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on the CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>on the CPU, %Ln thread</numerusform>
            <numerusform>on the CPU, %Ln threads</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Its Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new network with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the run keeps a checkpoint and can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the stopped run selected in the list from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected run&apos;s settings into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick runs to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the standard split, then preparing the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, resumed at epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2: batch %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped after %Ln epoch(s): Resume continues it</source>
        <translation>
            <numerusform>%1 stopped after %Ln epoch: Resume continues it</numerusform>
            <numerusform>%1 stopped after %Ln epochs: Resume continues it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached its time limit: Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>test accuracy %1% on %Ln image(s)</source>
        <translation>
            <numerusform>test accuracy %1% on %Ln image</numerusform>
            <numerusform>test accuracy %1% on %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the YAML first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>starting: %Ln epoch(s) of %1 batches</source>
        <translation>
            <numerusform>starting: %Ln epoch of %1 batches</numerusform>
            <numerusform>starting: %Ln epochs of %1 batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to train a classifier on its labelled images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no split yet: Train first makes the standard one (70% training, 15% validation, 15% test images; Project ▸ Dataset Splits changes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the settings and press Train. Runs are kept with the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingController</name>
    <message>
        <source>Epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning dataset splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before training began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for the first training run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingCurvesView</name>
    <message>
        <source>No curves yet.

Press Train to start a run, or choose a run in the list to see its curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of every batch is shown while a run trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier runs: validation dashed, training dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted exactly,
without a learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingForm</name>
    <message>
        <source>Training settings as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same settings as atelier-cli reads them (train --config). Edits here reach the form as soon as they are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the network and the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small CNN (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few convolution blocks: trains in seconds to minutes on a CPU; good for small sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MobileNetV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A light network for larger sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResNet-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResNet-50 (large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large network: slow without a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are scaled to a square of this size: larger sees finer detail, and is slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the network sees every training image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per step: larger is faster per image and needs more memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: adapts its steps, with weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain steps with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big the steps are: too high and the loss jumps about, too low and it hardly falls. The arrows double and halve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the learning rate smoothly towards the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the learning rate every few epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the learning rate when progress stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the learning rate from zero over the first epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary the training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random changes to each training image, so that the network learns the subject rather than the picture. Validation and test images are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random crops and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave off for images whose meaning changes in a mirror: text, maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch and stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure that picks the best epoch, whose weights the run keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when it no longer improves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs without progress to wait before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training, validation and test images to use (Project ▸ Dataset Splits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on the project&apos;s classes, or on a coarser set of labels (Project ▸ Class Mappings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh rare classes more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw classes evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to even out classes with many more images than others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uneven classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU when there is one, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute threads; Automatic uses one per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed, settings and images train the same network again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML has a mistake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the YAML first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current split (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2 / %3 / %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (not in this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1” (not in this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network decides this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick mode fits its linear head exactly, for several weight penalties, and keeps the one the validation images prefer: there are no epochs or steps to choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingRunsModel</name>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (can resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (can resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of time (can resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to draw this run behind the current curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingTimeEstimate</name>
    <message>
        <source>a few seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atelier::TransferSettings</name>
    <message>
        <source>A new network from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick: a small classifier on a pretrained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a pretrained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the network&apos;s features: seconds. Retrain after each relabelling pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network (Atelier&apos;s backbone folder; atelier-cli backbones lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (one layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small network (two layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear is quickest and hard to overfit; a small network can separate classes that a straight line cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the small network&apos;s middle layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varied copies of each training image (see “Vary the training images”), computed once and kept: more copies teach more, and the first run takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the network&apos;s last blocks learn along with the new classifier; the others keep their pretrained weights. More blocks adapt more and need more images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained blocks learn this much slower than the new classifier, so that they keep what they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (small batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned again (large batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics the network&apos;s BatchNorm layers normalise with: small batches give noisy ones that would undo the pretraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose output the classifier learns from: earlier layers see shapes and textures, later ones what the network was trained to recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrained network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varied copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks to train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm statistics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pretrained network is installed. packaging/fetch-backbone.sh installs the starter one; atelier-cli backbones import adds your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed pretrained network can be used (see below). packaging/fetch-backbone.sh installs the starter one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower; can beat Quick with many images per class.</source>
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
