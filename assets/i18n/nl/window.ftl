# De woorden van het venster, in het Nederlands van Nederland.
#
# Woordenlijst: één term per begrip, overal (ook in cli.ftl).
#   phrase                     zin
#   phrasebook                 zinnenboek
#   blunt line                 botte zin
#   situation                  situatie
#   template                   sjabloon
#   blank, placeholder         veld (invulveld)
#   fill-in form               invulformulier
#   tag                        label
#   collection                 collectie
#   match (search)             treffer
#   draft (status)             concept
#   draft (the reply checked)  concept (de functie: Concept controleren)
#   finding (draft check)      bevinding
#   vetted / vet               goedgekeurd / goedkeuren
#   retired / retire           gearchiveerd / archiveren
#   review / needs review      nakijken / na te kijken
#   favourite                  favoriet
#   trash                      prullenbak
#   restore                    terugzetten
#   delete forever             definitief verwijderen
#   subscribe / follow         abonneren / volgen
#   incoming version           binnenkomende versie
#   dry run                    proefimport
#   shortcut                   sneltoets
#   side panel / detail pane   zijpaneel / detailpaneel
# Aanspreekvorm: waar de gebruiker aangesproken wordt, "je/jij" (een werkinstrument voor collega's,
# zoals moderne Nederlandse software); de zinnen zelf in het zinnenboek gebruiken "u" tegen klanten.
# Knoppen en menu's: infinitief ("Kopiëren", "Zin bewerken"). Aanhalingstekens: “…” (botte zinnen
# bevatten vaak een apostrof: zo'n, auto's). Toetsnamen zoals op een Nederlands toetsenbord: Ctrl,
# Shift, Alt, Enter, Esc.

## De opdrachtentabel: menu-items, het sneltoetsenoverzicht, tooltips.
command-copy-row = Resultaat 1 … 9 kopiëren (het nummer van de rij)
command-select-next = Volgend resultaat
command-select-previous = Vorig resultaat
command-escape = Zoekopdracht wissen; nogmaals om te minimaliseren
command-focus-search = Zoeken (selecteert de getypte tekst)
command-toggle-favourite = Favoriet
command-other-languages = Treffers in alle talen tonen
command-new-phrase = Nieuwe zin
command-edit-phrase = Zin bewerken
command-duplicate-phrase = Zin dupliceren
command-delete-phrase = Zin verwijderen
command-undo = Verwijderen ongedaan maken
command-large-type = Grote letters
command-compact = Compacte weergave
command-side-panel = Zijpaneel
command-detail-pane = Detailpaneel
command-always-on-top = Altijd op voorgrond
command-settings = Instellingen
command-check-draft = Concept controleren
command-help = Sneltoetsen
command-about = Over Tactful
command-next-finding = Volgende bevinding (Concept controleren)
command-previous-finding = Vorige bevinding (Concept controleren)
command-pick-alternative = Alternatief 1 … 9 van de bevinding gebruiken (Concept controleren)
command-paste-and-check = Plakken en controleren (Concept controleren)
command-copy-revised = Herzien concept kopiëren (Concept controleren)
command-copy-anyway = Kopiëren met lege velden (invulformulier)
command-save-phrase = Zin opslaan (editor)
command-all-phrases = Alle zinnen
command-trash = Prullenbak
command-review = Nakijken
command-import = Importeren…
command-export = Exporteren…
command-subscribe = Abonneren op een teamcollectie…
command-quit = Afsluiten
command-copy-selected-tooltip = Sjablonen en zinnen met velden openen eerst het invulformulier
command-copy-row-tooltip = Ctrl+1 kopieert de eerste rij, Ctrl+2 de tweede…
command-other-languages-tooltip = Als de gekozen taal weinig treffers heeft, alle talen tonen
command-delete-phrase-tooltip = Verplaatst de zin naar de prullenbak; Ctrl+Z zet hem terug
command-undo-tooltip = Zet de laatst verwijderde zinnen een voor een terug
command-compact-tooltip = Alleen zoekvak en resultaten, als smalle strook naast het gesprek
command-side-panel-tooltip = Weergaven, taal, situaties en labels
command-detail-pane-tooltip = De gekozen zin volledig, met de vertalingen
command-check-draft-tooltip = Botte passages gemarkeerd, vriendelijkere alternatieven één toets verderop
command-paste-and-check-tooltip = Vervangt het concept door de inhoud van het klembord
# {the_blank} blijft zoals het in de tekst verschijnt: veldnamen zijn in elke taal Engels.
command-copy-anyway-tooltip = Kopieert ook als een veld leeg is; in het antwoord staat dan {"{"}the_blank{"}"}

