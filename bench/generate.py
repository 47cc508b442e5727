"""Benchmark corpus generator: German municipal press releases with known truth.

    python -m bench.generate --n 5000 --out DIR --seed 1
    python -m bench.generate --leipzig /work/shared/data/leipzig_de_10k --out DIR

The first form invents a small world of towns, Ämter, Landkreise, IT service
providers and office holders, lets it live through events (foundings, towns
joining as Träger, council resolutions, contract signings, staff transfers,
appointments) and writes releases about them: ``DIR/*.txt`` (some with page
furniture, some hard-wrapped), ``DIR/manifest.csv`` for releases without a
dateline, and ``DIR/truth.jsonl`` (one line per release: organisations,
people with roles, dates, figures, events with their world event id). Every
event is reported by one to four releases, some with a vaguer, relative or
conflicting date, so reconciliation can be measured against the truth.

Wording lives in ``bench/templates.toml``. Real municipality names are read
from the shared gazetteer when it exists (``--names auto``) and never stored.
Output is deterministic for a seed (and name source).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).with_name("templates.toml")
GAZETTEER = Path("/work/shared/data/gazetteer_de_admin/gemeinden.csv")
GENERATOR_VERSION = "2"

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

FIRST_F = ["Anna", "Doreen", "Katrin", "Sabine", "Ulrike", "Petra", "Heike", "Claudia", "Jana", "Silke",
           "Kerstin", "Birgit", "Martina", "Susanne", "Antje", "Franziska", "Christiane", "Ines"]
FIRST_M = ["Matthias", "Stefan", "Rolf", "Reinhard", "Wolfgang", "Thomas", "Andreas", "Jens", "Frank",
           "Torsten", "Uwe", "Holger", "Carsten", "Michael", "Dirk", "Bernd", "Ralf", "Sven"]
LAST = ["Effenberger", "Radelow", "Sternberg", "Hilpert", "Christiansen", "Badenschier", "Gramkow",
        "Brandtner", "Kölpin", "Wendelstein", "Haberland", "Schwertfeger", "Lindemann", "Ostermeier",
        "Pahlke", "Rautenberg", "Seidelmann", "Tiedemann", "Ulbrecht", "Vollrath", "Wiechmann",
        "Zander", "Behrendsen", "Dombrowski", "Fehlandt", "Gerlach", "Hinrichsen", "Jesaitis",
        "Kossowski", "Lemmermann", "Mahnke", "Nehls", "Pingel", "Quandt", "Riebe", "Stolzenburg"]
TITLES = ["Dr. ", "Prof. Dr. "]

SYL1 = ["Grab", "Lud", "Hohen", "Wald", "Fried", "Kirch", "Lau", "Mar", "Sten", "Bern", "Wol", "Hel",
        "Treb", "Zar", "Pritz", "Gold", "Lüb", "Dob", "Krak", "Plau", "Rehn", "Sülz", "Tess", "Warn",
        "Brüel", "Crivitz", "Dass", "Gnoi", "Kluetz", "Laage", "Mirow", "Penz", "Rerik", "Stav",
        "Tet", "Usel", "Wesen", "Zehd", "Borken", "Falken", "Linden", "Eichen", "Birken", "Rosen",
        "Sonnen", "Buchen", "Stein", "Ahren", "Elm", "Finow", "Gartz", "Havel", "Jerich", "Kyritz",
        "Lenzen", "Nauen", "Oder", "Perle", "Rathen", "Sauen"]
SYL2 = ["ow", "itz", "au", "stadt", "dorf", "berg", "hagen", "feld", "burg", "in", "ense", "heim",
        "walde", "hausen", "brück", "beck", "kamp", "horst", "lage", "werder", "rode", "tal",
        "münde", "wiek", "holm", "born", "stedt", "leben", "ingen", "a"]
SYL_MID = ["", "", "en", "er"]
PREFIXES = ["", "", "", "Bad ", "Groß ", "Neu ", "Alt "]
REGION_DIR = ["West", "Ost", "Nord", "Süd", "Mittel"]


@dataclass
class Org:
    """An organisation of the invented world, with its German case forms."""

    name: str  # canonical, nominative, full ("Landkreis Nordau")
    org_type: str  # Stadt, Gemeinde, Amt, Landkreis, Landeshauptstadt, Anstalt, GmbH, Zweckverband
    place: str = ""  # the bare place name ("Nordau")
    short: str = ""
    legal_form: str = ""
    head: Person | None = None

    @property
    def gender(self) -> str:
        if self.org_type in ("Stadt", "Gemeinde", "Landeshauptstadt", "GmbH"):
            return "f"
        return "n" if self.org_type == "Amt" else "m"

    def form(self, case: str) -> str:
        """The name with article in a case (nom/acc/dat/gen)."""
        articles = {"f": ("die", "die", "der", "der"), "m": ("der", "den", "dem", "des"),
                    "n": ("das", "das", "dem", "des")}[self.gender]
        article = articles[("nom", "acc", "dat", "gen").index(case)]
        name = self.name
        if case == "gen":
            name = re.sub(r"^(Landkreis|Zweckverband)\b", r"\1es", name)
            name = re.sub(r"^Amt\b", "Amtes", name)
        return f"{article} {name}"

    @property
    def ref(self) -> str:
        return self.short or self.name

    @property
    def aliases(self) -> list[str]:
        return [a for a in dict.fromkeys([self.name, self.short, self.place]) if a]


@dataclass
class Person:
    first: str
    last: str
    female: bool
    title: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def full(self) -> str:
        return f"{self.title}{self.name}"


HEAD_ROLES = {"Stadt": ("Bürgermeister", "Bürgermeisterin"), "Gemeinde": ("Bürgermeister", "Bürgermeisterin"),
              "Landeshauptstadt": ("Oberbürgermeister", "Oberbürgermeisterin"),
              "Landkreis": ("Landrat", "Landrätin"), "Amt": ("Amtsvorsteher", "Amtsvorsteherin"),
              "Anstalt": ("Vorstand", "Vorständin"), "GmbH": ("Geschäftsführer", "Geschäftsführerin"),
              "Zweckverband": ("Verbandsvorsteher", "Verbandsvorsteherin")}
BODIES = {"Stadt": "die Stadtvertretung {place}", "Gemeinde": "die Gemeindevertretung {place}",
          "Landeshauptstadt": "die Stadtvertretung {place}", "Amt": "der Amtsausschuss des Amtes {place}",
          "Landkreis": "der Kreistag des Landkreises {place}"}


CONTRACTIONS = [(" von dem ", " vom "), (" zu dem ", " zum "), (" zu der ", " zur ")]


def role_phrases(role: str, female: bool) -> dict[str, str]:
    """Inflected role phrases: "zur Geschäftsführerin", "des Geschäftsführers", …"""
    if female:
        return {"to_role": f"zur {role}", "of_role": f"der {role}", "new_role": f"eine neue {role}"}
    weak = role.endswith("Vorstand")
    return {"to_role": f"zum {role}", "of_role": f"des {role}{'s' if not weak else 'es'}",
            "new_role": f"einen neuen {role}"}


def role_of(org: Org) -> str:
    assert org.head is not None
    return HEAD_ROLES[org.org_type][org.head.female]


@dataclass
class Event:
    """A real-world event of the invented world."""

    event_id: str
    event_type: str
    subject: Org
    objects: list[Org]
    date: date
    granularity: str = "day"
    date_role: str = ""
    figure: float | None = None
    persons: list[Person] = field(default_factory=list)

    def truth(self, reported: tuple[str, str]) -> dict[str, Any]:
        return {"event_id": self.event_id, "type": self.event_type, "subject": self.subject.name,
                "subject_aliases": self.subject.aliases, "objects": [o.name for o in self.objects],
                "date": reported[0], "date_granularity": reported[1], "true_date": self.value,
                "date_role": self.date_role, "figure": self.figure,
                "persons": [p.name for p in self.persons]}

    @property
    def value(self) -> str:
        return iso(self.date, self.granularity)


def iso(d: date, granularity: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[granularity]


def de_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Names:
    """Unique place and person names, invented or from the gazetteer."""

    def __init__(self, rng: random.Random, source: str) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.towns: list[str] = []
        self.kreise: list[str] = []
        self.aemter: list[str] = []
        if source == "gazetteer" or (source == "auto" and GAZETTEER.is_file()):
            self._read_gazetteer()
        self.people_used: set[str] = set()

    def _read_gazetteer(self) -> None:
        ok = re.compile(r"^[A-ZÄÖÜ][\wäöüß .-]{2,24}$")
        towns, kreise, aemter = set(), set(), set()
        with GAZETTEER.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if ok.match(row["gemeinde_name"]) and "gemeindefrei" not in row["gemeinde_typ"]:
                    towns.add(row["gemeinde_name"])
                if row["kreis_typ"] in ("Landkreis", "Kreis") and ok.match(row["kreis_name"]):
                    kreise.add(row["kreis_name"])
                if row["gvb_typ"] == "Amt" and ok.match(row["gvb_name"]):
                    aemter.add(row["gvb_name"])
        for names, target in ((towns, self.towns), (kreise, self.kreise), (aemter, self.aemter)):
            target.extend(sorted(names))
            self.rng.shuffle(target)

    def invent(self) -> str:
        for _ in range(1000):
            name = self.rng.choice(PREFIXES) + self.rng.choice(SYL1) + self.rng.choice(SYL_MID) \
                + self.rng.choice(SYL2)
            if name not in self.used:
                return name
        return f"{self.rng.choice(SYL1)}{self.rng.choice(SYL2)}-{self.rng.choice(SYL1)}{self.rng.choice(SYL2)}"

    def place(self, kind: str = "town") -> str:
        pool = {"town": self.towns, "kreis": self.kreise, "amt": self.aemter}[kind]
        while pool:
            name = pool.pop()
            if name not in self.used:
                self.used.add(name)
                return name
        name = self.invent()
        if kind == "kreis" and self.rng.random() < 0.5:
            name = f"{name}-{self.invent()}"
        while name in self.used:
            name = self.invent() + self.rng.choice(["er Land", "er Umland", "-Nord"])
        self.used.add(name)
        return name

    def person(self) -> Person:
        while True:
            female = self.rng.random() < 0.45
            first = self.rng.choice(FIRST_F if female else FIRST_M)
            last = self.rng.choice(LAST)
            if f"{first} {last}" not in self.people_used or len(self.people_used) > 600:
                self.people_used.add(f"{first} {last}")
                title = self.rng.choice(TITLES) if self.rng.random() < 0.1 else ""
                return Person(first, last, female, title)


@dataclass
class Release:
    """One generated press release and its truth."""

    published: date
    lines: list[str]
    truth: dict[str, Any]


class Writer:
    """Builds one release: fills templates and records what it states."""

    def __init__(self, gen: Generator, published: date) -> None:
        self.gen, self.rng, self.published = gen, gen.rng, published
        self.paragraphs: list[str] = []
        self.orgs: dict[str, Org] = {}
        self.people: dict[str, dict[str, Any]] = {}
        self.dates: list[dict[str, str]] = []
        self.figures: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    def org(self, org: Org) -> Org:
        self.orgs[org.name] = org
        return org

    def say(self, template: str, **values: str) -> None:
        text = template.format_map(values)
        for long, short in CONTRACTIONS:
            text = text.replace(long, short)
        self.paragraphs.append(text[0].upper() + text[1:])

    def person(self, person: Person, role: str, org: Org) -> None:
        entry = self.people.setdefault(person.name, {"name": person.name, "title": person.title.strip(),
                                                     "roles": []})
        if {"role": role, "org": org.name} not in entry["roles"]:
            entry["roles"].append({"role": role, "org": org.name})
        self.org(org)

    def date_phrase(self, d: date, prep: str, allow_relative: bool = True,
                    vague: float = 0.15) -> tuple[str, tuple[str, str]]:
        """A date expression for ``d`` ("am 3. Mai 2016", "im Mai 2016", "am Freitag", …);
        returns the phrase and (value, granularity) as the release states it."""
        r = self.rng.random()
        delta = (self.published - d).days
        if allow_relative and 0 < delta <= 6 and r < 0.6:
            text, value, gran = f"am {WEEKDAYS[d.weekday()]}", d.isoformat(), "day"
            if delta == 1 and r < 0.2:
                text = "gestern"
        elif allow_relative and d.year == self.published.year - 1 and r < 0.25:
            text, value, gran = "im vergangenen Jahr", str(d.year), "year"
        elif r < vague:
            text, value, gran = f"im {MONTHS[d.month - 1]} {d.year}", d.isoformat()[:7], "month"
        elif r < vague + 0.07:
            text, value, gran = f"im Jahr {d.year}", str(d.year), "year"
        elif allow_relative and d.year == self.published.year and 0 < delta < 200 and r < 0.45:
            text, value, gran = f"{prep} {d.day}. {MONTHS[d.month - 1]}", d.isoformat(), "day"
        else:
            text, value, gran = f"{prep} {d.day}. {MONTHS[d.month - 1]} {d.year}", d.isoformat(), "day"
        if text.startswith("im ") and prep == "zum":
            text = "ab " + text[3:] if gran == "month" else text
        self.dates.append({"text": text, "value": value, "granularity": gran})
        return text, (value, gran)

    def figure(self, value: float, unit: str, qualifier: str = "=", shown: str | None = None) -> str:
        number = shown or de_number(int(value))
        prefix = {"=": "", ">": self.rng.choice(["mehr als ", "über "]), "~": "rund "}[qualifier]
        text = f"{prefix}{number} {unit}"
        unit_norm = "EUR" if unit.endswith("Euro") else unit
        self.figures.append({"text": text, "value": value, "unit": unit_norm, "qualifier": qualifier})
        return text

    def event(self, event: Event, reported: tuple[str, str]) -> None:
        self.org(event.subject)
        for o in event.objects:
            self.org(o)
        self.events.append(event.truth(reported))

    def quote(self, org: Org) -> None:
        t = self.gen.templates["quotes"]
        head = org.head
        assert head is not None
        role = role_of(org)
        options = list(t["attribution"])
        if org.org_type not in ("Stadt", "Gemeinde", "Landeshauptstadt"):
            options = [o for o in options if "{town_gen}" not in o]
        place = org.place
        town_gen = place + ("'" if place[-1:] in ("s", "x", "z", "ß") else "s")
        self.say(self.rng.choice(options), quote=self.rng.choice(t["texts"]), speaker=f"{role} {head.full}",
                 speaker_name=head.full, role_of=f"{role} {org.form('gen')}", town_gen=town_gen)
        self.person(head, role, org)

    def finish(self, headline: str) -> Release:
        truth = {"published": self.published.isoformat(),
                 "organisations": [{"name": o.name, "short_name": o.short, "org_type": o.org_type,
                                    "aliases": o.aliases} for o in self.orgs.values()],
                 "people": list(self.people.values()), "dates": self.dates, "figures": self.figures,
                 "events": self.events}
        return Release(self.published, [headline, *self.paragraphs], truth)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


class Generator:
    """Invents the world and writes releases about it."""

    def __init__(self, seed: int, names: str = "auto") -> None:
        self.rng = random.Random(seed)
        self.templates = tomllib.loads(TEMPLATES.read_text("utf-8"))
        self.names = Names(self.rng, names)
        self.n_events = 0
        self.shorts: set[str] = set()
        self.regions: set[str] = set()

    def _org(self, org_type: str) -> Org:
        kind = {"Landkreis": "kreis", "Amt": "amt"}.get(org_type, "town")
        place = self.names.place(kind)
        org = Org(f"{org_type} {place}", org_type, place)
        org.head = self.names.person()
        return org

    def _provider(self, region: str) -> Org:
        style = self.rng.randrange(3)
        letters = re.sub(r"[^A-ZÄÖÜ]", "", region.title())
        if style == 0:
            org = Org(f"Kommunalservice {region} AöR", "Anstalt", short=self._short("KS", letters, region),
                      legal_form="AöR")
        elif style == 1:
            org = Org(f"{region} IT-Service GmbH", "GmbH", short=self._short("", letters, region) + "ITS",
                      legal_form="GmbH")
        else:
            org = Org(f"Zweckverband Kommunale IT {region}", "Zweckverband")
        org.head = self.names.person()
        return org

    def _short(self, prefix: str, letters: str, region: str) -> str:
        """A unique acronym: KSN, KSNO, KSNOR, … (no two providers share one)."""
        for k in range(1, len(region) + 1):
            short = prefix + (letters if k == 1 else region[:k].upper())
            if short not in self.shorts:
                self.shorts.add(short)
                return short
        return ""

    def _event(self, event_type: str, subject: Org, objects: list[Org], d: date, **kw: Any) -> Event:
        self.n_events += 1
        return Event(f"E{self.n_events:06d}", event_type, subject, objects, d, **kw)

    def story(self) -> Iterator[Release]:
        """One provider's history and the releases about it."""
        rng = self.rng
        kreis = self._org("Landkreis")
        partner = self._org(rng.choice(["Landeshauptstadt", "Stadt", "Stadt"]))
        founders = [kreis, partner] + ([self._org("Stadt")] if rng.random() < 0.2 else [])
        region = rng.choice(REGION_DIR) + kreis.place.split("-")[0].split(" ")[-1].lower() \
            if rng.random() < 0.3 else kreis.place
        if region in self.regions:
            region = kreis.place
        self.regions.add(region)
        provider = self._provider(region)
        founded = date(rng.randrange(2008, 2020), rng.randrange(1, 13), rng.choice([1, 1, rng.randrange(1, 29)]))
        founding = self._event("founding", provider, founders, founded, date_role="effective")
        staff_n = rng.randrange(8, 60)
        transfer_d = founded if rng.random() < 0.5 else date(founded.year + 1, 1, 1)
        transfer = self._event("staff_transfer", provider, founders[:2], transfer_d, date_role="effective",
                               figure=float(staff_n))
        ops_d = date(founded.year + (founded.month + 2) // 12, (founded.month + 2) % 12 + 1, 1)
        ops = self._event("operations_start", provider, [], ops_d, granularity="month", date_role="started")
        gm = self.names.person()
        appoint_d = founded + timedelta(days=rng.randrange(-20, 90))
        appointment = self._event("appointment", provider, [], appoint_d, date_role="started", persons=[gm])
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            pub = founded - timedelta(days=rng.randrange(1, 40)) if rng.random() < 0.3 else \
                founded + timedelta(days=rng.randrange(1, 8))
            yield self._founding_release(pub, provider, founders, founding, transfer, ops, appointment, gm)
        if rng.random() < 0.4:
            pub = appoint_d + timedelta(days=rng.randrange(1, 10))
            yield self._appointment_release(pub, provider, appointment, gm, founders[-1])
        for _ in range(rng.choice([1, 2, 2, 3, 4])):
            yield from self._joiner(provider, founders, founding)

    def _joiner(self, provider: Org, founders: list[Org], founding: Event) -> Iterator[Release]:
        rng = self.rng
        joiner = self._org(rng.choice(["Stadt", "Stadt", "Amt", "Gemeinde"]))
        effective = date(founding.date.year + rng.randrange(1, 7), rng.choice([1, 1, 1, 7]), 1)
        decided = effective - timedelta(days=rng.randrange(90, 300))
        signed = decided + timedelta(days=rng.randrange(20, 80))
        body_phrase = BODIES[joiner.org_type].format(place=joiner.place)
        body = Org(body_phrase.split(" ", 1)[1], "Gremium")
        membership = self._event("membership", joiner, [provider], effective, date_role="effective")
        resolution = self._event("resolution", joiner, [provider], decided, date_role="decided")
        signing = self._event("contract_signing", joiner, [provider], signed, date_role="signed")
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            pub = signed + timedelta(days=rng.randrange(1, 9)) if rng.random() < 0.6 else \
                decided + timedelta(days=rng.randrange(1, 15))
            yield self._membership_release(pub, provider, founders, joiner, body, founding, membership,
                                           resolution, signing if pub > signed else None)

    def _fill(self, w: Writer, provider: Org, founders: list[Org] | None = None) -> dict[str, str]:
        values = {"P": provider.form("nom"), "P_acc": provider.form("acc"), "P_dat": provider.form("dat"),
                  "P_gen": provider.form("gen"), "P_name": provider.name, "P_ref": provider.ref,
                  "kind": "IT-Dienstleister"}
        w.org(provider)
        if founders:
            def join(case: str) -> str:
                forms = [f.form(case) for f in founders]
                return ", ".join(forms[:-1]) + " und " + forms[-1]
            values.update(F=join("nom"), F_dat=join("dat"), F_gen=join("gen"),
                          F_short=" und ".join(f.name for f in founders))
        return values

    def _date(self, w: Writer, values: dict[str, str], key: str, d: date, prep: str = "am",
              event: Event | None = None, wrong: float = 0.0, **kw: Any) -> None:
        if event is not None and wrong and self.rng.random() < wrong:
            d = d + timedelta(days=self.rng.choice([-3, -1, 1, 2, 7]))  # a release with a conflicting date
        text, reported = w.date_phrase(d, prep, **kw)
        values[key], values[key + "_cap"] = text, cap(text)
        if event is not None:
            w.event(event, reported)

    def _founding_release(self, pub: date, provider: Org, founders: list[Org], founding: Event,
                          transfer: Event, ops: Event, appointment: Event, gm: Person) -> Release:
        t, rng = self.templates["founding"], self.rng
        w = Writer(self, pub)
        v = self._fill(w, provider, founders)
        self._date(w, v, "found_on", founding.date, prep="zum" if founding.date.day == 1 else "am",
                   event=founding, wrong=0.1)
        headline = rng.choice(t["headline"]).format_map(v)
        w.say(rng.choice(t["lead"]), **v)
        w.say(rng.choice(t["purpose"]), **v)
        if rng.random() < 0.6:
            self._date(w, v, "transfer_on", transfer.date, prep="zum", event=transfer, allow_relative=False)
            v["staff"] = w.figure(transfer.figure or 0, "Beschäftigte")
            w.say(rng.choice(t["staff"]), **v)
        w.quote(rng.choice(founders))
        if rng.random() < 0.3:
            self._date(w, v, "ops_on", ops.date, prep="zum", event=ops, vague=0.8)
            w.say(rng.choice(t["operations"]), **v)
        if rng.random() < 0.3:
            role = HEAD_ROLES[provider.org_type][gm.female]
            self._date(w, v, "appoint_on", appointment.date, event=appointment)
            w.person(gm, role, provider)
            phrases = role_phrases(role, gm.female)
            w.say(rng.choice(t["appointment"]), person=gm.full, to_role_cap=cap(phrases["to_role"]), **phrases, **v)
        return w.finish(headline)

    def _appointment_release(self, pub: date, provider: Org, appointment: Event, gm: Person,
                             town: Org) -> Release:
        t, rng = self.templates["appointment"], self.rng
        w = Writer(self, pub)
        v = self._fill(w, provider)
        role = HEAD_ROLES[provider.org_type][gm.female]
        self._date(w, v, "appoint_on", appointment.date, event=appointment)
        w.person(gm, role, provider)
        phrases = role_phrases(role, gm.female)
        v.update(person=gm.full, person_short=gm.last, J_gen=town.form("gen"),
                 to_role_cap=cap(phrases["to_role"]), **phrases)
        v["employees"] = w.figure(rng.randrange(20, 200), "Mitarbeiter")
        headline = rng.choice(t["headline"]).format_map(v)
        w.say(rng.choice(t["lead"]), **v)
        context = rng.choice(t["context"])
        if "{J_gen}" in context:
            w.org(town)
        if "{employees}" not in context:
            w.figures.pop()
        w.say(context, **v)
        w.quote(provider)
        return w.finish(headline)

    def _membership_release(self, pub: date, provider: Org, founders: list[Org], joiner: Org, body: Org,
                            founding: Event, membership: Event, resolution: Event,
                            signing: Event | None) -> Release:
        t, rng = self.templates["membership"], self.rng
        w = Writer(self, pub)
        v = self._fill(w, provider, founders)
        body_article = "die" if body.name.endswith(joiner.place) and "vertretung" in body.name else "der"
        v.update(J=joiner.form("nom"), J_name=joiner.name, B=f"{body_article} {body.name}")
        headline = rng.choice(t["headline"]).format_map(v)
        self._date(w, v, "eff", membership.date, prep="zum", event=membership, wrong=0.1, vague=0.2)
        if rng.random() < 0.7:
            self._date(w, v, "decided_on", resolution.date, event=resolution, wrong=0.05)
            w.org(body)
            w.say(rng.choice(t["resolution"]), **v)
        w.say(rng.choice(t["join"]), **v)
        if signing is not None and rng.random() < 0.75:
            self._date(w, v, "signed_on", signing.date, event=signing)
            w.say(rng.choice(t["signing"]), **v)
        w.quote(joiner)
        if rng.random() < 0.5:
            v["workplaces"] = w.figure(rng.randrange(20, 400), "IT-Arbeitsplätze")
            w.say(rng.choice(t["workplaces"]), **v)
        if rng.random() < 0.4:
            for f in founders:
                w.org(f)
            self._date(w, v, "found_on", founding.date, prep="am", event=founding, vague=0.5)
            w.say(rng.choice(t["background"]), **v)
        if rng.random() < 0.5:
            w.quote(provider)
        if rng.random() < 0.4:
            template = rng.choice(t["figures"])
            v["employees"] = w.figure(rng.randrange(20, 200), "Mitarbeiter") if "{employees}" in template else ""
            if "{workplaces_plain}" in template:
                v["workplaces_plain"] = w.figure(rng.randrange(1000, 5000), "Arbeitsplätze", ">")
                v["apps"] = w.figure(rng.randrange(100, 400), "Fachanwendungen", ">")
            if "{euros}" in template:
                millions = rng.randrange(5, 40) / 10
                v["euros"] = w.figure(millions * 1e6, "Millionen Euro", "~",
                                      shown=f"{millions:.1f}".replace(".", ","))
            w.say(template, **v)
        return w.finish(headline)

    def furnish(self, release: Release, index: int) -> tuple[str, bool]:
        """The file text: dateline, furniture, wrapping. Returns (text, has_dateline)."""
        rng, f = self.rng, self.templates["furniture"]
        d = release.published
        lines = [release.lines[0], ""]
        dateline = rng.random()
        has_dateline = dateline < 0.7
        body = list(release.lines[1:])
        if dateline < 0.35:
            body[0] = f"[{d.day:02d}.{d.month:02d}.{d.year}] {body[0]}"
        elif dateline < 0.5:
            body[0] = f"[{d.day}.{d.month}.{d.year}] {body[0]}"
        elif dateline < 0.6:
            body[0] = f"{d.day:02d}.{d.month:02d}.{d.year} – {body[0]}"
        elif dateline < 0.7:
            lines.insert(0, f"date {d.isoformat()[:7]}")
            lines.insert(1, "")
            has_dateline = False  # month-only: the manifest gives the day
        wrap = rng.random() < 0.15
        for paragraph in body:
            if wrap:
                lines.extend(textwrap.wrap(paragraph, width=rng.choice([80, 100]), break_on_hyphens=False))
            else:
                lines.append(paragraph)
            lines.append("")
            if rng.random() < 0.05:
                lines.extend([rng.choice(f["lines"]).format(id=rng.randrange(10**7, 10**8)), ""])
        if rng.random() < 0.25:
            lines.extend([rng.choice(f["teaser_head"]), ""])
            for _ in range(rng.randrange(2, 5)):
                lines.append(rng.choice(f["teasers"]).format(town=self.names.invent()))
        elif rng.random() < 0.2:
            lines.append("Druckversion PDF Link mailen")
        return "\n".join(lines).rstrip() + "\n", has_dateline

    def releases(self, n: int) -> list[Release]:
        out: list[Release] = []
        while len(out) < n:
            out.extend(self.story())
        out = out[:n]
        self.rng.shuffle(out)  # reports of one event are scattered over the corpus
        return out


def generate(n: int, out: Path, seed: int = 1, names: str = "auto") -> Path:
    """Write ``n`` releases, manifest.csv and truth.jsonl to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed, names)
    width = max(5, len(str(n)))
    manifest: list[dict[str, str]] = []
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for i, release in enumerate(gen.releases(n), 1):
            name = f"pm{i:0{width}d}.txt"
            text, has_dateline = gen.furnish(release, i)
            (out / name).write_text(text, encoding="utf-8")
            if not has_dateline:
                manifest.append({"file": name, "url": f"https://example.org/presse/{i}",
                                 "published": release.published.isoformat(), "source": "bench", "title": ""})
            truth.write(json.dumps({"file": name, "doc_id": name[:-4], **release.truth},
                                   ensure_ascii=False, sort_keys=True) + "\n")
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["file", "url", "published", "source", "title"])
        writer.writeheader()
        writer.writerows(manifest)
    return out


def generate_leipzig(source: Path, out: Path, per_release: int = 15, n: int | None = None) -> Path:
    """Group the Leipzig corpus sentences (read at run time, never stored in
    the repo) into releases of ``per_release`` sentences."""
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(source.glob("*sentences.txt")) if source.is_dir() else [source]
    sentences: list[str] = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            sentences.append(line.split("\t", 1)[-1].strip())
    chunks = [[s for s in sentences[i:i + per_release] if s] for i in range(0, len(sentences), per_release)]
    for count, chunk in enumerate(chunks[:n] if n is not None else chunks, 1):
        paragraphs = [" ".join(chunk[i:i + 4]) for i in range(0, len(chunk), 4)]
        (out / f"lz{count:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="number of releases")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", choices=["auto", "synthetic", "gazetteer"], default="auto",
                        help="place names: invented, or real ones from the shared gazetteer (auto: if present)")
    parser.add_argument("--leipzig", type=Path, help="instead: releases from the Leipzig sentence files")
    args = parser.parse_args(argv)
    if args.leipzig:
        generate_leipzig(args.leipzig, args.out)
    else:
        generate(args.n, args.out, args.seed, args.names)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
