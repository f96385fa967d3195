# Intervju om stöd för närståendevård för barn (caregiver-support), svenska (Finland).
#
# Every message id that forms/caregiver-support.toml refers to, and no others.
# Finlandssvenska officiella termer: stöd för närståendevård, närståendevårdare, vårdarvode,
# avtal om närståendevård, vård- och serviceplan, hur bindande och krävande vården är,
# välfärdsområde, vårdnadshavare, barnets bästa, funktionshinderservice (lag 675/2023),
# egen kontaktperson, arbetstagaren, kamratstödsgrupp. Inga rikssvenska termer (se DOMAIN.md).
# Familjen kan fylla i sina delar själv och tilltalas med ”ni”. Sammanfattningen är arbetstagarens.
# Wording is our own (no items copied from published questionnaires).
# No message takes variables. Resultattexterna är vägledande, aldrig beslut. Inga eurobelopp.

## Blanketten

cs-title = Intervju om stöd för närståendevård för barn
cs-description = Blanketten hjälper er att beskriva hur vården av ert barn ser ut i vardagen och hur bindande den är för er. Vårdbehovet jämförs alltid med behovet hos ett friskt barn i samma ålder. Ni kan fylla i era delar själva eller tillsammans med en arbetstagare. Arbetstagaren använder blanketten som ett av verktygen i bedömningen av servicebehovet med tanke på stöd för närståendevård. Poängen på blanketten är endast vägledande: beslutet om stöd för närståendevård fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.

## 1. Grunduppgifter

cs-basic = Grunduppgifter
cs-basic-help = Uppgifter om barnet och vårdnadshavarna. Anteckna bara det som behövs för bedömningen.
cs-interview-date = Datum för intervjun eller ifyllandet
cs-filled-by = Vem fyllde i blanketten?
cs-filled-by-family = Familjen själv
cs-filled-by-family-with-worker = Familjen tillsammans med en arbetstagare
cs-filled-by-worker-interview = Arbetstagaren under intervjun
cs-service-unit = Inom vilken service görs bedömningen?
cs-service-unit-help = Bedömningen görs inom den service där barnet redan är klient.
cs-service-unit-family-services = Tjänster för barnfamiljer
cs-service-unit-disability-services = Funktionshinderservice
cs-service-unit-other = Annan service
cs-designated-worker = Har barnet en egen kontaktperson?
cs-designated-worker-help = Den egna kontaktpersonen är barnets egen arbetstagare inom den service där barnet är klient (tjänster för barnfamiljer eller funktionshinderservice). Stödet för närståendevård bedöms och beslutas utifrån barnets klientrelation.
cs-designated-worker-in-this-service = Ja, inom denna service
cs-designated-worker-in-other-service = Ja, inom en annan service
cs-designated-worker-being-named = En egen kontaktperson utses nu
cs-designated-worker-none = Nej
cs-cooperating-services = Vilka andra tjänster deltar i bedömningen?
cs-cooperating-services-help = Tjänsterna för barnfamiljer och funktionshinderservicen samarbetar i bedömningen. Välj alla som bedömningen görs tillsammans med eller som har ombetts lämna uppgifter.
cs-cooperating-early-education-school = Småbarnspedagogik eller skola
cs-cooperating-health-care = Hälso- och sjukvård, till exempel en barnpoliklinik
cs-cooperating-ngo = Organisation
cs-child-birth-date = Barnets födelsedatum
cs-care-need-reason = Vad beror barnets vårdbehov på?
cs-care-need-reason-help = Berätta med egna ord om barnets sjukdom, funktionsnedsättning eller begränsningar i funktionsförmågan. Utlåtanden behöver inte skrivas av här.
cs-guardians = Vårdnadshavare
cs-guardians-help = Lägg till varje vårdnadshavare på en egen rad. Möjligheten till stöd för närståendevård bedöms för varje vårdnadshavare som vårdar barnet.
cs-guardian-relation = Förhållande till barnet
cs-guardian-relation-mother = Mamma
cs-guardian-relation-father = Pappa
cs-guardian-relation-other-parent = Annan förälder
cs-guardian-relation-other-guardian = Annan vårdnadshavare
cs-guardian-name = Förnamn eller annan beteckning
cs-guardian-name-help = Till exempel förnamnet eller ”mamma”. Personbeteckning frågas inte på denna blankett.
cs-guardian-lives-with-child = Bor vårdnadshavaren med barnet?
cs-guardian-applies-as-carer = Ansöker vårdnadshavaren om att bli närståendevårdare?
cs-guardian-applies-as-carer-help = Närståendevårdaren ansvarar för vården av barnet och ingår ett avtal om närståendevård med välfärdsområdet.
cs-guardian-work-situation = Vårdnadshavarens arbets- eller studiesituation
cs-work-full-time = Arbetar heltid
cs-work-part-time = Arbetar deltid
cs-work-studying = Studerar
cs-work-family-leave = Familjeledig eller vårdledig
cs-work-not-working = Varken arbetar eller studerar
cs-work-other = Annan situation
cs-siblings = Hur många syskon bor med barnet?
cs-siblings-help = Räkna också med halvsyskon och styvsyskon som bor med barnet åtminstone en del av tiden.
cs-unit-children = barn
cs-home-language = Språk som talas hemma
cs-language-fi = Finska
cs-language-sv = Svenska
cs-language-se = Samiska
cs-language-sign = Teckenspråk
cs-language-other = Annat språk
cs-home-language-other = Vilket annat språk?