## Taalnamen (talen van zinnen, in filters, badges en vertalingen)
language-en = Engels
language-nl = Nederlands
language-sv = Zweeds
language-ru = Russisch
language-de = Duits
language-fr = Frans
language-es = Spaans
language-da = Deens
language-nb = Noors
language-fi = Fins
language-it = Italiaans
language-pl = Pools
language-pt = Portugees
# Een taal met regio of register: "Nederlands (informeel)", "Engels (US)". Geldt voor elke taal,
# dus niet "je/jij" of "u".
language-with-variant = { $language } ({ $variant })
language-variant-informal = informeel
language-variant-formal = formeel

## Status van een zin, als badge
status-draft = concept
status-vetted = goedgekeurd
status-retired = gearchiveerd

## Zijpaneel
sidebar-tagline = zeg het vriendelijk
sidebar-all-phrases = Alle zinnen
sidebar-favourites = Favorieten
sidebar-recent = Recent
sidebar-trash = Prullenbak
sidebar-check-draft = Concept controleren
sidebar-language = Taal
sidebar-all-languages = Alle talen
sidebar-include-drafts = Concepten tonen
sidebar-situations = Situaties
sidebar-all-situations = Alle situaties
# Een situatie met het aantal zinnen erin: "Terugbetalingen  (12)".
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Label
sidebar-any-tag = alle

## Zoekvak en resultaten
search-label = Zoeken
search-hint = typ wat je wilde zeggen…
search-expand = Uitklappen
toast-undo = Ongedaan maken
# De regel onder een leeg zoekvak. $view is all, favourites, recent of trash.
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } zin in favorieten · favorieten en recente bovenaan
       *[other] { $count } zinnen in favorieten · favorieten en recente bovenaan
    }
    [recent] { $count ->
        [one] { $count } recent gekopieerde zin · favorieten en recente bovenaan
       *[other] { $count } recent gekopieerde zinnen · favorieten en recente bovenaan
    }
    [trash] { $count ->
        [one] { $count } zin in de prullenbak · favorieten en recente bovenaan
       *[other] { $count } zinnen in de prullenbak · favorieten en recente bovenaan
    }
   *[all] { $count ->
        [one] { $count } zin · favorieten en recente bovenaan
       *[other] { $count } zinnen · favorieten en recente bovenaan
    }
}
results-nothing = { $view ->
    [favourites] Niets gevonden in favorieten.
    [recent] Niets gevonden in recent gekopieerde zinnen.
    [trash] Niets gevonden in de prullenbak.
   *[all] Niets gevonden.
}
results-matching = { $view ->
    [favourites] { $count ->
        [one] { $count } treffer in favorieten · Enter of Ctrl+cijfer kopieert
       *[other] { $count } treffers in favorieten · Enter of Ctrl+cijfer kopieert
    }
    [recent] { $count ->
        [one] { $count } treffer in recent gekopieerde zinnen · Enter of Ctrl+cijfer kopieert
       *[other] { $count } treffers in recent gekopieerde zinnen · Enter of Ctrl+cijfer kopieert
    }
    [trash] { $count ->
        [one] { $count } treffer in de prullenbak · Enter of Ctrl+cijfer kopieert
       *[other] { $count } treffers in de prullenbak · Enter of Ctrl+cijfer kopieert
    }
   *[all] { $count ->
        [one] { $count } treffer · Enter of Ctrl+cijfer kopieert
       *[other] { $count } treffers · Enter of Ctrl+cijfer kopieert
    }
}
# Een knop: treffers die het taalfilter verbergt. $keys is de sneltoets (Alt+L).
results-elsewhere = { $count ->
    [one] Nog { $count } in een andere taal ({ $keys })
   *[other] Nog { $count } in andere talen ({ $keys })
}
results-every-language = · alle talen
# De kopieerknop van een rij, met sneltoets: "Kopiëren (Ctrl+1)".
results-copy-keys = Kopiëren ({ $keys })
results-copy = Kopiëren
# Wat een schermlezer zegt bij de kopieerknop van een rij.
results-copy-row = Resultaat { $row } kopiëren
# De botte zin onder een zin, tussen aanhalingstekens.
results-instead-of = in plaats van “{ $blunt }”
badge-favourite = favoriet
badge-needs-review = na te kijken
badge-template = sjabloon

