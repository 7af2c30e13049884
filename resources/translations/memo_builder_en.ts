<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="230" />
        <source>disken är full</source>
        <extracomment>The reason autosave is failing, or "" when the unsaved work is protected again. The recovery file was written. The full technical message of the last failure (for the tooltip). Called before each write, e.g. to commit a cell that is being edited.</extracomment>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="232" />
        <source>disken med mappen {folder} är skrivskyddad</source>
        <translation>the disk with the folder {folder} is read-only</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="234" />
        <source>programmet får inte skriva i mappen {folder}</source>
        <translation>the program may not write in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="236" />
        <source>mappen {folder} finns inte eller kan inte skapas</source>
        <translation>the folder {folder} does not exist or cannot be created</translation>
    </message>
</context>
<context>
    <name>BackgroundStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="38" />
        <location filename="../../memo_builder/gui/steps/background.py" line="41" />
        <source>Bakgrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="21" />
        <source>&lt;b&gt;Sammanfattningen&lt;/b&gt; säger vad som har hänt och varför ärendet kommer till nämnden nu, och vad förvaltningen föreslår. Den kopieras ofta till kallelsen och protokollet, så den ska kunna läsas ensam. Skriv hela meningar, vårdat, enkelt och begripligt (språklagen 11 §). &lt;b&gt;Bakgrunden&lt;/b&gt; beskriver tidigare beslut och det som har hänt sedan dess.</source>
        <translation>The &lt;b&gt;summary&lt;/b&gt; says what has happened, why the case comes to the board now, and what the administration proposes. It is often copied into the notice and the minutes, so it must stand on its own. Write whole sentences in careful, simple and clear Swedish (Language Act, section 11). The &lt;b&gt;background&lt;/b&gt; describes earlier decisions and what has happened since.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="29" />
        <location filename="../../memo_builder/gui/steps/background.py" line="33" />
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="30" />
        <source>Några stycken: vad ärendet gäller, vad som händer om inget beslutas, vad förvaltningen föreslår. En tom rad skiljer stycken åt.</source>
        <translation>A few paragraphs: what the case is about, what happens if nothing is decided, what the administration proposes. An empty line separates paragraphs.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="35" />
        <source>Ändra sammanfattning</source>
        <translation>Edit summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="39" />
        <source>Tidigare beslut, avtal och händelser som förklarar ärendet.</source>
        <translation>Earlier decisions, contracts and events that explain the case.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="43" />
        <source>Ändra bakgrund</source>
        <translation>Edit background</translation>
    </message>
