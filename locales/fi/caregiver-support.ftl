# Lapsen omaishoidon tuen haastattelu (caregiver-support), suomi.
#
# Every message id that forms/caregiver-support.toml refers to, and no others.
# Perheen osat voi täyttää perhe itse, perhe puhutellaan ”te”. Yhteenveto on työntekijän.
# Perheelle tarkoitetut kysymykset ovat lyhyitä ja selkeää yleiskieltä (selkokieltä, kun se sopii).
# Wording is our own (no items copied from published questionnaires).
# No message takes variables; keep it so in sv and en too.
# Tulosten tekstit ovat suuntaa antavia, eivät päätöksiä. Ei euromääriä.

## Lomake

cs-title = Lapsen omaishoidon tuen haastattelu
cs-description = Tämä lomake auttaa teitä kuvaamaan, millaista lapsenne hoito on arjessa ja kuinka paljon se sitoo teitä. Hoidon tarvetta verrataan aina terveen samanikäisen lapsen tarpeisiin. Voitte täyttää perheen osat itse tai yhdessä työntekijän kanssa. Työntekijä käyttää lomaketta yhtenä välineenä, kun hän arvioi perheenne palvelutarvetta omaishoidon tuen kannalta. Lomakkeen pisteet ovat vain suuntaa antavia: päätöksen omaishoidon tuesta tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.

## 1. Perustiedot

cs-basic = Perustiedot
cs-basic-help = Tiedot lapsesta ja huoltajista. Kirjatkaa vain se, mitä arviointiin tarvitaan.
cs-interview-date = Minä päivänä lomake täytettiin tai haastattelu tehtiin?
cs-filled-by = Kuka täytti lomakkeen?
cs-filled-by-family = Perhe itse
cs-filled-by-family-with-worker = Perhe yhdessä työntekijän kanssa
cs-filled-by-worker-interview = Työntekijä haastattelun aikana
cs-service-unit = Missä palvelussa arviointi tehdään?
cs-service-unit-help = Arviointi tehdään siinä palvelussa, jonka asiakas lapsi jo on.
cs-service-unit-family-services = Lapsiperheiden palvelut
cs-service-unit-disability-services = Vammaispalvelut
cs-service-unit-other = Muu palvelu
cs-designated-worker = Onko lapsella omatyöntekijä?
cs-designated-worker-help = Omatyöntekijä on lapsen oma työntekijä siinä palvelussa, jonka asiakas lapsi on (lapsiperheiden palvelut tai vammaispalvelut). Omaishoidon tuki arvioidaan ja siitä päätetään lapsen asiakkuuden mukaan.
cs-designated-worker-in-this-service = Kyllä, tässä palvelussa
cs-designated-worker-in-other-service = Kyllä, toisessa palvelussa
cs-designated-worker-being-named = Omatyöntekijä nimetään nyt
cs-designated-worker-none = Ei
cs-cooperating-services = Mitkä muut palvelut ovat mukana arvioinnissa?
cs-cooperating-services-help = Lapsiperheiden palvelut ja vammaispalvelut tekevät arvioinnissa yhteistyötä. Valitse kaikki, joiden kanssa arviointia tehdään tai joilta on pyydetty tietoja.
cs-cooperating-early-education-school = Varhaiskasvatus tai koulu
cs-cooperating-health-care = Terveydenhuolto, esimerkiksi lasten poliklinikka
cs-cooperating-ngo = Järjestö
cs-child-birth-date = Milloin lapsi on syntynyt?
cs-care-need-reason = Mistä lapsen hoidon tarve johtuu?
cs-care-need-reason-help = Kertokaa omin sanoin lapsen sairaudesta, vammasta tai toimintakyvyn rajoituksista. Lausuntoja ei tarvitse kopioida tähän.
cs-guardians = Huoltajat
cs-guardians-help = Lisätkää jokainen lapsen huoltaja omalle rivilleen. Jokaisen lasta hoitavan huoltajan mahdollisuus omaishoidon tukeen arvioidaan.
cs-guardian-relation = Onko huoltaja lapsen äiti, isä vai muu huoltaja?
cs-guardian-relation-mother = Äiti
cs-guardian-relation-father = Isä
cs-guardian-relation-other-parent = Muu vanhempi
cs-guardian-relation-other-guardian = Muu huoltaja
cs-guardian-name = Etunimi tai muu tunniste
cs-guardian-name-help = Esimerkiksi etunimi tai ”äiti”. Henkilötunnusta ei kysytä tällä lomakkeella.
cs-guardian-lives-with-child = Asuuko huoltaja lapsen kanssa?
cs-guardian-applies-as-carer = Hakeeko huoltaja omaishoitajaksi?
cs-guardian-applies-as-carer-help = Omaishoitaja vastaa lapsen hoidosta ja tekee hyvinvointialueen kanssa omaishoitosopimuksen.
cs-guardian-work-situation = Onko huoltaja työssä tai opiskelemassa?
cs-work-full-time = Kokoaikatyössä
cs-work-part-time = Osa-aikatyössä
cs-work-studying = Opiskelee
cs-work-family-leave = Perhevapaalla tai hoitovapaalla
cs-work-not-working = Ei työssä eikä opiskelemassa
cs-work-other = Muu tilanne
cs-siblings = Montako sisarusta asuu lapsen kanssa?
cs-siblings-help = Laskekaa mukaan myös puoli- ja uusperheen sisarukset, jotka asuvat lapsen kanssa ainakin osan ajasta.
cs-unit-children = lasta
cs-home-language = Mitä kieltä tai kieliä kotona puhutaan?
cs-language-fi = Suomi
cs-language-sv = Ruotsi
cs-language-se = Saame
cs-language-sign = Viittomakieli
cs-language-other = Muu kieli
cs-home-language-other = Mikä muu kieli?

