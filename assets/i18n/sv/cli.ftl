# Kommandoradens meddelanden till människor. Utdata från --json översätts aldrig.

## check
cli-draft-too-long = utkastet är större än { $bytes } byte; granska en kortare text
cli-draft-unreadable = kan inte läsa utkastet från standard in
cli-draft-not-utf8 = utkastet är inte UTF-8-text
cli-bad-lang = --lang ”{ $lang }” är ingen språkkod som en eller pt-BR
cli-no-phrases-in = frasboken har inga fraser på { $lang }; dess språk är { $languages }
cli-finding = { $number }. ”{ $passage }” låter som ”{ $blunt }” ({ $situation })

## copy
cli-set-syntax = --set tar NAMN=VÄRDE, fick ”{ $got }”
cli-left-unfilled = obs: inte ifyllt: { $blanks }
cli-copied = Kopierat: { $text }
cli-clipboard-no-executable = hittar inte programmet tactful som ska hålla urklippet
cli-clipboard-no-keeper = kan inte starta urklippshållaren
cli-clipboard-no-answer = inget svar från urklippshållaren
cli-clipboard-timeout = { $seconds ->
    [one] urklippet svarade inte inom { $seconds } sekund (svarar skrivbordssessionen? prova --print)
   *[other] urklippet svarade inte inom { $seconds } sekunder (svarar skrivbordssessionen? prova --print)
}
cli-clipboard-none = inget urklipp finns (körs en skrivbordssession? prova --print)
cli-clipboard-error = { $error } (prova --print)
cli-clipboard-not-built = den här versionen av tactful saknar urklippsstöd (byggd utan `gui`); använd --print
cli-clipboard-keeper-broken = kan inte lämna texten till urklippshållaren

## import, export
cli-import-dry-run = Provkörning av { $file } till ”{ $collection }”: skulle bli { $summary }. Inget har ändrats.
cli-import-add = lägg till
cli-import-update = uppdatera
cli-import-keep-local = behåll lokal
cli-import-retire = arkivera
cli-import-conflict = konflikt
cli-imported = Importerade { $file } till ”{ $collection }”: { $summary }.
cli-up-to-date = { $file } är aktuell: { $summary }.
cli-conflicts-hint = `tactful conflicts` visar båda versionerna; `tactful resolve ID --ours|--theirs` avgör en.
cli-backup-at = En säkerhetskopia av frasboken från före importen finns i { $path }
cli-not-supported = stöds inte: { $note }
cli-no-collection = ingen samling som heter ”{ $name }”

## phrases
cli-trashed = Flyttade { $id } till papperskorgen. `tactful restore { $id }` tar tillbaka den.
cli-restored = Återställde { $id }: { $text }
cli-trash-empty = Papperskorgen är tom.
cli-query-too-long = obs: bara de första { $counted } orden i sökningen räknas; { $ignored } till utelämnades
cli-no-match = Inga fraser matchar. Prova färre bokstäver, ett annat språk eller `--status retired`.
cli-instead-of = i stället för: { $blunt }
cli-why = varför: { $note }
cli-id = id: { $id }
cli-situation = situation: { $title } ({ $key })
cli-language-status-collection = språk: { $lang }  status: { $status }  samling: { $collection }
cli-vetted-by-on = godkänd av { $name } den { $date }
cli-vetted-on = godkänd den { $date }
cli-needs-review = behöver granskas: en översättning har ändrats sedan godkännandet
cli-tags = taggar: { $tags }
cli-copied-times = { $count ->
    [one] kopierad en gång
   *[other] kopierad { $count } gånger
}
cli-copied-times-favourite = { $count ->
    [one] kopierad en gång · favorit
   *[other] kopierad { $count } gånger · favorit
}
cli-added = Lade till { $id }
cli-nothing-to-change = inget att ändra: ange --text, --status, --situation, --lang, --avoid, --tag, --note, --group eller --title
cli-cannot-edit = kan inte redigera { $id }
cli-updated = Uppdaterade { $id }: { $text }

## team
cli-vetted-by = Godkände { $id } (av { $name }).
cli-vetted = Godkände { $id }.
cli-following = Följer { $path }.
cli-no-subscriptions = Inga prenumerationer. `tactful subscribe PATH` följer en teamfil eller -mapp.
cli-synced-at = synkad { $at }
cli-never-synced = aldrig synkad
cli-last-error = senaste fel: { $error }
cli-unsubscribed = Följer inte längre { $path }; fraserna finns kvar.
cli-no-collection-files = De följda mapparna har inga samlingsfiler (.json, .csv, .yml) än.
cli-resolved-ours = Löste { $id }: behöll din version ({ $status }).
cli-resolved-theirs = Löste { $id }: behöll den inkommande versionen ({ $status }).
cli-sync-failed = { $failed } av { $total } följda filer kunde inte importeras; inget ändrades från dem
cli-nothing-to-review = Inget att granska.
cli-review-counts = Utkast: { $drafts }; översättningar att granska om: { $recheck }; konflikter: { $conflicts }.
cli-reason-draft = utkast
cli-reason-needs-review = granskas
cli-reason-conflict = konflikt
cli-review-hint = `tactful vet ID` godkänner en fras; `tactful conflicts` visar båda versionerna av en konflikt.
cli-no-conflicts = Inga konflikter.
cli-conflict-from = { $id }  (från { $source })
cli-conflict-ours = vår:   { $text } [{ $status }]
cli-conflict-theirs = deras: { $text } [{ $status }]
cli-conflict-theirs-removed = deras: borttagen vid källan
cli-resolve-hint = `tactful resolve ID --ours` behåller din; `--theirs` tar den inkommande versionen.
