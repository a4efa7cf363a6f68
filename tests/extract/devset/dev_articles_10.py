# ruff: noqa: E501
"""Dev-set gold, article 10 (conventions: build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
VOSS = ["Helena Voss", "Voss"]
FER = ["Dennis Ferris", "Ferris", "RMTA"]
ARTICLES["10_guardian_rail_fares.txt"] = {
    "meta": {"title": None, "author": "Gwen Tate", "outlet": "Guardian"},
    "claims": [
        A(
            "Commuters face the biggest rise in rail fares for over a decade after the government confirmed regulated fares would increase by 5.9% in March."
        ),
        F(
            "Commuters at Halden Cross station during the morning rush hour. Photograph: Marcus Webb/Northern Picture Agency"
        ),
        S(
            "The transport secretary, Helena Voss, said the increase was below inflation and would help fund improvements to the network.",
            "said",
            "said",
            VOSS,
        ),
        S(
            '"Passengers will see more trains, more seats and more reliable services," she said in a statement.',
            "said",
            "said",
            VOSS,
        ),
        S(
            "But the rail union RMTA said the rise would push more people off the railways.",
            "said",
            "said",
            ["RMTA", "rail union RMTA"],
        ),
        S(
            'Its general secretary, Dennis Ferris, said: "This is managed decline dressed up as investment.',
            "said",
            "said",
            FER,
        ),
        S('Fares are going up while services are being cut."', "said", "said", FER),
        F("Related: Rail passengers face months of disruption as Halden line closes for repairs"),
        S(
            "Analysis by the Campaign for Better Transport found that a season ticket from Marston to the capital now costs £5,412 a year, up from £4,300 a decade ago.",
            "said",
            "found",
            ["Campaign for Better Transport"],
            also=["according_to"],
        ),
        S(
            "The campaign's chief executive, Lorna Achebe, said the figures showed that rail travel was becoming a luxury.",
            "said",
            "said",
            ["Lorna Achebe", "Achebe"],
        ),
        A("She urged ministers to freeze fares for a year.", OPT),
        A("The Department for Transport did not respond to a request for comment on the analysis."),
        S(
            "Rail operators said fare income had still not returned to pre-pandemic levels.",
            "said",
            "said",
            ["rail operators"],
        ),
        S(
            'A spokesperson for Rail Partners, which represents the train companies, said the industry was "working hard to win passengers back".',
            "said",
            "said",
            ["Rail Partners"],
        ),
        A(
            "Ticket office closures announced last year were later scrapped after a public consultation drew more than 750,000 responses."
        ),
        F("Will passengers pay more for less?"),
        A("Gwen Tate is the Guardian's transport correspondent", OPT),
    ],
    "links": [],
}
