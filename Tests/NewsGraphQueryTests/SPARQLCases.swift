/// SPARQL queries run against both newsgraph and pyoxigraph.
struct SPARQLCase: Sendable {
    var name: String
    var fixture: String
    var query: String
    /// Whether ORDER BY fixes the order of every row.
    var ordered = false
    /// Whether the right answer is no rows (the case checks that nothing matches).
    var expectsEmpty = false
}

enum SPARQLCases {
    static let prefixes = """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX schema: <https://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX ng: <https://newsgraph.dev/ns#>
        PREFIX rel: <https://newsgraph.dev/ns/relation#>
        PREFIX attr: <https://newsgraph.dev/ns/attribute#>
        PREFIX ngr: <https://newsgraph.dev/id/>
        PREFIX article: <https://newsgraph.dev/id/article/>
        PREFIX ex: <http://example.org/>

        """

    static let all: [SPARQLCase] = news + datatypes

    static func n(_ name: String, _ query: String, ordered: Bool = false, empty: Bool = false) -> SPARQLCase {
        SPARQLCase(name: name, fixture: "news.ttl", query: query, ordered: ordered, expectsEmpty: empty)
    }

    static func d(_ name: String, _ query: String, ordered: Bool = false, empty: Bool = false) -> SPARQLCase {
        SPARQLCase(name: name, fixture: "datatypes.ttl", query: query, ordered: ordered, expectsEmpty: empty)
    }

