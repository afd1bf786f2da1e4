<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../screens/attract.py" line="16"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="17"/>
        <source>Peer support for quality improvement</source>
        <translation>Peer support for quality improvement</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="18"/>
        <source>Check in, find a project, share what worked</source>
        <translation>Check in, find a project, share what worked</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="19"/>
        <source>Come in for a coffee and a chat about your project</source>
        <translation>Come in for a coffee and a chat about your project</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="20"/>
        <source>Have a QR pass? Hold it under the scanner</source>
        <translation>Have a QR pass? Hold it under the scanner</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="22"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>AvDisplay</name>
    <message>
        <location filename="../../screens/av_display.py" line="68"/>
        <location filename="../../screens/av_display.py" line="82"/>
        <source>Qspace AV display</source>
        <translation>Qspace AV display</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <location filename="../../screens/backups.py" line="65"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/backups.py" line="68"/>
        <source>The kiosk backs itself up every day after closing time and keeps %n day(s) of backups.</source>
        <translation>
            <numerusform>The kiosk backs itself up every day after closing time and keeps %n day of backups.</numerusform>
            <numerusform>The kiosk backs itself up every day after closing time and keeps %n days of backups.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="74"/>
        <source>Each is also copied to %1.</source>
        <translation>Each is also copied to %1.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="78"/>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="79"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="80"/>
        <source>Back to the facilitator page</source>
        <translation>Back to the facilitator page</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="109"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="111"/>
        <source>%1: damaged, cannot be restored</source>
        <translation>%1: damaged, cannot be restored</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="115"/>
        <source>Restore the backup of %1</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="116"/>
        <location filename="../../screens/backups.py" line="157"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="133"/>
        <source>Backed up: %1.</source>
        <translation>Backed up: %1.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="148"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="150"/>
        <source>The room goes back to how it was on %1: anything recorded since then is lost. The database as it is now is backed up first.</source>
        <translation>The room goes back to how it was on %1: anything recorded since then is lost. The database as it is now is backed up first.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="154"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="176"/>
        <source>The backup of %1 is back.</source>
        <translation>The backup of %1 is back.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="463"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="463"/>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../screens/chart_view.py" line="207"/>
        <source>Common cause variation</source>
        <translation>Common cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="208"/>
        <source>Special cause: improvement</source>
        <translation>Special cause: improvement</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="209"/>
        <source>Special cause: concern</source>
        <translation>Special cause: concern</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="210"/>
        <source>Special cause variation</source>
        <translation>Special cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="221"/>
        <source>Consistently meets the target</source>
        <translation>Consistently meets the target</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="222"/>
        <source>Consistently misses the target</source>
        <translation>Consistently misses the target</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="223"/>
        <source>Hit and miss against the target</source>
        <translation>Hit and miss against the target</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="231"/>
        <source>Trial limits: fewer than 13 points in a phase.</source>
        <translation>Trial limits: fewer than 13 points in a phase.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="236"/>
        <source>Touch a point to see its value and note.</source>
        <translation>Touch a point to see its value and note.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="242"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="242"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="245"/>
        <source>special cause improvement</source>
        <translation>special cause improvement</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="246"/>
        <source>special cause concern</source>
        <translation>special cause concern</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="247"/>
        <source>special cause variation</source>
        <translation>special cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="254"/>
        <source>%1 points above the %2 since %3: %4</source>
        <translation>%1 points above the %2 since %3: %4</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="256"/>
        <source>%1 points below the %2 since %3: %4</source>
        <translation>%1 points below the %2 since %3: %4</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="266"/>
        <source>%1 points in a row going up since %2: %3</source>
        <translation>%1 points in a row going up since %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="268"/>
        <source>%1 points in a row going down since %2: %3</source>
        <translation>%1 points in a row going down since %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="273"/>
        <source>The latest point is above the upper limit: %1</source>
        <translation>The latest point is above the upper limit: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="275"/>
        <source>The latest point is below the lower limit: %1</source>
        <translation>The latest point is below the lower limit: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="280"/>
        <source>2 of the last 3 points are near the upper limit: %1</source>
        <translation>2 of the last 3 points are near the upper limit: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="282"/>
        <source>2 of the last 3 points are near the lower limit: %1</source>
        <translation>2 of the last 3 points are near the lower limit: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="287"/>
        <source>The points are not random around the %1: something has changed.</source>
        <translation>The points are not random around the %1: something has changed.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="291"/>
        <source>Random variation around the median since %1: no sign of change yet.</source>
        <translation>Random variation around the median since %1: no sign of change yet.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="293"/>
        <source>Common cause variation since %1: no sign of change yet.</source>
        <translation>Common cause variation since %1: no sign of change yet.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="303"/>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="310"/>
        <source>excluded from the calculations</source>
        <translation>excluded from the calculations</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../screens/checkin.py" line="310"/>
        <location filename="../../screens/checkin.py" line="353"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="311"/>
        <source>Type the first letters of your name</source>
        <translation>Type the first letters of your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="312"/>
        <location filename="../../screens/checkin.py" line="313"/>
        <location filename="../../screens/checkin.py" line="319"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="314"/>
        <source>First time in Qspace?</source>
        <translation>First time in Qspace?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="315"/>
        <source>I&apos;m new here</source>
        <translation>I&apos;m new here</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="316"/>
        <source>Have a QR pass? Hold it under the scanner at any time.</source>
        <translation>Have a QR pass? Hold it under the scanner at any time.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="317"/>
        <source>Welcome! Tell us a little about you</source>
        <translation>Welcome! Tell us a little about you</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="320"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="321"/>
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="322"/>
        <source>Role (optional)</source>
        <translation>Role (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="323"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="337"/>
        <source>Choose or type your department</source>
        <translation>Choose or type your department</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="338"/>
        <source>Show my first name on the room screens</source>
        <translation>Show my first name on the room screens</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="340"/>
        <source>Contact me about peer support and coffee meet-ups</source>
        <translation>Contact me about peer support and coffee meet-ups</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="344"/>
        <source>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</source>
        <translation>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="348"/>
        <location filename="../../screens/checkin.py" line="352"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="349"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="350"/>
        <source>On now</source>
        <translation>On now</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="351"/>
        <source>I&apos;d like to talk about</source>
        <translation>I&apos;d like to talk about</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="354"/>
        <source>Get my QR pass</source>
        <translation>Get my QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="355"/>
        <source>Print a badge</source>
        <translation>Print a badge</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="356"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="357"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="358"/>
        <source>Yes, we met</source>
        <translation>Yes, we met</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="359"/>
        <source>No, not yet</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="360"/>
        <source>Join the coffee trials</source>
        <translation>Join the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="363"/>
        <source>Photograph this pass or print it as a badge. Scan it next time to check in at once.</source>
        <translation>Photograph this pass or print it as a badge. Scan it next time to check in at once.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="393"/>
        <source>Nobody found with that name. New here? Tap “I&apos;m new here”.</source>
        <translation>Nobody found with that name. New here? Tap “I&apos;m new here”.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="399"/>
        <source>Hello, %1. What brings you in today?</source>
        <translation>Hello, %1. What brings you in today?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="425"/>
        <source>Please check this.</source>
        <translation>Please check this.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="463"/>
        <source>Welcome, %1!</source>
        <translation>Welcome, %1!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="470"/>
        <source>You are checked in for: %1</source>
        <translation>You are checked in for: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="472"/>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="476"/>
        <source>Also here for the same: %1</source>
        <translation>Also here for the same: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="480"/>
        <source>You are the first here for this. A facilitator will say hello.</source>
        <translation>You are the first here for this. A facilitator will say hello.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="714"/>
        <source>Your coffee match this round: %1. Say hello and find a time!</source>
        <translation>Your coffee match this round: %1. Say hello and find a time!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="720"/>
        <source>Did you meet %1 for coffee?</source>
        <translation>Did you meet %1 for coffee?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="726"/>
        <source>Someone would like to work with you on %1: %2</source>
        <translation>Someone would like to work with you on %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="735"/>
        <source>Peer supporters who can help with this: %1</source>
        <translation>Peer supporters who can help with this: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="752"/>
        <source>Thank you for letting us know.</source>
        <translation>Thank you for letting us know.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="764"/>
        <source>You are in the coffee trials: your match shows at a later check-in.</source>
        <translation>You are in the coffee trials: your match shows at a later check-in.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="800"/>
        <source>Your QR pass</source>
        <translation>Your QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="812"/>
        <source>Scan me to check in</source>
        <translation>Scan me to check in</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="832"/>
        <source>Your badge is printing.</source>
        <translation>Your badge is printing.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="835"/>
        <source>No printer is set up: the badge was saved as a PDF for a facilitator to print.</source>
        <translation>No printer is set up: the badge was saved as a PDF for a facilitator to print.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="843"/>
        <source>The badge could not be printed. Please ask a facilitator.</source>
        <translation>The badge could not be printed. Please ask a facilitator.</translation>
    </message>
</context>
<context>
    <name>DepartmentsScreen</name>
    <message>
        <location filename="../../screens/departments.py" line="116"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="119"/>
        <source>Visitors choose their department at check-in and can be found by it. Each department has an English and a Welsh name.</source>
        <translation>Visitors choose their department at check-in and can be found by it. Each department has an English and a Welsh name.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="123"/>
        <location filename="../../screens/departments.py" line="125"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="124"/>
        <location filename="../../screens/departments.py" line="126"/>
        <source>Welsh name</source>
        <translation>Welsh name</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="132"/>
        <source>Add the department</source>
        <translation>Add the department</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="135"/>
        <source>Save the new names</source>
        <translation>Save the new names</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="136"/>
        <source>Save the new names of %1</source>
        <translation>Save the new names of %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="138"/>
        <location filename="../../screens/departments.py" line="300"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="143"/>
        <source>Merging “%1”: touch “Into this one” on the department that keeps its people.</source>
        <translation>Merging “%1”: touch “Into this one” on the department that keeps its people.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/departments.py" line="164"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="166"/>
        <source>Retired: not offered at check-in</source>
        <translation>Retired: not offered at check-in</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="170"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="170"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="173"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="173"/>
        <source>Merge %1 into another</source>
        <translation>Merge %1 into another</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="177"/>
        <source>Into this one</source>
        <translation>Into this one</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="178"/>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="184"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="184"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="185"/>
        <source>Bring back %1</source>
        <translation>Bring back %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="185"/>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="246"/>
        <source>The department was renamed.</source>
        <translation>The department was renamed.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="246"/>
        <source>Department added.</source>
        <translation>Department added.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="283"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>Merge “%1” into “%2”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/departments.py" line="287"/>
        <source>%n people will move to “%2”, with the projects, and “%1” is removed.</source>
        <translation>
            <numerusform>%n person will move to “%2”, with the projects, and “%1” is removed.</numerusform>
            <numerusform>%n people will move to “%2”, with the projects, and “%1” is removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="296"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="314"/>
        <source>The departments were merged.</source>
        <translation>The departments were merged.</translation>
    </message>
</context>
<context>
    <name>EventAdminScreen</name>
    <message>
        <location filename="../../screens/event_admin.py" line="387"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/event_admin.py" line="390"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="396"/>
        <source>Edit the event</source>
        <translation>Edit the event</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="396"/>
        <location filename="../../screens/event_admin.py" line="400"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="398"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="401"/>
        <source>Import from a USB drive</source>
        <translation>Import from a USB drive</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="402"/>
        <source>Back to the facilitator page</source>
        <translation>Back to the facilitator page</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="403"/>
        <source>The room&apos;s events and series</source>
        <translation>The room&apos;s events and series</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="408"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="409"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="410"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="411"/>
        <source>The repeats end</source>
        <translation>The repeats end</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="412"/>
        <source>Dates in the series</source>
        <translation>Dates in the series</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="424"/>
        <source>For example: Gweithdy Gwella Ansawdd</source>
        <translation>For example: Gweithdy Gwella Ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="425"/>
        <source>For example: Quality Improvement workshop</source>
        <translation>For example: Quality Improvement workshop</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="426"/>
        <source>For example: Qspace, 2nd floor</source>
        <translation>For example: Qspace, 2nd floor</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="430"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="431"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="432"/>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="437"/>
        <source>After a number of times</source>
        <translation>After a number of times</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="438"/>
        <source>On a date</source>
        <translation>On a date</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="439"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="443"/>
        <location filename="../../screens/event_admin.py" line="444"/>
        <source>a day</source>
        <translation>a day</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="443"/>
        <location filename="../../screens/event_admin.py" line="444"/>
        <source>a week</source>
        <translation>a week</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="445"/>
        <location filename="../../screens/event_admin.py" line="446"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="445"/>
        <location filename="../../screens/event_admin.py" line="446"/>
        <source>an hour</source>
        <translation>an hour</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="447"/>
        <source>1 place</source>
        <translation>1 place</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="447"/>
        <source>10 places</source>
        <translation>10 places</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="453"/>
        <source>Skip a date to take it out of the series; Restore puts it back.</source>
        <translation>Skip a date to take it out of the series; Restore puts it back.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="455"/>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="457"/>
        <source>Touch again to cancel the event</source>
        <translation>Touch again to cancel the event</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="459"/>
        <source>Cancel the event</source>
        <translation>Cancel the event</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="461"/>
        <source>Make a flyer (PDF)</source>
        <translation>Make a flyer (PDF)</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="462"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="462"/>
        <source>Save the event</source>
        <translation>Save the event</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="463"/>
        <source>The event&apos;s details</source>
        <translation>The event&apos;s details</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="482"/>
        <source>%1 fewer</source>
        <translation>%1 fewer</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="482"/>
        <source>%1 earlier</source>
        <translation>%1 earlier</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="483"/>
        <source>%1 more</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="483"/>
        <source>%1 later</source>
        <translation>%1 later</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="510"/>
        <source>No events yet. Touch New event to add one.</source>
        <translation>No events yet. Touch New event to add one.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="520"/>
        <source>Every week from %1</source>
        <translation>Every week from %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="521"/>
        <source>Every month from %1</source>
        <translation>Every month from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/event_admin.py" line="530"/>
        <source>%n date(s) skipped</source>
        <translation>
            <numerusform>%n date skipped</numerusform>
            <numerusform>%n dates skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="534"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="649"/>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="652"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="652"/>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="654"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="654"/>
        <source>Skip %1</source>
        <translation>Skip %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="676"/>
        <source>Saved: the series&apos; dates are up to date.</source>
        <translation>Saved: the series&apos; dates are up to date.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="698"/>
        <source>Saved: %1. It is on What&apos;s on now.</source>
        <translation>Saved: %1. It is on What&apos;s on now.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="700"/>
        <source>Saved the changes to %1.</source>
        <translation>Saved the changes to %1.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="745"/>
        <source>Cancelled: %1. It has left What&apos;s on and the screens.</source>
        <translation>Cancelled: %1. It has left What&apos;s on and the screens.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="792"/>
        <source>The flyer could not be saved; the details are in the log.</source>
        <translation>The flyer could not be saved; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="34"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="35"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="51"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translation>Nothing is booked yet. Ask a facilitator about upcoming sessions.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="57"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="57"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>ExportsScreen</name>
    <message>
        <location filename="../../screens/exports.py" line="36"/>
        <source>Saved to the USB drive %1.</source>
        <translation>Saved to the USB drive %1.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="39"/>
        <source>Saved to Exports on the Facilitator page.</source>
        <translation>Saved to Exports on the Facilitator page.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="154"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="157"/>
        <source>Files saved at the kiosk while no USB drive was plugged in. Touch one to see it, then print or delete it.</source>
        <translation>Files saved at the kiosk while no USB drive was plugged in. Touch one to see it, then print or delete it.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="161"/>
        <source>Saved files</source>
        <translation>Saved files</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="162"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="162"/>
        <source>Print this file</source>
        <translation>Print this file</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="163"/>
        <location filename="../../screens/exports.py" line="354"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="163"/>
        <source>Delete this file</source>
        <translation>Delete this file</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="164"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="164"/>
        <source>Back to the Facilitator page</source>
        <translation>Back to the Facilitator page</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="192"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="193"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="194"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="195"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="196"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="213"/>
        <source>No files are kept at the kiosk.</source>
        <translation>No files are kept at the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="220"/>
        <source>Choose a file to see it here.</source>
        <translation>Choose a file to see it here.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="258"/>
        <source>This file cannot be shown here.</source>
        <translation>This file cannot be shown here.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="325"/>
        <source>This file could not be read.</source>
        <translation>This file could not be read.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="334"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="337"/>
        <source>No printer is set up: a PDF copy was added to this list.</source>
        <translation>No printer is set up: a PDF copy was added to this list.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="343"/>
        <source>The file could not be printed.</source>
        <translation>The file could not be printed.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="351"/>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="352"/>
        <source>The file is removed from the kiosk. This cannot be undone.</source>
        <translation>The file is removed from the kiosk. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="355"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="371"/>
        <source>The file was deleted.</source>
        <translation>The file was deleted.</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="138"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="140"/>
        <source>in the room now</source>
        <translation>in the room now</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="141"/>
        <source>visits this month</source>
        <translation>visits this month</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="142"/>
        <source>people registered</source>
        <translation>people registered</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="143"/>
        <source>active projects</source>
        <translation>active projects</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="144"/>
        <source>success stories</source>
        <translation>success stories</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="145"/>
        <source>events coming up</source>
        <translation>events coming up</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="146"/>
        <source>changes waiting to sync</source>
        <translation>changes waiting to sync</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="150"/>
        <source>Who&apos;s here</source>
        <translation>Who&apos;s here</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="151"/>
        <source>People and privacy</source>
        <translation>People and privacy</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="152"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="153"/>
        <source>Showcase and screens</source>
        <translation>Showcase and screens</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="154"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="155"/>
        <source>Import from a USB drive</source>
        <translation>Import from a USB drive</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="156"/>
        <source>Write success stories</source>
        <translation>Write success stories</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="157"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="157"/>
        <source>Exports: files saved at the kiosk</source>
        <translation>Exports: files saved at the kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="158"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="159"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="160"/>
        <source>Lock and return to welcome</source>
        <translation>Lock and return to welcome</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="161"/>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="162"/>
        <location filename="../../screens/facilitator.py" line="212"/>
        <source>Remove the demo</source>
        <translation>Remove the demo</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="163"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="178"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translation>This room is showing demo content: made-up people, projects and events.</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="191"/>
        <source>This removes every demo record: %1 people, %2 projects, %3 stories, %4 events, %5 visits and %6 other records. Kept: your %7 own records, and %8 demo records that your own records point at. Nothing is sent to the register.</source>
        <translation>This removes every demo record: %1 people, %2 projects, %3 stories, %4 events, %5 visits and %6 other records. Kept: your %7 own records, and %8 demo records that your own records point at. Nothing is sent to the register.</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="206"/>
        <source>Remove the demo?</source>
        <translation>Remove the demo?</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="209"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="224"/>
        <source>The demo is removed: %1 records gone, %2 of your own kept.</source>
        <translation>The demo is removed: %1 records gone, %2 of your own kept.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Tell us you are here and what you came for</source>
        <translation>Tell us you are here and what you came for</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="78"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="78"/>
        <source>Browse QI projects and find similar work</source>
        <translation>Browse QI projects and find similar work</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>See what teams have achieved</source>
        <translation>See what teams have achieved</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translation>Workshops, meetings and coffee meet-ups</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="81"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="81"/>
        <source>Group sessions on the big screen</source>
        <translation>Group sessions on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="83"/>
        <source>People &amp; coffee</source>
        <translation>People &amp; coffee</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="84"/>
        <source>Peer supporters, coffee trials and topic boards</source>
        <translation>Peer supporters, coffee trials and topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="89"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="90"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="91"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="108"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translation>Qspace: peer support for quality improvement.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="111"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translation>%1 active projects · %2 events coming up · %3 visits this month</translation>
    </message>
</context>
<context>
    <name>ImportsScreen</name>
    <message>
        <location filename="../../screens/imports.py" line="93"/>
        <source>Import from a USB drive</source>
        <translation>Import from a USB drive</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="96"/>
        <source>Put in a USB drive holding a calendar (.ics, from Outlook or Google Calendar) or a spreadsheet saved as CSV UTF-8 (people or departments), then choose the file. A file with mistakes imports nothing.</source>
        <translation>Put in a USB drive holding a calendar (.ics, from Outlook or Google Calendar) or a spreadsheet saved as CSV UTF-8 (people or departments), then choose the file. A file with mistakes imports nothing.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="101"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="102"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="103"/>
        <source>Back to the facilitator page</source>
        <translation>Back to the facilitator page</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="104"/>
        <source>Files on the USB drives</source>
        <translation>Files on the USB drives</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="105"/>
        <source>What is wrong in the file</source>
        <translation>What is wrong in the file</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="106"/>
        <source>Import as events</source>
        <translation>Import as events</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="107"/>
        <source>Import as people</source>
        <translation>Import as people</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="108"/>
        <source>Import as departments</source>
        <translation>Import as departments</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="143"/>
        <source>No .ics or .csv files found. Put in the USB drive and touch Look again.</source>
        <translation>No .ics or .csv files found. Put in the USB drive and touch Look again.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="149"/>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="150"/>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="154"/>
        <source>Touch to choose this file</source>
        <translation>Touch to choose this file</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="158"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="160"/>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="190"/>
        <location filename="../../screens/imports.py" line="233"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="218"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/imports.py" line="222"/>
        <source>%n cancelled in the calendar, so not imported.</source>
        <translation>
            <numerusform>%n cancelled in the calendar, so not imported.</numerusform>
            <numerusform>%n cancelled in the calendar, so not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/imports.py" line="229"/>
        <source>%n mistake(s):</source>
        <translation>
            <numerusform>%n mistake:</numerusform>
            <numerusform>%n mistakes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="499"/>
        <source>The settings file could not be written. Please ask IT.</source>
        <translation>The settings file could not be written. Please ask IT.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="539"/>
        <source>The room&apos;s database is back. The kiosk is starting.</source>
        <translation>The room&apos;s database is back. The kiosk is starting.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="555"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translation>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="854"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="854"/>
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="855"/>
        <source>Scan a QR pass</source>
        <translation>Scan a QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="856"/>
        <source>Demo content</source>
        <translation>Demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="857"/>
        <source>This room is showing demo content</source>
        <translation>This room is showing demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="858"/>
        <source>Qspace Kiosk</source>
        <translation>Qspace Kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="881"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translation>Sorry, something went wrong. We have gone back to the start.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="886"/>
        <location filename="../../screens/main_window.py" line="923"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="953"/>
        <source>You are already checked in, %1</source>
        <translation>You are already checked in, %1</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="954"/>
        <source>You checked in at %1. Are you leaving now?</source>
        <translation>You checked in at %1. Are you leaving now?</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="958"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="962"/>
        <source>Stay checked in</source>
        <translation>Stay checked in</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="965"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="982"/>
        <source>Goodbye, %1. Thank you for coming!</source>
        <translation>Goodbye, %1. Thank you for coming!</translation>
    </message>
</context>
<context>
    <name>MeasureFormBox</name>
    <message>
        <location filename="../../screens/measure_editor.py" line="117"/>
        <source>Change the measure</source>
        <translation>Change the measure</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="117"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="120"/>
        <source>Name of the measure</source>
        <translation>Name of the measure</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="121"/>
        <source>Unit (such as minutes, %, patients)</source>
        <translation>Unit (such as minutes, %, patients)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="122"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="123"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="125"/>
        <source>Run chart</source>
        <translation>Run chart</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="126"/>
        <source>I chart (values)</source>
        <translation>I chart (values)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="127"/>
        <source>P chart (percentage)</source>
        <translation>P chart (percentage)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="128"/>
        <source>U chart (rate)</source>
        <translation>U chart (rate)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="129"/>
        <source>C chart (counts)</source>
        <translation>C chart (counts)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="133"/>
        <source>Which way is better</source>
        <translation>Which way is better</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="135"/>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="136"/>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="137"/>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="141"/>
        <source>Target (may be left empty)</source>
        <translation>Target (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="142"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="143"/>
        <location filename="../../screens/measure_editor.py" line="144"/>
        <source>What the denominator counts</source>
        <translation>What the denominator counts</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="145"/>
        <source>such as patients seen that week</source>
        <translation>such as patients seen that week</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="146"/>
        <source>Save the measure</source>
        <translation>Save the measure</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="147"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="183"/>
        <source>The target must be a number, or left empty.</source>
        <translation>The target must be a number, or left empty.</translation>
    </message>
</context>
<context>
    <name>MeasuresScreen</name>
    <message>
        <location filename="../../screens/measures.py" line="225"/>
        <source>Show 2-sigma lines</source>
        <translation>Show 2-sigma lines</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="226"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="226"/>
        <source>Back to the project</source>
        <translation>Back to the project</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="227"/>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="228"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="229"/>
        <source>Show on the big screen</source>
        <translation>Show on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="230"/>
        <source>Edit data</source>
        <translation>Edit data</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="230"/>
        <source>Edit data (facilitator)</source>
        <translation>Edit data (facilitator)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="233"/>
        <source>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</source>
        <translation>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="237"/>
        <source>Data to import</source>
        <translation>Data to import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="238"/>
        <source>Replace the existing points</source>
        <translation>Replace the existing points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="239"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="240"/>
        <source>Open a CSV file…</source>
        <translation>Open a CSV file…</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="240"/>
        <location filename="../../screens/measures.py" line="668"/>
        <source>Open a CSV file</source>
        <translation>Open a CSV file</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="241"/>
        <source>Note on the point you touched</source>
        <translation>Note on the point you touched</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="242"/>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="243"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="244"/>
        <source>Exclude or include the point</source>
        <translation>Exclude or include the point</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="245"/>
        <source>PDSA cycle</source>
        <translation>PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="246"/>
        <source>Mark the PDSA cycle</source>
        <translation>Mark the PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="247"/>
        <source>Baseline: first points</source>
        <translation>Baseline: first points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="248"/>
        <source>Baseline: number of first points (0 for none)</source>
        <translation>Baseline: number of first points (0 for none)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="249"/>
        <source>New phase after points</source>
        <translation>New phase after points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="250"/>
        <source>New phase after points, such as 12, 20</source>
        <translation>New phase after points, such as 12, 20</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="251"/>
        <source>Save phases</source>
        <translation>Save phases</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="252"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="253"/>
        <source>Change this measure</source>
        <translation>Change this measure</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="254"/>
        <source>Retire this measure</source>
        <translation>Retire this measure</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="320"/>
        <source>Example charts</source>
        <translation>Example charts</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="361"/>
        <source>This measure needs at least two points before it can be charted.</source>
        <translation>This measure needs at least two points before it can be charted.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="364"/>
        <source>This project has no measures yet.</source>
        <translation>This project has no measures yet.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="432"/>
        <source>Measure saved: %1</source>
        <translation>Measure saved: %1</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="444"/>
        <source>Retire “%1”?</source>
        <translation>Retire “%1”?</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="446"/>
        <source>Its chart is no longer shown or listed. Its points are kept, and it can be brought back.</source>
        <translation>Its chart is no longer shown or listed. Its points are kept, and it can be brought back.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="452"/>
        <source>Retire the measure</source>
        <translation>Retire the measure</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="469"/>
        <source>The measure was retired.</source>
        <translation>The measure was retired.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="504"/>
        <source>Point %1 chosen</source>
        <translation>Point %1 chosen</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="506"/>
        <source>Touch a point on the chart to add a note or a PDSA marker.</source>
        <translation>Touch a point on the chart to add a note or a PDSA marker.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="513"/>
        <source>No PDSA marker</source>
        <translation>No PDSA marker</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="538"/>
        <location filename="../../screens/measures.py" line="545"/>
        <source>The picture could not be saved.</source>
        <translation>The picture could not be saved.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="583"/>
        <location filename="../../screens/measures.py" line="598"/>
        <source>The PDF could not be saved.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="605"/>
        <source>The chart is on the AV display.</source>
        <translation>The chart is on the AV display.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="612"/>
        <source>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</source>
        <translation>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="675"/>
        <source>That file could not be read as text (UTF-8 CSV).</source>
        <translation>That file could not be read as text (UTF-8 CSV).</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="713"/>
        <source>has characters that cannot be stored</source>
        <translation>has characters that cannot be stored</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="714"/>
        <source>more cells than the columns</source>
        <translation>more cells than the columns</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="715"/>
        <source>there are no rows to import</source>
        <translation>there are no rows to import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="716"/>
        <source>more than 10,000 rows</source>
        <translation>more than 10,000 rows</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="717"/>
        <source>a needed column is missing</source>
        <translation>a needed column is missing</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="718"/>
        <source>a column appears twice</source>
        <translation>a column appears twice</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="719"/>
        <source>the text could not be read</source>
        <translation>the text could not be read</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="720"/>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="724"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="725"/>
        <source>denominator</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="726"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="727"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="735"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="695"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="696"/>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="700"/>
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>%n point imported.</numerusform>
            <numerusform>%n points imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="705"/>
        <location filename="../../screens/measures.py" line="706"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="708"/>
        <source>below zero</source>
        <translation>below zero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="707"/>
        <location filename="../../screens/measures.py" line="709"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="655"/>
        <source>No CSV files found</source>
        <translation>No CSV files found</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="657"/>
        <source>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</source>
        <translation>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="660"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="456"/>
        <location filename="../../screens/measures.py" line="667"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="668"/>
        <source>The newest files first.</source>
        <translation>The newest files first.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="710"/>
        <source>must be above zero</source>
        <translation>must be above zero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="711"/>
        <source>smaller than the count</source>
        <translation>smaller than the count</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="712"/>
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="780"/>
        <source>Phases are point numbers separated by commas, such as 12, 20.</source>
        <translation>Phases are point numbers separated by commas, such as 12, 20.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="796"/>
        <source>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</source>
        <translation>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <location filename="../../screens/mysettings.py" line="186"/>
        <location filename="../../screens/mysettings.py" line="211"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="187"/>
        <source>Check in or find myself</source>
        <translation>Check in or find myself</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="188"/>
        <source>Coffee trials</source>
        <translation>Coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="189"/>
        <source>Join the coffee trials</source>
        <translation>Join the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="190"/>
        <source>Pause for two weeks</source>
        <translation>Pause for two weeks</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="191"/>
        <source>Start again now</source>
        <translation>Start again now</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Leave the coffee trials</source>
        <translation>Leave the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="193"/>
        <source>Don&apos;t pair me with</source>
        <translation>Don&apos;t pair me with</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="196"/>
        <source>Find someone by name: only people who agreed to be shown are found. Nobody is told.</source>
        <translation>Find someone by name: only people who agreed to be shown are found. Nobody is told.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="200"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="201"/>
        <source>Find someone not to be paired with</source>
        <translation>Find someone not to be paired with</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="202"/>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="203"/>
        <source>Stop offering help</source>
        <translation>Stop offering help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="204"/>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="205"/>
        <source>Topic boards</source>
        <translation>Topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="207"/>
        <source>Read the boards and reply to a post: replies are anonymous, as posts are.</source>
        <translation>Read the boards and reply to a post: replies are anonymous, as posts are.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="209"/>
        <source>Go to the topic boards</source>
        <translation>Go to the topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="210"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="210"/>
        <source>Done: forget me on this kiosk</source>
        <translation>Done: forget me on this kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="289"/>
        <source>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</source>
        <translation>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="296"/>
        <source>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</source>
        <translation>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="308"/>
        <source>You are not in the coffee trials.</source>
        <translation>You are not in the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="311"/>
        <source>You are in the coffee trials, paused until %1.</source>
        <translation>You are in the coffee trials, paused until %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="316"/>
        <source>You are in the coffee trials: your match shows when you check in.</source>
        <translation>You are in the coffee trials: your match shows when you check in.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="327"/>
        <source>Someone not shown by name</source>
        <translation>Someone not shown by name</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="329"/>
        <source>Pair me with %1 again</source>
        <translation>Pair me with %1 again</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Don&apos;t pair me with %1</source>
        <translation>Don&apos;t pair me with %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="367"/>
        <source>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</source>
        <translation>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="371"/>
        <source>You offer help with the topics chosen below.</source>
        <translation>You offer help with the topics chosen below.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="373"/>
        <source>Choose the topics you could help colleagues with.</source>
        <translation>Choose the topics you could help colleagues with.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="376"/>
        <source>Save my topics</source>
        <translation>Save my topics</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="376"/>
        <source>Offer help</source>
        <translation>Offer help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="384"/>
        <source>Projects you are on the team of: open one to change it.</source>
        <translation>Projects you are on the team of: open one to change it.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="386"/>
        <source>You are not on a project&apos;s team yet.</source>
        <translation>You are not on a project&apos;s team yet.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="398"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="411"/>
        <source>Saved: you have left the coffee trials.</source>
        <translation>Saved: you have left the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="413"/>
        <source>Saved: you are paused for two weeks.</source>
        <translation>Saved: you are paused for two weeks.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="415"/>
        <source>Saved: you are in the coffee trials.</source>
        <translation>Saved: you are in the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="445"/>
        <source>Saved: you will not be paired with %1.</source>
        <translation>Saved: you will not be paired with %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="454"/>
        <source>Saved: you may be paired with them again.</source>
        <translation>Saved: you may be paired with them again.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="474"/>
        <source>Saved: you are listed as a peer supporter.</source>
        <translation>Saved: you are listed as a peer supporter.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="485"/>
        <source>Saved: you are no longer listed as a peer supporter.</source>
        <translation>Saved: you are no longer listed as a peer supporter.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/keyboard.py" line="230"/>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="232"/>
        <source>Shift: capital letter</source>
        <translation>Shift: capital letter</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="233"/>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="234"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="234"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="235"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="235"/>
        <source>Done: close the keyboard</source>
        <translation>Done: close the keyboard</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="236"/>
        <source>Welsh accents: â ŵ ŷ ä</source>
        <translation>Welsh accents: â ŵ ŷ ä</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="237"/>
        <source>Numbers and symbols</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="238"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../screens/people.py" line="67"/>
        <source>People and privacy</source>
        <translation>People and privacy</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="70"/>
        <source>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</source>
        <translation>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="75"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="76"/>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="77"/>
        <source>Export their data (CSV)</source>
        <translation>Export their data (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="78"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="108"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="110"/>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="166"/>
        <source>Erase %1?</source>
        <translation>Erase %1?</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="168"/>
        <source>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</source>
        <translation>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="172"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="183"/>
        <source>The person was erased.</source>
        <translation>The person was erased.</translation>
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
        <location filename="../../screens/pin.py" line="106"/>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="107"/>
        <source>Choose a facilitator PIN</source>
        <translation>Choose a facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="108"/>
        <source>Type the new PIN again</source>
        <translation>Type the new PIN again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="113"/>
        <source>PIN, %n digit(s) typed</source>
        <translation>
            <numerusform>PIN, %n digit typed</numerusform>
            <numerusform>PIN, %n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="120"/>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="123"/>
        <source>That PIN is not right. %n tries left before a 5-minute pause.</source>
        <translation>
            <numerusform>That PIN is not right. %n try left before a 5-minute pause.</numerusform>
            <numerusform>That PIN is not right. %n tries left before a 5-minute pause.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="129"/>
        <source>Too many wrong tries. PIN entry is paused until %1.</source>
        <translation>Too many wrong tries. PIN entry is paused until %1.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="133"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="134"/>
        <source>The two PINs were different. Please start again.</source>
        <translation>The two PINs were different. Please start again.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="135"/>
        <source>Now type it once more to be sure.</source>
        <translation>Now type it once more to be sure.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="193"/>
        <source>The facilitator PIN is set.</source>
        <translation>The facilitator PIN is set.</translation>
    </message>
</context>
<context>
    <name>PointEntryBox</name>
    <message>
        <location filename="../../screens/measure_editor.py" line="251"/>
        <source>Add a point</source>
        <translation>Add a point</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="252"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="254"/>
        <source>-1 month</source>
        <translation>-1 month</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="254"/>
        <source>A month earlier</source>
        <translation>A month earlier</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="255"/>
        <source>-1 week</source>
        <translation>-1 week</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="255"/>
        <source>A week earlier</source>
        <translation>A week earlier</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="256"/>
        <source>-1 day</source>
        <translation>-1 day</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="256"/>
        <source>A day earlier</source>
        <translation>A day earlier</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="257"/>
        <source>+1 day</source>
        <translation>+1 day</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="257"/>
        <source>A day later</source>
        <translation>A day later</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="258"/>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="258"/>
        <source>A week later</source>
        <translation>A week later</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="259"/>
        <source>+1 month</source>
        <translation>+1 month</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="259"/>
        <source>A month later</source>
        <translation>A month later</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="263"/>
        <location filename="../../screens/measure_editor.py" line="264"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="266"/>
        <source>Denominator: %1</source>
        <translation>Denominator: %1</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="268"/>
        <location filename="../../screens/measure_editor.py" line="270"/>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="271"/>
        <source>Add the point</source>
        <translation>Add the point</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="309"/>
        <source>The denominator must be a number above zero.</source>
        <translation>The denominator must be a number above zero.</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="311"/>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <location filename="../../screens/posters.py" line="56"/>
        <source>Quality improvement</source>
        <translation>Quality improvement</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="57"/>
        <source>QI project</source>
        <translation>QI project</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="58"/>
        <source>Success story</source>
        <translation>Success story</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="59"/>
        <source>Our aim</source>
        <translation>Our aim</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="60"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="61"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="62"/>
        <source>PDSA cycles</source>
        <translation>PDSA cycles</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="63"/>
        <source>Looking for collaborators</source>
        <translation>Looking for collaborators</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="64"/>
        <source>Want to help? Get in touch</source>
        <translation>Want to help? Get in touch</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="65"/>
        <source>Scan to see this project on the register</source>
        <translation>Scan to see this project on the register</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="66"/>
        <source>Scan to read this story on the register</source>
        <translation>Scan to read this story on the register</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="67"/>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="68"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="69"/>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="70"/>
        <source>Lessons learnt</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="71"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="72"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="73"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="74"/>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="75"/>
        <source>Thanks to %1</source>
        <translation>Thanks to %1</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="76"/>
        <source>From the project: %1</source>
        <translation>From the project: %1</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="77"/>
        <source>Headline measure</source>
        <translation>Headline measure</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="78"/>
        <source>Centre line</source>
        <translation>Centre line</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="79"/>
        <source>Common cause variation</source>
        <translation>Common cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="80"/>
        <source>Special cause: improvement</source>
        <translation>Special cause: improvement</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="81"/>
        <source>Special cause: concern</source>
        <translation>Special cause: concern</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="82"/>
        <source>Special cause variation</source>
        <translation>Special cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="83"/>
        <source>Consistently meets the target</source>
        <translation>Consistently meets the target</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="84"/>
        <source>Consistently misses the target</source>
        <translation>Consistently misses the target</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="85"/>
        <source>Hit and miss against the target</source>
        <translation>Hit and miss against the target</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="86"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="87"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="88"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="89"/>
        <source>All welcome</source>
        <translation>All welcome</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="90"/>
        <source>Peer support for quality improvement</source>
        <translation>Peer support for quality improvement</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../screens/sharing_view.py" line="146"/>
        <source>Session on the big screen</source>
        <translation>Session on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="147"/>
        <source>Airtime: everyone&apos;s voice</source>
        <translation>Airtime: everyone&apos;s voice</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="161"/>
        <source>Project on screen</source>
        <translation>Project on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="162"/>
        <source>Chart on screen</source>
        <translation>Chart on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="163"/>
        <source>Story on screen</source>
        <translation>Story on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="164"/>
        <source>Team presenting</source>
        <translation>Team presenting</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="168"/>
        <source>Qspace sessions</source>
        <translation>Qspace sessions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="170"/>
        <source>No session is running</source>
        <translation>No session is running</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="190"/>
        <source>Part %1 of %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="195"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="208"/>
        <source>Starting soon</source>
        <translation>Starting soon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="211"/>
        <source>Thank you for taking part</source>
        <translation>Thank you for taking part</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="223"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="226"/>
        <source>%1 · team %2 of %3</source>
        <translation>%1 · team %2 of %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="234"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="258"/>
        <source>Dot-voting results</source>
        <translation>Dot-voting results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="266"/>
        <location filename="../../screens/sharing_view.py" line="303"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="275"/>
        <location filename="../../screens/sharing_view.py" line="284"/>
        <source>Ideas, tips and questions</source>
        <translation>Ideas, tips and questions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="279"/>
        <source>Add yours at the kiosk: anonymously if you like. They appear here.</source>
        <translation>Add yours at the kiosk: anonymously if you like. They appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="307"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="372"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
</context>
<context>
    <name>ProjectFormScreen</name>
    <message>
        <location filename="../../screens/project_form.py" line="170"/>
        <source>Edit the project</source>
        <translation>Edit the project</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="170"/>
        <source>Log a QI project</source>
        <translation>Log a QI project</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="173"/>
        <source>Answer the three questions of the Model for Improvement. It takes about two minutes; you can add more later.</source>
        <translation>Answer the three questions of the Model for Improvement. It takes about two minutes; you can add more later.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="178"/>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="179"/>
        <source>1. What are we trying to accomplish?</source>
        <translation>1. What are we trying to accomplish?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="180"/>
        <source>2. How will we know that a change is an improvement?</source>
        <translation>2. How will we know that a change is an improvement?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="181"/>
        <source>3. What changes can we make that will result in improvement?</source>
        <translation>3. What changes can we make that will result in improvement?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="182"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="183"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="184"/>
        <source>Team members (people who agreed to be shown)</source>
        <translation>Team members (people who agreed to be shown)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="185"/>
        <source>Improving Quality Together reference (optional)</source>
        <translation>Improving Quality Together reference (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="190"/>
        <source>For example: Fewer falls on Ward 7</source>
        <translation>For example: Fewer falls on Ward 7</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="192"/>
        <source>How much, by when, for whom</source>
        <translation>How much, by when, for whom</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="194"/>
        <source>Outcome, process and balancing measures</source>
        <translation>Outcome, process and balancing measures</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="196"/>
        <source>Ideas to test with PDSA cycles</source>
        <translation>Ideas to test with PDSA cycles</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="198"/>
        <source>Find a team member by name</source>
        <translation>Find a team member by name</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="199"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="200"/>
        <source>Clear the team</source>
        <translation>Clear the team</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="202"/>
        <source>For example: IQT-1234</source>
        <translation>For example: IQT-1234</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="203"/>
        <source>We are looking for collaborators</source>
        <translation>We are looking for collaborators</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="204"/>
        <source>The project form</source>
        <translation>The project form</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="205"/>
        <location filename="../../screens/project_form.py" line="206"/>
        <source>Similar projects</source>
        <translation>Similar projects</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="207"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="208"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="208"/>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="235"/>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="349"/>
        <source>As you type, projects like yours appear here, finished ones too.</source>
        <translation>As you type, projects like yours appear here, finished ones too.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="353"/>
        <source>Someone may have tried this before: open one to learn from it or team up.</source>
        <translation>Someone may have tried this before: open one to learn from it or team up.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="360"/>
        <source>Same topics: %1</source>
        <translation>Same topics: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="363"/>
        <source>Shared words: %1</source>
        <translation>Shared words: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="410"/>
        <source>Add %1 to the team</source>
        <translation>Add %1 to the team</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="415"/>
        <source>Nobody added yet</source>
        <translation>Nobody added yet</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="425"/>
        <source>Remove %1 from the team</source>
        <translation>Remove %1 from the team</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="438"/>
        <source>a title</source>
        <translation>a title</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="438"/>
        <source>the first question (the aim)</source>
        <translation>the first question (the aim)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="439"/>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="453"/>
        <source>Saved: %1. Log your first PDSA cycle when you are ready.</source>
        <translation>Saved: %1. Log your first PDSA cycle when you are ready.</translation>
    </message>
</context>
<context>
    <name>ProjectScreen</name>
    <message>
        <location filename="../../screens/project.py" line="200"/>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="202"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="203"/>
        <source>What are we trying to accomplish?</source>
        <translation>What are we trying to accomplish?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="204"/>
        <source>How will we know that a change is an improvement?</source>
        <translation>How will we know that a change is an improvement?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="205"/>
        <source>What changes can we make that will result in improvement?</source>
        <translation>What changes can we make that will result in improvement?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="206"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="207"/>
        <source>PDSA cycles</source>
        <translation>PDSA cycles</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="208"/>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="212"/>
        <source>Project details</source>
        <translation>Project details</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="213"/>
        <location filename="../../screens/project.py" line="214"/>
        <source>Similar projects</source>
        <translation>Similar projects</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="215"/>
        <source>Scan to open this project on the register</source>
        <translation>Scan to open this project on the register</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="216"/>
        <location filename="../../screens/project.py" line="321"/>
        <source>Measures and charts</source>
        <translation>Measures and charts</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="217"/>
        <source>Log a PDSA cycle</source>
        <translation>Log a PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="218"/>
        <source>Update the last cycle</source>
        <translation>Update the last cycle</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="219"/>
        <source>Ask to collaborate</source>
        <translation>Ask to collaborate</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="220"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="220"/>
        <source>Edit this project</source>
        <translation>Edit this project</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="221"/>
        <source>What are you testing?</source>
        <translation>What are you testing?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="222"/>
        <source>Cycle title</source>
        <translation>Cycle title</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="223"/>
        <source>Act: adopt, adapt or abandon</source>
        <translation>Act: adopt, adapt or abandon</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="226"/>
        <source>Act: not decided yet</source>
        <translation>Act: not decided yet</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="231"/>
        <source>Plan: what, who, when, where</source>
        <translation>Plan: what, who, when, where</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="232"/>
        <source>Prediction: what do you expect?</source>
        <translation>Prediction: what do you expect?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="233"/>
        <source>Do: what happened?</source>
        <translation>Do: what happened?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="234"/>
        <source>Study: how did it compare with the prediction?</source>
        <translation>Study: how did it compare with the prediction?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="239"/>
        <location filename="../../screens/project.py" line="245"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="240"/>
        <source>Save the cycle</source>
        <translation>Save the cycle</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="242"/>
        <source>Say who you are, how to reach you and what you would like to do together</source>
        <translation>Say who you are, how to reach you and what you would like to do together</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="244"/>
        <source>Message to the team</source>
        <translation>Message to the team</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="246"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="290"/>
        <source>Loading the project…</source>
        <translation>Loading the project…</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="302"/>
        <source>IQT reference %1</source>
        <translation>IQT reference %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="304"/>
        <source>Looking for collaborators</source>
        <translation>Looking for collaborators</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="306"/>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="314"/>
        <source>No PDSA cycles yet</source>
        <translation>No PDSA cycles yet</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="315"/>
        <source>No stories yet</source>
        <translation>No stories yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/project.py" line="320"/>
        <source>Measures and charts (%n)</source>
        <translation>
            <numerusform>Measures and charts (%n)</numerusform>
            <numerusform>Measures and charts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="329"/>
        <source>Cycle %1: %2</source>
        <translation>Cycle %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="332"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="333"/>
        <source>Prediction</source>
        <translation>Prediction</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="334"/>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="335"/>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="340"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="345"/>
        <source>No similar projects found</source>
        <translation>No similar projects found</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="369"/>
        <source>Same topics: %1</source>
        <translation>Same topics: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="372"/>
        <source>Shared words: %1</source>
        <translation>Shared words: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="386"/>
        <source>QR code of this project&apos;s register page</source>
        <translation>QR code of this project&apos;s register page</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="400"/>
        <source>Update cycle %1</source>
        <translation>Update cycle %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="402"/>
        <source>Plan a new PDSA cycle</source>
        <translation>Plan a new PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="430"/>
        <source>Please give the cycle a title.</source>
        <translation>Please give the cycle a title.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="448"/>
        <source>Cycle %1 saved. Add a plan and a prediction before you start.</source>
        <translation>Cycle %1 saved. Add a plan and a prediction before you start.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="449"/>
        <source>Cycle %1 planned. Come back to record what happened.</source>
        <translation>Cycle %1 planned. Come back to record what happened.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="450"/>
        <source>Cycle %1 saved. Next: study the results against the prediction.</source>
        <translation>Cycle %1 saved. Next: study the results against the prediction.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="451"/>
        <source>Cycle %1 saved. Next: decide to adopt, adapt or abandon.</source>
        <translation>Cycle %1 saved. Next: decide to adopt, adapt or abandon.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="452"/>
        <source>Cycle %1 complete.</source>
        <translation>Cycle %1 complete.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="480"/>
        <source>Please write a short message to the team.</source>
        <translation>Please write a short message to the team.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="491"/>
        <source>Sent. The team will see your message when they next check in.</source>
        <translation>Sent. The team will see your message when they next check in.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../screens/projects.py" line="62"/>
        <source>QI projects</source>
        <translation>QI projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="63"/>
        <source>Log a new project</source>
        <translation>Log a new project</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="64"/>
        <source>Search by title, aim, department or topic</source>
        <translation>Search by title, aim, department or topic</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="65"/>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="66"/>
        <source>Filter by topic</source>
        <translation>Filter by topic</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="67"/>
        <source>Filter by stage</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="68"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="77"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="81"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="120"/>
        <source>Loading projects…</source>
        <translation>Loading projects…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="128"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="136"/>
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n PDSA cycle</numerusform>
            <numerusform>%n PDSA cycles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="138"/>
        <source>Looking for collaborators</source>
        <translation>Looking for collaborators</translation>
    </message>
</context>
<context>
    <name>QnetScreen</name>
    <message>
        <location filename="../../screens/qnet.py" line="171"/>
        <source>Qnet: people to learn with</source>
        <translation>Qnet: people to learn with</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="173"/>
        <location filename="../../screens/qnet.py" line="192"/>
        <source>Peer supporters</source>
        <translation>Peer supporters</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="174"/>
        <source>Coffee trials</source>
        <translation>Coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="175"/>
        <location filename="../../screens/qnet.py" line="203"/>
        <source>Topic boards</source>
        <translation>Topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="178"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="178"/>
        <source>Facilitator: run coffee rounds and approve posts</source>
        <translation>Facilitator: run coffee rounds and approve posts</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="189"/>
        <source>Colleagues who offered to help, and when they are usually in the room.</source>
        <translation>Colleagues who offered to help, and when they are usually in the room.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="191"/>
        <source>Who can help with</source>
        <translation>Who can help with</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="195"/>
        <source>Randomised Coffee Trials: join at check-in and meet someone from another department. Your match is shown when you next check in.</source>
        <translation>Randomised Coffee Trials: join at check-in and meet someone from another department. Your match is shown when you next check in.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="199"/>
        <source>Coffee groups</source>
        <translation>Coffee groups</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="200"/>
        <source>Run a round today</source>
        <translation>Run a round today</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="201"/>
        <source>Print slips</source>
        <translation>Print slips</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="202"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="204"/>
        <location filename="../../screens/qnet.py" line="434"/>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="205"/>
        <source>Ask a question or share a tip (500 characters)</source>
        <translation>Ask a question or share a tip (500 characters)</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="432"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="432"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="207"/>
        <source>Cancel the reply</source>
        <translation>Cancel the reply</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="208"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="209"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="218"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="315"/>
        <source>No peer supporters listed for this yet.</source>
        <translation>No peer supporters listed for this yet.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="318"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="319"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="320"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="321"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="322"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="323"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="324"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="326"/>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="326"/>
        <source>afternoon</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="329"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="334"/>
        <source>Usually in: %1</source>
        <translation>Usually in: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="347"/>
        <source>A facilitator runs the rounds and prints the slips.</source>
        <translation>A facilitator runs the rounds and prints the slips.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="351"/>
        <source>No round yet</source>
        <translation>No round yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="354"/>
        <source>Round of %1: %n group(s)</source>
        <translation>
            <numerusform>Round of %1: %n group</numerusform>
            <numerusform>Round of %1: %n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="364"/>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="375"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="386"/>
        <source>Posts are anonymous and show once a facilitator approves them.</source>
        <translation>Posts are anonymous and show once a facilitator approves them.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="388"/>
        <source>Posts are anonymous and show at once.</source>
        <translation>Posts are anonymous and show at once.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="391"/>
        <source>Touch a post to reply to it.</source>
        <translation>Touch a post to reply to it.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="396"/>
        <source>Choose a topic to read its board</source>
        <translation>Choose a topic to read its board</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="408"/>
        <source>No posts yet: start the conversation.</source>
        <translation>No posts yet: start the conversation.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="410"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="420"/>
        <source>Waiting for approval (%1): %2</source>
        <translation>Waiting for approval (%1): %2</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="431"/>
        <source>Replying to: %1</source>
        <translation>Replying to: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="434"/>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="449"/>
        <source>Round done: %n group(s). Everyone sees their match at check-in.</source>
        <translation>
            <numerusform>Round done: %n group. Everyone sees their match at check-in.</numerusform>
            <numerusform>Round done: %n groups. Everyone sees their match at check-in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="465"/>
        <source>Coffee group</source>
        <translation>Coffee group</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="466"/>
        <source>Meet for a coffee this week: say hello at check-in!</source>
        <translation>Meet for a coffee this week: say hello at check-in!</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="473"/>
        <source>The slips were sent to the printer.</source>
        <translation>The slips were sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="490"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="503"/>
        <source>Thank you: your post is on the board.</source>
        <translation>Thank you: your post is on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="505"/>
        <source>Thank you: your post shows once a facilitator approves it.</source>
        <translation>Thank you: your post shows once a facilitator approves it.</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <location filename="../../screens/recovery.py" line="62"/>
        <source>The room&apos;s database is damaged</source>
        <translation>The room&apos;s database is damaged</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="63"/>
        <location filename="../../screens/recovery.py" line="64"/>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="65"/>
        <source>Bring back the backup</source>
        <translation>Bring back the backup</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="66"/>
        <source>Start afresh</source>
        <translation>Start afresh</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="88"/>
        <source>The newest good backup was made on %1. Type the facilitator PIN, then bring it back: anything recorded after it is lost. The damaged file is kept aside for IT.</source>
        <translation>The newest good backup was made on %1. Type the facilitator PIN, then bring it back: anything recorded after it is lost. The damaged file is kept aside for IT.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="96"/>
        <source>No good backup was found. You can start afresh with an empty room; the damaged file is kept aside for IT.</source>
        <translation>No good backup was found. You can start afresh with an empty room; the damaged file is kept aside for IT.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="136"/>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="147"/>
        <source>That did not work; the details are in the log.</source>
        <translation>That did not work; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../screens/base.py" line="144"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
</context>
<context>
    <name>SessionConsole</name>
    <message>
        <location filename="../../screens/sharing.py" line="1074"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="998"/>
        <location filename="../../screens/sharing.py" line="1078"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="999"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1000"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1001"/>
        <source>Team (round robin)</source>
        <translation>Team (round robin)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1006"/>
        <source>Run the session</source>
        <translation>Run the session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1007"/>
        <source>Choose or create</source>
        <translation>Choose or create</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1008"/>
        <source>Actions and closing</source>
        <translation>Actions and closing</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1009"/>
        <source>Console sections</source>
        <translation>Console sections</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>Add one minute</source>
        <translation>Add one minute</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>Add five minutes</source>
        <translation>Add five minutes</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1012"/>
        <source>Skip segment</source>
        <translation>Skip segment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Next team</source>
        <translation>Next team</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1014"/>
        <source>Show on AV display</source>
        <translation>Show on AV display</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1015"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1016"/>
        <location filename="../../screens/sharing.py" line="1021"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1017"/>
        <source>Kind of card</source>
        <translation>Kind of card</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Type a card, or select one to edit</source>
        <translation>Type a card, or select one to edit</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1019"/>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1022"/>
        <source>Save edit</source>
        <translation>Save edit</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <location filename="../../screens/sharing.py" line="1412"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1024"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1025"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1026"/>
        <source>Dots each:</source>
        <translation>Dots each:</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1027"/>
        <source>Dots each participant has</source>
        <translation>Dots each participant has</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <source>Set dots each</source>
        <translation>Set dots each</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1029"/>
        <location filename="../../screens/sharing.py" line="1227"/>
        <source>Reveal results</source>
        <translation>Reveal results</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1030"/>
        <source>On the AV display</source>
        <translation>On the AV display</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1031"/>
        <source>Projects, charts and stories</source>
        <translation>Projects, charts and stories</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1032"/>
        <source>Put on screen</source>
        <translation>Put on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1033"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1033"/>
        <source>Take off screen</source>
        <translation>Take off screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1034"/>
        <source>Who is speaking?</source>
        <translation>Who is speaking?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1035"/>
        <source>Tap who is speaking. The bars show balance, not a ranking.</source>
        <translation>Tap who is speaking. The bars show balance, not a ranking.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1036"/>
        <source>Open a session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1037"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1039"/>
        <source>Create a session</source>
        <translation>Create a session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1043"/>
        <location filename="../../screens/sharing.py" line="1052"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <location filename="../../screens/sharing.py" line="1053"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1045"/>
        <location filename="../../screens/sharing.py" line="1055"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1046"/>
        <location filename="../../screens/sharing.py" line="1056"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1047"/>
        <location filename="../../screens/sharing.py" line="1058"/>
        <source>Dots each</source>
        <translation>Dots each</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1054"/>
        <source>The template&apos;s name if left empty</source>
        <translation>The template&apos;s name if left empty</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1057"/>
        <source>Ward 4, Pharmacy, … (for round robins)</source>
        <translation>Ward 4, Pharmacy, … (for round robins)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Create session</source>
        <translation>Create session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1060"/>
        <source>Agenda and items</source>
        <translation>Agenda and items</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1061"/>
        <location filename="../../screens/sharing.py" line="1062"/>
        <source>Segment title</source>
        <translation>Segment title</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1063"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1064"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1065"/>
        <location filename="../../screens/sharing.py" line="1066"/>
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1067"/>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1068"/>
        <source>Kind of item</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1069"/>
        <source>Project, chart, story or team</source>
        <translation>Project, chart, story or team</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1070"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1071"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1072"/>
        <location filename="../../screens/sharing.py" line="1080"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1073"/>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1075"/>
        <location filename="../../screens/sharing.py" line="1076"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1077"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1079"/>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1083"/>
        <source>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</source>
        <translation>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1087"/>
        <location filename="../../screens/sharing.py" line="1548"/>
        <source>Close and export</source>
        <translation>Close and export</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1089"/>
        <source>Audio unavailable: chimes and voice activity are off. Sessions still work.</source>
        <translation>Audio unavailable: chimes and voice activity are off. Sessions still work.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1128"/>
        <source>From scratch</source>
        <translation>From scratch</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1132"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1139"/>
        <source>No event</source>
        <translation>No event</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1148"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1149"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1150"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1151"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1174"/>
        <source>No session open: choose or create one.</source>
        <translation>No session open: choose or create one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1184"/>
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n dot given</numerusform>
            <numerusform>%n dots given</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1195"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1197"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1198"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1199"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1217"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1227"/>
        <source>Results revealed</source>
        <translation>Results revealed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1241"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1243"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1244"/>
        <source> (round robin)</source>
        <translation> (round robin)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1263"/>
        <source>%1 is speaking</source>
        <translation>%1 is speaking</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1269"/>
        <source>Airtime of %1</source>
        <translation>Airtime of %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1280"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1280"/>
        <source>Nobody is speaking</source>
        <translation>Nobody is speaking</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1291"/>
        <source>Part %1 of %2: %3</source>
        <translation>Part %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1298"/>
        <source>Ready to start</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1302"/>
        <source>Agenda finished</source>
        <translation>Agenda finished</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1302"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1310"/>
        <source>%1 · team %2 of %3</source>
        <translation>%1 · team %2 of %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1320"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1322"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1324"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1377"/>
        <source>There is no big screen to show this on. Connect the AV display, or choose it under Showcase.</source>
        <translation>There is no big screen to show this on. Connect the AV display, or choose it under Showcase.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1412"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1540"/>
        <source>Close this session?</source>
        <translation>Close this session?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1542"/>
        <source>The session ends for everyone and its summary is exported. It cannot be opened again.</source>
        <translation>The session ends for everyone and its summary is exported. It cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1552"/>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>SessionParticipation</name>
    <message>
        <location filename="../../screens/sharing.py" line="559"/>
        <source>Add to the board</source>
        <translation>Add to the board</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="560"/>
        <source>Your idea, tip, problem, question or action</source>
        <translation>Your idea, tip, problem, question or action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="561"/>
        <source>What you want to add</source>
        <translation>What you want to add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="562"/>
        <source>Put my first name on it (otherwise it is anonymous)</source>
        <translation>Put my first name on it (otherwise it is anonymous)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="564"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="565"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="566"/>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="567"/>
        <source>Vote with my dots</source>
        <translation>Vote with my dots</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="568"/>
        <source>Cards to vote for</source>
        <translation>Cards to vote for</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="569"/>
        <source>Give a dot</source>
        <translation>Give a dot</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="570"/>
        <source>I have finished</source>
        <translation>I have finished</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="571"/>
        <source>How was it?</source>
        <translation>How was it?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="572"/>
        <source>1 = not useful, 5 = very useful</source>
        <translation>1 = not useful, 5 = very useful</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="574"/>
        <source>Rating %1 of 5</source>
        <translation>Rating %1 of 5</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="575"/>
        <source>One comment (optional)</source>
        <translation>One comment (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="576"/>
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="577"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="603"/>
        <source>No session right now</source>
        <translation>No session right now</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="605"/>
        <source>When a facilitator starts a session, you can take part here.</source>
        <translation>When a facilitator starts a session, you can take part here.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="611"/>
        <source>This session has closed: thank you. Please rate it.</source>
        <translation>This session has closed: thank you. Please rate it.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="613"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="616"/>
        <source>Add ideas, tips and questions: they appear on the big screen.</source>
        <translation>Add ideas, tips and questions: they appear on the big screen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="638"/>
        <source>You have %n dot(s) left.</source>
        <translation>
            <numerusform>You have %n dot left.</numerusform>
            <numerusform>You have %n dots left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="649"/>
        <source>Everyone has %n dot(s) to give to the cards they like best.</source>
        <translation>
            <numerusform>Everyone has %n dot to give to the cards they like best.</numerusform>
            <numerusform>Everyone has %n dots to give to the cards they like best.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="684"/>
        <source>Thank you: your card is on the board.</source>
        <translation>Thank you: your card is on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="734"/>
        <source>Thank you for your feedback.</source>
        <translation>Thank you for your feedback.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Language at the start</source>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Return to welcome after (seconds idle)</source>
        <translation>Return to welcome after (seconds idle)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Ask for the PIN again after (seconds)</source>
        <translation>Ask for the PIN again after (seconds)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="115"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translation>Kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="116"/>
        <source>Closing time (HH:MM)</source>
        <translation>Closing time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="117"/>
        <source>Keep visit records for (days)</source>
        <translation>Keep visit records for (days)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="118"/>
        <source>Central register address</source>
        <translation>Central register address</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="119"/>
        <source>Main colour (#RRGGBB)</source>
        <translation>Main colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="120"/>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Accent colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="126"/>
        <location filename="../../screens/settings.py" line="127"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="128"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="176"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translation>The settings file could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="179"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="189"/>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../screens/setup.py" line="117"/>
        <source>Welcome: let&apos;s set up this room</source>
        <translation>Welcome: let&apos;s set up this room</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="120"/>
        <source>A few details for the facilitator. You can change them later in Settings. The register is optional: the kiosk works offline.</source>
        <translation>A few details for the facilitator. You can change them later in Settings. The register is optional: the kiosk works offline.</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="125"/>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="126"/>
        <source>Health Board</source>
        <translation>Health Board</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="127"/>
        <source>Language at the start</source>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="128"/>
        <source>Central register address (optional)</source>
        <translation>Central register address (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="129"/>
        <source>Device token from the register (optional)</source>
        <translation>Device token from the register (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="136"/>
        <source>How should the room start?</source>
        <translation>How should the room start?</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="138"/>
        <source>Start empty: add your own departments, people and events</source>
        <translation>Start empty: add your own departments, people and events</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="142"/>
        <source>Start with the demo room: made-up people, projects and events, marked as demo content, that you can remove later</source>
        <translation>Start with the demo room: made-up people, projects and events, marked as demo content, that you can remove later</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="146"/>
        <source>Next: choose a PIN</source>
        <translation>Next: choose a PIN</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="169"/>
        <source>Facilitator console</source>
        <translation>Facilitator console</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="170"/>
        <source>Back to taking part</source>
        <translation>Back to taking part</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="213"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="365"/>
        <source>Summary saved as CSV and PDF to the USB drive %1.</source>
        <translation>Summary saved as CSV and PDF to the USB drive %1.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="367"/>
        <source>Summary saved as CSV and PDF to Exports on the Facilitator page.</source>
        <translation>Summary saved as CSV and PDF to Exports on the Facilitator page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="381"/>
        <source>Attendance: %n checked in</source>
        <translation>
            <numerusform>Attendance: %n checked in</numerusform>
            <numerusform>Attendance: %n checked in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="383"/>
        <source>Agenda as run</source>
        <translation>Agenda as run</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="387"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="391"/>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="396"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="401"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="404"/>
        <source>Dot-voting results</source>
        <translation>Dot-voting results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="409"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="412"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>ShowcaseAdminScreen</name>
    <message>
        <location filename="../../screens/showcase_admin.py" line="285"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="286"/>
        <location filename="../../screens/showcase_admin.py" line="492"/>
        <source>Project card</source>
        <translation>Project card</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="287"/>
        <source>Success story</source>
        <translation>Success story</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="288"/>
        <source>Wall of thanks</source>
        <translation>Wall of thanks</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="289"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="290"/>
        <source>Hot topics</source>
        <translation>Hot topics</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="291"/>
        <source>Room in numbers</source>
        <translation>Room in numbers</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="297"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="298"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="299"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="300"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="301"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="302"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="303"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="307"/>
        <location filename="../../screens/showcase_admin.py" line="318"/>
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="310"/>
        <source>Loops</source>
        <translation>Loops</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="311"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="312"/>
        <source>Urgent message</source>
        <translation>Urgent message</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="313"/>
        <source>AV display and reports</source>
        <translation>AV display and reports</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="314"/>
        <source>Posters and flyers</source>
        <translation>Posters and flyers</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="322"/>
        <source>Kiosk welcome loop</source>
        <translation>Kiosk welcome loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="323"/>
        <source>AV display loop</source>
        <translation>AV display loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="326"/>
        <location filename="../../screens/showcase_admin.py" line="327"/>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="328"/>
        <source>Slides in the loop</source>
        <translation>Slides in the loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="329"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="330"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="331"/>
        <source>Pause or play</source>
        <translation>Pause or play</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="332"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="341"/>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="342"/>
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="343"/>
        <source>Seconds on screen</source>
        <translation>Seconds on screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="344"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="345"/>
        <source>From and until (HH:MM, empty for all day)</source>
        <translation>From and until (HH:MM, empty for all day)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="358"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="362"/>
        <source>Add to the loop</source>
        <translation>Add to the loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="363"/>
        <source>Items for the public screens</source>
        <translation>Items for the public screens</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="364"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="365"/>
        <source>Withdraw approval</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="366"/>
        <source>Hide now</source>
        <translation>Hide now</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="367"/>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="369"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="370"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="371"/>
        <location filename="../../screens/showcase_admin.py" line="372"/>
        <source>How urgent</source>
        <translation>How urgent</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="373"/>
        <location filename="../../screens/showcase_admin.py" line="375"/>
        <source>Message in Welsh</source>
        <translation>Message in Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="374"/>
        <location filename="../../screens/showcase_admin.py" line="376"/>
        <source>Message in English</source>
        <translation>Message in English</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="377"/>
        <source>Show on every screen now</source>
        <translation>Show on every screen now</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="378"/>
        <source>Clear the message</source>
        <translation>Clear the message</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="379"/>
        <location filename="../../screens/showcase_admin.py" line="380"/>
        <source>AV display screen</source>
        <translation>AV display screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="381"/>
        <source>Use this screen</source>
        <translation>Use this screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="383"/>
        <source>Proof of play: every completed showing, for the room&apos;s monthly report.</source>
        <translation>Proof of play: every completed showing, for the room&apos;s monthly report.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="385"/>
        <source>Export this month</source>
        <translation>Export this month</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="386"/>
        <source>Export last month</source>
        <translation>Export last month</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="390"/>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="392"/>
        <source>Welsh and English</source>
        <translation>Welsh and English</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="395"/>
        <location filename="../../screens/showcase_admin.py" line="398"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="396"/>
        <location filename="../../screens/showcase_admin.py" line="399"/>
        <source>Project, story or event</source>
        <translation>Project, story or event</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="397"/>
        <source>Paper size (events: A5 flyer)</source>
        <translation>Paper size (events: A5 flyer)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="400"/>
        <source>Make the PDF</source>
        <translation>Make the PDF</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="425"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="426"/>
        <location filename="../../screens/showcase_admin.py" line="490"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="427"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="451"/>
        <source>No message is showing.</source>
        <translation>No message is showing.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="454"/>
        <source>Showing on every screen: %1</source>
        <translation>Showing on every screen: %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="464"/>
        <source>(each approved one in turn)</source>
        <translation>(each approved one in turn)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="467"/>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="473"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="491"/>
        <source>Thanks</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="496"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="498"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="500"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="513"/>
        <source>Each approved one in turn</source>
        <translation>Each approved one in turn</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="517"/>
        <source>The newest notes</source>
        <translation>The newest notes</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="522"/>
        <source>No AV display</source>
        <translation>No AV display</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="523"/>
        <source>Any screen but the kiosk&apos;s</source>
        <translation>Any screen but the kiosk&apos;s</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="530"/>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="600"/>
        <source>Added to the loop.</source>
        <translation>Added to the loop.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="642"/>
        <source>Please write the message in Welsh too: every screen shows both.</source>
        <translation>Please write the message in Welsh too: every screen shows both.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="644"/>
        <source>Please write the message in English too: every screen shows both.</source>
        <translation>Please write the message in English too: every screen shows both.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="645"/>
        <source>Please write the message in Welsh and in English.</source>
        <translation>Please write the message in Welsh and in English.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="665"/>
        <source>The choice could not be saved; the details are in the log.</source>
        <translation>The choice could not be saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="668"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="745"/>
        <source>The PDF could not be saved; the details are in the log.</source>
        <translation>The PDF could not be saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="757"/>
        <location filename="../../screens/showcase_admin.py" line="764"/>
        <source>Sorry, that did not work. Please try again.</source>
        <translation>Sorry, that did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location filename="../../screens/slides.py" line="54"/>
        <source>QI project</source>
        <translation>QI project</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="55"/>
        <source>Success story</source>
        <translation>Success story</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="56"/>
        <source>Wall of thanks</source>
        <translation>Wall of thanks</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="57"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="58"/>
        <source>Hot topics this month</source>
        <translation>Hot topics this month</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="59"/>
        <source>The room in numbers</source>
        <translation>The room in numbers</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="60"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="61"/>
        <source>Urgent message</source>
        <translation>Urgent message</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="62"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="63"/>
        <source>Our aim</source>
        <translation>Our aim</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="64"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="65"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="66"/>
        <source>PDSA cycles</source>
        <translation>PDSA cycles</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="67"/>
        <source>Looking for collaborators</source>
        <translation>Looking for collaborators</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="68"/>
        <source>Scan to see this project on the register</source>
        <translation>Scan to see this project on the register</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="69"/>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="70"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="71"/>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="72"/>
        <source>Lessons learnt</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="73"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="74"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="75"/>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="76"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="77"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="78"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="79"/>
        <source>Nothing is booked yet: ask us about sessions.</source>
        <translation>Nothing is booked yet: ask us about sessions.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="80"/>
        <source>More sessions are coming up: ask us about them.</source>
        <translation>More sessions are coming up: ask us about them.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="81"/>
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="82"/>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="83"/>
        <source>Stories shared</source>
        <translation>Stories shared</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="84"/>
        <source>Topics talked about this month</source>
        <translation>Topics talked about this month</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="85"/>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="86"/>
        <source>active projects</source>
        <translation>active projects</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="87"/>
        <source>No topics chosen in the last 30 days yet.</source>
        <translation>No topics chosen in the last 30 days yet.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="88"/>
        <source>Leave a thank-you note at the kiosk.</source>
        <translation>Leave a thank-you note at the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="89"/>
        <source>Peer support for quality improvement: come in, share, learn</source>
        <translation>Peer support for quality improvement: come in, share, learn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="92"/>
        <source>Headline measure</source>
        <translation>Headline measure</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="93"/>
        <source>Common cause variation</source>
        <translation>Common cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="94"/>
        <source>Special cause: improvement</source>
        <translation>Special cause: improvement</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="95"/>
        <source>Special cause: concern</source>
        <translation>Special cause: concern</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="96"/>
        <source>Special cause variation</source>
        <translation>Special cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="97"/>
        <source>Consistently meets the target</source>
        <translation>Consistently meets the target</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="98"/>
        <source>Consistently misses the target</source>
        <translation>Consistently misses the target</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="99"/>
        <source>Hit and miss against the target</source>
        <translation>Hit and miss against the target</translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <location filename="../../screens/stories.py" line="35"/>
        <location filename="../../screens/stories.py" line="39"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="37"/>
        <source>Teams in the Health Board share what they changed and what it achieved.</source>
        <translation>Teams in the Health Board share what they changed and what it achieved.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="40"/>
        <source>Say thank you</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="55"/>
        <source>No stories yet: be the first to share yours.</source>
        <translation>No stories yet: be the first to share yours.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="62"/>
        <source>What changed: %1</source>
        <translation>What changed: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="63"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
<context>
    <name>StoryAdminScreen</name>
    <message>
        <location filename="../../screens/story_admin.py" line="220"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="221"/>
        <source>New story</source>
        <translation>New story</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="222"/>
        <location filename="../../screens/story_admin.py" line="238"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="223"/>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="225"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="226"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="227"/>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="228"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="229"/>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="230"/>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="231"/>
        <source>Team members to name</source>
        <translation>Team members to name</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="232"/>
        <source>Measure for the before and after chart</source>
        <translation>Measure for the before and after chart</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="233"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="234"/>
        <source>Recorded testimonial</source>
        <translation>Recorded testimonial</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="238"/>
        <source>Welsh</source>
        <translation>Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="244"/>
        <source>Story to edit</source>
        <translation>Story to edit</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="246"/>
        <source>Only people who agreed to be shown are listed. Untick anyone to leave out.</source>
        <translation>Only people who agreed to be shown are listed. Untick anyone to leave out.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="248"/>
        <source>Choose a photo from a USB drive</source>
        <translation>Choose a photo from a USB drive</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="249"/>
        <source>Remove the photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="250"/>
        <source>Photos on the USB drives</source>
        <translation>Photos on the USB drives</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="251"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="252"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="253"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="254"/>
        <source>Remove the recording</source>
        <translation>Remove the recording</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="255"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="256"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="257"/>
        <source>Approve for the loops</source>
        <translation>Approve for the loops</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="258"/>
        <source>Back to the facilitator page</source>
        <translation>Back to the facilitator page</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="260"/>
        <location filename="../../screens/story_admin.py" line="378"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="262"/>
        <location filename="../../screens/story_admin.py" line="446"/>
        <source>No chart</source>
        <translation>No chart</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="267"/>
        <source>A new story: save it to keep it.</source>
        <translation>A new story: save it to keep it.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="269"/>
        <source>Being written: submit it for approval when it is ready.</source>
        <translation>Being written: submit it for approval when it is ready.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="270"/>
        <source>Waiting for approval.</source>
        <translation>Waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="271"/>
        <source>Approved: on the showcase loops.</source>
        <translation>Approved: on the showcase loops.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="272"/>
        <source>Hidden from the loops.</source>
        <translation>Hidden from the loops.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="279"/>
        <source>Choose a story to edit</source>
        <translation>Choose a story to edit</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="281"/>
        <source>being written</source>
        <translation>being written</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="282"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="283"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="284"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="299"/>
        <source>New photo chosen: %1 (saved with the story)</source>
        <translation>New photo chosen: %1 (saved with the story)</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="303"/>
        <source>The story has a photo.</source>
        <translation>The story has a photo.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="305"/>
        <source>No photo yet.</source>
        <translation>No photo yet.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="314"/>
        <source>Recording… press Stop when done (one minute at most).</source>
        <translation>Recording… press Stop when done (one minute at most).</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="316"/>
        <source>New recording made (saved with the story).</source>
        <translation>New recording made (saved with the story).</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="318"/>
        <source>Recorded: %1 seconds.</source>
        <translation>Recorded: %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="320"/>
        <source>Recording is not available on this kiosk.</source>
        <translation>Recording is not available on this kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="322"/>
        <source>No recording yet.</source>
        <translation>No recording yet.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="488"/>
        <source>The story is saved.</source>
        <translation>The story is saved.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="500"/>
        <source>Submitted: it waits for a facilitator&apos;s approval.</source>
        <translation>Submitted: it waits for a facilitator&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="512"/>
        <source>Approved: the showcase loops show it from now on.</source>
        <translation>Approved: the showcase loops show it from now on.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="533"/>
        <source>No photos found. Put in a USB drive with .jpg or .png photos.</source>
        <translation>No photos found. Put in a USB drive with .jpg or .png photos.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="596"/>
        <source>The recording did not work. Please try again.</source>
        <translation>The recording did not work. Please try again.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="619"/>
        <source>The recording could not be played.</source>
        <translation>The recording could not be played.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../screens/sync_screen.py" line="38"/>
        <source>Not syncing</source>
        <translation>Not syncing</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="39"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="40"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="41"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="42"/>
        <source>Sync refused</source>
        <translation>Sync refused</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="46"/>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="48"/>
        <source>last %1</source>
        <translation>last %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../screens/sync_screen.py" line="88"/>
        <source>Sync with the central register</source>
        <translation>Sync with the central register</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="89"/>
        <location filename="../../screens/sync_screen.py" line="91"/>
        <source>Refused by the register (dead letters)</source>
        <translation>Refused by the register (dead letters)</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="90"/>
        <location filename="../../screens/sync_screen.py" line="92"/>
        <source>Recent problems</source>
        <translation>Recent problems</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="93"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="94"/>
        <source>Send the refused changes again</source>
        <translation>Send the refused changes again</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="115"/>
        <source>No central register is set: this room works offline. Set its address in Settings to sync.</source>
        <translation>No central register is set: this room works offline. Set its address in Settings to sync.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="125"/>
        <source>Not syncing: no register address or device token is set.</source>
        <translation>Not syncing: no register address or device token is set.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="126"/>
        <source>Online: the register answered the last sync.</source>
        <translation>Online: the register answered the last sync.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="127"/>
        <location filename="../../screens/sync_screen.py" line="162"/>
        <source>Syncing now.</source>
        <translation>Syncing now.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="129"/>
        <source>Offline: the register cannot be reached. Nothing is lost; sync starts again by itself as soon as it answers.</source>
        <translation>Offline: the register cannot be reached. Nothing is lost; sync starts again by itself as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="133"/>
        <source>The register refused this kiosk&apos;s token. Ask the register&apos;s administrator for a new device token.</source>
        <translation>The register refused this kiosk&apos;s token. Ask the register&apos;s administrator for a new device token.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="138"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="140"/>
        <source>Changes waiting: %1 · Refused: %2 · Last successful sync: %3</source>
        <translation>Changes waiting: %1 · Refused: %2 · Last successful sync: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="146"/>
        <location filename="../../screens/sync_screen.py" line="157"/>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../screens/thanks.py" line="66"/>
        <source>Say thank you</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="69"/>
        <source>Thank a team or a colleague for their improvement work. A facilitator checks each note before it goes on the wall of thanks.</source>
        <translation>Thank a team or a colleague for their improvement work. A facilitator checks each note before it goes on the wall of thanks.</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="74"/>
        <source>To (a team, a ward or a first name)</source>
        <translation>To (a team, a ward or a first name)</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="75"/>
        <source>Your thank-you note</source>
        <translation>Your thank-you note</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="76"/>
        <source>From (optional)</source>
        <translation>From (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="83"/>
        <source>Send my thanks</source>
        <translation>Send my thanks</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="103"/>
        <source>Diolch! Your note will appear on the wall of thanks once it is approved.</source>
        <translation>Diolch! Your note will appear on the wall of thanks once it is approved.</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="109"/>
        <source>Sorry, that did not work. Please try again.</source>
        <translation>Sorry, that did not work. Please try again.</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <location filename="../../screens/whoshere.py" line="93"/>
        <source>Who&apos;s here</source>
        <translation>Who&apos;s here</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="95"/>
        <source>Print the roll call</source>
        <translation>Print the roll call</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="95"/>
        <source>Print the roll call for a fire evacuation</source>
        <translation>Print the roll call for a fire evacuation</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="97"/>
        <location filename="../../screens/whoshere.py" line="98"/>
        <source>Attendance at events</source>
        <translation>Attendance at events</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="99"/>
        <source>Back to Who&apos;s here</source>
        <translation>Back to Who&apos;s here</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="131"/>
        <location filename="../../screens/whoshere.py" line="180"/>
        <location filename="../../screens/whoshere.py" line="264"/>
        <source>%n people in the room now</source>
        <translation>
            <numerusform>%n person in the room now</numerusform>
            <numerusform>%n people in the room now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="146"/>
        <location filename="../../screens/whoshere.py" line="270"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="153"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="153"/>
        <source>Check out %1</source>
        <translation>Check out %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="165"/>
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="247"/>
        <source>The roll call could not be printed: read the names here.</source>
        <translation>The roll call could not be printed: read the names here.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="262"/>
        <source>Roll call: %1</source>
        <translation>Roll call: %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="100"/>
        <location filename="../../screens/whoshere.py" line="178"/>
        <source>Roll call</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="179"/>
        <source>Printed at %1</source>
        <translation>Printed at %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="212"/>
        <source>No printer is set up: read the names from this screen.</source>
        <translation>No printer is set up: read the names from this screen.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="242"/>
        <source>Roll call sent to %1.</source>
        <translation>Roll call sent to %1.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="246"/>
        <source>The roll call could not be printed.</source>
        <translation>The roll call could not be printed.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../screens/words.py" line="23"/>
        <source>Setting the aim</source>
        <translation>Setting the aim</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="24"/>
        <source>Choosing measures</source>
        <translation>Choosing measures</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="25"/>
        <source>Choosing changes</source>
        <translation>Choosing changes</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="26"/>
        <source>Testing changes (PDSA)</source>
        <translation>Testing changes (PDSA)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="27"/>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="28"/>
        <source>Spreading</source>
        <translation>Spreading</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="29"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="34"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="35"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="36"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="37"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="38"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="41"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="42"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="43"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="44"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="45"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="50"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="51"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="52"/>
        <source>Peer-support drop-in</source>
        <translation>Peer-support drop-in</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="53"/>
        <source>Coffee meet-up</source>
        <translation>Coffee meet-up</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="54"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="59"/>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="60"/>
        <source>Adapt</source>
        <translation>Adapt</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="61"/>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="119"/>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="139"/>
        <source>Seconds on screen must be from %1 to %2.</source>
        <translation>Seconds on screen must be from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="145"/>
        <source>Write times as HH:MM, such as 08:00 (got “%1”).</source>
        <translation>Write times as HH:MM, such as 08:00 (got “%1”).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="149"/>
        <source>The window starts and ends at the same time; leave both empty for all day.</source>
        <translation>The window starts and ends at the same time; leave both empty for all day.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="154"/>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="155"/>
        <source>That slide cannot go in a loop.</source>
        <translation>That slide cannot go in a loop.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="161"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>The message is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="164"/>
        <source>Write the message in Welsh, English or both.</source>
        <translation>Write the message in Welsh, English or both.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="170"/>
        <source>Give the story a title, in Welsh or English.</source>
        <translation>Give the story a title, in Welsh or English.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="172"/>
        <source>That measure is not one of this project&apos;s measures; choose another.</source>
        <translation>That measure is not one of this project&apos;s measures; choose another.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="176"/>
        <source>Someone chosen is no longer on the team or no longer agrees to be shown.</source>
        <translation>Someone chosen is no longer on the team or no longer agrees to be shown.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="180"/>
        <source>Choose the project before naming team members or a measure.</source>
        <translation>Choose the project before naming team members or a measure.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="184"/>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="185"/>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="186"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="187"/>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="188"/>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="192"/>
        <source>Welsh</source>
        <translation>Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="194"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="198"/>
        <source>%1 (%2) is too long: at most %3 characters.</source>
        <translation>%1 (%2) is too long: at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="204"/>
        <source>%1 (%2) has characters that cannot be stored. Please type it again.</source>
        <translation>%1 (%2) has characters that cannot be stored. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="214"/>
        <source>That photo is too large to use; choose a smaller one.</source>
        <translation>That photo is too large to use; choose a smaller one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="218"/>
        <source>That file could not be read; check the USB drive is still in.</source>
        <translation>That file could not be read; check the USB drive is still in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="221"/>
        <source>That file is not a photo the kiosk can show (JPEG or PNG); choose another.</source>
        <translation>That file is not a photo the kiosk can show (JPEG or PNG); choose another.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="231"/>
        <source>Say who the thanks are for.</source>
        <translation>Say who the thanks are for.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="233"/>
        <source>Sign with your name or leave it empty.</source>
        <translation>Sign with your name or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="234"/>
        <source>Write your note.</source>
        <translation>Write your note.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="240"/>
        <source>That is too long; please shorten it.</source>
        <translation>That is too long; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="242"/>
        <source>This is too long: at most %1 characters.</source>
        <translation>This is too long: at most %1 characters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/words.py" line="251"/>
        <source>You have used all your %n dot(s).</source>
        <translation>
            <numerusform>You have used all your %n dot.</numerusform>
            <numerusform>You have used all your %n dots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="260"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translation>“%1” is not right: please check it. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="269"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>A PIN has %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="277"/>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="278"/>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="279"/>
        <source>Title in Welsh</source>
        <translation>Title in Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="280"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="283"/>
        <source>Start and end</source>
        <translation>Start and end</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="284"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="285"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="286"/>
        <source>Date in the series</source>
        <translation>Date in the series</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="289"/>
        <source>please fill this in.</source>
        <translation>please fill this in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="290"/>
        <location filename="../../screens/words.py" line="291"/>
        <source>this is too long.</source>
        <translation>this is too long.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="293"/>
        <source>this has characters that cannot be stored.</source>
        <translation>this has characters that cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="295"/>
        <source>the end must come after the start.</source>
        <translation>the end must come after the start.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="296"/>
        <source>from 1 to 10,000, or no limit.</source>
        <translation>from 1 to 10,000, or no limit.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="297"/>
        <source>from 1 to 2,000 times.</source>
        <translation>from 1 to 2,000 times.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="298"/>
        <source>the last date must not be before the first.</source>
        <translation>the last date must not be before the first.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="309"/>
        <source>this is not right.</source>
        <translation>this is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="310"/>
        <location filename="../../screens/words.py" line="358"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="316"/>
        <source>the file is not UTF-8 text (save it as “CSV UTF-8” or as an .ics file)</source>
        <translation>the file is not UTF-8 text (save it as “CSV UTF-8” or as an .ics file)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="320"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="321"/>
        <source>this column is missing</source>
        <translation>this column is missing</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="322"/>
        <source>this column is not one the import knows</source>
        <translation>this column is not one the import knows</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="323"/>
        <location filename="../../screens/words.py" line="324"/>
        <source>empty, but needed</source>
        <translation>empty, but needed</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="325"/>
        <source>missing, but needed</source>
        <translation>missing, but needed</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="326"/>
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="327"/>
        <source>holds characters that cannot be stored</source>
        <translation>holds characters that cannot be stored</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="328"/>
        <source>not an email address</source>
        <translation>not an email address</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="330"/>
        <source>no department has this English or Welsh name</source>
        <translation>no department has this English or Welsh name</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="332"/>
        <source>the language must be en or cy</source>
        <translation>the language must be en or cy</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="333"/>
        <source>must be yes or no (true/false or 1/0)</source>
        <translation>must be yes or no (true/false or 1/0)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="334"/>
        <source>appears twice</source>
        <translation>appears twice</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="335"/>
        <source>more cells than the header has columns</source>
        <translation>more cells than the header has columns</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="336"/>
        <source>not an iCalendar file</source>
        <translation>not an iCalendar file</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="337"/>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="338"/>
        <source>the end must come after the start, within 14 days</source>
        <translation>the end must come after the start, within 14 days</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="339"/>
        <source>not a repeat rule the kiosk can use</source>
        <translation>not a repeat rule the kiosk can use</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="348"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="350"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="352"/>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="355"/>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="360"/>
        <source>(found “%1”)</source>
        <translation>(found “%1”)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="369"/>
        <source>That is too long: please shorten it.</source>
        <translation>That is too long: please shorten it.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="371"/>
        <source>That has characters that cannot be stored.</source>
        <translation>That has characters that cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="373"/>
        <source>Give the measure a name.</source>
        <translation>Give the measure a name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="374"/>
        <source>Choose the chart: run, I, P, U or C.</source>
        <translation>Choose the chart: run, I, P, U or C.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="375"/>
        <source>Choose which way is better: up, down or neither.</source>
        <translation>Choose which way is better: up, down or neither.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="378"/>
        <source>The target must be a number, or left empty.</source>
        <translation>The target must be a number, or left empty.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="381"/>
        <source>Say what the denominator counts (P and U charts).</source>
        <translation>Say what the denominator counts (P and U charts).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="384"/>
        <source>The denominator must be a number above zero.</source>
        <translation>The denominator must be a number above zero.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="390"/>
        <source>The value must be 0 or more, and on a P chart no more than the denominator.</source>
        <translation>The value must be 0 or more, and on a P chart no more than the denominator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="395"/>
        <source>A C chart counts things: the value must be a whole number, 0 or more.</source>
        <translation>A C chart counts things: the value must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="398"/>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="400"/>
        <source>This chart has no denominator: leave it empty.</source>
        <translation>This chart has no denominator: leave it empty.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="412"/>
        <source>Choose another department to merge into.</source>
        <translation>Choose another department to merge into.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="415"/>
        <source>Another department already has that Welsh name.</source>
        <translation>Another department already has that Welsh name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="419"/>
        <source>Write the department&apos;s Welsh name.</source>
        <translation>Write the department&apos;s Welsh name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="420"/>
        <source>The Welsh name is not right: it is too long or has odd characters.</source>
        <translation>The Welsh name is not right: it is too long or has odd characters.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="425"/>
        <source>Another department already has that English name.</source>
        <translation>Another department already has that English name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="429"/>
        <source>Write the department&apos;s English name.</source>
        <translation>Write the department&apos;s English name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="430"/>
        <source>The English name is not right: it is too long or has odd characters.</source>
        <translation>The English name is not right: it is too long or has odd characters.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="441"/>
        <source>The settings file could not be read. Please ask a facilitator.</source>
        <translation>The settings file could not be read. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="444"/>
        <source>The settings file has a mistake in it. Please ask a facilitator.</source>
        <translation>The settings file has a mistake in it. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="447"/>
        <source>The settings file names a setting the kiosk does not know.</source>
        <translation>The settings file names a setting the kiosk does not know.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="451"/>
        <source>The settings file was written by a newer version of the kiosk.</source>
        <translation>The settings file was written by a newer version of the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="454"/>
        <source>The database address is not right. Please ask a facilitator.</source>
        <translation>The database address is not right. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="457"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translation>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="462"/>
        <source>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</source>
        <translation>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="468"/>
        <source>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</source>
        <translation>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="473"/>
        <source>The room&apos;s database is damaged. A facilitator can bring back the newest good backup.</source>
        <translation>The room&apos;s database is damaged. A facilitator can bring back the newest good backup.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="477"/>
        <source>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</source>
        <translation>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="482"/>
        <source>No facilitator PIN has been set yet.</source>
        <translation>No facilitator PIN has been set yet.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="485"/>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="486"/>
        <source>Too many wrong PINs: please wait a few minutes.</source>
        <translation>Too many wrong PINs: please wait a few minutes.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="490"/>
        <source>The two PINs are not the same. Please try again.</source>
        <translation>The two PINs are not the same. Please try again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="493"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="495"/>
        <source>This has characters that cannot be stored. Please type it again.</source>
        <translation>This has characters that cannot be stored. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="498"/>
        <source>This does not look like an email address, such as name@wales.nhs.uk.</source>
        <translation>This does not look like an email address, such as name@wales.nhs.uk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="501"/>
        <source>Please choose a department from the list or type its name.</source>
        <translation>Please choose a department from the list or type its name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="504"/>
        <source>That topic is no longer on the list.</source>
        <translation>That topic is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="507"/>
        <source>That event has finished. Please choose a topic.</source>
        <translation>That event has finished. Please choose a topic.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="510"/>
        <source>That person could not be found.</source>
        <translation>That person could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="513"/>
        <source>You are already checked in.</source>
        <translation>You are already checked in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="516"/>
        <source>That visit could not be found; it may have ended already.</source>
        <translation>That visit could not be found; it may have ended already.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="519"/>
        <location filename="../../screens/words.py" line="649"/>
        <source>That code could not be read. Please try again or type your name instead.</source>
        <translation>That code could not be read. Please try again or type your name instead.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="522"/>
        <location filename="../../screens/words.py" line="654"/>
        <source>This pass could not be verified. Please ask a facilitator for a new one.</source>
        <translation>This pass could not be verified. Please ask a facilitator for a new one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="525"/>
        <location filename="../../screens/words.py" line="659"/>
        <source>This pass is no longer valid. Please ask a facilitator for a new one.</source>
        <translation>This pass is no longer valid. Please ask a facilitator for a new one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="528"/>
        <source>That project could not be found.</source>
        <translation>That project could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="531"/>
        <source>That measure could not be found.</source>
        <translation>That measure could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="534"/>
        <source>That data point could not be found.</source>
        <translation>That data point could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="537"/>
        <source>That PDSA cycle could not be found.</source>
        <translation>That PDSA cycle could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="540"/>
        <source>That PDSA cycle belongs to another project.</source>
        <translation>That PDSA cycle belongs to another project.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="543"/>
        <source>Those baseline and phase settings do not fit this chart.</source>
        <translation>Those baseline and phase settings do not fit this chart.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="547"/>
        <source>That item is no longer there; the list has been refreshed.</source>
        <translation>That item is no longer there; the list has been refreshed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="553"/>
        <source>The recording could not be kept; please record it again.</source>
        <translation>The recording could not be kept; please record it again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="556"/>
        <source>Submit the story for approval before approving it.</source>
        <translation>Submit the story for approval before approving it.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="560"/>
        <source>That session could not be found.</source>
        <translation>That session could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="563"/>
        <source>This session has closed.</source>
        <translation>This session has closed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="566"/>
        <source>That session template could not be found.</source>
        <translation>That session template could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="569"/>
        <source>That part of the session could not be found.</source>
        <translation>That part of the session could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="572"/>
        <source>That card is no longer on the board.</source>
        <translation>That card is no longer on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="576"/>
        <source>Each person can have from 1 to 20 dots.</source>
        <translation>Each person can have from 1 to 20 dots.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="579"/>
        <source>Please choose a rating from 1 to 5.</source>
        <translation>Please choose a rating from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="583"/>
        <source>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</source>
        <translation>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="587"/>
        <source>A team member has not agreed to be shown. They can agree when they check in.</source>
        <translation>A team member has not agreed to be shown. They can agree when they check in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="591"/>
        <source>Please choose adopt, adapt or abandon.</source>
        <translation>Please choose adopt, adapt or abandon.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="594"/>
        <source>That is not a stage of the Model for Improvement.</source>
        <translation>That is not a stage of the Model for Improvement.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="597"/>
        <source>Fewer than two people are in the coffee pool: no round today.</source>
        <translation>Fewer than two people are in the coffee pool: no round today.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="600"/>
        <source>Today&apos;s round has been run already.</source>
        <translation>Today&apos;s round has been run already.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="603"/>
        <source>That coffee round could not be found.</source>
        <translation>That coffee round could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="606"/>
        <source>That post is no longer on the board.</source>
        <translation>That post is no longer on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="609"/>
        <source>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</source>
        <translation>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="613"/>
        <source>That request could not be found.</source>
        <translation>That request could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="616"/>
        <source>That event could not be found.</source>
        <translation>That event could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="305"/>
        <source>Please check the event&apos;s details: one of them is not right.</source>
        <translation>Please check the event&apos;s details: one of them is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="281"/>
        <source>Description in English</source>
        <translation>Description in English</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="282"/>
        <source>Description in Welsh</source>
        <translation>Description in Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="403"/>
        <source>Please check the measure&apos;s details: one of them is not right.</source>
        <translation>Please check the measure&apos;s details: one of them is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="433"/>
        <source>Please check the department&apos;s names: one is empty or already used.</source>
        <translation>Please check the department&apos;s names: one is empty or already used.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="622"/>
        <source>Nothing was imported: the file has mistakes. Each one is listed.</source>
        <translation>Nothing was imported: the file has mistakes. Each one is listed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="625"/>
        <source>That file is not a Qspace Kiosk database. Nothing was changed.</source>
        <translation>That file is not a Qspace Kiosk database. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="628"/>
        <source>That backup comes from a newer version of the kiosk. Nothing was changed.</source>
        <translation>That backup comes from a newer version of the kiosk. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="631"/>
        <source>The backup could not be written. Please ask a facilitator.</source>
        <translation>The backup could not be written. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="640"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
</context>
</TS>
