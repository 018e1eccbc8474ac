# The window's words. Terms used throughout, as the phrasebook uses them: "phrase", "situation",
# "blunt line" (the thing not to say), "vetted" (reviewed and approved), "draft", "retired".

## The command table: menu entries, the shortcut overlay, tooltips.
command-copy-selected = Paste or copy the selected phrase (Settings, Enter)
command-copy-other = The other of paste and copy
command-copy-row = Copy result 1 … 9 (the number on the row)
command-select-next = Next result
command-select-previous = Previous result
command-escape = Clear the search; again to minimise
command-focus-search = Search (selects what is typed)
command-toggle-favourite = Favourite
command-other-languages = Show matches in every language
command-new-phrase = New phrase
command-edit-phrase = Edit phrase
command-duplicate-phrase = Duplicate phrase
command-delete-phrase = Delete phrase
command-undo = Undo delete
command-large-type = Large type
command-compact = Compact mode
command-side-panel = Side panel
command-detail-pane = Detail pane
command-always-on-top = Always on top
command-settings = Settings
command-check-draft = Check a draft
command-help = Keyboard shortcuts
command-about = About Tactful
command-next-finding = Next finding (Check a draft)
command-previous-finding = Previous finding (Check a draft)
command-pick-alternative = Use alternative 1 … 9 of the finding (Check a draft)
command-paste-and-check = Paste and check (Check a draft)
command-copy-revised = Copy revised draft (Check a draft)
command-copy-anyway = Copy with empty blanks (fill-in form)
command-save-phrase = Save phrase (editor)
command-all-phrases = All phrases
command-trash = Trash
command-review = Review
command-import = Import…
command-export = Export…
command-subscribe = Subscribe to a team collection…
command-quit = Quit
command-copy-selected-tooltip = Templates and phrases with blanks open the fill-in form first
command-copy-row-tooltip = Ctrl+1 copies the first row, Ctrl+2 the second…
command-other-languages-tooltip = When the chosen language has few matches, show every language
command-delete-phrase-tooltip = Moves it to the trash; Ctrl+Z brings it back
command-undo-tooltip = Brings back the phrases deleted last, one per press
command-compact-tooltip = Search box and results only, for a narrow strip beside the call
command-side-panel-tooltip = Views, language, situations and tags
command-detail-pane-tooltip = The selected phrase in full, with its translations
command-check-draft-tooltip = Blunt passages marked, kinder alternatives one key away
command-paste-and-check-tooltip = Replaces the draft with what the clipboard holds
command-copy-anyway-tooltip = Copies although a blank is empty; the reply will show {"{"}the_blank{"}"}

## Language names (phrase languages, shown in filters, badges and translations)
language-en = English
language-nl = Dutch
language-sv = Swedish
language-ru = Russian
language-de = German
language-fr = French
language-es = Spanish
language-da = Danish
language-nb = Norwegian
language-fi = Finnish
language-it = Italian
language-pl = Polish
language-pt = Portuguese
# A language with a region or register: "Dutch (informal)", "English (US)".
language-with-variant = { $language } ({ $variant })
language-variant-informal = informal
language-variant-formal = formal

## Phrase statuses, as badges
status-draft = draft
status-vetted = vetted
status-retired = retired

## Side panel
sidebar-tagline = say it kindly
sidebar-all-phrases = All phrases
sidebar-favourites = Favourites
sidebar-recent = Recent
sidebar-trash = Trash
sidebar-check-draft = Check a draft
sidebar-language = Language
sidebar-all-languages = All languages
sidebar-include-drafts = Include drafts
sidebar-situations = Situations
sidebar-all-situations = All situations
# A situation in the list with the number of phrases in it: "Refunds  (12)".
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Tag
sidebar-any-tag = any

