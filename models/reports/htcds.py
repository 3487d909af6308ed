"""Anonymous trafficking data: one row per victim in the field names the Counter Trafficking Data
Collaborative publishes from IOM's Human Trafficking Case Data Standard, then k-anonymised.

A row holds no name, document, IIN, address, exact date (the age as a band at identification, the year of
identification) or free text (the region of exploitation is a free text here and stays out). What is
published from each victim: the quasi-identifiers `QUASI` (generalised along `LADDER` where rare) and
the facts no one outside the case knows (means of recruitment and control, identification status).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from models.reports.anonymity import SUPPRESSED, Anonymised, Row, Rung, k_anonymise

QUASI = ("ageBroad", "gender", "citizenship", "typeOfExploitConcatenated", "CountryOfExploitation",
         "yearOfRegistration")

EXPLOITATION = {  # our form -> (CTDC's words, its broad family)
    "labour": ("Forced labour", "Forced labour"),
    "sexual": ("Sexual exploitation", "Sexual exploitation"),
    "forced_begging": ("Forced begging", "Forced labour"),
    "forced_criminality": ("Forced criminality", "Forced labour"),
    "domestic_servitude": ("Domestic servitude", "Forced labour"),
    "organ_removal": ("Organ removal", "Other exploitation"),
    "other": ("Other exploitation", "Other exploitation"),
}
FAMILY = {words: family for words, family in EXPLOITATION.values()}
CONTROL = {
    "debt_bondage": "meansOfControlDebtBondage", "takes_earnings": "meansOfControlTakesEarnings",
    "threats": "meansOfControlThreats", "threats_to_family": "meansOfControlThreatsToFamily",
    "threat_of_law_enforcement": "meansOfControlThreatOfLawEnforcement",
    "psychological_abuse": "meansOfControlPsychologicalAbuse", "physical_abuse": "meansOfControlPhysicalAbuse",
    "sexual_abuse": "meansOfControlSexualAbuse", "false_promises": "meansOfControlFalsePromises",
    "psychoactive_substances": "meansOfControlPsychoactiveSubstances",
    "restricts_movement": "meansOfControlRestrictsMovement", "isolation": "meansOfControlIsolation",
    "excessive_working_hours": "meansOfControlExcessiveWorkingHours",
    "withholds_documents": "meansOfControlWithholdsDocuments",
    "withholds_necessities": "meansOfControlWithholdsNecessities", "other": "meansOfControlOther",
}
RECRUITMENT = {"private_employment_agency": "Private employment agency", "acquaintance": "Acquaintance",
               "online": "Online", "other": "Other"}
STATUS = {"presumed_victim": "Presumed victim", "identified_victim": "Identified victim"}
GENDER = {"female": "Woman", "male": "Man"}

HEADERS = ("Datasource", "yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship",
           "CountryOfExploitation", "typeOfExploitConcatenated", "isForcedLabour", "isSexualExploit",
           "isOtherExploit", "recruitmentType", "identificationStatus", *CONTROL.values(),
           "meansOfControlNotSpecified")

# CTDC's age bands, and the wider ones a rare row is published with.
BANDS = ((0, 8, "0--8"), (9, 17, "9--17"), (18, 20, "18--20"), (21, 23, "21--23"), (24, 26, "24--26"),
         (27, 29, "27--29"), (30, 38, "30--38"), (39, 47, "39--47"), (48, 200, "48+"))
WIDER = {"0--8": "0--17", "9--17": "0--17", "18--20": "18--29", "21--23": "18--29", "24--26": "18--29",
         "27--29": "18--29", "30--38": "30--47", "39--47": "30--47"}
MINORS = frozenset({"0--8", "9--17", "0--17"})

# Citizenship and country of exploitation, published as a region where rare (ISO alpha-3 -> region).
REGIONS: dict[str, str] = {code: region for region, codes in {
    "Central Asia": ("KAZ", "UZB", "KGZ", "TJK", "TKM"),
    "Eastern Europe and Caucasus": ("RUS", "BLR", "UKR", "MDA", "ARM", "AZE", "GEO"),
    "South Asia": ("AFG", "PAK", "IND", "BGD", "NPL", "LKA"),
    "East Asia": ("CHN", "MNG", "KOR", "PRK", "JPN", "VNM"),
    "Middle East": ("TUR", "IRN", "IRQ", "SYR", "ARE", "SAU", "ISR", "JOR", "LBN", "QAT"),
}.items() for code in codes}


@dataclass(frozen=True)
class Victim:
    """What the export reads of one victim (the service reads it; nothing else of the person comes here)."""

    identified_on: dt.date
    status: str
    sex: str
    citizenship: str
    birth_date: dt.date | None
    birth_year: int | None
    exploitation: list[str]
    exploitation_country: str | None
    recruitment: str | None
    control: list[str]


def age_band(victim: Victim) -> str:
    """The band of the age on the day of identification (from the year alone where only it is known)."""
    day = victim.identified_on
    if victim.birth_date is not None:
        age = day.year - victim.birth_date.year - ((day.month, day.day) < (victim.birth_date.month,
                                                                           victim.birth_date.day))
    elif victim.birth_year is not None:
        age = day.year - victim.birth_year
    else:
        return SUPPRESSED
    return next((band for low, high, band in BANDS if low <= age <= high), SUPPRESSED)


def row_of(victim: Victim) -> Row:
    forms = [EXPLOITATION[f][0] for f in EXPLOITATION if f in victim.exploitation]
    control = set(victim.control)
    return {
        "Datasource": "Case Management",
        "yearOfRegistration": str(victim.identified_on.year),
        "gender": GENDER.get(victim.sex, SUPPRESSED),
        "ageBroad": age_band(victim),
        "citizenship": victim.citizenship if victim.citizenship not in ("XXX", "") else SUPPRESSED,
        "CountryOfExploitation": victim.exploitation_country or SUPPRESSED,
        "typeOfExploitConcatenated": ";".join(forms),
        "recruitmentType": RECRUITMENT.get(victim.recruitment or "", SUPPRESSED),
        "identificationStatus": STATUS.get(victim.status, SUPPRESSED),
        **{column: "1" if means in control else "0" for means, column in CONTROL.items()},
        "meansOfControlNotSpecified": "0" if control else "1",
    }


def _with(**change: dict[str, str] | str):
    """A rung: each named field mapped (a dict: values not in it are kept) or set (a text)."""
    def rung(row: Row) -> Row:
        new = dict(row)
        for name, how in change.items():
            new[name] = how if isinstance(how, str) else how.get(row[name], row[name])
        return new
    return rung


def _broad(row: Row) -> Row:
    value = row["typeOfExploitConcatenated"]
    families = dict.fromkeys(FAMILY.get(v, v) for v in value.split(";")) if value else {}
    return row | {"typeOfExploitConcatenated": ";".join(families)}


def _region(value: str) -> str:
    return REGIONS.get(value, "Other") if len(value) == 3 and value.isupper() else value


def _regions(*fields: str) -> Rung:
    return lambda row: row | {name: _region(row[name]) if row[name] else row[name] for name in fields}


LADDER: tuple[Rung, ...] = (
    _with(ageBroad=WIDER),
    _regions("citizenship"),
    _regions("CountryOfExploitation"),
    _broad,
    lambda row: row | {"ageBroad": ("0--17" if row["ageBroad"] in MINORS else "18+") if row["ageBroad"] else ""},
    _with(citizenship=SUPPRESSED, CountryOfExploitation=SUPPRESSED),
    _with(typeOfExploitConcatenated=SUPPRESSED, ageBroad=SUPPRESSED),
    _with(gender=SUPPRESSED),
)


def _derived(row: Row) -> Row:
    """The columns that follow from published values only (never from what was generalised away)."""
    families = {FAMILY.get(v, v) for v in row["typeOfExploitConcatenated"].split(";")} \
        if row["typeOfExploitConcatenated"] else set()
    known = bool(families)
    flag = lambda family: ("1" if family in families else "0") if known else SUPPRESSED  # noqa: E731
    return row | {
        "majorityStatus": ("Minor" if row["ageBroad"] in MINORS else "Adult") if row["ageBroad"] else SUPPRESSED,
        "isForcedLabour": flag("Forced labour"), "isSexualExploit": flag("Sexual exploitation"),
        "isOtherExploit": flag("Other exploitation"),
    }


def anonymous_rows(victims: Iterable[Victim], k: int) -> Anonymised:
    """Each victim's row, k-anonymised over `QUASI`, with the derived columns; sorted, so that the order of
    the file says nothing about the order the cases were recorded in."""
    done = k_anonymise([row_of(v) for v in victims], QUASI, LADDER, k)
    rows = sorted((_derived(row) for row in done.rows), key=lambda r: tuple(r[h] for h in HEADERS))
    return Anonymised(rows, done.k, done.rows_suppressed, done.cells_suppressed, done.cells_generalised)
