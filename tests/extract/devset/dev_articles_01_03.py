# ruff: noqa: E501
"""Dev-set gold, articles 01-03 (conventions: build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

MIN = ["Velmora transport ministry", "transport ministry", "ministry"]
CAST = ["Castellan Terminals", "Castellan"]
CALL = ["Ruth Calloway", "Calloway"]
HARL = ["Anton Harlow", "Harlow"]
QUIN = ["Maria Quintero", "Quintero"]
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