## Detailpaneel
detail-select-a-phrase = Kies een zin om hem volledig te zien.
detail-copy = Kopiëren
detail-unfavourite = Uit favorieten
detail-favourite = Favoriet
detail-large-type = Grote letters
detail-edit = Zin bewerken
detail-duplicate = Dupliceren
detail-delete = Verwijderen
detail-status = Status
detail-instead-of = In plaats van
# Eén botte zin, tussen aanhalingstekens.
detail-quoted = “{ $line }”
detail-why = Waarom het werkt
detail-copied-times = { $count ->
    [one] Eén keer gekopieerd
   *[other] { $count } keer gekopieerd
}
detail-translations = Vertalingen
# Kopieert een vertaling: "Nederlands kopiëren".
detail-copy-language = { $language } kopiëren
detail-not-reviewed = Niet nagekeken sinds het origineel is gewijzigd

## Prullenbak
trash-heading = Prullenbak
# Ook in de kopregel van Concept controleren, naast Plakken en controleren: kort gehouden.
trash-back = Terug
trash-empty = De prullenbak is leeg. Verwijderde zinnen blijven hier tot je ze terugzet of definitief verwijdert.
trash-count = { $count ->
    [one] { $count } verwijderde zin · verborgen voor zoeken en export tot je hem terugzet
   *[other] { $count } verwijderde zinnen · verborgen voor zoeken en export tot je ze terugzet
}
trash-restore = Terugzetten
trash-restore-tooltip = Weer zichtbaar in zoeken en export
trash-delete-forever = Definitief verwijderen
trash-delete-forever-tooltip = Kan niet ongedaan worden gemaakt

## Over Tactful
about-description = Een zinnenboek voor de desktop met goedgekeurde, tactvolle alternatieven voor het botte antwoord, voor iedereen die de hele dag klanten te woord staat.
about-licence = Licentie
about-phrasebook = Zinnenboek
about-in-memory = alleen in het geheugen (er wordt niets opgeslagen)
about-settings = Instellingen
about-no-settings-folder = geen map voor instellingen op dit systeem
about-copy-path = Pad van zinnenboek kopiëren
about-copy-path-tooltip = Voor een back-up, of voor IT
about-close = Sluiten
detail-restore-to-see = Zet een zin terug om hem volledig te zien.

## Menubalk
menu-file = Bestand
menu-edit = Bewerken
menu-view = Beeld
menu-help = Help
menu-new-situation = Nieuwe situatie…
menu-rename-situation = Deze situatie hernoemen…

