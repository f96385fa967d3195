# Sektorsövergripande bedömning av servicebehovet för barn och familjer (forms/service-need.toml).
# Egen formulering; finlandssvenska termer. Lagar: socialvårdslagen 1301/2014,
# barnskyddslagen 417/2007.

sn-title = Sektorsövergripande bedömning av servicebehovet för barn och familjer
sn-description = En bedömning av servicebehovet enligt 36 § i socialvårdslagen, som i ett barnskyddsärende också är en utredning av barnskyddsbehovet enligt 26 § i barnskyddslagen. En yrkesutbildad person inom socialt arbete med barn eller inom barnskyddet ansvarar för bedömningen tillsammans med barnet, familjen och det sektorsövergripande nätverket.

## 0. Processen och tidsfristerna

sn-process = När ärendet inleddes och tidsfristerna
sn-process-help = De lagstadgade tidsfristerna räknas ut från datumen när lagen anger sådana. Den dag ärendet inleds räknas inte med. Lördagar, söndagar, helgdagar samt midsommarafton och julafton är inte vardagar.
sn-initiated-on = Ärendet inleddes
sn-initiated-on-help = Den dag ansökan, barnskyddsanmälan, begäran eller kontakten kom in.
sn-intake-channel = Hur inleddes ärendet?
sn-intake-channel-help = En barnskyddsanmälan, en begäran om bedömning av behovet av barnskydd och en ansökan i ett barnskyddsärende är barnskyddsärenden. I dem gäller tidsfristerna på sju vardagar och tre månader, liksom när barnet behöver särskilt stöd.
sn-intake-application = Ansökan
sn-intake-application-shl = Ansökan enligt socialvårdslagen
sn-intake-notification = Barnskyddsanmälan (25 § i barnskyddslagen)
sn-intake-assessment-request = Begäran om bedömning av behovet av barnskydd
sn-intake-cw-application = Ansökan i ett barnskyddsärende (26 § i barnskyddslagen)
sn-intake-contact = Kontakt med socialvården (35 § i socialvårdslagen)
sn-intake-other = På annat sätt
sn-intake-other-text = På vilket annat sätt?
sn-raised-by = Vem uttryckte oro?
sn-raised-by-help = Ange endast uppgift eller roll, inga namn.
sn-raised-by-guardian = Vårdnadshavare eller förälder
sn-raised-by-child = Barnet självt
sn-raised-by-relative = Släkting eller annan närstående
sn-raised-by-school = Skolan eller elevvården
sn-raised-by-early-education = Småbarnspedagogiken
sn-raised-by-health-care = Hälso- och sjukvården
sn-raised-by-police = Polisen
sn-raised-by-social-services = Annan tjänst inom socialvården
sn-raised-by-ngo = Organisation
sn-raised-by-other = Annan aktör
sn-urgency-assessed-on = Brådskandet bedömt
sn-urgency-assessed-on-help = Om barnet kan vara i brådskande behov av barnskydd bedöms omedelbart.
sn-urgent-measures = Behövdes brådskande barnskyddsåtgärder?
sn-special-support = Är barnet ett barn som behöver särskilt stöd?
sn-special-support-help = Ett barn vars uppväxtförhållanden äventyrar eller inte tryggar hälsan eller utvecklingen, eller som själv äventyrar sin hälsa eller utveckling genom sitt beteende.
sn-special-support-definition = Ett barn som behöver särskilt stöd (3 § 6 punkten i socialvårdslagen) är 1) ett barn vars uppväxtförhållanden äventyrar eller inte tryggar barnets hälsa eller utveckling, eller som genom sitt beteende äventyrar sin hälsa eller utveckling, och 2) ett barn som har särskilda svårigheter att söka och få de social- och hälsovårdstjänster barnet behöver på grund av en kognitiv eller psykisk funktionsnedsättning eller sjukdom, problematisk användning av rusmedel, flera samtidiga stödbehov eller någon annan liknande orsak (3 § 3 punkten).
sn-start-resolution = Avgörande om att inleda bedömningen
sn-start-resolution-help = Avgör om bedömningen inleds. Bedömningen görs inte om den är uppenbart onödig, till exempel när situationen nyss har bedömts (26 § 3 mom. i barnskyddslagen, 36 § 1 mom. i socialvårdslagen). I ett barnskyddsärende fattas avgörandet inom sju vardagar efter att ärendet inleddes.
sn-resolution-start = Bedömningen inleds
sn-resolution-not-needed = Bedömningen är uppenbart onödig
sn-not-needed-reason = Varför är bedömningen uppenbart onödig?
sn-decision-on = Avgörande om att inleda bedömningen fattat
sn-resolution-on = Datum för avgörandet
sn-informed-on = Barnet och vårdnadshavaren underrättade om att bedömningen inleds
sn-started-on = Bedömningen inledd
sn-completed-on = Bedömningen slutförd
sn-assessor-name = Bedömarens namn
sn-assessor-title = Bedömarens yrkesbeteckning
sn-assessor-title-help = Till exempel socialarbetare eller socialhandledare.
sn-assessor-unit = Enhet och välfärdsområde
sn-participants = Deltagare i bedömningen
sn-participants-help = Ange i första hand var och ens roll, till exempel barnet, mamma, socialarbetare och skolkurator.
sn-deadlines-note = I ett barnskyddsärende och när barnet behöver särskilt stöd ska avgörandet och underrättelsen till barnet och vårdnadshavaren ges inom sju vardagar efter att ärendet inleddes, bedömningen inledas senast den sjunde vardagen och slutföras inom tre månader. I andra ärenden anger lagen ingen sista dag. Tidsfristerna räknas ut från datumen, och överskridna tidsfrister markeras.
sn-deadlines-scope = I ett barnskyddsärende (barnskyddsanmälan, begäran om bedömning av behovet av barnskydd eller ansökan i ett barnskyddsärende) och när barnet behöver särskilt stöd ska avgörandet och underrättelsen till barnet och vårdnadshavaren ges inom sju vardagar efter att ärendet inleddes, bedömningen inledas senast den sjunde vardagen och slutföras inom tre månader (36 § i socialvårdslagen, 26 § i barnskyddslagen). I andra ärenden anger lagen ingen sista dag, och ingen sådan visas. Om bedömningen avgörs som uppenbart onödig gäller tidsfristerna för att inleda och slutföra den inte. Tidsfristerna räknas ut från datumen, och överskridna markeras. Den sista dagen efter tre månader visas som den räknats fram även när den infaller på en lördag, söndag, helgdag, midsommarafton eller julafton.

