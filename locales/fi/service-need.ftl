# Lapsen ja perheen monialainen palvelutarpeen arviointi (forms/service-need.toml).
# Oma sanamuoto; lakiviittaukset: SHL 1301/2014, LSL 417/2007.

sn-title = Lapsen ja perheen monialainen palvelutarpeen arviointi
sn-description = Sosiaalihuoltolain 36 §:n mukainen palvelutarpeen arviointi, joka lastensuojeluasiassa on myös lastensuojelulain 26 §:n mukainen lastensuojelutarpeen selvitys. Arvioinnista vastaa lasten sosiaalityön tai lastensuojelun ammattihenkilö yhdessä lapsen, perheen ja monialaisen verkoston kanssa.

## 0. Prosessi ja määräajat

sn-process = Asian vireilletulo ja määräajat
sn-process-help = Päivämääristä lasketaan lakisääteiset määräajat silloin, kun laki niitä asettaa. Vireilletulopäivää ei lasketa mukaan. Arkipäiviä eivät ole lauantait, sunnuntait, pyhäpäivät sekä juhannus- ja jouluaatto.
sn-initiated-on = Asia tuli vireille
sn-initiated-on-help = Päivä, jona hakemus, lastensuojeluilmoitus, pyyntö tai yhteydenotto saapui.
sn-intake-channel = Miten asia tuli vireille?
sn-intake-channel-help = Lastensuojeluilmoitus, pyyntö lastensuojelun tarpeen arvioimiseksi ja hakemus lastensuojeluasiassa ovat lastensuojeluasioita. Niissä, kuten myös erityistä tukea tarvitsevan lapsen asiassa, noudatetaan seitsemän arkipäivän ja kolmen kuukauden määräaikoja.
sn-intake-application = Hakemus
sn-intake-application-shl = Sosiaalihuoltolain mukainen hakemus
sn-intake-notification = Lastensuojeluilmoitus (LSL 25 §)
sn-intake-assessment-request = Pyyntö lastensuojelun tarpeen arvioimiseksi
sn-intake-cw-application = Hakemus lastensuojeluasiassa (LSL 26 §)
sn-intake-contact = Yhteydenotto sosiaalihuoltoon (SHL 35 §)
sn-intake-other = Muu tapa
sn-intake-other-text = Mikä muu tapa?
sn-raised-by = Kuka huolen toi esiin?
sn-raised-by-help = Merkitse vain tehtävä tai rooli, ei nimiä.
sn-raised-by-guardian = Huoltaja tai vanhempi
sn-raised-by-child = Lapsi itse
sn-raised-by-relative = Sukulainen tai muu läheinen
sn-raised-by-school = Koulu tai oppilashuolto
sn-raised-by-early-education = Varhaiskasvatus
sn-raised-by-health-care = Terveydenhuolto
sn-raised-by-police = Poliisi
sn-raised-by-social-services = Muu sosiaalihuollon palvelu
sn-raised-by-ngo = Järjestö
sn-raised-by-other = Muu taho
sn-urgency-assessed-on = Kiireellisyys arvioitu
sn-urgency-assessed-on-help = Lapsen mahdollinen kiireellinen lastensuojelun tarve arvioidaan välittömästi.
sn-urgent-measures = Tarvittiinko kiireellisiä lastensuojelutoimia?
sn-special-support = Onko lapsi erityistä tukea tarvitseva?
sn-special-support-help = Lapsi, jonka kasvuolot vaarantavat tai eivät turvaa terveyttä tai kehitystä, tai joka vaarantaa omalla käyttäytymisellään terveyttään tai kehitystään.
sn-special-support-definition = Erityistä tukea tarvitseva lapsi (SHL 3 § 6 kohta) on 1) lapsi, jonka kasvuolot vaarantavat tai eivät turvaa hänen terveyttään tai kehitystään tai joka vaarantaa omalla käyttäytymisellään terveyttään tai kehitystään, sekä 2) lapsi, jolla on erityisiä vaikeuksia hakea ja saada tarvitsemiaan sosiaali- ja terveyspalveluja kognitiivisen tai psyykkisen vamman tai sairauden, päihteiden ongelmakäytön, usean yhtäaikaisen tuen tarpeen tai muun vastaavan syyn vuoksi (SHL 3 § 3 kohta).
sn-start-resolution = Ratkaisu arvioinnin aloittamisesta
sn-start-resolution-help = Ratkaise, aloitetaanko arviointi. Arviointia ei tehdä, jos se on ilmeisen tarpeetonta, esimerkiksi kun tilanne on juuri arvioitu (LSL 26 § 3 mom., SHL 36 § 1 mom.). Lastensuojeluasiassa ratkaisu tehdään seitsemän arkipäivän kuluessa vireilletulosta.
sn-resolution-start = Arviointi aloitetaan
sn-resolution-not-needed = Arviointi on ilmeisen tarpeeton
sn-not-needed-reason = Miksi arviointi on ilmeisen tarpeeton?
sn-decision-on = Ratkaisu arvioinnin aloittamisesta tehty
sn-resolution-on = Ratkaisupäivä
sn-informed-on = Lapselle ja huoltajalle ilmoitettu arvioinnin aloittamisesta
sn-started-on = Arviointi aloitettu
sn-completed-on = Arviointi valmistunut
sn-assessor-name = Arvioinnin tekijän nimi
sn-assessor-title = Arvioinnin tekijän ammattinimike
sn-assessor-title-help = Esimerkiksi sosiaalityöntekijä tai sosiaaliohjaaja.
sn-assessor-unit = Yksikkö ja hyvinvointialue
sn-participants = Arviointiin osallistuneet
sn-participants-help = Kirjaa ensisijaisesti kunkin rooli, esimerkiksi lapsi, äiti, sosiaalityöntekijä ja koulukuraattori.
sn-deadlines-note = Lastensuojeluasiassa ja erityistä tukea tarvitsevan lapsen asiassa ratkaisu ja ilmoitus lapselle ja huoltajalle tehdään seitsemän arkipäivän kuluessa vireilletulosta, arviointi aloitetaan viimeistään seitsemäntenä arkipäivänä ja saadaan valmiiksi kolmen kuukauden kuluessa. Muissa asioissa laki ei aseta määräpäivää. Määräajat lasketaan päivämääristä, ja ylittyneet määräajat merkitään.
sn-deadlines-scope = Lastensuojeluasiassa (lastensuojeluilmoitus, pyyntö lastensuojelun tarpeen arvioimiseksi tai hakemus lastensuojeluasiassa) ja erityistä tukea tarvitsevan lapsen asiassa ratkaisu ja ilmoitus lapselle ja huoltajalle tehdään seitsemän arkipäivän kuluessa vireilletulosta, arviointi aloitetaan viimeistään seitsemäntenä arkipäivänä ja saadaan valmiiksi kolmen kuukauden kuluessa (SHL 36 §, LSL 26 §). Muissa asioissa laki ei aseta määräpäivää, eikä sellaista näytetä. Jos arviointi ratkaistaan ilmeisen tarpeettomaksi, aloittamisen ja valmistumisen määräajat eivät koske asiaa. Määräajat lasketaan päivämääristä, ja ylittyneet merkitään. Kolmen kuukauden määräpäivä näytetään laskettuna myös silloin, kun se osuu lauantaille, sunnuntaille, pyhäpäivälle tai juhannus- tai jouluaatolle.