## Zin bewerken (editor)
editor-new-heading = Nieuwe zin
editor-edit-heading = Zin bewerken
editor-tags = Labels (kommagescheiden)
editor-why = Waarom het werkt
editor-save = Opslaan (Ctrl+S)
editor-cancel = Annuleren (Esc)
editor-unsaved = niet opgeslagen
editor-discard-heading = Wijzigingen weggooien?
editor-discard-body = Wat je in de editor hebt getypt, gaat verloren.
editor-discard = Weggooien
editor-keep-editing = Verder bewerken
editor-language = Taal
editor-status = Status
editor-collection = Collectie
editor-collection-fixed = Een opgeslagen zin blijft in zijn collectie; dupliceer hem om elders een kopie te plaatsen
editor-situation = Situatie
editor-rename-situation = Hernoemen…
editor-no-situation = nog geen: zoek er een
# Een situatiesleutel die het zinnenboek niet kent.
editor-unknown-situation = { $key } (onbekend)
editor-find-situation = Situatie zoeken
editor-find-situation-hint = titel of sleutel; Enter kiest de eerste
editor-no-situation-matches = geen situatie gevonden
# Het voorbeeld is de titel van dat sjabloon in het Nederlandse zinnenboek.
editor-title = Titel (waarvoor het sjabloon dient, bijv. “Terugbetaling afgewezen”)
editor-text = Tekst
# {customer_name} blijft zoals het is: zo schrijf je een veld in een zin.
editor-text-hint = Wat je zegt. {"{"}customer_name{"}"} is een veld dat bij het kopiëren wordt ingevuld.
editor-no-placeholders = Geen velden: wordt letterlijk gekopieerd.
editor-placeholders = Velden
editor-form-preview = Voorbeeld invulformulier
editor-sample = voorbeeld
editor-blunt-lines = In plaats van (de botte zinnen die hij vervangt)
editor-remove = Verwijderen
editor-remove-tooltip = Deze botte zin verwijderen
editor-new-blunt-line = Nieuwe botte zin
# Een botte zin uit het Nederlandse zinnenboek (Een verzoek afwijzen).
editor-new-blunt-line-hint = Nee, dat doen wij niet.
editor-add = Toevoegen
editor-no-translations = Nog geen andere talen.
editor-add-language = Taal toevoegen
editor-add-translation = Vertaling toevoegen
editor-save-before-link = Sla eerst op om bestaande zinnen te koppelen.
editor-link-existing = Bestaande zin koppelen
editor-link-hint = zoek op tekst
# $language is een taalcode (nl, sv-x-informal).
editor-link-language = { $language } koppelen
editor-new-translation = nieuw
editor-unlink = { $language } ontkoppelen
editor-unlink-tooltip = Bij opslaan is deze zin geen vertaling meer van de zin die je bewerkt
editor-text-in = Tekst in { $language }

## Overzicht van sneltoetsen
help-heading = Sneltoetsen
help-type = Typen
help-type-searches = Zoekt in zinnen, botte zinnen, situaties en labels
# Twee sneltoetsen voor één opdracht: "Ctrl+F  of  /".
help-keys-or = { $keys }  of  { $other }
# De zoeksyntaxis: tekens en spaties blijven gelijk, alleen de woorden zijn vertaald.
help-search-syntax = Zoeken: 'exact  ^begin  !uitsluiten  "twee woorden"
dialog-close = Sluiten (Esc)

## Invulformulier
fill-heading = Vul de velden in
fill-needs-review = Deze vertaling moet worden nagekeken: het origineel is gewijzigd sinds de controle.
fill-still-empty = Nog leeg: { $blanks }.
fill-preview = Voorbeeld
fill-copy = Kopiëren (Enter)
fill-copy-tooltip = Kopieert als platte tekst en als HTML
fill-copy-anyway = Toch kopiëren ({ $keys })
fill-cancel = Annuleren (Esc)
fill-date-hint = kies of typ een datum
fill-time-hint = bijv. 14:30
fill-pick = Kiezen…
fill-pick-tooltip = Een datum in de kalender kiezen
# Wat een schermlezer zegt bij de kalenderknop van een veld.
fill-pick-blank = { $blank } kiezen
# De kolomkoppen van de kalender, maandag eerst, gescheiden door spaties.
calendar-weekdays = ma di wo do vr za zo

## Instellingen
settings-heading = Instellingen
settings-profile = Je profiel vult deze velden in elk sjabloon in
# De hint in een profielveld: "vult {agent_name} in".
settings-fills = vult { $placeholder } in
settings-theme = Thema
settings-theme-system = Systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-interface-language = Interfacetaal
settings-new-phrases-in = Nieuwe zinnen in
settings-shown-language = de getoonde taal
settings-text-size = Tekstgrootte
settings-global-shortcut = Globale sneltoets
settings-global-shortcut-on = Tactful vanuit elke app naar voren halen (X11, Windows, macOS)
settings-keys = Toetsen
settings-window = Venster
settings-compact = Compact (alleen zoeken en resultaten)
settings-done = Klaar
profile-agent-name = Je naam
profile-company = Bedrijf
profile-team-phone = Telefoonnummer team
profile-team-email = E-mailadres team
profile-signature = Handtekening