## 2. Hoidon vaativuus (0–3 kohdittain)

cs-care-need = Hoidon vaativuus
cs-care-need-help = Verratkaa lapsenne avun ja valvonnan tarvetta terveeseen samanikäiseen lapseen. Valitkaa jokaisesta kohdasta vaihtoehto, joka kuvaa tavallista arkea viime kuukausina. Voitte kirjoittaa lyhyen esimerkin siitä, millaista apua lapsi tarvitsee.
cs-need-0 = Ei enempää kuin samanikäinen lapsi
cs-need-1 = Jonkin verran enemmän apua tai ohjausta
cs-need-2 = Paljon apua joka päivä
cs-need-3 = Täysi apu tai jatkuva valvonta
cs-need-example = Esimerkki arjesta
cs-need-moving = Liikkuminen ja asennon vaihtaminen
cs-need-moving-help = Esimerkiksi kävely, siirtymiset, kääntäminen sängyssä ja portaat.
cs-need-eating = Syöminen ja juominen
cs-need-eating-help = Esimerkiksi syöttäminen, ruoan pehmentäminen, erityisruokavalio ja nielemisen vaikeudet.
cs-need-dressing = Pukeutuminen
cs-need-dressing-help = Esimerkiksi vaatteiden pukeminen ja riisuminen sekä tukien tai ortoosien laittaminen.
cs-need-washing = Peseytyminen ja hygienia
cs-need-washing-help = Esimerkiksi suihku, hampaiden pesu ja ihon hoito.
cs-need-toileting = WC-käynnit
cs-need-toileting-help = Esimerkiksi vaipat, katetrointi ja avustaminen WC:ssä.
cs-need-procedures = Lääkitys ja hoitotoimenpiteet
cs-need-procedures-help = Esimerkiksi lääkkeiden antaminen, letkuruokinta, limaimu, verensokerin seuranta ja kotona tehtävät kuntoutusharjoitukset.
cs-need-communication = Vuorovaikutus ja kommunikointi
cs-need-communication-help = Esimerkiksi puhetta tukevat keinot, kuvat ja viittomat sekä lapsen tarpeiden tulkitseminen.
cs-need-behaviour = Käyttäytyminen ja valvonta
cs-need-behaviour-help = Esimerkiksi turvallisuuden valvonta, voimakkaat tunnereaktiot ja itseä tai muita vahingoittava käytös.
cs-need-sleep = Uni ja nukahtaminen
cs-need-sleep-help = Esimerkiksi nukahtamisen tukeminen, unirytmi ja levottomuus. Yöllisestä hoidosta kysytään seuraavassa osassa.
cs-need-outside = Liikkuminen kodin ulkopuolella
cs-need-outside-help = Esimerkiksi matkat päiväkotiin tai kouluun, asiointi, harrastukset ja vastaanottokäynnit.