sn-deadline-decision = Ratkaisu arvioinnin aloittamisesta (7 arkipäivää)
sn-deadline-informed = Ilmoitus lapselle ja huoltajalle (7 arkipäivää)
sn-deadline-start = Arvioinnin aloittaminen (7. arkipäivä)
sn-deadline-complete = Arvioinnin valmistuminen (3 kuukautta)
sn-deadline-met = Määräajassa
sn-deadline-late = Myöhässä tehty
sn-deadline-open = Avoinna
sn-deadline-overdue = Määräaika ylittynyt

## 1. Perhe ja tausta

sn-family = Perhe ja tausta
sn-family-help = Kirjoita perheenjäsenet roolin ja iän mukaan. Älä kirjoita nimiä.
sn-child-age = Kuinka vanha lapsi on?
sn-unit-years = vuotta
sn-household = Ketkä asuvat samassa kodissa lapsen kanssa?
sn-household-help = Yksi rivi jokaisesta, joka asuu lapsen kanssa.
sn-household-member = Kuka hän on lapselle?
sn-member-mother = Äiti
sn-member-father = Isä
sn-member-step-parent = Äiti- tai isäpuoli
sn-member-sibling = Sisarus
sn-member-grandparent = Isovanhempi
sn-member-other-adult = Muu aikuinen
sn-member-other-child = Muu lapsi
sn-member-other-guardian = Muu huoltaja
sn-household-age-group = Minkä ikäinen hän on?
sn-age-under-7 = Alle 7 vuotta
sn-age-7-12 = 7–12 vuotta
sn-age-13-17 = 13–17 vuotta
sn-age-adult = Aikuinen
sn-household-guardian = Onko hän lapsen huoltaja?
sn-guardian-elsewhere = Onko lapsella huoltaja, joka asuu muualla?
sn-living = Kenen kanssa lapsi asuu?
sn-living-both-parents = Molempien vanhempien kanssa
sn-living-alternating = Vuoroasuminen
sn-living-one-parent = Toisen vanhemman kanssa
sn-living-relatives = Sukulaisten tai läheisten luona
sn-living-other = Muu järjestely
sn-history = Onko perhe ollut aiemmin sosiaalihuollon asiakkaana?
sn-history-none = Ei aiempaa asiakkuutta
sn-history-family-services = Perhesosiaalityö tai muut perhepalvelut
sn-history-child-welfare = Lastensuojelu
sn-history-disability-services = Vammaispalvelut
sn-history-adult-services = Aikuissosiaalityö
sn-history-notes = Lisätietoja taustasta

