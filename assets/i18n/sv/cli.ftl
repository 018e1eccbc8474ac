# Kommandoradens meddelanden till människor. Utdata från --json översätts aldrig.
# Termerna följer ordlistan överst i window.ftl. Kommandon, flaggor och värden som frasboken
# lagrar (vetted, en, --ours) skrivs som på engelska eftersom det är så man skriver dem.

## check
cli-draft-too-long = utkastet är större än { $bytes } byte; kontrollera en kortare text
cli-draft-unreadable = kan inte läsa utkastet från standardinmatningen
cli-draft-not-utf8 = utkastet är inte UTF-8-text
cli-bad-lang = --lang ”{ $lang }” är ingen språkkod av typen en eller pt-BR
cli-no-phrases-in = frasboken har inga fraser på { $lang }; frasbokens språk är { $languages }
# Ett fynd från `tactful check`: nummer, formuleringen, den burdusa replik den liknar, situationens nyckel.
cli-finding = { $number }. ”{ $passage }” låter som ”{ $blunt }” ({ $situation })

## copy
cli-set-syntax = --set förväntar sig NAMN=VÄRDE men fick ”{ $got }”
cli-left-unfilled = obs: inte ifyllt: { $blanks }
cli-copied = Kopierat: { $text }
cli-clipboard-no-executable = hittar inte programfilen tactful som ska hålla kvar urklippet
cli-clipboard-no-keeper = kan inte starta urklippshållaren
cli-clipboard-no-answer = inget svar från urklippshållaren
cli-clipboard-timeout = { $seconds ->
    [one] urklippet svarade inte inom { $seconds } sekund (svarar skrivbordssessionen? prova --print)
   *[other] urklippet svarade inte inom { $seconds } sekunder (svarar skrivbordssessionen? prova --print)
}
cli-clipboard-none = inget urklipp är tillgängligt (körs en skrivbordssession? prova --print)
cli-clipboard-error = { $error } (prova --print)
cli-clipboard-not-built = den här versionen av tactful saknar stöd för urklipp (byggd utan funktionen `gui`); använd --print

## import, export
# $summary räknar upp antalen ("2 added, 1 updated, …"; den texten är på engelska).
cli-import-dry-run = Provkörning av { $file } till ”{ $collection }”: skulle ge { $summary }. Inget har ändrats.
cli-import-add = lägg till
cli-import-update = uppdatera
cli-import-keep-local = behåll lokal
cli-import-retire = arkivera
cli-import-conflict = konflikt
cli-imported = Importerade { $file } till ”{ $collection }”: { $summary }.
cli-up-to-date = { $file } är redan aktuell: { $summary }.
cli-conflicts-hint = `tactful conflicts` visar båda versionerna; `tactful resolve ID --ours|--theirs` löser en konflikt.
cli-backup-at = En säkerhetskopia av frasboken från före importen finns i { $path }
cli-not-supported = stöds inte: { $note }
cli-no-collection = det finns ingen samling som heter ”{ $name }”

## phrases: search, show, add, edit, trash
cli-trashed = { $id } har flyttats till papperskorgen. `tactful restore { $id }` tar tillbaka den.
cli-restored = { $id } återställd: { $text }
cli-trash-empty = Papperskorgen är tom.
cli-query-too-long = obs: bara de första { $counted } orden i sökningen räknas; ytterligare { $ignored } ignorerades
cli-no-match = Inga fraser matchar. Prova färre bokstäver, ett annat språk eller `--status retired`.
cli-instead-of = i stället för: { $blunt }
cli-why = varför: { $note }
cli-id = id: { $id }
cli-situation = situation: { $title } ({ $key })
# $lang och $status skrivs som frasboken lagrar dem (en, vetted).
cli-language-status-collection = språk: { $lang }  status: { $status }  samling: { $collection }
cli-vetted-by-on = godkänd av { $name } den { $date }
cli-vetted-on = godkänd den { $date }
cli-needs-review = behöver granskas: en översättning har ändrats sedan den godkändes
cli-tags = taggar: { $tags }
cli-copied-times = { $count ->
    [one] kopierad en gång
   *[other] kopierad { $count } gånger
}
cli-copied-times-favourite = { $count ->
    [one] kopierad en gång · favorit
   *[other] kopierad { $count } gånger · favorit
}
cli-added = { $id } tillagd
cli-nothing-to-change = inget att ändra: ange --text, --status, --situation, --lang, --avoid, --tag, --note, --group eller --title
cli-cannot-edit = kan inte redigera { $id }
cli-updated = { $id } uppdaterad: { $text }

## team: vet, subscribe, review, conflicts
cli-vetted-by = { $id } godkänd (av { $name }).
cli-vetted = { $id } godkänd.
cli-following = Följer { $path }.
cli-synced-at = synkad { $at }
cli-never-synced = aldrig synkad
cli-last-error = senaste fel: { $error }
cli-unsubscribed = Följer inte längre { $path }; fraserna finns kvar.
cli-no-collection-files = De följda mapparna innehåller inga samlingsfiler (.json, .csv, .yml) ännu.
cli-resolved-ours = { $id } löst: din version behölls ({ $status }).
cli-resolved-theirs = { $id } löst: den inkommande versionen används ({ $status }).
cli-sync-failed = { $failed } av { $total } följda filer kunde inte importeras; frasboken har inte ändrats av dem
cli-nothing-to-review = Inget att granska.
cli-review-counts = Utkast: { $drafts }; översättningar att granska om: { $recheck }; konflikter: { $conflicts }.
cli-reason-draft = utkast
cli-reason-needs-review = behöver granskas
cli-reason-conflict = konflikt
cli-review-hint = `tactful vet ID` godkänner en fras; `tactful conflicts` visar båda versionerna av en konflikt.
cli-no-conflicts = Inga konflikter.
cli-conflict-from = { $id }  (från { $source })
# "din:" och "deras:" fylls ut med mellanslag till samma bredd, så att texterna hamnar under varandra.
cli-conflict-ours = din:   { $text } [{ $status }]
cli-conflict-theirs = deras: { $text } [{ $status }]
cli-conflict-theirs-removed = deras: borttagen i källan
cli-resolve-hint = `tactful resolve ID --ours` behåller din version; `--theirs` använder den inkommande.
cli-clipboard-keeper-broken = kan inte lämna över texten till urklippshållaren

## Efter sammanslagningen: överhoppade poster, signeringsnycklar, följda webbadresser
cli-no-subscriptions = Inga prenumerationer. `tactful subscribe PATH_OR_URL` följer en teamfil, -mapp eller webbadress.
cli-signed-by-key = signerad med betrodd nyckel { $key }
cli-skipped-entries = { $count ->
    [one] Hoppade över { $count } post i { $file }; den importerades inte:
   *[other] Hoppade över { $count } poster i { $file }; de importerades inte:
}
cli-skipped = hoppades över: { $entry }
cli-key-written = Nyckel { $id } skriven: publik nyckel { $public }, hemlig nyckel { $secret }.
cli-key-unprotected = Den hemliga nyckeln har inget lösenord: alla som kan läsa { $secret } kan signera i ditt namn.
cli-key-how-to-follow = Agenter följer din signerade samling med: tactful subscribe URL --trust { $key }
cli-signed-file = Signerade { $file } med nyckel { $id }: { $signature }
cli-signed-only = Bara filer signerade med någon av nycklarna godtas: { $keys }.
cli-signed-by-keys = signerad med: { $keys }
cli-not-modified = { $file }: inte ändrad sedan förra kopian.
