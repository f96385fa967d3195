# Gemensamma texter för alla blanketter och utskrifter (arvio-i18n, COMMON_IDS).
# Finlandssvensk förvaltningsterminologi. Variablerna ($question, $max ...) ska vara desamma
# på alla språk.

## Svar och blankettens struktur

arvio-yes = Ja
arvio-no = Nej
arvio-not-answered = Inte besvarad
arvio-required = Obligatorisk
arvio-optional = Frivillig
arvio-answer-if = Svara om
arvio-row = Rad { $number }
arvio-form-version = Blankettens version { $version }
arvio-summary = Sammanfattning
arvio-select-one = Välj ett alternativ
arvio-select-many = Välj alla som passar
arvio-worker-only = Fylls i av arbetstagaren
arvio-max-length = Högst { $max } tecken
arvio-missing-text = (text saknas)
arvio-today = i dag

## Poäng

arvio-scores = Poäng
arvio-score = Resultat
arvio-range = Intervall
arvio-band = Tolkning
arvio-band-disclaimer = Tolkningen är ett vägledande stöd för bedömningen, inte ett beslut.
arvio-score-incomplete =
    { $missing ->
        [one] Inte beräknad: ett svar saknas
       *[other] Inte beräknad: { $missing } svar saknas
    }
arvio-score-partial =
    { $missing ->
        [one] Delvis: ett svar saknas
       *[other] Delvis: { $missing } svar saknas
    }
arvio-score-not-applicable = Gäller inte – frågorna gällde inte den här situationen

## Sidor, knappar och språk

arvio-page-of = Sida { $page } / { $pages }
arvio-generated-on = Upprättad { $date }
arvio-confidential = Sekretessbelagd (OffL 621/1999 24 § 1 mom. 25 punkten)
arvio-confidential-short = Sekretessbelagd
arvio-navigation = Navigering
arvio-submit = Skicka
arvio-save-draft = Spara utkast
arvio-add-row = Lägg till rad
arvio-remove-row = Ta bort rad
arvio-language-name-fi = finska
arvio-language-name-sv = svenska
arvio-language-name-en = engelska

## Villkor
# Sätts ihop till anvisningar som: Svara om ”Partner?”: Ja och ”Barn?” är besvarad.

arvio-cond-and = och
arvio-cond-or = eller
arvio-cond-any-row = på någon rad
arvio-cond-not = inte
arvio-cond-other-than = något annat än
arvio-cond-answered = är besvarad
arvio-cond-not-answered = är obesvarad
arvio-required-if = Obligatorisk om
# Citattecken kring frågan som ett villkor nämner.
arvio-quote-open = ”
arvio-quote-close = ”

## Sammanfattningens uppgifter, tabeller och anmärkningar

arvio-assessment-date = Bedömningsdatum
arvio-language = Språk
arvio-score-value = Värde
arvio-score-completeness = Fullständighet
arvio-deadlines = Tidsfrister
arvio-deadline-step = Skede
arvio-deadline-due = Sista dag
arvio-deadline-done = Utfört
arvio-deadline-status = Status
arvio-no-rows = Inga rader.
# Under en PDF vars typsnitt saknar några av svarens tecken.
arvio-replaced-chars-note = Tecknet � står för tecken som typsnittet saknar.

## Fel

arvio-errors =
    { $count ->
        [one] Blanketten har ett fel
       *[other] Blanketten har { $count } fel
    }
arvio-valid = Svaret innehåller inga fel.
arvio-error-summary-title = Kontrollera de här punkterna innan du skickar blanketten
# En fråga på en rad i en grupp: "Nätverk, rad 3: Roll".
arvio-question-in-row = { $group }, rad { $row }: { $question }
arvio-question-row = { $group }, rad { $row }
arvio-question-unknown = okänd fråga
arvio-error-missing-required = Frågan ”{ $question }” behöver ett svar.
arvio-error-wrong-type = Svaret på frågan ”{ $question }” har fel format.
arvio-error-unknown-option = Svaret på frågan ”{ $question }” är inte något av alternativen.
arvio-error-duplicate-option = I frågan ”{ $question }” har samma alternativ valts två gånger.
# $bounds: both, min, max (tal), date-min, date-max, not-future, not-past (datum), none.
arvio-error-out-of-range =
    { $bounds ->
        [both] Svaret på frågan ”{ $question }” ska vara mellan { $min } och { $max }.
        [min] Svaret på frågan ”{ $question }” ska vara minst { $min }.
        [max] Svaret på frågan ”{ $question }” ska vara högst { $max }.
        [date-min] Datumet i frågan ”{ $question }” kan vara tidigast { $min }.
        [date-max] Datumet i frågan ”{ $question }” kan vara senast { $max }.
        [not-future] Datumet i frågan ”{ $question }” kan inte vara i framtiden.
        [not-past] Datumet i frågan ”{ $question }” kan inte vara i det förflutna.
       *[none] Svaret på frågan ”{ $question }” ligger utanför det tillåtna intervallet.
    }
