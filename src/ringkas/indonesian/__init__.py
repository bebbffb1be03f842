"""Indonesian language data: abbreviations, sentence starters, stop words and text patterns.

Only data lives here; the modules that use it (segment, rank) decide what to do with it.
"""
