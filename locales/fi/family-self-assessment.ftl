# Perheen arjen voimavarat – itsearvio (family-self-assessment), suomi.
#
# Every message id that forms/family-self-assessment.toml refers to, and no others.
# The family reads these texts, often on a phone: plain words, short sentences, the family
# addressed as "te". Wording is our own (no items copied from published questionnaires).
# No message takes variables; keep it so in sv and en too.

## Lomake

fsa-title = Perheen arjen voimavarat – itsearvio
fsa-description = Tällä lomakkeella perheenne arvioi omaa arkeaan ja voimavarojaan: mikä sujuu hyvin ja mikä huolestuttaa. Oikeita tai vääriä vastauksia ei ole. Lomaketta käytetään tehostetussa perhetyössä ja perhekuntoutuksessa. Käytte vastaukset läpi yhdessä työntekijän kanssa ja sovitte niiden pohjalta työskentelyn tavoitteet. Lomake täytetään työskentelyn alussa ja uudelleen ennen loppuneuvottelua.

## Perustiedot

fsa-background = Perustiedot
fsa-background-help = Muutama tieto siitä, kuka lomakkeen täyttää ja milloin.
fsa-filled-on = Täyttöpäivä
fsa-phase = Missä vaiheessa työskentely on?
fsa-phase-help = Valitkaa ”työskentelyn alussa”, kun täytätte lomakkeen ensimmäistä kertaa. Valitkaa ”ennen loppuneuvottelua”, kun katsotte taaksepäin ja arvioitte, miten työskentely on sujunut.
fsa-phase-start = Työskentelyn alussa
fsa-phase-review = Ennen loppuneuvottelua
fsa-respondents = Ketkä vastasivat?
fsa-respondents-parent = Vanhempi tai huoltaja
fsa-respondents-other-parent = Toinen vanhempi tai huoltaja
fsa-respondents-child = Lapsi tai nuori
fsa-respondents-other-adult = Joku muu perheen aikuinen
fsa-respondents-worker-helped = Työntekijä auttoi täyttämisessä
fsa-children-count = Montako lasta perheessänne on?
fsa-has-partner = Asuuko perheenne vanhempi yhdessä puolison tai kumppanin kanssa?
fsa-has-partner-help = Jos vastaatte kyllä, lomakkeessa on muutama kysymys parisuhteesta. Jos vastaatte ei, ne jäävät pois.

## Arviointiasteikko (1–5)

fsa-scale-1 = Iso huoli meille
fsa-scale-2 = Usein hankalaa
fsa-scale-3 = Välillä sujuu
fsa-scale-4 = Sujuu useimmiten
fsa-scale-5 = Selvästi vahvuutemme
fsa-scale-na = En osaa sanoa

## Yhteinen kysymys jokaisen osan lopussa

fsa-change = Mikä on se yksi asia, jonka haluaisimme tässä eniten muuttaa?

## Arjen rutiinit

fsa-routines = Arjen rutiinit
fsa-routines-help = Miten tavallinen päivä kotona sujuu? Valitkaa jokaiseen kohtaan vaihtoehto, joka kuvaa teitä parhaiten viime aikoina.
fsa-routines-mornings = Aamut ja lähteminen kouluun, päiväkotiin tai töihin
fsa-routines-meals = Säännölliset ateriat ja yhteiset ruokailut
fsa-routines-sleep = Nukkumaanmeno ja riittävä uni
fsa-routines-chores = Kotityöt, siivous ja pyykit

## Vanhemmuus

fsa-parenting = Vanhemmuus ja yhdessäolo lasten kanssa
fsa-parenting-help = Miten arki lasten kanssa sujuu? Jos lapsia on useampi ja tilanteet eroavat, voitte kertoa siitä tämän osan lopussa.
fsa-parenting-time-together = Yhteinen aika ja mukava tekeminen lasten kanssa
fsa-parenting-boundaries = Sääntöjen ja rajojen asettaminen
fsa-parenting-understanding = Lapsen tunteiden ja tarpeiden ymmärtäminen
fsa-parenting-conflicts = Riitojen selvittäminen ja sopiminen lasten kanssa