</context>
<context>
    <name>CaseStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="48" />
        <source>Ärende och nämnd</source>
        <translation>Case and board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="51" />
        <location filename="../../memo_builder/gui/steps/case.py" line="58" />
        <source>Organisationens mall</source>
        <translation>Organisation's profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="56" />
        <source>Mall:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="57" />
        <source>Organisationens format för skrivelsen; egna mallar under Inställningar → Organisation</source>
        <translation>The organisation's format for the memo; your own under Settings → Organisation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="62" />
        <source>Vad nämnden beslutar om</source>
        <translation>What the board decides on</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="63" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="64" />
        <source>Ändra rubrik</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="69" />
        <source>Nämnd:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="37" />
        <source>Uppgifterna i sidhuvudet. &lt;b&gt;Rubriken&lt;/b&gt; säger vad nämnden beslutar om, till exempel ”Förnyelse av avtal om e-post och kontorsprogram”. &lt;b&gt;Sammanträdesdatumet&lt;/b&gt; är beslutsdatumet: det avgör vilka lagar och vilka beloppsgränser för direktupphandling som gäller. Datum skrivs ÅÅÅÅ-MM-DD.</source>
        <translation>The details in the page header. The &lt;b&gt;title&lt;/b&gt; says what the board decides on, for example “Renewal of the contract for e-mail and office software”. The &lt;b&gt;meeting date&lt;/b&gt; is the decision date: it decides which laws and which direct-award limits apply. Dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="52" />
        <source>Använd som standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="53" />
        <source>Nya ärenden använder den här mallen, även efter omstart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="70" />
        <source>Nämnden som fattar beslutet, t.ex. kommunstyrelsen eller utbildningsnämnden</source>
        <translation>The board that takes the decision, e.g. the municipal executive board or the education board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="72" />
        <source>Ändra nämnd</source>
        <translation>Edit board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="75" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="78" />
        <source>Förvaltningen som skriver utlåtandet</source>
        <translation>The administration writing the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="79" />
        <source>Förvaltning:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="82" />
        <source>t.ex. 0123/18</source>
        <translation>e.g. 0123/18</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="83" />
        <source>Diarienummer:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="86" />
        <source>Datum</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="89" />
        <source>Utfärdat:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="89" />
        <source>Dagen då tjänsteutlåtandet utfärdas</source>
        <translation>The day the memo is issued</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="90" />
        <source>Ändra datum</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="92" />
        <source>Nämndens sammanträde:</source>
        <translation>Board meeting:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="93" />
        <source>Beslutsdatum: avgör vilka lagar och beloppsgränser som gäller</source>
        <translation>Decision date: decides which laws and amount limits apply</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="95" />
        <source>Ändra sammanträdesdatum</source>
        <translation>Edit meeting date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="97" />
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="100" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="103" />
        <source>t.ex. IT-strateg</source>
        <translation>e.g. IT strategist</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="104" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="107" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="110" />
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="151" />
        <source>Nya ärenden använder mallen {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="162" />
        <source>{key} (kan inte användas)</source>
        <translation>{key} (cannot be used)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="181" />
        <location filename="../../memo_builder/gui/steps/case.py" line="182" />
        <source>Byt mall</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="187" />
        <source>Nämnd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsequencesStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="46" />
        <source>Om inget beslutas</source>
        <translation>If nothing is decided</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="49" />
        <source>Avtalet eller licenserna löper ut:</source>
        <translation>Contract or licences run out:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="50" />
        <source>Ändra slutdatum</source>
        <translation>Edit end date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="57" />
        <source>Tjänster som upphör:</source>
        <translation>Services that stop:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="63" />
        <source>Allvarlighetsgrad:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="65" />
        <source>Ändra allvarlighetsgrad</source>
        <translation>Edit severity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="67" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="70" />
        <source>Senaste beslutsdag per alternativ</source>
        <translation>Latest decision date per option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="76" />
        <source>Bedömning ur olika perspektiv</source>
        <translation>Assessment from different perspectives</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="34" />
        <source>Beskriv vad som händer &lt;b&gt;om nämnden inte beslutar&lt;/b&gt; före det datum då avtalet eller licenserna löper ut: vilka tjänster som upphör och, för varje tjänst, vilka och hur många som berörs (till exempel e-post för alla anställda, lärplattformen för eleverna), och vad det betyder för verksamheten. Programmet räknar ut senaste beslutsdag för varje alternativ utifrån dess ledtid. Under &lt;b&gt;perspektiv&lt;/b&gt; skriver du förvaltningens bedömning, eller kryssar i ”Inga särskilda aspekter”; ett perspektiv utan något av dem skrivs inte i memot.</source>
        <translation>Describe what happens &lt;b&gt;if the board does not decide&lt;/b&gt; before the contract or licences run out: which services stop and, for each service, who and how many are affected (for example e-mail for all staff, the learning platform for the pupils), and what it means for the organisation. The program works out the latest decision date for each option from its lead time. Under &lt;b&gt;perspectives&lt;/b&gt; write the administration's assessment, or tick “No particular aspects”; a perspective with neither is left out of the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="55" />
        <source>Lägg till tjänst</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="56" />
        <source>Tjänster</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="58" />
        <source>Per tjänst: vilka som berörs och hur många</source>
        <translation>Per service: who is affected and how many</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="90" />
        <source>Tjänst, t.ex. e-post</source>
        <translation>Service, e.g. e-mail</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="91" />
        <source>Tjänst {n}</source>
        <translation>Service {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="92" />
        <source>Ändra tjänst</source>
        <translation>Change service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="96" />
        <source>Hur många som berörs; 0 betyder att antalet inte anges</source>
        <translation>How many are affected; 0 means the number is not given</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="97" />
        <source>Tjänst {n}, antal som berörs</source>
        <translation>Service {n}, number affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="98" />
        <source>Ändra antal som berörs</source>
        <translation>Change number affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="100" />
        <source>vilka, t.ex. anställda</source>
        <translation>who, e.g. staff</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="101" />
        <source>Tjänst {n}, vilka som berörs</source>
        <translation>Service {n}, who is affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="103" />
        <source>Ändra vilka som berörs</source>
        <translation>Change who is affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="105" />
        <source>för</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="121" />
        <source>Förvaltningens bedömning ur detta perspektiv</source>
        <translation>The administration's assessment from this perspective</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="127" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="154" />
        <source>Inga särskilda aspekter</source>
        <translation>No particular aspects</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="128" />
        <source>Memot skriver då: ”{phrase}”</source>
        <translation>The memo then says: “{phrase}”</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="130" />
        <source>Inga särskilda aspekter: {h}</source>
        <translation>No particular aspects: {h}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="146" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="148" />
        <source>Skriv perspektiv</source>
        <translation>Write perspective</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="183" />
        <source>Ange när avtalet löper ut, så räknas senaste beslutsdag ut.</source>
        <translation>Enter when the contract runs out to get the latest decision dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="188" />
        <source>Alternativ {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="192" />
        <source>sammanträdesdatum saknas</source>
        <translation>meeting date missing</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="194" />
        <source>kan vara på plats när avtalet löper ut</source>
        <translation>can be in place when the contract runs out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="196" />
        <source>kan inte vara på plats när avtalet löper ut</source>
        <translation>cannot be in place when the contract runs out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="198" />
        <source>; med beslut vid sammanträdet tidigast {date}</source>
        <translation>; if decided at the meeting, at the earliest {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="206" />
        <source>Inga alternativ ännu.</source>
        <translation>No options yet.</translation>
    </message>
</context>
<context>
    <name>CostGrid</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_grid.py" line="146" />
        <source>Standardkolumner</source>
        <extracomment>The set of shown columns changed. Called by Enter on the last row: adds a row (the costs step sets it).</extracomment>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>CostLinesModel</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="161" />
        <source>Sekretess enligt {ground}</source>
        <extracomment>Refused input is counted; while ``quiet`` (an autosave commits an open cell editor) it is refused without a hint, so the user can finish typing.</extracomment>
        <translation>Confidential under {ground}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="162" />
        <source>(grund saknas)</source>
        <translation>(no ground given)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="186" />
        <source>Behövs bara när valutan inte är SEK</source>
        <translation>Only needed when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="190" />
        <source>Tomt: priset gäller startåret och indexet räknas från det</source>
        <translation>Empty: the price is for the first year and the index is applied from it</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="251" />
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="262" />
        <source>Ändra kostnadsrad</source>
        <translation>Edit cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="276" />
        <source>{text} är ingen valutakod. Skriv t.ex. SEK eller EUR.</source>
        <translation>{text} is not a currency code. Type e.g. SEK or EUR.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="291" />
        <source>{text} är inget årtal. Skriv till exempel 2018.</source>
        <translation>{text} is not a year. Type e.g. 2018.</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="52" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="53" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="54" />
        <source>Volym</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="55" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="57" />
        <source>Valuta</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="58" />
        <source>Växelkurs</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="59" />
        <source>Återkommer</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="56" />
        <source>Styckpris</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="60" />
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="61" />
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="62" />
        <source>Index %</source>
        <translation>Index %</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="63" />
        <source>Basår index</source>
        <translation>Index base year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="64" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="65" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="66" />
        <source>Option från</source>
        <translation>Option from</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="67" />
        <source>Uppskattat</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="68" />
        <source>Övergång</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="47" />
        <source>Summa (kr)</source>
        <translation>Total (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="64" />
        <source>Antal enheter, t.ex. antal licenser</source>
        <extracomment>What a row needs, shown by default (issue 23): what, volume, unit, price, currency, years, one-off or recurring, internal or external. Every other column is on demand ("Kolumner …" above the grid) and the current row's values in them are listed under it. A new column is added to COLUMNS alone: it starts hidden, sized to its header, unless named here. What a column must have room for besides its header (the header always fits).</extracomment>
        <translation>Number of units, e.g. number of licences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="65" />
        <source>Första året kostnaden gäller</source>
        <translation>The first year the cost applies</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="66" />
        <source>Sista året kostnaden gäller (årliga kostnader)</source>
        <translation>The last year the cost applies (annual costs)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="67" />
        <source>Årlig kostnad eller engångskostnad</source>
        <translation>Annual or one-off cost</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="68" />
        <source>Vad volymen räknar, t.ex. licenser eller timmar (volymantagandet)</source>
        <translation>What the volume counts, e.g. licences or hours (the volume assumption)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="69" />
        <source>Pris per enhet och år (årlig) eller en gång (engång), i valutan</source>
        <translation>Price per unit and year (annual) or once (one-off), in the currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="70" />
        <source>SEK, EUR, USD …</source>
        <translation>SEK, EUR, USD …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="71" />
        <source>Kronor per enhet av valutan; krävs när valutan inte är SEK</source>
        <translation>Kronor per unit of the currency; required when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="72" />
        <source>Årlig prisuppräkning i procent</source>
        <translation>Annual price index in percent</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="73" />
        <source>Året vars prisnivå priset per enhet gäller; indexet räknas upp från det. Tomt: startåret (Från).</source>
        <translation>The year whose price level the unit price is in; the index is applied from that year. Empty: the first year (From).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="76" />
        <source>Egen personal och interna resurser</source>
        <translation>Own staff and internal resources</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="77" />
        <source>Hela kostnaden ligger i en option eller förlängning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="78" />
        <source>Första året som är option eller förlängning, t.ex. 2028 för en kostnad 2026–2029 med två optionsår. Indexet löper vidare från basåret. Tomt: ingen option.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="81" />
        <source>Beloppet är en uppskattning</source>
        <translation>The amount is an estimate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="82" />
        <source>Övergångslösning: håller tjänsterna igång tills alternativet är på plats (krävs när ledtiden går förbi slutdatumet)</source>
        <translation>Bridge solution: keeps the services running until the option is in place (required when the lead time runs past the deadline)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="84" />
        <source>Radens summa över alla år, i kronor</source>
        <translation>The line's total over all years, in kronor</translation>
    </message>
</context>
<context>
    <name>CostsStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="53" />
        <source>Ta med &lt;b&gt;alla&lt;/b&gt; kostnader för varje alternativ: licenser, support, införande, migrering, utbildning, avveckling – och &lt;b&gt;interna kostnader&lt;/b&gt; för egen personal, som ofta glöms. Ange volymen (t.ex. antal licenser) och skriv ut &lt;b&gt;volymantagandet&lt;/b&gt;: en kalkyl med fel antal licenser kan bli tiotals miljoner kronor för låg. En kostnad med optionsår är &lt;b&gt;en&lt;/b&gt; rad: ange alla år och det år optionen börjar i kolumnen Option från (visa den under Kolumner …). Ange antagen index- och valutautveckling. Belopp skrivs som 1 234,50. Ett pris, en volym eller ett belopp som omfattas av sekretess markerar du direkt i cellen: högerklicka eller tryck Ctrl+Skift+K.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="82" />
        <source>priset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="82" />
        <source>volymen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="83" />
        <source>beloppet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="85" />
        <source>Ta bort sekretessmarkeringen för {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="86" />
        <source>Markera {what} som sekretess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="101" />
        <source>Sekretess markeras på ett pris, en volym eller en summa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="107" />
        <source>Ta bort sekretessmarkering</source>
        <translation>Remove secrecy mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="111" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="166" />
        <source>Markera som sekretess</source>
        <translation>Mark as confidential</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="117" />
        <source>Kostnadsrader</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="120" />
        <source>Alternativ:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="122" />
        <source>Alternativ vars kostnader visas</source>
        <translation>Option whose costs are shown</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="131" />
        <source>Kostnadsrader för det valda alternativet</source>
        <translation>Cost lines of the selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="155" />
        <source>Radens övriga uppgifter</source>
        <translation>The row's other details</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="156" />
        <source>Kolumner …</source>
        <translation>Columns …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="157" />
        <source>Välj kolumner</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="158" />
        <source>Visa fler kolumner, t.ex. växelkurs, index, option och radens summa</source>
        <translation>Show more columns, e.g. exchange rate, index, option and the row's total</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="172" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="368" />
        <source>Lägg till kostnadsrad</source>
        <translation>Add cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="173" />
        <source>Lägg till intern kostnad</source>
        <translation>Add internal cost</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="174" />
        <source>Ta bort rad</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="175" />
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="176" />
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="184" />
        <source>Börja skriva i en cell för att ändra den; Tab går till nästa cell och Enter på sista raden lägger till en rad. En kategori väljs med dess första bokstäver. Belopp: 1 234,50 · Årtal: 2018</source>
        <translation>Start typing in a cell to change it; Tab moves to the next cell and Enter on the last row adds a row. Choose a category by typing its first letters. Amounts: 1 234,50 · Years: 2018</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="194" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="518" />
        <source>Lägg till övergångslösning</source>
        <translation>Add bridge solution</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="196" />
        <source>Alternativet kan inte vara på plats före slutdatumet: tjänsterna behöver en övergångslösning till dess</source>
        <translation>The option cannot be in place before the deadline: the services need a bridge solution until then</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="202" />
        <source>Importera kostnader från Excel…</source>
        <translation>Import costs from Excel…</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="203" />
        <source>Exportera kostnadsunderlag till Excel…</source>
        <translation>Export cost workbook to Excel…</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="211" />
        <source>Summor för alternativet</source>
        <translation>Totals for the option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="216" />
        <source>Totalt inklusive option</source>
        <translation>Total including options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="217" />
        <source>Avtalsperioden</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="218" />
        <source>Optioner och förlängningar</source>
        <translation>Options and extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="219" />
        <source>Engångskostnader</source>
        <translation>One-off costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="220" />
        <source>Löpande kostnader</source>
        <translation>Recurring costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="221" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="565" />
        <source>Interna kostnader</source>
        <translation>Internal costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="222" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="564" />
        <source>Externa kostnader</source>
        <translation>External costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="223" />
        <source>Per användare och år</source>
        <translation>Per user and year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="224" />
        <source>Skillnad mot jämförelsebasen</source>
        <translation>Difference to the baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="247" />
        <source>Kostnader per år</source>
        <translation>Costs per year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="256" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="258" />
        <source>Jämförelse mellan alternativen</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="262" />
        <source>Alternativ</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="262" />
        <source>Totalt inkl. option (kr)</source>
        <translation>Total incl. options (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="263" />
        <source>Varav internt (kr)</source>
        <translation>Of which internal (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="263" />
        <source>Skillnad mot jämförelsebasen (kr)</source>
        <translation>Difference from the baseline (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="273" />
        <source>Att kontrollera</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="275" />
        <source>Varningar om kostnaderna</source>
        <translation>Warnings about the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="282" />
        <source>Antaganden</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="283" />
        <source>Skriv varifrån siffrorna kommer, vad som är uppskattat och vilka antaganden om volym, index och växelkurs som gäller.</source>
        <translation>Write where the figures come from, what is estimated and which assumptions about volume, index and exchange rates apply.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="291" />
        <source>Antal användare som berörs:</source>
        <translation>Users affected:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="293" />
        <source>Beloppen är uppskattningar</source>
        <translation>The amounts are estimates</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="298" />
        <source>Antaganden och källor:</source>
        <translation>Assumptions and sources:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="301" />
        <source>Till exempel: ryms inom förvaltningens budget, eller finansieras genom …</source>
        <translation>For example: within the administration's budget, or financed by …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="303" />
        <source>Finansiering:</source>
        <translation>Financing:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="306" />
        <source>(inte angivet)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="307" />
        <source>Kalenderår</source>
        <translation>Calendar years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="308" />
        <source>Avtalsår</source>
        <translation>Contract years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="310" />
        <source>Åren i tabellerna är</source>
        <translation>The years in the tables are</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="311" />
        <source>Åren i tabellerna är:</source>
        <translation>The years in the tables are:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="313" />
        <source>Ändra vad åren i tabellerna är</source>
        <translation>Change what the years in the tables are</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="317" />
        <source>Känslighet, volym (±%):</source>
        <translation>Sensitivity, volume (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="318" />
        <source>Känslighet, index (± procentenheter):</source>
        <translation>Sensitivity, index (± percentage points):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="319" />
        <source>Känslighet, växelkurs (±%):</source>
        <translation>Sensitivity, exchange rate (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="366" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="405" />
        <source>Lägg först till ett alternativ i steget Alternativ.</source>
        <translation>First add an option in the Options step.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="392" />
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="410" />
        <source>{n} kostnadsrader importerades. Ångra med Ctrl+Z.</source>
        <translation>{n} cost lines were imported. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="428" />
        <source>Ta bort kostnadsrad</source>
        <translation>Remove cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="439" />
        <source>Flytta kostnadsrad</source>
        <translation>Move cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="461" />
        <source>Rad {n} även: {items}</source>
        <translation>Row {n} also: {items}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="515" />
        <source>Övergångslösning tills alternativet är på plats</source>
        <translation>Bridge solution until the option is in place</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="558" />
        <source>({years})</source>
        <translation>({years})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="562" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="568" />
        <source>Summa</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="569" />
        <source>varav option/förlängning</source>
        <translation>of which options/extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="589" />
        <source>förslag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="591" />
        <source>bas</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="613" />
        <source>Inga anmärkningar på kostnaderna.</source>
        <translation>No remarks on the costs.</translation>
    </message>
</context>
<context>
    <name>CriteriaStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="58" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="61" />
        <source>Bedömningsgrunder</source>
        <translation>Assessment criteria</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="42" />
        <source>Valfritt steg. Nämnden väger mer än pengar: juridisk risk, informationssäkerhet, beroende av leverantören, påverkan på användarna och möjligheten att byta. Ge varje bedömningsgrund en &lt;b&gt;vikt&lt;/b&gt; och varje alternativ ett &lt;b&gt;betyg 1–5&lt;/b&gt; (5 är bäst) med en kort motivering. Kostnaden kan betygsättas automatiskt från de beräknade totalerna. Memot visar tabellen, de viktade summorna och hur mycket en enskild vikt måste ändras för att ett annat alternativ ska komma först – och att sammanställningen summerar förvaltningens bedömning, inte avgör ärendet.</source>
        <translation>Optional step. The board weighs more than money: legal risk, information security, dependence on the supplier, effect on users and the possibility to switch. Give each criterion a &lt;b&gt;weight&lt;/b&gt; and each option a &lt;b&gt;score 1–5&lt;/b&gt; (5 is best) with a short reason. Cost can be scored automatically from the computed totals. The memo shows the table, the weighted totals and how far one weight must change for another option to rank first – and that the summary sums up the administration's assessment and does not decide the case.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="60" />
        <source>Lägg till bedömningsgrund</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="65" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="132" />
        <source>Lägg till standardgrunderna</source>
        <translation>Add the default criteria</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="59" />
        <source>Vald bedömningsgrund</source>
        <translation>Selected criterion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="75" />
        <source>t.ex. Informationssäkerhet</source>
        <translation>e.g. Information security</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="76" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="78" />
        <source>Ändra bedömningsgrundens namn</source>
        <translation>Edit criterion name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="80" />
        <source>Vikt (%):</source>
        <translation>Weight (%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="81" />
        <source>Vikterna räknas om till 100 % om de summerar till något annat</source>
        <translation>The weights are rescaled to 100 % if they sum to something else</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="83" />
        <source>Ändra vikt</source>
        <translation>Edit weight</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="84" />
        <source>Betygsätt från de beräknade totalkostnaderna (lägst kostnad 5, högst 1)</source>
        <translation>Score from the computed total costs (lowest cost 5, highest 1)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="97" />
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="99" />
        <source>Betyg och viktade summor</source>
        <translation>Scores and weighted totals</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="110" />
        <source>Hur robust rangordningen är</source>
        <translation>How robust the ranking is</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="121" />
        <source>(utan namn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="130" />
        <source>Standardgrunderna finns redan.</source>
        <translation>The default criteria are already there.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="147" />
        <source>Ge betyg</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="149" />
        <source>Ändra betyg</source>
        <translation>Change score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="160" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="162" />
        <source>Motivera betyg</source>
        <translation>Give reason for score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="179" />
        <source>&lt;b&gt;Alternativ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Option&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="180" />
        <source>&lt;b&gt;Betyg&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="181" />
        <source>&lt;b&gt;Motivering&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reason&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="187" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="188" />
        <source>1–5, där 5 är bäst; – betyder ej bedömt</source>
        <translation>1–5, where 5 is best; – means not scored</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="190" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="249" />
        <source>kort motivering</source>
        <translation>short reason</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="238" />
        <source>Beräknat betyg: {s}</source>
        <translation>Computed score: {s}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="244" />
        <source>beräknat betyg {s} ({total} under {years})</source>
        <translation>computed score {s} ({total} over {years})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="247" />
        <source>beräknat betyg {s}</source>
        <translation>computed score {s}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="250" />
        <source>Betyg för alternativ {n}</source>
        <translation>Score for option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="251" />
        <source>Motivering för alternativ {n}</source>
        <translation>Reason for option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="270" />
        <source>Inga bedömningsgrunder. Steget är valfritt; lägg till grunder om nämnden ska se en sammanvägning.</source>
        <translation>No criteria. The step is optional; add criteria if the board should see a weighing.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="274" />
        <source>Vikt</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="279" />
        <source>Viktad summa</source>
        <translation>Weighted total</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="109" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="115" />
        <location filename="../../memo_builder/gui/widgets/fields.py" line="116" />
        <source>Välj datum i en kalender</source>
        <translation>Pick a date in a calendar</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="177" />
        <source>{text} är inget datum. Skriv till exempel 2018-06-01.</source>
        <translation>{text} is not a date. Type e.g. 2018-06-01.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="189" />
        <source>Välj datum</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="28" />
        <source>Skriv förslaget så att det kan genomföras och klistras in i protokollet som redan beslutat. &lt;b&gt;En åtgärd per beslutspunkt&lt;/b&gt;, numrerade. Skriv hela, begripliga formuleringar med period och belopp där det behövs, t.ex. ”förnya avtalet om licenser för perioden {start}–{end}”. Förvaltningens bedömning är neutral och tar upp de ekonomiska konsekvenserna. Bilagor listas med datum.</source>
        <translation>Write the proposal so that it can be carried out and pasted into the minutes as already decided. &lt;b&gt;One action per decision point&lt;/b&gt;, numbered. Write whole, clear wording with period and amount where needed, e.g. “renew the licence contract for the period {start}–{end}”. The administration's assessment is neutral and covers the financial consequences. Attachments are listed with their dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="39" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="53" />
        <source>Beslutspunkter</source>
        <translation>Decision points</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="47" />
        <source>Beslutspunkt {n}</source>
        <translation>Decision point {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="48" />
        <source>En åtgärd, t.ex. förnya avtalet om … för perioden …</source>
        <translation>One action, e.g. renew the contract for … for the period …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="49" />
        <source>Ändra beslutspunkt</source>
        <translation>Edit decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="53" />
        <source>Lägg till beslutspunkt</source>
        <translation>Add decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="58" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="60" />
        <source>Förvaltningens bedömning</source>
        <translation>The administration's assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="62" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="63" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="66" />
        <source>Samverkan</source>
        <translation>Consultation with unions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="64" />
        <source>Hur ärendet har behandlats med arbetstagarorganisationerna, om det behövs.</source>
        <translation>How the case has been handled with the trade unions, if needed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="74" />
        <source>Bilagans titel</source>
        <translation>Attachment title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="75" />
        <source>Bilaga {n}, titel</source>
        <translation>Attachment {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="78" />
        <source>Bilaga {n}, datum</source>
        <translation>Attachment {n}, date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="84" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="86" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="86" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="96" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="97" />
        <source>Underskrift {n}, namn</source>
        <translation>Signature {n}, name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="100" />
        <source>Titel, t.ex. förvaltningsdirektör</source>
        <translation>Title, e.g. director</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="101" />
        <source>Underskrift {n}, titel</source>
        <translation>Signature {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="103" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="103" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="110" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="112" />
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="112" />
        <source>Lägg till underskrift</source>
        <translation>Add signature</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="124" />
        <source>Nämnden</source>
        <translation>The board</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="140" />
        <source>Skapa Word-filen i stället …</source>
        <extracomment>Seconds before a PDF conversion counts as hanging (the export service's limit). Which remembered folder each format's dialog opens in. The latest Word export changed: (its path or None, whether it is a draft). An export ended: the file written, or None (cancelled, failed).</extracomment>
        <translation>Create the Word file instead …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="141" />
        <location filename="../../memo_builder/gui/export_action.py" line="161" />
        <location filename="../../memo_builder/gui/export_action.py" line="262" />
        <location filename="../../memo_builder/gui/export_action.py" line="328" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="150" />
        <location filename="../../memo_builder/gui/export_action.py" line="187" />
        <location filename="../../memo_builder/gui/export_action.py" line="192" />
        <location filename="../../memo_builder/gui/export_action.py" line="368" />
        <source>{noun} kunde inte skapas</source>
        <translation>{noun} could not be created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="152" />
        <location filename="../../memo_builder/gui/export_action.py" line="189" />
        <location filename="../../memo_builder/gui/export_action.py" line="264" />
        <location filename="../../memo_builder/gui/export_action.py" line="277" />
        <location filename="../../memo_builder/gui/export_action.py" line="370" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="157" />
        <source>Memot har {n} fel och är inte klart för nämnden.</source>
        <translation>The memo has {n} errors and is not ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="159" />
        <source>Skapa utkast</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="160" />
        <source>Visa problemen</source>
        <translation>Show the problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="163" />
        <source>Ett utkast märks ”UTKAST – inte färdigt för nämnden”.</source>
        <translation>A draft is marked “UTKAST – inte färdigt för nämnden” (draft).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="213" />
        <location filename="../../memo_builder/gui/export_action.py" line="323" />
        <source>Skrivelsen</source>
        <translation>The memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="213" />
        <location filename="../../memo_builder/gui/export_action.py" line="323" />
        <source>PDF-filen</source>
        <translation>The PDF file</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="214" />
        <source>Kostnadsunderlaget</source>
        <translation>The cost workbook</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="219" />
        <source>Exportera kostnadsunderlag till Excel</source>
        <translation>Export cost workbook to Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="221" />
        <source>Spara offentlig version som PDF</source>
        <translation>Save the public version as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="222" />
        <source>Spara nämndens version som PDF</source>
        <translation>Save the board's version as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="223" />
        <source>Skapa offentlig version (Word)</source>
        <translation>Create the public version (Word)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="224" />
        <source>Skapa skrivelse (nämndens version)</source>
        <translation>Create the memo (the board's version)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="259" />
        <location filename="../../memo_builder/gui/export_action.py" line="275" />
        <source>{noun} kunde inte sparas</source>
        <translation>{noun} could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="261" />
        <source>Välj ett annat namn …</source>
        <translation>Choose another name …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="289" />
        <source>Skapade {name}</source>
        <translation>Created {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="299" />
        <source>{what} sparades som {path}.</source>
        <translation>{what} was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="302" />
        <source>Den är märkt som utkast.</source>
        <translation>It is marked as a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="304" />
        <source>Det är den offentliga versionen: uppgifter som omfattas av sekretess är utelämnade.</source>
        <translation>This is the public version: information covered by secrecy is left out.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="307" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="307" />
        <source>Öppna PDF-filen</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="308" />
        <source>Öppna arbetsboken</source>
        <translation>Open the workbook</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="310" />
        <source>{noun} är skapad</source>
        <translation>{noun} has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="311" />
        <source>Kostnadsunderlaget är skapat</source>
        <translation>The cost workbook has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="312" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="320" />
        <source>Kostnadsunderlaget (nämndens version)</source>
        <translation>The cost workbook (the board's version)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="321" />
        <source>den offentliga versionen</source>
        <translation>the public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="322" />
        <source>nämndens version</source>
        <translation>the board's version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="324" />
        <source>{kind}, {version},</source>
        <translation>{kind}, {version},</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="328" />
        <source>Skapar PDF med LibreOffice …</source>
        <translation>Creating the PDF with LibreOffice …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="336" />
        <source>Skapar PDF</source>
        <translation>Creating PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="344" />
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="364" />
        <source>PDF-konverteringen avbröts. Ingen fil skrevs.</source>
        <translation>The PDF conversion was cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="135" />
        <source>det nya ärendet</source>
        <extracomment>(where in the memo, the field, the Swedish label) of the details Mina uppgifter holds. A different memo is in the window (New or Open): what belonged to the old one goes.</extracomment>
        <translation>the new case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="139" />
        <source>Vill du spara ändringarna i {name}?</source>
        <translation>Do you want to save the changes to {name}?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="140" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="140" />
        <source>Spara inte</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="141" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="143" />
        <source>Om du inte sparar försvinner ändringarna.</source>
        <translation>If you don't save, the changes are lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="164" />
        <source>Öppna ärende</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="165" />
        <source>Memofiler (*.memo);;Alla filer (*)</source>
        <translation>Memo files (*.memo);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="178" />
        <source>Filen kunde inte öppnas</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="179" />
        <source>Det ärende du har öppet är oförändrat.</source>
        <translation>The case you have open is unchanged.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="194" />
        <source>En kopia av {name} är öppen; spara den under ett eget namn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="202" />
        <source> (skrivskyddat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="203" />
        <source>Öppnade {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="220" />
        <source>Filen kunde inte läsas in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="221" />
        <source>Det du har i fönstret är oförändrat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="227" />
        <source>Filen lästes inte in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="228" />
        <source>Din version kunde inte sparas som kopia, så den nya versionen lästes inte in. Spara din med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="236" />
        <source>Den nya versionen är inläst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="237" />
        <source>Din tidigare version finns kvar som {kept}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="265" />
        <source>Spara ärendet som</source>
        <translation>Save the case as</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="266" />
        <source>Memofiler (*.memo)</source>
        <translation>Memo files (*.memo)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="277" />
        <location filename="../../memo_builder/gui/file_actions.py" line="299" />
        <source>Ärendet kunde inte sparas</source>
        <translation>The case could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="278" />
        <source>Välj ett annat namn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="300" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="309" />
        <source>Sparade {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/form.py" line="238" />
        <source>Hjälp för steget</source>
        <translation>Help for this step</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="64" />
        <source>Importera kostnader från Excel</source>
        <translation>Import costs from Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="67" />
        <source>Raderna läggs till i alternativet &lt;b&gt;{option}&lt;/b&gt;. Kontrollera vilken kolumn som innehåller vad; förhandsvisningen visar de rader som läggs till och de som hoppas över.</source>
        <translation>The lines are added to the option &lt;b&gt;{option}&lt;/b&gt;. Check which column holds what; the preview shows the lines that will be added and the rows that will be skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="77" />
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="78" />
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="79" />
        <source>Blad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="82" />
        <source>ingen rubrikrad</source>
        <translation>no header row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="83" />
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="84" />
        <source>Rubrikrad:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="92" />
        <source>Kolumn för {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="106" />
        <source>Rader som läggs till</source>
        <translation>Lines to add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="108" />
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="108" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="108" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="108" />
        <source>Volym</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="109" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="109" />
        <source>Styckpris</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="109" />
        <source>Valuta</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="110" />
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="110" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="110" />
        <source>Växelkurs</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="110" />
        <source>Index %</source>
        <translation>Index %</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="111" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="111" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="118" />
        <source>Rader som hoppas över:</source>
        <translation>Rows skipped:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="121" />
        <source>Rader som hoppas över</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="129" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="130" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="141" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="144" />
        <source>{col} (utan rubrik)</source>
        <translation>{col} (no heading)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="193" />
        <source>Bladet kan inte läsas</source>
        <translation>The sheet cannot be read</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="220" />
        <source>engång</source>
        <translation>one-off</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="220" />
        <source>årlig</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="221" />
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="222" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="222" />
        <source>från {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="232" />
        <source>Rad {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="234" />
        <source>Inga rader hoppas över.</source>
        <translation>No rows are skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="238" />
        <source>{n} rader läggs till, {m} hoppas över.</source>
        <translation>{n} lines will be added, {m} skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="240" />
        <source>Lägg till {n} rader</source>
        <translation>Add {n} lines</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="73" />
        <source>Ta bort markerad</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="74" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="75" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="156" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="166" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="177" />
        <source>Flytta {noun}</source>
        <translation>Move {noun}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="26" />
        <source>Licenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="27" />
        <source>Support och drift</source>
        <translation>Support and operations</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="28" />
        <source>Införande</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="29" />
        <source>Migrering</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="30" />
        <source>Utbildning</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="31" />
        <source>Intern personal</source>
        <translation>Internal staff</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="32" />
        <source>Avveckling och exit</source>
        <translation>Exit and decommissioning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="33" />
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="34" />
        <source>Kreditering/rabatt</source>
        <translation>Credit/discount</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="36" />
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="37" />
        <source>Medel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="38" />
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="39" />
        <source>Ej bedömt</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="40" />
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="40" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="41" />
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="42" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="44" />
        <source>Bindande lag</source>
        <translation>Binding law</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="45" />
        <source>Utländsk lag som binder leverantören</source>
        <translation>Foreign law that binds the supplier</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="46" />
        <source>Domstolsavgörande</source>
        <translation>Court ruling</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="47" />
        <source>Myndighetsbeslut</source>
        <translation>Authority decision</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="48" />
        <source>Vägledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="49" />
        <source>Leverantörsåtagande – inte lag</source>
        <translation>Vendor commitment – not law</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="50" />
        <source>Förslag – inte gällande rätt</source>
        <translation>Proposal – not law in force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="51" />
        <source>Egen punkt</source>
        <translation>Own item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="53" />
        <source>Årlig</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="54" />
        <source>Engång</source>
        <translation>One-off</translation>
    </message>
</context>
<context>
    <name>LegalStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="40" />
        <source>Markera vad ärendet omfattar, så föreslås de juridiska frågor som gäller på &lt;b&gt;beslutsdagen&lt;/b&gt;: först de som passar ärendet, sedan för sig de övriga som gäller. En fråga som hör till något ärendet inte omfattar, till exempel AI-funktioner, passar inte, och en leverantörs eget åtagande passar bara när den leverantören finns bland alternativen. För varje fråga anger förvaltningen om förslaget &lt;b&gt;löser&lt;/b&gt; den (ja, delvis, nej), varför, vilken risk som kvarstår och vad som görs åt den. Ett leverantörsåtagande är inte lag och får inte beskrivas som ett juridiskt skydd. Om förvaltningens bedömning skiljer sig från förslaget syns det i skrivelsen.</source>
        <translation>Tick what the case involves, and the legal questions that apply on the &lt;b&gt;decision date&lt;/b&gt; are offered: first those that fit the case, then, apart, the others in force. A question about something the case does not involve, such as AI features, does not fit, and a supplier's own commitment fits only when that supplier is among the options. For each question the administration states whether the proposal &lt;b&gt;solves&lt;/b&gt; it (yes, partly, no), why, what risk remains and what is done about it. A vendor commitment is not law and must not be described as a legal safeguard. If the administration's assessment differs from the proposal, the memo shows it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="54" />
        <source>Vad ärendet omfattar</source>
        <translation>What the case involves</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="58" />
        <source>Personuppgifter behandlas</source>
        <translation>Personal data is processed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="59" />
        <source>Uppgifter som omfattas av sekretess</source>
        <translation>Confidential information</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="60" />
        <source>Tjänsten är en molntjänst</source>
        <translation>The service is a cloud service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="61" />
        <source>Förlängning eller förnyelse av avtal</source>
        <translation>Extension or renewal of a contract</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="62" />
        <source>Säkerhetskänslig verksamhet</source>
        <translation>Security-sensitive activity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="63" />
        <source>Tjänsten har AI-funktioner</source>
        <translation>The service has AI features</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="74" />
        <source>Förslag från biblioteket</source>
        <translation>Suggestions from the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="83" />
        <source>Juridiska frågor i biblioteket</source>
        <translation>Legal questions in the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="85" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="85" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="85" />
        <source>Hänvisning</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="110" />
        <source>Lägg till markerade i memot</source>
        <translation>Add selected to the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="121" />
        <source>Juridiska bedömningar i memot</source>
        <translation>Legal assessments in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="120" />
        <source>Egen juridisk punkt</source>
        <translation>Own legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="123" />
        <source>Lägg till egen punkt</source>
        <translation>Add own item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="124" />
        <source>Juridisk punkt</source>
        <translation>Legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="122" />
        <source>Vald fråga</source>
        <translation>Selected question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="136" />
        <source>Att tänka på för handläggaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="142" />
        <source>Uppdatera till bibliotekets text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="145" />
        <source>Behåll min text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="153" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="156" />
        <source>Hänvisning:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="156" />
        <source>Lag, paragraf, mål- eller diarienummer</source>
        <translation>Law, section, case or file number</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="161" />
        <source>Typ:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="162" />
        <source>Ett leverantörsåtagande eller ett förslag är inte gällande rätt</source>
        <translation>A vendor commitment or a proposal is not law in force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="163" />
        <source>Ändra typ</source>
        <translation>Edit kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="165" />
        <source>Text i skrivelsen:</source>
        <translation>Text in the memo:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="170" />
        <source>Löser förslaget frågan?</source>
        <translation>Does the proposal solve it?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="172" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="174" />
        <source>Motivering:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="179" />
        <source>Kvarstående risk:</source>
        <translation>Remaining risk:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="180" />
        <source>Ändra risk</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="182" />
        <source>Åtgärder:</source>
        <translation>Mitigations:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="182" />
        <source>Vad som görs för att minska risken</source>
        <translation>What is done to reduce the risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="218" />
        <location filename="../../memo_builder/gui/steps/legal.py" line="369" />
        <source>Att tänka på (skrivs inte ut i memot): {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="226" />
        <source>Biblioteket har en annan text för beslutsdatumet än den här frågan bygger på (ett äldre memo eller ett nyare bibliotek). Bibliotekets text:
{text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="237" />
        <source>Uppdatera texten från biblioteket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="249" />
        <source>Behåll egen text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="278" />
        <source>Förslag från biblioteket – gäller {date}</source>
        <translation>Suggestions from the library – in force on {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="281" />
        <source>Biblioteket granskades senast {reviewed}; beslutsdatumet ligger efter det, så nyare lagar, domar eller vägledning kan saknas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="287" />
        <source>Biblioteket kunde inte läsa alla poster; övriga används:</source>
        <translation>The library could not read every entry; the others are used:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="302" />
        <source>Passar ärendet ({n})</source>
        <translation>Fits the case ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="304" />
        <source>Passar ärendet</source>
        <translation>Fits the case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="306" />
        <source>Gäller men passar inte ärendet ({n})</source>
        <translation>In force, does not fit the case ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="308" />
        <source>Gäller</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="310" />
        <source>På väg ({n})</source>
        <translation>Coming ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="312" />
        <source>På väg – från {date}</source>
        <translation>Coming – from {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="319" />
        <source>Alla poster som gäller är redan med i memot.</source>
        <translation>Every entry in force is already in the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="371" />
        <source>Känd sedan {date}: {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="374" />
        <source>Ändras medan avtalet löper (med option), från {date}: {text}</source>
        <translation>Changes while the contract runs (with options), from {date}: {text}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="377" />
        <source>Ej bekräftat i biblioteket: {note}</source>
        <translation>Not confirmed in the library: {note}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="388" />
        <source>Lägg till juridiska frågor</source>
        <translation>Add legal questions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="108" />
        <source>Ärendet är skrivskyddat: ändringen gjordes inte. Spara en egen kopia med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="211" />
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="212" />
        <source>&amp;Öppna …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="213" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="214" />
        <source>Spara s&amp;om …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="216" />
        <source>Skapa &amp;skrivelse …</source>
        <translation>Create &amp;memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="217" />
        <source>Skapa o&amp;ffentlig version …</source>
        <translation>Create the &amp;public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="218" />
        <source>Spara nämndens version som &amp;PDF …</source>
        <translation>Save the board's version as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="220" />
        <source>Spara offentlig version som P&amp;DF …</source>
        <translation>Save the public version as P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="222" />
        <source>Exportera &amp;kostnadsunderlag till Excel …</source>
        <translation>Export the &amp;cost workbook to Excel …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="224" />
        <source>Öppna skrivelsen i &amp;Word</source>
        <translation>Open the document in &amp;Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="226" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="227" />
        <source>Ån&amp;gra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="229" />
        <source>Gör &amp;om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="233" />
        <source>&amp;Förhandsgranskning</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="235" />
        <source>Visa &amp;offentlig version</source>
        <translation>Show &amp;public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="237" />
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="239" />
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="240" />
        <source>Anpassa till &amp;bredden</source>
        <translation>Fit to &amp;width</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="244" />
        <source>&amp;Nästa steg</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="245" />
        <source>&amp;Föregående steg</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="247" />
        <source>&amp;Hjälp för steget</source>
        <translation>&amp;Help for this step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="248" />
        <source>&amp;Om Memo Builder</source>
        <translation>&amp;About Memo Builder</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="249" />
        <source>Organisationens &amp;bibliotek …</source>
        <translation>Organisation's &amp;library …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="250" />
        <source>Använd bara programmets bibliotek</source>
        <translation>Use only the built-in library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="252" />
        <source>&amp;Mina uppgifter …</source>
        <translation>&amp;My details …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="253" />
        <source>Skapa profil från &amp;Word-mall …</source>
        <translation>Create profile from &amp;Word template …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="254" />
        <source>Organisationens &amp;mallar …</source>
        <translation>Organisation's &amp;profiles …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="255" />
        <source>Använd bara programmets och mina mallar</source>
        <translation>Use only the program's and my profiles</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="267" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="270" />
        <source>S&amp;enaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="283" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="286" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="295" />
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="296" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="300" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="308" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="322" />
        <source>Byt mall</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="382" />
        <source>{e} fel · {w} varningar</source>
        <translation>{e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="383" />
        <source>Inga problem</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="397" />
        <source>Autosparningen misslyckades: {reason}. Spara ärendet, gärna på en annan plats.</source>
        <translation>Autosave failed: {reason}. Save the case, preferably in another place.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="400" />
        <source>Osparade ändringar skyddas inte om programmet avslutas oväntat.</source>
        <translation>Unsaved changes are not protected if the program closes unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="408" />
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="410" />
        <source>(skrivskyddat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="420" />
        <source>Skrivskyddat. {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="455" />
        <source>Förhandsgranskningen visas i {p} %</source>
        <translation>The preview is shown at {p} %</translation>
    </message>
</context>
<context>
    <name>MemoDocument</name>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="87" />
        <source>Ändra</source>
        <extracomment>Emitted after any edit, undo or redo: (the edited object or list, structural change?). Emitted when a different memo is loaded (New, Open, restore); views rebuild. The memo differs (or no longer differs) from its file. An edit was refused because the memo is open read-only. Counts every change to the memo (edits, undo, redo, a new memo): caches of computed values (gui/services.py) compare it instead of listening for signals. Open read-only (someone else has it): every edit is refused, never silently lost.</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="92" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="100" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="105" />
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>MyDetailsDialog</name>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="47" />
        <source>Mina uppgifter</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="51" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="51" />
        <source>Förvaltning:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="52" />
        <source>Ditt namn:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="52" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="53" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="53" />
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="64" />
        <source>Nämnder</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="65" />
        <source>En nämnd per rad, t.ex. Kommunstyrelsen</source>
        <translation>One board per line, e.g. Kommunstyrelsen</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="70" />
        <source>Nämnder du skriver till:</source>
        <translation>Boards you write to:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="53" />
        <source>Steg</source>
        <extracomment>The last step: it lists every problem, and creates and opens the Word file. The review page was built (it is built lazily): the window wires its export buttons.</extracomment>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="70" />
        <source>← &amp;Tillbaka</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="71" />
        <source>&amp;Nästa →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="73" />
        <source>Föregående steg</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="74" />
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="132" />
        <source>Steg {n} av {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="182" />
        <source>1 fel</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="182" />
        <source>{n} fel</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="183" />
        <source>1 varning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="183" />
        <source>{n} varningar</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="189" />
        <source>… och {n} till (se Granska och skapa)</source>
        <translation>… and {n} more (see Review and create)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="199" />
        <source>Inte påbörjat</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="202" />
        <source>Klart</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="54" />
        <source>Alternativ</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="27" />
        <source>Redovisa &lt;b&gt;minst två&lt;/b&gt; alternativ, även att inte förnya eller att avveckla, så att nämnden ser vad den väljer mellan. Beskriv varje alternativ neutralt med fördelar och nackdelar. Markera ett alternativ som &lt;b&gt;förvaltningens förslag&lt;/b&gt; och, om kostnaderna ska jämföras, ett som jämförelsebas (oftast att förnya som i dag). Ledtiden är den tid alternativet behöver innan det kan vara på plats.</source>
        <translation>Present &lt;b&gt;at least two&lt;/b&gt; options, including not renewing or leaving, so the board sees what it chooses between. Describe each option neutrally with advantages and disadvantages. Mark one option as &lt;b&gt;the administration's proposal&lt;/b&gt; and, if costs are to be compared, one as the baseline (usually renewing as today). The lead time is how long the option needs before it can be in place.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="35" />
        <source>(utan rubrik)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="39" />
        <source>förslag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="41" />
        <source>jämförelsebas</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="51" />
        <source>Alternativen</source>
        <translation>The options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="53" />
        <source>Lägg till alternativ</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="52" />
        <source>Valt alternativ</source>
        <translation>Selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="66" />
        <source>t.ex. Förnya avtalet i tre år</source>
        <translation>e.g. Renew the contract for three years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="67" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="68" />
        <source>Ändra alternativets rubrik</source>
        <translation>Edit option title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="70" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="73" />
        <source>Fördelar:</source>
        <translation>Advantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="73" />
        <source>En fördel per rad</source>
        <translation>One advantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="76" />
        <source>Nackdelar:</source>
        <translation>Disadvantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="76" />
        <source>En nackdel per rad</source>
        <translation>One disadvantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="79" />
        <source>Leverantör:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="82" />
        <source>Produkt eller tjänst:</source>
        <translation>Product or service:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="83" />
        <source>Vad leverantören erbjuder; styr vilka leverantörsåtaganden som föreslås</source>
        <translation>What the supplier offers; decides which supplier commitments are suggested</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="85" />
        <source>Leverantören eller dess moderbolag finns utanför EU/EES</source>
        <translation>The supplier or its parent company is outside the EU/EEA</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="89" />
        <source>Alternativet innebär att vi lämnar nuvarande leverantör</source>
        <translation>The option means leaving the current supplier</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="93" />
        <source>Tjänsterna upphör med alternativet</source>
        <translation>The services stop with this option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="94" />
        <source>Till exempel att inte förnya utan något i stället: memot säger då att den lägre kostnaden inte är en besparing</source>
        <translation>For example not renewing without anything instead: the memo then says that the lower cost is not a saving</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="102" />
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="104" />
        <source>Ledtid:</source>
        <translation>Lead time:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="105" />
        <source>Hur lång tid alternativet behöver innan det kan vara på plats</source>
        <translation>How long the option needs before it can be in place</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="107" />
        <source>Förvaltningens förslag</source>
        <translation>The administration's proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="109" />
        <source>Jämförelsebas för kostnaderna</source>
        <translation>Baseline for the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="127" />
        <source>Markera som förslag</source>
        <translation>Mark as proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="127" />
        <source>Markera som jämförelsebas</source>
        <translation>Mark as baseline</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="114" />
        <source>Uppgifterna kunde inte sparas: {error}</source>
        <translation>The details could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="116" />
        <source>Dina uppgifter används i nya ärenden.</source>
        <translation>Your details are used in new cases.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="130" />
        <source>Fyll i det öppna ärendet?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="131" />
        <source>Vill du fylla i dina uppgifter i det öppna ärendets tomma fält?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="132" />
        <source>Fyll i tomma fält</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="133" />
        <source>Bara nya ärenden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="137" />
        <source>Fyll i mina uppgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="140" />
        <source>{n} tomma fält fylldes i. Ångra med Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="147" />
        <source>Sidformatet är inte A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="148" />
        <source>Använd A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="148" />
        <source>Behåll mallens format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="158" />
        <source>Profilen kunde inte ändras till A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="163" />
        <source>Välj organisationens mappar med mallar</source>
        <translation>Choose the organisation's folder of profiles</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="178" />
        <source>Organisationens mallar: {folder}</source>
        <translation>Organisation's profiles: {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="179" />
        <source>Bara programmets och dina egna mallar används.</source>
        <translation>Only the program's and your own profiles are used.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="184" />
        <source>Välj organisationens Word-mall</source>
        <translation>Choose the organisation's Word template</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="186" />
        <source>Word-mallar (*.docx *.dotx);;Alla filer (*)</source>
        <translation>Word templates (*.docx *.dotx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="192" />
        <source>Skapa profil från Word-mall</source>
        <translation>Create profile from Word template</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="193" />
        <source>Profilens namn (t.ex. umea):</source>
        <translation>The profile's name (e.g. umea):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="198" />
        <source>Ogiltigt namn</source>
        <translation>Invalid name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="199" />
        <source>Använd bokstäver, siffror och bindestreck, utan / \ : * ? " &lt; &gt; | och utan punkt eller understreck först.</source>
        <translation>Use letters, digits and hyphens, without / \ : * ? " &lt; &gt; | and not starting with a dot or an underscore.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="206" />
        <source>Profilen finns redan</source>
        <translation>The profile already exists</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="207" />
        <source>Det finns redan en profil som heter {key}. Vill du ersätta den?</source>
        <translation>There is already a profile called {key}. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="208" />
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="208" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="219" />
        <source>Profilen kunde inte skapas</source>
        <translation>The profile could not be created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="220" />
        <source>Inget har ändrats.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="226" />
        <source>Profilen är skapad</source>
        <translation>The profile has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="227" />
        <source>Använd som standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="228" />
        <source>Använd bara för detta ärende</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="229" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="95" />
        <source>Förhandsgranskning av skrivelsen</source>
        <extracomment>The Word page's text width (A4 with 25 mm margins; the cost chart is as wide) and body size. The page's white border around the text, in logical pixels at 100 %. Fitting the page to the preview's width stops here: smaller is hard to read, so below it the page keeps this size and the preview scrolls sideways. Fitting never enlarges past 125 %. The zoom shown changed (a fraction: 0.75 = 75 %).</extracomment>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="212" />
        <source>Organisationens mall kunde inte läsas: {error}</source>
        <extracomment>The zoom the user chose, or None to fit the page to the width. Show the public version (confidential items withheld) instead of the board's.</extracomment>
        <translation>The organisation's template could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="229" />
        <source>Förhandsgranskningen kunde inte visas ({name}). Det du skrivit finns kvar.</source>
        <translation>The preview could not be shown ({name}). What you have written is kept.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="43" />
        <source>ett namnlöst ärende</source>
        <extracomment>A crashed session's memo is in the window now. A crashed session's recovery file that was restored: kept (and locked) until this session's own recovery copy or a save has made it redundant.</extracomment>
        <translation>an untitled case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="44" />
        <source>aldrig sparat</source>
        <translation>never saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="46" />
        <source>Återställ osparade ändringar</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="47" />
        <source>Memo Builder avslutades oväntat. Det finns osparade ändringar i ”{title}” från {when}.</source>
        <translation>Memo Builder closed unexpectedly. There are unsaved changes to “{title}” from {when}.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="49" />
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="50" />
        <source>Släng ändringarna</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="51" />
        <source>Inte nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="53" />
        <source>Fil: {where}</source>
        <translation>File: {where}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="64" />
        <source>Återställningen misslyckades</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery_offer.py" line="78" />
        <source>Ändringarna är återställda. Spara för att behålla dem.</source>
        <extracomment>When the restored edits were last autosaved (the file's lock and check follow it).</extracomment>
        <translation>The changes are restored. Save to keep them.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="34" />
        <source>Här listas allt som behöver rättas (&lt;b&gt;fel&lt;/b&gt;) och sådant en noggrann granskare skulle fråga om (&lt;b&gt;varningar&lt;/b&gt;). Dubbelklicka eller tryck Enter på en rad för att gå till fältet. När inga fel finns kvar skapar du skrivelsen som Word-fil och laddar upp den i ärendehanteringssystemet. Med fel kvar kan du skapa ett utkast.</source>
        <extracomment>An export the user asked for (a ``publish.service.ExportRequest``). "Skapa offentlig version": the same export with confidential items withheld.</extracomment>
        <translation>Everything that must be fixed (&lt;b&gt;errors&lt;/b&gt;) and what a careful reviewer would ask about (&lt;b&gt;warnings&lt;/b&gt;) is listed here. Double-click or press Enter on a line to go to the field. When no errors remain, create the memo as a Word file and upload it to the case management system. With errors left you can create a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="41" />
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="50" />
        <source>Problem i memot</source>
        <translation>Problems in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="62" />
        <source>Skapa skrivelsen</source>
        <translation>Create the document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="63" />
        <source>Skapa skrivelse …</source>
        <translation>Create memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="65" />
        <source>Skapa skrivelse</source>
        <translation>Create memo document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="70" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="71" />
        <source>Öppna skrivelsen i Word</source>
        <translation>Open the document in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="74" />
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="75" />
        <source>Spara som PDF: välj version</source>
        <translation>Save as PDF: choose the version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="76" />
        <source>En taggad PDF för webben och ärendesystemet (kräver LibreOffice): nämndens eller den offentliga versionen</source>
        <translation>A tagged PDF for the web and the case system (needs LibreOffice): the board's or the public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="79" />
        <source>Nämndens version …</source>
        <translation>The board's version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="81" />
        <source>Offentlig version …</source>
        <translation>The public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="84" />
        <source>Skapa offentlig version …</source>
        <translation>Create public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="85" />
        <source>Skapa offentlig version</source>
        <translation>Create public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="87" />
        <source>Skapar versionen som kan lämnas ut: sekretessmarkerade uppgifter och det som skulle avslöja dem ersätts med en upplysning om sekretessen.</source>
        <translation>Creates the version that can be released: confidential items, and whatever would reveal them, are replaced with a notice of the secrecy.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="91" />
        <location filename="../../memo_builder/gui/steps/review.py" line="233" />
        <source>Ingen skrivelse skapad ännu.</source>
        <translation>No document created yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="101" />
        <source>skrivelse</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="102" />
        <source>Skapa {kind} …</source>
        <translation>Create {kind} …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="107" />
        <source>Klarspråk</source>
        <translation>Plain Swedish</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="108" />
        <source>LIX per avsnitt (läsbarhetsindex: ord per mening + andel långa ord). Under 40 är lättläst, 50–60 är normalt för myndighetstext, över 60 är byråkratsvenska. Dubbelklicka på en rad för att gå till texten.</source>
        <translation>LIX per section (readability index: words per sentence + share of long words). Under 40 is easy to read, 50–60 is normal for official text, over 60 is bureaucratic Swedish. Double-click a row to go to the text.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="112" />
        <source>Läsbarhet per avsnitt</source>
        <translation>Readability per section</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="121" />
        <source>Tillgänglighet</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="122" />
        <source>Skrivelsen som skapas kontrolleras mot DOS-lagens krav för Word-dokument: titel, språk, rubriker, alternativtext, tabeller, listor, tomma stycken, kontrast och länktexter.</source>
        <translation>The memo being created is checked against the Swedish accessibility act's rules for Word documents: title, language, headings, alt text, tables, lists, empty paragraphs, contrast and link texts.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="125" />
        <source>Kontrollen körs när steget visas.</source>
        <translation>The check runs when the step is shown.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="129" />
        <source>Tillgänglighetsbrister i skrivelsen</source>
        <translation>Accessibility problems in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="154" />
        <source>Kontrollerar skrivelsen …</source>
        <translation>Checking the memo …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="165" />
        <source>Inga tillgänglighetsbrister i skrivelsen.</source>
        <translation>No accessibility problems in the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="168" />
        <source>{n} tillgänglighetsbrister i skrivelsen:</source>
        <translation>{n} accessibility problems in the memo:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="181" />
        <source>{name}: ingen text</source>
        <translation>{name}: no text</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="184" />
        <source>{name}: LIX {lix} – {label}</source>
        <translation>{name}: LIX {lix} – {label}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="187" />
        <source>(över gränsen {limit:g})</source>
        <translation>(over the limit {limit:g})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="194" />
        <source>Enter eller dubbelklick går till texten.</source>
        <translation>Enter or double-click goes to the text.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="207" />
        <source>Inga problem – skrivelsen är klar för nämnden.</source>
        <translation>No problems – the memo is ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="210" />
        <source>{e} fel och {w} varningar. Rätta felen innan skrivelsen går till nämnden.</source>
        <translation>{e} errors and {w} warnings. Fix the errors before the memo goes to the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="214" />
        <source>Inga fel, men {w} varningar att titta på.</source>
        <translation>No errors, but {w} warnings to look at.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="219" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="219" />
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="223" />
        <source>{level} i steget {step}. Enter eller dubbelklick går dit.</source>
        <translation>{level} in the step {step}. Enter or double-click goes there.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="235" />
        <source>Senast skapad: {path}</source>
        <translation>Last created: {path}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="237" />
        <source>(utkast)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="284" />
        <source>Inga {noun} ännu.</source>
        <extracomment>The field that takes the focus after an add (the item's name, as a rule).</extracomment>
        <translation>No {noun} yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="336" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="337" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="338" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="365" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="377" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="386" />
        <source>Flytta {noun}</source>
        <translation>Move {noun}</translation>
    </message>
</context>
<context>
    <name>SecrecyCard</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="73" />
        <source>Sekretess</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="74" />
        <source>Markera uppgifter som omfattas av sekretess, med grunden i offentlighets- och sekretesslagen (OSL). Nämndens version visar allt, märkt; den offentliga versionen ersätter uppgiften, och allt som skulle avslöja den, med en upplysning om sekretessen.</source>
        <translation>Mark information covered by secrecy, with its ground in the Public Access to Information and Secrecy Act (OSL). The board's version shows everything, marked; the public version replaces the item, and everything that would reveal it, with a notice of the secrecy.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="81" />
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="81" />
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="95" />
        <source>Sekretessgrund</source>
        <translation>Ground for secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="86" />
        <source>Sekretessmarkerade uppgifter</source>
        <translation>Items marked as confidential</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="92" />
        <source>Uppgift att markera</source>
        <translation>Item to mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="105" />
        <source>Uppgift:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="107" />
        <source>Grund:</source>
        <translation>Ground:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="111" />
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="172" />
        <source>Markera som sekretess</source>
        <translation>Mark as confidential</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="113" />
        <source>Ändra grund</source>
        <translation>Change ground</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="115" />
        <source>Ta bort markering</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="125" />
        <source>Myndighet som gjort markeringen</source>
        <translation>Authority that made the marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="126" />
        <source>Förvaltningen (standard)</source>
        <translation>The administration (default)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="129" />
        <source>Datum för sekretessmarkeringen</source>
        <translation>Date of the secrecy marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="130" />
        <source>ÅÅÅÅ-MM-DD (standard: memots datum)</source>
        <translation>YYYY-MM-DD (default: the memo's date)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="133" />
        <source>Markeringen görs av:</source>
        <translation>Marked by:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="135" />
        <source>den:</source>
        <translation>on:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="163" />
        <source>Det finns inget att markera ännu.</source>
        <translation>There is nothing to mark yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="169" />
        <source>Uppgiften är redan markerad; ändra grunden i stället.</source>
        <translation>The item is already marked; change its ground instead.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="180" />
        <source>Ändra sekretessgrund</source>
        <translation>Change ground for secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="186" />
        <source>Ta bort sekretessmarkering</source>
        <translation>Remove secrecy mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="191" />
        <source>Ändra vem som gör sekretessmarkeringen</source>
        <translation>Change who makes the secrecy marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="198" />
        <source>Datumet {text} kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2018-04-26.</source>
        <translation>The date {text} could not be read. Write it as YYYY-MM-DD, for example 2018-04-26.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="202" />
        <source>Ändra datum för sekretessmarkeringen</source>
        <translation>Change the date of the secrecy marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="228" />
        <source>(grund saknas)</source>
        <translation>(no ground given)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="230" />
        <source>(inte en bestämmelse i OSL)</source>
        <translation>(not a provision of OSL)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="247" />
        <source>1 uppgift är markerad som sekretess.</source>
        <translation>1 item is marked as confidential.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="248" />
        <source>{n} uppgifter är markerade som sekretess.</source>
        <translation>{n} items are marked as confidential.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="249" />
        <source>Välj Visa → Visa offentlig version för att se vad som lämnas ut.</source>
        <translation>Choose View → Show public version to see what is released.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="250" />
        <source>Inga uppgifter är markerade som sekretess.</source>
        <translation>No items are marked as confidential.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="39" />
        <source>Språket byts nästa gång du startar Memo Builder.</source>
        <translation>The language changes the next time you start Memo Builder.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="45" />
        <source>Välj organisationens bibliotek med juridiska frågor</source>
        <translation>Choose the organisation's library of legal questions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="63" />
        <source>Organisationens bibliotek: {folder}</source>
        <translation>Organisation's library: {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="64" />
        <source>Bara programmets bibliotek används.</source>
        <translation>Only the built-in library is used.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="66" />
        <source>{n} poster kunde inte läsas (se steget Juridik).</source>
        <translation>{n} entries could not be read (see the Legal step).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="74" />
        <source>Om Memo Builder</source>
        <translation>About Memo Builder</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="75" />
        <source>Memo Builder {v}
Skriver tjänsteutlåtanden till nämnden. Programmet arbetar helt utan nätverk.</source>
        <translation>Memo Builder {v}
Writes decision memos for the board. The program works entirely without a network.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="93" />
        <source>Ärendet kunde inte tas över</source>
        <extracomment>How often a read-only window that asked to be told looks whether the memo is free. Read-only or editable changed (the title, the banner and the steps follow). The memo became free and the user wants it for editing: reopen this path. Why the memo is open read-only ("" while it can be edited). The file as it was opened or last saved.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="96" />
        <source>{who} Du kan läsa det och spara en egen kopia med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="105" />
        <location filename="../../memo_builder/gui/sharing.py" line="112" />
        <source>Ärendet öppnas skrivskyddat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="110" />
        <source>Filen {name} är skrivskyddad. Spara dina ändringar med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="126" />
        <source>Öppna skrivskyddat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="127" />
        <source>Skrivskyddat, meddela mig när det är ledigt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="128" />
        <source>Öppna en kopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="129" />
        <location filename="../../memo_builder/gui/sharing.py" line="331" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="130" />
        <source>Ändringar i en kopia sparar du under ett eget namn; originalet ändras inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="133" />
        <source>Låset ser övergivet ut: {why}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="134" />
        <source>Ta över och redigera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="135" />
        <source>Ta bara över om du vet att ingen arbetar i ärendet just nu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="136" />
        <source>Ärendet är öppet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="202" />
        <source>Ärendet kunde inte sparas</source>
        <translation>The case could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="203" />
        <source>Välj ett annat namn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="231" />
        <source>Låsfilen har tagits bort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="232" />
        <source>Låset på ärendet är borta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="233" />
        <source>Någon har tagit över ärendet medan du hade det öppet. {who} Dina ändringar finns kvar i fönstret och i återställningsfilen; spara dem med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="244" />
        <source>Mappen går inte att nå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="245" />
        <source>Mappen {folder} går inte att nå ({why}). Dina ändringar finns kvar i fönstret och i återställningsfilen på den här datorn. Spara när mappen är tillbaka, eller spara en kopia på en annan plats med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="264" />
        <source>Ärendet är ledigt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="265" />
        <source>{name} är inte längre öppet hos någon annan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="266" />
        <source>Öppna för redigering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="267" />
        <source>Fortsätt skrivskyddat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="269" />
        <source>Ärendet läses in på nytt från filen, med de senaste ändringarna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="283" />
        <source>{name} finns inte längre där du öppnade den (flyttad, omdöpt eller borttagen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="286" />
        <source>{name} har ändrats på disken sedan du öppnade den (senast ändrad {when}), av någon annan eller ett annat program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="296" />
        <source>Mappen med ärendet går inte att nå just nu; dina ändringar finns i återställningsfilen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="304" />
        <source>Filen har flyttats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="306" />
        <source>Ärendet finns kvar i fönstret; spara det med Spara som …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="309" />
        <location filename="../../memo_builder/gui/sharing.py" line="326" />
        <source>Filen har ändrats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="310" />
        <location filename="../../memo_builder/gui/sharing.py" line="329" />
        <source>Läs in den nya versionen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="311" />
        <source>Fortsätt med min version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="313" />
        <source>Läser du in den nya versionen sparas det du har i fönstret som en kopia bland återställningsfilerna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="327" />
        <source>Sparar du nu skrivs de ändringarna över.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="328" />
        <source>Spara som kopia …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="330" />
        <source>Skriv över</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../memo_builder/gui/sharing.py" line="333" />
        <source>Dina ändringar finns kvar i återställningsfilen vad du än väljer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="307" />
        <source>Söker förslag …</source>
        <extracomment>The check is ready (True) or off with a reason.</extracomment>
        <translation>Looking for suggestions …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="310" />
        <source>Lägg till ”{w}” i ordlistan</source>
        <translation>Add “{w}” to the word list</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="320" />
        <source>Inga förslag</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="343" />
        <source>”{w}” finns nu i din ordlista.</source>
        <translation>“{w}” is now in your word list.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="28" />
        <source>Ärendet</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="29" />
        <source>Bakgrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="30" />
        <source>Alternativ</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="32" />
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="33" />
        <source>Konsekvenser</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="35" />
        <source>Juridik</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="36" />
        <source>Bedömningsgrunder</source>
        <translation>Assessment criteria</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="37" />
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../memo_builder/model/walkthrough.py" line="39" />
        <source>Granska och skapa</source>
        <translation>Review and create</translation>
    </message>
</context>
<context>
    <name>SummaryDraftPanel</name>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="26" />
        <source>Föreslå en sammanfattning</source>
        <translation>Suggest a summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="27" />
        <source>Föreslå en sammanfattning från memots uppgifter</source>
        <translation>Suggest a summary from the memo's facts</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="29" />
        <source>Ett förslag i klarspråk från förslaget, kostnaderna, tidsgränsen och de juridiska frågorna. Din egen text ändras inte.</source>
        <translation>A plain-language suggestion from the proposal, the costs, the deadline and the legal questions. Your own text is not changed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="41" />
        <source>Förslag till sammanfattning</source>
        <translation>Suggested summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="48" />
        <source>Stäng förslaget</source>
        <translation>Close the suggestion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="62" />
        <source>Det finns inte tillräckligt med uppgifter för ett förslag ännu. Fyll i alternativen, kostnaderna, tidsgränsen och de juridiska frågorna.</source>
        <translation>There is not enough yet for a suggestion. Fill in the options, the costs, the deadline and the legal questions.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="71" />
        <source>Lägg till under min text</source>
        <translation>Add below my text</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="72" />
        <source>Använd förslaget</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="73" />
        <source>Din text står kvar; förslaget läggs till efter den.</source>
        <translation>Your text stays; the suggestion is added after it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="74" />
        <source>Förslaget blir sammanfattningen.</source>
        <translation>The suggestion becomes the summary.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="79" />
        <source>Förslag från memots uppgifter – LIX {lix} ({label}). Redigera det här, använd det eller stäng det.</source>
        <translation>A suggestion from the memo's facts – LIX {lix} ({label}). Edit it here, use it or close it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="81" />
        <source>Förslag från memots uppgifter.</source>
        <translation>A suggestion from the memo's facts.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="91" />
        <source>Använd förslag till sammanfattning</source>
        <translation>Use the suggested summary</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="168" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="168" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="263" />
        <source>Importera kostnader från Excel</source>
        <translation>Import costs from Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="265" />
        <source>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="272" />
        <source>Filen kan inte importeras</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="275" />
        <source>(utan rubrik)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="282" />
        <source>Importera {n} kostnadsrader från Excel</source>
        <translation>Import {n} cost lines from Excel</translation>
    </message>
</context>
</TS>