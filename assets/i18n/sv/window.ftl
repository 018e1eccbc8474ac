# Fönstrets ord på svenska. Du-tilltal, korta imperativ på knappar och i menyer (som i GNOME,
# KDE och Microsofts svenska). Situationernas namn och mallarnas titlar kommer från frasboken
# (data/phrasebook/*/sv.json) och ska stämma med den.
#
# Ordlista (en term per begrepp, samma i window.ftl och cli.ftl):
#   phrase                  fras
#   situation               situation
#   blunt line              burdus replik (det man inte ska säga; aldrig "fras", som är det godkända)
#   blunt passage/wording   burdus formulering (det som markeras i ett utkast)
#   instead of              i stället för
#   why it works            varför den fungerar
#   vetted / vet            godkänd / godkänna
#   review, needs review    granska, behöver granskas (vyn heter "Granska")
#   re-check                granska om
#   draft (status)          utkast
#   retired / retire        arkiverad / arkivera
#   check a draft           kontrollera utkast (inte "granska": det är granskning av fraser)
#   draft (a reply)         utkast
#   finding                 fynd
#   template                mall
#   blank, placeholder      fält ({customer_name} osv.)
#   fill-in form            ifyllnadsformulär
#   favourite               favorit
#   trash                   papperskorg
#   delete / for good       ta bort / permanent
#   restore                 återställ
#   collection              samling
#   subscribe / follow      prenumerera / följa
#   incoming (version)      inkommande
#   conflict                konflikt
#   clipboard               urklipp
#   copy                    kopiera
#   tag                     tagg
#   shortcut                kortkommando
#   detect (language)       automatiskt

## Kommandotabellen: menyer, kortkommandolistan, verktygstips.
command-copy-row = Kopiera resultat 1 … 9 (siffran på raden)
command-select-next = Nästa resultat
command-select-previous = Föregående resultat
command-escape = Rensa sökningen; tryck igen för att minimera
command-focus-search = Sök (markerar det som redan står där)
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
command-check-draft = Kontrollera utkast
command-help = Kortkommandon
command-about = Om Tactful
command-next-finding = Nästa fynd (Kontrollera utkast)
command-previous-finding = Föregående fynd (Kontrollera utkast)
command-pick-alternative = Använd alternativ 1 … 9 för fyndet (Kontrollera utkast)
command-paste-and-check = Kontrollera urklipp (Kontrollera utkast)
command-copy-revised = Kopiera reviderat utkast (Kontrollera utkast)
command-copy-anyway = Kopiera med tomma fält (ifyllnadsformuläret)
command-save-phrase = Spara fras (redigeraren)
command-all-phrases = Alla fraser
command-trash = Papperskorg
command-review = Granska
command-import = Importera…
command-export = Exportera…
command-subscribe = Prenumerera på en teamsamling…
command-quit = Avsluta
command-copy-selected-tooltip = Mallar och fraser med fält öppnar först ifyllnadsformuläret
command-copy-row-tooltip = Ctrl+1 kopierar första raden, Ctrl+2 den andra…
command-other-languages-tooltip = Visar alla språk när det valda språket har få träffar
command-delete-phrase-tooltip = Flyttar den till papperskorgen; Ctrl+Z tar tillbaka den
command-undo-tooltip = Tar tillbaka de senast borttagna fraserna, en per tryck
command-compact-tooltip = Bara sökruta och resultat, för en smal remsa bredvid samtalet
command-side-panel-tooltip = Vyer, språk, situationer och taggar
command-detail-pane-tooltip = Den valda frasen i sin helhet, med översättningar
command-check-draft-tooltip = Burdusa formuleringar markeras, vänligare alternativ en tangent bort
command-paste-and-check-tooltip = Ersätter utkastet med innehållet i urklipp
command-copy-anyway-tooltip = Kopierar trots att ett fält är tomt; svaret visar då {"{"}the_blank{"}"}

