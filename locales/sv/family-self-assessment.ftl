# Familjens egen bedömning av vardagen och målen (family-self-assessment), svenska.
#
# Every message id that forms/family-self-assessment.toml and its archived versions
# (forms/family-self-assessment@1.0.0.toml, @1.1.0.toml) refer to, and no others. Never delete
# or rename an id an archived version uses; when a message's meaning changes, the newest form
# gets a new id (the old ones are at the end of this file).
# Finland-Swedish official terms (glossary in DOMAIN.md: intensifierat familjearbete,
# familjerehabilitering, slutmöte, arbetstagaren, socialhandledare, barnskydd, öppenvård,
# vård utom hemmet, välfärdsområde, sjukskötare, kamratstödsgrupp, distansmöte); no
# Sweden-Swedish terms. The family is addressed as "ni", a child as "du".
# Plain words for reading on a phone; wording is our own. No message takes variables.

## Blanketten

fsa-own-title = Familjens egen bedömning av vardagen och målen
fsa-own-description = Med den här blanketten berättar ni hur vardagen går: vad som fungerar bra och vad som oroar er. Det finns inga rätta eller fel svar. Blanketten används i intensifierat familjearbete och i familjerehabilitering. Ni går igenom svaren tillsammans med arbetstagaren och kommer överens om målen. Ett barn eller en ung person kan svara på sin egen del. Blanketten fylls i när arbetet börjar och på nytt före slutmötet.

## Grunduppgifter

fsa-background = Grunduppgifter
fsa-background-help = Några uppgifter om vem som fyller i blanketten och när.
fsa-filled-on = Datum då blanketten fylls i
fsa-phase = I vilket skede är arbetet?
fsa-phase-help = Välj ”i början av arbetet” när ni fyller i blanketten första gången. Välj ”före slutmötet” när ni ser tillbaka och bedömer hur arbetet har gått.
fsa-phase-start = I början av arbetet
fsa-phase-review = Före slutmötet
fsa-respondents = Vem har svarat?
fsa-respondents-parent = En förälder eller vårdnadshavare
fsa-respondents-other-parent = Den andra föräldern eller vårdnadshavaren
fsa-respondents-child = Ett barn eller en ung person
fsa-respondents-other-adult = En annan vuxen i familjen
fsa-respondents-worker-helped = Arbetstagaren hjälpte till att fylla i
fsa-children-count = Hur många barn finns det i er familj?
fsa-has-partner = Bor ni tillsammans med en make, maka eller sambo?
fsa-has-partner-help = Om ni svarar ja kommer det några frågor om parförhållandet. Om ni svarar nej hoppas de över.

## Skalan (1–5)

fsa-scale-1 = En stor oro för oss
fsa-scale-2 = Ofta svårt
fsa-scale-3 = Går bra ibland
fsa-scale-4 = Går bra för det mesta
fsa-scale-5 = Klart en styrka för oss
fsa-scale-na = Kan inte säga

## Samma fråga i slutet av varje del

fsa-change = Vad är det viktigaste vi skulle vilja ändra på här?

## Vardagens rutiner

fsa-routines = Vardagens rutiner
fsa-routines-help = Hur går en vanlig dag hemma? Välj för varje fråga det alternativ som bäst beskriver er den senaste tiden.
fsa-routines-mornings = Hur går morgnarna? Kommer alla i tid till skolan, daghemmet eller jobbet?
fsa-routines-meals = Äter ni regelbundet? Äter ni tillsammans?
fsa-routines-sleep = Hur går det vid läggdags? Får alla tillräckligt med sömn?
fsa-routines-chores = Hur går hushållsarbetet, städningen och tvätten?

## Föräldraskap

fsa-parenting = Föräldraskap och samvaro med barnen
fsa-parenting-help = Hur går vardagen med barnen? Om ni har flera barn och det är olika för dem kan ni berätta om det i slutet av den här delen.
fsa-parenting-time-together = Har ni tid tillsammans och gör roliga saker med barnen?
fsa-parenting-boundaries = Hur går det att sätta regler och gränser?
fsa-parenting-understanding = Förstår ni barnets känslor och behov?
fsa-parenting-conflicts = Hur reder ni ut gräl med barnen? Blir ni sams?

## Parförhållandet

fsa-relationship = Föräldrarnas parförhållande
fsa-relationship-help = De här frågorna gäller er vuxna som par. Om ni inte vill svara på någon punkt kan ni välja ”Kan inte säga”.
fsa-relationship-talk = Pratar ni med varandra? Lyssnar ni på varandra?
fsa-relationship-agree = Är ni överens om barnens uppfostran?
fsa-relationship-support = Stöder ni varandra i vardagen?

