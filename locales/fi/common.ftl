# Yhteiset tekstit: kaikki lomakkeet ja kaikki tulosteet (arvio-i18n, COMMON_IDS).
# Muuttujat ($question, $max ...) pitää pitää samoina kaikissa kielissä.

## Vastaukset ja lomakkeen rakenne

arvio-yes = Kyllä
arvio-no = Ei
arvio-not-answered = Ei vastattu
arvio-required = Pakollinen
arvio-optional = Vapaaehtoinen
arvio-answer-if = Vastaa, jos
arvio-row = Rivi { $number }
arvio-form-version = Lomakkeen versio { $version }
arvio-summary = Yhteenveto
arvio-select-one = Valitse yksi
arvio-select-many = Valitse kaikki sopivat
arvio-worker-only = Työntekijä täyttää
arvio-max-length =
    { $max ->
        [one] Enintään { $max } merkki
       *[other] Enintään { $max } merkkiä
    }
arvio-missing-text = (teksti puuttuu)
arvio-today = tänään

## Pisteet

arvio-scores = Pisteet
arvio-score = Tulos
arvio-range = Vaihteluväli
arvio-band = Tulkinta
arvio-band-disclaimer = Tulkinta on suuntaa antava apu arviointiin, ei päätös.
arvio-score-incomplete =
    { $missing ->
        [one] Ei laskettu: yksi vastaus puuttuu
       *[other] Ei laskettu: { $missing } vastausta puuttuu
    }
arvio-score-partial =
    { $missing ->
        [one] Osittainen: yksi vastaus puuttuu
       *[other] Osittainen: { $missing } vastausta puuttuu
    }
arvio-score-not-applicable = Ei sovellu – kysymykset eivät koskeneet tätä tilannetta

## Sivut, painikkeet ja kielet

arvio-page-of = Sivu { $page } / { $pages }
arvio-generated-on = Laadittu { $date }
arvio-confidential = Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k.)
arvio-confidential-short = Salassa pidettävä
arvio-navigation = Siirtyminen
arvio-submit = Lähetä
arvio-save-draft = Tallenna luonnos
arvio-add-row = Lisää rivi
arvio-remove-row = Poista rivi
arvio-language-name-fi = suomi
arvio-language-name-sv = ruotsi
arvio-language-name-en = englanti

## Ehdot
# Yhdistetään ohjeiksi, kuten: Vastaa, jos ”Puoliso?”: Kyllä ja ”Lapset?” on vastattu.

arvio-cond-and = ja
arvio-cond-or = tai
arvio-cond-any-row = jollakin rivillä
arvio-cond-not = ei
arvio-cond-other-than = jokin muu kuin
arvio-cond-answered = on vastattu
arvio-cond-not-answered = on jätetty vastaamatta
arvio-required-if = Pakollinen, jos
# Lainausmerkit ehdossa mainitun kysymyksen ympärillä.
arvio-quote-open = ”
arvio-quote-close = ”

## Yhteenvedon tiedot, taulukot ja huomautukset

arvio-assessment-date = Arviointipäivä
arvio-language = Kieli
arvio-score-value = Arvo
arvio-score-completeness = Kattavuus
arvio-deadlines = Määräajat
arvio-deadline-step = Vaihe
arvio-deadline-due = Määräpäivä
arvio-deadline-done = Tehty
arvio-deadline-status = Tilanne
arvio-no-rows = Ei rivejä.
# PDF-tulosteen alla, kun fontista puuttuu joitakin vastausten merkkejä.
arvio-replaced-chars-note = Merkillä � on korvattu merkit, joita fontissa ei ole.

## Virheet

arvio-errors =
    { $count ->
        [one] Lomakkeessa on yksi virhe
       *[other] Lomakkeessa on { $count } virhettä
    }
