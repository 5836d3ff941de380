<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>{shown} of %n finding(s) shown; {open} still open.</source>
        <translation>
            <numerusform>{shown} of %n finding shown; {open} still open.</numerusform>
            <numerusform>{shown} of %n findings shown; {open} still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n clause(s) match “{query}”</source>
        <translation>
            <numerusform>{shown} of %n clause match “{query}”</numerusform>
            <numerusform>{shown} of %n clauses match “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) of yours were written to {path}.</source>
        <translation>
            <numerusform>%n clause of yours were written to {path}.</numerusform>
            <numerusform>%n clauses of yours were written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n finding(s);</source>
        <translation>
            <numerusform>%n finding;</numerusform>
            <numerusform>%n findings;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) missing.</source>
        <translation>
            <numerusform>%n category missing.</numerusform>
            <numerusform>%n categories missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n earlier review decision(s).</source>
        <translation>
            <numerusform>Restored %n earlier review decision.</numerusform>
            <numerusform>Restored %n earlier review decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n of the {total} findings selected.</source>
        <translation>
            <numerusform>Accepted %n of the {total} findings selected.</numerusform>
            <numerusform>Accepted %n of the {total} findings selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a suggestion to use (or a heading) left as they were.</source>
        <translation>
            <numerusform>%n without a suggestion to use (or a heading) left as it was.</numerusform>
            <numerusform>%n without a suggestion to use (or a heading) left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reason for the %n finding(s) (optional, goes into the export):</source>
        <translation>
            <numerusform>Reason for the %n finding (optional, goes into the export):</numerusform>
            <numerusform>Reason for the %n findings (optional, goes into the export):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n of the findings selected.</source>
        <translation>
            <numerusform>Dismissed %n of the findings selected.</numerusform>
            <numerusform>Dismissed %n of the findings selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message numerus="yes">
        <source>{verb} %n finding(s)</source>
        <translation>
            <numerusform>{verb} %n finding</numerusform>
            <numerusform>{verb} %n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