## 3. Hoidon sitovuus (pisteet 0–15)

cs-binding = Hoidon sitovuus
cs-binding-help = Kuinka paljon lapsen hoito sitoo teitä päivällä ja yöllä? Jos omaishoitajia on kaksi, vastatkaa sen mukaan, joka hoitaa lasta eniten, ja kertokaa eroista tämän osan lopussa.
cs-night-care = Kuinka usein lapsi tarvitsee hoitoa tai valvontaa yöllä?
cs-night-care-none = Ei tavallisesti lainkaan
cs-night-care-weekly = 1–2 yönä viikossa
cs-night-care-most-nights = Useimpina öinä
cs-night-care-several-times = Useita kertoja yössä lähes joka yö
cs-left-alone = Voiko lapsen jättää hetkeksi yksin?
cs-left-alone-help = Verratkaa samanikäiseen lapseen. Esimerkiksi hetki toisessa huoneessa tai käynti postilaatikolla.
cs-left-alone-like-peers = Kyllä, yhtä pitkäksi aikaa kuin samanikäisen lapsen
cs-left-alone-short-while = Kyllä, mutta vain lyhyeksi aikaa, alle tunniksi
cs-left-alone-few-minutes = Vain muutamaksi minuutiksi
cs-left-alone-never = Ei lainkaan: aikuisen on oltava koko ajan lähellä
cs-care-hours = Montako tuntia vuorokaudessa lapsi tarvitsee teiltä hoitoa tai ohjausta?
cs-care-hours-help = Laskekaa vain se hoito ja ohjaus, jota samanikäinen lapsi ei tarvitsisi. Päiväkodissa tai koulussa vietettyä aikaa ei lasketa.
cs-care-hours-under-1 = Alle tunnin
cs-care-hours-1-2 = 1–2 tuntia
cs-care-hours-3-4 = 3–4 tuntia
cs-care-hours-5-7 = 5–7 tuntia
cs-care-hours-8-more = 8 tuntia tai enemmän
cs-round-the-clock = Sitooko hoito omaishoitajan ympärivuorokautisesti tai jatkuvasti päivittäin?
cs-round-the-clock-help = Tästä riippuu lakisääteisten vapaapäivien määrä: omaishoitajalla on oikeus vähintään kolmeen vapaavuorokauteen kuukaudessa, jos hoito sitoo ympärivuorokautisesti tai jatkuvasti päivittäin, ja muuten vähintään kahteen.
cs-round-the-clock-breaks = Sitooko hoito omaishoitajan ympärivuorokautisesti tai jatkuvasti päivittäin, yhtäjaksoisesti tai vähäisin keskeytyksin?
cs-round-the-clock-breaks-help = Tästä riippuu vapaapäivien määrä. Jos hoito sitoo näin, omaishoitajalla on oikeus vähintään kolmeen vapaavuorokauteen kuukaudessa. Muuten vapaata on vähintään kaksi vuorokautta. Hoito voi sitoa näin, vaikka lapsi olisi säännöllisesti pienen osan päivästä päiväkodissa, koulussa, terapiassa tai kuntoutuksessa.
cs-hours-elsewhere = Montako tuntia lapsi on tavallisena arkipäivänä poissa kotoa?
cs-hours-elsewhere-help = Esimerkiksi päiväkodissa, koulussa, iltapäivätoiminnassa, terapiassa tai kuntoutuksessa. Kertokaa keskimääräinen aika. Jos lapsi on aina kotona, vastatkaa 0.
cs-unit-hours = tuntia
cs-days-elsewhere = Montako päivää kuukaudessa lapsi on hoidossa muualla?
cs-days-elsewhere-help = Esimerkiksi lyhytaikainen hoito, perhehoito tai hoito laitoksessa. Laskekaa vuorokaudet tavallisena kuukautena. Jos lapsi ei ole hoidossa muualla, vastatkaa 0.
cs-unit-days = päivää
cs-work-effect = Miten lapsen hoito vaikuttaa omaishoitajan työhön tai opiskeluun?
cs-work-effect-help = Jos omaishoitaja ei ole nyt työssä, arvioikaa, miten hoito vaikuttaisi mahdollisuuteen tehdä työtä tai opiskella.
cs-work-effect-none = Ei vaikuta
cs-work-effect-arrangements = Vaatii joustoja, esimerkiksi muutettuja työaikoja tai etätyötä
cs-work-effect-reduced = Työaikaa on lyhennetty
cs-work-effect-much-reduced = Työ onnistuu vain vähäisesti tai toistuvin poissaoloin
cs-work-effect-cannot-work = Työssä käyminen tai opiskelu ei ole mahdollista hoidon vuoksi
cs-binding-notes = Haluatteko kertoa hoidon sitovuudesta vielä jotain?

