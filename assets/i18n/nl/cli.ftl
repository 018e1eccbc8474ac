# Meldingen van de opdrachtregel voor mensen. Uitvoer van --json wordt nooit vertaald.
# Termen zoals in window.ftl (zie de woordenlijst daar). Opdrachten, opties en hun argumenten
# (`tactful resolve ID --ours`, PATH, NAME=VALUE) blijven zoals de opdrachtregel ze kent.

## check
cli-draft-too-long = het concept is groter dan { $bytes } bytes; controleer een kortere tekst
cli-draft-unreadable = kan het concept niet lezen van standaardinvoer
cli-draft-not-utf8 = het concept is geen UTF-8-tekst
cli-bad-lang = --lang “{ $lang }” is geen taalcode zoals en of pt-BR
cli-no-phrases-in = het zinnenboek heeft geen zinnen in { $lang }; wel in { $languages }
# Eén bevinding van `tactful check`: nummer, de passage, de botte zin waarop die lijkt, de situatiesleutel.
cli-finding = { $number }. “{ $passage }” klinkt als “{ $blunt }” ({ $situation })

## copy
cli-set-syntax = --set verwacht NAAM=WAARDE, niet “{ $got }”
cli-left-unfilled = let op, niet ingevuld: { $blanks }
cli-copied = Gekopieerd: { $text }
cli-clipboard-no-executable = kan het programma tactful niet vinden om het klembord vast te houden
cli-clipboard-no-keeper = kan de klembordbewaarder niet starten
cli-clipboard-no-answer = geen antwoord van de klembordbewaarder
cli-clipboard-timeout = { $seconds ->
    [one] het klembord antwoordde niet binnen { $seconds } seconde (reageert de bureaubladsessie? probeer --print)
   *[other] het klembord antwoordde niet binnen { $seconds } seconden (reageert de bureaubladsessie? probeer --print)
}
cli-clipboard-none = er is geen klembord beschikbaar (draait er een bureaubladsessie? probeer --print)
cli-clipboard-error = { $error } (probeer --print)
cli-clipboard-not-built = deze versie van tactful kan niet bij het klembord (gebouwd zonder de feature `gui`); gebruik --print

## import, export
# $summary somt de aantallen op ("2 added, 1 updated, …"); die tekst komt nog in het Engels uit de kern.
cli-import-dry-run = Proefimport van { $file } in “{ $collection }” zou geven: { $summary }. Er is niets gewijzigd.
# Labels vóór een id in de lijst van een proefimport: "  toevoegen team.greeting.nl".
cli-import-add = toevoegen
cli-import-update = bijwerken
cli-import-keep-local = lokaal behouden
cli-import-retire = archiveren
cli-import-conflict = conflict
cli-imported = { $file } geïmporteerd in “{ $collection }”: { $summary }.
cli-up-to-date = { $file } is al actueel: { $summary }.
cli-conflicts-hint = `tactful conflicts` toont beide versies; `tactful resolve ID --ours|--theirs` lost er een op.
cli-backup-at = Een back-up van het zinnenboek van vóór de import staat in { $path }
cli-not-supported = niet ondersteund: { $note }
cli-no-collection = geen collectie met de naam “{ $name }”

## zinnen: search, show, add, edit, trash
cli-trashed = { $id } is naar de prullenbak verplaatst. `tactful restore { $id }` zet hem terug.
cli-restored = { $id } teruggezet: { $text }
cli-trash-empty = De prullenbak is leeg.
cli-query-too-long = let op: alleen de eerste { $counted } woorden van de zoekopdracht tellen; de overige { $ignored } zijn genegeerd
cli-no-match = Geen zinnen gevonden. Probeer minder letters, een andere taal of `--status retired`.
cli-instead-of = in plaats van: { $blunt }
cli-why = waarom: { $note }
cli-id = id: { $id }
cli-situation = situatie: { $title } ({ $key })
# $lang en $status staan zoals het zinnenboek ze opslaat (en, vetted).
cli-language-status-collection = taal: { $lang }  status: { $status }  collectie: { $collection }
cli-vetted-by-on = goedgekeurd door { $name } op { $date }
cli-vetted-on = goedgekeurd op { $date }
cli-needs-review = na te kijken: een vertaling is gewijzigd sinds de goedkeuring
cli-tags = labels: { $tags }
cli-copied-times = { $count ->
    [one] één keer gekopieerd
   *[other] { $count } keer gekopieerd
}
cli-copied-times-favourite = { $count ->
    [one] één keer gekopieerd · favoriet
   *[other] { $count } keer gekopieerd · favoriet
}
cli-added = { $id } toegevoegd
cli-nothing-to-change = niets te wijzigen: gebruik --text, --status, --situation, --lang, --avoid, --tag, --note, --group of --title
cli-cannot-edit = kan { $id } niet bewerken
cli-updated = { $id } bijgewerkt: { $text }

