<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="172"/>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="179"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="181"/>
        <source>What each of you wants from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="185"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="186"/>
        <source>Meet every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="190"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="191"/>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="194"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="196"/>
        <source>What stays between the two of you, and what may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="200"/>
        <source>Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="202"/>
        <source>How either of you can pause or end the programme, without blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="206"/>
        <source>If it isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="209"/>
        <source>Whom either of you can talk to, e.g. the programme coordinator, and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="215"/>
        <source>The mentor&apos;s safety at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="218"/>
        <source>Outside each other&apos;s reporting line; what stays in the room, also from the mentor&apos;s line manager; what happens if the senior becomes defensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="223"/>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="230"/>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="231"/>
        <source>We meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="232"/>
        <source>&amp;Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="233"/>
        <source>&amp;Pausing or withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="234"/>
        <source>If it &amp;isn&apos;t working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="235"/>
        <source>The mentor&apos;s &amp;safety at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="236"/>
        <source>Anything &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="245"/>
        <source>Agree these together at the start; either of you can revisit them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="275"/>
        <source>Suggest wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="278"/>
        <source>Suggest wording for the empty parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="142"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="142"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="142"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="241"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="250"/>
        <source>rmdesk backs up the desk on the first start of each day and before anything replaces it; it keeps {daily} daily, {weekly} weekly and {monthly} monthly backups (Edit → Settings) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="265"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="279"/>
        <source>What the selected backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="284"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="286"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="289"/>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="292"/>
        <source>&amp;Encrypted full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="296"/>
        <source>Everything on the desk, private entries too, sealed with a passphrase (age format): restorable on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="313"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="317"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="319"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="348"/>
        <source>No backups yet. “Back up now” makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="362"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="376"/>
        <source>This backup cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="410"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="418"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="427"/>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="438"/>
        <source>the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="442"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="451"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="453"/>
        <source>Replace everything on this desk with {described}?

