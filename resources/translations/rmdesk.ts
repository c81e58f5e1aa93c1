<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="169"/>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="176"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="178"/>
        <source>What each of you wants from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="182"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="183"/>
        <source>Meet every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="187"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="188"/>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="191"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="193"/>
        <source>What stays between the two of you, and what may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="197"/>
        <source>Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="199"/>
        <source>How either of you can pause or end the programme, without blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="203"/>
        <source>If it isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="206"/>
        <source>Whom either of you can talk to, e.g. the programme coordinator, and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="210"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="217"/>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="218"/>
        <source>We meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="219"/>
        <source>&amp;Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="220"/>
        <source>&amp;Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="221"/>
        <source>If it &amp;isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="222"/>
        <source>Anything &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="230"/>
        <source>Agree these together at the start; either of you can revisit them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="245"/>
        <source>rmdesk backs up the desk on the first start of each day and before anything replaces it; it keeps {daily} daily, {weekly} weekly and {monthly} monthly backups (Edit → Settings) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="260"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="274"/>
        <source>What the selected backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="279"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="281"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="284"/>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="287"/>
        <source>&amp;Encrypted full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="291"/>
        <source>Everything on the desk, private entries too, sealed with a passphrase (age format): restorable on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="308"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="312"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="314"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="343"/>
        <source>No backups yet. “Back up now” makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="357"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="371"/>
        <source>This backup cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="405"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="413"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="422"/>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="433"/>
        <source>the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="437"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="446"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="448"/>
        <source>Replace everything on this desk with {described}?