sn-deadline-decision = Avgörande om att inleda bedömningen (7 vardagar)
sn-deadline-informed = Underrättelse till barnet och vårdnadshavaren (7 vardagar)
sn-deadline-start = Bedömningen inleds (den 7:e vardagen)
sn-deadline-complete = Bedömningen slutförs (3 månader)
sn-deadline-met = Inom tidsfristen
sn-deadline-late = Gjort för sent
sn-deadline-open = Öppen
sn-deadline-overdue = Tidsfristen överskriden

## 1. Familjen och bakgrunden

sn-family = Familjen och bakgrunden
sn-family-help = Ange familjemedlemmarna enligt roll och åldersgrupp, inga namn.
sn-child-age = Barnets ålder
sn-unit-years = år
sn-household = Personer i samma hushåll
sn-household-help = En rad för varje person som bor med barnet.
sn-household-member = Relation till barnet
sn-member-mother = Mamma
sn-member-father = Pappa
sn-member-step-parent = Styvförälder
sn-member-sibling = Syskon
sn-member-grandparent = Mor- eller farförälder
sn-member-other-adult = Annan vuxen
sn-member-other-child = Annat barn
sn-member-other-guardian = Annan vårdnadshavare
sn-household-age-group = Åldersgrupp
sn-age-under-7 = Under 7 år
sn-age-7-12 = 7–12 år
sn-age-13-17 = 13–17 år
sn-age-adult = Vuxen
sn-household-guardian = Är personen barnets vårdnadshavare?
sn-guardian-elsewhere = Har barnet en vårdnadshavare som bor på annat håll?
sn-living = Barnets boende
sn-living-both-parents = Med båda föräldrarna
sn-living-alternating = Växelvis boende
sn-living-one-parent = Med den ena föräldern
sn-living-relatives = Hos släktingar eller närstående
sn-living-other = Annat arrangemang
sn-history = Tidigare klientrelation
sn-history-none = Ingen tidigare klientrelation
sn-history-family-services = Socialt arbete med familjer eller andra familjetjänster
sn-history-child-welfare = Barnskydd
sn-history-disability-services = Funktionshinderservice
sn-history-adult-services = Socialt arbete för vuxna
sn-history-notes = Mer om bakgrunden

