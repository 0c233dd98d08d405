#!/usr/bin/env python3
"""Generates the embedded sample data set Kreis Siegen-Wittgenstein.

Writes src/Sozialindikatoren/Samples/Data/siegen-wittgenstein.json in the canonical data-set format
(docs/data-format.md; sozialindikatoren/dataset, version 1).

* Python 3 standard library only; deterministic (fixed seed, no clock): running it twice gives identical bytes.
* Inputs are the copies in eng/sample/source/ (geo: Geobasis NRW DVG2 boundaries, dl-de/zero-2.0;
  gisd: RKI GISD Release 2025 v1.0, CC BY 4.0), so the generator runs from the repository alone.
* Sourced figures: municipal AGS, names, areas, centroids, boundaries, the 2024 population totals of nine
  municipalities and the county, the GISD scores. Everything else is *illustrativ* and says so in its provenance.
  See docs/sample.md.

Usage: python3 eng/sample/generate_siegen_wittgenstein.py [output.json]
"""

import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCE = os.path.join(HERE, "source")
OUT = os.path.join(ROOT, "src", "Sozialindikatoren", "Samples", "Data", "siegen-wittgenstein.json")

SEED = 20241231
rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------------------------------
# Provenance texts
# --------------------------------------------------------------------------------------------------------------------

POP_SOURCE = "IT.NRW via Siegener Zeitung / n-ag.de, Zensus-2022-Basis"
POP_DATE = "2024-12-31"
GISD_SOURCE = ("Robert Koch-Institut (2025): German Index of Socioeconomic Deprivation (GISD), "
               "Release 2025 v1.0, CC BY 4.0")
GEO_SOURCE = ("Fläche: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis (Stand 2013); Grenze und "
              "Flächenschwerpunkt: Land NRW, Geobasis NRW, Digitale Verwaltungsgrenzen DVG2 Stand 08.03.2022, "
              "dl-de/zero-2.0, vereinfacht (Douglas-Peucker 50 m)")
GEO_DATE = "2022-03-08"
ILLU_OFFER = "illustrativ: Beispielangebot, realitätsnah, aber nicht belegt"
ILLU_FUND = "illustrativ: Beispielfinanzierung; Programmname nach Landeshaushalt 2025 / Bundesprogrammen"
ILLU_PROVIDER = "illustrativ: Trägerbezeichnung realitätsnah, Zuordnung der Angebote nicht belegt"


def prov(kind, source=None, date=None):
    d = {"kind": kind}
    if source is not None:
        d["source"] = source
    if date is not None:
        d["date"] = date
    return d


# --------------------------------------------------------------------------------------------------------------------
# Spaces
# --------------------------------------------------------------------------------------------------------------------

# AGS, short name, planning region, Destatis area km², area centroid (lat, lon) — geo README table.
MUNICIPALITIES = [
    ("05970004", "Bad Berleburg", "wittgenstein", 275.52, 51.05504, 8.40396),
    ("05970008", "Burbach", "siegerland", 79.72, 50.74056, 8.09448),
    ("05970012", "Erndtebrück", "wittgenstein", 70.98, 50.99535, 8.25894),
    ("05970016", "Freudenberg", "siegerland", 54.60, 50.89502, 7.89761),
    ("05970020", "Hilchenbach", "siegerland", 81.12, 50.98678, 8.12754),
    ("05970024", "Kreuztal", "siegerland", 71.07, 50.98144, 7.98589),
    ("05970028", "Bad Laasphe", "wittgenstein", 135.95, 50.92710, 8.34762),
    ("05970032", "Netphen", "siegerland", 137.39, 50.90867, 8.16066),
    ("05970036", "Neunkirchen", "siegerland", 39.81, 50.78666, 8.01630),
    ("05970040", "Siegen", "siegerland", 114.69, 50.88101, 8.01154),
    ("05970044", "Wilnsdorf", "siegerland", 72.04, 50.83065, 8.11525),
]
COUNTY = "05970000"
COUNTY_TOTAL = 274074
COUNTY_AREA = 1132.89
COUNTY_CENTROID = (50.93764, 8.19448)

BB, BUR, ERN, FRE, HIL, KRE, BL, NET, NEU, SI, WIL = (m[0] for m in MUNICIPALITIES)
SIEGERLAND = [SI, KRE, NET, WIL, FRE, HIL, BUR, NEU]
WITTGENSTEIN = [BB, BL, ERN]
ALL = [m[0] for m in MUNICIPALITIES]
NAME = {m[0]: m[1] for m in MUNICIPALITIES}

# 31.12.2024, Zensus-2022 basis (domain.md §1.3). Bad Berleburg + Erndtebrück = derived residual 25,192,
# split illustratively.
TOTALS = {BUR: 14553, FRE: 17355, HIL: 14412, KRE: 30905, BL: 13148, NET: 23080, NEU: 12705, SI: 102685,
          WIL: 20039, BB: 18452, ERN: 6740}
assert sum(TOTALS.values()) == COUNTY_TOTAL
assert TOTALS[BB] + TOTALS[ERN] == 25192
SOURCED_TOTAL = {BUR, FRE, HIL, KRE, BL, NET, NEU, SI, WIL}

BANDS = ["0-3", "3-6", "6-10", "10-15", "15-18", "18-25", "25-30", "30-40", "40-50", "50-65", "65-75", "75-80",
         "80+"]
# Base county age structure (shares in %), illustrative, typical of a western German county 2024.
BASE = [2.75, 2.85, 3.85, 4.75, 2.9, 7.6, 5.6, 11.9, 11.5, 23.3, 12.0, 4.0, 7.0]
GROUP = ["kid"] * 5 + ["young"] * 2 + ["mid"] * 3 + ["senior"] * 2 + ["old"]
# Per-municipality factors on the base shares (kid, young, mid, senior, old): Siegen has more 18–30 (university),
# Wittgenstein is older.
AGE_FACTORS = {
    SI: (0.95, 1.30, 0.98, 0.93, 0.94),
    KRE: (1.02, 0.95, 1.01, 1.01, 1.00),
    NET: (1.04, 0.93, 1.02, 1.00, 0.94),
    WIL: (1.06, 0.88, 1.03, 1.00, 0.96),
    FRE: (1.04, 0.87, 1.03, 1.02, 1.00),
    HIL: (0.98, 0.86, 1.00, 1.06, 1.10),
    BUR: (1.06, 0.89, 1.02, 0.98, 0.95),
    NEU: (1.00, 0.89, 1.01, 1.04, 1.06),
    BB: (0.97, 0.82, 0.98, 1.10, 1.20),
    BL: (0.95, 0.82, 0.98, 1.12, 1.22),
    ERN: (1.02, 0.87, 1.00, 1.06, 1.10),
}
GI = {"kid": 0, "young": 1, "mid": 2, "senior": 3, "old": 4}


