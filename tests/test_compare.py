"""Comparison and brief on the example corpus, with exact expectations, plus the pieces alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism import compare
from newsprism.cli import app
from newsprism.compare.config import CompareConfig
from newsprism.models import Article, Story
from newsprism.pipeline import analyze

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def ex():
    an = analyze(EXAMPLES)
    by_title = {}
    for st in an.stories:
        key = "okonjo" if "Okonjo" in st.title else "bridge" if "Kessling" in st.title else "barrier"
        by_title[key] = (st, an.comparisons[st.id])
    return an, {a.id: a for a in an.articles}, by_title


def _outlet_of(by_id, aid):
    return by_id[aid].outlet


def _sentence(comp, outlet_by_id, outlet, start):
    hits = [s for s in comp.sentences if outlet_by_id[s.article_id] == outlet and s.text.startswith(start)]
    assert len(hits) == 1, (outlet, start, [s.text for s in comp.sentences])
    return hits[0]


def _conflicts(comp):
    return sorted(
        (c.kind, c.key, tuple((i["text"], tuple(sorted(i["outlets"]))) for i in c.to_dict()["items"]))
        for c in comp.conflicts
    )


def test_every_multi_outlet_story_is_compared(ex):
    an, _, stories = ex
    assert set(an.comparisons) == {st.id for st in an.stories}
    for st, comp in stories.values():
        assert comp.article_ids == st.article_ids
        assert 3 <= len(comp.brief["sentences"]) <= 6
        for s in comp.sentences:  # every span is an offset into the stored text
            assert ex[1][s.article_id].text[s.span.start : s.span.end] == s.text
        for line in comp.brief["sentences"]:
            a = ex[1][line["article_id"]]
            assert " ".join(a.text[line["span"]["start"] : line["span"]["end"]].split()) == line["text"]
            assert line["outlets"] and set(line["outlets"]) <= set(st.outlets)


def test_okonjo_story(ex):
    _, by_id, stories = ex
    st, comp = stories["okonjo"]
    o = {a: by_id[a].outlet for a in comp.article_ids}
    assert comp.sources == 4
    assert _conflicts(comp) == [
        (
            "date",
            "date",
            (("May 2027", ("Northgate Chronicle", "The Harbour Gazette")), ("May 2028", ("Daily Lantern",))),
        )
    ]
    lead = _sentence(comp, o, "The Harbour Gazette", "Margaret Okonjo is being urged")
    assert lead.status == "consensus"
    assert set(lead.support) == {
        "The Harbour Gazette",
        "Northgate Chronicle",
        "Riverside Post",
        "Daily Lantern",
    }
    assert _sentence(comp, o, "Daily Lantern", "The mayoral election is due in May 2028").status == "unique"
    assert (
        _sentence(comp, o, "The Harbour Gazette", "The mayoral election is due in May 2027").status
        == "partial"
    )
    assert _sentence(comp, o, "The Harbour Gazette", "Party leader Tom Hale").status == "unique"
    # who was first, whom each credits
    prov = comp.provenance.to_dict()
    assert [o[a] for a in prov["first"]] == ["The Harbour Gazette"]
    cites = {(o[e["source"]], e["target"]) for e in prov["edges"] if e["kind"] == "cites"}
    assert cites == {(x, "outlet:Brightwater Ledger") for x in comp.outlets}
    assert {e["source"] for e in prov["edges"] if e["kind"] == "copy_of"} == set()
    assert {o[v] for v in prov["quote_first"].values()} == {"The Harbour Gazette"}
    # the brief: the disputed date is left to the conflicts
    b = comp.brief
    assert b["sentences"][0]["text"].startswith("Margaret Okonjo is being urged by her allies")
    assert len(b["sentences"][0]["outlets"]) == 4
    assert not any("May 2027" in s["text"] for s in b["sentences"])
    assert ("Daily Lantern", "The mayoral election is due in May 2028.") in {
        (x["outlet"], x["text"]) for x in b["only_in"]
    }
    assert b["conflicts"] == [
        "date: 'May 2027' (The Harbour Gazette, Northgate Chronicle) vs 'May 2028' (Daily Lantern)"
    ]
    ally = b["key_quotes"][0]
    assert ally["speaker"] == "ally of Margaret Okonjo" and len(ally["outlets"]) == 4
    assert any(f.startswith("attribution differs") for f in ally["flags"])
    people = {e.name: e for e in comp.entities if e.type == "person"}
    assert people["Margaret Okonjo"].mentions["The Harbour Gazette"] >= 3  # "Ms Okonjo", "Margaret" folded in
    assert "Ruiz" not in people and "Margaret" not in people


def test_bridge_story_copies_conflicts_and_reuse(ex):
    _, by_id, stories = ex
    st, comp = stories["bridge"]
    o = {a: by_id[a].outlet for a in comp.article_ids}
    wire = next(a for a in comp.article_ids if o[a] == "Meridian Wire")
    assert comp.sources == 2  # the wire story and its two copies are one report
    assert _conflicts(comp) == [
        ("count", "vehicle", (("30,000 vehicles", ("Meridian Wire", "Northgate Chronicle", "Riverside Post")),
                              ("24,000 vehicles", ("The Harbour Gazette",)))),
        ("duration", "duration", (("six weeks", ("Meridian Wire", "Northgate Chronicle", "Riverside Post")),
                                  ("two months", ("The Harbour Gazette",)))),
    ]  # fmt: skip
    reuse = {(o[r.source], o[r.target]): r for r in comp.reuse}
    assert reuse[("Meridian Wire", "Riverside Post")].containment == 1.0
    assert reuse[("Meridian Wire", "Riverside Post")].copy
    assert reuse[("Meridian Wire", "Northgate Chronicle")].containment > 0.95
    assert reuse[("Meridian Wire", "Northgate Chronicle")].longest_passage >= 80
    hg = reuse[("Meridian Wire", "The Harbour Gazette")]
    assert (
        not hg.copy and hg.containment < 0.25 and hg.containment_outside_quotes < 0.1
    )  # shares the quote only
    p = reuse[("Meridian Wire", "Northgate Chronicle")].passages[0].to_dict()
    src, tgt = by_id[wire].text, by_id[reuse[("Meridian Wire", "Northgate Chronicle")].target].text
    assert (
        src[p["source"]["start"] : p["source"]["end"]].split()[-3:]
        == tgt[p["target"]["start"] : p["target"]["end"]].split()[-3:]
    )
    prov = comp.provenance.to_dict()
    assert prov["first"] == [wire]
    copies = {(o[e["source"]], o[e["target"]]) for e in prov["edges"] if e["kind"] == "copy_of"}
    assert copies == {("Northgate Chronicle", "Meridian Wire"), ("Riverside Post", "Meridian Wire")}
    assert not [e for e in prov["edges"] if e["kind"] == "reuses"]  # copies are not "reusing" each other
    credits = {o[a]: [c["name"] for c in cs] for a, cs in prov["credits"].items()}
    assert credits == {"Meridian Wire": [], "Northgate Chronicle": ["Meridian Wire"],
                       "Riverside Post": ["Meridian Wire"], "The Harbour Gazette": []}  # fmt: skip
    b = comp.brief
    assert b["sentences"][0]["text"].startswith("The Kessling Bridge, the main road link")  # dateline trimmed
    assert not any("six weeks" in s["text"] or "two months" in s["text"] for s in b["sentences"])
    only = {(x["outlet"], x["text"]) for x in b["only_in"]}
    assert ("The Harbour Gazette", "She told reporters the repairs would take about two months.") in only
    assert {x["outlet"] for x in b["only_in"]} == {"Meridian Wire", "The Harbour Gazette"}  # copies folded in


def test_barrier_story_role_and_year_conflicts(ex):
    _, by_id, stories = ex
    st, comp = stories["barrier"]
    o = {a: by_id[a].outlet for a in comp.article_ids}
    assert _conflicts(comp) == [
        ("role", "Tom Avery", (("council leader", ("Daily Lantern", "The Harbour Gazette")),
                               ("Council deputy leader", ("Riverside Post",)))),
        ("year", "year", (("2029", ("Daily Lantern",)), ("2030", ("The Harbour Gazette",)))),
    ]  # fmt: skip
    assert (
        _sentence(comp, o, "Daily Lantern", "Pellworth District Council has approved").status == "consensus"
    )
    assert _sentence(comp, o, "Riverside Post", "Some residents say").status == "unique"
    assert _sentence(comp, o, "Daily Lantern", "Construction is due to start").status == "unique"
    b = comp.brief
    assert b["sentences"][0] == {
        "text": "Pellworth's £48m flood barrier on the River Senn has been approved, the council said on Friday.",
        # the Gazette's "Councillors in Pellworth voted 31 to 9 on Friday to build a £48m tidal
        # barrier on the River Senn" says it in other words (0.74 MiniLM cosine): named
        "outlets": ["Daily Lantern", "The Harbour Gazette", "Riverside Post"],
        "article_id": b["sentences"][0]["article_id"],
        "span": b["sentences"][0]["span"],
        "status": "consensus",
    }
    # ... and so the Gazette's vote is not its own alone
    votes = _sentence(comp, o, "The Harbour Gazette", "Councillors in Pellworth voted")
    assert votes.status == "consensus"
    assert not any(x["text"].startswith("Councillors in Pellworth voted") for x in b["only_in"])
    assert not any("deputy" in s["text"] for s in b["sentences"])  # the disputed title stays out
    assert b["key_quotes"][0]["speaker"] == "Tom Avery"


# --------------------------------------------------------------------------- the pieces


def _art(text: str, aid: str = "a1", published: str | None = "2026-05-01") -> Article:
    from newsprism.clean import annotate

    return Article(text=text, id=aid, outlet=aid.upper(), published=published, annotations=annotate(text))


def test_sentences_never_split_inside_a_quote_or_after_a_title():
    a = _art(
        "Ms. Okafor spoke first. ‘We are ready. The money is there,’ she said. Dr. Lee disagreed.\n\n"
        "READ MORE: Something else entirely here"
    )
    texts = [a.text[s.start : s.end] for s in compare.split_sentences(a)]
    assert texts == [
        "Ms. Okafor spoke first.",
        "‘We are ready. The money is there,’ she said.",
        "Dr. Lee disagreed.",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "key", "value"),
    [
        ("The plan costs £48m in total.", "money", "£", 48e6),
        ("The plan costs £48 million in total.", "money", "£", 48e6),
        ("Repairs will take two months at least.", "duration", "duration", 60),
        ("Repairs will take six weeks at least.", "duration", "duration", 42),
        ("The vote is due in May 2027 after all.", "date", "date", 202705),
        ("About 3,200 homes are at risk of flooding.", "count", "home", 3200),
        ("Turnout fell to 41.5% on the day.", "percent", "percent", 41.5),
        ("She has led the group since 2019 and will stay.", "start_year", "start_year", 2019),
    ],
)
def test_fact_values(text, kind, key, value):
    a = _art(text)
    sents = [compare.Sentence("a1#0", "a1", "A1", compare.split_sentences(a)[0], text)]
    facts = [f for f in compare.extract_facts(a, sents) if f.kind == kind]
    assert [(f.key, f.value) for f in facts] == [(key, pytest.approx(value))]
    assert a.text[facts[0].span.start : facts[0].span.end] == facts[0].text


def test_two_years_against_a_year_uses_the_publication_date():
    def facts(text, aid):
        a = _art(text, aid, published="2026-03-01")
        sp = compare.split_sentences(a)[0]
        return compare.extract_facts(a, [compare.Sentence(f"{aid}#0", aid, aid, sp, text)])

    two_years = facts("Frost has held the post for two years now.", "a")
    assert compare.fact_conflicts(two_years, facts("Frost has held the post since 2024.", "b")) == []
    clash = compare.fact_conflicts(two_years, facts("Frost has held the post since 2019.", "c"))
    assert [(x.text, y.text) for x, y in clash] == [("two years", "since 2019")]


def test_text_reuse_counts_shared_passages_both_ways():
    base = "The council voted on Friday to close the old library on Mill Street after a long review of costs."
    a = _art(base, "a")
    b = _art(base + " Residents plan a protest outside the town hall next week to save it.", "b")
    wa, wb = compare.Words.of(a), compare.Words.of(b)
    ab = compare.text_reuse(a, b, wa, wb)
    ba = compare.text_reuse(b, a, wb, wa)
    assert ba.containment == 1.0 and ba.longest_passage == 19
    assert ab.containment == pytest.approx(19 / 32, abs=1e-3) and ab.longest_passage == 19


def test_a_short_shared_run_is_the_longest_passage_though_none_is_listed():
    """A quote of seven words shared by two otherwise different reports: "27%, longest passage 0
    words" read as a contradiction; the longest run is seven words, and no passage (under eight) is
    listed."""
    a = _art("'This is a turning point for Pellworth,' said the council leader after the vote.", "a")
    b = _art("Residents cheered. 'This is a turning point for Pellworth,' one of them said.", "b")
    r = compare.text_reuse(a, b, compare.Words.of(a), compare.Words.of(b))
    assert r.containment > 0 and r.longest_passage == 7 and r.passages == []


def test_single_report_story_still_gets_a_brief():
    a = _art("The ferry to Orrin Island will stop running in June. The operator blamed the rising cost of fuel. Islanders "
             "have started a petition to save the service. A council meeting is planned for next month.", "a")  # fmt: skip
    comp = compare.compare_story(Story("s1", ["a"]), [a])
    assert comp.sources == 1 and all(s.status == "unique" for s in comp.sentences)
    assert len(comp.brief["sentences"]) == 3 and comp.brief["only_in"] == []


def test_cli_compare_and_brief(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    r = runner.invoke(app, ["analyze", str(EXAMPLES), "--db", db, "--out", str(tmp_path / "r.json"), "-q"])
    assert r.exit_code == 0, r.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    sid = next(s["id"] for s in report["stories"] if "Kessling" in s["title"])
    r = runner.invoke(app, ["compare", sid, "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d == report["comparisons"][sid]
    r = runner.invoke(app, ["brief", sid, "--db", db])
    assert r.exit_code == 0
    assert "[Meridian Wire, Northgate Chronicle, Riverside Post, The Harbour Gazette]" in r.stdout
    assert "Only in The Harbour Gazette" in r.stdout and "Conflicts:" in r.stdout
    r = runner.invoke(app, ["brief", sid, "--db", db, "--json"])
    assert json.loads(r.stdout)["sentences"] == report["comparisons"][sid]["brief"]["sentences"]
    r = runner.invoke(app, ["compare", sid, "--db", db])
    assert "Text reuse" in r.stdout and "syndicated copy" in r.stdout
    r = runner.invoke(app, ["brief", "s-no-such-story", "--db", db])
    assert r.exit_code == 1 and "no story" in r.stderr


def _article(aid: str, outlet: str, text: str, published: str) -> Article:
    from newsprism.ingest import article_from_json, finish

    a = article_from_json({"id": aid, "outlet": outlet, "text": text, "published": published, "title": aid})
    return finish(a, [], "t", None)


@pytest.mark.parametrize(
    "sentences",
    [
        # after an initialism, a sentence ends only before a word that starts one
        [
            "Sales grew outside the U.S. Navy contracts were flat, the company said on Monday.",
            "It closed in the U.S.",
            "The company said it would reopen next month.",
        ],
        # titles abbreviated before a name end no sentence
        [
            "The harbour museum will buy the papers of the Rev. Dr. Ada Morrow for two million.",
            "Sens. Tomas Brill and Nora Lind backed the sale, as did Adm. Karl Dahl on Monday.",
        ],
    ],
)
def test_initialisms_and_abbreviated_titles_end_a_sentence_only_before_a_sentence_start(sentences):
    t = " ".join(sentences)
    a = _article("x", "Meridian Wire", t, "2026-03-12")
    assert [t[s.start : s.end] for s in compare.split_sentences(a)] == sentences


def test_datelines_of_wire_styles_are_trimmed():
    from newsprism.compare.brief import DATELINE

    for line, rest in [
        ("MOBILE, Ala. (AP) -- A man was arrested.", "A man was arrested."),
        ("WASHINGTON _ After three weeks of talks.", "After three weeks of talks."),
        ("NAIROBI, January 4 (Xinhua) -- Only 47 percent passed.", "Only 47 percent passed."),
        ("The U.S. - Canada border reopened.", "The U.S. - Canada border reopened."),
        ("Kessling, Ore. _ The ferry ran aground.", "The ferry ran aground."),
        ("Port Elling, N.C. -- The ferry ran aground.", "The ferry ran aground."),
        ("The Kessling, Ore.-based line said so.", "The Kessling, Ore.-based line said so."),
        ("Kessling, Ore.-based ferries ran late.", "Kessling, Ore.-based ferries ran late."),
        ("PORT d'ELLING, Ore. _ The ferry ran aground.", "The ferry ran aground."),  # a particle
        ("LAKE du NORD, Wis. (AP) -- The ferry ran aground.", "The ferry ran aground."),
        ("A de facto ban _ the board's word _ stayed.", "A de facto ban _ the board's word _ stayed."),
    ]:
        m = DATELINE.match(line)
        assert (line[m.end() :] if m else line) == rest


def test_one_outlets_updates_are_not_a_conflict_and_count_as_one_source():
    """A developing story: one outlet's death toll rises from 10 to 14 (an update), another outlet
    gives 14. Nothing conflicts, and two articles of one outlet are one source."""
    base = "A landslide near Pellworth buried houses on the valley road on Monday, the county said."
    early = _article(
        "w1",
        "Meridian Wire",
        f"{base} At least 10 people died in the landslide, officials said.",
        "2026-03-12T08:00:00Z",
    )
    later = _article(
        "w2",
        "Meridian Wire",
        f"{base} At least 14 people died in the landslide, officials said.",
        "2026-03-13T08:00:00Z",
    )
    other = _article(
        "g1",
        "The Harbour Gazette",
        f"{base} At least 14 people died in the landslide, officials said.",
        "2026-03-13T09:00:00Z",
    )
    arts = [early, later, other]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Landslide"), arts)
    assert comp.conflicts == [] and comp.sources == 2
    lead = next(s for s in comp.sentences if s.article_id == "w1" and s.text.startswith("A landslide"))
    assert lead.sources == 2 and lead.status == "consensus"


def test_a_dateline_after_a_state_abbreviation_stays_with_its_sentence():
    t = "MOBILE, Ala. (AP) -- A man who bought grenades from an agent was arrested on Friday, police said."
    a = _article("d", "Meridian Wire", t, "2026-03-12")
    (s,) = compare.split_sentences(a)
    assert t[s.start : s.end] == t


@pytest.mark.parametrize(
    "later",
    [
        "The ferry operator said it would add a late boat on Fridays during the summer season.",
        # reworded a little by the later report
        "The ferry operator said it would add a late boat on Fridays during the summer.",
    ],
)
def test_an_outlets_repeated_sentence_is_listed_once_in_only_in(later):
    same = "The ferry operator said it would add a late boat on Fridays during the summer season."
    base = (
        "The Harbour ferry will run a new timetable from June, with sailings every 20 minutes at peak times."
    )
    arts = [
        _article("w1", "Meridian Wire", f"{base}\n\n{same}", "2026-03-12T08:00:00Z"),
        _article(
            "w2",
            "Meridian Wire",
            f"{base}\n\n{later}\n\nFares stay the same for children.",
            "2026-03-13T08:00:00Z",
        ),
        _article(
            "g1", "The Harbour Gazette", f"{base}\n\nThe council welcomed the change.", "2026-03-13T09:00:00Z"
        ),
    ]
    comp = compare.compare_story(
        Story("s", [a.id for a in arts], "Ferry"), arts, config=CompareConfig(brief_sentences=1)
    )
    texts = [o["text"] for o in comp.brief["only_in"]]
    assert sum(t.startswith("The ferry operator said") for t in texts) == 1


def _pair(
    a_text: str, b_text: str, a_time: str = "2026-03-12T08:00:00Z", b_time: str = "2026-03-12T12:00:00Z"
):
    base = "A landslide near Pellworth buried houses on the valley road on Monday, the county said."
    arts = [
        _article("a1", "Meridian Wire", f"{base} {a_text}", a_time),
        _article("b1", "The Harbour Gazette", f"{base} {b_text}", b_time),
    ]
    return compare.compare_story(Story("s", [a.id for a in arts], "Landslide"), arts)


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # an approximation, a bound, a range and a rounding agree with the values they allow
        ("About 600 people were moved from the valley.", "Some 612 people were moved from the valley."),
        ("More than 10 people died in the landslide.", "Fourteen people died in the landslide."),
        ("More than 10 people died in the landslide.", "14 people died in the landslide."),
        ("The slope moved 30 to 40 feet overnight.", "The slope moved 35 feet overnight."),
        (
            "The repairs will cost $2.1 million, the county said.",
            "The repairs will cost $2,140,000, the county said.",
        ),
        # the same unit about different things
        (
            "Pellworth has 22,000 people and the valley road carries 9,000 cars.",
            "Nearby Alder has 7,400 people, the county said.",
        ),
        # a rate is not a duration
        (
            "Traffic grew 20 percent a year on the valley road.",
            "Traffic on the valley road has grown for seven years.",
        ),
    ],
)
def test_figures_that_can_both_hold_or_measure_different_things_are_no_conflict(a_text, b_text):
    assert _pair(a_text, b_text).conflicts == []


def test_two_events_of_one_law_are_two_years_not_a_conflict():
    a = _article(
        "y1",
        "Norland Post",
        "The port authority in Port Elling tightened its harbour rules on Tuesday after a ferry struck "
        "the north pier last week. Parliament passed the Harbour Safety Act in 1998 after a similar "
        "collision, and the authority said the new rules build on it. Pilots will now be required for "
        "every vessel over 40 metres, the authority said.",
        "2026-03-10T09:00:00Z",
    )
    b = _article(
        "y2",
        "Elling Courier",
        "Pilots will be required for every vessel over 40 metres entering Port Elling, the port "
        "authority said, days after a ferry struck the north pier. The government first proposed the "
        "Harbour Safety rules in 2003, but shipping firms opposed them for years. The authority said "
        "the change would take effect next month.",
        "2026-03-13T09:00:00Z",
    )
    comp = compare.compare_story(Story("s", ["y1", "y2"], "Harbour rules"), [a, b])
    assert comp.conflicts == []
    # the same event stamped with two years still is one
    c = _article(
        "y3",
        "Elling Courier",
        b.text.replace(
            "first proposed the Harbour Safety rules in 2003", "passed the Harbour Safety Act in 1996"
        ),
        b.published or "",
    )
    comp = compare.compare_story(Story("s", ["y1", "y3"], "Harbour rules"), [a, c])
    assert [(x.kind, sorted(i.text for i in x.items)) for x in comp.conflicts] == [("year", ["1996", "1998"])]


def test_a_real_discrepancy_is_a_conflict_with_its_reason():
    comp = _pair(
        "The school has 3,900 students, the county said.", "The school has 3,390 students, the county said."
    )
    (c,) = comp.conflicts
    assert (c.kind, c.key, {i.text for i in c.items}) == (
        "count",
        "student",
        {"3,900 students", "3,390 students"},
    )
    assert "cannot both hold" in c.reason and c.to_dict()["reason"] == c.reason


@pytest.mark.parametrize(
    ("a_text", "b_text", "values"),
    [
        # two stated ranges of one estimate disagree when their ends differ; the low end of a
        # range is not a figure of its own
        (
            "The slope slid approximately 40 to 60 feet toward the river, the county engineer said.",
            "The slope slid some 40 feet or so to 90 feet toward the river, the county engineer said.",
            {"40 to 60 feet", "40 feet or so to 90 feet"},  # each side as stated
        ),
        # each sentence the other's best match, one count of the unit each, a word in common
        # beside it: the same count, though the sentences are worded apart
        (
            "There is still no repair plan for the valley road, a route that floods every spring "
            "and that is believed to serve about 30 houses.",
            "Nearly 900 people, living in 45 houses along the valley road, are believed to depend "
            "on the route, which floods in spring.",
            {"30 houses", "45 houses"},
        ),
        # a count in a sentence other than the best match (both ways), about the same thing by
        # its own words
        (
            "Under the plan the county would strip its own funding from 12 bridges. Funding would "
            "end first where traffic is light.",
            "Under the plan the county would strip its own funding from river crossings. Funding "
            "would end for 19 bridges where traffic is light.",
            {"12 bridges", "19 bridges"},
        ),
    ],
)
def test_a_changed_count_worded_apart_is_still_a_conflict(a_text, b_text, values):
    comp = _pair(a_text, b_text)
    assert [{i.text for i in c.items} for c in comp.conflicts] == [values]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (
            "The slope slid approximately 40 to 60 feet toward the river, the county engineer said.",
            "The slope slid some 40 feet or so to 60 feet toward the river, the county engineer said.",
        ),
        # "from 10 to 14": a change, not a range; "30 people and 40 others": two counts
        (
            "The toll rose from 10 people to 14 people overnight, the county said.",
            "The toll rose to 14 people overnight, the county said.",
        ),
    ],
)
def test_ranges_with_the_same_ends_and_changes_are_no_conflict(a_text, b_text):
    assert _pair(a_text, b_text).conflicts == []


def test_range_ends_are_read_as_one_range():
    a = _art("Between 30 and 40 people left, as did 30 people and 40 others, and $5 million to $7 million.")
    facts = {f.text: f for f in compare.extract_facts(a, _sents(a))}
    assert (facts["40 people"].low, facts["40 people"].stated_range) == (30.0, True)
    assert facts["40 others"].stated_range is False and "30 people" in facts
    assert (facts["$7 million"].low, facts["$7 million"].stated_range) == (5e6, True)
    assert "$5 million" not in facts
    b = _art("Four states had rates of 15 percent or higher, and 20 people or so came.")
    facts = {f.text: f for f in compare.extract_facts(b, _sents(b))}
    assert (facts["15 percent"].low, facts["15 percent"].high) == (15.0, None)
    assert (facts["20 people"].low, facts["20 people"].high) == pytest.approx((18.0, 22.0))


def test_figures_days_apart_from_two_outlets_are_an_update_timeline_not_a_conflict():
    comp = _pair(
        "At least 10 people died in the landslide, officials said.",
        "At least 40 people died in the landslide, officials said.",
        b_time="2026-03-15T08:00:00Z",
    )
    assert comp.conflicts == []
    (u,) = comp.updates
    assert (u.kind, u.key) == ("count", "people")
    assert [(s["value"], s["outlet"]) for s in u.steps] == [
        (10.0, "Meridian Wire"),
        (40.0, "The Harbour Gazette"),
    ]
    assert comp.to_dict()["updates"][0]["steps"][1]["published"] == "2026-03-15T08:00:00Z"


def test_reports_show_why_a_conflict_is_one_and_how_figures_changed():
    from newsprism.report import comparison_text

    base = "A landslide near Pellworth buried houses on the valley road on Monday, the county said."
    arts = [
        _article(
            "a1",
            "Meridian Wire",
            f"{base} At least 10 people died. The school has 3,900 students.",
            "2026-03-12T08:00:00Z",
        ),
        _article(
            "b1", "The Harbour Gazette", f"{base} The school has 3,390 students.", "2026-03-12T10:00:00Z"
        ),
        _article("c1", "Daily Lantern", f"{base} At least 40 people died.", "2026-03-15T08:00:00Z"),
    ]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Landslide"), arts)
    text = comparison_text(comp, {a.id: a for a in arts})
    assert "why: student: different outlets give values that cannot both hold" in text
    assert "How figures changed:" in text and "'At least 10 people'" not in text
    assert "(Meridian Wire, 2026-03-12) -> " in text and "(Daily Lantern, 2026-03-15)" in text
    # the brief never states a replaced figure, nor credits an outlet with a figure it did not give
    said = [(x["text"], x["outlets"]) for x in comp.brief["sentences"]]
    assert not any("10 people" in t for t, _ in said)
    assert all(o == ["Daily Lantern"] for t, o in said if "40 people" in t)


def test_anchor_words_written_two_ways_are_shared():
    from newsprism.compare.facts import anchors, different_things, same_thing, shared
    from newsprism.models import Span

    a = _art("Brightcup said it expected to earn 54 cents a share in the year that ends on Oct. 1.")
    b = _art("But Brightcup late Wednesday predicted earnings of 54 cents per share.", "b1")
    fa = next(f for f in compare.extract_facts(a, _sents(a)) if f.key == "cent")
    fb = next(f for f in compare.extract_facts(b, _sents(b)) if f.key == "cent")
    ax = anchors(a.text, Span(0, len(a.text)), fa)
    bx = anchors(b.text, Span(0, len(b.text)), fb)
    # the name opening one sentence and inside the other, "earn" and "earnings", once each
    assert {"=brightcup", "earn", "share"} <= shared(ax, bx) | shared(bx, ax)
    assert "=wednesday" not in bx and "wedne" in bx  # a weekday says when, not which thing
    assert same_thing(ax, bx) and not different_things(ax, bx)
    # a short word is matched as the start of a longer one only: "rate" is not "grate"
    assert shared({"rate"}, {"grate"}) == set() and shared({"rate"}, {"rates"}) == {"rate"}


def _sents(a: Article):
    from newsprism.compare.model import Sentence

    return [
        Sentence(f"{a.id}#{k}", a.id, a.outlet or "", sp, a.text[sp.start : sp.end])
        for k, sp in enumerate(compare.split_sentences(a))
    ]


def test_a_brief_sentence_never_leans_on_a_pronoun_speaker():
    a = _art("The ferry to Orrin Island will stop running in June. The operator blamed the rising cost of fuel. "
             "The cuts, she said, had hijacked the island's summer. Islanders have started a petition to save "
             "the service.", "a")  # fmt: skip
    comp = compare.compare_story(Story("s1", ["a"]), [a])
    texts = [s["text"] for s in comp.brief["sentences"]]
    assert texts and not any("she said" in t for t in texts)


@pytest.mark.parametrize(
    "leaning",
    [
        "In comparison, 12 percent of the ferry's winter passengers were tourists.",
        "By contrast, the northern route carried more freight than ever before.",
        "Another study found that the island's population had fallen by a third.",
        "Since then, the operator has been under pressure from islanders to keep one crossing.",
        "Following are excerpts from the harbour board's ruling on the ferry service.",
        "HARBOURTON _ Following are excerpts from the harbour board's ruling on the ferry service.",
        "Hours later, he resigned as the harbour board met to discuss the ferry service.",
        "The operator had a motive, they believed: a subsidy worth two million a year.",
        "Hours after the meeting about timetables, however, the operator cut the winter service.",
        "Other recent surveys have found that most islanders want a second crossing.",
        "In 1991, 9.2 percent of the county's ferries were late; in 1998, 18.2 percent were.",
        "The harbour statement also said the crews would be paid through the winter.",
        "Harbour Radio also reported that the crews would be paid through the winter.",
        "According to the report, the number of ferry crossings fell again last year.",
        "The captain said he closed the second crossing to cars the next evening.",
        "Later that day, the harbour board voted to keep one crossing through the storms.",
        "Two days earlier, the harbour board had voted to keep one crossing through the storms.",
        "If that report was not enough, the board said the island should get a second crossing.",
        "Under this plan, the winter ferry would run twice a week through the storms.",
        "Back then, it was a lifeline; today, the crossing is a tourist ride.",
        "Then the harbour board voted to keep one crossing through the storms.",
        "Orrin Island has been governed by the harbour board since 1962.",
        "Orrin Island is also known as Orrinsey.",
        "A third skipper is a fugitive in the smuggling case.",
        "The other crossing will close in the autumn.",
        # a bare noun of role names what the sentence before set up: which target?
        "The target is Orrin Ferries, the company that runs the winter crossing to the island.",
        "Indeed, forty islands in the north have already lost their winter ferries to fuel costs.",
        "On the other hand, the operator says, the summer crossings have never been busier.",
        "The telephone survey of 400 islanders also showed that most would pay a higher fare.",
        # words said open it, with their own comma: a quote, however long the rest runs
        "“I never thought a ferry could sink here,” the skipper said, thanking the crews of the Orrin "
        "Star and of its sister ship, the Kessling Belle, for a long and quiet winter season.",
    ],
)
def test_a_brief_sentence_stands_on_its_own(leaning):
    """A connective that leans on the sentence before, or an editor's lead-in to a text that
    follows, is no sentence for a brief."""
    a = _art(f"The ferry to Orrin Island will stop running in June. {leaning} The operator blamed the "
             "rising cost of fuel for the decision.", "a")  # fmt: skip
    comp = compare.compare_story(Story("s1", ["a"]), [a])
    texts = [s["text"] for s in comp.brief["sentences"]]
    assert "The ferry to Orrin Island will stop running in June." in texts
    assert not any(leaning.split()[-1] in t for t in texts)


def test_a_results_boxs_labelled_line_is_no_brief_sentence():
    a = _art("The Orrin Star won the ferry awards in Kessling on Sunday night.\n\n"
             "BEST FERRY, NORTH SEA AND ISLANDS: the Orrin Star, “Harbour Lights”\n\n"
             "The operator thanked its crews for a year without a cancelled crossing.", "a")  # fmt: skip
    comp = compare.compare_story(Story("s1", ["a"]), [a])
    texts = [s["text"] for s in comp.brief["sentences"]]
    assert "The Orrin Star won the ferry awards in Kessling on Sunday night." in texts
    assert not any("BEST FERRY" in t for t in texts)


def test_a_figure_listed_in_the_same_place_is_the_same_figure():
    comp = _pair(
        "Of the patients studied, 61.2 percent of those given the new drug were free of the "
        "infection after a month, compared with 27.5 percent and 8.3 percent in the two control groups.",
        "In comparison, 27.5 percent of patients given a placebo and 14.9 percent of those who "
        "only rested were free of the infection in the final week of the trial.",
    )
    assert [{i.text for i in c.items} for c in comp.conflicts] == [{"8.3 percent", "14.9 percent"}]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # two figures that are not a list: the earnings and the shortfall, the earnings and the
        # analysts' forecast
        (
            "Brightcup said it expected to earn 54 cents a share in the year that ends on Oct. 3, "
            "rather than the 90 cents analysts had been expecting.",
            "Brightcup predicted earnings of 54 cents per share, with earnings over the next two "
            "quarters coming up 3 cents short of expectations.",
        ),
        # last year's earnings and this year's forecast are two years' figures
        (
            "Last year, the company earned 44 cents a share, the county said.",
            "Analysts had estimated the company would earn 60 cents per share for fiscal 2026.",
        ),
    ],
)
def test_figures_of_another_year_or_not_in_a_list_are_no_conflict(a_text, b_text):
    assert _pair(a_text, b_text).conflicts == []


def test_a_fraction_before_to_is_no_range():
    a = _art("Brightcup shares skidded $11.68 3/4 to $25.87 1/2, a decline of 31 percent.")
    facts = {f.text.strip(): f for f in compare.extract_facts(a, _sents(a))}
    assert facts["$25.87"].low == facts["$25.87"].value == 25.87


def test_sentences_whose_other_figures_all_differ_are_two_measurements():
    comp = _pair(
        "In afternoon trading, Brightcup shares skidded $11.68 to $25.87, a decline of 31 percent.",
        "Shares of Brightcup lost 28 percent of their value, falling $10.62 to close at $26.93, "
        "and its earnings would be 10 percent below forecasts.",
    )
    assert comp.conflicts == []


def test_a_figure_inside_a_range_the_other_report_states_is_not_disputed():
    """The Gazette's 40 percent is what pumps do at first; its own "10 to 15 percent" a month
    later holds the Wire's 13 percent, so the Gazette does not dispute that figure."""
    wire = "Pumps alone cleared the water from 13 percent of the flooded houses, the county said."
    gazette = "Pumps alone clear the water from 40 percent of flooded houses, but the water comes back."
    assert [{i.text for i in c.items} for c in _pair(wire, gazette).conflicts] == [
        {"13 percent", "40 percent"}
    ]
    later = " Only 10 to 15 percent of the houses stay dry a month later."
    assert _pair(wire, gazette + later).conflicts == []