## Search box and results
search-label = Search
search-hint = type what you were about to say…
search-expand = Expand
toast-undo = Undo
# The line under the search box with an empty search. $view is all, favourites, recent or trash.
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } phrase among favourites · favourites and recent first
       *[other] { $count } phrases among favourites · favourites and recent first
    }
    [recent] { $count ->
        [one] { $count } phrase among recently copied · favourites and recent first
       *[other] { $count } phrases among recently copied · favourites and recent first
    }
    [trash] { $count ->
        [one] { $count } phrase in the trash · favourites and recent first
       *[other] { $count } phrases in the trash · favourites and recent first
    }
   *[all] { $count ->
        [one] { $count } phrase · favourites and recent first
       *[other] { $count } phrases · favourites and recent first
    }
}
results-nothing = { $view ->
    [favourites] Nothing matches among favourites.
    [recent] Nothing matches among recently copied.
    [trash] Nothing matches in the trash.
   *[all] Nothing matches.
}
results-matching = { $view ->
    [favourites] { $count ->
        [one] { $count } match among favourites · Enter or Ctrl+number copies
       *[other] { $count } matches among favourites · Enter or Ctrl+number copies
    }
    [recent] { $count ->
        [one] { $count } match among recently copied · Enter or Ctrl+number copies
       *[other] { $count } matches among recently copied · Enter or Ctrl+number copies
    }
    [trash] { $count ->
        [one] { $count } match in the trash · Enter or Ctrl+number copies
       *[other] { $count } matches in the trash · Enter or Ctrl+number copies
    }
   *[all] { $count ->
        [one] { $count } match · Enter or Ctrl+number copies
       *[other] { $count } matches · Enter or Ctrl+number copies
    }
}
# A button: matches hidden by the language filter. $keys is the shortcut (Alt+L).
results-elsewhere = { $count ->
    [one] { $count } more in another language ({ $keys })
   *[other] { $count } more in other languages ({ $keys })
}
results-every-language = · every language
# The copy button of a result row, with its shortcut: "Copy (Ctrl+1)".
results-copy-keys = Copy ({ $keys })
results-copy = Copy
# What screen readers hear for a row's copy button.
results-copy-row = Copy result { $row }
# The blunt line under a phrase, in quotation marks.
results-instead-of = instead of “{ $blunt }”
badge-favourite = favourite
badge-needs-review = needs review
badge-template = template

## Detail pane
detail-select-a-phrase = Select a phrase to see it in full.
detail-copy = Copy
detail-unfavourite = Unfavourite
detail-favourite = Favourite
detail-large-type = Large type
detail-edit = Edit phrase
detail-duplicate = Duplicate
detail-delete = Delete
detail-status = Status
detail-instead-of = Instead of
# One blunt line, in quotation marks.
detail-quoted = “{ $line }”
detail-why = Why it works
detail-copied-times = { $count ->
    [one] Copied once
   *[other] Copied { $count } times
}
detail-translations = Translations
# Copies a translation: "Copy Dutch".
detail-copy-language = Copy { $language }
detail-not-reviewed = Not reviewed since its original changed

## Trash
trash-heading = Trash
trash-back = Back to search
trash-empty = The trash is empty. Deleted phrases wait here until you restore them or delete them for good.
trash-count = { $count ->
    [one] { $count } deleted phrase · hidden from search and export until restored
   *[other] { $count } deleted phrases · hidden from search and export until restored
}
trash-restore = Restore
trash-restore-tooltip = Back into search and export
trash-delete-forever = Delete forever
trash-delete-forever-tooltip = Cannot be undone

## About Tactful
about-description = A desktop phrasebook of vetted, tactful alternatives to the blunt thing, for people who talk to customers all day.
about-licence = Licence
about-phrasebook = Phrasebook
about-in-memory = kept in memory only (nothing is saved)
about-settings = Settings
about-no-settings-folder = no settings folder on this system
about-copy-path = Copy phrasebook path
about-copy-path-tooltip = For a backup, or for IT
about-close = Close
detail-restore-to-see = Restore a phrase to see it in full.

## Menu bar
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-new-situation = New situation…
menu-rename-situation = Rename this situation…

