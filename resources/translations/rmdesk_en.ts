<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ClosureDialog</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="465" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="474" />
        <source>%n goal(s) achieved together</source>
        <translation>
            <numerusform>%n goal achieved together</numerusform>
            <numerusform>%n goals achieved together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="513" />
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="515" />
        <source>; %n cancelled</source>
        <translation>
            <numerusform>; %n cancelled</numerusform>
            <numerusform>; %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/dialogs/programme_dialogs.py" line="516" />
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
        <location filename="../../rmdesk/ui/main_window.py" line="636" />
        <source>%n commitment(s) waiting for a look back: the Overview asks how it went.</source>
        <translation>
            <numerusform>%n commitment waiting for a look back: the Overview asks how it went.</numerusform>
            <numerusform>%n commitments waiting for a look back: the Overview asks how it went.</numerusform>
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
    <name>OverviewCommitments</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="111" />
        <source>%n waiting for a look back</source>
        <translation>
            <numerusform>%n waiting for a look back</numerusform>
            <numerusform>%n waiting for a look back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="116" />
        <source>%n looked back on</source>
        <translation>
            <numerusform>%n looked back on</numerusform>
            <numerusform>%n looked back on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="124" />
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview_commitments.py" line="139" />
        <source>%n more commitment(s) are waiting for a look back.</source>
        <translation>
            <numerusform>%n more commitment are waiting for a look back.</numerusform>
            <numerusform>%n more commitments are waiting for a look back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/pages/overview.py" line="532" />
        <source>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</source>
        <translation>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
            <numerusform>Your last %n meetings did not happen. That happens in every programme; it may help to say what gets in the way, or to pause for a while.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerActions</name>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="280" />
        <source>Wrote %n shared entry(s) to {file} for {name}, signed and encrypted to {name}'s desk. Send it by mail, chat or USB stick.</source>
        <translation>
            <numerusform>Wrote %n shared entry to {file} for {name}, signed and encrypted to {name}'s desk. Send it by mail, chat or USB stick.</numerusform>
            <numerusform>Wrote %n shared entrys to {file} for {name}, signed and encrypted to {name}'s desk. Send it by mail, chat or USB stick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="329" />
        <source>%n entr(y|ies) removed</source>
        <translation>
            <numerusform>%n entry removed</numerusform>
            <numerusform>%n entries removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="331" />
        <source>%n of yours now private</source>
        <translation>
            <numerusform>%n of yours now private</numerusform>
            <numerusform>%n of yours now private</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="379" />
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="380" />
        <source>%n goal update(s)</source>
        <translation>
            <numerusform>%n goal update</numerusform>
            <numerusform>%n goal updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="381" />
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="382" />
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="383" />
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="384" />
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="385" />
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="386" />
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="387" />
        <source>%n pulse check-in(s)</source>
        <translation>
            <numerusform>%n pulse check-in</numerusform>
            <numerusform>%n pulse check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="388" />
        <source>%n link(s) to goals</source>
        <translation>
            <numerusform>%n link to goals</numerusform>
            <numerusform>%n links to goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/ui/partner.py" line="507" />
        <source>Con&amp;flicts (%n open)…</source>
        <translation>
            <numerusform>Con&amp;flicts (%n open)…</numerusform>
            <numerusform>Con&amp;flicts (%n open)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../rmdesk/services/agenda_text.py" line="33" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
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
        <location filename="../../rmdesk/services/summary_render.py" line="378" />
        <source>%n shared topic(s) covered.</source>
        <translation>
            <numerusform>%n shared topic covered.</numerusform>
            <numerusform>%n shared topics covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rmdesk/services/summary_render.py" line="241" />
        <location filename="../../rmdesk/services/summary_render.py" line="383" />
        <source>%n shared check-in(s). Averages (1 to 5):</source>
        <translation>
            <numerusform>%n shared check-in. Averages (1 to 5):</numerusform>
            <numerusform>%n shared check-ins. Averages (1 to 5):</numerusform>
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
        <location filename="../../rmdesk/services/exchange.py" line="87" />
        <source>{name} deleted or made private their copy of %n of your entr(y|ies): yours (stays|stay) here, private, no longer shared.</source>
        <translation>
            <numerusform>{name} deleted or made private their copy of %n of your entry: yours stays here, private, no longer shared.</numerusform>
            <numerusform>{name} deleted or made private their copy of %n of your entries: yours stay here, private, no longer shared.</numerusform>
        </translation>
    </message>
</context>
</TS>