# ruff: noqa: E501
"""Blind-set gold, round 6: s1-s3 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
IG = ["Pentagon's inspector general", "inspector general", "Pentagon", "report"]
PRY = ["Douglas Pryce", "Pryce"]
TULL = ["Margaret Tull", "Tull"]
LUM = ["Lumora", "company"]
WREN = ["Tomasz Wren", "Wren"]
KOL = ["Jana Kolar", "Kolar"]
VRBA = ["Tomas Vrba", "Vrba"]
AGMIN = ["Drevania's agriculture ministry", "agriculture ministry", "ministry"]
ARTICLES.update(
    {
        "s1_ap_navy_contractor.txt": {
            "meta": {"title": None, "author": None, "outlet": "AP"},
            "claims": [
                S(
                    "A defense contractor that builds radar systems for Navy destroyers overcharged the government by about $40 million over six years, the Pentagon's inspector general said in a report released Wednesday.",
                    "said",
                    "said",
                    IG,
                ),
                S(
                    "The report found that Halvern Systems billed the Navy for spare parts that were never delivered and charged up to four times the market price for some circuit boards.",
                    "said",
                    "found",
                    IG,
                    also=["according_to", "alleged"],
                ),
                F(
                    "Sailors stand on the deck of the USS Marlow during a port visit in Norfolk, Virginia."
                ),
                S(
                    "Halvern's chief executive, Douglas Pryce, faces allegations that he personally approved the inflated invoices.",
                    "alleged",
                    "faces allegations",
                    None,
                ),
                S("Pryce has denied any wrongdoing.", "denied", "denied", PRY),
                S(
                    "“We have cooperated fully with the inspector general from day one.",
                    "said",
                    "said",
                    PRY,
                ),
                S(
                    "Our prices were reviewed and approved by Navy contracting officers at every step.",
                    "said",
                    "said",
                    PRY,
                ),
                S("We will show that in court if we have to,” he said.", "said", "said", PRY),
                S(
                    "The New York Times reported last year that federal prosecutors had opened a criminal investigation into the company's billing practices.",
                    "said",
                    "reported",
                    ["New York Times"],
                    also=["reportedly"],
                ),
                S(
                    "Sources told CNN that a grand jury in Virginia has heard testimony from at least three former Halvern employees.",
                    "said",
                    "told",
                    ["sources"],
                    also=["reportedly"],
                ),
                A("The Justice Department declined to comment.", OPT),
                S(
                    "Sen. Margaret Tull, a Republican who chairs the Armed Services subcommittee on readiness, called the findings “outrageous” and said she would hold a hearing next month.",
                    "said",
                    "said",
                    TULL,
                ),
                S(
                    "“Every dollar stolen from the Navy is a dollar not spent on sailors,” Tull said in a statement.",
                    "said",
                    "said",
                    TULL,
                ),
                S(
                    "The Navy said it had suspended payments on two of Halvern's contracts while it reviewed the report.",
                    "said",
                    "said",
                    ["Navy"],
                ),
                S(
                    "A Navy spokesman, Cmdr. Luis Ferrer, said the service “takes every dollar seriously” but would not say whether the contracts would be canceled.",
                    "said",
                    "said",
                    ["Luis Ferrer", "Ferrer", "Navy"],
                ),
                A("Halvern, based in Huntsville, Alabama, employs about 2,100 people."),
                S(
                    "It received $1.2 billion in federal contracts last year, according to government spending data.",
                    "according_to",
                    "according to",
                    ["government spending data", "spending data"],
                ),
                A(
                    "The inspector general's office has referred 14 contractors to prosecutors since 2020."
                ),
                F("Associated Press writer Dana Whitfield contributed to this report."),
            ],
            "links": [
                (
                    "Pryce has denied any wrongdoing.",
                    "Halvern's chief executive, Douglas Pryce, faces",
                )
            ],
        },
        "s2_tech_streaming_breach.txt": {
            "meta": {"title": None, "author": None, "outlet": "tech"},
            "claims": [
                F("By Kira Albrecht"),
                S(
                    "Lumora, the Stockholm-based music streaming service, said on Thursday that hackers had stolen the email addresses and scrambled passwords of about 9 million users.",
                    "said",
                    "said",
                    LUM,
                ),
                S(
                    "In a statement, the company said it had discovered the intrusion on March 2 and had since reset the passwords of all affected accounts.",
                    "said",
                    "said",
                    LUM,
                ),
                S(
                    "It said there was no evidence that payment details had been accessed.",
                    "said",
                    "said",
                    LUM,
                ),
                S(
                    "Reuters reported, citing two sources, that the attackers had demanded a ransom of $5 million in bitcoin.",
                    "said",
                    "reported",
                    ["Reuters", "two sources", "sources"],
                    also=["reportedly"],
                ),
                A("Lumora did not respond to questions about a ransom.", OPT),
                A("Lumora has about 60 million paying subscribers in 40 countries."),
                A("Its shares fell 6% in Stockholm trading on Thursday."),
                S(
                    "Chief executive Nadia Feld wrote on social media that the company was “working around the clock” to protect its customers and would pay for identity-theft monitoring for anyone affected.",
                    "said",
                    "wrote",
                    ["Nadia Feld", "Feld"],
                ),
                S(
                    "Security researcher Tomasz Wren said in an interview with Wired that the breach appeared to have begun with a phishing email sent to an outside contractor.",
                    "said",
                    "said",
                    WREN,
                ),
                S(
                    "He said such attacks were “the oldest trick in the book” and that many firms still had no defence against them.",
                    "said",
                    "said",
                    WREN,
                ),
                S(
                    "It is understood that Lumora's board held an emergency meeting on Friday morning.",
                    "reportedly",
                    "It is understood",
                    None,
                ),
                F("What should users do?"),
                S(
                    "Experts say users should change their password on any other site where they used the same one.",
                    "said",
                    "say",
                    ["experts"],
                ),
                S(
                    "Sweden's data protection authority said it had been notified of the breach and was assessing whether Lumora had broken the law.",
                    "said",
                    "said",
                    ["Sweden's data protection authority", "data protection authority"],
                ),
                A(
                    "Under European rules, companies can be fined up to 4% of their global turnover."
                ),
                A(
                    "Lumora was fined 2 million euros in 2021 for keeping user data longer than necessary."
                ),
                S("The company later said it had fixed the problem.", "said", "said", LUM),
                S(
                    "Consumer groups accused the company of being slow to warn customers, saying some users learned of the breach from news reports.",
                    "alleged",
                    "accused",
                    ["consumer groups"],
                ),
                S(
                    "Lumora rejected that criticism, saying it had emailed every affected user within 24 hours.",
                    "denied",
                    "rejected",
                    LUM,
                ),
                F("Sign up for our weekly technology newsletter."),
            ],
            "links": [("Lumora rejected that criticism", "Consumer groups accused")],
        },
        "s3_europe_farm_blockade.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                A(
                    "Hundreds of farmers blocked the main border crossing between Drevania and Koslovia on Monday, leaving more than 1,000 trucks stranded in queues up to 20 kilometres long."
                ),
                S(
                    "The protesters say cheap grain from outside the European Union is driving them out of business.",
                    "said",
                    "say",
                    ["protesters"],
                    also=["claimed"],
                ),
                F("Tractors line the road leading to the Dolna border crossing"),
                S(
                    "Drevania's agriculture ministry said in a statement that it would compensate farmers for losses caused by the imports, but it did not give a figure.",
                    "said",
                    "said",
                    AGMIN,
                ),
                S(
                    "Petr Hanak, who leads the national farmers' union, posted on Facebook that the blockade would continue “until the government stops lying to us.”",
                    "said",
                    "posted",
                    ["Petr Hanak", "Hanak"],
                ),
                S(
                    "Koslovia's foreign minister, Alina Marek, was quoted as saying that the blockade was unacceptable and broke EU rules on the free movement of goods.",
                    "said",
                    "quoted as saying",
                    ["Alina Marek", "Marek"],
                    also=["reportedly"],
                ),
                S(
                    "It is believed that some drivers have been waiting at the border for three days without access to toilets or running water.",
                    "reportedly",
                    "It is believed",
                    None,
                ),
                S("“We sell our wheat below the cost of production.", "said", "said", KOL),
                S("Our children are leaving the villages.", "said", "said", KOL),
                S(
                    "Nobody in the capital cares,” said Jana Kolar, 51, who grows wheat and rapeseed near the town of Brevno.",
                    "said",
                    "said",
                    KOL,
                ),
                S(
                    "Police said the protest had been peaceful and that no arrests had been made.",
                    "said",
                    "said",
                    ["police"],
                ),
                S(
                    "Opposition lawmakers accused the government of ignoring warnings about the surge in imports for more than a year.",
                    "alleged",
                    "accused",
                    ["opposition lawmakers", "lawmakers"],
                ),
                S(
                    "The government has rejected the criticism.",
                    "denied",
                    "rejected",
                    ["government"],
                ),
                S(
                    "Prime Minister Tomas Vrba said on Monday evening that he was ready to meet farmers' leaders.",
                    "said",
                    "said",
                    VRBA,
                ),
                S("“My door is open.", "said", "told", VRBA),
                S(
                    "But you cannot hold the whole country hostage,” he told reporters.",
                    "said",
                    "told",
                    VRBA,
                ),
                S(
                    "Grain imports from outside the EU rose by 40% last year, according to the national statistics office.",
                    "according_to",
                    "according to",
                    ["national statistics office", "statistics office"],
                ),
                A(
                    "Agriculture Minister Karel Sobek is expected to travel to Brussels on Wednesday to ask for emergency funds from the EU."
                ),
                A("Similar protests took place in Poland and Hungary in 2023."),
            ],
            "links": [
                ("The government has rejected the criticism.", "Opposition lawmakers accused")
            ],
        },
    }
)