## 2. Hur krävande vården är (0–3 per område)

cs-care-need = Hur krävande vården är
cs-care-need-help = Jämför barnets behov av hjälp och tillsyn med ett friskt barn i samma ålder. Välj för varje område det alternativ som beskriver en vanlig vardag under de senaste månaderna. Ni kan skriva ett kort exempel på vilken hjälp barnet behöver.
cs-need-0 = Inte mer än ett barn i samma ålder
cs-need-1 = Något mer hjälp eller handledning
cs-need-2 = Mycket hjälp varje dag
cs-need-3 = Full hjälp eller ständig tillsyn
cs-need-example = Exempel från vardagen
cs-need-moving = Att röra sig och byta ställning
cs-need-moving-help = Till exempel att gå, förflyttningar, vändning i sängen och trappor.
cs-need-eating = Att äta och dricka
cs-need-eating-help = Till exempel matning, mosad mat, specialdiet och svårigheter att svälja.
cs-need-dressing = Att klä sig
cs-need-dressing-help = Till exempel att klä på och av sig samt att sätta på stöd eller ortoser.
cs-need-washing = Att tvätta sig och hygien
cs-need-washing-help = Till exempel dusch, tandborstning och hudvård.
cs-need-toileting = Toalettbesök
cs-need-toileting-help = Till exempel blöjor, kateterisering och hjälp på toaletten.
cs-need-procedures = Mediciner och vårdåtgärder
cs-need-procedures-help = Till exempel att ge mediciner, sondmatning, slemsugning, uppföljning av blodsocker och rehabiliterande övningar hemma.
cs-need-communication = Samspel och kommunikation
cs-need-communication-help = Till exempel stödtecken, bilder och tecken samt att tolka barnets behov.
cs-need-behaviour = Beteende och tillsyn
cs-need-behaviour-help = Till exempel tillsyn för barnets säkerhet, starka känsloreaktioner och beteende som skadar barnet självt eller andra.
cs-need-sleep = Sömn och insomning
cs-need-sleep-help = Till exempel stöd vid insomning, sömnrytm och oro. Vård på natten frågas i nästa del.
cs-need-outside = Att ta sig fram utanför hemmet
cs-need-outside-help = Till exempel resor till daghemmet eller skolan, ärenden, fritidsintressen och mottagningsbesök.

## 3. Hur bindande vården är (poäng 0–15)

