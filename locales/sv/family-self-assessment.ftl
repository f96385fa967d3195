# Familjens resurser i vardagen – självskattning (family-self-assessment), svenska.
#
# Every message id that forms/family-self-assessment.toml refers to, and no others.
# Finland-Swedish official terms (glossary in DOMAIN.md: intensifierat familjearbete,
# familjerehabilitering, slutförhandling, mål, resurser); the family is addressed as "ni".
# Plain words for reading on a phone; wording is our own. No message takes variables.

## Blanketten

fsa-title = Familjens resurser i vardagen – självskattning
fsa-description = Med den här blanketten bedömer er familj sin vardag och sina resurser: vad som fungerar bra och vad som oroar er. Det finns inga rätta eller fel svar. Blanketten används i intensifierat familjearbete och i familjerehabilitering. Ni går igenom svaren tillsammans med arbetstagaren och kommer utifrån dem överens om målen för arbetet. Blanketten fylls i när arbetet börjar och på nytt före slutförhandlingen.

## Grunduppgifter

fsa-background = Grunduppgifter
fsa-background-help = Några uppgifter om vem som fyller i blanketten och när.
fsa-filled-on = Datum då blanketten fylls i
fsa-phase = I vilket skede är arbetet?
fsa-phase-help = Välj ”i början av arbetet” när ni fyller i blanketten första gången. Välj ”före slutförhandlingen” när ni ser tillbaka och bedömer hur arbetet har gått.
fsa-phase-start = I början av arbetet
fsa-phase-review = Före slutförhandlingen
fsa-respondents = Vem har svarat?
fsa-respondents-parent = En förälder eller vårdnadshavare
fsa-respondents-other-parent = Den andra föräldern eller vårdnadshavaren
fsa-respondents-child = Ett barn eller en ung person
fsa-respondents-other-adult = En annan vuxen i familjen
fsa-respondents-worker-helped = Arbetstagaren hjälpte till att fylla i
fsa-children-count = Hur många barn finns det i er familj?
fsa-has-partner = Bor en förälder i er familj tillsammans med en make, maka eller sambo?
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
fsa-routines-help = Hur går en vanlig dag hemma? Välj för varje punkt det alternativ som bäst beskriver er den senaste tiden.
fsa-routines-mornings = Morgnarna och att komma i väg till skolan, daghemmet eller jobbet
fsa-routines-meals = Regelbundna måltider och att äta tillsammans
fsa-routines-sleep = Läggdags och tillräckligt med sömn
fsa-routines-chores = Hushållsarbete, städning och tvätt

## Föräldraskap

fsa-parenting = Föräldraskap och samvaro med barnen
fsa-parenting-help = Hur går vardagen med barnen? Om ni har flera barn och det är olika för dem kan ni berätta om det i slutet av den här delen.
fsa-parenting-time-together = Tid tillsammans och roliga saker att göra med barnen
fsa-parenting-boundaries = Att sätta regler och gränser
fsa-parenting-understanding = Att förstå barnets känslor och behov
fsa-parenting-conflicts = Att reda ut gräl och bli sams med barnen

## Parförhållandet

fsa-relationship = Föräldrarnas parförhållande
fsa-relationship-help = De här frågorna gäller er vuxna som par. Om ni inte vill svara på någon punkt kan ni välja ”Kan inte säga”.
fsa-relationship-talk = Att prata med och lyssna på varandra
fsa-relationship-agree = Att vara överens om barnens uppfostran
fsa-relationship-support = Att stödja varandra i vardagen

## Föräldrarnas ork

fsa-coping = Föräldrarnas ork och hälsa
fsa-coping-help = Hur mår ni vuxna? Om ni är två som svarar och ni mår olika kan ni berätta om det i slutet av den här delen eller för arbetstagaren.
fsa-coping-energy = Kraft och ork i vardagen
fsa-coping-mood = Sinnesstämning och stress
fsa-coping-health = Den egna fysiska hälsan
fsa-coping-substances = De vuxnas bruk av alkohol, läkemedel eller andra rusmedel
fsa-coping-own-time = Egen tid, vila och fritidsintressen

