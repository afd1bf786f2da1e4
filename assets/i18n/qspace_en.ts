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
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="357"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="357"/>
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
        <location filename="../../screens/checkin.py" line="311"/>
        <location filename="../../screens/checkin.py" line="354"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="312"/>
        <source>Type the first letters of your name</source>
        <translation>Type the first letters of your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="313"/>
        <location filename="../../screens/checkin.py" line="314"/>
        <location filename="../../screens/checkin.py" line="320"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="315"/>
        <source>First time in Qspace?</source>
        <translation>First time in Qspace?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="316"/>
        <source>I&apos;m new here</source>
        <translation>I&apos;m new here</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="317"/>
        <source>Have a QR pass? Hold it under the scanner at any time.</source>
        <translation>Have a QR pass? Hold it under the scanner at any time.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="318"/>
        <source>Welcome! Tell us a little about you</source>
        <translation>Welcome! Tell us a little about you</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="321"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="322"/>
        <source>Email (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="323"/>
        <source>Role (optional)</source>
        <translation>Role (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="324"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="338"/>
        <source>Choose or type your department</source>
        <translation>Choose or type your department</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="339"/>
        <source>Show my first name on the room screens</source>
        <translation>Show my first name on the room screens</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="341"/>
        <source>Contact me about peer support and coffee meet-ups</source>
        <translation>Contact me about peer support and coffee meet-ups</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="345"/>
        <source>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</source>
        <translation>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="349"/>
        <location filename="../../screens/checkin.py" line="353"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="350"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="351"/>
        <source>On now</source>
        <translation>On now</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="352"/>
        <source>I&apos;d like to talk about</source>
        <translation>I&apos;d like to talk about</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="355"/>
        <source>Get my QR pass</source>
        <translation>Get my QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="356"/>
        <source>Print a badge</source>
        <translation>Print a badge</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="357"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="358"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="359"/>
        <source>Yes, we met</source>
        <translation>Yes, we met</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="360"/>
        <source>No, not yet</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="361"/>
        <source>Join the coffee trials</source>
        <translation>Join the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="364"/>
        <source>Photograph this pass or print it as a badge. Scan it next time to check in at once.</source>
        <translation>Photograph this pass or print it as a badge. Scan it next time to check in at once.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="394"/>
        <source>Nobody found with that name. New here? Tap “I&apos;m new here”.</source>
        <translation>Nobody found with that name. New here? Tap “I&apos;m new here”.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="400"/>
        <source>Hello, %1. What brings you in today?</source>
        <translation>Hello, %1. What brings you in today?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="426"/>
        <source>Please check this.</source>
        <translation>Please check this.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="464"/>
        <source>Welcome, %1!</source>
        <translation>Welcome, %1!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="471"/>
        <source>You are checked in for: %1</source>
        <translation>You are checked in for: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="473"/>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="477"/>
        <source>Also here for the same: %1</source>
        <translation>Also here for the same: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="481"/>
        <source>You are the first here for this. A facilitator will say hello.</source>
        <translation>You are the first here for this. A facilitator will say hello.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="708"/>
        <source>Your coffee match this round: %1. Say hello and find a time!</source>
        <translation>Your coffee match this round: %1. Say hello and find a time!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="714"/>
        <source>Did you meet %1 for coffee?</source>
        <translation>Did you meet %1 for coffee?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="720"/>
        <source>Someone would like to work with you on %1: %2</source>
        <translation>Someone would like to work with you on %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="729"/>
        <source>Peer supporters who can help with this: %1</source>
        <translation>Peer supporters who can help with this: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="746"/>
        <source>Thank you for letting us know.</source>
        <translation>Thank you for letting us know.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="758"/>
        <source>You are in the coffee trials: your match shows at a later check-in.</source>
        <translation>You are in the coffee trials: your match shows at a later check-in.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="794"/>
        <source>Your QR pass</source>
        <translation>Your QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="806"/>
        <source>Scan me to check in</source>
        <translation>Scan me to check in</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="826"/>
        <source>Your badge is printing.</source>
        <translation>Your badge is printing.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="829"/>
        <source>No printer is set up: the badge was saved as a PDF for a facilitator to print.</source>
        <translation>No printer is set up: the badge was saved as a PDF for a facilitator to print.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="837"/>
        <source>The badge could not be printed. Please ask a facilitator.</source>
        <translation>The badge could not be printed. Please ask a facilitator.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="31"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="32"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="33"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="34"/>
        <source>Coffee meet-up</source>
        <translation>Coffee meet-up</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="38"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="39"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="55"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translation>Nothing is booked yet. Ask a facilitator about upcoming sessions.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="61"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="83"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="85"/>
        <source>in the room now</source>
        <translation>in the room now</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="86"/>
        <source>visits this month</source>
        <translation>visits this month</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="87"/>
        <source>people registered</source>
        <translation>people registered</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="88"/>
        <source>active projects</source>
        <translation>active projects</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="89"/>
        <source>success stories</source>
        <translation>success stories</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="90"/>
        <source>events coming up</source>
        <translation>events coming up</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="91"/>
        <source>changes waiting to sync</source>
        <translation>changes waiting to sync</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="95"/>
        <source>Who&apos;s here</source>
        <translation>Who&apos;s here</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="96"/>
        <source>People and privacy</source>
        <translation>People and privacy</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="97"/>
        <source>Showcase and screens</source>
        <translation>Showcase and screens</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="98"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="99"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="100"/>
        <source>Lock and return to welcome</source>
        <translation>Lock and return to welcome</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="101"/>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="116"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translation>This room is showing demo content: made-up people, projects and events.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="71"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Tell us you are here and what you came for</source>
        <translation>Tell us you are here and what you came for</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="74"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="74"/>
        <source>Browse QI projects and find similar work</source>
        <translation>Browse QI projects and find similar work</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>Success stories</source>
        <translation>Success stories</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>See what teams have achieved</source>
        <translation>See what teams have achieved</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translation>Workshops, meetings and coffee meet-ups</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Group sessions on the big screen</source>
        <translation>Group sessions on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>People &amp; coffee</source>
        <translation>People &amp; coffee</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>Peer supporters, coffee trials and topic boards</source>
        <translation>Peer supporters, coffee trials and topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="85"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="86"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="87"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="104"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translation>Qspace: peer support for quality improvement.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="107"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translation>%1 active projects · %2 events coming up · %3 visits this month</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="319"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translation>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="569"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="569"/>
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="570"/>
        <source>Scan a QR pass</source>
        <translation>Scan a QR pass</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="571"/>
        <source>Demo content</source>
        <translation>Demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="572"/>
        <source>This room is showing demo content</source>
        <translation>This room is showing demo content</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="573"/>
        <source>Qspace Kiosk</source>
        <translation>Qspace Kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="594"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translation>Sorry, something went wrong. We have gone back to the start.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="599"/>
        <location filename="../../screens/main_window.py" line="636"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="664"/>
        <source>You are already checked in, %1</source>
        <translation>You are already checked in, %1</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="665"/>
        <source>You checked in at %1. Are you leaving now?</source>
        <translation>You checked in at %1. Are you leaving now?</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="669"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="673"/>
        <source>Stay checked in</source>
        <translation>Stay checked in</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="676"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="693"/>
        <source>Goodbye, %1. Thank you for coming!</source>
        <translation>Goodbye, %1. Thank you for coming!</translation>
    </message>
</context>
<context>
    <name>MeasuresScreen</name>
    <message>
        <location filename="../../screens/measures.py" line="194"/>
        <source>Show 2-sigma lines</source>
        <translation>Show 2-sigma lines</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="195"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="195"/>
        <source>Back to the project</source>
        <translation>Back to the project</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="196"/>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="197"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="198"/>
        <source>Show on the big screen</source>
        <translation>Show on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="199"/>
        <source>Edit data</source>
        <translation>Edit data</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="199"/>
        <source>Edit data (facilitator)</source>
        <translation>Edit data (facilitator)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="202"/>
        <source>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</source>
        <translation>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="206"/>
        <source>Data to import</source>
        <translation>Data to import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="207"/>
        <source>Replace the existing points</source>
        <translation>Replace the existing points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="208"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="209"/>
        <source>Open a CSV file…</source>
        <translation>Open a CSV file…</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="209"/>
        <location filename="../../screens/measures.py" line="486"/>
        <source>Open a CSV file</source>
        <translation>Open a CSV file</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="210"/>
        <source>Note on the point you touched</source>
        <translation>Note on the point you touched</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="211"/>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="212"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="213"/>
        <source>Exclude or include the point</source>
        <translation>Exclude or include the point</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="214"/>
        <source>PDSA cycle</source>
        <translation>PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="215"/>
        <source>Mark the PDSA cycle</source>
        <translation>Mark the PDSA cycle</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="216"/>
        <source>Baseline: first points</source>
        <translation>Baseline: first points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="217"/>
        <source>Baseline: number of first points (0 for none)</source>
        <translation>Baseline: number of first points (0 for none)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="218"/>
        <source>New phase after points</source>
        <translation>New phase after points</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="219"/>
        <source>New phase after points, such as 12, 20</source>
        <translation>New phase after points, such as 12, 20</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="220"/>
        <source>Save phases</source>
        <translation>Save phases</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="279"/>
        <source>Example charts</source>
        <translation>Example charts</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="319"/>
        <source>This measure needs at least two points before it can be charted.</source>
        <translation>This measure needs at least two points before it can be charted.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="322"/>
        <source>This project has no measures yet.</source>
        <translation>This project has no measures yet.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="337"/>
        <source>Point %1 chosen</source>
        <translation>Point %1 chosen</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="339"/>
        <source>Touch a point on the chart to add a note or a PDSA marker.</source>
        <translation>Touch a point on the chart to add a note or a PDSA marker.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="346"/>
        <source>No PDSA marker</source>
        <translation>No PDSA marker</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="371"/>
        <location filename="../../screens/measures.py" line="413"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="373"/>
        <source>The picture could not be saved.</source>
        <translation>The picture could not be saved.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="416"/>
        <source>The PDF could not be saved.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="423"/>
        <source>The chart is on the AV display.</source>
        <translation>The chart is on the AV display.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="430"/>
        <source>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</source>
        <translation>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="493"/>
        <source>That file could not be read as text (UTF-8 CSV).</source>
        <translation>That file could not be read as text (UTF-8 CSV).</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="531"/>
        <source>has characters that cannot be stored</source>
        <translation>has characters that cannot be stored</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="532"/>
        <source>more cells than the columns</source>
        <translation>more cells than the columns</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="533"/>
        <source>there are no rows to import</source>
        <translation>there are no rows to import</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="534"/>
        <source>more than 10,000 rows</source>
        <translation>more than 10,000 rows</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="535"/>
        <source>a needed column is missing</source>
        <translation>a needed column is missing</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="536"/>
        <source>a column appears twice</source>
        <translation>a column appears twice</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="537"/>
        <source>the text could not be read</source>
        <translation>the text could not be read</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="538"/>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="542"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="543"/>
        <source>denominator</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="544"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="545"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="553"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="513"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="514"/>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="518"/>
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>%n point imported.</numerusform>
            <numerusform>%n points imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="523"/>
        <location filename="../../screens/measures.py" line="524"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="526"/>
        <source>below zero</source>
        <translation>below zero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="525"/>
        <location filename="../../screens/measures.py" line="527"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="473"/>
        <source>No CSV files found</source>
        <translation>No CSV files found</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="475"/>
        <source>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</source>
        <translation>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="478"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="485"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="486"/>
        <source>The newest files first.</source>
        <translation>The newest files first.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="528"/>
        <source>must be above zero</source>
        <translation>must be above zero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="529"/>
        <source>smaller than the count</source>
        <translation>smaller than the count</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="530"/>
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="598"/>
        <source>Phases are point numbers separated by commas, such as 12, 20.</source>
        <translation>Phases are point numbers separated by commas, such as 12, 20.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="614"/>
        <source>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</source>
        <translation>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <location filename="../../screens/mysettings.py" line="168"/>
        <location filename="../../screens/mysettings.py" line="193"/>
        <source>My settings</source>
        <translation>My settings</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="169"/>
        <source>Check in or find myself</source>
        <translation>Check in or find myself</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="170"/>
        <source>Coffee trials</source>
        <translation>Coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="171"/>
        <source>Join the coffee trials</source>
        <translation>Join the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="172"/>
        <source>Pause for two weeks</source>
        <translation>Pause for two weeks</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="173"/>
        <source>Start again now</source>
        <translation>Start again now</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="174"/>
        <source>Leave the coffee trials</source>
        <translation>Leave the coffee trials</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="175"/>
        <source>Don&apos;t pair me with</source>
        <translation>Don&apos;t pair me with</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="178"/>
        <source>Find someone by name: only people who agreed to be shown are found. Nobody is told.</source>
        <translation>Find someone by name: only people who agreed to be shown are found. Nobody is told.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="182"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="183"/>
        <source>Find someone not to be paired with</source>
        <translation>Find someone not to be paired with</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="184"/>
        <source>Peer supporter</source>
        <translation>Peer supporter</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="185"/>
        <source>Stop offering help</source>
        <translation>Stop offering help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="186"/>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="187"/>
        <source>Topic boards</source>
        <translation>Topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="189"/>
        <source>Read the boards and reply to a post: replies are anonymous, as posts are.</source>
        <translation>Read the boards and reply to a post: replies are anonymous, as posts are.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="191"/>
        <source>Go to the topic boards</source>
        <translation>Go to the topic boards</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Done: forget me on this kiosk</source>
        <translation>Done: forget me on this kiosk</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="260"/>
        <source>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</source>
        <translation>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="267"/>
        <source>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</source>
        <translation>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="278"/>
        <source>You are not in the coffee trials.</source>
        <translation>You are not in the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="281"/>
        <source>You are in the coffee trials, paused until %1.</source>
        <translation>You are in the coffee trials, paused until %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="286"/>
        <source>You are in the coffee trials: your match shows when you check in.</source>
        <translation>You are in the coffee trials: your match shows when you check in.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="297"/>
        <source>Someone not shown by name</source>
        <translation>Someone not shown by name</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="299"/>
        <source>Pair me with %1 again</source>
        <translation>Pair me with %1 again</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="314"/>
        <source>Don&apos;t pair me with %1</source>
        <translation>Don&apos;t pair me with %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="335"/>
        <source>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</source>
        <translation>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="339"/>
        <source>You offer help with the topics chosen below.</source>
        <translation>You offer help with the topics chosen below.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="341"/>
        <source>Choose the topics you could help colleagues with.</source>
        <translation>Choose the topics you could help colleagues with.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Save my topics</source>
        <translation>Save my topics</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Offer help</source>
        <translation>Offer help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="352"/>
        <source>Projects you are on the team of: open one to change it.</source>
        <translation>Projects you are on the team of: open one to change it.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="354"/>
        <source>You are not on a project&apos;s team yet.</source>
        <translation>You are not on a project&apos;s team yet.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="366"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="378"/>
        <source>Saved: you have left the coffee trials.</source>
        <translation>Saved: you have left the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="380"/>
        <source>Saved: you are paused for two weeks.</source>
        <translation>Saved: you are paused for two weeks.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="382"/>
        <source>Saved: you are in the coffee trials.</source>
        <translation>Saved: you are in the coffee trials.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="412"/>
        <source>Saved: you will not be paired with %1.</source>
        <translation>Saved: you will not be paired with %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="421"/>
        <source>Saved: you may be paired with them again.</source>
        <translation>Saved: you may be paired with them again.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="441"/>
        <source>Saved: you are listed as a peer supporter.</source>
        <translation>Saved: you are listed as a peer supporter.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="452"/>
        <source>Saved: you are no longer listed as a peer supporter.</source>
        <translation>Saved: you are no longer listed as a peer supporter.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/keyboard.py" line="204"/>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="206"/>
        <source>Shift: capital letter</source>
        <translation>Shift: capital letter</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="207"/>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="208"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="208"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="209"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="209"/>
        <source>Done: close the keyboard</source>
        <translation>Done: close the keyboard</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="210"/>
        <source>Welsh accents: â ŵ ŷ ä</source>
        <translation>Welsh accents: â ŵ ŷ ä</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="211"/>
        <source>Numbers and symbols</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="212"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../screens/people.py" line="63"/>
        <source>People and privacy</source>
        <translation>People and privacy</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="66"/>
        <source>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</source>
        <translation>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="71"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="72"/>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="73"/>
        <source>Export their data (CSV)</source>
        <translation>Export their data (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="74"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="104"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="106"/>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="144"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="152"/>
        <source>Erase %1?</source>
        <translation>Erase %1?</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="154"/>
        <source>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</source>
        <translation>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="158"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="159"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="169"/>
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
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="88"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="89"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="90"/>
        <source>Coffee meet-up</source>
        <translation>Coffee meet-up</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="91"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="92"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="93"/>
        <source>All welcome</source>
        <translation>All welcome</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="94"/>
        <source>Peer support for quality improvement</source>
        <translation>Peer support for quality improvement</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../screens/sharing_view.py" line="135"/>
        <source>Session on the big screen</source>
        <translation>Session on the big screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="136"/>
        <source>Airtime: everyone&apos;s voice</source>
        <translation>Airtime: everyone&apos;s voice</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="150"/>
        <source>Project on screen</source>
        <translation>Project on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="151"/>
        <source>Chart on screen</source>
        <translation>Chart on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="152"/>
        <source>Story on screen</source>
        <translation>Story on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="153"/>
        <source>Team presenting</source>
        <translation>Team presenting</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="157"/>
        <source>Qspace sessions</source>
        <translation>Qspace sessions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="159"/>
        <source>No session is running</source>
        <translation>No session is running</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="179"/>
        <source>Part %1 of %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="184"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="197"/>
        <source>Starting soon</source>
        <translation>Starting soon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="200"/>
        <source>Thank you for taking part</source>
        <translation>Thank you for taking part</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="212"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="215"/>
        <source>%1 · team %2 of %3</source>
        <translation>%1 · team %2 of %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="223"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="247"/>
        <source>Dot-voting results</source>
        <translation>Dot-voting results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="255"/>
        <location filename="../../screens/sharing_view.py" line="292"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="264"/>
        <location filename="../../screens/sharing_view.py" line="273"/>
        <source>Ideas, tips and questions</source>
        <translation>Ideas, tips and questions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="268"/>
        <source>Add yours at the kiosk: anonymously if you like. They appear here.</source>
        <translation>Add yours at the kiosk: anonymously if you like. They appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="296"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="361"/>
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
        <location filename="../../screens/qnet.py" line="400"/>
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
        <location filename="../../screens/qnet.py" line="398"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="398"/>
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
        <location filename="../../screens/qnet.py" line="397"/>
        <source>Replying to: %1</source>
        <translation>Replying to: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="400"/>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="404"/>
        <source>Choose a topic to read its board</source>
        <translation>Choose a topic to read its board</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="416"/>
        <source>No posts yet: start the conversation.</source>
        <translation>No posts yet: start the conversation.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="418"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="428"/>
        <source>Waiting for approval (%1): %2</source>
        <translation>Waiting for approval (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="445"/>
        <source>Round done: %n group(s). Everyone sees their match at check-in.</source>
        <translation>
            <numerusform>Round done: %n group. Everyone sees their match at check-in.</numerusform>
            <numerusform>Round done: %n groups. Everyone sees their match at check-in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="461"/>
        <source>Coffee group</source>
        <translation>Coffee group</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="462"/>
        <source>Meet for a coffee this week: say hello at check-in!</source>
        <translation>Meet for a coffee this week: say hello at check-in!</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="469"/>
        <source>The slips were sent to the printer.</source>
        <translation>The slips were sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="486"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="499"/>
        <source>Thank you: your post is on the board.</source>
        <translation>Thank you: your post is on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="501"/>
        <source>Thank you: your post shows once a facilitator approves it.</source>
        <translation>Thank you: your post shows once a facilitator approves it.</translation>
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
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="983"/>
        <location filename="../../screens/sharing.py" line="1063"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="984"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="985"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="986"/>
        <source>Team (round robin)</source>
        <translation>Team (round robin)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="991"/>
        <source>Run the session</source>
        <translation>Run the session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="992"/>
        <source>Choose or create</source>
        <translation>Choose or create</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="993"/>
        <source>Actions and closing</source>
        <translation>Actions and closing</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="994"/>
        <source>Console sections</source>
        <translation>Console sections</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="995"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="995"/>
        <source>Add one minute</source>
        <translation>Add one minute</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="996"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="996"/>
        <source>Add five minutes</source>
        <translation>Add five minutes</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="997"/>
        <source>Skip segment</source>
        <translation>Skip segment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="998"/>
        <source>Next team</source>
        <translation>Next team</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="999"/>
        <source>Show on AV display</source>
        <translation>Show on AV display</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1000"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1001"/>
        <location filename="../../screens/sharing.py" line="1006"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1002"/>
        <source>Kind of card</source>
        <translation>Kind of card</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1003"/>
        <source>Type a card, or select one to edit</source>
        <translation>Type a card, or select one to edit</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1004"/>
        <source>Card text</source>
        <translation>Card text</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1005"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1005"/>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1007"/>
        <source>Save edit</source>
        <translation>Save edit</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1008"/>
        <location filename="../../screens/sharing.py" line="1386"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1009"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>Dots each:</source>
        <translation>Dots each:</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1012"/>
        <source>Dots each participant has</source>
        <translation>Dots each participant has</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Set dots each</source>
        <translation>Set dots each</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1014"/>
        <location filename="../../screens/sharing.py" line="1212"/>
        <source>Reveal results</source>
        <translation>Reveal results</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1015"/>
        <source>On the AV display</source>
        <translation>On the AV display</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1016"/>
        <source>Projects, charts and stories</source>
        <translation>Projects, charts and stories</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1017"/>
        <source>Put on screen</source>
        <translation>Put on screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Take off screen</source>
        <translation>Take off screen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1019"/>
        <source>Who is speaking?</source>
        <translation>Who is speaking?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Tap who is speaking. The bars show balance, not a ranking.</source>
        <translation>Tap who is speaking. The bars show balance, not a ranking.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1021"/>
        <source>Open a session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1022"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1024"/>
        <source>Create a session</source>
        <translation>Create a session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <location filename="../../screens/sharing.py" line="1037"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1029"/>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1030"/>
        <location filename="../../screens/sharing.py" line="1040"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1031"/>
        <location filename="../../screens/sharing.py" line="1041"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1032"/>
        <location filename="../../screens/sharing.py" line="1043"/>
        <source>Dots each</source>
        <translation>Dots each</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1039"/>
        <source>The template&apos;s name if left empty</source>
        <translation>The template&apos;s name if left empty</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1042"/>
        <source>Ward 4, Pharmacy, … (for round robins)</source>
        <translation>Ward 4, Pharmacy, … (for round robins)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <source>Create session</source>
        <translation>Create session</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1045"/>
        <source>Agenda and items</source>
        <translation>Agenda and items</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1046"/>
        <location filename="../../screens/sharing.py" line="1047"/>
        <source>Segment title</source>
        <translation>Segment title</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1048"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1049"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1050"/>
        <location filename="../../screens/sharing.py" line="1051"/>
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1052"/>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1053"/>
        <source>Kind of item</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1054"/>
        <source>Project, chart, story or team</source>
        <translation>Project, chart, story or team</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1055"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1056"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1057"/>
        <location filename="../../screens/sharing.py" line="1065"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1058"/>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1060"/>
        <location filename="../../screens/sharing.py" line="1061"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1062"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1064"/>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1068"/>
        <source>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</source>
        <translation>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1072"/>
        <location filename="../../screens/sharing.py" line="1522"/>
        <source>Close and export</source>
        <translation>Close and export</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1074"/>
        <source>Audio unavailable: chimes and voice activity are off. Sessions still work.</source>
        <translation>Audio unavailable: chimes and voice activity are off. Sessions still work.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1113"/>
        <source>From scratch</source>
        <translation>From scratch</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1117"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1124"/>
        <source>No event</source>
        <translation>No event</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1133"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1134"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1135"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1136"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1159"/>
        <source>No session open: choose or create one.</source>
        <translation>No session open: choose or create one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1169"/>
        <source>%n dot(s) given</source>
        <translation>
            <numerusform>%n dot given</numerusform>
            <numerusform>%n dots given</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1180"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1182"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1183"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1184"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1202"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1212"/>
        <source>Results revealed</source>
        <translation>Results revealed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1226"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1228"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1229"/>
        <source> (round robin)</source>
        <translation> (round robin)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1248"/>
        <source>%1 is speaking</source>
        <translation>%1 is speaking</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1254"/>
        <source>Airtime of %1</source>
        <translation>Airtime of %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1265"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1265"/>
        <source>Nobody is speaking</source>
        <translation>Nobody is speaking</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1276"/>
        <source>Part %1 of %2: %3</source>
        <translation>Part %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1283"/>
        <source>Ready to start</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1287"/>
        <source>Agenda finished</source>
        <translation>Agenda finished</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1287"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1295"/>
        <source>%1 · team %2 of %3</source>
        <translation>%1 · team %2 of %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1305"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1307"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1309"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1386"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1514"/>
        <source>Close this session?</source>
        <translation>Close this session?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1516"/>
        <source>The session ends for everyone and its summary is exported. It cannot be opened again.</source>
        <translation>The session ends for everyone and its summary is exported. It cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1526"/>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>SessionParticipation</name>
    <message>
        <location filename="../../screens/sharing.py" line="544"/>
        <source>Add to the board</source>
        <translation>Add to the board</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="545"/>
        <source>Your idea, tip, problem, question or action</source>
        <translation>Your idea, tip, problem, question or action</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="546"/>
        <source>What you want to add</source>
        <translation>What you want to add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="547"/>
        <source>Put my first name on it (otherwise it is anonymous)</source>
        <translation>Put my first name on it (otherwise it is anonymous)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="549"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="550"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="551"/>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="552"/>
        <source>Vote with my dots</source>
        <translation>Vote with my dots</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="553"/>
        <source>Cards to vote for</source>
        <translation>Cards to vote for</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="554"/>
        <source>Give a dot</source>
        <translation>Give a dot</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="555"/>
        <source>I have finished</source>
        <translation>I have finished</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="556"/>
        <source>How was it?</source>
        <translation>How was it?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="557"/>
        <source>1 = not useful, 5 = very useful</source>
        <translation>1 = not useful, 5 = very useful</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="559"/>
        <source>Rating %1 of 5</source>
        <translation>Rating %1 of 5</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="560"/>
        <source>One comment (optional)</source>
        <translation>One comment (optional)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="561"/>
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="562"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="588"/>
        <source>No session right now</source>
        <translation>No session right now</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="590"/>
        <source>When a facilitator starts a session, you can take part here.</source>
        <translation>When a facilitator starts a session, you can take part here.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="596"/>
        <source>This session has closed: thank you. Please rate it.</source>
        <translation>This session has closed: thank you. Please rate it.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="598"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="601"/>
        <source>Add ideas, tips and questions: they appear on the big screen.</source>
        <translation>Add ideas, tips and questions: they appear on the big screen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="623"/>
        <source>You have %n dot(s) left.</source>
        <translation>
            <numerusform>You have %n dot left.</numerusform>
            <numerusform>You have %n dots left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="634"/>
        <source>Everyone has %n dot(s) to give to the cards they like best.</source>
        <translation>
            <numerusform>Everyone has %n dot to give to the cards they like best.</numerusform>
            <numerusform>Everyone has %n dots to give to the cards they like best.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="669"/>
        <source>Thank you: your card is on the board.</source>
        <translation>Thank you: your card is on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="719"/>
        <source>Thank you for your feedback.</source>
        <translation>Thank you for your feedback.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="104"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="106"/>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="107"/>
        <source>Language at the start</source>
        <translation>Language at the start</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Return to welcome after (seconds idle)</source>
        <translation>Return to welcome after (seconds idle)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="109"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translation>Kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Closing time (HH:MM)</source>
        <translation>Closing time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Keep visit records for (days)</source>
        <translation>Keep visit records for (days)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Central register address</source>
        <translation>Central register address</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Main colour (#RRGGBB)</source>
        <translation>Main colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="115"/>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Accent colour (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="121"/>
        <location filename="../../screens/settings.py" line="122"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="123"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="124"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="169"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translation>The settings file could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="172"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="182"/>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="163"/>
        <source>Facilitator console</source>
        <translation>Facilitator console</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="164"/>
        <source>Back to taking part</source>
        <translation>Back to taking part</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="207"/>
        <source>Share &amp; workshops</source>
        <translation>Share &amp; workshops</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="349"/>
        <source>Summary saved: %1</source>
        <translation>Summary saved: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="355"/>
        <source>Summary saved as CSV and PDF in %1</source>
        <translation>Summary saved as CSV and PDF in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="366"/>
        <source>Attendance: %n checked in</source>
        <translation>
            <numerusform>Attendance: %n checked in</numerusform>
            <numerusform>Attendance: %n checked in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="368"/>
        <source>Agenda as run</source>
        <translation>Agenda as run</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="372"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="376"/>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="381"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="386"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="389"/>
        <source>Dot-voting results</source>
        <translation>Dot-voting results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="394"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="397"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>ShowcaseAdminScreen</name>
    <message>
        <location filename="../../screens/showcase_admin.py" line="283"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="284"/>
        <location filename="../../screens/showcase_admin.py" line="490"/>
        <source>Project card</source>
        <translation>Project card</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="285"/>
        <source>Success story</source>
        <translation>Success story</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="286"/>
        <source>Wall of thanks</source>
        <translation>Wall of thanks</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="287"/>
        <source>What&apos;s on</source>
        <translation>What&apos;s on</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="288"/>
        <source>Hot topics</source>
        <translation>Hot topics</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="289"/>
        <source>Room in numbers</source>
        <translation>Room in numbers</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="295"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="296"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="297"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="298"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="299"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="300"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="301"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="305"/>
        <location filename="../../screens/showcase_admin.py" line="316"/>
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="308"/>
        <source>Loops</source>
        <translation>Loops</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="309"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="310"/>
        <source>Urgent message</source>
        <translation>Urgent message</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="311"/>
        <source>AV display and reports</source>
        <translation>AV display and reports</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="312"/>
        <source>Posters and flyers</source>
        <translation>Posters and flyers</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="320"/>
        <source>Kiosk welcome loop</source>
        <translation>Kiosk welcome loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="321"/>
        <source>AV display loop</source>
        <translation>AV display loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="324"/>
        <location filename="../../screens/showcase_admin.py" line="325"/>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="326"/>
        <source>Slides in the loop</source>
        <translation>Slides in the loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="327"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="328"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="329"/>
        <source>Pause or play</source>
        <translation>Pause or play</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="330"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="339"/>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="340"/>
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="341"/>
        <source>Seconds on screen</source>
        <translation>Seconds on screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="342"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="343"/>
        <source>From and until (HH:MM, empty for all day)</source>
        <translation>From and until (HH:MM, empty for all day)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="356"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="360"/>
        <source>Add to the loop</source>
        <translation>Add to the loop</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="361"/>
        <source>Items for the public screens</source>
        <translation>Items for the public screens</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="362"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="363"/>
        <source>Withdraw approval</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="364"/>
        <source>Hide now</source>
        <translation>Hide now</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="365"/>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="367"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="368"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="369"/>
        <location filename="../../screens/showcase_admin.py" line="370"/>
        <source>How urgent</source>
        <translation>How urgent</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="371"/>
        <location filename="../../screens/showcase_admin.py" line="373"/>
        <source>Message in Welsh</source>
        <translation>Message in Welsh</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="372"/>
        <location filename="../../screens/showcase_admin.py" line="374"/>
        <source>Message in English</source>
        <translation>Message in English</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="375"/>
        <source>Show on every screen now</source>
        <translation>Show on every screen now</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="376"/>
        <source>Clear the message</source>
        <translation>Clear the message</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="377"/>
        <location filename="../../screens/showcase_admin.py" line="378"/>
        <source>AV display screen</source>
        <translation>AV display screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="379"/>
        <source>Use this screen</source>
        <translation>Use this screen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="381"/>
        <source>Proof of play: every completed showing, for the room&apos;s monthly report.</source>
        <translation>Proof of play: every completed showing, for the room&apos;s monthly report.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="383"/>
        <source>Export this month</source>
        <translation>Export this month</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="384"/>
        <source>Export last month</source>
        <translation>Export last month</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="388"/>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="390"/>
        <source>Welsh and English</source>
        <translation>Welsh and English</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="393"/>
        <location filename="../../screens/showcase_admin.py" line="396"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="394"/>
        <location filename="../../screens/showcase_admin.py" line="397"/>
        <source>Project, story or event</source>
        <translation>Project, story or event</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="395"/>
        <source>Paper size (events: A5 flyer)</source>
        <translation>Paper size (events: A5 flyer)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="398"/>
        <source>Make the PDF</source>
        <translation>Make the PDF</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="423"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="424"/>
        <location filename="../../screens/showcase_admin.py" line="488"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="425"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="449"/>
        <source>No message is showing.</source>
        <translation>No message is showing.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="452"/>
        <source>Showing on every screen: %1</source>
        <translation>Showing on every screen: %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="462"/>
        <source>(each approved one in turn)</source>
        <translation>(each approved one in turn)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="465"/>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="471"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="489"/>
        <source>Thanks</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="494"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="496"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="498"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="511"/>
        <source>Each approved one in turn</source>
        <translation>Each approved one in turn</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="515"/>
        <source>The newest notes</source>
        <translation>The newest notes</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="520"/>
        <source>No AV display</source>
        <translation>No AV display</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="521"/>
        <source>Any screen but the kiosk&apos;s</source>
        <translation>Any screen but the kiosk&apos;s</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="528"/>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="598"/>
        <source>Added to the loop.</source>
        <translation>Added to the loop.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="640"/>
        <source>Please write the message in Welsh too: every screen shows both.</source>
        <translation>Please write the message in Welsh too: every screen shows both.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="642"/>
        <source>Please write the message in English too: every screen shows both.</source>
        <translation>Please write the message in English too: every screen shows both.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="643"/>
        <source>Please write the message in Welsh and in English.</source>
        <translation>Please write the message in Welsh and in English.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="663"/>
        <source>The choice could not be saved; the details are in the log.</source>
        <translation>The choice could not be saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="666"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="677"/>
        <location filename="../../screens/showcase_admin.py" line="733"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="731"/>
        <source>The PDF could not be saved; the details are in the log.</source>
        <translation>The PDF could not be saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="742"/>
        <location filename="../../screens/showcase_admin.py" line="749"/>
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
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="81"/>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="82"/>
        <source>Stories shared</source>
        <translation>Stories shared</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="83"/>
        <source>Topics talked about this month</source>
        <translation>Topics talked about this month</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="84"/>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="85"/>
        <source>active projects</source>
        <translation>active projects</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="86"/>
        <source>No topics chosen in the last 30 days yet.</source>
        <translation>No topics chosen in the last 30 days yet.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="87"/>
        <source>Leave a thank-you note at the kiosk.</source>
        <translation>Leave a thank-you note at the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="88"/>
        <source>Peer support for quality improvement: come in, share, learn</source>
        <translation>Peer support for quality improvement: come in, share, learn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="91"/>
        <source>Headline measure</source>
        <translation>Headline measure</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="92"/>
        <source>Common cause variation</source>
        <translation>Common cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="93"/>
        <source>Special cause: improvement</source>
        <translation>Special cause: improvement</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="94"/>
        <source>Special cause: concern</source>
        <translation>Special cause: concern</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="95"/>
        <source>Special cause variation</source>
        <translation>Special cause variation</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="96"/>
        <source>Consistently meets the target</source>
        <translation>Consistently meets the target</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="97"/>
        <source>Consistently misses the target</source>
        <translation>Consistently misses the target</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="98"/>
        <source>Hit and miss against the target</source>
        <translation>Hit and miss against the target</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="99"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="100"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="101"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="102"/>
        <source>Coffee meet-up</source>
        <translation>Coffee meet-up</translation>
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
        <location filename="../../screens/stories.py" line="61"/>
        <source>What changed: %1</source>
        <translation>What changed: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="62"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
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
        <location filename="../../screens/whoshere.py" line="52"/>
        <source>Who&apos;s here</source>
        <translation>Who&apos;s here</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="54"/>
        <source>Print the roll call</source>
        <translation>Print the roll call</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="54"/>
        <source>Print the roll call for a fire evacuation</source>
        <translation>Print the roll call for a fire evacuation</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="56"/>
        <location filename="../../screens/whoshere.py" line="57"/>
        <source>Attendance at events</source>
        <translation>Attendance at events</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="83"/>
        <location filename="../../screens/whoshere.py" line="132"/>
        <source>%n people in the room now</source>
        <translation>
            <numerusform>%n person in the room now</numerusform>
            <numerusform>%n people in the room now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="98"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="105"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="105"/>
        <source>Check out %1</source>
        <translation>Check out %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="117"/>
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="130"/>
        <source>Roll call</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="131"/>
        <source>Printed at %1</source>
        <translation>Printed at %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="169"/>
        <source>Roll call sent to %1.</source>
        <translation>Roll call sent to %1.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="173"/>
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
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="51"/>
        <source>Adapt</source>
        <translation>Adapt</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="52"/>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="92"/>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="112"/>
        <source>Seconds on screen must be from %1 to %2.</source>
        <translation>Seconds on screen must be from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="118"/>
        <source>Write times as HH:MM, such as 08:00 (got “%1”).</source>
        <translation>Write times as HH:MM, such as 08:00 (got “%1”).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="122"/>
        <source>The window starts and ends at the same time; leave both empty for all day.</source>
        <translation>The window starts and ends at the same time; leave both empty for all day.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="127"/>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="128"/>
        <source>That slide cannot go in a loop.</source>
        <translation>That slide cannot go in a loop.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="134"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>The message is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="137"/>
        <source>Write the message in Welsh, English or both.</source>
        <translation>Write the message in Welsh, English or both.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="145"/>
        <source>Say who the thanks are for.</source>
        <translation>Say who the thanks are for.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="147"/>
        <source>Sign with your name or leave it empty.</source>
        <translation>Sign with your name or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="148"/>
        <source>Write your note.</source>
        <translation>Write your note.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="154"/>
        <source>That is too long; please shorten it.</source>
        <translation>That is too long; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="156"/>
        <source>This is too long: at most %1 characters.</source>
        <translation>This is too long: at most %1 characters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/words.py" line="165"/>
        <source>You have used all your %n dot(s).</source>
        <translation>
            <numerusform>You have used all your %n dot.</numerusform>
            <numerusform>You have used all your %n dots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="174"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translation>“%1” is not right: please check it. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="183"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>A PIN has %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="192"/>
        <source>The settings file could not be read. Please ask a facilitator.</source>
        <translation>The settings file could not be read. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="195"/>
        <source>The settings file has a mistake in it. Please ask a facilitator.</source>
        <translation>The settings file has a mistake in it. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="198"/>
        <source>The settings file names a setting the kiosk does not know.</source>
        <translation>The settings file names a setting the kiosk does not know.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="202"/>
        <source>The settings file was written by a newer version of the kiosk.</source>
        <translation>The settings file was written by a newer version of the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="205"/>
        <source>The database address is not right. Please ask a facilitator.</source>
        <translation>The database address is not right. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="208"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translation>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="213"/>
        <source>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</source>
        <translation>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="219"/>
        <source>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</source>
        <translation>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="224"/>
        <source>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</source>
        <translation>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="229"/>
        <source>No facilitator PIN has been set yet.</source>
        <translation>No facilitator PIN has been set yet.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="232"/>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="233"/>
        <source>Too many wrong PINs: please wait a few minutes.</source>
        <translation>Too many wrong PINs: please wait a few minutes.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="237"/>
        <source>The two PINs are not the same. Please try again.</source>
        <translation>The two PINs are not the same. Please try again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="240"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="242"/>
        <source>This has characters that cannot be stored. Please type it again.</source>
        <translation>This has characters that cannot be stored. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="245"/>
        <source>This does not look like an email address, such as name@wales.nhs.uk.</source>
        <translation>This does not look like an email address, such as name@wales.nhs.uk.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="248"/>
        <source>Please choose a department from the list or type its name.</source>
        <translation>Please choose a department from the list or type its name.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="251"/>
        <source>That topic is no longer on the list.</source>
        <translation>That topic is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="254"/>
        <source>That event has finished. Please choose a topic.</source>
        <translation>That event has finished. Please choose a topic.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="257"/>
        <source>That person could not be found.</source>
        <translation>That person could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="260"/>
        <source>You are already checked in.</source>
        <translation>You are already checked in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="263"/>
        <source>That visit could not be found; it may have ended already.</source>
        <translation>That visit could not be found; it may have ended already.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="266"/>
        <location filename="../../screens/words.py" line="394"/>
        <source>That code could not be read. Please try again or type your name instead.</source>
        <translation>That code could not be read. Please try again or type your name instead.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="269"/>
        <location filename="../../screens/words.py" line="399"/>
        <source>This pass could not be verified. Please ask a facilitator for a new one.</source>
        <translation>This pass could not be verified. Please ask a facilitator for a new one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="272"/>
        <location filename="../../screens/words.py" line="404"/>
        <source>This pass is no longer valid. Please ask a facilitator for a new one.</source>
        <translation>This pass is no longer valid. Please ask a facilitator for a new one.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="275"/>
        <source>That project could not be found.</source>
        <translation>That project could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="278"/>
        <source>That measure could not be found.</source>
        <translation>That measure could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="281"/>
        <source>That data point could not be found.</source>
        <translation>That data point could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="284"/>
        <source>That PDSA cycle could not be found.</source>
        <translation>That PDSA cycle could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="287"/>
        <source>That PDSA cycle belongs to another project.</source>
        <translation>That PDSA cycle belongs to another project.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="290"/>
        <source>Those baseline and phase settings do not fit this chart.</source>
        <translation>Those baseline and phase settings do not fit this chart.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="294"/>
        <source>That item is no longer there; the list has been refreshed.</source>
        <translation>That item is no longer there; the list has been refreshed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="299"/>
        <source>That session could not be found.</source>
        <translation>That session could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="302"/>
        <source>This session has closed.</source>
        <translation>This session has closed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="305"/>
        <source>That session template could not be found.</source>
        <translation>That session template could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="308"/>
        <source>That part of the session could not be found.</source>
        <translation>That part of the session could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="311"/>
        <source>That card is no longer on the board.</source>
        <translation>That card is no longer on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="315"/>
        <source>Each person can have from 1 to 20 dots.</source>
        <translation>Each person can have from 1 to 20 dots.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="318"/>
        <source>Please choose a rating from 1 to 5.</source>
        <translation>Please choose a rating from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="322"/>
        <source>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</source>
        <translation>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="326"/>
        <source>A team member has not agreed to be shown. They can agree when they check in.</source>
        <translation>A team member has not agreed to be shown. They can agree when they check in.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="330"/>
        <source>Please choose adopt, adapt or abandon.</source>
        <translation>Please choose adopt, adapt or abandon.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="333"/>
        <source>That is not a stage of the Model for Improvement.</source>
        <translation>That is not a stage of the Model for Improvement.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="336"/>
        <source>Fewer than two people are in the coffee pool: no round today.</source>
        <translation>Fewer than two people are in the coffee pool: no round today.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="339"/>
        <source>Today&apos;s round has been run already.</source>
        <translation>Today&apos;s round has been run already.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="342"/>
        <source>That coffee round could not be found.</source>
        <translation>That coffee round could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="345"/>
        <source>That post is no longer on the board.</source>
        <translation>That post is no longer on the board.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="348"/>
        <source>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</source>
        <translation>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="352"/>
        <source>That request could not be found.</source>
        <translation>That request could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="355"/>
        <source>That event could not be found.</source>
        <translation>That event could not be found.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="358"/>
        <source>Please check the event&apos;s details: one of them is not right.</source>
        <translation>Please check the event&apos;s details: one of them is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="361"/>
        <source>Please check the measure&apos;s details: one of them is not right.</source>
        <translation>Please check the measure&apos;s details: one of them is not right.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="364"/>
        <source>Please check the department&apos;s names: one is empty or already used.</source>
        <translation>Please check the department&apos;s names: one is empty or already used.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="367"/>
        <source>Nothing was imported: the file has mistakes. Each one is listed.</source>
        <translation>Nothing was imported: the file has mistakes. Each one is listed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="370"/>
        <source>That file is not a Qspace Kiosk database. Nothing was changed.</source>
        <translation>That file is not a Qspace Kiosk database. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="373"/>
        <source>That backup comes from a newer version of the kiosk. Nothing was changed.</source>
        <translation>That backup comes from a newer version of the kiosk. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="376"/>
        <source>The backup could not be written. Please ask a facilitator.</source>
        <translation>The backup could not be written. Please ask a facilitator.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="385"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translation>Sorry, that did not work. Please try again or ask a facilitator.</translation>
    </message>
</context>
</TS>
