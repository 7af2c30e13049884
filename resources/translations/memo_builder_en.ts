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
        <location filename="../../memo_builder/gui/steps/background.py" line="10" />
        <location filename="../../memo_builder/gui/steps/background.py" line="31" />
        <location filename="../../memo_builder/gui/steps/background.py" line="34" />
        <source>Bakgrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="16" />
        <source>&lt;b&gt;Sammanfattningen&lt;/b&gt; säger vad som har hänt och varför ärendet kommer till nämnden nu, och vad förvaltningen föreslår. Den kopieras ofta till kallelsen och protokollet, så den ska kunna läsas ensam. Skriv hela meningar, vårdat, enkelt och begripligt (språklagen 11 §). &lt;b&gt;Bakgrunden&lt;/b&gt; beskriver tidigare beslut och det som har hänt sedan dess.</source>
        <translation>The &lt;b&gt;summary&lt;/b&gt; says what has happened, why the case comes to the board now, and what the administration proposes. It is often copied into the notice and the minutes, so it must stand on its own. Write whole sentences in careful, simple and clear Swedish (Language Act, section 11). The &lt;b&gt;background&lt;/b&gt; describes earlier decisions and what has happened since.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="24" />
        <location filename="../../memo_builder/gui/steps/background.py" line="28" />
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="25" />
        <source>Några stycken: vad ärendet gäller, vad som händer om inget beslutas, vad förvaltningen föreslår. En tom rad skiljer stycken åt.</source>
        <translation>A few paragraphs: what the case is about, what happens if nothing is decided, what the administration proposes. An empty line separates paragraphs.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="30" />
        <source>Ändra sammanfattning</source>
        <translation>Edit summary</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="32" />
        <source>Tidigare beslut, avtal och händelser som förklarar ärendet.</source>
        <translation>Earlier decisions, contracts and events that explain the case.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/background.py" line="36" />
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
        <location filename="../../memo_builder/gui/steps/case.py" line="33" />
        <source>Uppgifterna i sidhuvudet. &lt;b&gt;Rubriken&lt;/b&gt; säger vad nämnden beslutar om, till exempel ”Förnyelse av avtal om Office 365”. &lt;b&gt;Sammanträdesdatumet&lt;/b&gt; är beslutsdatumet: det avgör vilka lagar och vilka beloppsgränser för direktupphandling som gäller. Datum skrivs ÅÅÅÅ-MM-DD.</source>
        <translation>The details in the page header. The &lt;b&gt;title&lt;/b&gt; says what the board decides on, for example “Renewal of the Office 365 contract”. The &lt;b&gt;meeting date&lt;/b&gt; is the decision date: it decides which laws and which direct-award limits apply. Dates are written YYYY-MM-DD.</translation>
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
        <location filename="../../memo_builder/gui/steps/case.py" line="61" />
        <source>Nämnden som fattar beslutet, t.ex. Nämnden för Intraservice</source>
        <translation>The board that takes the decision, e.g. Nämnden för Intraservice</translation>
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
        <location filename="../../memo_builder/gui/steps/consequences.py" line="17" />
        <source>Konsekvenser</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="23" />
        <source>Beskriv vad som händer &lt;b&gt;om nämnden inte beslutar&lt;/b&gt; före det datum då avtalet eller licenserna löper ut: vilka tjänster som upphör, hur många som berörs och vad det betyder för verksamheten. Programmet räknar ut senaste beslutsdag för varje alternativ utifrån dess ledtid. Under &lt;b&gt;perspektiv&lt;/b&gt; skriver du bara det som är relevant; ett tomt fält ger organisationens standardmening.</source>
        <translation>Describe what happens &lt;b&gt;if the board does not decide&lt;/b&gt; before the contract or licences run out: which services stop, how many people are affected and what it means for the organisation. The program works out the latest decision date for each option from its lead time. Under &lt;b&gt;perspectives&lt;/b&gt; write only what is relevant; an empty field gives the organisation's standard sentence.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="33" />
        <source>Om inget beslutas</source>
        <translation>If nothing is decided</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="36" />
        <source>Avtalet eller licenserna löper ut:</source>
        <translation>Contract or licences run out:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="37" />
        <source>Ändra slutdatum</source>
        <translation>Edit end date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="39" />
        <source>En tjänst per rad, t.ex. e-post</source>
        <translation>One service per line, e.g. e-mail</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="40" />
        <source>Tjänster som upphör:</source>
        <translation>Services that stop:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="40" />
        <source>En tjänst per rad</source>
        <translation>One service per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="46" />
        <source>Antal berörda användare:</source>
        <translation>Users affected:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="53" />
        <source>Allvarlighetsgrad:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="55" />
        <source>Ändra allvarlighetsgrad</source>
        <translation>Edit severity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="57" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="60" />
        <source>Senaste beslutsdag per alternativ</source>
        <translation>Latest decision date per option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="66" />
        <source>Bedömning ur olika perspektiv</source>
        <translation>Assessment from different perspectives</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="82" />
        <source>Ändra tjänster</source>
        <translation>Edit services</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="111" />
        <location filename="../../memo_builder/gui/steps/consequences.py" line="113" />
        <source>Skriv perspektiv</source>
        <translation>Write perspective</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="142" />
        <source>Ange när avtalet löper ut, så räknas senaste beslutsdag ut.</source>
        <translation>Enter when the contract runs out to get the latest decision dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="147" />
        <source>Alternativ {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="149" />
        <source>sammanträdesdatum saknas</source>
        <translation>meeting date missing</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="151" />
        <source>hinns med</source>
        <translation>feasible</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="153" />
        <source>hinns inte före slutdatumet</source>
        <translation>not feasible before the end date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/consequences.py" line="159" />
        <source>Inga alternativ ännu.</source>
        <translation>No options yet.</translation>
    </message>
</context>
<context>
    <name>CostLinesModel</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="150" />
        <source>Behövs bara när valutan inte är SEK</source>
        <translation>Only needed when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="152" />
        <source>Tomt: priset gäller startåret och indexet räknas från det</source>
        <translation>Empty: the price is for the first year and the index is applied from it</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="195" />
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="206" />
        <source>Ändra kostnadsrad</source>
        <translation>Edit cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="222" />
        <source>{text} är ingen valutakod. Skriv t.ex. SEK eller EUR.</source>
        <translation>{text} is not a currency code. Type e.g. SEK or EUR.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="237" />
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
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="29" />
        <source>Pris per enhet</source>
        <translation>Unit price</translation>
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
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="33" />
        <source>Från år</source>
        <translation>From year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="34" />
        <source>Till år</source>
        <translation>To year</translation>
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
        <source>Summa (kr)</source>
        <translation>Total (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="44" />
        <source>Antal enheter, t.ex. antal licenser</source>
        <translation>Number of units, e.g. number of licences</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="45" />
        <source>Vad volymen räknar, t.ex. licenser eller timmar (volymantagandet)</source>
        <translation>What the volume counts, e.g. licences or hours (the volume assumption)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="46" />
        <source>Pris per enhet och år (årlig) eller en gång (engång), i valutan</source>
        <translation>Price per unit and year (annual) or once (one-off), in the currency</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="47" />
        <source>SEK, EUR, USD …</source>
        <translation>SEK, EUR, USD …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="48" />
        <source>Kronor per enhet av valutan; krävs när valutan inte är SEK</source>
        <translation>Kronor per unit of the currency; required when the currency is not SEK</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="49" />
        <source>Årlig prisuppräkning i procent</source>
        <translation>Annual price index in percent</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="50" />
        <source>Året vars prisnivå priset per enhet gäller; indexet räknas upp från det. Tomt: startåret (Från år).</source>
        <translation>The year whose price level the unit price is in; the index is applied from that year. Empty: the first year (From year).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="53" />
        <source>Egen personal och interna resurser</source>
        <translation>Own staff and internal resources</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="54" />
        <source>Kostnaden ligger i en option eller förlängning</source>
        <translation>The cost falls in an option or extension period</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="55" />
        <source>Beloppet är en uppskattning</source>
        <translation>The amount is an estimate</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="56" />
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
        <source>Ta med &lt;b&gt;alla&lt;/b&gt; kostnader för varje alternativ: licenser, support, införande, migrering, utbildning, avveckling – och &lt;b&gt;interna kostnader&lt;/b&gt; för egen personal, som ofta glöms. Ange volymen (t.ex. antal licenser) och skriv ut &lt;b&gt;volymantagandet&lt;/b&gt;: Göteborgs kalkyl 2016 blev 74 miljoner kronor för låg på grund av ett felaktigt antagande om antal licenser. Markera optioner och förlängningar och ange antagen index- och valutautveckling. Belopp skrivs som 1 234,50.</source>
        <translation>Include &lt;b&gt;all&lt;/b&gt; costs of each option: licences, support, implementation, migration, training, exit – and the &lt;b&gt;internal costs&lt;/b&gt; of own staff, which are often forgotten. Give the volume (e.g. number of licences) and state the &lt;b&gt;volume assumption&lt;/b&gt;: Göteborg's 2016 estimate came out 74 million kronor too low because of a wrong assumption about the number of licences. Mark options and extensions and state the assumed index and exchange rates. Amounts are typed as 1 234,50.</translation>
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
        <location filename="../../memo_builder/gui/steps/costs.py" line="72" />
        <source>Kostnadsrader för det valda alternativet</source>
        <translation>Cost lines of the selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="110" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="285" />
        <source>Lägg till kostnadsrad</source>
        <translation>Add cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="111" />
        <source>Lägg till intern kostnad</source>
        <translation>Add internal cost</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="112" />
        <source>Ta bort rad</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="113" />
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="114" />
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="122" />
        <source>Dubbelklicka eller börja skriva i en cell för att ändra. Belopp: 1 234,50 · Årtal: 2018</source>
        <translation>Double-click or start typing in a cell to edit. Amounts: 1 234,50 · Years: 2018</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="131" />
        <source>Summor för alternativet</source>
        <translation>Totals for the option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="136" />
        <source>Totalt inklusive option</source>
        <translation>Total including options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="137" />
        <source>Avtalsperioden</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="138" />
        <source>Optioner och förlängningar</source>
        <translation>Options and extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="139" />
        <source>Engångskostnader</source>
        <translation>One-off costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="140" />
        <source>Löpande kostnader</source>
        <translation>Recurring costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="141" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="387" />
        <source>Interna kostnader</source>
        <translation>Internal costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="142" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="386" />
        <source>Externa kostnader</source>
        <translation>External costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="143" />
        <source>Per användare och år</source>
        <translation>Per user and year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="144" />
        <source>Skillnad mot jämförelsebasen</source>
        <translation>Difference to the baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="167" />
        <source>Kostnader per år</source>
        <translation>Costs per year</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="176" />
        <location filename="../../memo_builder/gui/steps/costs.py" line="178" />
        <source>Jämförelse mellan alternativen</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="182" />
        <source>Alternativ</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="182" />
        <source>Totalt inkl. option (kr)</source>
        <translation>Total incl. options (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="183" />
        <source>Varav internt (kr)</source>
        <translation>Of which internal (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="183" />
        <source>Skillnad mot jämförelsebasen (kr)</source>
        <translation>Difference from the baseline (SEK)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="193" />
        <source>Att kontrollera</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="195" />
        <source>Varningar om kostnaderna</source>
        <translation>Warnings about the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="202" />
        <source>Antaganden</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="203" />
        <source>Skriv varifrån siffrorna kommer, vad som är uppskattat och vilka antaganden om volym, index och växelkurs som gäller.</source>
        <translation>Write where the figures come from, what is estimated and which assumptions about volume, index and exchange rates apply.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="211" />
        <source>Antal användare som berörs:</source>
        <translation>Users affected:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="213" />
        <source>Beloppen är uppskattningar</source>
        <translation>The amounts are estimates</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="218" />
        <source>Antaganden och källor:</source>
        <translation>Assumptions and sources:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="223" />
        <source>Känslighet, volym (±%):</source>
        <translation>Sensitivity, volume (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="224" />
        <source>Känslighet, index (± procentenheter):</source>
        <translation>Sensitivity, index (± percentage points):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="225" />
        <source>Känslighet, växelkurs (±%):</source>
        <translation>Sensitivity, exchange rate (±%):</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="270" />
        <source>Lägg först till ett alternativ i steget Alternativ.</source>
        <translation>First add an option in the Options step.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="283" />
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="301" />
        <source>Ta bort kostnadsrad</source>
        <translation>Remove cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="312" />
        <source>Flytta kostnadsrad</source>
        <translation>Move cost line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="384" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="390" />
        <source>Summa</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="391" />
        <source>varav option/förlängning</source>
        <translation>of which options/extensions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="411" />
        <source>förslag</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="413" />
        <source>bas</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/costs.py" line="436" />
        <source>Inga anmärkningar på kostnaderna.</source>
        <translation>No remarks on the costs.</translation>
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
        <location filename="../../memo_builder/gui/steps/__init__.py" line="51" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="17" />
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="23" />
        <source>Skriv förslaget så att det kan genomföras och klistras in i protokollet som redan beslutat. &lt;b&gt;En åtgärd per beslutspunkt&lt;/b&gt;, numrerade. Skriv hela, begripliga formuleringar med period och belopp där det behövs, t.ex. ”förnya avtalet om licenser för perioden 2018-06-01–2021-05-31”. Förvaltningens bedömning är neutral och tar upp de ekonomiska konsekvenserna. Bilagor listas med datum.</source>
        <translation>Write the proposal so that it can be carried out and pasted into the minutes as already decided. &lt;b&gt;One action per decision point&lt;/b&gt;, numbered. Write whole, clear wording with period and amount where needed, e.g. “renew the licence contract for the period 2018-06-01–2021-05-31”. The administration's assessment is neutral and covers the financial consequences. Attachments are listed with their dates.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="33" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="47" />
        <source>Beslutspunkter</source>
        <translation>Decision points</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="41" />
        <source>Beslutspunkt {n}</source>
        <translation>Decision point {n}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="42" />
        <source>En åtgärd, t.ex. förnya avtalet om … för perioden …</source>
        <translation>One action, e.g. renew the contract for … for the period …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="43" />
        <source>Ändra beslutspunkt</source>
        <translation>Edit decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="47" />
        <source>Lägg till beslutspunkt</source>
        <translation>Add decision point</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="52" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="54" />
        <source>Förvaltningens bedömning</source>
        <translation>The administration's assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="56" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="57" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="60" />
        <source>Samverkan</source>
        <translation>Consultation with unions</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="58" />
        <source>Hur ärendet har behandlats med arbetstagarorganisationerna, om det behövs.</source>
        <translation>How the case has been handled with the trade unions, if needed.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="68" />
        <source>Bilagans titel</source>
        <translation>Attachment title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="69" />
        <source>Bilaga {n}, titel</source>
        <translation>Attachment {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="72" />
        <source>Bilaga {n}, datum</source>
        <translation>Attachment {n}, date</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="78" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="80" />
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="80" />
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="90" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="91" />
        <source>Underskrift {n}, namn</source>
        <translation>Signature {n}, name</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="94" />
        <source>Titel, t.ex. förvaltningsdirektör</source>
        <translation>Title, e.g. director</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="95" />
        <source>Underskrift {n}, titel</source>
        <translation>Signature {n}, title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="97" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="97" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="104" />
        <location filename="../../memo_builder/gui/steps/decision.py" line="106" />
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="106" />
        <source>Lägg till underskrift</source>
        <translation>Add signature</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/decision.py" line="118" />
        <source>Nämnden</source>
        <translation>The board</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="63" />
        <location filename="../../memo_builder/gui/export_actions.py" line="99" />
        <source>Skapa skrivelse</source>
        <extracomment>The latest export changed: (its path or None, whether it is a draft).</extracomment>
        <translation>Create memo document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="64" />
        <source>Memot har {n} fel och är inte klart för nämnden.</source>
        <translation>The memo has {n} errors and is not ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="65" />
        <source>Skapa utkast</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="66" />
        <source>Visa problemen</source>
        <translation>Show the problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="67" />
        <location filename="../../memo_builder/gui/export_actions.py" line="114" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="69" />
        <source>Ett utkast märks ”UTKAST – inte färdigt för nämnden”.</source>
        <translation>A draft is marked “UTKAST – inte färdigt för nämnden” (draft).</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="79" />
        <location filename="../../memo_builder/gui/export_actions.py" line="85" />
        <location filename="../../memo_builder/gui/export_actions.py" line="91" />
        <source>Skrivelsen kunde inte skapas</source>
        <translation>The document could not be created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="86" />
        <location filename="../../memo_builder/gui/export_actions.py" line="116" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="100" />
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="112" />
        <source>Skrivelsen kunde inte sparas</source>
        <translation>The document could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="113" />
        <source>Välj ett annat namn …</source>
        <translation>Choose another name …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="127" />
        <source>Skapade {name}</source>
        <translation>Created {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="129" />
        <source>Skrivelsen är skapad</source>
        <translation>The document has been created</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="130" />
        <source>Skrivelsen sparades som {path}.</source>
        <translation>The document was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="131" />
        <source>Den är märkt som utkast.</source>
        <translation>It is marked as a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="133" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/export_actions.py" line="133" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="85" />
        <source>det nya ärendet</source>
        <extracomment>A different memo is in the window (New or Open): what belonged to the old one goes.</extracomment>
        <translation>the new case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="89" />
        <source>Vill du spara ändringarna i {name}?</source>
        <translation>Do you want to save the changes to {name}?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="90" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="90" />
        <source>Spara inte</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="91" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="93" />
        <source>Om du inte sparar försvinner ändringarna.</source>
        <translation>If you don't save, the changes are lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="113" />
        <source>Öppna ärende</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="114" />
        <source>Memofiler (*.memo);;Alla filer (*)</source>
        <translation>Memo files (*.memo);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="124" />
        <source>Filen kunde inte öppnas</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="125" />
        <source>Det ärende du har öppet är oförändrat.</source>
        <translation>The case you have open is unchanged.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="131" />
        <source>Öppnade {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="148" />
        <source>Spara ärendet som</source>
        <translation>Save the case as</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="149" />
        <source>Memofiler (*.memo)</source>
        <translation>Memo files (*.memo)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="161" />
        <source>Ärendet kunde inte sparas</source>
        <translation>The case could not be saved</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="162" />
        <source>Inget av det du skrivit har gått förlorat.</source>
        <translation>Nothing you have written has been lost.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/file_actions.py" line="169" />
        <source>Sparade {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/form.py" line="97" />
        <source>Hjälp för steget</source>
        <translation>Help for this step</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="70" />
        <source>Ta bort markerad</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="71" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="72" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="153" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="163" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="174" />
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
        <source>Domstolsavgörande</source>
        <translation>Court ruling</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="46" />
        <source>Myndighetsbeslut</source>
        <translation>Authority decision</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="47" />
        <source>Vägledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="48" />
        <source>Leverantörsåtagande – inte lag</source>
        <translation>Vendor commitment – not law</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="49" />
        <source>Förslag – inte gällande rätt</source>
        <translation>Proposal – not law in force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="50" />
        <source>Egen punkt</source>
        <translation>Own item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="52" />
        <source>Årlig</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/labels.py" line="53" />
        <source>Engång</source>
        <translation>One-off</translation>
    </message>
</context>
<context>
    <name>LegalStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="50" />
        <location filename="../../memo_builder/gui/steps/legal.py" line="34" />
        <source>Juridik</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="40" />
        <source>Markera vad ärendet omfattar, så föreslås de juridiska frågor som gäller på &lt;b&gt;beslutsdagen&lt;/b&gt; – de som passar ärendet först. För varje fråga anger förvaltningen om förslaget &lt;b&gt;löser&lt;/b&gt; den (ja, delvis, nej), varför, vilken risk som kvarstår och vad som görs åt den. Ett leverantörsåtagande är inte lag och får inte beskrivas som ett juridiskt skydd. Om förvaltningens bedömning skiljer sig från förslaget syns det i skrivelsen.</source>
        <translation>Tick what the case involves, and the legal questions that apply on the &lt;b&gt;decision date&lt;/b&gt; are offered – those fitting the case first. For each question the administration states whether the proposal &lt;b&gt;solves&lt;/b&gt; it (yes, partly, no), why, what risk remains and what is done about it. A vendor commitment is not law and must not be described as a legal safeguard. If the administration's assessment differs from the proposal, the memo shows it.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="51" />
        <source>Vad ärendet omfattar</source>
        <translation>What the case involves</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="55" />
        <source>Personuppgifter behandlas</source>
        <translation>Personal data is processed</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="56" />
        <source>Uppgifter som omfattas av sekretess (OSL)</source>
        <translation>Confidential information (OSL)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="57" />
        <source>Tjänsten är en molntjänst</source>
        <translation>The service is a cloud service</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="58" />
        <source>Förlängning eller förnyelse av avtal</source>
        <translation>Extension or renewal of a contract</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="59" />
        <source>Säkerhetskänslig verksamhet</source>
        <translation>Security-sensitive activity</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="60" />
        <source>Tjänsten har AI-funktioner</source>
        <translation>The service has AI features</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="71" />
        <source>Förslag från biblioteket</source>
        <translation>Suggestions from the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="76" />
        <source>Juridiska frågor i biblioteket</source>
        <translation>Legal questions in the library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="78" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="78" />
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="78" />
        <source>Hänvisning</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="100" />
        <source>Lägg till markerade i memot</source>
        <translation>Add selected to the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="109" />
        <source>Juridiska bedömningar i memot</source>
        <translation>Legal assessments in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="114" />
        <source>Egen juridisk punkt</source>
        <translation>Own legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="115" />
        <source>Lägg till egen punkt</source>
        <translation>Add own item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="116" />
        <source>Juridisk punkt</source>
        <translation>Legal item</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="122" />
        <source>Vald fråga</source>
        <translation>Selected question</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="129" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="132" />
        <source>Hänvisning:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="132" />
        <source>Lag, paragraf, mål- eller diarienummer</source>
        <translation>Law, section, case or file number</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="137" />
        <source>Typ:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="138" />
        <source>Ett leverantörsåtagande eller ett förslag är inte gällande rätt</source>
        <translation>A vendor commitment or a proposal is not law in force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="139" />
        <source>Ändra typ</source>
        <translation>Edit kind</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="141" />
        <source>Text i skrivelsen:</source>
        <translation>Text in the memo:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="146" />
        <source>Löser förslaget frågan?</source>
        <translation>Does the proposal solve it?</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="148" />
        <source>Ändra bedömning</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="150" />
        <source>Motivering:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="155" />
        <source>Kvarstående risk:</source>
        <translation>Remaining risk:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="156" />
        <source>Ändra risk</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="158" />
        <source>Åtgärder:</source>
        <translation>Mitigations:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="158" />
        <source>Vad som görs för att minska risken</source>
        <translation>What is done to reduce the risk</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="201" />
        <source>Förslag från biblioteket – gäller {date}</source>
        <translation>Suggestions from the library – in force on {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="204" />
        <source>Biblioteket kunde inte läsa alla poster; övriga används:</source>
        <translation>The library could not read every entry; the others are used:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="216" />
        <source>Passar ärendet</source>
        <translation>Fits the case</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="216" />
        <source>Gäller</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="221" />
        <source>På väg – från {date}</source>
        <translation>Coming – from {date}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="228" />
        <source>Alla poster som gäller är redan med i memot.</source>
        <translation>Every entry in force is already in the memo.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/legal.py" line="263" />
        <source>Lägg till juridiska frågor</source>
        <translation>Add legal questions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="179" />
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="180" />
        <source>&amp;Öppna …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="181" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="182" />
        <source>Spara s&amp;om …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="183" />
        <source>Skapa &amp;skrivelse …</source>
        <translation>Create &amp;memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="184" />
        <source>Öppna skrivelsen i &amp;Word</source>
        <translation>Open the document in &amp;Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="186" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="187" />
        <source>Ån&amp;gra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="189" />
        <source>Gör &amp;om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="193" />
        <source>&amp;Förhandsgranskning</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="196" />
        <source>&amp;Nästa steg</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="197" />
        <source>&amp;Föregående steg</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="199" />
        <source>&amp;Hjälp för steget</source>
        <translation>&amp;Help for this step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="200" />
        <source>&amp;Om Memo Builder</source>
        <translation>&amp;About Memo Builder</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="201" />
        <source>Organisationens &amp;bibliotek …</source>
        <translation>Organisation's &amp;library …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="202" />
        <source>Använd bara programmets bibliotek</source>
        <translation>Use only the built-in library</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="204" />
        <source>&amp;Mina uppgifter …</source>
        <translation>&amp;My details …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="205" />
        <source>Skapa profil från &amp;Word-mall …</source>
        <translation>Create profile from &amp;Word template …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="206" />
        <source>Organisationens &amp;mallar …</source>
        <translation>Organisation's &amp;profiles …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="207" />
        <source>Använd bara programmets och mina mallar</source>
        <translation>Use only the program's and my profiles</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="219" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="222" />
        <source>S&amp;enaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="231" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="234" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="239" />
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="240" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="244" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="252" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="271" />
        <source>Byt mall</source>
        <translation>Change profile</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="330" />
        <source>{e} fel · {w} varningar</source>
        <translation>{e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="331" />
        <source>Inga problem</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="345" />
        <source>Autosparningen misslyckades: {reason}. Spara ärendet, gärna på en annan plats.</source>
        <translation>Autosave failed: {reason}. Save the case, preferably in another place.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="348" />
        <source>Osparade ändringar skyddas inte om programmet avslutas oväntat.</source>
        <translation>Unsaved changes are not protected if the program closes unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/main_window.py" line="356" />
        <source>Nytt ärende</source>
        <translation>New case</translation>
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
        <location filename="../../memo_builder/gui/navigation.py" line="64" />
        <source>← &amp;Tillbaka</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="65" />
        <source>&amp;Nästa →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="67" />
        <source>Föregående steg</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="68" />
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="126" />
        <source>Steg {n} av {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="177" />
        <source>1 fel</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="177" />
        <source>{n} fel</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="178" />
        <source>1 varning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="178" />
        <source>{n} varningar</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="184" />
        <source>… och {n} till (se Granska och skapa)</source>
        <translation>… and {n} more (see Review and create)</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="194" />
        <source>Inte påbörjat</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/navigation.py" line="197" />
        <source>Klart</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../memo_builder/gui/steps/__init__.py" line="46" />
        <location filename="../../memo_builder/gui/steps/options.py" line="22" />
        <location filename="../../memo_builder/gui/steps/options.py" line="57" />
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
        <location filename="../../memo_builder/gui/steps/options.py" line="50" />
        <source>Alternativen</source>
        <translation>The options</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="56" />
        <source>Lägg till alternativ</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="64" />
        <source>Valt alternativ</source>
        <translation>Selected option</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="72" />
        <source>t.ex. Förnya avtalet i tre år</source>
        <translation>e.g. Renew the contract for three years</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="73" />
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="74" />
        <source>Ändra alternativets rubrik</source>
        <translation>Edit option title</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="76" />
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="79" />
        <source>Fördelar:</source>
        <translation>Advantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="79" />
        <source>En fördel per rad</source>
        <translation>One advantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="82" />
        <source>Nackdelar:</source>
        <translation>Disadvantages:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="82" />
        <source>En nackdel per rad</source>
        <translation>One disadvantage per line</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="85" />
        <source>Leverantör:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="87" />
        <source>Leverantören eller dess moderbolag finns utanför EU/EES</source>
        <translation>The supplier or its parent company is outside the EU/EEA</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="91" />
        <source>Alternativet innebär att vi lämnar nuvarande leverantör</source>
        <translation>The option means leaving the current supplier</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="97" />
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="99" />
        <source>Ledtid:</source>
        <translation>Lead time:</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="100" />
        <source>Hur lång tid alternativet behöver innan det kan vara på plats</source>
        <translation>How long the option needs before it can be in place</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="102" />
        <source>Förvaltningens förslag</source>
        <translation>The administration's proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="104" />
        <source>Jämförelsebas för kostnaderna</source>
        <translation>Baseline for the costs</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="122" />
        <source>Markera som förslag</source>
        <translation>Mark as proposal</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/options.py" line="122" />
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
        <location filename="../../memo_builder/gui/preview.py" line="31" />
        <source>Förhandsgranskning av skrivelsen</source>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="64" />
        <source>Organisationens mall kunde inte läsas: {error}</source>
        <translation>The organisation's template could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/preview.py" line="87" />
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
        <location filename="../../memo_builder/gui/steps/__init__.py" line="52" />
        <location filename="../../memo_builder/gui/steps/review.py" line="17" />
        <source>Granska och skapa</source>
        <translation>Review and create</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="27" />
        <source>Här listas allt som behöver rättas (&lt;b&gt;fel&lt;/b&gt;) och sådant en noggrann granskare skulle fråga om (&lt;b&gt;varningar&lt;/b&gt;). Dubbelklicka eller tryck Enter på en rad för att gå till fältet. När inga fel finns kvar skapar du skrivelsen som Word-fil och laddar upp den i ärendehanteringssystemet. Med fel kvar kan du skapa ett utkast.</source>
        <translation>Everything that must be fixed (&lt;b&gt;errors&lt;/b&gt;) and what a careful reviewer would ask about (&lt;b&gt;warnings&lt;/b&gt;) is listed here. Double-click or press Enter on a line to go to the field. When no errors remain, create the memo as a Word file and upload it to the case management system. With errors left you can create a draft.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="34" />
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="43" />
        <source>Problem i memot</source>
        <translation>Problems in the memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="52" />
        <source>Skapa skrivelsen</source>
        <translation>Create the document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="53" />
        <source>Skapa skrivelse …</source>
        <translation>Create memo document …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="55" />
        <source>Skapa skrivelse</source>
        <translation>Create memo document</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="60" />
        <source>Öppna i Word</source>
        <translation>Open in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="61" />
        <source>Öppna skrivelsen i Word</source>
        <translation>Open the document in Word</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="65" />
        <location filename="../../memo_builder/gui/steps/review.py" line="116" />
        <source>Ingen skrivelse skapad ännu.</source>
        <translation>No document created yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="75" />
        <source>skrivelse</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="76" />
        <source>Skapa {kind} …</source>
        <translation>Create {kind} …</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="91" />
        <source>Inga problem – skrivelsen är klar för nämnden.</source>
        <translation>No problems – the memo is ready for the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="94" />
        <source>{e} fel och {w} varningar. Rätta felen innan skrivelsen går till nämnden.</source>
        <translation>{e} errors and {w} warnings. Fix the errors before the memo goes to the board.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="98" />
        <source>Inga fel, men {w} varningar att titta på.</source>
        <translation>No errors, but {w} warnings to look at.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="103" />
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="103" />
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="107" />
        <source>{level} i steget {step}. Enter eller dubbelklick går dit.</source>
        <translation>{level} in the step {step}. Enter or double-click goes there.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="118" />
        <source>Senast skapad: {path}</source>
        <translation>Last created: {path}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/steps/review.py" line="120" />
        <source>(utkast)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="211" />
        <source>Inga {noun} ännu.</source>
        <translation>No {noun} yet.</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="263" />
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="264" />
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="265" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="292" />
        <source>Lägg till {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="304" />
        <source>Ta bort {noun}</source>
        <translation>Remove {noun}</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/lists.py" line="313" />
        <source>Flytta {noun}</source>
        <translation>Move {noun}</translation>
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
    <name>labels</name>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="132" />
        <source>Ja</source>
        <extracomment>Refused input is counted; while ``quiet`` (an autosave commits an open cell editor) it is refused without a hint, so the user can finish typing.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../memo_builder/gui/widgets/cost_table.py" line="132" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
</TS>