## Föräldrarnas ork

fsa-coping = Föräldrarnas ork och hälsa
fsa-coping-help = Hur mår ni vuxna? Om ni är två som svarar och ni mår olika kan ni berätta om det i slutet av den här delen eller för arbetstagaren.
fsa-coping-energy = Orkar ni med vardagen?
fsa-coping-mood = Hur är ert humör? Känner ni stress?
fsa-coping-health = Hur är er fysiska hälsa?
fsa-coping-substances = Har de vuxna sitt bruk av alkohol, läkemedel och andra rusmedel under kontroll?
fsa-coping-own-time = Har ni egen tid, vila och fritidsintressen?

## Barnen

fsa-children = Barnens välbefinnande
fsa-children-help = Hur har era barn det? Om ni har flera barn och det är olika för dem kan ni berätta om det i slutet av den här delen.
fsa-children-mood = Hur mår barnen?
fsa-children-school = Hur går det i skolan, på daghemmet eller i studierna?
fsa-children-friends = Har barnen kompisar och roligt på fritiden?
fsa-children-health = Hur är barnens hälsa, växande och utveckling?

## Stödnätverk

fsa-network = Stödnätverk
fsa-network-help = Vem hjälper er i vardagen? Tänk på släktingar, vänner, grannar, organisationer och service.
fsa-network-people = Får ni hjälp av närstående, till exempel släktingar, vänner och grannar?
fsa-network-services = Får ni hjälp av service, till exempel rådgivningen, skolan och socialvården?
fsa-network-contacts = Viktiga stödpersoner
fsa-network-contacts-help = Lägg till de viktigaste personerna eller instanserna som ni får stöd av (högst 15). Namn behövs inte: till exempel ”mor- och farföräldrar” eller ”skolkurator” räcker.
fsa-network-contacts-organisation = Vem eller vilken instans
fsa-network-contacts-role = Hur de hjälper
fsa-network-contacts-contact = Hur man når dem
fsa-network-contacts-contact-help = Till exempel ett telefonnummer eller mottagningens öppettider. Fyll bara i om det är till hjälp.

## Ekonomi och boende

fsa-finances = Ekonomi och boende
fsa-finances-help = Räcker pengarna till och hurdant hem har ni?
fsa-finances-money = Räcker pengarna till de nödvändiga utgifterna?
fsa-finances-housing = Är bostaden och bostadsområdet bra för er?

## Trygghet

fsa-safety = Trygghet
fsa-safety-help = De här frågorna är personliga. Svara så mycket som känns bra. Om ni vill prata om något i enrum med arbetstagaren kan ni säga det i slutet av den här delen.
fsa-safety-home = Känner sig alla i familjen trygga hemma?
fsa-safety-arguments = Löser ni gräl utan att skrika, hota eller ta till våld?
fsa-safety-outside = Känner ni er trygga utanför hemmet, till exempel på skolvägen och på nätet?
fsa-safety-private = Jag vill gärna prata om något av det här i enrum med arbetstagaren.
fsa-safety-private-help = Om ni svarar ja ordnar arbetstagaren ett tillfälle att prata i lugn och ro. Ni behöver inte skriva här vad det gäller. Svaret visas inte i familjens eget exemplar.

## Barnets egen del (ett barn eller en ung person svarar)

fsa-child-voice = Barnets eller den unga personens egen del
fsa-child-voice-help = Den här delen fyller barnet eller den unga personen i själv, ensam eller tillsammans med arbetstagaren. Du kan lämna vilken fråga som helst tom. Dina svar om hemmet och om du känner dig trygg ser bara arbetstagaren, inte dina föräldrar.
fsa-child-age = Hur gammal är du?
fsa-child-home = Hur har du det hemma?
fsa-child-school = Hur har du det i skolan eller på daghemmet?
fsa-child-friends = Hur har du det med kompisar?
fsa-child-safe = Känner du dig trygg?
fsa-child-trusted-adult = Finns det en vuxen som du kan prata med?
fsa-child-wish = Vad önskar du att skulle ändras?
fsa-child-tell-adults = Vad vill du att de vuxna ska veta?
fsa-child-tell-adults-help = Dina föräldrar och arbetstagaren ser det här svaret.
fsa-child-worker-only = Vill du berätta något bara för arbetstagaren?
fsa-child-only-worker-sees = Bara arbetstagaren ser det här svaret.
fsa-child-helper = Vem hjälpte dig att svara?
fsa-child-helper-alone = Jag svarade ensam
fsa-child-helper-worker = Arbetstagaren
fsa-child-helper-parent = Mamma, pappa eller en annan förälder
fsa-child-helper-other = Någon annan

