# Fel från Tactfuls kärna, så som fönstret och CLI visar dem (ordlista: window.ftl).

## Frasbokens databas
error-read-only = { $path } är skrivskyddad (kontrollera filens behörigheter); inget har ändrats
error-newer-schema = { $path } skapades av en nyare version av Tactful (schemaversion { $found }; den här versionen känner till { $supported }); inget har ändrats. Uppdatera Tactful för att öppna den
error-damaged = Frasbokens databas är skadad ({ $finding }); inget har ändrats. Återställ en kopia från mappen med säkerhetskopior bredvid den
error-no-phrase = Det finns ingen fras med id ”{ $id }”
error-key-taken = Det finns redan en situation med nyckeln ”{ $key }”
error-self-link = En fras kan inte vara sin egen översättning
error-would-retire = { $file } skulle arkivera { $retired } av sina { $held } fraser, så filen kan vara ofullständig (en kopia som fortfarande skrivs); inget har ändrats. Om fraserna togs bort med avsikt, importera filen en gång för hand

## Filer att importera
error-import-read = { $file }: det går inte att läsa filen: { $reason }
error-import-not-a-file = { $file } är inte en vanlig fil; bara vanliga filer importeras
error-import-too-large = { $file } är större än importgränsen på 64 MiB; dela upp den i mindre samlingar
error-import-folder = { $file } är en mapp; bara filer och espanso-konfigurationsmappar (med en mapp ”match”) importeras

## Webbadresser
error-not-a-url = { $url } är ingen webbadress (den måste börja med https:// eller http://)
error-http-status = { $url }: servern svarade { $status }
error-http-not-allowed = { $url }: servern svarade { $status } (ingen behörighet: adressen kan kräva en token, eller så är filen privat)
error-http-not-found = { $url }: servern svarade { $status } (hittades inte: kontrollera adressen)
error-http-server-error = { $url }: servern svarade { $status } (ett serverfel: ett nytt försök görs senare)
error-http-too-large = { $url }: svaret är större än gränsen och lästes därför inte
error-http-redirects = { $url }: för många omdirigeringar; servern kanske omdirigerar i en slinga
error-http-timeout = { $url }: servern svarade inte i tid
error-http-unreachable = { $url }: det går inte att nå servern ({ $reason })
error-fetch-kept-copy = { $reason }. Inget har ändrats; frasboken behåller den senaste fungerande kopian, från { $age }.
error-fetch-no-copy = { $reason }. Inget har ändrats; ingen kopia har hämtats därifrån än.
age-just-now = mindre än en minut sedan
age-minutes = { $count ->
    [one] { $count } minut sedan
   *[other] { $count } minuter sedan
}
age-hours = { $count ->
    [one] { $count } timme sedan
   *[other] { $count } timmar sedan
}
age-days = { $count ->
    [one] { $count } dag sedan
   *[other] { $count } dagar sedan
}

## Signerade samlingar
error-unsigned = { $subject } är inte signerad (det finns ingen .minisig-signatur bredvid); inget har ändrats
error-bad-signature = Signaturen för { $subject } går inte att läsa ({ $reason }); inget har ändrats
error-untrusted = { $subject } är signerad med nyckeln { $signer }, som den här prenumerationen inte litar på (betrodda: { $trusted }); inget har ändrats
error-signature-mismatch = { $subject } stämmer inte med sin signatur från nyckeln { $signer }: den har ändrats efter signeringen eller är skadad; inget har ändrats
error-bad-public-key = ”{ $given }” är ingen publik minisign-nyckel (väntat: en rad som RWQ… eller en .pub-fil)