## Språknamn (frasernas språk, i filter, etiketter och översättningar). Små bokstäver, som i löptext.
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
# Ett språk med region eller tilltal: "nederländska (informell)", "engelska (US)".
language-with-variant = { $language } ({ $variant })
language-variant-informal = informell
language-variant-formal = formell

## Frasernas status, som etiketter
status-draft = utkast
status-vetted = godkänd
status-retired = arkiverad

## Sidopanel
sidebar-tagline = säg det vänligt
sidebar-all-phrases = Alla fraser
sidebar-favourites = Favoriter
sidebar-recent = Senaste
sidebar-trash = Papperskorg
sidebar-check-draft = Kontrollera utkast
sidebar-language = Språk
sidebar-all-languages = Alla språk
sidebar-include-drafts = Visa utkast
sidebar-situations = Situationer
sidebar-all-situations = Alla situationer
# En situation i listan med antalet fraser: "Arga kunder  (12)".
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Tagg
sidebar-any-tag = alla

## Sökruta och resultat
search-label = Sök
search-hint = skriv det du tänkte säga…
search-expand = Expandera
toast-undo = Ångra
# Raden under sökrutan när sökningen är tom. $view är all, favourites, recent eller trash.
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } fras bland favoriterna · favoriter och senaste först
       *[other] { $count } fraser bland favoriterna · favoriter och senaste först
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
    [favourites] Inga träffar bland favoriterna.
    [recent] Inga träffar bland de nyligen kopierade.
    [trash] Inga träffar i papperskorgen.
   *[all] Inga träffar.
}
results-matching = { $view ->
    [favourites] { $count ->
        [one] { $count } träff bland favoriterna · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar bland favoriterna · Enter eller Ctrl+siffra kopierar
    }
    [recent] { $count ->
        [one] { $count } träff bland de nyligen kopierade · Enter eller Ctrl+siffra kopierar
       *[other] { $count } träffar bland de nyligen kopierade · Enter eller Ctrl+siffra kopierar
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
# En knapp: träffar som språkfiltret döljer. $keys är kortkommandot (Alt+L).
results-elsewhere = { $count ->
    [one] { $count } till på ett annat språk ({ $keys })
   *[other] { $count } till på andra språk ({ $keys })
}
results-every-language = · alla språk
# Kopieringsknappen på en resultatrad, med kortkommando: "Kopiera (Ctrl+1)".
results-copy-keys = Kopiera ({ $keys })
results-copy = Kopiera
# Det som skärmläsare läser upp för en rads kopieringsknapp.
results-copy-row = Kopiera resultat { $row }
# Den burdusa repliken under en fras, inom svenska citattecken.
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
# En burdus replik, inom citattecken.
detail-quoted = ”{ $line }”
detail-why = Varför den fungerar
detail-copied-times = { $count ->
    [one] Kopierad en gång
   *[other] Kopierad { $count } gånger
}
detail-translations = Översättningar
# Kopierar en översättning: "Kopiera nederländska".
detail-copy-language = Kopiera { $language }
detail-not-reviewed = Inte granskad sedan originalet ändrades

## Papperskorg
trash-heading = Papperskorg
trash-back = Till sökningen
trash-empty = Papperskorgen är tom. Borttagna fraser ligger här tills du återställer dem eller tar bort dem permanent.
trash-count = { $count ->
    [one] { $count } borttagen fras · syns inte i sökning och export förrän den återställs
   *[other] { $count } borttagna fraser · syns inte i sökning och export förrän de återställs
}
trash-restore = Återställ
trash-restore-tooltip = Tillbaka till sökning och export
trash-delete-forever = Ta bort permanent
trash-delete-forever-tooltip = Kan inte ångras

## Om Tactful
about-description = En frasbok för skrivbordet med godkända, taktfulla alternativ till det burdusa svaret, för dig som pratar med kunder hela dagen.
about-licence = Licens
about-phrasebook = Frasbok
about-in-memory = bara i minnet (inget sparas)
about-settings = Inställningar
about-no-settings-folder = ingen inställningsmapp på det här systemet
about-copy-path = Kopiera frasbokens sökväg
about-copy-path-tooltip = För säkerhetskopiering eller till IT
about-close = Stäng
detail-restore-to-see = Återställ en fras för att se den i sin helhet.

## Menyrad
menu-file = Arkiv
menu-edit = Redigera
menu-view = Visa
menu-help = Hjälp
menu-new-situation = Ny situation…
menu-rename-situation = Byt namn på situationen…

## Frasredigeraren
editor-new-heading = Ny fras
editor-edit-heading = Redigera fras
editor-tags = Taggar (kommaseparerade)
editor-why = Varför den fungerar
editor-save = Spara (Ctrl+S)
editor-cancel = Avbryt (Esc)
editor-unsaved = osparade ändringar
editor-discard-heading = Förkasta osparade ändringar?
editor-discard-body = Det du har skrivit i redigeraren går förlorat.
editor-discard = Förkasta
editor-keep-editing = Fortsätt redigera
editor-language = Språk
editor-status = Status
editor-collection = Samling
editor-collection-fixed = En sparad fras stannar i sin samling; duplicera den för att lägga en kopia någon annanstans
editor-situation = Situation
editor-rename-situation = Byt namn…
editor-no-situation = ingen ännu: sök upp en
# En situationsnyckel som frasboken inte känner till.
editor-unknown-situation = { $key } (okänd)
editor-find-situation = Sök situation
editor-find-situation-hint = titel eller nyckel; Enter väljer den första
editor-no-situation-matches = ingen situation matchar
# Exemplet är en malltitel ur den svenska frasboken (templates/sv.json).
editor-title = Titel (vad en mall är till för, t.ex. ”Nekad återbetalning”)
editor-text = Text
# {"{"}customer_name{"}"} lämnas som det är: så skrivs ett fält i en fras.
editor-text-hint = Det du ska säga. {"{"}customer_name{"}"} markerar ett fält som fylls i när du kopierar.
editor-no-placeholders = Inga fält: kopieras som den står.
editor-placeholders = Fält
editor-form-preview = Förhandsvisning av formuläret
editor-sample = exempel
editor-blunt-lines = I stället för (de burdusa repliker som den ersätter)
editor-remove = Ta bort
editor-remove-tooltip = Ta bort den här burdusa repliken
editor-new-blunt-line = Ny burdus replik
editor-new-blunt-line-hint = Nej, det gör vi inte.
editor-add = Lägg till
editor-no-translations = Inga andra språk ännu.
editor-add-language = Lägg till ett språk
editor-add-translation = Lägg till översättning
editor-save-before-link = Spara först för att länka fraser som redan finns.
editor-link-existing = Länka en befintlig fras
editor-link-hint = sök på texten
# $language är en språkkod (nl, sv-x-informal).
editor-link-language = Länka { $language }
editor-new-translation = ny
editor-unlink = Avlänka { $language }
editor-unlink-tooltip = När du sparar slutar den här frasen att vara en översättning av den du redigerar
editor-text-in = Text på { $language }

## Kortkommandon
help-heading = Kortkommandon
help-type = Skriv
help-type-searches = Söker bland fraser, burdusa repliker, situationer och taggar
# Två kortkommandon för samma kommando: "Ctrl+F  eller  /".
help-keys-or = { $keys }  eller  { $other }
# Söksyntaxen: tecknen och mellanrummen är desamma som på engelska, bara orden är översatta.
help-search-syntax = Sök: 'exakt  ^början  !uteslut  "två ord"
dialog-close = Stäng (Esc)

## Ifyllnadsformulär
fill-heading = Fyll i fälten
fill-needs-review = Översättningen behöver granskas: originalet har ändrats sedan den granskades.
fill-still-empty = Inte ifyllt ännu: { $blanks }.
fill-preview = Förhandsvisning
fill-copy = Kopiera (Enter)
fill-copy-tooltip = Kopieras som vanlig text och som HTML
fill-copy-anyway = Kopiera ändå ({ $keys })
fill-cancel = Avbryt (Esc)
fill-date-hint = välj eller skriv ett datum
fill-time-hint = t.ex. 14:30
fill-pick = Välj…
fill-pick-tooltip = Välj ett datum i kalendern
# Det som skärmläsare läser upp för ett fälts kalenderknapp.
fill-pick-blank = Välj { $blank }
# Kalenderns kolumnrubriker, måndag först, åtskilda med mellanslag.
calendar-weekdays = må ti on to fr lö sö

## Inställningar
settings-heading = Inställningar
settings-profile = Din profil fyller i de här fälten i alla mallar
# Tipset i ett profilfält: "fyller i {"{"}agent_name{"}"}".
settings-fills = fyller i { $placeholder }
settings-theme = Tema
settings-theme-system = System
settings-theme-light = Ljust
settings-theme-dark = Mörkt
settings-interface-language = Gränssnittsspråk
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

## Meddelanden i statusraden. $error är en orsak från frasboken, på engelska.
toast-refresh-failed = Listan kunde inte uppdateras: { $error }
toast-favourite-added = Tillagd bland favoriterna
toast-favourite-removed = Borttagen från favoriterna
# $keys är kortkommandot för "kopiera ändå" (Ctrl+Enter).
toast-blanks-empty = { $count ->
    [one] Kopierades inte: ett fält är fortfarande tomt. Fyll i det eller kopiera ändå ({ $keys }).
   *[other] Kopierades inte: { $count } fält är fortfarande tomma. Fyll i dem eller kopiera ändå ({ $keys }).
}
toast-copied-not-counted = Kopierat, men kopieringen räknades inte: { $error }
toast-copied-needs-review = Kopierat – men obs: översättningen behöver fortfarande granskas
toast-copied = Kopierat
toast-copied-revised = Reviderat utkast kopierat
toast-draft-changed = Utkastet har ändrats; här är de nya fynden
# En åtgärd lyckades men listan kunde inte läsas om: "Sparad, men listan kunde inte …".
toast-done-but-refresh-failed = { $message }, men listan kunde inte uppdateras: { $error }
# $text är början av den borttagna frasen.
toast-deleted = Borttagen: ”{ $text }”
toast-nothing-to-undo = Inget att ångra
toast-deleted-for-good = Borttagen permanent
# $status är ett statusnamn (utkast, godkänd, arkiverad).
toast-marked = Markerad som { $status }
toast-restored = Återställd
toast-saved = Sparad
editor-save-before-linking = Spara frasen först och länka sedan dess översättningar
toast-linked = Länkad som översättning
toast-situation-saved = Situationen sparad

## Import och export
file-filter-collection = Tactful-samling
import-title = Importera en samling
export-title = Exportera fraser
# Ett problem i en fil: "team.json: phrase 3 has no text".
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

## Team: följda mappar, granskning
team-synced-file = { $file }: { $added } tillagda, { $updated } uppdaterade, { $retired } arkiverade, { $conflicts ->
    [one] { $conflicts } konflikt
   *[other] { $conflicts } konflikter
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Prenumerationerna synkades inte: { $error }
team-no-watching = Följda mappar synkas bara vid start: { $error }
team-vetted = Godkänd: den visas som klar för alla
team-kept-ours = Din version behölls
team-took-theirs = Den inkommande versionen används
team-following = Följer { $path }

## Fel i redigeraren: fältets namn och sedan vad som är fel ($error är på engelska).
editor-error-language = Språk: { $error }
editor-error-no-situation = Situation: välj en eller lägg till en ny situation
editor-error-situation = Situation: { $error }
editor-error-empty-text = Text: får inte vara tom
editor-error-text = Text: { $error }
editor-error-translation-language = Översättningens språk: { $error }

## Globalt kortkommando
hotkey-not-a-shortcut = ”{ $spec }” är inget kortkommando ({ $error }); prova { $suggested }
hotkey-unavailable = globala kortkommandon är inte tillgängliga här: { $error }
hotkey-taken = kan inte använda { $spec }: { $error }

## När fönstret startas (skrivs ut i terminalen)
window-handed-over = Tactful körs redan; dess fönster har tagits fram.
window-no-clipboard = { $error }; det som kopieras stannar i programmet
window-cannot-open = kan inte öppna fönstret (körs en skrivbordssession? kommandoraden fungerar utan: `tactful --help`)

## Kontrollera utkast
draft-explanation = Klistra in eller skriv svaret du tänker skicka. Tactful markerar varje burdus formulering som frasboken har ett vänligare alternativ till. Klicka på en markerad formulering eller ett fynd för att se alternativen; ett klick (eller Alt+siffra) på ett alternativ infogar det i utkastet. F6 flyttar mellan fynden; Ctrl+Enter kopierar det reviderade utkastet.
draft-heading = Kontrollera utkast
draft-paste-and-check = Kontrollera urklipp
draft-copy-revised = Kopiera reviderat utkast
# Utkastets språkruta när språket identifieras automatiskt: "automatiskt (nederländska)".
draft-detected = automatiskt ({ $language })
draft-language = Utkastets språk
draft-detect = automatiskt
draft-esc-returns = Esc återgår till sökningen
draft-checking = kontrollerar…
draft-nothing-found = Inga burdusa formuleringar hittades ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } fynd ({ $language }) · F6 eller ett klick visar alternativen
   *[other] { $count } fynd ({ $language }) · F6 eller ett klick visar alternativen
}
draft-findings = Fynd
draft-no-findings = Inga fynd
draft-no-findings-body = Inget i utkastet liknar en burdus replik i frasboken.
# Ett fynd: den markerade formuleringen och situationen den hör till.
draft-finding = ”{ $passage }”  · { $situation }
draft-click-a-finding = Klicka på ett fynd (eller tryck F6) för att se vad du kan säga i stället.
draft-sounds-like = Låter som
draft-situation = Situation: { $situation }
draft-say-instead = Säg i stället (klicka eller Alt+siffra)
draft-put-in-place = Infoga detta i utkastet i stället för den markerade formuleringen
draft-fill-first = Fyll i { $blanks } först, sedan infogas det i utkastet
draft-template-blanks = mall · fyll i: { $blanks }
draft-fill-heading = Fyll i innan det infogas i utkastet
draft-insert = Infoga i utkastet (Enter)
dialog-cancel = Avbryt

## Teamvyer: samlingsfilter, granskningskö, prenumeration
team-collection = Samling
team-all-collections = alla
team-review-waiting = Granska ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Granska ({ $waiting }, { $conflicts } konflikt)
   *[other] Granska ({ $waiting }, { $conflicts } konflikter)
}
command-review-tooltip = Utkast, översättningar att granska om och konflikter
team-subscribe = Prenumerera…
team-subscribe-tooltip = Följ en teammapp eller samlingsfil
team-phrase-collection = Samling: { $collection }
team-needs-review = Behöver granskas: en översättning har ändrats
team-vet = Godkänn
team-vet-tooltip = Godkänn den i ditt namn (namnet från Inställningar)
team-conflict = Konflikt med teamets version
team-review = Granska
team-nothing-waits = Inget väntar på granskning.
team-conflicts-heading = Konflikter ({ $count })
team-yours = Din:
team-incoming = Inkommande:
team-removed-upstream = borttagen i källan
team-keep-mine = Behåll min
team-take-theirs = Använd deras
team-retire-it = Arkivera
team-recheck-heading = Översättningar att granska om ({ $count })
team-drafts-heading = Utkast ({ $count })
subscribe-button = Prenumerera
import-file = Fil
dialog-browse = Bläddra…
import-preview = Förhandsvisa
import-refused = Filen kan inte importeras; inget har ändrats:
import-dry-run = Provkörning till ”{ $collection }”: inget har ändrats ännu.
# Antalen i importens förhandsvisning: talet står i en egen kolumn före orden.
import-count-add = att lägga till
import-count-update = att uppdatera
import-count-unchanged = oförändrade
import-count-kept = { $count ->
    [one] lokal ändring behålls
   *[other] lokala ändringar behålls
}
import-count-retire = att arkivera (borttagna ur filen)
import-count-conflicts = { $count ->
    [one] konflikt (listas under Granska)
   *[other] konflikter (listas under Granska)
}
import-count-situations = { $count ->
    [one] ny situation
   *[other] nya situationer
}
import-count-titles = { $count ->
    [one] ändrad situationstitel
   *[other] ändrade situationstitlar
}
import-added = Tillagda
import-updated = Uppdaterade
import-apply = Genomför import
import-nothing-new = Allt i filen finns redan här.
import-and-more = … och { $count } till
export-all-collections = alla samlingar
export-save-to = Spara i
export-button = Exportera

