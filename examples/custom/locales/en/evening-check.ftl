# How are your evenings? (evening-check), English: the texts of
# examples/custom/evening-check.toml, the same ids as the Finnish file.

ec-title = How are your evenings?
ec-description = Tell us briefly how evenings and bedtime go in your family. We will go through your answers together at our next meeting.
ec-evening = Evenings at home
ec-evening-help = Think of the last two weeks.
ec-bedtime-ok = Does bedtime usually go well?
ec-what-helps = What would help your evenings go better?
ec-what-helps-help = You can write in your own words, for example what is hard in the evenings and what you have already tried.