arvio-error-not-integer = Svara på frågan ”{ $question }” med ett heltal.
arvio-error-invalid-date = Datumet i frågan ”{ $question }” är inte giltigt.
arvio-error-too-long = Svaret på frågan ”{ $question }” är för långt: högst { $max } tecken.
# $char: tecknets kod (U+001B), $position: vilket tecken i svaret.
arvio-error-control-character = Svaret på frågan ”{ $question }” innehåller ett tecken som inte kan sparas ({ $char }, tecken nummer { $position }). Ta bort det.
arvio-error-too-few-selections = I frågan ”{ $question }” ska du välja minst { $min } alternativ.
arvio-error-too-many-selections = I frågan ”{ $question }” kan du välja högst { $max } alternativ.
arvio-error-too-few-rows =
    { $min ->
        [one] Frågan ”{ $question }” behöver minst { $min } rad.
       *[other] Frågan ”{ $question }” behöver minst { $min } rader.
    }
arvio-error-too-many-rows =
    { $max ->
        [one] Frågan ”{ $question }” kan ha högst { $max } rad.
       *[other] Frågan ”{ $question }” kan ha högst { $max } rader.
    }
arvio-error-does-not-apply = Frågan ”{ $question }” gäller inte er enligt de tidigare svaren: ta bort svaret.
arvio-error-unknown-question = Svaret innehåller en punkt som inte finns på den här blanketten.
arvio-error-wrong-form = Svaret hör till en annan blankett än ”{ $form }”.
arvio-error-wrong-form-version = Svaret hör till en annan version av blanketten. Den här blankettens version är { $expected }.
arvio-error-unknown-form-version = Blankettversionen som svaret hör till är okänd. Kända versioner: { $known }.

## Ifyllnadstjänstens sidor (arvio serve)

arvio-serve-forms = Blanketter
arvio-serve-forms-intro = Välj blankett och språk. Du kan spara en halvfärdig blankett som utkast och fortsätta senare via länken du får.
arvio-serve-draft-saved = Utkastet har sparats. Spara adressen till den här sidan: med den kan du fortsätta fylla i senare. Dela inte länken med andra.
arvio-serve-draft-link = Länk till utkastet
arvio-serve-all-forms = Alla blanketter
arvio-serve-not-found = Sidan hittades inte
arvio-serve-not-found-text = Det finns ingen blankett på adressen. Kontrollera länken.
arvio-serve-conflict = Blanketten har sparats under tiden
arvio-serve-conflict-text = En nyare version av blanketten har sparats (till exempel i ett annat fönster). En äldre version ersätter den inte. Öppna den senaste versionen och gör ändringarna i den.
arvio-serve-latest = Öppna den senaste versionen
arvio-serve-too-large = Blanketten är för stor
arvio-serve-too-large-text = Den skickade blanketten innehåller för mycket text. Förkorta de längsta svaren och försök igen.
arvio-serve-bad-request = Blanketten kunde inte läsas
arvio-serve-bad-request-text = Den skickade blanketten motsvarar inte den här blanketten. Öppna blanketten på nytt och försök igen.
arvio-serve-server-error = Det gick inte att spara
arvio-serve-server-error-text = Ett fel inträffade i tjänsten. Försök igen om en stund.

arvio-serve-already-sent = Blanketten har redan skickats
arvio-serve-already-sent-text = En skickad blankett kan inte längre ändras. Om du vill rätta något, berätta det för din arbetstagare.
arvio-serve-link-gone = Länken används inte längre
arvio-serve-link-gone-text = Länken till den här blanketten har gått ut eller stängts, och inga svar visas via den. Om du behöver en ny länk, kontakta din arbetstagare.
arvio-serve-sent = Blanketten har skickats. Referensnumret är { $receipt }. Uppge referensnumret om du kontaktar din arbetstagare om blanketten.
arvio-serve-over-limit = Blanketten sparades inte: några svar är längre eller har fler delar än blanketten rymmer. Rätta de markerade punkterna och spara igen.
arvio-serve-busy-text = Det gick inte att spara just nu, eftersom tjänsten är hårt belastad. Dina svar finns kvar på den här sidan: spara eller skicka igen om en stund.
arvio-serve-too-many = För många förfrågningar
arvio-serve-too-many-text = Tjänsten fick för många förfrågningar från den här adressen på kort tid. Vänta en stund och försök sedan igen. Det du skrev i blanketten finns kvar i din webbläsare: gå tillbaka till föregående sida och skicka blanketten igen.

## Exemplar, uppgifter om bedömningen, underskrifter och jämförelse

arvio-copy-worker = Arbetstagarens exemplar
arvio-copy-family = Familjens exemplar
arvio-private = Endast för arbetstagaren
arvio-record = Uppgifter om bedömningen
arvio-open-questions =
    { $count ->
        [one] En frivillig fråga lämnades obesvarad: { $sections }
       *[other] { $count } frivilliga frågor lämnades obesvarade: { $sections }
    }
arvio-signatures = Underskrifter
arvio-signature = Underskrift
arvio-signature-name = Namnförtydligande
arvio-signature-date = Datum
arvio-signer-worker = Arbetstagare
arvio-signer-family = Familjen
arvio-compare-title = Jämförelse mellan början och uppföljningen
arvio-compare-start = I början
arvio-compare-review = Vid uppföljningen
arvio-compare-change = Förändring
arvio-compare-start-of = Bedömningen i början { $date }
arvio-chart-alt = Diagrammets värden finns också i tabellen.
arvio-compare-attainment = Måluppfyllelse (T-värde, 50 = förväntad nivå): i början { $start }, vid uppföljningen { $review }.
