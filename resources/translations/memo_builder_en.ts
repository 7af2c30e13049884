<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="231" />
        <source>disken är full</source>
        <extracomment>The reason autosave is failing, or "" when the unsaved work is protected again. The recovery file was written. The full technical message of the last failure (for the tooltip). Called before each write, e.g. to commit a cell that is being edited.</extracomment>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="233" />
        <source>disken med mappen {folder} är skrivskyddad</source>
        <translation>the disk with the folder {folder} is read-only</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="235" />
        <source>programmet får inte skriva i mappen {folder}</source>
        <translation>the program may not write in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/recovery.py" line="237" />
        <source>mappen {folder} finns inte eller kan inte skapas</source>
        <translation>the folder {folder} does not exist or cannot be created</translation>
    </message>
</context>
<context>
    <name>BackgroundStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="45" />
        <location filename="../../memo_builder/gui/steps/background.py" line="15" />
        <location filename="../../memo_builder/gui/steps/background.py" line="39" />
        <location filename="../../memo_builder/gui/steps/background.py" line="42" />
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
        <location filename="../../memo_builder/gui/steps/background.py" line="40" />
        <source>Tidigare beslut, avtal och händelser som förklarar ärendet.</source>
        <translation>Earlier decisions, contracts and events that explain the case.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="44" />
        <source>Ändra bakgrund</source>
        <translation>Edit background</translation>
    </message>
</context>
<context>
    <name>CaseStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="44" />
        <location filename="../../memo_builder/gui/steps/case.py" line="27" />
        <source>Ärendet</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="44" />
        <source>Ärende och nämnd</source>
        <translation>Case and board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="47" />
        <source>Organisationens mall</source>
        <translation>Organisation's profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="48" />
        <source>Mall:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="49" />
        <source>Organisationens format för skrivelsen; egna mallar under Inställningar → Organisation</source>
        <translation>The organisation's format for the memo; your own under Settings → Organisation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="53" />
        <source>Vad nämnden beslutar om</source>
        <translation>What the board decides on</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="54" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="55" />
        <source>Ändra rubrik</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="60" />
        <source>Nämnd:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="33" />
        <source>Uppgifterna i sidhuvudet. &lt;b&gt;Rubriken&lt;/b&gt; säger vad nämnden beslutar om, till exempel ”Förnyelse av avtal om e-post och kontorsprogram”. &lt;b&gt;Sammanträdesdatumet&lt;/b&gt; är beslutsdatumet: det avgör vilka lagar och vilka beloppsgränser för direktupphandling som gäller. Datum skrivs ÅÅÅÅ-MM-DD.</source>
        <translation>The details in the page header. The &lt;b&gt;title&lt;/b&gt; says what the board decides on, for example “Renewal of the contract for e-mail and office software”. The &lt;b&gt;meeting date&lt;/b&gt; is the decision date: it decides which laws and which direct-award limits apply. Dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="61" />
        <source>Nämnden som fattar beslutet, t.ex. kommunstyrelsen eller utbildningsnämnden</source>
        <translation>The board that takes the decision, e.g. the municipal executive board or the education board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="63" />
        <source>Ändra nämnd</source>
        <translation>Edit board</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="66" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="69" />
        <source>Förvaltningen som skriver utlåtandet</source>
        <translation>The administration writing the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="70" />
        <source>Förvaltning:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="73" />
        <source>t.ex. 0123/18</source>
        <translation>e.g. 0123/18</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="74" />
        <source>Diarienummer:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="77" />
        <source>Datum</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="80" />
        <source>Utfärdat:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="80" />
        <source>Dagen då tjänsteutlåtandet utfärdas</source>
        <translation>The day the memo is issued</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="81" />
        <source>Ändra datum</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="83" />
        <source>Nämndens sammanträde:</source>
        <translation>Board meeting:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="84" />
        <source>Beslutsdatum: avgör vilka lagar och beloppsgränser som gäller</source>
        <translation>Decision date: decides which laws and amount limits apply</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="86" />
        <source>Ändra sammanträdesdatum</source>
        <translation>Edit meeting date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="88" />
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="91" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="94" />
        <source>t.ex. IT-strateg</source>
        <translation>e.g. IT strategist</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="95" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="98" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="101" />
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="136" />
        <source>{key} (kan inte användas)</source>
        <translation>{key} (cannot be used)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/case.py" line="154" />
        <source>Byt mall</source>
        <translation>Change profile</translation>
    </message>