## Parisuhde

fsa-relationship = Vanhempien parisuhde
fsa-relationship-help = Nämä kysymykset koskevat teitä aikuisia pariskuntana. Jos ette halua vastata johonkin kohtaan, valitkaa ”En osaa sanoa”.
fsa-relationship-talk = Keskusteleminen ja toisen kuunteleminen
fsa-relationship-agree = Yhteiset linjat lasten kasvatuksessa
fsa-relationship-support = Toisen tukeminen arjessa

## Vanhempien jaksaminen

fsa-coping = Vanhempien jaksaminen ja terveys
fsa-coping-help = Miten te aikuiset voitte? Jos vastaajia on kaksi ja vointinne eroaa, voitte kertoa siitä tämän osan lopussa tai työntekijälle.
fsa-coping-energy = Voimat ja jaksaminen arjessa
fsa-coping-mood = Mieliala ja stressi
fsa-coping-health = Oma fyysinen terveys
fsa-coping-substances = Aikuisten alkoholin, lääkkeiden tai muiden päihteiden käyttö
fsa-coping-own-time = Oma aika, lepo ja harrastukset

## Lapset

fsa-children = Lasten hyvinvointi
fsa-children-help = Miten lapsillanne menee? Jos lapsia on useampi ja tilanteet eroavat, voitte kertoa siitä tämän osan lopussa.
fsa-children-mood = Lasten mieliala ja tunteet
fsa-children-school = Koulu, päiväkoti tai opiskelu
fsa-children-friends = Kaverit ja vapaa-aika
fsa-children-health = Lasten terveys, kasvu ja kehitys

## Tukiverkosto

fsa-network = Tukiverkosto
fsa-network-help = Ketkä auttavat teitä arjessa? Ajatelkaa sukulaisia, ystäviä, naapureita, järjestöjä ja palveluja.
fsa-network-people = Apu läheisiltä, kuten sukulaisilta, ystäviltä ja naapureilta
fsa-network-services = Apu palveluista, kuten neuvolasta, koulusta ja sosiaalipalveluista
fsa-network-contacts = Tärkeät tukijat
fsa-network-contacts-help = Lisätkää tärkeimmät ihmiset tai tahot, joilta saatte tukea (enintään 15). Nimiä ei tarvita: esimerkiksi ”isovanhemmat” tai ”koulukuraattori” riittää.
fsa-network-contacts-organisation = Kuka tai mikä taho
fsa-network-contacts-role = Miten hän tai se auttaa
fsa-network-contacts-contact = Yhteystieto
fsa-network-contacts-contact-help = Esimerkiksi puhelinnumero tai vastaanoton aukioloaika. Täyttäkää vain, jos siitä on apua.

## Talous ja asuminen

fsa-finances = Talous ja asuminen
fsa-finances-help = Miten rahat riittävät ja millainen koti teillä on?
fsa-finances-money = Rahojen riittäminen välttämättömiin menoihin
fsa-finances-housing = Asunto ja asuinalue

## Turvallisuus

fsa-safety = Turvallisuus
fsa-safety-help = Nämä kysymykset ovat henkilökohtaisia. Vastatkaa niin paljon kuin tuntuu hyvältä. Jos haluatte puhua jostain asiasta työntekijän kanssa kahden kesken, voitte kertoa sen tämän osan lopussa.
fsa-safety-home = Turvallinen olo kotona kaikille perheenjäsenille
fsa-safety-arguments = Riitojen ratkaiseminen ilman huutamista, uhkailua tai väkivaltaa
fsa-safety-outside = Turvallisuus kodin ulkopuolella, esimerkiksi koulumatkoilla ja netissä
fsa-safety-private = Haluaisin puhua jostain näistä asioista työntekijän kanssa kahden kesken.
fsa-safety-private-help = Jos vastaatte kyllä, työntekijä järjestää tilaisuuden jutella rauhassa. Teidän ei tarvitse kertoa tässä, mistä asiasta on kyse.