def test_two_estimates_whose_ends_disagree_conflict_though_one_end_lies_in_the_other():
    """ "40 to 60 feet" and "40 feet or so to 90 feet" are two estimates of one slide: 60 lies
    inside the other range, but as an end it is no figure that range holds."""
    from newsprism.compare.facts import states

    a = "The slope slid approximately 40 to 60 feet toward the river, the county engineer said."
    b = "The slope slid some 40 feet or so to 90 feet toward the river, the county engineer said."
    assert [{i.text for i in c.items} for c in _pair(a, b).conflicts] == [
        {"40 to 60 feet", "40 feet or so to 90 feet"}
    ]
    (sixty,), (ninety,) = (compare.extract_facts(x, _sents(x)) for x in (_art(a), _art(b)))
    assert not states({("count", "feet", 90.0)}, sixty, [ninety])  # an end, not a figure the range holds
    one = _art("The slope slid 60 feet toward the river.")
    (alone,) = compare.extract_facts(one, _sents(one))
    assert states({("count", "feet", 90.0)}, alone, [ninety])  # a figure alone inside it: not disputed


def test_a_conflict_side_shows_a_range_as_the_report_states_it():
    from newsprism.compare.facts import stated_span

    a = _art("The harbour fund raised $5 million to $7 million, and 30 people or so came, 12 feet away.")
    shown = {
        a.text[sp.start : sp.end]
        for f in compare.extract_facts(a, _sents(a))
        for sp in [stated_span(a.text, f)]
    }
    assert {"$5 million to $7 million", "12 feet"} <= shown
    assert all(x == x.strip() for x in shown)


