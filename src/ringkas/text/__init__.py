"""Text: an article's text turned into sentences that carry their exact offsets, with page
furniture flagged by named rules, the headline taken as the title and the lead's dateline set
apart."""
