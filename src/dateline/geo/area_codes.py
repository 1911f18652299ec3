"""A North American phone number's area code places a local story in its state or province.

Local news ends with "call London police at 519-555-0100" or "the museum at (806) 555-0123":
the area code belongs to one US state or Canadian province, which the story may never name
(a Canadian paper's "London police" is London, Ontario; "Huntington at 304-..." is the West
Virginia town). Each distinct area code's unit counts as one more context name, like a
demonym. Toll-free and non-geographic codes (800, 888, 900, ...) and codes shared by two
units (902 for Nova Scotia and Prince Edward Island, 867 for the three territories) are left
out. The table is the North American Numbering Plan's assignment, from general knowledge.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import Candidate, official_admin1

__all__ = ["AREA_CODES", "phone_units"]

# The switch for this step (off: phone numbers say nothing about where a story is).
AREA_CODES = True

_CODES_BY_UNIT = {
    "Alabama": "205 251 256 334 659 938",
    "Alaska": "907",
    "Arizona": "480 520 602 623 928",
    "Arkansas": "327 479 501 870",
    "California": "209 213 279 310 323 341 350 408 415 424 442 510 530 559 562 619 626 628 "
    "650 657 661 669 707 714 747 760 805 818 820 831 840 858 909 916 925 949 951",
    "Colorado": "303 719 720 970 983",
    "Connecticut": "203 475 860 959",
    "Delaware": "302",
    "Washington, D.C.": "202 771",
    "Florida": "239 305 321 352 386 407 448 561 656 689 727 754 772 786 813 850 863 904 941 954",
    "Georgia": "229 404 470 478 678 706 762 770 912 943",
    "Hawaii": "808",
    "Idaho": "208 986",
    "Illinois": "217 224 309 312 331 447 464 618 630 708 773 779 815 847 872",
    "Indiana": "219 260 317 463 574 765 812 930",
    "Iowa": "319 515 563 641 712",
    "Kansas": "316 620 785 913",
    "Kentucky": "270 364 502 606 859",
    "Louisiana": "225 318 337 504 985",
    "Maine": "207",
    "Maryland": "240 301 410 443 667",
    "Massachusetts": "339 351 413 508 617 774 781 857 978",
    "Michigan": "231 248 269 313 517 586 616 679 734 810 906 947 989",
    "Minnesota": "218 320 507 612 651 763 952",
    "Mississippi": "228 601 662 769",
    "Missouri": "314 417 557 573 636 660 816 975",
    "Montana": "406",
    "Nebraska": "308 402 531",
    "Nevada": "702 725 775",
    "New Hampshire": "603",
    "New Jersey": "201 551 609 640 732 848 856 862 908 973",
    "New Mexico": "505 575",
    "New York": "212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 "
    "914 917 929 934",
    "North Carolina": "252 336 472 704 743 828 910 919 980 984",
    "North Dakota": "701",
    "Ohio": "216 220 234 283 326 330 380 419 436 440 513 567 614 740 937",
    "Oklahoma": "405 539 572 580 918",
    "Oregon": "458 503 541 971",
    "Pennsylvania": "215 223 267 272 412 445 484 570 582 610 717 724 814 835 878",
    "Rhode Island": "401",
    "South Carolina": "803 839 843 854 864",
    "South Dakota": "605",
    "Tennessee": "423 615 629 731 865 901 931",
    "Texas": "210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 "
    "832 903 915 936 940 945 956 972 979",
    "Utah": "385 435 801",
    "Vermont": "802",
    "Virginia": "276 434 540 571 686 703 757 804 826 948",
    "Washington": "206 253 360 425 509 564",
    "West Virginia": "304 681",
    "Wisconsin": "262 274 353 414 534 608 715 920",
    "Wyoming": "307",
    "Alberta": "368 403 587 780 825",
    "British Columbia": "236 250 604 672 778",
    "Manitoba": "204 431 584",
    "New Brunswick": "428 506",
    "Newfoundland and Labrador": "709",
    "Ontario": "226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 807 905",
    "Quebec": "263 354 367 418 438 450 468 514 579 581 819 873",
    "Saskatchewan": "306 474 639",
}
_UNIT_OF_CODE = {code: unit for unit, codes in _CODES_BY_UNIT.items() for code in codes.split()}

# "519-555-0100", "(519) 555-0100", "519.555.0100", "1-519-555-0100": NANP area codes and
# exchanges never begin with 0 or 1, which keeps dates and other number runs out.
_PHONE = re.compile(r"(?<![\d-])(?:1[-. ])?\(?([2-9]\d\d)\)?[-. ]?[2-9]\d\d[-.]\d{4}(?![\d-])")


def phone_units(text: str) -> dict[str, list[Candidate]]:
    """The admin-1 unit of each distinct area code the text's phone numbers carry, keyed as
    context names (``"phone:Ontario"``)."""
    if not AREA_CODES:
        return {}
    out: dict[str, list[Candidate]] = {}
    for hit in _PHONE.finditer(text):
        unit_name = _UNIT_OF_CODE.get(hit.group(1))
        if unit_name is None or f"phone:{unit_name}" in out:
            continue
        unit = official_admin1(unit_name, ("US", "CA"))
        if unit is not None:
            out[f"phone:{unit_name}"] = [unit]
    return out