The desk as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="471"/>
        <source>Checking the backup and backing up the desk first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="479"/>
        <source>Passphrase of the full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="485"/>
        <source>Opening the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="511"/>
        <source>Restored {name}. The desk as it was is saved in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="521"/>
        <source>Encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="527"/>
        <source>Save the encrypted full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="536"/>
        <source>Encrypting the full backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="546"/>
        <source>Encrypted full backup saved to {path}. Keep the passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="554"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <location filename="../../rmdesk/ui/undo.py" line="67"/>
        <source>“{change}” can no longer be redone: {error} Something it depends on was changed on another page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/undo.py" line="73"/>
        <source>“{change}” can no longer be undone: {error} Something it depends on was changed on another page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="456"/>
        <source>Closing the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="465"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="467"/>
        <source>{mentor} and {mentee}: {goals}, over {meetings} since {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="469"/>
        <source>{mentor} and {mentee}: {meetings} together since {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="474"/>
        <source>%n goal(s) achieved together</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="486"/>
        <source>Each goal from start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="488"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="488"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="488"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="488"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="488"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="505"/>
        <source>Goals, start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="513"/>
        <source>%n meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="514"/>
        <source> of {expected} expected by your cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="515"/>
        <source>; %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="516"/>
        <source>, %n still planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="524"/>
        <source>No pulse check-ins were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="527"/>
        <source>The pulse over the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="534"/>
        <source>Final reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="539"/>
        <source>{name} has not written a final reflection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="541"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="571"/>
        <source>What we will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="589"/>
        <source>Commitments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="592"/>
        <source>Add or change commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="611"/>
        <source>No commitments yet. Before you part, each of you might write down one thing you will do differently, and a day to look back at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <location filename="../../rmdesk/ui/models/commitments.py" line="31"/>
        <source>{whose} · looked back on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/commitments.py" line="38"/>
        <source>{whose} · look back on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/commitments.py" line="41"/>
        <source>{whose} · no day to look back yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="61"/>
        <source>What we will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="70"/>
        <source>Commitments that outlive the programme: what each of you will do differently. Choose a day to look back (after the programme ends is fine); rmdesk will ask you then how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="83"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="87"/>
        <source>No commitments yet. Write the first on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="92"/>
        <source>Whose commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="94"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="98"/>
        <source>What I will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="99"/>
        <source>e.g. Ask a junior colleague&apos;s view before deciding on a new tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="102"/>
        <source>&amp;Look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="104"/>
        <source>Day to look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="108"/>
        <source>Who may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="121"/>
        <source>&amp;Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="124"/>
        <source>&amp;I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="138"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="147"/>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="239"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="150"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="153"/>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="157"/>
        <source>How did it go?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="160"/>
        <source>Say how the commitment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="164"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="167"/>
        <source>Delete the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="190"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="239"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="241"/>
        <source>Save the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="241"/>
        <source>Add the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="262"/>
        <source>Looked back on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="264"/>
        <source>How it went: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="267"/>
        <source>Open. Reminders are off; a new day turns them on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="269"/>
        <source>Open. Reminder snoozed until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="271"/>
        <source>Open. Its day to look back has come: how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="272"/>
        <source>Open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="67"/>
        <source>Found when a file from your partner came in, {moment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="98"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="99"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="105"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="107"/>
        <source>Long text you and your partner both changed in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="115"/>
        <source>You and your partner both changed the same part of these texts before either saw the other&apos;s change. Keep one version, or edit the text to keep parts of both. Ctrl+Z on the entry&apos;s page undoes a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="122"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="123"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="139"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="124"/>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="126"/>
        <source>Your partner&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="125"/>
        <source>The text to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="127"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="128"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="130"/>
        <source>&amp;Save the edited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="145"/>
        <source>&amp;Or edit the text as it is now (both versions are in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/conflicts_dialog.py" line="195"/>
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
        <location filename="../../rmdesk/ui/coordinator.py" line="405"/>
        <source>The selected pair&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="407"/>
        <source>Select a pair to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="413"/>
        <location filename="../../rmdesk/ui/coordinator.py" line="647"/>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="428"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="430"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="444"/>
        <source>&amp;Open summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="450"/>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="453"/>
        <source>Export table as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="456"/>
        <source>C&amp;lose all summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="459"/>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="461"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="468"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="488"/>
        <source>Open progress summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="517"/>
        <source>Opening 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="519"/>
        <source>Opening {n} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="541"/>
        <source>Opened 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="543"/>
        <source>Opened {n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="546"/>
        <source>; {n} could not be opened (listed below the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="627"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="651"/>
        <source>&lt;b&gt;Summary&lt;/b&gt; from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="667"/>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="667"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="672"/>
        <source>Export the table as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="672"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="696"/>
        <source>Saving the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="703"/>
        <source>Saved {path}. It is not encrypted: keep it where only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="380"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="386"/>
        <source>Programmes end early for good reasons: a new role, a workload, a match that did not fit. Ending now closes the programme for both of you, with no fault on either side; Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="393"/>
        <source>Who is ending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="398"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="399"/>
        <source>Why, in your own words; you choose below who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="402"/>
        <source>Who may read the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="407"/>
        <source>&amp;Ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="408"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="409"/>
        <source>&amp;Who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="412"/>
        <source>End the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeBanner</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/exchange_banner.py" line="23"/>
        <source>What came in from your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/exchange_banner.py" line="32"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/exchange_banner.py" line="32"/>
        <source>Dismiss this message</source>
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
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="98"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="99"/>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="101"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="103"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="107"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="108"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="109"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="110"/>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="111"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="113"/>
        <source>Who may see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="118"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="119"/>
        <source>Why this matters to you, and to your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="123"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="124"/>
        <source>How will we know? One observable sign per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="143"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="145"/>
        <source>&amp;Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="146"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="147"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="150"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="156"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="157"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="158"/>
        <source>How we&apos;ll &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="161"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="168"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="165"/>
        <source>No progress recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="176"/>
        <source>Milestones; drag to reorder, space to tick off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="186"/>
        <source>Add a milestone and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="187"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="189"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="190"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="192"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="193"/>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="199"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="208"/>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="233"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="209"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="209"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="217"/>
        <source>Update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="220"/>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="223"/>
        <source>What changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="224"/>
        <source>Update note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="226"/>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="249"/>
        <source>Linked meetings, topics and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="319"/>
        <source>Changes that could not be saved earlier are back here; they are saved as soon as they can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="377"/>
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
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="538"/>
        <source>🎉  Goal achieved: {title}!  Well done, both of you.  🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="618"/>
        <source>Enter the progress as a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="46"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="53"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="57"/>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="59"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="60"/>
        <source>What do you want to be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="62"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="62"/>
        <source>Why it matters to you and your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="66"/>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="67"/>
        <source>How will we know? One observable sign per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="70"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="75"/>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="80"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="79"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="87"/>
        <source>Who may see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="93"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="94"/>
        <source>Steps on the way, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="106"/>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="107"/>
        <source>Te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="109"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="111"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="112"/>
        <source>How we&apos;ll &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="113"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="116"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="123"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="124"/>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="127"/>
        <source>A good goal says what you will be able to do, why it matters, and how you will both know. A template is only a start: make it yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="135"/>
        <source>Create goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/goal_dialog.py" line="156"/>
        <source>— Blank goal —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="95"/>
        <source>{name}&apos;s goals ({learner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="214"/>
        <source>{group}, {n} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="240"/>
        <source>{done} of {total} milestones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="248"/>
        <source>{title}, {progress} percent, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="264"/>
        <source>Target {date} (past: time to review it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="267"/>
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
        <location filename="../../rmdesk/ui/pages/goals.py" line="122"/>
        <location filename="../../rmdesk/ui/pages/goals.py" line="205"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="123"/>
        <source>New goal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="126"/>
        <source>Show goals with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="136"/>
        <source>Show goals in category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="138"/>
        <source>Sort goals by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="140"/>
        <source>Sort: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="156"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="185"/>
        <source>🎉 “{title}” achieved. Celebrate it together!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="207"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="239"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="270"/>
        <source>No goals here yet. Both of you can have goals: press Ctrl+N to add one, or pick a template to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="274"/>
        <source>No active goals. Press Ctrl+N to add one, or show other statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="354"/>
        <source>Goal “{title}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/goals.py" line="372"/>
        <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="49"/>
        <source>Invite {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="53"/>
        <source>Give this invitation to {name}: copy the text into a mail or chat, save it as a file, or let {name} scan the picture. It holds your pair&apos;s names and dates and this desk&apos;s public keys: no entry and no secret.

Then join {name}&apos;s invitation (Partner → Join with invitation…) and compare the safety phrase together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="66"/>
        <source>Invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="67"/>
        <source>Read-only; copy it with the Copy button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="69"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="72"/>
        <source>Copy the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="76"/>
        <source>&amp;Save as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="96"/>
        <source>This invitation is too long for a QR picture (the names, most likely). Copy it or save it as a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="106"/>
        <source>QR picture of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="108"/>
        <source>The same invitation as the text, for a camera to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="110"/>
        <source>Or scan this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="131"/>
        <source>Copied. Paste it into a mail or a chat to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="138"/>
        <source>Save the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="140"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/invite_dialog.py" line="151"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="55"/>
        <source>Join with an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="62"/>
        <source>Your partner&apos;s rmdesk made an invitation for you (Partner → Invite partner…). Open the file they gave you, or paste its text below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="69"/>
        <source>&amp;Open invitation file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="74"/>
        <source>Invitation &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="77"/>
        <source>Invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="78"/>
        <source>Paste the invitation here ({ &quot;format&quot;: … })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="92"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="114"/>
        <source>Open your partner&apos;s invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="116"/>
        <source>Invitations (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="146"/>
        <source>From {name}&apos;s desk ({role}): {mentor} mentors {mentee}, since {start}.</source>
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
        <location filename="../../rmdesk/ui/main_window.py" line="82"/>
        <location filename="../../rmdesk/ui/main_window.py" line="85"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="88"/>
        <source>  &amp;Pair: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="96"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="106"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="107"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="108"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="109"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="111"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="113"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="134"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="263"/>
        <source>That entry is no longer on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="282"/>
        <source> A reflection prompt is waiting on the Reflections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="286"/>
        <source> Use “Pulse check-in…” to say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="340"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="345"/>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="350"/>
        <source>&amp;New pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="354"/>
        <source>&amp;Plan a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="360"/>
        <source>&amp;Edit pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="363"/>
        <location filename="../../rmdesk/ui/main_window.py" line="477"/>
        <source>&amp;Archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="367"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="370"/>
        <source>Back up &amp;to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="373"/>
        <source>Back&amp;ups and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="378"/>
        <source>Self-a&amp;ssessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="384"/>
        <source>E&amp;xport progress summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="390"/>
        <source>&amp;Coordinator view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="393"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="394"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="397"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="402"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="404"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="408"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="415"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="419"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="424"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="426"/>
        <source>&amp;About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="445"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="477"/>
        <source>Un&amp;archive pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="489"/>
        <source>Pair created. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="507"/>
        <source>Pair saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="517"/>
        <source>{pair} archived; it stays in the pair list and can be unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="521"/>
        <source>{pair} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="563"/>
        <source>Back up to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="565"/>
        <source>rmdesk backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="577"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="588"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/main_window.py" line="636"/>
        <source>%n commitment(s) waiting for a look back: the Overview asks how it went.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="667"/>
        <source>Restored {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="681"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="743"/>
        <source>Progress summary saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="781"/>
        <source>About rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/main_window.py" line="783"/>
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
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="125"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="638"/>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="127"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="129"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="131"/>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="134"/>
        <source>Copy agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="137"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="137"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="140"/>
        <source>Pulse check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="158"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="165"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="166"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="168"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="172"/>
        <source>A room, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="173"/>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="175"/>
        <source>Who may see this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="186"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="192"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="194"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="196"/>
        <source>&amp;Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="199"/>
        <source>Agenda; tick what was discussed, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="209"/>
        <source>Add an agenda item and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="210"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="217"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="284"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="220"/>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="225"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="228"/>
        <source>Remove the selected agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="231"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="243"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="247"/>
        <source>Action items; tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="249"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="486"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="249"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="249"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="266"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="249"/>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="269"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="262"/>
        <source>Who will do what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="263"/>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="270"/>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="276"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="284"/>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="287"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="297"/>
        <source>Goals this meeting worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="300"/>
        <source>Goals worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="304"/>
        <source>How it felt (1 low – 5 high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="363"/>
        <source>{caption}, 1 low to 5 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="384"/>
        <source>These notes could not be saved earlier; they are kept here and saved as soon as the disk allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="422"/>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="423"/>
        <source>Plan one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="463"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="466"/>
        <source>Topics planned: {planned} of {length} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="470"/>
        <source> — {over} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="486"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="509"/>
        <source>{minutes} minutes, {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="515"/>
        <source>1 agenda item carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="517"/>
        <source>{n} agenda items carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="598"/>
        <source>Marked held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="600"/>
        <source> 1 open item carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="602"/>
        <source> {n} open items carried over to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="639"/>
        <source>This meeting is planned for {when}, which has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="646"/>
        <source>If you met early, move it to now and mark it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="648"/>
        <source>&amp;Move to now and mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="659"/>
        <source>Meeting cancelled. Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="675"/>
        <source>Meeting deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="684"/>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="684"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="708"/>
        <source>Saved {path}: open it to add the meeting to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="716"/>
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
        <location filename="../../rmdesk/ui/pages/meetings.py" line="150"/>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="199"/>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="151"/>
        <source>Plan a meeting (Ctrl+N here, Ctrl+Shift+N anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="154"/>
        <source>Show meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="166"/>
        <source>Meetings, upcoming first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="213"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="217"/>
        <source>%n on the agenda</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="219"/>
        <source>%n open action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="221"/>
        <source>↻ %n carried over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="283"/>
        <source>Next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="290"/>
        <source>Nothing planned. Suggested next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="294"/>
        <source>{held} of %n expected meeting(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="299"/>
        <source>No meeting expected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="300"/>
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="336"/>
        <source>Meeting planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCommitments</name>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="52"/>
        <source>What we will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="54"/>
        <source>Commitments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="57"/>
        <source>Commitments that outlive the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="66"/>
        <source>Time to look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="70"/>
        <source>How did it go?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="73"/>
        <source>Say how your commitment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="76"/>
        <source>Remind me in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="79"/>
        <source>Don&apos;t remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="111"/>
        <source>%n waiting for a look back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="114"/>
        <source>the next look back on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="116"/>
        <source>%n looked back on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="121"/>
        <source>What each of you will do differently once the programme is over, with a day to look back and see how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="124"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="134"/>
        <source>“{text}”
You chose {day} to look back at this. How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="139"/>
        <source>%n more commitment(s) are waiting for a look back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="172"/>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="187"/>
        <source>I&apos;ll ask again in a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="179"/>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="189"/>
        <source>No more reminders for this one; it stays among your commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="186"/>
        <source>Thank you for looking back. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="50"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="51"/>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="52"/>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="167"/>
        <source>The two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="168"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="169"/>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="170"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="171"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="172"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="173"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="174"/>
        <source>Active goals at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="180"/>
        <source>Programme phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="183"/>
        <source>Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="184"/>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="186"/>
        <source>Closure view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="190"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="192"/>
        <source>Follow a programme template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="194"/>
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="195"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="219"/>
        <source>Write about what gets in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="234"/>
        <source>Relationship pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="238"/>
        <source>Reflect on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="243"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="244"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="330"/>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="334"/>
        <location filename="../../rmdesk/ui/pages/overview.py" line="484"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="336"/>
        <source>{phase}, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="337"/>
        <source>since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="339"/>
        <source>, until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="342"/>
        <source>Phase: {phase} · {span} · meeting every {days} days for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="345"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="349"/>
        <source>Mentor: {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="353"/>
        <source>Mentee: {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="363"/>
        <source>{minutes} minutes, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="370"/>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="371"/>
        <source>By your cadence, the next one is due around {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="376"/>
        <source>No meeting held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="380"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="380"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="381"/>
        <source>Last held {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="387"/>
        <source>{n} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="388"/>
        <source>{achieved} achieved, {paused} paused, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="396"/>
        <source>{n} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="397"/>
        <source>{planned} planned, {cancelled} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="402"/>
        <source>{topics} topics, {reflections} reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="407"/>
        <source>still to do, across all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="410"/>
        <source>No focus areas written down yet (File → Edit pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="424"/>
        <source>No active goals yet. Add one on the Goals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="429"/>
        <source>No check-ins yet. They take seconds after a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="451"/>
        <source> · due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="461"/>
        <source>Showing {shown} of {active} active goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="477"/>
        <source>Get to know each other and what you each hope to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="478"/>
        <source>Agree objectives, rhythm, confidentiality and how to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="479"/>
        <source>Meet, learn, reflect. Check in on the pulse now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="480"/>
        <source>Look back together, write a final reflection, celebrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="481"/>
        <source>The programme is closed. Well done, both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="486"/>
        <source>Ended on {day}, with no fault on either side. Thank you both for what you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="489"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="491"/>
        <source>Paused since {day}. Nothing is expected of either of you until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="496"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="496"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="498"/>
        <source>Resume the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="498"/>
        <source>Pause the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="506"/>
        <source>Move to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="509"/>
        <source>Move to the {phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview.py" line="532"/>
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="538"/>
        <source>Your agreement on pausing: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="540"/>
        <source>If it isn&apos;t working, you agreed to talk to: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="545"/>
        <source>Your agreement does not yet say how to pause or whom to talk to: add it with “Agreement…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="599"/>
        <source>Average of {n} check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="607"/>
        <source>The pulse has dipped at the last two meetings. That is normal now and then; it may help to talk about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="611"/>
        <source> A prompt to start from: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="642"/>
        <source>Thanks for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="672"/>
        <source>Self-assessment saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="674"/>
        <source>Self-assessment unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="697"/>
        <source>Moved to the {phase} phase. Ctrl+Z moves back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="717"/>
        <source>Resumed. Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="719"/>
        <source>Paused. Resume whenever you are both ready; Ctrl+Z undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="733"/>
        <source>the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="734"/>
        <source>a mid-point review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="735"/>
        <source>a closing meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="739"/>
        <source>Planned {meetings}, with their agendas. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="743"/>
        <source>The rhythm is set; the meetings it plans were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="755"/>
        <source>The programme is closed. Ctrl+Z reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/overview.py" line="766"/>
        <source>Agreement saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/pair_dialog.py" line="32"/>
        <source>Edit pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/pair_dialog.py" line="32"/>
        <source>New pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairForm</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="41"/>
        <source>Mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="42"/>
        <source>e.g. Priya Raman (often the junior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="46"/>
        <source>Mentee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="47"/>
        <source>e.g. Martin Keller (often the senior colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="50"/>
        <source>I am the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="51"/>
        <source>I am the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="52"/>
        <source>Which of the two you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="54"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="55"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="56"/>
        <source>The programme has a planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="57"/>
        <source>Planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="66"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="67"/>
        <source>Meet every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="70"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="71"/>
        <source>Usual meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="74"/>
        <source>What you want to learn from each other, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="76"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="90"/>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="91"/>
        <source>M&amp;entee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="92"/>
        <source>&amp;You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="93"/>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="105"/>
        <source>Meet e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="106"/>
        <source>Meetings &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="107"/>
        <source>&amp;Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="115"/>
        <source>Programme phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="119"/>
        <source>Objectives, how often and how long you meet, confidentiality, and how either of you can pause or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="123"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="125"/>
        <source>&amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="126"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="142"/>
        <source>Programme template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="143"/>
        <source>None for now (choose one later on the Overview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="154"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/pair_form.py" line="178"/>
        <source>rmdesk plans the first meeting, a mid-point review and a closing meeting, with their agendas.</source>
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
    <name>PartnerActions</name>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="67"/>
        <source>Pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="79"/>
        <source>&amp;Invite partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="81"/>
        <source>&amp;Join with invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="84"/>
        <source>&amp;Partner and safety phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="87"/>
        <source>&amp;Send to partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="88"/>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="90"/>
        <source>S&amp;hared folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="93"/>
        <location filename="../../rmdesk/ui/partner.py" line="507"/>
        <source>Con&amp;flicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="123"/>
        <source>Create or join a pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="127"/>
        <source>Not paired yet: invite your partner and join their invitation first (Partner → Invite partner…, Join with invitation…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="134"/>
        <source>Not available until you confirm the safety phrase with {name} (Partner → Partner and safety phrase…): nothing is exchanged before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="146"/>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="154"/>
        <source>Partner and safety phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="201"/>
        <source>The keys of your partner&apos;s desk (or this desk&apos;s) changed since you paired: this is pairing again. Compare the new phrase aloud and confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="206"/>
        <source>Created your pair from the invitation. Now give your own invitation to your partner (Invite, below), so their desk can join yours too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="210"/>
        <source>Linked this desk&apos;s pair with your partner&apos;s; your entries stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="211"/>
        <source>Paired with your partner&apos;s desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="247"/>
        <source>Send to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="249"/>
        <location filename="../../rmdesk/ui/partner.py" line="294"/>
        <source>rmdesk exchange files (*.rmdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="264"/>
        <source>Writing the file for your partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="280"/>
        <source>Wrote %n shared entry(s) to {file} for {name}, signed and encrypted to {name}&apos;s desk. Send it by mail, chat or USB stick.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="292"/>
        <source>Receive from your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="308"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="329"/>
        <source>%n entr(y|ies) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="331"/>
        <source>%n of yours now private</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="335"/>
        <source>From {name} through the shared folder: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="337"/>
        <source>From {name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="340"/>
        <source>Nothing new from {name}: this desk already had all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="379"/>
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="380"/>
        <source>%n goal update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="381"/>
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="382"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="383"/>
        <source>%n agenda item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="384"/>
        <source>%n action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="385"/>
        <source>%n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="386"/>
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="387"/>
        <source>%n pulse check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="388"/>
        <source>%n link(s) to goals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="450"/>
        <source>{name}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="454"/>
        <source>Last changed on {name}&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="457"/>
        <source>{text}, last changed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/partner.py" line="498"/>
        <source>Shared folder: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="507"/>
        <source>Con&amp;flicts (%n open)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="259"/>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="355"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="262"/>
        <source>Not paired yet: nothing is exchanged with your partner&apos;s desk.

To pair up, each of you makes an invitation and joins the other&apos;s. Then both screens show the same safety phrase, which you compare aloud and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="272"/>
        <source>&amp;Invite partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="275"/>
        <source>&amp;Join with invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="283"/>
        <source>Partner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="290"/>
        <source>Safety phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="302"/>
        <source>Do not confirm. The words must be the same on both screens; different words mean an invitation was changed or swapped on its way. Pair again: each of you makes a new invitation (Partner → Invite partner…) and joins the other&apos;s, handed over in person or on a call you trust. Nothing is exchanged until you confirm words that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="318"/>
        <source>✓ Confirmed: you compared these words with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="323"/>
        <source>Compare these words aloud with your partner, {name}: on a call or side by side. If {name}&apos;s screen shows the same eight words in the same order, confirm. Nothing is exchanged until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="329"/>
        <source>&amp;Confirm: the words match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="335"/>
        <source>They &amp;don&apos;t match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="343"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="350"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="351"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="351"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="356"/>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="356"/>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="359"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="358"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="359"/>
        <source>no: nothing is exchanged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="362"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="364"/>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="379"/>
        <source>&amp;Invite {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="382"/>
        <source>Invite {name}: your invitation for {name}&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="389"/>
        <source>&amp;Send to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="395"/>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="172"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="174"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="182"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="184"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="191"/>
        <source>The backup holds everything, private entries too. Without this passphrase nobody can open it — you included — so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="208"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="211"/>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="213"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseView</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="184"/>
        <source>Safety phrase: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="185"/>
        <source>Compare these eight words aloud with your partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/partner_dialog.py" line="199"/>
        <source>Word {n}: {word}</source>
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
        <location filename="../../rmdesk/ui/pages/meetings.py" line="77"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="82"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="84"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="89"/>
        <source>A room, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="90"/>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="96"/>
        <source>Suggested from your cadence (every {days} days). Change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="101"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="102"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="103"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="104"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/meetings.py" line="108"/>
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
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="319"/>
        <source>Programme template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="326"/>
        <source>A template sets how often and how long you meet and when the programme ends, and plans the first meeting, a mid-point review and a closing meeting with their agendas. Meetings already planned are kept; Ctrl+Z undoes it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="350"/>
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
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="71"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="86"/>
        <source>{question}: {value} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="92"/>
        <source>Anything to add? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="95"/>
        <source>Who may see this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="98"/>
        <source>&amp;Who will see these ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="110"/>
        <source>1 = not at all, 5 = completely. Skip any you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="130"/>
        <source>Only you. These ratings stay on this computer and count in no summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="133"/>
        <source>You and {partner}. They count in no summary for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="136"/>
        <source>You, {partner} and the programme coordinator: the ratings (never the note) count in the averages of the progress summary you export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDelegate</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/row_delegate.py" line="108"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/row_delegate.py" line="124"/>
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
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="238"/>
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
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="280"/>
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
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="217"/>
        <source>This reflection could not be saved earlier; what you wrote is kept here and saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="239"/>
        <source>Press Ctrl+N to write a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="258"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="259"/>
        <source>No prompt: write about whatever matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="260"/>
        <source>Suggest a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="270"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="278"/>
        <source>your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="284"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="315"/>
        <source>No active goals to link yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/reflections/editor.py" line="410"/>
        <source>No other prompt fits this moment; write freely, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="79"/>
        <source>New reflection: private until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="80"/>
        <source>New reflection: shared with the pair, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="85"/>
        <source>New reflection: marked for the coordinator, as Settings says new entries start. Make it private below if this one is just for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="132"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="133"/>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="248"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="134"/>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="136"/>
        <source>Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="137"/>
        <source>Prompts: the library, hide or add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="145"/>
        <source>Show reflections on theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="146"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="149"/>
        <source>No theme (free writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="151"/>
        <source>Show reflections written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="153"/>
        <source>Show reflections visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="154"/>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="157"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="158"/>
        <source>Any date (no date range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="162"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="164"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="165"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="188"/>
        <source>Reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="225"/>
        <source>Reflections are yours: private unless you choose to share one.

Press Ctrl+N (or New reflection) to start with a suggested question, or write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="253"/>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="280"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="281"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="282"/>
        <source>free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="289"/>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="304"/>
        <source>By either of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="306"/>
        <source>By me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="309"/>
        <source>By my partner ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="389"/>
        <source>{shown} of 1 reflection match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="391"/>
        <source>{shown} of {total} reflections match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="395"/>
        <source>1 reflection, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="397"/>
        <source>{total} reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="402"/>
        <source>No reflections match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="404"/>
        <source>No reflections yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="596"/>
        <source>Reflection deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="619"/>
        <source>After your meeting on {when} · a question for you, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="644"/>
        <source>Reflection started; it saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/reflections.py" line="652"/>
        <source>That is the only prompt for this moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="345"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="351"/>
        <source>You committed to: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="352"/>
        <source>You chose {day} to look back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="358"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="359"/>
        <source>What did you do differently? What changed, what got in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="362"/>
        <source>Day of the look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="369"/>
        <source>&amp;How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="376"/>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="383"/>
        <source>Record how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="389"/>
        <source>Remind me in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/commitments_dialog.py" line="398"/>
        <source>Don&apos;t remind me</source>
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
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="55"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="67"/>
        <source>How do you see yourself today? Rate each statement from 1 to 5; skip any you like. Taking it at the start, the mid-point and the end shows you how far you came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="76"/>
        <source>Which self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="79"/>
        <source>&amp;Occasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="95"/>
        <source>Who may see these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="98"/>
        <source>&amp;Who will see these answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="140"/>
        <source>1 means: {low}. 5 means: {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="151"/>
        <source>{statement}: {value} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="191"/>
        <source>You took this on {day}. Saving replaces those answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="202"/>
        <source>Only you. Your answers stay on this computer and count in no summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="205"/>
        <source>You and {partner}. They count in no summary for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="208"/>
        <source>You, {partner} and the programme coordinator: your ratings at the start, mid-point and end go into the progress summary you export, and the coordinator may add them up across pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentOffer</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="31"/>
        <source>Take it now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="34"/>
        <source>Take the self-assessment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="37"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="40"/>
        <source>Not now: hide this offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="63"/>
        <source>Before you get going: a two-minute self-assessment gives you a starting point to look back on. Your answers are private unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="67"/>
        <source>You are half-way through the programme: take the self-assessment again to see how far you have come. Your answers are private unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="71"/>
        <source>The programme is ending: a last self-assessment shows you how far you came since the start. Your answers are private unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_offer.py" line="76"/>
        <source>Self-assessment offer</source>
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
    <name>SharedFolderSync</name>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="117"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="122"/>
        <source>Exchange with your partner through a folder you both see (OneDrive, Dropbox, Nextcloud, Syncthing…). rmdesk writes its own encrypted files there and reads your partner&apos;s; the desk itself never goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="128"/>
        <source>This pair exchanges through {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="131"/>
        <source>rmdesk reads your partner&apos;s new files there on start, when the folder changes and every five minutes. Forgetting the folder stops that; the files already there stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="136"/>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="140"/>
        <source>&amp;Forget folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/shared_folder.py" line="147"/>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="74"/>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="79"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="79"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../rmdesk/ui/tasks.py" line="74"/>
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
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="315"/>
        <source>Open {url} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="316"/>
        <source>Open {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="332"/>
        <source>held · discussed ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="334"/>
        <source>held · not reached, carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="336"/>
        <source>held · not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="338"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="340"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="344"/>
        <source>Carried over from an earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/topics/editor.py" line="347"/>
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
        <location filename="../../rmdesk/ui/pages/topics.py" line="95"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="183"/>
        <location filename="../../rmdesk/ui/pages/topics.py" line="427"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="96"/>
        <source>New topic (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="98"/>
        <source>Show topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="107"/>
        <source>Search titles, notes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="108"/>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="109"/>
        <source>Clear the topic search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="122"/>
        <source>Topics; drag one onto the next meeting&apos;s agenda, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="189"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="205"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="209"/>
        <source>last on {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="219"/>
        <source>Goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="221"/>
        <source>Needs a follow-up conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="224"/>
        <source>On 1 agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="226"/>
        <source>On {n} agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="237"/>
        <source>Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="309"/>
        <source>1 topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="309"/>
        <source>{n} topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="314"/>
        <source>No topics match. Choose “All topics” or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="316"/>
        <source>No topics yet. Press Ctrl+N to start your topic bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="443"/>
        <source>New topic: type its title. Everything saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/topics.py" line="464"/>
        <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="38"/>
        <source>Welcome to rmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="42"/>
        <source>rmdesk is a private journal for one reverse-mentoring pair: a junior colleague mentors a senior one, and both of you learn. Everything stays in a file on this computer; only what you both choose to share ever leaves it.

Start by telling rmdesk who the two of you are. You can change all of this later. If your partner already uses rmdesk, ask them for an invitation instead: it fills all of this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="52"/>
        <source>Create our pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="54"/>
        <source>Create the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="56"/>
        <source>I have an &amp;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pages/welcome.py" line="59"/>
        <source>I have an invitation from my partner: create the pair from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../rmdesk/ui/application.py" line="46"/>
        <source>rmdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/application.py" line="118"/>
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
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="79"/>
        <source>Self-assessment answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="85"/>
        <source>rmdesk backups (*.sqlite *.age *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="94"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="95"/>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="100"/>
        <source>no pair yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="107"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Pairs: {pairs}
Holds: {holds}
Last change in it: {newest} · format version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/backups_dialog.py" line="113"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/chart.py" line="435"/>
        <source>Target {day}</source>
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
        <location filename="../../rmdesk/ui/coordinator.py" line="775"/>
        <source>the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="777"/>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="779"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/coordinator.py" line="780"/>
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
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="58"/>
        <source>Private (only me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="59"/>
        <source>Shared with my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="60"/>
        <source>Shared with the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="67"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="68"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/goal_detail.py" line="69"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goal_tree</name>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="29"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="31"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="32"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="39"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="40"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="41"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/models/goal_tree.py" line="42"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meeting_detail</name>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="64"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="65"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="66"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="73"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="74"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="75"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="81"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/meeting_detail.py" line="82"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../rmdesk/files.py" line="111"/>
        <location filename="../../rmdesk/files.py" line="127"/>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="119"/>
        <source>Cannot write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="130"/>
        <source>{path} is a device or other special file, not a file rmdesk can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="138"/>
        <source>{path} is {problem}; writing there would destroy it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="150"/>
        <source>a file of an rmdesk desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="152"/>
        <source>inside an rmdesk desk&apos;s backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="157"/>
        <location filename="../../rmdesk/files.py" line="164"/>
        <source>a file of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="159"/>
        <source>inside this desk&apos;s backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="206"/>
        <source>Could not create a temporary file beside {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="311"/>
        <source>{path} was not saved: the bytes read back differ from those written (a disk or file-system fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="325"/>
        <source>Could not write {path}: {error}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="353"/>
        <source>Could not create {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="368"/>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="381"/>
        <source>Cannot write in {folder}: {value}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="433"/>
        <location filename="../../rmdesk/files.py" line="438"/>
        <location filename="../../rmdesk/files.py" line="446"/>
        <source>{path} is a folder, not {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="449"/>
        <source>{path} is a device, pipe or other special file, not {what}; rmdesk reads only regular files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="475"/>
        <source>{path} is too large for {what} ({size:,} bytes; the limit is {size_words}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="505"/>
        <source>{source} is too large for {what} (the limit is {size_words}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="441"/>
        <location filename="../../rmdesk/files.py" line="487"/>
        <location filename="../../rmdesk/files.py" line="532"/>
        <location filename="../../rmdesk/services/export.py" line="235"/>
        <source>Cannot read {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="521"/>
        <source>{path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="553"/>
        <source>{candidate} is a symbolic link; rmdesk does not follow links inside its data folder. Replace it with the real file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="592"/>
        <source>Cannot use the data folder {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="632"/>
        <source>Cannot use the lock file {path}: {error} (rmdesk does not follow links in its data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="642"/>
        <source>{path} is not a regular file; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/files.py" line="659"/>
        <source>rmdesk is already open on {parent}{who}. Close it first, or use another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/paths.py" line="75"/>
        <source>The data folder {root} is not writable ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/paths.py" line="83"/>
        <source>The data folder {root} is a file, not a folder; give a folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/paths.py" line="90"/>
        <source>Cannot use the data folder {root}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/paths.py" line="98"/>
        <source>The data folder {root} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="13"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="13"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="13"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/agenda_text.py" line="33"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="39"/>
        <source>Reverse mentoring: {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="44"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="48"/>
        <location filename="../../rmdesk/services/agenda_text.py" line="62"/>
        <source>carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="52"/>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="54"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="57"/>
        <location filename="../../rmdesk/services/summary_render.py" line="67"/>
        <source>{name} (mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="59"/>
        <location filename="../../rmdesk/services/summary_render.py" line="67"/>
        <source>{name} (mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/agenda_text.py" line="61"/>
        <source>, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="97"/>
        <source>The backup failed: {error}. The desk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="187"/>
        <source>{error} Your desk before the restore is saved in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="204"/>
        <source>Restoring {source} failed ({error}). Your desk before the restore is saved in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="244"/>
        <source>There is no backup file at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="280"/>
        <source>{source} is not a usable rmdesk backup ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/backups.py" line="285"/>
        <location filename="../../rmdesk/services/backups.py" line="334"/>
        <source>Cannot read the backup {source}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="100"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="101"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="102"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="107"/>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="119"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/cadence.py" line="121"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/cadence.py" line="123"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/cadence.py" line="124"/>
        <source>in %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/check.py" line="41"/>
        <location filename="../../rmdesk/store/db.py" line="500"/>
        <location filename="../../rmdesk/store/db.py" line="590"/>
        <source>There is no desk in {root} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="86"/>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="97"/>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="103"/>
        <location filename="../../rmdesk/services/commitments.py" line="189"/>
        <source>review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="106"/>
        <source>You can say how it went on or before today, not later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="110"/>
        <source>The review cannot be before the programme started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="112"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="114"/>
        <source>Review commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="120"/>
        <source>Reopen commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="127"/>
        <source>Snooze for 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="129"/>
        <source>Snooze reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="134"/>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="141"/>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="168"/>
        <source>The {replace} of a commitment cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="176"/>
        <source>Say what you will do differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="180"/>
        <source>Keep a commitment under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="186"/>
        <source>Choose whose commitment it is: mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="192"/>
        <source>Choose a review day after the programme started (after it ends is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/commitments.py" line="204"/>
        <source>Choose private or pair: the coordinator&apos;s summary does not carry commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="98"/>
        <source>rmdesk&apos;s encryption library (pyrage) could not be loaded; reinstall rmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="123"/>
        <source>{path} already exists; rmdesk never overwrites an identity. Choose another name, or move the old file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="140"/>
        <source>an age identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="142"/>
        <source>Cannot read the identity: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="147"/>
        <source>{path} is not an age identity file (it is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="156"/>
        <source>{source} is an SSH or PEM key; rmdesk needs an age identity ({SECRET_PREFIX}…), as made by `rmdesk keygen` or age-keygen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="172"/>
        <source>{source} holds a public key (age1…), which is what you give to others. Opening files needs the identity: the line starting with {SECRET_PREFIX}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="181"/>
        <source>{source} holds a kind of age identity rmdesk does not support; it uses X25519 identities ({SECRET_PREFIX}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="189"/>
        <source>{source} holds no age identity (a line starting with {SECRET_PREFIX}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="197"/>
        <source>{source} has lines that are neither comments nor age identities; expected one line starting with {SECRET_PREFIX}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="206"/>
        <source>{source} holds {count} identities; rmdesk uses a file with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="217"/>
        <source>{source} is damaged: its {SECRET_PREFIX}… line fails its checksum (a character is wrong or missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="230"/>
        <source>Enter the coordinator&apos;s public key (it starts with age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="233"/>
        <source>That is a secret identity, not a public key: keep it private. Use the public key, which starts with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="239"/>
        <source>SSH keys are not supported; use an age public key (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="243"/>
        <source>&apos;{shown}&apos; is not an age public key; those start with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="247"/>
        <source>Post-quantum age keys (age1pq1…) are not supported yet; use an X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="254"/>
        <source>&apos;{shown}&apos; is not a valid age public key: a character is wrong or missing (it fails its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="272"/>
        <source>Could not encrypt: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="295"/>
        <source>Encryption produced an unexpected file; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="298"/>
        <source>The age library chose a passphrase work factor of {work_factor} on this fast computer, above the {MAX_WORK_FACTOR} that rmdesk opens. Encrypt to the coordinator&apos;s public key (age1…) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="331"/>
        <source>The file is damaged: it mixes a passphrase with keys, which age never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="335"/>
        <source>This file is protected by a passphrase, not a key; give the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="344"/>
        <source>This file is encrypted to a key, not a passphrase; open it with the identity file ({SECRET_PREFIX}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="358"/>
        <source>This file is encrypted to a recipient of type {kind}, which rmdesk does not open (or the file is damaged); rmdesk opens files for an age key (age1…) or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="393"/>
        <source>This file asks for a passphrase work factor of {factor} (about {memory} of memory); rmdesk refuses anything above {MAX_WORK_FACTOR}, as no ordinary tool writes such a file. Ask the sender to encrypt it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="417"/>
        <source>The file is empty; it is not an age-encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="436"/>
        <source>The file is cut short: its armor has no END line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="441"/>
        <source>The file is damaged: its ASCII armor is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="448"/>
        <source>This is not an age-encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="451"/>
        <location filename="../../rmdesk/services/crypto.py" line="473"/>
        <source>The file is cut short: its age header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="456"/>
        <source>This age file uses a newer format version than rmdesk understands ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="471"/>
        <source>The file is damaged: a line of its age header is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="476"/>
        <source>The file&apos;s age header is larger than the {limit} KB rmdesk reads; it is damaged or was made to stall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="490"/>
        <source>The file&apos;s age header has more than {MAX_STANZAS} recipient stanzas; rmdesk refuses it (it is damaged or was made to stall the program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="510"/>
        <source>The file is damaged: its age header names no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="525"/>
        <source>The file is damaged: its age header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="596"/>
        <source>Could not start the encryption helper: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="617"/>
        <location filename="../../rmdesk/services/dump.py" line="84"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="620"/>
        <source>The passphrase work took longer than {timeout:g} s and was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="631"/>
        <source>The encryption helper could not be talked to; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="642"/>
        <source>Could not encrypt: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="645"/>
        <source>The encryption helper was stopped (signal {signal}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="659"/>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="681"/>
        <source>{path} was not saved: the encrypted file did not open again ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/crypto.py" line="689"/>
        <source>{path} was not saved: the encrypted file did not decrypt to what was meant to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/demo.py" line="172"/>
        <source>The demo covers 1 to {MAX_YEARS} years; {years!r} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/demo.py" line="188"/>
        <location filename="../../rmdesk/services/demo_pair.py" line="86"/>
        <source>The desk in {root} is not empty; demo only fills an empty desk (use --data-dir with a new folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/demo_pair.py" line="82"/>
        <source>--as must be mentor or mentee, not {role!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="101"/>
        <source>a dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="105"/>
        <source>{path} is an encrypted backup; give its passphrase (--passphrase-env VAR or --passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="124"/>
        <source>{source} is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="128"/>
        <source>{source} is not an rmdesk dump (its JSON is nested far too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="141"/>
        <source>{source} is not an rmdesk dump (no &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="150"/>
        <source>{source} is dump version {version}; this rmdesk reads version {VERSION}. Update rmdesk to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="161"/>
        <source>{source} comes from a newer rmdesk (schema {schema_version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="169"/>
        <source>{source}: &quot;{KEYS_FIELD}&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="173"/>
        <source>{source} has no &quot;tables&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="177"/>
        <source>{source} has unknown tables: {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="186"/>
        <source>{source}: &quot;{table}&quot; must be a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="192"/>
        <source>{source}: row {index} of &quot;{table}&quot; has the wrong fields ({got}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="204"/>
        <source>{source}: row {index} of &quot;{table}&quot;: {column} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="220"/>
        <source>The desk in {root} is not empty. Load into a new --data-dir, or pass --replace to replace its content (a backup is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="240"/>
        <source>The dump was not loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/dump.py" line="242"/>
        <source>The dump was not loaded: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/exchange.py" line="87"/>
        <source>{name} deleted or made private their copy of %n of your entr(y|ies): yours (stays|stay) here, private, no longer shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="113"/>
        <location filename="../../rmdesk/services/sync_folder.py" line="216"/>
        <source>This pair is not paired with a partner&apos;s desk yet (rmdesk invite, rmdesk join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="119"/>
        <location filename="../../rmdesk/services/sync_folder.py" line="222"/>
        <source>The safety phrase is not confirmed on this desk: nothing is exchanged until it is (rmdesk partner --confirm &quot;…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="133"/>
        <source>Refused to write the file: a {table} row not marked for the pair was about to leave. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="141"/>
        <source>Refused to write the file: a {table} row of another pair was about to leave. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="219"/>
        <location filename="../../rmdesk/services/sync_folder.py" line="188"/>
        <source>an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="222"/>
        <source>{path} is not an rmdesk exchange file (it is not age-encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="228"/>
        <source>This desk&apos;s keys are missing (desk-keys.txt in its folder): restore them from an encrypted full backup, or pair again by joining your partner&apos;s invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="234"/>
        <source>This desk has never paired, so no exchange file can be for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="239"/>
        <source>{path} is not for this desk or is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="244"/>
        <location filename="../../rmdesk/services/exchange.py" line="265"/>
        <source>{path} is not an rmdesk exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="248"/>
        <source>{path} is exchange format {shown}; this rmdesk reads format {VERSION}. Update rmdesk to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="262"/>
        <source>{path} is damaged (its content cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="267"/>
        <source>{path} was written for another desk, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="271"/>
        <source>{path} is for a pair this desk is not paired in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="276"/>
        <source>{path} is not signed by your partner&apos;s desk (it was changed, or comes from another desk). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="289"/>
        <source>{where} has no valid clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="296"/>
        <source>{where} has wrong field clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="320"/>
        <source>{where}: {column} is longer than {limit:,} characters; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="332"/>
        <source>{source} is damaged: unknown tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="340"/>
        <source>{source} is damaged: &quot;{table}&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="345"/>
        <source>{where} has the wrong fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="350"/>
        <source>{source} holds a row not marked for the pair; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="354"/>
        <source>{source} holds a row of another pair; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="361"/>
        <source>{source}: the pair&apos;s row has the wrong fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="367"/>
        <source>{source} is damaged: tombstones are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="377"/>
        <source>{source} is damaged: a removed entry is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="400"/>
        <source>{path} holds changes dated {dated}, more than a day ahead of this computer&apos;s clock: held back, not merged. Check the date and time on both computers, then receive it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/exchange.py" line="447"/>
        <source>{path} was not merged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="77"/>
        <source>Encrypt either to the coordinator&apos;s public key or with a passphrase (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="211"/>
        <source>{source} holds a progress summary as {what}, which rmdesk does not read back; only JSON summaries open here. Decrypt it with `rmdesk decrypt` or `age -d` to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="239"/>
        <source>{path} is {megabytes} MiB, far too large for a progress summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="245"/>
        <source>a progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="432"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="432"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="432"/>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="436"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="437"/>
        <location filename="../../rmdesk/services/summary_render.py" line="136"/>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="438"/>
        <source>Last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="439"/>
        <location filename="../../rmdesk/services/summary_render.py" line="217"/>
        <location filename="../../rmdesk/services/summary_render.py" line="357"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="440"/>
        <location filename="../../rmdesk/services/summary_render.py" line="242"/>
        <location filename="../../rmdesk/services/summary_render.py" line="385"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="450"/>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="453"/>
        <source>{held} of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="455"/>
        <source>{held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="457"/>
        <location filename="../../rmdesk/services/summary_render.py" line="141"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="459"/>
        <source>{on_track} of {active} on track, {achieved} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="466"/>
        <source>none active, {achieved} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="469"/>
        <source>{trend}, {first:.1f} to {last:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="476"/>
        <source>one point, {last:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="478"/>
        <source>no ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/export.py" line="480"/>
        <source>{pulse} (mean {mean:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="63"/>
        <source>From milestones: {done} of {total} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="68"/>
        <source>From the latest update, on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="70"/>
        <source>No milestones or updates yet: add either to track progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="78"/>
        <location filename="../../rmdesk/services/pulse.py" line="227"/>
        <location filename="../../rmdesk/services/reflections.py" line="159"/>
        <source>{name} cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="82"/>
        <source>Give the goal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="84"/>
        <location filename="../../rmdesk/services/topics.py" line="110"/>
        <source>Keep the title under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="89"/>
        <source>Choose whose goal this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="92"/>
        <source>Choose who may see this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="100"/>
        <source>The target date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="206"/>
        <source>New goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="227"/>
        <source>Unknown goal status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="230"/>
        <location filename="../../rmdesk/services/programme.py" line="431"/>
        <location filename="../../rmdesk/services/programme.py" line="544"/>
        <location filename="../../rmdesk/services/pulse.py" line="307"/>
        <location filename="../../rmdesk/services/reflections.py" line="236"/>
        <location filename="../../rmdesk/services/reflections.py" line="282"/>
        <location filename="../../rmdesk/services/reflections.py" line="456"/>
        <location filename="../../rmdesk/services/reflections.py" line="468"/>
        <location filename="../../rmdesk/services/self_assessment.py" line="299"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="246"/>
        <source>Mark goal {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="255"/>
        <source>Delete goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="265"/>
        <location filename="../../rmdesk/services/goals.py" line="294"/>
        <source>Give the milestone a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="279"/>
        <source>Add milestone “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="298"/>
        <source>Rename milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="318"/>
        <source>Move milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="326"/>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="334"/>
        <location filename="../../rmdesk/services/pulse.py" line="163"/>
        <location filename="../../rmdesk/services/pulse.py" line="164"/>
        <location filename="../../rmdesk/services/pulse.py" line="200"/>
        <location filename="../../rmdesk/services/pulse.py" line="201"/>
        <location filename="../../rmdesk/services/pulse.py" line="240"/>
        <location filename="../../rmdesk/services/reflections.py" line="177"/>
        <location filename="../../rmdesk/services/self_assessment.py" line="222"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="336"/>
        <source>Give the update a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="338"/>
        <source>A percentage goes from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="354"/>
        <source>Add update ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/goals.py" line="360"/>
        <source>Delete update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="94"/>
        <source>{source} is not an Ed25519 signing key (ed25519:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="99"/>
        <source>{source} is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="102"/>
        <source>{source} has {count} bytes; an Ed25519 key has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="142"/>
        <source>{source} is damaged: it must hold one signing key and one age identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="152"/>
        <source>{source} is damaged ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="156"/>
        <source>{source} is damaged: the signing key is not 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="170"/>
        <location filename="../../rmdesk/services/keys.py" line="198"/>
        <source>a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/keys.py" line="212"/>
        <source>rmdesk&apos;s {library} could not be loaded; reinstall rmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/links.py" line="66"/>
        <source>“{link}” is not a valid web link: write it in full, starting with https:// (or http://) and a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="46"/>
        <source>Enter how many minutes the meeting lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="111"/>
        <location filename="../../rmdesk/services/meetings.py" line="122"/>
        <source>Choose the date and time of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="118"/>
        <source>The start must be a date and time like 2026-01-31 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="228"/>
        <source>No meeting with {other} is planned; your cadence suggests {day} ({when}). Ctrl+Shift+N plans one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="236"/>
        <source>Next meeting with {other}: {day} at {time} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="271"/>
        <location filename="../../rmdesk/services/meetings.py" line="319"/>
        <source>Choose in person, video or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="284"/>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="297"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="305"/>
        <source>The {name} of a meeting cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="331"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="345"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="350"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="355"/>
        <source>Reopen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="378"/>
        <source>This meeting has not started yet. Move it to now to mark it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="411"/>
        <source>Mark meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="482"/>
        <location filename="../../rmdesk/services/meetings.py" line="523"/>
        <source>Give the agenda item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="488"/>
        <source>That topic belongs to another pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="519"/>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="529"/>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="545"/>
        <source>Move agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="565"/>
        <source>Tick agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="580"/>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="619"/>
        <location filename="../../rmdesk/services/validation.py" line="97"/>
        <source>That meeting belongs to another pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="645"/>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="652"/>
        <source>The {name} of an action item cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="655"/>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="658"/>
        <source>Choose who will do it: mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="661"/>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="678"/>
        <source>Edit action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="689"/>
        <source>Tick action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="695"/>
        <source>Delete action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="705"/>
        <location filename="../../rmdesk/services/reflections.py" line="257"/>
        <location filename="../../rmdesk/services/validation.py" line="107"/>
        <source>That goal belongs to another pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="724"/>
        <source>Link goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/meetings.py" line="734"/>
        <source>Unlink goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pair_exchange.py" line="44"/>
        <location filename="../../rmdesk/services/pairing.py" line="191"/>
        <source>an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pair_exchange.py" line="49"/>
        <source>{path} is not an rmdesk invitation (not UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="203"/>
        <source>{source} is not a valid invitation: {name} is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="217"/>
        <source>{source} is not an rmdesk invitation (not JSON text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="221"/>
        <source>{source} is not an rmdesk invitation (no &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="230"/>
        <source>{source} is invitation version {version!r}; this rmdesk reads version {VERSION}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="240"/>
        <source>{source} is not a valid invitation: no &quot;pair&quot; or &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="245"/>
        <source>{source} is not a valid invitation: the pair&apos;s id is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="250"/>
        <source>{source} is not a valid invitation: role must be mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="264"/>
        <source>{source} is not a valid invitation: a name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="270"/>
        <location filename="../../rmdesk/services/pairing.py" line="281"/>
        <source>{source} is not a valid invitation: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="338"/>
        <source>This desk has {count} pairs of {their_mentor} and {their_mentee}; choose the one to link with --pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="352"/>
        <source>This desk&apos;s pair is {mentor_name} &amp; {mentee_name}; the invitation is for {their_mentor} &amp; {their_mentee}. Link only a pair of the same two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="386"/>
        <source>That is this desk&apos;s own invitation: give it to your partner, and join theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="392"/>
        <source>Both desks say they are the {role} of this pair: the invitation must come from the other person&apos;s desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="404"/>
        <source>This pair is already paired and confirmed under another shared id; that invitation belongs to a different pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="437"/>
        <source>The keys of {name}&apos;s desk (or this desk&apos;s) changed since you paired: this is pairing again. Nothing is exchanged until you compare the new phrase aloud and confirm it (rmdesk partner --confirm &quot;…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="444"/>
        <source>Already paired with {name}&apos;s desk and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="447"/>
        <source>Created the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="449"/>
        <source>Linked this desk&apos;s pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="451"/>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="453"/>
        <source>{how} with {name}&apos;s desk. Compare the phrase above with {name} aloud; if it matches, confirm it with rmdesk partner --confirm &quot;…&quot;. Nothing is exchanged until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="470"/>
        <source>This desk&apos;s keys changed since pairing (a restored or moved desk?): pair again by joining your partner&apos;s invitation; nothing is exchanged until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="499"/>
        <source>This pair is not paired yet: join your partner&apos;s invitation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairing.py" line="505"/>
        <source>Those words are not this desk&apos;s safety phrase. If your partner&apos;s screen shows different words, do not confirm: someone may have swapped a key. Pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="41"/>
        <source>Enter the mentor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="43"/>
        <source>Enter the mentee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="46"/>
        <source>The mentor and the mentee need different names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="50"/>
        <source>Choose whether you are the mentor or the mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="52"/>
        <location filename="../../rmdesk/services/reflections.py" line="86"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="54"/>
        <source>planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="57"/>
        <source>The planned end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="60"/>
        <source>Meet every 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="62"/>
        <source>A meeting lasts 5 to 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pairs.py" line="64"/>
        <source>Unknown programme phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="210"/>
        <source>{file} is not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="217"/>
        <source>{file}: {name} is not a part of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="225"/>
        <source>{file}: [{name}] needs exactly one field, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="234"/>
        <source>{file}: [{name}] text must be some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="279"/>
        <source>The {field} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="288"/>
        <source>Meet every {MIN_CADENCE} to {MAX_CADENCE} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="301"/>
        <source>A meeting lasts {MIN_MINUTES} to {MAX_MINUTES} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="414"/>
        <source>The programme is closed; there is no next phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="422"/>
        <source>Unknown programme phase {phase!r}; use one of {phases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="435"/>
        <source>Phases move on one at a time: after {phase} comes {next_phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="444"/>
        <source>You can go back one phase at a time: from {phase} to {previous_phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="458"/>
        <source>Move to the {phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="468"/>
        <source>The programme is closed; there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="470"/>
        <source>The programme is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="471"/>
        <source>Pause the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="477"/>
        <source>The programme is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="478"/>
        <source>Resume the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="492"/>
        <source>The programme is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="494"/>
        <source>Say which of you is ending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="497"/>
        <source>Who may see the reason: private, pair or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="502"/>
        <source>Keep the reason under 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="507"/>
        <source>The programme cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="511"/>
        <source>End the programme early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme.py" line="547"/>
        <source>Edit the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="31"/>
        <source>{source} is not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="41"/>
        <source>{source} has no [[{table}]] entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="47"/>
        <source>{where} is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="53"/>
        <source>{source} repeats the id {duplicate!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="63"/>
        <source>{where} lacks {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="66"/>
        <source>{where} has an unknown field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="69"/>
        <source>{where}: id must be kebab-case text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="83"/>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="81"/>
        <source>{where}: {name} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="92"/>
        <source>{where}: {name} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="96"/>
        <source>{where}: {name} is 0 (keep the pair&apos;s) or {low}-{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="106"/>
        <source>{where}: a programme holds at least two meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="117"/>
        <source>{where}: {name} must list 3 to 8 short items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="137"/>
        <source>No programme template {template_id!r}; choose {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="157"/>
        <source>The programme is closed; start a new pair instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/programme_templates.py" line="221"/>
        <source>Follow “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="97"/>
        <source>Rate {label} from 1 to 5 (or leave it out); {value!r} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="216"/>
        <source>There is already a check-in from this person for that meeting; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="234"/>
        <source>Keep the note under {MAX_NOTE} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="239"/>
        <source>Give the check-in a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="246"/>
        <source>Choose who may see this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="254"/>
        <source>Give at least one rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="272"/>
        <source>Choose who is checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="295"/>
        <source>Pulse check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="310"/>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/pulse.py" line="319"/>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="89"/>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="162"/>
        <source>The reflection must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="167"/>
        <source>Choose who may see this reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="176"/>
        <source>Give the reflection a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="185"/>
        <source>That prompt no longer exists; pick another or write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="204"/>
        <location filename="../../rmdesk/services/reflections.py" line="395"/>
        <source>Choose who is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="255"/>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="291"/>
        <source>Link goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="301"/>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="354"/>
        <source>Write the prompt&apos;s question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="357"/>
        <source>Keep the prompt to one or two sentences ({MAX_TEXT} characters at most; this one has {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="369"/>
        <source>Choose {label}: one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="378"/>
        <source>Choose a theme: one of {themes}, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="383"/>
        <source>Choose a framework: one of {frameworks}, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="391"/>
        <source>Prompts on the mentor&apos;s own growth are for the mentor; choose role mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="402"/>
        <source>This prompt is already in {where}: “{text}”.{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="424"/>
        <source>Add your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="434"/>
        <source>Only your own prompts can be deleted; hide a built-in one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="447"/>
        <source>Delete your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="454"/>
        <source>There is no such prompt to hide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="463"/>
        <source>Hide prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/reflections.py" line="471"/>
        <source>Show prompt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="102"/>
        <source>{name} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="112"/>
        <source>{name} is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="140"/>
        <source>A {kind} has no field {name} here; it takes {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="181"/>
        <source>There is no goal, meeting or other entry with id {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="195"/>
        <source>That {kind} belongs to another pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="210"/>
        <source>The author is mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="317"/>
        <source>The answer was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="333"/>
        <source>Give at least one FIELD=VALUE to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="371"/>
        <source>A meeting is planned, held or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="428"/>
        <source>A commitment is open or reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="434"/>
        <location filename="../../rmdesk/services/validation.py" line="49"/>
        <source>Choose private, pair or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/scripting.py" line="447"/>
        <source>Change visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/search.py" line="95"/>
        <source>Unknown kind {unknown}; choose from {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/search.py" line="119"/>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/search.py" line="141"/>
        <source>Cannot open that result: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="202"/>
        <source>Give the rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="219"/>
        <source>Choose the start, the mid-point or the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="229"/>
        <source>{item_id!r} is not one of the {role}&apos;s self-assessment statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="241"/>
        <source>Rate at least one statement from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="290"/>
        <source>Delete a self-assessment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment.py" line="307"/>
        <source>Delete the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/resource_entries.py" line="36"/>
        <source>{source} has an unknown table {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="61"/>
        <source>{source} has {count} items for the {role}; give {least} to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="76"/>
        <source>{where}: role must be mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="85"/>
        <source>{where}: keep {name} to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="95"/>
        <source>{where}: low and high must say different things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/self_assessment_items.py" line="99"/>
        <source>{where}: text is a statement to rate, not a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="114"/>
        <source>The period&apos;s start comes after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="609"/>
        <source>{source} was made by a newer rmdesk (summary format version {given}; this rmdesk reads version {VERSION}). Update rmdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="619"/>
        <source>{source} is not an rmdesk summary (no &quot;format&quot;: &quot;{FORMAT}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="633"/>
        <source>{source} is not a valid rmdesk summary: {where}: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="645"/>
        <source>{source} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="650"/>
        <source>{source} is not an rmdesk summary (not UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="654"/>
        <source>{source} is not an rmdesk summary (not JSON: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="658"/>
        <source>{source} is not an rmdesk summary (nested too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary.py" line="662"/>
        <source>{source} is not an rmdesk summary (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="34"/>
        <source>Choose a format: {formats} (not {fmt!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="53"/>
        <source>No reflections or meeting notes are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="54"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="54"/>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="54"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="55"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="55"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="55"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="56"/>
        <source>Ended early (no fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="57"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="57"/>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="58"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="58"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="59"/>
        <source>Safety to speak openly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="59"/>
        <source>Candour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="60"/>
        <source>Usefulness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="60"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="61"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="73"/>
        <source>Progress summary: {mentor} &amp; {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="81"/>
        <source>the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="83"/>
        <source>from the start to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="85"/>
        <source>from {start} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="86"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="90"/>
        <source>Period: {period}. Made {made} with rmdesk (summary format {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="111"/>
        <source>%n meeting(s) held; none expected yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="112"/>
        <source>{held} of {expected} expected by the cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="118"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="121"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="122"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="124"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="125"/>
        <source>started {start}, planned end {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="127"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="129"/>
        <source>Meets every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="129"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="129"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="132"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="132"/>
        <source>not shared by the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="139"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="140"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="141"/>
        <source>Last held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="146"/>
        <source>Shared action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="147"/>
        <source>{open} open, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="160"/>
        <source>{day}, by {person}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="164"/>
        <source>{day}, by {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="165"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="169"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="169"/>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="170"/>
        <source>{kind}, {date}, by {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="180"/>
        <source>{person}: {status}, {progress}% done; milestones {done} of {total}; started {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="190"/>
        <source>{figures}, target {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="192"/>
        <source>{figures}, achieved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="211"/>
        <location filename="../../rmdesk/services/summary_render.py" line="350"/>
        <source>The pair and the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="221"/>
        <location filename="../../rmdesk/services/summary_render.py" line="360"/>
        <source>No goals are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="227"/>
        <location filename="../../rmdesk/services/summary_render.py" line="369"/>
        <source>(done {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="233"/>
        <location filename="../../rmdesk/services/summary_render.py" line="375"/>
        <source>Progress over time: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="235"/>
        <location filename="../../rmdesk/services/summary_render.py" line="378"/>
        <source>%n shared topic(s) covered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="236"/>
        <location filename="../../rmdesk/services/summary_render.py" line="379"/>
        <source>Topics covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="241"/>
        <location filename="../../rmdesk/services/summary_render.py" line="383"/>
        <source>%n shared check-in(s). Averages (1 to 5):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="243"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="243"/>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="248"/>
        <location filename="../../rmdesk/services/summary_render.py" line="397"/>
        <source>Overall over time: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/summary_render.py" line="250"/>
        <location filename="../../rmdesk/services/summary_render.py" line="400"/>
        <source>Reflections and meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/sync_folder.py" line="145"/>
        <source>The shared folder {folder} does not exist (is the sync client&apos;s drive there?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/sync_folder.py" line="152"/>
        <source>{folder} is a file, not a folder; give the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/sync_folder.py" line="158"/>
        <source>{folder} holds an rmdesk desk; the shared folder must be a folder of its own (the database never goes there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/sync_folder.py" line="243"/>
        <source>No shared folder is set for this pair: give one with --folder DIR (it is remembered for the next rounds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/sync_folder.py" line="257"/>
        <source>Cannot read {where}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="63"/>
        <source>{name} is missing from this installation of rmdesk; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="76"/>
        <source>Unknown learner {learner!r}: choose mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="92"/>
        <source>{source}: not valid TOML ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="97"/>
        <source>{source}: unexpected top-level key(s) {keys}; each template goes in its own [[template]] table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="107"/>
        <source>{source}: `template` must be [[template]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="116"/>
        <source>{source}: template {index} reuses the id {id!r}; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="139"/>
        <source>unknown field(s) {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="142"/>
        <source>missing field(s) {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="147"/>
        <source>{field} must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="152"/>
        <source>id must be kebab-case (lower-case words joined by hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="156"/>
        <source>learner must be one of {learners}, not {learner!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="167"/>
        <source>the success criterion {criterion!r} does not say what I will do or show; write one the learner controls, not one other people must meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="177"/>
        <source>milestones must be a list with at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="179"/>
        <source>every milestone must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/templates.py" line="185"/>
        <source>suggested_weeks must be a whole number from 1 to {MAX_WEEKS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="103"/>
        <source>The {name} of a topic cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="108"/>
        <source>Give the topic a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="124"/>
        <source>Choose a status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="182"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="194"/>
        <source>Edit topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="198"/>
        <source>Change topic status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="203"/>
        <source>Reopen topic for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="219"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="229"/>
        <source>This topic is already on that meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/topics.py" line="234"/>
        <source>Add topic to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/validation.py" line="34"/>
        <location filename="../../rmdesk/services/validation.py" line="36"/>
        <source>Ratings go from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/validation.py" line="54"/>
        <source>Choose mentor or mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/validation.py" line="67"/>
        <source>The {label} must be a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/validation.py" line="94"/>
        <source>That meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/validation.py" line="116"/>
        <source>Keep the {label} under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="50"/>
        <source>Unknown visibility {default_visibility!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="60"/>
        <source>{name} must be from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="71"/>
        <source>a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="75"/>
        <source>{path} could not be read ({error}); using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="80"/>
        <source>{path} is not a settings file; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="92"/>
        <source>{name} must be a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="97"/>
        <source>The setting {name} in {path} was not valid; reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/settings.py" line="123"/>
        <source>Could not save settings in {parent}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="68"/>
        <source>This desk is open read-only because another rmdesk is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="111"/>
        <source>Could not save to {path}: the disk is full or cannot be written ({error}). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="172"/>
        <source> The newest backup is {backup}; restore it with: rmdesk restore {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="177"/>
        <source> There is no backup of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="180"/>
        <source>{path} {what}. It has not been changed.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="260"/>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="263"/>
        <source>is not an SQLite database (it may be damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="287"/>
        <source>cannot be read as a database ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="290"/>
        <source>failed its integrity check ({checked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="292"/>
        <source>is an SQLite database, but not an rmdesk desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="296"/>
        <source>{path} was written by a newer version of rmdesk (schema {version}; this is schema {LATEST_VERSION}). Update rmdesk to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="322"/>
        <source>a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="325"/>
        <source>{source} is not a usable rmdesk backup: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="338"/>
        <source>{source} is not a usable rmdesk backup: it cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="377"/>
        <source>{source} is not a usable rmdesk backup: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="403"/>
        <source>{source} was written by a newer version of rmdesk (schema {version}; this is schema {LATEST_VERSION}). Update rmdesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="594"/>
        <source>Cannot open {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="601"/>
        <source>{path} is read-only; rmdesk can read it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="609"/>
        <source>{path} needs an upgrade that only a writing rmdesk can do; close the other rmdesk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="651"/>
        <source>Upgrading {database} failed ({error}); the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="677"/>
        <source>This desk is open read-only; nothing can be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/db.py" line="682"/>
        <source>Cannot open {database}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/records.py" line="66"/>
        <source>That {kind} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/records.py" line="82"/>
        <source>No {kind} with id {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/rows.py" line="78"/>
        <source>In {label}: {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/store/summary.py" line="169"/>
        <source>No pair with id {pair_uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pdf.py" line="207"/>
        <source>%n points from {start} to {end}: {first:.1f} at first, {last:.1f} at last.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pdf.py" line="520"/>
        <source>%n pair(s), from the progress summaries opened on {made}. Meetings held: of those expected by the cadence. Goals: active goals on track for their target date, and goals achieved. Pulse: the first and the last overall rating (1 to 5), and the mean.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/conflicts.py" line="108"/>
        <source>That conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/conflicts.py" line="118"/>
        <source>Choose mine, theirs, or give the edited text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/conflicts.py" line="129"/>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/_crypto_worker.py" line="61"/>
        <source>a passphrase job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/services/prompts.py" line="137"/>
        <source>a prompt file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="79"/>
        <source>Making a PDF needs a GUI application; this one has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="107"/>
        <source>Could not set up an A4 page for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="154"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="178"/>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="201"/>
        <source>No pulse ratings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="204"/>
        <source>One point: {rating:.1f} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="239"/>
        <source>No goals are shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="240"/>
        <source>No pulse ratings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="241"/>
        <source>No shared progress in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="246"/>
        <source>Goals at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="247"/>
        <source>How far each shared goal has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="252"/>
        <source>Pulse: overall rating, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="266"/>
        <source>Progress: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="357"/>
        <source>Progress summary: {mentor} &amp; {mentee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="393"/>
        <source>the whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="395"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="397"/>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="398"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="456"/>
        <source>{phase}; {period}; made {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/pdf.py" line="481"/>
        <source>Reverse-mentoring pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="25"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="26"/>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="27"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="28"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/labels.py" line="29"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programme_dialogs</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="45"/>
        <source>I felt safe to speak openly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="46"/>
        <source>We were candid with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="47"/>
        <source>It was useful to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="48"/>
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
    <name>self_assessment</name>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="35"/>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="36"/>
        <source>At the mid-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/self_assessment_dialog.py" line="37"/>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="78"/>
        <source>How each of you sees yourself, start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="82"/>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="178"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="83"/>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="180"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="84"/>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="181"/>
        <source>Mid-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="85"/>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="182"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="86"/>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="183"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="92"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="97"/>
        <source>You have not taken the self-assessment yet. Take it from File → Self-assessment… to see how far you came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="103"/>
        <source>{name}&apos;s self-assessment is their own; it shows here only if they share it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="123"/>
        <source>{name}&apos;s self-assessment, start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="159"/>
        <source>&lt;b&gt;Self-assessment across pairs&lt;/b&gt;: none of the open summaries shares self-assessment answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="167"/>
        <source>&lt;b&gt;Self-assessment across pairs&lt;/b&gt;: the mean rating (1 to 5) of the pairs that shared each statement; n is how many pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="174"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="175"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="179"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="184"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/widgets/self_assessment_views.py" line="200"/>
        <source>Self-assessment across pairs</source>
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
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="36"/>
        <source>A new goal, meeting, topic or reflection on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="42"/>
        <source>Edit the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="45"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="46"/>
        <source>Delete the selected item (no confirmation: Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="52"/>
        <source>Ctrl+B / Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="53"/>
        <source>Bold / italic in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="56"/>
        <source>Ctrl+Shift+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="57"/>
        <source>Bulleted list in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="60"/>
        <source>Ctrl+Alt+1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="61"/>
        <source>Heading levels in Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="64"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rmdesk/ui/dialogs/shortcuts_dialog.py" line="65"/>
        <source>Tick the selected milestone, agenda item or action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