## Barnets skalor (1–3)

fsa-child-scale-1 = Dåligt
fsa-child-scale-2 = Sådär
fsa-child-scale-3 = Bra
fsa-child-yes-1 = Nej
fsa-child-yes-2 = Ibland
fsa-child-yes-3 = Ja
fsa-child-na = Jag vill inte säga

## Mål

fsa-goals = Våra mål
fsa-goals-help = Skriv med egna ord högst fem saker som ni vill ska förändras under arbetet. Ni kommer överens om målen tillsammans med arbetstagaren.
fsa-goals-list = Mål
fsa-goals-list-help-levels = En rad för varje mål. När ni sätter ett mål kan ni skriva hur vardagen skulle se ut på varje nivå −2, −1, 0, +1 och +2. Nivå 0 är det ni siktar på. Före slutmötet bedömer ni samma mål på nytt, i samma ordning.
fsa-goal = Målet med egna ord
fsa-goal-describe-minus-2 = Hur är det på nivå −2?
fsa-goal-describe-minus-1 = Hur är det på nivå −1?
fsa-goal-describe-0 = Hur är det på nivå 0?
fsa-goal-describe-plus-1 = Hur är det på nivå +1?
fsa-goal-describe-plus-2 = Hur är det på nivå +2?
fsa-goal-weight = Hur viktigt är målet?
fsa-goal-weight-help = 1 = viktigt, 2 = mycket viktigt, 3 = allra viktigast. Om ni lämnar punkten tom räknas den som 1.
fsa-goal-start-level = Var står vi nu med det här målet?
fsa-goal-start-level-help-described = Välj den nivå vars beskrivning ligger närmast er vardag nu. ”Precis enligt vårt mål” (0) betyder att målet är nått. I början av arbetet ligger man oftast under det.
fsa-goal-review-level = Hur långt har vi kommit med målet nu?
fsa-goal-review-level-help-described = Läs beskrivningarna av nivåerna som ni skrev när ni satte målet, och välj den som ligger närmast er vardag nu. Skalan är densamma som i början av arbetet.

## Skalan för måluppfyllelse (−2…+2)

fsa-gas-minus-2 = Mycket sämre än vårt mål
fsa-gas-minus-1 = Lite sämre än vårt mål
fsa-gas-0 = Precis enligt vårt mål
fsa-gas-plus-1 = Lite bättre än vårt mål
fsa-gas-plus-2 = Mycket bättre än vårt mål

## Till sist

fsa-other-thoughts = Något annat ni vill berätta

## Att arbeta tillsammans (familjen svarar)

fsa-working-together = Att arbeta tillsammans
fsa-working-together-help = Arbetet går bäst när det passar er familj. Berätta hur arbetet känns för er.
fsa-motivation = Hur redo är vi att arbeta för förändringar?
fsa-motivation-help = Förändring kräver arbete. Svara ärligt, det finns inget rätt svar.
fsa-motivation-1 = Vi är inte redo ännu
fsa-motivation-2 = Lite redo
fsa-motivation-3 = Delvis redo
fsa-motivation-4 = Ganska redo
fsa-motivation-5 = Helt redo
fsa-meeting-wishes = Var och när passar mötena er bäst?
fsa-meeting-wishes-help = Till exempel hemma, på barnets daghem eller skola eller på verksamhetsstället, på vardagar under dagen eller på kvällen.
fsa-feedback-meetings-suited = Passade mötena er familj?
fsa-feedback-yes = Ja
fsa-feedback-partly = Delvis
fsa-feedback-no = Nej
fsa-parent-feedback = Er respons: vad hjälpte och vad borde göras annorlunda?
fsa-parent-feedback-help = Er respons hjälper oss att utveckla arbetet. Den påverkar inte den service ni får.

## Hur arbetet ordnas (arbetstagaren fyller i)