## 4. Omaishoitajan terveys ja jaksaminen

cs-carer = Omaishoitajan terveys ja jaksaminen
cs-carer-help = Omaishoitajan terveyden ja toimintakyvyn on vastattava hoidon vaatimuksia. Vastaukset auttavat löytämään tukea, joka auttaa teitä jaksamaan.
cs-carer-health = Millainen terveytenne on nyt?
cs-carer-coping = Miten jaksatte arjessa nyt?
cs-rating-1 = Erittäin huono
cs-rating-2 = Melko huono
cs-rating-3 = Kohtalainen
cs-rating-4 = Melko hyvä
cs-rating-5 = Erittäin hyvä
cs-carer-limitations = Onko teillä sairaus tai vaiva, joka vaikeuttaa lapsen hoitoa?
cs-carer-limitations-help = Esimerkiksi selkävaiva, joka estää nostamisen. Kertokaa vain se, millä on merkitystä hoidon kannalta.
cs-carer-willing = Haluatteko vastata lapsen hoidosta omaishoitajana? Saatte tueksi tarvittavat palvelut.
cs-carer-willing-help = Omaishoitajaksi ryhtyminen on vapaaehtoista.
cs-carer-support-wishes = Mikä auttaisi teitä jaksamaan?

## 5. Kodin olosuhteet

cs-home = Kodin olosuhteet
cs-home-help = Sopiiko koti lapsen hoitoon? Ajatelkaa esimerkiksi kulkemista sisään ja ulos, peseytymistiloja ja tilaa apuvälineille.
cs-home-problems = Onko kotona esteitä tai puutteita, jotka vaikeuttavat hoitoa?
cs-home-problems-details = Mitä esteitä tai puutteita?
cs-aids-in-use = Mitä apuvälineitä lapsella on käytössä?
cs-aids-in-use-help = Valitkaa kaikki sopivat. Jos apuvälineitä ei ole, jättäkää kohta tyhjäksi.
cs-aids-mobility = Liikkumisen apuvälineet, esimerkiksi pyörätuoli tai kävelyteline
cs-aids-lifting = Nosto- ja siirtoapuvälineet
cs-aids-hygiene = Peseytymisen ja WC-käyntien apuvälineet
cs-aids-bed = Hoitosänky tai erityispatja
cs-aids-feeding = Syöttämisen apuvälineet, esimerkiksi ravitsemuspumppu
cs-aids-breathing = Hengityksen apuvälineet, esimerkiksi imulaite tai happirikastin
cs-aids-communication = Kommunikoinnin apuvälineet
cs-aids-safety = Turvallisuutta lisäävät välineet, esimerkiksi hälyttimet tai turvaportit
cs-aids-other = Muut apuvälineet
cs-aids-needed = Tarvitaanko uusia apuvälineitä tai muutostöitä kotiin?
cs-home-verdict = Työntekijän arvio kodin soveltuvuudesta hoitoon
cs-home-verdict-suitable = Koti soveltuu hoitoon
cs-home-verdict-with-changes = Koti soveltuu hoitoon, kun apuvälineet tai muutostyöt on järjestetty
cs-home-verdict-not-suitable = Koti ei sovellu hoitoon