## Meldingen in de statusregel. $error is een reden uit het zinnenboek, in het Engels.
toast-refresh-failed = De lijst kon niet worden vernieuwd: { $error }
toast-favourite-added = Toegevoegd aan favorieten
toast-favourite-removed = Verwijderd uit favorieten
# $keys is de sneltoets voor "toch kopiëren" (Ctrl+Enter).
toast-blanks-empty = { $count ->
    [one] Niet gekopieerd: er is nog een veld leeg. Vul het in, of kopieer toch ({ $keys }).
   *[other] Niet gekopieerd: er zijn nog { $count } velden leeg. Vul ze in, of kopieer toch ({ $keys }).
}
toast-copied-not-counted = Gekopieerd, maar de kopie is niet meegeteld: { $error }
toast-copied-needs-review = Gekopieerd — let op: deze vertaling moet nog worden nagekeken
toast-copied = Gekopieerd
toast-copied-revised = Herzien concept gekopieerd
toast-draft-changed = Het concept is gewijzigd; dit zijn nu de bevindingen
# Een actie is gelukt, maar de lijst kon niet opnieuw worden gelezen: "Opgeslagen, maar de lijst…".
toast-done-but-refresh-failed = { $message }, maar de lijst kon niet worden vernieuwd: { $error }
# $text is het begin van de verwijderde zin.
toast-deleted = “{ $text }” verwijderd
toast-nothing-to-undo = Niets om ongedaan te maken
toast-deleted-for-good = Definitief verwijderd
# $status is een statusnaam (concept, goedgekeurd, gearchiveerd).
toast-marked = Gemarkeerd als { $status }
toast-restored = Teruggezet
toast-saved = Opgeslagen
editor-save-before-linking = Sla de zin eerst op en koppel dan de vertalingen
toast-linked = Gekoppeld als vertaling
toast-situation-saved = Situatie opgeslagen

## Importeren en exporteren
file-filter-collection = Tactful-collectie
import-title = Collectie importeren
export-title = Zinnen exporteren
# Eén probleem in een bestand: "team.json: phrase 3 has no text".
import-problem = { $file }: { $problem }
import-choose-file = Kies eerst een collectiebestand
toast-imported = Geïmporteerd in “{ $collection }”: { $added } toegevoegd, { $updated } bijgewerkt, { $retired } gearchiveerd, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicten
}
export-choose-path = Kies eerst waar het bestand wordt opgeslagen
toast-exported = { $count ->
    [one] { $count } zin geëxporteerd naar { $path }
   *[other] { $count } zinnen geëxporteerd naar { $path }
}

## Team: gevolgde mappen, nakijken
team-synced-file = { $file }: { $added } toegevoegd, { $updated } bijgewerkt, { $retired } gearchiveerd, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicten
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Abonnementen zijn niet gesynchroniseerd: { $error }
team-no-watching = Gevolgde mappen worden alleen bij het starten gesynchroniseerd: { $error }
team-vetted = Goedgekeurd: de zin staat nu voor iedereen klaar
team-kept-ours = Jouw versie behouden
team-took-theirs = Binnenkomende versie overgenomen
team-following = { $path } wordt gevolgd

## Fouten in de editor: de naam van het veld, dan wat er mis is ($error is in het Engels).
editor-error-language = Taal: { $error }
editor-error-no-situation = Situatie: kies er een, of voeg een nieuwe situatie toe
editor-error-situation = Situatie: { $error }
editor-error-empty-text = Tekst: mag niet leeg zijn
editor-error-text = Tekst: { $error }
editor-error-translation-language = Taal van de vertaling: { $error }

## Globale sneltoets
hotkey-not-a-shortcut = “{ $spec }” is geen sneltoets ({ $error }); probeer { $suggested }
hotkey-unavailable = globale sneltoetsen zijn hier niet beschikbaar: { $error }
hotkey-taken = { $spec } kan niet worden gebruikt: { $error }