## 1b. Perheen oma osuus

sn-family-own = Perheen oma osuus
sn-family-own-help = Tähän voitte kirjoittaa omin sanoin. Kaikkiin kysymyksiin vastaaminen on vapaaehtoista.
sn-family-own-intro = Palvelutarpeen arvioinnissa selvitämme yhdessä, millaista apua lapsi ja perhe tarvitsevat. Työntekijä tapaa lapsen ja vanhemmat. Työntekijä voi kysyä tietoja myös esimerkiksi koulusta tai neuvolasta, kun annatte luvan tai laki sen sallii. Lopuksi kirjoitamme yhteenvedon, ja saatte sen itsellenne.
sn-family-worries = Mikä teitä huolestuttaa?
sn-family-going-well = Mikä sujuu hyvin?
sn-family-hopes = Millaista apua toivotte?
sn-family-close-people = Kuka läheinen voi auttaa teitä?
sn-wish-to-talk-alone = Haluatko jutella työntekijän kanssa kahden kesken?
sn-wish-to-talk-alone-help = Vain työntekijä näkee tämän vastauksen. Sinun ei tarvitse kertoa tässä, mistä asiasta on kyse.

## 2. Lapsen tilanne

sn-child = Lapsen tilanne
sn-child-help = Arvioi jokainen osa-alue: 1 vahvuus, 2 ei huolta, 3 jonkin verran huolta, 4 vakava huoli. Kirjaa havainnot aina, kun arvio on 3 tai 4.
sn-child-health = Terveys ja kehitys
sn-child-health-help = Fyysinen terveys, kasvu, kehitysvaiheet, uni ja ravitsemus.
sn-child-learning = Varhaiskasvatus tai koulu
sn-child-learning-help = Läsnäolo, oppiminen, jaksaminen ja suhde aikuisiin.
sn-child-friends = Kaverit ja vapaa-aika
sn-child-friends-help = Ystävyyssuhteet, harrastukset ja mielekäs tekeminen.
sn-child-emotions = Tunteet ja käyttäytyminen
sn-child-emotions-help = Mieliala, tunteiden säätely, käytöksen muutokset ja riskikäyttäytyminen.
sn-child-safety = Turvallisuus
sn-child-safety-help = Onko lapsi turvassa kotona ja sen ulkopuolella; väkivalta, laiminlyönti tai muu vaara.
sn-level-1 = Vahvuus
sn-level-2 = Ei huolta
sn-level-3 = Jonkin verran huolta
sn-level-4 = Vakava huoli
sn-domain-notes = Havainnot ja perustelut
sn-source = Mistä tieto on saatu?
sn-source-child = Lapselta
sn-source-guardian = Huoltajalta
sn-source-network = Verkostolta
sn-source-observed = Työntekijän omasta havainnosta