## Barnen

fsa-children = Barnens välbefinnande
fsa-children-help = Hur har era barn det? Om ni har flera barn och det är olika för dem kan ni berätta om det i slutet av den här delen.
fsa-children-mood = Barnens sinnesstämning och känslor
fsa-children-school = Skola, daghem eller studier
fsa-children-friends = Kompisar och fritid
fsa-children-health = Barnens hälsa, växande och utveckling

## Stödnätverk

fsa-network = Stödnätverk
fsa-network-help = Vem hjälper er i vardagen? Tänk på släktingar, vänner, grannar, organisationer och service.
fsa-network-people = Hjälp från närstående, till exempel släktingar, vänner och grannar
fsa-network-services = Hjälp från service, till exempel rådgivningen, skolan och socialvården
fsa-network-contacts = Viktiga stödpersoner
fsa-network-contacts-help = Lägg till de viktigaste personerna eller instanserna som ni får stöd av (högst 15). Namn behövs inte: till exempel ”mor- och farföräldrar” eller ”skolkurator” räcker.
fsa-network-contacts-organisation = Vem eller vilken instans
fsa-network-contacts-role = Hur de hjälper
fsa-network-contacts-contact = Hur man når dem
fsa-network-contacts-contact-help = Till exempel ett telefonnummer eller mottagningens öppettider. Fyll bara i om det är till hjälp.

## Ekonomi och boende

fsa-finances = Ekonomi och boende
fsa-finances-help = Räcker pengarna till och hurdant hem har ni?
fsa-finances-money = Att pengarna räcker till de nödvändiga utgifterna
fsa-finances-housing = Bostaden och bostadsområdet

## Trygghet

fsa-safety = Trygghet
fsa-safety-help = De här frågorna är personliga. Svara så mycket som känns bra. Om ni vill prata om något i enrum med arbetstagaren kan ni säga det i slutet av den här delen.
fsa-safety-home = Att alla i familjen känner sig trygga hemma
fsa-safety-arguments = Att lösa gräl utan att skrika, hota eller ta till våld
fsa-safety-outside = Trygghet utanför hemmet, till exempel på skolvägen och på nätet
fsa-safety-private = Jag vill gärna prata om något av det här i enrum med arbetstagaren.
fsa-safety-private-help = Om ni svarar ja ordnar arbetstagaren ett tillfälle att prata i lugn och ro. Ni behöver inte skriva här vad det gäller.

## Mål

fsa-goals = Våra mål
fsa-goals-help = Skriv med egna ord högst fem saker som ni vill ska förändras under arbetet. Ni kommer överens om målen tillsammans med arbetstagaren.
fsa-goals-list = Mål
fsa-goals-list-help = En rad för varje mål. Före slutförhandlingen bedömer ni samma mål på nytt, i samma ordning.
fsa-goal = Målet med egna ord
fsa-goal-weight = Hur viktigt är målet?
fsa-goal-weight-help = 1 = viktigt, 2 = mycket viktigt, 3 = allra viktigast. Om ni lämnar punkten tom räknas den som 1.
fsa-goal-start-level = Var står vi nu med det här målet?
fsa-goal-start-level-help = ”Precis enligt vårt mål” betyder att målet är nått. I början av arbetet ligger man oftast under det.
fsa-goal-review-level = Hur långt har vi kommit med målet nu?
fsa-goal-review-level-help = Bedöm med samma skala som i början av arbetet.

## Skalan för måluppfyllelse (−2…+2)

fsa-gas-minus-2 = Mycket sämre än vårt mål
fsa-gas-minus-1 = Lite sämre än vårt mål
fsa-gas-0 = Precis enligt vårt mål
fsa-gas-plus-1 = Lite bättre än vårt mål
fsa-gas-plus-2 = Mycket bättre än vårt mål

## Till sist

fsa-other-thoughts = Något annat ni vill berätta

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
