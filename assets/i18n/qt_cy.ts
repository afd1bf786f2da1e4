<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the texts of Qt itself that a kiosk screen can show (Qt ships no Welsh).
     Context menus are off (screens/input_policy.py), month and day names come from the Welsh
     locale, and the kiosk has no file dialog: what is left is listed here. Sources are Qt's
     own, exactly as in qtbase; screens/i18n.py installs this catalogue with the kiosk's. -->
<TS version="2.1" language="cy_GB" sourcelanguage="en">
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrolio i&apos;r dde</translation>
    </message>
</context>
</TS>