arvio-valid = Vastauksessa ei ole virheitä.
arvio-error-summary-title = Tarkista nämä kohdat ennen lähettämistä
# Ryhmän rivillä oleva kysymys: "Verkosto, rivi 3: Rooli".
arvio-question-in-row = { $group }, rivi { $row }: { $question }
arvio-question-row = { $group }, rivi { $row }
arvio-question-unknown = tuntematon kysymys
arvio-error-missing-required = Kysymykseen ”{ $question }” tarvitaan vastaus.
arvio-error-wrong-type = Vastaus kysymykseen ”{ $question }” on väärää muotoa.
arvio-error-unknown-option = Kysymyksen ”{ $question }” vastaus ei ole mikään annetuista vaihtoehdoista.
arvio-error-duplicate-option = Kysymyksessä ”{ $question }” on sama vaihtoehto valittu kahdesti.
# $bounds: both, min, max (luvut), date-min, date-max, not-future, not-past (päivämäärät), none.
arvio-error-out-of-range =
    { $bounds ->
        [both] Vastauksen kysymykseen ”{ $question }” pitää olla välillä { $min }–{ $max }.
        [min] Vastauksen kysymykseen ”{ $question }” pitää olla vähintään { $min }.
        [max] Vastauksen kysymykseen ”{ $question }” pitää olla enintään { $max }.
        [date-min] Kysymyksen ”{ $question }” päivämäärä voi olla aikaisintaan { $min }.
        [date-max] Kysymyksen ”{ $question }” päivämäärä voi olla viimeistään { $max }.
        [not-future] Kysymyksen ”{ $question }” päivämäärä ei voi olla tulevaisuudessa.
        [not-past] Kysymyksen ”{ $question }” päivämäärä ei voi olla menneisyydessä.
       *[none] Vastaus kysymykseen ”{ $question }” ei ole sallituissa rajoissa.
    }
arvio-error-not-integer = Vastaa kysymykseen ”{ $question }” kokonaisluvulla.
arvio-error-invalid-date = Kysymyksen ”{ $question }” päivämäärä ei ole kelvollinen.
arvio-error-too-long =
    { $max ->
        [one] Vastaus kysymykseen ”{ $question }” on liian pitkä: enintään { $max } merkki.
       *[other] Vastaus kysymykseen ”{ $question }” on liian pitkä: enintään { $max } merkkiä.
    }
# $char: merkin koodi (U+001B), $position: monesko merkki vastauksessa.
arvio-error-control-character = Vastauksessa kysymykseen ”{ $question }” on merkki, jota ei voi tallentaa ({ $char }, { $position }. merkki). Poista se.
arvio-error-too-few-selections =
    { $min ->
        [one] Valitse kysymyksessä ”{ $question }” vähintään { $min } vaihtoehto.
       *[other] Valitse kysymyksessä ”{ $question }” vähintään { $min } vaihtoehtoa.
    }
arvio-error-too-many-selections =
    { $max ->
        [one] Valitse kysymyksessä ”{ $question }” enintään { $max } vaihtoehto.
       *[other] Valitse kysymyksessä ”{ $question }” enintään { $max } vaihtoehtoa.
    }
arvio-error-too-few-rows =
    { $min ->
        [one] Kysymykseen ”{ $question }” tarvitaan vähintään { $min } rivi.
       *[other] Kysymykseen ”{ $question }” tarvitaan vähintään { $min } riviä.
    }
arvio-error-too-many-rows =
    { $max ->
        [one] Kysymyksessä ”{ $question }” voi olla enintään { $max } rivi.
       *[other] Kysymyksessä ”{ $question }” voi olla enintään { $max } riviä.
    }
arvio-error-does-not-apply = Kysymys ”{ $question }” ei koske teitä aiempien vastausten perusteella: poista vastaus.
arvio-error-unknown-question = Vastauksessa on kohta, jota tällä lomakkeella ei ole.
arvio-error-wrong-form = Vastaus on annettu jollekin muulle lomakkeelle kuin ”{ $form }”.
arvio-error-wrong-form-version = Vastaus on annettu lomakkeen eri versioon. Tämän lomakkeen versio on { $expected }.
arvio-error-unknown-form-version = Lomakkeen versiota, johon vastaus on annettu, ei tunneta. Tunnetut versiot: { $known }.

## Täyttöpalvelun sivut (arvio serve)

