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
    <name>BackupsScreen</name>
    <message>
        <location filename="../../screens/backups.py" line="65"/>
        <source>Backups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Copïau wrth gefn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/backups.py" line="68"/>
        <source>The kiosk backs itself up every day after closing time and keeps %n day(s) of backups.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Mae&apos;r ciosg yn gwneud copi wrth gefn ohono&apos;i hun bob dydd ar ôl amser cau ac yn cadw copïau %n diwrnod.</numerusform>
            <numerusform>Mae&apos;r ciosg yn gwneud copi wrth gefn ohono&apos;i hun bob dydd ar ôl amser cau ac yn cadw copïau %n diwrnod.</numerusform>
            <numerusform>Mae&apos;r ciosg yn gwneud copi wrth gefn ohono&apos;i hun bob dydd ar ôl amser cau ac yn cadw copïau %n diwrnod.</numerusform>
            <numerusform>Mae&apos;r ciosg yn gwneud copi wrth gefn ohono&apos;i hun bob dydd ar ôl amser cau ac yn cadw copïau %n diwrnod.</numerusform>
            <numerusform>Mae&apos;r ciosg yn gwneud copi wrth gefn ohono&apos;i hun bob dydd ar ôl amser cau ac yn cadw copïau %n diwrnod.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="74"/>
        <source>Each is also copied to %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae pob un hefyd yn cael ei gopïo i %1.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="78"/>
        <source>No backups yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="79"/>
        <source>Back up now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwneud copi nawr</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="80"/>
        <source>Back to the facilitator page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i dudalen yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="109"/>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="111"/>
        <source>%1: damaged, cannot be restored</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1: wedi&apos;i ddifrodi, does dim modd dod ag ef yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="115"/>
        <source>Restore the backup of %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dod â chopi wrth gefn %1 yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="116"/>
        <location filename="../../screens/backups.py" line="157"/>
        <source>Restore</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dod yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="133"/>
        <source>Backed up: %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Copi wedi&apos;i wneud: %1.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="148"/>
        <source>Restore this backup?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dod â&apos;r copi wrth gefn hwn yn ôl?</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="150"/>
        <source>The room goes back to how it was on %1: anything recorded since then is lost. The database as it is now is backed up first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bydd yr ystafell yn mynd yn ôl i sut roedd hi ar %1: bydd unrhyw beth a gofnodwyd ers hynny&apos;n cael ei golli. Mae copi o&apos;r gronfa ddata fel y mae hi nawr yn cael ei wneud yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="154"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/backups.py" line="176"/>
        <source>The backup of %1 is back.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae copi wrth gefn %1 yn ôl.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../screens/widgets.py" line="463"/>
        <source>Close</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../screens/widgets.py" line="463"/>
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
        <location filename="../../screens/checkin.py" line="310"/>
        <location filename="../../screens/checkin.py" line="353"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="311"/>
        <source>Type the first letters of your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch lythrennau cyntaf eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="312"/>
        <location filename="../../screens/checkin.py" line="313"/>
        <location filename="../../screens/checkin.py" line="319"/>
        <source>Your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="314"/>
        <source>First time in Qspace?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyma&apos;ch tro cyntaf yn Qspace?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="315"/>
        <source>I&apos;m new here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rwy&apos;n newydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="316"/>
        <source>Have a QR pass? Hold it under the scanner at any time.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oes gennych chi bàs QR? Daliwch e o dan y sganiwr unrhyw bryd.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="317"/>
        <source>Welcome! Tell us a little about you</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso! Dywedwch ychydig wrthon ni amdanoch chi</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="320"/>
        <source>Department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="321"/>
        <source>Email (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">E-bost (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="322"/>
        <source>Role (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rôl (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="323"/>
        <source>Language</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="337"/>
        <source>Choose or type your department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch neu deipiwch eich adran</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="338"/>
        <source>Show my first name on the room screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos fy enw cyntaf ar sgriniau&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="340"/>
        <source>Contact me about peer support and coffee meet-ups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cysylltu â fi am gymorth gan gymheiriaid a sgyrsiau dros baned</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="344"/>
        <source>Both are up to you and can be changed later. A facilitator can show you or erase everything we keep about you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chi sy&apos;n penderfynu ar y ddau, a gallwch chi eu newid nes ymlaen. Gall hwylusydd ddangos popeth rydyn ni&apos;n ei gadw amdanoch chi, neu ddileu&apos;r cyfan.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="348"/>
        <location filename="../../screens/checkin.py" line="352"/>
        <source>Back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="349"/>
        <source>Continue</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="350"/>
        <source>On now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymlaen nawr</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="351"/>
        <source>I&apos;d like to talk about</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hoffwn i siarad am</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="354"/>
        <source>Get my QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cael fy mhàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="355"/>
        <source>Print a badge</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu bathodyn</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="356"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="357"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="358"/>
        <source>Yes, we met</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Do, fe wnaethon ni gwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="359"/>
        <source>No, not yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Naddo, ddim eto</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="360"/>
        <source>Join the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymuno â&apos;r treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="363"/>
        <source>Photograph this pass or print it as a badge. Scan it next time to check in at once.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnwch lun o&apos;r pàs hwn, neu argraffwch e fel bathodyn. Sganiwch e y tro nesaf i gofrestru ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="393"/>
        <source>Nobody found with that name. New here? Tap “I&apos;m new here”.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddod o hyd i neb â&apos;r enw yna. Ydych chi&apos;n newydd yma? Pwyswch “Rwy&apos;n newydd yma”.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="399"/>
        <source>Hello, %1. What brings you in today?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Helo, %1. Beth sy&apos;n dod â chi yma heddiw?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="425"/>
        <source>Please check this.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="463"/>
        <source>Welcome, %1!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso, %1!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="470"/>
        <source>You are checked in for: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru ar gyfer: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="472"/>
        <source>You are checked in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="476"/>
        <source>Also here for the same: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yma am yr un peth hefyd: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="480"/>
        <source>You are the first here for this. A facilitator will say hello.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chi yw&apos;r cyntaf yma am hyn. Bydd hwylusydd yn dod i ddweud helo.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="714"/>
        <source>Your coffee match this round: %1. Say hello and find a time!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich partner coffi y rownd hon: %1. Dywedwch helo a dewch o hyd i amser!</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="720"/>
        <source>Did you meet %1 for coffee?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wnaethoch chi gwrdd â %1 am goffi?</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="726"/>
        <source>Someone would like to work with you on %1: %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hoffai rhywun weithio gyda chi ar %1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="735"/>
        <source>Peer supporters who can help with this: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymheiriaid a all helpu gyda hyn: %1</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="752"/>
        <source>Thank you for letting us know.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am roi gwybod i ni.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="764"/>
        <source>You are in the coffee trials: your match shows at a later check-in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi: bydd eich partner yn ymddangos pan fyddwch chi&apos;n cofrestru eto.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="800"/>
        <source>Your QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich pàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="812"/>
        <source>Scan me to check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch fi i gofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="832"/>
        <source>Your badge is printing.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;ch bathodyn yn cael ei argraffu.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="835"/>
        <source>No printer is set up: the badge was saved as a PDF for a facilitator to print.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod: mae&apos;r bathodyn wedi&apos;i gadw fel PDF i hwylusydd ei argraffu.</translation>
    </message>
    <message>
        <location filename="../../screens/checkin.py" line="843"/>
        <source>The badge could not be printed. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd argraffu&apos;r bathodyn. Holwch hwylusydd, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>DepartmentsScreen</name>
    <message>
        <location filename="../../screens/departments.py" line="116"/>
        <source>Departments</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adrannau</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="119"/>
        <source>Visitors choose their department at check-in and can be found by it. Each department has an English and a Welsh name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae ymwelwyr yn dewis eu hadran wrth gofrestru, a gellir dod o hyd iddyn nhw drwyddi. Mae gan bob adran enw Saesneg ac enw Cymraeg.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="123"/>
        <location filename="../../screens/departments.py" line="125"/>
        <source>English name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="124"/>
        <location filename="../../screens/departments.py" line="126"/>
        <source>Welsh name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw Cymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="132"/>
        <source>Add the department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu&apos;r adran</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="135"/>
        <source>Save the new names</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r enwau newydd</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="136"/>
        <source>Save the new names of %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw enwau newydd %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="138"/>
        <location filename="../../screens/departments.py" line="300"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="143"/>
        <source>Merging “%1”: touch “Into this one” on the department that keeps its people.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno “%1”: cyffyrddwch â “I mewn i hon” ar yr adran sy&apos;n cadw ei phobl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/departments.py" line="164"/>
        <source>%n people</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="166"/>
        <source>Retired: not offered at check-in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i rhoi o&apos;r neilltu: ddim yn cael ei chynnig wrth gofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="170"/>
        <source>Rename</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailenwi</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="170"/>
        <source>Rename %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailenwi %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="173"/>
        <source>Merge…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno…</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="173"/>
        <source>Merge %1 into another</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno %1 ag adran arall</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="177"/>
        <source>Into this one</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">I mewn i hon</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="178"/>
        <source>Merge into %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno â %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="184"/>
        <source>Bring back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adfer</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="184"/>
        <source>Retire</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi o&apos;r neilltu</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="185"/>
        <source>Bring back %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adfer %1</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="185"/>
        <source>Retire %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi %1 o&apos;r neilltu</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="246"/>
        <source>The department was renamed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd yr adran ei hailenwi.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="246"/>
        <source>Department added.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran wedi&apos;i hychwanegu.</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="283"/>
        <source>Merge “%1” into “%2”?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno “%1” â “%2”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/departments.py" line="287"/>
        <source>%n people will move to “%2”, with the projects, and “%1” is removed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>Bydd %n person yn symud i “%2”, gyda&apos;r prosiectau, a bydd “%1” yn cael ei dileu.</numerusform>
            <numerusform>Bydd %n person yn symud i “%2”, gyda&apos;r prosiectau, a bydd “%1” yn cael ei dileu.</numerusform>
            <numerusform>Bydd %n person yn symud i “%2”, gyda&apos;r prosiectau, a bydd “%1” yn cael ei dileu.</numerusform>
            <numerusform>Bydd %n person yn symud i “%2”, gyda&apos;r prosiectau, a bydd “%1” yn cael ei dileu.</numerusform>
            <numerusform>Bydd %n person yn symud i “%2”, gyda&apos;r prosiectau, a bydd “%1” yn cael ei dileu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="296"/>
        <source>Merge</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno</translation>
    </message>
    <message>
        <location filename="../../screens/departments.py" line="314"/>
        <source>The departments were merged.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd yr adrannau eu huno.</translation>
    </message>
</context>
<context>
    <name>EventAdminScreen</name>
    <message>
        <location filename="../../screens/event_admin.py" line="387"/>
        <source>No limit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim terfyn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/event_admin.py" line="390"/>
        <source>%n time(s)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n gwaith</numerusform>
            <numerusform>%n waith</numerusform>
            <numerusform>%n gwaith</numerusform>
            <numerusform>%n gwaith</numerusform>
            <numerusform>%n gwaith</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="396"/>
        <source>Edit the event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu&apos;r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="396"/>
        <location filename="../../screens/event_admin.py" line="400"/>
        <source>New event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad newydd</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="398"/>
        <source>Events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="401"/>
        <source>Import from a USB drive</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio o gof bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="402"/>
        <source>Back to the facilitator page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i dudalen yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="403"/>
        <source>The room&apos;s events and series</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau a chyfresi&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="408"/>
        <source>Date</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="409"/>
        <source>Starts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="410"/>
        <source>Ends</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="411"/>
        <source>The repeats end</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ailadrodd yn dod i ben</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="412"/>
        <source>Dates in the series</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiadau&apos;r gyfres</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="424"/>
        <source>For example: Gweithdy Gwella Ansawdd</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Er enghraifft: Gweithdy Gwella Ansawdd</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="425"/>
        <source>For example: Quality Improvement workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Er enghraifft: Quality Improvement workshop</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="426"/>
        <source>For example: Qspace, 2nd floor</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Er enghraifft: Qspace, ail lawr</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="430"/>
        <source>Does not repeat</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ailadrodd</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="431"/>
        <source>Every week</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bob wythnos</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="432"/>
        <source>Every month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bob mis</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="437"/>
        <source>After a number of times</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar ôl nifer o weithiau</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="438"/>
        <source>On a date</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar ddyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="439"/>
        <source>Never</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Byth</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="443"/>
        <location filename="../../screens/event_admin.py" line="444"/>
        <source>a day</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">diwrnod</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="443"/>
        <location filename="../../screens/event_admin.py" line="444"/>
        <source>a week</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wythnos</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="445"/>
        <location filename="../../screens/event_admin.py" line="446"/>
        <source>15 minutes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">15 munud</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="445"/>
        <location filename="../../screens/event_admin.py" line="446"/>
        <source>an hour</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">awr</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="447"/>
        <source>1 place</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">1 lle</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="447"/>
        <source>10 places</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">10 lle</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="453"/>
        <source>Skip a date to take it out of the series; Restore puts it back.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgorwch ddyddiad i&apos;w dynnu o&apos;r gyfres; mae Adfer yn ei roi yn ôl.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="455"/>
        <source>Back to the list</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="457"/>
        <source>Touch again to cancel the event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch eto i ganslo&apos;r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="459"/>
        <source>Cancel the event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo&apos;r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="461"/>
        <source>Make a flyer (PDF)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwneud taflen (PDF)</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="462"/>
        <source>Save changes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="462"/>
        <source>Save the event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="463"/>
        <source>The event&apos;s details</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Manylion y digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="482"/>
        <source>%1 fewer</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 yn llai</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="482"/>
        <source>%1 earlier</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 yn gynt</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="483"/>
        <source>%1 more</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 yn fwy</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="483"/>
        <source>%1 later</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="510"/>
        <source>No events yet. Touch New event to add one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim digwyddiadau eto. Cyffyrddwch â Digwyddiad newydd i ychwanegu un.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="520"/>
        <source>Every week from %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bob wythnos o %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="521"/>
        <source>Every month from %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bob mis o %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/event_admin.py" line="530"/>
        <source>%n date(s) skipped</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n dyddiad wedi&apos;u hepgor</numerusform>
            <numerusform>%n dyddiad wedi&apos;i hepgor</numerusform>
            <numerusform>%n dyddiad wedi&apos;u hepgor</numerusform>
            <numerusform>%n dyddiad wedi&apos;u hepgor</numerusform>
            <numerusform>%n dyddiad wedi&apos;u hepgor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="534"/>
        <source>Cancelled</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="649"/>
        <source>%1 (skipped)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 (wedi&apos;i hepgor)</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="652"/>
        <source>Restore</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adfer</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="652"/>
        <source>Restore %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adfer %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="654"/>
        <source>Skip</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="654"/>
        <source>Skip %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor %1</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="676"/>
        <source>Saved: the series&apos; dates are up to date.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: mae dyddiadau&apos;r gyfres yn gyfredol.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="698"/>
        <source>Saved: %1. It is on What&apos;s on now.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: %1. Mae ar Beth sydd ymlaen nawr.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="700"/>
        <source>Saved the changes to %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi cadw&apos;r newidiadau i %1.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="745"/>
        <source>Cancelled: %1. It has left What&apos;s on and the screens.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i ganslo: %1. Mae wedi gadael Beth sydd ymlaen a&apos;r sgriniau.</translation>
    </message>
    <message>
        <location filename="../../screens/event_admin.py" line="792"/>
        <source>The flyer could not be saved; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r daflen; mae&apos;r manylion yn y log.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../screens/events.py" line="34"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="35"/>
        <source>Upcoming events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="51"/>
        <source>Nothing is booked yet. Ask a facilitator about upcoming sessions.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i drefnu eto. Holwch hwylusydd am sesiynau sydd i ddod.</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="57"/>
        <source>Today</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heddiw</translation>
    </message>
    <message>
        <location filename="../../screens/events.py" line="57"/>
        <source>Tomorrow</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yfory</translation>
    </message>
</context>
<context>
    <name>ExportsScreen</name>
    <message>
        <location filename="../../screens/exports.py" line="36"/>
        <source>Saved to the USB drive %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw ar y cof bach USB %1.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="39"/>
        <source>Saved to Exports on the Facilitator page.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw yn Allforion ar dudalen yr Hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="154"/>
        <source>Exports</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforion</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="157"/>
        <source>Files saved at the kiosk while no USB drive was plugged in. Touch one to see it, then print or delete it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ffeiliau a gadwyd ar y ciosg pan nad oedd cof bach USB wedi&apos;i gysylltu. Cyffyrddwch ag un i&apos;w gweld, yna ei hargraffu neu ei dileu.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="161"/>
        <source>Saved files</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ffeiliau wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="162"/>
        <source>Print</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="162"/>
        <source>Print this file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r ffeil hon</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="163"/>
        <location filename="../../screens/exports.py" line="354"/>
        <source>Delete</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="163"/>
        <source>Delete this file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r ffeil hon</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="164"/>
        <source>Back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="164"/>
        <source>Back to the Facilitator page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i dudalen yr Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="192"/>
        <source>Picture</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="193"/>
        <source>PDF document</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dogfen PDF</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="194"/>
        <source>Spreadsheet (CSV)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Taenlen (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="195"/>
        <source>Text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="196"/>
        <source>File</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ffeil</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="213"/>
        <source>No files are kept at the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim ffeiliau wedi&apos;u cadw ar y ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="220"/>
        <source>Choose a file to see it here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch ffeil i&apos;w gweld yma.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="258"/>
        <source>This file cannot be shown here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim modd dangos y ffeil hon yma.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="325"/>
        <source>This file could not be read.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y ffeil hon.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="334"/>
        <source>Sent to the printer.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="337"/>
        <source>No printer is set up: a PDF copy was added to this list.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod: mae copi PDF wedi&apos;i ychwanegu at y rhestr hon.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="343"/>
        <source>The file could not be printed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd argraffu&apos;r ffeil.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="351"/>
        <source>Delete %1?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu %1?</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="352"/>
        <source>The file is removed from the kiosk. This cannot be undone.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ffeil yn cael ei thynnu oddi ar y ciosg. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="355"/>
        <source>Keep it</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ei chadw</translation>
    </message>
    <message>
        <location filename="../../screens/exports.py" line="371"/>
        <source>The file was deleted.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ffeil wedi&apos;i dileu.</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../screens/facilitator.py" line="138"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="140"/>
        <source>in the room now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn yr ystafell nawr</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="141"/>
        <source>visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ymweliadau&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="142"/>
        <source>people registered</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">pobl wedi cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="143"/>
        <source>active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prosiectau ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="144"/>
        <source>success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="145"/>
        <source>events coming up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">digwyddiadau i ddod</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="146"/>
        <source>changes waiting to sync</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">newidiadau&apos;n aros i gysoni</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="150"/>
        <source>Who&apos;s here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="151"/>
        <source>People and privacy</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a phreifatrwydd</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="152"/>
        <source>Departments</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adrannau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="153"/>
        <source>Showcase and screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Arddangosfa a sgriniau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="154"/>
        <source>Events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="155"/>
        <source>Import from a USB drive</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio o gof bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="156"/>
        <source>Write success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennu straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="157"/>
        <source>Exports</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforion</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="157"/>
        <source>Exports: files saved at the kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforion: ffeiliau wedi&apos;u cadw ar y ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="158"/>
        <source>Change PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newid y PIN</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="159"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="160"/>
        <source>Lock and return to welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cloi a mynd i&apos;r sgrin groeso</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="161"/>
        <source>Close the kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="162"/>
        <location filename="../../screens/facilitator.py" line="212"/>
        <source>Remove the demo</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r demo</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="163"/>
        <source>Backups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="178"/>
        <source>This room is showing demo content: made-up people, projects and events.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol: pobl, prosiectau a digwyddiadau dychmygol.</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="191"/>
        <source>This removes every demo record: %1 people, %2 projects, %3 stories, %4 events, %5 visits and %6 other records. Kept: your %7 own records, and %8 demo records that your own records point at. Nothing is sent to the register.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hyn yn tynnu pob cofnod enghreifftiol: %1 o bobl, %2 o brosiectau, %3 o straeon, %4 o ddigwyddiadau, %5 o ymweliadau a %6 o gofnodion eraill. Yn cael eu cadw: eich %7 o gofnodion eich hun, a %8 o gofnodion enghreifftiol y mae eich cofnodion chi&apos;n cyfeirio atyn nhw. Does dim yn cael ei anfon i&apos;r gofrestr.</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="206"/>
        <source>Remove the demo?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r demo?</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="209"/>
        <source>Keep it</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ei gadw</translation>
    </message>
    <message>
        <location filename="../../screens/facilitator.py" line="224"/>
        <source>The demo is removed: %1 records gone, %2 of your own kept.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r demo wedi&apos;i dynnu: %1 o gofnodion wedi mynd, %2 o&apos;ch rhai chi wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../screens/home.py" line="75"/>
        <source>What would you like to do?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth hoffech chi ei wneud?</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Check in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="77"/>
        <source>Tell us you are here and what you came for</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch wrthon ni eich bod chi yma, a pham</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="78"/>
        <source>Projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="78"/>
        <source>Browse QI projects and find similar work</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Porwch brosiectau gwella ansawdd a chwiliwch am waith tebyg</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="79"/>
        <source>See what teams have achieved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwelwch beth mae timau wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="80"/>
        <source>Workshops, meetings and coffee meet-ups</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdai, cyfarfodydd a sgyrsiau dros baned</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="81"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="81"/>
        <source>Group sessions on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau grŵp ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="83"/>
        <source>People &amp; coffee</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a choffi</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="84"/>
        <source>Peer supporters, coffee trials and topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid, treialon coffi a byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="89"/>
        <source>Facilitator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="90"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="91"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="108"/>
        <source>Qspace: peer support for quality improvement.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Qspace: cymorth gan gymheiriaid ar gyfer gwella ansawdd.</translation>
    </message>
    <message>
        <location filename="../../screens/home.py" line="111"/>
        <source>%1 active projects · %2 events coming up · %3 visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 prosiect ar waith · %2 digwyddiad i ddod · %3 ymweliad y mis hwn</translation>
    </message>
</context>
<context>
    <name>ImportsScreen</name>
    <message>
        <location filename="../../screens/imports.py" line="93"/>
        <source>Import from a USB drive</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio o gof bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="96"/>
        <source>Put in a USB drive holding a calendar (.ics, from Outlook or Google Calendar) or a spreadsheet saved as CSV UTF-8 (people or departments), then choose the file. A file with mistakes imports nothing.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch gof bach USB i mewn sy&apos;n dal calendr (.ics, o Outlook neu Google Calendar) neu daenlen wedi&apos;i chadw fel CSV UTF-8 (pobl neu adrannau), yna dewiswch y ffeil. Does dim byd yn cael ei fewnforio o ffeil sydd â chamgymeriadau.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="101"/>
        <source>Look again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Edrych eto</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="102"/>
        <source>Events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="103"/>
        <source>Back to the facilitator page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i dudalen yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="104"/>
        <source>Files on the USB drives</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ffeiliau ar y cofion bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="105"/>
        <source>What is wrong in the file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd o&apos;i le yn y ffeil</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="106"/>
        <source>Import as events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio fel digwyddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="107"/>
        <source>Import as people</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio fel pobl</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="108"/>
        <source>Import as departments</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio fel adrannau</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="143"/>
        <source>No .ics or .csv files found. Put in the USB drive and touch Look again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddod o hyd i ffeiliau .ics na .csv. Rhowch y cof bach USB i mewn a chyffwrdd ag Edrych eto.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="149"/>
        <source>On %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar %1</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="150"/>
        <source>Chosen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i dewis</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="154"/>
        <source>Touch to choose this file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch i ddewis y ffeil hon</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="158"/>
        <source>Chosen: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i dewis: %1</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="160"/>
        <source>Choose a file to import.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch ffeil i&apos;w mewnforio.</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="190"/>
        <location filename="../../screens/imports.py" line="233"/>
        <source>Importing…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn mewnforio…</translation>
    </message>
    <message>
        <location filename="../../screens/imports.py" line="218"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi mewnforio: %1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/imports.py" line="222"/>
        <source>%n cancelled in the calendar, so not imported.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n wedi&apos;u canslo yn y calendr, felly heb eu mewnforio.</numerusform>
            <numerusform>%n wedi&apos;i ganslo yn y calendr, felly heb ei fewnforio.</numerusform>
            <numerusform>%n wedi&apos;u canslo yn y calendr, felly heb eu mewnforio.</numerusform>
            <numerusform>%n wedi&apos;u canslo yn y calendr, felly heb eu mewnforio.</numerusform>
            <numerusform>%n wedi&apos;u canslo yn y calendr, felly heb eu mewnforio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/imports.py" line="229"/>
        <source>%n mistake(s):</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n camgymeriad:</numerusform>
            <numerusform>%n camgymeriad:</numerusform>
            <numerusform>%n gamgymeriad:</numerusform>
            <numerusform>%n camgymeriad:</numerusform>
            <numerusform>%n camgymeriad:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../screens/main_window.py" line="499"/>
        <source>The settings file could not be written. Please ask IT.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r ffeil gosodiadau. Holwch yr adran TG, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="539"/>
        <source>The room&apos;s database is back. The kiosk is starting.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cronfa ddata&apos;r ystafell yn ôl. Mae&apos;r ciosg yn dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="555"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd agor cronfa ddata&apos;r ystafell. Holwch hwylusydd, os gwelwch yn dda; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="854"/>
        <source>Home</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="854"/>
        <source>Go to the home screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r hafan</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="855"/>
        <source>Scan a QR pass</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganio pàs QR</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="856"/>
        <source>Demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="857"/>
        <source>This room is showing demo content</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ystafell hon yn dangos cynnwys enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="858"/>
        <source>Qspace Kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ciosg Qspace</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="881"/>
        <source>Sorry, something went wrong. We have gone back to the start.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, aeth rhywbeth o&apos;i le. Rydyn ni wedi mynd yn ôl i&apos;r dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="886"/>
        <location filename="../../screens/main_window.py" line="923"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="953"/>
        <source>You are already checked in, %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru&apos;n barod, %1</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="954"/>
        <source>You checked in at %1. Are you leaving now?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fe wnaethoch chi gofrestru am %1. Ydych chi&apos;n gadael nawr?</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="958"/>
        <source>Check out</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="962"/>
        <source>Stay checked in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Aros yma</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="965"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/main_window.py" line="982"/>
        <source>Goodbye, %1. Thank you for coming!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hwyl fawr, %1. Diolch am ddod!</translation>
    </message>
</context>
<context>
    <name>MeasureFormBox</name>
    <message>
        <location filename="../../screens/measure_editor.py" line="117"/>
        <source>Change the measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newid y mesur</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="117"/>
        <source>New measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesur newydd</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="119"/>
        <source>Name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="120"/>
        <source>Name of the measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r mesur</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="121"/>
        <source>Unit (such as minutes, %, patients)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uned (fel munudau, %, cleifion)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="122"/>
        <source>Unit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uned</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="123"/>
        <source>Chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="125"/>
        <source>Run chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart rhediad</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="126"/>
        <source>I chart (values)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart I (gwerthoedd)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="127"/>
        <source>P chart (percentage)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart P (canran)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="128"/>
        <source>U chart (rate)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart U (cyfradd)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="129"/>
        <source>C chart (counts)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart C (cyfrifon)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="133"/>
        <source>Which way is better</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa ffordd sy&apos;n well</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="135"/>
        <source>Higher is better</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uwch sy&apos;n well</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="136"/>
        <source>Lower is better</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Is sy&apos;n well</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="137"/>
        <source>Neither</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y naill na&apos;r llall</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="141"/>
        <source>Target (may be left empty)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Targed (gellir ei adael yn wag)</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="142"/>
        <source>Target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Targed</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="143"/>
        <location filename="../../screens/measure_editor.py" line="144"/>
        <source>What the denominator counts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth mae&apos;r enwadur yn ei gyfrif</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="145"/>
        <source>such as patients seen that week</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">fel cleifion a welwyd yr wythnos honno</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="146"/>
        <source>Save the measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r mesur</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="147"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="183"/>
        <source>The target must be a number, or left empty.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r targed fod yn rhif, neu&apos;n wag.</translation>
    </message>
</context>
<context>
    <name>MeasuresScreen</name>
    <message>
        <location filename="../../screens/measures.py" line="225"/>
        <source>Show 2-sigma lines</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos llinellau 2-sigma</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="226"/>
        <source>Back</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="226"/>
        <source>Back to the project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="227"/>
        <source>Save as picture</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fel llun</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="228"/>
        <source>Save as PDF</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="229"/>
        <source>Show on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="230"/>
        <source>Edit data</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu data</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="230"/>
        <source>Edit data (facilitator)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu data (hwylusydd)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="233"/>
        <source>Paste rows from a spreadsheet, or a CSV file with a header: period, value, denominator, note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gludwch resi o daenlen, neu ffeil CSV gyda&apos;r penawdau hyn yn Saesneg: period, value, denominator, note</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="237"/>
        <source>Data to import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Data i&apos;w fewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="238"/>
        <source>Replace the existing points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Disodli&apos;r pwyntiau presennol</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="239"/>
        <source>Import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="240"/>
        <source>Open a CSV file…</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor ffeil CSV…</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="240"/>
        <location filename="../../screens/measures.py" line="668"/>
        <source>Open a CSV file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor ffeil CSV</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="241"/>
        <source>Note on the point you touched</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodyn ar y pwynt y gwnaethoch chi gyffwrdd ag e</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="242"/>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="243"/>
        <source>Save note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="244"/>
        <source>Exclude or include the point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor neu gynnwys y pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="245"/>
        <source>PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cylch PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="246"/>
        <source>Mark the PDSA cycle</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Marcio&apos;r cylch PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="247"/>
        <source>Baseline: first points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell sylfaen: y pwyntiau cyntaf</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="248"/>
        <source>Baseline: number of first points (0 for none)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell sylfaen: nifer y pwyntiau cyntaf (0 os nad oes un)</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="249"/>
        <source>New phase after points</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod newydd ar ôl y pwyntiau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="250"/>
        <source>New phase after points, such as 12, 20</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod newydd ar ôl y pwyntiau, er enghraifft 12, 20</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="251"/>
        <source>Save phases</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r cyfnodau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="252"/>
        <source>New measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesur newydd</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="253"/>
        <source>Change this measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Newid y mesur hwn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="254"/>
        <source>Retire this measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r gorau i&apos;r mesur hwn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="320"/>
        <source>Example charts</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siartiau enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="361"/>
        <source>This measure needs at least two points before it can be charted.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae angen o leiaf ddau bwynt ar y mesur hwn cyn bod modd creu siart ohono.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="364"/>
        <source>This project has no measures yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does gan y prosiect hwn ddim mesurau eto.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="432"/>
        <source>Measure saved: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesur wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="444"/>
        <source>Retire “%1”?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r gorau i “%1”?</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="446"/>
        <source>Its chart is no longer shown or listed. Its points are kept, and it can be brought back.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ni fydd ei siart yn cael ei dangos na&apos;i rhestru mwyach. Mae ei bwyntiau&apos;n cael eu cadw, a gellir ei adfer.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="452"/>
        <source>Retire the measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r gorau i&apos;r mesur</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="469"/>
        <source>The measure was retired.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoddwyd y gorau i&apos;r mesur.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="504"/>
        <source>Point %1 chosen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwynt %1 wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="506"/>
        <source>Touch a point on the chart to add a note or a PDSA marker.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â phwynt ar y siart i ychwanegu nodyn neu farciwr PDSA.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="513"/>
        <source>No PDSA marker</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim marciwr PDSA</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="538"/>
        <location filename="../../screens/measures.py" line="545"/>
        <source>The picture could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r llun.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Period</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfnod amser</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="562"/>
        <source>Value</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwerth</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="583"/>
        <location filename="../../screens/measures.py" line="598"/>
        <source>The PDF could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="605"/>
        <source>The chart is on the AV display.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r siart ar y sgrin AV.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="612"/>
        <source>There is no big screen to show this on. A facilitator can choose the AV display under Showcase.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim sgrin fawr i ddangos hwn arni. Gall hwylusydd ddewis y sgrin AV o dan Arddangosfa.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="675"/>
        <source>That file could not be read as text (UTF-8 CSV).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid oedd modd darllen y ffeil honno fel testun (CSV UTF-8).</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="713"/>
        <source>has characters that cannot be stored</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae ynddo nodau na ellir eu cadw</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="714"/>
        <source>more cells than the columns</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mwy o gelloedd nag sydd o golofnau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="715"/>
        <source>there are no rows to import</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">does dim rhesi i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="716"/>
        <source>more than 10,000 rows</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mwy na 10,000 o resi</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="717"/>
        <source>a needed column is missing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae colofn angenrheidiol ar goll</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="718"/>
        <source>a column appears twice</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae colofn yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="719"/>
        <source>the text could not be read</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid oedd modd darllen y testun</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="720"/>
        <source>not valid</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ddim yn ddilys</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="724"/>
        <source>value</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">gwerth</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="725"/>
        <source>denominator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">enwadur</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="726"/>
        <source>period</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cyfnod amser</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="727"/>
        <source>note</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nodyn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="735"/>
        <source>Row %1, %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhes %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="695"/>
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
        <location filename="../../screens/measures.py" line="696"/>
        <source>Nothing was imported:</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim byd wedi&apos;i fewnforio:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/measures.py" line="700"/>
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
        <location filename="../../screens/measures.py" line="705"/>
        <location filename="../../screens/measures.py" line="706"/>
        <source>not a number</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid rhif yw hwn</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="708"/>
        <source>below zero</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">o dan sero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="707"/>
        <location filename="../../screens/measures.py" line="709"/>
        <source>missing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar goll</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="655"/>
        <source>No CSV files found</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ffeiliau CSV wedi&apos;u canfod</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="657"/>
        <source>Put the file on a USB stick or in the exports folder, or paste its rows in the box.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch y ffeil ar gof bach USB neu yn y ffolder allforio, neu gludwch ei rhesi yn y blwch.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="660"/>
        <source>Close</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="456"/>
        <location filename="../../screens/measures.py" line="667"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="668"/>
        <source>The newest files first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y ffeiliau mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="710"/>
        <source>must be above zero</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid iddo fod yn fwy na sero</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="711"/>
        <source>smaller than the count</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">llai na&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="712"/>
        <source>too long</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhy hir</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="780"/>
        <source>Phases are point numbers separated by commas, such as 12, 20.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch y cyfnodau fel rhifau pwyntiau, gyda choma rhwng pob un, er enghraifft 12, 20.</translation>
    </message>
    <message>
        <location filename="../../screens/measures.py" line="796"/>
        <source>Those phases do not fit this measure: a baseline and phases cannot be combined, and each number must be between 1 and the number of points.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r cyfnodau yna ddim yn addas i&apos;r mesur hwn: does dim modd cyfuno llinell sylfaen a chyfnodau, a rhaid i bob rhif fod rhwng 1 a nifer y pwyntiau.</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <location filename="../../screens/mysettings.py" line="186"/>
        <location filename="../../screens/mysettings.py" line="211"/>
        <source>My settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy ngosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="187"/>
        <source>Check in or find myself</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestru neu chwilio amdana i</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="188"/>
        <source>Coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="189"/>
        <source>Join the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymuno â&apos;r treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="190"/>
        <source>Pause for two weeks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi am bythefnos</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="191"/>
        <source>Start again now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailddechrau nawr</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="192"/>
        <source>Leave the coffee trials</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael y treialon coffi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="193"/>
        <source>Don&apos;t pair me with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidiwch â fy mharu gyda</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="196"/>
        <source>Find someone by name: only people who agreed to be shown are found. Nobody is told.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwiliwch am rywun wrth ei enw: dim ond pobl sydd wedi cytuno i gael eu dangos sy&apos;n cael eu canfod. Fydd neb yn cael gwybod.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="200"/>
        <source>Type a name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch enw</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="201"/>
        <source>Find someone not to be paired with</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio am rywun i beidio â chael eich paru gyda nhw</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="202"/>
        <source>Peer supporter</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymheiriad cymorth</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="203"/>
        <source>Stop offering help</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidio â chynnig help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="204"/>
        <source>My projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy mhrosiectau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="205"/>
        <source>Topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="207"/>
        <source>Read the boards and reply to a post: replies are anonymous, as posts are.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Darllenwch y byrddau ac atebwch neges: mae atebion yn ddienw, fel negeseuon.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="209"/>
        <source>Go to the topic boards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r byrddau trafod</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="210"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="210"/>
        <source>Done: forget me on this kiosk</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gorffen: anghofio amdana i ar y ciosg hwn</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="289"/>
        <source>Scan your QR pass, or find yourself at check-in, to see and change your own settings.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sganiwch eich pàs QR, neu chwiliwch amdanoch chi&apos;ch hun wrth gofrestru, i weld a newid eich gosodiadau eich hun.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="296"/>
        <source>Hello, %1. These are your own choices. Tap Done when you have finished: this kiosk then forgets you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Helo, %1. Dyma&apos;ch dewisiadau chi. Pwyswch Gorffen pan fyddwch chi wedi gorffen: bydd y ciosg hwn yn anghofio amdanoch chi wedyn.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="308"/>
        <source>You are not in the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydych chi ddim yn y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="311"/>
        <source>You are in the coffee trials, paused until %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi, wedi oedi tan %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="316"/>
        <source>You are in the coffee trials: your match shows when you check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi yn y treialon coffi: bydd eich partner yn ymddangos pan fyddwch chi&apos;n cofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="327"/>
        <source>Someone not shown by name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhywun sydd ddim yn cael ei enwi</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="329"/>
        <source>Pair me with %1 again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Fy mharu gyda %1 eto</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="344"/>
        <source>Don&apos;t pair me with %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Peidio â fy mharu gyda %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="367"/>
        <source>Peer supporters are listed by first name, so offering help needs your agreement to be shown. A facilitator can change that for you.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cymheiriaid cymorth yn cael eu rhestru wrth eu henw cyntaf, felly i gynnig help mae angen i chi gytuno i gael eich dangos. Gall hwylusydd newid hynny i chi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="371"/>
        <source>You offer help with the topics chosen below.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi&apos;n cynnig help gyda&apos;r pynciau sydd wedi&apos;u dewis isod.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="373"/>
        <source>Choose the topics you could help colleagues with.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch y pynciau y gallech chi helpu cydweithwyr gyda nhw.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="376"/>
        <source>Save my topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw fy mhynciau</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="376"/>
        <source>Offer help</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnig help</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="384"/>
        <source>Projects you are on the team of: open one to change it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau rydych chi yn eu tîm: agorwch un i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="386"/>
        <source>You are not on a project&apos;s team yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydych chi ddim yn nhîm prosiect eto.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="398"/>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Golygu %1</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="411"/>
        <source>Saved: you have left the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi gadael y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="413"/>
        <source>Saved: you are paused for two weeks.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi oedi am bythefnos.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="415"/>
        <source>Saved: you are in the coffee trials.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi yn y treialon coffi.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="445"/>
        <source>Saved: you will not be paired with %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: fyddwch chi ddim yn cael eich paru gyda %1.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="454"/>
        <source>Saved: you may be paired with them again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: gallwch chi gael eich paru gyda nhw eto.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="474"/>
        <source>Saved: you are listed as a peer supporter.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: rydych chi wedi&apos;ch rhestru fel cymheiriad cymorth.</translation>
    </message>
    <message>
        <location filename="../../screens/mysettings.py" line="485"/>
        <source>Saved: you are no longer listed as a peer supporter.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw: dydych chi ddim wedi&apos;ch rhestru fel cymheiriad cymorth mwyach.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../screens/keyboard.py" line="230"/>
        <source>On-screen keyboard</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bysellfwrdd ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="232"/>
        <source>Shift: capital letter</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Shift: priflythyren</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="233"/>
        <source>Delete the last character</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r nod olaf</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="234"/>
        <source>space</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">bwlch</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="234"/>
        <source>Space</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bwlch</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="235"/>
        <source>Done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="235"/>
        <source>Done: close the keyboard</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi gorffen: cau&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="236"/>
        <source>Welsh accents: â ŵ ŷ ä</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Acenion Cymraeg: â ŵ ŷ ä</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="237"/>
        <source>Numbers and symbols</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhifau a symbolau</translation>
    </message>
    <message>
        <location filename="../../screens/keyboard.py" line="238"/>
        <source>Letters</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llythrennau</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../screens/people.py" line="67"/>
        <source>People and privacy</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pobl a phreifatrwydd</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="70"/>
        <source>When someone asks, show them everything kept about them (a CSV file) or erase them. Visit counts are kept without their name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pan fydd rhywun yn gofyn, dangoswch bopeth sy&apos;n cael ei gadw amdanyn nhw (ffeil CSV), neu ddilëwch nhw. Mae nifer yr ymweliadau&apos;n cael ei gadw, heb eu henw.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="75"/>
        <source>Type a name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch enw</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="76"/>
        <source>Find a person</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwilio am berson</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="77"/>
        <source>Export their data (CSV)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio eu data (CSV)</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="78"/>
        <source>Erase this person</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="108"/>
        <source>Chosen: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi dewis: %1</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="110"/>
        <source>Nobody chosen yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddewis neb eto.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="166"/>
        <source>Erase %1?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu %1?</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="168"/>
        <source>Their name, email, role and consents are removed and their QR pass stops working. Visit counts are kept. This cannot be undone.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bydd eu henw, eu cyfeiriad e-bost, eu rôl a&apos;u caniatâd yn cael eu dileu, a bydd eu pàs QR yn stopio gweithio. Bydd nifer yr ymweliadau&apos;n cael ei gadw. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="172"/>
        <source>Erase</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="173"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/people.py" line="183"/>
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
        <location filename="../../screens/pin.py" line="106"/>
        <source>Facilitator PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="107"/>
        <source>Choose a facilitator PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="108"/>
        <source>Type the new PIN again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch y PIN newydd eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="113"/>
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
        <location filename="../../screens/pin.py" line="120"/>
        <source>4 to 8 digits</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">4 i 8 digid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/pin.py" line="123"/>
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
        <location filename="../../screens/pin.py" line="129"/>
        <source>Too many wrong tries. PIN entry is paused until %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gormod o gynigion anghywir. Allwch chi ddim rhoi&apos;r PIN eto tan %1.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="133"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan PIN 4 i 8 digid.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="134"/>
        <source>The two PINs were different. Please start again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Roedd y ddau PIN yn wahanol. Dechreuwch eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="135"/>
        <source>Now type it once more to be sure.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nawr teipiwch y PIN unwaith eto i wneud yn siŵr.</translation>
    </message>
    <message>
        <location filename="../../screens/pin.py" line="193"/>
        <source>The facilitator PIN is set.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae PIN yr hwylusydd wedi&apos;i osod.</translation>
    </message>
</context>
<context>
    <name>PointEntryBox</name>
    <message>
        <location filename="../../screens/measure_editor.py" line="251"/>
        <source>Add a point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="252"/>
        <source>Date</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="254"/>
        <source>-1 month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">-1 mis</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="254"/>
        <source>A month earlier</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mis yn gynharach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="255"/>
        <source>-1 week</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">-1 wythnos</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="255"/>
        <source>A week earlier</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wythnos yn gynharach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="256"/>
        <source>-1 day</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">-1 diwrnod</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="256"/>
        <source>A day earlier</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diwrnod yn gynharach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="257"/>
        <source>+1 day</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+1 diwrnod</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="257"/>
        <source>A day later</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diwrnod yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="258"/>
        <source>+1 week</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+1 wythnos</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="258"/>
        <source>A week later</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wythnos yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="259"/>
        <source>+1 month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+1 mis</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="259"/>
        <source>A month later</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mis yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="263"/>
        <location filename="../../screens/measure_editor.py" line="264"/>
        <source>Value</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwerth</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="266"/>
        <source>Denominator: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enwadur: %1</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="268"/>
        <location filename="../../screens/measure_editor.py" line="270"/>
        <source>Denominator</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enwadur</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="271"/>
        <source>Add the point</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu&apos;r pwynt</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="309"/>
        <source>The denominator must be a number above zero.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r enwadur fod yn rhif uwchben sero.</translation>
    </message>
    <message>
        <location filename="../../screens/measure_editor.py" line="311"/>
        <source>The value must be a number.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r gwerth fod yn rhif.</translation>
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
        <source>When</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="88"/>
        <source>Where</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="89"/>
        <source>All welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso i bawb</translation>
    </message>
    <message>
        <location filename="../../screens/posters.py" line="90"/>
        <source>Peer support for quality improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid i wella ansawdd</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../screens/sharing_view.py" line="146"/>
        <source>Session on the big screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y sesiwn ar y sgrin fawr</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="147"/>
        <source>Airtime: everyone&apos;s voice</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser siarad: llais pawb</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="161"/>
        <source>Project on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="162"/>
        <source>Chart on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="163"/>
        <source>Story on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="164"/>
        <source>Team presenting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm yn cyflwyno</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="168"/>
        <source>Qspace sessions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau Qspace</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="170"/>
        <source>No session is running</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim sesiwn ar y gweill</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="190"/>
        <source>Part %1 of %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhan %1 o %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="195"/>
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
        <location filename="../../screens/sharing_view.py" line="208"/>
        <source>Starting soon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn dechrau cyn bo hir</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="211"/>
        <source>Thank you for taking part</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am gymryd rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="223"/>
        <source>Paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi oedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="226"/>
        <source>%1 · team %2 of %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 · tîm %2 o %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="234"/>
        <source>Next: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nesaf: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="258"/>
        <source>Dot-voting results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau&apos;r pleidleisio â dotiau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="266"/>
        <location filename="../../screens/sharing_view.py" line="303"/>
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
        <location filename="../../screens/sharing_view.py" line="275"/>
        <location filename="../../screens/sharing_view.py" line="284"/>
        <source>Ideas, tips and questions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Syniadau, awgrymiadau a chwestiynau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing_view.py" line="279"/>
        <source>Add yours at the kiosk: anonymously if you like. They appear here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegwch eich rhai chi wrth y ciosg: yn ddienw os hoffech chi. Maen nhw&apos;n ymddangos yma.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing_view.py" line="307"/>
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
        <location filename="../../screens/sharing_view.py" line="372"/>
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
        <location filename="../../screens/qnet.py" line="434"/>
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
        <location filename="../../screens/qnet.py" line="432"/>
        <source>Post</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Postio</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="206"/>
        <location filename="../../screens/qnet.py" line="432"/>
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
        <location filename="../../screens/qnet.py" line="396"/>
        <source>Choose a topic to read its board</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch bwnc i ddarllen ei fwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="408"/>
        <source>No posts yet: start the conversation.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim negeseuon eto: dechreuwch y sgwrs.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="410"/>
        <source>Anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dienw</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="420"/>
        <source>Waiting for approval (%1): %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn aros am gymeradwyaeth (%1): %2</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="431"/>
        <source>Replying to: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ateb: %1</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="434"/>
        <source>Write a reply</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennu ateb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/qnet.py" line="449"/>
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
        <location filename="../../screens/qnet.py" line="465"/>
        <source>Coffee group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp coffi</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="466"/>
        <source>Meet for a coffee this week: say hello at check-in!</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cwrddwch am goffi yr wythnos hon: dywedwch helo wrth gofrestru!</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="473"/>
        <source>The slips were sent to the printer.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r slipiau wedi&apos;u hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="490"/>
        <source>Please write something first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch rywbeth yn gyntaf, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="503"/>
        <source>Thank you: your post is on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: mae eich neges ar y bwrdd.</translation>
    </message>
    <message>
        <location filename="../../screens/qnet.py" line="505"/>
        <source>Thank you: your post shows once a facilitator approves it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: bydd eich neges yn ymddangos ar ôl i hwylusydd ei chymeradwyo.</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <location filename="../../screens/recovery.py" line="62"/>
        <source>The room&apos;s database is damaged</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cronfa ddata&apos;r ystafell wedi&apos;i difrodi</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="63"/>
        <location filename="../../screens/recovery.py" line="64"/>
        <source>Facilitator PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="65"/>
        <source>Bring back the backup</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dod â&apos;r copi wrth gefn yn ôl</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="66"/>
        <source>Start afresh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau o&apos;r newydd</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="88"/>
        <source>The newest good backup was made on %1. Type the facilitator PIN, then bring it back: anything recorded after it is lost. The damaged file is kept aside for IT.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd y copi wrth gefn da diweddaraf ei wneud ar %1. Teipiwch PIN yr hwylusydd, yna dewch ag ef yn ôl: bydd unrhyw beth a gofnodwyd ar ei ôl yn cael ei golli. Mae&apos;r ffeil sydd wedi&apos;i difrodi&apos;n cael ei chadw o&apos;r neilltu i&apos;r adran TG.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="96"/>
        <source>No good backup was found. You can start afresh with an empty room; the damaged file is kept aside for IT.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim copi wrth gefn da i&apos;w gael. Gallwch chi ddechrau o&apos;r newydd gydag ystafell wag; mae&apos;r ffeil sydd wedi&apos;i difrodi&apos;n cael ei chadw o&apos;r neilltu i&apos;r adran TG.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="136"/>
        <source>That PIN is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r PIN yna ddim yn gywir.</translation>
    </message>
    <message>
        <location filename="../../screens/recovery.py" line="147"/>
        <source>That did not work; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wnaeth hynny ddim gweithio; mae&apos;r manylion yn y ffeil log.</translation>
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
        <location filename="../../screens/sharing.py" line="1074"/>
        <source>Action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="998"/>
        <location filename="../../screens/sharing.py" line="1078"/>
        <source>Project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="999"/>
        <source>Chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Siart</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1000"/>
        <source>Story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1001"/>
        <source>Team (round robin)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm (pawb yn eu tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1006"/>
        <source>Run the session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cynnal y sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1007"/>
        <source>Choose or create</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis neu greu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1008"/>
        <source>Actions and closing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu a chloi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1009"/>
        <source>Console sections</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adrannau&apos;r consol</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>+1 min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+1 mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1010"/>
        <source>Add one minute</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu munud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>+5 min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">+5 mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1011"/>
        <source>Add five minutes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu pum munud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1012"/>
        <source>Skip segment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Hepgor y rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1013"/>
        <source>Next team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tîm nesaf</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1014"/>
        <source>Show on AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1015"/>
        <source>Agenda</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1016"/>
        <location filename="../../screens/sharing.py" line="1021"/>
        <source>Cards</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cardiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1017"/>
        <source>Kind of card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Math o gerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1018"/>
        <source>Type a card, or select one to edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teipiwch gerdyn, neu ddewiswch un i&apos;w olygu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1019"/>
        <source>Card text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun y cerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1020"/>
        <source>Add card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1022"/>
        <source>Save edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r newid</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1023"/>
        <location filename="../../screens/sharing.py" line="1412"/>
        <source>Hide</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cuddio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1024"/>
        <source>Merge into</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno â</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1025"/>
        <source>Merge</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Uno</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1026"/>
        <source>Dots each:</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau yr un:</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1027"/>
        <source>Dots each participant has</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau sydd gan bob cyfranogwr</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <source>Set</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1028"/>
        <source>Set dots each</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosod y dotiau yr un</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1029"/>
        <location filename="../../screens/sharing.py" line="1227"/>
        <source>Reveal results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Datgelu&apos;r canlyniadau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1030"/>
        <source>On the AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1031"/>
        <source>Projects, charts and stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau, siartiau a straeon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1032"/>
        <source>Put on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1033"/>
        <source>Clear</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1033"/>
        <source>Take off screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu oddi ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1034"/>
        <source>Who is speaking?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sy&apos;n siarad?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1035"/>
        <source>Tap who is speaking. The bars show balance, not a ranking.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyffyrddwch â phwy sy&apos;n siarad. Mae&apos;r barrau&apos;n dangos cydbwysedd, nid safle.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1036"/>
        <source>Open a session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1037"/>
        <source>Sessions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiynau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Open</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1038"/>
        <source>Open session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agor sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1039"/>
        <source>Create a session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1043"/>
        <location filename="../../screens/sharing.py" line="1052"/>
        <source>Template</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Templed</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1044"/>
        <location filename="../../screens/sharing.py" line="1053"/>
        <source>Title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1045"/>
        <location filename="../../screens/sharing.py" line="1055"/>
        <source>Event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1046"/>
        <location filename="../../screens/sharing.py" line="1056"/>
        <source>Teams</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Timau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1047"/>
        <location filename="../../screens/sharing.py" line="1058"/>
        <source>Dots each</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dotiau yr un</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1054"/>
        <source>The template&apos;s name if left empty</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r templed os yw&apos;n wag</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1057"/>
        <source>Ward 4, Pharmacy, … (for round robins)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ward 4, Fferyllfa, … (i bawb gael tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Create</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1059"/>
        <source>Create session</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu sesiwn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1060"/>
        <source>Agenda and items</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda ac eitemau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1061"/>
        <location filename="../../screens/sharing.py" line="1062"/>
        <source>Segment title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl y rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1063"/>
        <source>Minutes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1064"/>
        <source> min</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished"> mun</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1065"/>
        <location filename="../../screens/sharing.py" line="1066"/>
        <source>Round robin</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pawb yn eu tro</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1067"/>
        <source>Add segment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1068"/>
        <source>Kind of item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Math o eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1069"/>
        <source>Project, chart, story or team</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect, siart, stori neu dîm</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1070"/>
        <source>Item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1071"/>
        <source>Add item</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu eitem</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1072"/>
        <location filename="../../screens/sharing.py" line="1080"/>
        <source>Actions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1073"/>
        <source>What will be done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1075"/>
        <location filename="../../screens/sharing.py" line="1076"/>
        <source>Owner</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1077"/>
        <source>Due date</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiad cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1079"/>
        <source>Add action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu cam</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1083"/>
        <source>Closing ends the session and saves its summary (agenda as run, attendance, cards, votes and actions) as CSV and PDF.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cloi&apos;n dod â&apos;r sesiwn i ben ac yn cadw ei chrynodeb (yr agenda fel y&apos;i cynhaliwyd, presenoldeb, cardiau, pleidleisiau a chamau gweithredu) fel CSV a PDF.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1087"/>
        <location filename="../../screens/sharing.py" line="1548"/>
        <source>Close and export</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cloi ac allforio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1089"/>
        <source>Audio unavailable: chimes and voice activity are off. Sessions still work.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sain ar gael: mae&apos;r clychau a&apos;r synhwyro llais wedi&apos;u diffodd. Mae sesiynau&apos;n dal i weithio.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1128"/>
        <source>From scratch</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">O&apos;r dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1132"/>
        <source>%1 (%2 min)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 (%2 mun)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1139"/>
        <source>No event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1148"/>
        <source>planned</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i chynllunio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1149"/>
        <source>running</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar y gweill</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1150"/>
        <source>paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hoedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1151"/>
        <source>closed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1174"/>
        <source>No session open: choose or create one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sesiwn ar agor: dewiswch neu grëwch un.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1184"/>
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
        <location filename="../../screens/sharing.py" line="1195"/>
        <source>hidden</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i guddio</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1197"/>
        <source>edited</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i olygu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1198"/>
        <source>anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dienw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="1199"/>
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
        <location filename="../../screens/sharing.py" line="1217"/>
        <source>No project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1227"/>
        <source>Results revealed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau wedi&apos;u datgelu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1241"/>
        <source>skipped</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hepgor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1243"/>
        <source>done</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1244"/>
        <source> (round robin)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished"> (pawb yn eu tro)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1263"/>
        <source>%1 is speaking</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 sy&apos;n siarad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1269"/>
        <source>Airtime of %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser siarad %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1280"/>
        <source>Nobody</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neb</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1280"/>
        <source>Nobody is speaking</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does neb yn siarad</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1291"/>
        <source>Part %1 of %2: %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhan %1 o %2: %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1298"/>
        <source>Ready to start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn barod i ddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1302"/>
        <source>Agenda finished</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Agenda wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1302"/>
        <source>Closed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi cau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1310"/>
        <source>%1 · team %2 of %3</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 · tîm %2 o %3</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1320"/>
        <source>Pause</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1322"/>
        <source>Resume</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ailddechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1324"/>
        <source>Start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1377"/>
        <source>There is no big screen to show this on. Connect the AV display, or choose it under Showcase.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim sgrin fawr i ddangos hwn arni. Cysylltwch y sgrin AV, neu ddewiswch hi o dan Arddangosfa.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1412"/>
        <source>Show</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1540"/>
        <source>Close this session?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cau&apos;r sesiwn hon?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1542"/>
        <source>The session ends for everyone and its summary is exported. It cannot be opened again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn yn dod i ben i bawb ac mae ei chrynodeb yn cael ei allforio. Does dim modd ei hagor eto.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="1552"/>
        <source>Keep it open</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ei chadw ar agor</translation>
    </message>
</context>
<context>
    <name>SessionParticipation</name>
    <message>
        <location filename="../../screens/sharing.py" line="559"/>
        <source>Add to the board</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu at y bwrdd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="560"/>
        <source>Your idea, tip, problem, question or action</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich syniad, awgrym, problem, cwestiwn neu gam gweithredu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="561"/>
        <source>What you want to add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth rydych chi am ei ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="562"/>
        <source>Put my first name on it (otherwise it is anonymous)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi fy enw cyntaf arno (fel arall mae&apos;n ddienw)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="564"/>
        <source>Your name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="565"/>
        <source>Add</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="566"/>
        <source>Dot voting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pleidleisio â dotiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="567"/>
        <source>Vote with my dots</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pleidleisio â&apos;m dotiau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="568"/>
        <source>Cards to vote for</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cardiau i bleidleisio drostynt</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="569"/>
        <source>Give a dot</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi dot</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="570"/>
        <source>I have finished</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rwyf wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="571"/>
        <source>How was it?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sut oedd hi?</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="572"/>
        <source>1 = not useful, 5 = very useful</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">1 = dim yn ddefnyddiol, 5 = defnyddiol iawn</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="574"/>
        <source>Rating %1 of 5</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgôr %1 o 5</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="575"/>
        <source>One comment (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Un sylw (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="576"/>
        <source>Your comment</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eich sylw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="577"/>
        <source>Send</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Anfon</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="603"/>
        <source>No session right now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sesiwn ar hyn o bryd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="605"/>
        <source>When a facilitator starts a session, you can take part here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pan fydd hwylusydd yn dechrau sesiwn, gallwch gymryd rhan yma.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="611"/>
        <source>This session has closed: thank you. Please rate it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn hon wedi cau: diolch. Rhowch sgôr iddi, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="613"/>
        <source>Now: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nawr: %1</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="616"/>
        <source>Add ideas, tips and questions: they appear on the big screen.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegwch syniadau, awgrymiadau a chwestiynau: maen nhw&apos;n ymddangos ar y sgrin fawr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="638"/>
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
        <location filename="../../screens/sharing.py" line="649"/>
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
        <location filename="../../screens/sharing.py" line="684"/>
        <source>Thank you: your card is on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch: mae eich cerdyn ar y bwrdd.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="734"/>
        <source>Thank you for your feedback.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch am eich adborth.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../screens/settings.py" line="108"/>
        <source>Settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="110"/>
        <source>Room name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="111"/>
        <source>Language at the start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith ar y dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="112"/>
        <source>Return to welcome after (seconds idle)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i&apos;r sgrin groeso ar ôl (eiliadau segur)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="113"/>
        <source>Ask for the PIN again after (seconds)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gofyn am y PIN eto ar ôl (eiliadau)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="114"/>
        <source>Large text</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="115"/>
        <source>Kiosk mode (full screen, PIN to leave)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Modd ciosg (sgrin lawn, PIN i adael)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="116"/>
        <source>Closing time (HH:MM)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser cau (AA:MM)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="117"/>
        <source>Keep visit records for (days)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw cofnodion ymweliadau am (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="118"/>
        <source>Central register address</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeiriad y gofrestr ganolog</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="119"/>
        <source>Main colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif liw (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="120"/>
        <source>Accent colour (#RRGGBB)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lliw ategol (#RRGGBB)</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="126"/>
        <location filename="../../screens/settings.py" line="127"/>
        <source>On</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="128"/>
        <source>Save settings</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="129"/>
        <source>Cancel</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="176"/>
        <source>The settings file could not be written. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r ffeil gosodiadau. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="179"/>
        <source>Settings saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location filename="../../screens/settings.py" line="189"/>
        <source>The settings could not be saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r gosodiadau.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../screens/setup.py" line="117"/>
        <source>Welcome: let&apos;s set up this room</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso: gadewch i ni osod yr ystafell hon</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="120"/>
        <source>A few details for the facilitator. You can change them later in Settings. The register is optional: the kiosk works offline.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychydig o fanylion i&apos;r hwylusydd. Gallwch chi eu newid nes ymlaen yn y Gosodiadau. Dewisol yw&apos;r gofrestr: mae&apos;r ciosg yn gweithio all-lein.</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="125"/>
        <source>Room name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw&apos;r ystafell</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="126"/>
        <source>Health Board</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Bwrdd Iechyd</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="127"/>
        <source>Language at the start</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith ar y dechrau</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="128"/>
        <source>Central register address (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfeiriad y gofrestr ganolog (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="129"/>
        <source>Device token from the register (optional)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tocyn dyfais gan y gofrestr (dewisol)</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="136"/>
        <source>How should the room start?</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sut dylai&apos;r ystafell ddechrau?</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="138"/>
        <source>Start empty: add your own departments, people and events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau&apos;n wag: ychwanegu eich adrannau, eich pobl a&apos;ch digwyddiadau eich hun</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="142"/>
        <source>Start with the demo room: made-up people, projects and events, marked as demo content, that you can remove later</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau gyda&apos;r ystafell enghreifftiol: pobl, prosiectau a digwyddiadau dychmygol, wedi&apos;u marcio&apos;n gynnwys enghreifftiol, y gallwch chi eu tynnu nes ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/setup.py" line="146"/>
        <source>Next: choose a PIN</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nesaf: dewis PIN</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../screens/sharing.py" line="169"/>
        <source>Facilitator console</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Consol yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="170"/>
        <source>Back to taking part</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i gymryd rhan</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="213"/>
        <source>Share &amp; workshops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhannu a gweithdai</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="365"/>
        <source>Summary saved as CSV and PDF to the USB drive %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r crynodeb wedi&apos;i gadw fel CSV a PDF ar y cof bach USB %1.</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="367"/>
        <source>Summary saved as CSV and PDF to Exports on the Facilitator page.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r crynodeb wedi&apos;i gadw fel CSV a PDF yn Allforion ar dudalen yr Hwylusydd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="381"/>
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
        <location filename="../../screens/sharing.py" line="383"/>
        <source>Agenda as run</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr agenda fel y&apos;i cynhaliwyd</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="387"/>
        <source>skipped</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wedi&apos;i hepgor</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="391"/>
        <source>not run</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">heb ei gynnal</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="396"/>
        <source>Contributions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfraniadau</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="401"/>
        <source>anonymous</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dienw</translation>
    </message>
    <message>
        <location filename="../../screens/sharing.py" line="404"/>
        <source>Dot-voting results</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniadau&apos;r pleidleisio â dotiau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/sharing.py" line="409"/>
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
        <location filename="../../screens/sharing.py" line="412"/>
        <source>Actions</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
</context>
<context>
    <name>ShowcaseAdminScreen</name>
    <message>
        <location filename="../../screens/showcase_admin.py" line="285"/>
        <source>Welcome</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Croeso</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="286"/>
        <location filename="../../screens/showcase_admin.py" line="492"/>
        <source>Project card</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cerdyn prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="287"/>
        <source>Success story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori lwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="288"/>
        <source>Wall of thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wal ddiolch</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="289"/>
        <source>What&apos;s on</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth sydd ymlaen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="290"/>
        <source>Hot topics</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau llosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="291"/>
        <source>Room in numbers</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yr ystafell mewn rhifau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="297"/>
        <source>Mon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="298"/>
        <source>Tue</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maw</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="299"/>
        <source>Wed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mer</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="300"/>
        <source>Thu</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="301"/>
        <source>Fri</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwe</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="302"/>
        <source>Sat</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="303"/>
        <source>Sun</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sul</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="307"/>
        <location filename="../../screens/showcase_admin.py" line="318"/>
        <source>Showcase</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Arddangosfa</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="310"/>
        <source>Loops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolenni</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="311"/>
        <source>Approvals</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="312"/>
        <source>Urgent message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges frys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="313"/>
        <source>AV display and reports</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrin AV ac adroddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="314"/>
        <source>Posters and flyers</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Posteri a thaflenni</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="322"/>
        <source>Kiosk welcome loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen groeso&apos;r ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="323"/>
        <source>AV display loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen y sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="326"/>
        <location filename="../../screens/showcase_admin.py" line="327"/>
        <source>Loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="328"/>
        <source>Slides in the loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sleidiau yn y ddolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="329"/>
        <source>Move up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Symud i fyny</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="330"/>
        <source>Move down</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Symud i lawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="331"/>
        <source>Pause or play</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Oedi neu chwarae</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="332"/>
        <source>Remove</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu allan</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="341"/>
        <source>Slide</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sleid</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="342"/>
        <source>Which one</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa un</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="343"/>
        <source>Seconds on screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eiliadau ar y sgrin</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="344"/>
        <source>Days</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diwrnodau</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="345"/>
        <source>From and until (HH:MM, empty for all day)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amser dechrau a gorffen (AA:MM, gadewch yn wag am y dydd cyfan)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="358"/>
        <source>HH:MM</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">AA:MM</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="362"/>
        <source>Add to the loop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ychwanegu at y ddolen</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="363"/>
        <source>Items for the public screens</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Eitemau ar gyfer y sgriniau cyhoeddus</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="364"/>
        <source>Approve</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="365"/>
        <source>Withdraw approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dad-gymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="366"/>
        <source>Hide now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cuddio nawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="367"/>
        <source>Show again</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos eto</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="369"/>
        <source>Urgent</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Brys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="370"/>
        <source>Emergency</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argyfwng</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="371"/>
        <location filename="../../screens/showcase_admin.py" line="372"/>
        <source>How urgent</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pa mor frys</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="373"/>
        <location filename="../../screens/showcase_admin.py" line="375"/>
        <source>Message in Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges yn Gymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="374"/>
        <location filename="../../screens/showcase_admin.py" line="376"/>
        <source>Message in English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Neges yn Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="377"/>
        <source>Show on every screen now</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dangos ar bob sgrin nawr</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="378"/>
        <source>Clear the message</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Clirio&apos;r neges</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="379"/>
        <location filename="../../screens/showcase_admin.py" line="380"/>
        <source>AV display screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="381"/>
        <source>Use this screen</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Defnyddio&apos;r sgrin hon</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="383"/>
        <source>Proof of play: every completed showing, for the room&apos;s monthly report.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofnod dangos: pob sleid a ddangoswyd hyd y diwedd, ar gyfer adroddiad misol yr ystafell.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="385"/>
        <source>Export this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="386"/>
        <source>Export last month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Allforio&apos;r mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="390"/>
        <source>Paper size</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maint y papur</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="392"/>
        <source>Welsh and English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="395"/>
        <location filename="../../screens/showcase_admin.py" line="398"/>
        <source>Language</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="396"/>
        <location filename="../../screens/showcase_admin.py" line="399"/>
        <source>Project, story or event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect, stori neu ddigwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="397"/>
        <source>Paper size (events: A5 flyer)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Maint y papur (digwyddiadau: taflen A5)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="400"/>
        <source>Make the PDF</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Creu&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="425"/>
        <source>Project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="426"/>
        <location filename="../../screens/showcase_admin.py" line="490"/>
        <source>Story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="427"/>
        <source>Event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Digwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="451"/>
        <source>No message is showing.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim neges yn cael ei dangos.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="454"/>
        <source>Showing on every screen: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ar bob sgrin nawr: %1</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="464"/>
        <source>(each approved one in turn)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">(y rhai a gymeradwywyd, un ar y tro)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="467"/>
        <source>every day</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">bob dydd</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="473"/>
        <source>paused</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar saib</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="491"/>
        <source>Thanks</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Diolch</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="496"/>
        <source>hidden</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cudd</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="498"/>
        <source>approved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cymeradwy</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="500"/>
        <source>waiting for approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="513"/>
        <source>Each approved one in turn</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y rhai a gymeradwywyd, un ar y tro</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="517"/>
        <source>The newest notes</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y nodiadau diweddaraf</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="522"/>
        <source>No AV display</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim sgrin AV</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="523"/>
        <source>Any screen but the kiosk&apos;s</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Unrhyw sgrin ond sgrin y ciosg</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="530"/>
        <source>%1 (not connected)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1 (heb ei chysylltu)</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="600"/>
        <source>Added to the loop.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi ychwanegu at y ddolen.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="642"/>
        <source>Please write the message in Welsh too: every screen shows both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg hefyd: mae pob sgrin yn dangos y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="644"/>
        <source>Please write the message in English too: every screen shows both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Saesneg hefyd: mae pob sgrin yn dangos y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="645"/>
        <source>Please write the message in Welsh and in English.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg ac yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="665"/>
        <source>The choice could not be saved; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r dewis; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="668"/>
        <source>Saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="745"/>
        <source>The PDF could not be saved; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r PDF; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/showcase_admin.py" line="757"/>
        <location filename="../../screens/showcase_admin.py" line="764"/>
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
        <source>More sessions are coming up: ask us about them.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae rhagor o sesiynau i ddod: holwch ni amdanyn nhw.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="81"/>
        <source>Visits this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ymweliadau&apos;r mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="82"/>
        <source>Active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiectau ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="83"/>
        <source>Stories shared</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon wedi&apos;u rhannu</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="84"/>
        <source>Topics talked about this month</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pynciau wedi&apos;u trafod y mis hwn</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="85"/>
        <source>visits</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ymweliad</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="86"/>
        <source>active projects</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">prosiect ar waith</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="87"/>
        <source>No topics chosen in the last 30 days yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does neb wedi dewis pwnc yn ystod y 30 diwrnod diwethaf eto.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="88"/>
        <source>Leave a thank-you note at the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadewch nodyn diolch wrth y ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="89"/>
        <source>Peer support for quality improvement: come in, share, learn</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymorth gan gymheiriaid ar gyfer gwella ansawdd: dewch i mewn, rhannwch, dysgwch</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="92"/>
        <source>Headline measure</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prif fesur</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="93"/>
        <source>Common cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos cyffredin</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="94"/>
        <source>Special cause: improvement</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: gwelliant</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="95"/>
        <source>Special cause: concern</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Achos arbennig: pryder</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="96"/>
        <source>Special cause variation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Amrywiad achos arbennig</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="97"/>
        <source>Consistently meets the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn cyrraedd y targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="98"/>
        <source>Consistently misses the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn methu&apos;r targed yn gyson</translation>
    </message>
    <message>
        <location filename="../../screens/slides.py" line="99"/>
        <source>Hit and miss against the target</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Weithiau&apos;n cyrraedd y targed, weithiau&apos;n methu</translation>
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
        <location filename="../../screens/stories.py" line="62"/>
        <source>What changed: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd: %1</translation>
    </message>
    <message>
        <location filename="../../screens/stories.py" line="63"/>
        <source>Result: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Canlyniad: %1</translation>
    </message>
</context>
<context>
    <name>StoryAdminScreen</name>
    <message>
        <location filename="../../screens/story_admin.py" line="220"/>
        <source>Success stories</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Straeon llwyddiant</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="221"/>
        <source>New story</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori newydd</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="222"/>
        <location filename="../../screens/story_admin.py" line="238"/>
        <source>English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="223"/>
        <source>Cymraeg</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="225"/>
        <source>Project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="226"/>
        <source>Title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="227"/>
        <source>The problem</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y broblem</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="228"/>
        <source>What changed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="229"/>
        <source>The result</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y canlyniad</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="230"/>
        <source>Lessons learned</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="231"/>
        <source>Team members to name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Aelodau&apos;r tîm i&apos;w henwi</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="232"/>
        <source>Measure for the before and after chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mesur ar gyfer y siart cyn ac ar ôl</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="233"/>
        <source>Photo</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="234"/>
        <source>Recorded testimonial</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tysteb wedi&apos;i recordio</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="238"/>
        <source>Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="244"/>
        <source>Story to edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori i&apos;w golygu</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="246"/>
        <source>Only people who agreed to be shown are listed. Untick anyone to leave out.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ond pobl a gytunodd i gael eu dangos sydd ar y rhestr. Dad-diciwch unrhyw un i&apos;w adael allan.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="248"/>
        <source>Choose a photo from a USB drive</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewis llun o gof bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="249"/>
        <source>Remove the photo</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r llun</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="250"/>
        <source>Photos on the USB drives</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lluniau ar y cofion bach USB</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="251"/>
        <source>Record</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Recordio</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="252"/>
        <source>Stop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stopio</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="253"/>
        <source>Play</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Chwarae</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="254"/>
        <source>Remove the recording</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r recordiad</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="255"/>
        <source>Save</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="256"/>
        <source>Submit for approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyflwyno i&apos;w chymeradwyo</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="257"/>
        <source>Approve for the loops</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymeradwyo ar gyfer y dolenni</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="258"/>
        <source>Back to the facilitator page</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i dudalen yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="260"/>
        <location filename="../../screens/story_admin.py" line="378"/>
        <source>No project</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim prosiect</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="262"/>
        <location filename="../../screens/story_admin.py" line="446"/>
        <source>No chart</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim siart</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="267"/>
        <source>A new story: save it to keep it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Stori newydd: cadwch hi i&apos;w chadw.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="269"/>
        <source>Being written: submit it for approval when it is ready.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wrthi&apos;n cael ei hysgrifennu: cyflwynwch hi i&apos;w chymeradwyo pan fydd yn barod.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="270"/>
        <source>Waiting for approval.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn aros am gymeradwyaeth.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="271"/>
        <source>Approved: on the showcase loops.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i chymeradwyo: ar ddolenni&apos;r arddangosfa.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="272"/>
        <source>Hidden from the loops.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i chuddio o&apos;r dolenni.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="279"/>
        <source>Choose a story to edit</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch stori i&apos;w golygu</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="281"/>
        <source>being written</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">wrthi&apos;n cael ei hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="282"/>
        <source>waiting for approval</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="283"/>
        <source>approved</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cymeradwy</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="284"/>
        <source>hidden</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">cudd</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="299"/>
        <source>New photo chosen: %1 (saved with the story)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llun newydd wedi&apos;i ddewis: %1 (caiff ei gadw gyda&apos;r stori)</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="303"/>
        <source>The story has a photo.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae llun gan y stori.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="305"/>
        <source>No photo yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim llun eto.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="314"/>
        <source>Recording… press Stop when done (one minute at most).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn recordio… pwyswch Stopio pan fyddwch wedi gorffen (munud ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="316"/>
        <source>New recording made (saved with the story).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Recordiad newydd wedi&apos;i wneud (caiff ei gadw gyda&apos;r stori).</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="318"/>
        <source>Recorded: %1 seconds.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i recordio: %1 eiliad.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="320"/>
        <source>Recording is not available on this kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim modd recordio ar y ciosg hwn.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="322"/>
        <source>No recording yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim recordiad eto.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="488"/>
        <source>The story is saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r stori wedi&apos;i chadw.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="500"/>
        <source>Submitted: it waits for a facilitator&apos;s approval.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i chyflwyno: mae&apos;n aros i hwylusydd ei chymeradwyo.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="512"/>
        <source>Approved: the showcase loops show it from now on.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wedi&apos;i chymeradwyo: bydd dolenni&apos;r arddangosfa&apos;n ei dangos o hyn ymlaen.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="533"/>
        <source>No photos found. Put in a USB drive with .jpg or .png photos.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb ddod o hyd i luniau. Rhowch gof bach USB i mewn gyda lluniau .jpg neu .png.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="596"/>
        <source>The recording did not work. Please try again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Wnaeth y recordio ddim gweithio. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../screens/story_admin.py" line="619"/>
        <source>The recording could not be played.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd chwarae&apos;r recordiad.</translation>
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
        <location filename="../../screens/whoshere.py" line="93"/>
        <source>Who&apos;s here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Pwy sydd yma</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="95"/>
        <source>Print the roll call</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r gofrestr dân</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="95"/>
        <source>Print the roll call for a fire evacuation</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r gofrestr dân ar gyfer gwacáu&apos;r adeilad</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="97"/>
        <location filename="../../screens/whoshere.py" line="98"/>
        <source>Attendance at events</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Presenoldeb mewn digwyddiadau</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="99"/>
        <source>Back to Who&apos;s here</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ôl i Pwy sydd yma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="131"/>
        <location filename="../../screens/whoshere.py" line="180"/>
        <location filename="../../screens/whoshere.py" line="264"/>
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
        <location filename="../../screens/whoshere.py" line="146"/>
        <location filename="../../screens/whoshere.py" line="270"/>
        <source>since %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ers %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="153"/>
        <source>Check out</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="153"/>
        <source>Check out %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nodi bod %1 wedi gadael</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/whoshere.py" line="165"/>
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
        <location filename="../../screens/whoshere.py" line="247"/>
        <source>The roll call could not be printed: read the names here.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd argraffu&apos;r gofrestr dân: darllenwch yr enwau yma.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="262"/>
        <source>Roll call: %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestr dân: %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="100"/>
        <location filename="../../screens/whoshere.py" line="178"/>
        <source>Roll call</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cofrestr dân</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="179"/>
        <source>Printed at %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Argraffwyd am %1</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Department</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="181"/>
        <source>Since</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ers</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="212"/>
        <source>No printer is set up: read the names from this screen.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod: darllenwch yr enwau oddi ar y sgrin hon.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="242"/>
        <source>Roll call sent to %1.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r gofrestr dân wedi&apos;i hanfon i %1.</translation>
    </message>
    <message>
        <location filename="../../screens/whoshere.py" line="246"/>
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
        <source>Workshop</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="51"/>
        <source>Focus group</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Grŵp ffocws</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="52"/>
        <source>Peer-support drop-in</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Sesiwn galw heibio cymorth cymheiriaid</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="53"/>
        <source>Coffee meet-up</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Paned a sgwrs</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="54"/>
        <source>Meeting</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="59"/>
        <source>Adopt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mabwysiadu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="60"/>
        <source>Adapt</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Addasu</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="61"/>
        <source>Abandon</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="119"/>
        <source>Not decided yet</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Heb benderfynu eto</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="139"/>
        <source>Seconds on screen must be from %1 to %2.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r eiliadau ar y sgrin fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="145"/>
        <source>Write times as HH:MM, such as 08:00 (got “%1”).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch amseroedd fel AA:MM, er enghraifft 08:00 (rhoesoch chi “%1”).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="149"/>
        <source>The window starts and ends at the same time; leave both empty for all day.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r amser dechrau a&apos;r amser gorffen yr un fath; gadewch y ddau yn wag am y dydd cyfan.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="154"/>
        <source>Choose at least one day.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch o leiaf un diwrnod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="155"/>
        <source>That slide cannot go in a loop.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim modd rhoi&apos;r sleid yna mewn dolen.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="161"/>
        <source>The message is too long: at most %1 characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r neges yn rhy hir: %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="164"/>
        <source>Write the message in Welsh, English or both.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch y neges yn Gymraeg, yn Saesneg, neu yn y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="170"/>
        <source>Give the story a title, in Welsh or English.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch deitl i&apos;r stori, yn Gymraeg neu yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="172"/>
        <source>That measure is not one of this project&apos;s measures; choose another.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydy&apos;r mesur hwnnw ddim yn un o fesurau&apos;r prosiect hwn; dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="176"/>
        <source>Someone chosen is no longer on the team or no longer agrees to be shown.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydy rhywun a ddewiswyd ddim yn y tîm bellach, neu ddim yn cytuno mwyach i gael ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="180"/>
        <source>Choose the project before naming team members or a measure.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch y prosiect cyn enwi aelodau&apos;r tîm neu fesur.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="184"/>
        <source>The title</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y teitl</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="185"/>
        <source>The problem</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y broblem</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="186"/>
        <source>What changed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="187"/>
        <source>The result</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y canlyniad</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="188"/>
        <source>Lessons learned</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="192"/>
        <source>Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="194"/>
        <source>English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="198"/>
        <source>%1 (%2) is too long: at most %3 characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae %1 (%2) yn rhy hir: %3 nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="204"/>
        <source>%1 (%2) has characters that cannot be stored. Please type it again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae nodau yn %1 (%2) na ellir eu cadw. Teipiwch e eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="214"/>
        <source>That photo is too large to use; choose a smaller one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r llun hwnnw&apos;n rhy fawr i&apos;w ddefnyddio; dewiswch un llai.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="218"/>
        <source>That file could not be read; check the USB drive is still in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y ffeil honno; gwnewch yn siŵr fod y cof bach USB yn dal i mewn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="221"/>
        <source>That file is not a photo the kiosk can show (JPEG or PNG); choose another.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydy&apos;r ffeil honno ddim yn llun y gall y ciosg ei ddangos (JPEG neu PNG); dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="231"/>
        <source>Say who the thanks are for.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch i bwy mae&apos;r diolch.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="233"/>
        <source>Sign with your name or leave it empty.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llofnodwch gyda&apos;ch enw, neu adewch y blwch yn wag.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="234"/>
        <source>Write your note.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch eich nodyn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="240"/>
        <source>That is too long; please shorten it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hynny&apos;n rhy hir; byrhewch e, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="242"/>
        <source>This is too long: at most %1 characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hwn yn rhy hir: %1 nod ar y mwyaf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../screens/words.py" line="251"/>
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
        <location filename="../../screens/words.py" line="260"/>
        <source>“%1” is not right: please check it. Nothing was saved.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw “%1” ddim yn iawn: gwiriwch y gwerth, os gwelwch yn dda. Does dim byd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="269"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan PIN rhwng %1 a %2 digid.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="277"/>
        <source>Kind of event</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Math o ddigwyddiad</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="278"/>
        <source>Title in English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl yn Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="279"/>
        <source>Title in Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Teitl yn Gymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="280"/>
        <source>Location</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="283"/>
        <source>Start and end</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dechrau a gorffen</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="284"/>
        <source>Places</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Lleoedd</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="285"/>
        <source>Repeats</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Yn ailadrodd</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="286"/>
        <source>Date in the series</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyddiad yn y gyfres</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="289"/>
        <source>please fill this in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">llenwch hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="290"/>
        <location filename="../../screens/words.py" line="291"/>
        <source>this is too long.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae hwn yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="293"/>
        <source>this has characters that cannot be stored.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae gan hwn nodau na ellir eu cadw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="295"/>
        <source>the end must come after the start.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid i&apos;r diwedd ddod ar ôl y dechrau.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="296"/>
        <source>from 1 to 10,000, or no limit.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">o 1 i 10,000, neu dim terfyn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="297"/>
        <source>from 1 to 2,000 times.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">o 1 i 2,000 o weithiau.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="298"/>
        <source>the last date must not be before the first.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ni all y dyddiad olaf fod cyn y cyntaf.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="309"/>
        <source>this is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dydy hwn ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="310"/>
        <location filename="../../screens/words.py" line="358"/>
        <source>%1: %2</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="316"/>
        <source>the file is not UTF-8 text (save it as “CSV UTF-8” or as an .ics file)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid testun UTF-8 yw&apos;r ffeil (cadwch hi fel “CSV UTF-8” neu fel ffeil .ics)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="320"/>
        <source>the file is empty</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="321"/>
        <source>this column is missing</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae&apos;r golofn hon ar goll</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="322"/>
        <source>this column is not one the import knows</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">dydy&apos;r mewnforio ddim yn adnabod y golofn hon</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="323"/>
        <location filename="../../screens/words.py" line="324"/>
        <source>empty, but needed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn wag, ond mae ei angen</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="325"/>
        <source>missing, but needed</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">ar goll, ond mae ei angen</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="326"/>
        <source>too long</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhy hir</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="327"/>
        <source>holds characters that cannot be stored</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mae&apos;n dal nodau na ellir eu cadw</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="328"/>
        <source>not an email address</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid cyfeiriad e-bost yw hwn</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="330"/>
        <source>no department has this English or Welsh name</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">does dim adran â&apos;r enw Saesneg neu Gymraeg hwn</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="332"/>
        <source>the language must be en or cy</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid i&apos;r iaith fod yn en neu cy</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="333"/>
        <source>must be yes or no (true/false or 1/0)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid iddo fod yn yes neu no (true/false neu 1/0)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="334"/>
        <source>appears twice</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="335"/>
        <source>more cells than the header has columns</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">mwy o gelloedd nag sydd o golofnau yn y pennawd</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="336"/>
        <source>not an iCalendar file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid ffeil iCalendar yw hon</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="337"/>
        <source>cannot be read</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">does dim modd ei ddarllen</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="338"/>
        <source>the end must come after the start, within 14 days</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">rhaid i&apos;r diwedd ddod ar ôl y dechrau, o fewn 14 diwrnod</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="339"/>
        <source>not a repeat rule the kiosk can use</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">nid rheol ailadrodd y gall y ciosg ei defnyddio</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="348"/>
        <source>Row %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhes %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="350"/>
        <source>Line %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llinell %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="352"/>
        <source>column %1</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">colofn %1</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="355"/>
        <source>The file</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Y ffeil</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="360"/>
        <source>(found “%1”)</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">(wedi dod o hyd i “%1”)</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="369"/>
        <source>That is too long: please shorten it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae hwnna&apos;n rhy hir: byrhewch e, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="371"/>
        <source>That has characters that cannot be stored.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae nodau yn hwnna na ellir eu cadw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="373"/>
        <source>Give the measure a name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhowch enw i&apos;r mesur.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="374"/>
        <source>Choose the chart: run, I, P, U or C.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch y siart: rhediad, I, P, U neu C.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="375"/>
        <source>Choose which way is better: up, down or neither.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch pa ffordd sy&apos;n well: i fyny, i lawr neu&apos;r naill na&apos;r llall.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="378"/>
        <source>The target must be a number, or left empty.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r targed fod yn rhif, neu&apos;n wag.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="381"/>
        <source>Say what the denominator counts (P and U charts).</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dywedwch beth mae&apos;r enwadur yn ei gyfrif (siartiau P ac U).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="384"/>
        <source>The denominator must be a number above zero.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r enwadur fod yn rhif uwchben sero.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="390"/>
        <source>The value must be 0 or more, and on a P chart no more than the denominator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r gwerth fod yn 0 neu fwy, ac ar siart P heb fod yn fwy na&apos;r enwadur.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="395"/>
        <source>A C chart counts things: the value must be a whole number, 0 or more.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae siart C yn cyfrif pethau: rhaid i&apos;r gwerth fod yn rhif cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="398"/>
        <source>The value must be a number.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rhaid i&apos;r gwerth fod yn rhif.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="400"/>
        <source>This chart has no denominator: leave it empty.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim enwadur gan y siart hon: gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="412"/>
        <source>Choose another department to merge into.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch adran arall i uno â hi.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="415"/>
        <source>Another department already has that Welsh name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan adran arall yr enw Cymraeg hwnnw&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="419"/>
        <source>Write the department&apos;s Welsh name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch enw Cymraeg yr adran.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="420"/>
        <source>The Welsh name is not right: it is too long or has odd characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydy&apos;r enw Cymraeg ddim yn iawn: mae&apos;n rhy hir neu mae nodau od ynddo.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="425"/>
        <source>Another department already has that English name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae gan adran arall yr enw Saesneg hwnnw&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="429"/>
        <source>Write the department&apos;s English name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ysgrifennwch enw Saesneg yr adran.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="430"/>
        <source>The English name is not right: it is too long or has odd characters.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dydy&apos;r enw Saesneg ddim yn iawn: mae&apos;n rhy hir neu mae nodau od ynddo.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="441"/>
        <source>The settings file could not be read. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y ffeil gosodiadau. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="444"/>
        <source>The settings file has a mistake in it. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae camgymeriad yn y ffeil gosodiadau. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="447"/>
        <source>The settings file names a setting the kiosk does not know.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r ffeil gosodiadau yn enwi gosodiad nad yw&apos;r ciosg yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="451"/>
        <source>The settings file was written by a newer version of the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd y ffeil gosodiadau ei hysgrifennu gan fersiwn mwy newydd o&apos;r ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="454"/>
        <source>The database address is not right. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw cyfeiriad y gronfa ddata ddim yn gywir. Gofynnwch i hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="457"/>
        <source>The room&apos;s database could not be opened. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd agor cronfa ddata&apos;r ystafell. Holwch hwylusydd, os gwelwch yn dda; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="462"/>
        <source>This update could not be applied to the room&apos;s database, so it was put back as it was before the update: nothing was lost. Please ask IT to install the previous version or a fixed one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd rhoi&apos;r diweddariad hwn ar waith ar gronfa ddata&apos;r ystafell, felly cafodd ei rhoi&apos;n ôl fel yr oedd cyn y diweddariad: chollwyd dim byd. Gofynnwch i&apos;r adran TG osod y fersiwn blaenorol neu un wedi&apos;i thrwsio, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="468"/>
        <source>The room&apos;s database was made by a newer version of the kiosk. Please ask a facilitator to upgrade the kiosk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cafodd cronfa ddata&apos;r ystafell ei gwneud gan fersiwn mwy newydd o&apos;r ciosg. Gofynnwch i hwylusydd uwchraddio&apos;r ciosg.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="473"/>
        <source>The room&apos;s database is damaged. A facilitator can bring back the newest good backup.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae cronfa ddata&apos;r ystafell wedi&apos;i difrodi. Gall hwylusydd ddod â&apos;r copi wrth gefn da diweddaraf yn ôl.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="477"/>
        <source>The kiosk cannot write to its data folder. Please ask a facilitator; the details are in the log.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ni all y ciosg ysgrifennu i&apos;w ffolder data. Gofynnwch i hwylusydd; mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="482"/>
        <source>No facilitator PIN has been set yet.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Does dim PIN hwylusydd wedi&apos;i osod eto.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="485"/>
        <source>That PIN is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r PIN yna ddim yn gywir.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="486"/>
        <source>Too many wrong PINs: please wait a few minutes.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gormod o PINau anghywir: arhoswch ychydig funudau, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="490"/>
        <source>The two PINs are not the same. Please try again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r ddau PIN ddim yr un fath. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="493"/>
        <source>Please fill this in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Llenwch hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="495"/>
        <source>This has characters that cannot be stored. Please type it again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae rhai nodau yn hwn nad oes modd eu cadw. Teipiwch e eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="498"/>
        <source>This does not look like an email address, such as name@wales.nhs.uk.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw hwn ddim yn edrych fel cyfeiriad e-bost (er enghraifft, enw@wales.nhs.uk).</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="501"/>
        <source>Please choose a department from the list or type its name.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch adran o&apos;r rhestr, neu deipiwch ei henw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="504"/>
        <source>That topic is no longer on the list.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r pwnc yna ddim ar y rhestr bellach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="507"/>
        <source>That event has finished. Please choose a topic.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r digwyddiad yna wedi gorffen. Dewiswch bwnc, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="510"/>
        <source>That person could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r person yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="513"/>
        <source>You are already checked in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Rydych chi wedi cofrestru&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="516"/>
        <source>That visit could not be found; it may have ended already.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r ymweliad yna; efallai ei fod wedi dod i ben yn barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="519"/>
        <location filename="../../screens/words.py" line="649"/>
        <source>That code could not be read. Please try again or type your name instead.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd darllen y cod yna. Rhowch gynnig arall arni, neu deipiwch eich enw yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="522"/>
        <location filename="../../screens/words.py" line="654"/>
        <source>This pass could not be verified. Please ask a facilitator for a new one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd gwirio&apos;r pàs hwn. Gofynnwch i hwylusydd am un newydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="525"/>
        <location filename="../../screens/words.py" line="659"/>
        <source>This pass is no longer valid. Please ask a facilitator for a new one.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r pàs hwn ddim yn ddilys bellach. Gofynnwch i hwylusydd am un newydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="528"/>
        <source>That project could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r prosiect yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="531"/>
        <source>That measure could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r mesur yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="534"/>
        <source>That data point could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r pwynt data yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="537"/>
        <source>That PDSA cycle could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r cylch PDSA yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="540"/>
        <source>That PDSA cycle belongs to another project.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r cylch PDSA yna&apos;n perthyn i brosiect arall.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="543"/>
        <source>Those baseline and phase settings do not fit this chart.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r gosodiadau llinell sylfaen a chyfnodau yna ddim yn addas i&apos;r siart hwn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="547"/>
        <source>That item is no longer there; the list has been refreshed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r eitem yna ddim yno bellach; mae&apos;r rhestr wedi&apos;i hadnewyddu.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="553"/>
        <source>The recording could not be kept; please record it again.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd cadw&apos;r recordiad; recordiwch e eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="556"/>
        <source>Submit the story for approval before approving it.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Cyflwynwch y stori i&apos;w chymeradwyo cyn ei chymeradwyo.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="560"/>
        <source>That session could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r sesiwn yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="563"/>
        <source>This session has closed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;r sesiwn hon wedi cau.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="566"/>
        <source>That session template could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r templed sesiwn yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="569"/>
        <source>That part of the session could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r rhan yna o&apos;r sesiwn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="572"/>
        <source>That card is no longer on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r cerdyn hwnnw ar y bwrdd mwyach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="576"/>
        <source>Each person can have from 1 to 20 dots.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gall pob person gael rhwng 1 ac 20 dot.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="579"/>
        <source>Please choose a rating from 1 to 5.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch sgôr o 1 i 5.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="583"/>
        <source>%1 has not agreed to be shown: remove %1, or they can agree at check-in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw %1 wedi cytuno i gael ei ddangos: tynnwch %1 o&apos;r tîm, neu gallan nhw gytuno wrth gofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="587"/>
        <source>A team member has not agreed to be shown. They can agree when they check in.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw un o aelodau&apos;r tîm wedi cytuno i gael ei ddangos. Gallan nhw gytuno wrth gofrestru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="591"/>
        <source>Please choose adopt, adapt or abandon.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dewiswch fabwysiadu, addasu neu roi&apos;r gorau iddi.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="594"/>
        <source>That is not a stage of the Model for Improvement.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw hwnnw ddim yn un o gamau&apos;r Model ar gyfer Gwella.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="597"/>
        <source>Fewer than two people are in the coffee pool: no round today.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae llai na dau berson yn y grŵp coffi: dim rownd heddiw.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="600"/>
        <source>Today&apos;s round has been run already.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae rownd heddiw wedi&apos;i chynnal yn barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="603"/>
        <source>That coffee round could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r rownd goffi yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="606"/>
        <source>That post is no longer on the board.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dyw&apos;r neges yna ddim ar y bwrdd bellach.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="609"/>
        <source>Only the project&apos;s team can change it here. Ask a facilitator to add you to the team.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Dim ond tîm y prosiect all ei newid yma. Gofynnwch i hwylusydd eich ychwanegu at y tîm.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="613"/>
        <source>That request could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r cais yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="616"/>
        <source>That event could not be found.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd dod o hyd i&apos;r digwyddiad yna.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="305"/>
        <source>Please check the event&apos;s details: one of them is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch fanylion y digwyddiad: dyw un ohonyn nhw ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="281"/>
        <source>Description in English</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Disgrifiad yn Saesneg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="282"/>
        <source>Description in Welsh</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Disgrifiad yn Gymraeg</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="403"/>
        <source>Please check the measure&apos;s details: one of them is not right.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch fanylion y mesur: dyw un ohonyn nhw ddim yn iawn.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="433"/>
        <source>Please check the department&apos;s names: one is empty or already used.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Gwiriwch enwau&apos;r adran: mae un yn wag neu wedi&apos;i ddefnyddio&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="622"/>
        <source>Nothing was imported: the file has mistakes. Each one is listed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Ni fewnforiwyd dim: mae camgymeriadau yn y ffeil. Mae pob un wedi&apos;i restru.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="625"/>
        <source>That file is not a Qspace Kiosk database. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r ffeil yna&apos;n gronfa ddata Ciosg Qspace. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="628"/>
        <source>That backup comes from a newer version of the kiosk. Nothing was changed.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Daw&apos;r copi wrth gefn yna o fersiwn mwy newydd o&apos;r ciosg. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="631"/>
        <source>The backup could not be written. Please ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Doedd dim modd ysgrifennu&apos;r copi wrth gefn. Holwch hwylusydd.</translation>
    </message>
    <message>
        <location filename="../../screens/words.py" line="640"/>
        <source>Sorry, that did not work. Please try again or ask a facilitator.</source>
        <translatorcomment>Needs review by a Welsh translator</translatorcomment>
        <translation type="unfinished">Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni neu holwch hwylusydd.</translation>
    </message>
</context>
</TS>