## Het venster starten (in de terminal)
window-handed-over = Tactful draait al; het venster is naar voren gehaald.
window-no-clipboard = { $error }; kopieën blijven binnen de app
window-cannot-open = het venster kan niet worden geopend (draait er een bureaubladsessie? de opdrachtregel werkt ook zonder: `tactful --help`)

## Concept controleren
draft-explanation = Plak of typ het antwoord dat je wilt versturen. Tactful markeert elke botte zin waarvoor het zinnenboek een vriendelijker alternatief kent. Klik op een gemarkeerde passage of een bevinding om de alternatieven te zien; één klik (of Alt+cijfer) op een alternatief zet het in het concept. F6 springt van bevinding naar bevinding; Ctrl+Enter kopieert het herziene concept.
draft-heading = Concept controleren
draft-paste-and-check = Plakken en controleren
draft-copy-revised = Herzien concept kopiëren
# De keuzelijst voor de taal van het concept als de taal is herkend: "automatisch (Nederlands)".
draft-detected = automatisch ({ $language })
draft-language = Taal van het concept
draft-detect = automatisch
draft-esc-returns = Esc gaat terug naar zoeken
draft-checking = controleren…
draft-nothing-found = Geen botte formuleringen gevonden ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } bevinding ({ $language }) · F6 of een klik toont de alternatieven
   *[other] { $count } bevindingen ({ $language }) · F6 of een klik toont de alternatieven
}
draft-findings = Bevindingen
draft-no-findings = Geen bevindingen
draft-no-findings-body = Niets in dit concept komt overeen met een botte zin uit het zinnenboek.
# Eén bevinding: de gemarkeerde passage en de situatie waar die bij hoort.
draft-finding = “{ $passage }”  · { $situation }
draft-click-a-finding = Klik op een bevinding (of druk op F6) om te zien wat je beter kunt zeggen.
draft-sounds-like = Klinkt als
draft-situation = Situatie: { $situation }
draft-say-instead = Zeg liever (klik, of Alt+cijfer)
draft-put-in-place = Zet dit in het concept in plaats van de gemarkeerde passage
draft-fill-first = Vul eerst { $blanks } in, dan gaat het in het concept
draft-template-blanks = sjabloon · invullen: { $blanks }
draft-fill-heading = Invullen voordat het in het concept gaat
draft-insert = In concept invoegen (Enter)
dialog-cancel = Annuleren

## Team: collectiefilter, nakijken, abonneren
team-collection = Collectie
team-all-collections = alle
team-review-waiting = Nakijken ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Nakijken ({ $waiting }, { $conflicts } conflict)
   *[other] Nakijken ({ $waiting }, { $conflicts } conflicten)
}
command-review-tooltip = Concepten, vertalingen om na te kijken en conflicten
team-subscribe = Abonneren…
team-subscribe-tooltip = Een teammap of collectiebestand volgen
team-phrase-collection = Collectie: { $collection }
team-needs-review = Na te kijken: een vertaling is gewijzigd
team-vet = Goedkeuren
team-vet-tooltip = Goedkeuren op jouw naam (uit Instellingen)
team-conflict = Conflict met de versie van het team
team-review = Nakijken
team-nothing-waits = Niets na te kijken.
team-conflicts-heading = Conflicten ({ $count })
team-yours = Jouw versie:
team-incoming = Binnenkomend:
team-removed-upstream = verwijderd bij de bron
team-keep-mine = De mijne houden
team-take-theirs = Overnemen
team-retire-it = Archiveren
team-recheck-heading = Vertalingen om na te kijken ({ $count })
team-drafts-heading = Concepten ({ $count })
subscribe-button = Abonneren
import-file = Bestand
dialog-browse = Bladeren…
import-preview = Voorbeeld
import-refused = Dit bestand kan niet worden geïmporteerd; er is niets gewijzigd:
import-dry-run = Proefimport in “{ $collection }”: er is nog niets gewijzigd.
# De aantallen in het importvoorbeeld: het getal staat in een eigen kolom vóór de woorden.
import-count-add = toe te voegen
import-count-update = bij te werken
import-count-unchanged = ongewijzigd
import-count-kept = { $count ->
    [one] lokale wijziging behouden
   *[other] lokale wijzigingen behouden
}
import-count-retire = te archiveren (uit het bestand verwijderd)
import-count-conflicts = { $count ->
    [one] conflict (staat onder Nakijken)
   *[other] conflicten (staan onder Nakijken)
}
import-count-situations = { $count ->
    [one] nieuwe situatie
   *[other] nieuwe situaties
}
import-count-titles = { $count ->
    [one] gewijzigde situatietitel
   *[other] gewijzigde situatietitels
}
import-added = Toegevoegd
import-updated = Bijgewerkt
import-apply = Import uitvoeren
import-nothing-new = Alles uit dit bestand staat er al.
import-and-more = … en nog { $count }
export-all-collections = alle collecties
export-save-to = Opslaan in
export-button = Exporteren