## 3. Lapsen tapaaminen

sn-meeting = Lapsen tapaaminen ja mielipide
sn-meeting-help = Lasta tavataan henkilökohtaisesti ja hänen näkemyksensä selvitetään hänen ikänsä ja kehitystasonsa mukaisesti.
sn-child-met = Onko lapsi tavattu henkilökohtaisesti?
sn-meetings = Tapaamiset
sn-meeting-date = Päivä
sn-meeting-place = Paikka
sn-place-home = Koti
sn-place-office = Toimisto
sn-place-school = Koulu tai päiväkoti
sn-place-remote = Etätapaaminen
sn-place-other = Muu paikka
sn-meeting-alone = Tavattiinko lasta kahden kesken?
sn-not-met-reason = Miksi lasta ei ole tavattu?
sn-child-view-obtained = Kertoiko lapsi oman näkemyksensä?
sn-child-view-obtained-help = Jos näkemystä ei saatu, kirjaa syy.
sn-child-view = Mitä lapsi itse ajattelee tilanteestaan?
sn-child-view-help = Kirjaa lapsen ajatukset mahdollisimman hänen omin sanoin.
sn-child-view-missing-reason = Miksi lapsen näkemystä ei saatu?

## 4. Vanhemmuus ja arki

sn-parenting = Vanhemmuus ja perheen arki
sn-parenting-help = Sama asteikko: 1 vahvuus, 2 ei huolta, 3 jonkin verran huolta, 4 vakava huoli.
sn-parent-care = Perushoito ja huolenpito
sn-parent-care-help = Ruoka, uni, hygienia, terveydenhoito ja valvonta.
sn-parent-interaction = Vuorovaikutus lapsen kanssa
sn-parent-interaction-help = Lämpö, kiintymys ja lapsen tarpeiden huomaaminen.
sn-parent-boundaries = Rajat ja rutiinit
sn-parent-boundaries-help = Ikätasoiset säännöt, ennakoitava arki ja johdonmukaisuus.
sn-parent-coping = Vanhempien jaksaminen ja terveys
sn-parent-coping-help = Voimavarat, mielenterveys ja sairaudet, jotka vaikuttavat vanhemmuuteen.
sn-parent-substances = Päihteiden käyttö
sn-parent-substances-help = Alkoholin, huumeiden tai lääkkeiden käyttö, joka vaikuttaa lapsen hoitoon.
sn-family-violence = Väkivalta perheessä
sn-family-violence-help = Lähisuhdeväkivalta, väkivallan uhka tai sen näkeminen ja kuuleminen.
sn-family-finances = Toimeentulo
sn-family-finances-help = Rahan riittävyys, velat ja etuudet.
sn-family-housing = Asuminen
sn-family-housing-help = Asunnon sopivuus, turvallisuus ja pysyvyys.
sn-parenting-source = Mistä vanhemmuutta ja arkea koskevat tiedot on saatu?

## 5. Monialainen verkosto

