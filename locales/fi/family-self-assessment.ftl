# Perheen oma arvio arjesta ja tavoitteista (family-self-assessment), suomi.
#
# Every message id that forms/family-self-assessment.toml and its archived versions
# (forms/family-self-assessment@1.0.0.toml, @1.1.0.toml) refer to, and no others. Never delete
# or rename an id an archived version uses; when a message's meaning changes, the newest form
# gets a new id (the old ones are at the end of this file).
# The family reads these texts, often on a phone: plain words (selkokieli where it fits), short
# questions, the family addressed as "te", a child as "sinä". For the family the final review
# meeting is "viimeinen yhteinen tapaaminen"; the worker's own texts say "loppuneuvottelu".
# Wording is our own (no items copied from published questionnaires). No message takes
# variables; keep it so in sv and en too.

## Lomake

fsa-own-title = Perheen oma arvio arjesta ja tavoitteista
fsa-own-description = Tällä lomakkeella kerrotte, miten arkenne sujuu: mikä menee hyvin ja mikä huolestuttaa. Oikeita tai vääriä vastauksia ei ole. Lomaketta käytetään tehostetussa perhetyössä ja perhekuntoutuksessa. Käytte vastaukset läpi yhdessä työntekijän kanssa ja sovitte tavoitteet. Lapsi tai nuori voi vastata omaan osaansa. Lomake täytetään työskentelyn alussa ja uudelleen ennen viimeistä yhteistä tapaamista.

## Perustiedot

fsa-background = Perustiedot
fsa-background-help = Muutama tieto siitä, kuka lomakkeen täyttää ja milloin.
fsa-filled-on = Täyttöpäivä
fsa-phase = Missä vaiheessa työskentely on?
fsa-phase-help = Valitkaa ”työskentelyn alussa”, kun täytätte lomakkeen ensimmäistä kertaa. Valitkaa ”ennen viimeistä yhteistä tapaamista”, kun katsotte taaksepäin ja arvioitte, miten työskentely on sujunut.
fsa-phase-start = Työskentelyn alussa
fsa-phase-review = Ennen viimeistä yhteistä tapaamista
fsa-respondents = Ketkä vastasivat?
fsa-respondents-parent = Vanhempi tai huoltaja
fsa-respondents-other-parent = Toinen vanhempi tai huoltaja
fsa-respondents-child = Lapsi tai nuori
fsa-respondents-other-adult = Joku muu perheen aikuinen
fsa-respondents-worker-helped = Työntekijä auttoi täyttämisessä
fsa-children-count = Montako lasta perheessänne on?
fsa-has-partner = Asutteko yhdessä puolison tai kumppanin kanssa?
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
fsa-routines-help = Miten tavallinen päivä kotona sujuu? Valitkaa jokaiseen kysymykseen vaihtoehto, joka kuvaa teitä parhaiten viime aikoina.
fsa-routines-mornings = Miten aamut sujuvat? Ehtivätkö kaikki ajoissa kouluun, päiväkotiin tai töihin?
fsa-routines-meals = Syöttekö säännöllisesti? Syöttekö yhdessä?
fsa-routines-sleep = Miten nukkumaanmeno sujuu? Saavatko kaikki tarpeeksi unta?
fsa-routines-chores = Miten kotityöt, siivous ja pyykit sujuvat?

## Vanhemmuus

fsa-parenting = Vanhemmuus ja yhdessäolo lasten kanssa
fsa-parenting-help = Miten arki lasten kanssa sujuu? Jos lapsia on useampi ja tilanteet eroavat, voitte kertoa siitä tämän osan lopussa.
fsa-parenting-time-together = Onko teillä yhteistä aikaa ja mukavaa tekemistä lasten kanssa?
fsa-parenting-boundaries = Miten sääntöjen ja rajojen asettaminen sujuu?
fsa-parenting-understanding = Ymmärrättekö lapsen tunteita ja tarpeita?
fsa-parenting-conflicts = Miten riidat lasten kanssa selviävät? Osaatteko sopia?