def test_anchor_words_of_one_meaning_a_year_and_a_quotation():
    from newsprism.compare.facts import anchors, different_things, shared
    from newsprism.models import Span

    def about(text: str, figure: str, year: int | None = 2026) -> set[str]:
        a = _art(text)
        f = next(f for f in compare.extract_facts(a, _sents(a)) if f.text.startswith(figure))
        return anchors(a.text, Span(0, len(a.text)), f, year=year)

    grow = about("The trade has been growing at a rate of 20 percent annually.", "20")
    rise = about("Sales of cheese have been increasing about 20 percent a year.", "20")
    assert shared(grow, rise) == {"rise", "year"}
    assert shared(about("The blast killed 14 miners.", "14"), about("Now 14 miners are dead.", "14")) == {
        "kill"
    }
    # the year a figure is of: written, or counted from the article's year
    assert "@2025" in about("Last year, the firm earned 44 cents a share.", "44")
    assert "@2026" in about("The firm would earn 60 cents per share for fiscal 2026.", "60")
    assert different_things({"earn", "share", "@2025"}, {"earn", "share", "@2026"})
    # a figure in a quotation is about the quoted words, not the attribution
    assert "=halloran" not in about("“He had just killed 12 people,” Halloran said.", "12")


def test_text_reuse_between_two_articles_of_one_outlet_names_each_article():
    """ "Meridian Wire in Meridian Wire: 60%" says nothing: each article is named by its date."""
    from newsprism.report import comparison_text

    body = (
        "A landslide near Pellworth buried six houses on the valley road on Monday, the county said. "
        "Crews from three towns worked through the night to reach the families trapped inside."
    )
    arts = [
        _article("a1", "Meridian Wire", body, "2026-03-12T08:00:00Z"),
        _article(
            "a2", "Meridian Wire", body + " Two people were rescued on Tuesday.", "2026-03-13T08:00:00Z"
        ),
        _article(
            "b1",
            "The Harbour Gazette",
            "Rain closed the valley road near Pellworth again.",
            "2026-03-13T09:00:00Z",
        ),
    ]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Landslide"), arts)
    text = comparison_text(comp, {a.id: a for a in arts})
    assert "Meridian Wire (2026-03-13) in Meridian Wire (2026-03-12)" in text
    assert "Meridian Wire in Meridian Wire" not in text


