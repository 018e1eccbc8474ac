# The window's words. Terms used throughout, as the phrasebook uses them: "phrase", "situation",
# "blunt line" (the thing not to say), "vetted" (reviewed and approved), "draft", "retired".

search-match-count = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