## 6. Muut palvelut

cs-services = Muut palvelut
cs-services-help = Mitä palveluja lapsi ja perhe jo saavat? Omaishoidon ja muiden palvelujen on yhdessä riitettävä lapsen hyvinvointiin, terveyteen ja turvallisuuteen.
cs-services-used = Mitä palveluja lapsella tai perheellä on nyt?
cs-services-daycare-school = Varhaiskasvatus tai koulu
cs-services-assistant = Avustaja varhaiskasvatuksessa tai koulussa
cs-services-afternoon-care = Aamu- tai iltapäivätoiminta
cs-services-short-term-care = Lyhytaikainen hoito kodin ulkopuolella
cs-services-home-help = Lapsiperheiden kotipalvelu
cs-services-personal-assistance = Henkilökohtainen apu
cs-services-therapies = Terapiat, esimerkiksi fysio-, toiminta- tai puheterapia
cs-services-home-nursing = Kotisairaanhoito
cs-services-family-work = Perhetyö
cs-services-transport = Kuljetuspalvelu
cs-services-ngo = Järjestöjen toiminta tai vertaistuki
cs-services-other = Muu palvelu
cs-services-other-what = Mikä muu palvelu?
cs-services-sufficient = Riittävätkö omaishoito ja nykyiset palvelut yhdessä lapselle?
cs-services-sufficient-help = Ajatelkaa lapsen hyvinvointia, terveyttä ja turvallisuutta. Tämä on perheen oma näkemys. Työntekijä arvioi asian myös yhteenvedossa.
cs-sufficient-yes = Riittävät
cs-sufficient-partly = Riittävät osittain
cs-sufficient-no = Eivät riitä
cs-sufficient-cannot-say = En osaa sanoa
cs-services-missing = Mitä puuttuu tai mitä pitäisi muuttaa?

## 7. Lapsi ja sisarukset

cs-child = Lapsi ja sisarukset
cs-child-help = Lapsen näkemys selvitetään hänen ikänsä ja kehitystasonsa mukaisesti. Lapsen etu on arvioinnin keskiössä.
cs-child-view-obtained = Miten lapsen oma näkemys selvitettiin?
cs-child-view-in-words = Lapsi kertoi itse
cs-child-view-with-support = Lapsi kertoi kuvien, viittomien tai muun tuen avulla
cs-child-view-observed = Näkemystä arvioitiin lasta havainnoimalla
cs-child-view-not-obtained = Näkemystä ei voitu selvittää
cs-child-view = Lapsen oma näkemys
cs-child-view-help = Mitä lapsi ajattelee arjestaan, hoidostaan ja siitä, kuka häntä hoitaa? Kirjatkaa lapsen omia ilmauksia, jos mahdollista.
cs-child-view-reason = Miksi lapsen näkemystä ei voitu selvittää?
cs-siblings-situation = Miten sisarukset voivat?
cs-siblings-situation-help = Miten lapsen hoito vaikuttaa sisaruksiin? Saavatko he riittävästi aikaa ja huomiota?
cs-environment-views = Havainnot lapsen muista arkiympäristöistä
cs-environment-views-help = Varhaiskasvatuksen, koulun, terapian tai muun arkiympäristön havainnot lapsen avun ja valvonnan tarpeesta. Tiedot kootaan huoltajan suostumuksella.
cs-environment-setting = Ympäristö
cs-environment-early-education = Varhaiskasvatus
cs-environment-school = Koulu
cs-environment-afternoon-care = Aamu- tai iltapäivätoiminta
cs-environment-therapy = Terapia tai kuntoutus
cs-environment-respite = Lyhytaikainen hoito
cs-environment-other = Muu ympäristö
cs-environment-observation = Havainnot
cs-environment-observation-help = Mitä apua ja valvontaa lapsi tarvitsee siellä samanikäisiin verrattuna? Kirjaa, keneltä tieto on saatu ja milloin.
cs-best-interest = Työntekijän arvio lapsen edusta
cs-best-interest-help = Miten omaishoito ja muut palvelut turvaavat lapsen edun, kasvun ja kehityksen?

