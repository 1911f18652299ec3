"""PLOVER modes from the words of the sentence: a cue table written from the PLOVER codebook.

The codebook defines each mode by what happens ("use unmanned aerial vehicles", "labor
strike", "threaten to expel diplomats"); the cues below are the words news uses for those
definitions. They are checked before the synthetic-story mode model, whose pseudo-labels are
noisy, and only for a root that has the mode. The first matching mode in table order wins, so
more specific modes (hunger strike, suicide attack, drone) come before general ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CUES", "cue_mode", "mode_cued"]

_W = r"(?:s|es|ed|d|ing|ers?)?"

CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "ASSAULT": (
        ("suicide-attack", r"suicide (?:bomb|attack|car)|suicide bomber"),
        ("drone", r"drones?|uavs?|unmanned"),
        ("unconventional", r"chemical weapons?|nerve agent|sarin|chlorine gas|nuclear weapons?"
                           r"|biological weapons?|dirty bomb"),
        ("crowd-control", r"tear ?gas|water cannons?|rubber bullets?|pepper spray|stun grenades?"),
        ("sexual", r"rap(?:e|ed|es|ing)|sexual(?:ly)? (?:assault|violence|abuse)"),
        ("abduct", r"abduct" + _W + r"|kidnap\w*|hijack" + _W + r"|hostages? taken"),
        ("assassinate", r"assassinat\w*"),
        ("execute", r"execut(?:e|ed|es|ion|ions)|hanged|firing squad"),
        ("torture", r"tortur(?:e|ed|es|ing)"),
        ("massacre", r"massacre[sd]?|mass killings?|slaughter" + _W),
        ("cleansing", r"ethnic cleansing|mass expulsions?|genocide"),
        ("aerial", r"air ?strikes?|airstrikes?|air raids?|warplanes?|fighter jets?|jets?"
                   r"|helicopter gunships?|bomb(?:ed|ing|ings) raids?|aerial"),
        ("heavy-weapons", r"artillery|shell(?:ed|ing|s)|mortars?|rockets?|tanks?|missiles?"),
        ("explosives", r"ieds?|car bombs?|roadside bombs?|explosive\w*|bomb(?:s|ed|ing)?|landmines?"
                       r"|mines?|grenades?"),
        ("firearms", r"gun\w*|shot|shoot\w*|fired on|rifles?|snipers?|machine guns?"),
        ("beat", r"beat(?:en|ing|s)?|clubbed|punch(?:ed|ing)"),
        ("primitive", r"knife|knives|stabb(?:ed|ing)|machetes?|stones?|rocks?|arson|set fire"),
        ("destroy", r"destroy" + _W + r"|demolish\w*|razed?|bulldoz\w*"),
    ),
    "PROTEST": (
        ("hunger", r"hunger strik\w*"),
        ("riot", r"riot\w*|looting|clash(?:ed|es) with police"),
        ("strike", r"strik(?:e|es|ing)|walk(?:ed)? ?out|industrial action"
                   r"|walk(?:s|ed|ing)? off (?:the|their) jobs?"),
        ("boycott", r"boycott\w*"),
        ("obstruct", r"blockad\w*|block(?:ed|ing)? (?:the )?(?:roads?|highways?|access|entrances?)"
                     r"|sit-ins?|barricad\w*|occup(?:y|ied)"),
        ("demo", r"protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|vigils?"),
    ),
    "COERCE": (
        ("cyber", r"cyber\w*|hack\w*|malware|ransomware|ddos"),
        ("misinformation", r"disinformation|misinformation|propaganda|fake news"),
        ("curfew", r"curfews?|state of emergency|martial law"),
        ("censor", r"censor\w*|block(?:ed|ing)? (?:access to )?"
                   r"(?:websites?|the internet|social media)"),
        ("deport", r"deport\w*|expel(?:s|led|ling)?"),
        ("arrest", r"arrest\w*|detain\w*|detention|jail\w*|imprison\w*|custody"),
        ("withhold", r"cut (?:off )?(?:power|electricity|water|internet)|shut (?:off|down)"
                     r"|withh[eo]ld\w*"),
        ("seize", r"seiz\w*|confiscat\w*|raid\w*|search(?:ed|es)?"),
        ("ban", r"ban(?:s|ned|ning)?|outlaw\w*"),
        ("restrict", r"restrict\w*|cordon\w*|lockdown"),
    ),
    "CONSULT": (
        ("phone", r"phone\w*|telephone\w*|video ?(?:call|conference|link)|spoke by"),
        ("multilateral", r"summit|nato|g-?7|g-?20|united nations|\bu\.?n\.?\b|european union"
                         r"|asean|african union|opec|general assembly|security council"),
        ("third-party", r"mediat\w*|brokered|hosted talks between"),
    ),
    "SANCTION": (
        ("convict", r"convict\w*|sentenc\w*|found guilty|guilty verdict"),
        ("expel", r"expel\w*|suspend(?:ed)? (?:\w+ )?membership"),
        ("discontinue", r"sever\w*|cut (?:diplomatic )?ties|suspend\w*|halt\w*|embargo\w*"),
        ("withdraw", r"withdr[ae]w\w*|pull(?:ed|s)? out"),
    ),
    "RETREAT": (
        ("ceasefire", r"cease-?fire|truce|armistice"),
        ("resign", r"resign\w*|step(?:ped|s)? down"),
        ("release", r"releas\w*|freed|free(?:s|ing)?"),
        ("disarm", r"disarm\w*|decommission\w*|hand(?:ed)? over (?:their )?weapons"),
        ("access", r"allow(?:ed|s)? .{0,40}(?:observers|inspectors|aid workers|peacekeepers)"
                   r"|access"),
        ("return", r"return\w*|restor\w*"),
        ("withdraw", r"withdr[ae]w\w*|pull(?:ed|s|ing)? (?:out|back)|retreat\w*"),
    ),
    "THREATEN": (
        ("expel", r"expel\w*|deport\w*"),
        ("arrest", r"arrest\w*|detain\w*|jail\w*|imprison\w*"),
        ("relations", r"(?:cut|sever|suspend)\w* (?:diplomatic )?(?:ties|relations|talks)"),
        ("ban", r"ban(?:s|ned|ning)?|outlaw\w*"),
        ("rights", r"(?:curb|limit|restrict|suspend)\w* (?:\w+ )?(?:rights|freedoms?|free speech"
                   r"|the press|assembly)"),
        ("territory", r"annex\w*|invade|invasion|occupy|seize (?:control|territory)"),
        ("restrict", r"sanction\w*|tariffs?|blockade|restrict\w*|boycott\w*"),
        ("violence", r"attack\w*|strike|war|military action|force|retaliat\w*|kill"),
    ),
    "REQUEST": (
        ("meet", r"talks|meeting|negotiat\w*|dialogue|summit"),
        ("yield", r"releas\w*|cease-?fire|truce|lift\w* (?:the )?(?:sanctions|curfew|blockade)"),
        ("assist", r"aid|help|assistance|support|funding|loans?"),
        ("change", r"resign\w*|reform\w*|change|repeal\w*|step down"),
    ),
    "REJECT": (
        ("meet", r"talks|meeting|negotiat\w*|dialogue|summit"),
        ("yield", r"releas\w*|cease-?fire|truce|lift\w* (?:the )?(?:sanctions|curfew|blockade)"),
        ("assist", r"aid|help|assistance|funding|loans?"),
        ("change", r"resign\w*|reform\w*|change|repeal\w*|step down"),
    ),
    "ACCUSE": (
        ("investigate", r"investigat\w*|inquir(?:y|ies)|probe[sd]?|probing"),
        ("allege", r"accus\w*|alleg\w*|charg(?:ed|es|ing)|indict\w*|sue[sd]?|lawsuit"),
        ("disapprove", r"condemn\w*|critici[sz]\w*|denounc\w*|decr(?:y|ied)|blam\w*"
                       r"|complain\w*|object\w*"),
    ),
    "MOBILIZE": (
        ("police", r"police|riot squads?|security forces|gendarm\w*"),
        ("militia", r"militias?|militants?|fighters|paramilitar\w*|volunteers"),
        ("weapons", r"missiles?|warships?|weapons?|jets?|bombers?|tanks|artillery|test(?:ed)?"),
        ("troops", r"troops|soldiers|forces|battalions?|brigades?|reservists|army"),
    ),
}  # fmt: skip


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    return {
        root: tuple((mode, re.compile(rf"\b(?:{pat})\b")) for mode, pat in cues)
        for root, cues in CUES.items()
    }


def mode_cued(root: str, mode: str, text: str) -> bool:
    """Whether ``text`` holds a cue word of this particular mode of ``root``."""
    low = text.lower()
    return any(m == mode and pattern.search(low) for m, pattern in _compiled().get(root, ()))


def cue_mode(root: str, text: str) -> str | None:
    """The first codebook mode of ``root`` whose cue words occur in ``text`` (lower-cased)."""
    low = text.lower()
    for mode, pattern in _compiled().get(root, ()):
        if pattern.search(low):
            return mode
    return None