## Phrase editor
editor-new-heading = New phrase
editor-edit-heading = Edit phrase
editor-tags = Tags (comma-separated)
editor-why = Why it works
editor-save = Save (Ctrl+S)
editor-cancel = Cancel (Esc)
editor-unsaved = unsaved changes
editor-discard-heading = Discard unsaved changes?
editor-discard-body = What you typed in the editor will be lost.
editor-discard = Discard
editor-keep-editing = Keep editing
editor-language = Language
editor-status = Status
editor-collection = Collection
editor-collection-fixed = A stored phrase stays in its collection; duplicate it to place a copy elsewhere
editor-situation = Situation
editor-rename-situation = Rename…
editor-no-situation = none yet: find one
# A situation key the phrasebook does not know.
editor-unknown-situation = { $key } (unknown)
editor-find-situation = Find a situation
editor-find-situation-hint = title or key; Enter picks the first
editor-no-situation-matches = no situation matches
editor-title = Title (what a template is for, e.g. "Refund declined")
editor-text = Text
# {"{"}customer_name{"}"} stays as it is: it is how a blank is written in a phrase.
editor-text-hint = What to say. {"{"}customer_name{"}"} marks a blank filled in when copying.
editor-no-placeholders = No placeholders: copied as it is.
editor-placeholders = Placeholders
editor-form-preview = Fill-in form preview
editor-sample = sample
editor-blunt-lines = Instead of (the blunt lines it replaces)
editor-remove = Remove
editor-remove-tooltip = Remove this blunt line
editor-new-blunt-line = New blunt line
editor-new-blunt-line-hint = No, we don't do that.
editor-add = Add
editor-no-translations = No other languages yet.
editor-add-language = Add a language
editor-add-translation = Add translation
editor-save-before-link = Save first to link phrases that already exist.
editor-link-existing = Link an existing phrase
editor-link-hint = search its text
# $language is a language tag (nl, sv-x-informal).
editor-link-language = Link { $language }
editor-new-translation = new
editor-unlink = Unlink { $language }
editor-unlink-tooltip = On save, this phrase stops being a translation of the one you edit
editor-text-in = Text in { $language }

## Keyboard shortcuts overlay
help-heading = Keyboard shortcuts
help-type = Type
help-type-searches = Search phrases, blunt lines, situations and tags
# Two shortcuts for one command: "Ctrl+F  or  /".
help-keys-or = { $keys }  or  { $other }
# The search syntax: keep the symbols and the spacing, translate only the words.
help-search-syntax = Search: 'exact  ^start  !exclude  "two words"
dialog-close = Close (Esc)

## Fill-in form
fill-heading = Fill in the blanks
fill-needs-review = This translation needs review: its original changed since it was checked.
fill-still-empty = Still empty: { $blanks }.
fill-preview = Preview
fill-copy = Copy (Enter)
fill-copy-tooltip = Copied as plain text and as HTML
fill-copy-anyway = Copy anyway ({ $keys })
fill-cancel = Cancel (Esc)
fill-date-hint = pick or type a date
fill-time-hint = e.g. 14:30
fill-pick = Pick…
fill-pick-tooltip = Pick a date on a calendar
# What screen readers hear for the calendar button of a blank.
fill-pick-blank = Pick { $blank }
# The calendar's column heads, Monday first, separated by spaces.
calendar-weekdays = Mo Tu We Th Fr Sa Su

## Settings
settings-heading = Settings
settings-profile = Your profile fills these blanks in every template
# The hint in a profile field: "fills {"{"}agent_name{"}"}".
settings-fills = fills { $placeholder }
settings-theme = Theme
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-interface-language = Interface language
settings-new-phrases-in = New phrases in
settings-shown-language = the shown language
settings-text-size = Text size
settings-global-shortcut = Global shortcut
settings-global-shortcut-on = Bring Tactful forward from any app (X11, Windows, macOS)
settings-keys = Keys
settings-window = Window
settings-compact = Compact (search and results only)
settings-done = Done
profile-agent-name = Your name
profile-company = Company
profile-team-phone = Team phone
profile-team-email = Team email
profile-signature = Signature

## Status line messages (toasts). $error is a reason from the phrasebook, in English.
toast-refresh-failed = The list could not be refreshed: { $error }
toast-favourite-added = Added to favourites
toast-favourite-removed = Removed from favourites
# $keys is the "copy anyway" shortcut (Ctrl+Enter).
toast-blanks-empty = { $count ->
    [one] Not copied: a blank is still empty. Fill it in, or copy anyway ({ $keys }).
   *[other] Not copied: { $count } blanks are still empty. Fill them in, or copy anyway ({ $keys }).
}
toast-copied-not-counted = Copied, but the copy was not counted: { $error }
toast-copied-needs-review = Copied — careful: this translation still needs review
toast-copied = Copied
toast-copied-revised = Copied the revised draft
toast-draft-changed = The draft changed; here are its findings now
# An action worked but the list on screen could not be re-read: "Saved, but the list could not…".
toast-done-but-refresh-failed = { $message }, but the list could not be refreshed: { $error }
# $text is the start of the deleted phrase.
toast-deleted = Deleted “{ $text }”
toast-nothing-to-undo = Nothing to undo
toast-deleted-for-good = Deleted for good
# $status is a status name (draft, vetted, retired).
toast-marked = Marked { $status }
toast-restored = Restored
toast-saved = Saved
editor-save-before-linking = Save the phrase first, then link its translations
toast-linked = Linked as a translation
toast-situation-saved = Situation saved