## Situatie
situation-rename-heading = Situatie hernoemen
situation-new-heading = Nieuwe situatie
situation-title = Titel
situation-title-language = Taal van de titel
situation-description = Beschrijving
situation-key = Sleutel
situation-key-hint = afgeleid van de titel
situation-save = Situatie opslaan
import-path-hint = /pad/naar/team.json

## Na de samenvoeging: plakken in de app waar je vandaan kwam, ondertekende teamcollecties
command-copy-selected = Gekozen zin plakken of kopiëren (Instellingen, Enter)
command-copy-other = Het andere van plakken en kopiëren
subscribe-heading = Abonneren op een teamcollectie
subscribe-body = Een map met collectiebestanden (.json, .csv, .yml), één bestand, of het webadres ervan. Het wordt nu geïmporteerd, bij elke start van Tactful, en telkens als het gewijzigd is; een webadres wordt om de paar minuten gecontroleerd.
subscribe-path = Map, bestand of webadres
paste-enter-copy = Kopiëren
paste-enter-copy-and-hide = Kopiëren en Tactful verbergen
paste-enter-paste = Plakken in de app waar ik vandaan kwam
paste-button-copy = Kopiëren
paste-button-copy-and-hide = Kopiëren en verbergen
paste-button-paste = Plakken
paste-enter = Enter
paste-shift-enter = Shift+Enter: { $action }
paste-how = Plakken werkt als Tactful vanuit een ander venster is opgeroepen (met de sneltoets of tactful --show).
paste-keystroke = Toetsen om te plakken
paste-restore-clipboard = Na het plakken terugzetten wat op het klembord stond
paste-button-keys = { $action } ({ $keys })
toast-pasting = Bezig met plakken…
toast-copied-and-more = { $copied }. { $more }
toast-pasted-into = Geplakt in { $window }
toast-not-pasted = Niet geplakt: { $reason }. De zin staat op het klembord.
paste-off-in-this-window = Plakken in een ander venster staat in dit venster uit.
subscribe-path-hint = https://intranet.example/tactful/support.json
subscribe-keys = Vertrouwde ondertekeningssleutels (optioneel, één per regel)
subscribe-keys-hint = RWQ… (uit tactful.pub van je teamleider)
subscribe-keys-explained = Met sleutels worden alleen bestanden geaccepteerd die je teamleider heeft ondertekend.
subscribe-followed = Gevolgd
subscribe-last-synced = Laatst gesynchroniseerd { $date }, { $time }.
subscribe-not-synced = Nog niet gesynchroniseerd.
subscribe-last-failed = Laatste poging mislukt: { $error }
subscribe-signed-only = Alleen geaccepteerd als het is ondertekend met een van deze sleutels: { $keys }.
import-skipped = Overgeslagen: niet geïmporteerd (plaats in het bestand en reden)
import-with-loss = Geïmporteerd met verlies
file-filter-import = Collecties en snippet-exports

subscribe-working = Wordt voor het eerst gelezen…
import-reading = Bestand wordt gelezen…
import-applying = Bezig met importeren…
job-not-started = Kan geen taak op de achtergrond starten
job-stopped = De taak op de achtergrond is gestopt voordat hij klaar was
team-vetted-by-on = Goedgekeurd door { $name } op { $date }
team-vetted-by = Goedgekeurd door { $name }
team-vetted-on = Goedgekeurd op { $date }
team-signed-by = Ondertekend met teamsleutel { $key }
