# Fönstrets ord. Termer som i frasboken: "fras", "situation", "burdus fras" (det man inte bör
# säga), "godkänd" (granskad och godkänd), "utkast", "arkiverad".

## Kommandotabellen: menyer, kortkommandolistan, verktygstips.
command-copy-selected = Kopiera vald fras
command-copy-row = Kopiera resultat 1 … 9 (numret på raden)
command-select-next = Nästa resultat
command-select-previous = Föregående resultat
command-escape = Rensa sökningen; en gång till för att minimera
command-focus-search = Sök (markerar det som står)
command-toggle-favourite = Favorit
command-other-languages = Visa träffar på alla språk
command-new-phrase = Ny fras
command-edit-phrase = Redigera fras
command-duplicate-phrase = Duplicera fras
command-delete-phrase = Ta bort fras
command-undo = Ångra borttagning
command-large-type = Stor text
command-compact = Kompakt läge
command-side-panel = Sidopanel
command-detail-pane = Detaljpanel
command-always-on-top = Alltid överst
command-settings = Inställningar
command-check-draft = Granska ett utkast
command-help = Kortkommandon
command-about = Om Tactful
command-next-finding = Nästa fynd (granska utkast)
command-previous-finding = Föregående fynd (granska utkast)
command-pick-alternative = Använd alternativ 1 … 9 för fyndet (granska utkast)
command-paste-and-check = Klistra in och granska (granska utkast)
command-copy-revised = Kopiera reviderat utkast (granska utkast)
command-copy-anyway = Kopiera med tomma fält (ifyllnadsformulär)
command-save-phrase = Spara fras (redigerare)
command-all-phrases = Alla fraser
command-trash = Papperskorg
command-review = Granskning
command-import = Importera…
command-export = Exportera…
command-subscribe = Prenumerera på mapp…
command-quit = Avsluta
command-copy-selected-tooltip = Mallar och fraser med tomma fält öppnar först ifyllnadsformuläret
command-copy-row-tooltip = Ctrl+1 kopierar första raden, Ctrl+2 den andra…
command-other-languages-tooltip = När det valda språket har få träffar, visa alla språk
command-delete-phrase-tooltip = Flyttar den till papperskorgen; Ctrl+Z tar tillbaka den
command-undo-tooltip = Tar tillbaka de senast borttagna fraserna, en per tryck
command-compact-tooltip = Bara sökruta och resultat, en smal remsa bredvid samtalet
command-side-panel-tooltip = Vyer, språk, situationer och taggar
command-detail-pane-tooltip = Den valda frasen i sin helhet, med översättningar
command-check-draft-tooltip = Burdusa passager markerade, vänligare alternativ en tangent bort
command-paste-and-check-tooltip = Ersätter utkastet med det som finns i urklipp
command-copy-anyway-tooltip = Kopierar fast ett fält är tomt; svaret visar då {"{"}the_blank{"}"}

## Språknamn
language-en = engelska
language-nl = nederländska
language-sv = svenska
language-ru = ryska
language-de = tyska
language-fr = franska
language-es = spanska
language-da = danska
language-nb = norska
language-fi = finska
language-it = italienska
language-pl = polska
language-pt = portugisiska
language-with-variant = { $language } ({ $variant })
language-variant-informal = du-tilltal
language-variant-formal = ni-tilltal

## Status
status-draft = utkast
status-vetted = godkänd
status-retired = arkiverad

## Sidopanel
sidebar-tagline = säg det vänligt
sidebar-all-phrases = Alla fraser
sidebar-favourites = Favoriter
sidebar-recent = Senaste
sidebar-trash = Papperskorg
sidebar-check-draft = Granska ett utkast
sidebar-language = Språk
sidebar-all-languages = Alla språk
sidebar-include-drafts = Visa utkast
sidebar-situations = Situationer
sidebar-all-situations = Alla situationer
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Tagg
sidebar-any-tag = alla

