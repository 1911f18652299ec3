"""Verbs that are not events themselves: they report, judge or frame the event below them.

Reporting verbs ("said", "stressed") give attribution; attitude and light verbs ("considering",
"remain") give status or nothing. None of them is ever a trigger.
"""

from __future__ import annotations

__all__ = [
    "ASKING", "CARE", "DEONTIC", "NOT_EVENT", "NO_COMMENT", "PORTIONS", "PUBLICATIONS",
    "PUBLISH", "REPORTING", "SAYING", "UNDERGONE",
]  # fmt: skip

REPORTING = {
    "say", "tell", "add", "note", "report", "claim", "state", "stress", "insist", "warn",
    "announce", "confirm", "deny", "explain", "argue", "believe", "think", "know", "cite",
    "recall", "write", "quote", "ask", "reply", "speak_of", "suggest", "indicate", "describe",
    "call", "realize", "understand", "see", "hear", "worry", "fear", "hope", "want", "seek",
    "consider", "plan", "intend", "expect", "try", "decide", "begin", "start", "continue",
    "be", "have", "do", "get", "make", "go", "come", "become", "seem", "need", "let", "keep",
    "raise", "focus", "represent", "happen", "determine", "respect", "finalize", "stay",
    "include", "relate", "irritate", "name", "walk", "remain", "appear", "express",
    "feel", "look", "spend", "show", "put", "find", "use", "mean", "learn", "emphasize",
    "emphasise", "underline", "underscore",
}  # fmt: skip
# Verbs that report or request are attribution cues, but "ask"/"call (on)" can be REQUEST.
NOT_EVENT = REPORTING - {"ask", "call"}
# Verbs that attribute what is below them to a source: saying, believing, fearing. The light and
# aspectual verbs of REPORTING ("began", "continued", "plan", "decided") are not: "forces
# continued their attacks" is not the forces' report of an attack.
SAYING = REPORTING - {
    "be", "have", "do", "get", "make", "go", "come", "become", "seem", "need", "let", "keep",
    "raise", "focus", "represent", "happen", "determine", "respect", "finalize", "stay",
    "include", "relate", "irritate", "name", "walk", "remain", "appear", "express", "feel",
    "look", "spend", "show", "put", "find", "use", "mean", "begin", "start", "continue", "plan",
    "intend", "try", "decide", "consider", "want", "seek", "call", "ask", "see",
}  # fmt: skip
# Verbs of asking another party to act (PLOVER REQUEST): "urged Syria to withdraw", "called on
# Iran to release" ("call" only with "on"), "asked that Turkey return him".
ASKING = frozenset(
    [
        "urge", "ask", "appeal", "implore", "request", "beg", "exhort", "call", "petition",
        "press", "pressure", "pressurise", "pressurize", "encourage",
    ]
)  # fmt: skip
# Modals of obligation: "X should/must act" says the act is wanted, not done.
DEONTIC = frozenset({"should", "must", "ought"})
# Verbs whose subject undergoes or merely moves, never acts on another party: "Nine people
# died of an overdose", "the assailants fled", "police were called to check on a woman". News
# reports them every day; PLOVER codes the act that caused them, not these.
UNDERGONE = {"die", "perish", "drown", "succumb", "flee", "check", "take_place"}
# "declined to comment": a refusal to speak to the press is no REJECT of another party (but
# "refused to respond to a request" is one, in PLV).
NO_COMMENT = {"comment", "elaborate", "speculate"}
# "released a statement", "issued guidelines": publishing a text is no RETREAT or MOBILIZE.
PUBLISH = {"release", "issue", "publish", "post", "unveil"}
PUBLICATIONS = {
    "statement", "report", "video", "footage", "photo", "image", "picture", "figure", "data",
    "guideline", "guidance", "list", "book", "album", "film", "study", "result", "detail",
    "information", "communique", "document", "transcript", "record", "update", "version",
    "page", "email", "e-mail", "letter", "memo", "file", "paper", "message", "cable", "tape",
    "recording", "note", "text",
}  # fmt: skip
# "1,100 pages of emails", "a batch of documents": a quantity of texts is a text.
PORTIONS = {"page", "batch", "set", "trove", "tranche", "cache", "stack", "pile"}
# "refused treatment", "declined medical attention": care refused is no REJECT of a party.
CARE = {
    "treatment", "care", "attention", "transport", "transportation", "medication",
    "hospitalization", "hospitalisation", "surgery", "medicine", "ambulance", "examination",
}  # fmt: skip
