"""Articles → stories: the same real-world event told by several outlets, in several languages,
over several days, grouped incrementally under a stable story id.

`features` describes an article, `stories` places it (`Clusterer`), `merge` joins the facts of a
story's articles. Nothing is imported here: the briefs need `merge` alone, and `features` brings
numpy, enrichment's recognisers and the sentence encoder with it."""