## Sökning och resultat
search-label = Sök
search-hint = skriv det du tänkte säga…
search-expand = Expandera
toast-undo = Ångra
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } fras bland favoriter · favoriter och senaste först
       *[other] { $count } fraser bland favoriter · favoriter och senaste först
    }
    [recent] { $count ->
        [one] { $count } nyligen kopierad fras · favoriter och senaste först
       *[other] { $count } nyligen kopierade fraser · favoriter och senaste först
    }
    [trash] { $count ->
        [one] { $count } fras i papperskorgen · favoriter och senaste först
       *[other] { $count } fraser i papperskorgen · favoriter och senaste först
    }
   *[all] { $count ->
        [one] { $count } fras · favoriter och senaste först
       *[other] { $count } fraser · favoriter och senaste först
    }
}
results-nothing = { $view ->
    [favourites] Inga träffar bland favoriter.
    [recent] Inga träffar bland nyligen kopierade.
    [trash] Inga träffar i papperskorgen.
   *[all] Inga träffar.
}
results-matching = { $view ->
    [favourites] { $count ->
        [one] { $count } träff bland favoriter · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar bland favoriter · Enter eller Ctrl+siffra kopierar
    }
    [recent] { $count ->
        [one] { $count } träff bland nyligen kopierade · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar bland nyligen kopierade · Enter eller Ctrl+siffra kopierar
    }
    [trash] { $count ->
        [one] { $count } träff i papperskorgen · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar i papperskorgen · Enter eller Ctrl+siffra kopierar
    }
   *[all] { $count ->
        [one] { $count } träff · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar · Enter eller Ctrl+siffra kopierar
    }
}
results-elsewhere = { $count ->
    [one] { $count } till på ett annat språk ({ $keys })
   *[other] { $count } till på andra språk ({ $keys })
}
results-every-language = · alla språk
results-copy-keys = Kopiera ({ $keys })
results-copy = Kopiera
results-copy-row = Kopiera resultat { $row }
results-instead-of = i stället för ”{ $blunt }”
badge-favourite = favorit
badge-needs-review = behöver granskas
badge-template = mall

## Detaljpanel
detail-select-a-phrase = Välj en fras för att se den i sin helhet.
detail-copy = Kopiera
detail-unfavourite = Ta bort favorit
detail-favourite = Favorit
detail-large-type = Stor text
detail-edit = Redigera fras
detail-duplicate = Duplicera
detail-delete = Ta bort
detail-status = Status
detail-instead-of = I stället för
detail-quoted = ”{ $line }”
detail-why = Därför fungerar den
detail-copied-times = { $count ->
    [one] Kopierad en gång
   *[other] Kopierad { $count } gånger
}
detail-translations = Översättningar
detail-copy-language = Kopiera { $language }
detail-not-reviewed = Inte granskad sedan originalet ändrades

## Papperskorg
trash-heading = Papperskorg
trash-back = Tillbaka till sökningen
trash-empty = Papperskorgen är tom. Borttagna fraser väntar här tills du återställer dem eller tar bort dem för gott.
trash-count = { $count ->
    [one] { $count } borttagen fras · dold för sökning och export tills den återställs
   *[other] { $count } borttagna fraser · dolda för sökning och export tills de återställs
}
trash-restore = Återställ
trash-restore-tooltip = Tillbaka till sökning och export
trash-delete-forever = Ta bort för gott
trash-delete-forever-tooltip = Kan inte ångras

## Om Tactful
about-description = En frasbok för skrivbordet med godkända, taktfulla alternativ till det burdusa svaret, för alla som pratar med kunder hela dagen.
about-licence = Licens
about-phrasebook = Frasbok
about-in-memory = bara i minnet (inget sparas)
about-settings = Inställningar
about-no-settings-folder = ingen inställningsmapp på det här systemet
about-copy-path = Kopiera frasbokens sökväg
about-copy-path-tooltip = För en säkerhetskopia, eller till IT
about-close = Stäng
detail-restore-to-see = Återställ en fras för att se den i sin helhet.

## Menyrad
menu-file = Arkiv
menu-edit = Redigera
menu-view = Visa
menu-help = Hjälp
menu-new-situation = Ny situation…
menu-rename-situation = Byt namn på situationen…