## Situationsdialog
situation-rename-heading = Byt namn på situationen
situation-new-heading = Ny situation
situation-title = Titel
situation-title-language = Titelns språk
situation-description = Beskrivning
situation-key = Nyckel
situation-key-hint = skapas från titeln
situation-save = Spara situation
import-path-hint = /sökväg/till/team.json

## Efter sammanslagningen: klistra in i programmet du kom från, signerade teamsamlingar
command-copy-selected = Klistra in eller kopiera vald fras (Inställningar, Enter)
command-copy-other = Det andra av klistra in och kopiera
subscribe-heading = Prenumerera på en teamsamling
subscribe-body = En mapp med samlingsfiler (.json, .csv, .yml), en enda fil eller dess webbadress. Den importeras nu, varje gång Tactful startar och när den ändras; en webbadress kontrolleras med några minuters mellanrum.
subscribe-path = Mapp, fil eller webbadress
paste-enter-copy = Kopiera
paste-enter-copy-and-hide = Kopiera och dölj Tactful
paste-enter-paste = Klistra in i programmet jag kom från
paste-button-copy = Kopiera
paste-button-copy-and-hide = Kopiera och dölj
paste-button-paste = Klistra in
paste-enter = Enter
paste-shift-enter = Shift+Enter: { $action }
paste-how = Inklistring fungerar när Tactful togs fram från ett annat fönster (med kortkommandot eller tactful --show).
paste-keystroke = Tangenter för att klistra in
paste-restore-clipboard = Lägg tillbaka det som fanns i urklipp efter inklistringen
paste-button-keys = { $action } ({ $keys })
toast-pasting = Klistrar in…
toast-copied-and-more = { $copied }. { $more }
toast-pasted-into = Inklistrat i { $window }
toast-not-pasted = Inte inklistrat: { $reason }. Frasen finns i urklipp.
paste-off-in-this-window = Inklistring i ett annat fönster är avstängd i det här fönstret.
subscribe-path-hint = https://intranet.example/tactful/support.json
subscribe-keys = Betrodda signeringsnycklar (valfritt, en per rad)
subscribe-keys-hint = RWQ… (från teamledarens tactful.pub)
subscribe-keys-explained = Med nycklar godtas bara filer som teamledaren har signerat.
subscribe-followed = Följs
subscribe-last-synced = Senast synkad { $date }, { $time }.
subscribe-not-synced = Inte synkad än.
subscribe-last-failed = Senaste försöket misslyckades: { $error }
subscribe-signed-only = Godtas bara om den är signerad med någon av nycklarna: { $keys }.
import-skipped = Hoppades över: inte importerade (plats i filen och orsak)
import-with-loss = Importerade med förlust
file-filter-import = Samlingar och snippet-exporter

subscribe-working = Läses in för första gången…
import-reading = Läser filen…
import-applying = Importerar…
job-not-started = Det går inte att starta en bakgrundsuppgift
job-stopped = Bakgrundsuppgiften avbröts innan den blev klar
team-vetted-by-on = Godkänd av { $name } den { $date }
team-vetted-by = Godkänd av { $name }
team-vetted-on = Godkänd den { $date }
team-signed-by = Signerad med teamnyckel { $key }