sn-network = Monialainen verkosto (yhteistyötahojen osio)
sn-network-help = Yhteistyötahojen oma arvio ja ohjeet yhteistyötahoille. Tietoja pyydetään asiakkaan suostumuksella tai lain nojalla.
sn-guide-concern = Yhteistyötahoille, kun huoli herää: ota huoli puheeksi lapsen ja huoltajan kanssa, jos se on lapsen turvallisuuden kannalta mahdollista. Kirjaa, mitä havaitsit, kuinka huolissasi olet ja mitä olet jo tehnyt. Jos lapsi on välittömässä vaarassa, soita hätänumeroon 112 tai sosiaalipäivystykseen.
sn-guide-contact = Yhteydenotto sosiaalihuoltoon (SHL 35 §): kun työssäsi kohtaat lapsen tai perheen, joka tarvitsee sosiaalihuollon tukea, ohjaa heidät hakemaan palveluja tai ota heidän luvallaan yhteyttä sosiaalihuoltoon. Ilman lupaa yhteys otetaan, jos lapsen etu sitä välttämättä vaatii.
sn-guide-notification = Lastensuojeluilmoitus (LSL 25 §): jos saat työssäsi tietää lapsesta, jonka hoidon ja huolenpidon tarve, kehitystä vaarantavat olosuhteet tai oma käyttäytyminen edellyttää lastensuojelun tarpeen selvittämistä, tee ilmoitus viipymättä ja salassapitosäännösten estämättä. Velvollisuus on henkilökohtainen. Jos epäilet, että lapseen on kohdistunut seksuaalirikos tai henkeen tai terveyteen kohdistunut rikos, ilmoita myös poliisille.
sn-guide-consult = Lastensuojelun konsultointi: voit kysyä neuvoa lastensuojelun sosiaalityöntekijältä kertomatta lapsen tai perheen henkilöllisyyttä. Konsultointi ei korvaa lastensuojeluilmoitusta: kun ilmoitusvelvollisuus täyttyy, ilmoitus tehdään.
sn-partners = Yhteistyötahot
sn-partners-help = Yksi rivi kutakin tahoa kohden. Kirjaa taho, ei yksittäisen työntekijän nimeä.
sn-partner-agency = Taho
sn-agency-child-health-clinic = Neuvola tai kouluterveydenhuolto
sn-agency-early-education = Varhaiskasvatus
sn-agency-school = Koulu ja oppilashuolto
sn-agency-health-care = Terveydenhuolto
sn-agency-psychiatry = Lasten- tai nuorisopsykiatria
sn-agency-disability-services = Vammaispalvelut
sn-agency-social-services = Muu sosiaalihuollon palvelu
sn-agency-ngo = Järjestö
sn-agency-private-provider = Yksityinen palveluntuottaja
sn-agency-police = Poliisi
sn-agency-other = Muu taho
sn-partner-agency-other = Mikä muu taho?
sn-partner-basis = Tietojen saamisen peruste
sn-partner-basis-help = Suostumus tai laissa säädetty oikeus saada tietoja.
sn-basis-consent = Asiakkaan suostumus
sn-basis-statutory = Lakiin perustuva
sn-partner-concern-since = Milloin huoli heräsi?
sn-partner-observation = Mitä taho on havainnut?
sn-partner-observation-help = Kuvaa havainnot tosiasioina: mitä taho on nähnyt tai kuullut.
sn-partner-concern = Kuinka huolissaan taho on?
sn-partner-actions = Mitä taho on jo tehnyt?
sn-partner-actions-help = Esimerkiksi keskustelut lapsen ja huoltajan kanssa, oma tuki tai ohjaus palveluihin.
sn-partner-consulted = Onko taho konsultoinut lastensuojelua?
sn-partner-date = Päivä

## 6. Palvelut

sn-services = Palvelut
sn-services-help = Nykyiset palvelut ja ehdotettu tuki.
sn-services-current = Mitä palveluja perheellä on nyt?
sn-services-proposed-shl = Ehdotetut sosiaalihuoltolain mukaiset palvelut
sn-services-proposed-shl-help = Palvelut, joita voidaan antaa ilman lastensuojelun asiakkuutta.
sn-services-proposed-lsl = Ehdotetut lastensuojelun avohuollon tukitoimet
sn-services-proposed-lsl-help = Vain, jos lastensuojelun asiakkuus alkaa.
sn-service-none = Ei palveluja
sn-service-family-work = Perhetyö
sn-service-home-services = Kotipalvelu
sn-service-family-counselling = Kasvatus- ja perheneuvonta
sn-service-mental-health = Mielenterveyspalvelut
sn-service-substance-services = Päihdepalvelut
sn-service-disability-services = Vammaispalvelut
sn-service-open-care = Lastensuojelun avohuolto
sn-service-other = Muu palvelu
sn-service-support-person = Tukihenkilö tai tukiperhe
sn-service-peer-group = Vertaistukiryhmä
sn-service-social-counselling = Sosiaaliohjaus
sn-service-intensified-family-work = Tehostettu perhetyö
sn-service-family-rehabilitation = Perhekuntoutus
sn-service-support-person-family = Tukihenkilö tai tukiperhe lastensuojelun tukitoimena
sn-service-financial-support = Taloudellinen tuki
sn-service-open-care-placement = Avohuollon sijoitus
sn-services-notes = Lisätietoja palveluista