arvio-serve-forms = Lomakkeet
arvio-serve-forms-intro = Valitse lomake ja kieli. Voit tallentaa keskeneräisen lomakkeen luonnoksena ja jatkaa myöhemmin saamastasi linkistä.
arvio-serve-draft-saved = Luonnos on tallennettu. Ota talteen tämän sivun osoite: sen avulla voit jatkaa täyttämistä myöhemmin. Älä jaa linkkiä muille.
arvio-serve-draft-link = Linkki luonnokseen
arvio-serve-all-forms = Kaikki lomakkeet
arvio-serve-not-found = Sivua ei löytynyt
arvio-serve-not-found-text = Osoitteessa ei ole lomaketta. Tarkista linkki.
arvio-serve-conflict = Lomake on tallennettu välillä
arvio-serve-conflict-text = Tästä lomakkeesta on tallennettu uudempi versio (esimerkiksi toisessa ikkunassa). Vanhempi versio ei korvaa sitä. Avaa uusin versio ja tee muutokset siihen.
arvio-serve-latest = Avaa uusin versio
arvio-serve-too-large = Lomake on liian suuri
arvio-serve-too-large-text = Lähetetyssä lomakkeessa on liikaa tekstiä. Lyhennä pisimpiä vastauksia ja yritä uudelleen.
arvio-serve-bad-request = Lomaketta ei voitu lukea
arvio-serve-bad-request-text = Lähetetty lomake ei vastaa tätä lomaketta. Avaa lomake uudelleen ja yritä uudestaan.
arvio-serve-server-error = Tallennus epäonnistui
arvio-serve-server-error-text = Palvelussa tapahtui virhe. Yritä hetken kuluttua uudelleen.

arvio-serve-already-sent = Lomake on jo lähetetty
arvio-serve-already-sent-text = Lähetettyä lomaketta ei voi enää muuttaa. Jos haluat korjata jotakin, kerro siitä työntekijälle.
arvio-serve-link-gone = Linkki ei ole enää käytössä
arvio-serve-link-gone-text = Tämän lomakkeen linkki on vanhentunut tai suljettu, eikä sen kautta näytetä vastauksia. Jos tarvitset uuden linkin, ota yhteyttä työntekijään.
arvio-serve-sent = Lomake on lähetetty. Viitenumero on { $receipt }. Kerro viitenumero, jos otat yhteyttä työntekijään lomakkeesta.
arvio-serve-over-limit = Lomaketta ei tallennettu: joissakin vastauksissa on enemmän kuin lomakkeelle mahtuu. Korjaa merkityt kohdat ja tallenna uudelleen.
arvio-serve-busy-text = Tallennus ei onnistunut juuri nyt, koska palvelu on ruuhkainen. Vastauksesi ovat tallessa tällä sivulla: tallenna tai lähetä uudelleen hetken kuluttua.
arvio-serve-too-many = Liian monta pyyntöä
arvio-serve-too-many-text = Palveluun tuli tästä osoitteesta liian monta pyyntöä lyhyen ajan sisällä. Odota hetki ja yritä sitten uudelleen. Lomakkeelle kirjoittamasi tiedot ovat yhä selaimessasi: palaa edelliselle sivulle ja lähetä lomake uudelleen.

## Kappaleet, arvioinnin tiedot, allekirjoitukset ja vertailu

arvio-copy-worker = Työntekijän kappale
arvio-copy-family = Perheen kappale
arvio-private = Vain työntekijälle
arvio-record = Arvioinnin tiedot
arvio-open-questions =
    { $count ->
        [one] Yksi vapaaehtoinen kysymys jäi vastaamatta: { $sections }
       *[other] { $count } vapaaehtoista kysymystä jäi vastaamatta: { $sections }
    }
arvio-signatures = Allekirjoitukset
arvio-signature = Allekirjoitus
arvio-signature-name = Nimenselvennys
arvio-signature-date = Päiväys
arvio-signer-worker = Työntekijä
arvio-signer-family = Perhe
arvio-compare-title = Alun ja arvioinnin vertailu
arvio-compare-start = Alussa
arvio-compare-review = Arvioinnissa
arvio-compare-change = Muutos
arvio-compare-start-of = Alkuarvio { $date }
arvio-chart-alt = Kaavion luvut ovat myös taulukossa.
arvio-compare-attainment = Tavoitteiden saavuttaminen (T-luku, 50 = odotettu taso): alussa { $start }, arvioinnissa { $review }.
