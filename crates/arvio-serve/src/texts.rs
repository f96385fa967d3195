//! The server's own page texts in Finnish, Swedish and English (not in the Fluent files yet).

/// `(id, fi, sv, en)`.
const TABLE: &[(&str, &str, &str, &str)] = &[
    ("forms", "Lomakkeet", "Blanketter", "Forms"),
    (
        "forms-intro",
        "Valitse lomake ja kieli. Voit tallentaa keskeneräisen lomakkeen luonnoksena ja jatkaa myöhemmin saamastasi linkistä.",
        "Välj blankett och språk. Du kan spara en halvfärdig blankett som utkast och fortsätta senare via länken du får.",
        "Choose a form and a language. You can save an unfinished form as a draft and continue later from the link you get.",
    ),
    (
        "draft-saved",
        "Luonnos on tallennettu. Ota talteen tämän sivun osoite: sen avulla voit jatkaa täyttämistä myöhemmin. Älä jaa linkkiä muille.",
        "Utkastet har sparats. Spara adressen till den här sidan: med den kan du fortsätta fylla i senare. Dela inte länken med andra.",
        "The draft has been saved. Keep the address of this page: with it you can continue later. Do not share the link.",
    ),
    (
        "draft-link",
        "Linkki luonnokseen",
        "Länk till utkastet",
        "Link to the draft",
    ),
    (
        "all-forms",
        "Kaikki lomakkeet",
        "Alla blanketter",
        "All forms",
    ),
    (
        "not-found",
        "Sivua ei löytynyt",
        "Sidan hittades inte",
        "Page not found",
    ),
    (
        "not-found-text",
        "Osoitteessa ei ole lomaketta. Tarkista linkki.",
        "Det finns ingen blankett på adressen. Kontrollera länken.",
        "There is no form at this address. Check the link.",
    ),
    (
        "conflict",
        "Lomake on tallennettu välillä",
        "Blanketten har sparats under tiden",
        "The form was saved in the meantime",
    ),
    (
        "conflict-text",
        "Tästä lomakkeesta on tallennettu uudempi versio (esimerkiksi toisessa ikkunassa). Vanhempi versio ei korvaa sitä. Avaa uusin versio ja tee muutokset siihen.",
        "En nyare version av blanketten har sparats (till exempel i ett annat fönster). En äldre version ersätter den inte. Öppna den senaste versionen och gör ändringarna i den.",
        "A newer version of this form has been saved (for example in another window). An older version does not replace it. Open the latest version and make your changes there.",
    ),
    (
        "latest",
        "Avaa uusin versio",
        "Öppna den senaste versionen",
        "Open the latest version",
    ),
    (
        "too-large",
        "Lomake on liian suuri",
        "Blanketten är för stor",
        "The form is too large",
    ),
    (
        "too-large-text",
        "Lähetetyssä lomakkeessa on liikaa tekstiä. Lyhennä pisimpiä vastauksia ja yritä uudelleen.",
        "Den skickade blanketten innehåller för mycket text. Förkorta de längsta svaren och försök igen.",
        "The form sent has too much text. Shorten the longest answers and try again.",
    ),
    (
        "bad-request",
        "Lomaketta ei voitu lukea",
        "Blanketten kunde inte läsas",
        "The form could not be read",
    ),
    (
        "bad-request-text",
        "Lähetetty lomake ei vastaa tätä lomaketta. Avaa lomake uudelleen ja yritä uudestaan.",
        "Den skickade blanketten motsvarar inte den här blanketten. Öppna blanketten på nytt och försök igen.",
        "What was sent does not match this form. Open the form again and try again.",
    ),
    (
        "server-error",
        "Tallennus epäonnistui",
        "Det gick inte att spara",
        "Saving failed",
    ),
    (
        "server-error-text",
        "Palvelussa tapahtui virhe. Yritä hetken kuluttua uudelleen.",
        "Ett fel inträffade i tjänsten. Försök igen om en stund.",
        "Something went wrong in the service. Try again in a moment.",
    ),
];

/// The text `id` in `lang` (`fi`, `sv` or `en`; anything else gives Finnish).
pub(crate) fn text(lang: &str, id: &str) -> &'static str {
    let row = TABLE
        .iter()
        .find(|r| r.0 == id)
        .map_or(("", "", "", ""), |r| *r);
    match lang {
        "sv" => row.2,
        "en" => row.3,
        _ => row.1,
    }
}
