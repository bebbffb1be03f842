"""Reading: the inputs a user names (files, standard input, links, JSON Lines records, saved
pages) turned into documents, and a web page into its article with every character placed in
the HTML source."""
