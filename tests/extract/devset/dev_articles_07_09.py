# ruff: noqa: E501
"""Dev-set gold, articles 07-09 (conventions: build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

OKON = ["Sally Okon", "Okon"]
STRA = ["Fiona Strachan", "Strachan"]
ISL = ["Islink Ferries", "Islink"]
AGENCY = ["regional transport agency", "transport agency"]
DELG = ["Rosa Delgado", "Delgado"]
ELL = ["Mark Ellison", "Ellison"]

ARTICLES: dict = {}
ARTICLES.update(
    {
        "07_local_market_fees.txt": {
            "meta": {"title": None, "author": "Jenna Cole", "outlet": "Brackley Echo"},
            "claims": [
                F("Is Brackley's riverside market about to close?"),
                F("By Jenna Cole"),
                S(
                    "Traders at the Brackley riverside market say rising rents could force them out by "
                    "the end of the year.",
                    "said",
                    "say",
                    ["traders"],
                ),
                F("Stallholders set up before dawn on Saturday. Photo: Jenna Cole / Brackley Echo"),
                S(
                    "The council plans to raise pitch fees from £35 to £60 a day from September, "
                    "according to documents published ahead of next week's planning meeting.",
                    "according_to",
                    "according to",
                    ["documents", "council"],
                ),
                S(
                    "Maureen Pike, who has sold cheese at the market for 22 years, said the increase "
                    "would wipe out her profit.",
                    "said",
                    "said",
                    ["Maureen Pike", "Pike"],
                ),
                S(
                    "“On a wet Saturday I barely take £150,” she said.",
                    "said",
                    "said",
                    ["Maureen Pike", "Pike"],
                ),
                S("“Nobody can survive that.”", "said", "said", ["Maureen Pike", "Pike"]),
                F("Read more: Brackley bridge repairs delayed until spring"),
                S(
                    "Councillor Dev Anand, who chairs the markets committee, said the fees had not "
                    "risen since 2012 and no longer covered the cost of cleaning and security.",
                    "said",
                    "said",
                    ["Dev Anand", "Anand"],
                ),
                S(
                    "He said the council would offer a discount to traders who have held a pitch for "
                    "more than ten years.",
                    "said",
                    "said",
                    ["Dev Anand", "Anand"],
                ),
                S(
                    "The number of stalls has fallen from 84 in 2015 to 51 this year, figures from the "
                    "council show.",
                    "according_to",
                    "figures from the council show",
                    ["council", "figures from the council"],
                    also=["said"],
                ),
                S(
                    "Market manager Sally Okon said footfall had recovered since the pandemic but was "
                    "still about 15 percent below 2019 levels.",
                    "said",
                    "said",
                    OKON,
                ),
                S(
                    "She said the closure of the nearby car park, which shut in March, had hurt trade",
                    "said",
                    "said",
                    OKON,
                ),
                S(
                    "Okon said she had asked the council to reopen it at weekends.",
                    "said",
                    "said",
                    OKON,
                ),
                A("A petition against the increase has gathered more than 3,000 signatures."),
                S(
                    "Its organiser, Tom Breslin, said he would present it to the full council on July "
                    "18.",
                    "said",
                    "said",
                    ["Tom Breslin", "Breslin"],
                ),
                F("Tom Breslin with the petition outside the town hall. Picture: Brackley Echo"),
                F("Sign up for our newsletter to get the latest local news every morning."),
                F("Follow us on Facebook and Instagram @BrackleyEcho"),
                A("Jenna Cole is the Brackley Echo's local democracy reporter.", OPT),
                A("She has covered the town council since 2018.", OPT),
            ],
            "links": [],
        },
        "08_uk_ferry_crews.txt": {
            "meta": {"title": None, "author": None, "outlet": "Isles Herald"},
            "claims": [
                S(
                    "A ferry operator serving the Carrick Isles has warned that passengers should "
                    "expect cancellations this summer because it cannot recruit enough crew.",
                    "said",
                    "warned",
                    [*ISL, "ferry operator"],
                ),
                S(
                    "Islink Ferries said on Monday that it was short of 46 deckhands and engineers, "
                    "and that at least one of its six vessels would be out of service on most days in "
                    "July and August.",
                    "said",
                    "said",
                    ISL,
                ),
                S(
                    "Managing director Fiona Strachan said: ‘We are doing everything we can, but we "
                    "cannot sail a ship without a crew.’",
                    "said",
                    "said",
                    STRA,
                ),
                S(
                    "‘We have raised wages twice this year,’ she added, ‘and we are training 20 new "
                    "recruits.’",
                    "said",
                    "added",
                    STRA,
                ),
                S(
                    "Island councillors have accused the company of failing to plan for the season.",
                    "alleged",
                    "accused",
                    ["island councillors", "councillors"],
                ),
                S(
                    "Councillor Hamish Doyle said the shortage had been ‘entirely predictable’ and "
                    "called for the government to step in.",
                    "said",
                    "said",
                    ["Hamish Doyle", "Doyle"],
                ),
                S(
                    "He claimed that ferry cancellations had cost island businesses more than £2 "
                    "million last summer.",
                    "claimed",
                    "claimed",
                    ["Hamish Doyle", "Doyle"],
                ),
                S(
                    "Islink disputed the figure, saying most cancellations had been caused by bad "
                    "weather.",
                    "denied",
                    "disputed",
                    ISL,
                ),
                S(
                    "The regional transport agency, which subsidises the routes, said it was ‘working "
                    "closely’ with Islink and would review the contract in the autumn.",
                    "said",
                    "said",
                    AGENCY,
                ),
                S(
                    "According to the agency’s own figures, 412 sailings were cancelled last year, up "
                    "from 160 in 2021.",
                    "according_to",
                    "According to",
                    [*AGENCY, "agency"],
                ),
                A("Some islanders fear the problems will drive young families away.", OPT),
                S(
                    "‘If you can’t rely on the boat, you can’t run a business here,’ said Morag Keane, "
                    "who runs a guest house on Inchbeg.",
                    "said",
                    "said",
                    ["Morag Keane", "Keane"],
                ),
                S(
                    "It is estimated that tourism brings around £30 million a year to the islands.",
                    "estimated",
                    "It is estimated",
                    None,
                ),
                S(
                    "Ms Strachan said the company hoped to have all six vessels running by the end of "
                    "August.",
                    "said",
                    "said",
                    STRA,
                ),
                A("Asked whether fares would rise, she declined to comment.", OPT),
            ],
            "links": [
                ("Islink disputed the figure", "He claimed that ferry cancellations"),
            ],
        },
        "09_ap_wildfire.txt": {
            "meta": {"title": None, "author": None, "outlet": "AP"},
            "claims": [
                A(
                    "A fast-moving wildfire forced about 3,000 people to flee their homes in the hills "
                    "above Pinecrest on Sunday, as strong winds pushed the flames toward the edge of "
                    "town."
                ),
                S(
                    "The fire had burned more than 12 square miles by nightfall and was 5% contained, "
                    "the Calder Forestry Department said.",
                    "said",
                    "said",
                    ["Calder Forestry Department", "Forestry Department"],
                ),
                A(
                    "No deaths have been reported, but two firefighters were treated for heat "
                    "exhaustion"
                ),
                S(
                    '"The wind is the problem," said Battalion Chief Rosa Delgado.',
                    "said",
                    "said",
                    DELG,
                ),
                S('"We get a line in, and an hour later it jumps."', "said", "said", DELG),
                S(
                    "Delgado said crews from four neighboring counties had arrived to help.",
                    "said",
                    "said",
                    DELG,
                ),
                S("She said the next 48 hours would be critical.", "said", "said", DELG),
                A(
                    "Governor Mark Ellison declared a state of emergency for Calder County on Sunday "
                    "afternoon."
                ),
                S(
                    "He told reporters the state would ask for federal assistance if the fire kept "
                    "growing.",
                    "said",
                    "told",
                    ELL,
                ),
                S(
                    '"We\'re going to do whatever it takes to protect these communities," Ellison '
                    "said.",
                    "said",
                    "said",
                    ELL,
                ),
                S(
                    '"Nobody should wait for an evacuation order if they feel unsafe.',
                    "said",
                    "said",
                    ELL,
                ),
                S('"Get out early. Houses can be rebuilt."', "said", "said", ELL, role=OPT),
                A("Investigators have not determined what started the fire."),
                S(
                    "A utility company, Western Calder Power, said it had shut off electricity to "
                    "about 8,000 customers as a precaution.",
                    "said",
                    "said",
                    ["Western Calder Power"],
                ),
                S(
                    "Some residents have blamed sparking power lines for previous fires in the area",
                    "alleged",
                    "blamed",
                    ["residents"],
                ),
                S(
                    "the company has denied any responsibility for those fires.",
                    "denied",
                    "denied",
                    ["Western Calder Power"],
                ),
                A(
                    "Carla Moreno, 38, packed her two children and a dog into her car when the smoke "
                    "turned the sky orange."
                ),
                S(
                    '"I didn\'t even take photos," she said.',
                    "said",
                    "said",
                    ["Carla Moreno", "Moreno"],
                ),
                S('"I just drove."', "said", "said", ["Carla Moreno", "Moreno"]),
                A("Her neighbor, James Whitcomb, stayed behind to water his roof."),
                S(
                    "He said he had lived through three fires and was not leaving unless deputies "
                    "forced him to.",
                    "said",
                    "said",
                    ["James Whitcomb", "Whitcomb"],
                ),
                S(
                    "Temperatures are expected to reach 104 degrees on Monday, the National Weather "
                    "Service said.",
                    "said",
                    "said",
                    ["National Weather Service"],
                ),
            ],
            "links": [
                ("the company has denied any responsibility", "Some residents have blamed"),
            ],
        },
    }
)
