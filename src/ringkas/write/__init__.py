"""Writing: summaries turned into what the user reads (text, prose, the article with its summary
marked, an HTML report) or what programs read (JSON, JSON Lines), safe to print."""