## Parisuhde

fsa-relationship = Vanhempien parisuhde
fsa-relationship-help = Nämä kysymykset koskevat teitä aikuisia pariskuntana. Jos ette halua vastata johonkin kohtaan, valitkaa ”En osaa sanoa”.
fsa-relationship-talk = Puhutteko toisillenne? Kuunteletteko toisianne?
fsa-relationship-agree = Oletteko samaa mieltä lasten kasvatuksesta?
fsa-relationship-support = Tuetteko toisianne arjessa?

## Vanhempien jaksaminen

fsa-coping = Vanhempien jaksaminen ja terveys
fsa-coping-help = Miten te aikuiset voitte? Jos vastaajia on kaksi ja vointinne eroaa, voitte kertoa siitä tämän osan lopussa tai työntekijälle.
fsa-coping-energy = Onko teillä voimia arkeen?
fsa-coping-mood = Millainen mieliala teillä on? Onko stressiä?
fsa-coping-health = Miten fyysinen terveytenne on?
fsa-coping-substances = Onko aikuisten alkoholin, lääkkeiden ja muiden päihteiden käyttö hallinnassa?
fsa-coping-own-time = Onko teillä omaa aikaa, lepoa ja harrastuksia?

## Lapset

fsa-children = Lasten hyvinvointi
fsa-children-help = Miten lapsillanne menee? Jos lapsia on useampi ja tilanteet eroavat, voitte kertoa siitä tämän osan lopussa.
fsa-children-mood = Miten lapset voivat? Millainen mieli heillä on?
fsa-children-school = Miten koulu, päiväkoti tai opiskelu sujuu?
fsa-children-friends = Onko lapsilla kavereita ja mukavaa tekemistä vapaa-ajalla?
fsa-children-health = Miten lasten terveys, kasvu ja kehitys sujuvat?

## Tukiverkosto

fsa-network = Tukiverkosto
fsa-network-help = Ketkä auttavat teitä arjessa? Ajatelkaa sukulaisia, ystäviä, naapureita, järjestöjä ja palveluja.
fsa-network-people = Saatteko apua läheisiltä, kuten sukulaisilta, ystäviltä ja naapureilta?
fsa-network-services = Saatteko apua palveluista, kuten neuvolasta, koulusta ja sosiaalipalveluista?
fsa-network-contacts = Tärkeät tukijat
fsa-network-contacts-help = Lisätkää tärkeimmät ihmiset tai tahot, joilta saatte tukea (enintään 15). Nimiä ei tarvita: esimerkiksi ”isovanhemmat” tai ”koulukuraattori” riittää.
fsa-network-contacts-organisation = Kuka tai mikä taho
fsa-network-contacts-role = Miten hän tai se auttaa
fsa-network-contacts-contact = Yhteystieto
fsa-network-contacts-contact-help = Esimerkiksi puhelinnumero tai vastaanoton aukioloaika. Täyttäkää vain, jos siitä on apua.

## Talous ja asuminen

fsa-finances = Talous ja asuminen
fsa-finances-help = Miten rahat riittävät ja millainen koti teillä on?
fsa-finances-money = Riittävätkö rahat välttämättömiin menoihin?
fsa-finances-housing = Onko asunto ja asuinalue teille hyvä?

## Turvallisuus

fsa-safety = Turvallisuus
fsa-safety-help = Nämä kysymykset ovat henkilökohtaisia. Vastatkaa niin paljon kuin tuntuu hyvältä. Jos haluatte puhua jostain asiasta työntekijän kanssa kahden kesken, voitte kertoa sen tämän osan lopussa.
fsa-safety-home = Onko kaikilla perheenjäsenillä turvallinen olo kotona?
fsa-safety-arguments = Ratkaisetteko riidat ilman huutamista, uhkailua tai väkivaltaa?
fsa-safety-outside = Onko olo turvallinen kodin ulkopuolella, esimerkiksi koulumatkoilla ja netissä?
fsa-safety-private = Haluaisin puhua jostain näistä asioista työntekijän kanssa kahden kesken.
fsa-safety-private-help = Jos vastaatte kyllä, työntekijä järjestää tilaisuuden jutella rauhassa. Teidän ei tarvitse kertoa tässä, mistä asiasta on kyse. Tämä vastaus ei näy perheen omassa kappaleessa.

