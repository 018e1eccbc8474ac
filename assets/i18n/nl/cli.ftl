# Meldingen van de opdrachtregel voor mensen. Uitvoer van --json wordt nooit vertaald.

## check
cli-draft-too-long = het concept is groter dan { $bytes } bytes; controleer een kortere tekst
cli-draft-unreadable = het concept kan niet van standaardinvoer worden gelezen
cli-draft-not-utf8 = het concept is geen UTF-8-tekst
cli-bad-lang = --lang ‘{ $lang }’ is geen taalcode zoals en of pt-BR
cli-no-phrases-in = het zinnenboek heeft geen zinnen in { $lang }; de talen zijn { $languages }
cli-finding = { $number }. ‘{ $passage }’ klinkt als ‘{ $blunt }’ ({ $situation })

## copy
cli-set-syntax = --set verwacht NAAM=WAARDE, kreeg ‘{ $got }’
cli-left-unfilled = let op: niet ingevuld: { $blanks }
cli-copied = Gekopieerd: { $text }
cli-clipboard-no-executable = het programma tactful is niet te vinden om het klembord vast te houden
cli-clipboard-no-keeper = de klembordbewaarder kan niet starten
cli-clipboard-no-answer = geen antwoord van de klembordbewaarder
cli-clipboard-timeout = { $seconds ->
    [one] het klembord antwoordde niet binnen { $seconds } seconde (reageert de bureaubladsessie? probeer --print)
   *[other] het klembord antwoordde niet binnen { $seconds } seconden (reageert de bureaubladsessie? probeer --print)
}
cli-clipboard-none = er is geen klembord beschikbaar (draait er een bureaubladsessie? probeer --print)
cli-clipboard-error = { $error } (probeer --print)
cli-clipboard-not-built = deze versie van tactful heeft geen klembord (gebouwd zonder `gui`); gebruik --print
cli-clipboard-keeper-broken = de tekst kan niet aan de klembordbewaarder worden gegeven

## import, export
cli-import-dry-run = Proefrun van { $file } in ‘{ $collection }’: zou { $summary } zijn. Er is niets veranderd.
cli-import-add = toevoegen
cli-import-update = bijwerken
cli-import-keep-local = lokaal houden
cli-import-retire = archiveren
cli-import-conflict = conflict
cli-imported = { $file } geïmporteerd in ‘{ $collection }’: { $summary }.
cli-up-to-date = { $file } is bijgewerkt: { $summary }.
cli-conflicts-hint = `tactful conflicts` toont beide versies; `tactful resolve ID --ours|--theirs` beslist er een.
cli-backup-at = Een back-up van het zinnenboek van vóór de import staat in { $path }
cli-not-supported = niet ondersteund: { $note }
cli-no-collection = geen collectie met de naam ‘{ $name }’

## phrases
cli-trashed = { $id } is naar de prullenbak verplaatst. `tactful restore { $id }` haalt hem terug.
cli-restored = { $id } teruggezet: { $text }
cli-trash-empty = De prullenbak is leeg.
cli-query-too-long = let op: alleen de eerste { $counted } woorden van de zoekopdracht tellen; { $ignored } zijn weggelaten
cli-no-match = Geen zinnen gevonden. Probeer minder letters, een andere taal of `--status retired`.
cli-instead-of = in plaats van: { $blunt }
cli-why = waarom: { $note }
cli-id = id: { $id }
cli-situation = situatie: { $title } ({ $key })
cli-language-status-collection = taal: { $lang }  status: { $status }  collectie: { $collection }
cli-vetted-by-on = goedgekeurd door { $name } op { $date }
cli-vetted-on = goedgekeurd op { $date }
cli-needs-review = nakijken nodig: een vertaling is veranderd sinds de goedkeuring
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
cli-nothing-to-change = niets te wijzigen: geef --text, --status, --situation, --lang, --avoid, --tag, --note, --group of --title
cli-cannot-edit = { $id } kan niet worden bewerkt
cli-updated = { $id } bijgewerkt: { $text }

## team
cli-vetted-by = { $id } goedgekeurd (door { $name }).
cli-vetted = { $id } goedgekeurd.
cli-following = { $path } wordt gevolgd.
cli-no-subscriptions = Geen abonnementen. `tactful subscribe PATH` volgt een teambestand of -map.
cli-synced-at = gesynchroniseerd { $at }
cli-never-synced = nooit gesynchroniseerd
cli-last-error = laatste fout: { $error }
cli-unsubscribed = { $path } wordt niet meer gevolgd; de zinnen blijven.
cli-no-collection-files = De gevolgde mappen bevatten nog geen collectiebestanden (.json, .csv, .yml).
cli-resolved-ours = { $id } opgelost: jouw versie behouden ({ $status }).
cli-resolved-theirs = { $id } opgelost: binnenkomende versie overgenomen ({ $status }).
cli-sync-failed = { $failed } van de { $total } gevolgde bestanden konden niet worden geïmporteerd; daaruit is niets veranderd
cli-nothing-to-review = Niets om na te kijken.
cli-review-counts = Concepten: { $drafts }; vertalingen om na te kijken: { $recheck }; conflicten: { $conflicts }.
cli-reason-draft = concept
cli-reason-needs-review = nakijken
cli-reason-conflict = conflict
cli-review-hint = `tactful vet ID` keurt een zin goed; `tactful conflicts` toont beide versies van een conflict.
cli-no-conflicts = Geen conflicten.
cli-conflict-from = { $id }  (uit { $source })
cli-conflict-ours = van ons:  { $text } [{ $status }]
cli-conflict-theirs = van hen:  { $text } [{ $status }]
cli-conflict-theirs-removed = van hen:  verwijderd bij de bron
cli-resolve-hint = `tactful resolve ID --ours` houdt de jouwe; `--theirs` neemt de binnenkomende versie.
