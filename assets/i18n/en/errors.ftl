# Errors from Tactful's core, as the window and the CLI show them to people. Their English originals
# (in the code) go to logs, --json output and the database's record of a sync's last error. Variables
# hold file names, addresses, key ids and the operating system's or a server's own reason, as they are.

## The phrasebook database
error-read-only = { $path } is read-only (check the file's permissions); nothing was changed
error-newer-schema = { $path } was made by a newer Tactful (schema version { $found }; this one knows up to { $supported }); it was not changed. Update Tactful to open it
error-damaged = The phrasebook database is damaged ({ $finding }); nothing was changed. Restore a copy from the backups folder beside it
error-no-phrase = There is no phrase with the id “{ $id }”
error-key-taken = A situation with the key “{ $key }” already exists
error-self-link = A phrase cannot be its own translation
error-would-retire = { $file } would retire { $retired } of its { $held } phrases, so it may be incomplete (a copy still being written); nothing was changed. If the phrases were removed on purpose, import the file once by hand

## Files to import
error-import-read = { $file }: cannot read the file: { $reason }
error-import-not-a-file = { $file } is not a regular file; only regular files are imported
error-import-too-large = { $file } is over the import limit of 64 MiB; split it into smaller collections
error-import-folder = { $file } is a folder; only files and espanso configuration folders (holding a “match” folder) are imported

## Web addresses
error-not-a-url = { $url } is not a web address (it must start with https:// or http://)
error-http-status = { $url }: the server answered { $status }
error-http-not-allowed = { $url }: the server answered { $status } (not allowed: the address may need a token, or the file is private)
error-http-not-found = { $url }: the server answered { $status } (not found: check the address)
error-http-server-error = { $url }: the server answered { $status } (a server error: it is tried again later)
error-http-too-large = { $url }: the response is larger than the limit, so it was not read
error-http-redirects = { $url }: too many redirects; the server may be redirecting in a loop
error-http-timeout = { $url }: the server did not answer in time
error-http-unreachable = { $url }: cannot reach the server ({ $reason })
# $reason is one of the error-http-* messages above.
error-fetch-kept-copy = { $reason }. Nothing was changed; the phrasebook keeps the last good copy, from { $age }.
error-fetch-no-copy = { $reason }. Nothing was changed; no copy has been fetched from there yet.
age-just-now = less than a minute ago
age-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
age-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
age-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Signed collections
error-unsigned = { $subject } is not signed (there is no .minisig signature beside it); nothing was changed
error-bad-signature = The signature of { $subject } cannot be read ({ $reason }); nothing was changed
error-untrusted = { $subject } is signed by key { $signer }, which this subscription does not trust (trusted: { $trusted }); nothing was changed
error-signature-mismatch = { $subject } does not match its signature by key { $signer }: it was changed after signing, or it is damaged; nothing was changed
error-bad-public-key = “{ $given }” is not a minisign public key (expected a line like RWQ… or a .pub file)
