# Fouten uit de kern van Tactful, zoals het venster en de CLI ze tonen (woordenlijst: window.ftl).

## De database met zinnen
error-read-only = { $path } is alleen-lezen (controleer de rechten van het bestand); er is niets gewijzigd
error-newer-schema = { $path } is gemaakt door een nieuwere versie van Tactful (schemaversie { $found }; deze versie kent tot en met { $supported }); er is niets gewijzigd. Werk Tactful bij om het bestand te openen
error-damaged = De database met zinnen is beschadigd ({ $finding }); er is niets gewijzigd. Zet een kopie terug uit de map met back-ups ernaast
error-no-phrase = Er is geen zin met de id “{ $id }”
error-key-taken = Er bestaat al een situatie met de sleutel “{ $key }”
error-self-link = Een zin kan niet zijn eigen vertaling zijn
error-would-retire = { $file } zou { $retired } van de { $held } zinnen archiveren; het bestand is dus misschien onvolledig (een kopie die nog wordt geschreven). Er is niets gewijzigd. Zijn de zinnen met opzet verwijderd, importeer het bestand dan één keer met de hand

## Bestanden importeren
error-import-read = { $file }: het bestand kan niet worden gelezen: { $reason }
error-import-not-a-file = { $file } is geen gewoon bestand; alleen gewone bestanden worden geïmporteerd
error-import-too-large = { $file } is groter dan de importlimiet van 64 MiB; verdeel het over kleinere collecties
error-import-folder = { $file } is een map; alleen bestanden en espanso-configuratiemappen (met een map “match”) worden geïmporteerd

## Webadressen
error-not-a-url = { $url } is geen webadres (het moet beginnen met https:// of http://)
error-http-status = { $url }: de server antwoordde { $status }
error-http-not-allowed = { $url }: de server antwoordde { $status } (geen toegang: het adres heeft misschien een token nodig, of het bestand is privé)
error-http-not-found = { $url }: de server antwoordde { $status } (niet gevonden: controleer het adres)
error-http-server-error = { $url }: de server antwoordde { $status } (een serverfout: het wordt later opnieuw geprobeerd)
error-http-too-large = { $url }: het antwoord is groter dan de limiet en is daarom niet gelezen
error-http-redirects = { $url }: te veel doorverwijzingen; de server verwijst misschien in een kringetje door
error-http-timeout = { $url }: de server antwoordde niet op tijd
error-http-unreachable = { $url }: de server is niet bereikbaar ({ $reason })
error-fetch-kept-copy = { $reason }. Er is niets gewijzigd; het zinnenboek houdt de laatste goede kopie aan, van { $age }.
error-fetch-no-copy = { $reason }. Er is niets gewijzigd; er is daar nog nooit een kopie opgehaald.
age-just-now = minder dan een minuut geleden
age-minutes = { $count ->
    [one] { $count } minuut geleden
   *[other] { $count } minuten geleden
}
age-hours = { $count ->
    [one] { $count } uur geleden
   *[other] { $count } uur geleden
}
age-days = { $count ->
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
}

## Ondertekende collecties
error-unsigned = { $subject } is niet ondertekend (er staat geen .minisig-handtekening naast); er is niets gewijzigd
error-bad-signature = De handtekening van { $subject } kan niet worden gelezen ({ $reason }); er is niets gewijzigd
error-untrusted = { $subject } is ondertekend met sleutel { $signer }, die dit abonnement niet vertrouwt (vertrouwd: { $trusted }); er is niets gewijzigd
error-signature-mismatch = { $subject } klopt niet met de handtekening van sleutel { $signer }: het is na het ondertekenen gewijzigd of beschadigd; er is niets gewijzigd
error-bad-public-key = “{ $given }” is geen openbare minisign-sleutel (verwacht: een regel als RWQ… of een .pub-bestand)