</context>
<context>
    <name>ConsequencesStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="49" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="27" />
        <source>Konsekvenser</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="45" />
        <source>Om inget beslutas</source>
        <translation>If nothing is decided</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="48" />
        <source>Avtalet eller licenserna löper ut:</source>
        <translation>Contract or licences run out:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="49" />
        <source>Ändra slutdatum</source>
        <translation>Edit end date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="56" />
        <source>Tjänster som upphör:</source>
        <translation>Services that stop:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="62" />
        <source>Allvarlighetsgrad:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="64" />
        <source>Ändra allvarlighetsgrad</source>
        <translation>Edit severity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="66" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="69" />
        <source>Senaste beslutsdag per alternativ</source>
        <translation>Latest decision date per option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="75" />
        <source>Bedömning ur olika perspektiv</source>
        <translation>Assessment from different perspectives</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="33" />
        <source>Beskriv vad som händer &lt;b&gt;om nämnden inte beslutar&lt;/b&gt; före det datum då avtalet eller licenserna löper ut: vilka tjänster som upphör och, för varje tjänst, vilka och hur många som berörs (till exempel e-post för alla anställda, lärplattformen för eleverna), och vad det betyder för verksamheten. Programmet räknar ut senaste beslutsdag för varje alternativ utifrån dess ledtid. Under &lt;b&gt;perspektiv&lt;/b&gt; skriver du förvaltningens bedömning, eller kryssar i ”Inga särskilda aspekter”; ett perspektiv utan något av dem skrivs inte i memot.</source>
        <translation>Describe what happens &lt;b&gt;if the board does not decide&lt;/b&gt; before the contract or licences run out: which services stop and, for each service, who and how many are affected (for example e-mail for all staff, the learning platform for the pupils), and what it means for the organisation. The program works out the latest decision date for each option from its lead time. Under &lt;b&gt;perspectives&lt;/b&gt; write the administration's assessment, or tick “No particular aspects”; a perspective with neither is left out of the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="54" />
        <source>Lägg till tjänst</source>
        <translation>Add service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="55" />
        <source>Tjänster</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="57" />
        <source>Per tjänst: vilka som berörs och hur många</source>
        <translation>Per service: who is affected and how many</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="89" />
        <source>Tjänst, t.ex. e-post</source>
        <translation>Service, e.g. e-mail</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="90" />
        <source>Tjänst {n}</source>
        <translation>Service {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="91" />
        <source>Ändra tjänst</source>
        <translation>Change service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="95" />
        <source>Hur många som berörs; 0 betyder att antalet inte anges</source>
        <translation>How many are affected; 0 means the number is not given</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="96" />
        <source>Tjänst {n}, antal som berörs</source>
        <translation>Service {n}, number affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="97" />
        <source>Ändra antal som berörs</source>
        <translation>Change number affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="99" />
        <source>vilka, t.ex. anställda</source>
        <translation>who, e.g. staff</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="100" />
        <source>Tjänst {n}, vilka som berörs</source>
        <translation>Service {n}, who is affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="102" />
        <source>Ändra vilka som berörs</source>
        <translation>Change who is affected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="104" />
        <source>för</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="120" />
        <source>Förvaltningens bedömning ur detta perspektiv</source>
        <translation>The administration's assessment from this perspective</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="126" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="153" />
        <source>Inga särskilda aspekter</source>
        <translation>No particular aspects</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="127" />
        <source>Memot skriver då: ”{phrase}”</source>
        <translation>The memo then says: “{phrase}”</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="129" />
        <source>Inga särskilda aspekter: {h}</source>
        <translation>No particular aspects: {h}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="145" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="147" />
        <source>Skriv perspektiv</source>
        <translation>Write perspective</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="184" />
        <source>Ange när avtalet löper ut, så räknas senaste beslutsdag ut.</source>
        <translation>Enter when the contract runs out to get the latest decision dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="189" />
        <source>Alternativ {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="191" />
        <source>sammanträdesdatum saknas</source>
        <translation>meeting date missing</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="193" />
        <source>kan vara på plats när avtalet löper ut</source>
        <translation>can be in place when the contract runs out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="197" />
        <source>kan inte vara på plats när avtalet löper ut</source>
        <translation>cannot be in place when the contract runs out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="199" />
        <source>; med beslut vid sammanträdet tidigast {date}</source>
        <translation>; if decided at the meeting, at the earliest {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="201" />
        <source>Inga alternativ ännu.</source>
        <translation>No options yet.</translation>
    </message>
</context>
<context>
    <name>CostGrid</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_grid.py" line="148" />
        <source>Standardkolumner</source>
        <extracomment>The set of shown columns changed. Called by Enter on the last row: adds a row (the costs step sets it).</extracomment>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>CostLinesModel</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="154" />
        <source>Sekretess enligt {ground}</source>
        <extracomment>Refused input is counted; while ``quiet`` (an autosave commits an open cell editor) it is refused without a hint, so the user can finish typing.</extracomment>
        <translation>Confidential under {ground}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="155" />
        <source>(grund saknas)</source>
        <translation>(no ground given)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="178" />
        <source>Behövs bara när valutan inte är SEK</source>
        <translation>Only needed when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="182" />
        <source>Tomt: priset gäller startåret och indexet räknas från det</source>
        <translation>Empty: the price is for the first year and the index is applied from it</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="241" />
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="252" />
        <source>Ändra kostnadsrad</source>
        <translation>Edit cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="268" />
        <source>{text} är ingen valutakod. Skriv t.ex. SEK eller EUR.</source>
        <translation>{text} is not a currency code. Type e.g. SEK or EUR.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="283" />
        <source>{text} är inget årtal. Skriv till exempel 2018.</source>
        <translation>{text} is not a year. Type e.g. 2018.</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="25" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="26" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="27" />
        <source>Volym</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="28" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="30" />
        <source>Valuta</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="31" />
        <source>Växelkurs</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="32" />
        <source>Återkommer</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="29" />
        <source>Styckpris</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="33" />
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="34" />
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="35" />
        <source>Index %</source>
        <translation>Index %</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="36" />
        <source>Basår index</source>
        <translation>Index base year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="37" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="38" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="39" />
        <source>Uppskattat</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="40" />
        <source>Övergång</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="41" />
        <source>Summa (kr)</source>
        <translation>Total (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="58" />
        <source>Antal enheter, t.ex. antal licenser</source>
        <extracomment>What a row needs, shown by default (issue 23): what, volume, unit, price, currency, years, one-off or recurring, internal or external. Every other column is on demand ("Kolumner …" above the grid) and the current row's values in them are listed under it. A new column is added to COLUMNS alone: it starts hidden, sized to its header, unless named here. What a column must have room for besides its header (the header always fits).</extracomment>
        <translation>Number of units, e.g. number of licences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="59" />
        <source>Första året kostnaden gäller</source>
        <translation>The first year the cost applies</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="60" />
        <source>Sista året kostnaden gäller (årliga kostnader)</source>
        <translation>The last year the cost applies (annual costs)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="61" />
        <source>Årlig kostnad eller engångskostnad</source>
        <translation>Annual or one-off cost</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="62" />
        <source>Vad volymen räknar, t.ex. licenser eller timmar (volymantagandet)</source>
        <translation>What the volume counts, e.g. licences or hours (the volume assumption)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="63" />
        <source>Pris per enhet och år (årlig) eller en gång (engång), i valutan</source>
        <translation>Price per unit and year (annual) or once (one-off), in the currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="64" />
        <source>SEK, EUR, USD …</source>
        <translation>SEK, EUR, USD …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="65" />
        <source>Kronor per enhet av valutan; krävs när valutan inte är SEK</source>
        <translation>Kronor per unit of the currency; required when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="66" />
        <source>Årlig prisuppräkning i procent</source>
        <translation>Annual price index in percent</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="67" />
        <source>Året vars prisnivå priset per enhet gäller; indexet räknas upp från det. Tomt: startåret (Från).</source>
        <translation>The year whose price level the unit price is in; the index is applied from that year. Empty: the first year (From).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="70" />
        <source>Egen personal och interna resurser</source>
        <translation>Own staff and internal resources</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="71" />
        <source>Kostnaden ligger i en option eller förlängning</source>
        <translation>The cost falls in an option or extension period</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="72" />
        <source>Beloppet är en uppskattning</source>
        <translation>The amount is an estimate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="73" />
        <source>Övergångslösning: håller tjänsterna igång tills alternativet är på plats (krävs när ledtiden går förbi slutdatumet)</source>
        <translation>Bridge solution: keeps the services running until the option is in place (required when the lead time runs past the deadline)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="75" />
        <source>Radens summa över alla år, i kronor</source>
        <translation>The line's total over all years, in kronor</translation>
    </message>
</context>
<context>
    <name>CostsStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="47" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="41" />
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="47" />
        <source>Ta med &lt;b&gt;alla&lt;/b&gt; kostnader för varje alternativ: licenser, support, införande, migrering, utbildning, avveckling – och &lt;b&gt;interna kostnader&lt;/b&gt; för egen personal, som ofta glöms. Ange volymen (t.ex. antal licenser) och skriv ut &lt;b&gt;volymantagandet&lt;/b&gt;: en kalkyl med fel antal licenser kan bli tiotals miljoner kronor för låg. Markera optioner och förlängningar och ange antagen index- och valutautveckling. Belopp skrivs som 1 234,50.</source>
        <translation>Include &lt;b&gt;all&lt;/b&gt; costs of each option: licences, support, implementation, migration, training, exit – and the &lt;b&gt;internal costs&lt;/b&gt; of own staff, which are often forgotten. Give the volume (e.g. number of licences) and state the &lt;b&gt;volume assumption&lt;/b&gt;: an estimate with the wrong number of licences can come out tens of millions of kronor too low. Mark options and extensions and state the assumed index and exchange rates. Amounts are typed as 1 234,50.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="59" />
        <source>Kostnadsrader</source>
        <translation>Cost lines</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="62" />
        <source>Alternativ:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="64" />
        <source>Alternativ vars kostnader visas</source>
        <translation>Option whose costs are shown</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="73" />
        <source>Kostnadsrader för det valda alternativet</source>
        <translation>Cost lines of the selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="97" />
        <source>Radens övriga uppgifter</source>
        <translation>The row's other details</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="98" />
        <source>Kolumner …</source>
        <translation>Columns …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="99" />
        <source>Välj kolumner</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="100" />
        <source>Visa fler kolumner, t.ex. växelkurs, index, option och radens summa</source>
        <translation>Show more columns, e.g. exchange rate, index, option and the row's total</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="105" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="301" />
        <source>Lägg till kostnadsrad</source>
        <translation>Add cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="106" />
        <source>Lägg till intern kostnad</source>
        <translation>Add internal cost</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="107" />
        <source>Ta bort rad</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="108" />
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="109" />
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="117" />
        <source>Börja skriva i en cell för att ändra den; Tab går till nästa cell och Enter på sista raden lägger till en rad. En kategori väljs med dess första bokstäver. Belopp: 1 234,50 · Årtal: 2018</source>
        <translation>Start typing in a cell to change it; Tab moves to the next cell and Enter on the last row adds a row. Choose a category by typing its first letters. Amounts: 1 234,50 · Years: 2018</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="127" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="451" />
        <source>Lägg till övergångslösning</source>
        <translation>Add bridge solution</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="129" />
        <source>Alternativet kan inte vara på plats före slutdatumet: tjänsterna behöver en övergångslösning till dess</source>
        <translation>The option cannot be in place before the deadline: the services need a bridge solution until then</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="135" />
        <source>Importera kostnader från Excel…</source>
        <translation>Import costs from Excel…</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="136" />
        <source>Exportera kostnadsunderlag till Excel…</source>
        <translation>Export cost workbook to Excel…</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="144" />
        <source>Summor för alternativet</source>
        <translation>Totals for the option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="149" />
        <source>Totalt inklusive option</source>
        <translation>Total including options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="150" />
        <source>Avtalsperioden</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="151" />
        <source>Optioner och förlängningar</source>
        <translation>Options and extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="152" />
        <source>Engångskostnader</source>
        <translation>One-off costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="153" />
        <source>Löpande kostnader</source>
        <translation>Recurring costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="154" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="500" />
        <source>Interna kostnader</source>
        <translation>Internal costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="155" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="499" />
        <source>Externa kostnader</source>
        <translation>External costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="156" />
        <source>Per användare och år</source>
        <translation>Per user and year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="157" />
        <source>Skillnad mot jämförelsebasen</source>
        <translation>Difference to the baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="180" />
        <source>Kostnader per år</source>
        <translation>Costs per year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="189" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="191" />
        <source>Jämförelse mellan alternativen</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="195" />
        <source>Alternativ</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="195" />
        <source>Totalt inkl. option (kr)</source>
        <translation>Total incl. options (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="196" />
        <source>Varav internt (kr)</source>
        <translation>Of which internal (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="196" />
        <source>Skillnad mot jämförelsebasen (kr)</source>
        <translation>Difference from the baseline (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="206" />
        <source>Att kontrollera</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="208" />
        <source>Varningar om kostnaderna</source>
        <translation>Warnings about the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="215" />
        <source>Antaganden</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="216" />
        <source>Skriv varifrån siffrorna kommer, vad som är uppskattat och vilka antaganden om volym, index och växelkurs som gäller.</source>
        <translation>Write where the figures come from, what is estimated and which assumptions about volume, index and exchange rates apply.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="224" />
        <source>Antal användare som berörs:</source>
        <translation>Users affected:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="226" />
        <source>Beloppen är uppskattningar</source>
        <translation>The amounts are estimates</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="231" />
        <source>Antaganden och källor:</source>
        <translation>Assumptions and sources:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="234" />
        <source>Till exempel: ryms inom förvaltningens budget, eller finansieras genom …</source>
        <translation>For example: within the administration's budget, or financed by …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="236" />
        <source>Finansiering:</source>
        <translation>Financing:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="239" />
        <source>(inte angivet)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="240" />
        <source>Kalenderår</source>
        <translation>Calendar years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="241" />
        <source>Avtalsår</source>
        <translation>Contract years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="243" />
        <source>Åren i tabellerna är</source>
        <translation>The years in the tables are</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="244" />
        <source>Åren i tabellerna är:</source>
        <translation>The years in the tables are:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="246" />
        <source>Ändra vad åren i tabellerna är</source>
        <translation>Change what the years in the tables are</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="250" />
        <source>Känslighet, volym (±%):</source>
        <translation>Sensitivity, volume (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="251" />
        <source>Känslighet, index (± procentenheter):</source>
        <translation>Sensitivity, index (± percentage points):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="252" />
        <source>Känslighet, växelkurs (±%):</source>
        <translation>Sensitivity, exchange rate (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="299" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="337" />
        <source>Lägg först till ett alternativ i steget Alternativ.</source>
        <translation>First add an option in the Options step.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="323" />
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="342" />
        <source>{n} kostnadsrader importerades. Ångra med Ctrl+Z.</source>
        <translation>{n} cost lines were imported. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="361" />
        <source>Ta bort kostnadsrad</source>
        <translation>Remove cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="372" />
        <source>Flytta kostnadsrad</source>
        <translation>Move cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="394" />
        <source>Rad {n} även: {items}</source>
        <translation>Row {n} also: {items}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="448" />
        <source>Övergångslösning tills alternativet är på plats</source>
        <translation>Bridge solution until the option is in place</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="493" />
        <source>({years})</source>
        <translation>({years})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="497" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="503" />
        <source>Summa</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="504" />
        <source>varav option/förlängning</source>
        <translation>of which options/extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="524" />
        <source>förslag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="526" />
        <source>bas</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="549" />
        <source>Inga anmärkningar på kostnaderna.</source>
        <translation>No remarks on the costs.</translation>
    </message>
</context>
<context>
    <name>CriteriaStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="52" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="36" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="55" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="62" />
        <source>Bedömningsgrunder</source>
        <translation>Assessment criteria</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="42" />
        <source>Valfritt steg. Nämnden väger mer än pengar: juridisk risk, informationssäkerhet, beroende av leverantören, påverkan på användarna och möjligheten att byta. Ge varje bedömningsgrund en &lt;b&gt;vikt&lt;/b&gt; och varje alternativ ett &lt;b&gt;betyg 1–5&lt;/b&gt; (5 är bäst) med en kort motivering. Kostnaden kan betygsättas automatiskt från de beräknade totalerna. Memot visar tabellen, de viktade summorna och hur mycket en enskild vikt måste ändras för att ett annat alternativ ska komma först – och att sammanställningen summerar förvaltningens bedömning, inte avgör ärendet.</source>
        <translation>Optional step. The board weighs more than money: legal risk, information security, dependence on the supplier, effect on users and the possibility to switch. Give each criterion a &lt;b&gt;weight&lt;/b&gt; and each option a &lt;b&gt;score 1–5&lt;/b&gt; (5 is best) with a short reason. Cost can be scored automatically from the computed totals. The memo shows the table, the weighted totals and how far one weight must change for another option to rank first – and that the summary sums up the administration's assessment and does not decide the case.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="61" />
        <source>Lägg till bedömningsgrund</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="65" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="137" />
        <source>Lägg till standardgrunderna</source>
        <translation>Add the default criteria</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="71" />
        <source>Vald bedömningsgrund</source>
        <translation>Selected criterion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="79" />
        <source>t.ex. Informationssäkerhet</source>
        <translation>e.g. Information security</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="80" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="82" />
        <source>Ändra bedömningsgrundens namn</source>
        <translation>Edit criterion name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="84" />
        <source>Vikt (%):</source>
        <translation>Weight (%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="85" />
        <source>Vikterna räknas om till 100 % om de summerar till något annat</source>
        <translation>The weights are rescaled to 100 % if they sum to something else</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="87" />
        <source>Ändra vikt</source>
        <translation>Edit weight</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="88" />
        <source>Betygsätt från de beräknade totalkostnaderna (lägst kostnad 5, högst 1)</source>
        <translation>Score from the computed total costs (lowest cost 5, highest 1)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="101" />
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="103" />
        <source>Betyg och viktade summor</source>
        <translation>Scores and weighted totals</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="114" />
        <source>Hur robust rangordningen är</source>
        <translation>How robust the ranking is</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="125" />
        <source>(utan namn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="135" />
        <source>Standardgrunderna finns redan.</source>
        <translation>The default criteria are already there.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="152" />
        <source>Ge betyg</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="154" />
        <source>Ändra betyg</source>
        <translation>Change score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="167" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="169" />
        <source>Motivera betyg</source>
        <translation>Give reason for score</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="186" />
        <source>&lt;b&gt;Alternativ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Option&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="187" />
        <source>&lt;b&gt;Betyg&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="188" />
        <source>&lt;b&gt;Motivering&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reason&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="194" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="195" />
        <source>1–5, där 5 är bäst; – betyder ej bedömt</source>
        <translation>1–5, where 5 is best; – means not scored</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="197" />
        <location filename="../../memo_builder/gui/steps/criteria.py" line="257" />
        <source>kort motivering</source>
        <translation>short reason</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="246" />
        <source>Beräknat betyg: {s}</source>
        <translation>Computed score: {s}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="252" />
        <source>beräknat betyg {s} ({total} under {years})</source>
        <translation>computed score {s} ({total} over {years})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="255" />
        <source>beräknat betyg {s}</source>
        <translation>computed score {s}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="258" />
        <source>Betyg för alternativ {n}</source>
        <translation>Score for option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="259" />
        <source>Motivering för alternativ {n}</source>
        <translation>Reason for option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="276" />
        <source>Inga bedömningsgrunder. Steget är valfritt; lägg till grunder om nämnden ska se en sammanvägning.</source>
        <translation>No criteria. The step is optional; add criteria if the board should see a weighing.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="280" />
        <source>Vikt</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/criteria.py" line="285" />
        <source>Viktad summa</source>
        <translation>Weighted total</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="92" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="98" />
        <location filename="../../memo_builder/gui/widgets/fields.py" line="99" />
        <source>Välj datum i en kalender</source>
        <translation>Pick a date in a calendar</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="160" />
        <source>{text} är inget datum. Skriv till exempel 2018-06-01.</source>
        <translation>{text} is not a date. Type e.g. 2018-06-01.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/fields.py" line="172" />
        <source>Välj datum</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="53" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="17" />
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="29" />
        <source>Skriv förslaget så att det kan genomföras och klistras in i protokollet som redan beslutat. &lt;b&gt;En åtgärd per beslutspunkt&lt;/b&gt;, numrerade. Skriv hela, begripliga formuleringar med period och belopp där det behövs, t.ex. ”förnya avtalet om licenser för perioden {start}–{end}”. Förvaltningens bedömning är neutral och tar upp de ekonomiska konsekvenserna. Bilagor listas med datum.</source>
        <translation>Write the proposal so that it can be carried out and pasted into the minutes as already decided. &lt;b&gt;One action per decision point&lt;/b&gt;, numbered. Write whole, clear wording with period and amount where needed, e.g. “renew the licence contract for the period {start}–{end}”. The administration's assessment is neutral and covers the financial consequences. Attachments are listed with their dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="40" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="54" />
        <source>Beslutspunkter</source>
        <translation>Decision points</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="48" />
        <source>Beslutspunkt {n}</source>
        <translation>Decision point {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="49" />
        <source>En åtgärd, t.ex. förnya avtalet om … för perioden …</source>
        <translation>One action, e.g. renew the contract for … for the period …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="50" />
        <source>Ändra beslutspunkt</source>
        <translation>Edit decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="54" />
        <source>Lägg till beslutspunkt</source>
        <translation>Add decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="59" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="61" />
        <source>Förvaltningens bedömning</source>
        <translation>The administration's assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="63" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="64" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="67" />
        <source>Samverkan</source>
        <translation>Consultation with unions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="65" />
        <source>Hur ärendet har behandlats med arbetstagarorganisationerna, om det behövs.</source>
        <translation>How the case has been handled with the trade unions, if needed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="75" />
        <source>Bilagans titel</source>
        <translation>Attachment title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="76" />
        <source>Bilaga {n}, titel</source>
        <translation>Attachment {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="79" />
        <source>Bilaga {n}, datum</source>
        <translation>Attachment {n}, date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="85" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="87" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="87" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="97" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="98" />
        <source>Underskrift {n}, namn</source>
        <translation>Signature {n}, name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="101" />
        <source>Titel, t.ex. förvaltningsdirektör</source>
        <translation>Title, e.g. director</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="102" />
        <source>Underskrift {n}, titel</source>
        <translation>Signature {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="104" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="104" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="111" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="113" />
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="113" />
        <source>Lägg till underskrift</source>
        <translation>Add signature</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="125" />
        <source>Nämnden</source>
        <translation>The board</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="134" />
        <source>Skapa Word-filen i stället …</source>
        <extracomment>Seconds before a PDF conversion counts as hanging (the export service's limit). The latest Word export changed: (its path or None, whether it is a draft). An export ended: the file written, or None (cancelled, failed).</extracomment>
        <translation>Create the Word file instead …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="135" />
        <location filename="../../memo_builder/gui/export_action.py" line="155" />
        <location filename="../../memo_builder/gui/export_action.py" line="250" />
        <location filename="../../memo_builder/gui/export_action.py" line="319" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="144" />
        <location filename="../../memo_builder/gui/export_action.py" line="182" />
        <location filename="../../memo_builder/gui/export_action.py" line="187" />
        <location filename="../../memo_builder/gui/export_action.py" line="359" />
        <source>{noun} kunde inte skapas</source>
        <translation>{noun} could not be created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="146" />
        <location filename="../../memo_builder/gui/export_action.py" line="184" />
        <location filename="../../memo_builder/gui/export_action.py" line="252" />
        <location filename="../../memo_builder/gui/export_action.py" line="265" />
        <location filename="../../memo_builder/gui/export_action.py" line="361" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="151" />
        <source>Memot har {n} fel och är inte klart för nämnden.</source>
        <translation>The memo has {n} errors and is not ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="153" />
        <source>Skapa utkast</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="154" />
        <source>Visa problemen</source>
        <translation>Show the problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="157" />
        <source>Ett utkast märks ”UTKAST – inte färdigt för nämnden”.</source>
        <translation>A draft is marked “UTKAST – inte färdigt för nämnden” (draft).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="207" />
        <location filename="../../memo_builder/gui/export_action.py" line="314" />
        <source>Skrivelsen</source>
        <translation>The memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="207" />
        <location filename="../../memo_builder/gui/export_action.py" line="314" />
        <source>PDF-filen</source>
        <translation>The PDF file</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="208" />
        <source>Kostnadsunderlaget</source>
        <translation>The cost workbook</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="213" />
        <source>Exportera kostnadsunderlag till Excel</source>
        <translation>Export cost workbook to Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="215" />
        <source>Spara offentlig version som PDF</source>
        <translation>Save the public version as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="216" />
        <source>Spara nämndens version som PDF</source>
        <translation>Save the board's version as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="217" />
        <source>Skapa offentlig version (Word)</source>
        <translation>Create the public version (Word)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="218" />
        <source>Skapa skrivelse (nämndens version)</source>
        <translation>Create the memo (the board's version)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="247" />
        <location filename="../../memo_builder/gui/export_action.py" line="263" />
        <source>{noun} kunde inte sparas</source>
        <translation>{noun} could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="249" />
        <source>Välj ett annat namn …</source>
        <translation>Choose another name …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="280" />
        <source>Skapade {name}</source>
        <translation>Created {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="290" />
        <source>{what} sparades som {path}.</source>
        <translation>{what} was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="293" />
        <source>Den är märkt som utkast.</source>
        <translation>It is marked as a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="295" />
        <source>Det är den offentliga versionen: uppgifter som omfattas av sekretess är utelämnade.</source>
        <translation>This is the public version: information covered by secrecy is left out.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="298" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="298" />
        <source>Öppna PDF-filen</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="299" />
        <source>Öppna arbetsboken</source>
        <translation>Open the workbook</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="301" />
        <source>{noun} är skapad</source>
        <translation>{noun} has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="302" />
        <source>Kostnadsunderlaget är skapat</source>
        <translation>The cost workbook has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="303" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="311" />
        <source>Kostnadsunderlaget (nämndens version)</source>
        <translation>The cost workbook (the board's version)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="312" />
        <source>den offentliga versionen</source>
        <translation>the public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="313" />
        <source>nämndens version</source>
        <translation>the board's version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="315" />
        <source>{kind}, {version},</source>
        <translation>{kind}, {version},</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="319" />
        <source>Skapar PDF med LibreOffice …</source>
        <translation>Creating the PDF with LibreOffice …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="327" />
        <source>Skapar PDF</source>
        <translation>Creating PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="335" />
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_action.py" line="355" />
        <source>PDF-konverteringen avbröts. Ingen fil skrevs.</source>
        <translation>The PDF conversion was cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="84" />
        <source>det nya ärendet</source>
        <extracomment>A different memo is in the window (New or Open): what belonged to the old one goes.</extracomment>
        <translation>the new case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="88" />
        <source>Vill du spara ändringarna i {name}?</source>
        <translation>Do you want to save the changes to {name}?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="89" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="89" />
        <source>Spara inte</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="90" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="92" />
        <source>Om du inte sparar försvinner ändringarna.</source>
        <translation>If you don't save, the changes are lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="112" />
        <source>Öppna ärende</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="113" />
        <source>Memofiler (*.memo);;Alla filer (*)</source>
        <translation>Memo files (*.memo);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="123" />
        <source>Filen kunde inte öppnas</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="124" />
        <source>Det ärende du har öppet är oförändrat.</source>
        <translation>The case you have open is unchanged.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="130" />
        <source>Öppnade {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="147" />
        <source>Spara ärendet som</source>
        <translation>Save the case as</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="148" />
        <source>Memofiler (*.memo)</source>
        <translation>Memo files (*.memo)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="160" />
        <source>Ärendet kunde inte sparas</source>
        <translation>The case could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="161" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="168" />
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
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="50" />
        <source>Importera kostnader från Excel</source>
        <translation>Import costs from Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="53" />
        <source>Raderna läggs till i alternativet &lt;b&gt;{option}&lt;/b&gt;. Kontrollera vilken kolumn som innehåller vad; förhandsvisningen visar de rader som läggs till och de som hoppas över.</source>
        <translation>The lines are added to the option &lt;b&gt;{option}&lt;/b&gt;. Check which column holds what; the preview shows the lines that will be added and the rows that will be skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="63" />
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="64" />
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="65" />
        <source>Blad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="68" />
        <source>ingen rubrikrad</source>
        <translation>no header row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="69" />
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="70" />
        <source>Rubrikrad:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="78" />
        <source>Kolumn för {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="92" />
        <source>Rader som läggs till</source>
        <translation>Lines to add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="94" />
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="94" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="94" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="94" />
        <source>Volym</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="95" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="95" />
        <source>Styckpris</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="95" />
        <source>Valuta</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="95" />
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="96" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="96" />
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="96" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="103" />
        <source>Rader som hoppas över:</source>
        <translation>Rows skipped:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="106" />
        <source>Rader som hoppas över</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="114" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="115" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="126" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="129" />
        <source>{col} (utan rubrik)</source>
        <translation>{col} (no heading)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="183" />
        <source>Bladet kan inte läsas</source>
        <translation>The sheet cannot be read</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="209" />
        <source>engång</source>
        <translation>one-off</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="209" />
        <source>årlig</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="210" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="219" />
        <source>Rad {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="221" />
        <source>Inga rader hoppas över.</source>
        <translation>No rows are skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="225" />
        <source>{n} rader läggs till, {m} hoppas över.</source>
        <translation>{n} lines will be added, {m} skipped.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="227" />
        <source>Lägg till {n} rader</source>
        <translation>Add {n} lines</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="71" />
        <source>Ta bort markerad</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="72" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="73" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="154" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="164" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="175" />
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
        <location filename="../../memo_builder/gui/steps/__init__.py" line="50" />
        <location filename="../../memo_builder/gui/steps/legal.py" line="33" />
        <source>Juridik</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="39" />
        <source>Markera vad ärendet omfattar, så föreslås de juridiska frågor som gäller på &lt;b&gt;beslutsdagen&lt;/b&gt;: först de som passar ärendet, sedan för sig de övriga som gäller. En fråga som hör till något ärendet inte omfattar, till exempel AI-funktioner, passar inte, och en leverantörs eget åtagande passar bara när den leverantören finns bland alternativen. För varje fråga anger förvaltningen om förslaget &lt;b&gt;löser&lt;/b&gt; den (ja, delvis, nej), varför, vilken risk som kvarstår och vad som görs åt den. Ett leverantörsåtagande är inte lag och får inte beskrivas som ett juridiskt skydd. Om förvaltningens bedömning skiljer sig från förslaget syns det i skrivelsen.</source>
        <translation>Tick what the case involves, and the legal questions that apply on the &lt;b&gt;decision date&lt;/b&gt; are offered: first those that fit the case, then, apart, the others in force. A question about something the case does not involve, such as AI features, does not fit, and a supplier's own commitment fits only when that supplier is among the options. For each question the administration states whether the proposal &lt;b&gt;solves&lt;/b&gt; it (yes, partly, no), why, what risk remains and what is done about it. A vendor commitment is not law and must not be described as a legal safeguard. If the administration's assessment differs from the proposal, the memo shows it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="53" />
        <source>Vad ärendet omfattar</source>
        <translation>What the case involves</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="57" />
        <source>Personuppgifter behandlas</source>
        <translation>Personal data is processed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="58" />
        <source>Uppgifter som omfattas av sekretess</source>
        <translation>Confidential information</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="59" />
        <source>Tjänsten är en molntjänst</source>
        <translation>The service is a cloud service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="60" />
        <source>Förlängning eller förnyelse av avtal</source>
        <translation>Extension or renewal of a contract</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="61" />
        <source>Säkerhetskänslig verksamhet</source>
        <translation>Security-sensitive activity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="62" />
        <source>Tjänsten har AI-funktioner</source>
        <translation>The service has AI features</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="73" />
        <source>Förslag från biblioteket</source>
        <translation>Suggestions from the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="78" />
        <source>Juridiska frågor i biblioteket</source>
        <translation>Legal questions in the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="80" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="80" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="80" />
        <source>Hänvisning</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="105" />
        <source>Lägg till markerade i memot</source>
        <translation>Add selected to the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="113" />
        <source>Juridiska bedömningar i memot</source>
        <translation>Legal assessments in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="118" />
        <source>Egen juridisk punkt</source>
        <translation>Own legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="119" />
        <source>Lägg till egen punkt</source>
        <translation>Add own item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="120" />
        <source>Juridisk punkt</source>
        <translation>Legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="126" />
        <source>Vald fråga</source>
        <translation>Selected question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="133" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="136" />
        <source>Hänvisning:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="136" />
        <source>Lag, paragraf, mål- eller diarienummer</source>
        <translation>Law, section, case or file number</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="141" />
        <source>Typ:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="142" />
        <source>Ett leverantörsåtagande eller ett förslag är inte gällande rätt</source>
        <translation>A vendor commitment or a proposal is not law in force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="143" />
        <source>Ändra typ</source>
        <translation>Edit kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="145" />
        <source>Text i skrivelsen:</source>
        <translation>Text in the memo:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="150" />
        <source>Löser förslaget frågan?</source>
        <translation>Does the proposal solve it?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="152" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="154" />
        <source>Motivering:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="159" />
        <source>Kvarstående risk:</source>
        <translation>Remaining risk:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="160" />
        <source>Ändra risk</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="162" />
        <source>Åtgärder:</source>
        <translation>Mitigations:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="162" />
        <source>Vad som görs för att minska risken</source>
        <translation>What is done to reduce the risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="212" />
        <source>Förslag från biblioteket – gäller {date}</source>
        <translation>Suggestions from the library – in force on {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="215" />
        <source>Biblioteket kunde inte läsa alla poster; övriga används:</source>
        <translation>The library could not read every entry; the others are used:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="230" />
        <source>Passar ärendet ({n})</source>
        <translation>Fits the case ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="232" />
        <source>Passar ärendet</source>
        <translation>Fits the case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="234" />
        <source>Gäller men passar inte ärendet ({n})</source>
        <translation>In force, does not fit the case ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="236" />
        <source>Gäller</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="238" />
        <source>På väg ({n})</source>
        <translation>Coming ({n})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="240" />
        <source>På väg – från {date}</source>
        <translation>Coming – from {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="247" />
        <source>Alla poster som gäller är redan med i memot.</source>
        <translation>Every entry in force is already in the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="297" />
        <source>Ändras medan avtalet löper (med option), från {date}: {text}</source>
        <translation>Changes while the contract runs (with options), from {date}: {text}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="300" />
        <source>Ej bekräftat i biblioteket: {note}</source>
        <translation>Not confirmed in the library: {note}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="314" />
        <source>Lägg till juridiska frågor</source>
        <translation>Add legal questions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="195" />
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="196" />
        <source>&amp;Öppna …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="197" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="198" />
        <source>Spara s&amp;om …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="200" />
        <source>Skapa &amp;skrivelse …</source>
        <translation>Create &amp;memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="201" />
        <source>Skapa o&amp;ffentlig version …</source>
        <translation>Create the &amp;public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="202" />
        <source>Spara nämndens version som &amp;PDF …</source>
        <translation>Save the board's version as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="204" />
        <source>Spara offentlig version som P&amp;DF …</source>
        <translation>Save the public version as P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="206" />
        <source>Exportera &amp;kostnadsunderlag till Excel …</source>
        <translation>Export the &amp;cost workbook to Excel …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="208" />
        <source>Öppna skrivelsen i &amp;Word</source>
        <translation>Open the document in &amp;Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="210" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="211" />
        <source>Ån&amp;gra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="213" />
        <source>Gör &amp;om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="217" />
        <source>&amp;Förhandsgranskning</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="219" />
        <source>Visa &amp;offentlig version</source>
        <translation>Show &amp;public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="221" />
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="223" />
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="224" />
        <source>Anpassa till &amp;bredden</source>
        <translation>Fit to &amp;width</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="228" />
        <source>&amp;Nästa steg</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="229" />
        <source>&amp;Föregående steg</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="231" />
        <source>&amp;Hjälp för steget</source>
        <translation>&amp;Help for this step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="232" />
        <source>&amp;Om Memo Builder</source>
        <translation>&amp;About Memo Builder</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="233" />
        <source>Organisationens &amp;bibliotek …</source>
        <translation>Organisation's &amp;library …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="234" />
        <source>Använd bara programmets bibliotek</source>
        <translation>Use only the built-in library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="236" />
        <source>&amp;Mina uppgifter …</source>
        <translation>&amp;My details …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="237" />
        <source>Skapa profil från &amp;Word-mall …</source>
        <translation>Create profile from &amp;Word template …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="238" />
        <source>Organisationens &amp;mallar …</source>
        <translation>Organisation's &amp;profiles …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="239" />
        <source>Använd bara programmets och mina mallar</source>
        <translation>Use only the program's and my profiles</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="251" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="254" />
        <source>S&amp;enaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="267" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="270" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="279" />
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="280" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="284" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="292" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="306" />
        <source>Byt mall</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="367" />
        <source>{e} fel · {w} varningar</source>
        <translation>{e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="368" />
        <source>Inga problem</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="382" />
        <source>Autosparningen misslyckades: {reason}. Spara ärendet, gärna på en annan plats.</source>
        <translation>Autosave failed: {reason}. Save the case, preferably in another place.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="385" />
        <source>Osparade ändringar skyddas inte om programmet avslutas oväntat.</source>
        <translation>Unsaved changes are not protected if the program closes unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="393" />
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="408" />
        <source>Förhandsgranskningen visas i {p} %</source>
        <translation>The preview is shown at {p} %</translation>
    </message>
</context>
<context>
    <name>MemoDocument</name>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="78" />
        <source>Ändra</source>
        <extracomment>Emitted after any edit, undo or redo: (the edited object or list, structural change?). Emitted when a different memo is loaded (New, Open, restore); views rebuild. The memo differs (or no longer differs) from its file. Counts every change to the memo (edits, undo, redo, a new memo): caches of computed values (gui/services.py) compare it instead of listening for signals.</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="81" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="87" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/document.py" line="92" />
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>MyDetailsDialog</name>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="33" />
        <source>Mina uppgifter</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="37" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="37" />
        <source>Förvaltning:</source>
        <translation>Administration:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="38" />
        <source>Ditt namn:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="38" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="39" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="39" />
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="50" />
        <source>Nämnder</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="51" />
        <source>En nämnd per rad, t.ex. Kommunstyrelsen</source>
        <translation>One board per line, e.g. Kommunstyrelsen</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="56" />
        <source>Nämnder du skriver till:</source>
        <translation>Boards you write to:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="52" />
        <source>Steg</source>
        <extracomment>The last step: it lists every problem, and creates and opens the Word file. The review page was built (it is built lazily): the window wires its export buttons.</extracomment>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="69" />
        <source>← &amp;Tillbaka</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="70" />
        <source>&amp;Nästa →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="72" />
        <source>Föregående steg</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="73" />
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="131" />
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
        <location filename="../../memo_builder/gui/steps/__init__.py" line="46" />
        <location filename="../../memo_builder/gui/steps/options.py" line="22" />
        <location filename="../../memo_builder/gui/steps/options.py" line="56" />
        <source>Alternativ</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="28" />
        <source>Redovisa &lt;b&gt;minst två&lt;/b&gt; alternativ, även att inte förnya eller att avveckla, så att nämnden ser vad den väljer mellan. Beskriv varje alternativ neutralt med fördelar och nackdelar. Markera ett alternativ som &lt;b&gt;förvaltningens förslag&lt;/b&gt; och, om kostnaderna ska jämföras, ett som jämförelsebas (oftast att förnya som i dag). Ledtiden är den tid alternativet behöver innan det kan vara på plats.</source>
        <translation>Present &lt;b&gt;at least two&lt;/b&gt; options, including not renewing or leaving, so the board sees what it chooses between. Describe each option neutrally with advantages and disadvantages. Mark one option as &lt;b&gt;the administration's proposal&lt;/b&gt; and, if costs are to be compared, one as the baseline (usually renewing as today). The lead time is how long the option needs before it can be in place.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="36" />
        <source>(utan rubrik)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="40" />
        <source>förslag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="42" />
        <source>jämförelsebas</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="49" />
        <source>Alternativen</source>
        <translation>The options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="55" />
        <source>Lägg till alternativ</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="63" />
        <source>Valt alternativ</source>
        <translation>Selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="71" />
        <source>t.ex. Förnya avtalet i tre år</source>
        <translation>e.g. Renew the contract for three years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="72" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="73" />
        <source>Ändra alternativets rubrik</source>
        <translation>Edit option title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="75" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="78" />
        <source>Fördelar:</source>
        <translation>Advantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="78" />
        <source>En fördel per rad</source>
        <translation>One advantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="81" />
        <source>Nackdelar:</source>
        <translation>Disadvantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="81" />
        <source>En nackdel per rad</source>
        <translation>One disadvantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="84" />
        <source>Leverantör:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="87" />
        <source>Produkt eller tjänst:</source>
        <translation>Product or service:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="88" />
        <source>Vad leverantören erbjuder; styr vilka leverantörsåtaganden som föreslås</source>
        <translation>What the supplier offers; decides which supplier commitments are suggested</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="90" />
        <source>Leverantören eller dess moderbolag finns utanför EU/EES</source>
        <translation>The supplier or its parent company is outside the EU/EEA</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="94" />
        <source>Alternativet innebär att vi lämnar nuvarande leverantör</source>
        <translation>The option means leaving the current supplier</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="98" />
        <source>Tjänsterna upphör med alternativet</source>
        <translation>The services stop with this option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="99" />
        <source>Till exempel att inte förnya utan något i stället: memot säger då att den lägre kostnaden inte är en besparing</source>
        <translation>For example not renewing without anything instead: the memo then says that the lower cost is not a saving</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="107" />
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="109" />
        <source>Ledtid:</source>
        <translation>Lead time:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="110" />
        <source>Hur lång tid alternativet behöver innan det kan vara på plats</source>
        <translation>How long the option needs before it can be in place</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="112" />
        <source>Förvaltningens förslag</source>
        <translation>The administration's proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="114" />
        <source>Jämförelsebas för kostnaderna</source>
        <translation>Baseline for the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="132" />
        <source>Markera som förslag</source>
        <translation>Mark as proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="132" />
        <source>Markera som jämförelsebas</source>
        <translation>Mark as baseline</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="97" />
        <source>Uppgifterna kunde inte sparas: {error}</source>
        <translation>The details could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="99" />
        <source>Dina uppgifter används i nya ärenden.</source>
        <translation>Your details are used in new cases.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="104" />
        <source>Välj organisationens mappar med mallar</source>
        <translation>Choose the organisation's folder of profiles</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="119" />
        <source>Organisationens mallar: {folder}</source>
        <translation>Organisation's profiles: {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="120" />
        <source>Bara programmets och dina egna mallar används.</source>
        <translation>Only the program's and your own profiles are used.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="128" />
        <source>Välj organisationens Word-mall</source>
        <translation>Choose the organisation's Word template</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="130" />
        <source>Word-mallar (*.docx *.dotx);;Alla filer (*)</source>
        <translation>Word templates (*.docx *.dotx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="135" />
        <source>Skapa profil från Word-mall</source>
        <translation>Create profile from Word template</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="136" />
        <source>Profilens namn (t.ex. umea):</source>
        <translation>The profile's name (e.g. umea):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="141" />
        <source>Ogiltigt namn</source>
        <translation>Invalid name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="142" />
        <source>Använd bokstäver, siffror och bindestreck, utan / \ : * ? " &lt; &gt; | och utan punkt eller understreck först.</source>
        <translation>Use letters, digits and hyphens, without / \ : * ? " &lt; &gt; | and not starting with a dot or an underscore.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="149" />
        <source>Profilen finns redan</source>
        <translation>The profile already exists</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="150" />
        <source>Det finns redan en profil som heter {key}. Vill du ersätta den?</source>
        <translation>There is already a profile called {key}. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="151" />
        <source>Ersätt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="151" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="161" />
        <source>Profilen kunde inte skapas</source>
        <translation>The profile could not be created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="162" />
        <source>Inget har ändrats.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="165" />
        <source>Profilen är skapad</source>
        <translation>The profile has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="166" />
        <source>Använd för detta ärende</source>
        <translation>Use for this case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/organisation_actions.py" line="166" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="90" />
        <source>Förhandsgranskning av skrivelsen</source>
        <extracomment>The Word page's text width (A4 with 25 mm margins; the cost chart is as wide) and body size. The page's white border around the text, in logical pixels at 100 %. Fitting the page to the preview's width stops here: smaller is hard to read, so below it the page keeps this size and the preview scrolls sideways. Fitting never enlarges past 125 %. The zoom shown changed (a fraction: 0.75 = 75 %).</extracomment>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="208" />
        <source>Organisationens mall kunde inte läsas: {error}</source>
        <extracomment>The zoom the user chose, or None to fit the page to the width. Show the public version (confidential items withheld) instead of the board's.</extracomment>
        <translation>The organisation's template could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="231" />
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
        <location filename="../../memo_builder/gui/recovery_offer.py" line="76" />
        <source>Ändringarna är återställda. Spara för att behålla dem.</source>
        <translation>The changes are restored. Save to keep them.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="54" />
        <location filename="../../memo_builder/gui/steps/review.py" line="20" />
        <source>Granska och skapa</source>
        <translation>Review and create</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="32" />
        <source>Här listas allt som behöver rättas (&lt;b&gt;fel&lt;/b&gt;) och sådant en noggrann granskare skulle fråga om (&lt;b&gt;varningar&lt;/b&gt;). Dubbelklicka eller tryck Enter på en rad för att gå till fältet. När inga fel finns kvar skapar du skrivelsen som Word-fil och laddar upp den i ärendehanteringssystemet. Med fel kvar kan du skapa ett utkast.</source>
        <extracomment>An export the user asked for (a ``publish.service.ExportRequest``). "Skapa offentlig version": the same export with confidential items withheld.</extracomment>
        <translation>Everything that must be fixed (&lt;b&gt;errors&lt;/b&gt;) and what a careful reviewer would ask about (&lt;b&gt;warnings&lt;/b&gt;) is listed here. Double-click or press Enter on a line to go to the field. When no errors remain, create the memo as a Word file and upload it to the case management system. With errors left you can create a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="39" />
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="48" />
        <source>Problem i memot</source>
        <translation>Problems in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="60" />
        <source>Skapa skrivelsen</source>
        <translation>Create the document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="61" />
        <source>Skapa skrivelse …</source>
        <translation>Create memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="63" />
        <source>Skapa skrivelse</source>
        <translation>Create memo document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="68" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="69" />
        <source>Öppna skrivelsen i Word</source>
        <translation>Open the document in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="72" />
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="73" />
        <source>Spara som PDF: välj version</source>
        <translation>Save as PDF: choose the version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="74" />
        <source>En taggad PDF för webben och ärendesystemet (kräver LibreOffice): nämndens eller den offentliga versionen</source>
        <translation>A tagged PDF for the web and the case system (needs LibreOffice): the board's or the public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="77" />
        <source>Nämndens version …</source>
        <translation>The board's version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="79" />
        <source>Offentlig version …</source>
        <translation>The public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="82" />
        <source>Skapa offentlig version …</source>
        <translation>Create public version …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="83" />
        <source>Skapa offentlig version</source>
        <translation>Create public version</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="85" />
        <source>Skapar versionen som kan lämnas ut: sekretessmarkerade uppgifter och det som skulle avslöja dem ersätts med en upplysning om sekretessen.</source>
        <translation>Creates the version that can be released: confidential items, and whatever would reveal them, are replaced with a notice of the secrecy.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="89" />
        <location filename="../../memo_builder/gui/steps/review.py" line="235" />
        <source>Ingen skrivelse skapad ännu.</source>
        <translation>No document created yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="99" />
        <source>skrivelse</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="100" />
        <source>Skapa {kind} …</source>
        <translation>Create {kind} …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="105" />
        <source>Klarspråk</source>
        <translation>Plain Swedish</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="106" />
        <source>LIX per avsnitt (läsbarhetsindex: ord per mening + andel långa ord). Under 40 är lättläst, 50–60 är normalt för myndighetstext, över 60 är byråkratsvenska. Dubbelklicka på en rad för att gå till texten.</source>
        <translation>LIX per section (readability index: words per sentence + share of long words). Under 40 is easy to read, 50–60 is normal for official text, over 60 is bureaucratic Swedish. Double-click a row to go to the text.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="110" />
        <source>Läsbarhet per avsnitt</source>
        <translation>Readability per section</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="119" />
        <source>Tillgänglighet</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="120" />
        <source>Skrivelsen som skapas kontrolleras mot DOS-lagens krav för Word-dokument: titel, språk, rubriker, alternativtext, tabeller, listor, tomma stycken, kontrast och länktexter.</source>
        <translation>The memo being created is checked against the Swedish accessibility act's rules for Word documents: title, language, headings, alt text, tables, lists, empty paragraphs, contrast and link texts.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="123" />
        <source>Kontrollen körs när steget visas.</source>
        <translation>The check runs when the step is shown.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="127" />
        <source>Tillgänglighetsbrister i skrivelsen</source>
        <translation>Accessibility problems in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="153" />
        <source>Kontrollerar skrivelsen …</source>
        <translation>Checking the memo …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="164" />
        <source>Inga tillgänglighetsbrister i skrivelsen.</source>
        <translation>No accessibility problems in the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="167" />
        <source>{n} tillgänglighetsbrister i skrivelsen:</source>
        <translation>{n} accessibility problems in the memo:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="182" />
        <source>{name}: ingen text</source>
        <translation>{name}: no text</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="185" />
        <source>{name}: LIX {lix} – {label}</source>
        <translation>{name}: LIX {lix} – {label}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="188" />
        <source>(över gränsen {limit:g})</source>
        <translation>(over the limit {limit:g})</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="195" />
        <source>Enter eller dubbelklick går till texten.</source>
        <translation>Enter or double-click goes to the text.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="209" />
        <source>Inga problem – skrivelsen är klar för nämnden.</source>
        <translation>No problems – the memo is ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="212" />
        <source>{e} fel och {w} varningar. Rätta felen innan skrivelsen går till nämnden.</source>
        <translation>{e} errors and {w} warnings. Fix the errors before the memo goes to the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="216" />
        <source>Inga fel, men {w} varningar att titta på.</source>
        <translation>No errors, but {w} warnings to look at.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="221" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="221" />
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="225" />
        <source>{level} i steget {step}. Enter eller dubbelklick går dit.</source>
        <translation>{level} in the step {step}. Enter or double-click goes there.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="237" />
        <source>Senast skapad: {path}</source>
        <translation>Last created: {path}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="239" />
        <source>(utkast)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="212" />
        <source>Inga {noun} ännu.</source>
        <translation>No {noun} yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="264" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="265" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="266" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="293" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="305" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="314" />
        <source>Flytta {noun}</source>
        <translation>Move {noun}</translation>
    </message>
</context>
<context>
    <name>SecrecyCard</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="71" />
        <source>Sekretess</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="72" />
        <source>Markera uppgifter som omfattas av sekretess, med grunden i offentlighets- och sekretesslagen (OSL). Nämndens version visar allt, märkt; den offentliga versionen ersätter uppgiften, och allt som skulle avslöja den, med en upplysning om sekretessen.</source>
        <translation>Mark information covered by secrecy, with its ground in the Public Access to Information and Secrecy Act (OSL). The board's version shows everything, marked; the public version replaces the item, and everything that would reveal it, with a notice of the secrecy.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="79" />
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="79" />
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="93" />
        <source>Sekretessgrund</source>
        <translation>Ground for secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="84" />
        <source>Sekretessmarkerade uppgifter</source>
        <translation>Items marked as confidential</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="90" />
        <source>Uppgift att markera</source>
        <translation>Item to mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="103" />
        <source>Uppgift:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="105" />
        <source>Grund:</source>
        <translation>Ground:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="109" />
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="170" />
        <source>Markera som sekretess</source>
        <translation>Mark as confidential</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="111" />
        <source>Ändra grund</source>
        <translation>Change ground</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="113" />
        <source>Ta bort markering</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="123" />
        <source>Myndighet som gjort markeringen</source>
        <translation>Authority that made the marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="124" />
        <source>Förvaltningen (standard)</source>
        <translation>The administration (default)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="127" />
        <source>Datum för sekretessmarkeringen</source>
        <translation>Date of the secrecy marking</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="128" />
        <source>ÅÅÅÅ-MM-DD (standard: memots datum)</source>
        <translation>YYYY-MM-DD (default: the memo's date)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="131" />
        <source>Markeringen görs av:</source>
        <translation>Marked by:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="133" />
        <source>den:</source>
        <translation>on:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="161" />
        <source>Det finns inget att markera ännu.</source>
        <translation>There is nothing to mark yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="167" />
        <source>Uppgiften är redan markerad; ändra grunden i stället.</source>
        <translation>The item is already marked; change its ground instead.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="178" />
        <source>Ändra sekretessgrund</source>
        <translation>Change ground for secrecy</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="184" />
        <source>Ta bort sekretessmarkering</source>
        <translation>Remove secrecy mark</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/secrecy_card.py" line="189" />
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
        <location filename="../../memo_builder/gui/settings_actions.py" line="38" />
        <source>Språket byts nästa gång du startar Memo Builder.</source>
        <translation>The language changes the next time you start Memo Builder.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="44" />
        <source>Välj organisationens bibliotek med juridiska frågor</source>
        <translation>Choose the organisation's library of legal questions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="62" />
        <source>Organisationens bibliotek: {folder}</source>
        <translation>Organisation's library: {folder}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="63" />
        <source>Bara programmets bibliotek används.</source>
        <translation>Only the built-in library is used.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="65" />
        <source>{n} poster kunde inte läsas (se steget Juridik).</source>
        <translation>{n} entries could not be read (see the Legal step).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="75" />
        <source>Om Memo Builder</source>
        <translation>About Memo Builder</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/settings_actions.py" line="76" />
        <source>Memo Builder {v}
Skriver tjänsteutlåtanden till nämnden. Programmet arbetar helt utan nätverk.</source>
        <translation>Memo Builder {v}
Writes decision memos for the board. The program works entirely without a network.</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="303" />
        <source>Söker förslag …</source>
        <extracomment>The check is ready (True) or off with a reason.</extracomment>
        <translation>Looking for suggestions …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="306" />
        <source>Lägg till ”{w}” i ordlistan</source>
        <translation>Add “{w}” to the word list</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="316" />
        <source>Inga förslag</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/spelling.py" line="339" />
        <source>”{w}” finns nu i din ordlista.</source>
        <translation>“{w}” is now in your word list.</translation>
    </message>
</context>
<context>
    <name>SummaryDraftPanel</name>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="24" />
        <source>Föreslå en sammanfattning</source>
        <translation>Suggest a summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="25" />
        <source>Föreslå en sammanfattning från memots uppgifter</source>
        <translation>Suggest a summary from the memo's facts</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="27" />
        <source>Ett förslag i klarspråk från förslaget, kostnaderna, tidsgränsen och de juridiska frågorna. Din egen text ändras inte.</source>
        <translation>A plain-language suggestion from the proposal, the costs, the deadline and the legal questions. Your own text is not changed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="39" />
        <source>Förslag till sammanfattning</source>
        <translation>Suggested summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="46" />
        <source>Stäng förslaget</source>
        <translation>Close the suggestion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="55" />
        <source>Det finns inte tillräckligt med uppgifter för ett förslag ännu. Fyll i alternativen, kostnaderna, tidsgränsen och de juridiska frågorna.</source>
        <translation>There is not enough yet for a suggestion. Fill in the options, the costs, the deadline and the legal questions.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="64" />
        <source>Lägg till under min text</source>
        <translation>Add below my text</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="65" />
        <source>Använd förslaget</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="66" />
        <source>Din text står kvar; förslaget läggs till efter den.</source>
        <translation>Your text stays; the suggestion is added after it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="67" />
        <source>Förslaget blir sammanfattningen.</source>
        <translation>The suggestion becomes the summary.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="74" />
        <source>Förslag från memots uppgifter – LIX {lix} ({label}). Redigera det här, använd det eller stäng det.</source>
        <translation>A suggestion from the memo's facts – LIX {lix} ({label}). Edit it here, use it or close it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="76" />
        <source>Förslag från memots uppgifter.</source>
        <translation>A suggestion from the memo's facts.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/summary_draft_panel.py" line="87" />
        <source>Använd förslag till sammanfattning</source>
        <translation>Use the suggested summary</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="160" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="160" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="256" />
        <source>Importera kostnader från Excel</source>
        <translation>Import costs from Excel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="257" />
        <source>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="263" />
        <source>Filen kan inte importeras</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="266" />
        <source>(utan rubrik)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/excel_import_dialog.py" line="273" />
        <source>Importera {n} kostnadsrader från Excel</source>
        <translation>Import {n} cost lines from Excel</translation>
    </message>
</context>
</TS>