## 1b. Familjens egen del

sn-family-own = Familjens egen del
sn-family-own-help = Här kan ni skriva med egna ord. Alla frågor är frivilliga.
sn-family-own-intro = I bedömningen av servicebehovet tar vi tillsammans reda på vilken hjälp barnet och familjen behöver. Arbetstagaren träffar barnet och föräldrarna. Arbetstagaren kan också be om uppgifter till exempel från skolan eller rådgivningen, när ni ger ert samtycke eller lagen tillåter det. Till sist skriver vi en sammanfattning, och ni får den.
sn-family-worries = Vad oroar er?
sn-family-going-well = Vad fungerar bra?
sn-family-hopes = Vilken hjälp önskar ni?
sn-family-close-people = Vem av era närstående kan hjälpa er?
sn-wish-to-talk-alone = Vill du prata med arbetstagaren i enrum?
sn-wish-to-talk-alone-help = Bara arbetstagaren ser svaret. Du behöver inte skriva här vad det gäller.

## 2. Barnets situation

sn-child = Barnets situation
sn-child-help = Bedöm varje område: 1 styrka, 2 ingen oro, 3 viss oro, 4 allvarlig oro. Anteckna alltid iakttagelserna när bedömningen är 3 eller 4.
sn-child-health = Hälsa och utveckling
sn-child-health-help = Fysisk hälsa, tillväxt, utvecklingsskeden, sömn och kost.
sn-child-learning = Småbarnspedagogik eller skola
sn-child-learning-help = Närvaro, lärande, ork och relationen till de vuxna.
sn-child-friends = Kamrater och fritid
sn-child-friends-help = Vänskapsrelationer, hobbyer och meningsfull sysselsättning.
sn-child-emotions = Känslor och beteende
sn-child-emotions-help = Humör, reglering av känslor, förändringar i beteendet och riskbeteende.
sn-child-safety = Trygghet
sn-child-safety-help = Är barnet tryggt hemma och utanför hemmet; våld, försummelse eller annan fara.
sn-level-1 = Styrka
sn-level-2 = Ingen oro
sn-level-3 = Viss oro
sn-level-4 = Allvarlig oro
sn-domain-notes = Iakttagelser och motiveringar
sn-source = Varifrån kommer uppgifterna?
sn-source-child = Från barnet
sn-source-guardian = Från vårdnadshavaren
sn-source-network = Från nätverket
sn-source-observed = Från arbetstagarens egna iakttagelser

## 3. Möte med barnet

sn-meeting = Möte med barnet och barnets åsikt
sn-meeting-help = Barnet träffas personligen och barnets synpunkter utreds med hänsyn till barnets ålder och utvecklingsnivå.
sn-child-met = Har barnet träffats personligen?
sn-meetings = Möten
sn-meeting-date = Datum
sn-meeting-place = Plats
sn-place-home = Hemmet
sn-place-office = Kontoret
sn-place-school = Skolan eller daghemmet
sn-place-remote = Distansmöte
sn-place-other = Annan plats
sn-meeting-alone = Träffades barnet på tu man hand?
sn-not-met-reason = Varför har barnet inte träffats?
sn-child-view-obtained = Fick man fram barnets egen syn?
sn-child-view-obtained-help = Om inte, anteckna orsaken.
sn-child-view = Barnets egen syn på sin situation
sn-child-view-help = Anteckna barnets tankar så långt som möjligt med barnets egna ord.
sn-child-view-missing-reason = Varför fick man inte fram barnets syn?

## 4. Föräldraskapet och vardagen

