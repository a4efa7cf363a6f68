# ruff: noqa: E501
"""Blind-set gold, round 7: t1-t3 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
ASH = ["Tom Ashworth", "Ashworth"]
MW = ["Danny Mwangi", "Mwangi"]
DOL = ["Ray Dolan", "Dolan"]
FIS = ["Lena Fischbach", "Fischbach"]
HEN = ["Mark Hennessy", "Hennessy"]
GA = ["Grace Adebayo", "Adebayo"]
ROE = ["Jane Roe", "Roe", "Kestrel Logistics"]
KES = ["Kestrel Logistics", "Kestrel", "company"]
ARTICLES.update(
    {
        "t1_sport_transfer_talk.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                S(
                    "Redmoor Athletic are in advanced talks to sign Valencia Norte winger Iker Calderon for about 45 million euros, according to reports in Spain.",
                    "reportedly",
                    "according to reports",
                    None,
                    also=["according_to"],
                ),
                S(
                    "The 24-year-old is understood to have agreed personal terms on a five-year contract.",
                    "reportedly",
                    "is understood",
                    None,
                ),
                A("The club declined to comment.", OPT),
                A(
                    "Calderon scored 14 goals and provided nine assists in La Liga last season, and was named in Spain's squad for the autumn internationals."
                ),
                S(
                    "Redmoor manager Tom Ashworth insisted the club did not need to sell before it could buy.",
                    "claimed",
                    "insisted",
                    ASH,
                    also=["said"],
                ),
                S("“We have a strong squad and I am happy with what we have.", "said", "said", ASH),
                S(
                    "If the right player becomes available, the board knows what I think,” Ashworth said before Saturday's game against Kingsbridge.",
                    "said",
                    "said",
                    ASH,
                ),
                S(
                    "Valencia Norte are reported to be demanding a fee closer to 55 million euros.",
                    "reportedly",
                    "are reported",
                    None,
                ),
                S(
                    "Sources at the Spanish club said they would not let Calderon leave for less than his release clause.",
                    "said",
                    "said",
                    ["sources at the Spanish club", "sources"],
                    also=["reportedly"],
                ),
                A("Redmoor's 2-1 win on Saturday lifted them to third in the table."),
                S("“It was not pretty, but we showed character.", "said", "told", ASH),
                S(
                    "The players gave everything in the second half,” Ashworth told BBC Sport.",
                    "said",
                    "told",
                    ASH,
                ),
                S(
                    "Captain Danny Mwangi, who scored the winner in the 88th minute, said the dressing room was “buzzing” about the rumours.",
                    "said",
                    "said",
                    MW,
                ),
                S("“Every player wants to play with good players.", "said", "told", MW),
                S(
                    "If he comes, he will make us better,” Mwangi told Sky Sports after the match.",
                    "said",
                    "told",
                    MW,
                ),
                S(
                    "Kingsbridge boss Ray Dolan claimed the winning goal should have been disallowed for offside.",
                    "claimed",
                    "claimed",
                    DOL,
                    also=["said"],
                ),
                S(
                    "“The linesman was in a perfect position and he still got it wrong,” Dolan said.",
                    "said",
                    "said",
                    DOL,
                ),
                S(
                    "The Professional Referees' Board later said the decision had been correct.",
                    "said",
                    "said",
                    ["Professional Referees' Board", "Referees' Board"],
                    also=["denied"],
                ),
                S(
                    "Redmoor are also believed to be monitoring Belgian midfielder Jens Vermeulen, whose contract at Anderburg expires next summer.",
                    "reportedly",
                    "are also believed",
                    None,
                ),
                S(
                    "Analysts at the consultancy Pitchwise estimate that Redmoor spent 310 million euros on transfers over the last three seasons, more than any club outside the Premier League's top four.",
                    "estimated",
                    "estimate",
                    ["Pitchwise", "analysts at the consultancy Pitchwise", "analysts"],
                ),
                A("Redmoor host Castleton in the league on Wednesday."),
                F("Watch: Highlights of Redmoor 2-1 Kingsbridge"),
                F(
                    "Iker Calderon in action for Valencia Norte against Sevilla Real in March. Photograph: Pablo Ruiz/Getty Images"
                ),
            ],
            "links": [],
        },
        "t2_climate_glacier_study.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                S(
                    "Glaciers in the European Alps lost ice at twice the rate previously thought between 2000 and 2023, a study published in Nature found.",
                    "said",
                    "found",
                    ["study", "Nature", *FIS],
                    also=["according_to"],
                ),
                S(
                    "The researchers estimate that the Alps have lost about 39% of their glacier volume since 2000.",
                    "estimated",
                    "estimate",
                    ["researchers", *FIS],
                ),
                A(
                    "An international team used satellite images and more than 20,000 field measurements to track the thickness of 4,000 glaciers."
                ),
                S(
                    "“We were shocked by how quickly the smaller glaciers are disappearing,” the paper's lead author, Dr. Lena Fischbach, a glaciologist at the University of Innsbruck, said.",
                    "said",
                    "said",
                    FIS,
                ),
                S("“Many of them will be gone within our lifetimes.”", "said", "said", FIS),
                S(
                    "The findings suggest that most glaciers below 3,000 metres will vanish by 2050, even if global emissions fall sharply.",
                    "said",
                    "suggest",
                    ["findings", "study", *FIS],
                    also=["according_to", "claimed"],
                ),
                S(
                    "Scientists warned that the loss would threaten water supplies for millions of people who depend on meltwater in dry summers.",
                    "said",
                    "warned",
                    ["scientists"],
                ),
                S(
                    "Experts say hydropower plants in Switzerland and Austria could produce up to a fifth less electricity in late summer by the middle of the century.",
                    "said",
                    "say",
                    ["experts"],
                ),
                S(
                    "Professor Mark Hennessy, a climate scientist at Trinity College Dublin who was not involved in the study, said the results were “sobering but not surprising”.",
                    "said",
                    "said",
                    HEN,
                ),
                S(
                    "He said the new method would allow other mountain ranges to be measured in the same way.",
                    "said",
                    "said",
                    HEN,
                ),
                S(
                    "According to the World Meteorological Organization, 2023 was the hottest year on record, and glaciers worldwide lost more ice than in any year since measurements began.",
                    "according_to",
                    "According to",
                    ["World Meteorological Organization", "WMO"],
                ),
                S(
                    "Some critics have claimed that the satellite data overstate the loss on debris-covered glaciers.",
                    "claimed",
                    "claimed",
                    ["critics"],
                ),
                S(
                    "Fischbach rejected that criticism, saying the team had checked every satellite estimate against field measurements.",
                    "denied",
                    "rejected",
                    FIS,
                ),
                S(
                    "Swiss officials said they were studying the report and would update their water strategy next year.",
                    "said",
                    "said",
                    ["Swiss officials", "officials"],
                ),
                A("The study was funded by the European Research Council."),
                A("Alpine tourism generates about 50 billion euros a year."),
                S(
                    "It is estimated that ski resorts below 1,500 metres could lose most of their natural snow cover by 2070.",
                    "estimated",
                    "It is estimated",
                    None,
                ),
                F(
                    "The Rhone glacier near Gletsch, Switzerland, covered with white blankets to slow melting, in August 2023. Photo: Fabrice Coffrini/AFP"
                ),
                F("Sign up for our climate newsletter"),
            ],
            "links": [("Fischbach rejected that criticism", "Some critics have claimed")],
        },
        "t3_interview_port_fire.txt": {
            "meta": {"title": None, "author": None, "outlet": "x"},
            "claims": [
                S(
                    "A fire that broke out in a warehouse at Port Daley on Tuesday night has been brought under control, the fire service said on Wednesday.",
                    "said",
                    "said",
                    ["fire service", "Daley Fire Service"],
                ),
                S(
                    "Police say two men have been arrested on suspicion of arson.",
                    "said",
                    "say",
                    ["police"],
                ),
                S(
                    "The harbour authority says ferry services will resume on Thursday morning.",
                    "said",
                    "says",
                    ["harbour authority"],
                ),
                S(
                    "Residents near the port have been told to keep their windows closed, according to the city council.",
                    "according_to",
                    "according to",
                    ["city council", "council"],
                ),
                A("We spoke to Daley's chief fire officer, Grace Adebayo, about the night.", OPT),
                F("What happened when your crews arrived?"),
                S("The roof had already collapsed.", "said", None, GA),
                S(
                    "We had about 60 firefighters on the scene within an hour, and our priority was to stop the fire spreading to the fuel depot next door.",
                    "said",
                    None,
                    GA,
                ),
                F("Was anyone hurt?"),
                S("Two firefighters were treated for smoke inhalation.", "said", None, GA),
                S("Both have gone home.", "said", None, GA, role=OPT),
                F("Do you know what caused it?"),
                S("It is too early to say.", "said", None, GA, role=OPT),
                S("Our investigators are on site with the police.", "said", None, GA),
                S(
                    "Adebayo said the warehouse had passed a fire inspection in May.",
                    "said",
                    "said",
                    GA,
                ),
                S(
                    "Local reports suggested that the building was storing lithium batteries, but this has not been confirmed.",
                    "reportedly",
                    "reports suggested",
                    None,
                    also=["rumored", "claimed"],
                ),
                S(
                    "The warehouse owner, Kestrel Logistics, denied that any batteries were kept on the site.",
                    "denied",
                    "denied",
                    KES,
                ),
                S(
                    "“We are deeply grateful to the firefighters who worked through the night,” said Jane Roe, chief executive of Kestrel Logistics.",
                    "said",
                    "said",
                    ROE,
                ),
                S("“We are cooperating fully with the investigation.", "said", "said", ROE),
                S(
                    "We will support every member of staff whose job is affected.”",
                    "said",
                    "said",
                    ROE,
                ),
                A("The company employs about 120 people at the port."),
                A(
                    "The port is one of the busiest on the east coast, handling about 2 million tonnes of cargo a year."
                ),
                S(
                    "Councillor Ben Okoro alleged that the council had been warned about the state of the warehouse two years ago.",
                    "alleged",
                    "alleged",
                    ["Ben Okoro", "Okoro"],
                ),
                S(
                    "The council has denied receiving any such warning.",
                    "denied",
                    "denied",
                    ["council", "city council"],
                ),
                F("Have you been affected by the fire? Get in touch."),
                F(
                    "Firefighters tackle the blaze at Port Daley on Tuesday night. Picture: Daley Fire Service"
                ),
            ],
            "links": [
                ("The warehouse owner, Kestrel Logistics, denied", "Local reports suggested"),
                ("The council has denied", "Councillor Ben Okoro alleged"),
            ],
        },
    }
)
