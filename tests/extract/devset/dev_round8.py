"""Dev-set gold added in round 8, per article (conventions: build_gold.py)."""

from __future__ import annotations

from gold_notation import OPT, S

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