def _wire_and_gazette(gazette_rest: str) -> list:
    """A wire report and a Gazette report of one ferry timetable, the Gazette going on with
    ``gazette_rest``."""
    base = (
        "The Harbour ferry will run a new timetable from June, with sailings every 20 minutes at peak times."
    )
    return [
        _article(
            "w1", "Meridian Wire", f"{base}\n\nFares stay the same for children.", "2026-03-12T08:00:00Z"
        ),
        _article("g1", "The Harbour Gazette", f"{base}\n\n{gazette_rest}", "2026-03-12T09:00:00Z"),
    ]


def test_only_in_names_the_he_that_speaks():
    from newsprism.quotes import extract

    arts = _wire_and_gazette(
        "Harbour master Tom Avery criticised the plan on Monday.\n\n"
        "He said he was astonished the board could cut the night boat."
    )
    quotes = {a.id: extract(a) for a in arts}
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Ferry"), arts, quotes=quotes)
    he = [o for o in comp.brief["only_in"] if o["text"].startswith("He said")]
    assert he and he[0]["speaker"] == "Tom Avery"
    assert all("speaker" not in o for o in comp.brief["only_in"] if not o["text"].startswith("He said"))
    from newsprism.report import _voiced

    assert _voiced(he[0], str) == " (the speaker: Tom Avery)"