cs-binding = Hur bindande vården är
cs-binding-help = Hur mycket binder vården av barnet er under dagen och natten? Om det finns två närståendevårdare, svara utifrån den som vårdar barnet mest och berätta om skillnaderna i slutet av denna del.
cs-night-care = Hur ofta behöver barnet vård eller tillsyn på natten?
cs-night-care-none = Vanligtvis inte alls
cs-night-care-weekly = 1–2 nätter i veckan
cs-night-care-most-nights = De flesta nätter
cs-night-care-several-times = Flera gånger per natt nästan varje natt
cs-left-alone = Kan barnet lämnas ensamt en stund?
cs-left-alone-help = Jämför med ett barn i samma ålder. Till exempel en stund i ett annat rum eller ett besök vid postlådan.
cs-left-alone-like-peers = Ja, lika länge som ett barn i samma ålder
cs-left-alone-short-while = Ja, men bara en kort stund, under en timme
cs-left-alone-few-minutes = Bara några minuter
cs-left-alone-never = Inte alls: en vuxen måste hela tiden finnas nära
cs-care-hours = Hur många timmar per dygn ger ni barnet direkt vård eller handledning?
cs-care-hours-help = Räkna bara den vård och handledning som ett barn i samma ålder inte skulle behöva. Tid i daghemmet eller skolan räknas inte.
cs-care-hours-under-1 = Under en timme
cs-care-hours-1-2 = 1–2 timmar
cs-care-hours-3-4 = 3–4 timmar
cs-care-hours-5-7 = 5–7 timmar
cs-care-hours-8-more = 8 timmar eller mer
cs-round-the-clock = Är närståendevårdaren bunden vid vården dygnet runt eller fortgående varje dag?
cs-round-the-clock-help = Antalet lagstadgade lediga dygn beror på detta: närståendevårdaren har rätt till minst tre lediga dygn i månaden om hen är bunden vid vården dygnet runt eller fortgående varje dag, annars till minst två.
cs-round-the-clock-breaks = Är närståendevårdaren bunden vid vården dygnet runt eller fortgående varje dag, utan avbrott eller med endast korta avbrott?
cs-round-the-clock-breaks-help = Antalet lediga dygn beror på detta. Om vården binder på detta sätt har närståendevårdaren rätt till minst tre lediga dygn i månaden, annars till minst två. Vården kan binda på detta sätt även om barnet regelbundet tillbringar en mindre del av dygnet inom småbarnspedagogiken, i skolan, i terapi eller i rehabilitering.
cs-hours-elsewhere = Hur många timmar är barnet borta hemifrån en vanlig vardag?
cs-hours-elsewhere-help = Till exempel inom småbarnspedagogiken, i skolan, i eftermiddagsverksamhet, i terapi eller i rehabilitering. Ange den genomsnittliga tiden. Om barnet alltid är hemma, svara 0.
cs-unit-hours = timmar
cs-days-elsewhere = Hur många dagar i månaden vårdas barnet någon annanstans?
cs-days-elsewhere-help = Till exempel kortvarig vård, familjevård eller vård på en institution. Räkna dygnen under en vanlig månad. Om barnet inte vårdas någon annanstans, svara 0.
cs-unit-days = dagar
cs-work-effect = Hur påverkar vården av barnet närståendevårdarens arbete eller studier?
cs-work-effect-help = Om närståendevårdaren inte arbetar nu, bedöm hur vården skulle påverka möjligheten att arbeta eller studera.
cs-work-effect-none = Påverkar inte
cs-work-effect-arrangements = Kräver flexibilitet, till exempel ändrade arbetstider eller distansarbete
cs-work-effect-reduced = Arbetstiden har förkortats
cs-work-effect-much-reduced = Arbetet lyckas bara i liten omfattning eller med upprepad frånvaro
cs-work-effect-cannot-work = Det går inte att arbeta eller studera på grund av vården
cs-binding-notes = Vill ni berätta något mer om hur bindande vården är?

## 4. Närståendevårdarens hälsa och ork

