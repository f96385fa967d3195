# Lapsen omaishoidon tuen haastattelu (caregiver-support), suomi.
#
# Every message id that forms/caregiver-support.toml refers to, and no others.
# Osat 1–8 voi täyttää perhe itse, perhe puhutellaan ”te”. Osa 9 on työntekijän.
# Wording is our own (no items copied from published questionnaires).
# No message takes variables; keep it so in sv and en too.
# Tulosten tekstit ovat suuntaa antavia, eivät päätöksiä. Ei euromääriä.

## Lomake

cs-title = Lapsen omaishoidon tuen haastattelu
cs-description = Tämä lomake auttaa teitä kuvaamaan, millaista lapsenne hoito on arjessa ja kuinka paljon se sitoo teitä. Hoidon tarvetta verrataan aina terveen samanikäisen lapsen tarpeisiin. Voitte täyttää osat 1–8 itse tai yhdessä työntekijän kanssa. Työntekijä käyttää lomaketta yhtenä välineenä, kun hän arvioi perheenne palvelutarvetta omaishoidon tuen kannalta. Lomakkeen pisteet ovat vain suuntaa antavia: päätöksen omaishoidon tuesta tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.

## 1. Perustiedot

cs-basic = Perustiedot
cs-basic-help = Tiedot lapsesta ja huoltajista. Kirjatkaa vain se, mitä arviointiin tarvitaan.
cs-interview-date = Haastattelun tai täyttämisen päivämäärä
cs-filled-by = Kuka täytti lomakkeen?
cs-filled-by-family = Perhe itse
cs-filled-by-family-with-worker = Perhe yhdessä työntekijän kanssa
cs-filled-by-worker-interview = Työntekijä haastattelun aikana
cs-service-unit = Missä palvelussa arviointi tehdään?
cs-service-unit-help = Arviointi tehdään siinä palvelussa, jonka asiakas lapsi jo on.
cs-service-unit-family-services = Lapsiperheiden palvelut
cs-service-unit-disability-services = Vammaispalvelut
cs-service-unit-other = Muu palvelu
cs-child-birth-date = Lapsen syntymäaika
cs-care-need-reason = Mistä lapsen hoidon tarve johtuu?
cs-care-need-reason-help = Kertokaa omin sanoin lapsen sairaudesta, vammasta tai toimintakyvyn rajoituksista. Lausuntoja ei tarvitse kopioida tähän.
cs-guardians = Huoltajat
cs-guardians-help = Lisätkää jokainen lapsen huoltaja omalle rivilleen. Jokaisen lasta hoitavan huoltajan mahdollisuus omaishoidon tukeen arvioidaan.
cs-guardian-relation = Suhde lapseen
cs-guardian-relation-mother = Äiti
cs-guardian-relation-father = Isä
cs-guardian-relation-other-parent = Muu vanhempi
cs-guardian-relation-other-guardian = Muu huoltaja
cs-guardian-name = Etunimi tai muu tunniste
cs-guardian-name-help = Esimerkiksi etunimi tai ”äiti”. Henkilötunnusta ei kysytä tällä lomakkeella.
cs-guardian-lives-with-child = Asuuko huoltaja lapsen kanssa?
cs-guardian-applies-as-carer = Hakeeko huoltaja omaishoitajaksi?
cs-guardian-applies-as-carer-help = Omaishoitaja vastaa lapsen hoidosta ja tekee hyvinvointialueen kanssa omaishoitosopimuksen.
cs-guardian-work-situation = Huoltajan työ- tai opiskelutilanne
cs-work-full-time = Kokoaikatyössä
cs-work-part-time = Osa-aikatyössä
cs-work-studying = Opiskelee
cs-work-family-leave = Perhevapaalla tai hoitovapaalla
cs-work-not-working = Ei työssä eikä opiskelemassa
cs-work-other = Muu tilanne
cs-siblings = Montako sisarusta asuu lapsen kanssa?
cs-siblings-help = Laskekaa mukaan myös puoli- ja uusperheen sisarukset, jotka asuvat lapsen kanssa ainakin osan ajasta.
cs-unit-children = lasta
cs-home-language = Kodin kieli tai kielet
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
cs-care-hours = Kuinka monta tuntia vuorokaudessa annatte lapselle suoraa hoitoa tai ohjausta?
cs-care-hours-help = Laskekaa vain se hoito ja ohjaus, jota samanikäinen lapsi ei tarvitsisi. Päiväkodissa tai koulussa vietettyä aikaa ei lasketa.
cs-care-hours-under-1 = Alle tunnin
cs-care-hours-1-2 = 1–2 tuntia
cs-care-hours-3-4 = 3–4 tuntia
cs-care-hours-5-7 = 5–7 tuntia
cs-care-hours-8-more = 8 tuntia tai enemmän
cs-round-the-clock = Sitooko hoito omaishoitajan ympärivuorokautisesti tai jatkuvasti päivittäin?
cs-round-the-clock-help = Tästä riippuu lakisääteisten vapaapäivien määrä: omaishoitajalla on oikeus vähintään kolmeen vapaavuorokauteen kuukaudessa, jos hoito sitoo ympärivuorokautisesti tai jatkuvasti päivittäin, ja muuten vähintään kahteen.
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
cs-carer-health = Millainen on terveytenne tällä hetkellä?
cs-carer-coping = Millainen on jaksamisenne arjessa tällä hetkellä?
cs-rating-1 = Erittäin huono
cs-rating-2 = Melko huono
cs-rating-3 = Kohtalainen
cs-rating-4 = Melko hyvä
cs-rating-5 = Erittäin hyvä
cs-carer-limitations = Onko teillä sairauksia tai rajoitteita, jotka vaikeuttavat lapsen hoitamista?
cs-carer-limitations-help = Esimerkiksi selkävaiva, joka estää nostamisen. Kertokaa vain se, millä on merkitystä hoidon kannalta.
cs-carer-willing = Oletteko valmis vastaamaan lapsen hoidosta omaishoitajana tarvittavien palvelujen tuella?
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
cs-services-sufficient = Riittävätkö omaishoito ja nykyiset palvelut yhdessä lapsen hyvinvointiin, terveyteen ja turvallisuuteen?
cs-services-sufficient-help = Tämä on perheen oma näkemys. Työntekijä arvioi asian myös yhteenvedossa.
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
cs-siblings-situation = Sisarusten tilanne
cs-siblings-situation-help = Miten lapsen hoito vaikuttaa sisaruksiin? Saavatko he riittävästi aikaa ja huomiota?
cs-best-interest = Työntekijän arvio lapsen edusta
cs-best-interest-help = Miten omaishoito ja muut palvelut turvaavat lapsen edun, kasvun ja kehityksen?

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
cs-leave-notes = Lisätietoja vapaapäivien järjestämisestä
cs-support-services-needed = Mitä tukipalveluja perhe tarvitsee omaishoidon tueksi?
cs-support-services-needed-help = Esimerkiksi apuvälineet, kuljetukset, kotiin annettava apu ja järjestöjen toiminta.
cs-plan-goals = Mitä tavoitteita omaishoidolle asetetaan?
cs-plan-goals-help = Esimerkiksi lapsen arjen sujuminen kotona, omaishoitajan jaksaminen ja sisarusten hyvinvointi.
cs-ngo-informed = Onko perheelle kerrottu järjestöjen tarjoamasta tuesta?
cs-ngo-informed-help = Esimerkiksi vertaistukiryhmät, lomat ja neuvonta.

## 9. Työntekijän yhteenveto

cs-summary = Työntekijän yhteenveto
cs-summary-help = Työntekijä täyttää tämän osan. Yhteenveto perustuu koko arviointiin, ei pelkkiin lomakkeen pisteisiin.
cs-conditions-info = Omaishoidon tuen edellytykset (omaishoitolaki 3 §). Jos jokin edellytys ei täyty, omaishoidon tuelle ei ole perusteita pisteistä riippumatta.
cs-cond-care-at-home = Tarvitseeko lapsi alentuneen toimintakyvyn, sairauden tai vamman vuoksi kotona hoitoa tai muuta huolenpitoa enemmän kuin terve samanikäinen lapsi?
cs-cond-carer-willing = Onko huoltaja tai muu lapselle läheinen valmis vastaamaan hoidosta tarvittavien palvelujen avulla?
cs-cond-carer-able = Vastaavatko omaishoitajan terveys ja toimintakyky omaishoidon vaatimuksia?
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
cs-band-no-grounds = Kaikki omaishoitolain 3 §:n edellytykset eivät täyty, joten vastaukset eivät anna perusteita omaishoidon tuelle pisteistä riippumatta. Päätöksen tekee hyvinvointialueen viranhaltija kokonaisarvion perusteella.