    static let news: [SPARQLCase] = [
        n("type", "SELECT ?s WHERE { ?s a ng:Actor }"),
        n("labels ordered", "SELECT ?label WHERE { ?s a ng:WeaponSystem ; rdfs:label ?label } ORDER BY ?label", ordered: true),
        n("distinct kinds", "SELECT DISTINCT ?kind WHERE { ?s ng:kind ?kind }"),
        n("star join", "SELECT * WHERE { ?s rel:supplies ?w . ?w attr:maker ?maker }"),
        n("optional", "SELECT ?a ?w ?maker WHERE { ?a rel:supplies ?w OPTIONAL { ?w attr:maker ?maker } }"),
        n("regex i", #"SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(regex(?label, "^i", "i")) }"#),
        n("contains lcase", #"SELECT ?s WHERE { ?s rdfs:label ?l FILTER(contains(lcase(?l), "dome")) }"#),
        n("strstarts str", #"SELECT ?s WHERE { ?s a ?t FILTER(strstarts(str(?s), "https://newsgraph.dev/id/weapon.")) }"#),
        n("count group", "SELECT ?kind (COUNT(?s) AS ?n) WHERE { ?s ng:kind ?kind } GROUP BY ?kind"),
        n("having", "SELECT ?kind (COUNT(?s) AS ?n) WHERE { ?s ng:kind ?kind } GROUP BY ?kind HAVING (COUNT(?s) > 1)"),
        n("sum min max", "SELECT (SUM(?c) AS ?total) (MIN(?c) AS ?min) (MAX(?c) AS ?max) WHERE { ?s a ng:Actor ; ng:mentionCount ?c }"),
        n("range filter", "SELECT ?s ?c WHERE { ?s ng:mentionCount ?c FILTER(?c >= 3 && ?c < 6) }"),
        n("union", "SELECT ?s ?t WHERE { { ?s rel:attacks ?t } UNION { ?s rel:opposes ?t } }"),
        n("minus", "SELECT ?s WHERE { ?s a ng:Actor MINUS { ?s rel:supplies ?w } }"),
        n("ask true", "ASK { ngr:actor.germany rel:supplies ngr:weapon.patriot }"),
        n("ask false", "ASK { ngr:actor.germany rel:attacks ?x }"),
        n("order desc limit", "SELECT ?label ?c WHERE { ?s rdfs:label ?label ; ng:mentionCount ?c } ORDER BY DESC(?c) ?label LIMIT 4", ordered: true),
        n("offset limit", "SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label OFFSET 2 LIMIT 3", ordered: true),
        n("not exists", "SELECT ?s WHERE { ?s a ng:Actor FILTER NOT EXISTS { ?s ng:alias ?a } }"),
        n("bind", "SELECT ?s ?twice WHERE { ?s ng:mentionCount ?c BIND(?c * 2 AS ?twice) }"),
        n("select expression", "SELECT ?s (?c + 1 AS ?next) WHERE { ?s a ng:Place ; ng:mentionCount ?c }"),
        n("evidence", "SELECT ?claim ?evidence ?article WHERE { ?m oa:hasBody ?claim ; ng:evidence ?evidence ; oa:hasTarget ?t . ?t oa:hasSource ?article }"),
        n("datatype", "SELECT ?s (DATATYPE(?c) AS ?dt) WHERE { ?s a ng:WeaponSystem ; ng:mentionCount ?c }"),
        n("optional filter", "SELECT ?s ?alias WHERE { ?s a ng:Actor OPTIONAL { ?s ng:alias ?alias FILTER(strlen(?alias) > 4) } }"),
        n("not bound", "SELECT ?s WHERE { ?s a ng:WeaponSystem OPTIONAL { ?s ng:alias ?a } FILTER(!bound(?a)) }"),
        n("values", "SELECT ?s ?label WHERE { VALUES ?s { ngr:actor.iran ngr:actor.israel ngr:nothing } ?s rdfs:label ?label }"),
        n("in", #"SELECT ?s WHERE { ?s ng:kind ?kind FILTER(?kind IN ("City", "Region")) }"#),
        n("not in", #"SELECT ?s WHERE { ?s ng:kind ?kind FILTER(?kind NOT IN ("Country", "AirDefense", "direct")) }"#),
        n("two pattern join", "SELECT ?a ?w ?user WHERE { ?a rel:supplies ?w . ?user rel:operates ?w }"),
        n("count distinct", "SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?a rel:supplies ?w }"),
        n("statements", "SELECT ?speaker ?text WHERE { ?speaker rel:states ?st . ?st schema:text ?text }"),
        n("group concat", #"SELECT ?s (GROUP_CONCAT(?alias; SEPARATOR="|") AS ?all) WHERE { ?s ng:alias ?alias } GROUP BY ?s HAVING (COUNT(?alias) = 1)"#),
        n("count star", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        n("empty aggregates", "SELECT (COUNT(?x) AS ?n) (SUM(?x) AS ?sum) WHERE { ?s ng:nothing ?x }"),
        n("or", #"SELECT ?s WHERE { ?s ng:kind "Country" ; ng:mentionCount ?c FILTER(?c > 5 || ?c = 2) }"#),
        n("top predicates", "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 5", ordered: true),
        n("ucase equals", #"SELECT ?s WHERE { ?s rdfs:label ?l FILTER(ucase(?l) = "IRAN") }"#),
        n("filter error is false", "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l > 3) }", empty: true),
        n("not equal", #"SELECT ?s ?kind WHERE { ?s a ng:Actor ; ng:kind ?kind FILTER(?kind != "Country") }"#),
        n("avg", #"SELECT (AVG(?c) AS ?avg) WHERE { ?s ng:kind "Country" ; ng:mentionCount ?c }"#),
        n("claims by article", "SELECT ?article (COUNT(?claim) AS ?n) WHERE { ?claim a rdf:Statement ; prov:wasDerivedFrom ?article } GROUP BY ?article"),
        n("reified claim", "SELECT ?s ?p ?o WHERE { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o }"),
        n("relations used", "SELECT ?r WHERE { ?r rdfs:subPropertyOf ng:relation FILTER EXISTS { ?x ?r ?y } }"),
        n("iri compare", "SELECT ?w WHERE { ?a rel:supplies ?w FILTER(?a = ngr:actor.germany) }"),
        n("sameTerm and isIRI", "SELECT ?s ?o WHERE { ?s rel:opposes ?o FILTER(isIRI(?o) && !sameTerm(?s, ?o)) }"),
    ]

    static let datatypes: [SPARQLCase] = [
        d("lang equals", #"SELECT ?s ?n WHERE { ?s ex:name ?n FILTER(lang(?n) = "en") }"#),
        d("langMatches", #"SELECT ?s ?n WHERE { ?s ex:name ?n FILTER(langMatches(lang(?n), "en")) }"#),
        d("decimal compare", "SELECT ?s ?w WHERE { ?s ex:weight ?w FILTER(?w > 2) }"),
        d("int types", "SELECT ?s ?v WHERE { ?s ex:score ?v FILTER(?v > 9) }"),
        d("numeric order", "SELECT ?s ?v WHERE { ?s ex:score ?v } ORDER BY ?v", ordered: true),
        d("boolean term", "SELECT ?s WHERE { ?s ex:active true }"),
        d("ebv", "SELECT ?s WHERE { ?s ex:active ?a FILTER(?a) }"),
        d("strlen", "SELECT ?s ?n (STRLEN(?n) AS ?len) WHERE { ?s ex:name ?n }"),
        d("blank subject", "SELECT ?n WHERE { ?s ex:name ?n FILTER(isBlank(?s)) }"),
        d("collection pattern", "SELECT ?x ?z WHERE { ex:d ex:tags (?x ?y ?z) }"),
        d("date compare", #"SELECT ?s WHERE { ?s ex:born ?d FILTER(?d < "2000-01-01"^^xsd:date) }"#),
        d("str equals", #"SELECT ?n WHERE { ?s ex:name ?n FILTER(STR(?n) = "Alpha") }"#),
        d("simple equals", #"SELECT ?n WHERE { ?s ex:name ?n FILTER(?n = "Alpha") }"#),
        d("decimal sum", "SELECT (SUM(?w) AS ?sum) WHERE { ?s ex:weight ?w }"),
        d("arithmetic", "SELECT ?s (?v * 2 AS ?double) (?v / 2 AS ?half) (?v - 1 AS ?less) WHERE { ?s ex:score ?v }"),
        d("custom datatype", #"SELECT ?s WHERE { ?s ex:code ?c FILTER(?c = "unknown") }"#, empty: true),
        d("strstarts lang", #"SELECT ?s ?n WHERE { ?s ex:name ?n FILTER(strstarts(?n, "Al")) }"#),
        d("concat", #"SELECT (CONCAT(?n, "!") AS ?x) WHERE { ex:b ex:name ?n }"#),
        d("escape in query", #"SELECT ?s WHERE { ?s ex:note ?note FILTER(contains(?note, "\n")) }"#),
        d("count distinct subjects", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        d("minus disjoint", "SELECT ?s WHERE { ?s ex:score ?v MINUS { ?x ex:note ?n } }"),
        d("knows join", "SELECT ?s ?k ?kn WHERE { ?s ex:knows ?k . ?k ex:name ?kn }"),
        d("if", #"SELECT ?s (IF(?v > 9, "high", "low") AS ?level) WHERE { ?s ex:score ?v }"#),
        d("coalesce", "SELECT ?s (COALESCE(?w, 0) AS ?weight) WHERE { ?s ex:score ?v OPTIONAL { ?s ex:weight ?w } }"),
        d("string order", "SELECT ?n WHERE { ?s ex:name ?n FILTER(datatype(?n) = xsd:string) } ORDER BY ?n", ordered: true),
        d("lang tag case", #"SELECT ?n WHERE { ?s ex:name ?n FILTER(lang(?n) = "en-gb") }"#),
        d("ucase keeps language", #"SELECT (UCASE(?n) AS ?u) WHERE { ex:a ex:name ?n FILTER(lang(?n) = "it") }"#),
        d("substr", #"SELECT (SUBSTR(?n, 2, 3) AS ?part) WHERE { ?s ex:name ?n FILTER(?s = ex:c) }"#),
        d("strbefore strafter", #"SELECT (STRBEFORE(?n, " ") AS ?b) (STRAFTER(?n, " ") AS ?a) WHERE { ex:c ex:name ?n }"#),
        d("replace", #"SELECT (REPLACE(?n, "a", "4") AS ?r) WHERE { ex:c ex:name ?n }"#),
        d("max decimal", "SELECT (MAX(?w) AS ?max) (MIN(?w) AS ?min) WHERE { ?s ex:weight ?w }"),
        d("isLiteral isNumeric", "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && isNumeric(?o) && ?o < 0) }"),
        d("optional unbound in order", "SELECT ?s ?w WHERE { ?s ex:score ?v OPTIONAL { ?s ex:weight ?w } } ORDER BY ?w ?s", ordered: true),
    ]
}
