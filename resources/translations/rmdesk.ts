<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="170"/>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="177"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="179"/>
        <source>What each of you wants from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="183"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="184"/>
        <source>Meet every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="188"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="189"/>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="192"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="194"/>
        <source>What stays between the two of you, and what may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="198"/>
        <source>Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="200"/>
        <source>How either of you can pause or end the programme, without blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="204"/>
        <source>If it isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="207"/>
        <source>Whom either of you can talk to, e.g. the programme coordinator, and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="211"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="218"/>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="219"/>
        <source>We meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="220"/>
        <source>&amp;Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="221"/>
        <source>&amp;Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="222"/>
        <source>If it &amp;isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="223"/>
        <source>Anything &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="231"/>
        <source>Agree these together at the start; either of you can revisit them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="141"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="141"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="141"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="240"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="249"/>
        <source>rmdesk backs up the desk on the first start of each day and before anything replaces it; it keeps {daily} daily, {weekly} weekly and {monthly} monthly backups (Edit → Settings) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="264"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="278"/>
        <source>What the selected backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="283"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="285"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="288"/>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="291"/>
        <source>&amp;Encrypted full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="295"/>
        <source>Everything on the desk, private entries too, sealed with a passphrase (age format): restorable on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="312"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="316"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="318"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="347"/>
        <source>No backups yet. “Back up now” makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="361"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="375"/>
        <source>This backup cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="409"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="417"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="426"/>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="437"/>
        <source>the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="441"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="450"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="452"/>
        <source>Replace everything on this desk with {described}?