cs-carer = Närståendevårdarens hälsa och ork
cs-carer-help = Närståendevårdarens hälsa och funktionsförmåga ska motsvara de krav som vården ställer. Svaren hjälper oss att hitta stöd som hjälper er att orka.
cs-carer-health = Hur mår ni till hälsan just nu?
cs-carer-coping = Hur orkar ni i vardagen just nu?
cs-rating-1 = Mycket dåligt
cs-rating-2 = Ganska dåligt
cs-rating-3 = Måttligt
cs-rating-4 = Ganska bra
cs-rating-5 = Mycket bra
cs-carer-limitations = Har ni sjukdomar eller begränsningar som gör det svårare att vårda barnet?
cs-carer-limitations-help = Till exempel ryggbesvär som hindrar lyft. Berätta bara om det som har betydelse för vården.
cs-carer-willing = Är ni beredda att ansvara för vården av barnet som närståendevårdare med hjälp av behövliga tjänster?
cs-carer-willing-help = Det är frivilligt att bli närståendevårdare.
cs-carer-support-wishes = Vad skulle hjälpa er att orka?

## 5. Förhållandena i hemmet

cs-home = Förhållandena i hemmet
cs-home-help = Lämpar sig hemmet för vården av barnet? Tänk till exempel på att ta sig in och ut, utrymmen för att tvätta sig och plats för hjälpmedel.
cs-home-problems = Finns det hinder eller brister i hemmet som gör vården svårare?
cs-home-problems-details = Vilka hinder eller brister?
cs-aids-in-use = Vilka hjälpmedel använder barnet?
cs-aids-in-use-help = Välj alla som passar. Om barnet inte har några hjälpmedel, lämna punkten tom.
cs-aids-mobility = Hjälpmedel för förflyttning, till exempel rullstol eller rollator
cs-aids-lifting = Lyft- och förflyttningshjälpmedel
cs-aids-hygiene = Hjälpmedel för att tvätta sig och för toalettbesök
cs-aids-bed = Vårdsäng eller specialmadrass
cs-aids-feeding = Hjälpmedel för matning, till exempel nutritionspump
cs-aids-breathing = Hjälpmedel för andning, till exempel sugapparat eller syrgaskoncentrator
cs-aids-communication = Kommunikationshjälpmedel
cs-aids-safety = Hjälpmedel för säkerheten, till exempel larm eller grindar
cs-aids-other = Andra hjälpmedel
cs-aids-needed = Behövs nya hjälpmedel eller ändringsarbeten i hemmet?
cs-home-verdict = Arbetstagarens bedömning av om hemmet lämpar sig för vården
cs-home-verdict-suitable = Hemmet lämpar sig för vården
cs-home-verdict-with-changes = Hemmet lämpar sig för vården när hjälpmedel eller ändringsarbeten har ordnats
cs-home-verdict-not-suitable = Hemmet lämpar sig inte för vården

## 6. Annan service

cs-services = Annan service
cs-services-help = Vilken service får barnet och familjen redan? Närståendevården och den övriga servicen ska tillsammans räcka till för barnets välbefinnande, hälsa och säkerhet.
cs-services-used = Vilken service har barnet eller familjen nu?
cs-services-daycare-school = Småbarnspedagogik eller skola
cs-services-assistant = Assistent inom småbarnspedagogiken eller i skolan
cs-services-afternoon-care = Morgon- eller eftermiddagsverksamhet
cs-services-short-term-care = Kortvarig vård utanför hemmet
cs-services-home-help = Hemservice för barnfamiljer
cs-services-personal-assistance = Personlig assistans
cs-services-therapies = Terapier, till exempel fysio-, ergo- eller talterapi
cs-services-home-nursing = Hemsjukvård
cs-services-family-work = Familjearbete
cs-services-transport = Färdtjänst
cs-services-ngo = Organisationers verksamhet eller kamratstöd
cs-services-other = Annan service
cs-services-other-what = Vilken annan service?
cs-services-sufficient = Räcker närståendevården och den nuvarande servicen tillsammans till för barnets välbefinnande, hälsa och säkerhet?
cs-services-sufficient-help = Detta är familjens egen syn. Arbetstagaren bedömer saken också i sammanfattningen.
cs-sufficient-yes = De räcker till
cs-sufficient-partly = De räcker delvis
cs-sufficient-no = De räcker inte till
cs-sufficient-cannot-say = Vet inte
cs-services-missing = Vad saknas eller vad borde ändras?

## 7. Barnet och syskonen