fsa-process = Hur arbetet ordnas
fsa-process-help = Arbetstagaren fyller i denna del. Uppgifterna visas inte i familjens eget exemplar.
fsa-service-basis = Service
fsa-service-basis-intensified = Intensifierat familjearbete
fsa-service-basis-intensive-team = Familjeintensivteamets arbete (som stöd för barnskyddets öppenvård)
fsa-service-basis-special-rehab = Familjerehabilitering för krävande särskilt stöd
fsa-service-basis-rehab = Annan familjerehabilitering
fsa-service-basis-other = Annat
fsa-child-welfare-client = Barnet är klient inom barnskyddet
fsa-child-welfare-client-help = Intensifierat familjearbete är en stödåtgärd inom barnskyddets öppenvård för barn i åldern 0–17 år och deras föräldrar.
fsa-decided-on = Beslut om servicen (datum)
fsa-decided-on-help = Beslutet fattas och servicen söks av den socialarbetare som ansvarar för barnets angelägenheter.
fsa-work-purpose = Syftet med arbetet
fsa-work-purpose-resources = Att stärka familjens resurser, delaktighet och styrkor
fsa-work-purpose-interaction = Att stärka samspelet mellan barn och förälder
fsa-work-purpose-parenting = Att stödja föräldern i föräldraskapet
fsa-work-purpose-child-development = Att trygga barnets uppväxt och utveckling
fsa-work-purpose-assess-need = Att kartlägga och bedöma familjens stödbehov och arbetssätt som stöder barnet
fsa-work-purpose-avoid-placement = Att förebygga placering utom hemmet
fsa-work-purpose-avoid-far-away = Att undvika service långt hemifrån
fsa-work-purpose-avoid-institution = Att förebygga behovet av anstaltsrehabilitering för barnet
fsa-work-purpose-return-home = Att bedöma och stödja barnets hemflyttning från vården utom hemmet
fsa-work-purpose-transition = Stöd vid flytt till eller från anstaltsrehabilitering
fsa-service-plan-on = Serviceplan och mål uppgjorda (datum)
fsa-service-plan-on-help = Serviceplanen görs upp tillsammans med familjen när arbetet börjar: stödbehov, mål och hur arbetet genomförs i praktiken.
fsa-planned-duration = Planerad längd
fsa-planned-duration-help = Intensifierat familjearbete pågår oftast högst ett år.
fsa-unit-months = månader
fsa-meeting-frequency = Överenskomna möten
fsa-meeting-frequency-once = En gång i veckan
fsa-meeting-frequency-twice = Två gånger i veckan
fsa-meeting-frequency-three = Tre gånger i veckan
fsa-meeting-frequency-more = Oftare än tre gånger i veckan
fsa-meeting-frequency-less = Mer sällan än en gång i veckan
fsa-meeting-length = Mötets längd
fsa-meeting-length-short = Under 1,5 timmar
fsa-meeting-length-usual = Cirka 1,5–2 timmar
fsa-meeting-length-long = Över 2 timmar
fsa-meeting-length-varies = Varierar
fsa-intensity-as-needed = Hur har stödets omfattning och intensitet anpassats till familjens behov?
fsa-intensity-as-needed-help = Till exempel en intensivare period i början eller i en kris, glesare möten mot slutet.
fsa-meeting-places = Var mötena hålls
fsa-meeting-places-help = Arbetet sker främst i familjens hem; på andra ställen enligt överenskommelse.
fsa-meeting-places-home = I familjens hem
fsa-meeting-places-day-care = På barnets daghem
fsa-meeting-places-school = I barnets skola
fsa-meeting-places-office = På verksamhetsstället
fsa-meeting-places-placement = På barnets vårdplats inom vården utom hemmet
fsa-meeting-places-rehab-unit = På rehabiliteringsenheten
fsa-meeting-places-remote = Distansmöte
fsa-meeting-places-other = På annat ställe
fsa-working-hours = Mötestider
fsa-working-hours-daytime = Vardagar under dagen
fsa-working-hours-evening = Vardagskvällar (senast kl. 20)
fsa-working-hours-weekend = Ibland under veckoslut
fsa-worker-pair = Arbetspar
fsa-worker-pair-counsellors = Två socialhandledare
fsa-worker-pair-other-professional = En socialhandledare och en annan yrkesperson som arbetar med familjen
fsa-worker-pair-one = En arbetstagare
fsa-worker-pair-other = Annat
fsa-team-professions = Multiprofessionell arbetsgrupp
fsa-team-professions-help = Vilka yrkespersoner arbetar med familjen eller stöder arbetet.
fsa-team-social-worker = Socialarbetare
fsa-team-social-counsellor = Socialhandledare
fsa-team-family-worker = Familjearbetare
fsa-team-psychologist = Psykolog
fsa-team-family-therapist = Familjeterapeut
fsa-team-nurse = Sjukskötare eller psykiatrisk sjukskötare
fsa-team-doctor = Läkare
fsa-team-therapist = Rehabiliteringsterapeut (till exempel ergoterapeut eller talterapeut)
fsa-team-teacher = Lärare eller speciallärare
fsa-team-other = Annan
fsa-peer-group = Familjen deltar i en kamratstödsgrupp
fsa-return-home = I arbetet bedöms barnets hemflyttning från vården utom hemmet
fsa-return-home-help = Socialarbetarens mål är att bedöma om barnet kan flytta hem. Familjens livssituation kartläggs, och föräldrarna och barnen träffas både tillsammans och var för sig.
fsa-return-home-meetings = Möten i bedömningen av hemflyttningen
fsa-return-home-meetings-together = Föräldrar och barn tillsammans
fsa-return-home-meetings-parents = Föräldrarna var för sig
fsa-return-home-meetings-children = Barnen var för sig
fsa-schooling = Barnets skolgång under familjerehabiliteringen
fsa-schooling-help = Barnets eller den unga personens skolgång tryggas under hela familjerehabiliteringen.
fsa-schooling-own = I den egna skolan
fsa-schooling-unit = I rehabiliteringsenhetens eller sjukhusets skola
fsa-schooling-remote = Distansundervisning
fsa-schooling-other = På annat sätt
fsa-schooling-not-relevant = Gäller inte (barnet är inte i skolåldern)
fsa-schooling-notes = Hur skolgången är ordnad och med vem det har avtalats
fsa-institutional-transition = Flytt till eller från anstaltsrehabilitering
fsa-institutional-transition-help = Familjerehabiliteringen kan stödja familjen när barnet eller den unga personen flyttar till anstaltsrehabilitering eller därifrån hem.
fsa-institutional-transition-into = Barnet flyttar till anstaltsrehabilitering
fsa-institutional-transition-out = Barnet flyttar hem från anstaltsrehabilitering
fsa-institutional-transition-none = Ingen flytt
fsa-documented-with-family = Anteckningarna görs tillsammans med familjen
fsa-documented-with-family-help = Anteckningarna om hur arbetet framskrider görs med familjen; de syns i klientportalen om familjen använder den.
fsa-documented-with-child = Barnet är med när anteckningarna görs
fsa-final-meeting-on = Datum för slutmötet
fsa-work-summary = Sammanfattning av arbetet (slutmöte)
fsa-next-steps = Familjens plan för fortsättningen
fsa-next-steps-help = Efter arbetet: det stöd, den service och de ansvarspersoner som man kom överens om vid slutmötet.