## Import and export
file-filter-collection = Tactful collection
import-title = Import a collection
export-title = Export phrases
# One problem found in a file: "team.json: phrase 3 has no text".
import-problem = { $file }: { $problem }
import-choose-file = Choose a collection file first
toast-imported = Imported into “{ $collection }”: { $added } added, { $updated } updated, { $retired } retired, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
}
export-choose-path = Choose where to save the file first
toast-exported = { $count ->
    [one] Exported { $count } phrase to { $path }
   *[other] Exported { $count } phrases to { $path }
}

## Team: followed folders, review
team-synced-file = { $file }: { $added } added, { $updated } updated, { $retired } retired, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Subscriptions were not synced: { $error }
team-no-watching = Followed folders are synced on start only: { $error }
team-vetted = Vetted: it shows as ready for everyone
team-kept-ours = Kept your version
team-took-theirs = Took the incoming version
team-following = Following { $path }

## Editor errors: the field's name, then what is wrong with it ($error is in English).
editor-error-language = Language: { $error }
editor-error-no-situation = Situation: pick one, or add a new situation
editor-error-situation = Situation: { $error }
editor-error-empty-text = Text: must not be empty
editor-error-text = Text: { $error }
editor-error-translation-language = Translation language: { $error }

## Global shortcut
hotkey-not-a-shortcut = “{ $spec }” is not a shortcut ({ $error }); try { $suggested }
hotkey-unavailable = global shortcuts are not available here: { $error }
hotkey-taken = cannot use { $spec }: { $error }

## Starting the window (printed in the terminal)
window-handed-over = Tactful is already running; brought its window to the front.
window-no-clipboard = { $error }; copies stay inside the app
window-cannot-open = cannot open the window (is a desktop session running? the CLI works without one: `tactful --help`)

## Check a draft
draft-explanation = Paste or type the reply you are about to send. Tactful marks every blunt phrase the phrasebook knows a kinder alternative for. Click a marked passage or a finding to see the alternatives; one click (or Alt+number) on an alternative puts it in the draft. F6 moves between findings; Ctrl+Enter copies the revised draft.
draft-heading = Check a draft
draft-paste-and-check = Paste and check
draft-copy-revised = Copy revised draft
# The draft language box when the language is detected: "detect (Dutch)".
draft-detected = detect ({ $language })
draft-language = Draft language
draft-detect = detect
draft-esc-returns = Esc returns to search
draft-checking = checking…
draft-nothing-found = No blunt wording found ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } finding ({ $language }) · F6 or a click shows the alternatives
   *[other] { $count } findings ({ $language }) · F6 or a click shows the alternatives
}
draft-findings = Findings
draft-no-findings = No findings
draft-no-findings-body = Nothing in this draft matches a blunt line in the phrasebook.
# One finding: the marked passage and the situation it belongs to.
draft-finding = “{ $passage }”  · { $situation }
draft-click-a-finding = Click a finding (or press F6) to see what to say instead.
draft-sounds-like = Sounds like
draft-situation = Situation: { $situation }
draft-say-instead = Say instead (click, or Alt+number)
draft-put-in-place = Put this in the draft in place of the marked passage
draft-fill-first = Fill in { $blanks } first, then it goes into the draft
draft-template-blanks = template · fill in: { $blanks }
draft-fill-heading = Fill in before it goes into the draft
draft-insert = Insert into draft (Enter)
dialog-cancel = Cancel

