# Miten illat sujuvat? (evening-check), suomi: the texts of examples/custom/evening-check.toml.
# The family reads these texts: plain words, the family addressed as "te". These ids are new;
# an added file may not redefine a built-in text (arvio-yes and the other common words stay).

ec-title = Miten illat sujuvat?
ec-description = Kertokaa lyhyesti, miten perheenne illat ja nukkumaanmeno sujuvat. Käymme vastauksenne läpi yhdessä seuraavalla tapaamisella.
ec-evening = Illat kotona
ec-evening-help = Ajatelkaa kahta viime viikkoa.
ec-bedtime-ok = Sujuuko nukkumaanmeno yleensä hyvin?
ec-what-helps = Mikä auttaisi iltoja sujumaan paremmin?
ec-what-helps-help = Voitte kirjoittaa omin sanoin, esimerkiksi mikä illoissa on vaikeaa ja mitä olette jo kokeilleet.