## Uppgifter om bedömningen (arbetstagaren fyller i)

fsa-record = Uppgifter om bedömningen
fsa-record-help = Arbetstagaren fyller i denna del. Uppgifterna visas i början av sammanfattningen, också i familjens eget exemplar.
fsa-assessor-name = Bedömarens namn
fsa-assessor-title = Bedömarens yrkesbeteckning
fsa-assessor-title-help = Till exempel socialarbetare eller socialhandledare.
fsa-assessor-unit = Enhet och välfärdsområde
fsa-participants = Deltagare i bedömningen
fsa-participants-help = Ange i första hand var och ens roll, till exempel mamma, pappa, barnet och familjearbetare.

## Tolkning av resultaten (vägledande, inget beslut)

fsa-band-worry = Oro – det här är värt att ta upp med arbetstagaren och fundera tillsammans på vilket stöd som skulle hjälpa.
fsa-band-mixed = Blandat – en del fungerar, en del behöver stöd. Fundera på vad som redan hjälper och vad som kunde läggas till.
fsa-band-strength = Styrka – det här fungerar bra. Det kan ge kraft och idéer också för annat.
fsa-worry-items = Punkter som markerats som en stor oro
fsa-band-no-worry-items = Ingen punkt har markerats som en stor oro.
fsa-band-worry-items = Minst en punkt har markerats som en stor oro. Gå igenom de punkterna med arbetstagaren en i taget.

## Används bara av de arkiverade versionerna (1.0.0, 1.1.0)

fsa-title = Familjens resurser i vardagen – självskattning
fsa-description = Med den här blanketten bedömer er familj sin vardag och sina resurser: vad som fungerar bra och vad som oroar er. Det finns inga rätta eller fel svar. Blanketten används i intensifierat familjearbete och i familjerehabilitering. Ni går igenom svaren tillsammans med arbetstagaren och kommer utifrån dem överens om målen för arbetet. Blanketten fylls i när arbetet börjar och på nytt före slutmötet.
fsa-goals-list-help = En rad för varje mål. Före slutmötet bedömer ni samma mål på nytt, i samma ordning.
fsa-goal-start-level-help = ”Precis enligt vårt mål” betyder att målet är nått. I början av arbetet ligger man oftast under det.
fsa-goal-review-level-help = Bedöm med samma skala som i början av arbetet.