## Lapsen oma osa (lapsi tai nuori vastaa)

fsa-child-voice = Lapsen tai nuoren oma osa
fsa-child-voice-help = Tämän osan täyttää lapsi tai nuori itse, yksin tai työntekijän kanssa. Voit jättää minkä tahansa kysymyksen tyhjäksi. Vastauksesi kodista ja turvallisuudesta näkee vain työntekijä, ei vanhempasi.
fsa-child-age = Kuinka vanha olet?
fsa-child-home = Miten sinulla menee kotona?
fsa-child-school = Miten sinulla menee koulussa tai päiväkodissa?
fsa-child-friends = Miten sinulla menee kavereiden kanssa?
fsa-child-safe = Onko sinulla turvallinen olo?
fsa-child-trusted-adult = Onko sinulla aikuinen, jolle voit puhua?
fsa-child-wish = Mitä toivoisit, että muuttuu?
fsa-child-tell-adults = Mitä haluaisit aikuisten tietävän?
fsa-child-tell-adults-help = Vanhempasi ja työntekijä näkevät tämän vastauksen.
fsa-child-worker-only = Haluatko kertoa jotain vain työntekijälle?
fsa-child-only-worker-sees = Vain työntekijä näkee tämän vastauksen.
fsa-child-helper = Kuka auttoi sinua vastaamaan?
fsa-child-helper-alone = Vastasin yksin
fsa-child-helper-worker = Työntekijä
fsa-child-helper-parent = Äiti, isä tai muu vanhempi
fsa-child-helper-other = Joku muu

## Lapsen asteikot (1–3)

fsa-child-scale-1 = Huonosti
fsa-child-scale-2 = Vähän niin ja näin
fsa-child-scale-3 = Hyvin
fsa-child-yes-1 = Ei
fsa-child-yes-2 = Joskus
fsa-child-yes-3 = Kyllä
fsa-child-na = En halua sanoa

## Tavoitteet

fsa-goals = Tavoitteemme
fsa-goals-help = Kirjoittakaa omin sanoin enintään viisi asiaa, joiden haluatte muuttuvan työskentelyn aikana. Tavoitteet sovitaan yhdessä työntekijän kanssa.
fsa-goals-list = Tavoitteet
fsa-goals-list-help-levels = Yksi rivi jokaista tavoitetta kohti. Kun asetatte tavoitteen, voitte kirjoittaa, miltä arki näyttäisi kullakin tasolla −2, −1, 0, +1 ja +2. Taso 0 on se, mihin tähtäätte. Ennen viimeistä yhteistä tapaamista arvioitte samat tavoitteet uudelleen samassa järjestyksessä.
fsa-goal = Tavoite omin sanoin
fsa-goal-describe-minus-2 = Millaista on tasolla −2?
fsa-goal-describe-minus-1 = Millaista on tasolla −1?
fsa-goal-describe-0 = Millaista on tasolla 0?
fsa-goal-describe-plus-1 = Millaista on tasolla +1?
fsa-goal-describe-plus-2 = Millaista on tasolla +2?
fsa-goal-weight = Kuinka tärkeä tavoite on?
fsa-goal-weight-help = 1 = tärkeä, 2 = hyvin tärkeä, 3 = kaikkein tärkein. Jos jätätte kohdan tyhjäksi, tärkeydeksi tulee 1.
fsa-goal-start-level = Missä olemme nyt tämän tavoitteen kanssa?
fsa-goal-start-level-help-described = Valitkaa taso, jonka kuvaus on lähimpänä arkeanne nyt. ”Juuri niin kuin tavoittelimme” (0) tarkoittaa, että tavoite on saavutettu. Työskentelyn alussa ollaan yleensä vielä sen alapuolella.
fsa-goal-review-level = Miten tavoite on nyt toteutunut?
fsa-goal-review-level-help-described = Lukekaa tasojen kuvaukset, jotka kirjoititte tavoitetta asettaessanne, ja valitkaa se, joka on lähimpänä arkeanne nyt. Asteikko on sama kuin työskentelyn alussa.

