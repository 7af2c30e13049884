"""A hand-written table of the days legal rules became known, kept apart from the library files
(resources/caveats) so that a test can hold the library to it (issue 20).

The rule: a Swedish law is known from the day the Riksdag adopted it or it was published in SFS,
the earlier; an EU act from the day it was adopted or published in the Official Journal, the
earlier; a proposal from the day it was presented; a ruling from the day it was delivered;
guidance from the day it was published. Where the exact day was not found, the table says what
it takes instead, always a day on which the rule was certainly known, so the table never lets
a memo see the future.

Each row: library id -> (known from, source). Researched December 2026 in public legal pages.
"""

from __future__ import annotations

from datetime import date

KNOWN_FROM: dict[str, tuple[date, str]] = {
    # EU acts: the act's own date (adoption), before its publication in the Official Journal.
    "gdpr-art-28": (date(2016, 4, 27), "Regulation (EU) 2016/679 of 27 April 2016; OJ L 119, "
                    "4 May 2016 (eur-lex 32016R0679)"),
    "gdpr-art-35": (date(2016, 4, 27), "Regulation (EU) 2016/679 of 27 April 2016"),
    "gdpr-art-44-49": (date(2016, 4, 27), "Regulation (EU) 2016/679 of 27 April 2016"),
    "data-act-byte": (date(2023, 12, 13), "Regulation (EU) 2023/2854 of 13 December 2023; OJ "
                      "22 December 2023 (eur-lex 32023R2854)"),
    "data-act-bytesavgifter": (date(2023, 12, 13), "Regulation (EU) 2023/2854, art. 29"),
    "ai-act-ai-kunnighet": (date(2024, 6, 13), "Regulation (EU) 2024/1689 of 13 June 2024; OJ "
                            "12 July 2024 (eur-lex 32024R1689)"),
    "ai-act-allman-tillampning": (date(2024, 6, 13), "Regulation (EU) 2024/1689 of 13 June 2024"),
    "eu-us-dpf": (date(2023, 7, 10), "Commission Implementing Decision (EU) 2023/1795 of "
                  "10 July 2023"),
    # Rulings and decisions: the day delivered.
    "schrems-ii": (date(2020, 7, 16), "CJEU judgment C-311/18, 16 July 2020, "
                   "ECLI:EU:C:2020:559"),
    "dpf-latombe": (date(2025, 9, 3), "General Court judgment T-553/23, 3 September 2025"),
    "imy-ostersund-dpia": (date(2023, 11, 28), "imy.se/tillsyner: Barn- och utbildningsnämnden, "
                           "Östersunds kommun, beslut 2023-11-28"),
    "edps-m365": (date(2024, 3, 8), "EDPS decision of 8 March 2024 on the Commission's use of "
                  "Microsoft 365"),
    # A foreign law: the day it was signed into law.
    "cloud-act": (date(2018, 3, 23), "CLOUD Act, signed 23 March 2018 with the Consolidated "
                  "Appropriations Act, 2018"),
    # A proposal: the day presented.
    "cloud-ai-development-act-forslag": (date(2026, 6, 3), "COM(2026) 502, presented by the "
                                         "Commission 3 June 2026 (digitalpolicyalert.org, "
                                         "dsv-europa.de)"),
    "cybersakerhetslag-forslag": (date(2025, 10, 9), "prop. 2025/26:28, Stockholm den "
                                  "9 oktober 2025 (rkrattsbaser, propositionsregistret)"),
    # Swedish law where only the day issued was found: a day on which it was certainly known.
    "sakerhetsskyddslagen": (date(2018, 5, 24), "SFS 2018:585 utfärdad 2018-05-24 (lagen.nu); "
                             "the Riksdag adopted it in May 2018, day not found"),
    "cybersakerhetslagen": (date(2025, 12, 11), "SFS 2025:1506 utfärdad 2025-12-11 "
                            "(rkrattsbaser); the Riksdag's day (bet. 2025/26:FöU2) not found"),
    # A vendor's announcement.
    "microsoft-eu-data-boundary": (date(2025, 2, 26), "Microsoft's announcement 26 February "
                                   "2025 (techradar.com 2025-02-28)"),
}

#: Dated parts: (library id, the day the part starts) -> (known from, source).
KNOWN_FROM_PARTS: dict[tuple[str, date], tuple[date, str]] = {
    ("lou-belopp", date(2022, 2, 1)): (date(2021, 11, 17), "riksdagen.se: bet. 2021/22:FiU14 "
                                       "beslutat 17 november 2021"),
    ("schrems-ii", date(2023, 7, 10)): (date(2023, 7, 10), "Implementing Decision (EU) "
                                        "2023/1795 of 10 July 2023"),
    ("dpf-latombe", date(2025, 10, 31)): (date(2025, 10, 31), "appeal C-703/25 P lodged "
                                          "31 October 2025"),
}
