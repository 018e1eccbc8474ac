# The command line's messages for people. Output of --json is never translated. The English
# lines keep straight quotes, as before translation, for scripts that read them.

## check
cli-draft-too-long = the draft is over { $bytes } bytes; check a shorter text
cli-draft-unreadable = cannot read the draft from standard input
cli-draft-not-utf8 = the draft is not UTF-8 text
cli-bad-lang = --lang "{ $lang }" is not a language code such as en or pt-BR
cli-no-phrases-in = the phrasebook has no phrases in { $lang }; its languages are { $languages }
# One finding of `tactful check`: number, the passage, the blunt line it resembles, the situation key.
cli-finding = { $number }. "{ $passage }" sounds like "{ $blunt }" ({ $situation })

## copy
cli-set-syntax = --set takes NAME=VALUE, got "{ $got }"
cli-left-unfilled = note: left unfilled: { $blanks }
cli-copied = Copied: { $text }
cli-clipboard-no-executable = cannot find the tactful executable to keep the clipboard
cli-clipboard-no-keeper = cannot start the clipboard keeper
cli-clipboard-no-answer = no answer from the clipboard keeper
cli-clipboard-timeout = { $seconds ->
    [one] the clipboard did not answer within { $seconds } second (is the desktop session responding? try --print)
   *[other] the clipboard did not answer within { $seconds } seconds (is the desktop session responding? try --print)
}
cli-clipboard-none = no clipboard is available (is a desktop session running? try --print)
cli-clipboard-error = { $error } (try --print)
cli-clipboard-not-built = this build of tactful has no clipboard support (built without the `gui` feature); use --print

## import, export
# $summary lists the counts ("2 added, 1 updated, …").
cli-import-dry-run = Dry run of { $file } into "{ $collection }": would be { $summary }. Nothing was changed.
cli-import-add = add
cli-import-update = update
cli-import-keep-local = keep local
cli-import-retire = retire
cli-import-conflict = conflict
cli-imported = Imported { $file } into "{ $collection }": { $summary }.
cli-up-to-date = { $file } is up to date: { $summary }.
cli-conflicts-hint = `tactful conflicts` shows both versions; `tactful resolve ID --ours|--theirs` settles one.
cli-backup-at = A backup of the phrasebook from before the import is at { $path }
cli-not-supported = not supported: { $note }
cli-no-collection = no collection named "{ $name }"

## phrases: search, show, add, edit, trash
cli-trashed = Moved { $id } to the trash. `tactful restore { $id }` brings it back.
cli-restored = Restored { $id }: { $text }
cli-trash-empty = The trash is empty.
cli-query-too-long = note: only the first { $counted } words of the query count; { $ignored } more were left out
cli-no-match = No phrases match. Try fewer letters, another language, or `--status retired`.
cli-instead-of = instead of: { $blunt }
cli-why = why: { $note }
cli-id = id: { $id }
cli-situation = situation: { $title } ({ $key })
# $lang and $status are written as the phrasebook stores them (en, vetted).
cli-language-status-collection = language: { $lang }  status: { $status }  collection: { $collection }
cli-vetted-by-on = vetted by { $name } on { $date }
cli-vetted-on = vetted on { $date }
cli-needs-review = needs review: a translation changed since this was vetted
cli-tags = tags: { $tags }
cli-copied-times = { $count ->
    [one] copied once
   *[other] copied { $count } times
}
cli-copied-times-favourite = { $count ->
    [one] copied once · favourite
   *[other] copied { $count } times · favourite
}
cli-added = Added { $id }
cli-nothing-to-change = nothing to change: give --text, --status, --situation, --lang, --avoid, --tag, --note, --group or --title
cli-cannot-edit = cannot edit { $id }
cli-updated = Updated { $id }: { $text }

## team: vet, subscribe, review, conflicts
cli-vetted-by = Vetted { $id } (by { $name }).
cli-vetted = Vetted { $id }.
cli-following = Following { $path }.
cli-no-subscriptions = No subscriptions. `tactful subscribe PATH_OR_URL` follows a team file, folder or web address.
cli-synced-at = synced { $at }
cli-never-synced = never synced
cli-last-error = last error: { $error }
cli-unsubscribed = No longer following { $path }; its phrases stay.
cli-no-collection-files = The followed folders hold no collection files (.json, .csv, .yml) yet.
cli-resolved-ours = Resolved { $id }: kept your version ({ $status }).
cli-resolved-theirs = Resolved { $id }: kept the incoming version ({ $status }).
cli-sync-failed = { $failed } of { $total } followed files could not be imported; nothing was changed from them
cli-nothing-to-review = Nothing to review.
cli-review-counts = Drafts: { $drafts }; translations to re-check: { $recheck }; conflicts: { $conflicts }.
cli-reason-draft = draft
cli-reason-needs-review = needs review
cli-reason-conflict = conflict
cli-review-hint = `tactful vet ID` approves a phrase; `tactful conflicts` shows both versions of a conflict.
cli-no-conflicts = No conflicts.
cli-conflict-from = { $id }  (from { $source })
cli-conflict-ours = ours:   { $text } [{ $status }]
cli-conflict-theirs = theirs: { $text } [{ $status }]
cli-conflict-theirs-removed = theirs: removed upstream
cli-resolve-hint = `tactful resolve ID --ours` keeps yours; `--theirs` takes the incoming version.
cli-clipboard-keeper-broken = cannot hand the text to the clipboard keeper

## skipped entries, signing keys, followed addresses
cli-signed-by-key = signed by trusted key { $key }
cli-skipped-entries = { $count ->
    [one] Skipped { $count } entry of { $file }; it was not imported:
   *[other] Skipped { $count } entries of { $file }; they were not imported:
}
cli-skipped = skipped { $entry }
cli-key-written = Key { $id } written: public key { $public }, secret key { $secret }.
cli-key-unprotected = The secret key has no password: anyone who can read { $secret } can sign as you.
cli-key-how-to-follow = Agents follow your signed collection with: tactful subscribe URL --trust { $key }
cli-signed-file = Signed { $file } with key { $id }: { $signature }
# $keys lists key ids, separated by commas.
cli-signed-only = Only files signed by key { $keys } are accepted.
cli-signed-by-keys = signed by: { $keys }
cli-not-modified = { $file }: not modified since the last copy.
