<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../screens/attract.py" line="15"/>
        <source>Touch the screen to start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â&apos;r sgrin i ddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="16"/>
        <source>Peer support for quality improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid ar gyfer gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="17"/>
        <source>Check in, find a project, share what worked</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestrwch, dewch o hyd i brosiect, rhannwch beth weithiodd</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="18"/>
        <source>Come in for a coffee and a chat about your project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewch i mewn am baned a sgwrs am eich prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="20"/>
        <source>Welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="162"/>
        <source>Close</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="162"/>
        <source>Close message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r neges</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../screens/checkin.py" line="49"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="50"/>
        <source>Type the first letters of your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch lythrennau cyntaf eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="51"/>
        <location filename="../../screens/checkin.py" line="52"/>
        <source>Your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="53"/>
        <source>People who match</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl sy&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="56"/>
        <source>Coming soon: choose what you came for, check in with a QR pass, and see who else is here for the same topic.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn dod cyn bo hir: dewis beth ddaeth â chi yma, cofrestru gyda phàs QR, a gweld pwy arall sydd yma am yr un pwnc.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="95"/>
        <source>Nobody found with that name yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddod o hyd i neb â&apos;r enw yna eto.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="30"/>
        <source>Meeting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="31"/>
        <source>Workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="32"/>
        <source>Focus group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp ffocws</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="33"/>
        <source>Coffee meet-up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Paned a sgwrs</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="37"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="38"/>
        <source>Upcoming events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="54"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i drefnu eto. Holwch hwylusydd am sesiynau sydd i ddod.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="60"/>
        <source>Today</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heddiw</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="60"/>
        <source>Tomorrow</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yfory</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="71"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="73"/>
        <source>in the room now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn yr ystafell nawr</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="74"/>
        <source>visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ymweliadau&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="75"/>
        <source>people registered</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">pobl wedi cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="76"/>
        <source>active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prosiectau ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="77"/>
        <source>success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="78"/>
        <source>events coming up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="79"/>
        <source>changes waiting to sync</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">newidiadau&apos;n aros i gysoni</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="83"/>
        <source>Change PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newid y PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="84"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="85"/>
        <source>Lock and return to welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cloi a mynd i&apos;r sgrin groeso</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="86"/>
        <source>Close the kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="101"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol: pobl, prosiectau a digwyddiadau dychmygol.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="49"/>
        <source>What would you like to do?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth hoffech chi ei wneud?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="51"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="51"/>
        <source>Tell us you are here and what you came for</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch wrthon ni eich bod chi yma, a pham</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="52"/>
        <source>Projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="52"/>
        <source>Browse QI projects and find similar work</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Porwch brosiectau gwella ansawdd a chwiliwch am waith tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="53"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="53"/>
        <source>See what teams have achieved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwelwch beth mae timau wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="54"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="54"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdai, cyfarfodydd a sgyrsiau dros baned</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="55"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="55"/>
        <source>Group sessions on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau grŵp ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="59"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="60"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Qspace: cymorth gan gymheiriaid ar gyfer gwella ansawdd.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 prosiect ar waith · %2 digwyddiad i ddod · %3 ymweliad y mis hwn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="214"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd agor cronfa ddata&apos;r ystafell. Holwch hwylusydd, os gwelwch yn dda; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="302"/>
        <source>Home</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="302"/>
        <source>Go to the home screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="303"/>
        <source>Demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="304"/>
        <source>This room is showing demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="305"/>
        <source>Qspace Kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ciosg Qspace</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="319"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, aeth rhywbeth o&apos;i le. Rydyn ni wedi mynd yn ôl i&apos;r dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="324"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../screens/pin.py" line="92"/>
        <source>Clear</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="92"/>
        <source>Clear the PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio&apos;r PIN</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="93"/>
        <source>Delete the last digit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r digid olaf</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="94"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="95"/>
        <source>OK</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="105"/>
        <source>Facilitator PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="106"/>
        <source>Choose a facilitator PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="107"/>
        <source>Type the new PIN again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch y PIN newydd eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="112"/>
        <source>PIN, %n digit(s) typed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>PIN, %n digid wedi&apos;u teipio</numerusform>
            <numerusform>PIN, %n digid wedi&apos;i deipio</numerusform>
            <numerusform>PIN, %n digid wedi&apos;u teipio</numerusform>
            <numerusform>PIN, %n digid wedi&apos;u teipio</numerusform>
            <numerusform>PIN, %n digid wedi&apos;u teipio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="119"/>
        <source>4 to 8 digits</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">4 i 8 digid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="122"/>
        <source>That PIN is not right. %n tries left before a 5-minute pause.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Dyw&apos;r PIN yna ddim yn iawn. %n cynnig ar ôl cyn saib o 5 munud.</numerusform>
            <numerusform>Dyw&apos;r PIN yna ddim yn iawn. %n cynnig ar ôl cyn saib o 5 munud.</numerusform>
            <numerusform>Dyw&apos;r PIN yna ddim yn iawn. %n cynnig ar ôl cyn saib o 5 munud.</numerusform>
            <numerusform>Dyw&apos;r PIN yna ddim yn iawn. %n cynnig ar ôl cyn saib o 5 munud.</numerusform>
            <numerusform>Dyw&apos;r PIN yna ddim yn iawn. %n cynnig ar ôl cyn saib o 5 munud.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="128"/>
        <source>Too many wrong tries. PIN entry is paused until %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gormod o gynigion anghywir. Allwch chi ddim rhoi&apos;r PIN eto tan %1.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="132"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan PIN 4 i 8 digid.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="133"/>
        <source>The two PINs were different. Please start again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Roedd y ddau PIN yn wahanol. Dechreuwch eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="134"/>
        <source>Now type it once more to be sure.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nawr teipiwch y PIN unwaith eto i wneud yn siŵr.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="192"/>
        <source>The facilitator PIN is set.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae PIN yr hwylusydd wedi&apos;i osod.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../screens/projects.py" line="38"/>
        <source>Setting the aim</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod y nod</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="39"/>
        <source>Choosing measures</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis mesurau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="40"/>
        <source>Choosing changes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis newidiadau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="41"/>
        <source>Testing changes (PDSA)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Profi newidiadau (PDSA)</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="42"/>
        <source>Implementing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="43"/>
        <source>Spreading</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lledaenu</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="44"/>
        <source>Completed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="49"/>
        <source>QI projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="50"/>
        <source>Search by title, aim, department or topic</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio yn ôl teitl, nod, adran neu bwnc</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="51"/>
        <source>Search projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="52"/>
        <source>Projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="72"/>
        <source>Loading projects…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wrthi&apos;n llwytho prosiectau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="75"/>
        <source>%n project(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n prosiect</numerusform>
            <numerusform>%n prosiect</numerusform>
            <numerusform>%n prosiect</numerusform>
            <numerusform>%n prosiect</numerusform>
            <numerusform>%n prosiect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="83"/>
        <source>%n PDSA cycle(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n cylch PDSA</numerusform>
            <numerusform>%n cylch PDSA</numerusform>
            <numerusform>%n cylch PDSA</numerusform>
            <numerusform>%n cylch PDSA</numerusform>
            <numerusform>%n cylch PDSA</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="85"/>
        <source>Looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn chwilio am bobl i gydweithio</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../screens/base.py" line="69"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="103"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="105"/>
        <source>Room name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="106"/>
        <source>Language at the start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith ar y dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="107"/>
        <source>Return to welcome after (seconds idle)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r sgrin groeso ar ôl (eiliadau segur)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Large text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="109"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Modd ciosg (sgrin lawn, PIN i adael)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Closing time (HH:MM)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser cau (AA:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Keep visit records for (days)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw cofnodion ymweliadau am (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Central register address</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeiriad y gofrestr ganolog</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Main colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif liw (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Accent colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lliw ategol (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="120"/>
        <location filename="../../screens/settings.py" line="121"/>
        <source>On</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="122"/>
        <source>Save settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="123"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="168"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r ffeil gosodiadau. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="171"/>
        <source>Settings saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="180"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw “%1” ddim yn iawn: gwiriwch y gwerth, os gwelwch yn dda. Does dim byd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="185"/>
        <source>The settings could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r gosodiadau.</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="36"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="39"/>
        <source>Groups present their QI work on the big screen and facilitators run workshops, even with no network.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae grwpiau&apos;n cyflwyno eu gwaith gwella ansawdd ar y sgrin fawr, a hwyluswyr yn cynnal gweithdai, hyd yn oed heb rwydwaith.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="43"/>
        <source>Coming soon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn dod cyn bo hir</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="46"/>
        <source>Sessions with timed agendas, round-robin sharing, ideas and questions on cards, dot voting and a summary to take away. Until then, ask a facilitator to book the big screen.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau ag agendâu wedi&apos;u hamseru, pawb yn rhannu yn eu tro, syniadau a chwestiynau ar gardiau, pleidleisio â dotiau, a chrynodeb i fynd gyda chi. Tan hynny, gofynnwch i hwylusydd archebu&apos;r sgrin fawr.</translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <location filename="../../screens/stories.py" line="29"/>
        <location filename="../../screens/stories.py" line="33"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="31"/>
        <source>Teams in the Health Board share what they changed and what it achieved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae timau yn y Bwrdd Iechyd yn rhannu beth wnaethon nhw ei newid a beth oedd y canlyniad.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="48"/>
        <source>No stories yet: be the first to share yours.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim straeon eto: byddwch y cyntaf i rannu&apos;ch stori chi.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="54"/>
        <source>What changed: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="55"/>
        <source>Result: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniad: %1</translation>
    </message>
</context>
</TS>