## Tavoitteiden saavuttamisen asteikko (−2…+2)

fsa-gas-minus-2 = Paljon huonommin kuin tavoittelimme
fsa-gas-minus-1 = Vähän huonommin kuin tavoittelimme
fsa-gas-0 = Juuri niin kuin tavoittelimme
fsa-gas-plus-1 = Vähän paremmin kuin tavoittelimme
fsa-gas-plus-2 = Paljon paremmin kuin tavoittelimme

## Lopuksi

fsa-other-thoughts = Muuta, mitä haluatte kertoa

## Yhteinen työskentely (perhe vastaa)

fsa-working-together = Yhteinen työskentely
fsa-working-together-help = Työskentely onnistuu parhaiten, kun se sopii teidän perheellenne. Kertokaa, miltä työskentely teistä tuntuu.
fsa-motivation = Kuinka valmiita olemme tekemään muutoksia?
fsa-motivation-help = Muutos vaatii työtä. Vastatkaa rehellisesti, oikeaa vastausta ei ole.
fsa-motivation-1 = Emme vielä ole valmiita
fsa-motivation-2 = Vähän valmiita
fsa-motivation-3 = Osittain valmiita
fsa-motivation-4 = Melko valmiita
fsa-motivation-5 = Täysin valmiita
fsa-meeting-wishes = Missä ja milloin tapaamiset sopivat teille parhaiten?
fsa-meeting-wishes-help = Esimerkiksi kotona, lapsen päiväkodissa tai koulussa tai toimistolla, arkena päivällä tai illalla.
fsa-feedback-meetings-suited = Sopivatko tapaamiset perheellenne?
fsa-feedback-yes = Kyllä
fsa-feedback-partly = Osittain
fsa-feedback-no = Ei
fsa-parent-feedback = Palautteenne: mikä auttoi ja mitä pitäisi tehdä toisin?
fsa-parent-feedback-help = Palautteenne auttaa meitä kehittämään työtä. Se ei vaikuta palveluihin, joita saatte.

## Työskentelyn järjestäminen (työntekijä täyttää)