## Team views: collection filter, review queue, subscribing
team-collection = Collection
team-all-collections = all
team-review-waiting = Review ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Review ({ $waiting }, { $conflicts } conflict)
   *[other] Review ({ $waiting }, { $conflicts } conflicts)
}
command-review-tooltip = Drafts, translations to re-check and conflicts
team-subscribe = Subscribe…
team-subscribe-tooltip = Follow a team folder or collection file
team-phrase-collection = Collection: { $collection }
team-needs-review = Needs review: a translation changed
team-vet = Vet
team-vet-tooltip = Approve it, in your name from Settings
team-conflict = Conflict with the team's version
team-review = Review
team-nothing-waits = Nothing waits for review.
team-conflicts-heading = Conflicts ({ $count })
team-yours = Yours:
team-incoming = Incoming:
team-removed-upstream = removed upstream
team-keep-mine = Keep mine
team-take-theirs = Take theirs
team-retire-it = Retire it
team-recheck-heading = Translations to re-check ({ $count })
team-drafts-heading = Drafts ({ $count })
subscribe-heading = Subscribe to a team collection
subscribe-body = A folder of collection files (.json, .csv, .yml), one file, or its web address. It is imported now, every time Tactful starts, and whenever it changes; a web address is checked every few minutes.
subscribe-path = Folder, file or web address
subscribe-button = Subscribe
import-file = File
dialog-browse = Browse…
import-preview = Preview
import-refused = This file cannot be imported; nothing was changed:
import-dry-run = Dry run into “{ $collection }”: nothing has changed yet.
# The import preview's counts: the number stands in its own column before the words.
import-count-add = to add
import-count-update = to update
import-count-unchanged = unchanged
import-count-kept = { $count ->
    [one] local edit kept
   *[other] local edits kept
}
import-count-retire = to retire (removed from the file)
import-count-conflicts = { $count ->
    [one] conflict (listed in Review)
   *[other] conflicts (listed in Review)
}
import-count-situations = { $count ->
    [one] new situation
   *[other] new situations
}
import-count-titles = { $count ->
    [one] situation title changed
   *[other] situation titles changed
}
import-added = Added
import-updated = Updated
import-apply = Apply import
import-nothing-new = Everything in this file is already here.
import-and-more = … and { $count } more
export-all-collections = all collections
export-save-to = Save to
export-button = Export

## Situation dialog
situation-rename-heading = Rename situation
situation-new-heading = New situation
situation-title = Title
situation-title-language = Title language
situation-description = Description
situation-key = Key
situation-key-hint = made from the title
situation-save = Save situation
import-path-hint = /path/to/team.json

## Pasting into the app the agent came from
paste-enter-copy = Copy
paste-enter-copy-and-hide = Copy and hide Tactful
paste-enter-paste = Paste into the app I came from
paste-button-copy = Copy
paste-button-copy-and-hide = Copy and hide
paste-button-paste = Paste
# Settings: what the Enter key does.
paste-enter = Enter
# $action is one of the choices above, in lower case.
paste-shift-enter = Shift+Enter: { $action }
paste-how = Pasting works when Tactful was summoned from another window (its shortcut or tactful --show).
paste-keystroke = Paste keystroke
paste-restore-clipboard = Put back what was on the clipboard after pasting
# A button with its key: "Paste (Enter)".
paste-button-keys = { $action } ({ $keys })
toast-pasting = Pasting…
# A copy's own message followed by what happened to the paste.
toast-copied-and-more = { $copied }. { $more }
toast-pasted-into = Pasted into { $window }
# $reason is in English (it comes from the desktop).
toast-not-pasted = Not pasted: { $reason }. The phrase is on the clipboard.
paste-off-in-this-window = Pasting into another window is off in this window.
subscribe-path-hint = https://intranet.example/tactful/support.json
subscribe-keys = Trusted signing keys (optional, one per line)
subscribe-keys-hint = RWQ… (from the team lead's tactful.pub)
subscribe-keys-explained = With keys, only files your team lead signed are accepted.
subscribe-followed = Followed
subscribe-last-synced = Last synced { $date }, { $time }.
subscribe-not-synced = Not synced yet.
subscribe-last-failed = Last attempt failed: { $error }
# $keys lists key ids, separated by " or " in English (by commas in other languages).
subscribe-signed-only = Accepted only when signed by key { $keys }.
import-skipped = Skipped: not imported (place in the file and reason)
import-with-loss = Imported with loss
file-filter-import = Collections and snippet exports

# While a subscription's first sync runs (a web address may be slow to answer).
subscribe-working = Reading it for the first time…
# While the import dialog reads a file or imports it, on a background task.
import-reading = Reading the file…
import-applying = Importing…
# A background task (reading or importing a file, subscribing) could not start or stopped.
job-not-started = Cannot start a background task
job-stopped = The background task stopped before it finished
# The selected phrase's vetting, in the detail pane. $name is the reviewer's name from Settings.
team-vetted-by-on = Vetted by { $name } on { $date }
team-vetted-by = Vetted by { $name }
team-vetted-on = Vetted on { $date }
# $key is the id of the team signing key the phrase's collection was signed with.
team-signed-by = Signed by team key { $key }