def test_only_in_leaves_out_a_line_that_goes_on_from_the_one_before():
    """Read alone, "But not once has he ...", "Nor will ..." and "Eleven others ..." say nothing,
    nor does a catalogue's priced item; "But the board has always insisted ..." stands on its own."""
    arts = _wire_and_gazette(
        "Harbour master Tom Avery has crossed the bay by ferry every week for thirty years.\n\n"
        "But not once has he sailed on the night boat from Kessling to the north pier.\n\n"
        "Nor will the harbour board let the ferry company cut the fares for pensioners.\n\n"
        "Such as Lot No. 1049 _ two brass bells from the old north pier ferry.\n\n"
        "Eleven others, including the Kessling line, run no winter boats at all.\n\n"
        "Brass bell from the north pier ferry, signed by the crew in 1973, $1,700\n\n"
        "Life-size figure of a ferry captain $1,200\n\n"
        "Now it sails no more than twice a week.\n\n"
        "The town grew to 10,000 people, including entire families.\n\n"
        "But the harbour board has always insisted that the north pier stays open all winter."
    )
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Ferry"), arts)
    said = [o["text"] for o in comp.brief["only_in"]]
    assert "But the harbour board has always insisted that the north pier stays open all winter." in said
    assert not any(
        t.startswith(
            (
                "But not once",
                "Nor will",
                "Such as",
                "Eleven others",
                "Brass bell",
                "Life-size",
                "Now it",
                "The town",
            )
        )
        for t in said
    ), said


def test_only_in_lists_a_reports_own_repeated_line_once():
    """A summary bullet and the paragraph it sums up are one thing the report alone says."""
    from newsprism.compare.brief import _fresh
    from newsprism.compare.config import CompareConfig
    from newsprism.compare.model import Sentence
    from newsprism.models import Span
    from newsprism.nlp import content_terms

    lines = [
        "The ferry captain is thought to be unwilling, even if her crew supports it",
        "The ferry captain herself is thought to be unwilling to take it, even if her whole crew supports it.",
        "A museum in Pellworth has offered to buy the old lamp for its maritime collection.",
    ]
    mine = [Sentence(f"g1#{k}", "g1", "The Harbour Gazette", Span(0, len(t)), t) for k, t in enumerate(lines)]
    terms = {x.id: set(content_terms(x.text)) for x in mine}
    listed: list[set[str]] = []
    assert [x.id for x in _fresh(mine, terms, listed, 2, CompareConfig())] == ["g1#0", "g1#2"]
    assert len(listed) == 2


def test_only_in_leaves_out_a_bullet_about_an_unnamed_she():
    base = (
        "The Harbour ferry will run a new timetable from June, with sailings every 20 minutes at peak times."
    )
    gazette = (
        "Will the ferry captain of Kessling take the new night route to the north pier this summer?\n\n"
        "  • She would have to give up her seat on the harbour board\n"
        "  • A deckhand said: ‘There are people who have asked her to take it’\n\n"
        f"{base}\n\nA museum in Pellworth has offered to buy the old lamp for its maritime collection."
    )
    arts = [
        _article(
            "w1", "Meridian Wire", f"{base}\n\nFares stay the same for children.", "2026-03-12T08:00:00Z"
        ),
        _article("g1", "The Harbour Gazette", gazette, "2026-03-12T09:00:00Z"),
    ]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Ferry"), arts)
    said = [o["text"] for o in comp.brief["only_in"]]
    assert said and not any(t.startswith("She would") for t in said), said


def _with_quotes(arts: list) -> tuple:
    """A story of ``arts`` compared with their quotes and the quotes they share."""
    from newsprism.quotes import extract, match_across

    quotes = {a.id: extract(a) for a in arts}
    story = Story("s", [a.id for a in arts], "Search")
    return compare.compare_story(story, arts, quotes=quotes, quote_groups=match_across(arts, quotes)), quotes


def test_a_continuation_is_no_key_quote_on_its_own():
    """'“We are dealing with a dangerous man,” said Tom Avery, head of the harbour police.
    “What would you do?”': the second line stands on the first, however often it is repeated."""

    said = (
        "“We are dealing with a dangerous man on the north pier tonight,” said Tom Avery, head of the "
        "harbour police office, referring to the missing pilot. “What would you do in his place?”"
    )
    arts = [
        _article("g1", "The Harbour Gazette", f"{said}\n\nThe search goes on.", "2026-03-12T08:00:00Z"),
        _article("g2", "The Harbour Gazette", f"{said}\n\nDivers joined the search.", "2026-03-13T08:00:00Z"),
    ]
    comp, quotes = _with_quotes(arts)
    assert any(q.continuation for q in quotes["g1"])
    texts = [k["text"] for k in comp.brief["key_quotes"]]
    assert texts and not any("What would you do" in t for t in texts), texts
    # a continuation long enough to stand alone (a paragraph of an interview) may be one
    longer = said.replace(
        "What would you do in his place?",
        "He knows every cove of this coast, and we will search each one of them until we find him.",
    )
    comp, _ = _with_quotes(
        [_article(a.id, a.outlet, a.text.replace(said, longer), a.published) for a in arts]
    )
    assert any("He knows every cove" in k["text"] for k in comp.brief["key_quotes"])


def test_key_quotes_hear_more_than_one_speaker_of_one_outlet():
    """Five quotes of one agent, each repeated in the Gazette's follow-up, leave room for others."""

    said = [
        "We are dealing with a dangerous man on the north pier tonight",
        "We do not yet have his fingerprints on the boat, but we may",
        "We are about fifteen hours behind him on the coast road",
        "The ferry was not in the harbour as of nine o'clock on Sunday",
        "We will search every island of the bay until we find him",
    ]
    body = "\n\n".join(f"“{q},” said agent Tom Avery." for q in said)
    other = "“I saw him by the lighthouse on Saturday night,” said Nell Ruiz, a ferry pilot."
    arts = [
        _article("g1", "The Harbour Gazette", f"{body}\n\n{other}", "2026-03-12T08:00:00Z"),
        _article(
            "g2", "The Harbour Gazette", f"{body}\n\n{other}\n\nThe search goes on.", "2026-03-13T08:00:00Z"
        ),
    ]
    comp, _ = _with_quotes(arts)
    speakers = [k["speaker"] for k in comp.brief["key_quotes"]]
    assert speakers.count("Tom Avery") == 2 and "Nell Ruiz" in speakers, speakers


@pytest.mark.parametrize("mark", [".", ":"])
def test_an_interviews_answer_mark_is_not_part_of_the_brief(mark):
    arts = _wire_and_gazette(
        f"Q{mark} Is there anything special about the new boat?\n\n"
        f"A{mark} The Elling Star carries 300 passengers at a top speed of 24 knots across the bay."
    )
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Ferry"), arts)
    texts = [o["text"] for o in comp.brief["only_in"] + comp.brief["sentences"]]
    assert "The Elling Star carries 300 passengers at a top speed of 24 knots across the bay." in texts
    assert not any(t.startswith((f"A{mark} ", f"Q{mark} ")) or t.endswith("?") for t in texts)


def test_two_outlets_giving_one_person_different_ages_conflict():
    from newsprism import nlp
    from newsprism.compare.entities import entities
    from newsprism.ingest import article_from_json, finish

    texts = {
        "Harbour Gazette": "The two men, Tom Avery, 27, and Ivo Marren, 49, were held in Kessling.",
        "Daily Lantern": "Suspects Tom Avery, 37, and Ivo Marren, 49, have been remanded for eight days.",
        "Riverside Post": "The men were named as Tom Avery, 27 and Ivo Marren, 49. A girl, 11-year-old Nell Ruiz, saw them.",
        "Meridian Wire": "Nell Ruiz, 11, told police she saw Ivo Marren, 49, and Tom Avery at the pier.",
    }  # fmt: skip
    arts = [
        finish(article_from_json({"id": f"a{i}", "text": t, "outlet": o}), [], "t", None)
        for i, (o, t) in enumerate(texts.items())
    ]
    _, conflicts = entities(arts, {a.id: nlp.parse(a.text) for a in arts}, {})
    assert [(c.kind, c.key, [(i.text, i.outlets) for i in c.items]) for c in conflicts] == [
        ("age", "Tom Avery", [("Tom Avery, 27", ["Harbour Gazette", "Riverside Post"]),
                              ("Tom Avery, 37", ["Daily Lantern"])]),
    ]  # fmt: skip
    assert conflicts[0].describe().startswith("Tom Avery's age:")
    # an outlet that gives both ages disputes nothing
    both = finish(article_from_json({"id": "b", "text": texts["Daily Lantern"] + " Tom Avery, 27, denied it.",
                                     "outlet": "Daily Lantern"}), [], "t", None)  # fmt: skip
    _, conflicts = entities([arts[0], both], {x.id: nlp.parse(x.text) for x in (arts[0], both)}, {})
    assert conflicts == []


