# ruff: noqa: E501
"""Write gold/*.json for the dev-set articles from the annotations below (exact offsets).

    python tests/extract/devset/build_gold.py

Annotation conventions (same format as the shared corpus gold): one claim per assertion
sentence or independently attributed clause; an attributed claim's span includes its frame
("X said ..."); speakers list the full name, the surname and, for spokespeople, the body they
speak for; unnamed-but-described sources ("officials", "sources familiar with the matter")
keep their noun phrase; captions, credits, questions and promos are forbidden.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def A(quote, role="required"):
    return {"quote": quote, "role": role, "attribution": "asserted"}


def S(quote, attribution, cue, speaker, role="required", also=None):
    c = {"quote": quote, "role": role, "attribution": attribution, "cue": cue, "speaker": speaker}
    if also:
        c["also_accept"] = list(also)
    return c


def F(quote):
    return {"quote": quote, "role": "forbidden"}


OPT = "optional"
MIN = ["Velmora transport ministry", "transport ministry", "ministry"]
CAST = ["Castellan Terminals", "Castellan"]
CALL = ["Ruth Calloway", "Calloway"]
HARL = ["Anton Harlow", "Harlow"]
QUIN = ["Maria Quintero", "Quintero"]
HAD = ["Amira Haddad", "Haddad"]
STUDY = ["study", "Journal of Northern Cardiology", "Amira Haddad", "Haddad"]
FRONT = ["Free Sarvan Front", "Front"]
SOLT = ["Lina Soltani", "Soltani"]
OKON = ["Sally Okon", "Okon"]
STRA = ["Fiona Strachan", "Strachan"]
ISL = ["Islink Ferries", "Islink"]
AGENCY = ["regional transport agency", "transport agency"]
DELG = ["Rosa Delgado", "Delgado"]
ELL = ["Mark Ellison", "Ellison"]

ARTICLES = {
    "01_wire_port_strike.txt": {
        "meta": {"title": None, "author": "Lena Marsh", "outlet": "wire"},
        "claims": [
            S(
                "Thousands of dockworkers at the port of Velmora walked off the job on Tuesday, "
                "halting container traffic at the country's busiest harbour, the transport "
                "ministry said.",
                "said",
                "said",
                MIN,
            ),
            S(
                "About 4,200 workers joined the strike, a spokeswoman for the ministry said, "
                "adding that talks with the union would resume on Thursday.",
                "said",
                "said",
                [*MIN, "spokeswoman"],
            ),
            S(
                '"We have been patient for two years, and patience does not pay the rent," said '
                "Dario Kessel, 47, a crane operator who has worked at the port since 2003.",
                "said",
                "said",
                ["Dario Kessel", "Kessel"],
            ),
            S(
                "The Harbour Workers' Union says wages have fallen by 11 percent in real terms "
                "since 2021.",
                "said",
                "says",
                ["Harbour Workers' Union", "union"],
                also=["claimed"],
            ),
            S(
                "The port operator, Castellan Terminals, rejected the claims, saying average pay "
                "had risen every year.",
                "denied",
                "rejected",
                CAST,
            ),
            S(
                "In a statement, Castellan chief executive Miriam Okafor said the company had "
                "offered a 6 percent raise over two years.",
                "said",
                "said",
                ["Miriam Okafor", "Okafor", "Castellan"],
            ),
            S(
                '"That offer remains on the table," she said.',
                "said",
                "said",
                ["Miriam Okafor", "Okafor"],
            ),
            S(
                'Union leader Petra Lindqvist told Reuters the offer was "an insult to every '
                'family on the quay."',
                "said",
                "told",
                ["Petra Lindqvist", "Lindqvist"],
            ),
            S(
                "Lindqvist, 54, said the strike would continue until the company improved it.",
                "said",
                "said",
                ["Petra Lindqvist", "Lindqvist"],
            ),
            S(
                "According to data from the Velmora Port Authority, the harbour handled 3.1 "
                "million containers last year, up 8 percent from 2022.",
                "according_to",
                "According to",
                ["Velmora Port Authority", "Port Authority"],
            ),
            S(
                "Each day of the stoppage costs exporters an estimated 40 million euros, "
                "according to a report by the Chamber of Shipping.",
                "according_to",
                "according to",
                ["Chamber of Shipping"],
                also=["estimated"],
            ),
            S(
                "A senior government official, who declined to be named because he was not "
                "authorised to speak to the media, said the cabinet was preparing emergency "
                "legislation to force the workers back.",
                "said",
                "said",
                ["senior government official", "government official"],
                also=["reportedly"],
            ),
            S(
                'Labour Minister Tomas Herrera dismissed the suggestion as "pure speculation" and '
                "said the government respected the right to strike.",
                "denied",
                "dismissed",
                ["Tomas Herrera", "Herrera"],
                also=["said"],
            ),
            S(
                "Castellan has also faced accusations that it hired temporary crews to break the "
                "strike.",
                "alleged",
                "accusations",
                None,
            ),
            S("The company denied wrongdoing on Tuesday", "denied", "denied", CAST),
            S(
                "officials said no replacement workers had entered the terminal.",
                "said",
                "said",
                ["officials"],
            ),
            S(
                "Shipping lines said they were diverting vessels to the northern port of Korvik "
                "Bay, where queues of up to three days were reported.",
                "said",
                "said",
                ["shipping lines"],
            ),
            F("(Reporting by Lena Marsh; Editing by Paul Everly)"),
        ],
        "links": [
            (
                "The port operator, Castellan Terminals, rejected the claims",
                "The Harbour Workers' Union says wages",
            ),
            ("Labour Minister Tomas Herrera dismissed", "A senior government official, who"),
            ("The company denied wrongdoing on Tuesday", "Castellan has also faced accusations"),
        ],
    },
    "02_politics_budget.txt": {
        "meta": {"title": None, "author": "Nadia Ferreira", "outlet": "Marrenland Post"},
        "claims": [
            F("By Nadia Ferreira"),
            A(
                "The governing coalition in Marrenland failed on Wednesday to agree a budget for "
                "next year, leaving the country without a spending plan three weeks before the "
                "deadline."
            ),
            S(
                "Finance Minister Ruth Calloway said her party would not accept cuts to the state "
                "pension.",
                "said",
                "said",
                CALL,
            ),
            S(
                "“We are ready to compromise,” she said, “but not at any price.”",
                "said",
                "said",
                CALL,
            ),
            S(
                "Her coalition partner, Deputy Prime Minister Anton Harlow, told reporters outside "
                "parliament that the pension plan was unaffordable.",
                "said",
                "told",
                HARL,
            ),
            S(
                "He said the treasury would run out of money by October unless spending was cut.",
                "said",
                "said",
                HARL,
            ),
            S("Mrs. Calloway rejected that assessment.", "denied", "rejected", CALL),
            S(
                "“The numbers Mr. Harlow is using are two years old,” she said.",
                "said",
                "said",
                CALL,
            ),
            S("“Our own forecast shows a small surplus.", "said", "said", CALL),
            S(
                "“If he wants to cut pensions, he should say so openly and let voters decide.”",
                "said",
                "said",
                CALL,
            ),
            S(
                "The Marrenland Fiscal Council, an independent watchdog, estimated in March that "
                "the deficit would reach 3.4 percent of economic output this year.",
                "estimated",
                "estimated",
                ["Marrenland Fiscal Council", "Fiscal Council"],
            ),
            S(
                "It warned that debt could exceed 70 percent of output by 2028.",
                "said",
                "warned",
                ["Marrenland Fiscal Council", "Fiscal Council"],
            ),
            S(
                "Opposition leader Samuel Brandt accused the coalition of “holding the country "
                "hostage” and called for an early election.",
                "alleged",
                "accused",
                ["Samuel Brandt", "Brandt"],
            ),
            S(
                "Brandt, whose Civic Party leads in most polls, insisted that voters wanted change.",
                "claimed",
                "insisted",
                ["Samuel Brandt", "Brandt"],
            ),
            S(
                "Mr. Harlow denied that the coalition was close to collapse.",
                "denied",
                "denied",
                HARL,
            ),
            S(
                "Asked whether he would resign if the budget failed, he said: “I am not going "
                "anywhere.”",
                "said",
                "said",
                HARL,
            ),
            A("Calloway, 61, has led the finance ministry since 2019."),
            A("She was previously a judge at the constitutional court.", OPT),
            A("The talks are due to resume on Friday."),
            S(
                "A spokeswoman for the president, Ilse Moravec, said the head of state was "
                "following the negotiations closely and expected a deal before the end of the "
                "month.",
                "said",
                "said",
                ["Ilse Moravec", "Moravec", "president"],
            ),
            F("Will the coalition survive the winter?"),
        ],
        "links": [
            ("Mrs. Calloway rejected that assessment.", "He said the treasury would run out"),
        ],
    },
    "03_court_fraud.txt": {
        "meta": {"title": None, "author": None, "outlet": "Dellbrook Courier"},
        "claims": [
            S(
                "A former treasurer of the city of Dellbrook was charged on Monday with embezzling "
                "more than $1.2 million from municipal accounts over six years, prosecutors said.",
                "said",
                "said",
                ["prosecutors"],
                also=["alleged"],
            ),
            S(
                "Gregory Anselm, 58, allegedly diverted payments meant for road repairs into a "
                "company controlled by his brother-in-law, according to the indictment filed in "
                "Carver County District Court.",
                "alleged",
                "allegedly",
                ["indictment", "prosecutors", "Carver County District Court"],
                also=["according_to"],
            ),
            A("Anselm pleaded not guilty at a brief hearing and was released on $50,000 bail."),
            S(
                "He denies the charges, his lawyer, Maria Quintero, said outside the courthouse.",
                "denied",
                "denies",
                ["Gregory Anselm", "Anselm", *QUIN],
                also=["said"],
            ),
            S(
                '"My client has served this city honestly for three decades," Quintero said.',
                "said",
                "said",
                QUIN,
            ),
            S('"He will be vindicated."', "said", "said", QUIN),
            S(
                "Prosecutors say Anselm hid the transfers by splitting them into amounts below the "
                "$10,000 threshold that triggers a review by the city council.",
                "said",
                "say",
                ["prosecutors"],
                also=["alleged", "claimed"],
            ),
            S(
                "District Attorney Helen Vasko told the Dellbrook Courier that investigators had "
                "traced at least 140 such payments.",
                "said",
                "told",
                ["Helen Vasko", "Vasko"],
            ),
            S(
                "The case came to light last year when an auditor noticed that a paving contractor "
                "had been paid twice for the same work, Vasko said.",
                "said",
                "said",
                ["Helen Vasko", "Vasko"],
            ),
            A("The brother-in-law, Kevin Lusk, has not been charged."),
            S(
                'Reached by phone, Lusk said he had done nothing wrong and had "no idea" where '
                "the money came from.",
                "said",
                "said",
                ["Kevin Lusk", "Lusk"],
                also=["denied"],
            ),
            S(
                "City Manager Omar Reyes said the council had already changed its payment rules.",
                "said",
                "said",
                ["Omar Reyes", "Reyes"],
            ),
            S(
                "All transfers above $2,500 now need two signatures, he said.",
                "said",
                "said",
                ["Omar Reyes", "Reyes"],
            ),
            S(
                "Residents have accused the council of ignoring warnings from its own auditors.",
                "alleged",
                "accused",
                ["residents"],
            ),
            S(
                "Council member Joan Petrakis, who raised concerns about the accounts in 2021, "
                'said she was "not surprised, only sad."',
                "said",
                "said",
                ["Joan Petrakis", "Petrakis"],
            ),
            A("If convicted, Anselm faces up to 20 years in prison."),
            A("His next court date is set for June 12."),
        ],
        "links": [
            ("He denies the charges, his lawyer", "A former treasurer of the city of Dellbrook"),
        ],
    },
}

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

# Round 8 (attribution on real news): claims the extractor now finds that these annotations
# predate: stance, mental-state and commitment cues (believed, promised), reports embedded
# in a clause of another voice ('..., saying X'), attributing headlines. Reviewed by hand.
ROUND8 = {
    "01_wire_port_strike.txt": [
        S(
            "Dockworkers at Velmora port walk out over pay, ministry says",
            "said",
            "says",
            ["ministry"],
            OPT,
        ),
        S("average pay had risen every year", "said", "saying", ["Castellan Terminals"], OPT),
    ],
    "02_politics_budget.txt": [
        S("to defend spending cuts", "promised", "vows", ["Anton Harlow"], OPT),
        S("called for an early election.", "said", "called", ["Samuel Brandt"], OPT),
    ],
    "04_business_bank_talks.txt": [
        S(
            "Norvane Bank in talks to buy rival Keswick Trust, sources say",
            "said",
            "say",
            ["sources"],
            OPT,
        ),
        S(
            "The deal is expected to face scrutiny from unions.",
            "reportedly",
            "expected",
            None,
            OPT,
        ),
    ],
    "05_health_walking_study.txt": [
        S(
            "Daily walking cuts heart risk in older adults, study finds",
            "said",
            "finds",
            ["study"],
            OPT,
        ),
        S(
            "The agency recommends at least 150 minutes of moderate activity a week for adults.",
            "said",
            "recommends",
            ["agency"],
            OPT,
        ),
    ],
    "06_conflict_drone_strike.txt": [
        S("urged residents to stay calm.", "said", "urged", ["Lina Soltani"], OPT),
    ],
    "08_uk_ferry_crews.txt": [
        S("most cancellations had been caused by bad weather", "said", "saying", ["Islink"], OPT),
    ],
    "10_guardian_rail_fares.txt": [
        S(
            "Rail fares to rise by 5.9% in March, as unions warn of 'managed decline'",
            "said",
            "warn",
            ["unions"],
            OPT,
        ),
        S(
            "regulated fares would increase by 5.9% in March",
            "said",
            "confirmed",
            ["government"],
            OPT,
        ),
        S(
            "She urged ministers to freeze fares for a year.",
            "said",
            "urged",
            ["Lorna Achebe"],
            OPT,
        ),
    ],
}


def _find_unique(text: str, quote: str, name: str) -> int:
    start = text.find(quote)
    if start < 0:
        raise SystemExit(f"{name}: quote not in article: {quote[:70]!r}")
    if text.find(quote, start + 1) >= 0:
        raise SystemExit(f"{name}: quote not unique: {quote[:70]!r}")
    return start


ROUND8_ALL = dict(ROUND8)  # the blind set's builder adds its own


def build(name: str, spec: dict) -> dict:
    text = (HERE / "articles" / name).read_text(encoding="utf-8")
    claims = []
    for c in [*spec["claims"], *ROUND8_ALL.get(name, [])]:
        start = _find_unique(text, c["quote"], name)
        out = {
            "quote": c["quote"],
            "start": start,
            "end": start + len(c["quote"]),
            "role": c["role"],
        }
        for key in ("attribution", "also_accept", "cue", "speaker"):
            if key in c:
                out[key] = c[key]
        claims.append(out)
    links = []
    for frm, to in spec["links"]:
        ends = []
        for prefix in (frm, to):
            hits = [c["quote"] for c in claims if c["quote"].startswith(prefix)]
            if len(hits) != 1:
                raise SystemExit(f"{name}: link end {prefix!r} matches {len(hits)} claims")
            ends.append(hits[0])
        links.append({"from": ends[0], "to": ends[1], "relation": "denies"})
    return {"article": name, "meta": spec["meta"], "claims": claims, "links": links}


def main() -> None:
    out_dir = HERE / "gold"
    out_dir.mkdir(exist_ok=True)
    for name, spec in ARTICLES.items():
        gold = build(name, spec)
        path = out_dir / (Path(name).stem + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(gold['claims'])} claims, {len(gold['links'])} links")


if __name__ == "__main__":
    main()
