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
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="217" />
        <source>%n on the agenda</source>
        <translation>
            <numerusform>%n on the agenda</numerusform>
            <numerusform>%n on the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="219" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="221" />
        <source>↻ %n carried over</source>
        <translation>
            <numerusform>↻ %n carried over</numerusform>
            <numerusform>↻ %n carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="294" />
        <source>{held} of %n expected meeting(s) held</source>
        <translation>
            <numerusform>{held} of %n expected meeting held</numerusform>
            <numerusform>{held} of %n expected meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/meetings.py" line="300" />
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
        <location filename="../../rmdesk/ui/pages/overview.py" line="511" />
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../rmdesk/services/cadence.py" line="123" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/cadence.py" line="124" />
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pdf.py" line="207" />
        <source>%n points from {start} to {end}: {first:.1f} at first, {last:.1f} at last.</source>
        <translation>
            <numerusform>%n points from {start} to {end}: {first:.1f} at first, {last:.1f} at last.</numerusform>
            <numerusform>%n points from {start} to {end}: {first:.1f} at first, {last:.1f} at last.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pdf.py" line="520" />
        <source>%n pair(s), from the progress summaries opened on {made}. Meetings held: of those expected by the cadence. Goals: active goals on track for their target date, and goals achieved. Pulse: the first and the last overall rating (1 to 5), and the mean.</source>
        <translation>
            <numerusform>%n pair, from the progress summaries opened on {made}. Meetings held: of those expected by the cadence. Goals: active goals on track for their target date, and goals achieved. Pulse: the first and the last overall rating (1 to 5), and the mean.</numerusform>
            <numerusform>%n pairs, from the progress summaries opened on {made}. Meetings held: of those expected by the cadence. Goals: active goals on track for their target date, and goals achieved. Pulse: the first and the last overall rating (1 to 5), and the mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="111" />
        <source>%n meeting(s) held; none expected yet</source>
        <translation>
            <numerusform>%n meeting held; none expected yet</numerusform>
            <numerusform>%n meetings held; none expected yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="129" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="235" />
        <location filename="../../rmdesk/services/summary_render.py" line="331" />
        <source>%n shared topic(s) covered.</source>
        <translation>
            <numerusform>%n shared topic covered.</numerusform>
            <numerusform>%n shared topics covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="241" />
        <location filename="../../rmdesk/services/summary_render.py" line="336" />
        <source>%n shared check-in(s). Averages (1 to 5):</source>
        <translation>
            <numerusform>%n shared check-in. Averages (1 to 5):</numerusform>
            <numerusform>%n shared check-ins. Averages (1 to 5):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/agenda_text.py" line="33" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>