def test_a_line_saying_there_is_nothing_more_is_neither_brief_nor_only_in():
    from newsprism.compare.brief import _reports_nothing

    for line in ("There were no other details.", "No further details were immediately available.",
                 "Details were not immediately available."):  # fmt: skip
        assert _reports_nothing(line)
    assert not _reports_nothing("There were no other details about the ferry crash, police said.")
    for line in ("Calls to the harbour board seeking comment weren't immediately returned Tuesday night.",
                 "Tom Avery could not be reached for comment.", "The ferry company did not return phone calls."):  # fmt: skip
        assert _reports_nothing(line)
    # a line that says something beside it reports it
    assert not _reports_nothing(
        "Tom Avery, who could not be reached on Monday, had told the council in March that the harbour "
        "ferry would need two new engines before the summer timetable began."
    )
    # a transcript's question, and an editor's lead-in to the transcript
    assert _reports_nothing("Q: “And that was at a breakfast meeting at the Harbour Hotel?”")
    assert _reports_nothing("Excerpts of testimony by Tom Avery, read to the harbour board Thursday:")
    # a question put to someone, without the answer; with it, the answer is news
    assert _reports_nothing(
        "During a press conference Tuesday, Tom Avery was asked what it was like to close the harbour ferry."
    )
    assert not _reports_nothing("Asked whether the ferry would run in winter, Tom Avery said it would not.")
    assert not _reports_nothing("Tom Avery was asked whether the ferry would run and said it would not.")
    # a writer's rhetorical question, however it ends; a statement about who will is news
    assert _reports_nothing(
        "Who can forget Ana Marren standing before the cameras and assuring the harbour: “I'm you.”"
    )
    assert not _reports_nothing("Who will succeed Ana Marren as harbour master is still undecided.")


def test_a_chronologys_items_are_neither_brief_nor_only_in():
    """A sidebar of dated items ("May 30 _ The harbour board opens an inquiry ...") is background
    in the present tense: no lede, however central, and not one outlet's news either."""
    from newsprism.compare.config import CompareConfig

    lede = "The Kessling harbour board voted on Tuesday to sell the north pier to a ferry company."
    timeline = (
        "May 30 _ The Kessling harbour board opens an inquiry into selling the north pier to a "
        "ferry company. The board weighs bids from two ferry companies.\n\n"
        "Oct. 20 - The Kessling harbour board delays the sale of the north pier.\n\n"
        "1876: A Kessling doctor founds the harbour board and buys the north pier for the town."
    )
    arts = [
        _article("w1", "Meridian Wire", f"{lede}\n\nThe pier has stood since 1902.", "2026-03-12T08:00:00Z"),
        _article("g1", "The Harbour Gazette", f"{lede}\n\n{timeline}", "2026-03-12T09:00:00Z"),
    ]
    comp = compare.compare_story(
        Story("s", [a.id for a in arts], "Pier"), arts, config=CompareConfig(brief_sentences=3)
    )
    said = [x["text"] for x in comp.brief["sentences"]] + [x["text"] for x in comp.brief["only_in"]]
    assert lede in said
    assert not any(x.startswith(("May 30", "The board weighs", "Oct. 20", "1876")) for x in said), said
    from newsprism.compare.brief import _CHRONOLOGY_ITEM

    assert _CHRONOLOGY_ITEM.match("1876: A Kessling doctor founds the harbour board.")


def test_only_in_leaves_out_a_line_about_an_unnamed_he_and_a_list_lines_bullet():
    from newsprism.compare.brief import _PRONOUN_LED, _brief_span
    from newsprism.compare.model import Sentence
    from newsprism.models import Span

    assert _PRONOUN_LED.match("Unfortunately, he won't be around to make change for a $20.")
    assert _PRONOUN_LED.match("They were held in Kessling.")
    assert not _PRONOUN_LED.match("The harbour board said it would not comment.")
    text = "Lots sold:\n- Player of the year trophy from the Kessling Ferry Club in 1973, $1,700\n"
    start = text.index("- Player")
    s = Sentence("a#1", "a", "Daily Lantern", Span(start, len(text) - 1), text[start:-1])
    sp = _brief_span(s, text)
    assert text[sp.start : sp.end].startswith("Player of the year")


def test_an_outlet_is_named_for_a_sentence_only_when_it_carries_it():
    from newsprism.compare.align import quoted_words
    from newsprism.compare.config import CompareConfig
    from newsprism.models import Span
    from newsprism.quotes import quote_spans

    text = "The mayor said the closure was ‘badly mishandled’ after reading “The Harbour Chronicles” twice."
    assert quoted_words(text, Span(0, len(text)), quote_spans(text, [])) == {("badly", "mishandled")}
    a = "The mayor said the ferry closure had been ‘badly mishandled’ by the harbour board."
    b = "Harbour users heard the mayor call the board's handling of the ferry closure badly mishandled."
    c = "The mayor of Pellworth met harbour users about the ferry closure on Tuesday evening."
    story = [_article("a1", "Meridian Wire", a, "2026-03-12T08:00:00Z"),
             _article("b1", "The Harbour Gazette", b, "2026-03-12T09:00:00Z"),
             _article("c1", "Daily Lantern", c, "2026-03-12T10:00:00Z")]  # fmt: skip
    # a bar no paraphrase reaches: only sentences quoting the same words are named as carrying each other
    strict = CompareConfig(support_threshold=0.99)
    comp = compare.compare_story(Story("s", [x.id for x in story], "Ferry"), story, config=strict)
    support = {s.outlet: s.support for s in comp.sentences}
    assert support["Meridian Wire"] == ["Meridian Wire", "The Harbour Gazette"]
    assert support["Daily Lantern"] == ["Daily Lantern"]


def test_words_a_whole_story_uses_are_no_quotation_of_each_other():
    """Quoting "ferry closure" in a story where every report says "ferry closure" names no
    outlet as carrying the quote's sentence; quoting its own words ("badly mishandled") does."""
    a = ("Schools will stay open despite the ‘ferry closure’, the council said. "
         "The mayor said the closure was ‘badly mishandled’ by the board.")  # fmt: skip
    b = ("The ferry closure began on Monday. Traders say the ferry closure costs them money. "
         "The ferry closure will last six weeks. Schools shut early because of the ferry closure. "
         "Harbour users heard the mayor call the handling badly mishandled.")  # fmt: skip
    story = [_article("a1", "Meridian Wire", a, "2026-03-12T08:00:00Z"),
             _article("b1", "The Harbour Gazette", b, "2026-03-12T09:00:00Z")]  # fmt: skip
    strict = CompareConfig(support_threshold=0.99)  # only quotations can name another outlet
    comp = compare.compare_story(Story("s", [x.id for x in story], "Ferry"), story, config=strict)
    carried = {s.text: s.support for s in comp.sentences if s.outlet == "The Harbour Gazette"}
    assert carried["Schools shut early because of the ferry closure."] == ["The Harbour Gazette"]
    assert carried["Harbour users heard the mayor call the handling badly mishandled."] == [
        "Meridian Wire",
        "The Harbour Gazette",
    ]


def test_sentences_whose_figures_of_one_kind_all_differ_carry_nothing_of_each_other():
    from newsprism.compare.facts import figures_apart

    def facts(text: str):
        a = _art(text)
        return compare.extract_facts(a, _sents(a))

    awarded = facts("The jury awarded Ann Avery $250,000 and Tom Avery $80,000 in damages.")
    asked = facts("The Averys had asked the jury for nearly $12 million in damages.")
    assert figures_apart(awarded, asked)
    assert not figures_apart(awarded, facts("Ann Avery will receive $250,000, the court said."))
    assert not figures_apart(awarded, facts("The Averys said they were pleased with the verdict."))
    assert not figures_apart(
        facts("More than 75 percent of riders use the app."), facts("Over 70 percent use it.")
    )
    # in a story: related, but the outlet asking for $12 million is not named beside the award
    from newsprism.compare.config import CompareConfig

    a = "The jury also awarded Ann Avery $250,000 and Tom Avery $80,000 in compensatory damages."
    b = ("The plaintiffs, Ann Avery, now 44, and her son, Tom, now 21, who were beaten by two guards at "
         "the Kessling depot in July, had asked the jury for nearly $12 million in compensatory and "
         "punitive damages.")  # fmt: skip
    story = [_article("a1", "Meridian Wire", a, "2026-03-12T08:00:00Z"),
             _article("b1", "The Harbour Gazette", b, "2026-03-12T09:00:00Z")]  # fmt: skip
    loose = CompareConfig(support_threshold=0.5)
    comp = compare.compare_story(Story("s", [x.id for x in story], "Verdict"), story, config=loose)
    assert comp.sentences[0].support == ["Meridian Wire"]
    assert comp.conflicts == []  # what the Averys asked for is no dispute over what they were given


def test_the_brief_opens_on_what_happened_not_on_a_well_supported_detail():
    from newsprism.compare.config import CompareConfig

    background = (
        "The Kessling ferry has run between Pellworth and Alder since 1962. "
        "The Harbour Board bought two new diesel boats for the route last year. "
        "Fares on the crossing rose by a fifth in January after a long dispute."
    )
    ledes = {
        "Meridian Wire": "A Kessling ferry ran aground off Alder on Monday night with 40 passengers aboard.",
        "The Harbour Gazette": "Coastguards spent the night taking people off a stranded boat near Alder.",
        "Daily Lantern": "Passengers told of hours in the dark after their crossing ended on a sandbank.",
    }
    filler = "Crews worked through the night. Weather was calm. Nobody was hurt."
    story = [
        _article(f"a{k}", outlet, f"{lede}\n\n{filler}\n\n{background}", f"2026-03-1{k + 2}T08:00:00Z")
        for k, (outlet, lede) in enumerate(ledes.items())
    ]
    comp = compare.compare_story(
        Story("s", [a.id for a in story], "Ferry"), story, config=CompareConfig(brief_sentences=2)
    )
    lines = [x["text"] for x in comp.brief["sentences"]]
    # the background sentences are carried by every outlet; the ledes by none but their own
    assert len(lines) == 2 and lines[0] in ledes.values()
    assert lines[1].startswith(("The Kessling ferry has run", "The Harbour Board", "Fares on"))


