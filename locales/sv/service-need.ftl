# Sektorsövergripande bedömning av servicebehovet för barn och familjer (forms/service-need.toml).
# Egen formulering; finlandssvenska termer. Lagar: socialvårdslagen 1301/2014,
# barnskyddslagen 417/2007.

sn-title = Sektorsövergripande bedömning av servicebehovet för barn och familjer
sn-description = En bedömning av servicebehovet enligt 36 § i socialvårdslagen, som i ett barnskyddsärende också är en utredning av barnskyddsbehovet enligt 26 § i barnskyddslagen. En yrkesutbildad person inom socialt arbete med barn eller inom barnskyddet ansvarar för bedömningen tillsammans med barnet, familjen och det sektorsövergripande nätverket.

## 0. Processen och tidsfristerna

sn-process = När ärendet inleddes och tidsfristerna
sn-process-help = De lagstadgade tidsfristerna räknas ut från datumen. Den dag ärendet inleds räknas inte med, och lördagar, söndagar och helgdagar är inte vardagar.
sn-initiated-on = Ärendet inleddes
sn-initiated-on-help = Den dag ansökan, barnskyddsanmälan eller kontakten kom in.
sn-intake-channel = Hur inleddes ärendet?
sn-intake-application = Ansökan
sn-intake-notification = Barnskyddsanmälan
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
sn-decision-on = Beslut om att inleda bedömningen fattat
sn-informed-on = Barnet och vårdnadshavaren underrättade om att bedömningen inleds
sn-started-on = Bedömningen inledd
sn-completed-on = Bedömningen slutförd
sn-assessor-name = Bedömarens namn
sn-assessor-title = Bedömarens yrkesbeteckning
sn-assessor-title-help = Till exempel socialarbetare eller socialhandledare.
sn-assessor-unit = Enhet och välfärdsområde
sn-participants = Deltagare i bedömningen
sn-participants-help = Ange i första hand var och ens roll, till exempel barnet, mamma, socialarbetare och skolkurator.
sn-deadlines-note = Beslutet och meddelandet till barnet och vårdnadshavaren ska ges inom sju vardagar efter att ärendet inleddes, bedömningen ska inledas senast den sjunde vardagen och slutföras inom tre månader. Tidsfristerna räknas ut från datumen, och överskridna tidsfrister markeras.

sn-deadline-decision = Beslut om att inleda bedömningen (7 vardagar)
sn-deadline-informed = Meddelande till barnet och vårdnadshavaren (7 vardagar)
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
sn-history-disability-services = Handikappservice
sn-history-adult-services = Socialt arbete för vuxna
sn-history-notes = Mer om bakgrunden

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
sn-place-remote = Distansförbindelse
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

sn-network = Det sektorsövergripande nätverket
sn-network-help = Samarbetsparternas iakttagelser. Uppgifterna begärs med klientens samtycke eller med stöd av lag.
sn-partners = Samarbetsparter
sn-partners-help = En rad för varje aktör. Ange aktören, inte den enskilda arbetstagarens namn.
sn-partner-agency = Aktör
sn-agency-child-health-clinic = Rådgivningen eller skolhälsovården
sn-agency-early-education = Småbarnspedagogiken
sn-agency-school = Skolan och elevvården
sn-agency-health-care = Hälso- och sjukvården
sn-agency-psychiatry = Barn- eller ungdomspsykiatrin
sn-agency-disability-services = Handikappservicen
sn-agency-ngo = Organisation
sn-agency-police = Polisen
sn-agency-other = Annan aktör
sn-partner-agency-other = Vilken annan aktör?
sn-partner-basis = Grund för att få uppgifterna
sn-partner-basis-help = Samtycke eller en i lag föreskriven rätt att få uppgifter.
sn-basis-consent = Klientens samtycke
sn-basis-statutory = Med stöd av lag
sn-partner-observation = Aktörens iakttagelser
sn-partner-concern = Aktörens grad av oro
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
sn-service-disability-services = Handikappservice
sn-service-open-care = Barnskyddets öppenvård
sn-service-other = Annan tjänst
sn-service-support-person = Stödperson eller stödfamilj
sn-service-peer-group = Kamratgrupp
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
sn-support-needs-help = Välj de stödbehov som tjänsterna ordnas för.
sn-need-housing = Boende
sn-need-financial = Ekonomiskt stöd
sn-need-inclusion = Förebyggande av utslagning och främjande av delaktighet
sn-need-violence = Våld i nära relationer och i familjen eller annan illabehandling
sn-need-crisis = Plötslig kris
sn-need-child-development = Barnets balanserade utveckling och välbefinnande
sn-need-health = Rusmedel, psykisk hälsa, sjukdom eller skada
sn-need-functioning = Stöd för funktionsförmågan
sn-need-ageing = Stöd i samband med åldrande
sn-need-relatives = Stöd för anhöriga och närstående
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

sn-distribution = Distribution
sn-copy-given = Har bedömningen getts till klienten?
sn-copy-given-on = Given
sn-copy-not-given-reason = Varför har bedömningen inte getts?

## Poäng (beslutsstöd)

sn-concern-count = Områden som väcker oro
sn-band-mainly-strengths = Främst styrkor: högst ett område väcker oro.
sn-band-some-concern = Viss oro: två till fyra områden väcker oro.
sn-band-significant-concern = Betydande oro: minst fem områden väcker oro eller något område väcker allvarlig oro.
sn-band-red-flag = Betydande oro: barnets trygghet eller våld i familjen väcker oro. Bedöm barnets omedelbara trygghet och behovet av brådskande åtgärder.