cs-child = Barnet och syskonen
cs-child-help = Barnets åsikt utreds på ett sätt som passar barnets ålder och utvecklingsnivå. Barnets bästa står i centrum för bedömningen.
cs-child-view-obtained = Hur utreddes barnets egen syn?
cs-child-view-in-words = Barnet berättade själv
cs-child-view-with-support = Barnet berättade med hjälp av bilder, tecken eller annat stöd
cs-child-view-observed = Synen bedömdes genom att observera barnet
cs-child-view-not-obtained = Synen kunde inte utredas
cs-child-view = Barnets egen syn
cs-child-view-help = Vad tycker barnet om sin vardag, sin vård och om vem som vårdar barnet? Anteckna gärna barnets egna uttryck.
cs-child-view-reason = Varför kunde barnets syn inte utredas?
cs-siblings-situation = Syskonens situation
cs-siblings-situation-help = Hur påverkar vården av barnet syskonen? Får de tillräckligt med tid och uppmärksamhet?
cs-environment-views = Iakttagelser från barnets andra vardagsmiljöer
cs-environment-views-help = Iakttagelser från småbarnspedagogiken, skolan, terapin eller någon annan vardagsmiljö om barnets behov av hjälp och tillsyn. Uppgifterna samlas in med vårdnadshavarens samtycke.
cs-environment-setting = Miljö
cs-environment-early-education = Småbarnspedagogik
cs-environment-school = Skola
cs-environment-afternoon-care = Morgon- eller eftermiddagsverksamhet
cs-environment-therapy = Terapi eller rehabilitering
cs-environment-respite = Kortvarig vård
cs-environment-other = Annan miljö
cs-environment-observation = Iakttagelser
cs-environment-observation-help = Vilken hjälp och tillsyn behöver barnet där jämfört med barn i samma ålder? Anteckna av vem och när uppgifterna har fåtts.
cs-best-interest = Arbetstagarens bedömning av barnets bästa
cs-best-interest-help = Hur tryggar närståendevården och den övriga servicen barnets bästa, uppväxt och utveckling?

## Familjens egen bedömning

cs-family-view = Familjens egen bedömning
cs-family-view-help = Hur mår er familj? Svaren hjälper oss att samtala om vad som stöder barnet och hela familjen.
cs-family-situation = Hur fungerar familjens vardag nu?
cs-family-situation-going-well = Bra
cs-family-situation-mostly-well = För det mesta bra
cs-family-situation-hard = Med svårighet
cs-family-situation-not-coping = Vi orkar inte längre så här
cs-family-strain = Vad hjälper er att orka, och vad belastar er?
cs-family-strain-help = Tänk på hela familjen: barnet, syskonen och de vuxna.
cs-family-hopes = Vad hoppas ni få av stödet för närståendevård?
cs-ngo-interest = Är ni intresserade av stöd från organisationer?
cs-ngo-interest-help = Organisationer stöder familjer där barnet behöver mycket vård. Välj alla som passar.
cs-ngo-interest-peer-group = Kamratstödsgrupp
cs-ngo-interest-siblings = Verksamhet för syskon
cs-ngo-interest-recreation = Semestrar och rekreation
cs-ngo-interest-advice = Rådgivning och handledning
cs-ngo-interest-not-now = Inte nu

## 8. Utkast till vård- och serviceplan

cs-plan = Utkast till vård- och serviceplan
cs-plan-help = Utifrån dessa uppgifter görs en vård- och serviceplan om stöd för närståendevård beviljas.
cs-leave-arrangement = Hur kunde närståendevårdarens lediga dygn ordnas?
cs-leave-arrangement-help = Välj alla alternativ som passar.
cs-leave-short-term-care = Kortvarig vård på en vårdplats
cs-leave-family-care = Familjevård
cs-leave-substitute-carer = Vikarierande vårdare i hemmet
cs-leave-service-voucher = Servicesedel
cs-leave-not-used = Vi tänker inte använda de lediga dygnen nu
cs-leave-undecided = Inte ännu känt
cs-leave-notes = Mer om hur de lediga dygnen ordnas
cs-support-services-needed = Vilka stödtjänster behöver familjen som stöd för närståendevården?
cs-support-services-needed-help = Till exempel hjälpmedel, transporter, hjälp i hemmet och organisationers verksamhet.
cs-plan-goals = Vilka mål ställs för närståendevården?
cs-plan-goals-help = Till exempel att barnets vardag hemma fungerar, att närståendevårdaren orkar och att syskonen mår bra.
cs-ngo-informed = Har familjen fått information om stöd som organisationer erbjuder?
cs-ngo-informed-help = Till exempel kamratstödsgrupper, semestrar och rådgivning.