## Redigeraren
editor-new-heading = Ny fras
editor-edit-heading = Redigera fras
editor-tags = Taggar (kommaseparerade)
editor-why = Därför fungerar den
editor-save = Spara (Ctrl+S)
editor-cancel = Avbryt (Esc)
editor-unsaved = osparade ändringar
editor-discard-heading = Kasta osparade ändringar?
editor-discard-body = Det du skrivit i redigeraren går förlorat.
editor-discard = Kasta
editor-keep-editing = Fortsätt redigera
editor-language = Språk
editor-status = Status
editor-collection = Samling
editor-collection-fixed = En sparad fras stannar i sin samling; duplicera den för att lägga en kopia någon annanstans
editor-situation = Situation
editor-rename-situation = Byt namn…
editor-no-situation = ingen än: sök en
editor-unknown-situation = { $key } (okänd)
editor-find-situation = Sök situation
editor-find-situation-hint = titel eller nyckel; Enter väljer den första
editor-no-situation-matches = ingen situation matchar
editor-title = Titel (vad en mall är till för, t.ex. ”Återbetalning nekad”)
editor-text = Text
editor-text-hint = Vad du säger. {"{"}customer_name{"}"} är ett fält som fylls i när du kopierar.
editor-no-placeholders = Inga fält: kopieras som den är.
editor-placeholders = Fält
editor-form-preview = Förhandsvisning av formuläret
editor-sample = exempel
editor-blunt-lines = I stället för (de burdusa fraserna den ersätter)
editor-remove = Ta bort
editor-remove-tooltip = Ta bort den här burdusa frasen
editor-new-blunt-line = Ny burdus fras
editor-new-blunt-line-hint = Nej, det gör vi inte.
editor-add = Lägg till
editor-no-translations = Inga andra språk än.
editor-add-language = Lägg till ett språk
editor-add-translation = Lägg till översättning
editor-save-before-link = Spara först för att länka fraser som redan finns.
editor-link-existing = Länka en befintlig fras
editor-link-hint = sök på texten
editor-link-language = Länka { $language }
editor-new-translation = ny
editor-unlink = Avlänka { $language }
editor-unlink-tooltip = När du sparar slutar den här frasen vara en översättning av den du redigerar
editor-text-in = Text på { $language }

## Kortkommandon
help-heading = Kortkommandon
help-type = Skriv
help-type-searches = Söker bland fraser, burdusa fraser, situationer och taggar
help-keys-or = { $keys }  eller  { $other }
help-search-syntax = Sök: 'exakt  ^början  !uteslut  "två ord"
dialog-close = Stäng (Esc)

## Ifyllnadsformulär
fill-heading = Fyll i fälten
fill-needs-review = Översättningen behöver granskas: originalet har ändrats sedan den kontrollerades.
fill-still-empty = Fortfarande tomt: { $blanks }.
fill-preview = Förhandsvisning
fill-copy = Kopiera (Enter)
fill-copy-tooltip = Kopieras som vanlig text och som HTML
fill-copy-anyway = Kopiera ändå ({ $keys })
fill-cancel = Avbryt (Esc)
fill-date-hint = välj eller skriv ett datum
fill-time-hint = t.ex. 14:30
fill-pick = Välj…
fill-pick-tooltip = Välj ett datum i kalendern
fill-pick-blank = Välj { $blank }
calendar-weekdays = må ti on to fr lö sö

## Inställningar
settings-heading = Inställningar
settings-profile = Din profil fyller i de här fälten i varje mall
settings-fills = fyller { $placeholder }
settings-theme = Tema
settings-theme-system = System
settings-theme-light = Ljust
settings-theme-dark = Mörkt
settings-interface-language = Gränssnittets språk
settings-new-phrases-in = Nya fraser på
settings-shown-language = det visade språket
settings-text-size = Textstorlek
settings-global-shortcut = Globalt kortkommando
settings-global-shortcut-on = Ta fram Tactful från vilket program som helst (X11, Windows, macOS)
settings-keys = Tangenter
settings-window = Fönster
settings-compact = Kompakt (bara sökning och resultat)
settings-done = Klar
profile-agent-name = Ditt namn
profile-company = Företag
profile-team-phone = Teamets telefon
profile-team-email = Teamets e-post
profile-signature = Signatur

