<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../screens/attract.py" line="15"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="16"/>
        <source>Peer support for quality improvement</source>
        <translation>Peer support for quality improvement</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="17"/>
        <source>Check in, find a project, share what worked</source>
        <translation>Check in, find a project, share what worked</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="18"/>
        <source>Come in for a coffee and a chat about your project</source>
        <translation>Come in for a coffee and a chat about your project</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="20"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="162"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="162"/>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../screens/checkin.py" line="49"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="50"/>
        <source>Type the first letters of your name</source>
        <translation>Type the first letters of your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="51"/>
        <location filename="../../screens/checkin.py" line="52"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="53"/>
        <source>People who match</source>
        <translation>People who match</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="56"/>
        <source>Coming soon: choose what you came for, check in with a QR pass, and see who else is here for the same topic.</source>
        <translation>Coming soon: choose what you came for, check in with a QR pass, and see who else is here for the same topic.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="95"/>
        <source>Nobody found with that name yet.</source>
        <translation>Nobody found with that name yet.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="30"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="31"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="32"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="33"/>
        <source>Coffee meet-up</source>
        <translation>Coffee meet-up</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="37"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="38"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="54"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translation>Nothing is booked yet. Ask a facilitator about upcoming sessions.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="60"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="60"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="71"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="73"/>
        <source>in the room now</source>
        <translation>in the room now</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="74"/>
        <source>visits this month</source>
        <translation>visits this month</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="75"/>
        <source>people registered</source>
        <translation>people registered</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="76"/>
        <source>active projects</source>
        <translation>active projects</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="77"/>
        <source>success stories</source>
        <translation>success stories</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="78"/>
        <source>events coming up</source>
        <translation>events coming up</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="79"/>
        <source>changes waiting to sync</source>
        <translation>changes waiting to sync</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="83"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="84"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="85"/>
        <source>Lock and return to welcome</source>
        <translation>Lock and return to welcome</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="86"/>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="101"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translation>This room is showing demo content: made-up people, projects and events.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="49"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="51"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="51"/>
        <source>Tell us you are here and what you came for</source>
        <translation>Tell us you are here and what you came for</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="52"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="52"/>
        <source>Browse QI projects and find similar work</source>
        <translation>Browse QI projects and find similar work</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="53"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="53"/>
        <source>See what teams have achieved</source>
        <translation>See what teams have achieved</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="54"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="54"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translation>Workshops, meetings and coffee meet-ups</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="55"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="55"/>
        <source>Group sessions on the big screen</source>
        <translation>Group sessions on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="59"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="60"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translation>Qspace: peer support for quality improvement.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translation>%1 active projects · %2 events coming up · %3 visits this month</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="214"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translation>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="302"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="302"/>
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="303"/>
        <source>Demo content</source>
        <translation>Demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="304"/>
        <source>This room is showing demo content</source>
        <translation>This room is showing demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="305"/>
        <source>Qspace Kiosk</source>
        <translation>Qspace Kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="319"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translation>Sorry, something went wrong. We have gone back to the start.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="324"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/pin.py" line="92"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="92"/>
        <source>Clear the PIN</source>
        <translation>Clear the PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="93"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="105"/>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="106"/>
        <source>Choose a facilitator PIN</source>
        <translation>Choose a facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="107"/>
        <source>Type the new PIN again</source>
        <translation>Type the new PIN again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="112"/>
        <source>PIN, %n digit(s) typed</source>
        <translation>
            <numerusform>PIN, %n digit typed</numerusform>
            <numerusform>PIN, %n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="119"/>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="122"/>
        <source>That PIN is not right. %n tries left before a 5-minute pause.</source>
        <translation>
            <numerusform>That PIN is not right. %n try left before a 5-minute pause.</numerusform>
            <numerusform>That PIN is not right. %n tries left before a 5-minute pause.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="128"/>
        <source>Too many wrong tries. PIN entry is paused until %1.</source>
        <translation>Too many wrong tries. PIN entry is paused until %1.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="132"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="133"/>
        <source>The two PINs were different. Please start again.</source>
        <translation>The two PINs were different. Please start again.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="134"/>
        <source>Now type it once more to be sure.</source>
        <translation>Now type it once more to be sure.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="192"/>
        <source>The facilitator PIN is set.</source>
        <translation>The facilitator PIN is set.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../screens/projects.py" line="38"/>
        <source>Setting the aim</source>
        <translation>Setting the aim</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="39"/>
        <source>Choosing measures</source>
        <translation>Choosing measures</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="40"/>
        <source>Choosing changes</source>
        <translation>Choosing changes</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="41"/>
        <source>Testing changes (PDSA)</source>
        <translation>Testing changes (PDSA)</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="42"/>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="43"/>
        <source>Spreading</source>
        <translation>Spreading</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="44"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="49"/>
        <source>QI projects</source>
        <translation>QI projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="50"/>
        <source>Search by title, aim, department or topic</source>
        <translation>Search by title, aim, department or topic</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="51"/>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="52"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="72"/>
        <source>Loading projects…</source>
        <translation>Loading projects…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="75"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="83"/>
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n PDSA cycle</numerusform>
            <numerusform>%n PDSA cycles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="85"/>
        <source>Looking for collaborators</source>
        <translation>Looking for collaborators</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../screens/base.py" line="69"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="103"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="105"/>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="106"/>
        <source>Language at the start</source>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="107"/>
        <source>Return to welcome after (seconds idle)</source>
        <translation>Return to welcome after (seconds idle)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="109"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translation>Kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Closing time (HH:MM)</source>
        <translation>Closing time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Keep visit records for (days)</source>
        <translation>Keep visit records for (days)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Central register address</source>
        <translation>Central register address</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Main colour (#RRGGBB)</source>
        <translation>Main colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Accent colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="120"/>
        <location filename="../../screens/settings.py" line="121"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="122"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="168"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translation>The settings file could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="171"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="180"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translation>“%1” is not right: please check it. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="185"/>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="36"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="39"/>
        <source>Groups present their QI work on the big screen and facilitators run workshops, even with no network.</source>
        <translation>Groups present their QI work on the big screen and facilitators run workshops, even with no network.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="43"/>
        <source>Coming soon</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="46"/>
        <source>Sessions with timed agendas, round-robin sharing, ideas and questions on cards, dot voting and a summary to take away. Until then, ask a facilitator to book the big screen.</source>
        <translation>Sessions with timed agendas, round-robin sharing, ideas and questions on cards, dot voting and a summary to take away. Until then, ask a facilitator to book the big screen.</translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <location filename="../../screens/stories.py" line="29"/>
        <location filename="../../screens/stories.py" line="33"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="31"/>
        <source>Teams in the Health Board share what they changed and what it achieved.</source>
        <translation>Teams in the Health Board share what they changed and what it achieved.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="48"/>
        <source>No stories yet: be the first to share yours.</source>
        <translation>No stories yet: be the first to share yours.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="54"/>
        <source>What changed: %1</source>
        <translation>What changed: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="55"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
</TS>