The desk as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="466"/>
        <source>Checking the backup and backing up the desk first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="474"/>
        <source>Passphrase of the full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="480"/>
        <source>Opening the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="506"/>
        <source>Restored {name}. The desk as it was is saved in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="516"/>
        <source>Encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="522"/>
        <source>Save the encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="531"/>
        <source>Encrypting the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="541"/>
        <source>Encrypted full backup saved to {path}. Keep the passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="549"/>
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
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="346"/>
        <source>Closing the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="356"/>
        <source>🎉  {mentor} and {mentee}: 1 goal achieved together, over {meetings} meetings since {start}.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="361"/>
        <source>🎉  {mentor} and {mentee}: {achieved} goals achieved together, over {meetings} meetings since {start}.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="378"/>
        <source>Each goal from start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="397"/>
        <source>Goals, start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="403"/>
        <source>%n meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="404"/>
        <source> of {expected} expected by your cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="405"/>
        <source>; %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="406"/>
        <source>, %n still planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="414"/>
        <source>No pulse check-ins were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="417"/>
        <source>The pulse over the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="421"/>
        <source>Final reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="426"/>
        <source>{name} has not written a final reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="428"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="345"/>
        <source>rmdesk: coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="359"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="376"/>
        <source>Open the progress summaries that pairs sent you (.age, or .json when unencrypted). They are decrypted in memory only: nothing is written unless you export the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="386"/>
        <source>Files that could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="389"/>
        <source>Files that could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="403"/>
        <source>The selected pair&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="405"/>
        <source>Select a pair to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="411"/>
        <location filename="../../rmdesk/ui/coordinator.py" line="625"/>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="426"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="428"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="442"/>
        <source>&amp;Open summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="448"/>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="451"/>
        <source>Export table as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="454"/>
        <source>C&amp;lose all summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="457"/>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="459"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="466"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="486"/>
        <source>Open progress summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="515"/>
        <source>Opening 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="517"/>
        <source>Opening {n} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="539"/>
        <source>Opened 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="541"/>
        <source>Opened {n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="544"/>
        <source>; {n} could not be opened (listed below the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="605"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="629"/>
        <source>&lt;b&gt;Summary&lt;/b&gt; from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="645"/>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="645"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="650"/>
        <source>Export the table as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="650"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="674"/>
        <source>Saving the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="681"/>
        <source>Saved {path}. It is not encrypted: keep it where only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="274"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="280"/>
        <source>Programmes end early for good reasons: a new role, a workload, a match that did not fit. Ending now closes the programme for both of you, with no fault on either side; Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="287"/>
        <source>Who is ending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="292"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="293"/>
        <source>Why, in your own words; you choose below who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="296"/>
        <source>Who may read the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="301"/>
        <source>&amp;Ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="302"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="303"/>
        <source>&amp;Who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="306"/>
        <source>End the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="207"/>
        <source>Export progress summary: {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="229"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="233"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="236"/>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="239"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="272"/>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="274"/>
        <source>&amp;Whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="280"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="281"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="292"/>
        <source>or from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="294"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="298"/>
        <source>&amp;Initials only: leave our names out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="302"/>
        <source>Share &amp;meetings held against the cadence (dates and counts, no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="307"/>
        <source>Counts every meeting, private ones too: how many were held, planned and cancelled, and when the last one was held. No place, notes or agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="314"/>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="321"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="322"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="327"/>
        <source>Entries shared with the coordinator (&amp;tick to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="352"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="354"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="366"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="368"/>
        <source>Encrypt to the coordinator&apos;s &amp;key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="371"/>
        <source>Coordinator&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="372"/>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="374"/>
        <source>Clear the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="379"/>
        <source>Encrypt with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="384"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="390"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="385"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="391"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="395"/>
        <source>Save &amp;without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="399"/>
        <source>Anyone who gets hold of this file can read it: whoever it is forwarded to, a shared folder, a lost laptop. Encrypt it unless it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="407"/>
        <source>ASCII &amp;armor (plain text, safe to paste into an e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="430"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;: exactly what the coordinator will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="434"/>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="506"/>
        <source> (by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="522"/>
        <source>Nothing in this period is shared with the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="334"/>
        <source>Only entries you marked “Shared with the coordinator” can appear here, and every figure (progress, pulse averages, counts) is computed from them alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="526"/>
        <source>{chosen} of %n entr(y|ies) included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="603"/>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="606"/>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="608"/>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="652"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="619"/>
        <source>Paste the public key your coordinator gave you; it starts with age1. Only their identity file can open the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="630"/>
        <source>A valid age public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="632"/>
        <source>, remembered for this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="634"/>
        <source>; remembered once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="646"/>
        <source>Tell the coordinator the passphrase another way than the file (in person, by phone), never in the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="656"/>
        <source>{hint} Type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="662"/>
        <source>{hint} The two match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="678"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="680"/>
        <source>Nothing to save: fix the period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="711"/>
        <source>age-encrypted file (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="713"/>
        <source>{format} file (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="716"/>
        <source>Save progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="739"/>
        <source>Encrypting with the passphrase; this takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="742"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="744"/>
        <source>encrypted to the coordinator&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="745"/>
        <source>encrypted with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="746"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="759"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="778"/>
        <source>Saved to {path} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="780"/>
        <source>The export had finished before it could be cancelled: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="97"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="98"/>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="100"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="106"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="107"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="108"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="109"/>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="110"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="112"/>
        <source>Who may see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="117"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="118"/>
        <source>Why this matters to you, and to your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="122"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="123"/>
        <source>How will we know? One observable sign per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="142"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="144"/>
        <source>&amp;Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="145"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="146"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="149"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="155"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="156"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="157"/>
        <source>How we&apos;ll &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="160"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="167"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="164"/>
        <source>No progress recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="175"/>
        <source>Milestones; drag to reorder, space to tick off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="185"/>
        <source>Add a milestone and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="186"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="188"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="189"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="191"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="192"/>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="198"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="207"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="232"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="208"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="208"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="216"/>
        <source>Update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="219"/>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="222"/>
        <source>What changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="223"/>
        <source>Update note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="225"/>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="248"/>
        <source>Linked meetings, topics and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="317"/>
        <source>Changes that could not be saved earlier are back here; they are saved as soon as they can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="375"/>
        <source>Done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="403"/>
        <source>Status history: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="414"/>
        <source>Nothing linked yet. Meetings, topics and action items can point at this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="542"/>
        <source>🎉  Goal achieved: {title}!  Well done, both of you.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="620"/>
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
        <location filename="../../rmdesk/ui/coordinator.py" line="257"/>
        <source>Open progress summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="259"/>
        <source>Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="260"/>
        <source>identity.txt (AGE-SECRET-KEY-1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="261"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="265"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="267"/>
        <source>Only for files protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="272"/>
        <source>&amp;Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="273"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="276"/>
        <source>Summaries encrypted to your public key open with your identity file; one protected by a passphrase opens with that passphrase. Nothing decrypted is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="310"/>
        <source>Your age identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="312"/>
        <source>Identity (*.txt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="62"/>
        <location filename="../../rmdesk/ui/main_window.py" line="65"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="68"/>
        <source>  &amp;Pair: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="76"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="86"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="87"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="88"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="89"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="91"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="107"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="220"/>
        <source>That entry is no longer on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="234"/>
        <source> A reflection prompt is waiting on the Reflections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="238"/>
        <source> Use “Pulse check-in…” to say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="287"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="292"/>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="295"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="297"/>
        <source>&amp;New pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="301"/>
        <source>&amp;Plan a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="307"/>
        <source>&amp;Edit pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="310"/>
        <location filename="../../rmdesk/ui/main_window.py" line="415"/>
        <source>&amp;Archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="314"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="317"/>
        <source>Back up &amp;to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="320"/>
        <source>Back&amp;ups and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="325"/>
        <source>E&amp;xport progress summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="331"/>
        <source>&amp;Coordinator view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="334"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="338"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="343"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="345"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="349"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="356"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="360"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="362"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="364"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="366"/>
        <source>&amp;About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="385"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="415"/>
        <source>Un&amp;archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="426"/>
        <source>Pair created. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="444"/>
        <source>Pair saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="454"/>
        <source>{pair} archived; it stays in the pair list and can be unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="458"/>
        <source>{pair} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="500"/>
        <source>Back up to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="502"/>
        <source>rmdesk backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="514"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="525"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="584"/>
        <source>Restored {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="587"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="645"/>
        <source>Progress summary saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="678"/>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="680"/>
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
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="628"/>
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
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="476"/>
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
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="362"/>
        <source>{caption}, 1 low to 5 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="379"/>
        <source>These notes could not be saved earlier; they are kept here and saved as soon as the disk allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="417"/>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="418"/>
        <source>Plan one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="453"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="456"/>
        <source>Topics planned: {planned} of {length} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="460"/>
        <source> — {over} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="476"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="499"/>
        <source>{minutes} minutes, {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="505"/>
        <source>1 agenda item carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="507"/>
        <source>{n} agenda items carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="588"/>
        <source>Marked held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="590"/>
        <source> 1 open item carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="592"/>
        <source> {n} open items carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="629"/>
        <source>This meeting is planned for {when}, which has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="636"/>
        <source>If you met early, move it to now and mark it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="638"/>
        <source>&amp;Move to now and mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="649"/>
        <source>Meeting cancelled. Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="665"/>
        <source>Meeting deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="674"/>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="674"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="698"/>
        <source>Saved {path}: open it to add the meeting to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="704"/>
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
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="188"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="206"/>
        <source>Write about what gets in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="216"/>
        <source>Relationship pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="220"/>
        <source>Reflect on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="225"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="226"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="297"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="301"/>
        <location filename="../../rmdesk/ui/pages/overview.py" line="450"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="303"/>
        <source>{phase}, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="304"/>
        <source>since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="306"/>
        <source>, until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="309"/>
        <source>Phase: {phase} · {span} · meeting every {days} days for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="312"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="316"/>
        <source>Mentor: {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="320"/>
        <source>Mentee: {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="330"/>
        <source>{minutes} minutes, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="337"/>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="338"/>
        <source>By your cadence, the next one is due around {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="343"/>
        <source>No meeting held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="347"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="347"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="348"/>
        <source>Last held {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="354"/>
        <source>{n} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="355"/>
        <source>{achieved} achieved, {paused} paused, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="363"/>
        <source>{n} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="364"/>
        <source>{planned} planned, {cancelled} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="369"/>
        <source>{topics} topics, {reflections} reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="374"/>
        <source>still to do, across all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="377"/>
        <source>No focus areas written down yet (File → Edit pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="390"/>
        <source>No active goals yet. Add one on the Goals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="395"/>
        <source>No check-ins yet. They take seconds after a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="417"/>
        <source> · due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="427"/>
        <source>Showing {shown} of {active} active goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="443"/>
        <source>Get to know each other and what you each hope to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="444"/>
        <source>Agree objectives, rhythm, confidentiality and how to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="445"/>
        <source>Meet, learn, reflect. Check in on the pulse now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="446"/>
        <source>Look back together, write a final reflection, celebrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="447"/>
        <source>The programme is closed. Well done, both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="452"/>
        <source>Ended on {day}, with no fault on either side. Thank you both for what you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="455"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="457"/>
        <source>Paused since {day}. Nothing is expected of either of you until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="462"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="462"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="464"/>
        <source>Resume the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="464"/>
        <source>Pause the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="471"/>
        <source>Move to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="474"/>
        <source>Move to the {phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview.py" line="497"/>
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="503"/>
        <source>Your agreement on pausing: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="505"/>
        <source>If it isn&apos;t working, you agreed to talk to: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="510"/>
        <source>Your agreement does not yet say how to pause or whom to talk to: add it with “Agreement…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="562"/>
        <source>Average of {n} check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="570"/>
        <source>The pulse has dipped at the last two meetings. That is normal now and then; it may help to talk about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="574"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="605"/>
        <source>Thanks for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="627"/>
        <source>Moved to the {phase} phase. Ctrl+Z moves back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="647"/>
        <source>Resumed. Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="649"/>
        <source>Paused. Resume whenever you are both ready; Ctrl+Z undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="661"/>
        <source>The programme is closed. Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="672"/>
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
        <location filename="../../rmdesk/ui/coordinator.py" line="204"/>
        <source> (+{n} older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="229"/>
        <source>Older summaries of this pair, not shown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="234"/>
        <source>{pair}
Phase: {phase}; period: {period}; made {made}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="167"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="169"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="177"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="179"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="186"/>
        <source>The backup holds everything, private entries too. Without this passphrase nobody can open it — you included — so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="203"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="206"/>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="208"/>
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
        <location filename="../../rmdesk/ui/pages/topics.py" line="701"/>
        <source>Prepare next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="714"/>
        <source>Plan one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="717"/>
        <source>Plan the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="723"/>
        <source>Next meeting&apos;s agenda; drop topics here, Ctrl+Up and Ctrl+Down reorder, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="742"/>
        <source>Add to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="745"/>
        <source>Add topic to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="748"/>
        <source>Put the topic you are editing on the next meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="751"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="754"/>
        <source>Remove from agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="756"/>
        <source>Take the selected item off the agenda (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="758"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="760"/>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="762"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="764"/>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="775"/>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="812"/>
        <source>No meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="815"/>
        <source>Suggested: {when}, {minutes} minutes. Plan it, then drag topics onto its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="830"/>
        <source>{when} · {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="834"/>
        <source>Drag topics here from the list, or use “Add to next meeting”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="849"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="858"/>
        <source>From the topic bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="858"/>
        <source>An agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="861"/>
        <source>carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="872"/>
        <source>Planned {planned} of {length} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="876"/>
        <source> · 1 topic without an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="878"/>
        <source> · {n} topics without an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="885"/>
        <source>{n} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="893"/>
        <source>{n} minutes free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="929"/>
        <source>Meeting planned for {when}. Change the time on the Meetings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="946"/>
        <source>Plan the next meeting first (“Plan one”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="960"/>
        <source>“{title}” is already on that agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="984"/>
        <source>Add topic to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="991"/>
        <source>Added {names} to the next meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1040"/>
        <source>Removed “{title}” from the agenda. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptOffer</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="604"/>
        <source>A reflection prompt about the meeting just held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="614"/>
        <source>Answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="615"/>
        <source>Answer this prompt now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="617"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="619"/>
        <source>Offer another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="620"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="621"/>
        <source>Not now: dismiss this prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="124"/>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="125"/>
        <source>Reflection prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="130"/>
        <source>Problems in the built-in prompt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="139"/>
        <source>Filter by words, role, phase, moment or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="140"/>
        <source>Filter prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="141"/>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="153"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="171"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="172"/>
        <source>Stop offering the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="173"/>
        <source>Hide the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="174"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="175"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="176"/>
        <source>Delete the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="177"/>
        <source>Delete the selected prompt (only your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="187"/>
        <source>Add my own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="190"/>
        <source>A question you would like to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="191"/>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="194"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="198"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="202"/>
        <source>When it is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="206"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="207"/>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="211"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="212"/>
        <source>No framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="215"/>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="217"/>
        <source>Problem with the new prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="221"/>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="227"/>
        <source>F&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="228"/>
        <source>P&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="229"/>
        <source>&amp;Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="230"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="231"/>
        <source>Fra&amp;mework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="287"/>
        <source>⚠ 1 problem in the built-in prompt files; the prompts concerned are skipped and the rest work as usual.
{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="292"/>
        <source>⚠ {n} problems in the built-in prompt files; the prompts concerned are skipped and the rest work as usual.
{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="297"/>
        <source>
… and {more} more (hover to read them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="321"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="321"/>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="322"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="334"/>
        <source>
Framework: {framework}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="342"/>
        <source>{n} prompts · {hidden} hidden · {own} of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="68"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="83"/>
        <source>{question}: {value} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="89"/>
        <source>Anything to add? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="90"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="92"/>
        <source>Who may see this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="95"/>
        <source>&amp;Who will see these ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="107"/>
        <source>1 = not at all, 5 = completely. Skip any you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="127"/>
        <source>Only you. These ratings stay on this computer and count in no summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="130"/>
        <source>You and {partner}. They count in no summary for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="133"/>
        <source>You, {partner} and the programme coordinator: the ratings (never the note) count in the averages of the progress summary you export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDelegate</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="180"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="196"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="96"/>
        <source>Private: only you; never leaves this computer except in an encrypted full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="100"/>
        <source>Shared with your partner: it goes, encrypted, into the pair exchange file you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="104"/>
        <source>Shared with the coordinator: it goes into the encrypted progress summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="260"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="405"/>
        <source>No reflection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="263"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="264"/>
        <source>Delete this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="266"/>
        <source>Delete this reflection (Delete in the list; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="275"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="281"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="447"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="282"/>
        <source>Shuffle: suggest another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="283"/>
        <source>Another question for this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="285"/>
        <source>Write freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="286"/>
        <source>Write freely, without a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="298"/>
        <source>Reflection (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="301"/>
        <source>Write what comes to mind; nobody else sees it unless you share it.
Markdown: # heading, **bold**, *italic*, - list. Ctrl+B bold, Ctrl+I italic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="305"/>
        <source>Reflection, rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="313"/>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="316"/>
        <source>Who may see this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="323"/>
        <source>The meeting this reflection is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="326"/>
        <source>Goals this reflection is about; space to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="337"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="338"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="339"/>
        <source>Mee&amp;ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="340"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="384"/>
        <source>This reflection could not be saved earlier; what you wrote is kept here and saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="406"/>
        <source>Press Ctrl+N to write a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="425"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="426"/>
        <source>No prompt: write about whatever matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="427"/>
        <source>Suggest a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="437"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="445"/>
        <source>your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="451"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="482"/>
        <source>No active goals to link yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="577"/>
        <source>No other prompt fits this moment; write freely, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="641"/>
        <source>New reflection: private until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="642"/>
        <source>New reflection: shared with the pair, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="647"/>
        <source>New reflection: marked for the coordinator, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="694"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="695"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="810"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="696"/>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="698"/>
        <source>Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="699"/>
        <source>Prompts: the library, hide or add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="707"/>
        <source>Show reflections on theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="708"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="711"/>
        <source>No theme (free writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="713"/>
        <source>Show reflections written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="715"/>
        <source>Show reflections visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="716"/>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="719"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="720"/>
        <source>Any date (no date range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="724"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="726"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="727"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="750"/>
        <source>Reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="787"/>
        <source>Reflections are yours: private unless you choose to share one.

Press Ctrl+N (or New reflection) to start with a suggested question, or write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="815"/>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="842"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="843"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="844"/>
        <source>free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="851"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="866"/>
        <source>By either of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="868"/>
        <source>By me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="871"/>
        <source>By my partner ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="951"/>
        <source>{shown} of 1 reflection match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="953"/>
        <source>{shown} of {total} reflections match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="957"/>
        <source>1 reflection, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="959"/>
        <source>{total} reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="964"/>
        <source>No reflections match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="966"/>
        <source>No reflections yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="1158"/>
        <source>Reflection deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="1181"/>
        <source>After your meeting on {when} · a question for you, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="1206"/>
        <source>Reflection started; it saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="1214"/>
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
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="61"/>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="65"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="66"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="66"/>
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
        <location filename="../../rmdesk/ui/pages/topics.py" line="235"/>
        <source>Topic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="236"/>
        <source>What do you want to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="238"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="244"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="246"/>
        <source>Estimated minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="248"/>
        <source>About how long it needs, 1 to {most} minutes; — for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="253"/>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="259"/>
        <source>Who may see this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="262"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="443"/>
        <source>Why it matters for the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="263"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="264"/>
        <source>What to show, questions to ask, examples to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="265"/>
        <source>Resources, one link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="267"/>
        <source>One link per line, e.g. https://example.com/article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="279"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="285"/>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="286"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="289"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="290"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="291"/>
        <source>&amp;Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="294"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="295"/>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="299"/>
        <source>Reopen for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="301"/>
        <source>Discussed, but worth another conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="303"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="306"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="309"/>
        <source>Delete this topic (Delete in the list; Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="317"/>
        <source>Meetings where this topic was on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="322"/>
        <source>Discussed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="378"/>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="438"/>
        <source>Why this matters for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="441"/>
        <source>Why it matters for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="464"/>
        <source>Open {url} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="465"/>
        <source>Open {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="481"/>
        <source>held · discussed ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="483"/>
        <source>held · not reached, carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="485"/>
        <source>held · not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="487"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="489"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="493"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="496"/>
        <source>Not on any agenda yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="100"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="101"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="115"/>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="102"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="116"/>
        <source>On agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="103"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="117"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="104"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="118"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="105"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="119"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="112"/>
        <source>Open (not discussed or parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="113"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="114"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1079"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1167"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1411"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1080"/>
        <source>New topic (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1082"/>
        <source>Show topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1091"/>
        <source>Search titles, notes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1092"/>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1093"/>
        <source>Clear the topic search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1106"/>
        <source>Topics; drag one onto the next meeting&apos;s agenda, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1173"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1189"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1191"/>
        <source>— min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1196"/>
        <source>last on {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1203"/>
        <source>Goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1205"/>
        <source>Needs a follow-up conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1208"/>
        <source>On 1 agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1210"/>
        <source>On {n} agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1221"/>
        <source>Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1293"/>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1293"/>
        <source>{n} topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1298"/>
        <source>No topics match. Choose “All topics” or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1300"/>
        <source>No topics yet. Press Ctrl+N to start your topic bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1427"/>
        <source>New topic: type its title. Everything saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="1448"/>
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
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="55"/>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="58"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="59"/>
        <source>Before a load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="66"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="67"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="68"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="69"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="70"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="72"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="73"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Pulse check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="80"/>
        <source>rmdesk backups (*.sqlite *.age *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="89"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="90"/>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="95"/>
        <source>no pair yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="102"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="103"/>
        <source>Pairs: {pairs}
Holds: {holds}
Last change in it: {newest} · format version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="108"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coordinator</name>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="71"/>
        <source>Progress summaries (*.age *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="95"/>
        <source>Cannot read it: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="99"/>
        <source>It is {size} MiB, far too large for a progress summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="105"/>
        <location filename="../../rmdesk/ui/coordinator.py" line="107"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="124"/>
        <source>Cancelled; the files opened so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="133"/>
        <source>It could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="146"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="147"/>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="148"/>
        <source>Last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="149"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="150"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="151"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="761"/>
        <source>the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="763"/>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="765"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="766"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="54"/>
        <source>JSON: opens in the coordinator&apos;s rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="55"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="56"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="57"/>
        <source>PDF (A4, with charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="68"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="69"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="71"/>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="77"/>
        <source>The coordinator opens it in rmdesk&apos;s Coordinator view, next to other pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="81"/>
        <source>For reading: the coordinator&apos;s rmdesk table opens JSON summaries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="85"/>
        <source>For reading in a browser: the coordinator&apos;s rmdesk table opens JSON only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="89"/>
        <source>For reading and printing: the coordinator&apos;s rmdesk table opens JSON only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="111"/>
        <source>Weak: easy to guess. Use four or more random words, or 14+ mixed characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="116"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="117"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="171"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goal_detail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="54"/>
        <source>Private (only me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="55"/>
        <source>Shared with my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="56"/>
        <source>Shared with the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="63"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="64"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="65"/>
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
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="61"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="62"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="63"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="70"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="71"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="72"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="78"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="79"/>
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
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="42"/>
        <source>I felt safe to speak openly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="43"/>
        <source>We were candid with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="44"/>
        <source>It was useful to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="45"/>
        <source>I left with energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts_dialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="50"/>
        <source>Digital fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="51"/>
        <source>Generational perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="52"/>
        <source>Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="53"/>
        <source>Feedback and candour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="54"/>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="55"/>
        <source>Psychological safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="56"/>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="57"/>
        <source>Mentor&apos;s growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="63"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="64"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="65"/>
        <source>Either of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="71"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="72"/>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="73"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="74"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="80"/>
        <source>Before a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="81"/>
        <source>After a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="82"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="83"/>
        <source>At closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="90"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="91"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="92"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="93"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="94"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="95"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="96"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/prompts_dialog.py" line="103"/>
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
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>A new goal, meeting, topic or reflection on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="29"/>
        <source>Edit the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="32"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="33"/>
        <source>Delete the selected item (no confirmation: Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="39"/>
        <source>Ctrl+B / Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="40"/>
        <source>Bold / italic in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="43"/>
        <source>Ctrl+Shift+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="44"/>
        <source>Bulleted list in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="47"/>
        <source>Ctrl+Alt+1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="48"/>
        <source>Heading levels in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="51"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="52"/>
        <source>Tick the selected milestone, agenda item or action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