sn-parenting = Föräldraskapet och familjens vardag
sn-parenting-help = Samma skala: 1 styrka, 2 ingen oro, 3 viss oro, 4 allvarlig oro.
sn-parent-care = Grundläggande vård och omsorg
sn-parent-care-help = Mat, sömn, hygien, hälsovård och tillsyn.
sn-parent-interaction = Växelverkan med barnet
sn-parent-interaction-help = Värme, anknytning och lyhördhet för barnets behov.
sn-parent-boundaries = Gränser och rutiner
sn-parent-boundaries-help = Regler som passar barnets ålder, förutsägbar vardag och konsekvens.
sn-parent-coping = Föräldrarnas ork och hälsa
sn-parent-coping-help = Resurser, psykisk hälsa och sjukdomar som påverkar föräldraskapet.
sn-parent-substances = Användning av rusmedel
sn-parent-substances-help = Användning av alkohol, droger eller läkemedel som påverkar omsorgen om barnet.
sn-family-violence = Våld i familjen
sn-family-violence-help = Våld i nära relationer, hot om våld eller att barnet ser eller hör våld.
sn-family-finances = Utkomst
sn-family-finances-help = Om pengarna räcker, skulder och förmåner.
sn-family-housing = Boende
sn-family-housing-help = Bostadens lämplighet, trygghet och varaktighet.
sn-parenting-source = Varifrån kommer uppgifterna om föräldraskapet och vardagen?

## 5. Det sektorsövergripande nätverket

sn-network = Det sektorsövergripande nätverket (samarbetsparternas del)
sn-network-help = Samarbetsparternas egen bedömning och anvisningar till samarbetsparterna. Uppgifterna begärs med klientens samtycke eller med stöd av lag.
sn-guide-concern = Till samarbetsparterna, när oro väcks: ta upp oron med barnet och vårdnadshavaren, om det är möjligt med tanke på barnets trygghet. Anteckna vad du har sett, hur orolig du är och vad du redan har gjort. Om barnet är i omedelbar fara, ring nödnumret 112 eller socialjouren.
sn-guide-contact = Kontakt med socialvården (35 § i socialvårdslagen): när du i ditt arbete möter ett barn eller en familj som behöver stöd från socialvården, hänvisa dem att söka tjänster eller kontakta socialvården med deras samtycke. Utan samtycke tas kontakt om barnets bästa nödvändigtvis kräver det.
sn-guide-notification = Barnskyddsanmälan (25 § i barnskyddslagen): om du i ditt arbete får veta om ett barn vars behov av vård och omsorg, omständigheter som äventyrar utvecklingen eller eget beteende kräver att behovet av barnskydd utreds, gör en anmälan utan dröjsmål och trots sekretessbestämmelserna. Skyldigheten är personlig. Om du misstänker att barnet har utsatts för ett sexualbrott eller ett brott mot liv eller hälsa, gör också en anmälan till polisen.
sn-guide-consult = Konsultation med barnskyddet: du kan rådfråga en socialarbetare inom barnskyddet utan att nämna barnets eller familjens identitet. En konsultation ersätter inte en barnskyddsanmälan: när anmälningsskyldigheten uppfylls görs en anmälan.
sn-partners = Samarbetsparter
sn-partners-help = En rad för varje aktör. Ange aktören, inte den enskilda arbetstagarens namn.
sn-partner-agency = Aktör
sn-agency-child-health-clinic = Rådgivningen eller skolhälsovården
sn-agency-early-education = Småbarnspedagogiken
sn-agency-school = Skolan och elevvården
sn-agency-health-care = Hälso- och sjukvården
sn-agency-psychiatry = Barn- eller ungdomspsykiatrin
sn-agency-disability-services = Funktionshinderservice
sn-agency-social-services = Annan tjänst inom socialvården
sn-agency-ngo = Organisation
sn-agency-private-provider = Privat serviceproducent
sn-agency-police = Polisen
sn-agency-other = Annan aktör
sn-partner-agency-other = Vilken annan aktör?
sn-partner-basis = Grund för att få uppgifterna
sn-partner-basis-help = Samtycke eller en i lag föreskriven rätt att få uppgifter.
sn-basis-consent = Klientens samtycke
sn-basis-statutory = Med stöd av lag
sn-partner-concern-since = När väcktes oron?
sn-partner-observation = Aktörens iakttagelser
sn-partner-observation-help = Beskriv iakttagelserna som fakta: vad aktören har sett eller hört.
sn-partner-concern = Aktörens grad av oro
sn-partner-actions = Vad har aktören redan gjort?
sn-partner-actions-help = Till exempel samtal med barnet och vårdnadshavaren, eget stöd eller hänvisning till tjänster.
sn-partner-consulted = Har aktören konsulterat barnskyddet?
sn-partner-date = Datum

## 6. Tjänster