## Meddelanden i statusraden
toast-refresh-failed = Listan kunde inte uppdateras: { $error }
toast-favourite-added = Tillagd bland favoriter
toast-favourite-removed = Borttagen från favoriter
toast-blanks-empty = { $count ->
    [one] Inte kopierat: ett fält är fortfarande tomt. Fyll i det, eller kopiera ändå ({ $keys }).
   *[other] Inte kopierat: { $count } fält är fortfarande tomma. Fyll i dem, eller kopiera ändå ({ $keys }).
}
toast-copied-not-counted = Kopierat, men kopian räknades inte: { $error }
toast-copied-needs-review = Kopierat — se upp: översättningen behöver fortfarande granskas
toast-copied = Kopierat
toast-copied-revised = Det reviderade utkastet kopierades
toast-draft-changed = Utkastet har ändrats; här är fynden nu
toast-done-but-refresh-failed = { $message }, men listan kunde inte uppdateras: { $error }
toast-deleted = Borttagen: ”{ $text }”
toast-nothing-to-undo = Inget att ångra
toast-deleted-for-good = Borttagen för gott
toast-marked = Markerad som { $status }
toast-restored = Återställd
toast-saved = Sparad
editor-save-before-linking = Spara frasen först och länka sedan översättningarna
toast-linked = Länkad som översättning
toast-situation-saved = Situationen sparades

## Import och export
file-filter-collection = Tactful-samling
import-title = Importera en samling
export-title = Exportera fraser
import-problem = { $file }: { $problem }
import-choose-file = Välj en samlingsfil först
toast-imported = Importerat till ”{ $collection }”: { $added } tillagda, { $updated } uppdaterade, { $retired } arkiverade, { $conflicts ->
    [one] { $conflicts } konflikt
   *[other] { $conflicts } konflikter
}
export-choose-path = Välj först var filen ska sparas
toast-exported = { $count ->
    [one] Exporterade { $count } fras till { $path }
   *[other] Exporterade { $count } fraser till { $path }
}

## Team
team-synced-file = { $file }: { $added } tillagda, { $updated } uppdaterade, { $retired } arkiverade, { $conflicts ->
    [one] { $conflicts } konflikt
   *[other] { $conflicts } konflikter
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Prenumerationerna synkades inte: { $error }
team-no-watching = Följda mappar synkas bara vid start: { $error }
team-vetted = Godkänd: den visas som klar för alla
team-kept-ours = Din version behölls
team-took-theirs = Den inkommande versionen togs
team-following = Följer { $path }

## Fel i redigeraren
editor-error-language = Språk: { $error }
editor-error-no-situation = Situation: välj en, eller lägg till en ny situation
editor-error-situation = Situation: { $error }
editor-error-empty-text = Text: får inte vara tom
editor-error-text = Text: { $error }
editor-error-translation-language = Översättningens språk: { $error }

## Globalt kortkommando
hotkey-not-a-shortcut = ”{ $spec }” är inget kortkommando ({ $error }); prova { $suggested }
hotkey-unavailable = globala kortkommandon finns inte här: { $error }
hotkey-taken = kan inte använda { $spec }: { $error }

## Start av fönstret
window-handed-over = Tactful körs redan; fönstret togs fram.
window-no-clipboard = { $error }; kopior stannar i programmet
window-cannot-open = kan inte öppna fönstret (körs en skrivbordssession? kommandoraden fungerar utan: `tactful --help`)

## Granska ett utkast
draft-explanation = Klistra in eller skriv svaret du tänker skicka. Tactful markerar varje burdus fras som frasboken har ett vänligare alternativ till. Klicka på en markerad passage eller ett fynd för att se alternativen; ett klick (eller Alt+siffra) på ett alternativ sätter in det i utkastet. F6 går mellan fynden; Ctrl+Enter kopierar det reviderade utkastet.
draft-heading = Granska ett utkast
draft-paste-and-check = Klistra in och granska
draft-copy-revised = Kopiera reviderat utkast
draft-detected = identifiera ({ $language })
draft-language = Utkastets språk
draft-detect = identifiera
draft-esc-returns = Esc går tillbaka till sökningen
draft-checking = granskar…
draft-nothing-found = Inga burdusa formuleringar hittades ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } fynd ({ $language }) · F6 eller ett klick visar alternativen
   *[other] { $count } fynd ({ $language }) · F6 eller ett klick visar alternativen
}
draft-findings = Fynd
draft-no-findings = Inga fynd
draft-no-findings-body = Inget i utkastet liknar en burdus fras i frasboken.
draft-finding = ”{ $passage }”  · { $situation }
draft-click-a-finding = Klicka på ett fynd (eller tryck F6) för att se vad du kan säga i stället.
draft-sounds-like = Låter som
draft-situation = Situation: { $situation }
draft-say-instead = Säg i stället (klicka, eller Alt+siffra)
draft-put-in-place = Sätt in det här i utkastet i stället för den markerade passagen
draft-fill-first = Fyll i { $blanks } först, sedan hamnar det i utkastet
draft-template-blanks = mall · fyll i: { $blanks }
draft-fill-heading = Fyll i innan det sätts in i utkastet
draft-insert = Sätt in i utkastet (Enter)
dialog-cancel = Avbryt

