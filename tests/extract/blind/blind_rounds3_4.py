# ruff: noqa: E501
"""Blind-set gold, rounds 3 and 4: h8-h10 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
VAL = ["Irina Valente", "Valente", "Baltic Policy Forum"]

ARTICLES.update(
    {
        "h8_summary_caspian.txt": {
            "meta": {"title": None, "author": None, "outlet": "digest"},
            "claims": [
                S(
                    "A report by Irina Valente published on the Baltic Policy Forum's website argues that the Caspian states are quietly rewriting their energy alliances.",
                    "claimed",
                    "argues",
                    VAL,
                    role=OPT,
                    also=["said"],
                ),
                S(
                    "The author writes that the shift began long before the sanctions of 2022.",
                    "said",
                    "writes",
                    VAL,
                    role=OPT,
                ),
                A(
                    "Only a decade ago, almost all of Turkmenistan's gas flowed north through Russian pipelines."
                ),
                A("Today most of it goes east to China", OPT),
                S(
                    "Ashgabat is reportedly negotiating a new route across the Caspian Sea.",
                    "reportedly",
                    "reportedly",
                    None,
                ),
                S(
                    "According to Valente, the Kremlin has responded less with pressure than with offers of cheap loans and new rail links.",
                    "according_to",
                    "According to",
                    VAL,
                ),
                S(
                    "The report points out that Russia's share of Kazakhstan's foreign trade has fallen to about 20 percent, from 35 percent in 2010.",
                    "said",
                    "points out",
                    VAL,
                ),
                S(
                    "Kazakhstan has been accused of helping Russian companies evade Western sanctions by re-exporting electronics",
                    "alleged",
                    "accused",
                    None,
                ),
                S("though Astana rejects this", "denied", "rejects", ["Astana", "Kazakhstan"]),
                S(
                    "There are reports that at least 30 Kazakh firms are under investigation by the US Treasury.",
                    "reportedly",
                    "There are reports",
                    None,
                ),
                S(
                    "Valente argues that none of this amounts to a break with Moscow.",
                    "claimed",
                    "argues",
                    VAL,
                ),
                S(
                    "In her view, the region's leaders are hedging, not choosing sides, and they will keep buying Russian weapons for years.",
                    "according_to",
                    "In her view",
                    VAL,
                    role=OPT,
                    also=["said", "claimed"],
                ),
                A("Azerbaijan, meanwhile, has doubled its gas exports to Europe since 2021."),
                S(
                    "Officials in Baku insist that the country can double them again by 2027",
                    "claimed",
                    "insist",
                    ["officials in Baku", "officials", "Baku"],
                ),
                S(
                    "although analysts at Meridian Energy estimate that the necessary investment would exceed $10 billion.",
                    "estimated",
                    "estimate",
                    ["Meridian Energy", "analysts at Meridian Energy"],
                ),
                S(
                    "Rumours that Baku is also buying Russian gas to meet its European contracts have circulated for months.",
                    "rumored",
                    "Rumours",
                    None,
                ),
                S(
                    "Azerbaijan's energy ministry has denied them.",
                    "denied",
                    "denied",
                    ["Azerbaijan's energy ministry", "energy ministry", "Azerbaijan"],
                ),
                S(
                    "The report concludes that Europe's new partners in the Caspian are neither as reliable nor as independent as Brussels hopes.",
                    "said",
                    "concludes",
                    VAL,
                    role=OPT,
                ),
            ],
            "links": [
                ("though Astana rejects this", "Kazakhstan has been accused"),
                ("Azerbaijan's energy ministry has denied them.", "Rumours that Baku"),
            ],
        },
        "h9_oped_water.txt": {
            "meta": {"title": None, "author": "Timur Azizov", "outlet": "op-ed"},
            "claims": [
                F("By Timur Azizov"),
                A(
                    "The dispute over the Kosh-Tepa canal may be the most dangerous conflict in Central Asia that few people outside the region have heard of.",
                    OPT,
                ),
                S(
                    "When finished, the canal will divert up to a fifth of the Amu Darya's flow to northern Afghanistan, according to estimates by the Stockholm Water Institute.",
                    "according_to",
                    "according to",
                    ["Stockholm Water Institute"],
                    also=["estimated"],
                ),
                A("Farmers downstream in Uzbekistan and Turkmenistan are already worried.", OPT),
                S(
                    "The Taliban say the canal is an internal matter and that Afghanistan has the right to use its own water.",
                    "said",
                    "say",
                    ["Taliban"],
                    also=["claimed"],
                ),
                A("Uzbek officials have been more cautious in public.", OPT),
                S(
                    "But in private, one Uzbek diplomat told me, Tashkent fears that the project could cut cotton harvests by a quarter.",
                    "said",
                    "told",
                    ["Uzbek diplomat", "diplomat"],
                    also=["reportedly"],
                ),
                F("Is a war over water likely?"),
                A(
                    "The Taliban lack the money to finish the canal quickly, and Uzbekistan has so far preferred talks to threats."
                ),
                S(
                    "Temperatures in the Amu Darya basin have increased by about 1.5C since 1960, and glaciers in the Pamir mountains are shrinking, researchers at the Dushanbe Glacier Centre have found.",
                    "said",
                    "found",
                    ["Dushanbe Glacier Centre", "researchers at the Dushanbe Glacier Centre"],
                    also=["according_to"],
                ),
                A("Kabul has rejected calls for an international water-sharing agreement."),
                S(
                    'Its deputy prime minister, Abdul Ghani Baradar, reportedly told a gathering of farmers in 2023 that "not one drop" would be given away.',
                    "reportedly",
                    "reportedly",
                    ["Abdul Ghani Baradar", "Baradar"],
                    also=["said"],
                ),
                A("Washington and Moscow have both offered to mediate."),
                A("Neither offer has been accepted."),
                A("Timur Azizov is a fellow at the Eurasia Futures Institute.", OPT),
                A("He writes about water and security in Central Asia.", OPT),
                F("Follow him on X @tazizov"),
            ],
            "links": [],
        },
    }
)


ARTICLES.update(
    {
        "h10_analysis_arms.txt": {
            "meta": {"title": None, "author": "Daria Lenskaya", "outlet": "analysis"},
            "claims": [
                A("Kyrgyzstan and Uzbekistan are both hedging between Moscow and Beijing.", OPT),
                F("Image: Wikimedia Commons"),
                A("Russia's grip on the Central Asian arms market appears to be weakening", OPT),
                A(
                    "While the Kremlin is focused on its war in Ukraine, its traditional customers are shopping elsewhere.",
                    OPT,
                ),
                S(
                    "According to the Stockholm Peace Research Institute, Russia's share of arms imports to the region fell from 80 percent in 2015 to about 50 percent in 2023.",
                    "according_to",
                    "According to",
                    ["Stockholm Peace Research Institute"],
                ),
                A("China has already delivered Wing Loong drones to Kazakhstan"),
                S(
                    "reportedly offered Kyrgyzstan a loan to buy armoured vehicles.",
                    "reportedly",
                    "reportedly",
                    None,
                ),
                S(
                    "Beijing denies that it seeks a military foothold in the region, insisting that its ties are purely commercial.",
                    "denied",
                    "denies",
                    ["Beijing", "China"],
                ),
                S(
                    'Moscow, for its part, says it remains the region\'s "main security guarantor," Deputy Foreign Minister Andrei Rudenko told reporters in Bishkek on March 3.',
                    "said",
                    "told",
                    ["Andrei Rudenko", "Rudenko", "Moscow"],
                    also=["claimed"],
                ),
                F("So is Russia losing Central Asia?"),
                A(
                    "Kazakhstan still buys most of its helicopters from Russian factories, and Russian officers still train many of the region's pilots."
                ),
                F(
                    "A Kazakh army helicopter during exercises near Almaty in 2022 -- Reuters/ Pavel Mikheyev"
                ),
                S(
                    "It is estimated that more than 2,000 Central Asian officers have studied at Russian military academies since 2000.",
                    "estimated",
                    "It is estimated",
                    None,
                ),
                A("Some of them now hold senior posts at home.", OPT),
                A("Turkey has also moved in.", OPT),
                A("Ankara sold Bayraktar drones to Kyrgyzstan in 2021"),
                S(
                    "is rumored to be negotiating a factory deal with Uzbekistan.",
                    "rumored",
                    "rumored",
                    None,
                ),
                A("Tashkent has not confirmed the talks.", OPT),
                A("Analysts expect the trend to continue.", OPT),
                S(
                    '"Russia simply cannot deliver right now," said Erlan Karin, a defence analyst in Almaty.',
                    "said",
                    "said",
                    ["Erlan Karin", "Karin"],
                ),
                S(
                    '"Every tank it builds goes to the front."',
                    "said",
                    "said",
                    ["Erlan Karin", "Karin"],
                ),
                F("Follow Daria Lenskaya on Twitter @dlenskaya"),
                A("Daria Lenskaya is a journalist based in Almaty.", OPT),
                A("She covers security and politics in Central Asia.", OPT),
            ],
            "links": [("Beijing denies that it seeks", "reportedly offered Kyrgyzstan")],
        },
    }
)