## Perheen oma arvio

cs-family-view = Perheen oma arvio
cs-family-view-help = Miten perheenne voi? Vastauksenne auttavat keskustelemaan siitä, mikä tukee lasta ja koko perhettä.
cs-family-situation = Miten perheenne arki sujuu nyt?
cs-family-situation-going-well = Hyvin
cs-family-situation-mostly-well = Enimmäkseen hyvin
cs-family-situation-hard = Vaikeasti
cs-family-situation-not-coping = Emme jaksa enää näin
cs-family-strain = Mikä auttaa teitä jaksamaan, ja mikä kuormittaa?
cs-family-strain-help = Ajatelkaa koko perhettä: lasta, sisaruksia ja aikuisia.
cs-family-hopes = Mitä toivotte omaishoidon tuelta?
cs-ngo-interest = Kiinnostaako teitä järjestöjen tuki?
cs-ngo-interest-help = Järjestöt tukevat perheitä, joissa lapsi tarvitsee paljon hoitoa. Valitkaa kaikki sopivat.
cs-ngo-interest-peer-group = Vertaistukiryhmä
cs-ngo-interest-siblings = Toimintaa sisaruksille
cs-ngo-interest-recreation = Lomat ja virkistys
cs-ngo-interest-advice = Neuvonta ja ohjaus
cs-ngo-interest-not-now = Ei nyt

## 8. Hoito- ja palvelusuunnitelman luonnos

cs-plan = Hoito- ja palvelusuunnitelman luonnos
cs-plan-help = Näistä tiedoista laaditaan hoito- ja palvelusuunnitelma, jos omaishoidon tuki myönnetään.
cs-leave-arrangement = Miten omaishoitajan vapaapäivät voitaisiin järjestää?
cs-leave-arrangement-help = Valitkaa kaikki sopivat vaihtoehdot.
cs-leave-short-term-care = Lyhytaikainen hoito hoitopaikassa
cs-leave-family-care = Perhehoito
cs-leave-substitute-carer = Sijaishoitaja kotiin
cs-leave-service-voucher = Palveluseteli
cs-leave-not-used = Emme aio nyt käyttää vapaapäiviä
cs-leave-undecided = Ei vielä tiedossa
cs-leave-notes = Haluatteko kertoa vapaapäivistä vielä jotain?
cs-support-services-needed = Mitä tukipalveluja tarvitsette omaishoidon lisäksi?
cs-support-services-needed-help = Esimerkiksi apuvälineet, kuljetukset, kotiin annettava apu ja järjestöjen toiminta.
cs-plan-goals = Mitä tavoitteita teillä on omaishoidolle?
cs-plan-goals-help = Esimerkiksi lapsen arjen sujuminen kotona, omaishoitajan jaksaminen ja sisarusten hyvinvointi.
cs-ngo-informed = Onko teille kerrottu järjestöjen tuesta?
cs-ngo-informed-help = Esimerkiksi vertaistukiryhmät, lomat ja neuvonta.

## 9. Työntekijän yhteenveto