## Team: samlingar, granskning, prenumeration
team-collection = Samling
team-all-collections = alla
team-review-waiting = Granskning ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Granskning ({ $waiting }, { $conflicts } konflikt)
   *[other] Granskning ({ $waiting }, { $conflicts } konflikter)
}
command-review-tooltip = Utkast, översättningar att granska om och konflikter
team-subscribe = Prenumerera…
team-subscribe-tooltip = Följ en teammapp eller samlingsfil
team-phrase-collection = Samling: { $collection }
team-needs-review = Behöver granskas: en översättning har ändrats
team-vet = Godkänn
team-vet-tooltip = Godkänn i ditt namn från Inställningar
team-conflict = Konflikt med teamets version
team-review = Granskning
team-nothing-waits = Inget väntar på granskning.
team-conflicts-heading = Konflikter ({ $count })
team-yours = Din:
team-incoming = Inkommande:
team-removed-upstream = borttagen vid källan
team-keep-mine = Behåll min
team-take-theirs = Ta deras
team-retire-it = Arkivera den
team-recheck-heading = Översättningar att granska om ({ $count })
team-drafts-heading = Utkast ({ $count })
subscribe-heading = Prenumerera på en teammapp
subscribe-body = En mapp med samlingsfiler (.json, .csv, .yml) eller en enda fil. Den importeras nu, varje gång Tactful startar och när den ändras.
subscribe-path = Mapp eller fil
subscribe-button = Prenumerera
import-file = Fil
dialog-browse = Bläddra…
import-preview = Förhandsvisa
import-refused = Filen kan inte importeras; inget har ändrats:
import-dry-run = Provkörning till ”{ $collection }”: inget har ändrats än.
import-count-add = att lägga till
import-count-update = att uppdatera
import-count-unchanged = oförändrade
import-count-kept = lokala ändringar behålls
import-count-retire = att arkivera (borttagna ur filen)
import-count-conflicts = konflikter (listas under Granskning)
import-count-situations = nya situationer
import-count-titles = ändrade situationstitlar
import-added = Tillagda
import-updated = Uppdaterade
import-apply = Genomför importen
import-nothing-new = Allt i filen finns redan här.
import-and-more = … och { $count } till
export-all-collections = alla samlingar
export-save-to = Spara till
export-button = Exportera

## Situation
situation-rename-heading = Byt namn på situation
situation-new-heading = Ny situation
situation-title = Titel
situation-title-language = Titelns språk
situation-description = Beskrivning
situation-key = Nyckel
situation-key-hint = skapas från titeln
situation-save = Spara situation
import-path-hint = /sökväg/till/team.json