The desk as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="470"/>
        <source>Checking the backup and backing up the desk first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="478"/>
        <source>Passphrase of the full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="484"/>
        <source>Opening the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="510"/>
        <source>Restored {name}. The desk as it was is saved in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="520"/>
        <source>Encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="526"/>
        <source>Save the encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="535"/>
        <source>Encrypting the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="545"/>
        <source>Encrypted full backup saved to {path}. Keep the passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="553"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <location filename="../../rmdesk/ui/undo.py" line="68"/>
        <source>“{change}” can no longer be redone: {error} Something it depends on was changed on another page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/undo.py" line="74"/>
        <source>“{change}” can no longer be undone: {error} Something it depends on was changed on another page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="411"/>
        <source>Closing the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="421"/>
        <source>🎉  {mentor} and {mentee}: 1 goal achieved together, over {meetings} meetings since {start}.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="426"/>
        <source>🎉  {mentor} and {mentee}: {achieved} goals achieved together, over {meetings} meetings since {start}.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="443"/>
        <source>Each goal from start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="445"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="445"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="445"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="445"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="445"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="462"/>
        <source>Goals, start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="468"/>
        <source>%n meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="469"/>
        <source> of {expected} expected by your cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="470"/>
        <source>; %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="471"/>
        <source>, %n still planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="479"/>
        <source>No pulse check-ins were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="482"/>
        <source>The pulse over the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="486"/>
        <source>Final reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="491"/>
        <source>{name} has not written a final reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="493"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="84"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="85"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="90"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="92"/>
        <source>Long text you and your partner both changed in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="95"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="96"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="112"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="97"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="99"/>
        <source>Your partner&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="98"/>
        <source>The text to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="100"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="101"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="103"/>
        <source>&amp;Save the edited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="118"/>
        <source>&amp;Or edit the text as it is now (both versions are in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="165"/>
        <source>{name}&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="346"/>
        <source>rmdesk: coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="360"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="377"/>
        <source>Open the progress summaries that pairs sent you (.age, or .json when unencrypted). They are decrypted in memory only: nothing is written unless you export the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="387"/>
        <source>Files that could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="390"/>
        <source>Files that could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="404"/>
        <source>The selected pair&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="406"/>
        <source>Select a pair to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="412"/>
        <location filename="../../rmdesk/ui/coordinator.py" line="626"/>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="427"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="429"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="443"/>
        <source>&amp;Open summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="449"/>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="452"/>
        <source>Export table as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="455"/>
        <source>C&amp;lose all summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="458"/>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="460"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="467"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="487"/>
        <source>Open progress summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="516"/>
        <source>Opening 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="518"/>
        <source>Opening {n} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="540"/>
        <source>Opened 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="542"/>
        <source>Opened {n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="545"/>
        <source>; {n} could not be opened (listed below the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="606"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="630"/>
        <source>&lt;b&gt;Summary&lt;/b&gt; from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="646"/>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="646"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="651"/>
        <source>Export the table as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="651"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="675"/>
        <source>Saving the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="682"/>
        <source>Saved {path}. It is not encrypted: keep it where only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="339"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="345"/>
        <source>Programmes end early for good reasons: a new role, a workload, a match that did not fit. Ending now closes the programme for both of you, with no fault on either side; Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="352"/>
        <source>Who is ending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="357"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="358"/>
        <source>Why, in your own words; you choose below who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="361"/>
        <source>Who may read the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="366"/>
        <source>&amp;Ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="367"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="368"/>
        <source>&amp;Who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="371"/>
        <source>End the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="135"/>
        <source>Export progress summary: {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="157"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="161"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="164"/>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="167"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="200"/>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="202"/>
        <source>&amp;Whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="208"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="209"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="220"/>
        <source>or from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="222"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="226"/>
        <source>&amp;Initials only: leave our names out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="230"/>
        <source>Share &amp;meetings held against the cadence (dates and counts, no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="235"/>
        <source>Counts every meeting, private ones too: how many were held, planned and cancelled, and when the last one was held. No place, notes or agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="242"/>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="249"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="250"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="255"/>
        <source>Entries shared with the coordinator (&amp;tick to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="280"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="282"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="294"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="296"/>
        <source>Encrypt to the coordinator&apos;s &amp;key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="299"/>
        <source>Coordinator&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="300"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="302"/>
        <source>Clear the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="307"/>
        <source>Encrypt with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="312"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="318"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="313"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="319"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="323"/>
        <source>Save &amp;without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="327"/>
        <source>Anyone who gets hold of this file can read it: whoever it is forwarded to, a shared folder, a lost laptop. Encrypt it unless it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="335"/>
        <source>ASCII &amp;armor (plain text, safe to paste into an e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="358"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;: exactly what the coordinator will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="362"/>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="434"/>
        <source> (by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="450"/>
        <source>Nothing in this period is shared with the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="262"/>
        <source>Only entries you marked “Shared with the coordinator” can appear here, and every figure (progress, pulse averages, counts) is computed from them alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="454"/>
        <source>{chosen} of %n entr(y|ies) included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="531"/>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="534"/>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="536"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="580"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="547"/>
        <source>Paste the public key your coordinator gave you; it starts with age1. Only their identity file can open the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="558"/>
        <source>A valid age public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="560"/>
        <source>, remembered for this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="562"/>
        <source>; remembered once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="574"/>
        <source>Tell the coordinator the passphrase another way than the file (in person, by phone), never in the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="584"/>
        <source>{hint} Type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="590"/>
        <source>{hint} The two match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="606"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="608"/>
        <source>Nothing to save: fix the period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="639"/>
        <source>age-encrypted file (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="641"/>
        <source>{format} file (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="644"/>
        <source>Save progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="667"/>
        <source>Encrypting with the passphrase; this takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="670"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="672"/>
        <source>encrypted to the coordinator&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="673"/>
        <source>encrypted with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="674"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="687"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="706"/>
        <source>Saved to {path} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="708"/>
        <source>The export had finished before it could be cancelled: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="96"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="97"/>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="99"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="105"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="106"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="107"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="108"/>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="109"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="111"/>
        <source>Who may see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="116"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="117"/>
        <source>Why this matters to you, and to your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="121"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="122"/>
        <source>How will we know? One observable sign per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="141"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="143"/>
        <source>&amp;Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="144"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="145"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="148"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="154"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="155"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="156"/>
        <source>How we&apos;ll &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="159"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="166"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="163"/>
        <source>No progress recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="174"/>
        <source>Milestones; drag to reorder, space to tick off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="184"/>
        <source>Add a milestone and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="185"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="187"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="188"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="190"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="191"/>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="197"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="206"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="231"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="207"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="215"/>
        <source>Update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="218"/>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="221"/>
        <source>What changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="222"/>
        <source>Update note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="224"/>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="247"/>
        <source>Linked meetings, topics and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="315"/>
        <source>Changes that could not be saved earlier are back here; they are saved as soon as they can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="373"/>
        <source>Done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="401"/>
        <source>Status history: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="412"/>
        <source>Nothing linked yet. Meetings, topics and action items can point at this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="536"/>
        <source>🎉  Goal achieved: {title}!  Well done, both of you.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="614"/>
        <source>Enter the progress as a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="45"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="52"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="56"/>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="58"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="59"/>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="61"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="61"/>
        <source>Why it matters to you and your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="65"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="66"/>
        <source>How will we know? One observable sign per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="69"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="74"/>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="79"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="78"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="86"/>
        <source>Who may see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="92"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="93"/>
        <source>Steps on the way, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="105"/>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="106"/>
        <source>Te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="108"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="110"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="111"/>
        <source>How we&apos;ll &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="112"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="115"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="122"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="123"/>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="126"/>
        <source>A good goal says what you will be able to do, why it matters, and how you will both know. A template is only a start: make it yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="134"/>
        <source>Create goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="155"/>
        <source>— Blank goal —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="87"/>
        <source>{name}&apos;s goals ({learner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="190"/>
        <source>{group}, {n} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="216"/>
        <source>{done} of {total} milestones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="224"/>
        <source>{title}, {progress} percent, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="240"/>
        <source>Target {date} (past: time to review it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="243"/>
        <source>Target {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="40"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="42"/>
        <source>Active and paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="50"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="57"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="58"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="59"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="120"/>
        <location filename="../../rmdesk/ui/pages/goals.py" line="203"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="121"/>
        <source>New goal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="124"/>
        <source>Show goals with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="134"/>
        <source>Show goals in category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="136"/>
        <source>Sort goals by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="138"/>
        <source>Sort: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="154"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="183"/>
        <source>🎉 “{title}” achieved. Celebrate it together!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="205"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="237"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="268"/>
        <source>No goals here yet. Both of you can have goals: press Ctrl+N to add one, or pick a template to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="272"/>
        <source>No active goals. Press Ctrl+N to add one, or show other statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="352"/>
        <source>Goal “{title}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="370"/>
        <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="258"/>
        <source>Open progress summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="260"/>
        <source>Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="261"/>
        <source>identity.txt (AGE-SECRET-KEY-1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="262"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="266"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="268"/>
        <source>Only for files protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="273"/>
        <source>&amp;Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="274"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="277"/>
        <source>Summaries encrypted to your public key open with your identity file; one protected by a passphrase opens with that passphrase. Nothing decrypted is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="311"/>
        <source>Your age identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="313"/>
        <source>Identity (*.txt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="63"/>
        <location filename="../../rmdesk/ui/main_window.py" line="66"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="69"/>
        <source>  &amp;Pair: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="77"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="87"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="88"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="89"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="90"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="92"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="94"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="108"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="224"/>
        <source>That entry is no longer on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="240"/>
        <source> A reflection prompt is waiting on the Reflections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="244"/>
        <source> Use “Pulse check-in…” to say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="294"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="299"/>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="304"/>
        <source>&amp;New pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="308"/>
        <source>&amp;Plan a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="314"/>
        <source>&amp;Edit pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="317"/>
        <location filename="../../rmdesk/ui/main_window.py" line="426"/>
        <source>&amp;Archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="320"/>
        <location filename="../../rmdesk/ui/main_window.py" line="479"/>
        <source>Con&amp;flicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="325"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="328"/>
        <source>Back up &amp;to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="331"/>
        <source>Back&amp;ups and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="336"/>
        <source>E&amp;xport progress summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="342"/>
        <source>&amp;Coordinator view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="345"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="346"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="349"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="354"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="356"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="360"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="367"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="371"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="373"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="375"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="377"/>
        <source>&amp;About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="396"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="426"/>
        <source>Un&amp;archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="437"/>
        <source>Pair created. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="455"/>
        <source>Pair saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="465"/>
        <source>{pair} archived; it stays in the pair list and can be unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="469"/>
        <source>{pair} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/main_window.py" line="479"/>
        <source>Con&amp;flicts (%n open)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="528"/>
        <source>Back up to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="530"/>
        <source>rmdesk backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="542"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="553"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="612"/>
        <source>Restored {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="615"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="673"/>
        <source>Progress summary saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="706"/>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="708"/>
        <source>&lt;b&gt;rmdesk {version}&lt;/b&gt;&lt;p&gt;A private journal for one reverse-mentoring pair. Your desk is kept in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/markdown_editor.py" line="25"/>
        <source>Notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/markdown_editor.py" line="28"/>
        <source>Notes in Markdown: # heading, **bold**, *italic*, - list.
Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 list, Ctrl+Alt+1–3 headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/markdown_editor.py" line="34"/>
        <source>Notes, rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="120"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="619"/>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="122"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="124"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="126"/>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="129"/>
        <source>Copy agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="132"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="132"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="135"/>
        <source>Pulse check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="153"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="160"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="161"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="163"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="167"/>
        <source>A room, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="168"/>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="170"/>
        <source>Who may see this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="181"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="187"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="189"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="191"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="194"/>
        <source>Agenda; tick what was discussed, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="204"/>
        <source>Add an agenda item and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="205"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="212"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="277"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="215"/>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="220"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="223"/>
        <source>Remove the selected agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="226"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="238"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="242"/>
        <source>Action items; tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="244"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="467"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="244"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="244"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="259"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="244"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="262"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="255"/>
        <source>Who will do what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="256"/>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="263"/>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="269"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="277"/>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="280"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="290"/>
        <source>Goals this meeting worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="293"/>
        <source>Goals worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="297"/>
        <source>How it felt (1 low – 5 high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="353"/>
        <source>{caption}, 1 low to 5 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="370"/>
        <source>These notes could not be saved earlier; they are kept here and saved as soon as the disk allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="408"/>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="409"/>
        <source>Plan one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="444"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="447"/>
        <source>Topics planned: {planned} of {length} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="451"/>
        <source> — {over} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="467"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="490"/>
        <source>{minutes} minutes, {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="496"/>
        <source>1 agenda item carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="498"/>
        <source>{n} agenda items carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="579"/>
        <source>Marked held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="581"/>
        <source> 1 open item carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="583"/>
        <source> {n} open items carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="620"/>
        <source>This meeting is planned for {when}, which has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="627"/>
        <source>If you met early, move it to now and mark it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="629"/>
        <source>&amp;Move to now and mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="640"/>
        <source>Meeting cancelled. Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="656"/>
        <source>Meeting deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="665"/>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="665"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="689"/>
        <source>Saved {path}: open it to add the meeting to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="695"/>
        <source>Agenda copied as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="48"/>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="49"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="50"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="51"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="147"/>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="196"/>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="148"/>
        <source>Plan a meeting (Ctrl+N here, Ctrl+Shift+N anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="151"/>
        <source>Show meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="163"/>
        <source>Meetings, upcoming first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="210"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="214"/>
        <source>%n on the agenda</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="216"/>
        <source>%n open action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="218"/>
        <source>↻ %n carried over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="280"/>
        <source>Next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="287"/>
        <source>Nothing planned. Suggested next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="291"/>
        <source>{held} of %n expected meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="295"/>
        <source>No meeting expected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="296"/>
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="332"/>
        <source>Meeting planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="48"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="49"/>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="50"/>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="164"/>
        <source>The two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="165"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="166"/>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="167"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="168"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="169"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="170"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="171"/>
        <source>Active goals at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="177"/>
        <source>Programme phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="180"/>
        <source>Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="181"/>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="183"/>
        <source>Closure view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="187"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="189"/>
        <source>Follow a programme template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="191"/>
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="192"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="211"/>
        <source>Write about what gets in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="226"/>
        <source>Relationship pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="230"/>
        <source>Reflect on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="235"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="236"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="307"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="311"/>
        <location filename="../../rmdesk/ui/pages/overview.py" line="460"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="313"/>
        <source>{phase}, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="314"/>
        <source>since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="316"/>
        <source>, until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="319"/>
        <source>Phase: {phase} · {span} · meeting every {days} days for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="322"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="326"/>
        <source>Mentor: {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="330"/>
        <source>Mentee: {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="340"/>
        <source>{minutes} minutes, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="347"/>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="348"/>
        <source>By your cadence, the next one is due around {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="353"/>
        <source>No meeting held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="357"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="357"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="358"/>
        <source>Last held {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="364"/>
        <source>{n} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="365"/>
        <source>{achieved} achieved, {paused} paused, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="373"/>
        <source>{n} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="374"/>
        <source>{planned} planned, {cancelled} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="379"/>
        <source>{topics} topics, {reflections} reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="384"/>
        <source>still to do, across all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="387"/>
        <source>No focus areas written down yet (File → Edit pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="400"/>
        <source>No active goals yet. Add one on the Goals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="405"/>
        <source>No check-ins yet. They take seconds after a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="427"/>
        <source> · due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="437"/>
        <source>Showing {shown} of {active} active goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="453"/>
        <source>Get to know each other and what you each hope to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="454"/>
        <source>Agree objectives, rhythm, confidentiality and how to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="455"/>
        <source>Meet, learn, reflect. Check in on the pulse now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="456"/>
        <source>Look back together, write a final reflection, celebrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="457"/>
        <source>The programme is closed. Well done, both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="462"/>
        <source>Ended on {day}, with no fault on either side. Thank you both for what you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="465"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="467"/>
        <source>Paused since {day}. Nothing is expected of either of you until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="472"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="472"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="474"/>
        <source>Resume the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="474"/>
        <source>Pause the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="482"/>
        <source>Move to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="485"/>
        <source>Move to the {phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview.py" line="508"/>
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="514"/>
        <source>Your agreement on pausing: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="516"/>
        <source>If it isn&apos;t working, you agreed to talk to: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="521"/>
        <source>Your agreement does not yet say how to pause or whom to talk to: add it with “Agreement…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="573"/>
        <source>Average of {n} check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="581"/>
        <source>The pulse has dipped at the last two meetings. That is normal now and then; it may help to talk about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="585"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="616"/>
        <source>Thanks for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="638"/>
        <source>Moved to the {phase} phase. Ctrl+Z moves back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="658"/>
        <source>Resumed. Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="660"/>
        <source>Paused. Resume whenever you are both ready; Ctrl+Z undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="674"/>
        <source>the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="675"/>
        <source>a mid-point review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="676"/>
        <source>a closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="680"/>
        <source>Planned {meetings}, with their agendas. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="684"/>
        <source>The rhythm is set; the meetings it plans were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="696"/>
        <source>The programme is closed. Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="707"/>
        <source>Agreement saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/pair_dialog.py" line="24"/>
        <source>Edit pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/pair_dialog.py" line="24"/>
        <source>New pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairForm</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="38"/>
        <source>Mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="39"/>
        <source>e.g. Priya Raman (often the junior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="43"/>
        <source>Mentee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="44"/>
        <source>e.g. Martin Keller (often the senior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="47"/>
        <source>I am the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="48"/>
        <source>I am the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="49"/>
        <source>Which of the two you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="51"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="52"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="53"/>
        <source>The programme has a planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="54"/>
        <source>Planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="63"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="64"/>
        <source>Meet every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="67"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="68"/>
        <source>Usual meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="71"/>
        <source>What you want to learn from each other, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="73"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="87"/>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="88"/>
        <source>M&amp;entee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="89"/>
        <source>&amp;You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="90"/>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="99"/>
        <source>Meet e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="100"/>
        <source>Meetings &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="101"/>
        <source>&amp;Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="109"/>
        <source>Programme phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="113"/>
        <source>Objectives, how often and how long you meet, confidentiality, and how either of you can pause or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="117"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="119"/>
        <source>&amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="120"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="205"/>
        <source> (+{n} older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="230"/>
        <source>Older summaries of this pair, not shown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="235"/>
        <source>{pair}
Phase: {phase}; period: {period}; made {made}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="171"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="173"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="181"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="183"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="190"/>
        <source>The backup holds everything, private entries too. Without this passphrase nobody can open it — you included — so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="207"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="210"/>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="212"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="63"/>
        <source>Plan a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="74"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="78"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="79"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="81"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="86"/>
        <source>A room, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="87"/>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="93"/>
        <source>Suggested from your cadence (every {days} days). Change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="98"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="99"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="100"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="101"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="105"/>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="52"/>
        <source>Prepare next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="65"/>
        <source>Plan one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="68"/>
        <source>Plan the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="74"/>
        <source>Next meeting&apos;s agenda; drop topics here, Ctrl+Up and Ctrl+Down reorder, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="93"/>
        <source>Add to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="96"/>
        <source>Add topic to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="99"/>
        <source>Put the topic you are editing on the next meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="102"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="105"/>
        <source>Remove from agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="107"/>
        <source>Take the selected item off the agenda (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="109"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="111"/>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="113"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="115"/>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="126"/>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="163"/>
        <source>No meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="166"/>
        <source>Suggested: {when}, {minutes} minutes. Plan it, then drag topics onto its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="181"/>
        <source>{when} · {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="185"/>
        <source>Drag topics here from the list, or use “Add to next meeting”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="200"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="209"/>
        <source>From the topic bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="209"/>
        <source>An agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="212"/>
        <source>carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="223"/>
        <source>Planned {planned} of {length} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="227"/>
        <source> · 1 topic without an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="229"/>
        <source> · {n} topics without an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="236"/>
        <source>{n} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="244"/>
        <source>{n} minutes free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="280"/>
        <source>Meeting planned for {when}. Change the time on the Meetings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="297"/>
        <source>Plan the next meeting first (“Plan one”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="311"/>
        <source>“{title}” is already on that agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="335"/>
        <source>Add topic to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="342"/>
        <source>Added {names} to the next meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/prepare_panel.py" line="391"/>
        <source>Removed “{title}” from the agenda. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTemplateDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="278"/>
        <source>Programme template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="285"/>
        <source>A template sets how often and how long you meet and when the programme ends, and plans the first meeting, a mid-point review and a closing meeting with their agendas. Meetings already planned are kept; Ctrl+Z undoes it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="309"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptOffer</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="29"/>
        <source>A reflection prompt about the meeting just held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="39"/>
        <source>Answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="40"/>
        <source>Answer this prompt now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="42"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="44"/>
        <source>Offer another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="45"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/prompt_offer.py" line="46"/>
        <source>Not now: dismiss this prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="128"/>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="129"/>
        <source>Reflection prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="134"/>
        <source>Problems in the built-in prompt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="143"/>
        <source>Filter by words, role, phase, moment or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="144"/>
        <source>Filter prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="145"/>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="157"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="175"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="176"/>
        <source>Stop offering the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="177"/>
        <source>Hide the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="178"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="179"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="180"/>
        <source>Delete the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="181"/>
        <source>Delete the selected prompt (only your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="191"/>
        <source>Add my own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="194"/>
        <source>A question you would like to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="195"/>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="198"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="202"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="206"/>
        <source>When it is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="210"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="211"/>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="215"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="216"/>
        <source>No framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="219"/>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="221"/>
        <source>Problem with the new prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="225"/>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="231"/>
        <source>F&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="232"/>
        <source>P&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="233"/>
        <source>&amp;Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="234"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="235"/>
        <source>Fra&amp;mework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="284"/>
        <source>⚠ 1 problem in the built-in prompt files; the prompts concerned are skipped and the rest work as usual.
{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="289"/>
        <source>⚠ {n} problems in the built-in prompt files; the prompts concerned are skipped and the rest work as usual.
{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="294"/>
        <source>
… and {more} more (hover to read them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="318"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="318"/>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="319"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="331"/>
        <source>
Framework: {framework}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="339"/>
        <source>{n} prompts · {hidden} hidden · {own} of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="69"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="84"/>
        <source>{question}: {value} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="90"/>
        <source>Anything to add? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="91"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="93"/>
        <source>Who may see this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="96"/>
        <source>&amp;Who will see these ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="108"/>
        <source>1 = not at all, 5 = completely. Skip any you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="128"/>
        <source>Only you. These ratings stay on this computer and count in no summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="131"/>
        <source>You and {partner}. They count in no summary for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="134"/>
        <source>You, {partner} and the programme coordinator: the ratings (never the note) count in the averages of the progress summary you export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDelegate</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/row_delegate.py" line="86"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/row_delegate.py" line="102"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/common.py" line="22"/>
        <source>Private: only you; never leaves this computer except in an encrypted full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/common.py" line="26"/>
        <source>Shared with your partner: it goes, encrypted, into the pair exchange file you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/common.py" line="30"/>
        <source>Shared with the coordinator: it goes into the encrypted progress summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="91"/>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="236"/>
        <source>No reflection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="94"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="95"/>
        <source>Delete this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="97"/>
        <source>Delete this reflection (Delete in the list; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="106"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="112"/>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="278"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="113"/>
        <source>Shuffle: suggest another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="114"/>
        <source>Another question for this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="116"/>
        <source>Write freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="117"/>
        <source>Write freely, without a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="129"/>
        <source>Reflection (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="132"/>
        <source>Write what comes to mind; nobody else sees it unless you share it.
Markdown: # heading, **bold**, *italic*, - list. Ctrl+B bold, Ctrl+I italic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="136"/>
        <source>Reflection, rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="144"/>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="147"/>
        <source>Who may see this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="154"/>
        <source>The meeting this reflection is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="157"/>
        <source>Goals this reflection is about; space to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="168"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="169"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="170"/>
        <source>Mee&amp;ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="171"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="215"/>
        <source>This reflection could not be saved earlier; what you wrote is kept here and saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="237"/>
        <source>Press Ctrl+N to write a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="256"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="257"/>
        <source>No prompt: write about whatever matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="258"/>
        <source>Suggest a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="268"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="276"/>
        <source>your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="282"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="313"/>
        <source>No active goals to link yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="408"/>
        <source>No other prompt fits this moment; write freely, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="78"/>
        <source>New reflection: private until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="79"/>
        <source>New reflection: shared with the pair, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="84"/>
        <source>New reflection: marked for the coordinator, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="131"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="132"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="247"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="133"/>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="135"/>
        <source>Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="136"/>
        <source>Prompts: the library, hide or add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="144"/>
        <source>Show reflections on theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="145"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="148"/>
        <source>No theme (free writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="150"/>
        <source>Show reflections written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="152"/>
        <source>Show reflections visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="153"/>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="156"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="157"/>
        <source>Any date (no date range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="161"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="163"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="164"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="187"/>
        <source>Reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="224"/>
        <source>Reflections are yours: private unless you choose to share one.

Press Ctrl+N (or New reflection) to start with a suggested question, or write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="252"/>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="279"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="280"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="281"/>
        <source>free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="288"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="303"/>
        <source>By either of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="305"/>
        <source>By me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="308"/>
        <source>By my partner ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="388"/>
        <source>{shown} of 1 reflection match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="390"/>
        <source>{shown} of {total} reflections match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="394"/>
        <source>1 reflection, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="396"/>
        <source>{total} reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="401"/>
        <source>No reflections match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="403"/>
        <source>No reflections yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="595"/>
        <source>Reflection deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="618"/>
        <source>After your meeting on {when} · a question for you, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="643"/>
        <source>Reflection started; it saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="651"/>
        <source>That is the only prompt for this moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="55"/>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="56"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="57"/>
        <source>Shared with the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="58"/>
        <source>For the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="180"/>
        <source>Search notes, reflections, goals, topics, actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="181"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="182"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="189"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="190"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="194"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="198"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="199"/>
        <source>This pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="200"/>
        <source>All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="202"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="211"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="212"/>
        <source>Any date (no date range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="215"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="216"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="230"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="238"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="247"/>
        <source>Everything either of you wrote: meeting notes, reflections, goals and their updates and milestones, topics, agenda and action items. The last word you type matches the start of a word, so “feedb” finds “feedback”.

Ctrl+K searches from any page; ↓ moves into the results and Enter opens one where it lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="295"/>
        <source>Written by either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="299"/>
        <source>By the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="299"/>
        <source>By the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="303"/>
        <source>By the mentor ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="305"/>
        <source>By the mentee ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="373"/>
        <source>The best {n} matches; another word or a filter narrows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="376"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="378"/>
        <source>{n} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/search.py" line="381"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="52"/>
        <source>New entries start as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="59"/>
        <source>New entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="61"/>
        <source>&amp;Start as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Only what is marked for the coordinator can ever go into a progress summary; you can change any entry&apos;s visibility later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Weekly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="78"/>
        <source>Monthly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Backups (taken on the first start of each day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="86"/>
        <source>&amp;Daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="87"/>
        <source>&amp;Weekly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="91"/>
        <source>&amp;Remind me of the next meeting when rmdesk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="113"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="62"/>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="67"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="67"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../rmdesk/ui/tasks.py" line="73"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="85"/>
        <source>Topic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="86"/>
        <source>What do you want to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="94"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="96"/>
        <source>Estimated minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="98"/>
        <source>About how long it needs, 1 to {most} minutes; — for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="103"/>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="109"/>
        <source>Who may see this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="112"/>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="293"/>
        <source>Why it matters for the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="113"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="114"/>
        <source>What to show, questions to ask, examples to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="115"/>
        <source>Resources, one link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="117"/>
        <source>One link per line, e.g. https://example.com/article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="129"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="135"/>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="136"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="139"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="140"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="141"/>
        <source>&amp;Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="144"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="145"/>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="149"/>
        <source>Reopen for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="151"/>
        <source>Discussed, but worth another conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="153"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="156"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="159"/>
        <source>Delete this topic (Delete in the list; Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="167"/>
        <source>Meetings where this topic was on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="172"/>
        <source>Discussed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="228"/>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="288"/>
        <source>Why this matters for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="291"/>
        <source>Why it matters for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="314"/>
        <source>Open {url} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="315"/>
        <source>Open {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="331"/>
        <source>held · discussed ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="333"/>
        <source>held · not reached, carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="335"/>
        <source>held · not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="337"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="339"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="343"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="346"/>
        <source>Not on any agenda yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="37"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="38"/>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="52"/>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="39"/>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="53"/>
        <source>On agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="40"/>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="54"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="41"/>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="55"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="42"/>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="56"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="49"/>
        <source>Open (not discussed or parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="50"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/common.py" line="51"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="92"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="180"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="424"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="93"/>
        <source>New topic (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="95"/>
        <source>Show topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="104"/>
        <source>Search titles, notes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="105"/>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="106"/>
        <source>Clear the topic search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="119"/>
        <source>Topics; drag one onto the next meeting&apos;s agenda, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="186"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="202"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="204"/>
        <source>— min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="209"/>
        <source>last on {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="216"/>
        <source>Goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="218"/>
        <source>Needs a follow-up conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="221"/>
        <source>On 1 agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="223"/>
        <source>On {n} agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="234"/>
        <source>Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="306"/>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="306"/>
        <source>{n} topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="311"/>
        <source>No topics match. Choose “All topics” or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="313"/>
        <source>No topics yet. Press Ctrl+N to start your topic bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="440"/>
        <source>New topic: type its title. Everything saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="461"/>
        <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="25"/>
        <source>Welcome to rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="29"/>
        <source>rmdesk is a private journal for one reverse-mentoring pair: a junior colleague mentors a senior one, and both of you learn. Everything stays in a file on this computer; only what you both choose to share ever leaves it.

Start by telling rmdesk who the two of you are. You can change all of this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="37"/>
        <source>Create our pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="39"/>
        <source>Create the pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../rmdesk/ui/application.py" line="45"/>
        <source>rmdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/application.py" line="117"/>
        <source>Something went wrong: {error}

What you typed has been kept. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="58"/>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="59"/>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="60"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="61"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="62"/>
        <source>Before a load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="63"/>
        <source>Before the first exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="70"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="72"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="73"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="75"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="76"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="77"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="78"/>
        <source>Pulse check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="84"/>
        <source>rmdesk backups (*.sqlite *.age *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="93"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="94"/>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="99"/>
        <source>no pair yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="106"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="107"/>
        <source>Pairs: {pairs}
Holds: {holds}
Last change in it: {newest} · format version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="112"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coordinator</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="72"/>
        <source>Progress summaries (*.age *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="96"/>
        <source>Cannot read it: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="100"/>
        <source>It is {size} MiB, far too large for a progress summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="106"/>
        <location filename="../../rmdesk/ui/coordinator.py" line="108"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="125"/>
        <source>Cancelled; the files opened so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="134"/>
        <source>It could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="147"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="148"/>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="149"/>
        <source>Last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="150"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="151"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="152"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="754"/>
        <source>the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="756"/>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="758"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="759"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="56"/>
        <source>JSON: opens in the coordinator&apos;s rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="57"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="58"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="59"/>
        <source>PDF (A4, with charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="71"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="72"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="73"/>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="79"/>
        <source>The coordinator opens it in rmdesk&apos;s Coordinator view, next to other pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="83"/>
        <source>For reading: the coordinator&apos;s rmdesk table opens JSON summaries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="87"/>
        <source>For reading in a browser: the coordinator&apos;s rmdesk table opens JSON only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="91"/>
        <source>For reading and printing: the coordinator&apos;s rmdesk table opens JSON only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/passphrase.py" line="26"/>
        <source>Weak: easy to guess. Use four or more random words, or 14+ mixed characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/passphrase.py" line="31"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/passphrase.py" line="32"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/summary_export.py" line="56"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goal_detail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="56"/>
        <source>Private (only me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="57"/>
        <source>Shared with my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="58"/>
        <source>Shared with the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="65"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="66"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="67"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goal_tree</name>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="27"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="29"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="30"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="37"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="38"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="39"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="40"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meeting_detail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="62"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="63"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="64"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="71"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="72"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="73"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="79"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="80"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="76"/>
        <source>Making a PDF needs a GUI application; this one has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="104"/>
        <source>Could not set up an A4 page for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="175"/>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="13"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="14"/>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="15"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="16"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="17"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programme_dialogs</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="43"/>
        <source>I felt safe to speak openly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="44"/>
        <source>We were candid with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="45"/>
        <source>It was useful to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="46"/>
        <source>I left with energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="54"/>
        <source>Digital fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="55"/>
        <source>Generational perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="56"/>
        <source>Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="57"/>
        <source>Feedback and candour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="58"/>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="59"/>
        <source>Psychological safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="60"/>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="61"/>
        <source>Mentor&apos;s growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="67"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="68"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="69"/>
        <source>Either of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="75"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="76"/>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="77"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="78"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="84"/>
        <source>Before a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="85"/>
        <source>After a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="86"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="87"/>
        <source>At closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="94"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="95"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="96"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="97"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="98"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="99"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="100"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="107"/>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="26"/>
        <source>As suggested (reflections private, goals and topics shared with the pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="30"/>
        <source>Private (only me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="31"/>
        <source>Shared with the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/settings_dialog.py" line="32"/>
        <source>For the coordinator too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>A new goal, meeting, topic or reflection on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="29"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="30"/>
        <source>Edit the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="33"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>Delete the selected item (no confirmation: Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="40"/>
        <source>Ctrl+B / Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Bold / italic in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="44"/>
        <source>Ctrl+Shift+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="45"/>
        <source>Bulleted list in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="48"/>
        <source>Ctrl+Alt+1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="49"/>
        <source>Heading levels in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="52"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="53"/>
        <source>Tick the selected milestone, agenda item or action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