cs-summary = Työntekijän yhteenveto
cs-summary-help = Työntekijä täyttää tämän osan. Yhteenveto perustuu koko arviointiin, ei pelkkiin lomakkeen pisteisiin.
cs-conditions-info = Omaishoidon tuen edellytykset (omaishoitolaki 3 §). Jos jokin edellytys ei täyty, omaishoidon tuelle ei ole perusteita pisteistä riippumatta.
cs-cond-care-at-home = Tarvitseeko lapsi alentuneen toimintakyvyn, sairauden tai vamman vuoksi kotona hoitoa tai muuta huolenpitoa enemmän kuin terve samanikäinen lapsi?
cs-cond-carer-willing = Onko huoltaja tai muu lapselle läheinen valmis vastaamaan hoidosta tarvittavien palvelujen avulla?
cs-cond-carer-able = Vastaavatko omaishoitajan terveys ja toimintakyky omaishoidon vaatimuksia?
cs-carer-conditions = Omaishoitajaa koskevat edellytykset hakijoittain
cs-carer-conditions-help = Yksi rivi kustakin huoltajasta tai muusta läheisestä, joka hakee omaishoitajaksi. Jos jollakin rivillä on ”ei”, omaishoitajaa koskevat edellytykset eivät täyty.
cs-carer-conditions-carer = Hakija
cs-cond-row-willing = Onko hakija valmis vastaamaan lapsen hoidosta tarvittavien palvelujen avulla?
cs-cond-row-able = Vastaavatko hakijan terveys ja toimintakyky omaishoidon vaatimuksia?
cs-cond-care-sufficient = Riittääkö omaishoito yhdessä muiden tarvittavien palvelujen kanssa lapsen hyvinvoinnin, terveyden ja turvallisuuden turvaamiseen?
cs-cond-home-suitable = Sopiiko koti terveydellisiltä ja muilta oloiltaan siellä annettavaan hoitoon?
cs-cond-child-interest = Onko tuen myöntäminen lapsen edun mukaista?
cs-guidance-info = Lomake laskee osien 2 ja 3 vastauksista suuntaa antavan tuloksen: hoidon vaativuuden (0–30), hoidon sitovuuden (0–15) ja niiden summan (0–45). Tulos näkyy yhteenvedossa. Se on työväline eikä päätös.
cs-proposed-class = Työntekijän ehdotus
cs-proposed-no-support = Omaishoidon tukea ei ehdoteta
cs-proposed-class-1 = Hoitopalkkioluokka 1
cs-proposed-class-2 = Hoitopalkkioluokka 2
cs-proposed-class-3 = Hoitopalkkioluokka 3
cs-differs-from-guidance = Poikkeaako ehdotus lomakkeen suuntaa antavasta tuloksesta?
cs-differs-from-guidance-help = Lomakkeen tulos ei sido. Jos ehdotus poikkeaa siitä, kirjatkaa perustelut.
cs-differs-justification = Perustelut poikkeamiselle
cs-heavy-transition = Onko kyseessä hoidollisesti raskas siirtymävaihe?
cs-heavy-transition-help = Esimerkiksi lapsen kotiutuminen pitkältä sairaalajaksolta. Hoidollisesti raskaan siirtymävaiheen ajan hoitopalkkio on vähintään kaksi kertaa lain mukainen vähimmäismäärä.
cs-heavy-transition-work = Onko omaishoitaja hoidollisesti raskaan siirtymävaiheen aikana hoidon vuoksi lyhytaikaisesti estynyt tekemästä työtään?
cs-heavy-transition-work-help = Omaishoitolaki 5 §. Raskas siirtymävaihe on esimerkiksi lapsen kotiutuminen sairaalasta tai saattohoito. Jos omaishoitaja on sen aikana hoidon vuoksi lyhytaikaisesti estynyt tekemästä ansiotyötään, hoitopalkkio on siirtymävaiheen ajan vähintään kaksi kertaa lain mukainen vähimmäismäärä.
cs-heavy-transition-until = Siirtymävaiheen arvioitu päättymispäivä
cs-reassessment-date = Milloin tilanne arvioidaan uudelleen?
cs-reassessment-date-help = Tilanne arvioidaan uudelleen myös aina, kun lapsen tai perheen tilanne muuttuu olennaisesti.
cs-worker-summary = Yhteenveto ja johtopäätökset
cs-worker-summary-help = Tiivistä perheen tilanne, hoidon vaativuus ja sitovuus, edellytysten täyttyminen ja ehdotuksen perustelut.

## Arvioinnin tekijä ja osallistujat (näkyvät yhteenvedon alussa)

