<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../screens/attract.py" line="16"/>
        <source>Touch the screen to start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â&apos;r sgrin i ddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="17"/>
        <source>Peer support for quality improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid ar gyfer gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="18"/>
        <source>Check in, find a project, share what worked</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestrwch, dewch o hyd i brosiect, rhannwch beth weithiodd</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="19"/>
        <source>Come in for a coffee and a chat about your project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewch i mewn am baned a sgwrs am eich prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="20"/>
        <source>Have a QR pass? Hold it under the scanner</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oes gennych chi bàs QR? Daliwch e o dan y sganiwr</translation>
    </message>
    <message>
        <location filename="../../screens/attract.py" line="22"/>
        <source>Welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso</translation>
    </message>
</context>
<context>
    <name>AvDisplay</name>
    <message>
        <location filename="../../screens/av_display.py" line="68"/>
        <location filename="../../screens/av_display.py" line="82"/>
        <source>Qspace AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrin AV Qspace</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="357"/>
        <source>Close</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="357"/>
        <source>Close message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r neges</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../screens/chart_view.py" line="207"/>
        <source>Common cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos cyffredin</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="208"/>
        <source>Special cause: improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: gwelliant</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="209"/>
        <source>Special cause: concern</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: pryder</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="210"/>
        <source>Special cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos arbennig</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="221"/>
        <source>Consistently meets the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cyrraedd y targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="222"/>
        <source>Consistently misses the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn methu&apos;r targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="223"/>
        <source>Hit and miss against the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Weithiau&apos;n cyrraedd y targed, weithiau&apos;n methu</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="231"/>
        <source>Trial limits: fewer than 13 points in a phase.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Terfynau dros dro: llai na 13 pwynt mewn cyfnod.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="236"/>
        <source>Touch a point to see its value and note.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â phwynt i weld ei werth a&apos;i nodyn.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="242"/>
        <source>median</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">canolrif</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="242"/>
        <source>mean</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cymedr</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="245"/>
        <source>special cause improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">achos arbennig sy&apos;n dangos gwelliant</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="246"/>
        <source>special cause concern</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">achos arbennig sy&apos;n peri pryder</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="247"/>
        <source>special cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">amrywiad achos arbennig</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="254"/>
        <source>%1 points above the %2 since %3: %4</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 pwynt uwchben y %2 ers %3: %4</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="256"/>
        <source>%1 points below the %2 since %3: %4</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 pwynt o dan y %2 ers %3: %4</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="266"/>
        <source>%1 points in a row going up since %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 pwynt yn olynol yn codi ers %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="268"/>
        <source>%1 points in a row going down since %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 pwynt yn olynol yn gostwng ers %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="273"/>
        <source>The latest point is above the upper limit: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r pwynt diweddaraf uwchben y terfyn uchaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="275"/>
        <source>The latest point is below the lower limit: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r pwynt diweddaraf o dan y terfyn isaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="280"/>
        <source>2 of the last 3 points are near the upper limit: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae 2 o&apos;r 3 pwynt diwethaf yn agos at y terfyn uchaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="282"/>
        <source>2 of the last 3 points are near the lower limit: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae 2 o&apos;r 3 pwynt diwethaf yn agos at y terfyn isaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="287"/>
        <source>The points are not random around the %1: something has changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r pwyntiau ddim ar hap o gwmpas y %1: mae rhywbeth wedi newid.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="291"/>
        <source>Random variation around the median since %1: no sign of change yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad ar hap o gwmpas y canolrif ers %1: dim arwydd o newid eto.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="293"/>
        <source>Common cause variation since %1: no sign of change yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos cyffredin ers %1: dim arwydd o newid eto.</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="303"/>
        <source>Point %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwynt %1</translation>
    </message>
    <message>
        <location filename="../../screens/chart_view.py" line="310"/>
        <source>excluded from the calculations</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">heb ei gynnwys yn y cyfrifiadau</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../screens/checkin.py" line="311"/>
        <location filename="../../screens/checkin.py" line="354"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="312"/>
        <source>Type the first letters of your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch lythrennau cyntaf eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="313"/>
        <location filename="../../screens/checkin.py" line="314"/>
        <location filename="../../screens/checkin.py" line="320"/>
        <source>Your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="315"/>
        <source>First time in Qspace?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyma&apos;ch tro cyntaf yn Qspace?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="316"/>
        <source>I&apos;m new here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rwy&apos;n newydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="317"/>
        <source>Have a QR pass? Hold it under the scanner at any time.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oes gennych chi bàs QR? Daliwch e o dan y sganiwr unrhyw bryd.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="318"/>
        <source>Welcome! Tell us a little about you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso! Dywedwch ychydig wrthon ni amdanoch chi</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="321"/>
        <source>Department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="322"/>
        <source>Email (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">E-bost (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="323"/>
        <source>Role (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rôl (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="324"/>
        <source>Language</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="338"/>
        <source>Choose or type your department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch neu deipiwch eich adran</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="339"/>
        <source>Show my first name on the room screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos fy enw cyntaf ar sgriniau&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="341"/>
        <source>Contact me about peer support and coffee meet-ups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cysylltu â fi am gymorth gan gymheiriaid a sgyrsiau dros baned</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="345"/>
        <source>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chi sy&apos;n penderfynu ar y ddau, a gallwch chi eu newid nes ymlaen. Gall hwylusydd ddangos popeth rydyn ni&apos;n ei gadw amdanoch chi, neu ddileu&apos;r cyfan.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="349"/>
        <location filename="../../screens/checkin.py" line="353"/>
        <source>Back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="350"/>
        <source>Continue</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="351"/>
        <source>On now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymlaen nawr</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="352"/>
        <source>I&apos;d like to talk about</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hoffwn i siarad am</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="355"/>
        <source>Get my QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cael fy mhàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="356"/>
        <source>Print a badge</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu bathodyn</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="357"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="358"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="359"/>
        <source>Yes, we met</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Do, fe wnaethon ni gwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="360"/>
        <source>No, not yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Naddo, ddim eto</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="361"/>
        <source>Join the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymuno â&apos;r treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="364"/>
        <source>Photograph this pass or print it as a badge. Scan it next time to check in at once.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnwch lun o&apos;r pàs hwn, neu argraffwch e fel bathodyn. Sganiwch e y tro nesaf i gofrestru ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="394"/>
        <source>Nobody found with that name. New here? Tap “I&apos;m new here”.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddod o hyd i neb â&apos;r enw yna. Ydych chi&apos;n newydd yma? Pwyswch “Rwy&apos;n newydd yma”.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="400"/>
        <source>Hello, %1. What brings you in today?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Helo, %1. Beth sy&apos;n dod â chi yma heddiw?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="426"/>
        <source>Please check this.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="464"/>
        <source>Welcome, %1!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso, %1!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="471"/>
        <source>You are checked in for: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru ar gyfer: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="473"/>
        <source>You are checked in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="477"/>
        <source>Also here for the same: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yma am yr un peth hefyd: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="481"/>
        <source>You are the first here for this. A facilitator will say hello.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chi yw&apos;r cyntaf yma am hyn. Bydd hwylusydd yn dod i ddweud helo.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="708"/>
        <source>Your coffee match this round: %1. Say hello and find a time!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich partner coffi y rownd hon: %1. Dywedwch helo a dewch o hyd i amser!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="714"/>
        <source>Did you meet %1 for coffee?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wnaethoch chi gwrdd â %1 am goffi?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="720"/>
        <source>Someone would like to work with you on %1: %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hoffai rhywun weithio gyda chi ar %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="729"/>
        <source>Peer supporters who can help with this: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymheiriaid a all helpu gyda hyn: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="746"/>
        <source>Thank you for letting us know.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am roi gwybod i ni.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="758"/>
        <source>You are in the coffee trials: your match shows at a later check-in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi: bydd eich partner yn ymddangos pan fyddwch chi&apos;n cofrestru eto.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="794"/>
        <source>Your QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich pàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="806"/>
        <source>Scan me to check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch fi i gofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="826"/>
        <source>Your badge is printing.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;ch bathodyn yn cael ei argraffu.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="829"/>
        <source>No printer is set up: the badge was saved as a PDF for a facilitator to print.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod: mae&apos;r bathodyn wedi&apos;i gadw fel PDF i hwylusydd ei argraffu.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="837"/>
        <source>The badge could not be printed. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd argraffu&apos;r bathodyn. Holwch hwylusydd, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="31"/>
        <source>Meeting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="32"/>
        <source>Workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="33"/>
        <source>Focus group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp ffocws</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="34"/>
        <source>Coffee meet-up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Paned a sgwrs</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="38"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="39"/>
        <source>Upcoming events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="55"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i drefnu eto. Holwch hwylusydd am sesiynau sydd i ddod.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="61"/>
        <source>Today</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heddiw</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="61"/>
        <source>Tomorrow</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yfory</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="83"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="85"/>
        <source>in the room now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn yr ystafell nawr</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="86"/>
        <source>visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ymweliadau&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="87"/>
        <source>people registered</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">pobl wedi cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="88"/>
        <source>active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prosiectau ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="89"/>
        <source>success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="90"/>
        <source>events coming up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="91"/>
        <source>changes waiting to sync</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">newidiadau&apos;n aros i gysoni</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="95"/>
        <source>Who&apos;s here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="96"/>
        <source>People and privacy</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a phreifatrwydd</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="97"/>
        <source>Showcase and screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Arddangosfa a sgriniau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="98"/>
        <source>Change PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newid y PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="99"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="100"/>
        <source>Lock and return to welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cloi a mynd i&apos;r sgrin groeso</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="101"/>
        <source>Close the kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="116"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol: pobl, prosiectau a digwyddiadau dychmygol.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="71"/>
        <source>What would you like to do?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth hoffech chi ei wneud?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="73"/>
        <source>Tell us you are here and what you came for</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch wrthon ni eich bod chi yma, a pham</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="74"/>
        <source>Projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="74"/>
        <source>Browse QI projects and find similar work</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Porwch brosiectau gwella ansawdd a chwiliwch am waith tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>See what teams have achieved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwelwch beth mae timau wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="76"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdai, cyfarfodydd a sgyrsiau dros baned</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Group sessions on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau grŵp ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>People &amp; coffee</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a choffi</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>Peer supporters, coffee trials and topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid, treialon coffi a byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="85"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="86"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="87"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="104"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Qspace: cymorth gan gymheiriaid ar gyfer gwella ansawdd.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="107"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 prosiect ar waith · %2 digwyddiad i ddod · %3 ymweliad y mis hwn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="319"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd agor cronfa ddata&apos;r ystafell. Holwch hwylusydd, os gwelwch yn dda; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="569"/>
        <source>Home</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="569"/>
        <source>Go to the home screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="570"/>
        <source>Scan a QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganio pàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="571"/>
        <source>Demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="572"/>
        <source>This room is showing demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="573"/>
        <source>Qspace Kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ciosg Qspace</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="594"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, aeth rhywbeth o&apos;i le. Rydyn ni wedi mynd yn ôl i&apos;r dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="599"/>
        <location filename="../../screens/main_window.py" line="636"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="664"/>
        <source>You are already checked in, %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru&apos;n barod, %1</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="665"/>
        <source>You checked in at %1. Are you leaving now?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fe wnaethoch chi gofrestru am %1. Ydych chi&apos;n gadael nawr?</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="669"/>
        <source>Check out</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="673"/>
        <source>Stay checked in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Aros yma</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="676"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="693"/>
        <source>Goodbye, %1. Thank you for coming!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwyl fawr, %1. Diolch am ddod!</translation>
    </message>
</context>
<context>
    <name>MeasuresScreen</name>
    <message>
        <location filename="../../screens/measures.py" line="194"/>
        <source>Show 2-sigma lines</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos llinellau 2-sigma</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="195"/>
        <source>Back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="195"/>
        <source>Back to the project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="196"/>
        <source>Save as picture</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fel llun</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="197"/>
        <source>Save as PDF</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="198"/>
        <source>Show on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="199"/>
        <source>Edit data</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu data</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="199"/>
        <source>Edit data (facilitator)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu data (hwylusydd)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="202"/>
        <source>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gludwch resi o daenlen, neu ffeil CSV gyda&apos;r penawdau hyn yn Saesneg: period, value, denominator, note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="206"/>
        <source>Data to import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Data i&apos;w fewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="207"/>
        <source>Replace the existing points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Disodli&apos;r pwyntiau presennol</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="208"/>
        <source>Import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="209"/>
        <source>Open a CSV file…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor ffeil CSV…</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="209"/>
        <location filename="../../screens/measures.py" line="486"/>
        <source>Open a CSV file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor ffeil CSV</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="210"/>
        <source>Note on the point you touched</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodyn ar y pwynt y gwnaethoch chi gyffwrdd ag e</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="211"/>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="212"/>
        <source>Save note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="213"/>
        <source>Exclude or include the point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor neu gynnwys y pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="214"/>
        <source>PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="215"/>
        <source>Mark the PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Marcio&apos;r cylch PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="216"/>
        <source>Baseline: first points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell sylfaen: y pwyntiau cyntaf</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="217"/>
        <source>Baseline: number of first points (0 for none)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell sylfaen: nifer y pwyntiau cyntaf (0 os nad oes un)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="218"/>
        <source>New phase after points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod newydd ar ôl y pwyntiau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="219"/>
        <source>New phase after points, such as 12, 20</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod newydd ar ôl y pwyntiau, er enghraifft 12, 20</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="220"/>
        <source>Save phases</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r cyfnodau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="279"/>
        <source>Example charts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siartiau enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="319"/>
        <source>This measure needs at least two points before it can be charted.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae angen o leiaf ddau bwynt ar y mesur hwn cyn bod modd creu siart ohono.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="322"/>
        <source>This project has no measures yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does gan y prosiect hwn ddim mesurau eto.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="337"/>
        <source>Point %1 chosen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwynt %1 wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="339"/>
        <source>Touch a point on the chart to add a note or a PDSA marker.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â phwynt ar y siart i ychwanegu nodyn neu farciwr PDSA.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="346"/>
        <source>No PDSA marker</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim marciwr PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="371"/>
        <location filename="../../screens/measures.py" line="413"/>
        <source>Saved to %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="373"/>
        <source>The picture could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r llun.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Period</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod amser</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="390"/>
        <source>Value</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwerth</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="416"/>
        <source>The PDF could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="423"/>
        <source>The chart is on the AV display.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r siart ar y sgrin AV.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="430"/>
        <source>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim sgrin fawr i ddangos hwn arni. Gall hwylusydd ddewis y sgrin AV o dan Arddangosfa.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="493"/>
        <source>That file could not be read as text (UTF-8 CSV).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid oedd modd darllen y ffeil honno fel testun (CSV UTF-8).</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="531"/>
        <source>has characters that cannot be stored</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae ynddo nodau na ellir eu cadw</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="532"/>
        <source>more cells than the columns</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mwy o gelloedd nag sydd o golofnau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="533"/>
        <source>there are no rows to import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">does dim rhesi i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="534"/>
        <source>more than 10,000 rows</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mwy na 10,000 o resi</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="535"/>
        <source>a needed column is missing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae colofn angenrheidiol ar goll</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="536"/>
        <source>a column appears twice</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae colofn yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="537"/>
        <source>the text could not be read</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid oedd modd darllen y testun</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="538"/>
        <source>not valid</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ddim yn ddilys</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="542"/>
        <source>value</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">gwerth</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="543"/>
        <source>denominator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">enwadur</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="544"/>
        <source>period</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cyfnod amser</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="545"/>
        <source>note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="553"/>
        <source>Row %1, %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhes %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="513"/>
        <source>and %n more</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="514"/>
        <source>Nothing was imported:</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i fewnforio:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="518"/>
        <source>%n point(s) imported.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n pwynt wedi&apos;u mewnforio.</numerusform>
            <numerusform>%n pwynt wedi&apos;i fewnforio.</numerusform>
            <numerusform>%n pwynt wedi&apos;u mewnforio.</numerusform>
            <numerusform>%n pwynt wedi&apos;u mewnforio.</numerusform>
            <numerusform>%n pwynt wedi&apos;u mewnforio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="523"/>
        <location filename="../../screens/measures.py" line="524"/>
        <source>not a number</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid rhif yw hwn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="526"/>
        <source>below zero</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">o dan sero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="525"/>
        <location filename="../../screens/measures.py" line="527"/>
        <source>missing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar goll</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="473"/>
        <source>No CSV files found</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ffeiliau CSV wedi&apos;u canfod</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="475"/>
        <source>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch y ffeil ar gof bach USB neu yn y ffolder allforio, neu gludwch ei rhesi yn y blwch.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="478"/>
        <source>Close</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="485"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="486"/>
        <source>The newest files first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y ffeiliau mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="528"/>
        <source>must be above zero</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid iddo fod yn fwy na sero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="529"/>
        <source>smaller than the count</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">llai na&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="530"/>
        <source>too long</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhy hir</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="598"/>
        <source>Phases are point numbers separated by commas, such as 12, 20.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch y cyfnodau fel rhifau pwyntiau, gyda choma rhwng pob un, er enghraifft 12, 20.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="614"/>
        <source>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r cyfnodau yna ddim yn addas i&apos;r mesur hwn: does dim modd cyfuno llinell sylfaen a chyfnodau, a rhaid i bob rhif fod rhwng 1 a nifer y pwyntiau.</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <location filename="../../screens/mysettings.py" line="168"/>
        <location filename="../../screens/mysettings.py" line="193"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="169"/>
        <source>Check in or find myself</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru neu chwilio amdana i</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="170"/>
        <source>Coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="171"/>
        <source>Join the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymuno â&apos;r treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="172"/>
        <source>Pause for two weeks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi am bythefnos</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="173"/>
        <source>Start again now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailddechrau nawr</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="174"/>
        <source>Leave the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael y treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="175"/>
        <source>Don&apos;t pair me with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidiwch â fy mharu gyda</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="178"/>
        <source>Find someone by name: only people who agreed to be shown are found. Nobody is told.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwiliwch am rywun wrth ei enw: dim ond pobl sydd wedi cytuno i gael eu dangos sy&apos;n cael eu canfod. Fydd neb yn cael gwybod.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="182"/>
        <source>Type a name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch enw</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="183"/>
        <source>Find someone not to be paired with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio am rywun i beidio â chael eich paru gyda nhw</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="184"/>
        <source>Peer supporter</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymheiriad cymorth</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="185"/>
        <source>Stop offering help</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidio â chynnig help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="186"/>
        <source>My projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy mhrosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="187"/>
        <source>Topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="189"/>
        <source>Read the boards and reply to a post: replies are anonymous, as posts are.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Darllenwch y byrddau ac atebwch neges: mae atebion yn ddienw, fel negeseuon.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="191"/>
        <source>Go to the topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Done: forget me on this kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen: anghofio amdana i ar y ciosg hwn</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="260"/>
        <source>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch eich pàs QR, neu chwiliwch amdanoch chi&apos;ch hun wrth gofrestru, i weld a newid eich gosodiadau eich hun.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="267"/>
        <source>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Helo, %1. Dyma&apos;ch dewisiadau chi. Pwyswch Gorffen pan fyddwch chi wedi gorffen: bydd y ciosg hwn yn anghofio amdanoch chi wedyn.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="278"/>
        <source>You are not in the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydych chi ddim yn y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="281"/>
        <source>You are in the coffee trials, paused until %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi, wedi oedi tan %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="286"/>
        <source>You are in the coffee trials: your match shows when you check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi: bydd eich partner yn ymddangos pan fyddwch chi&apos;n cofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="297"/>
        <source>Someone not shown by name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhywun sydd ddim yn cael ei enwi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="299"/>
        <source>Pair me with %1 again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy mharu gyda %1 eto</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="314"/>
        <source>Don&apos;t pair me with %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidio â fy mharu gyda %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="335"/>
        <source>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cymheiriaid cymorth yn cael eu rhestru wrth eu henw cyntaf, felly i gynnig help mae angen i chi gytuno i gael eich dangos. Gall hwylusydd newid hynny i chi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="339"/>
        <source>You offer help with the topics chosen below.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi&apos;n cynnig help gyda&apos;r pynciau sydd wedi&apos;u dewis isod.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="341"/>
        <source>Choose the topics you could help colleagues with.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch y pynciau y gallech chi helpu cydweithwyr gyda nhw.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Save my topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fy mhynciau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Offer help</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnig help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="352"/>
        <source>Projects you are on the team of: open one to change it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau rydych chi yn eu tîm: agorwch un i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="354"/>
        <source>You are not on a project&apos;s team yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydych chi ddim yn nhîm prosiect eto.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="366"/>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="378"/>
        <source>Saved: you have left the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi gadael y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="380"/>
        <source>Saved: you are paused for two weeks.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi oedi am bythefnos.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="382"/>
        <source>Saved: you are in the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi yn y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="412"/>
        <source>Saved: you will not be paired with %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: fyddwch chi ddim yn cael eich paru gyda %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="421"/>
        <source>Saved: you may be paired with them again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: gallwch chi gael eich paru gyda nhw eto.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="441"/>
        <source>Saved: you are listed as a peer supporter.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi&apos;ch rhestru fel cymheiriad cymorth.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="452"/>
        <source>Saved: you are no longer listed as a peer supporter.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: dydych chi ddim wedi&apos;ch rhestru fel cymheiriad cymorth mwyach.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/keyboard.py" line="204"/>
        <source>On-screen keyboard</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bysellfwrdd ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="206"/>
        <source>Shift: capital letter</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Shift: priflythyren</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="207"/>
        <source>Delete the last character</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r nod olaf</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="208"/>
        <source>space</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">bwlch</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="208"/>
        <source>Space</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bwlch</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="209"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="209"/>
        <source>Done: close the keyboard</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi gorffen: cau&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="210"/>
        <source>Welsh accents: â ŵ ŷ ä</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Acenion Cymraeg: â ŵ ŷ ä</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="211"/>
        <source>Numbers and symbols</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhifau a symbolau</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="212"/>
        <source>Letters</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llythrennau</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../screens/people.py" line="63"/>
        <source>People and privacy</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a phreifatrwydd</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="66"/>
        <source>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pan fydd rhywun yn gofyn, dangoswch bopeth sy&apos;n cael ei gadw amdanyn nhw (ffeil CSV), neu ddilëwch nhw. Mae nifer yr ymweliadau&apos;n cael ei gadw, heb eu henw.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="71"/>
        <source>Type a name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch enw</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="72"/>
        <source>Find a person</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio am berson</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="73"/>
        <source>Export their data (CSV)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio eu data (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="74"/>
        <source>Erase this person</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="104"/>
        <source>Chosen: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi dewis: %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="106"/>
        <source>Nobody chosen yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddewis neb eto.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="144"/>
        <source>Saved to %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="152"/>
        <source>Erase %1?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu %1?</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="154"/>
        <source>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bydd eu henw, eu cyfeiriad e-bost, eu rôl a&apos;u caniatâd yn cael eu dileu, a bydd eu pàs QR yn stopio gweithio. Bydd nifer yr ymweliadau&apos;n cael ei gadw. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="158"/>
        <source>Erase</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="159"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="169"/>
        <source>The person was erased.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r person wedi&apos;i ddileu.</translation>
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
    <name>Poster</name>
    <message>
        <location filename="../../screens/posters.py" line="56"/>
        <source>Quality improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="57"/>
        <source>QI project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="58"/>
        <source>Success story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori lwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="59"/>
        <source>Our aim</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ein nod</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="60"/>
        <source>Team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y tîm</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="61"/>
        <source>Stage</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cam</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="62"/>
        <source>PDSA cycles</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylchoedd PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="63"/>
        <source>Looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn chwilio am gydweithwyr</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="64"/>
        <source>Want to help? Get in touch</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hoffech chi helpu? Cysylltwch â ni</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="65"/>
        <source>Scan to see this project on the register</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch i weld y prosiect hwn ar y gofrestr</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="66"/>
        <source>Scan to read this story on the register</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch i ddarllen y stori hon ar y gofrestr</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="67"/>
        <source>The problem</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y broblem</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="68"/>
        <source>What changed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="69"/>
        <source>The result</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y canlyniad</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="70"/>
        <source>Lessons learnt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="71"/>
        <source>Before</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyn</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="72"/>
        <source>After</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar ôl</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="73"/>
        <source>Median</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canolrif</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="74"/>
        <source>Thank you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="75"/>
        <source>Thanks to %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch i %1</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="76"/>
        <source>From the project: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">O&apos;r prosiect: %1</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="77"/>
        <source>Headline measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif fesur</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="78"/>
        <source>Centre line</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell ganol</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="79"/>
        <source>Common cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos cyffredin</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="80"/>
        <source>Special cause: improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: gwelliant</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="81"/>
        <source>Special cause: concern</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: pryder</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="82"/>
        <source>Special cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos arbennig</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="83"/>
        <source>Consistently meets the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cyrraedd y targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="84"/>
        <source>Consistently misses the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn methu&apos;r targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="85"/>
        <source>Hit and miss against the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Weithiau&apos;n cyrraedd y targed, weithiau ddim</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="86"/>
        <source>Event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="87"/>
        <source>Meeting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="88"/>
        <source>Workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="89"/>
        <source>Focus group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp ffocws</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="90"/>
        <source>Coffee meet-up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Paned a sgwrs</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="91"/>
        <source>When</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="92"/>
        <source>Where</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="93"/>
        <source>All welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso i bawb</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="94"/>
        <source>Peer support for quality improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid i wella ansawdd</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../screens/sharing_view.py" line="135"/>
        <source>Session on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y sesiwn ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="136"/>
        <source>Airtime: everyone&apos;s voice</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser siarad: llais pawb</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="150"/>
        <source>Project on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="151"/>
        <source>Chart on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="152"/>
        <source>Story on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="153"/>
        <source>Team presenting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm yn cyflwyno</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="157"/>
        <source>Qspace sessions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau Qspace</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="159"/>
        <source>No session is running</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim sesiwn ar y gweill</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="179"/>
        <source>Part %1 of %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhan %1 o %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="184"/>
        <source>%n part(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n rhan</numerusform>
            <numerusform>%n rhan</numerusform>
            <numerusform>%n rhan</numerusform>
            <numerusform>%n rhan</numerusform>
            <numerusform>%n rhan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="197"/>
        <source>Starting soon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn dechrau cyn bo hir</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="200"/>
        <source>Thank you for taking part</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am gymryd rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="212"/>
        <source>Paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi oedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="215"/>
        <source>%1 · team %2 of %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 · tîm %2 o %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="223"/>
        <source>Next: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nesaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="247"/>
        <source>Dot-voting results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau&apos;r pleidleisio â dotiau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="255"/>
        <location filename="../../screens/sharing_view.py" line="292"/>
        <source>%n dot(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="264"/>
        <location filename="../../screens/sharing_view.py" line="273"/>
        <source>Ideas, tips and questions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Syniadau, awgrymiadau a chwestiynau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="268"/>
        <source>Add yours at the kiosk: anonymously if you like. They appear here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegwch eich rhai chi wrth y ciosg: yn ddienw os hoffech chi. Maen nhw&apos;n ymddangos yma.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="296"/>
        <source>and %n more</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="361"/>
        <source>%1 · %2 min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 · %2 mun</translation>
    </message>
</context>
<context>
    <name>ProjectFormScreen</name>
    <message>
        <location filename="../../screens/project_form.py" line="170"/>
        <source>Edit the project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu&apos;r prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="170"/>
        <source>Log a QI project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofnodi prosiect gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="173"/>
        <source>Answer the three questions of the Model for Improvement. It takes about two minutes; you can add more later.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Atebwch dri chwestiwn y Model ar gyfer Gwella. Mae&apos;n cymryd tua dau funud; gallwch ychwanegu rhagor wedyn.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="178"/>
        <source>Project title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl y prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="179"/>
        <source>1. What are we trying to accomplish?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">1. Beth ydyn ni&apos;n ceisio&apos;i gyflawni?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="180"/>
        <source>2. How will we know that a change is an improvement?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">2. Sut byddwn ni&apos;n gwybod bod newid yn welliant?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="181"/>
        <source>3. What changes can we make that will result in improvement?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">3. Pa newidiadau allwn ni eu gwneud a fydd yn arwain at welliant?</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="182"/>
        <source>Department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="183"/>
        <source>Topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="184"/>
        <source>Team members (people who agreed to be shown)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Aelodau&apos;r tîm (pobl sydd wedi cytuno i gael eu dangos)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="185"/>
        <source>Improving Quality Together reference (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeirnod Gwella Ansawdd Gyda&apos;n Gilydd (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="190"/>
        <source>For example: Fewer falls on Ward 7</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Er enghraifft: Llai o gwympiadau ar Ward 7</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="192"/>
        <source>How much, by when, for whom</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Faint, erbyn pryd, i bwy</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="194"/>
        <source>Outcome, process and balancing measures</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesurau canlyniad, proses a chydbwyso</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="196"/>
        <source>Ideas to test with PDSA cycles</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Syniadau i&apos;w profi gyda chylchoedd PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="198"/>
        <source>Find a team member by name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dod o hyd i aelod o&apos;r tîm yn ôl enw</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="199"/>
        <source>Type a name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch enw</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="200"/>
        <source>Clear the team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="202"/>
        <source>For example: IQT-1234</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Er enghraifft: IQT-1234</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="203"/>
        <source>We are looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydyn ni&apos;n chwilio am bobl i gydweithio</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="204"/>
        <source>The project form</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ffurflen y prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="205"/>
        <location filename="../../screens/project_form.py" line="206"/>
        <source>Similar projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="207"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="208"/>
        <source>Save changes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="208"/>
        <source>Save the project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="235"/>
        <source>No department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim adran</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="349"/>
        <source>As you type, projects like yours appear here, finished ones too.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wrth i chi deipio, bydd prosiectau tebyg i&apos;ch un chi yn ymddangos yma, rhai wedi&apos;u cwblhau hefyd.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="353"/>
        <source>Someone may have tried this before: open one to learn from it or team up.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Efallai fod rhywun wedi rhoi cynnig ar hyn o&apos;r blaen: agorwch un i ddysgu ohono neu i ymuno â nhw.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="360"/>
        <source>Same topics: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr un pynciau: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="363"/>
        <source>Shared words: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Geiriau yn gyffredin: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="410"/>
        <source>Add %1 to the team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu %1 at y tîm</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="415"/>
        <source>Nobody added yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neb wedi&apos;i ychwanegu eto</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="425"/>
        <source>Remove %1 from the team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu %1 o&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="438"/>
        <source>a title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">deitl</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="438"/>
        <source>the first question (the aim)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">y cwestiwn cyntaf (y nod)</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="439"/>
        <source>Please fill in %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llenwch %1, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/project_form.py" line="453"/>
        <source>Saved: %1. Log your first PDSA cycle when you are ready.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: %1. Cofnodwch eich cylch PDSA cyntaf pan fyddwch chi&apos;n barod.</translation>
    </message>
</context>
<context>
    <name>ProjectScreen</name>
    <message>
        <location filename="../../screens/project.py" line="200"/>
        <source>All projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pob prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="202"/>
        <source>Topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="203"/>
        <source>What are we trying to accomplish?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth ydyn ni&apos;n ceisio&apos;i gyflawni?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="204"/>
        <source>How will we know that a change is an improvement?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sut byddwn ni&apos;n gwybod bod newid yn welliant?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="205"/>
        <source>What changes can we make that will result in improvement?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa newidiadau allwn ni eu gwneud a fydd yn arwain at welliant?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="206"/>
        <source>Team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="207"/>
        <source>PDSA cycles</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylchoedd PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="208"/>
        <source>Stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="212"/>
        <source>Project details</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Manylion y prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="213"/>
        <location filename="../../screens/project.py" line="214"/>
        <source>Similar projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="215"/>
        <source>Scan to open this project on the register</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch i agor y prosiect hwn ar y gofrestr</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="216"/>
        <location filename="../../screens/project.py" line="321"/>
        <source>Measures and charts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesurau a siartiau</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="217"/>
        <source>Log a PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofnodi cylch PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="218"/>
        <source>Update the last cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diweddaru&apos;r cylch olaf</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="219"/>
        <source>Ask to collaborate</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gofyn am gydweithio</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="220"/>
        <source>Edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="220"/>
        <source>Edit this project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu&apos;r prosiect hwn</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="221"/>
        <source>What are you testing?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth ydych chi&apos;n ei brofi?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="222"/>
        <source>Cycle title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl y cylch</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="223"/>
        <source>Act: adopt, adapt or abandon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithredu: mabwysiadu, addasu neu roi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="226"/>
        <source>Act: not decided yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithredu: heb benderfynu eto</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="231"/>
        <source>Plan: what, who, when, where</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynllunio: beth, pwy, pryd, ble</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="232"/>
        <source>Prediction: what do you expect?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhagfynegiad: beth ydych chi&apos;n ei ddisgwyl?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="233"/>
        <source>Do: what happened?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwneud: beth ddigwyddodd?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="234"/>
        <source>Study: how did it compare with the prediction?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Astudio: sut roedd yn cymharu â&apos;r rhagfynegiad?</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="239"/>
        <location filename="../../screens/project.py" line="245"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="240"/>
        <source>Save the cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r cylch</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="242"/>
        <source>Say who you are, how to reach you and what you would like to do together</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch pwy ydych chi, sut i gysylltu â chi a beth hoffech chi ei wneud gyda&apos;ch gilydd</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="244"/>
        <source>Message to the team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges i&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="246"/>
        <source>Send</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Anfon</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="290"/>
        <source>Loading the project…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wrthi&apos;n llwytho&apos;r prosiect…</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="302"/>
        <source>IQT reference %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeirnod IQT %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="304"/>
        <source>Looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn chwilio am bobl i gydweithio</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="306"/>
        <source>Not written yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="314"/>
        <source>No PDSA cycles yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim cylchoedd PDSA eto</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="315"/>
        <source>No stories yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim straeon eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/project.py" line="320"/>
        <source>Measures and charts (%n)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Mesurau a siartiau (%n)</numerusform>
            <numerusform>Mesurau a siartiau (%n)</numerusform>
            <numerusform>Mesurau a siartiau (%n)</numerusform>
            <numerusform>Mesurau a siartiau (%n)</numerusform>
            <numerusform>Mesurau a siartiau (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="329"/>
        <source>Cycle %1: %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="332"/>
        <source>Plan</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynllunio</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="333"/>
        <source>Prediction</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhagfynegiad</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="334"/>
        <source>Do</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwneud</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="335"/>
        <source>Study</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Astudio</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="340"/>
        <source>Act</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="345"/>
        <source>No similar projects found</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim prosiectau tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="369"/>
        <source>Same topics: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr un pynciau: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="372"/>
        <source>Shared words: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Geiriau yn gyffredin: %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="386"/>
        <source>QR code of this project&apos;s register page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cod QR tudalen y prosiect hwn ar y gofrestr</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="400"/>
        <source>Update cycle %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diweddaru cylch %1</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="402"/>
        <source>Plan a new PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynllunio cylch PDSA newydd</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="430"/>
        <source>Please give the cycle a title.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch deitl i&apos;r cylch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="448"/>
        <source>Cycle %1 saved. Add a plan and a prediction before you start.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1 wedi&apos;i gadw. Ychwanegwch gynllun a rhagfynegiad cyn dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="449"/>
        <source>Cycle %1 planned. Come back to record what happened.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1 wedi&apos;i gynllunio. Dewch yn ôl i gofnodi beth ddigwyddodd.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="450"/>
        <source>Cycle %1 saved. Next: study the results against the prediction.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1 wedi&apos;i gadw. Nesaf: astudiwch y canlyniadau yn erbyn y rhagfynegiad.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="451"/>
        <source>Cycle %1 saved. Next: decide to adopt, adapt or abandon.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1 wedi&apos;i gadw. Nesaf: penderfynwch fabwysiadu, addasu neu roi&apos;r gorau iddi.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="452"/>
        <source>Cycle %1 complete.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch %1 wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="480"/>
        <source>Please write a short message to the team.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch neges fer i&apos;r tîm, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/project.py" line="491"/>
        <source>Sent. The team will see your message when they next check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i anfon. Bydd y tîm yn gweld eich neges y tro nesaf y byddan nhw&apos;n cofrestru.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../screens/projects.py" line="62"/>
        <source>QI projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="63"/>
        <source>Log a new project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofnodi prosiect newydd</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="64"/>
        <source>Search by title, aim, department or topic</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio yn ôl teitl, nod, adran neu bwnc</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="65"/>
        <source>Search projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="66"/>
        <source>Filter by topic</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hidlo yn ôl pwnc</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="67"/>
        <source>Filter by stage</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hidlo yn ôl cam</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="68"/>
        <source>Projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="77"/>
        <source>All topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pob pwnc</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="81"/>
        <source>All stages</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pob cam</translation>
    </message>
    <message>
        <location filename="../../screens/projects.py" line="120"/>
        <source>Loading projects…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wrthi&apos;n llwytho prosiectau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/projects.py" line="128"/>
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
        <location filename="../../screens/projects.py" line="136"/>
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
        <location filename="../../screens/projects.py" line="138"/>
        <source>Looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn chwilio am bobl i gydweithio</translation>
    </message>
</context>
<context>
    <name>QnetScreen</name>
    <message>
        <location filename="../../screens/qnet.py" line="171"/>
        <source>Qnet: people to learn with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Qnet: pobl i ddysgu gyda nhw</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="173"/>
        <location filename="../../screens/qnet.py" line="192"/>
        <source>Peer supporters</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="174"/>
        <source>Coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="175"/>
        <location filename="../../screens/qnet.py" line="203"/>
        <source>Topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="178"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="178"/>
        <source>Facilitator: run coffee rounds and approve posts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd: cynnal rowndiau coffi a chymeradwyo negeseuon</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="189"/>
        <source>Colleagues who offered to help, and when they are usually in the room.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cydweithwyr sydd wedi cynnig helpu, a phryd maen nhw yn yr ystafell fel arfer.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="191"/>
        <source>Who can help with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy all helpu gyda</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="195"/>
        <source>Randomised Coffee Trials: join at check-in and meet someone from another department. Your match is shown when you next check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Treialon Coffi ar Hap: ymunwch wrth gofrestru a chwrdd â rhywun o adran arall. Bydd eich partner yn cael ei ddangos y tro nesaf y byddwch chi&apos;n cofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="199"/>
        <source>Coffee groups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grwpiau coffi</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="200"/>
        <source>Run a round today</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnal rownd heddiw</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="201"/>
        <source>Print slips</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu slipiau</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="202"/>
        <source>Posts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Negeseuon</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="204"/>
        <location filename="../../screens/qnet.py" line="400"/>
        <source>Write a post</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennu neges</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="205"/>
        <source>Ask a question or share a tip (500 characters)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gofynnwch gwestiwn neu rannwch awgrym (500 nod)</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="398"/>
        <source>Post</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Postio</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="398"/>
        <source>Reply</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="207"/>
        <source>Cancel the reply</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo&apos;r ateb</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="208"/>
        <source>Approve</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="209"/>
        <source>Hide</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cuddio</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="218"/>
        <source>All topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pob pwnc</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="315"/>
        <source>No peer supporters listed for this yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim cymheiriaid cymorth wedi&apos;u rhestru ar gyfer hyn eto.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="318"/>
        <source>Mon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="319"/>
        <source>Tue</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mawrth</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="320"/>
        <source>Wed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mercher</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="321"/>
        <source>Thu</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iau</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="322"/>
        <source>Fri</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwener</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="323"/>
        <source>Sat</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sadwrn</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="324"/>
        <source>Sun</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sul</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="326"/>
        <source>morning</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">bore</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="326"/>
        <source>afternoon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prynhawn</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="329"/>
        <source>%1 %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%2 %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="334"/>
        <source>Usually in: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yma fel arfer: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="347"/>
        <source>A facilitator runs the rounds and prints the slips.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hwylusydd yn cynnal y rowndiau ac yn argraffu&apos;r slipiau.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="351"/>
        <source>No round yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim rownd eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="354"/>
        <source>Round of %1: %n group(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Rownd %1: %n grŵp</numerusform>
            <numerusform>Rownd %1: %n grŵp</numerusform>
            <numerusform>Rownd %1: %n grŵp</numerusform>
            <numerusform>Rownd %1: %n grŵp</numerusform>
            <numerusform>Rownd %1: %n grŵp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="364"/>
        <source>Group %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="375"/>
        <source>%n post(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="386"/>
        <source>Posts are anonymous and show once a facilitator approves them.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae negeseuon yn ddienw ac yn ymddangos ar ôl i hwylusydd eu cymeradwyo.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="388"/>
        <source>Posts are anonymous and show at once.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae negeseuon yn ddienw ac yn ymddangos ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="391"/>
        <source>Touch a post to reply to it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â neges i&apos;w hateb.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="397"/>
        <source>Replying to: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ateb: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="400"/>
        <source>Write a reply</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennu ateb</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="404"/>
        <source>Choose a topic to read its board</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch bwnc i ddarllen ei fwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="416"/>
        <source>No posts yet: start the conversation.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim negeseuon eto: dechreuwch y sgwrs.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="418"/>
        <source>Anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dienw</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="428"/>
        <source>Waiting for approval (%1): %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn aros am gymeradwyaeth (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="445"/>
        <source>Round done: %n group(s). Everyone sees their match at check-in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Rownd wedi&apos;i chynnal: %n grŵp. Bydd pawb yn gweld eu partner wrth gofrestru.</numerusform>
            <numerusform>Rownd wedi&apos;i chynnal: %n grŵp. Bydd pawb yn gweld eu partner wrth gofrestru.</numerusform>
            <numerusform>Rownd wedi&apos;i chynnal: %n grŵp. Bydd pawb yn gweld eu partner wrth gofrestru.</numerusform>
            <numerusform>Rownd wedi&apos;i chynnal: %n grŵp. Bydd pawb yn gweld eu partner wrth gofrestru.</numerusform>
            <numerusform>Rownd wedi&apos;i chynnal: %n grŵp. Bydd pawb yn gweld eu partner wrth gofrestru.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="461"/>
        <source>Coffee group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp coffi</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="462"/>
        <source>Meet for a coffee this week: say hello at check-in!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cwrddwch am goffi yr wythnos hon: dywedwch helo wrth gofrestru!</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="469"/>
        <source>The slips were sent to the printer.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r slipiau wedi&apos;u hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="486"/>
        <source>Please write something first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch rywbeth yn gyntaf, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="499"/>
        <source>Thank you: your post is on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: mae eich neges ar y bwrdd.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="501"/>
        <source>Thank you: your post shows once a facilitator approves it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: bydd eich neges yn ymddangos ar ôl i hwylusydd ei chymeradwyo.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../screens/base.py" line="144"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
</context>
<context>
    <name>SessionConsole</name>
    <message>
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="983"/>
        <location filename="../../screens/sharing.py" line="1063"/>
        <source>Project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="984"/>
        <source>Chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="985"/>
        <source>Story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="986"/>
        <source>Team (round robin)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm (pawb yn eu tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="991"/>
        <source>Run the session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnal y sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="992"/>
        <source>Choose or create</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis neu greu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="993"/>
        <source>Actions and closing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu a chloi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="994"/>
        <source>Console sections</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adrannau&apos;r consol</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="995"/>
        <source>+1 min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+1 mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="995"/>
        <source>Add one minute</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu munud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="996"/>
        <source>+5 min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+5 mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="996"/>
        <source>Add five minutes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu pum munud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="997"/>
        <source>Skip segment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor y rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="998"/>
        <source>Next team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm nesaf</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="999"/>
        <source>Show on AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1000"/>
        <source>Agenda</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1001"/>
        <location filename="../../screens/sharing.py" line="1006"/>
        <source>Cards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cardiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1002"/>
        <source>Kind of card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Math o gerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1003"/>
        <source>Type a card, or select one to edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch gerdyn, neu ddewiswch un i&apos;w olygu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1004"/>
        <source>Card text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun y cerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1005"/>
        <source>Add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1005"/>
        <source>Add card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1007"/>
        <source>Save edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r newid</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1008"/>
        <location filename="../../screens/sharing.py" line="1386"/>
        <source>Hide</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cuddio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1009"/>
        <source>Merge into</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno â</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>Merge</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>Dots each:</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau yr un:</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1012"/>
        <source>Dots each participant has</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau sydd gan bob cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Set</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Set dots each</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod y dotiau yr un</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1014"/>
        <location filename="../../screens/sharing.py" line="1212"/>
        <source>Reveal results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Datgelu&apos;r canlyniadau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1015"/>
        <source>On the AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1016"/>
        <source>Projects, charts and stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau, siartiau a straeon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1017"/>
        <source>Put on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Clear</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Take off screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu oddi ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1019"/>
        <source>Who is speaking?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sy&apos;n siarad?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Tap who is speaking. The bars show balance, not a ranking.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â phwy sy&apos;n siarad. Mae&apos;r barrau&apos;n dangos cydbwysedd, nid safle.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1021"/>
        <source>Open a session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1022"/>
        <source>Sessions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <source>Open</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <source>Open session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1024"/>
        <source>Create a session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <location filename="../../screens/sharing.py" line="1037"/>
        <source>Template</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Templed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1029"/>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1030"/>
        <location filename="../../screens/sharing.py" line="1040"/>
        <source>Event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1031"/>
        <location filename="../../screens/sharing.py" line="1041"/>
        <source>Teams</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Timau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1032"/>
        <location filename="../../screens/sharing.py" line="1043"/>
        <source>Dots each</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau yr un</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1039"/>
        <source>The template&apos;s name if left empty</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r templed os yw&apos;n wag</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1042"/>
        <source>Ward 4, Pharmacy, … (for round robins)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ward 4, Fferyllfa, … (i bawb gael tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <source>Create</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <source>Create session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1045"/>
        <source>Agenda and items</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda ac eitemau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1046"/>
        <location filename="../../screens/sharing.py" line="1047"/>
        <source>Segment title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl y rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1048"/>
        <source>Minutes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1049"/>
        <source> min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished"> mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1050"/>
        <location filename="../../screens/sharing.py" line="1051"/>
        <source>Round robin</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pawb yn eu tro</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1052"/>
        <source>Add segment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1053"/>
        <source>Kind of item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Math o eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1054"/>
        <source>Project, chart, story or team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect, siart, stori neu dîm</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1055"/>
        <source>Item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1056"/>
        <source>Add item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1057"/>
        <location filename="../../screens/sharing.py" line="1065"/>
        <source>Actions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1058"/>
        <source>What will be done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1060"/>
        <location filename="../../screens/sharing.py" line="1061"/>
        <source>Owner</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1062"/>
        <source>Due date</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiad cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1064"/>
        <source>Add action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu cam</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1068"/>
        <source>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cloi&apos;n dod â&apos;r sesiwn i ben ac yn cadw ei chrynodeb (yr agenda fel y&apos;i cynhaliwyd, presenoldeb, cardiau, pleidleisiau a chamau gweithredu) fel CSV a PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1072"/>
        <location filename="../../screens/sharing.py" line="1522"/>
        <source>Close and export</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cloi ac allforio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1074"/>
        <source>Audio unavailable: chimes and voice activity are off. Sessions still work.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sain ar gael: mae&apos;r clychau a&apos;r synhwyro llais wedi&apos;u diffodd. Mae sesiynau&apos;n dal i weithio.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1113"/>
        <source>From scratch</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">O&apos;r dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1117"/>
        <source>%1 (%2 min)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 (%2 mun)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1124"/>
        <source>No event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1133"/>
        <source>planned</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i chynllunio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1134"/>
        <source>running</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar y gweill</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1135"/>
        <source>paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hoedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1136"/>
        <source>closed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1159"/>
        <source>No session open: choose or create one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sesiwn ar agor: dewiswch neu grëwch un.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1169"/>
        <source>%n dot(s) given</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n dot wedi&apos;u rhoi</numerusform>
            <numerusform>%n dot wedi&apos;u rhoi</numerusform>
            <numerusform>%n dot wedi&apos;u rhoi</numerusform>
            <numerusform>%n dot wedi&apos;u rhoi</numerusform>
            <numerusform>%n dot wedi&apos;u rhoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1180"/>
        <source>hidden</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i guddio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1182"/>
        <source>edited</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i olygu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1183"/>
        <source>anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dienw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1184"/>
        <source>%n dot(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1202"/>
        <source>No project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1212"/>
        <source>Results revealed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau wedi&apos;u datgelu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1226"/>
        <source>skipped</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hepgor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1228"/>
        <source>done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1229"/>
        <source> (round robin)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished"> (pawb yn eu tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1248"/>
        <source>%1 is speaking</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 sy&apos;n siarad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1254"/>
        <source>Airtime of %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser siarad %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1265"/>
        <source>Nobody</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neb</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1265"/>
        <source>Nobody is speaking</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does neb yn siarad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1276"/>
        <source>Part %1 of %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhan %1 o %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1283"/>
        <source>Ready to start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn barod i ddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1287"/>
        <source>Agenda finished</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1287"/>
        <source>Closed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1295"/>
        <source>%1 · team %2 of %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 · tîm %2 o %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1305"/>
        <source>Pause</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1307"/>
        <source>Resume</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1309"/>
        <source>Start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1386"/>
        <source>Show</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1514"/>
        <source>Close this session?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r sesiwn hon?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1516"/>
        <source>The session ends for everyone and its summary is exported. It cannot be opened again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn yn dod i ben i bawb ac mae ei chrynodeb yn cael ei allforio. Does dim modd ei hagor eto.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1526"/>
        <source>Keep it open</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ei chadw ar agor</translation>
    </message>
</context>
<context>
    <name>SessionParticipation</name>
    <message>
        <location filename="../../screens/sharing.py" line="544"/>
        <source>Add to the board</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu at y bwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="545"/>
        <source>Your idea, tip, problem, question or action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich syniad, awgrym, problem, cwestiwn neu gam gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="546"/>
        <source>What you want to add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth rydych chi am ei ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="547"/>
        <source>Put my first name on it (otherwise it is anonymous)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi fy enw cyntaf arno (fel arall mae&apos;n ddienw)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="549"/>
        <source>Your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="550"/>
        <source>Add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="551"/>
        <source>Dot voting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pleidleisio â dotiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="552"/>
        <source>Vote with my dots</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pleidleisio â&apos;m dotiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="553"/>
        <source>Cards to vote for</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cardiau i bleidleisio drostynt</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="554"/>
        <source>Give a dot</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi dot</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="555"/>
        <source>I have finished</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rwyf wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="556"/>
        <source>How was it?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sut oedd hi?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="557"/>
        <source>1 = not useful, 5 = very useful</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">1 = dim yn ddefnyddiol, 5 = defnyddiol iawn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="559"/>
        <source>Rating %1 of 5</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgôr %1 o 5</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="560"/>
        <source>One comment (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Un sylw (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="561"/>
        <source>Your comment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich sylw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="562"/>
        <source>Send</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Anfon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="588"/>
        <source>No session right now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sesiwn ar hyn o bryd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="590"/>
        <source>When a facilitator starts a session, you can take part here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pan fydd hwylusydd yn dechrau sesiwn, gallwch gymryd rhan yma.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="596"/>
        <source>This session has closed: thank you. Please rate it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn hon wedi cau: diolch. Rhowch sgôr iddi, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="598"/>
        <source>Now: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nawr: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="601"/>
        <source>Add ideas, tips and questions: they appear on the big screen.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegwch syniadau, awgrymiadau a chwestiynau: maen nhw&apos;n ymddangos ar y sgrin fawr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="623"/>
        <source>You have %n dot(s) left.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Mae gennych %n dot ar ôl.</numerusform>
            <numerusform>Mae gennych %n dot ar ôl.</numerusform>
            <numerusform>Mae gennych %n dot ar ôl.</numerusform>
            <numerusform>Mae gennych %n dot ar ôl.</numerusform>
            <numerusform>Mae gennych %n dot ar ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="634"/>
        <source>Everyone has %n dot(s) to give to the cards they like best.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Mae gan bawb %n dot i&apos;w rhoi i&apos;r cardiau maen nhw&apos;n eu hoffi orau.</numerusform>
            <numerusform>Mae gan bawb %n dot i&apos;w rhoi i&apos;r cardiau maen nhw&apos;n eu hoffi orau.</numerusform>
            <numerusform>Mae gan bawb %n dot i&apos;w rhoi i&apos;r cardiau maen nhw&apos;n eu hoffi orau.</numerusform>
            <numerusform>Mae gan bawb %n dot i&apos;w rhoi i&apos;r cardiau maen nhw&apos;n eu hoffi orau.</numerusform>
            <numerusform>Mae gan bawb %n dot i&apos;w rhoi i&apos;r cardiau maen nhw&apos;n eu hoffi orau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="669"/>
        <source>Thank you: your card is on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: mae eich cerdyn ar y bwrdd.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="719"/>
        <source>Thank you for your feedback.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am eich adborth.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="104"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="106"/>
        <source>Room name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="107"/>
        <source>Language at the start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith ar y dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Return to welcome after (seconds idle)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r sgrin groeso ar ôl (eiliadau segur)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="109"/>
        <source>Large text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Modd ciosg (sgrin lawn, PIN i adael)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Closing time (HH:MM)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser cau (AA:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Keep visit records for (days)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw cofnodion ymweliadau am (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Central register address</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeiriad y gofrestr ganolog</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Main colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif liw (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="115"/>
        <source>Accent colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lliw ategol (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="121"/>
        <location filename="../../screens/settings.py" line="122"/>
        <source>On</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="123"/>
        <source>Save settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="124"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="169"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r ffeil gosodiadau. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="172"/>
        <source>Settings saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="182"/>
        <source>The settings could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r gosodiadau.</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="163"/>
        <source>Facilitator console</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Consol yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="164"/>
        <source>Back to taking part</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i gymryd rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="207"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="349"/>
        <source>Summary saved: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Crynodeb wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="355"/>
        <source>Summary saved as CSV and PDF in %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Crynodeb wedi&apos;i gadw fel CSV a PDF yn %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="366"/>
        <source>Attendance: %n checked in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Presenoldeb: %n wedi cofrestru</numerusform>
            <numerusform>Presenoldeb: %n wedi cofrestru</numerusform>
            <numerusform>Presenoldeb: %n wedi cofrestru</numerusform>
            <numerusform>Presenoldeb: %n wedi cofrestru</numerusform>
            <numerusform>Presenoldeb: %n wedi cofrestru</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="368"/>
        <source>Agenda as run</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr agenda fel y&apos;i cynhaliwyd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="372"/>
        <source>skipped</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hepgor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="376"/>
        <source>not run</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">heb ei gynnal</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="381"/>
        <source>Contributions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfraniadau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="386"/>
        <source>anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dienw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="389"/>
        <source>Dot-voting results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau&apos;r pleidleisio â dotiau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="394"/>
        <source>%n dot(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="397"/>
        <source>Actions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
</context>
<context>
    <name>ShowcaseAdminScreen</name>
    <message>
        <location filename="../../screens/showcase_admin.py" line="283"/>
        <source>Welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="284"/>
        <location filename="../../screens/showcase_admin.py" line="490"/>
        <source>Project card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cerdyn prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="285"/>
        <source>Success story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori lwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="286"/>
        <source>Wall of thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wal ddiolch</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="287"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="288"/>
        <source>Hot topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau llosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="289"/>
        <source>Room in numbers</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr ystafell mewn rhifau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="295"/>
        <source>Mon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="296"/>
        <source>Tue</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maw</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="297"/>
        <source>Wed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mer</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="298"/>
        <source>Thu</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="299"/>
        <source>Fri</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwe</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="300"/>
        <source>Sat</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="301"/>
        <source>Sun</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sul</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="305"/>
        <location filename="../../screens/showcase_admin.py" line="316"/>
        <source>Showcase</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Arddangosfa</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="308"/>
        <source>Loops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolenni</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="309"/>
        <source>Approvals</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="310"/>
        <source>Urgent message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges frys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="311"/>
        <source>AV display and reports</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrin AV ac adroddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="312"/>
        <source>Posters and flyers</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Posteri a thaflenni</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="320"/>
        <source>Kiosk welcome loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen groeso&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="321"/>
        <source>AV display loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="324"/>
        <location filename="../../screens/showcase_admin.py" line="325"/>
        <source>Loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="326"/>
        <source>Slides in the loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sleidiau yn y ddolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="327"/>
        <source>Move up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Symud i fyny</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="328"/>
        <source>Move down</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Symud i lawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="329"/>
        <source>Pause or play</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi neu chwarae</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="330"/>
        <source>Remove</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu allan</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="339"/>
        <source>Slide</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sleid</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="340"/>
        <source>Which one</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa un</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="341"/>
        <source>Seconds on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eiliadau ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="342"/>
        <source>Days</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diwrnodau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="343"/>
        <source>From and until (HH:MM, empty for all day)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser dechrau a gorffen (AA:MM, gadewch yn wag am y dydd cyfan)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="356"/>
        <source>HH:MM</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">AA:MM</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="360"/>
        <source>Add to the loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu at y ddolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="361"/>
        <source>Items for the public screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eitemau ar gyfer y sgriniau cyhoeddus</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="362"/>
        <source>Approve</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="363"/>
        <source>Withdraw approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dad-gymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="364"/>
        <source>Hide now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cuddio nawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="365"/>
        <source>Show again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos eto</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="367"/>
        <source>Urgent</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Brys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="368"/>
        <source>Emergency</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argyfwng</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="369"/>
        <location filename="../../screens/showcase_admin.py" line="370"/>
        <source>How urgent</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa mor frys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="371"/>
        <location filename="../../screens/showcase_admin.py" line="373"/>
        <source>Message in Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges yn Gymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="372"/>
        <location filename="../../screens/showcase_admin.py" line="374"/>
        <source>Message in English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges yn Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="375"/>
        <source>Show on every screen now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar bob sgrin nawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="376"/>
        <source>Clear the message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio&apos;r neges</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="377"/>
        <location filename="../../screens/showcase_admin.py" line="378"/>
        <source>AV display screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="379"/>
        <source>Use this screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Defnyddio&apos;r sgrin hon</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="381"/>
        <source>Proof of play: every completed showing, for the room&apos;s monthly report.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofnod dangos: pob sleid a ddangoswyd hyd y diwedd, ar gyfer adroddiad misol yr ystafell.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="383"/>
        <source>Export this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="384"/>
        <source>Export last month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio&apos;r mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="388"/>
        <source>Paper size</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maint y papur</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="390"/>
        <source>Welsh and English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="393"/>
        <location filename="../../screens/showcase_admin.py" line="396"/>
        <source>Language</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="394"/>
        <location filename="../../screens/showcase_admin.py" line="397"/>
        <source>Project, story or event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect, stori neu ddigwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="395"/>
        <source>Paper size (events: A5 flyer)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maint y papur (digwyddiadau: taflen A5)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="398"/>
        <source>Make the PDF</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="423"/>
        <source>Project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="424"/>
        <location filename="../../screens/showcase_admin.py" line="488"/>
        <source>Story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="425"/>
        <source>Event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="449"/>
        <source>No message is showing.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim neges yn cael ei dangos.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="452"/>
        <source>Showing on every screen: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar bob sgrin nawr: %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="462"/>
        <source>(each approved one in turn)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">(y rhai a gymeradwywyd, un ar y tro)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="465"/>
        <source>every day</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">bob dydd</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="471"/>
        <source>paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar saib</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="489"/>
        <source>Thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="494"/>
        <source>hidden</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cudd</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="496"/>
        <source>approved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cymeradwy</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="498"/>
        <source>waiting for approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="511"/>
        <source>Each approved one in turn</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y rhai a gymeradwywyd, un ar y tro</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="515"/>
        <source>The newest notes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y nodiadau diweddaraf</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="520"/>
        <source>No AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="521"/>
        <source>Any screen but the kiosk&apos;s</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Unrhyw sgrin ond sgrin y ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="528"/>
        <source>%1 (not connected)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 (heb ei chysylltu)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="598"/>
        <source>Added to the loop.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi ychwanegu at y ddolen.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="640"/>
        <source>Please write the message in Welsh too: every screen shows both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg hefyd: mae pob sgrin yn dangos y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="642"/>
        <source>Please write the message in English too: every screen shows both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Saesneg hefyd: mae pob sgrin yn dangos y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="643"/>
        <source>Please write the message in Welsh and in English.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg ac yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="663"/>
        <source>The choice could not be saved; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r dewis; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="666"/>
        <source>Saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="677"/>
        <location filename="../../screens/showcase_admin.py" line="733"/>
        <source>Saved to %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="731"/>
        <source>The PDF could not be saved; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r PDF; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="742"/>
        <location filename="../../screens/showcase_admin.py" line="749"/>
        <source>Sorry, that did not work. Please try again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location filename="../../screens/slides.py" line="54"/>
        <source>QI project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect gwella ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="55"/>
        <source>Success story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori lwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="56"/>
        <source>Wall of thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wal ddiolch</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="57"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="58"/>
        <source>Hot topics this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau llosg y mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="59"/>
        <source>The room in numbers</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr ystafell mewn rhifau</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="60"/>
        <source>Welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="61"/>
        <source>Urgent message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges frys</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="62"/>
        <source>Emergency</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argyfwng</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="63"/>
        <source>Our aim</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ein nod</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="64"/>
        <source>Team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y tîm</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="65"/>
        <source>Stage</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cam</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="66"/>
        <source>PDSA cycles</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylchoedd PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="67"/>
        <source>Looking for collaborators</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn chwilio am bobl i gydweithio</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="68"/>
        <source>Scan to see this project on the register</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch i weld y prosiect hwn ar y gofrestr</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="69"/>
        <source>The problem</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y broblem</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="70"/>
        <source>What changed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="71"/>
        <source>The result</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y canlyniad</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="72"/>
        <source>Lessons learnt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="73"/>
        <source>Before</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="74"/>
        <source>After</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar ôl</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="75"/>
        <source>Thank you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="76"/>
        <source>To</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">At</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="77"/>
        <source>Today</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heddiw</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="78"/>
        <source>Tomorrow</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yfory</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="79"/>
        <source>Nothing is booked yet: ask us about sessions.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i drefnu eto: holwch ni am sesiynau.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="80"/>
        <source>Visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymweliadau&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="81"/>
        <source>Active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="82"/>
        <source>Stories shared</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon wedi&apos;u rhannu</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="83"/>
        <source>Topics talked about this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau wedi&apos;u trafod y mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="84"/>
        <source>visits</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ymweliad</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="85"/>
        <source>active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prosiect ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="86"/>
        <source>No topics chosen in the last 30 days yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does neb wedi dewis pwnc yn ystod y 30 diwrnod diwethaf eto.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="87"/>
        <source>Leave a thank-you note at the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadewch nodyn diolch wrth y ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="88"/>
        <source>Peer support for quality improvement: come in, share, learn</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid ar gyfer gwella ansawdd: dewch i mewn, rhannwch, dysgwch</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="91"/>
        <source>Headline measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif fesur</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="92"/>
        <source>Common cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos cyffredin</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="93"/>
        <source>Special cause: improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: gwelliant</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="94"/>
        <source>Special cause: concern</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: pryder</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="95"/>
        <source>Special cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos arbennig</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="96"/>
        <source>Consistently meets the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cyrraedd y targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="97"/>
        <source>Consistently misses the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn methu&apos;r targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="98"/>
        <source>Hit and miss against the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Weithiau&apos;n cyrraedd y targed, weithiau&apos;n methu</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="99"/>
        <source>Meeting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="100"/>
        <source>Workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="101"/>
        <source>Focus group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp ffocws</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="102"/>
        <source>Coffee meet-up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Paned a sgwrs</translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <location filename="../../screens/stories.py" line="35"/>
        <location filename="../../screens/stories.py" line="39"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="37"/>
        <source>Teams in the Health Board share what they changed and what it achieved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae timau yn y Bwrdd Iechyd yn rhannu beth wnaethon nhw ei newid a beth oedd y canlyniad.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="40"/>
        <source>Say thank you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dweud diolch</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="55"/>
        <source>No stories yet: be the first to share yours.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim straeon eto: byddwch y cyntaf i rannu&apos;ch stori chi.</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="61"/>
        <source>What changed: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="62"/>
        <source>Result: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniad: %1</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../screens/sync_screen.py" line="38"/>
        <source>Not syncing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim yn cysoni</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="39"/>
        <source>Online</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar-lein</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="40"/>
        <source>Syncing…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cysoni…</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="41"/>
        <source>Offline</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">All-lein</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="42"/>
        <source>Sync refused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cysoni wedi&apos;i wrthod</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="46"/>
        <source>%1 waiting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 yn aros</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="48"/>
        <source>last %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">diwethaf %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../screens/sync_screen.py" line="88"/>
        <source>Sync with the central register</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cysoni â&apos;r gofrestr ganolog</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="89"/>
        <location filename="../../screens/sync_screen.py" line="91"/>
        <source>Refused by the register (dead letters)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;u gwrthod gan y gofrestr (llythyrau marw)</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="90"/>
        <location filename="../../screens/sync_screen.py" line="92"/>
        <source>Recent problems</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Problemau diweddar</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="93"/>
        <source>Sync now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="94"/>
        <source>Send the refused changes again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Anfon y newidiadau a wrthodwyd eto</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="115"/>
        <source>No central register is set: this room works offline. Set its address in Settings to sync.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim cofrestr ganolog wedi&apos;i gosod: mae&apos;r ystafell hon yn gweithio all-lein. Rhowch ei chyfeiriad yn y Gosodiadau i gysoni.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="125"/>
        <source>Not syncing: no register address or device token is set.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim yn cysoni: does dim cyfeiriad cofrestr na thocyn dyfais wedi&apos;i osod.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="126"/>
        <source>Online: the register answered the last sync.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar-lein: atebodd y gofrestr y cysoni diwethaf.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="127"/>
        <location filename="../../screens/sync_screen.py" line="162"/>
        <source>Syncing now.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cysoni nawr.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="129"/>
        <source>Offline: the register cannot be reached. Nothing is lost; sync starts again by itself as soon as it answers.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">All-lein: does dim modd cyrraedd y gofrestr. Does dim yn cael ei golli; bydd y cysoni&apos;n ailddechrau ohono&apos;i hun cyn gynted ag y bydd yn ateb.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="133"/>
        <source>The register refused this kiosk&apos;s token. Ask the register&apos;s administrator for a new device token.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwrthododd y gofrestr docyn y ciosg hwn. Gofynnwch i weinyddwr y gofrestr am docyn dyfais newydd.</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="138"/>
        <source>never</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">byth</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="140"/>
        <source>Changes waiting: %1 · Refused: %2 · Last successful sync: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newidiadau&apos;n aros: %1 · Wedi&apos;u gwrthod: %2 · Cysoni llwyddiannus diwethaf: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sync_screen.py" line="146"/>
        <location filename="../../screens/sync_screen.py" line="157"/>
        <source>None</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../screens/thanks.py" line="66"/>
        <source>Say thank you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dweud diolch</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="69"/>
        <source>Thank a team or a colleague for their improvement work. A facilitator checks each note before it goes on the wall of thanks.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolchwch i dîm neu i gydweithiwr am eu gwaith gwella. Bydd hwylusydd yn gwirio pob nodyn cyn iddo fynd ar y wal ddiolch.</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="74"/>
        <source>To (a team, a ward or a first name)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">I bwy (tîm, ward neu enw cyntaf)</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="75"/>
        <source>Your thank-you note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich nodyn diolch</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="76"/>
        <source>From (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oddi wrth (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="83"/>
        <source>Send my thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Anfon fy niolch</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="103"/>
        <source>Diolch! Your note will appear on the wall of thanks once it is approved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch! Bydd eich nodyn yn ymddangos ar y wal ddiolch ar ôl iddo gael ei gymeradwyo.</translation>
    </message>
    <message>
        <location filename="../../screens/thanks.py" line="109"/>
        <source>Sorry, that did not work. Please try again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <location filename="../../screens/whoshere.py" line="52"/>
        <source>Who&apos;s here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="54"/>
        <source>Print the roll call</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r gofrestr dân</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="54"/>
        <source>Print the roll call for a fire evacuation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r gofrestr dân ar gyfer gwacáu&apos;r adeilad</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="56"/>
        <location filename="../../screens/whoshere.py" line="57"/>
        <source>Attendance at events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Presenoldeb mewn digwyddiadau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="83"/>
        <location filename="../../screens/whoshere.py" line="132"/>
        <source>%n people in the room now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n o bobl yn yr ystafell nawr</numerusform>
            <numerusform>%n person yn yr ystafell nawr</numerusform>
            <numerusform>%n o bobl yn yr ystafell nawr</numerusform>
            <numerusform>%n o bobl yn yr ystafell nawr</numerusform>
            <numerusform>%n o bobl yn yr ystafell nawr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="98"/>
        <source>since %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ers %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="105"/>
        <source>Check out</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="105"/>
        <source>Check out %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodi bod %1 wedi gadael</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="117"/>
        <source>%n attended</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n yn bresennol</numerusform>
            <numerusform>%n yn bresennol</numerusform>
            <numerusform>%n yn bresennol</numerusform>
            <numerusform>%n yn bresennol</numerusform>
            <numerusform>%n yn bresennol</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="130"/>
        <source>Roll call</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestr dân</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="131"/>
        <source>Printed at %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffwyd am %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="133"/>
        <source>Since</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ers</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="169"/>
        <source>Roll call sent to %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r gofrestr dân wedi&apos;i hanfon i %1.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="173"/>
        <source>The roll call could not be printed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd argraffu&apos;r gofrestr dân.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../screens/words.py" line="23"/>
        <source>Setting the aim</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod y nod</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="24"/>
        <source>Choosing measures</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis mesurau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="25"/>
        <source>Choosing changes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis newidiadau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="26"/>
        <source>Testing changes (PDSA)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Profi newidiadau (PDSA)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="27"/>
        <source>Implementing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="28"/>
        <source>Spreading</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lledaenu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="29"/>
        <source>Completed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="34"/>
        <source>Idea</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Syniad</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="35"/>
        <source>Tip</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Awgrym</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="36"/>
        <source>Problem</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="37"/>
        <source>Question</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="38"/>
        <source>Action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="41"/>
        <source>Ideas</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Syniadau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="42"/>
        <source>Tips</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Awgrymiadau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="43"/>
        <source>Problems</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Problemau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="44"/>
        <source>Questions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cwestiynau</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="45"/>
        <source>Actions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="50"/>
        <source>Adopt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mabwysiadu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="51"/>
        <source>Adapt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Addasu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="52"/>
        <source>Abandon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="92"/>
        <source>Not decided yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb benderfynu eto</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="112"/>
        <source>Seconds on screen must be from %1 to %2.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r eiliadau ar y sgrin fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="118"/>
        <source>Write times as HH:MM, such as 08:00 (got “%1”).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch amseroedd fel AA:MM, er enghraifft 08:00 (rhoesoch chi “%1”).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="122"/>
        <source>The window starts and ends at the same time; leave both empty for all day.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r amser dechrau a&apos;r amser gorffen yr un fath; gadewch y ddau yn wag am y dydd cyfan.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="127"/>
        <source>Choose at least one day.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch o leiaf un diwrnod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="128"/>
        <source>That slide cannot go in a loop.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim modd rhoi&apos;r sleid yna mewn dolen.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="134"/>
        <source>The message is too long: at most %1 characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r neges yn rhy hir: %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="137"/>
        <source>Write the message in Welsh, English or both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg, yn Saesneg, neu yn y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="145"/>
        <source>Say who the thanks are for.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch i bwy mae&apos;r diolch.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="147"/>
        <source>Sign with your name or leave it empty.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llofnodwch gyda&apos;ch enw, neu adewch y blwch yn wag.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="148"/>
        <source>Write your note.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch eich nodyn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="154"/>
        <source>That is too long; please shorten it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hynny&apos;n rhy hir; byrhewch e, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="156"/>
        <source>This is too long: at most %1 characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hwn yn rhy hir: %1 nod ar y mwyaf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/words.py" line="165"/>
        <source>You have used all your %n dot(s).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Rydych chi wedi defnyddio pob un o&apos;ch %n dot.</numerusform>
            <numerusform>Rydych chi wedi defnyddio pob un o&apos;ch %n dot.</numerusform>
            <numerusform>Rydych chi wedi defnyddio pob un o&apos;ch %n dot.</numerusform>
            <numerusform>Rydych chi wedi defnyddio pob un o&apos;ch %n dot.</numerusform>
            <numerusform>Rydych chi wedi defnyddio pob un o&apos;ch %n dot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="174"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw “%1” ddim yn iawn: gwiriwch y gwerth, os gwelwch yn dda. Does dim byd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="183"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan PIN rhwng %1 a %2 digid.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="192"/>
        <source>The settings file could not be read. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y ffeil gosodiadau. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="195"/>
        <source>The settings file has a mistake in it. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae camgymeriad yn y ffeil gosodiadau. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="198"/>
        <source>The settings file names a setting the kiosk does not know.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ffeil gosodiadau yn enwi gosodiad nad yw&apos;r ciosg yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="202"/>
        <source>The settings file was written by a newer version of the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd y ffeil gosodiadau ei hysgrifennu gan fersiwn mwy newydd o&apos;r ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="205"/>
        <source>The database address is not right. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw cyfeiriad y gronfa ddata ddim yn gywir. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="208"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd agor cronfa ddata&apos;r ystafell. Holwch hwylusydd, os gwelwch yn dda; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="213"/>
        <source>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd rhoi&apos;r diweddariad hwn ar waith ar gronfa ddata&apos;r ystafell, felly cafodd ei rhoi&apos;n ôl fel yr oedd cyn y diweddariad: chollwyd dim byd. Gofynnwch i&apos;r adran TG osod y fersiwn blaenorol neu un wedi&apos;i thrwsio, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="219"/>
        <source>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd cronfa ddata&apos;r ystafell ei gwneud gan fersiwn mwy newydd o&apos;r ciosg. Gofynnwch i hwylusydd uwchraddio&apos;r ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="224"/>
        <source>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ni all y ciosg ysgrifennu i&apos;w ffolder data. Gofynnwch i hwylusydd; mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="229"/>
        <source>No facilitator PIN has been set yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim PIN hwylusydd wedi&apos;i osod eto.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="232"/>
        <source>That PIN is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r PIN yna ddim yn gywir.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="233"/>
        <source>Too many wrong PINs: please wait a few minutes.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gormod o PINau anghywir: arhoswch ychydig funudau, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="237"/>
        <source>The two PINs are not the same. Please try again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r ddau PIN ddim yr un fath. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="240"/>
        <source>Please fill this in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llenwch hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="242"/>
        <source>This has characters that cannot be stored. Please type it again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae rhai nodau yn hwn nad oes modd eu cadw. Teipiwch e eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="245"/>
        <source>This does not look like an email address, such as name@wales.nhs.uk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw hwn ddim yn edrych fel cyfeiriad e-bost (er enghraifft, enw@wales.nhs.uk).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="248"/>
        <source>Please choose a department from the list or type its name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch adran o&apos;r rhestr, neu deipiwch ei henw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="251"/>
        <source>That topic is no longer on the list.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r pwnc yna ddim ar y rhestr bellach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="254"/>
        <source>That event has finished. Please choose a topic.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r digwyddiad yna wedi gorffen. Dewiswch bwnc, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="257"/>
        <source>That person could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r person yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="260"/>
        <source>You are already checked in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="263"/>
        <source>That visit could not be found; it may have ended already.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r ymweliad yna; efallai ei fod wedi dod i ben yn barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="266"/>
        <location filename="../../screens/words.py" line="394"/>
        <source>That code could not be read. Please try again or type your name instead.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y cod yna. Rhowch gynnig arall arni, neu deipiwch eich enw yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="269"/>
        <location filename="../../screens/words.py" line="399"/>
        <source>This pass could not be verified. Please ask a facilitator for a new one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd gwirio&apos;r pàs hwn. Gofynnwch i hwylusydd am un newydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="272"/>
        <location filename="../../screens/words.py" line="404"/>
        <source>This pass is no longer valid. Please ask a facilitator for a new one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r pàs hwn ddim yn ddilys bellach. Gofynnwch i hwylusydd am un newydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="275"/>
        <source>That project could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r prosiect yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="278"/>
        <source>That measure could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r mesur yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="281"/>
        <source>That data point could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r pwynt data yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="284"/>
        <source>That PDSA cycle could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r cylch PDSA yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="287"/>
        <source>That PDSA cycle belongs to another project.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r cylch PDSA yna&apos;n perthyn i brosiect arall.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="290"/>
        <source>Those baseline and phase settings do not fit this chart.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r gosodiadau llinell sylfaen a chyfnodau yna ddim yn addas i&apos;r siart hwn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="294"/>
        <source>That item is no longer there; the list has been refreshed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r eitem yna ddim yno bellach; mae&apos;r rhestr wedi&apos;i hadnewyddu.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="299"/>
        <source>That session could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r sesiwn yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="302"/>
        <source>This session has closed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn hon wedi cau.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="305"/>
        <source>That session template could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r templed sesiwn yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="308"/>
        <source>That part of the session could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r rhan yna o&apos;r sesiwn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="311"/>
        <source>That card is no longer on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r cerdyn hwnnw ar y bwrdd mwyach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="315"/>
        <source>Each person can have from 1 to 20 dots.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gall pob person gael rhwng 1 ac 20 dot.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="318"/>
        <source>Please choose a rating from 1 to 5.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch sgôr o 1 i 5.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="322"/>
        <source>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw %1 wedi cytuno i gael ei ddangos: tynnwch %1 o&apos;r tîm, neu gallan nhw gytuno wrth gofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="326"/>
        <source>A team member has not agreed to be shown. They can agree when they check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw un o aelodau&apos;r tîm wedi cytuno i gael ei ddangos. Gallan nhw gytuno wrth gofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="330"/>
        <source>Please choose adopt, adapt or abandon.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch fabwysiadu, addasu neu roi&apos;r gorau iddi.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="333"/>
        <source>That is not a stage of the Model for Improvement.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw hwnnw ddim yn un o gamau&apos;r Model ar gyfer Gwella.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="336"/>
        <source>Fewer than two people are in the coffee pool: no round today.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae llai na dau berson yn y grŵp coffi: dim rownd heddiw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="339"/>
        <source>Today&apos;s round has been run already.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae rownd heddiw wedi&apos;i chynnal yn barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="342"/>
        <source>That coffee round could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r rownd goffi yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="345"/>
        <source>That post is no longer on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r neges yna ddim ar y bwrdd bellach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="348"/>
        <source>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ond tîm y prosiect all ei newid yma. Gofynnwch i hwylusydd eich ychwanegu at y tîm.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="352"/>
        <source>That request could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r cais yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="355"/>
        <source>That event could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r digwyddiad yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="358"/>
        <source>Please check the event&apos;s details: one of them is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch fanylion y digwyddiad: dyw un ohonyn nhw ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="361"/>
        <source>Please check the measure&apos;s details: one of them is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch fanylion y mesur: dyw un ohonyn nhw ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="364"/>
        <source>Please check the department&apos;s names: one is empty or already used.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch enwau&apos;r adran: mae un yn wag neu wedi&apos;i ddefnyddio&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="367"/>
        <source>Nothing was imported: the file has mistakes. Each one is listed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ni fewnforiwyd dim: mae camgymeriadau yn y ffeil. Mae pob un wedi&apos;i restru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="370"/>
        <source>That file is not a Qspace Kiosk database. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r ffeil yna&apos;n gronfa ddata Ciosg Qspace. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="373"/>
        <source>That backup comes from a newer version of the kiosk. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Daw&apos;r copi wrth gefn yna o fersiwn mwy newydd o&apos;r ciosg. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="376"/>
        <source>The backup could not be written. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r copi wrth gefn. Holwch hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="385"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
</context>
</TS>
