# ruff: noqa: E501
"""Blind-set gold added in round 8, per article (conventions: devset/build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, S

# Round 8 (attribution on real news): claims the extractor now finds that these annotations
# predate: stance, mental-state and commitment cues (believed, promised), reports embedded
# in a clause of another voice ('..., saying X'), attributing headlines. Reviewed by hand.
ROUND8 = {
    "h10_analysis_arms.txt": [
        S("its ties are purely commercial", "claimed", "insisting", ["Beijing"], OPT),
        S("Analysts expect the trend to continue.", "believed", "expect", ["Analysts"], OPT),
    ],
    "h3_reuters_mining.txt": [
        S(
            "Exclusive: Tarnow Mining weighs sale of copper unit, sources say",
            "said",
            "say",
            ["sources"],
            OPT,
        ),
    ],
    "h4_science_sleep.txt": [
        S(
            "he cautioned against blaming phones alone.",
            "said",
            "cautioned",
            ["Luis Ortega"],
            OPT,
        ),
    ],
    "h5_ap_senator.txt": [
        S("telling a company executive", "said", "telling", ["investigators"], OPT),
    ],
    "h6_conflict_pipeline.txt": [
        S(
            "Blast damages gas pipeline near Verenko, Kyiv blames saboteurs",
            "alleged",
            "blames",
            ["Kyiv"],
            OPT,
        ),
        S("asked the public for information.", "said", "asked", ["Police"], OPT),
    ],
    "h7_local_flooding.txt": [
        S(
            "Residents of Millbrook Lane say council ignored flood warnings",
            "said",
            "say",
            ["Residents"],
            OPT,
        ),
        S(
            "The council has promised to clear all drains on the street by the end of the month.",
            "promised",
            "promised",
            ["Ashby District Council"],
            OPT,
        ),
    ],
    "h9_oped_water.txt": [
        S(
            "Washington and Moscow have both offered to mediate.",
            "promised",
            "offered",
            ["Washington"],
            OPT,
        ),
    ],
    "r1_health_outbreak.txt": [
        S(
            "the first cases were detected in a fishing village",
            "said",
            "saying",
            ["health ministry"],
            OPT,
        ),
    ],
    "s2_tech_streaming_breach.txt": [
        S(
            "Music streaming service Lumora says hackers stole data of 9 million users",
            "said",
            "says",
            ["Lumora"],
            OPT,
        ),
        S(
            "some users learned of the breach from news reports",
            "said",
            "saying",
            ["Consumer groups"],
            OPT,
        ),
        S(
            "it had emailed every affected user within 24 hours",
            "said",
            "saying",
            ["Lumora"],
            OPT,
        ),
    ],
    "s3_europe_farm_blockade.txt": [
        S(
            "Agriculture Minister Karel Sobek is expected to travel to Brussels on Wednesday to ask for emergency funds from the EU.",
            "reportedly",
            "expected",
            None,
            OPT,
        ),
    ],
    "t2_climate_glacier_study.txt": [
        S(
            "Alpine glaciers melting twice as fast as thought, study finds",
            "said",
            "finds",
            ["study"],
            OPT,
        ),
        S(
            "the team had checked every satellite estimate against field measurements",
            "said",
            "saying",
            ["Lena Fischbach"],
            OPT,
        ),
    ],
}