sn-services = Tjänster
sn-services-help = Nuvarande tjänster och föreslaget stöd.
sn-services-current = Nuvarande tjänster
sn-services-proposed-shl = Föreslagna tjänster enligt socialvårdslagen
sn-services-proposed-shl-help = Tjänster som kan ges utan en klientrelation inom barnskyddet.
sn-services-proposed-lsl = Föreslagna stödåtgärder inom öppenvården
sn-services-proposed-lsl-help = Endast om en klientrelation inom barnskyddet inleds.
sn-service-none = Inga tjänster
sn-service-family-work = Familjearbete
sn-service-home-services = Hemservice
sn-service-family-counselling = Uppfostrings- och familjerådgivning
sn-service-mental-health = Mentalvårdstjänster
sn-service-substance-services = Missbrukarvårdstjänster
sn-service-disability-services = Funktionshinderservice
sn-service-open-care = Barnskyddets öppenvård
sn-service-other = Annan tjänst
sn-service-support-person = Stödperson eller stödfamilj
sn-service-peer-group = Kamratstödsgrupp
sn-service-social-counselling = Socialhandledning
sn-service-intensified-family-work = Intensifierat familjearbete
sn-service-family-rehabilitation = Familjerehabilitering
sn-service-support-person-family = Stödperson eller stödfamilj som stödåtgärd inom barnskyddet
sn-service-financial-support = Ekonomiskt stöd
sn-service-open-care-placement = Placering som stödåtgärd inom öppenvården
sn-services-notes = Mer om tjänsterna

## 7. Klientens åsikt

sn-opinion = Klientens åsikt och syn på servicebehovet
sn-opinion-help = Anteckna barnets och varje vårdnadshavares åsikt för sig. Om åsikten inte kan utredas på grund av ett uppenbart hinder, anteckna hindret.
sn-child-opinion-given = Fick man fram barnets åsikt om servicebehovet?
sn-child-opinion = Barnets åsikt
sn-opinion-obstacle = Uppenbart hinder och orsaken till det
sn-guardian-opinions = Vårdnadshavarnas åsikter
sn-guardian-opinions-help = En rad för varje vårdnadshavare.
sn-opinion-guardian = Vårdnadshavare
sn-opinion-given = Fick man fram vårdnadshavarens åsikt?
sn-guardian-opinion = Vårdnadshavarens åsikt
sn-opinion-agrees = Håller vårdnadshavaren med om bedömningen?
sn-agrees-yes = Håller med
sn-agrees-partly = Håller delvis med
sn-agrees-no = Håller inte med

## 8. Slutsatser

sn-conclusions = Den yrkesutbildade personens slutsatser
sn-conclusions-help = Slutsatser om förutsättningarna för en klientrelation och om stödbehovet.
sn-summary = Sammanfattning av situationen och stödbehovet
sn-summary-help = Beskriv barnets och familjens situation, styrkor och oro samt stödbehovet.
sn-support-needs = Stödbehov (11 § i socialvårdslagen)
sn-support-needs-help = Välj de stödbehov som tjänsterna ordnas för. Ordningen följer 11 § i socialvårdslagen.
sn-need-everyday-life = Att klara av vardagen
sn-need-housing = Boende
sn-need-financial = Ekonomiskt stöd
sn-need-inclusion = Förebyggande av utslagning och främjande av delaktighet
sn-need-violence = Våld i nära relationer och i familjen eller annan illabehandling
sn-need-violence-maltreatment = Våld i nära relationer och inom familjen samt annat våld eller illabehandling
sn-need-crisis = Akuta krissituationer
sn-need-child-development = Barnets balanserade utveckling och välbefinnande
sn-need-health = Rusmedel, psykisk hälsa, sjukdom eller skada
sn-need-health-ageing = Problematisk användning av rusmedel, psykiska problem, annan sjukdom, skada eller åldrande
sn-need-functioning = Annat stödbehov som gäller den fysiska, psykiska, sociala eller kognitiva funktionsförmågan
sn-need-ageing = Stöd i samband med åldrande
sn-need-relatives = Stöd till anhöriga och närstående
sn-need-nature = Stödbehovets karaktär
sn-nature-temporary = Tillfälligt
sn-nature-recurring = Återkommande
sn-nature-long-term = Långvarigt
sn-outcome = Bedömningens resultat
sn-outcome-help = Resultatet är den yrkesutbildade personens slutsats; poäng och grad av oro är endast beslutsstöd.
sn-outcome-ends = Klientrelationen upphör
sn-outcome-continues-shl = Klientrelationen fortsätter enligt socialvårdslagen
sn-outcome-child-welfare = En klientrelation inom barnskyddet inleds
sn-outcome-referral = Hänvisning till annan tjänst
sn-lsl27 = Grund för att klientrelationen inom barnskyddet inleds (27 § i barnskyddslagen)
sn-lsl27-help = Välj alla grunder som uppfylls.
sn-lsl27-urgent = Brådskande åtgärder har vidtagits för barnet
sn-lsl27-support = Barnet har fått stödåtgärder inom barnskyddet innan bedömningen slutförts
sn-lsl27-endangered = Uppväxtförhållandena eller barnets eget beteende äventyrar hälsan eller utvecklingen, och barnet behöver barnskyddets tjänster
sn-referral-to = Till vilken tjänst hänvisades klienten?
sn-cw-investigation = Gjordes en utredning av barnskyddsbehovet i bedömningen (26 § i barnskyddslagen)?
sn-cw-investigation-help = Ja, om ärendet inleddes som ett barnskyddsärende eller om ett barnskyddsbehov framkom i bedömningen.