cs-assessor-name = Arvioinnin tekijän nimi
cs-assessor-title = Arvioinnin tekijän ammattinimike
cs-assessor-title-help = Esimerkiksi sosiaalityöntekijä tai sosiaaliohjaaja.
cs-assessor-unit = Yksikkö ja hyvinvointialue
cs-participants = Haastatteluun osallistuneet
cs-participants-help = Kirjaa ensisijaisesti kunkin rooli, esimerkiksi äiti, isä, lapsi ja sosiaaliohjaaja.

## Tulokset (suuntaa antavia, eivät päätöksiä)

cs-score-demand = Hoidon vaativuus (0–30)
cs-band-demand-like-peers = Vastausten mukaan lapsen avun tarve on lähellä samanikäisen lapsen tarvetta.
cs-band-demand-moderate = Vastausten mukaan lapsi tarvitsee jonkin verran enemmän apua kuin samanikäinen lapsi.
cs-band-demand-considerable = Vastausten mukaan lapsi tarvitsee selvästi enemmän apua kuin samanikäinen lapsi.
cs-band-demand-very-high = Vastausten mukaan lapsi tarvitsee runsaasti apua tai valvontaa lähes kaikessa arjessa.
cs-score-binding = Hoidon sitovuus (0–15)
cs-band-binding-slight = Vastausten mukaan hoito sitoo vain vähän enemmän kuin samanikäisen lapsen hoito.
cs-band-binding-partial = Vastausten mukaan hoito sitoo osan vuorokaudesta.
cs-band-binding-considerable = Vastausten mukaan hoito sitoo huomattavasti, myös öisin tai työssäkäyntiä rajoittaen.
cs-band-binding-continuous = Vastausten mukaan hoito sitoo lähes jatkuvasti ympäri vuorokauden.
cs-score-guidance = Suuntaa antava tulos (0–45)
cs-band-ordinary-parenting = Vastaukset viittaavat siihen, että hoito ei juuri poikkea tavanomaisesta vanhemmuudesta. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-class-1 = Vastaukset viittaavat hoitopalkkioluokkaan 1. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-class-2 = Vastaukset viittaavat hoitopalkkioluokkaan 2. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-class-3 = Vastaukset viittaavat hoitopalkkioluokkaan 3. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-fee-class-1 = Vastaukset viittaavat hoitopalkkioluokkaan 1. Luokka on ohjeellinen: hoitopalkkioluokat ja niiden perusteet päättää hyvinvointialue. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-fee-class-2 = Vastaukset viittaavat hoitopalkkioluokkaan 2. Luokka on ohjeellinen: hoitopalkkioluokat ja niiden perusteet päättää hyvinvointialue. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-fee-class-3 = Vastaukset viittaavat hoitopalkkioluokkaan 3. Luokka on ohjeellinen: hoitopalkkioluokat ja niiden perusteet päättää hyvinvointialue. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
cs-band-no-grounds = Kaikki omaishoitolain 3 §:n edellytykset eivät täyty, joten vastaukset eivät anna perusteita omaishoidon tuelle pisteistä riippumatta. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.

## Vapaapäivät (omaishoitolaki 4 §)

cs-score-leave-days = Lakisääteiset vapaapäivät (omaishoitolaki 4 §)
cs-band-leave-two-days = Vastausten mukaan omaishoitajalla on oikeus vähintään kahteen vapaavuorokauteen kuukaudessa.
cs-band-leave-three-days = Vastausten mukaan hoito sitoo ympärivuorokautisesti tai jatkuvasti päivittäin, joten omaishoitajalla on oikeus vähintään kolmeen vapaavuorokauteen kuukaudessa.
cs-band-leave-check-county-criteria = Vastausten mukaan hoito sitoo ympärivuorokautisesti, mutta lapsi on säännöllisesti hoidossa muualla enemmän kuin tämän hyvinvointialueen perusteissa pidetään vähäisenä. Näiden perusteiden mukaan sitovuus ei ehkä ole ympärivuorokautista: tarkistakaa asia. Päätöksen tekee hyvinvointialueen viranhaltija.