## team: vet, subscribe, review, conflicts
cli-vetted-by = { $id } goedgekeurd (door { $name }).
cli-vetted = { $id } goedgekeurd.
cli-following = { $path } wordt gevolgd.
cli-synced-at = gesynchroniseerd op { $at }
cli-never-synced = nooit gesynchroniseerd
cli-last-error = laatste fout: { $error }
cli-unsubscribed = { $path } wordt niet meer gevolgd; de zinnen eruit blijven staan.
cli-no-collection-files = De gevolgde mappen bevatten nog geen collectiebestanden (.json, .csv, .yml).
cli-resolved-ours = { $id } opgelost: jouw versie behouden ({ $status }).
cli-resolved-theirs = { $id } opgelost: binnenkomende versie overgenomen ({ $status }).
cli-sync-failed = { $failed } van de { $total } gevolgde bestanden konden niet worden geïmporteerd; daaruit is niets overgenomen
cli-nothing-to-review = Niets na te kijken.
cli-review-counts = Concepten: { $drafts }; vertalingen om na te kijken: { $recheck }; conflicten: { $conflicts }.
# De reden staat in een kolom van 12 tekens breed.
cli-reason-draft = concept
cli-reason-needs-review = na te kijken
cli-reason-conflict = conflict
cli-review-hint = `tactful vet ID` keurt een zin goed; `tactful conflicts` toont beide versies van een conflict.
cli-no-conflicts = Geen conflicten.
cli-conflict-from = { $id }  (uit { $source })
# Twee regels onder elkaar: de tekst begint in dezelfde kolom.
cli-conflict-ours = jouw versie:  { $text } [{ $status }]
cli-conflict-theirs = binnenkomend: { $text } [{ $status }]
cli-conflict-theirs-removed = binnenkomend: verwijderd bij de bron
cli-resolve-hint = `tactful resolve ID --ours` behoudt jouw versie; `--theirs` neemt de binnenkomende versie over.
cli-clipboard-keeper-broken = kan de tekst niet aan de klembordbewaarder doorgeven

## Na de samenvoeging: overgeslagen items, ondertekeningssleutels, gevolgde webadressen
cli-no-subscriptions = Geen abonnementen. `tactful subscribe PATH_OR_URL` volgt een teambestand, -map of webadres.
cli-signed-by-key = ondertekend met vertrouwde sleutel { $key }
cli-skipped-entries = { $count ->
    [one] { $count } item uit { $file } overgeslagen; het is niet geïmporteerd:
   *[other] { $count } items uit { $file } overgeslagen; ze zijn niet geïmporteerd:
}
cli-skipped = overgeslagen: { $entry }
cli-key-written = Sleutel { $id } geschreven: publieke sleutel { $public }, geheime sleutel { $secret }.
cli-key-unprotected = De geheime sleutel heeft geen wachtwoord: iedereen die { $secret } kan lezen, kan namens jou ondertekenen.
cli-key-how-to-follow = Agents volgen je ondertekende collectie met: tactful subscribe URL --trust { $key }
cli-signed-file = { $file } ondertekend met sleutel { $id }: { $signature }
cli-signed-only = Alleen bestanden die met een van deze sleutels zijn ondertekend, worden geaccepteerd: { $keys }.
cli-signed-by-keys = ondertekend met: { $keys }
cli-not-modified = { $file }: niet gewijzigd sinds de vorige kopie.