## 9. Egen kontaktperson

sn-designated = Egen kontaktperson
sn-designated-help = Arbetstagarens och klientens syn på behovet av en egen kontaktperson. För ett barn som behöver särskilt stöd är den egna kontaktpersonen en socialarbetare.
sn-designated-worker-view = Arbetstagarens syn på behovet av en egen kontaktperson
sn-designated-client-view = Klientens syn på behovet av en egen kontaktperson
sn-designated-needed = Behövs
sn-designated-has-one = Har redan utsetts
sn-designated-not-needed = Behövs inte
sn-designated-no-opinion = Ingen åsikt
sn-designated-role = Den egna kontaktpersonens yrkesbeteckning
sn-designated-role-special-help = För ett barn som behöver särskilt stöd är den egna kontaktpersonen en socialarbetare.
sn-role-social-worker = Socialarbetare
sn-role-social-counsellor = Socialhandledare
sn-role-other-professional = Annan yrkesutbildad person inom socialvården
sn-designated-name = Den egna kontaktpersonens namn
sn-designated-name-help = Arbetstagarens namn, om den egna kontaktpersonen redan har utsetts.

## 10. Distribution

sn-distribution = Delgivning
sn-copy-given = Har bedömningen delgetts klienten?
sn-copy-given-on = Delgiven
sn-copy-not-given-reason = Varför har bedömningen inte delgetts klienten?

## Poäng (beslutsstöd)

sn-concern-count = Områden som väcker oro
sn-band-mainly-strengths = Främst styrkor: högst ett område väcker oro.
sn-band-some-concern = Viss oro: två till fyra områden väcker oro.
sn-band-significant-concern = Betydande oro: minst fem områden väcker oro eller något område väcker allvarlig oro.
sn-band-red-flag = Betydande oro: barnets trygghet eller våld i familjen väcker oro. Bedöm barnets omedelbara trygghet och behovet av brådskande åtgärder.
sn-band-red-flag-serious = Röd flagga: allvarlig oro för barnets trygghet eller våld i familjen. Bedöm genast barnets omedelbara trygghet och behovet av brådskande åtgärder.

## Deadlines: when the law sets none, or the assessment was found unnecessary (arvio-forms deadlines.rs)
sn-deadline-none = Lagen anger ingen sista dag för detta ärende: bedömningen inleds utan obefogat dröjsmål (36 § i socialvårdslagen). Tidsfristerna på sju vardagar och tre månader gäller barnskyddsärenden och barn som behöver särskilt stöd.
sn-deadline-unknown = Tidsfristerna är bindande om ärendet är ett barnskyddsärende eller om barnet behöver särskilt stöd. När det är antecknat hur ärendet inleddes och om barnet behöver särskilt stöd visar blanketten om de gäller detta ärende.
sn-deadline-not-needed = Bedömningen avgjordes som uppenbart onödig (26 § i barnskyddslagen, 36 § i socialvårdslagen): tidsfristerna för att inleda och slutföra den gäller inte ärendet.
sn-deadline-nonworking = * Den sista dagen infaller på en lördag, söndag, helgdag, midsommarafton eller julafton. Den visas som den räknats fram: lagen flyttar den inte till följande vardag.