## Tavoitteet

fsa-goals = Tavoitteemme
fsa-goals-help = Kirjoittakaa omin sanoin enintään viisi asiaa, joiden haluatte muuttuvan työskentelyn aikana. Tavoitteet sovitaan yhdessä työntekijän kanssa.
fsa-goals-list = Tavoitteet
fsa-goals-list-help = Yksi rivi jokaista tavoitetta kohti. Loppuneuvottelua varten arvioitte samat tavoitteet uudelleen samassa järjestyksessä.
fsa-goal = Tavoite omin sanoin
fsa-goal-weight = Kuinka tärkeä tavoite on?
fsa-goal-weight-help = 1 = tärkeä, 2 = hyvin tärkeä, 3 = kaikkein tärkein. Jos jätätte kohdan tyhjäksi, tärkeydeksi tulee 1.
fsa-goal-start-level = Missä olemme nyt tämän tavoitteen kanssa?
fsa-goal-start-level-help = ”Juuri niin kuin tavoittelimme” tarkoittaa, että tavoite on saavutettu. Työskentelyn alussa ollaan yleensä vielä sen alapuolella.
fsa-goal-review-level = Miten tavoite on nyt toteutunut?
fsa-goal-review-level-help = Arvioikaa samalla asteikolla kuin työskentelyn alussa.

## Tavoitteiden saavuttamisen asteikko (−2…+2)

fsa-gas-minus-2 = Paljon huonommin kuin tavoittelimme
fsa-gas-minus-1 = Vähän huonommin kuin tavoittelimme
fsa-gas-0 = Juuri niin kuin tavoittelimme
fsa-gas-plus-1 = Vähän paremmin kuin tavoittelimme
fsa-gas-plus-2 = Paljon paremmin kuin tavoittelimme

## Lopuksi

fsa-other-thoughts = Muuta, mitä haluatte kertoa

## Arvioinnin tiedot (työntekijä täyttää)

fsa-record = Arvioinnin tiedot
fsa-record-help = Työntekijä täyttää tämän osan. Tiedot näkyvät yhteenvedon alussa, myös perheen omassa kappaleessa.
fsa-assessor-name = Arvioinnin tekijän nimi
fsa-assessor-title = Arvioinnin tekijän ammattinimike
fsa-assessor-title-help = Esimerkiksi sosiaalityöntekijä tai sosiaaliohjaaja.
fsa-assessor-unit = Yksikkö ja hyvinvointialue
fsa-participants = Arviointiin osallistuneet
fsa-participants-help = Kirjaa ensisijaisesti kunkin rooli, esimerkiksi äiti, isä, lapsi ja perhetyöntekijä.

## Tulosten tulkinta (ohjeellinen, ei päätös)

fsa-band-worry = Huolenaihe – tästä kannattaa puhua työntekijän kanssa ja miettiä yhdessä, millainen tuki auttaisi.
fsa-band-mixed = Vaihtelee – osa sujuu, osaan tarvitaan tukea. Miettikää, mikä jo auttaa ja mitä voisi lisätä.
fsa-band-strength = Vahvuus – tämä sujuu hyvin. Siitä voi saada voimaa ja ideoita muihinkin asioihin.
fsa-worry-items = Isoksi huoleksi merkityt kohdat
fsa-band-no-worry-items = Yhtään kohtaa ei merkitty isoksi huoleksi.
fsa-band-worry-items = Ainakin yksi kohta on merkitty isoksi huoleksi. Käykää nämä kohdat läpi työntekijän kanssa yksi kerrallaan.
