# ruff: noqa: E501
"""Blind-set gold, round 1: h1, h3, h4 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
KAUL = ["Priya Kaul", "Kaul"]
LP = ["Gareth Lloyd-Price", "Lloyd-Price"]
DEPT = ["education department", "Wendover education department"]
TAR = ["Tarnow Mining", "Tarnow"]
SRC = [
    "two people familiar with the matter",
    "people familiar with the matter",
    "sources",
    "people",
]
MARSH = ["Helen Marsh", "Marsh"]
ORT = ["Luis Ortega", "Ortega"]

ARTICLES.update(
    {
        "h1_bbc_school_meals.txt": {
            "meta": {"title": None, "author": None, "outlet": "BBC"},
            "claims": [
                F("Image source, Getty Images"),
                F("Image caption, About 41,000 children are expected to benefit from the scheme"),
                S(
                    "All primary school pupils in Wendover will receive free lunches from next September, the regional government has announced.",
                    "said",
                    "announced",
                    ["regional government", "Wendover government"],
                ),
                S(
                    'Education minister Priya Kaul said the £38m scheme would "end the stigma" attached to means-tested meals.',
                    "said",
                    "said",
                    KAUL,
                ),
                S(
                    '"No child should sit in a classroom too hungry to learn," she told the BBC.',
                    "said",
                    "told",
                    KAUL,
                ),
                S('"This is about fairness."', "said", "told", KAUL, role=OPT),
                S(
                    "About 41,000 children are expected to benefit, according to the education department.",
                    "according_to",
                    "according to",
                    DEPT,
                ),
                S(
                    "Critics say the money would be better spent on teachers' pay.",
                    "said",
                    "say",
                    ["critics"],
                    also=["claimed"],
                ),
                S(
                    'Opposition spokesman Gareth Lloyd-Price described the policy as "a headline-grabbing gimmick" and claimed that many schools did not have kitchens big enough to cope.',
                    "claimed",
                    "claimed",
                    LP,
                    also=["said"],
                ),
                S('"Ministers have not thought this through," he added.', "said", "added", LP),
                S(
                    "According to Mr Lloyd-Price, one in five schools in the region would need new equipment before the scheme could start.",
                    "according_to",
                    "According to",
                    LP,
                ),
                S(
                    "The education department said it had set aside £6m for kitchen upgrades and that most schools would be ready on time.",
                    "said",
                    "said",
                    DEPT,
                ),
                S(
                    "Headteacher Sian Morgan, whose school in Penmaen serves 300 pupils, said she welcomed the plan but was worried about staffing.",
                    "said",
                    "said",
                    ["Sian Morgan", "Morgan"],
                ),
                S(
                    '"We already struggle to recruit cooks," she said.',
                    "said",
                    "said",
                    ["Sian Morgan", "Morgan"],
                ),
                S(
                    "The union representing school support staff, Unify, said its members had not been consulted.",
                    "said",
                    "said",
                    ["Unify"],
                ),
                S(
                    "It is understood that talks will begin next month.",
                    "reportedly",
                    "It is understood",
                    None,
                ),
                A(
                    "Wendover is the second region to introduce universal free meals for primary pupils, after Carrow did so in 2022."
                ),
            ],
            "links": [],
        },
        "h3_reuters_mining.txt": {
            "meta": {"title": None, "author": "Owen Firth", "outlet": "Reuters"},
            "claims": [
                S(
                    "Tarnow Mining is exploring a sale of its Chilean copper business that could fetch around $2 billion, according to two people familiar with the matter, as the company seeks to cut debt.",
                    "according_to",
                    "according to",
                    SRC,
                    also=["reportedly"],
                ),
                S(
                    "The miner has hired investment bank Calloway Brothers to run the process, the sources said, asking not to be identified because the discussions are confidential.",
                    "said",
                    "said",
                    SRC,
                    also=["reportedly"],
                ),
                A("Tarnow declined to comment.", OPT),
                A("Calloway Brothers did not immediately respond to a request for comment.", OPT),
                F(
                    "A copper processing plant operated by Tarnow Mining near Antofalla, Chile, June 4, 2022. REUTERS/Ivan Castro"
                ),
                S(
                    'Tarnow, which is listed in London and Toronto, said in a statement on Monday that it was "reviewing options" for its portfolio but that no decision had been taken.',
                    "said",
                    "said",
                    TAR,
                ),
                A("The company's net debt stood at $6.3 billion at the end of June."),
                S(
                    'Chief executive Marta Lindgren told investors in August that reducing debt was her "top priority" for the next two years.',
                    "said",
                    "told",
                    ["Marta Lindgren", "Lindgren"],
                ),
                S(
                    "Several Chinese and Japanese trading houses are expected to show interest, one of the sources said.",
                    "said",
                    "said",
                    [*SRC, "one of the sources"],
                    also=["reportedly"],
                ),
                A(
                    "Copper prices have risen about 18% this year on expectations of strong demand from electric vehicles and power grids."
                ),
                S(
                    "Analysts at Stroud Metals estimate a global supply deficit of 250,000 tonnes next year.",
                    "estimated",
                    "estimate",
                    ["Stroud Metals", "analysts at Stroud Metals"],
                ),
                S(
                    "Environmental groups have accused Tarnow of polluting rivers near its Chilean mines.",
                    "alleged",
                    "accused",
                    ["environmental groups"],
                ),
                S(
                    "The company has denied the allegations and says it meets all local environmental standards.",
                    "denied",
                    "denied",
                    TAR,
                    also=["said"],
                ),
                A("Shares in Tarnow rose 4.2% after the Reuters report."),
                F("(Reporting by Owen Firth; Editing by Kate Dunmore)"),
            ],
            "links": [
                ("The company has denied the allegations", "Environmental groups have accused")
            ],
        },
        "h4_science_sleep.txt": {
            "meta": {"title": None, "author": None, "outlet": "Science Weekly"},
            "claims": [
                S(
                    "Teenagers who use their phones after 10pm sleep on average an hour less than those who switch off earlier, a new study suggests.",
                    "said",
                    "suggests",
                    ["study", "Helen Marsh", "Marsh", "University of Oranmore"],
                    also=["according_to", "claimed"],
                ),
                A(
                    "Researchers at the University of Oranmore tracked 2,300 pupils aged 13 to 17 for a year using questionnaires and sleep trackers."
                ),
                A("The findings were published on Tuesday in the journal Sleep Health Reports."),
                S(
                    '"The effect was bigger than we expected," said lead author Dr. Helen Marsh, a psychologist at the university.',
                    "said",
                    "said",
                    MARSH,
                ),
                S(
                    '"Even 30 minutes of scrolling before bed made a measurable difference."',
                    "said",
                    "said",
                    MARSH,
                ),
                S(
                    "The researchers wrote in the paper that the blue light from screens and the excitement of social media were both likely to play a role.",
                    "said",
                    "wrote",
                    ["researchers", "Helen Marsh", "Marsh"],
                ),
                S(
                    "Marsh said parents should consider keeping phones out of bedrooms at night.",
                    "said",
                    "said",
                    MARSH,
                ),
                S(
                    "She stressed, however, that the study could not show cause and effect.",
                    "said",
                    "stressed",
                    MARSH,
                ),
                A("Experts not involved in the research welcomed the findings.", OPT),
                S(
                    'Professor Luis Ortega, a sleep specialist at Carrow Medical School, told Science Weekly that the study was "large and carefully done".',
                    "said",
                    "told",
                    ORT,
                ),
                A("But he cautioned against blaming phones alone.", OPT),
                S(
                    '"Teenagers\' body clocks shift later during puberty," Ortega said.',
                    "said",
                    "said",
                    ORT,
                ),
                S('"That is biology, not technology."', "said", "said", ORT),
                S(
                    "About 70% of teenagers get less than the recommended eight hours of sleep on school nights, according to national health data.",
                    "according_to",
                    "according to",
                    ["national health data", "health data"],
                ),
                A("The study was funded by the Oranmore Youth Trust."),
            ],
            "links": [],
        },
    }
)