def largest_remainder(total, weights):
    """Integer counts proportional to weights that sum exactly to total (ties: lower index first)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    floors = [int(r) for r in raw]
    rest = total - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[:rest]:
        floors[i] += 1
    assert sum(floors) == total
    return floors


POP = {}
for ags in ALL:
    f = AGE_FACTORS[ags]
    weights = [BASE[i] * f[GI[GROUP[i]]] * (1 + rng.uniform(-0.03, 0.03)) for i in range(len(BANDS))]
    POP[ags] = dict(zip(BANDS, largest_remainder(TOTALS[ags], weights)))


def pop(ags, bands, year=2024):
    """Persons in the given bands; for 2019–2023 the 2024 structure scaled by an illustrative factor."""
    n = sum(POP[ags][b] for b in bands)
    return n * YEAR_SCALE[ags][year]


# Illustrative population development 2019 → 2024 (factor applied to 2024 counts).
YEAR_SCALE = {}
for ags in ALL:
    g = {SI: -0.001, KRE: 0.004, NET: 0.003, WIL: 0.001, FRE: 0.005, HIL: 0.007, BUR: 0.004, NEU: 0.002,
         BB: 0.002, BL: 0.006, ERN: 0.004}[ags]
    YEAR_SCALE[ags] = {2024: 1.0, 2023: 1 + g, 2022: 1 + 2 * g, 2021: 1 + 3 * g, 2020: 1 + 4 * g, 2019: 1 + 5 * g}

U18 = BANDS[:5]
U15 = BANDS[:4]
B15_65 = ["15-18", "18-25", "25-30", "30-40", "40-50", "50-65"]
B65 = ["65-75", "75-80", "80+"]
B18 = BANDS[5:]


SIEGEN_AGS = "05970040"


def space_docs():
    geo = {}
    with open(os.path.join(SOURCE, "geo", "siegen-wittgenstein-gemeinden.geojson"), encoding="utf-8") as fh:
        for feat in json.load(fh)["features"]:
            geo[feat["properties"]["ags"]] = feat["geometry"]["coordinates"]
    with open(os.path.join(SOURCE, "geo", "siegen-wittgenstein-kreis.geojson"), encoding="utf-8") as fh:
        county_boundary = json.load(fh)["features"][0]["geometry"]["coordinates"]
    spaces = [{
        "id": COUNTY, "name": "Kreis Siegen-Wittgenstein", "level": "county", "ags": COUNTY, "areaKm2": COUNTY_AREA,
        "centroid": {"lat": COUNTY_CENTROID[0], "lon": COUNTY_CENTROID[1]},
        "boundary": county_boundary,
        "population": {"referenceDate": POP_DATE, "bands": [{"band": "0+", "count": COUNTY_TOTAL}],
                       "provenance": prov("sourced", POP_SOURCE, POP_DATE)},
        "provenance": prov("sourced", "Fläche: de.wikipedia.org (Kreis Siegen-Wittgenstein), = Summe der Destatis-"
                           "Gemeindeflächen; Grenze: Land NRW, Geobasis NRW, DVG2 Stand 08.03.2022, dl-de/zero-2.0, "
                           "Vereinigung der vereinfachten Gemeindegrenzen", GEO_DATE),
    }]
    for rid, rname, members in (("siegerland", "Siegerland", SIEGERLAND), ("wittgenstein", "Wittgenstein", WITTGENSTEIN)):
        area = round(sum(m[3] for m in MUNICIPALITIES if m[0] in members), 2)
        spaces.append({
            "id": rid, "name": rname, "level": "planningRegion", "parent": COUNTY, "areaKm2": area,
            "provenance": prov("derived", "Planungsraum aus " + ", ".join(NAME[m] for m in members)
                               + "; Fläche = Summe der Destatis-Gemeindeflächen"),
        })
    for ags, name, region, area, lat, lon in MUNICIPALITIES:
        if ags in SOURCED_TOTAL:
            psrc = "Gesamtzahl: IT.NRW 31.12.2024 (Zensus-2022-Basis), via Siegener Zeitung / n-ag.de; Altersgliederung illustrativ"
        else:
            psrc = ("Gesamtzahl illustrativ: Aufteilung des abgeleiteten Rests 25.192 (Kreis 274.074 minus neun Gemeinden, "
                    "IT.NRW 31.12.2024, Zensus-2022-Basis) auf Bad Berleburg und Erndtebrück; Altersgliederung illustrativ")
        doc = {"id": ags, "name": name, "level": "municipality", "parent": region, "ags": ags}
        if ags == SIEGEN_AGS:
            # Stadt Siegen has its own Jugendamt; the Kreisjugendamt covers the other ten municipalities
            # [S] WP/Funke article401845516 (shared/reference/domain.md §1.1).
            doc["ownYouthOffice"] = True
        doc["areaKm2"] = area
        spaces.append(doc | {
            "centroid": {"lat": lat, "lon": lon},
            "boundary": geo[ags],
            "population": {"referenceDate": POP_DATE,
                           "bands": [{"band": b, "count": POP[ags][b]} for b in BANDS],
                           "provenance": prov("illustrative", psrc, POP_DATE)},
            "provenance": prov("sourced", GEO_SOURCE, GEO_DATE),
        })
    return spaces


# --------------------------------------------------------------------------------------------------------------------
# Indicators
# --------------------------------------------------------------------------------------------------------------------

YEARS = [2022, 2023, 2024]
# Earlier years of the illustrative monitoring series (docs/monitoring.md): generated after all other records with
# their own random stream, so that the 2022–2024 records and everything else stay byte-identical.
EARLY_YEARS = [2019, 2020, 2021]
EARLY_SEED = SEED + 2019

# Relative position of each municipality (county = 1 after rescaling) for the poverty family of indicators,
# and its two-year dynamic (relative change per year; positive = rising need).
POVERTY = {SI: 1.30, KRE: 1.02, NET: 0.88, WIL: 0.74, FRE: 0.80, HIL: 0.90, BUR: 0.86, NEU: 0.92,
           BB: 0.93, BL: 1.03, ERN: 0.80}
POVERTY_DYN = {SI: 0.030, KRE: -0.020, NET: 0.010, WIL: -0.015, FRE: 0.005, HIL: 0.025, BUR: -0.010,
               NEU: 0.015, BB: 0.020, BL: -0.025, ERN: 0.000}
UNEMP = {SI: 1.28, KRE: 1.00, NET: 0.86, WIL: 0.80, FRE: 0.84, HIL: 0.92, BUR: 0.88, NEU: 0.95,
         BB: 0.80, BL: 0.86, ERN: 0.74}
UNEMP_DYN = {SI: 0.035, KRE: 0.010, NET: -0.015, WIL: 0.020, FRE: -0.010, HIL: 0.030, BUR: 0.015,
             NEU: -0.020, BB: -0.025, BL: 0.005, ERN: -0.030}
FOREIGN = {SI: 1.30, KRE: 1.15, NET: 0.70, WIL: 0.62, FRE: 0.78, HIL: 0.62, BUR: 0.85, NEU: 0.95,
           BB: 0.72, BL: 0.80, ERN: 0.60}

# County anchors per year: rate (share, not %) or per-1000 value. Sourced anchors in the comments.
ANCHORS = {
    # Mindestsicherungsquote 8.5 % 2024 (23,305 people; IT.NRW via radiosiegen.de); earlier years illustrative.
    "mindestsicherungsquote": {2019: 0.0790, 2020: 0.0805, 2021: 0.0810, 2022: 0.0830, 2023: 0.0845, 2024: 0.0850},
    # SGB II share of the Mindestsicherung (≈ 18,400 of 23,305 in 2024), per Bev. 0–<67.
    "sgb2_quote": {2019: 0.0770, 2020: 0.0790, 2021: 0.0780, 2022: 0.0810, 2023: 0.0830, 2024: 0.0840},
    # Kinderarmut ≈ 13 % (13.4 % in 2018, <18 variant, BA via WSI/DGB).
    "kinderarmut": {2019: 0.1290, 2020: 0.1280, 2021: 0.1240, 2022: 0.1260, 2023: 0.1290, 2024: 0.1310},
    # ALQ ≈ 5.9 % (Feb 2024, 9,076 unemployed); Arbeitslosenanteil per Bev. 15–<65 ≈ 5.2 %.
    "arbeitslosenanteil": {2019: 0.0440, 2020: 0.0500, 2021: 0.0480, 2022: 0.0470, 2023: 0.0500, 2024: 0.0525},
    "langzeitarbeitslosenanteil": {2019: 0.0166, 2020: 0.0178, 2021: 0.0178, 2022: 0.0175, 2023: 0.0182, 2024: 0.0196},
    # Grundsicherung im Alter: 3,650 recipients of SGB XII ch. 4 in 2024 (incl. Erwerbsminderung); ≈ 60 % aged 65+.
    "altersarmut": {2019: 0.0290, 2020: 0.0300, 2021: 0.0310, 2022: 0.0320, 2023: 0.0335, 2024: 0.0352},
    "auslaenderanteil": {2019: 0.1000, 2020: 0.1020, 2021: 0.1040, 2022: 0.1100, 2023: 0.1160, 2024: 0.1190},
    # Pflegequote 4.5 % 2017, 5.0 % forecast for 2022 (draft Pflegebedarfsplan); rising since.
    "pflegequote": {2019: 0.0480, 2020: 0.0500, 2021: 0.0520, 2022: 0.0540, 2023: 0.0570, 2024: 0.0600},
    # HzE-Eckwert per 1,000 under 21.
    "hze_eckwert": {2019: 31.0, 2020: 30.6, 2021: 32.2, 2022: 33.5, 2023: 34.8, 2024: 36.2},
    # Überschuldungsquote (SchuldnerAtlas-type), per Bev. ≥ 18.
    "ueberschuldungsquote": {2019: 0.0890, 2020: 0.0880, 2021: 0.0860, 2022: 0.0840, 2023: 0.0825, 2024: 0.0812},
}

IND_SOURCE = {
    "sgb2_quote": "illustrativ; Kreiswert am belegten SGB-II-Anteil der Mindestsicherung 2024 verankert (IT.NRW via radiosiegen.de)",
    "kinderarmut": "illustrativ; Kreiswert an Kinderarmut 13,4 % (2018, BA via WSI/DGB, WP/Funke) verankert",
    "arbeitslosenanteil": "illustrativ; Kreiswert an ALQ 5,9 % (Feb. 2024, BA via WP/Funke) verankert; Wittgenstein niedriger (Geschäftsstelle Bad Berleburg 4,6 %)",
    "langzeitarbeitslosenanteil": "illustrativ; rund 37 % der Arbeitslosen langzeitarbeitslos",
    "mindestsicherungsquote": "illustrativ; Kreiswert an Mindestsicherungsquote 8,5 % (31.12.2024, IT.NRW via radiosiegen.de) verankert; Siegen am höchsten, Wilnsdorf, Erndtebrück, Freudenberg am niedrigsten",
    "altersarmut": "illustrativ; Kreiswert an 3.650 Empfängern Grundsicherung SGB XII Kap. 4 (2024, IT.NRW via radiosiegen.de) verankert",
    "anteil_80plus": "illustrativ; aus der illustrativen Altersgliederung (Kreis ≈ 7 %, 2019 belegt 6,9 %, Demografiebericht Luschei 2021)",
    "anteil_unter18": "illustrativ; aus der illustrativen Altersgliederung (Kreis ≈ 17 %, 2020/21 belegt 16,6 %, IT.NRW via WP/Funke)",
    "auslaenderanteil": "illustrativ; kein belegter Kreiswert gefunden",
    "pflegequote": "illustrativ; an Pflegequote 4,5 % (2017) und Prognose 5,0 % (2022) des Pflegebedarfsplan-Entwurfs (WP/Funke) angelehnt",
    "hze_eckwert": "illustrativ; Hilfen zur Erziehung je 1.000 unter 21 Jahren",
    "ueberschuldungsquote": "illustrativ; Größenordnung SchuldnerAtlas",
}


def denominator(ind, ags, year):
    if ind == "sgb2_quote":  # Bev. 0 bis < Regelaltersgrenze (≈ 67): 0–<65 plus 2/10 of 65–<75 (illustrative)
        return pop(ags, BANDS[:10], year) + 0.2 * pop(ags, ["65-75"], year)
    if ind == "kinderarmut":
        return pop(ags, U15, year)
    if ind in ("arbeitslosenanteil", "langzeitarbeitslosenanteil"):
        return pop(ags, B15_65, year)
    if ind == "altersarmut":
        return pop(ags, B65, year)
    if ind == "hze_eckwert":  # Bev. < 21: < 18 plus 3/7 of 18–<25 (illustrative)
        return pop(ags, U18, year) + 3 / 7 * pop(ags, ["18-25"], year)
    if ind == "ueberschuldungsquote":
        return pop(ags, B18, year)
    return pop(ags, BANDS, year)  # per Einwohner


def relative(ind, ags):
    if ind in ("arbeitslosenanteil", "langzeitarbeitslosenanteil"):
        return UNEMP[ags], UNEMP_DYN[ags]
    if ind == "auslaenderanteil":
        return FOREIGN[ags], 0.01 * (1 if ags in (SI, KRE, BUR) else 0.5)
    if ind == "pflegequote":
        share80 = POP[ags]["80+"] / TOTALS[ags]
        return share80 / 0.07, 0.0
    exponent = {"sgb2_quote": 1.5, "kinderarmut": 1.7, "mindestsicherungsquote": 0.75, "altersarmut": 1.3,
                "hze_eckwert": 1.0, "ueberschuldungsquote": 0.8}[ind]
    return POVERTY[ags] ** exponent, POVERTY_DYN[ags]


# Records with a non-exact status, to exercise status handling.
SPECIAL = {
    ("langzeitarbeitslosenanteil", ERN, 2022): "suppressed",
    ("hze_eckwert", SI, 2024): "provisional",
    ("altersarmut", ERN, 2023): "estimated",
}


MODELLED = ["sgb2_quote", "kinderarmut", "arbeitslosenanteil", "langzeitarbeitslosenanteil",
            "mindestsicherungsquote", "altersarmut", "auslaenderanteil", "pflegequote", "hze_eckwert",
            "ueberschuldungsquote"]


def modelled_records(years, rng):
    """Raw counts of the modelled indicators for the given years, drawing the noise from rng."""
    records = []
    for ind in MODELLED:
        for year in years:
            # raw municipal values with dynamics and a little noise, then rescale to the county anchor
            raw = {}
            for ags in ALL:
                rel, dyn = relative(ind, ags)
                raw[ags] = rel * (1 + dyn * (year - 2023)) * (1 + rng.uniform(-0.015, 0.015))
            dens = {ags: denominator(ind, ags, year) for ags in ALL}
            scale = 1000.0 if ind == "hze_eckwert" else 1.0
            weighted = sum(raw[a] * dens[a] for a in ALL) / sum(dens.values())
            for ags in ALL:
                rate = ANCHORS[ind][year] * raw[ags] / weighted
                den = int(round(dens[ags]))
                num = int(round(rate * den / scale))
                rec = {"space": ags, "indicator": ind, "date": f"{year}-12-31"}
                status = SPECIAL.get((ind, ags, year))
                if status == "suppressed":
                    rec["status"] = status
                else:
                    rec["value"] = num
                    if status:
                        rec["status"] = status
                rec["denominator"] = den
                rec["provenance"] = prov("illustrative", IND_SOURCE[ind])
                records.append(rec)
    return records


def age_share_records(years):
    """Age shares straight from the (illustrative) population; earlier years with slightly different structure."""
    records = []
    for ind, bands, drift in (("anteil_80plus", ["80+"], 0.012), ("anteil_unter18", U18, -0.004)):
        for year in years:
            for ags in ALL:
                den = int(round(pop(ags, BANDS, year)))
                num = int(round(pop(ags, bands, year) * (1 - drift * (2024 - year))))
                records.append({"space": ags, "indicator": ind, "date": f"{year}-12-31", "value": num,
                                "denominator": den, "provenance": prov("illustrative", IND_SOURCE[ind])})
    return records


def indicator_docs():
    records = modelled_records(YEARS, rng)
    records += age_share_records(YEARS)
    # GISD (sourced, direct values, no denominator).
    with open(os.path.join(SOURCE, "gisd", "gisd_nrw_gvb_siegen-wittgenstein.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            ags = row["gvb_id"][:5] + row["gvb_id"][6:]
            assert ags in NAME, ags
            date = f"{row['year']}-12-31"
            records.append({"space": ags, "indicator": "gisd_nrw_gemeinde", "date": date,
                            "value": float(row["gisd_score"]), "provenance": prov("sourced", GISD_SOURCE, date)})
    with open(os.path.join(SOURCE, "gisd", "gisd_bund_kreis_05970.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            assert row["kreis_id"] == "05970"
            date = f"{row['year']}-12-31"
            records.append({"space": COUNTY, "indicator": "gisd_bund_kreis", "date": date,
                            "value": float(row["gisd_score"]), "provenance": prov("sourced", GISD_SOURCE, date)})
    # The earlier years of the illustrative series (6 years 2019–2024 for the monitoring), own random stream.
    records += modelled_records(EARLY_YEARS, random.Random(EARLY_SEED))
    records += age_share_records(EARLY_YEARS)
    return records


# --------------------------------------------------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------------------------------------------------

PROVIDERS = [
    ("diakonie-swf", "Diakonie in Südwestfalen gGmbH", "diakonie"),
    ("dw-kirchenkreis", "Diakonisches Werk im Ev. Kirchenkreis Siegen-Wittgenstein", "diakonie"),
    ("caritas-siwi", "Caritasverband Siegen-Wittgenstein e.V.", "caritas"),
    ("skf-siegen", "Sozialdienst katholischer Frauen (SkF) Siegen e.V.", "caritas"),
    ("kath-jugendwerk", "Katholisches Jugendwerk Siegen-Wittgenstein e.V.", "caritas"),
    ("awo-kv", "AWO Kreisverband Siegen-Wittgenstein/Olpe e.V.", "awo"),
    ("drk-kv-siegen", "DRK-Kreisverband Siegen-Wittgenstein e.V.", "drk"),
    ("drk-wittgenstein", "DRK-Kreisverband Wittgenstein e.V.", "drk"),
    ("lebenshilfe", "Lebenshilfe für Menschen mit Behinderung Kreis Siegen-Wittgenstein e.V.", "paritaetischer"),
    ("sozialpsychiatrie-verein", "Verein für soziale Psychiatrie Siegen e.V.", "paritaetischer"),
    ("frauen-helfen-frauen", "Frauen helfen Frauen e.V. Siegen", "paritaetischer"),
    ("aidshilfe", "AIDS-Hilfe Siegen e.V.", "paritaetischer"),
    ("alz-siegen", "Arbeitslosenzentrum Siegen e.V.", "paritaetischer"),
    ("ib-west", "Internationaler Bund (IB) West gGmbH, Standort Siegen", "paritaetischer"),
    ("psz-verein", "Psychosoziales Zentrum für Geflüchtete Südwestfalen e.V.", "paritaetischer"),
    ("blaues-kreuz", "Blaues Kreuz Siegerland e.V.", "diakonie"),
    ("ev-jugend", "Evangelische Jugend im Kirchenkreis Siegen-Wittgenstein", "diakonie"),
    ("tafel-siegen", "Siegener Tafel e.V.", "other"),
    ("vz-nrw", "Verbraucherzentrale NRW, Beratungsstelle Siegen", "other"),
    ("kreis", "Kreis Siegen-Wittgenstein", "publicBody"),
    ("stadt-siegen", "Universitätsstadt Siegen", "publicBody"),
    ("stadt-kreuztal", "Stadt Kreuztal", "publicBody"),
    ("gemeinde-wilnsdorf", "Gemeinde Wilnsdorf", "publicBody"),
    ("pflege-wittgenstein", "Pflegedienst Wittgensteiner Land GmbH", "private"),
    ("senioren-siegerland", "Seniorenresidenzen Siegerland GmbH", "private"),
    ("kita-sammel", "Kindertageseinrichtungen und Kindertagespflege, verschiedene Träger (zusammengefasst)", "other"),
    ("pflege-sammel", "Vollstationäre Pflegeeinrichtungen, verschiedene Träger (zusammengefasst)", "other"),
]
PUBLIC = {"kreis", "stadt-siegen", "stadt-kreuztal", "gemeinde-wilnsdorf"}


# --------------------------------------------------------------------------------------------------------------------
# Offerings and funding
# --------------------------------------------------------------------------------------------------------------------

P = {  # periods
    "LJ25": ("2025-01-01", "2025-12-31"),   # Land, Haushaltsjahr 2025
    "L2426": ("2024-01-01", "2026-12-31"),  # Land, Förderphase 2024–2026
    "K2426": ("2024-01-01", "2026-12-31"),  # Kreis-Zuwendungsvertrag (3 years)
    "K2527": ("2025-01-01", "2027-12-31"),  # Kreis-Zuwendungsvertrag (3 years)
    "KOM25": ("2025-01-01", "2025-12-31"),  # Kommune, Haushaltsjahr
    "B25": ("2025-01-01", "2025-12-31"),    # Bund, Haushaltsjahr
    "ESF": ("2024-01-01", "2026-12-31"),    # ESF+ project
    "ESF27": ("2023-07-01", "2027-06-30"),  # ESF+ project ending 2027
    "P2025": ("2023-01-01", "2025-12-31"),  # project ending 2025
    "P2026": ("2024-08-01", "2026-07-31"),  # project ending mid 2026
    "FEE": ("2024-01-01", "2027-12-31"),    # Leistungs- und Entgeltvereinbarung
    "OWN": ("2024-01-01", "2027-12-31"),    # own funds, donations
    "OLD": ("2022-01-01", "2024-12-31"),    # expired before 2025-01-01
}

SRC_DEFAULT_INSTRUMENT = {"ownFunds": "ownResources", "donations": "ownResources"}
COST = {  # EUR per year per capacity unit (illustrative)
    "fte": 65000, "fte_youth": 62000, "kita": 21000, "pflege": 26000, "frauenhaus": 26000, "egh_wohnen": 58000,
    "wfbm": 17000, "tagespflege": 15000, "tagesstaette": 16000, "spfh_case": 9000, "ff_case": 4500,
    "reha_case": 3200, "job_place": 28000, "youth_place": 14000, "hze_place": 62000,
}

OFFERINGS = []
_ids = set()


def funding(total, parts):
    """parts: (source, programme, instrument|None, share, period-key). Shares sum to 1; amounts rounded to 100 EUR,
    the first line takes the rounding difference."""
    assert abs(sum(p[3] for p in parts) - 1) < 1e-9, parts
    amounts = [int(round(total * p[3] / 100.0)) * 100 for p in parts]
    amounts[0] += int(round(total / 100.0)) * 100 - sum(amounts)
    lines = []
    for (source, programme, instrument, _share, period), amount in zip(parts, amounts):
        assert amount > 0, (programme, amount)
        start, end = P[period]
        lines.append({"source": source, "programme": programme,
                      "instrument": instrument or SRC_DEFAULT_INSTRUMENT.get(source, "fixedAmount"),
                      "amountPerYear": amount, "start": start, "end": end,
                      "provenance": prov("illustrative", ILLU_FUND)})
    return lines


# The offering type (Angebotsart, docs/data-format.md) of every sample offering, by id prefix (first match wins).
OFFERING_TYPES = [
    ("kj-u3-", "kita_u3"), ("kj-oja-", "jugendarbeit"), ("kj-mobil-", "jugendarbeit"), ("kj-jugendtreff-", "jugendarbeit"),
    ("kj-ssa-", "schulsozialarbeit"), ("kj-eb-", "erziehungsberatung"), ("kj-spfh-", "hze_ambulant"),
    ("kj-wohngruppen", "hze_stationaer"), ("kj-jugendschutz", "kinderschutz"),
    ("fa-beratung-", "familienberatung"), ("fa-efl-", "familienberatung"), ("fa-schwangerschaft", "schwangerschaftsberatung"),
    ("fa-fruehe-hilfen", "fruehe_hilfen"), ("fa-familienzentrum-", "familienzentrum"), ("fa-bildung-", "familienbildung"),
    ("fa-alleinerziehende-", "familienbildung"),
    ("ap-stationaer-", "pflege_stationaer"), ("ap-tagespflege-", "tagespflege"), ("ap-pflegeberatung-", "pflegeberatung"),
    ("ap-beratung-", "pflegeberatung"), ("ap-wohnberatung", "wohnberatung"), ("ap-", "seniorenarbeit"),
    ("egh-wohnen-", "egh_wohnen"), ("egh-assistenz", "egh_assistenz"), ("egh-wfbm", "werkstatt"),
    ("egh-fruehfoerderung", "fruehfoerderung"), ("egh-offene-hilfen", "familienentlastung"), ("egh-", "teilhabeberatung"),
    ("sp-spdi", "sozialpsychiatrischer_dienst"), ("sp-kontakt-", "kontaktstelle_psychiatrie"),
    ("sp-bewo", "betreutes_wohnen_psychiatrie"), ("sp-tagesstaette", "tagesstaette"), ("sp-selbsthilfe", "selbsthilfe"),
    ("su-beratung-", "suchtberatung"), ("su-psb", "suchtberatung"), ("su-praevention", "suchtpraevention"),
    ("su-selbsthilfe", "selbsthilfe"), ("su-reha", "sucht_reha"),
    ("sb-", "schuldnerberatung"),
    ("mi-mbe-", "migrationsberatung"), ("mi-jmd", "migrationsberatung"), ("mi-fluechtlingsberatung-", "fluechtlingsberatung"),
    ("mi-asylverfahrensberatung", "fluechtlingsberatung"), ("mi-psz", "psychosoziales_zentrum"), ("mi-", "integration"),
    ("as-tafel-", "tafel"), ("as-sozialkaufhaus-", "tafel"), ("as-sozialberatung-", "sozialberatung"),
    ("as-patchwork", "wohnungsnotfallhilfe"), ("as-wohnungsnotfall", "wohnungsnotfallhilfe"),
    ("as-gefaehrdetenhilfe", "straffaelligenhilfe"), ("as-", "quartiersarbeit"),
    ("gs-frauenhaus-", "frauenhaus"), ("gs-", "gewaltberatung"),
    ("ab-alz-", "erwerbslosenberatung"), ("ab-erwerbslosenberatung-", "erwerbslosenberatung"),
    ("ab-beruf-einstieg", "uebergang_schule_beruf"), ("ab-produktionsschule", "uebergang_schule_beruf"), ("ab-", "beschaeftigung"),
    ("gp-praeventionskette", "praevention"), ("gp-sexualpaedagogik", "praevention"), ("gp-", "gesundheitsberatung"),
]


def offering_type(oid):
    return next(t for prefix, t in OFFERING_TYPES if oid.startswith(prefix))


def offer(oid, name, domain, provider, location, amount, unit, obligation, cost, parts, *, served=None,
          target=None, recorded=None, point=None):
    assert oid not in _ids, oid
    _ids.add(oid)
    assert provider in {p[0] for p in PROVIDERS}, provider
    total = amount * cost
    o = {"id": oid, "name": name, "domain": domain, "type": offering_type(oid), "providerId": provider, "location": location}
    if point is not None:
        o["point"] = {"lat": point[0], "lon": point[1]}
    o["capacity"] = {"amount": amount, "unit": unit}
    if target is not None:
        t = {"description": target[0]}
        if target[1]:
            t["ages"] = target[1]
        if target[2]:
            t["condition"] = target[2]
        t["vulnerable"] = bool(target[3])
        o["targetGroup"] = t
    if served is not None and served != [location]:
        o["servedSpaces"] = served
    o["obligation"] = obligation
    if recorded is not None:
        o["recordedCategory"] = recorded
    o["funding"] = funding(total, parts)
    o["provenance"] = prov("illustrative", ILLU_OFFER)
    OFFERINGS.append(o)
    return o


def own(share=0.10):
    return ("ownFunds", "Eigenmittel des Trägers", "ownResources", share, "OWN")


def slug(ags):
    return {BB: "bad-berleburg", BUR: "burbach", ERN: "erndtebrueck", FRE: "freudenberg", HIL: "hilchenbach",
            KRE: "kreuztal", BL: "bad-laasphe", NET: "netphen", NEU: "neunkirchen", SI: "siegen",
            WIL: "wilnsdorf"}[ags]


def jugendamt(ags):
    return ("kommune", "Jugendamt Stadt Siegen") if ags == SI else ("kreis", "Kreisjugendamt Siegen-Wittgenstein")


def build_offerings():
    # ---------------------------------------------------------------- KinderJugend
    u3_cover = {SI: 0.41, KRE: 0.38, NET: 0.36, WIL: 0.43, FRE: 0.44, HIL: 0.33, BUR: 0.37, NEU: 0.35,
                BB: 0.31, BL: 0.30, ERN: 0.39}
    for ags in ALL:
        src, ja = jugendamt(ags)
        places = int(round(POP[ags]["0-3"] * u3_cover[ags]))
        offer(f"kj-u3-{slug(ags)}", f"U3-Betreuung {NAME[ags]} (Kitas und Kindertagespflege)", "KinderJugend",
              "kita-sammel", ags, places, "places", "individualLegalClaim", COST["kita"],
              [("land", "KiBiz-Kindpauschalen (Landesanteil)", "serviceFee", 0.38, "FEE"),
               (src, f"KiBiz-Kindpauschalen ({ja})", "serviceFee", 0.54, "FEE"),
               ("ownFunds", "Trägeranteil KiBiz", "ownResources", 0.08, "OWN")],
              target=("Kinder unter 3 Jahren (Rechtsanspruch ab 1 Jahr, § 24 SGB VIII)", "0-3", None, False),
              recorded="teil" if ags in (SI, BB) else None)
    offer("kj-oja-siegen", "Offene Kinder- und Jugendarbeit Siegen (Jugendzentren)", "KinderJugend", "ev-jugend", SI,
          4.0, "fte", "objectiveLegalDuty", COST["fte_youth"],
          [("kommune", "Kinder- und Jugendförderplan Stadt Siegen", "fixedAmount", 0.72, "KOM25"),
           ("land", "Kinder- und Jugendförderplan NRW", "fixedAmount", 0.14, "LJ25"),
           own(0.10), ("bund", "Bundesfreiwilligendienst", "fixedAmount", 0.04, "B25")],
          target=("Kinder und Jugendliche 6 bis unter 27 Jahre", "6-27", None, False))
    offer("kj-oja-kreuztal", "Offene Kinder- und Jugendarbeit Kreuztal", "KinderJugend", "awo-kv", KRE, 2.5, "fte",
          "objectiveLegalDuty", COST["fte_youth"],
          [("kreis", "Kreis-Zuwendungsvertrag Offene Jugendarbeit 2024–2026", "fixedAmount", 0.60, "K2426"),
           ("kommune", "Zuschuss Stadt Kreuztal Jugendarbeit", "fixedAmount", 0.30, "KOM25"), own(0.10)],
          target=("Kinder und Jugendliche 6 bis unter 27 Jahre", "6-27", None, False))
    offer("kj-mobil-wittgenstein", "Mobile Jugendarbeit Wittgenstein", "KinderJugend", "dw-kirchenkreis", BB, 2.0,
          "fte", "objectiveLegalDuty", COST["fte_youth"],
          [("kreis", "Kreis-Zuwendungsvertrag Offene Jugendarbeit 2024–2026", "fixedAmount", 0.80, "K2426"),
           ("land", "Kinder- und Jugendförderplan NRW", "fixedAmount", 0.10, "LJ25"), own(0.10)],
          served=WITTGENSTEIN, target=("Jugendliche 12 bis unter 27 Jahre im ländlichen Raum", "10-30", None, False))
    offer("kj-jugendtreff-netphen", "Jugendtreff Netphen", "KinderJugend", "caritas-siwi", NET, 1.5, "fte",
          "objectiveLegalDuty", COST["fte_youth"],
          [("kreis", "Kreis-Zuwendungsvertrag Offene Jugendarbeit 2024–2026", "fixedAmount", 0.65, "K2426"),
           ("kommune", "Zuschuss Stadt Netphen Jugendarbeit", "fixedAmount", 0.25, "KOM25"), own(0.10)],
          target=("Kinder und Jugendliche 10 bis unter 18 Jahre", "10-18", None, False))
    offer("kj-jugendtreff-burbach", "Jugendtreffs Burbach und Neunkirchen", "KinderJugend", "ev-jugend", BUR, 1.5,
          "fte", "objectiveLegalDuty", COST["fte_youth"],
          [("kreis", "Kreis-Zuwendungsvertrag Offene Jugendarbeit 2024–2026", "fixedAmount", 0.70, "K2426"),
           ("kommune", "Zuschuss Gemeinde Burbach Jugendarbeit", "fixedAmount", 0.10, "KOM25"),
           ("kommune", "Zuschuss Gemeinde Neunkirchen Jugendarbeit", "fixedAmount", 0.10, "KOM25"), own(0.10)],
          served=[BUR, NEU], target=("Kinder und Jugendliche 10 bis unter 18 Jahre", "10-18", None, False))
    offer("kj-ssa-siegen", "Schulsozialarbeit an Siegener Schulen", "KinderJugend", "caritas-siwi", SI, 6.0, "fte",
          "objectiveLegalDuty", COST["fte"],
          [("land", "Schulsozialarbeit NRW (Landesrichtlinie)", "shareFunding", 0.55, "L2426"),
           ("kommune", "Zuschuss Stadt Siegen Schulsozialarbeit", "fixedAmount", 0.35, "KOM25"), own(0.10)],
          target=("Schülerinnen und Schüler 6 bis unter 18 Jahre", "6-18", None, False))
    offer("kj-ssa-kreuztal-hilchenbach", "Schulsozialarbeit Kreuztal und Hilchenbach", "KinderJugend",
          "diakonie-swf", KRE, 3.0, "fte", "objectiveLegalDuty", COST["fte"],
          [("land", "Schulsozialarbeit NRW (Landesrichtlinie)", "shareFunding", 0.55, "L2426"),
           ("kreis", "Kreis-Zuwendungsvertrag Schulsozialarbeit 2025–2027", "fixedAmount", 0.35, "K2527"), own(0.10)],
          served=[KRE, HIL], target=("Schülerinnen und Schüler 6 bis unter 18 Jahre", "6-18", None, False))
    offer("kj-ssa-wittgenstein", "Schulsozialarbeit Wittgenstein", "KinderJugend", "drk-wittgenstein", BL, 2.5, "fte",
          "objectiveLegalDuty", COST["fte"],
          [("land", "Schulsozialarbeit NRW (Landesrichtlinie)", "shareFunding", 0.55, "L2426"),
           ("kreis", "Kreis-Zuwendungsvertrag Schulsozialarbeit 2025–2027", "fixedAmount", 0.37, "K2527"), own(0.08)],
          served=WITTGENSTEIN, target=("Schülerinnen und Schüler 6 bis unter 18 Jahre", "6-18", None, False))
    offer("kj-eb-siegen", "Erziehungs- und Familienberatungsstelle Siegen", "KinderJugend", "caritas-siwi", SI, 5.5,
          "fte", "individualLegalClaim", COST["fte"],
          [("kommune", "Jugendamt Stadt Siegen – Zuschuss Erziehungsberatung (§ 28 SGB VIII)", "deficitFunding", 0.62, "KOM25"),
           ("land", "Familienberatung", "fixedAmount", 0.24, "LJ25"), own(0.14)],
          served=[SI, NET, WIL], target=("Kinder, Jugendliche und Eltern", "0-27", None, False))
    offer("kj-eb-kreis", "Erziehungsberatungsstelle des Kreises (Kreuztal)", "KinderJugend", "kreis", KRE, 4.0,
          "fte", "individualLegalClaim", COST["fte"],
          [("kreis", "Kreishaushalt Jugendamt (Erziehungsberatung)", "fullFunding", 0.88, "KOM25"),
           ("land", "Familienberatung", "fixedAmount", 0.12, "LJ25")],
          served=[KRE, HIL, FRE, BUR, NEU], target=("Kinder, Jugendliche und Eltern", "0-27", None, False),
          recorded="voll")
    offer("kj-eb-wittgenstein", "Erziehungsberatung Wittgenstein (Bad Berleburg)", "KinderJugend", "diakonie-swf",
          BB, 3.0, "fte", "individualLegalClaim", COST["fte"],
          [("kreis", "Kreis-Zuwendungsvertrag Erziehungsberatung 2024–2026", "deficitFunding", 0.66, "K2426"),
           ("land", "Familienberatung", "fixedAmount", 0.22, "LJ25"), own(0.12)],
          served=WITTGENSTEIN, target=("Kinder, Jugendliche und Eltern", "0-27", None, False))
    offer("kj-spfh-siegerland", "Ambulante Hilfen zur Erziehung (SPFH) Siegerland", "KinderJugend", "awo-kv", KRE,
          160, "cases_per_year", "individualLegalClaim", COST["spfh_case"],
          [("kreis", "Leistungsentgelt HzE (§§ 27 ff., 78a SGB VIII), Kreisjugendamt", "serviceFee", 0.70, "FEE"),
           ("kommune", "Leistungsentgelt HzE (§§ 27 ff., 78a SGB VIII), Jugendamt Stadt Siegen", "serviceFee", 0.30, "FEE")],
          served=SIEGERLAND, target=("Familien mit erzieherischem Bedarf", "0-21", None, True))
    offer("kj-spfh-wittgenstein", "Ambulante Hilfen zur Erziehung Wittgenstein", "KinderJugend", "drk-wittgenstein",
          BB, 55, "cases_per_year", "individualLegalClaim", COST["spfh_case"],
          [("kreis", "Leistungsentgelt HzE (§§ 27 ff., 78a SGB VIII), Kreisjugendamt", "serviceFee", 1.0, "FEE")],
          served=WITTGENSTEIN, target=("Familien mit erzieherischem Bedarf", "0-21", None, True))
    offer("kj-wohngruppen", "Stationäre Jugendhilfe – Wohngruppen Siegen", "KinderJugend", "diakonie-swf", SI, 28,
          "places", "individualLegalClaim", COST["hze_place"],
          [("kommune", "Leistungsentgelt HzE (§§ 27 ff., 78a SGB VIII), Jugendamt Stadt Siegen", "serviceFee", 0.45, "FEE"),
           ("kreis", "Leistungsentgelt HzE (§§ 27 ff., 78a SGB VIII), Kreisjugendamt", "serviceFee", 0.55, "FEE")],
          served=ALL, target=("Kinder und Jugendliche in Heimerziehung (§ 34 SGB VIII)", "6-21", None, True))
    offer("kj-jugendschutz", "Fachstelle Kinder- und Jugendschutz", "KinderJugend", "kath-jugendwerk", SI, 1.5, "fte",
          "objectiveLegalDuty", COST["fte"],
          [("land", "Kinder- und Jugendschutz", "fixedAmount", 0.45, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Jugendschutz 2024–2026", "fixedAmount", 0.45, "K2426"), own(0.10)],
          served=ALL, target=("Kinder, Jugendliche, Fachkräfte", "0-18", None, False))

    # ---------------------------------------------------------------- Familie
    offer("fa-beratung-siegen", "Familienberatungsstelle Siegen", "Familie", "dw-kirchenkreis", SI, 3.5, "fte",
          "voluntary", COST["fte"],
          [("land", "Familienberatung", "fixedAmount", 0.42, "LJ25"),
           ("kommune", "Zuschuss Stadt Siegen Familienberatung", "fixedAmount", 0.36, "KOM25"),
           ("ownFunds", "Kirchensteuermittel", "ownResources", 0.22, "OWN")],
          served=[SI, NET, WIL], target=("Familien, Paare, Alleinerziehende", None, None, False))
    offer("fa-efl-caritas", "Ehe-, Familien- und Lebensberatung Siegen", "Familie", "caritas-siwi", SI, 3.0, "fte",
          "voluntary", COST["fte"],
          [("land", "Familienberatung", "fixedAmount", 0.40, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Familienberatung 2024–2026", "fixedAmount", 0.22, "K2426"),
           ("ownFunds", "Kirchensteuermittel (Bistum)", "ownResources", 0.38, "OWN")],
          served=SIEGERLAND, target=("Paare, Familien, Einzelne", "18+", None, False))
    offer("fa-beratung-wittgenstein", "Familienberatung Wittgenstein (Außenstelle Bad Berleburg)", "Familie",
          "diakonie-swf", BB, 1.5, "fte", "voluntary", COST["fte"],
          [("land", "Familienberatung", "fixedAmount", 0.45, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Familienberatung 2024–2026", "fixedAmount", 0.45, "K2426"), own(0.10)],
          served=WITTGENSTEIN, target=("Familien, Paare, Alleinerziehende", None, None, False))
    offer("fa-schwangerschaft", "Schwangerschafts- und Schwangerschaftskonfliktberatung", "Familie", "skf-siegen", SI,
          2.0, "fte", "objectiveLegalDuty", COST["fte"],
          [("land", "Schwangerschaftsberatung (SchKG)", "shareFunding", 0.80, "LJ25"), own(0.20)],
          served=ALL, target=("Schwangere und werdende Eltern", None, "schwangerschaft", True))
    offer("fa-fruehe-hilfen", "Frühe Hilfen und Familienhebammen", "Familie", "kreis", KRE, 2.0, "fte",
          "objectiveLegalDuty", COST["fte"],
          [("bund", "Bundesstiftung Frühe Hilfen", "fixedAmount", 0.35, "B25"),
           ("kreis", "Kreishaushalt Jugendamt (Frühe Hilfen)", "fullFunding", 0.65, "KOM25")],
          served=[m for m in ALL if m != SI], target=("Familien mit Kindern unter 3 Jahren", "0-3", None, True))
    offer("fa-familienzentrum-bl", "Familienzentrum Bad Laasphe", "Familie", "drk-wittgenstein", BL, 1.0, "fte",
          "voluntary", COST["fte"],
          [("land", "Familienzentren NRW (KiBiz-Zuschuss)", "fixedAmount", 0.45, "LJ25"),
           ("kommune", "Zuschuss Stadt Bad Laasphe Familienzentrum", "fixedAmount", 0.43, "KOM25"), own(0.12)],
          target=("Familien mit Kindern", "0-10", None, False))
    offer("fa-bildung-siegen", "Evangelische Familienbildungsstätte Siegen", "Familie", "dw-kirchenkreis", SI, 2.5,
          "fte", "objectiveLegalDuty", COST["fte"],
          [("land", "Weiterbildungsgesetz NRW – Familienbildung", "fixedAmount", 0.50, "LJ25"),
           ("ownFunds", "Teilnahmeentgelte und Kirchensteuermittel", "ownResources", 0.35, "OWN"),
           ("kommune", "Zuschuss Stadt Siegen Familienbildung", "fixedAmount", 0.15, "KOM25")],
          served=SIEGERLAND, target=("Eltern und Familien", None, None, False))
    offer("fa-alleinerziehende-kreuztal", "Treffpunkt Alleinerziehende Kreuztal", "Familie", "awo-kv", KRE, 0.5,
          "fte", "voluntary", COST["fte"],
          [("donations", "Spenden", "ownResources", 0.40, "OWN"), own(0.25),
           ("kommune", "Zuschuss Stadt Kreuztal", "fixedAmount", 0.35, "KOM25")],
          target=("Alleinerziehende", None, "alleinerziehend", True), recorded="traeger")

    # ---------------------------------------------------------------- AltenhilfePflege
    nursing_share = {SI: 0.105, BB: 0.100, WIL: 0.102, KRE: 0.098, NET: 0.140, FRE: 0.155, HIL: 0.160,
                     BUR: 0.130, NEU: 0.145, BL: 0.150, ERN: 0.138}
    for ags in ALL:
        places = int(round(POP[ags]["80+"] * nursing_share[ags]))
        offer(f"ap-stationaer-{slug(ags)}", f"Vollstationäre Pflege {NAME[ags]} (Einrichtungen zusammengefasst)",
              "AltenhilfePflege", "pflege-sammel", ags, places, "places", "individualLegalClaim", COST["pflege"],
              [("socialInsurance", "Pflegeversicherung (SGB XI) – Leistungsbeträge vollstationär", "serviceFee", 0.78, "FEE"),
               ("kreis", "Hilfe zur Pflege / Pflegewohngeld (SGB XII, APG NRW)", "serviceFee", 0.22, "FEE")],
              target=("Pflegebedürftige Menschen (Pflegegrad 2–5)", "65+", "pflegebeduerftig", True))
    offer("ap-seniorenberatung-siegen", "Seniorenservice und Seniorenberatung Siegen", "AltenhilfePflege",
          "stadt-siegen", SI, 2.0, "fte", "objectiveLegalDuty", COST["fte"],
          [("kommune", "Haushalt Stadt Siegen (Altenhilfe § 71 SGB XII)", "fullFunding", 1.0, "KOM25")],
          target=("Ältere Menschen und Angehörige", "65+", None, False), recorded="voll")
    offer("ap-beratung-wittgenstein", "Senioren- und Pflegeberatung Wittgenstein", "AltenhilfePflege",
          "drk-wittgenstein", BB, 1.5, "fte", "voluntary", COST["fte"],
          [("kreis", "Kreis-Zuwendungsvertrag Seniorenberatung 2024–2026", "fixedAmount", 0.55, "K2426"),
           ("land", "Alter und Pflege (Landesförderung)", "fixedAmount", 0.35, "LJ25"), own(0.10)],
          served=WITTGENSTEIN, target=("Ältere Menschen und Angehörige", "65+", None, False))
    offer("ap-quartier-kreuztal", "Quartiersarbeit Älterwerden in Kreuztal", "AltenhilfePflege", "awo-kv", KRE, 1.0,
          "fte", "timeLimitedProgramme", COST["fte"],
          [("land", "Alter und Pflege (Landesförderung)", "deficitFunding", 0.70, "P2025"),
           ("kommune", "Zuschuss Stadt Kreuztal", "fixedAmount", 0.20, "KOM25"), own(0.10)],
          target=("Ältere Menschen im Quartier", "65+", None, False))
    offer("ap-pflegeberatung-kreis", "Pflegeberatung und Pflegestützpunkt des Kreises", "AltenhilfePflege", "kreis",
          SI, 3.0, "fte", "objectiveLegalDuty", COST["fte"],
          [("kreis", "Kreishaushalt (Pflegeberatung nach APG NRW)", "fullFunding", 0.60, "KOM25"),
           ("socialInsurance", "Pflegekassen (Pflegestützpunkt § 7c SGB XI)", "shareFunding", 0.40, "FEE")],
          served=ALL, target=("Pflegebedürftige und Angehörige", None, "pflegebeduerftig", False))
    offer("ap-begegnung-netphen", "Seniorenbegegnungsstätte Netphen", "AltenhilfePflege", "dw-kirchenkreis", NET,
          0.5, "fte", "voluntary", COST["fte"],
          [("ownFunds", "Kirchensteuermittel", "ownResources", 0.45, "OWN"), ("donations", "Spenden", "ownResources", 0.15, "OWN"),
           ("kommune", "Zuschuss Stadt Netphen Seniorenarbeit", "fixedAmount", 0.40, "KOM25")],
          target=("Ältere Menschen", "65+", None, False))
    offer("ap-tagespflege-bl", "Tagespflege Bad Laasphe", "AltenhilfePflege", "pflege-wittgenstein", BL, 16, "places",
          "individualLegalClaim", COST["tagespflege"],
          [("socialInsurance", "Pflegeversicherung (SGB XI) – Tagespflege § 41", "serviceFee", 1.0, "FEE")],
          served=[BL, ERN], target=("Pflegebedürftige Menschen", "65+", "pflegebeduerftig", True))
    offer("ap-tagespflege-siegen", "Tagespflege Siegen-Weidenau", "AltenhilfePflege", "senioren-siegerland", SI, 22,
          "places", "individualLegalClaim", COST["tagespflege"],
          [("socialInsurance", "Pflegeversicherung (SGB XI) – Tagespflege § 41", "serviceFee", 1.0, "FEE")],
          target=("Pflegebedürftige Menschen", "65+", "pflegebeduerftig", True))
    offer("ap-wohnberatung", "Wohnberatung für ältere und behinderte Menschen", "AltenhilfePflege", "caritas-siwi",
          SI, 1.0, "fte", "voluntary", COST["fte"],
          [("land", "Alter und Pflege (Landesförderung)", "shareFunding", 0.45, "LJ25"),
           ("socialInsurance", "Pflegekassen (Wohnberatung, Kooperationsvertrag)", "shareFunding", 0.45, "FEE"), own(0.10)],
          served=ALL, target=("Ältere Menschen", "65+", None, False))
    offer("ap-seniorenarbeit-wilnsdorf", "Seniorenarbeit der Gemeinde Wilnsdorf", "AltenhilfePflege",
          "gemeinde-wilnsdorf", WIL, 0.5, "fte", "voluntary", COST["fte"],
          [("kommune", "Haushalt Gemeinde Wilnsdorf (Seniorenarbeit)", "fullFunding", 1.0, "KOM25")],
          target=("Ältere Menschen", "65+", None, False))

    # ---------------------------------------------------------------- Eingliederungshilfe
    lwl = "LWL-Eingliederungshilfe (SGB IX) – Leistungsentgelt"
    offer("egh-wohnen-lebenshilfe", "Besondere Wohnform Lebenshilfe Siegen", "Eingliederungshilfe", "lebenshilfe", SI,
          48, "places", "individualLegalClaim", COST["egh_wohnen"],
          [("kreis", lwl, "serviceFee", 1.0, "FEE")], served=SIEGERLAND,
          target=("Erwachsene mit geistiger Behinderung", "18+", "geistige_behinderung", True))
    offer("egh-wohnen-bb", "Besondere Wohnform Bad Berleburg", "Eingliederungshilfe", "diakonie-swf", BB, 24,
          "places", "individualLegalClaim", COST["egh_wohnen"],
          [("kreis", lwl, "serviceFee", 1.0, "FEE")], served=WITTGENSTEIN,
          target=("Erwachsene mit geistiger Behinderung", "18+", "geistige_behinderung", True))
    offer("egh-assistenz", "Assistenz im eigenen Wohnraum (ambulant)", "Eingliederungshilfe", "lebenshilfe", KRE, 9.0,
          "fte", "individualLegalClaim", COST["fte"],
          [("kreis", lwl, "serviceFee", 1.0, "FEE")], served=ALL,
          target=("Erwachsene mit Behinderung", "18+", "behinderung", True))
    offer("egh-wfbm", "Werkstatt für behinderte Menschen Siegerland", "Eingliederungshilfe", "diakonie-swf", NET, 380,
          "places", "individualLegalClaim", COST["wfbm"],
          [("kreis", lwl, "serviceFee", 0.85, "FEE"),
           ("socialInsurance", "Bundesagentur für Arbeit – Berufsbildungsbereich WfbM", "serviceFee", 0.15, "FEE")],
          served=ALL, target=("Erwachsene mit wesentlicher Behinderung", "18-67", "behinderung", True))
    offer("egh-kokobe", "KoKoBe Siegen-Wittgenstein (Kontakt-, Koordinierungs- und Beratungsstelle)",
          "Eingliederungshilfe", "lebenshilfe", SI, 2.5, "fte", "objectiveLegalDuty", COST["fte"],
          [("kreis", "LWL-Förderung KoKoBe", "fixedAmount", 0.90, "K2426"), own(0.10)], served=ALL,
          target=("Erwachsene mit geistiger Behinderung", "18+", "geistige_behinderung", False))
    offer("egh-fruehfoerderung", "Interdisziplinäre Frühförderstelle", "Eingliederungshilfe", "lebenshilfe", KRE, 240,
          "cases_per_year", "individualLegalClaim", COST["ff_case"],
          [("kreis", "Leistungsentgelt Frühförderung (SGB IX), Kreis als Träger der EGH", "serviceFee", 0.60, "FEE"),
           ("socialInsurance", "Krankenkassen – Komplexleistung Frühförderung", "serviceFee", 0.40, "FEE")],
          served=ALL, target=("Kinder mit (drohender) Behinderung", "0-6", "behinderung", True))
    offer("egh-offene-hilfen", "Offene Hilfen und Familienunterstützender Dienst", "Eingliederungshilfe",
          "lebenshilfe", SI, 2.0, "fte", "voluntary", COST["fte"],
          [("land", "Hilfen für Menschen mit Behinderung (Landesförderung)", "fixedAmount", 0.35, "LJ25"),
           ("foundationLottery", "Aktion Mensch", "deficitFunding", 0.40, "P2026"),
           ("bund", "Bundesfreiwilligendienst", "fixedAmount", 0.05, "B25"), own(0.20)],
          served=SIEGERLAND, target=("Familien mit behinderten Angehörigen", None, "behinderung", True))
    offer("egh-eutb", "Ergänzende unabhängige Teilhabeberatung (EUTB) Siegen-Wittgenstein", "Eingliederungshilfe",
          "lebenshilfe", SI, 1.5, "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Ergänzende unabhängige Teilhabeberatung (EUTB, § 32 SGB IX)", "fullFunding", 1.0, "ESF")],
          served=ALL, target=("Menschen mit Behinderung und Angehörige", None, "behinderung", False))
    offer("egh-inklusion-wittgenstein", "Inklusionsberatung Wittgenstein", "Eingliederungshilfe", "drk-wittgenstein",
          BL, 0.75, "fte", "voluntary", COST["fte"],
          [("land", "Hilfen für Menschen mit Behinderung (Landesförderung)", "fixedAmount", 0.55, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Teilhabeberatung 2024–2026", "fixedAmount", 0.35, "K2426"), own(0.10)],
          served=WITTGENSTEIN, target=("Menschen mit Behinderung", None, "behinderung", False))

    # ---------------------------------------------------------------- Sozialpsychiatrie
    offer("sp-spdi", "Sozialpsychiatrischer Dienst (Gesundheitsamt)", "Sozialpsychiatrie", "kreis", SI, 5.0, "fte",
          "objectiveLegalDuty", COST["fte"],
          [("kreis", "Kreishaushalt Gesundheitsamt (ÖGDG NRW, PsychKG)", "fullFunding", 1.0, "KOM25")],
          served=ALL, target=("Menschen mit psychischer Erkrankung in Krisen", "18+", "psychische_erkrankung", True),
          recorded="voll")
    offer("sp-kontakt-siegen", "Kontakt- und Beratungsstelle für psychisch kranke Menschen Siegen",
          "Sozialpsychiatrie", "sozialpsychiatrie-verein", SI, 2.5, "fte", "voluntary", COST["fte"],
          [("kreis", "Kreis-Zuwendungsvertrag Sozialpsychiatrie 2024–2026", "fixedAmount", 0.60, "K2426"),
           ("kreis", "LWL-Förderung Kontakt- und Beratungsstellen", "fixedAmount", 0.30, "LJ25"), own(0.10)],
          served=SIEGERLAND, target=("Menschen mit psychischer Erkrankung", "18+", "psychische_erkrankung", True))
    offer("sp-kontakt-wittgenstein", "Kontakt- und Beratungsstelle Wittgenstein", "Sozialpsychiatrie",
          "diakonie-swf", BB, 1.5, "fte", "voluntary", COST["fte"],
          [("kreis", "Kreis-Zuwendungsvertrag Sozialpsychiatrie 2024–2026", "fixedAmount", 0.60, "K2426"),
           ("kreis", "LWL-Förderung Kontakt- und Beratungsstellen", "fixedAmount", 0.30, "LJ25"), own(0.10)],
          served=WITTGENSTEIN, target=("Menschen mit psychischer Erkrankung", "18+", "psychische_erkrankung", True))
    offer("sp-bewo", "Ambulant Betreutes Wohnen für psychisch kranke Menschen", "Sozialpsychiatrie",
          "sozialpsychiatrie-verein", SI, 8.0, "fte", "individualLegalClaim", COST["fte"],
          [("kreis", lwl, "serviceFee", 1.0, "FEE")], served=ALL,
          target=("Menschen mit seelischer Behinderung", "18+", "psychische_erkrankung", True))
    offer("sp-tagesstaette", "Tagesstätte für psychisch kranke Menschen Kreuztal", "Sozialpsychiatrie",
          "diakonie-swf", KRE, 20, "places", "individualLegalClaim", COST["tagesstaette"],
          [("kreis", lwl, "serviceFee", 1.0, "FEE")], served=SIEGERLAND,
          target=("Menschen mit seelischer Behinderung", "18+", "psychische_erkrankung", True))
    offer("sp-selbsthilfe", "Selbsthilfe-Kontaktstelle Siegen-Wittgenstein", "Sozialpsychiatrie",
          "sozialpsychiatrie-verein", SI, 1.0, "fte", "voluntary", COST["fte"],
          [("socialInsurance", "Selbsthilfeförderung der Krankenkassen (§ 20h SGB V)", "fixedAmount", 0.50, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Selbsthilfe 2024–2026", "fixedAmount", 0.40, "K2426"), own(0.10)],
          served=ALL, target=("Selbsthilfegruppen und Betroffene", None, None, False))

    # ---------------------------------------------------------------- Sucht
    sucht_kreis = "Kreis-Zuwendungsvertrag Suchtberatung 2024–2026"
    offer("su-beratung-diakonie", "Suchtberatung Siegen (Diakonie)", "Sucht", "diakonie-swf", SI, 4.5, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sucht_kreis, "fixedAmount", 0.66, "K2426"),
           ("land", "Landespauschale Suchthilfe", "fixedAmount", 0.22, "LJ25"), own(0.12)],
          served=[SI, NET, WIL, FRE], target=("Menschen mit Suchtproblemen und Angehörige", "14+", "sucht", True),
          recorded="teil")
    offer("su-beratung-caritas", "Suchtberatung Caritas Kreuztal", "Sucht", "caritas-siwi", KRE, 3.0, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sucht_kreis, "fixedAmount", 0.66, "K2426"),
           ("land", "Landespauschale Suchthilfe", "fixedAmount", 0.22, "LJ25"), own(0.12)],
          served=[KRE, HIL, BUR, NEU], target=("Menschen mit Suchtproblemen und Angehörige", "14+", "sucht", True))
    offer("su-beratung-wittgenstein", "Suchtberatung Wittgenstein", "Sucht", "dw-kirchenkreis", BB, 2.0, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sucht_kreis, "fixedAmount", 0.68, "K2426"),
           ("land", "Landespauschale Suchthilfe", "fixedAmount", 0.22, "LJ25"), own(0.10)],
          served=WITTGENSTEIN, target=("Menschen mit Suchtproblemen und Angehörige", "14+", "sucht", True))
    offer("su-psb", "Psychosoziale Begleitung Substituierter (PSB)", "Sucht", "diakonie-swf", SI, 1.5, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", "Leistungsentgelt PSB (Kreis)", "serviceFee", 0.90, "FEE"), own(0.10)], served=ALL,
          target=("Substituierte Opioidabhängige", "18+", "sucht", True))
    offer("su-praevention", "Fachstelle für Suchtprävention", "Sucht", "caritas-siwi", SI, 1.5, "fte", "voluntary",
          COST["fte"],
          [("land", "Landespauschale Suchthilfe", "fixedAmount", 0.40, "LJ25"),
           ("kreis", sucht_kreis, "fixedAmount", 0.50, "K2426"), own(0.10)], served=ALL,
          target=("Jugendliche, Schulen, Multiplikatoren", "10-27", None, False))
    offer("su-selbsthilfe", "Suchtselbsthilfe und Begegnungsgruppen", "Sucht", "blaues-kreuz", SI, 0.5, "fte",
          "voluntary", COST["fte"],
          [("donations", "Spenden", "ownResources", 0.45, "OWN"), own(0.30),
           ("socialInsurance", "Selbsthilfeförderung der Krankenkassen (§ 20h SGB V)", "fixedAmount", 0.25, "LJ25")],
          served=SIEGERLAND, target=("Menschen mit Suchterkrankung und Angehörige", "18+", "sucht", False))
    offer("su-reha", "Ambulante Rehabilitation Sucht", "Sucht", "diakonie-swf", SI, 70, "cases_per_year",
          "individualLegalClaim", COST["reha_case"],
          [("socialInsurance", "Deutsche Rentenversicherung – ambulante Suchtrehabilitation", "serviceFee", 1.0, "FEE")],
          served=ALL, target=("Abhängigkeitskranke Erwerbstätige", "18-67", "sucht", True))

    # ---------------------------------------------------------------- Schulden (county ≈ 7.5 FTE, below 2 per 50,000)
    sb_kreis = "Kreis-Zuwendungsvertrag Schuldnerberatung 2024–2026"
    offer("sb-diakonie-siegen", "Schuldner- und Insolvenzberatung Siegen (Diakonie)", "Schulden", "diakonie-swf", SI,
          2.5, "fte", "dutyForTargetGroup", COST["fte"],
          [("kreis", sb_kreis, "fixedAmount", 0.48, "K2426"),
           ("land", "Verbraucherinsolvenzberatung (Landesrichtlinie 2021)", "fixedAmount", 0.30, "LJ25"),
           ("land", "Fachberatung Schuldnerberatung", "fixedAmount", 0.12, "LJ25"), own(0.10)],
          served=[SI, NET, WIL], target=("Überschuldete Haushalte", "18+", "ueberschuldung", True))
    offer("sb-caritas-siegen", "Schuldnerberatung Caritas Siegen", "Schulden", "caritas-siwi", SI, 1.5, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sb_kreis, "fixedAmount", 0.55, "K2426"),
           ("land", "Verbraucherinsolvenzberatung (Landesrichtlinie 2021)", "fixedAmount", 0.25, "LJ25"),
           ("land", "Fachberatung Schuldnerberatung", "fixedAmount", 0.10, "LJ25"), own(0.10)],
          served=[SI, FRE], target=("Überschuldete Haushalte", "18+", "ueberschuldung", True),
          recorded="voll")  # deliberately disagrees with the derived category (teil: 10 % own share)
    offer("sb-awo-kreuztal", "Schuldnerberatung AWO Kreuztal", "Schulden", "awo-kv", KRE, 1.5, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sb_kreis, "fixedAmount", 0.62, "K2426"),
           ("land", "Fachberatung Schuldnerberatung", "fixedAmount", 0.28, "LJ25"), own(0.10)],
          served=[KRE, HIL, BUR, NEU], target=("Überschuldete Haushalte", "18+", "ueberschuldung", True))
    offer("sb-drk-wittgenstein", "Schuldnerberatung Wittgenstein", "Schulden", "drk-wittgenstein", BB, 1.0, "fte",
          "dutyForTargetGroup", COST["fte"],
          [("kreis", sb_kreis, "fixedAmount", 0.62, "K2426"),
           ("land", "Fachberatung Schuldnerberatung", "fixedAmount", 0.28, "LJ25"), own(0.10)],
          served=WITTGENSTEIN, target=("Überschuldete Haushalte", "18+", "ueberschuldung", True))
    offer("sb-verbraucherzentrale", "Insolvenzberatung der Verbraucherzentrale Siegen", "Schulden", "vz-nrw", SI,
          1.0, "fte", "voluntary", COST["fte"],
          [("land", "Verbraucherinsolvenzberatung (Landesrichtlinie 2021)", "fullFunding", 1.0, "LJ25")],
          served=ALL, target=("Verbraucherinnen und Verbraucher in der Insolvenz", "18+", "ueberschuldung", False))

    # ---------------------------------------------------------------- MigrationIntegration
    offer("mi-mbe-caritas", "Migrationsberatung für erwachsene Zugewanderte (Caritas)", "MigrationIntegration",
          "caritas-siwi", SI, 2.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Migrationsberatung für erwachsene Zugewanderte (MBE)", "shareFunding", 0.88, "B25"), own(0.12)],
          served=SIEGERLAND, target=("Zugewanderte ab 27 Jahren", "27+", "zugewandert", True))
    offer("mi-mbe-diakonie", "Migrationsberatung für erwachsene Zugewanderte (Diakonie)", "MigrationIntegration",
          "diakonie-swf", BB, 1.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Migrationsberatung für erwachsene Zugewanderte (MBE)", "shareFunding", 0.90, "B25"), own(0.10)],
          served=WITTGENSTEIN, target=("Zugewanderte ab 27 Jahren", "27+", "zugewandert", True))
    offer("mi-jmd", "Jugendmigrationsdienst Siegen", "MigrationIntegration", "ib-west", SI, 2.0, "fte",
          "timeLimitedProgramme", COST["fte"],
          [("bund", "Jugendmigrationsdienste", "fixedAmount", 0.90, "B25"), own(0.10)], served=ALL,
          target=("Junge Zugewanderte 12 bis unter 27 Jahre", "10-27", "zugewandert", True))
    offer("mi-fluechtlingsberatung-siegen", "Flüchtlingsberatung Siegen", "MigrationIntegration", "diakonie-swf", SI,
          2.5, "fte", "voluntary", COST["fte"],
          [("land", "Soziale Beratung von Geflüchteten", "fixedAmount", 0.62, "LJ25"),
           ("kommune", "Zuschuss Stadt Siegen Flüchtlingshilfe", "fixedAmount", 0.28, "KOM25"), own(0.10)],
          target=("Geflüchtete und Asylsuchende", None, "gefluechtet", True))
    offer("mi-fluechtlingsberatung-kreuztal", "Flüchtlingsberatung Kreuztal/Hilchenbach", "MigrationIntegration",
          "drk-kv-siegen", KRE, 1.5, "fte", "voluntary", COST["fte"],
          [("land", "Soziale Beratung von Geflüchteten", "fixedAmount", 0.70, "LJ25"),
           ("kommune", "Zuschuss Stadt Kreuztal Flüchtlingshilfe", "fixedAmount", 0.20, "KOM25"), own(0.10)],
          served=[KRE, HIL], target=("Geflüchtete und Asylsuchende", None, "gefluechtet", True))
    offer("mi-fluechtlingsberatung-wittgenstein", "Flüchtlingsberatung Wittgenstein", "MigrationIntegration",
          "drk-wittgenstein", BL, 1.0, "fte", "voluntary", COST["fte"],
          [("land", "Soziale Beratung von Geflüchteten", "fixedAmount", 0.80, "LJ25"), own(0.10),
           ("donations", "Spenden", "ownResources", 0.10, "OWN")],
          served=WITTGENSTEIN, target=("Geflüchtete und Asylsuchende", None, "gefluechtet", True))
    offer("mi-asylverfahrensberatung", "Asylverfahrensberatung Siegen-Wittgenstein", "MigrationIntegration",
          "caritas-siwi", SI, 1.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Asylverfahrensberatung", "fullFunding", 1.0, "B25")], served=ALL,
          target=("Asylsuchende im Verfahren", None, "gefluechtet", True))
    offer("mi-psz", "Psychosoziales Zentrum für Geflüchtete Siegen", "MigrationIntegration", "psz-verein", SI, 2.0,
          "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Psychosoziale Zentren für Geflüchtete", "deficitFunding", 0.45, "B25"),
           ("land", "Psychosoziale Versorgung Geflüchteter (Landesförderung)", "fixedAmount", 0.35, "LJ25"),
           ("foundationLottery", "Stiftung Wohlfahrtspflege NRW", "deficitFunding", 0.12, "P2026"),
           ("donations", "Spenden", "ownResources", 0.08, "OWN")],
          served=ALL, target=("Traumatisierte Geflüchtete", None, "gefluechtet", True))
    offer("mi-integrationsagentur", "Integrationsagentur der AWO", "MigrationIntegration", "awo-kv", SI, 1.5, "fte",
          "voluntary", COST["fte"],
          [("land", "Integrationsagenturen NRW", "fixedAmount", 0.80, "LJ25"), own(0.20)], served=SIEGERLAND,
          target=("Menschen mit Einwanderungsgeschichte", None, "zugewandert", False))
    offer("mi-ki", "Kommunales Integrationszentrum Kreis Siegen-Wittgenstein", "MigrationIntegration", "kreis", SI,
          4.0, "fte", "objectiveLegalDuty", COST["fte"],
          [("land", "Kommunale Integrationszentren (Teilhabe- und Integrationsgesetz NRW)", "fixedAmount", 0.55, "LJ25"),
           ("kreis", "Kreishaushalt (Kommunales Integrationszentrum)", "fullFunding", 0.45, "KOM25")],
          served=ALL, target=("Zugewanderte, Schulen, Kommunen", None, "zugewandert", False))
    offer("mi-sprachcafe-kreuztal", "Sprachcafé Kreuztal (Förderung ausgelaufen 31.12.2024)", "MigrationIntegration",
          "dw-kirchenkreis", KRE, 0.5, "fte", "timeLimitedProgramme", COST["fte"],
          [("foundationLottery", "Stiftung Wohlfahrtspflege NRW", "deficitFunding", 0.85, "OLD"),
           ("ownFunds", "Eigenmittel des Trägers", "ownResources", 0.15, "OLD")],
          target=("Zugewanderte Erwachsene", "18+", "zugewandert", False))

    # ---------------------------------------------------------------- ArmutSozialeTeilhabe
    offer("as-tafel-siegen", "Siegener Tafel", "ArmutSozialeTeilhabe", "tafel-siegen", SI, 0.5, "fte", "voluntary",
          COST["fte"],
          [("donations", "Spenden", "ownResources", 0.70, "OWN"), own(0.15),
           ("kommune", "Zuschuss Stadt Siegen (Miete)", "fixedAmount", 0.10, "KOM25"),
           ("bund", "Bundesfreiwilligendienst", "fixedAmount", 0.05, "B25")],
          served=[SI, NET, WIL, FRE], target=("Menschen mit geringem Einkommen", None, "armut", True),
          recorded="traeger")
    offer("as-tafel-wittgenstein", "Wittgensteiner Tafel", "ArmutSozialeTeilhabe", "dw-kirchenkreis", BB, 0.5, "fte",
          "voluntary", COST["fte"],
          [("donations", "Spenden", "ownResources", 0.75, "OWN"), own(0.25)],
          served=WITTGENSTEIN, target=("Menschen mit geringem Einkommen", None, "armut", True))
    offer("as-sozialberatung-kirche", "Allgemeine Sozialberatung der Kirchengemeinden", "ArmutSozialeTeilhabe",
          "dw-kirchenkreis", SI, 1.0, "fte", "voluntary", COST["fte"],
          [("ownFunds", "Kirchensteuermittel", "ownResources", 0.80, "OWN"),
           ("kommune", "Zuschuss Stadt Siegen Sozialberatung", "fixedAmount", 0.20, "KOM25")],
          served=SIEGERLAND, target=("Menschen in sozialen Notlagen", "18+", "armut", True))
    offer("as-patchwork", "Café Patchwork – Tagesaufenthalt für Wohnungslose", "ArmutSozialeTeilhabe", "diakonie-swf",
          SI, 2.0, "fte", "voluntary", COST["fte"],
          [("kommune", "Zuschussrichtlinie Stadt Siegen (niedrigschwellige Hilfen)", "fixedAmount", 0.55, "KOM25"),
           ("land", "Gefährdetenhilfe", "fixedAmount", 0.30, "LJ25"), own(0.10),
           ("donations", "Spenden", "ownResources", 0.05, "OWN")],
          target=("Wohnungslose und von Wohnungslosigkeit bedrohte Menschen", "18+", "wohnungslos", True))
    offer("as-wohnungsnotfall", "Fachberatungsstelle Wohnungsnotfallhilfe (§ 67 SGB XII)", "ArmutSozialeTeilhabe",
          "diakonie-swf", SI, 3.0, "fte", "individualLegalClaim", COST["fte"],
          [("kreis", "LWL-Leistungsentgelt Hilfe in besonderen sozialen Schwierigkeiten (§§ 67 ff. SGB XII)", "serviceFee", 0.80, "FEE"),
           ("land", "Gefährdetenhilfe", "fixedAmount", 0.12, "LJ25"), own(0.08)],
          served=ALL, target=("Menschen in besonderen sozialen Schwierigkeiten", "18+", "wohnungslos", True))
    offer("as-ziq-fischbacherberg", "Quartiersprojekt Fischbacherberg (Zusammen im Quartier)",
          "ArmutSozialeTeilhabe", "kath-jugendwerk", SI, 2.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("euEsf", "ESF+ Zusammen im Quartier", "deficitFunding", 0.60, "ESF"),
           ("land", "Armutsbekämpfung (Landesprogramme)", "deficitFunding", 0.30, "ESF"), own(0.10)],
          target=("Kinder, Jugendliche und Familien im Quartier", None, "armut", True))
    offer("as-sozialberatung-geisweid", "Sozialberatung Geisweid", "ArmutSozialeTeilhabe", "caritas-siwi", SI, 1.0,
          "fte", "voluntary", COST["fte"],
          [("land", "Armutsbekämpfung (Landesprogramme)", "fixedAmount", 0.50, "L2426"),
           ("kommune", "Zuschuss Stadt Siegen Sozialberatung", "fixedAmount", 0.38, "KOM25"), own(0.12)],
          target=("Menschen in sozialen Notlagen", "18+", "armut", True))
    offer("as-gefaehrdetenhilfe", "Straffälligen- und Gefährdetenhilfe", "ArmutSozialeTeilhabe", "skf-siegen", SI,
          1.0, "fte", "voluntary", COST["fte"],
          [("land", "Gefährdetenhilfe", "fixedAmount", 0.70, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Gefährdetenhilfe 2025–2027", "fixedAmount", 0.20, "K2527"), own(0.10)],
          served=ALL, target=("Haftentlassene und gefährdete Menschen", "18+", "straffaellig", True))
    offer("as-teilhabe-wittgenstein", "Demokratie- und Teilhabeprojekt Wittgenstein", "ArmutSozialeTeilhabe",
          "drk-wittgenstein", BB, 0.75, "fte", "timeLimitedProgramme", COST["fte"],
          [("bund", "Zusammenhalt durch Teilhabe", "fullFunding", 1.0, "P2025")],
          served=WITTGENSTEIN, target=("Ehrenamtliche und Vereine im ländlichen Raum", None, None, False))
    offer("as-sozialkaufhaus-kreuztal", "Sozialkaufhaus Kreuztal", "ArmutSozialeTeilhabe", "diakonie-swf", KRE, 1.0,
          "fte", "voluntary", COST["fte"],
          [("ownFunds", "Verkaufserlöse und Eigenmittel", "ownResources", 0.60, "OWN"),
           ("kommune", "Zuschuss Stadt Kreuztal", "fixedAmount", 0.15, "KOM25"),
           ("land", "Armutsbekämpfung (Landesprogramme)", "fixedAmount", 0.25, "LJ25")],
          served=[KRE, HIL], target=("Menschen mit geringem Einkommen", None, "armut", False))

    # ---------------------------------------------------------------- Gewaltschutz (18 family places < 1 per 10,000)
    gs = "Gewaltschutz / Frauenhäuser"
    offer("gs-frauenhaus-siegen", "Frauenhaus Siegen", "Gewaltschutz", "frauen-helfen-frauen", SI, 12, "places",
          "voluntary", COST["frauenhaus"],
          [("land", gs, "fixedAmount", 0.68, "LJ25"),
           ("kommune", "Zuschuss Stadt Siegen Frauenhaus", "fixedAmount", 0.12, "KOM25"),
           ("kreis", "Kreis-Zuwendungsvertrag Frauenhaus 2024–2026", "fixedAmount", 0.10, "K2426"),
           ("donations", "Spenden", "ownResources", 0.05, "OWN"), own(0.05)],
          served=SIEGERLAND, target=("Von Gewalt betroffene Frauen und ihre Kinder", None, "gewalt", True),
          recorded="teil")
    offer("gs-frauenhaus-wittgenstein", "Frauenhaus Wittgenstein", "Gewaltschutz", "skf-siegen", BB, 6, "places",
          "voluntary", COST["frauenhaus"],
          [("land", gs, "fixedAmount", 0.72, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Frauenhaus 2024–2026", "fixedAmount", 0.18, "K2426"), own(0.10)],
          served=WITTGENSTEIN, target=("Von Gewalt betroffene Frauen und ihre Kinder", None, "gewalt", True))
    offer("gs-frauenberatung-siegen", "Frauenberatungsstelle Siegen", "Gewaltschutz", "frauen-helfen-frauen", SI,
          2.5, "fte", "voluntary", COST["fte"],
          [("land", gs, "fixedAmount", 0.65, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Frauenberatung 2024–2026", "fixedAmount", 0.25, "K2426"), own(0.10)],
          served=SIEGERLAND, target=("Frauen in Krisen und nach Gewalt", "18+", "gewalt", True))
    offer("gs-interventionsstelle", "Interventionsstelle häusliche Gewalt Wittgenstein", "Gewaltschutz",
          "drk-wittgenstein", BL, 1.0, "fte", "voluntary", COST["fte"],
          [("land", gs, "fixedAmount", 0.60, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag Frauenberatung 2024–2026", "fixedAmount", 0.30, "K2426"), own(0.10)],
          served=WITTGENSTEIN, target=("Von häuslicher Gewalt Betroffene", None, "gewalt", True))
    offer("gs-fachberatung-sexualisierte-gewalt", "Fachberatung gegen sexualisierte Gewalt", "Gewaltschutz",
          "frauen-helfen-frauen", SI, 1.5, "fte", "voluntary", COST["fte"],
          [("land", gs, "fixedAmount", 0.45, "LJ25"),
           ("kommune", "Zuschuss Stadt Siegen Frauenberatung", "fixedAmount", 0.25, "KOM25"),
           ("foundationLottery", "Stiftung Wohlfahrtspflege NRW", "deficitFunding", 0.20, "P2026"), own(0.10)],
          served=ALL, target=("Mädchen und Frauen nach sexualisierter Gewalt", None, "gewalt", True))

    # ---------------------------------------------------------------- ArbeitBeschaeftigung
    offer("ab-alz-siegen", "Arbeitslosenzentrum und Erwerbslosenberatung Siegen", "ArbeitBeschaeftigung",
          "alz-siegen", SI, 2.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("euEsf", "ESF+ Erwerbslosenberatungsstellen und Arbeitslosenzentren NRW", "shareFunding", 0.70, "ESF"),
           ("kommune", "Zuschuss Stadt Siegen", "fixedAmount", 0.15, "KOM25"), own(0.15)],
          served=SIEGERLAND, target=("Erwerbslose und von Arbeitslosigkeit Bedrohte", "15-67", "arbeitslos", True))
    offer("ab-erwerbslosenberatung-wittgenstein", "Erwerbslosenberatung Wittgenstein", "ArbeitBeschaeftigung",
          "diakonie-swf", BB, 1.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("euEsf", "ESF+ Erwerbslosenberatungsstellen und Arbeitslosenzentren NRW", "shareFunding", 0.80, "ESF27"),
           own(0.20)],
          served=WITTGENSTEIN, target=("Erwerbslose", "15-67", "arbeitslos", True))
    offer("ab-beruf-einstieg", "Berufseinstiegsbegleitung Siegen-Wittgenstein", "ArbeitBeschaeftigung", "ib-west",
          SI, 3.0, "fte", "timeLimitedProgramme", COST["fte"],
          [("land", "Berufseinstiegsbegleitung", "shareFunding", 0.50, "P2026"),
           ("socialInsurance", "Bundesagentur für Arbeit – Berufseinstiegsbegleitung (§ 49 SGB III)", "shareFunding", 0.50, "P2026")],
          served=ALL, target=("Schülerinnen und Schüler mit erschwertem Übergang", "14-20", None, True))
    offer("ab-teilhabe-16i", "Soziale Teilhabe am Arbeitsmarkt (§ 16i SGB II) – Beschäftigungsprojekt",
          "ArbeitBeschaeftigung", "diakonie-swf", SI, 25, "places", "timeLimitedProgramme", COST["job_place"],
          [("bund", "Jobcenter Siegen-Wittgenstein – Teilhabe am Arbeitsmarkt (§ 16i SGB II)", "shareFunding", 0.90, "P2026"),
           own(0.10)], served=SIEGERLAND, target=("Langzeitarbeitslose", "25-67", "langzeitarbeitslos", True))
    offer("ab-produktionsschule", "Produktionsschule Kreuztal", "ArbeitBeschaeftigung", "awo-kv", KRE, 30, "places",
          "timeLimitedProgramme", COST["youth_place"],
          [("euEsf", "ESF+ Werkstattjahr / Produktionsschule NRW", "deficitFunding", 0.50, "ESF27"),
           ("land", "Ausbildungsprogramm NRW (Landesmittel)", "fixedAmount", 0.25, "L2426"),
           ("kreis", "Kreis-Zuwendungsvertrag Jugendberufshilfe 2025–2027", "fixedAmount", 0.15, "K2527"), own(0.10)],
          served=SIEGERLAND, target=("Junge Menschen ohne Ausbildungsplatz", "15-25", None, True))
    offer("ab-beschaeftigung-wittgenstein", "Beschäftigungsprojekt Wittgenstein (Möbelbörse)", "ArbeitBeschaeftigung",
          "drk-wittgenstein", BL, 12, "places", "voluntary", COST["job_place"],
          [("bund", "Jobcenter Siegen-Wittgenstein – Arbeitsgelegenheiten (§ 16d SGB II)", "shareFunding", 0.55, "KOM25"),
           ("ownFunds", "Verkaufserlöse und Eigenmittel", "ownResources", 0.45, "OWN")],
          served=WITTGENSTEIN, target=("Langzeitarbeitslose", "25-67", "langzeitarbeitslos", True))

    # ---------------------------------------------------------------- GesundheitPraevention
    offer("gp-aidshilfe", "AIDS-Hilfe Siegen – Beratung und Prävention", "GesundheitPraevention", "aidshilfe", SI,
          2.0, "fte", "voluntary", COST["fte"],
          [("land", "AIDS-Hilfe", "fixedAmount", 0.55, "LJ25"),
           ("kreis", "Kreis-Zuwendungsvertrag HIV/STI-Prävention 2024–2026", "fixedAmount", 0.30, "K2426"), own(0.10),
           ("donations", "Spenden", "ownResources", 0.05, "OWN")],
          served=ALL, target=("Menschen mit HIV, Risikogruppen", None, "hiv", True))
    offer("gp-praeventionskette", "Kommunale Präventionskette und Gesundheitsförderung", "GesundheitPraevention",
          "kreis", SI, 1.5, "fte", "voluntary", COST["fte"],
          [("socialInsurance", "GKV-Bündnis für Gesundheit (Präventionsgesetz)", "shareFunding", 0.40, "P2026"),
           ("kreis", "Kreishaushalt Gesundheitsamt", "fullFunding", 0.60, "KOM25")],
          served=ALL, target=("Familien und Kinder in belasteten Lagen", "0-18", None, False))
    offer("gp-gesundheit-wittgenstein", "Mobile Gesundheitsberatung Wittgenstein", "GesundheitPraevention",
          "drk-wittgenstein", BB, 0.75, "fte", "timeLimitedProgramme", COST["fte"],
          [("foundationLottery", "Stiftung Wohlfahrtspflege NRW", "deficitFunding", 0.80, "ESF27"), own(0.20)],
          served=WITTGENSTEIN, target=("Ältere und immobile Menschen im ländlichen Raum", "65+", None, True))
    offer("gp-sexualpaedagogik", "Sexualpädagogik und STI-Prävention an Schulen", "GesundheitPraevention",
          "aidshilfe", SI, 0.5, "fte", "voluntary", COST["fte"],
          [("land", "AIDS-Hilfe", "fixedAmount", 0.60, "LJ25"),
           ("kommune", "Zuschuss Stadt Siegen Prävention", "fixedAmount", 0.30, "KOM25"), own(0.10)],
          served=SIEGERLAND, target=("Jugendliche", "12-21", None, False))
    offer("gp-gesundheitsladen-kreuztal", "Gesundheitstreff Kreuztal-Buschhütten", "GesundheitPraevention",
          "stadt-kreuztal", KRE, 0.5, "fte", "voluntary", COST["fte"],
          [("kommune", "Haushalt Stadt Kreuztal (Quartiersarbeit)", "fullFunding", 1.0, "KOM25")],
          target=("Bewohnerinnen und Bewohner des Quartiers", None, None, False))


# --------------------------------------------------------------------------------------------------------------------
# Conference and provider statements (illustrative)
# --------------------------------------------------------------------------------------------------------------------

def conference_docs():
    ill = prov("illustrative", "illustrativ: Beispielaussagen, keine Sozialraumkonferenz des Kreises belegt")
    rows = [
        ("wittgenstein", "Schulden", "severelyUnderSupplied",
         "Wartezeit auf einen Erstberatungstermin in Bad Berleburg rund zehn Wochen; eine Fachkraft für drei Kommunen reicht nicht.",
         "2024-10-08", "Sozialraumkonferenz Wittgenstein"),
        ("wittgenstein", "AltenhilfePflege", "severelyUnderSupplied",
         "Pflegeheimplätze in Bad Berleburg fehlen; Angehörige weichen nach Hessen aus.",
         "2024-10-08", "Sozialraumkonferenz Wittgenstein"),
        ("wittgenstein", "Gewaltschutz", "underSupplied",
         "Frauenhaus Wittgenstein regelmäßig voll belegt; Aufnahmeanfragen müssen nach Siegen verwiesen werden.",
         "2024-10-08", "Sozialraumkonferenz Wittgenstein"),
        ("siegerland", "Schulden", "underSupplied",
         "Schuldnerberatung im Siegerland ausgelastet, Insolvenzberatung mit Wartelisten.",
         "2024-10-22", "Sozialraumkonferenz Siegerland"),
        (SI, "AltenhilfePflege", "underSupplied",
         "Kurzzeit- und Heimplätze in Siegen knapp, Entlassungen aus dem Krankenhaus verzögern sich.",
         "2024-10-22", "Sozialraumkonferenz Siegerland"),
        (FRE, "AltenhilfePflege", "underSupplied",
         "Teilnehmende sehen auch in Freudenberg einen Mangel an Heimplätzen (die Platzzahlen je 80-Jährige liegen über dem Kreisschnitt).",
         "2024-10-22", "Sozialraumkonferenz Siegerland"),
        (KRE, "KinderJugend", "adequate",
         "U3-Angebot in Kreuztal nach dem Kita-Ausbau bedarfsgerecht; Wartelisten nur in einzelnen Ortsteilen.",
         "2024-10-22", "Sozialraumkonferenz Siegerland"),
        (COUNTY, "Gewaltschutz", "underSupplied",
         "Kreisweit zu wenige Frauenhausplätze gemessen an der Istanbul-Konvention.",
         "2024-11-05", "Arbeitskreis Gewaltschutz Siegen-Wittgenstein"),
    ]
    meeting = {"Sozialraumkonferenz Siegerland": "srk-siegerland-2024", "Sozialraumkonferenz Wittgenstein": "srk-wittgenstein-2024"}
    docs = []
    for s, d, r, t, dt, src in rows:
        doc = {"space": s, "domain": d, "rating": r, "text": t, "date": dt, "source": src}
        if src in meeting:
            doc["meetingId"] = meeting[src]
        doc["provenance"] = ill
        docs.append(doc)
    return docs


ILLU_MEETING = "illustrativ: Beispielsitzungen und Teilnahmen, keine Sitzungsprotokolle des Kreises"


def meeting_docs():
    """Illustrative participation record: Planungsbeirat twice a year, the two Sozialraumkonferenzen of 2024, a talk in
    Bad Berleburg, the provider survey of December 2024 and the next Planungsbeirat after the Stichtag (planned)."""
    ill = prov("illustrative", ILLU_MEETING)
    meetings = [
        ("pb-2023-1", "2023-05-10", "planungsbeirat", None, [], "Planungsbeirat 1/2023"),
        ("pb-2023-2", "2023-11-15", "planungsbeirat", None, [], "Planungsbeirat 2/2023"),
        ("pb-2024-1", "2024-05-08", "planungsbeirat", None, [], "Planungsbeirat 1/2024"),
        ("gk-berleburg-2024", "2024-09-03", "gespraech_kommune", BB, ["Schulden", "AltenhilfePflege"], "Gespräch in Bad Berleburg"),
        ("srk-wittgenstein-2024", "2024-10-08", "sozialraumkonferenz", "wittgenstein", [], "Sozialraumkonferenz Wittgenstein"),
        ("srk-siegerland-2024", "2024-10-22", "sozialraumkonferenz", "siegerland", [], "Sozialraumkonferenz Siegerland"),
        ("pb-2024-2", "2024-11-13", "planungsbeirat", None, [], "Planungsbeirat 2/2024"),
        ("ta-2024", "2024-12-02", "traeger_abfrage", None, [], "Träger-Abfrage zu den Kürzungen 2025"),
        ("pb-2025-1", "2025-03-12", "planungsbeirat", None, [], "Planungsbeirat 1/2025 (geplant)"),
    ]
    docs = []
    for i, dt, body, space, domains, title in meetings:
        doc = {"id": i, "date": dt, "body": body}
        if space:
            doc["space"] = space
        if domains:
            doc["domains"] = domains
        doc["title"] = title
        doc["provenance"] = ill
        docs.append(doc)
    beirat = ["diakonie-swf", "caritas-siwi", "awo-kv", "drk-kv-siegen", "drk-wittgenstein", "lebenshilfe", "kreis", "stadt-siegen"]
    attend = {
        "pb-2023-1": beirat, "pb-2023-2": beirat[:6] + ["kreis"], "pb-2024-1": beirat + ["skf-siegen"],
        "pb-2024-2": beirat + ["frauen-helfen-frauen"],
        "gk-berleburg-2024": ["diakonie-swf", "drk-wittgenstein"],
        "srk-wittgenstein-2024": ["diakonie-swf", "drk-wittgenstein", "awo-kv"],
        "srk-siegerland-2024": ["diakonie-swf", "caritas-siwi", "awo-kv", "drk-kv-siegen", "skf-siegen", "alz-siegen"],
        "ta-2024": ["diakonie-swf", "caritas-siwi", "ib-west", "psz-verein"],
    }
    attendances = [{"meetingId": m, "providerId": p} for m, ps in attend.items() for p in ps]
    agreements = [
        {"meetingId": "pb-2024-2", "text": "Folgen der Landeskürzungen 2025 je Handlungsfeld aufbereiten und im Sozialausschuss vorstellen",
         "owner": "Sozialplanung", "due": "2025-02-28"},
        {"meetingId": "srk-wittgenstein-2024", "text": "Wartezeiten der Schuldnerberatung in Bad Berleburg mit dem Träger erheben",
         "owner": "Diakonie in Südwestfalen", "due": "2024-12-15"},
        {"meetingId": "pb-2024-1", "text": "Träger-Abfrage zu erwarteten Kürzungen durchführen", "owner": "Sozialplanung",
         "due": "2024-12-31", "status": "done"},
    ]
    return docs, attendances, agreements


def provider_statement_docs():
    ill = prov("illustrative", "illustrativ: Beispielangaben einer Träger-Abfrage")
    rows = [
        ("mi-fluechtlingsberatung-siegen", "2025-01-01", 0.6, 56400,
         "Bei Kürzung der Landesmittel Soziale Beratung von Geflüchteten um zwei Drittel reduzieren wir die Beratung ab 01.01.2025 von 2,5 auf 1,0 VZÄ.",
         "2024-10-15", ("land", "Soziale Beratung von Geflüchteten", 0.6)),
        ("sb-diakonie-siegen", "2025-01-01", 0.2, 19500,
         "Wegfall der Fachberatung Schuldnerberatung: eine halbe Stelle wird ab 01.01.2025 nicht nachbesetzt.",
         "2024-10-15", ("land", "Fachberatung Schuldnerberatung", 0.5)),
        ("fa-beratung-wittgenstein", "2025-07-01", 1.0, 43900,
         "Ohne die Landesmittel Familienberatung schließen wir die Außenstelle Bad Berleburg zum 01.07.2025.",
         "2024-11-04", ("land", "Familienberatung", 0.5)),
        ("mi-mbe-caritas", "2025-01-01", 0.25, 34300,
         "Die MBE-Kürzung des Bundes kostet ab 2025 eine halbe Stelle.",
         "2024-09-30", ("bund", "Migrationsberatung für erwachsene Zugewanderte", 0.25)),
        ("mi-psz", "2025-01-01", 0.5, 26000,
         "Bei Halbierung der Bundesmittel für Psychosoziale Zentren halbieren wir die Therapieplätze ab Januar 2025.",
         "2024-09-30", ("bund", "Psychosoziale Zentren", 0.5)),
        ("ab-beruf-einstieg", "2025-08-01", 0.3, 58500,
         "Neue Jahrgänge der Berufseinstiegsbegleitung werden ab 01.08.2025 nur noch an zwei von drei Schulen begonnen.",
         "2024-11-12", ("land", "Berufseinstiegsbegleitung", 0.3)),
    ]
    # Each statement names the cut it is about (condition: funder, programme, minimum cut share): it applies only when the
    # scenario makes that cut, so the MBE and PSZ statements (federal cuts) are "nicht im Szenario" under a Land scenario.
    return [{"offeringId": o, "effectiveFrom": f, "capacityReduction": c, "expectedFundingLossPerYear": loss,
             "text": t, "reportedOn": r, "provenance": ill,
             "conditionSource": cond[0], "conditionProgramme": cond[1], "conditionMinShare": cond[2]}
            for o, f, c, loss, t, r, cond in rows]


# --------------------------------------------------------------------------------------------------------------------

NUMBER_ARRAY = re.compile(r"\[\s+(-?[0-9.eE+-]+),\s+(-?[0-9.eE+-]+)\s+\]")


def compact_number_arrays(text):
    """Writes each [lon, lat] position on one line, so the boundaries stay readable and the file small."""
    return NUMBER_ARRAY.sub(lambda m: "[" + m.group(1) + ", " + m.group(2) + "]", text)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    build_offerings()
    ids = {o["id"] for o in OFFERINGS}
    statements = provider_statement_docs()
    meetings, attendances, agreements = meeting_docs()
    for s in statements:
        assert s["offeringId"] in ids, s["offeringId"]
    doc = {
        "format": "sozialindikatoren/dataset",
        "version": 1,
        "name": "Kreis Siegen-Wittgenstein (Beispieldaten)",
        "description": (
            "Beispieldatensatz Kreis Siegen-Wittgenstein (erzeugt von eng/sample/generate_siegen_wittgenstein.py, "
            f"Seed {SEED}). Belegt: AGS, Namen, Flächen (Destatis), Grenzen und Flächenschwerpunkte (Geobasis NRW DVG2, "
            "dl-de/zero-2.0), Einwohner 31.12.2024 des Kreises und von neun Gemeinden (IT.NRW, Zensus-2022-Basis, via "
            "Siegener Zeitung / n-ag.de), GISD-Werte (" + GISD_SOURCE + "). Illustrativ: Aufteilung Bad Berleburg/"
            "Erndtebrück, Altersgliederung, Indikator-Rohdaten (an belegten Kreiswerten verankert), Träger, Angebote, "
            "Finanzierung, Konferenz- und Trägeraussagen, Sitzungen und Teilnahmen. Siehe docs/sample.md."),
        "spaces": space_docs(),
        "providers": [{"id": i, "name": n, "association": a,
                       "provenance": prov("illustrative", ILLU_PROVIDER)} for i, n, a in PROVIDERS],
        "offerings": OFFERINGS,
        "indicators": indicator_docs(),
        "conferenceStatements": conference_docs(),
        "providerStatements": statements,
        "meetings": meetings,
        "attendances": attendances,
        "agreements": agreements,
    }
    text = compact_number_arrays(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    # Summary on stderr (not part of the output).
    used = {o["providerId"] for o in OFFERINGS}
    unused = [p[0] for p in PROVIDERS if p[0] not in used]
    by_domain = {}
    for o in OFFERINGS:
        by_domain[o["domain"]] = by_domain.get(o["domain"], 0) + 1
    print(f"wrote {out}: {len(OFFERINGS)} offerings, {len(doc['indicators'])} indicator records, "
          f"{len(PROVIDERS)} providers (unused: {unused})", file=sys.stderr)
    print("offerings by domain: " + ", ".join(f"{k} {v}" for k, v in by_domain.items()), file=sys.stderr)
    share80 = sum(POP[a]["80+"] for a in ALL) / COUNTY_TOTAL
    share18 = sum(sum(POP[a][b] for b in U18) for a in ALL) / COUNTY_TOTAL
    print(f"county 80+ {share80:.4f}, under 18 {share18:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