## 9. Arbetstagarens sammanfattning

cs-summary = Arbetstagarens sammanfattning
cs-summary-help = Arbetstagaren fyller i denna del. Sammanfattningen bygger på hela bedömningen, inte enbart på poängen i blanketten.
cs-conditions-info = Förutsättningarna för stöd för närståendevård (lagen om stöd för närståendevård 3 §). Om någon förutsättning inte uppfylls finns det inga grunder för stödet, oberoende av poängen.
cs-cond-care-at-home = Behöver barnet på grund av nedsatt funktionsförmåga, sjukdom eller funktionsnedsättning mer vård eller annan omsorg hemma än ett friskt barn i samma ålder?
cs-cond-carer-willing = Är en vårdnadshavare eller någon annan som står barnet nära beredd att ansvara för vården med hjälp av behövliga tjänster?
cs-cond-carer-able = Motsvarar närståendevårdarens hälsa och funktionsförmåga de krav som närståendevården ställer?
cs-carer-conditions = Förutsättningarna som gäller närståendevårdaren, per sökande
cs-carer-conditions-help = En rad för varje vårdnadshavare eller annan närstående som ansöker om att bli närståendevårdare. Om någon rad har ”nej” uppfylls inte de förutsättningar som gäller närståendevårdaren.
cs-carer-conditions-carer = Sökande
cs-cond-row-willing = Är sökanden beredd att ansvara för vården av barnet med hjälp av behövliga tjänster?
cs-cond-row-able = Motsvarar sökandens hälsa och funktionsförmåga de krav som närståendevården ställer?
cs-cond-care-sufficient = Räcker närståendevården tillsammans med annan behövlig service till för barnets välbefinnande, hälsa och säkerhet?
cs-cond-home-suitable = Lämpar sig hemmet till sina sanitära och övriga förhållanden för den vård som ges där?
cs-cond-child-interest = Är det förenligt med barnets bästa att bevilja stödet?
cs-guidance-info = Blanketten räknar fram ett vägledande resultat av svaren i delarna 2 och 3: hur krävande vården är (0–30), hur bindande vården är (0–15) och summan av dem (0–45). Resultatet visas i sammanfattningen. Det är ett arbetsredskap och inget beslut.
cs-proposed-class = Arbetstagarens förslag
cs-proposed-no-support = Stöd för närståendevård föreslås inte
cs-proposed-class-1 = Vårdarvodesklass 1
cs-proposed-class-2 = Vårdarvodesklass 2
cs-proposed-class-3 = Vårdarvodesklass 3
cs-differs-from-guidance = Avviker förslaget från blankettens vägledande resultat?
cs-differs-from-guidance-help = Blankettens resultat är inte bindande. Om förslaget avviker från det, anteckna motiveringen.
cs-differs-justification = Motivering till avvikelsen
cs-heavy-transition = Är det fråga om en vårdmässigt tung övergångsperiod?
cs-heavy-transition-help = Till exempel när barnet kommer hem efter en lång sjukhusperiod. Under en vårdmässigt tung övergångsperiod är vårdarvodet minst dubbelt så stort som lagens minimibelopp.
cs-heavy-transition-work = Är närståendevårdaren under en vårdmässigt tung övergångsperiod kortvarigt förhindrad att utföra sitt arbete på grund av vården?
cs-heavy-transition-work-help = Lagen om stöd för närståendevård 5 §. En tung övergångsperiod är till exempel när barnet skrivs ut från sjukhus eller vård i livets slutskede. Om närståendevårdaren under en sådan period kortvarigt är förhindrad att förvärvsarbeta på grund av vården, är vårdarvodet under övergångsperioden minst dubbelt så stort som lagens minimibelopp.
cs-heavy-transition-until = Beräknat slutdatum för övergångsperioden
cs-reassessment-date = När bedöms situationen på nytt?
cs-reassessment-date-help = Situationen bedöms på nytt också alltid när barnets eller familjens situation förändras väsentligt.
cs-worker-summary = Sammanfattning och slutsatser
cs-worker-summary-help = Sammanfatta familjens situation, hur krävande och bindande vården är, om förutsättningarna uppfylls och motiveringen till förslaget.

