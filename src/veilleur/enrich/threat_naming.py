"""The verbs that give a threat its name ("a backdoor dubbed X", "a group tracked as X"), in one place.

Half a dozen threat modules read a name after the verb that introduces it; each kept its own copy of
the list, and the copies drifted apart (one knew "code-named", another did not). They are pattern
fragments, not compiled patterns: each module writes them into its own shape (what must stand
before, what may follow).
"""

from __future__ import annotations

# The verbs an article names a threat with: "a backdoor dubbed X", "a loader called X", "a group
# known as X", "an operation codenamed X".
NAMING_VERB = r"(?:dubbed|codenamed|code-named|called|named|known\sas)"

# A vendor's own tracking name for a cluster: "a group tracked as X", "an actor referred to as X".
TRACKING_VERB = r"(?:tracked\sas|referred\sto\sas)"

# The same in French, German and Dutch: "un groupe baptisé X", "eine Gruppe genannt X", "een groep
# genaamd X".
FOREIGN_NAMING_VERB = r"(?:baptisée?s?|surnommée?s?|appelée?s?|nommée?s?|dénommée?s?|genaamd|genannt)"
