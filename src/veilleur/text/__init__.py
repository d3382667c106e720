"""Text helpers shared by the stages (they import nothing of the pipeline)."""

# A headline is read for at most this many characters. Real ones are under 300; a hostile page's
# <title> of 200,000 characters would otherwise go whole through every headline rule, some of them
# quadratic on one long run of letters or digits (minutes of CPU for one article).
HEADLINE_CHARS = 1000
