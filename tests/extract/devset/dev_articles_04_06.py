# ruff: noqa: E501
"""Dev-set gold, articles 04-06 (conventions: build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, S

HAD = ["Amira Haddad", "Haddad"]
STUDY = ["study", "Journal of Northern Cardiology", "Amira Haddad", "Haddad"]
FRONT = ["Free Sarvan Front", "Front"]
SOLT = ["Lina Soltani", "Soltani"]

ARTICLES: dict = {}
ARTICLES.update(
    {
        "04_business_bank_talks.txt": {
            "meta": {"title": None, "author": None, "outlet": "Finance Desk"},
            "claims": [
                S(
                    "Norvane Bank is in advanced talks to acquire smaller rival Keswick Trust in a deal "
                    "that would value the lender at about 4.8 billion euros, three sources familiar "
                    "with the matter said on Thursday.",
                    "said",
                    "said",
                    ["sources familiar with the matter", "sources"],
                    also=["reportedly"],
                ),
                S(
                    "The two banks could announce an agreement as early as next week, one of the "
                    "people said.",
                    "said",
                    "said",
                    ["one of the people", "sources familiar with the matter", "sources"],
                    also=["reportedly"],
                ),
                A("Norvane declined to comment.", OPT),
                S(
                    "A Keswick spokesman said the company did not comment on market rumours.",
                    "said",
                    "said",
                    ["Keswick Trust", "Keswick"],
                ),
                A(
                    "Shares in Keswick jumped 14 percent in early trading after the report, giving it "
                    "a market value of 3.9 billion euros."
                ),
                A("Norvane's stock fell 2.1 percent."),
                A(
                    "A combined bank would hold roughly 22 percent of the country's retail deposits, "
                    "making it the second-largest lender after Ostmark Savings."
                ),
                S(
                    "Analysts at Brightwater Capital estimate that the merger could produce annual "
                    "cost savings of 350 million euros, mostly from branch closures.",
                    "estimated",
                    "estimate",
                    ["Brightwater Capital", "analysts at Brightwater Capital"],
                ),
                S(
                    "“The logic is obvious, but the regulator will want something in return,” said "
                    "Leona Fitch, a banking analyst at Harrow & Dale.",
                    "said",
                    "said",
                    ["Leona Fitch", "Fitch"],
                ),
                S(
                    "She said the competition authority was likely to demand the sale of at least 60 "
                    "branches.",
                    "said",
                    "said",
                    ["Leona Fitch", "Fitch"],
                ),
                S(
                    "Norvane chief executive Henrik Solberg has repeatedly said he is looking for "
                    "acquisitions to make use of the bank's surplus capital.",
                    "said",
                    "said",
                    ["Henrik Solberg", "Solberg"],
                ),
                S(
                    "In an interview in January, he said the bank had “more than enough firepower” "
                    "for a deal of this size.",
                    "said",
                    "said",
                    ["Henrik Solberg", "Solberg"],
                ),
                A(
                    "The talks follow a difficult year for Keswick, whose profit fell 31 percent in "
                    "2023 as bad loans to commercial property developers rose."
                ),
                S(
                    "People familiar with the talks told Bloomberg that Keswick's largest shareholder, "
                    "the Varga family foundation, was pushing for a sale.",
                    "said",
                    "told",
                    ["people familiar with the talks", "people"],
                    also=["reportedly"],
                ),
                A("The deal is expected to face scrutiny from unions."),
                S(
                    "The Finance Workers' Federation warned that as many as 2,000 jobs could be lost "
                    "and said it would oppose any plan to close branches in rural areas.",
                    "said",
                    "warned",
                    ["Finance Workers' Federation"],
                ),
                S(
                    "Net interest income at Norvane rose to 1.7 billion euros in the first quarter, "
                    "the bank reported last month.",
                    "said",
                    "reported",
                    ["Norvane Bank", "Norvane"],
                ),
            ],
            "links": [],
        },
        "05_health_walking_study.txt": {
            "meta": {"title": None, "author": None, "outlet": "Health Desk"},
            "claims": [
                S(
                    "Older adults who walk at least 7,000 steps a day are 40 percent less likely to "
                    "develop heart disease than those who walk fewer than 3,000, according to a large "
                    "study published on Wednesday.",
                    "according_to",
                    "according to",
                    STUDY,
                ),
                A(
                    "The study, published in the Journal of Northern Cardiology, followed 18,400 "
                    "people aged 60 and over in the Tessaly region for nine years."
                ),
                S(
                    "It found that the benefit levelled off above about 9,000 steps.",
                    "said",
                    "found",
                    STUDY,
                    also=["according_to"],
                ),
                S(
                    '"You don\'t need to run marathons," said Dr. Amira Haddad, a cardiologist at '
                    "Linden University Hospital who led the research.",
                    "said",
                    "said",
                    HAD,
                ),
                S('"Even a brisk walk to the shops counts."', "said", "said", HAD),
                S(
                    "Haddad said the results held after the team adjusted for smoking, weight and "
                    "income.",
                    "said",
                    "said",
                    HAD,
                ),
                S(
                    "However, she cautioned that the study was observational and could not prove that "
                    "walking itself lowered the risk.",
                    "said",
                    "cautioned",
                    HAD,
                ),
                S(
                    "Heart disease kills an estimated 17.9 million people worldwide each year, "
                    "according to the World Health Organization.",
                    "according_to",
                    "according to",
                    ["World Health Organization", "WHO"],
                    also=["estimated"],
                ),
                A(
                    "The agency recommends at least 150 minutes of moderate activity a week for "
                    "adults."
                ),
                S(
                    "Researchers said the findings were consistent with earlier trials in younger "
                    "people.",
                    "said",
                    "said",
                    ["researchers", *HAD],
                ),
                S(
                    "A 2019 review by the Corran Institute found that the effect was similar among "
                    "adults aged 40 to 59.",
                    "said",
                    "found",
                    ["Corran Institute"],
                    also=["according_to"],
                ),
                A("Not everyone was convinced.", OPT),
                S(
                    "Professor Tobias Wren, an epidemiologist at the University of Halvard who was not "
                    "involved in the work, argued that healthier people simply walk more.",
                    "claimed",
                    "argued",
                    ["Tobias Wren", "Wren"],
                ),
                S(
                    '"People who are already ill tend to move less, and that can make walking look '
                    'more protective than it is," he said.',
                    "said",
                    "said",
                    ["Tobias Wren", "Wren"],
                ),
                S(
                    "The researchers acknowledged the limitation but said they had excluded anyone "
                    "diagnosed with heart disease in the first two years of the study.",
                    "said",
                    "said",
                    ["researchers", *HAD],
                ),
                A(
                    "Step counts were measured with wrist-worn devices for one week at the start of "
                    "the study."
                ),
                A(
                    "About 1,100 participants had a heart attack or stroke during the follow-up "
                    "period."
                ),
                S(
                    "The study was funded by the Tessaly Heart Foundation, which had no role in its "
                    "design, the authors said.",
                    "said",
                    "said",
                    ["authors", *HAD],
                ),
            ],
            "links": [],
        },
        "06_conflict_drone_strike.txt": {
            "meta": {"title": None, "author": None, "outlet": "Korsa Wire"},
            "claims": [
                S(
                    "A drone struck a fuel depot in the border town of Kelmet early on Saturday, "
                    "killing two workers and setting off a fire that burned for hours, local officials "
                    "said.",
                    "said",
                    "said",
                    ["local officials", "officials"],
                ),
                S(
                    "The Free Sarvan Front, an armed group that has fought government forces in the "
                    "region since 2019, claimed responsibility for the attack in a message posted on "
                    "its Telegram channel.",
                    "claimed",
                    "claimed",
                    FRONT,
                    also=["said"],
                ),
                S("The group said the depot supplied army vehicles.", "said", "said", FRONT),
                S(
                    "The Sarvani defence ministry accused neighbouring Dravia of supplying the group "
                    "with drones and training its fighters.",
                    "alleged",
                    "accused",
                    ["Sarvani defence ministry", "defence ministry"],
                ),
                S(
                    "“These weapons do not come from a garage,” ministry spokesman Col. Yuri Banek "
                    "told a news conference in the capital.",
                    "said",
                    "told",
                    ["Yuri Banek", "Banek", "defence ministry"],
                ),
                S("Dravia denied the report.", "denied", "denied", ["Dravia"]),
                S(
                    "Its foreign ministry called the allegations “baseless fabrications” and said "
                    "Dravia had no contact with the group.",
                    "denied",
                    "called",
                    ["Dravia", "foreign ministry"],
                    also=["said"],
                ),
                S(
                    "It is reported that at least 30 families have fled Kelmet since the strike.",
                    "reportedly",
                    "It is reported",
                    None,
                ),
                S(
                    "Aid workers said the town's only clinic was running short of fuel for its "
                    "generators.",
                    "said",
                    "said",
                    ["aid workers"],
                ),
                S(
                    "Rumours have spread on social media that a second attack is planned for the "
                    "coming days.",
                    "rumored",
                    "Rumours",
                    None,
                ),
                S(
                    "The regional governor, Lina Soltani, dismissed the rumours and urged residents to "
                    "stay calm.",
                    "denied",
                    "dismissed",
                    SOLT,
                ),
                S(
                    "“We have reinforced air defences around the town,” Soltani said in a televised "
                    "address.",
                    "said",
                    "said",
                    SOLT,
                ),
                S("“There is no reason for panic.”", "said", "said", SOLT),
                S(
                    "The United Nations estimates that 240,000 people have been displaced by fighting "
                    "in the region since 2019.",
                    "estimated",
                    "estimates",
                    ["United Nations", "UN"],
                ),
                S(
                    "A UN spokesperson said the organisation was “deeply concerned” by the latest "
                    "violence.",
                    "said",
                    "said",
                    ["United Nations", "UN", "UN spokesperson"],
                ),
                S(
                    "According to the Kelmet Monitoring Group, an independent observer, the strike was "
                    "the twelfth on civilian infrastructure in the region this year.",
                    "according_to",
                    "According to",
                    ["Kelmet Monitoring Group"],
                ),
                A("The group's figures could not be independently verified."),
                S(
                    "The Front allegedly received $3 million from foreign donors last year, according "
                    "to a leaked intelligence assessment seen by the Sarvan Herald.",
                    "alleged",
                    "allegedly",
                    ["intelligence assessment", "Sarvan Herald"],
                    also=["according_to"],
                ),
                A("The newspaper did not say how it obtained the document."),
                A("Fighting has intensified since peace talks collapsed in February."),
            ],
            "links": [
                ("Dravia denied the report.", "The Sarvani defence ministry accused"),
                ("The regional governor, Lina Soltani, dismissed", "Rumours have spread"),
            ],
        },
    }
)
