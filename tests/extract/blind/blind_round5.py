# ruff: noqa: E501
"""Blind-set gold, round 5: r1, r2 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
MIN = ["health ministry", "Lutavia health ministry", "ministry"]
MB = ["Joseph Mbeki", "Mbeki"]
PPL = ["people briefed on the negotiations", "people"]
ARTICLES.update(
    {
        "r1_health_outbreak.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                S(
                    "A cholera outbreak in Lutavia has spread to three more provinces, with 1,240 suspected cases and 37 deaths recorded since early August, the health ministry said on Friday.",
                    "said",
                    "said",
                    MIN,
                ),
                S(
                    "The World Health Organization has sent 200,000 doses of oral vaccine, a WHO spokesperson said in an emailed statement.",
                    "said",
                    "said",
                    ["World Health Organization", "WHO", "WHO spokesperson"],
                ),
                A('The agency classifies the risk to the wider region as "high".'),
                S(
                    "State media reported that schools in the capital, Bren, would close for two weeks.",
                    "reportedly",
                    "reported",
                    None,
                    also=["said"],
                ),
                A("The education ministry has not confirmed the closures.", OPT),
                S(
                    "Doctors at Bren General Hospital say they are running out of intravenous fluids.",
                    "said",
                    "say",
                    ["doctors at Bren General Hospital", "doctors", "Bren General Hospital"],
                ),
                S(
                    '"We are treating patients on the floor," one doctor, who spoke on condition of anonymity because staff are not allowed to talk to journalists, told the Lutavia Observer.',
                    "said",
                    "told",
                    ["one doctor", "doctor"],
                ),
                S(
                    'Health Minister Joseph Mbeki tweeted that the situation was "under control" and urged people to boil drinking water.',
                    "said",
                    "tweeted",
                    MB,
                ),
                S(
                    "He has said previously that the government would invest $40 million in water treatment by 2026.",
                    "said",
                    "said",
                    MB,
                ),
                S(
                    "Local media reported that the outbreak began at a refugee camp near the border",
                    "reportedly",
                    "reported",
                    None,
                    also=["said"],
                ),
                S(
                    "the ministry has rejected that account, saying the first cases were detected in a fishing village.",
                    "denied",
                    "rejected",
                    MIN,
                ),
                S(
                    "Experts say heavy flooding in July contaminated wells across the south.",
                    "said",
                    "say",
                    ["experts"],
                ),
                S(
                    "According to the charity WaterFirst, only 45 percent of rural households have access to safe drinking water.",
                    "according_to",
                    "According to",
                    ["WaterFirst"],
                ),
                A("It was not immediately clear how many of the deaths involved children."),
            ],
            "links": [("the ministry has rejected that account", "Local media reported")],
        },
        "r2_sport_transfer.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                S(
                    "Harbury United are close to signing Porto Velho striker Mateus Tavares for a club-record fee of about 70 million euros, according to people briefed on the negotiations.",
                    "according_to",
                    "according to",
                    PPL,
                    also=["reportedly"],
                ),
                S(
                    "The 23-year-old is expected to undergo a medical this weekend, the people said.",
                    "said",
                    "said",
                    PPL,
                    also=["reportedly"],
                ),
                A('Harbury declined to comment on what it called "speculation".', OPT),
                A(
                    "Tavares scored 31 goals in all competitions last season, more than any other player in the Lusitanian league."
                ),
                A(
                    "Manager Elena Rossi refused to discuss the deal at a news conference on Thursday.",
                    OPT,
                ),
                S(
                    '"I only talk about players who are here," she said.',
                    "said",
                    "said",
                    ["Elena Rossi", "Rossi"],
                ),
                S('"When someone signs, you will know."', "said", "said", ["Elena Rossi", "Rossi"]),
                S(
                    "Insiders say the club's owners, the Kessler family, approved the budget last month.",
                    "said",
                    "say",
                    ["insiders"],
                    also=["reportedly"],
                ),
                S(
                    "The newspaper Sport Daily reported that Porto Velho had rejected an earlier offer of 55 million euros.",
                    "said",
                    "reported",
                    ["Sport Daily"],
                    also=["reportedly"],
                ),
                S(
                    'Tavares\'s agent, Rui Campos, told a Portuguese radio station that his client "dreams of playing in England" but that nothing had been signed.',
                    "said",
                    "told",
                    ["Rui Campos", "Campos"],
                ),
                A(
                    "Harbury finished fourth in the league last season and have not won a trophy since 2019."
                ),
                F("Photo: Mateus Tavares celebrates a goal against Braga in May. (Getty Images)"),
                F("Read more: Harbury fans protest ticket prices"),
            ],
            "links": [],
        },
    }
)
