"""Indonesian language data: abbreviations, sentence starters, stop words, and the conventions
of news pages (datelines, headlines, page furniture).

Only data lives here; the modules that use it (segment, boilerplate, words) decide what to do
with it.
"""