def test_a_reports_lede_is_its_first_sentence_that_can_stand_in_a_brief():
    """The Gazette's third sentence shares more words with the story than its first, but a report
    says what happened first: the brief opens on a report's first sentence, not on what was
    unclear."""
    from newsprism.compare.config import CompareConfig

    background = (
        "The Kessling ferry has run between Pellworth and Alder since 1962. "
        "The Harbour Board bought two new diesel boats for the route last year. "
        "Fares on the crossing rose by a fifth in January after a long dispute."
    )
    calm = "Crews worked through the night. Weather was calm."
    first = "Coastguards spent the night taking people off a stranded boat near Alder."
    third = "Why the Kessling ferry left Pellworth in fog on Monday night on the Alder route was unclear."
    ledes = {
        "Meridian Wire": f"A Kessling ferry ran aground off Alder on Monday night with 40 passengers aboard. {calm}",
        "The Harbour Gazette": f"{first} Weather was calm. {third}",
        "Daily Lantern": f"Passengers told of hours in the dark after their crossing ended on a sandbank. {calm}",
    }
    story = [
        _article(
            f"a{k}", outlet, f"{lede}\n\nNobody was hurt.\n\n{background}", f"2026-03-1{k + 2}T08:00:00Z"
        )
        for k, (outlet, lede) in enumerate(ledes.items())
    ]
    comp = compare.compare_story(
        Story("s", [a.id for a in story], "Ferry"), story, config=CompareConfig(brief_sentences=2)
    )
    lines = [x["text"] for x in comp.brief["sentences"]]
    assert lines[0] in {lede.split(". ")[0].rstrip(".") + "." for lede in ledes.values()}
    assert third not in lines


def test_a_sentence_close_to_another_reports_is_not_only_in_its_own():
    from newsprism.compare.config import CompareConfig

    # the two say one thing in other words: close (0.45-0.5), too loose to name either outlet as
    # carrying the other's sentence, and so not "only in" either report
    arts = _wire_and_gazette("Children will keep paying the old fare on every sailing.")
    story = Story("s", [a.id for a in arts], "Ferry")
    comp = compare.compare_story(story, arts, config=CompareConfig(brief_sentences=1))
    assert comp.brief["only_in"] == []
    assert all(s.support == [s.outlet] for s in comp.sentences if "hildren" in s.text)
    looser = compare.compare_story(story, arts, config=CompareConfig(brief_sentences=1, only_in_related=0.5))
    assert [x["outlet"] for x in looser.brief["only_in"]] == ["Meridian Wire", "The Harbour Gazette"]


def _brief_sentence(sid: str, outlet: str, text: str, quoted: float = 0.0, sources: int = 2):
    from newsprism.compare.model import Sentence
    from newsprism.models import Span

    status = "partial" if sources >= 2 else "unique"
    return Sentence(
        sid, sid.split("#")[0], outlet, Span(0, len(text)), text, quoted, sources=sources, status=status
    )


def test_the_brief_says_each_thing_once_and_opens_on_a_reports_own_words():
    import numpy as np

    from newsprism.compare.brief import _choose, _with_lede
    from newsprism.compare.config import DEFAULT
    from newsprism.compare.model import Comparison

    # Y (Gazette) and X (Wire) say one thing, and so do X and Z (Lantern); Y and Z say different things.
    # Y, the best carried, is chosen first; Z may stand as itself, not in X's shorter wording, which
    # repeats Y
    x = _brief_sentence(
        "w#3", "Meridian Wire", "The Kessling trophy is the most valuable lot in the sale.", sources=1
    )
    y = _brief_sentence(
        "g#3",
        "The Harbour Gazette",
        "The Kessling trophy, the most valuable lot in the sale, went to a collector.",
    )
    z = _brief_sentence(
        "d#3",
        "Daily Lantern",
        "The most coveted lot and the last to be sold was the Kessling trophy, awarded in 1968.",
        sources=1,
    )
    sim = np.array([[0, 0.65, 0.65], [0.65, 0, 0.3], [0.65, 0.3, 0]], dtype=np.float32)
    sim[1] += 0.01  # Y is the most central: chosen first
    links = {(0, 1), (1, 0), (0, 2), (2, 0)}
    comp = Comparison("s", ["w", "g", "d"], [], 3, [x, y, z], [], [], [], None, [])  # type: ignore[arg-type]
    arts = [_article(a, "o", "text", "2026-03-12") for a in ("w", "g", "d")]
    chosen = _choose(comp, arts, sim, links, set(), DEFAULT)
    assert {s.id for s in chosen} == {"g#3", "d#3"}
    # the lede: a report's own words near its top, not a passer-by's quote there
    quote = _brief_sentence(
        "q#0",
        "Daily Lantern",
        "“It is a sad day for the club,” said Ann Avery, who came to see it.",
        quoted=0.35,
        sources=1,
    )
    lede = _brief_sentence(
        "r#1",
        "Meridian Wire",
        "The Kessling trophy was sold at auction on Tuesday for a record sum.",
        sources=1,
    )
    detail = _brief_sentence(
        "w#9", "Meridian Wire", "Bidding for the Kessling trophy started slowly in the morning."
    )
    idx = {"w#9": 0, "q#0": 1, "r#1": 2}
    out = _with_lede([detail], [quote, lede], np.zeros((3, 3)), np.array([0.1, 0.9, 0.5]), idx, DEFAULT)
    assert [s.id for s in out] == ["w#9", "r#1"]


def test_the_one_figure_left_when_the_others_are_found_elsewhere_is_the_same_figure():
    """The Gazette gives the two control groups' figures in a sentence of their own, so the one
    figure of the Wire's list that is left is its figure for the treated patients."""
    wire = (
        "Of the patients studied, 61.2 percent of those receiving the new drug tested free of the "
        "infection during the last week of the trial, compared with 27.5 percent and 8.3 percent in "
        "the two control groups."
    )
    gazette = (
        "In the Pellworth study, 74.1 percent of the subjects who had pills twice a day tested free of "
        "the infection at the end of the eight-week trial. In comparison, 27.5 percent of patients "
        "given a placebo and 8.3 percent of those who only rested were free of it."
    )
    assert [{i.text for i in c.items} for c in _pair(wire, gazette).conflicts] == [
        {"61.2 percent", "74.1 percent"}
    ]


def test_a_total_and_its_parts_are_no_conflict():
    parts = "The slide killed 9 people in two houses and 3 people on the road, the county said."
    total = (
        "The slide killed 12 people in the two houses and on the road, the county said. "
        "Of the dead, 3 people were on the road."
    )
    assert _pair(parts, total).conflicts == []


def test_each_article_weighs_the_same_in_how_central_a_sentence_is():
    """A long article of a side story does not make its sentences central by its length: a
    sentence's centrality is its best match in each other article, averaged over the articles."""
    import numpy as np

    from newsprism.compare.brief import _centrality
    from newsprism.compare.model import Sentence
    from newsprism.models import Span

    owners = ["a", "b", "d", *["c"] * 6]
    sents = [Sentence(f"{o}#{k}", o, o, Span(0, 1), "x") for k, o in enumerate(owners)]
    sim = np.full((9, 9), 0.1)
    sim[0, 1] = sim[1, 0] = 0.8  # the story: a and b say the same
    sim[2, 3:] = sim[3:, 2] = 0.7  # the side story: d, and c's six sentences
    sim[3:, 3:] = 0.9
    cen = _centrality(sents, sim)
    assert cen[0] > cen[2]  # by the mean over all other sentences, d's 0.55 would beat a's 0.19


def test_what_each_report_alone_says_is_briefed_from_its_lede():
    """Two reports with nothing in common: the brief takes what each leads with, not the worries
    lower down that happen to sit near the other report's words."""
    a = _article(
        "a1", "Meridian Wire",
        "The harbour board voted on Monday to stop the winter ferry to Orrin Island in June. "
        "Two hundred islanders marched to the harbour office in Kessling on Tuesday. "
        "The operator blamed the rising cost of fuel. "
        "Parents on the island worry about how children will reach a school. "
        "Shopkeepers on the island fear that food and post will arrive late.",
        "2026-03-12T08:00:00Z",
    )  # fmt: skip
    b = _article(
        "b1", "The Harbour Gazette",
        "A petition to keep the boats sailing has reached ten thousand names. "
        "The island school will close in winter if the boats stop, its head teacher wrote. "
        "Grocers expect empty shelves and weeks without letters.",
        "2026-03-12T12:00:00Z",
    )  # fmt: skip
    comp = compare.compare_story(Story("s1", ["a1", "b1"]), [a, b])
    texts = [s["text"] for s in comp.brief["sentences"]]
    assert texts[0].startswith("The harbour board voted")
    assert not any(t.startswith(("Parents", "Shopkeepers")) for t in texts)


def test_only_in_takes_a_reports_body_before_its_summary_bullets():
    """A summary bullet restates the report's own body in other words ("said to be reluctant" /
    "cool on the idea"): what only that report says is taken from its body first."""
    base = (
        "The Harbour ferry will run a new timetable from June, with sailings every 20 minutes at peak times."
    )
    gazette = (
        "Will Ida Venn swap the ferry for the harbour board? Crew urge the captain to stand\n\n"
        "• The former Harbour Line captain is said to be reluctant, even as her crew push the idea\n"
        "• She would face the board chair, Daniel Frost, who has held the post since 2019\n\n"
        f"{base}\n\nThe former captain herself is said to be cool on the idea, even if her closest "
        "crew back it.\n\nA museum in Pellworth has offered to buy the old lamp for its maritime collection."
    )
    arts = [
        _article(
            "w1", "Meridian Wire", f"{base}\n\nFares stay the same for children.", "2026-03-12T08:00:00Z"
        ),
        _article("g1", "The Harbour Gazette", gazette, "2026-03-12T09:00:00Z"),
    ]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Ferry"), arts)
    said = [o["text"] for o in comp.brief["only_in"] if o["outlet"] == "The Harbour Gazette"]
    assert said and not any("reluctant" in t for t in said), said
    assert any("cool on the idea" in t for t in said), said