## 7. Asiakkaan mielipide

sn-opinion = Asiakkaan mielipide ja näkemys palvelutarpeesta
sn-opinion-help = Kirjaa lapsen ja jokaisen huoltajan mielipide erikseen. Jos mielipidettä ei voida selvittää ilmeisen esteen vuoksi, kirjaa este.
sn-child-opinion-given = Kertoiko lapsi mielipiteensä avun tarpeesta?
sn-child-opinion = Mitä mieltä lapsi on avun tarpeesta?
sn-opinion-obstacle = Ilmeinen este ja sen syy
sn-guardian-opinions = Mitä mieltä huoltajat ovat?
sn-guardian-opinions-help = Yksi rivi jokaisesta huoltajasta.
sn-opinion-guardian = Huoltaja
sn-opinion-given = Kertoiko huoltaja mielipiteensä?
sn-guardian-opinion = Mitä mieltä huoltaja on avun tarpeesta?
sn-opinion-agrees = Onko huoltaja samaa mieltä arviosta?
sn-agrees-yes = Samaa mieltä
sn-agrees-partly = Osittain samaa mieltä
sn-agrees-no = Eri mieltä

## 8. Johtopäätökset

sn-conclusions = Ammattihenkilön johtopäätökset
sn-conclusions-help = Johtopäätökset asiakkuuden edellytyksistä ja tuen tarpeesta.
sn-summary = Yhteenveto tilanteesta ja tuen tarpeesta
sn-summary-help = Kuvaa lapsen ja perheen tilanne, vahvuudet ja huolet sekä tuen tarve.
sn-support-needs = Tuen tarpeet (SHL 11 §)
sn-support-needs-help = Valitse tuen tarpeet, joihin palveluja järjestetään. Järjestys on sosiaalihuoltolain 11 §:n mukainen.
sn-need-everyday-life = Jokapäiväisestä elämästä suoriutuminen
sn-need-housing = Asuminen
sn-need-financial = Taloudellinen tuki
sn-need-inclusion = Syrjäytymisen ehkäisy ja osallisuus
sn-need-violence = Lähisuhde- ja perheväkivalta tai muu kaltoinkohtelu
sn-need-violence-maltreatment = Lähisuhde- ja perheväkivalta sekä muu väkivalta tai kaltoinkohtelu
sn-need-crisis = Äkilliset kriisitilanteet
sn-need-child-development = Lapsen tasapainoinen kehitys ja hyvinvointi
sn-need-health = Päihteet, mielenterveys, sairaus tai vamma
sn-need-health-ageing = Päihteiden ongelmakäyttö, mielenterveysongelma, muu sairaus, vamma tai ikääntyminen
sn-need-functioning = Muu fyysiseen, psyykkiseen, sosiaaliseen tai kognitiiviseen toimintakykyyn liittyvä tuen tarve
sn-need-ageing = Ikääntymiseen liittyvä tuki
sn-need-relatives = Läheisten ja omaisten tukeminen
sn-need-nature = Tuen tarpeen luonne
sn-nature-temporary = Tilapäinen
sn-nature-recurring = Toistuva
sn-nature-long-term = Pitkäaikainen
sn-outcome = Arvioinnin tulos
sn-outcome-help = Tulos on ammattihenkilön johtopäätös; pisteet ja huolen taso ovat vain päätöksenteon tukena.
sn-outcome-ends = Asiakkuus päättyy
sn-outcome-continues-shl = Asiakkuus jatkuu sosiaalihuoltolain mukaisena
sn-outcome-child-welfare = Lastensuojelun asiakkuus alkaa
sn-outcome-referral = Ohjaus muuhun palveluun
sn-lsl27 = Lastensuojelun asiakkuuden alkamisen peruste (LSL 27 §)
sn-lsl27-help = Valitse kaikki täyttyvät perusteet.
sn-lsl27-urgent = Lapsen hyväksi on ryhdytty kiireellisiin toimiin
sn-lsl27-support = Lapselle on annettu lastensuojelun tukitoimia ennen arvioinnin valmistumista
sn-lsl27-endangered = Kasvuolot tai lapsen oma käyttäytyminen vaarantavat terveyden tai kehityksen, ja lapsi tarvitsee lastensuojelun palveluja
sn-referral-to = Mihin palveluun ohjattiin?
sn-cw-investigation = Selvitettiinkö arvioinnissa lastensuojelun tarve (LSL 26 §)?
sn-cw-investigation-help = Kyllä, jos asia tuli vireille lastensuojeluasiana tai arvioinnissa ilmeni lastensuojelun tarve.