fsa-process = Työskentelyn järjestäminen
fsa-process-help = Työntekijä täyttää tämän osan. Tiedot eivät näy perheen omassa kappaleessa.
fsa-service-basis = Palvelu
fsa-service-basis-intensified = Tehostettu perhetyö
fsa-service-basis-intensive-team = Perheintensiivitiimin työskentely (lastensuojelun avohuollon tukena)
fsa-service-basis-special-rehab = Vaativan erityisen tuen perhekuntoutus
fsa-service-basis-rehab = Muu perhekuntoutus
fsa-service-basis-other = Muu
fsa-child-welfare-client = Lapsi on lastensuojelun asiakas
fsa-child-welfare-client-help = Tehostettu perhetyö on lastensuojelun avohuollon tukitoimi 0–17-vuotiaille lapsille ja heidän vanhemmilleen.
fsa-decided-on = Päätös palvelusta (pvm)
fsa-decided-on-help = Päätöksen tekee ja palvelua hakee lapsen asioista vastaava sosiaalityöntekijä.
fsa-work-purpose = Työskentelyn tarkoitus
fsa-work-purpose-resources = Perheen voimavarojen, osallisuuden ja vahvuuksien tukeminen
fsa-work-purpose-interaction = Lapsen ja vanhemman vuorovaikutuksen vahvistaminen
fsa-work-purpose-parenting = Vanhemman tukeminen vanhempana
fsa-work-purpose-child-development = Lapsen kasvun ja kehityksen turvaaminen
fsa-work-purpose-assess-need = Perheen tuen tarpeen ja lasta tukevien toimintatapojen kartoittaminen ja arviointi
fsa-work-purpose-avoid-placement = Kodin ulkopuolisen sijoituksen ehkäiseminen
fsa-work-purpose-avoid-far-away = Kaukana kotoa annettavien palvelujen välttäminen
fsa-work-purpose-avoid-institution = Lapsen tai nuoren laitoskuntoutuksen tarpeen ehkäiseminen
fsa-work-purpose-return-home = Lapsen kotiutumisen arviointi ja tukeminen sijaishuollosta
fsa-work-purpose-transition = Tuki laitoskuntoutukseen siirryttäessä tai sieltä lähdettäessä
fsa-service-plan-on = Palvelusuunnitelma ja tavoitteet laadittu (pvm)
fsa-service-plan-on-help = Palvelusuunnitelma laaditaan työskentelyn alussa yhdessä perheen kanssa: tuen tarpeet, tavoitteet ja käytännön toteutus.
fsa-planned-duration = Suunniteltu kesto
fsa-planned-duration-help = Tehostettu perhetyö kestää yleensä enintään vuoden.
fsa-unit-months = kuukautta
fsa-meeting-frequency = Tapaamisia sovittu
fsa-meeting-frequency-once = Kerran viikossa
fsa-meeting-frequency-twice = Kaksi kertaa viikossa
fsa-meeting-frequency-three = Kolme kertaa viikossa
fsa-meeting-frequency-more = Useammin kuin kolme kertaa viikossa
fsa-meeting-frequency-less = Harvemmin kuin kerran viikossa
fsa-meeting-length = Tapaamisen kesto
fsa-meeting-length-short = Alle 1,5 tuntia
fsa-meeting-length-usual = Noin 1,5–2 tuntia
fsa-meeting-length-long = Yli 2 tuntia
fsa-meeting-length-varies = Vaihtelee
fsa-intensity-as-needed = Miten tuen määrää ja tiiviyttä on sovitettu perheen tarpeisiin?
fsa-intensity-as-needed-help = Esimerkiksi tiiviimpi jakso alussa tai kriisissä, harvenevat tapaamiset lopussa.
fsa-meeting-places = Missä tapaamiset pidetään
fsa-meeting-places-help = Työskentely tapahtuu pääasiassa perheen kotona; muualla sovitusti.
fsa-meeting-places-home = Perheen kotona
fsa-meeting-places-day-care = Lapsen päiväkodissa
fsa-meeting-places-school = Lapsen koulussa
fsa-meeting-places-office = Toimipisteessä
fsa-meeting-places-placement = Lapsen sijaishuoltopaikassa
fsa-meeting-places-rehab-unit = Kuntoutusyksikössä
fsa-meeting-places-remote = Etätapaamisena
fsa-meeting-places-other = Muualla
fsa-working-hours = Tapaamisajat
fsa-working-hours-daytime = Arkisin päivällä
fsa-working-hours-evening = Arkisin illalla (viimeistään klo 20)
fsa-working-hours-weekend = Satunnaisesti viikonloppuna
fsa-worker-pair = Työpari
fsa-worker-pair-counsellors = Kaksi sosiaaliohjaajaa
fsa-worker-pair-other-professional = Sosiaaliohjaaja ja muu perheen kanssa toimiva ammattilainen
fsa-worker-pair-one = Yksi työntekijä
fsa-worker-pair-other = Muu
fsa-team-professions = Moniammatillinen työryhmä
fsa-team-professions-help = Ketkä ammattilaiset työskentelevät perheen kanssa tai tukevat työtä.
fsa-team-social-worker = Sosiaalityöntekijä
fsa-team-social-counsellor = Sosiaaliohjaaja
fsa-team-family-worker = Perhetyöntekijä
fsa-team-psychologist = Psykologi
fsa-team-family-therapist = Perheterapeutti
fsa-team-nurse = Sairaanhoitaja tai psykiatrinen sairaanhoitaja
fsa-team-doctor = Lääkäri
fsa-team-therapist = Kuntoutuksen terapeutti (esimerkiksi toiminta- tai puheterapeutti)
fsa-team-teacher = Opettaja tai erityisopettaja
fsa-team-other = Muu
fsa-peer-group = Perhe osallistuu vertaistukiryhmään
fsa-return-home = Työskentelyssä arvioidaan lapsen kotiutumista sijaishuollosta
fsa-return-home-help = Sosiaalityöntekijän tavoitteena on arvioida lapsen kotiutusta. Perheen elämäntilanne kartoitetaan, ja vanhempia ja lapsia tavataan sekä yhdessä että erikseen.
fsa-return-home-meetings = Kotiutumisen arvioinnin tapaamiset
fsa-return-home-meetings-together = Vanhemmat ja lapset yhdessä
fsa-return-home-meetings-parents = Vanhemmat erikseen
fsa-return-home-meetings-children = Lapset erikseen
fsa-schooling = Lapsen koulunkäynti perhekuntoutuksen aikana
fsa-schooling-help = Lapsen tai nuoren koulunkäynti turvataan koko perhekuntoutuksen ajan.
fsa-schooling-own = Omassa koulussa
fsa-schooling-unit = Kuntoutusyksikön tai sairaalan koulussa
fsa-schooling-remote = Etäopetuksena
fsa-schooling-other = Muulla tavoin
fsa-schooling-not-relevant = Ei koske (lapsi ei ole kouluikäinen)
fsa-schooling-notes = Miten koulunkäynti on järjestetty ja kenen kanssa on sovittu
fsa-institutional-transition = Siirtymä laitoskuntoutukseen tai sieltä pois
fsa-institutional-transition-help = Perhekuntoutus voi tukea perhettä, kun lapsi tai nuori siirtyy laitoskuntoutukseen tai lähtee sieltä kotiin.
fsa-institutional-transition-into = Lapsi siirtyy laitoskuntoutukseen
fsa-institutional-transition-out = Lapsi palaa laitoskuntoutuksesta kotiin
fsa-institutional-transition-none = Ei siirtymää
fsa-documented-with-family = Kirjaukset tehdään yhdessä perheen kanssa
fsa-documented-with-family-help = Työskentelyn etenemisen kirjaukset tehdään perheen kanssa; kirjaukset näkyvät asiakasportaalissa, jos perhe käyttää sitä.
fsa-documented-with-child = Lapsi on mukana kirjauksissa
fsa-final-meeting-on = Loppuneuvottelun päivä
fsa-work-summary = Työskentelyn yhteenveto (loppuneuvottelu)
fsa-next-steps = Perheen jatkosuunnitelma
fsa-next-steps-help = Mitä työskentelyn jälkeen: tuki, palvelut ja vastuuhenkilöt, joista loppuneuvottelussa sovittiin.

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

## Vain arkistoidut versiot (1.0.0, 1.1.0) käyttävät näitä

fsa-title = Perheen arjen voimavarat – itsearvio
fsa-description = Tällä lomakkeella perheenne arvioi omaa arkeaan ja voimavarojaan: mikä sujuu hyvin ja mikä huolestuttaa. Oikeita tai vääriä vastauksia ei ole. Lomaketta käytetään tehostetussa perhetyössä ja perhekuntoutuksessa. Käytte vastaukset läpi yhdessä työntekijän kanssa ja sovitte niiden pohjalta työskentelyn tavoitteet. Lomake täytetään työskentelyn alussa ja uudelleen ennen viimeistä yhteistä tapaamista.
fsa-goals-list-help = Yksi rivi jokaista tavoitetta kohti. Ennen viimeistä yhteistä tapaamista arvioitte samat tavoitteet uudelleen samassa järjestyksessä.
fsa-goal-start-level-help = ”Juuri niin kuin tavoittelimme” tarkoittaa, että tavoite on saavutettu. Työskentelyn alussa ollaan yleensä vielä sen alapuolella.
fsa-goal-review-level-help = Arvioikaa samalla asteikolla kuin työskentelyn alussa.
