<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ClosureDialog</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="468" />
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="470" />
        <source>; %n cancelled</source>
        <translation>
            <numerusform>; %n cancelled</numerusform>
            <numerusform>; %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="471" />
        <source>, %n still planned.</source>
        <translation>
            <numerusform>, %n still planned.</numerusform>
            <numerusform>, %n still planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/export_dialog.py" line="454" />
        <source>{chosen} of %n entr(y|ies) included.</source>
        <translation>
            <numerusform>{chosen} of %n entry included.</numerusform>
            <numerusform>{chosen} of %n entries included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/main_window.py" line="479" />
        <source>Con&amp;flicts (%n open)…</source>
        <translation>
            <numerusform>Con&amp;flicts (%n open)…</numerusform>
            <numerusform>Con&amp;flicts (%n open)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="214" />
        <source>%n on the agenda</source>
        <translation>
            <numerusform>%n on the agenda</numerusform>
            <numerusform>%n on the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="216" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="218" />
        <source>↻ %n carried over</source>
        <translation>
            <numerusform>↻ %n carried over</numerusform>
            <numerusform>↻ %n carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="291" />
        <source>{held} of %n expected meeting(s) held</source>
        <translation>
            <numerusform>{held} of %n expected meeting held</numerusform>
            <numerusform>{held} of %n expected meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="296" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview.py" line="508" />
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
        </translation>
    </message>
</context>
</TS>