## 9. Omatyöntekijä

sn-designated = Omatyöntekijä
sn-designated-help = Työntekijän ja asiakkaan näkemys omatyöntekijän tarpeesta. Erityistä tukea tarvitsevan lapsen omatyöntekijä on sosiaalityöntekijä.
sn-designated-worker-view = Työntekijän näkemys omatyöntekijän tarpeesta
sn-designated-client-view = Tarvitseeko perhe oman työntekijän (omatyöntekijä)?
sn-designated-needed = Tarvitaan
sn-designated-has-one = On jo nimetty
sn-designated-not-needed = Ei tarvita
sn-designated-no-opinion = Ei mielipidettä
sn-designated-role = Omatyöntekijän ammattinimike
sn-designated-role-special-help = Erityistä tukea tarvitsevan lapsen omatyöntekijänä toimii sosiaalityöntekijä.
sn-role-social-worker = Sosiaalityöntekijä
sn-role-social-counsellor = Sosiaaliohjaaja
sn-role-other-professional = Muu sosiaalihuollon ammattihenkilö
sn-designated-name = Omatyöntekijän nimi
sn-designated-name-help = Työntekijän nimi, jos omatyöntekijä on jo nimetty.

## 10. Jakelu

sn-distribution = Jakelu
sn-copy-given = Onko arvio annettu asiakkaalle?
sn-copy-given-on = Annettu
sn-copy-not-given-reason = Miksi arviota ei ole annettu?

## Pisteytys (päätöksenteon tuki)

sn-concern-count = Huolta herättävät osa-alueet
sn-band-mainly-strengths = Pääosin vahvuuksia: enintään yksi osa-alue herättää huolta.
sn-band-some-concern = Jonkin verran huolta: kahdesta neljään osa-aluetta herättää huolta.
sn-band-significant-concern = Merkittävä huoli: vähintään viisi osa-aluetta herättää huolta tai jokin osa-alue vakavaa huolta.
sn-band-red-flag = Merkittävä huoli: lapsen turvallisuus tai väkivalta perheessä herättää huolta. Arvioi lapsen välitön turvallisuus ja kiireellisten toimien tarve.
sn-band-red-flag-serious = Punainen lippu: vakava huoli lapsen turvallisuudesta tai perheessä tapahtuvasta väkivallasta. Arvioi heti lapsen välitön turvallisuus ja kiireellisten toimien tarve.

## Deadlines: when the law sets none, or the assessment was found unnecessary (arvio-forms deadlines.rs)
sn-deadline-none = Laki ei aseta tälle asialle määräpäivää: arviointi aloitetaan ilman aiheetonta viivytystä (SHL 36 §). Seitsemän arkipäivän ja kolmen kuukauden määräajat koskevat lastensuojeluasiaa ja erityistä tukea tarvitsevaa lasta.
sn-deadline-unknown = Määräajat sitovat, jos asia on lastensuojeluasia tai lapsi tarvitsee erityistä tukea. Kun tulotapa ja erityisen tuen tarve on kirjattu, lomake näyttää, koskevatko ne tätä asiaa.
sn-deadline-not-needed = Arviointi ratkaistiin ilmeisen tarpeettomaksi (LSL 26 §, SHL 36 §): aloittamisen ja valmistumisen määräajat eivät koske asiaa.
sn-deadline-nonworking = * Määräpäivä osuu lauantaille, sunnuntaille, pyhäpäivälle tai juhannus- tai jouluaatolle. Se näytetään laskettuna: laki ei siirrä sitä seuraavaan arkipäivään.
