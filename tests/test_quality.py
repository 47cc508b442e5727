"""Extraction quality on annotated releases must not regress (SPEC §6).

Floors: the issues' targets on the sample corpus; on the held-out sets
(written blind to the code, see their READMEs) a little below what was measured,
so a change that makes unseen releases worse fails here. Each held-out set was
measured blind first; the READMEs of the sets say whether it was later used
for error analysis.
"""

import csv
from pathlib import Path

import pytest

from pipeline import config
from pipeline.evaluate import evaluate
from pipeline.run import run

from .conftest import GOLD, ROOT

SAMPLE_FLOORS = {"organisations": 0.95, "people": 0.95, "roles": 0.90, "dates": 0.95, "figures": 0.90,
                 "events": 0.85}
HELDOUT = {
    "heldout": {"organisations": 0.96, "people": 0.98, "roles": 0.98, "dates": 0.95, "figures": 0.98,
                "events": 0.95},
    "heldout_final": {"organisations": 0.92, "people": 0.98, "roles": 0.93, "dates": 0.98, "figures": 0.98,
                      "events": 0.96},
    # events 0.91 -> 0.90 in session 14: its gold leaves decisions still to be taken unannotated ("die
    # Verbandsversammlung muss dem Beitritt noch zustimmen"), which issue 12 asks for as planned resolutions
    "heldout_blind": {"organisations": 0.92, "people": 0.96, "roles": 0.91, "dates": 0.91, "figures": 0.97,
                      "events": 0.88},
    "heldout_blind2": {"organisations": 0.92, "people": 0.98, "roles": 0.94, "dates": 0.98, "figures": 0.98,
                       "events": 0.87},
    "heldout_blind3": {"organisations": 0.94, "people": 0.98, "roles": 0.98, "dates": 0.91, "figures": 0.98,
                       "events": 0.90},
    # the six sets of issues 10, 12 and 13 (blind baselines in their BLIND_MEASURED files)
    "heldout_orgs_a": {"organisations": 0.90, "people": 0.96, "roles": 0.89, "dates": 0.94, "figures": 0.94,
                       "events": 0.73},
    "heldout_orgs_b": {"organisations": 0.89, "people": 0.98, "roles": 0.89, "dates": 0.91, "figures": 0.89,
                       "events": 0.80},
    "heldout_events_a": {"organisations": 0.91, "people": 0.97, "roles": 0.84, "dates": 0.91, "figures": 0.83,
                         "events": 0.79},
    "heldout_events_b": {"organisations": 0.91, "people": 0.95, "roles": 0.85, "dates": 0.90, "figures": 0.84,
                         "events": 0.82},
    "heldout_dates_a": {"organisations": 0.95, "people": 0.98, "roles": 0.79, "dates": 0.92, "figures": 0.92,
                        "events": 0.83},
    "heldout_dates_b": {"organisations": 0.95, "people": 0.95, "roles": 0.91, "dates": 0.96, "figures": 0.92,
                        "events": 0.83},
    # written blind in session 2 (blind baselines from commit acb3d83 in their BLIND_MEASURED files)
    "heldout_orgs_c": {"organisations": 0.88, "people": 0.89, "roles": 0.89, "dates": 0.93, "figures": 0.86,
                       "events": 0.82},
    "heldout_events_c": {"organisations": 0.88, "people": 0.97, "roles": 0.78, "dates": 0.92, "figures": 0.86,
                         "events": 0.80},
    # written blind in session 3 (blind baselines from commit 881ba15 in their BLIND_MEASURED files)
    "heldout_stories_d": {"organisations": 0.82, "people": 0.96, "roles": 0.95, "dates": 0.96, "figures": 0.88,
                          "events": 0.90},
    "heldout_stories_e": {"organisations": 0.86, "people": 0.95, "roles": 0.89, "dates": 0.92, "figures": 0.78,
                          "events": 0.79},
    # written blind in session 4 (blind baselines from commits 88534aa and ebbac87 in its BLIND_MEASURED file)
    "heldout_stories_f": {"organisations": 0.95, "people": 0.96, "roles": 0.84, "dates": 0.90, "figures": 0.92,
                          "events": 0.89},
    # written blind in session 5 (blind baseline from commit 9b35cc5 in its BLIND_MEASURED file)
    "heldout_stories_g": {"organisations": 0.90, "people": 0.96, "roles": 0.81, "dates": 0.86, "figures": 0.79,
                          "events": 0.88},
    # written blind in session 7 (blind baseline from commit 252f45f in its BLIND_MEASURED file)
    "heldout_stories_h": {"organisations": 0.85, "people": 0.83, "roles": 0.49, "dates": 0.85, "figures": 0.80,
                          "events": 0.80},
    # written blind in session 8 (blind baseline from commit f860471 in its BLIND_MEASURED file)
    "heldout_stories_i": {"organisations": 0.80, "people": 0.89, "roles": 0.51, "dates": 0.86, "figures": 0.87,
                          "events": 0.77},
    # written blind in session 9 (blind baselines from commits 9779be1 and 21dac78 in their BLIND_MEASURED files)
    "heldout_stories_j": {"organisations": 0.82, "people": 0.90, "roles": 0.74, "dates": 0.90, "figures": 0.85,
                          "events": 0.84},
    "heldout_stories_k": {"organisations": 0.84, "people": 0.88, "roles": 0.61, "dates": 0.84, "figures": 0.89,
                          "events": 0.78},
    # written blind in session 10 by two helpers (blind baseline from commit d53f5ea in its BLIND_MEASURED file)
    "heldout_stories_l": {"organisations": 0.84, "people": 0.94, "roles": 0.76, "dates": 0.87, "figures": 0.85,
                          "events": 0.81},
    # written blind in session 11 by two helpers (blind baseline from commit 439ddef in its BLIND_MEASURED file)
    "heldout_stories_m": {"organisations": 0.87, "people": 0.93, "roles": 0.51, "dates": 0.86, "figures": 0.84,
                          "events": 0.78},
    # written blind in session 12 by two helpers (blind baseline from commit ef27ed1 in its BLIND_MEASURED file)
    "heldout_stories_n": {"organisations": 0.78, "people": 0.93, "roles": 0.59, "dates": 0.83, "figures": 0.84,
                          "events": 0.78},
    # written blind in session 13 by two helpers (blind baseline from commit 0f11b76 in its BLIND_MEASURED file)
    "heldout_stories_o": {"organisations": 0.85, "people": 0.95, "roles": 0.70, "dates": 0.87, "figures": 0.86,
                          "events": 0.76},
    # written blind in session 14 by two helpers (blind baseline from commit 92650ac in its BLIND_MEASURED file)
    "heldout_stories_p": {"organisations": 0.86, "people": 0.95, "roles": 0.64, "dates": 0.87, "figures": 0.86,
                          "events": 0.78},
    # written blind in session 15 by two helpers (blind baseline from commit 6da136f in its BLIND_MEASURED file)
    "heldout_stories_q": {"organisations": 0.82, "people": 0.97, "roles": 0.73, "dates": 0.89, "figures": 0.85,
                          "events": 0.80},
    # written blind in session 16 by two helpers (blind baseline from commit 79c8a51 in its BLIND_MEASURED file)
    "heldout_stories_r": {"organisations": 0.80, "people": 0.96, "roles": 0.69, "dates": 0.84, "figures": 0.84,
                          "events": 0.80},
    # written blind in session 17 by two helpers (blind baseline from commit 2456515 in its BLIND_MEASURED file)
    "heldout_stories_s": {"organisations": 0.85, "people": 0.97, "roles": 0.72, "dates": 0.85, "figures": 0.86,
                          "events": 0.81},
    # written blind in session 17 by two helpers (blind baseline from commit 71c3e98 in its BLIND_MEASURED file)
    "heldout_stories_t": {"organisations": 0.82, "people": 0.95, "roles": 0.65, "dates": 0.86, "figures": 0.87,
                          "events": 0.71},
    # written blind in session 18 by two helpers (blind baseline from commit 13d48c1 in its BLIND_MEASURED file)
    "heldout_stories_u": {"organisations": 0.80, "people": 0.97, "roles": 0.65, "dates": 0.89, "figures": 0.90,
                          "events": 0.83},
    # written blind late in session 18 by two helpers (blind baseline from commit 592231b in its BLIND_MEASURED file)
    "heldout_stories_v": {"organisations": 0.84, "people": 0.96, "roles": 0.70, "dates": 0.88, "figures": 0.81,
                          "events": 0.79},
    # written blind in session 19 by two helpers (blind baseline from commit ffd9177 in its BLIND_MEASURED file)
    "heldout_stories_w": {"organisations": 0.87, "people": 0.98, "roles": 0.57, "dates": 0.87, "figures": 0.79,
                          "events": 0.82},
    # written blind late in session 19 by two helpers (blind baseline from commit 7ef44b8 in its BLIND_MEASURED file)
    "heldout_stories_x": {"organisations": 0.81, "people": 0.95, "roles": 0.71, "dates": 0.85, "figures": 0.87,
                          "events": 0.79},
    # written blind in session 20 by two helpers (blind baseline from commit bb134da in its BLIND_MEASURED file)
    "heldout_stories_y": {"organisations": 0.88, "people": 0.96, "roles": 0.61, "dates": 0.90, "figures": 0.90,
                          "events": 0.80},
    # written blind in session 20 by two helpers (blind baseline from commit 0b1d9d0 in its BLIND_MEASURED file)
    "heldout_stories_z": {"organisations": 0.78, "people": 0.98, "roles": 0.71, "dates": 0.90, "figures": 0.88,
                          "events": 0.75},
    # written blind in session 21 by two helpers (blind baseline from commit b066830 in its BLIND_MEASURED file)
    "heldout_stories_aa": {"organisations": 0.77, "people": 0.96, "roles": 0.56, "dates": 0.89, "figures": 0.86,
                           "events": 0.80},
    # written blind later in session 21 by two helpers (blind baseline from commit 71a4af0 in its BLIND_MEASURED file)
    "heldout_stories_ab": {"organisations": 0.76, "people": 0.93, "roles": 0.57, "dates": 0.86, "figures": 0.87,
                           "events": 0.74},
    # written blind in session 22 by two helpers (blind baseline from commit 3ebea1b in its BLIND_MEASURED file)
    "heldout_stories_ac": {"organisations": 0.84, "people": 0.95, "roles": 0.70, "dates": 0.88, "figures": 0.88,
                           "events": 0.76},
    # written blind later in session 22 by two helpers (blind baseline from commit 6bb1a23 in its BLIND_MEASURED file)
    "heldout_stories_ad": {"organisations": 0.79, "people": 0.94, "roles": 0.60, "dates": 0.82, "figures": 0.84,
                           "events": 0.74},
    # written blind in session 23 by two helpers (blind baseline from commit 4439778 in its BLIND_MEASURED file)
    "heldout_stories_ae": {"organisations": 0.79, "people": 0.95, "roles": 0.56, "dates": 0.88, "figures": 0.88,
                           "events": 0.74},
    "heldout_stories_af": {"organisations": 0.86, "people": 0.94, "roles": 0.47, "dates": 0.92, "figures": 0.82,
                           "events": 0.85},
    "heldout_stories_ag": {"organisations": 0.85, "people": 0.90, "roles": 0.60, "dates": 0.89, "figures": 0.86,
                           "events": 0.77},
    "heldout_stories_ah": {"organisations": 0.84, "people": 0.91, "roles": 0.53, "dates": 0.87, "figures": 0.82,
                           "events": 0.73},
    # written blind in session 27 by two helpers (blind baseline from commit e615c27 in its BLIND_MEASURED file)
    "heldout_stories_ai": {"organisations": 0.83, "people": 0.88, "roles": 0.52, "dates": 0.88, "figures": 0.76,
                           "events": 0.70},
    # written blind in session 28 by two helpers (blind baseline from commit d6f5712 in its BLIND_MEASURED file)
    "heldout_stories_aj": {"organisations": 0.79, "people": 0.91, "roles": 0.49, "dates": 0.87, "figures": 0.86,
                           "events": 0.78},
    # written blind in session 29 by two helpers (blind baseline from commit 555614f in its BLIND_MEASURED file)
    "heldout_stories_ak": {"organisations": 0.79, "people": 0.90, "roles": 0.66, "dates": 0.85, "figures": 0.83,
                           "events": 0.75},
    # written blind in session 30 by two helpers (blind baseline from commit d3b0301 in its BLIND_MEASURED file)
    "heldout_stories_al": {"organisations": 0.85, "people": 0.91, "roles": 0.62, "dates": 0.90, "figures": 0.77,
                           "events": 0.75},
    # written blind in session 31 by two helpers (blind baseline from commit a12e495 in its BLIND_MEASURED file)
    "heldout_stories_am": {"organisations": 0.86, "people": 0.94, "roles": 0.62, "dates": 0.90, "figures": 0.89,
                           "events": 0.77},
    # written blind in session 32 by two helpers (blind baseline from commit 75e2911 in its BLIND_MEASURED file)
    "heldout_stories_an": {"organisations": 0.84, "people": 0.89, "roles": 0.66, "dates": 0.89, "figures": 0.82,
                           "events": 0.76},
    # written blind in session 33 by two helpers (blind baseline from commit af22fc2 in its BLIND_MEASURED file)
    "heldout_stories_ao": {"organisations": 0.85, "people": 0.91, "roles": 0.61, "dates": 0.87, "figures": 0.82,
                           "events": 0.83},
    # written blind in session 33 by two helpers (blind baseline from commit 4f78c37 in its BLIND_MEASURED file)
    "heldout_stories_ap": {"organisations": 0.84, "people": 0.93, "roles": 0.66, "dates": 0.84, "figures": 0.75,
                           "events": 0.77},
    "heldout_stories_aq": {"organisations": 0.80, "people": 0.90, "roles": 0.59, "dates": 0.84, "figures": 0.87,
                           "events": 0.75},
    "heldout_stories_ar": {"organisations": 0.82, "people": 0.92, "roles": 0.58, "dates": 0.83, "figures": 0.87,
                           "events": 0.71},
    # written blind in session 36 by two helpers (blind baseline from commit 071aab9 in its BLIND_MEASURED file)
    "heldout_stories_as": {"organisations": 0.79, "people": 0.91, "roles": 0.49, "dates": 0.86, "figures": 0.84,
                           "events": 0.75},
    # written blind in session 37 by two helpers (blind baseline from commit 1419677 in its BLIND_MEASURED file)
    "heldout_stories_at": {"organisations": 0.80, "people": 0.89, "roles": 0.52, "dates": 0.87, "figures": 0.81,
                           "events": 0.79},
    "heldout_stories_au": {"organisations": 0.83, "people": 0.89, "roles": 0.61, "dates": 0.86, "figures": 0.83,
                           "events": 0.75},
    "heldout_stories_av": {"organisations": 0.83, "people": 0.92, "roles": 0.40, "dates": 0.89, "figures": 0.86,
                           "events": 0.79},
    # written blind in session 40 by two helpers (blind baseline from commit 888c13e in its BLIND_MEASURED file)
    "heldout_stories_aw": {"organisations": 0.83, "people": 0.95, "roles": 0.52, "dates": 0.88, "figures": 0.89,
                           "events": 0.79},
    # written blind in session 41 by two helpers, twice (blind baselines from commits 79b1e8b and 0bc9a7f in their
    # BLIND_MEASURED files; one release of _ay failed in its blind run, a crash since fixed)
    "heldout_stories_ax": {"organisations": 0.83, "people": 0.94, "roles": 0.49, "dates": 0.92, "figures": 0.86,
                           "events": 0.81},
    "heldout_stories_ay": {"organisations": 0.84, "people": 0.92, "roles": 0.57, "dates": 0.88, "figures": 0.85,
                           "events": 0.72},
    "heldout_stories_az": {"organisations": 0.85, "people": 0.95, "roles": 0.66, "dates": 0.85, "figures": 0.80,
                           "events": 0.84},
    "heldout_stories_ba": {"organisations": 0.83, "people": 0.90, "roles": 0.45, "dates": 0.85, "figures": 0.83,
                           "events": 0.75},
    # written blind in session 43 by two helpers (blind baselines from commits 5fae370 and 65cde0f in their
    # BLIND_MEASURED files)
    "heldout_stories_bb": {"organisations": 0.83, "people": 0.94, "roles": 0.64, "dates": 0.86, "figures": 0.87,
                           "events": 0.82},
    "heldout_stories_bc": {"organisations": 0.86, "people": 0.94, "roles": 0.68, "dates": 0.90, "figures": 0.82,
                           "events": 0.77},
    # written blind in session 43 by two helpers, a third time (blind baseline from commit ed379a7)
    "heldout_stories_bd": {"organisations": 0.77, "people": 0.86, "roles": 0.51, "dates": 0.86, "figures": 0.80,
                           "events": 0.70},
    # written blind in session 44 by two helpers (blind baseline from commit 82a1e18)
    "heldout_stories_be": {"organisations": 0.84, "people": 0.95, "roles": 0.53, "dates": 0.81, "figures": 0.86,
                           "events": 0.75},
    # written blind in session 44 after the tuning on _be (blind baseline from commit ed4e953)
    "heldout_stories_bf": {"organisations": 0.82, "people": 0.87, "roles": 0.67, "dates": 0.89, "figures": 0.87,
                           "events": 0.80},
    # written blind in session 45 by two helpers (blind baseline from commit be879b5)
    "heldout_stories_bg": {"organisations": 0.86, "people": 0.94, "roles": 0.57, "dates": 0.85, "figures": 0.84,
                           "events": 0.85},
    # written blind in session 45 after the tuning on _bg (blind baseline from commit 4e3b7af)
    "heldout_stories_bh": {"organisations": 0.86, "people": 0.97, "roles": 0.61, "dates": 0.85, "figures": 0.83,
                           "events": 0.83},
    # written blind in session 46 by two helpers (blind baseline from commit 1c2adf0)
    "heldout_stories_bi": {"organisations": 0.86, "people": 0.95, "roles": 0.69, "dates": 0.89, "figures": 0.86,
                           "events": 0.80},
    # written blind in session 46 while the tuning on _bi went on (blind baseline from commit 95ae407)
    "heldout_stories_bj": {"organisations": 0.82, "people": 0.93, "roles": 0.55, "dates": 0.90, "figures": 0.86,
                           "events": 0.76},
    # written blind in session 46 after the tuning on _bi and _bj (blind baseline from commit 5dbe450)
    "heldout_stories_bk": {"organisations": 0.88, "people": 0.91, "roles": 0.54, "dates": 0.87, "figures": 0.82,
                           "events": 0.73},
    # written blind in session 47 (blind baseline from commit 749ce3f)
    "heldout_stories_bl": {"organisations": 0.81, "people": 0.95, "roles": 0.64, "dates": 0.79, "figures": 0.85,
                           "events": 0.81},
    # written blind in session 47 while the tuning on _bl went on (blind baseline from commit 460b8ba)
    "heldout_stories_bm": {"organisations": 0.83, "people": 0.95, "roles": 0.54, "dates": 0.87, "figures": 0.78,
                           "events": 0.76},
    # written blind in session 47 after the tuning on _bl and _bm (blind baseline from commit 4e78f1e)
    "heldout_stories_bn": {"organisations": 0.87, "people": 0.93, "roles": 0.63, "dates": 0.80, "figures": 0.82,
                           "events": 0.80},
    # written blind in session 47 after the tuning on _bl, _bm and _bn (blind baseline from commit c916e1b)
    "heldout_stories_bo": {"organisations": 0.77, "people": 0.95, "roles": 0.56, "dates": 0.84, "figures": 0.85,
                           "events": 0.72},
    # written blind in session 48 before its tuning (blind baseline from commit 0589e56)
    "heldout_stories_bp": {"organisations": 0.85, "people": 0.96, "roles": 0.59, "dates": 0.85, "figures": 0.83,
                           "events": 0.79},
    # written blind in session 48 while the tuning on _bp went on (blind baseline from commit 2e7f727)
    "heldout_stories_bq": {"organisations": 0.78, "people": 0.91, "roles": 0.54, "dates": 0.85, "figures": 0.87,
                           "events": 0.76},
    # written blind in session 48 after the tuning on _bp and _bq (blind baseline from commit 1efa958)
    "heldout_stories_br": {"organisations": 0.87, "people": 0.95, "roles": 0.66, "dates": 0.81, "figures": 0.85,
                           "events": 0.81},
    # written blind in session 48 after the tuning on _bp, _bq and _br (blind baseline from commit b36fe15)
    "heldout_stories_bs": {"organisations": 0.83, "people": 0.94, "roles": 0.65, "dates": 0.87, "figures": 0.82,
                           "events": 0.82},
    # written blind in session 48 after the tuning on _bp to _bs (blind baseline from commit 2f58019)
    "heldout_stories_bt": {"organisations": 0.85, "people": 0.98, "roles": 0.64, "dates": 0.79, "figures": 0.83,
                           "events": 0.77},
    # written blind in session 48 after the tuning on _bp to _bt (blind baseline from commit 6592d11)
    "heldout_stories_bu": {"organisations": 0.85, "people": 0.95, "roles": 0.59, "dates": 0.86, "figures": 0.81,
                           "events": 0.77},
    # written blind in session 48 after the tuning on _bp to _bu (blind baseline from commit 4436251)
    "heldout_stories_bv": {"organisations": 0.83, "people": 0.92, "roles": 0.65, "dates": 0.84, "figures": 0.85,
                           "events": 0.75},
    "heldout_stories_bw": {"organisations": 0.89, "people": 0.95, "roles": 0.54, "dates": 0.87, "figures": 0.83,
                           "events": 0.84},
    "heldout_stories_bx": {"organisations": 0.82, "people": 0.98, "roles": 0.65, "dates": 0.84, "figures": 0.87,
                           "events": 0.80},
    "heldout_stories_by": {"organisations": 0.78, "people": 0.95, "roles": 0.62, "dates": 0.81, "figures": 0.89,
                           "events": 0.72},
    "heldout_stories_bz": {"organisations": 0.74, "people": 0.95, "roles": 0.71, "dates": 0.88, "figures": 0.84,
                           "events": 0.72},
    # written blind in session 50, each after the tuning on the ones before (BLIND_MEASURED in each)
    "heldout_stories_ca": {"organisations": 0.80, "people": 0.95, "roles": 0.71, "dates": 0.82, "figures": 0.85,
                           "events": 0.81},
    "heldout_stories_cb": {"organisations": 0.81, "people": 0.95, "roles": 0.56, "dates": 0.79, "figures": 0.89,
                           "events": 0.77},
    "heldout_stories_cc": {"organisations": 0.85, "people": 0.95, "roles": 0.68, "dates": 0.87, "figures": 0.85,
                           "events": 0.75},
    "heldout_stories_cd": {"organisations": 0.79, "people": 0.91, "roles": 0.60, "dates": 0.80, "figures": 0.82,
                           "events": 0.71},
    "heldout_stories_ce": {"organisations": 0.83, "people": 0.95, "roles": 0.58, "dates": 0.77, "figures": 0.82,
                           "events": 0.72},
    "heldout_stories_cf": {"organisations": 0.80, "people": 0.93, "roles": 0.73, "dates": 0.85, "figures": 0.84,
                           "events": 0.74},
    "heldout_stories_cg": {"organisations": 0.80, "people": 0.96, "roles": 0.63, "dates": 0.89, "figures": 0.90,
                           "events": 0.77},
    "heldout_stories_ch": {"organisations": 0.82, "people": 0.97, "roles": 0.68, "dates": 0.85, "figures": 0.84,
                           "events": 0.75},
    "heldout_stories_ci": {"organisations": 0.81, "people": 0.97, "roles": 0.66, "dates": 0.79, "figures": 0.87,
                           "events": 0.74},
    "heldout_stories_cj": {"organisations": 0.76, "people": 0.93, "roles": 0.62, "dates": 0.79, "figures": 0.81,
                           "events": 0.72},
    "heldout_stories_ck": {"organisations": 0.82, "people": 0.96, "roles": 0.54, "dates": 0.82, "figures": 0.80,
                           "events": 0.81},
    "heldout_stories_cl": {"organisations": 0.84, "people": 0.97, "roles": 0.64, "dates": 0.82, "figures": 0.78,
                           "events": 0.83},
    "heldout_stories_cm": {"organisations": 0.81, "people": 0.96, "roles": 0.65, "dates": 0.86, "figures": 0.76,
                           "events": 0.74},
    "heldout_stories_cn": {"organisations": 0.81, "people": 0.96, "roles": 0.56, "dates": 0.82, "figures": 0.83,
                           "events": 0.77},
    "heldout_stories_co": {"organisations": 0.76, "people": 0.97, "roles": 0.66, "dates": 0.84, "figures": 0.82,
                           "events": 0.75},
    "heldout_stories_cp": {"organisations": 0.85, "people": 0.93, "roles": 0.68, "dates": 0.85, "figures": 0.80,
                           "events": 0.76},
    "heldout_stories_cq": {"organisations": 0.81, "people": 0.95, "roles": 0.62, "dates": 0.87, "figures": 0.87,
                           "events": 0.82},
    "heldout_stories_cr": {"organisations": 0.79, "people": 0.96, "roles": 0.58, "dates": 0.85, "figures": 0.86,
                           "events": 0.86},
    "heldout_stories_cs": {"organisations": 0.80, "people": 0.92, "roles": 0.43, "dates": 0.81, "figures": 0.83,
                           "events": 0.76},
}

def test_sample_corpus_meets_the_issue_targets(corpus_output: Path) -> None:
    scores = evaluate(GOLD, corpus_output)
    for category, floor in SAMPLE_FLOORS.items():
        assert scores[category].f1 >= floor, (category, scores[category].f1)
    assert scores["events"].extra["date_accuracy"] >= 0.90


@pytest.mark.parametrize("name", sorted(HELDOUT))
def test_held_out_releases_do_not_regress(tmp_path: Path, name: str) -> None:
    folder = ROOT / "tests" / name
    run([folder / "corpus"], tmp_path, config.load(cache=False), progress=False)
    with (tmp_path / "documents.csv").open(encoding="utf-8") as f:  # every release processed, none failed
        assert [row["doc_id"] for row in csv.DictReader(f) if row["status"] == "error"] == []
    scores = evaluate(folder / "gold", tmp_path)
    for category, floor in HELDOUT[name].items():
        assert scores[category].f1 >= floor, (category, scores[category].f1)