## Bedömaren och deltagarna (visas i början av sammanfattningen)

cs-assessor-name = Bedömarens namn
cs-assessor-title = Bedömarens yrkesbeteckning
cs-assessor-title-help = Till exempel socialarbetare eller socialhandledare.
cs-assessor-unit = Enhet och välfärdsområde
cs-participants = Deltagare i intervjun
cs-participants-help = Ange i första hand var och ens roll, till exempel mamma, pappa, barnet och socialhandledare.

## Resultat (vägledande, aldrig beslut)

cs-score-demand = Hur krävande vården är (0–30)
cs-band-demand-like-peers = Enligt svaren ligger barnets hjälpbehov nära behovet hos ett barn i samma ålder.
cs-band-demand-moderate = Enligt svaren behöver barnet något mer hjälp än ett barn i samma ålder.
cs-band-demand-considerable = Enligt svaren behöver barnet klart mer hjälp än ett barn i samma ålder.
cs-band-demand-very-high = Enligt svaren behöver barnet mycket hjälp eller tillsyn i nästan allt i vardagen.
cs-score-binding = Hur bindande vården är (0–15)
cs-band-binding-slight = Enligt svaren binder vården bara lite mer än vården av ett barn i samma ålder.
cs-band-binding-partial = Enligt svaren binder vården en del av dygnet.
cs-band-binding-considerable = Enligt svaren binder vården betydligt, också på natten eller så att arbetet begränsas.
cs-band-binding-continuous = Enligt svaren binder vården nästan fortgående dygnet runt.
cs-score-guidance = Vägledande resultat (0–45)
cs-band-ordinary-parenting = Svaren tyder på att vården knappt avviker från vanligt föräldraskap. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-class-1 = Svaren tyder på vårdarvodesklass 1. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-class-2 = Svaren tyder på vårdarvodesklass 2. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-class-3 = Svaren tyder på vårdarvodesklass 3. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-fee-class-1 = Svaren tyder på vårdarvodesklass 1. Klassen är vägledande: välfärdsområdet bestämmer vårdarvodesklasserna och grunderna för dem. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-fee-class-2 = Svaren tyder på vårdarvodesklass 2. Klassen är vägledande: välfärdsområdet bestämmer vårdarvodesklasserna och grunderna för dem. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-fee-class-3 = Svaren tyder på vårdarvodesklass 3. Klassen är vägledande: välfärdsområdet bestämmer vårdarvodesklasserna och grunderna för dem. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.
cs-band-no-grounds = Alla förutsättningar i 3 § i lagen om stöd för närståendevård uppfylls inte, så svaren ger inga grunder för stöd för närståendevård, oberoende av poängen. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet utifrån en helhetsbedömning.

## Lediga dygn (lagen om stöd för närståendevård 4 §)

cs-score-leave-days = Lagstadgade lediga dygn (lagen om stöd för närståendevård 4 §)
cs-band-leave-two-days = Enligt svaren har närståendevårdaren rätt till minst två lediga dygn i månaden.
cs-band-leave-three-days = Enligt svaren är närståendevårdaren bunden vid vården dygnet runt eller fortgående varje dag och har rätt till minst tre lediga dygn i månaden.
cs-band-leave-check-county-criteria = Enligt svaren binder vården dygnet runt, men barnet vårdas regelbundet någon annanstans mer än vad detta välfärdsområdes kriterier räknar som en mindre del av dygnet. Enligt dessa kriterier räknas bindningen kanske inte som dygnet runt: kontrollera saken. Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet.
