# ruff: noqa: E501
"""Blind-set gold, round 2: h5-h7 (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, A, F, S

ARTICLES: dict = {}
GR = ["Walter Grimsby", "Grimsby"]
OK = ["Rachel Okafor", "Okafor"]
BIL = ["Oksana Bilyk", "Bilyk"]
DOY = ["Margaret Doyle", "Doyle"]
OSEI = ["Ken and Lisa Osei", "Osei", "Ken Osei", "Lisa Osei", "couple"]
COUNCIL = ["Ashby District Council", "council"]

ARTICLES.update(
    {
        "h5_ap_senator.txt": {
            "meta": {"title": None, "author": None, "outlet": "AP"},
            "claims": [
                S(
                    "A veteran state senator was indicted Tuesday on charges that he accepted more than $200,000 in bribes from a construction company in exchange for steering state contracts its way, federal prosecutors said.",
                    "said",
                    "said",
                    ["federal prosecutors", "prosecutors"],
                    also=["alleged"],
                ),
                S(
                    "Sen. Walter Grimsby, 66, a Democrat who has represented the Harmon Valley district since 2004, is accused of taking cash, vacation trips and a used boat from executives at Bellweather Construction between 2018 and 2022, according to the indictment.",
                    "alleged",
                    "accused",
                    ["indictment", "prosecutors", "federal prosecutors"],
                    also=["according_to"],
                ),
                F("Advertisement"),
                S("Grimsby has repeatedly denied any wrongdoing.", "denied", "denied", GR),
                S(
                    'His attorney, Deborah Linz, said Tuesday that the senator would plead not guilty and "looks forward to clearing his name in court."',
                    "said",
                    "said",
                    ["Deborah Linz", "Linz"],
                ),
                S(
                    'U.S. Attorney Rachel Okafor said at a news conference that the case showed "a pattern of corruption that went on for years."',
                    "said",
                    "said",
                    OK,
                ),
                A("She declined to say whether other lawmakers were under investigation.", OPT),
                S(
                    'According to court documents, investigators recorded Grimsby telling a company executive in 2021 that he could "make sure the paperwork goes the right way."',
                    "according_to",
                    "According to",
                    ["court documents", "documents", "prosecutors"],
                    also=["alleged"],
                ),
                S(
                    "Bellweather Construction's chief executive, Paul Denning, pleaded guilty last month to conspiracy and is cooperating with prosecutors, the documents show.",
                    "said",
                    "show",
                    ["court documents", "documents"],
                    also=["according_to"],
                ),
                S(
                    'Senate Majority Leader Anne Kowalczyk called the allegations "deeply troubling" and said Grimsby should step down from his committee posts while the case proceeds.',
                    "said",
                    "said",
                    ["Anne Kowalczyk", "Kowalczyk"],
                ),
                S(
                    "Grimsby's office said in a statement that he would remain in his seat.",
                    "said",
                    "said",
                    [*GR, "Grimsby's office"],
                ),
                F(
                    "A man leaves the federal courthouse in Alder City on Tuesday. (AP Photo/Jim Patel)"
                ),
                F("Associated Press writer Tom Reyes contributed to this report."),
                F("Copyright 2024 The Associated Press. All rights reserved."),
            ],
            "links": [("Grimsby has repeatedly denied any wrongdoing.", "Sen. Walter Grimsby, 66")],
        },
        "h6_conflict_pipeline.txt": {
            "meta": {"title": None, "author": None, "outlet": "wire"},
            "claims": [
                S(
                    "An explosion damaged a section of the Verenko gas pipeline in eastern Ukraine early on Wednesday, cutting supplies to about 60,000 homes, regional authorities said.",
                    "said",
                    "said",
                    ["regional authorities", "authorities"],
                ),
                S(
                    "Ukraine's security service accused Russian military intelligence of organising the attack.",
                    "alleged",
                    "accused",
                    ["Ukraine's security service", "security service"],
                ),
                S(
                    "In a post on Telegram, the service said it had detained two suspects who allegedly planted explosives under the pipe.",
                    "said",
                    "said",
                    ["Ukraine's security service", "security service", "service"],
                    also=["alleged"],
                ),
                S(
                    "The Kremlin said it had no information about the incident.",
                    "said",
                    "said",
                    ["Kremlin", "Moscow"],
                ),
                S(
                    "Moscow has repeatedly denied carrying out sabotage operations on Ukrainian territory.",
                    "denied",
                    "denied",
                    ["Moscow", "Kremlin"],
                ),
                S(
                    "A source close to the investigation told AFP that the explosives were of a type used by Russian special forces.",
                    "said",
                    "told",
                    ["source close to the investigation", "source"],
                    also=["reportedly"],
                ),
                A("The claim could not be independently verified.", OPT),
                S(
                    "There has been speculation in Ukrainian media that the attack was meant to disrupt talks on gas transit scheduled for next week.",
                    "rumored",
                    "speculation",
                    None,
                ),
                S(
                    "The energy minister, Oksana Bilyk, dismissed that idea.",
                    "denied",
                    "dismissed",
                    BIL,
                ),
                S(
                    '"Our engineers will restore supplies within three days," Bilyk wrote on Facebook.',
                    "said",
                    "wrote",
                    BIL,
                ),
                S('"Nobody will freeze this winter."', "said", "wrote", BIL),
                S(
                    "The suspects are believed to have entered the region posing as construction workers.",
                    "reportedly",
                    "are believed",
                    None,
                ),
                A(
                    "Police released photographs of the two men and asked the public for information."
                ),
                S(
                    "The pipeline, built in 1978, carries about 4 million cubic metres of gas a day, according to the national gas operator.",
                    "according_to",
                    "according to",
                    ["national gas operator", "gas operator"],
                ),
                A("Local residents described hearing a loud bang shortly after 3 a.m.", OPT),
                S(
                    '"The windows shook and then the sky turned red," said Halyna Moroz, 54, who lives about a kilometre from the site.',
                    "said",
                    "said",
                    ["Halyna Moroz", "Moroz"],
                ),
                S(
                    "Unverified reports on social media claimed that a second device had been found near a compressor station.",
                    "reportedly",
                    "reports",
                    None,
                    also=["claimed", "rumored"],
                ),
                A("Authorities have not commented on those reports."),
            ],
            "links": [
                ("The energy minister, Oksana Bilyk, dismissed", "There has been speculation")
            ],
        },
        "h7_local_flooding.txt": {
            "meta": {"title": None, "author": "Chloe Barnes", "outlet": "Ashby Herald"},
            "claims": [
                S(
                    "Residents of a street that flooded three times this winter say the council ignored their warnings about a blocked drain for more than a year.",
                    "said",
                    "say",
                    ["residents"],
                    also=["claimed", "alleged"],
                ),
                A(
                    "Water up to a metre deep poured into homes on Millbrook Lane in Ashby on January 14, forcing eight families to move out."
                ),
                S(
                    '"We reported the drain in 2022, and again last spring," said Margaret Doyle, 72, who has lived on the street for 40 years.',
                    "said",
                    "said",
                    DOY,
                ),
                S('"Nobody came.', "said", "said", DOY, role=OPT),
                S(
                    '"Now my kitchen is ruined and my insurance premium has doubled."',
                    "said",
                    "said",
                    DOY,
                ),
                S(
                    "Her neighbours, Ken and Lisa Osei, said they had spent more than £12,000 on repairs.",
                    "said",
                    "said",
                    OSEI,
                ),
                S(
                    "The couple said their insurer had refused to pay for new flooring.",
                    "said",
                    "said",
                    OSEI,
                ),
                F("What does the council say?"),
                S(
                    "Ashby District Council said it had inspected the drain in March 2023 and found no blockage.",
                    "said",
                    "said",
                    COUNCIL,
                    also=["denied"],
                ),
                S(
                    "A spokesperson said heavy rainfall, not a lack of maintenance, had caused the flooding.",
                    "said",
                    "said",
                    [*COUNCIL, "spokesperson"],
                ),
                S(
                    '"The volume of water on January 14 was exceptional," the spokesperson said.',
                    "said",
                    "said",
                    [*COUNCIL, "spokesperson"],
                ),
                S('"Any drain would have struggled."', "said", "said", [*COUNCIL, "spokesperson"]),
                S(
                    "The Environment Agency said 94mm of rain fell in the area in 48 hours, about twice the January average.",
                    "said",
                    "said",
                    ["Environment Agency"],
                ),
                S(
                    "Councillor Imran Hale, who represents the ward, said he did not accept the council's explanation.",
                    "said",
                    "said",
                    ["Imran Hale", "Hale"],
                    also=["denied"],
                ),
                S(
                    "He said he had seen photographs taken by residents showing the drain full of leaves and silt weeks before the flood.",
                    "said",
                    "said",
                    ["Imran Hale", "Hale"],
                ),
                A(
                    "The council has promised to clear all drains on the street by the end of the month."
                ),
                F("Have you been affected by flooding? Email us at news@ashbyherald.co.uk"),
                F("Reporting by Chloe Barnes"),
            ],
            "links": [],
        },
    }
)