def test_a_report_that_shares_little_with_its_story_is_named_not_briefed():
    """A report of another event that the clustering joined (a bakery's prize among reports of a
    ferry's end) gives no brief sentence, "only in" line or key quote, however early it came: the
    brief names it as sharing little with the others."""
    bakery = _article(
        "d1", "Coastline Daily",
        "A bakery in Brenmoor won the county's prize for the best rye bread on Saturday. "
        "The judges praised its crust and its dark, sour crumb. "
        "“We have baked this loaf for forty years,” said Ilse Marrow, who owns the bakery. "
        "The prize comes with a cup and a dinner for the bakers.",
        "2026-03-12T06:00:00Z",
    )  # fmt: skip
    ferry = [
        _article(
            "a1", "Meridian Wire",
            "The harbour board voted on Monday to stop the winter ferry to Orrin Island from June. "
            "Two hundred islanders marched to the harbour office in Kessling on Tuesday to protest. "
            "The ferry operator blamed the rising cost of fuel for the decision. "
            "“We cannot run an empty boat all winter,” said Dana Pell, the operator's chief executive.",
            "2026-03-12T08:00:00Z",
        ),
        _article(
            "b1", "The Harbour Gazette",
            "Orrin Island will lose its winter ferry from June after a vote by the harbour board on Monday. "
            "Islanders marched on the harbour office in Kessling in protest on Tuesday. "
            "Fuel costs were behind the decision, the ferry operator said. "
            "“The island will be cut off for months,” said Tom Arvik, who chairs the island council.",
            "2026-03-12T12:00:00Z",
        ),
        _article(
            "c1", "Coastline Daily",
            "The winter ferry to Orrin Island will stop in June, the harbour board decided on Monday. "
            "The ferry's operator pointed to the cost of fuel. "
            "Island families said children would struggle to reach the school in Kessling.",
            "2026-03-13T09:00:00Z",
        ),
    ]  # fmt: skip
    comp, _ = _with_quotes([bakery, *ferry])
    b = comp.brief
    assert b["loosely_related"] == [{"article_id": "d1", "outlet": "Coastline Daily"}]
    assert b["sentences"] and all(s["article_id"] != "d1" for s in b["sentences"])
    assert b["only_in"] and all(o["article_id"] != "d1" for o in b["only_in"])
    speakers = [k["speaker"] for k in b["key_quotes"]]
    assert "Dana Pell" in speakers and "Ilse Marrow" not in speakers, speakers
    from newsprism.report import comparison_text

    text = comparison_text(comp, {a.id: a for a in [bakery, *ferry]})
    assert (
        "Shares little with the rest of the story (perhaps another event): Coastline Daily (2026-03-12"
        in text
    )
    # of two reports that share little, the later joined the story the earlier began: the brief is
    # the earlier's, and names the later; two reports of one event name none
    two = compare.compare_story(Story("s2", ["d1", "a1"]), [bakery, ferry[0]]).brief
    assert two["loosely_related"] == [{"article_id": "a1", "outlet": "Meridian Wire"}]
    assert two["sentences"] and all(s["article_id"] == "d1" for s in two["sentences"])
    assert compare.compare_story(Story("s3", ["a1", "b1"]), ferry[:2]).brief["loosely_related"] == []


def test_a_few_quoted_words_no_one_is_named_for_are_no_key_quote():
    """One outlet's '... even as protesters shouted at them to stop their “message of hate.”',
    repeated in its follow-up: three quoted words and no speaker make no key quote."""
    said = (
        "The owners responded defiantly outside the harbour office, even as protesters shouted at "
        "them to stop their “message of hate.”"
    )
    quote = "“We will keep the boats running all winter,” said Ana Ruiz, who runs the ferry company."
    arts = [
        _article("g1", "The Harbour Gazette", f"{said}\n\n{quote}", "2026-03-12T08:00:00Z"),
        _article(
            "g2", "The Harbour Gazette", f"{said}\n\n{quote}\n\nThe case goes on.", "2026-03-13T08:00:00Z"
        ),
    ]
    comp, quotes = _with_quotes(arts)
    assert any(
        "message of hate" in a.text[c.start : c.end] for a in arts for q in quotes[a.id] for c in q.content
    )
    texts = [k["text"] for k in comp.brief["key_quotes"]]
    assert any("boats running" in t for t in texts) and not any("message of hate" in t for t in texts), texts


def test_a_key_quote_names_the_words_that_stand_for_its_speaker():
    """A quote of "the ruling" or "the study" that two outlets carry is shown with those words, not
    as "unattributed": the article says where the words come from."""
    ruling = "“The council may not close a school without hearing the families it serves,” the ruling said."
    arts = [
        _article(
            "r1",
            "The Harbour Gazette",
            f"A court in Kessling overturned the closure of the island school on Monday.\n\n{ruling}",
            "2026-03-12T08:00:00Z",
        ),
        _article(
            "r2",
            "Coastline Daily",
            f"The island school in Kessling will stay open after a court overturned its closure.\n\n{ruling}",
            "2026-03-12T09:00:00Z",
        ),
    ]
    comp, quotes = _with_quotes(arts)
    assert [q.speaker.description for q in quotes["r1"]] == ["the ruling"]
    assert not quotes["r1"][0].speaker.name
    speakers = [k["speaker"] for k in comp.brief["key_quotes"] if "hearing the families" in k["text"]]
    assert speakers == ["the ruling"], comp.brief["key_quotes"]


def test_an_increment_is_no_total_and_the_total_it_brings_counts_its_unit():
    a = _art(
        "Police detained another 18 members of the union, bringing the total to 72 arrested since May. "
        "The union said 12 members of parliament were among them, and 70 of its members were freed."
    )
    facts = {f.text: (f.key, f.value) for f in compare.extract_facts(a, _sents(a))}
    assert "18 members" not in facts
    assert facts["72 arrested"] == ("member", 72.0)
    assert facts["12 members"] == ("member of parliament", 12.0)
    assert facts["70 of its members"] == ("member", 70.0)


def test_an_outlets_own_later_figure_is_an_update_and_the_brief_gives_the_latest():
    """The same outlet: "more than 50 members" on Wednesday, "the total to 72" on Friday. Its
    later report replaced the figure: an update timeline, and the brief leaves the old one out."""
    early = _article(
        "w1",
        "Meridian Wire",
        "The military has arrested more than 50 members of the Ostmark Union since May, union leaders "
        "said Wednesday. The union had planned to convene its congress in the capital next week. "
        "Ferry crews in the harbour went on strike in support of the union.",
        "2026-03-11T08:00:00Z",
    )
    later = _article(
        "w2",
        "Meridian Wire",
        "The military has detained another 22 members of the Ostmark Union, bringing the total to 72 "
        "arrested since May, the union said Friday. The union had planned to convene its congress in "
        "the capital next week. Diplomats in the capital called for the release of the union leaders.",
        "2026-03-13T08:00:00Z",
    )
    arts = [early, later]
    comp = compare.compare_story(Story("s", [a.id for a in arts], "Arrests"), arts)
    (u,) = [u for u in comp.updates if u.key == "member"]
    assert [s["value"] for s in u.steps] == [50.0, 72.0]
    assert not any("more than 50" in s["text"] for s in comp.brief["sentences"])
    # a total counted from another start replaces nothing: "since Sunday" is not "since May"
    sunday = _article(
        "w1", "Meridian Wire", early.text.replace("since May", "since Sunday"), early.published or ""
    )
    comp = compare.compare_story(Story("s", ["w1", "w2"], "Arrests"), [sunday, later])
    assert not [u for u in comp.updates if u.key == "member"]


def test_the_wires_dollars_are_money():
    """AP's "dlrs 2.5 million" and Xinhua's "450 million U.S. dollars" are sums in dollars, not
    counts of "million"."""
    a = _art(
        "The foundation offered dlrs 2.5 million to anyone (dlrs 1.6 million in 1989). The president "
        "cut 450 million U.S. dollars from the bill, and US$ 3 billion more."
    )
    facts = {f.text: (f.kind, f.key, f.value) for f in compare.extract_facts(a, _sents(a))}
    assert facts["dlrs 2.5 million"] == ("money", "$", 2.5e6)
    assert facts["dlrs 1.6 million"] == ("money", "$", 1.6e6)
    assert facts["450 million U.S. dollars"] == ("money", "$", 4.5e8)
    assert facts["US$ 3 billion"] == ("money", "$", 3e9)


def test_a_features_words_to_the_reader_are_no_news():
    """ "Order a kipper roll in Orrin and you may get some odd looks", "You may have heard last week
    of ...": a feature talking to its reader reports nothing; "you" inside a quote is the
    speaker's ("“You will pay more,” the ferry chief told islanders")."""
    from newsprism.compare.brief import _reports_nothing

    assert _reports_nothing("Order a kipper roll in Orrin and you may get some odd looks.")
    assert _reports_nothing("You may have heard last week of a seal found asleep on the Kessling ferry ramp.")
    assert not _reports_nothing("“You will pay more next winter,” the ferry chief told islanders on Monday.")
    assert not _reports_nothing("The ferry chief said fares would rise by a fifth next winter.")
    assert _reports_nothing("Forget about getting a warm kipper roll in Kessling after nine.")
    assert not _reports_nothing("Ask Harbour Inc. said on Monday it would buy the ferry line.")
    assert _reports_nothing("Don't look for that to change before spring.")
    assert _reports_nothing("We all know the tale of the Orrin ferry and its long winters.")
    assert _reports_nothing("Frankly, I don't know anyone who likes the new timetable.")
    assert not _reports_nothing("”We will keep the ferry,” the harbour chief said on Monday.")
    assert not _reports_nothing(
        "Veterans of World War I laid a wreath at the Kessling pier, the US embassy said."
    )


def test_such_a_thing_after_an_opening_phrase_leans_on_the_sentence_before():
    """ "Five years ago, such a merger would have been unthinkable": which merger, the sentence
    before said; "Harbour works, such as the new pier, ..." stands alone."""
    from newsprism.compare.brief import _LEANS_INSIDE, _leans_back

    assert _LEANS_INSIDE.search("Five years ago, such a merger of ferry lines would have been unthinkable.")
    assert _leans_back("Five years ago, such a merger of ferry lines would have been unthinkable.")
    assert not _LEANS_INSIDE.search("Harbour works, such as the new pier, will start in May.")
    assert not _leans_back("Harbour works, such as the new pier, will start in May.")
    assert _leans_back("But the damage was far worse.")
    assert not _leans_back(
        "But the harbour board of Kessling has always insisted the ferry will run all year."
    )
