"""Quote extraction on hand-written sentences: every quote style, attribution and speaker case."""

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.ingest import article_from_json, finish
from newsprism.models import Span
from newsprism.quotes import Speaker, cited_outlets, extract, extract_many, quote_spans

pytestmark = pytest.mark.slow


def art(text, **kw):
    return finish(article_from_json({"text": text, **kw}), [], "t", None)


def q_texts(text):
    return [text[s.start : s.end] for s in quote_spans(text)]


def by_content(a, needle):
    for q in extract(a):
        if any(needle in a.text[c.start : c.end] for c in q.content):
            return q
    raise AssertionError(
        f"no quote containing {needle!r}: {[a.text[c.start : c.end] for q in extract(a) for c in q.content]}"
    )


def assert_no_quotes(*texts):
    """Each text alone gives no quote at all."""
    for text in texts:
        assert extract(art(text)) == [], text


def cues_of(text):
    """The cue words of the quotes of ``text`` read alone, in order."""
    a = art(text)
    return [s(a, q.cue) for q in extract(a)]


def by_cue(a, cue):
    """The article's quote whose cue is ``cue``."""
    return next(q for q in extract(a) if s(a, q.cue) == cue)


def s(a, span):
    return a.text[span.start : span.end] if span else None


def contents(a):
    """Each quote's words, from its first span to its last."""
    return [a.text[q.content[0].start : q.content[-1].end] for q in extract(a)]


def extract_with_ents(a, ents):
    """The article's quotes over a parse whose entities are ``ents(doc)`` ([(start, end, label)]
    in tokens): the recogniser's mistakes, written down so a test does not hang on them."""
    from spacy.tokens import Span as SpacySpan

    from newsprism.nlp import parse

    doc = parse(a.text)
    doc.ents = [SpacySpan(doc, start, end, label=label) for start, end, label in ents(doc)]
    return extract(a, doc)


# ---------------------------------------------------------------- quote marks


def test_quote_mark_styles_and_apostrophes():
    assert q_texts('He said "we will win" today.') == ['"we will win"']
    assert q_texts("He said “we will win” today.") == ["“we will win”"]
    assert q_texts("She said ‘the Left’s plan is dead’ and left.") == ["‘the Left’s plan is dead’"]
    assert q_texts("She said 'it's over for the party's leader' quietly.") == [
        "'it's over for the party's leader'"
    ]
    assert q_texts("The Left’s plan and it’s fine: no quotes here.") == []


def test_mixed_curly_and_straight_marks_close_each_other():
    """Copy that opens with one style and closes with the other: each sentence is its own quote,
    not one passage running over its attribution; a straight pair inside a curly quote is nested."""
    text = '“The ferry is late again," Ona Berg said. "We will complain.” Then “He said "never" to me,” she said.'
    assert q_texts(text) == [
        '“The ferry is late again,"',
        '"We will complain.”',
        '“He said "never" to me,”',
    ]
    # an opening mark after a comma, before a space, closes; so do two apostrophes after ", "
    assert q_texts("“It's unusual,“ said Tom Hale.") == ["“It's unusual,“"]
    assert q_texts("''It has worked for us, '' said Tom Hale.") == ["''It has worked for us, ''"]
    transcript = '"HALE: You called it an episode of “Harbour Talk.” Is that fair?\n\n"RUIZ: It is."'
    assert q_texts(transcript)[0].endswith("Is that fair?")


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“He told me ‘never again’ and walked out,” she said."
    assert q_texts(text) == ["“He told me ‘never again’ and walked out,”"]


def test_two_apostrophes_are_a_double_quote_mark():
    """Wire copy that writes ''...'' for a double mark: the apostrophes inside (I'm, party's) and a
    single quote nested at the end ('...''') do not end it, and its 60''s stay words."""
    text = (
        "''I'm not leaving the party's side,'' said Tomas Varga, a council member. "
        "''They told me, 'Sign it,''' he added. The 60''s were quieter."
    )
    assert q_texts(text) == ["''I'm not leaving the party's side,''", "''They told me, 'Sign it,'''"]
    a = art(text)
    q = by_content(a, "not leaving")
    assert q.kind == "direct" and q.speaker.name == "Tomas Varga"
    assert s(a, q.content[0]) == "''I'm not leaving the party's side,''"


def test_multi_paragraph_quote_and_pull_quote_between():
    text = (
        "A council insider said: ‘The budget is gone and nobody will say so.\n\n"
        "Repeated pull quote: the budget is gone\n\n"
        "‘If that is the plan, then good luck to them.’\n\nThe council met later."
    )
    a = art(text)
    spans = quote_spans(text, [Span(text.index("Repeated"), text.index("gone\n\n‘If") + 4)])
    assert [text[x.start : x.end] for x in spans] == [
        "‘The budget is gone and nobody will say so.",
        "‘If that is the plan, then good luck to them.’",
    ]
    assert a.text == text


# ---------------------------------------------------------------- attribution


def test_direct_quote_after_and_before_cue():
    a = art("“We will not take risks with public safety,” said Ana Ruiz, the transport commissioner.")
    q = by_content(a, "public safety")
    assert (
        q.kind == "direct"
        and s(a, q.cue) == "said"
        and s(a, q.source) == "Ana Ruiz, the transport commissioner"
    )
    assert q.speaker.name == "Ana Ruiz" and q.speaker.type == "person"
    b = art('The mayor, Daniel Frost, said: "The vote will go ahead in May."')
    q = by_content(b, "vote will go ahead")
    assert q.kind == "direct" and s(b, q.cue) == "said" and q.speaker.name == "Daniel Frost"


def test_quote_split_by_its_attribution():
    a = art("“The bridge is safe,” Ana Ruiz said, “but we will check it every week.”")
    q = by_content(a, "bridge is safe")
    assert [s(a, c) for c in q.content] == ["“The bridge is safe,”", "“but we will check it every week.”"]
    assert q.speaker.name == "Ana Ruiz"


def test_indirect_speech_and_mixed_quote():
    a = art(
        "Margaret Okonjo said that the party had lost its way. She said the claims were “wildly exaggerated” by critics."
    )
    q = by_content(a, "lost its way")
    assert q.kind == "indirect" and s(a, q.cue) == "said" and q.speaker.name == "Margaret Okonjo"
    m = by_content(a, "wildly exaggerated")
    assert m.kind == "mixed" and s(a, m.source) == "She" and m.speaker.name == "Margaret Okonjo"


def test_a_dateline_is_not_part_of_the_source():
    a = art(
        "PORT ELLING - The Norland government said on Thursday that it would fund the harbour wall "
        "repairs before winter. A US-based engineering firm said the wall could be rebuilt in a year."
    )
    q = by_content(a, "fund the harbour wall")
    assert s(a, q.source) == "The Norland government"
    assert q.speaker.description == "The Norland government"
    assert (q.speaker.name, q.speaker.type) == ("Norland government", "organization")
    assert s(a, by_content(a, "could be rebuilt").source) == "A US-based engineering firm"


def test_a_name_a_body_noun_describes_is_an_organisation():
    """ "Herri Batasuna, the political party linked to ETA, said": the recogniser's person is a party."""
    a = art(
        "ELLING, Norland (AP) _ Crowds marched on Saturday. After the attack, Arrano Berria, the "
        "political party linked to the armed group ORT, said for the first time that the party "
        "opposed street violence."
    )
    sp = by_content(a, "the party opposed street violence").speaker
    assert (sp.name, sp.type) == ("Arrano Berria", "organization")


def test_an_institution_a_name_qualifies_speaks_as_an_organisation():
    a = art(
        "The Vance campaign said the senator would not debate. The government of Norland said taxes "
        "would rise. The Elling police department said two men were arrested. The mayor and the harbour "
        "board said the quay would reopen."
    )
    for content, name in (
        ("senator would not debate", "Vance campaign"),
        ("taxes", "government of Norland"),
        ("two men were arrested", "Elling police department"),
    ):
        sp = by_content(a, content).speaker
        assert (sp.name, sp.type) == (name, "organization")
    assert by_content(a, "quay would reopen").speaker.type != "organization"  # two sources, not one


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "As the Harbour Gazette noted, the council raised more than £1.1 million from local firms last year.",
            "the council raised more than £1.1 million from local firms last year",
            "the Harbour Gazette",
        ),
        (
            "But as Ruiz noted, those voters will give the mayor a second look if she starts winning.",
            "those voters will give the mayor a second look if she starts winning",
            "Ruiz",
        ),
        (
            "The council raised £1.1 million from local firms, as the Gazette reported on Monday.",
            "The council raised £1.1 million from local firms",
            "the Gazette",
        ),
        (
            "As Smith told the committee, the plan would cost far more than the council expected.",
            "the plan would cost far more than the council expected",
            "Smith",
        ),
    ],
)
def test_an_as_clause_attributes_the_main_clause(text, content, source):
    a = art(text)
    q = by_content(a, content)
    assert (s(a, q.content[0]), s(a, q.source)) == (content, source)


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the council approved the plan on Tuesday after a long debate.",
        "As the lawyers argue about the harbour money, guess what will happen to the ferry?",
        "As rescue efforts continue, divers are searching the harbour for the missing ferry.",
        "The ferry left late, and it would seem the crew had not been told of the storm.",
        "Collecting evidence that will convince juries of clear-cut fraud costs the port a great deal.",
    ],
)
def test_an_as_clause_of_time_or_without_a_source_is_no_quote(text):
    assert extract(art(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Surgeons removed a pelvic tumor that resisted all therapies at the Kessling clinic.",
        "The harbour trust built a sea wall, which can defend the pier against winter storms.",
        "Doctors found a substance in the pond water, which signals the fish to stop feeding.",
        "The ferry crews sang two words that express an apology to the town every spring.",
    ],
)
def test_a_thing_that_acts_in_a_relative_clause_is_no_source(text):
    assert extract(art(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour fever, which doctors say is reaching epidemic proportions, closed two schools.",
            "is reaching epidemic proportions",
        ),
        (
            "The mayor opened a ferry program which she said was meant to guarantee winter trade.",
            "was meant to guarantee winter trade",
        ),
    ],
)
def test_what_was_said_starts_after_which_someone_said(text, content):
    a = art(text)
    assert any(s(a, q.content[0]) == content for q in extract(a)), [s(a, q.content[0]) for q in extract(a)]


def test_a_ruler_named_by_title_is_a_person_a_pronoun_may_stand_for():
    """ "Just before he was toppled ..., the U.S.-backed shah launched a program which he said ...":
    "he" is the shah, not the admiral quoted two paragraphs before (left unnamed, not misnamed)."""
    a = art(
        "“Korvania must look again at its security,” Rear Adm. Tomas Kerrigan said.\n\n"
        "Just before he was toppled in 1979, the exiled emir launched a harbour program which he "
        "said was meant to guarantee future trade."
    )
    q = by_content(a, "was meant to guarantee future trade")
    assert q.speaker.name != "Tomas Kerrigan"


@pytest.mark.parametrize(
    "text",
    [
        "There, the ferry crews said prayers and placed flowers on the Kessling pier.",
        "On Sunday night, live from the harbour hall, the mayor said farewell again to the old ferry.",
    ],
)
def test_saying_a_rite_reports_no_words(text):
    assert extract(art(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour vote angered the fishing community, which opposed the new pier tax.",
            "the new pier tax",
        ),
        (
            "Mayor Ruiz made a comment that described the ferry crews as lazy and late.",
            "the ferry crews",
        ),
        ("The council issued a report that found the pier was unsafe.", "the pier was unsafe"),
    ],
)
def test_people_acting_together_and_words_in_a_relative_clause_still_report(text, content):
    a = art(text)
    assert s(a, by_content(a, content).content[0]) == content


def test_a_subject_after_the_cue_must_be_someone_who_can_speak():
    from newsprism.nlp import spacy_nlp
    from newsprism.quotes import _bare_thing

    doc = spacy_nlp()("Officials said loans and the report and residents and the council were late.")
    assert [t.text for t in doc if _bare_thing(t)] == ["loans"]


def test_a_headline_line_is_not_part_of_the_sentence_below():
    a = art(
        "Ruiz Would Reopen The Ferry Over Winter\nMayor Ana Ruiz said she would reopen the ferry in December."
    )
    q = by_content(a, "she would reopen")
    assert q.speaker.name.endswith("Ana Ruiz") and q.speaker.type == "person"
    assert "Winter" not in s(a, q.source)


def test_a_that_clause_the_parser_hung_on_the_occasion_is_what_was_said():
    a = art(
        "Courted by both parties and widely expected to be the top donor, Ruiz said on Friday during a "
        "news conference that she may wait until the spring to decide. Okafor said at a briefing that the "
        "port would reopen next week."
    )
    q = by_content(a, "she may wait")
    assert s(a, q.source) == "Ruiz" and s(a, q.cue) == "said"
    assert s(a, by_content(a, "port would reopen").source) == "Okafor"
    # the participle clause before the speaker says what others expect of her, not what she said
    assert not [q for q in extract(a) if "top donor" in s(a, q.content[0])]
    b = art("To win over the harbour board, Okafor told them about the storm of 1987 and the ferry it sank.")
    assert not [q for q in extract(b) if "harbour board" in s(b, q.content[0])]
    # who was persuaded is not what they were persuaded of
    c = art("To persuade the board members, Okafor convinced the council members that the port should close.")
    assert [s(c, q.content[0]) for q in extract(c)] == ["that the port should close"]
    # the object of a hearer's verb is who heard, whatever it names ("reminded Ward of the images")
    d = art(
        "Harbour pilots licensed for the new berths will have to renew their licences by May and "
        "inform their insurers. A passing tugboat reminded Ward of the storms of the 1980s."
    )
    assert extract(d) == []


def test_according_to_and_belief_verbs():
    a = art(
        "According to the Coastal Authority, the barrier will protect 3,200 homes. Tom Avery believes the town is safer now."
    )
    q = by_content(a, "barrier will protect")
    assert s(a, q.cue) == "According to" and s(a, q.source) == "the Coastal Authority"
    assert q.speaker.type == "organization"
    b = by_content(a, "town is safer")
    assert s(a, b.cue) == "believes" and b.speaker.name == "Tom Avery"
    # "hoped" is a stance ("hop" to the packaged lemmatizer); a rabbit that hopped says nothing
    assert cues_of(
        "The mayor hoped that the ferry would sail by May. The rabbit hopped away from the pier."
    ) == ["hoped"]
    # "in keeping with" is no source; "But according to" still is
    d = art(
        "Cheese made and aged according to the new rules will carry a harbour seal. But according to "
        "the Dairy Board, most farms will need two years to comply."
    )
    assert [s(d, q.source) for q in extract(d)] == ["the Dairy Board"]
    # the parser reads "the plan reeks of ..." as an appositive of the name ("reeks" a plural
    # noun): running to the sentence's end, it is the clause reported
    e = art("According to conservative talk radio host Ana Ruiz, the plan reeks of fear and desperation.")
    assert [(s(e, q.source), s(e, q.content[0])) for q in extract(e)] == [
        ("conservative talk radio host Ana Ruiz", "the plan reeks of fear and desperation")
    ]


def test_anonymous_sources_keep_description_and_affiliation():
    text = (
        "Margaret Okonjo is being urged to run for mayor. Okonjo has not decided.\n\n"
        "‘Plenty of people have asked her to stand,’ one ally said.\n\n"
        "A party insider told the Brightwater Ledger news site that the campaign would split the vote."
    )
    a = art(text)
    ally = by_content(a, "Plenty of people")
    assert ally.speaker.type == "anonymous" and ally.speaker.description == "ally of Margaret Okonjo"
    insider = by_content(a, "split the vote")
    assert insider.speaker.type == "anonymous" and "party insider" in insider.speaker.description
    assert s(a, insider.cue) == "told"


def test_a_name_inside_an_anonymous_source_or_a_title_is_not_the_speaker():
    text = (
        "Margaret Okonjo is being urged to run for mayor.\n\n"
        "A close ally of Ms Okonjo told the Brightwater Ledger: \u201cShe has the support to win.\u201d\n\n"
        "A Westbridge Party insider said: \u201cIt would split the vote and hand the city to her rivals.\u201d\n\n"
        "A Westbridge Council spokesman said: \u201cThe council does not comment on candidacies.\u201d\n\n"
        "Okonjo sits as an independent councillor and the current party leader, Ravi Mehta, has said it "
        "is \u201cdifficult\u201d to see how she could return.\n\n"
        "There is scepticism among councillors who say she could split the vote."
    )
    a = art(text)
    ally = by_content(a, "support to win").speaker
    assert (ally.type, ally.description) == ("anonymous", "close ally of Margaret Okonjo")
    insider = by_content(a, "hand the city").speaker
    assert (insider.type, insider.description) == ("anonymous", "A Westbridge Party insider")
    spokesman = by_content(a, "does not comment").speaker
    assert (spokesman.type, spokesman.name) == ("organization", "Westbridge Council")
    leader = by_content(a, "to see how")
    assert (
        s(a, leader.source) == "the current party leader, Ravi Mehta" and leader.speaker.name == "Ravi Mehta"
    )
    critics = by_content(a, "could split").speaker
    assert critics.description == "councillors" and critics.name is None


def test_pronoun_and_continuation_paragraph():
    text = (
        "Jonah Pike runs a bakery on the Alder side of the river.\n\n"
        "“Half my customers come over that bridge in the morning,” he said.\n\n"
        "“If it is shut until May, some of us will not survive.”\n\nThe council did not reply."
    )
    a = art(text)
    first = by_content(a, "Half my customers")
    assert s(a, first.source) == "he" and first.speaker.name == "Jonah Pike"
    cont = by_content(a, "some of us will not survive")
    assert cont.kind == "direct" and cont.cue is None and cont.speaker.name == "Jonah Pike"


def test_scare_quote_alone_is_not_a_direct_quote():
    a = art("The report used the word “unprecedented” twice. Officials met on Monday.")
    assert all(q.kind != "direct" for q in extract(a))


def test_quote_marks_in_boilerplate_are_skipped():
    a = art("The mayor said the vote would go ahead.\n\nREAD MORE: ‘We will win’ says rival")
    assert not any("We will win" in a.text[c.start : c.end] for q in extract(a) for c in q.content)


def test_cited_outlets():
    a = art(
        "A party insider told the Brightwater Ledger news site that the plan had failed. "
        "The Northgate Chronicle reported on Monday that talks had stalled.",
        outlet="Daily Lantern",
    )
    names = {c.name for c in cited_outlets(a)}
    assert {"Brightwater Ledger", "The Northgate Chronicle"} <= names
    wire = art(
        "PORT ELLING (Meridian Wire) - The bridge was closed on Thursday.", outlet="Northgate Chronicle"
    )
    assert [c.name for c in cited_outlets(wire)] == ["Meridian Wire"]


def test_cli_quotes_follows_the_spec(tmp_path):
    rows = [
        {"id": "a1", "text": "“The bridge stays shut,” said Ana Ruiz."},
        {"id": "a2", "text": "No quotes in this one at all."},
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["quotes", str(inp), "--quiet", "-j", "1"])
    assert r.exit_code == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", "a2"] and out[1]["quotes"] == []
    q = out[0]["quotes"][0]
    assert set(q) == {"kind", "content", "cue", "source", "speaker"}
    assert q["kind"] == "direct" and q["speaker"] == {
        "name": "Ana Ruiz",
        "type": "person",
        "description": None,
    }
    assert rows[0]["text"][q["cue"]["start"] : q["cue"]["end"]] == "said"


@pytest.fixture(scope="module")
def analysis():
    from pathlib import Path

    import newsprism

    return newsprism.analyze(Path(__file__).resolve().parent.parent / "examples")


def _group(analysis, needle):
    for gs in analysis.quote_groups.values():
        for g in gs:
            if needle in g.text:
                return g
    raise AssertionError(needle)


def test_cross_outlet_quote_variants_on_the_examples(analysis):
    ally = _group(analysis, "Plenty of people")
    assert set(ally.outlets) == {
        "The Harbour Gazette",
        "Northgate Chronicle",
        "Riverside Post",
        "Daily Lantern",
    }
    assert "altered: Northgate Chronicle has 'urged' where The Harbour Gazette has 'asked'" in ally.flags
    assert "attribution differs: ally of Margaret Okonjo / close ally of Margaret Okonjo" in ally.flags
    assert ally.speaker.type == "anonymous" and ally.speaker.description == "ally of Margaret Okonjo"
    spokesman = _group(analysis, "Margaret is focused")
    assert spokesman.flags == ["altered: Daily Lantern leaves out 'on rents and the cost of heating'"]
    wire = _group(analysis, "public safety")
    assert wire.outlets[0] == "Meridian Wire" and wire.speaker.name.endswith("Ruiz")
    assert "altered: The Harbour Gazette leaves out 'any'" in wire.flags
    avery = _group(analysis, "turning point for Pellworth")
    assert avery.flags == [] and avery.speaker.name == "Tom Avery"


def test_an_altered_quote_in_two_articles_of_one_outlet_names_each_article():
    """One outlet's two reports of the same quote are told apart by date (or title), never
    "X has ... where X has ..."."""
    from newsprism.models import Article
    from newsprism.quotes import extract, match_across

    said = "“We will rebuild the pier before the summer season begins,” Mayor Lena Voss said on Monday."
    later = said.replace("rebuild", "repair")
    a = Article(said, id="a1", outlet="Pellworth Echo", published="2031-03-02", title="Pier to reopen")
    b = Article(later, id="a2", outlet="Pellworth Echo", published="2031-03-04", title="Pier repairs")
    groups = match_across([a, b], {x.id: extract(x) for x in (a, b)})
    assert groups[0].flags == [
        "altered: Pellworth Echo (2031-03-04) has 'repair' where Pellworth Echo (2031-03-02) has 'rebuild'"
    ]
    b.published = a.published  # the same day: the titles tell them apart
    groups = match_across([a, b], {x.id: extract(x) for x in (a, b)})
    assert groups[0].flags == [
        "altered: Pellworth Echo ('Pier repairs') has 'repair' where Pellworth Echo ('Pier to reopen') has 'rebuild'"
    ]


def test_a_quote_several_outlets_carry_takes_the_speaker_most_of_them_name():
    """The Echo's "he" went to the police chief who described the note; the Wire and the Gazette
    name its writer. The group names the writer, in full, and still flags the disagreement."""
    from newsprism.models import Article
    from newsprism.quotes import extract, match_across

    note = "“I don't plan to stay in Pellworth very much longer,” "
    echo = Article(
        "Dana Wickert left a note in the harbour office, said Tom Avery, the police chief.\n\n"
        f"{note}he wrote.",
        id="a1", outlet="Pellworth Echo", published="2031-03-02T08:00:00Z",
    )  # fmt: skip
    wire = Article(f"{note}Dana Wickert wrote in the note.", id="a2", outlet="Meridian Wire",
                   published="2031-03-02T09:00:00Z")  # fmt: skip
    gazette = Article(f"{note}Wickert wrote.", id="a3", outlet="The Harbour Gazette",
                      published="2031-03-02T10:00:00Z")  # fmt: skip
    arts = [echo, wire, gazette]
    quotes = {x.id: extract(x) for x in arts}
    assert [q.speaker.name for q in quotes["a1"] if q.kind == "direct"] == ["Tom Avery"]  # the Echo's reading
    (group,) = match_across(arts, quotes)
    assert group.speaker.name == "Dana Wickert"
    assert any(f.startswith("attribution differs") for f in group.flags)


def test_a_story_names_each_speaker_one_way_in_all_its_quote_groups():
    """One report gives the mayor's middle initial and another does not: each group of the story
    names her in her fullest form. Another Voss, of another first name, keeps hers."""
    from newsprism.models import Article
    from newsprism.quotes import extract, match_across

    said = ("“We will rebuild the pier before the summer season begins,”", "“The ferry will run every hour "
            "from the first of May,”", "“The old pier served us for a century and more,” said Piet Voss")  # fmt: skip
    echo = Article(
        f"{said[0]} Mayor Lena Voss said.\n\n{said[1]} Lena Voss added.\n\n{said[2]}, her brother.",
        id="a1", outlet="Pellworth Echo", published="2031-03-02T08:00:00Z",
    )  # fmt: skip
    wire = Article(f"{said[0]} Mayor Lena M. Voss said.\n\n{said[1]} Voss said.\n\n{said[2]}.", id="a2",
                   outlet="Meridian Wire", published="2031-03-02T09:00:00Z")  # fmt: skip
    groups = match_across([echo, wire], {x.id: extract(x) for x in (echo, wire)})
    by_text = {g.text.split()[1]: g.speaker.name for g in groups}
    assert by_text == {"will": "Lena M. Voss", "ferry": "Lena M. Voss", "old": "Piet Voss"}


def test_a_fuller_name_replaces_a_name_only_where_it_can_only_be_that_person():
    from newsprism.quotes import Speaker, fullest_names

    def full(*names):
        return fullest_names(Speaker(n, "person") for n in names)

    assert full("Mark Okafor", "Mark O. Okafor", "Mark Orrin Okafor")("Mark O. Okafor") == "Mark Orrin Okafor"
    two = full("Howard K. Reid", "Howard E. Reid", "Howard Reid")
    assert (two("Howard Reid"), two("Howard K. Reid")) == ("Howard Reid", "Howard K. Reid")  # which one?
    # a surname alone may be another of the family; a pair of people is no one's full name
    kin = full("Reid", "Vicci Reid", "Marvin and Corey Freedman", "Marvin Freedman")
    assert (kin("Reid"), kin("Marvin Freedman")) == ("Reid", "Marvin Freedman")


def test_mixed_quote_altered_across_outlets(analysis):
    """'wildly exaggerated' against 'wildly exaggerated for political reasons' changes the meaning."""
    by_outlet = {a.outlet: a for a in analysis.articles if "Okonjo" in (a.title or "")}
    lantern = by_outlet["Daily Lantern"]
    mixed = [q for q in analysis.quotes[lantern.id] if q.kind == "mixed"]
    assert any("for political reasons" in lantern.text[c.start : c.end] for q in mixed for c in q.content)


def test_cited_outlets_on_the_examples(analysis):
    cited = {
        a.outlet + " / " + (a.title or "")[:20]: {c.name for c in analysis.cited[a.id]}
        for a in analysis.articles
    }
    credits_ledger = [k for k, v in cited.items() if "Brightwater Ledger" in v]
    credits_wire = [k for k, v in cited.items() if "Meridian Wire" in v]
    assert len(credits_ledger) == 4  # all four Okonjo articles credit the Ledger
    assert len(credits_wire) == 2  # both wire copies credit Meridian Wire (the original does not cite itself)


def test_extract_many_in_worker_processes_matches_extract():
    texts = [
        f'"The bridge will reopen in {n} weeks," said engineer Priya Nair. She added that the '
        f"repairs were on budget. According to the council, {n} crews are working."
        for n in range(2, 20)
    ]
    arts = [finish(article_from_json({"id": str(i), "text": t}), [], "t", None) for i, t in enumerate(texts)]
    got = list(extract_many(arts, processes=2, batch_size=4))
    assert got == [extract(a) for a in arts]
    assert [q.kind for q in got[0]] == ["direct", "indirect", "indirect"]
    assert got[5][0].speaker.name == "Priya Nair"


def test_a_surname_takes_the_first_name_the_headline_gives():
    a = art(
        "Okonjo has not decided. Okonjo said she was thinking about it.",
        title="Will former party leader Margaret Okonjo run for mayor?",
    )
    assert {q.speaker.name for q in extract(a)} == {"Margaret Okonjo"}


def test_parenthetical_and_trailing_cues_without_a_complement():
    a = art(
        "The harbour plan is made possible by a federal grant, said Lena Ortiz, the port's finance director.\n\n"
        "But, she said, the grant covers only the first phase of the work.\n\n"
        "Those who rent berths by the month will pay more next year, even with the discount, he said."
    )
    q = by_content(a, "federal grant")
    assert [s(a, c) for c in q.content] == ["The harbour plan is made possible by a federal grant"]
    assert s(a, q.source) == "Lena Ortiz, the port's finance director" and q.speaker.name == "Lena Ortiz"
    q = by_content(a, "first phase")
    assert [s(a, c) for c in q.content] == ["the grant covers only the first phase of the work"]
    assert q.speaker.name == "Lena Ortiz"
    q = by_content(a, "rent berths")
    assert s(a, q.source) == "he" and s(a, q.cue) == "said"


def test_the_subject_nearest_the_cue_speaks_and_a_clause_before_it_makes_a_mixed_quote():
    a = art(
        "“My apologies, I was late,” Okafor said after the recess.\n\n"
        "Pair a long winter with a “ferry service in name only” and islanders lose patience, "
        "said Rhea Dunmore, who chairs the island council."
    )
    q = by_content(a, "apologies")
    assert s(a, q.source) == "Okafor" and q.speaker.name == "Okafor"
    q = by_content(a, "islanders lose patience")
    assert q.kind == "mixed" and q.speaker.name == "Rhea Dunmore"
    assert s(a, q.content[0]).startswith("Pair a long winter")


def test_a_poll_is_the_source_of_the_figures_it_reports():
    a = art("Mayor Ruiz leads her challenger by 9 points, 48% to 39%, in the latest Harbour Gazette poll.")
    q = by_content(a, "leads her challenger")
    assert s(a, q.cue) == "in" and s(a, q.source) == "the latest Harbour Gazette poll"
    assert (
        q.speaker.type in ("organization", "unknown")
        and q.speaker.description == "the latest Harbour Gazette poll"
    )


def test_a_nearer_cue_does_not_take_the_quote_of_the_main_one():
    a = art('A council official who spoke on condition of anonymity said on Monday, "The ferry will run."')
    q = by_content(a, "ferry will run")
    # the source is the whole phrase (as PolNeAR marks it); the speaker is read off its head
    assert (
        s(a, q.cue) == "said" and s(a, q.source) == "A council official who spoke on condition of anonymity"
    )
    assert (q.speaker.type, q.speaker.description) == ("anonymous", "A council official")


def test_the_source_is_the_whole_phrase_but_never_the_quote_or_the_cue():
    a = art(
        "A poll conducted last week by the Elling Gazette found that most residents back the ferry.\n\n"
        "“We will keep sailing,” said Tom Varga, who runs the harbour, on Monday."
    )
    assert s(a, by_content(a, "most residents").source) == "A poll conducted last week by the Elling Gazette"
    q = by_content(a, "keep sailing")
    assert s(a, q.source) == "Tom Varga, who runs the harbour" and q.speaker.name == "Tom Varga"
    b = art(
        "Shares fell on Thursday.\n\n“They are trying to stretch who they are as a company into an "
        "area where they have no expertise,” said John Okafor, an analyst at Hale & Co.\n\n"
        "“The ferry deal is a distraction.”"
    )
    # not the paragraph break the appositive's parse ran into
    assert {s(b, q.source) for q in extract(b)} == {"John Okafor, an analyst at Hale & Co."}


def test_credit_lines_are_not_colon_quotes():
    a = art("Ferry fares rise by a fifth, the council said.\n\nContributing: Dana Shaw\n\nBYLINE: Amber Lake")
    assert all("Dana Shaw" not in s(a, q.source or q.content[0]) for q in extract(a))
    assert all("Amber" not in s(a, q.source or q.content[0]) for q in extract(a))
    # a wire's note to editors is no one's words, in an article the cleaner has not marked too
    from newsprism.models import Article

    b = Article(
        "EDITORS: Tom Reid is back in Port Elling for a ten-night run at the harbour theatre that "
        "starts tonight.\n\nThe run sold out in a day, the theatre said."
    )
    assert all("Tom Reid is back" not in s(b, c) for q in extract(b) for c in q.content)
    # nor is a wire's dateline for a story filed from nowhere in particular
    c = Article(
        "UNDATED: Many of the ferry passengers stranded in Port Elling this week may never sail with "
        "the harbour line again.\n\nThe line lost a third of its bookings, its chief said."
    )
    assert all("Many of the ferry" not in s(c, x) for q in extract(c) for x in q.content)


def test_glued_quote_marks_and_a_trailing_cue_parsed_as_a_conjunct():
    a = art(
        "Ana Ruiz said,“We will not take risks with the ferry.”\n\n"
        "The ferry will run all winter, her deputy, Tom Avery, told the Harbour Gazette on Monday."
    )
    q = by_content(a, "take risks")
    assert q.kind == "direct" and q.speaker.name == "Ana Ruiz"
    q = by_content(a, "run all winter")
    assert [s(a, c) for c in q.content] == ["The ferry will run all winter"]
    assert s(a, q.cue) == "told" and q.speaker.name == "Tom Avery"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Talks stalled on Friday, the Interfax news agency reported.", ["Interfax"]),
        ("The plant will close, according to the Itar-Tass news agency.", ["Itar-Tass"]),
        (
            "The ferry will run hourly, the Harbour Gazette reported Wednesday. Officials agreed.",
            ["Harbour Gazette"],
        ),
        ("However Meridian Wire reported Tuesday that the bridge was shut.", ["Meridian Wire"]),
        ("The mayor told CNN. Wiener said he disagreed.", ["CNN"]),
        ("She told Channel 4 News that she would run.", ["Channel 4 News"]),
        ("The tunnel was shut, a Pellworth newspaper reported.", []),  # some newspaper: no name
        ("The vote passed, national Spanish radio reported.", []),  # a nationality, not an outlet
        ("The Lantern Daily reported the vote. The daily quoted the mayor.", ["The Lantern Daily"]),
        # "of" inside a name; a medium alone, or "No." of a numbered paper, credits no one
        ("The pier will close, Voice of Norland radio reported Tuesday.", ["Voice of Norland"]),
        (
            "“We will stay,” United News of Norland news agency quoted the mayor as saying.",
            ["United News of Norland"],
        ),
        ("But the boy's mother told the TV show, “My only fear is the sea.”", []),
        ("Schools will open, according to No. 1 Sessional Paper of 2031.", []),
    ],
)
def test_cited_outlets_name_the_outlet_and_nothing_else(text, names):
    assert [c.name for c in cited_outlets(art(text))] == names


def test_a_lone_scare_quoted_word_is_not_a_quote():
    a = art("The council called the plan “progressive”, Tom Avery said on Monday, and voted for it.")
    assert all(a.text[c.start : c.end] != "“progressive”" for q in extract(a) for c in q.content)
    assert not [q for q in extract(a) if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "name", "kind", "description"),
    [
        ('"We will rebuild," said Harbourside resident Dean Phillips.', "Dean Phillips", "person", None),
        ('"He was always calm," a co-worker said on Monday.', None, "anonymous", "co-worker"),
        ("Russia said on Monday it would send aid to the valley.", "Russia", "organization", None),
    ],
)
def test_the_person_named_speaks_not_the_place_before_the_name(text, name, kind, description):
    (q,) = extract(art(text))
    assert (q.speaker.name, q.speaker.type) == (name, kind)
    if description:
        assert q.speaker.description == description


def test_a_document_is_not_the_person_named_before_it():
    a = art("Tom Avery read the letter to reporters. The letter said the children had been asleep.")
    q = by_content(a, "the children had been asleep")
    assert q.speaker.name is None  # "the letter" is no one; not Tom Avery
    b = art("Tom Avery spoke first. The commissioner said the road would reopen on Friday.")
    assert by_content(b, "the road would reopen").speaker.name == "Tom Avery"


def test_a_single_quote_paragraph_continues_its_speaker_through_a_caption_and_a_pull_quote():
    text = (
        "Councillor Ida Marsh faces a challenge in Fenwick ward.\n\n"
        "‘Nobody has told us when the bridge will reopen,’ one neighbour said.\n\n"
        "Closed: the Fenwick footbridge in March\n\n"
        "‘It’s the third winter we’ve waited. The council’s plan is a year late.’\n\n"
        "A council officer told the Fenwick Gazette: ‘Work starts in the spring.\n\n"
        "Nobody has told us when the bridge will reopen\n\n"
        "‘We have the money and the contractor’s dates are fixed.’\n\n"
        "The ward votes in May."
    )
    a = art(text, annotations=None)
    late = by_content(a, "third winter")
    assert late.kind == "direct" and late.continuation and late.speaker.description.endswith("neighbour")
    dates = by_content(a, "contractor’s dates")
    assert dates.continuation and dates.speaker.description == "A council officer"


def test_a_cue_does_not_take_the_quote_after_the_next_sentence_starts():
    a = art(
        "Ida Marsh is said to oppose the plan, even if her friends on the council back it. "
        "Her spokesman said: ‘Ida is focused on the ward and on the budget.’"
    )
    q = by_content(a, "focused on the ward")
    assert q.kind == "direct" and s(a, q.source) == "Her spokesman"
    assert (
        len(
            [x for x in extract(a) if "focused on the ward" in a.text[x.content[0].start : x.content[-1].end]]
        )
        == 1
    )


def test_the_source_added_is_the_unnamed_source_quoted_before():
    a = art(
        "A close ally of Ms Marsh told the Gazette: “There are people who want her to run.”\n"
        "The source added that the ward is seen as a “safe seat”, adding: “It would be a safe result.”\n"
        "A former council clerk called the bid “winnable”. If the budget passes, the source added, "
        "“then why not? She could win.”"
    )
    easy = by_content(a, "safe result")
    assert easy.speaker.type == "anonymous" and "close ally of" in easy.speaker.description
    why = by_content(a, "then why not")
    assert why.speaker.description == "A former council clerk"
    winnable = by_content(a, "winnable")
    assert a.text[winnable.content[0].start : winnable.content[-1].end] == "the bid “winnable”"
    assert winnable.kind == "mixed"


def test_the_statement_is_its_issuer_named_before():
    a = art(
        "PORT ELLING (Meridian Wire) _ The Norland Harbour Authority announced on Wednesday that two "
        "pilots held last week were not to blame for the collision.\n\n"
        "The statement did not say who was.\n\n"
        "“The two pilots acted as the rules require,” the statement said."
    )
    assert by_content(a, "acted as the rules").speaker.name == "Norland Harbour Authority"
    # no one announced anything before: the statement stays unnamed
    b = art("“The two pilots acted as the rules require,” the statement said. Ferry crews agreed.")
    assert by_content(b, "acted as the rules").speaker.name is None
    # the statement's issuer, not the latest body to announce something
    c = art(
        "This came in a statement issued by the Harbour Pilots Union in Port Elling today.\n\n"
        "The Norland Harbour Authority has announced new rules for ferries.\n\n"
        "The rules are unfair to small crews, said the statement."
    )
    assert by_content(c, "unfair to small crews").speaker.name == "Harbour Pilots Union"


@pytest.mark.parametrize(
    ("text", "needle", "name"),
    [
        # "he" after a group of people as subject: the one quoted before them, not one of the group
        (
            "PORT ELLING, July 11 (Meridian Wire) -- Norland Justice Minister Tomas Ekdal said on Tuesday "
            "that the harbour talks could succeed.\n\n"
            '"I am optimistic that agreement could be reached at these talks," Ekdal told reporters.\n\n'
            "Prime Minister Jonas Lund, opposition leader Piotr Varga and United States President Bill "
            "Clinton gathered at the port on Tuesday for the talks.\n\n"
            '"Without an agreement it will be bad, but I think the hopes are high," he said.',
            "Without an agreement",
            "Tomas Ekdal",
        ),
        # "Lin" first is a family name, not a woman's first name: "He added" can be Lin Haoran
        (
            "PORT ELLING, February 3 (Meridian Wire) -- The harbour floor holds 3 million tons of shingle. "
            "According to Lin Haoran, an academician at the Norland Academy of Engineering, the stones "
            'lie on the harbour floor "like eggs". He added, "Norland now has the dredgers to lift these '
            'stones from the deep harbour."',
            "now has the dredgers",
            "Lin Haoran",
        ),
    ],
)
def test_he_after_a_group_or_a_family_name_written_first(text, needle, name):
    assert by_content(art(text), needle).speaker.name == name


def test_a_topic_line_names_no_speaker():
    a = art(
        "Tom Reid's new show opened at the harbour theatre. There were plenty of old jokes:\n\n"
        "- On why men don't like to write checks: “To men, a check is a note from your mother.”\n\n"
        "- On ferries: “What exactly is the life jacket for? It is wearing you.”\n\n"
        "On Tuesday, the theatre told reporters: “Every night is sold out.”"
    )
    # (not the topic: the one the article is about, whose jokes they are)
    assert by_content(a, "a note from your mother").speaker == Speaker("Tom Reid", "person")
    assert by_content(a, "life jacket").speaker == Speaker("Tom Reid", "person")
    assert by_content(a, "sold out").speaker.description == "the theatre"


def test_an_unowned_spokesman_is_not_the_main_persons():
    a = art(
        "Federal agents are still hunting Tom Reid in the hills above Port Elling. Reid, 33, is charged "
        "in three bombings. A spokesman in Alder said no briefings are planned on the case."
    )
    q = by_content(a, "no briefings are planned")
    assert q.speaker.type == "anonymous" and "Reid" not in (q.speaker.description or "")


def test_it_is_the_body_the_sentence_before_is_about():
    a = art(
        "In a circular issued to banks on Friday, the Norland Central Bank let banks trade freely with "
        "the European Union. It also asked banks to check their payment systems."
    )
    assert by_content(a, "to check their payment systems").speaker.name == "Norland Central Bank"


def test_quoted_words_that_end_a_longer_clause_make_a_mixed_quote():
    a = art("The mayor is being urged to find “a new political home”, sources told the Gazette.")
    (q,) = extract(a)
    assert q.kind == "mixed" and s(a, q.content[0]).startswith("The mayor is being urged")


@pytest.mark.parametrize(
    ("text", "needle", "name"),
    [
        # gender: "she" is the woman named, not the man named after her
        (
            "Maria Okafor chairs the board. Peter Lund, its treasurer, stayed silent. "
            "She said the accounts would be published in June.",
            "accounts would be published",
            "Maria Okafor",
        ),
        # "his predecessor" is a second man: "he" could be either, so no name is given
        (
            "Sir Tom Avery said his predecessor's remarks made a return very hard. "
            "He was dropped after he said the losses had been overstated.",
            "the losses had been overstated",
            None,
        ),
        # a title gives the gender where the first name is unknown
        (
            "Mrs Sadiqa Rahimi leads the union. Omar Bello spoke first. She said the strike would go ahead.",
            "strike would go ahead",
            "Sadiqa Rahimi",
        ),
    ],
)
def test_pronouns_agree_in_gender_and_ambiguity_gives_no_name(text, needle, name):
    q = by_content(art(text), needle)
    assert q.speaker.name == name


_FORMER_CHAIR = (
    "Former Harbour Party leader Milo Brandt is being urged by friends to run for mayor of Kessel. "
    "The former Harbour Party leader sits as an independent after losing the party whip. "
    "Milo Brandt has not said whether he will run. Friends say Milo Brandt could win. "
    "Sir Tom Avery has said his predecessor's remarks on the port make a return very hard. "
)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        # in an article about a former leader, the leader's "predecessor" is that man, and the "he"
        # who spoke in the clause of what was done to him is the article's main man
        ("He was dropped after he said the losses had been overstated.", "Milo Brandt"),
        # "He said ..." opening the next sentence as its main subject is Avery going on (the one who
        # spoke last, not the predecessor his words were about), as "Ms. Reeves said her sister ... .
        # She said ..." is Reeves
        ("He said the losses had been overstated.", "Tom Avery"),
    ],
)
def test_a_predecessor_in_an_article_about_a_former_leader_is_that_leader(tail, name):
    assert by_content(art(_FORMER_CHAIR + tail), "the losses had been overstated").speaker.name == name


def test_a_predecessor_is_no_one_where_the_main_man_is_not_called_former():
    text = _FORMER_CHAIR.replace("Former ", "").replace("The former", "The")
    q = by_content(art(text + "He was dropped after he said the losses had been overstated."), "overstated")
    assert q.speaker.name is None


def test_a_dummy_it_is_not_a_speaker():
    a = art("The leader, Ana Ruiz, has said it is “difficult” to see how the deal could be saved.")
    assert all(q.speaker.type != "organization" for q in extract(a))


@pytest.mark.parametrize(
    ("text", "needle", "name", "description"),
    [
        # "some of them" is no one in particular
        (
            "The experts met on Monday. Some of them said the bridge was unsafe.",
            "bridge was unsafe",
            None,
            "Some of them",
        ),
    ],
)
def test_speakers_found_reading_duc(text, needle, name, description):
    sp = by_content(art(text), needle).speaker
    assert sp.name == name
    if description:
        assert sp.description == description


def test_a_title_after_addressed_to_is_not_a_quote():
    a = art(
        "The memo is addressed to “All Harbour Staff and Officers” and sets out the plan, the council said."
    )
    assert not any(
        q.kind == "direct" and "All Harbour Staff" in a.text[c.start : c.end]
        for q in extract(a)
        for c in q.content
    )


def test_noun_cues_and_topic_verbs_report_what_was_said_about_something():
    a = art(
        "Mayor Ida Marsh's comments about the closure of the Kessling bridge angered traders. "
        "The council faced allegations of fraud. Tom Avery talked about how the ferry would run all winter."
    )
    q = by_content(a, "closure of the Kessling bridge")
    assert q.kind == "indirect" and q.speaker.name == "Ida Marsh" and s(a, q.cue) == "comments about"
    assert not any(
        "fraud" in a.text[c.start : c.end] for x in extract(a) for c in x.content
    )  # no source: left
    assert by_content(a, "how the ferry would run").speaker.name == "Tom Avery"


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons():
    a = art("“The ferry saved my business this winter.” ― Ana Ruiz\n\n“Nobody asked us.” ― Tom Avery")
    assert by_content(a, "ferry saved").speaker.name == "Ana Ruiz"
    assert by_content(a, "Nobody asked us").speaker.name == "Tom Avery"


def test_the_x_after_an_unnamed_x_is_that_person_not_the_last_name():
    a = art(
        "Ana Ruiz boarded the ferry at Alder. Another pilot who flies the route watched her leave. "
        "“She knew the crossing well,” said the pilot."
    )
    sp = by_content(a, "knew the crossing well").speaker
    assert sp.name is None and sp.type == "anonymous" and sp.description == "the pilot"


def test_a_named_persons_surname_is_a_person_and_a_coordinated_description_is_no_one():
    a = art(
        "Dr. Helena Marsh, a former coroner for Alder County, said night autopsies are rare. "
        "Deference to a family is typical and reasonable, Marsh said. "
        "“You just have to be careful not to be too deferential,” she said. "
        "Tom Avery arrived later. The district attorney and the state coroner said the work would end soon."
    )
    assert by_content(a, "too deferential").speaker.name == "Helena Marsh"
    assert by_content(a, "typical and reasonable").speaker.type == "person"
    assert by_content(a, "work would end soon").speaker.name is None


def test_a_description_is_not_the_person_named_inside_what_it_said():
    a = art(
        "Ana Ruiz and two crew members died when the ferry sank off Alder Point, the county coroner said Thursday."
    )
    assert by_content(a, "ferry sank").speaker.name is None


def test_a_cue_inside_reported_words_is_no_second_quote_unless_it_names_someone():
    """Found reading DUC: 'The government said that it would continue to press Tessa to lift
    ...' gave a second quote for 'press' whose 'it' resolved to the dateline. A cue inside what
    a quote already reports adds nothing; a quote marked with its own speaker still counts."""
    a = art(
        "The Norland government said Wednesday that it would continue to press "
        "Tessa to reopen the harbour to foreign ships when the two ministers meet on Thursday.\n\n"
        "Tessa's premier, Ilse Marr, seemed to signal a softening on Tuesday, when she told "
        "reporters that “the harbour dispute is as good as settled.”"
    )
    quotes = extract(a)
    pressed = [
        q for q in quotes if any("to reopen the harbour" in a.text[c.start : c.end] for c in q.content)
    ]
    assert len(pressed) == 1 and s(a, pressed[0].source) == "The Norland government"
    (direct,) = [q for q in quotes if q.kind == "direct"]
    assert "as good as settled" in s(a, direct.content[0]) and direct.speaker.name == "Ilse Marr"


def test_a_surname_two_people_share_names_neither_for_sure():
    a = art(
        "Nina Vance and her brother, Paul Vance, inherited the ferry company in 2019. "
        "Vance said the company would not be sold this year."
    )
    assert by_content(a, "would not be sold").speaker.name == "Vance"
    b = art(
        "Nina Vance inherited the ferry company in 2019. Vance said the company would not be sold this year."
    )
    assert by_content(b, "would not be sold").speaker.name == "Nina Vance"


@pytest.mark.parametrize(
    "text",
    [
        # what someone might have said
        "He might have added that the ferry is not even high on the council's list of worries.",
        # a hedge about someone is not their words
        "Although the race is open, Vance would appear to have the edge after her win in May.",
    ],
)
def test_what_might_have_been_said_or_seems_is_no_quote(text):
    assert extract(art(text)) == []


def test_a_kin_noun_between_makes_the_pronoun_someone_else():
    a = art(
        "Chris Freeman, a researcher in Elling, said the church had forgiven the arsonist.\n\n"
        "The arsonist's mother has attended recent services. Each time, she apologized to the congregation."
    )
    assert all(q.speaker.name != "Chris Freeman" for q in extract(a) if "congregation" in s(a, q.content[0]))


def test_the_object_of_an_attack_is_not_its_speaker():
    a = art("Paul Vance sent a letter to thousands of homes last week attacking Okafor as a “harbour thief.”")
    assert all(s(a, q.source) != "Okafor" for q in extract(a))


def test_a_passive_cue_speaks_through_its_agent_and_a_place_is_not_what_was_said():
    a = art("The new ferry timetable was to be announced by Ana Ruiz today at a ceremony in the old harbour.")
    assert all("ceremony" not in s(a, q.content[0]) for q in extract(a))
    b = art("But that did not stop amateur sailors from speculating over what could have sunk the ferry.")
    assert [s(b, q.source) for q in extract(b)] in ([], ["amateur sailors"])


def test_quoted_words_inside_a_that_clause_are_mixed_and_a_title_in_the_speaker_is_not_a_quote():
    a = art("Backstage he noted that “The Ferry Line” came out in the summer, long before the award season.")
    assert by_content(a, "came out in the summer").kind == "mixed"
    b = art(
        "The “Harbour Nights” star, who has been ill for a year, thanked his doctors. "
        "“We are so lucky to do what we do,” Vance said."
    )
    assert by_content(b, "We are so lucky").speaker.name == "Vance"


def test_a_paragraph_of_quote_alone_does_not_break_the_pronoun_chain():
    a = art(
        "Mayor Tom Ruiz opened the new pier on Monday.\n\n"
        "A former harbour official said the ferry test held political meaning.\n\n"
        "“My guess is they bought very few of these boats, and the rest is show.”\n\n"
        "But he said he doubted that the council would act before the spring."
    )
    q = by_content(a, "he doubted that the council")
    assert (q.speaker.name, q.speaker.type) == (None, "anonymous")
    assert all(
        s(a, q.source) != "I"
        for q in extract(art("“I'd guess the ferry would cost $10 million,” referring to the new boat."))
    )


def test_it_after_an_unnamed_organisation_is_not_the_last_name():
    a = art(
        "The government avoids saying it has detained any Harbour Party members. "
        "It claims instead they were “invited” to government guest houses for talks."
    )
    q = by_content(a, "guest houses")
    assert q.speaker.name is None and q.speaker.type == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        # a place after "in" or "to" is where, not who: the body that acts in the sentence is "it"
        ("The Norland Assembly today voted to block a special aid package to Tarvia because of "
         "what it called a worsening of the ferry service.", "a worsening of the ferry", "Norland Assembly"),
        # no body that acts before it, in its sentence or the one before: no one, not the place
        ("Few ferries run in winter in Elling. While the survey reflected the growing use of ferries "
         "in Norland, it said that most riders still drive to work.", "most riders still drive", None),
        # nor the dateline's place
        ("ATHENS, March 3 (NPA)-- Ferry fares rose again this winter. It suggests that the fares be "
         "cut by a fifth.", "the fares be cut", None),
    ],
)  # fmt: skip
def test_it_is_no_place_named_by_a_preposition_a_possessive_or_a_dateline(text, content, who):
    q = by_content(art(text), content)
    assert (q.speaker.name, q.speaker.type) == (who, "organization" if who else "unknown")


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_quote_whose_sentence_names_another_speaker_after_it_is_not_a_continuation(gap):
    """'“If someone did not fit in,” they could just slide through unnoticed, said Nell Ruiz':
    Ruiz's words (mixed), not more of Tom Avery's, quoted just before, in the paragraph before
    or in the same one."""
    a = art(
        "Windows were smashed; school fights broke out.\n\n"
        "“There was a lot of tension in the hallways,” recalled Tom Avery, a member of a ferry club on campus."
        f"{gap}“If someone did not fit into a group and find an identity,” they could just slide through "
        "unnoticed, said retired English teacher Nell Ruiz.\n\nShe taught there for 30 years."
    )
    quotes = extract(a)
    fit = [q for q in quotes if any("did not fit" in a.text[c.start : c.end] for c in q.content)]
    assert [(q.kind, q.speaker.name) for q in fit] == [("mixed", "Nell Ruiz")]
    avery = next(q for q in quotes if q.speaker.name == "Tom Avery")
    assert [a.text[c.start : c.end] for c in avery.content] == [
        "“There was a lot of tension in the hallways,”"
    ]


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("“Bad reviews don't matter,” said Tom Reid, president of Harbour Relations, which tracks the "
         "ferry box office. “People are looking for escape in the summer.”", "Tom Reid"),
        ("Nell Voss, project manager for the harbour library, said that the fellows for this year had "
         "been selected already. “If money is available, we will have it in years ahead.”", "Nell Voss"),
        # the wire's two-apostrophe marks ('' ... ''), after a speaker with a relative clause
        ("''You put everyone in one street, you will get a fight,'' said Tom Varga, organizer of a group "
         "called Friends of Elm Park, which expects 500 people at the rally. ''They have made it far more "
         "dangerous.''", "Tom Varga"),
    ],
)  # fmt: skip
def test_a_quoted_sentence_right_after_its_speakers_sentence_goes_on_with_their_words(text, then):
    a = art(text)
    end = max(a.text.rfind("“"), a.text.rfind(" ''") + 1)
    (last,) = [q for q in extract(a) if any(c.start == end for c in q.content)]
    assert (last.kind, last.speaker.name) == ("direct", then)
    # a scare-quoted phrase or a title inside a paragraph stays no one's
    b = art("Tom Reid runs the harbour cinema. He likes “Dockside Nights” best of all the films this year.")
    assert extract(b) == []


def test_a_line_that_turns_the_dial_is_no_speaker():
    a = art(
        "Over on “Harbour Hour,” Okafor says, “We are all looking for something deeper.”\n\n"
        "Flip to “Dockside”: Three audience members wave their goodbyes to the camera and run off.\n\n"
        "Okafor to Assembly: Pass the ferry bill now or lose the summer recess for good."
    )
    assert all(a.text[q.source.start : q.source.end] != "Flip" for q in extract(a) if q.source)
    assert by_content(a, "Pass the ferry bill").speaker.name == "Okafor"


def test_a_wire_dateline_is_not_part_of_what_was_said():
    a = art(
        "PORT ELLING (NPA) -- Two ferries were sold to a Norland firm last week, a harbour newspaper said Thursday."
    )
    q = by_content(a, "Two ferries were sold")
    assert s(a, q.content[0]).startswith("Two ferries")


def test_it_after_a_quote_that_names_an_unnamed_body_is_still_the_organisation():
    a = art(
        "“The review panel found the ferry safe when compared to many older boats,” the Harbour Trust said.\n\n"
        "“The panel particularly cited the new lifeboats and the radio,” it added."
    )
    q = by_content(a, "particularly cited")
    assert (q.speaker.name, q.speaker.type) == ("Harbour Trust", "organization")


def test_the_one_person_of_the_sentence_before_is_the_pronoun():
    a = art(
        "Mark Okafor, who studies ferry unions, called the group small.\n\n"
        "Paul Vance founded the Ferry League in 1972. Loyalty is a religion with Vance. "
        "The league, which has the hallmarks of a club, is where he says that only members may sail."
    )
    assert by_content(a, "only members may sail").speaker.name == "Paul Vance"
    b = art("The Klan marched in Elling last year. The Klan said it would march again in May.")
    assert all(q.speaker.type != "person" for q in extract(b))


def test_a_surname_the_recogniser_took_for_an_organisation_gets_its_first_name():
    from newsprism import nlp
    from newsprism.quotes import Context, _first_named

    text = (
        "Jean Arapkiles of the Sierra Club spoke first. Leigh Ann Barton was not there. "
        "The NLD said nothing. Arapkiles said the forests could hold wolves."
    )
    a = art(text)
    ctx = Context.of(a, nlp.parse(a.text))
    assert _first_named(ctx, "Arapkiles") == "Jean Arapkiles"
    assert _first_named(ctx, "Barton") is None  # "Ann" follows "Leigh": not a first name here
    assert _first_named(ctx, "NLD") is None


@pytest.mark.parametrize(
    ("text", "needle", "name"),
    [
        pytest.param(
            "Paul Vance, director of the Ferry Users Group, said the cuts bode ill for the island's shops: "
            "“If it is this cheap to cut, we could lose every ferry by spring.”",
            "we could lose every ferry",
            "Paul Vance",
            id="a colon after a clause: the clause's speaker, not its last noun",
        ),
        pytest.param(
            "“Oh, how cute,” junior Anna Petrova said, and her classmates smiled.\n\n"
            "For student Alisa Morgan, the visit was a memorable one, but she wanted to get closer. "
            "“The eyes drew me in from far away,” she said.",
            "The eyes drew me",
            "Alisa Morgan",
            id="the one person in the sentence is the pronoun",
        ),
        pytest.param(
            "Harbour Ministry spokesman Daniel Frost said the claims were baseless.\n\n"
            "Frost spoke after a court in Elling convicted a ferry trader on Wednesday.\n\n"
            "The spokesman accused officials of spreading rumours, saying the port is trying to stay open.",
            "the port is trying",
            "Daniel Frost",
            id="the title names the one person it was given to",
        ),
        pytest.param(
            "The Norland Press Agency on Thursday also quoted Moshe Adler, director of the harbour press "
            "office, as saying that “the minister would try to reopen the ferry.”",
            "reopen the ferry",
            "Moshe Adler",
            id="quoted by an outlet as saying: the person quoted",
        ),
        pytest.param(
            "Vance's son, Ryan Vance, attended the hearing and was quoted by the Norland Press Agency as "
            "saying that he wanted the ferry case tried in public.",
            "he wanted the ferry case",
            "Ryan Vance",
            id="was quoted by an agency as saying: the person quoted",
        ),
        pytest.param(
            "Rosa Quinn lost her son, Daniel Quinn, in the storm of 1987. "
            "The cleaning woman said she wanted justice for her son, not money.",
            "wanted justice",
            "Rosa Quinn",
            id="a described woman is not the man named before",
        ),
        pytest.param(
            "“A very good engineer, a very good engineer this one,” Okafor, the council's planning "
            "chief and the longest-serving member of the harbour board by a wide margin, said when "
            "the engineer asked him a question.",
            "A very good engineer",
            "Okafor",
            id="a long description of the speaker between the quote and the cue",
        ),
        pytest.param(
            "Justice Elena Marsh of the Norland high court has spoken about the port before. "
            "It is unusual for a judge to speak on a strike, though Justice Marsh is known for "
            "speaking her mind.\n\n"
            "In an interview with the Harbour Gazette, she joked about moving to the islands if the "
            "strike goes on.",
            "moving to the islands",
            "Elena Marsh",
            id="a title before a surname is no second bearer; a dummy it names no one",
        ),
        pytest.param(
            "Dees wrote to the city attorney and Mayor Carl Brenner, 59, about the rally. "
            "Brenner said the town would not be bullied by Victor Lund. \n\n"
            "The mayor, who grew up in the valley, appointed a new commission on Aug. 17. "
            "“We're in this for the long haul,” he said.",
            "the long haul",
            "Carl Brenner",
            id="the mayor is the one the text titled Mayor, not the latest name",
        ),
        pytest.param(
            "Tom Varga is accused of killing Nora Varga and her friend Karl Benn. Ms. Varga's family "
            "sat behind the prosecutors.\n\n"
            "“These people lost years of their lives,” Varga said. “Nobody gave them a lawyer.”\n\n"
            "“I was innocent,” he said, “but what if I had waited ten years?”",
            "I was innocent",
            "Varga",
            id="a surname two people share has no gender of its own",
        ),
        pytest.param(
            "Governor Vance and his wife, Mayor Ellen Vance, opened the pier on Monday. "
            "Vance said the harbour would stay open all winter.",
            "stay open all winter",
            "Vance",
            id="a title the text never gives the full name is another bearer",
        ),
        pytest.param(
            "Justice Ruth Ellen Marsh spoke on Monday. Justice Marsh said the harbour would stay open all winter.",
            "stay open all winter",
            "Ruth Ellen Marsh",
            id="a title the text gives the full name is the same bearer",
        ),
        pytest.param(
            "Dana Ruiz, founder of the Harbour Mothers, said the ferry bill is her top priority.\n\n"
            "Ruiz said she expects at least 15,000 mothers to march in Port Elling on Sunday.\n\n"
            "She also predicted that thousands of women would turn out across the valley.",
            "thousands of women",
            "Dana Ruiz",
            id="a crowd of mothers is no second woman",
        ),
        pytest.param(
            "Sen. Dana Ruiz said only one lobby can stand up to the shipping firms. She said the march "
            "is just “the beginning of an effort.” The senator said that “for years we have heard from "
            "owners who say they have rights.”",
            "for years we have heard",
            "Dana Ruiz",
            id="the senator is the one quoted in the sentence before",
        ),
        pytest.param(
            "Surrounded by ferry workers, Sen. Dana Ruiz introduced a bill on Tuesday to license "
            "every boat. “When you want to fish, you get a licence,” the Norland Democrat said.",
            "you get a licence",
            "Dana Ruiz",
            id="the Norland Democrat is a person, not a party",
        ),
        pytest.param(
            "The conference opened on Monday. “Markets bear a special responsibility,” Home Affairs "
            "Minister Col. Kyaw Lin said in his opening address.",
            "special responsibility",
            "Kyaw Lin",
            id="the capitalised words after a noun of role are a name",
        ),
        pytest.param(
            "Nina Vance's father, Paul Vance, said no deal had been reached.\n\n"
            "Susan Miller, the lawyer for the children, said Tuesday she was not involved in the talks.\n\n"
            "“My job is to stand back and let Ms. Vance and the Ruiz family work it out,” she said.",
            "My job",
            "Susan Miller",
            id="a she after a quote that names someone else is the last speaker",
        ),
        pytest.param(
            "“We are not saying the ferry should stop,” said study co-author Lina Marsh, a psychologist in Elling.",
            "We are not saying",
            "Lina Marsh",
            id="a hyphenated title before the name is not the speaker",
        ),
        pytest.param(
            "“The pier was ours before it was theirs.” _ Elling harbour master Dana Ruiz\n\n"
            "“We did it for the children.” _ Tom Varga, explaining his vote to the council",
            "We did it for the children",
            "Tom Varga",
            id="quotes signed with an underscore dash, a role or an aside after the name",
        ),
        pytest.param(
            "“Dana Ruiz,” wrote the Harbour Software Foundation, “has always kept her charts free for "
            "all to study.”",
            "has always kept",
            "Harbour Software Foundation",
            id="a quote that opens with a name, then an inverted subject after the cue",
        ),
        pytest.param(
            "Norland Prime Minister Tomas Lindqvist arrived in Elling on Friday.\n\n"
            "The 52-year-old new Norland Prime Minister will tell the other leaders that the ferry "
            "deal stands.",
            "ferry deal stands",
            "Tomas Lindqvist",
            id="a title with words that describe it is the person the text gave that title",
        ),
        pytest.param(
            "“I'm more skilled with my hands than I am with my brain,” said Dana Okafor, half joking.",
            "more skilled",
            "Dana Okafor",
            id="an aside after the inverted name is not a clause the cue reports",
        ),
        pytest.param(
            "“I’d love to see him win,” harbour pilot Eric Lund said of Okafor. “But his plan worries "
            "me.” Of Brandt, Lund, who has given money to the Greens, said, “He’s flat-out scary.”",
            "flat-out",
            "Eric Lund",
            id="a topic before the speaker ('Of Brandt, Lund ... said') is not the speaker",
        ),
        pytest.param(
            "(Distributed by Tribune Features) “It was odd. It was really odd.” _ Ann Lorrimer's vivid "
            "description to Carl Ebbing of a dinner with the mayor. This is silly.",
            "really odd",
            "Ann Lorrimer",
            id="a dash signed with someone's description: the one who gave it",
        ),
        pytest.param(
            "Tapes of talks between Dana Kessel and Ruth Tolliver were released on Friday.\n\n"
            "KESSEL: I know ... TOLLIVER: See, I think I would suggest another outfit for the radio "
            "address that makes you look so tall. KESSEL: Well, that dress is all I care about.",
            "another outfit",
            "Ruth Tolliver",
            id="'I' in a transcript's turn is the person its label names",
        ),
        pytest.param(
            "ELLING (Meridian) -- Norland said Tuesday that it will keep its ferry fleet.\n\n"
            '"We will act in our best interest," Harbour Office spokesman Peter Lindqvist said here.\n\n'
            "In a statement he made on behalf of Harbour Minister Anna Berg, the spokesman regretted the "
            "position taken by the port conference.\n\n"
            '"We did not start the price war," the statement said.\n\n'
            '"Therefore, the distinction must be preserved," it said.',
            "distinction must be preserved",
            "Peter Lindqvist",
            id="'In a statement, X regretted': X issued it, and 'it said' after it is X too",
        ),
        pytest.param(
            "Norland's jobless rate fell to 11.5 percent in November, the Labor Ministry said Friday. "
            "Young people were the main winners, although jobless over 50 also found work, the ministry said.",
            "main winners",
            "Labor Ministry",
            id="'the ministry' after the one ministry named",
        ),
        pytest.param(
            "Norland's reserves reached 49 billion barrels in January, figures from the Federal Energy "
            "Commission showed.",
            "49 billion barrels",
            "Federal Energy Commission",
            id="figures from an organisation are its",
        ),
        pytest.param(
            "The Ferry Users Committee recommended that the port stay open. The ferry users committee "
            "in its report said it was not convinced that the plan works.",
            "not convinced",
            "Ferry Users Committee",
            id="'the ferry users committee' is the committee of that name",
        ),
        pytest.param(
            "TEHRAN, July 17 (Meridian) -- Iran and Russia Friday urge all countries concerned to take "
            '"practical and urgent measures" to end the ferry war.',
            "practical and urgent",
            "Iran and Russia",
            id="two countries joined by 'and' speak together",
        ),
        pytest.param(
            "Indian Prime Minister Atal Bihari Vajpayee met the envoy on Tuesday. Vajpayee also said India "
            "was under “unwarranted” pressure to sign the ferry treaty.",
            "unwarranted",
            "Atal Bihari Vajpayee",
            id="a name after a title of office is a person, whatever the recogniser took it for",
        ),
        pytest.param(
            "ELLING, October 25 (Meridian) -- Norland tonight accused the port council of voting to block "
            'aid. A statement issued by the Norland Foreign Ministry said: "It is impossible for us to '
            'accept the decision made by the council."',
            "impossible for us",
            "Norland Foreign Ministry",
            id="'A statement issued by X said': X",
        ),
        pytest.param(
            "Grinders Corp. said Tuesday it would buy Pasqua. Grinders, with more than 1,700 stores in "
            "Norland, wants to add 400 more in the region within the year.",
            "400 more",
            "Grinders",
            id="a company's name tagged a plural noun at the head of its sentence",
        ),
        pytest.param(
            '"This was not a close call," said Ann Ruiz of the Ferry Operators Association of Norland. '
            "The ferry association said it would post a $5 million bond.",
            "$5 million bond",
            "Ferry Operators Association of Norland",
            id="'the ferry association' is the association of that name before its 'of'",
        ),
        pytest.param(
            "ELLING (Meridian) _ Three men were arrested on suspicion of spying, an Elling newspaper "
            "reported Sunday. Ad Varna newspaper said the arrests followed a sweep by the army. The "
            "suspects were giving a foreign service information, the paper said.",
            "foreign service information",
            "Ad Varna",
            id="a newspaper named before its noun, and 'the paper' after it",
        ),
        pytest.param(
            "The two sides wielded competing studies. One study, commissioned by Harbourline and prepared "
            "by Peter S. Fenner, associate professor of marketing at Elling University, found that “over "
            "91 percent of ferry users buy as many tickets as before.”",
            "91 percent",
            "Peter S. Fenner",
            id="a study prepared by someone is theirs",
        ),
        pytest.param(
            "Judge Dana Ruiz wrote that Harbourline violated the Ferry Act. Her decision will provide the "
            "basis for hearings to determine what remedies to impose on Harbourline. The company said it "
            "would appeal.",
            "would appeal",
            "Harbourline",
            id="'the company' after the one company the sentence before names",
        ),
        pytest.param(
            "Norland President Mart Aaltonen and Varnian President Carlos Mendes, who is visiting Norland, "
            "held a joint press conference Friday. They expressed firm opposition to the ferry tests, which "
            "have resulted in sanctions against both ports.",
            "firm opposition",
            "Mart Aaltonen and Carlos Mendes",
            id="'they' after two people named as the subject before",
        ),
        pytest.param(
            "Before they collaborated on their book, Dana Traeder and Ann Berry “thought they were "
            "special” because of their friendships. Both women had been through periods of crisis in the "
            "early '90s and believed they might not have survived without the love of their closest friends.",
            "might not have survived",
            "Dana Traeder and Ann Berry",
            id="'Both women' after two women named in the sentence before",
        ),
        pytest.param(
            "Photographer Peter Walsh and his partner Maria Gomez sued the talk show host in Elling. Walsh "
            "and Gomez said the money allowed the host to put the photos in publicity packages but not in "
            "the book.",
            "publicity packages",
            "Peter Walsh and Maria Gomez",
            id="two surnames joined by 'and' speak together, named in full",
        ),
    ],
)
def test_the_speaker_named(text, needle, name):
    assert by_content(art(text), needle).speaker.name == name


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param(
            "The Ferry League won 82 percent of the seats in a 1990 election, but the military kept "
            "power. After the Ferry League victory, it denied the election was for a parliament.",
            "election was for a parliament",
            id="'it' after a clause whose subject is an unnamed body",
        ),
        pytest.param(
            "The ruling came from the U.S. District Court. The appellate court said the ruling went too far.",
            "went too far",
            id="'the appellate court' is not the district court named before",
        ),
        pytest.param(
            "Prices rose, the Finance Ministry said. Jobs fell, the Labor Ministry said. "
            "Young people were the main winners, the ministry said.",
            "main winners",
            id="'the ministry' with two ministries named",
        ),
        pytest.param(
            "The hearing opened in Elling on Monday. Lawyers for two of Okafor' co-defendants, Tom Avery "
            "and Ana Ruiz, said the material was evidence that their clients had no hand in the Nov. 25 attack.",
            "the material",
            id="the names after 'lawyers for two co-defendants,' are the clients, not who spoke",
        ),
        pytest.param(
            "ELLING, Norland (AP) -- One of two men convicted of assaulting a woman and her son outside "
            "the headquarters of the Harbour Brotherhood denied being a member of the group.",
            "being a member",
            id="'One of two men ... of the Harbour Brotherhood' is not the Brotherhood",
        ),
    ],
)
def test_no_one_is_named(text, needle):
    assert by_content(art(text), needle).speaker.name is None


def test_the_words_before_a_trailing_cue_leave_its_subjects_article_out():
    a = art("The suspects were giving a foreign service information, the paper said, quoting sources.")
    q = by_content(a, "foreign service")
    assert a.text[q.content[-1].start : q.content[-1].end].endswith("information")


def test_a_dash_signed_by_someones_lawyer_is_not_the_client():
    a = art("“We will win.” _ Peter Vance's lawyer, after the hearing.")
    assert by_content(a, "We will win").speaker.name != "Peter Vance"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said Harbour Freight also disclosed all safety data on its cranes to the port.",
        "The tapes that revealed her friendship with Ruiz were sold on Friday.",
    ],
)
def test_disclosing_or_revealing_a_thing_is_no_quote(text):
    a = art(text)
    cues = {a.text[q.cue.start : q.cue.end] for q in extract(a) if q.cue}
    assert not cues & {"disclosed", "revealed"}


def test_a_cue_the_parser_gave_no_subject_takes_the_name_beside_the_quote():
    """The small parser sometimes reads the name after "said" as an adverb and gives the cue no
    subject (seen on real wire copy). The words by the quote still name the speaker: here a
    hand-set parse of that shape, so the test does not hang on the model's mood."""

    rows = [  # word, space after, head, dep, pos, tag, lemma, entity
        ("Tom", True, 1, "compound", "PROPN", "NNP", "Tom", "B-PERSON"),
        ("Brennan", True, 2, "nsubj", "PROPN", "NNP", "Brennan", "I-PERSON"),
        ("agreed", False, 2, "ROOT", "VERB", "VBD", "agree", "O"),
        (".", True, 2, "punct", "PUNCT", ".", ".", "O"),
        ("“", False, 13, "punct", "PUNCT", "``", "“", "O"),
        ("Having", True, 13, "xcomp", "VERB", "VBG", "have", "O"),
        ("access", True, 5, "dobj", "NOUN", "NN", "access", "O"),
        ("to", True, 6, "prep", "ADP", "IN", "to", "O"),
        ("the", True, 9, "det", "DET", "DT", "the", "O"),
        ("logs", True, 7, "pobj", "NOUN", "NNS", "log", "O"),
        ("helps", False, 5, "ccomp", "VERB", "VBZ", "help", "O"),
        (",", False, 13, "punct", "PUNCT", ",", ",", "O"),
        ("”", True, 13, "punct", "PUNCT", "''", "”", "O"),
        ("said", True, 13, "ROOT", "VERB", "VBD", "say", "O"),
        ("Brennan", False, 13, "advmod", "ADV", "RB", "Brennan", "O"),
        (".", False, 13, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = _doc_of(rows)
    a = art(doc.text)
    [q] = extract(a, doc)
    assert q.kind == "direct" and s(a, q.source) == "Brennan" and q.speaker.name == "Tom Brennan"


def test_a_party_member_with_a_or_an_is_an_unnamed_person():
    a = art(
        "“She is too far behind,” said a Norland Democrat, “and the vote was not decisive.”\n\n"
        "“I guess you never say never, but the gap between them is awfully large,” added a "
        "Westmark Democrat. “Voters are tired.”"
    )
    sp = by_content(a, "awfully large").speaker
    assert (sp.name, sp.type, sp.description) == (None, "anonymous", "a Westmark Democrat")


def test_a_clause_with_its_own_cue_and_speaker_is_not_the_first_speakers_words():
    a = art(
        "After the Elling town hall, several Ruiz supporters said the mayor had made a good case "
        "for the ferry, while other voters said they had not heard anything to pull them away."
    )
    first, second = by_content(a, "good case"), by_content(a, "not heard")
    assert s(a, first.content[0]) == "the mayor had made a good case for the ferry"
    assert s(a, second.source) == "other voters"


def test_a_poll_inside_a_quote_is_the_speakers_words():
    a = art(
        "Mayor Maria Santos said on Monday that the figure speaks volumes.\n\n\"Let's go back six months and look at her being "
        "3, 4 percent in the polls,\" Santos said in an interview with the Gazette's Tom Hale aired "
        'Monday on "Harbour Talk."'
    )
    assert [s(a, q.cue) for q in extract(a)] == ["said", "said"]
    q = by_content(a, "six months")
    assert q.kind == "direct" and q.speaker.name == "Maria Santos"


def test_the_same_unnamed_person_described_again_is_the_source_quoted_before():
    a = art(
        "A lawyer who is close to the harbour case said the ferry plan was unlawful.\n\n"
        "“The council broke the law twice,” said the lawyer who is close to the case."
    )
    first, second = by_content(a, "ferry plan").speaker, by_content(a, "broke the law").speaker
    assert first.type == "anonymous" and second == first


def test_a_paragraph_break_taken_for_a_subject_speaks_as_no_one():
    from newsprism import nlp
    from newsprism.quotes import Context, _speaker

    a = art("The ferry sailed at noon.\n\nOther boats stayed in the harbour all day.")
    ctx = Context.of(a, nlp.parse(a.text))
    brk = a.text.index("\n\n")
    assert _speaker(ctx, Span(brk, brk + 2)).type == "unknown"


def test_an_aside_after_the_cue_and_a_dateline_are_not_what_was_said():
    a = art(
        "PORT ELLING, March 3 (Meridian Wire) — The ferry will sail again next week, harbour "
        "master Ana Ruiz said on Monday.\n\n"
        "“We had repaired two dozen berths before the storm came,” Ruiz said, mentioning the north "
        "pier is “nearly done.”"
    )
    q = by_content(a, "The ferry will sail")
    assert a.text[q.content[0].start : q.content[0].end].startswith("The ferry will sail")
    q = by_content(a, "two dozen berths")
    assert (q.kind, q.speaker.name) == ("direct", "Ana Ruiz")


def test_things_handed_over_and_verbs_of_no_speech_are_no_quotes():
    a = art(
        "Mayor Vance offered the ferry captain a job at the harbour office. The inquiry did not "
        "warrant criminal charges, the board found. Vance later offered his own assessment of the "
        "strike to the council."
    )
    texts = contents(a)
    assert not any("a job" in t or t == "criminal charges" for t in texts)
    assert any("his own assessment" in t for t in texts)


def test_a_named_source_inside_a_reported_clause_is_its_own_quote_a_participle_is_not():
    a = art(
        "Vance criticised the harbour plan, which a Harbour Board review said was “badly costed”, "
        "on Tuesday. Ruiz spoke on Monday, telling the Gazette that Vance is a “bully” and "
        "questioning how he won the vote."
    )
    qs = extract(a)
    review = [q for q in qs if q.source and "Harbour Board review" in a.text[q.source.start : q.source.end]]
    assert review and "badly costed" in a.text[review[0].content[0].start : review[0].content[-1].end]
    assert not any(
        q.speaker.name
        and "Vance" in q.speaker.name
        and "won the vote" in a.text[q.content[0].start : q.content[-1].end]
        for q in qs
    )


def test_a_name_with_an_age_told_an_outlet_is_a_person_not_the_outlet():
    a = art(
        "“We were wrong not to close the pier a year ago,” Ramos, 58, told NPA in an interview on Monday."
    )
    sp = by_content(a, "We were wrong").speaker
    assert (sp.name, sp.type) == ("Ramos", "person")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        # a description of its own ("the head of ...") is not the latest person named
        (
            "Ruth Okoye, a member of the coalition, said the pledges kept coming. The head of the "
            "local militia complained that the group was using the militia's name to raise money.",
            "was using the militia",
        ),
        # a description with an article is no name
        (
            "Varga said he was grateful. The football Hall of Famer said he had the money to hire "
            "the best lawyers in the business.",
            "had the money to hire",
        ),
    ],
)
def test_a_description_is_left_unnamed(text, needle):
    sp = by_content(art(text), needle).speaker
    assert sp.name is None and sp.description


def test_questions_passives_and_duties_are_not_what_someone_said():
    a = art(
        "Is the valley ready to welcome Tom Varga back as a spokesman? Children need to be "
        "encouraged to eat more fruit and fewer sweets at school. Schools may have to work "
        "hard to convince parents that music is as important as maths and reading. Our task is to "
        "encourage the valley to become a full partner of the harbour board. The mayor had "
        "to tell voters that the ferry will close for good."
    )
    texts = contents(a)
    assert not any(
        "Tom Varga" in t or "fruit" in t or "music is" in t or "full partner" in t for t in texts
    ), texts
    assert any("the ferry will close" in t for t in texts)


def test_roles_inverted_subjects_and_participles_after_a_reported_clause():
    a = art(
        "Lena Okafor led the harbour campaign for a decade. We applaud the logic of the Harbour "
        "Trade Council, which took the fight to the courts. The judge, in his wisdom, agreed with "
        "the council that the port law was unconstitutional."
    )
    sp = by_content(a, "the port law was unconstitutional").speaker
    assert (sp.name, sp.description) == (None, "The judge")
    b = art(
        "“What happens,” speculated another associate, “when the mayor wants one thing and the council another?”"
    )
    sp = by_content(b, "What happens").speaker
    assert (sp.type, sp.description) == ("anonymous", "another associate")
    c = art(
        "Okafor threatened that Norland would cancel the ferry summit if Elling fails to move its "
        'boats from the bay, saying, "I cannot imagine that the summit would take place now."'
    )
    assert by_content(c, "I cannot imagine").speaker.name == "Okafor"


def test_a_cue_inside_its_clause_and_a_cue_with_no_subject_before_a_quote():
    a = art('Dana Okafor spoke first. This, she added, is "leading to mass unemployment in the valley."')
    assert by_content(a, "mass unemployment").speaker.name == "Dana Okafor"
    b = art(
        "Considering that the ferry costs about 6 percent of the county budget, as estimated by one "
        "recent harbour study, “not to do anything about the pier is very expensive,” Okafor said."
    )
    assert by_content(b, "not to do anything").speaker.name == "Okafor"


def test_wire_text_that_opens_quotes_with_a_closing_mark():
    text = "”We must go on as a town,” Okafor said. ”The pier is ours.”"
    assert q_texts(text) == ["”We must go on as a town,”", "”The pier is ours.”"]
    assert q_texts("He said “yes,” and left.") == ["“yes,”"]


def test_prices_rewards_and_promise_are_not_words():
    a = art(
        "A hard-line student group offered its own reward of 3,000 crowns. Banks in Elling will quote "
        "prices in the new currency. The ancient art of needle therapy shows promise for a variety of "
        "other conditions. The agency quoted Dana Okafor as saying that the talks had failed."
    )
    texts = contents(a)
    assert not any(t.startswith(("its own reward", "prices", "promise", "Dana Okafor")) for t in texts), texts
    assert by_content(a, "the talks had failed").speaker.name == "Dana Okafor"


def test_titles_slugs_and_outlets_quoting_someone():
    a = art(
        "Okafor gave the band the lyrics from his new novel, “The Harbour Beneath Her Feet,” the "
        'newspaper said.\n\n"We are going to fight this all the way," the Norland Press Agency '
        "quoted Vance as saying.\n\n"
        "Okafor, in hiding since being condemned to death by the council for his 1989 book, wrote "
        "the lyrics.\n\nNEXT: Part III: Five Tests of Harbour Leadership"
    )
    texts = contents(a)
    assert not any("Beneath Her Feet" in t and len(t) < 40 for t in texts), texts
    assert not any(t in ("to death", "Part III: Five Tests of Harbour Leadership") for t in texts), texts
    assert by_content(a, "fight this all the way").speaker.name == "Vance"


@pytest.mark.parametrize(
    "text, needle, kind, description",
    [
        pytest.param(
            "The harbour board issued a statement on Friday. The statement said the two towns should "
            'settle their dispute in peace. "The board hopes this quarrel will not end in a new strike," '
            "it added.",
            "The board hopes",
            "unknown",
            "The statement",
            id="'it' after a statement is the statement",
        ),
        pytest.param(
            "The council met on Monday.\n\n"
            'A senior harbour official was quoted as saying today: "We will not close the north pier."',
            "north pier",
            "anonymous",
            "A senior harbour official",
            id="'was quoted as saying' in the passive is its subject's",
        ),
        pytest.param(
            "The chairman of Harbour Coffee, Tomas Varga, who once defied skeptics who said that the "
            "town did not need more fancy coffee shops, now wants to do the same with ferries.",
            "did not need more fancy",
            "unknown",
            "skeptics",
            id="'who' after a noun stands for that noun, however the parser hung the clause",
        ),
    ],
)
def test_the_speaker_described(text, needle, kind, description):
    sp = by_content(art(text), needle).speaker
    assert (sp.type, sp.description) == (kind, description)


def test_a_sentence_opening_word_written_lower_case_elsewhere_is_no_name():
    a = art(
        "Breakup of the company could also encourage developers to write programs for other systems. "
        "Some say a breakup would hurt buyers.\n\n"
        "Attorneys for both sides said the studies found no harm. The attorneys met on Monday."
    )
    assert all(q.speaker.name not in ("Breakup", "Attorneys") for q in extract(a))


def test_what_a_poll_or_study_shows_or_finds_is_its_finding_object_and_all():
    a = art(
        "A Harbour Gazette poll out Monday showed Mayor Ruiz with a 12-point lead over Okafor among "
        "likely voters. Recent surveys show Okafor up by 3 points in the north. The study found "
        "higher rates of asthma among children near the ferry depot."
    )
    q = by_content(a, "12-point lead")
    assert s(a, q.source) == "A Harbour Gazette poll" and s(a, q.cue) == "showed"
    assert s(a, q.content[0]) == "Mayor Ruiz with a 12-point lead over Okafor among likely voters"
    q = by_content(a, "up by 3 points")
    assert s(a, q.cue) == "show"  # the cue is the verb, never "show Okafor up"
    assert s(a, by_content(a, "asthma").source) == "The study"


def test_a_person_and_any_verb_right_after_a_quote_attribute_it():
    a = art(
        "The ferry vote was close.\n\n"
        '"The Gazette says you met the board in private in January," Delgado started. "We did."\n\n'
        '"Is that all?" she laughed. "We won the vote," said Ruiz. "Yes, we did," Ruiz smiled warmly.'
    )
    q = by_content(a, "met the board in private")
    assert s(a, q.source) == "Delgado" and s(a, q.cue) == "started" and not q.continuation
    q = by_content(a, "Is that all?")
    assert s(a, q.cue) == "laughed" and len(q.content) == 1  # "We won" has its own cue: no second half
    assert by_content(a, "We won the vote").speaker.name == "Ruiz"
    assert s(a, by_content(a, "Yes, we did").cue) == "smiled"


def test_a_sentence_of_a_speaker_and_a_cue_alone_takes_the_quote_after_it():
    a = art(
        "The council vote was close. Harbour University professor Dana Bystrom agreed. "
        '"Members are running out of time to find another plan. That plan may be the mayor\'s." '
        "The mayor disagreed.\n\n"
        '"We have the votes and we will pass it next week," she said.'
    )
    q = by_content(a, "running out of time")
    assert s(a, q.cue) == "agreed" and q.speaker.name == "Dana Bystrom"
    q = by_content(a, "We have the votes")  # not Bystrom: the mayor spoke since
    assert q.speaker.name is None and q.speaker.description == "The mayor"


def test_a_pronoun_after_an_unnamed_person_in_its_sentence_names_no_one_from_afar():
    a = art(
        "Judge Omar Foster retired in May.\n\n"
        "The court ordered a lower court to reconsider whether a Westbridge dentist broke the law "
        "when he said he would not treat the patient in his office."
    )
    assert by_content(a, "would not treat").speaker.name is None


def test_someones_lawyer_is_not_the_last_person_named_and_a_company_says_whose_spokesman():
    a = art(
        "Chris Freeman, a researcher in Elling, said the church had forgiven the arsonist.\n\n"
        "The arsonist's lawyer said his client had attended recent services. The ferry company's "
        "spokesman said it would not comment on the fire."
    )
    q = by_content(a, "attended recent services")
    assert q.speaker.name is None and q.speaker.description == "The arsonist's lawyer"
    assert by_content(a, "would not comment").speaker.description == "The ferry company's spokesman"


def test_it_is_not_the_authors_nor_a_place_inside_what_they_said():
    a = art(
        "The new study found that highways posed barriers to the deer. The authors said that the herd "
        "could recover if Norland and Westmark worked together on the corridors. It also noted that "
        "any return of the herd would require Norland's cooperation."
    )
    sp = by_content(a, "would require").speaker
    assert sp.name is None and sp.description == "The new study"


def test_a_participle_after_a_quote_is_no_attribution_of_its_own():
    a = art(
        "“The point is that they have little capability of their own,” this former official said. "
        "“But they have been willing to spend. I'd guess the boat would cost $10 million,” "
        "referring to the patrol boat.\n\n"
        "“In the long term,” he said, “the help they get from abroad will matter more.”"
    )
    q = by_content(a, "willing to spend")
    assert q.source is not None and s(a, q.source) == "this former official"
    assert by_content(a, "In the long term").speaker.description == "this former official"


def test_quoted_words_that_end_the_reported_clause_close_with_their_stop_and_mark():
    a = art(
        "Okafor's spokeswoman challenged the claim, and said he \"maintains that she will be a very "
        'competent mayor." Pressed for specifics, the campaign could not give an example.'
    )
    q = by_content(a, "maintains that")
    assert q.kind == "mixed" and s(a, q.content[0]).endswith('mayor."')
    assert [x for x in extract(a) if s(a, x.cue) == "Pressed"] == []  # a question put, no source of words
    assert q.speaker.name is None and q.speaker.description == "Okafor's spokeswoman"


def test_a_spokesman_for_a_person_is_not_that_person():
    a = art("A spokesman for Ana Ruiz said she was busy. A Norland Ferries spokesman said the boats run.")
    sp = by_content(a, "she was busy").speaker
    assert sp.name is None and sp.type == "anonymous" and sp.description == "spokesman for Ana Ruiz"
    assert by_content(a, "the boats run").speaker.name == "Norland Ferries"


def test_an_inverted_asker_and_a_participle_after_a_while_take_their_speakers():
    a = art(
        "“How big is that bridge?” asked the boy, who was wearing a red hat and said his name was Tom.\n\n"
        "In a 2014 interview, Gore insisted it was “premature” to back the plan while adding on "
        "ferry matters, “I don’t have any doubt that her heart is in the right place on the issue.”"
    )
    q = by_content(a, "How big")
    assert s(a, q.source) == "the boy, who was wearing a red hat"  # not "... hat and"
    assert by_content(a, "any doubt").speaker.name == "Gore"


def test_a_participle_yields_its_quote_to_the_cue_after_it_and_he_is_the_one_before_the_quote():
    a = art(
        "Ana Ruiz spoke on Friday.\n\n"
        "Mayor Joe Okafor weighed in as well, telling the Gazette in an interview on Monday, “But gosh, "
        "they are both qualified,” he said, adding, “Ana’s overwhelmingly qualified to be mayor.”\n\n"
        "In a letter, Barton admitted the fire. But Barton, writing that “there's no reason for me to "
        "lie now,” denied taking the boat."
    )
    q = by_content(a, "both qualified")
    assert q.kind == "direct" and s(a, q.cue) == "said" and q.speaker.name == "Joe Okafor"
    assert s(a, q.content[0]) == "“But gosh, they are both qualified,”"
    q = by_content(a, "no reason for me to lie")
    assert s(a, q.cue) == "writing" and q.kind == "direct"  # "denied" has its own subject before the quote
    a = art(
        "The spot ends with footage of Joe Okafor saying during the debate last week, “That makes me "
        "smart,” when Ana Ruiz blasted him for not paying the harbour tax."
    )
    # "when Ruiz blasted" is no attribution
    assert by_content(a, "makes me smart").speaker.name == "Joe Okafor"


def test_more_verbs_of_speech_and_the_one_told_to_speak():
    a = art(
        'Walter Lund sniped that Ruiz, a first-time mayor, was "learning on the job." '
        "Some harbour experts theorized that the boats were working directly for the Okafor family.\n\n"
        "Her aides met him. Ruiz, exasperated, famously responded: "
        '"What difference - at this point, what difference does it make?" Her critics cited it.\n\n'
        "Ferry lobbyists once inspired someone to describe their eager, well-dressed gatherings "
        "outside the hearing rooms as a parade."
    )
    assert by_content(a, "learning on the job").speaker.name == "Walter Lund"
    assert s(a, by_content(a, "working directly for").source) == "Some harbour experts"
    assert by_content(a, "what difference does it make").speaker.name == "Ruiz"
    assert s(a, by_content(a, "well-dressed gatherings").source) == "someone"


def test_the_object_of_a_participle_after_a_comma_is_never_its_speaker():
    a = art(
        "Lund denied the accusations through a spokeswoman, dismissing Dana O'Dell as \"a disgruntled "
        'former employee." Wallace brought him back to the attacks, asking Joe Lund to share his views '
        "on the ferry strike. The deal was reached Friday, the Harbour Gazette reported, citing an "
        "unidentified source."
    )
    assert all(q.speaker.name != "Dana O'Dell" for q in extract(a))
    assert by_content(a, "share his views").speaker.name == "Wallace"
    assert [q for q in extract(a) if s(a, q.cue) == "citing"] == []  # whom a report names, not words


def test_which_after_a_party_and_who_after_a_named_fund_and_a_name_in_apposition_before_its_place():
    a = art(
        "But the ferry plan is opposed by Labor, which says it will stop the project if it wins. "
        "The council was the brainchild of Unilever and the World Wide Fund for Nature, who wanted to "
        "bring together public and private efforts to reverse the crisis.\n\n"
        "Mrs. Burks' lawyer, C.L. Mike Schmidt of Dallas, confirmed the settlement's existence to the "
        "Morning News but refused to discuss specifics."
    )
    assert by_content(a, "stop the project").speaker.name == "Labor"
    sp = by_content(a, "bring together").speaker
    assert sp.type == "organization" and sp.name == "Unilever and World Wide Fund"  # (both wanted it)
    assert by_content(a, "settlement's existence").speaker.name == "C.L. Mike Schmidt"


def test_a_noun_of_speech_reports_its_that_clause_and_a_relative_said_reports_nothing():
    a = art(
        "It would appear that Okafor's claim that she is a victim of the ferry scandal did not win "
        "her much sympathy. The teachers are in charge of about seven million children in the "
        "country's schools.\n\n"
        "Sen. Ana Ruiz, appearing on TV right after the speech, said the mayor failed to address "
        'fears. Nothing the mayor said "will assuage people\'s fears," the Elling senator said.'
    )
    q = by_content(a, "victim of the ferry scandal")
    assert s(a, q.cue) == "claim" and s(a, q.source) == "Okafor"
    assert [x for x in extract(a) if "seven million" in s(a, x.content[0])] == []
    assert (
        by_content(a, "assuage people").speaker.name == "Ana Ruiz"
    )  # not the mayor of "Nothing the mayor said"


def test_a_noble_title_is_a_person_and_her_she():
    a = art(
        "Anna Walsh, the editor, said the show was fine. On the eve of the premiere of her TV talk "
        "show, the Duchess of Elling promised that she would be good. “I am not going to be saying "
        "anything bad about the royal family,” she told the Gazette of London."
    )
    sp = by_content(a, "anything bad about the royal family").speaker
    assert sp.name == "Duchess of Elling" and sp.type == "person"


def test_a_backtick_opens_a_quote_and_a_subhead_in_capitals_is_no_ones_words():
    text = (
        "“I'll never work in this business just to work,” Lund says. `It would kill me to feel like I "
        "wasn't really doing anything. And if the studio doesn't want to accept that, then that's "
        "their loss.'\n\n"
        "`Basically,” the boy says, sinking down in a chair, “I was scared.”\n\n"
        "`GOD TOOK AN ANGEL'\n\n"
        "Marie Quinn wonders about the fire."
    )
    assert "`It would kill me to feel like I wasn't really doing anything. And if the studio doesn't" in [
        t[:88] for t in q_texts(text)
    ]
    a = art(text)
    assert by_content(a, "It would kill me").speaker.name == "Lund"
    assert [q for q in extract(a) if s(a, q.source) == "the studio"] == []  # inside the quote
    assert [q for q in extract(a) if "ANGEL" in s(a, q.content[0])] == []


def test_an_infinitive_cue_inside_what_was_said_is_no_quote_of_its_own():
    a = art(
        "Commissioner Jane Atney said Americans need a more sophisticated grasp of the word safety "
        "when used in connection with harbour boats to realize that there are risks as well as gains. "
        "Sources say the board voted to reject Okafor's overture."
    )
    assert [q for q in extract(a) if s(a, q.cue) in ("to realize", "to reject", "realize", "reject")] == []
    assert by_content(a, "sophisticated grasp").speaker.name == "Jane Atney"


def test_speakers_the_parser_hung_under_another_word():
    """The parser left each cue with no subject of its own: the speaker sits in an appositive of
    the phrase before ("to the Gazette, her adviser, Jake Molloy, said"), is the root of a
    participle aside ("Ruiz, noting ..., said"), or owns the cue as a participle ("Quill, the
    nominee, tweeted in response:")."""
    cases = [
        (
            "In a statement to the Gazette, her senior policy adviser, Jake Molloy, said: “Ana Ruiz "
            "believes that cooperation across the harbour is essential.”",
            "cooperation across the harbour",
            "Jake Molloy",
        ),
        (
            "But in a conference call with reporters on Dec. 2, Col. Tomas Brandt, a military spokesman "
            "in Elling, said, ''I mean, a raid is a combat operation. There is no way around that.''",
            "a raid is a combat operation",
            "Tomas Brandt",
        ),
        (
            "Sen. Ana Ruiz (D-Elling), noting the size of the ferry lobby's following, said, \"Let me tell "
            'you, they have got a heck of an email list."',
            "a heck of an email list",
            "Ana Ruiz",
        ),
        (
            "Dara Quill, the 2012 Harbour Party presidential nominee, tweeted in response: ''Important "
            "distinction: the mayor closes ferries; our councils build them.''",
            "our councils build them",
            "Dara Quill",
        ),
        (
            '"Is the mayor going to finally mention the ferry strike? If he does not he should resign in '
            'disgrace!" the presumptive Harbour Party nominee, Dara Quill, tweeted Sunday after the vote.',
            "finally mention the ferry strike",
            "Dara Quill",
        ),
        (
            "Oversight ranking Democrat Tomas Okafor (D-Elling) said “Republicans are so frustrated with "
            "the port's unanimous decision that they are now completely unloading.”",
            "so frustrated with the port",
            "Tomas Okafor",
        ),
    ]
    for text, needle, name in cases:
        a = art(text)
        q = by_content(a, needle)
        assert (q.speaker.name, q.speaker.type) == (name, "person"), text
        assert q.kind == "direct", text
        assert not s(a, q.source).endswith(("“", "''", '"', ":")), text  # the quote is no appositive


def test_a_closing_mark_glued_to_the_speakers_name():
    a = art(
        "“I think it has been most surprising to see somebody who was affable traffic in a lot of the "
        "prejudice and paranoia,”Ruiz said. “Some of his comments do not fit.”"
    )
    assert by_content(a, "prejudice and paranoia").speaker.name == "Ruiz"


def test_he_after_a_sentence_naming_two_men_is_its_subject():
    a = art(
        "Ned Simon wrote the show. Simon's desert island may be Elling, but that does not make survival "
        "any easier.\n\n“This show is about a guy trying to get through the day with a little dignity "
        "attached,” said Chris Albrecht, the network's president of original programming. Albrecht has "
        "known Simon since the 1970s, when they were both unsuccessful comics at a club here. “Ned's an "
        "incredible everyman,” he said."
    )
    assert by_content(a, "incredible everyman").speaker.name == "Chris Albrecht"


def test_unnamed_sources_and_groups_are_not_given_to_someone_else():
    a = art(
        "U.S. District Judge Dara Benson on Thursday postponed the ferry trial. New filings allege that "
        "internal memos show the developers knew they had a flawed product. “Right now we are the port's "
        "biggest endorser,” a Harbour-Net adviser wrote in 1992.\n\n"
        "Ana Ruiz of the Elling Institute, Tomas Brandt of Norland University and Jake Molloy of the "
        "University of Texas said in an article that the cracks could mean the shelf was unstable. The "
        "scientists said they discovered the cracks 60 miles from shore. If the seabed gave way, they "
        "said, the reaction could set off giant waves.\n\n"
        "“We need to evaluate the degree of hazard,” the scientists wrote. And they plan to find out "
        "if the cracks are active.\n\n"
        "Obesity rose from 12 percent in 1991 to 17.9 percent last year, according to the harbour "
        "survey, which said that figure might be conservative."
    )
    adviser = by_content(a, "biggest endorser").speaker
    assert (adviser.type, adviser.description) == (
        "anonymous",
        "a Harbour-Net adviser",
    )  # not "of Dara Benson"
    for needle in ("they discovered the cracks", "the reaction could set off", "to find out"):
        sp = by_content(a, needle).speaker
        assert sp.name is None and sp.description.lower() == "the scientists", needle  # three people, not one
    q = by_content(a, "might be conservative")
    assert q.speaker.description == "the harbour survey"
    assert s(a, by_content(a, "Obesity rose").source) == "the harbour survey"  # not over "which said ..."


def test_a_speaker_after_a_wire_dateline_the_parser_took_for_the_subject():
    a = art(
        "KARVAN, June 7 (Norpress) -- Commander of Norland Naval Forces Farid Mohtal said on Sunday "
        "that the joint naval game has nothing to do with the tests carried out last month.\n\n"
        "The President of the Republic said on Monday that the game was over."
    )
    sp = by_content(a, "joint naval game").speaker
    assert (sp.name, sp.type) == ("Farid Mohtal", "person")
    b = art(
        "KARVAN, June 7 (Xinhua) -- Commander of Iranian Naval Forces Farid Mohtal said on Sunday that "
        "the joint naval game has nothing to do with the tests carried out last month."
    )
    sp = by_content(b, "joint naval game").speaker
    assert (sp.name, sp.type) == ("Farid Mohtal", "person")  # not the dateline's "KARVAN"
    sp = by_content(a, "the game was over").speaker
    assert sp.name is None  # a title with no name is no one's name


def test_what_someone_asked_about_is_reported():
    a = art(
        "Harbour Radio host Dara Quill asked Okafor about his relationship with a ferry-parts maker "
        "called Norlink. Ruiz asked about increasing the number of foreign crews in the port."
    )
    q = by_content(a, "his relationship with a ferry-parts maker")
    assert (q.speaker.name, s(a, q.cue)) == ("Dara Quill", "asked")
    assert by_content(a, "increasing the number of foreign crews").speaker.name == "Ruiz"


def test_a_title_after_a_quote_is_not_its_second_half():
    a = art(
        "”Thanks. It has been a great ride and stay tuned,” Ona Berg said, after receiving a standing "
        "ovation. ”Harbour & Lights” won best comedy show, a big boost for the network."
    )
    q = by_content(a, "a great ride")
    assert [s(a, c) for c in q.content] == ["”Thanks. It has been a great ride and stay tuned,”"]
    assert [q for q in extract(a) if any("Harbour" in s(a, c) for c in q.content)] == []


def test_they_is_the_group_its_sentence_or_the_one_before_is_about():
    a = art(
        "Senior network executives acknowledge that the ratings fell. And they believe they can recover "
        "by spring.\n\nThe Okafors are alleging assault at the hands of the guards. They are demanding an "
        "unspecified amount in damages."
    )
    assert by_content(a, "they can recover").speaker.description == "Senior network executives"
    assert by_content(a, "unspecified amount").speaker.description == "The Okafors"


def test_two_titles_and_one_name_and_a_surname_taken_for_an_organisation():
    a = art(
        'Karvan is "looking forward to seeing the region free of all kinds of weapons," said Norland '
        "Crown Prince and Deputy Prime Minister Faisal Ibn Abdul-Karim during a weekly cabinet session.\n\n"
        "“If you accept that the web should be collected, what does that mean?” asked Ginnie Alder, "
        "director of libraries for the county library.\n\n"
        "The library applies the same criteria to digital material, Davenport said. “We say, `If you "
        "would have been selecting it in print, then select it,”' she said."
    )
    sp = by_content(a, "free of all kinds of weapons").speaker
    assert (sp.name, sp.type) == ("Faisal Ibn Abdul-Karim", "person")
    assert by_content(a, "selecting it in print").speaker.name != "Ginnie Alder"  # she followed Davenport


def test_he_through_sentences_whose_subject_is_he():
    a = art(
        "Co-workers heard rumours about Mark Kettleby's role in the fire. “This has always been on the "
        "back of everybody's minds,” said Chuck Molloy, the plant's general manager.\n\n"
        "In mid-1997, Kettleby left the plant and went to work for Harbour Blend.\n\n"
        "By early 1999, Kettleby ventured out of the chemical industry for the first time.\n\n"
        "He opened an account at the Elling office of Harbour Securities on May 13.\n\n"
        "At the time, he claimed a net worth of $750,000, with $250,000 in liquid assets."
    )
    assert by_content(a, "a net worth of").speaker.name == "Mark Kettleby"  # not the manager


def test_a_title_opening_a_paragraph_is_no_continuation():
    a = art(
        "“Oh, what a shock,” Caine said as he picked up his honor. “My career must be slipping.”\n\n"
        "“Harbour in Love” and “The Ferry Show” were the leading movie nominees, with six apiece."
    )
    assert [q for q in extract(a) if any("Harbour in Love" in s(a, c) for c in q.content)] == []
    assert by_content(a, "what a shock").speaker.name == "Caine"


def test_the_articles_own_pronouns_give_a_persons_gender():
    """'her' in a clause about the person outranks a first-name list ("Noel" is a man's name there);
    pronouns inside quote marks say nothing of the speaker."""
    a = art(
        "“It may cost more, but your dog is healthier,” says Ridley, who owns a terrier. Amy Ridley "
        "opened the shop in 2009.\n\n"
        "Customers agree. “It's a big expense,” admits Noel Fairweather, who has shopped for her three "
        "dogs at the store since it opened. She used to buy canned food, but after she lost a dog to "
        "cancer, she switched to organic. “It has been worth it,” she said."
    )
    assert by_content(a, "worth it").speaker.name == "Noel Fairweather"
    b = art(
        "Linda Carver is tired of daytime television. “A guy pulling down his pants is not a show,” "
        "Carver was quoted as telling the Courier.\n\n"
        "While in Harbourton to promote her new film, she told the paper it was a letdown. “Coming "
        "back to television was a letdown,” she said."
    )
    assert by_content(b, "Coming back to television").speaker.name == "Linda Carver"


def test_her_mother_as_an_object_leaves_the_subject_as_she():
    a = art(
        "The clinic opened in May. “It is hard,” says Carter, 52, who now lives in Harbourton.\n\n"
        "Treatment is a financial burden. Carter lives with her elderly aunt, who is frail, and depends "
        "on public assistance. She says she is hoping to find a job."
    )
    assert by_content(a, "hoping to find a job").speaker.name == "Carter"


def test_a_surname_taken_for_an_organisation_is_the_person_named_before():
    a = art(
        "“I thought I was going crazy,” says Ward, 41, who now lives in Harbourton. “You lie in bed "
        "and cry.”\n\n"
        "Ward says that in her younger days, she worked two jobs. She has a tattoo.\n\n"
        "Some relatives refuse to visit her. That is hurtful, Ward says, and adds to the stigma.\n\n"
        "“I thought I was a horrible person,” she says."
    )
    assert (by_content(a, "That is hurtful").speaker.type, by_content(a, "horrible person").speaker.name) == (
        "person",
        "Ward",
    )


def test_a_list_under_a_heading_is_no_quote():
    a = art(
        "The nominees for the Harbour Awards were announced Tuesday.\n\n"
        "BEST ACTRESS: Jane Holt, “The Ferry”; Mara Lind, “Quiet Water”; Ann Vey, “North Road.” "
        "SUPPORTING ACTOR: Tom Reid, “The Ferry”; Dan Olay, “Harbour Lights.”"
    )
    assert extract(a) == []


def test_the_minister_after_a_title_with_what_it_is_of():
    a = art(
        "HARBOURTON, May 3 (Meridian) -- Minister of Fisheries Peter Hall today called for cuts to the "
        'cod quota. "If this continues, there will be no fish left by 2030 in our waters," the minister '
        "told reporters."
    )
    assert by_content(a, "no fish left").speaker.name == "Peter Hall"


def test_quoted_words_that_qualify_a_noun_are_mentioned_not_said():
    a = art(
        "Her kids notice the world outside, says Dana Mayner. Jack starts a conversation with her "
        "instead of issuing a series of “I want” or “I need” demands, she says. The school keeps a "
        "“zero tolerance” policy."
    )
    quotes = extract(a)
    assert not [q for q in quotes if q.kind == "direct"]
    assert {q.speaker.name for q in quotes} == {"Dana Mayner"}


def test_he_after_an_according_to_source_is_that_source():
    a = art(
        "In a meeting last Thursday, Harold Fenwick, the trial judge, told lawyers for the two sides that "
        "he had asked Dorn to mediate. At the time, Fenwick noted, “I don't think he is going to waste a "
        "whole lot of time if it is not promising.” If a settlement is reached, it will most likely "
        "happen in the next two months or not at all, according to another person close to the case. "
        "“By the end of January, or it won't happen,” he said."
    )
    sp = by_content(a, "By the end of January").speaker
    assert (sp.name, sp.type, sp.description) == (None, "anonymous", "another person close to the case")


@pytest.mark.parametrize(
    ("text", "needle", "description"),
    [
        pytest.param(
            "Norland welcomed the news. The council statement was issued Sunday at the end of a meeting of "
            "foreign ministers in Vessby, Estria. It said that Norland was recognized as having a future in "
            "the union.",
            "recognized as having a future",
            "The council statement",
            id="it after a sentence about a document is the document",
        ),
        pytest.param(
            "HARBOURTON, April 15 (Meridian) -- The following are major news items in leading Norland "
            "newspapers Thursday.\n\nThe Harbour Times:\n\n-- The Norland government's environmental report "
            "on the Vessby mine, to be released Thursday, found the area is not under threat.",
            "not under threat",
            "The Norland government's environmental report",
            id="a newspaper heading over its item is not the source",
        ),
    ],
)
def test_a_document_speaks_for_itself(text, needle, description):
    sp = by_content(art(text), needle).speaker
    assert (sp.type, sp.description) == ("unknown", description)


def test_she_is_never_the_person_her_own_verb_acts_on():
    a = art(
        "Doctors have begun treating Tyshon Young with a new drug. At his last checkup, he had lost 25 "
        "pounds. Tyshon, his mother and his nutritionist, Kira Almeida, were thrilled. “Nothing is off "
        "limits to you,” she said, urging Tyshon to stick with his new eating habits."
    )
    assert by_content(a, "Nothing is off limits").speaker.name != "Tyshon"


def test_an_organisation_keeps_the_words_before_its_and():
    a = art(
        "Exports rose 10 percent. Energy and Mines Ministry spokesman said that 50 percent of the "
        "country's hard currency comes from the mining industry."
    )
    assert by_content(a, "hard currency").speaker.name == "Energy and Mines Ministry"


def test_titles_after_a_preposition_and_syndicate_labels_are_no_quotes():
    a = art(
        "Talk shows had a busy week. On “The Rosie Hartwell Show,” the program's self-professed No. 1 "
        "fan, Anya Gerrato, correctly answered eight questions.\n\n"
        "NONSUBSCRIBERS: To publish a “separate-buy” feature article, it must be purchased. Please "
        "contact one of these sales representatives."
    )
    assert extract(a) == []


def test_a_fragment_quoted_before_its_speaker_is_that_speakers():
    a = art(
        "“If you wanted a new game, you could order it at the store,” Keyes said. The company would also "
        "welcome the chance to take returned merchandise for Web retailers, “as long as the goods make "
        "sense in our environment,” Keyes said."
    )
    q = by_content(a, "as long as the goods")
    assert (q.kind, q.speaker.name) == ("mixed", "Keyes")


def test_a_quote_inside_the_sentence_before_is_not_the_next_cues():
    a = art(
        "Old records give abundant support for the conclusion that the power to tax may only “be exercised in accord with a "
        "single, finely wrought procedure.” The first governor understood the charter as requiring that "
        "he either “approve all the parts of a bill, or reject it.”"
    )
    quoted = [q for q in extract(a) if any("finely wrought" in s(a, c) for c in q.content)]
    assert all(q.speaker.description != "The first governor" for q in quoted)


def test_a_colon_after_a_be_clause_gives_its_subject_and_a_book_title_is_no_quote():
    a = art(
        "Justice Maren Stolt wrote the majority opinion. Stolt is deferential to the council and the "
        "governor in the opinion: “... we express no opinion about the wisdom of the procedures authorized "
        "by the act.”\n\n"
        "According to a book on the bombing, “Until the River Runs Dry,” by a Harbour News reporter, "
        "witnesses had named Cherry as the one who placed the bomb."
    )
    assert by_content(a, "we express no opinion").speaker.name == "Maren Stolt"
    assert not [q for q in extract(a) if q.kind == "direct" and "River Runs" in s(a, q.content[0])]


def test_who_after_a_persons_appositive_is_that_person():
    a = art(
        "“This is a great day,” said Senator Robert C. Byrd, a West Virginia Democrat who has opposed the "
        "line-item veto for decades."
    )
    assert by_content(a, "the line-item veto").speaker.name == "Robert C. Byrd"


def test_a_list_of_titles_under_a_heading_is_no_quote():
    a = art(
        "Nominees for the Harbour Awards:\n\n"
        "Drama series: “All Our Harbours,” HBN; “Days of the Ferry,” NTV; “Bay General,” HBN; “The Young "
        "and the Tidal,” CTS.\n\n"
        "Service show: “Marta Stone Living,” Syndicated; “Better Homes Television,” Syndicated; “Interior "
        "Motives,” Learning."
    )
    assert extract(a) == []
    # one winner a line, each under a heading in capitals
    b = art(
        "Winners of the Harbour Film Awards, presented Sunday night:\n\n"
        "PICTURE, DRAMA: “The Long Tide”\n\n"
        "ACTRESS, DRAMA: Marta Stone, “The Long Tide”\n\n"
        "SUPPORTING ACTOR, DRAMA, MUSICAL OR COMEDY: Tom Reid, “North Road”\n\n"
        "ORIGINAL SONG: “Ferry Home” from “North Road”"
    )
    assert extract(b) == []


def test_a_place_the_recogniser_took_for_a_person_is_never_she():
    """The small model sometimes types an island after "on" as a PERSON; set that reading by hand so
    the rule is tested whatever the model does with this sentence."""
    from spacy.tokens import Span as SpacySpan

    from newsprism import nlp

    a = art(
        "Olympia, Wash., native Sonja Kessler, the first contestant voted off the island, is dismayed by what "
        "she experienced in her short time on Pulau Lembongan in the Java Sea. “I feel I'm a little "
        "naive,” she confessed."
    )
    doc = nlp.parse(a.text)
    start = a.text.index("Pulau")
    place = doc.char_span(start, start + len("Pulau Lembongan"))
    doc.ents = [e for e in doc.ents if e.end <= place.start or e.start >= place.end] + [
        SpacySpan(doc, place.start, place.end, label="PERSON")
    ]
    q = next(q for q in extract(a, doc) if "naive" in s(a, q.content[0]))
    assert q.speaker.name != "Pulau Lembongan"


def test_cast_and_director_lines_are_labels():
    a = art(
        "Keaton goes loose in the hospital and Garcia gives chase.\n\n"
        "Playing Fate. Cast: Dana Holt, Tim Reece and Ann Vey. Director: Andy Moss. Eugene Sands (Holt), a "
        "surgeon who loses his licence, is pulled into a scheme."
    )
    assert extract(a) == []


def test_her_beside_a_she_subject_says_nothing_of_the_named_persons_sex():
    a = art(
        "Sonja Rask lost her seat in May. And she is from a state that Dorne could win this fall without "
        "her help. “I am ready,” Dorne said. “We will win in the fall,” he added."
    )
    assert by_content(a, "We will win in the fall").speaker.name == "Dorne"


def test_the_minister_after_the_minister_named_in_apposition():
    a = art(
        "HARBOURTON, May 3 (Meridian) -- Only 47 percent of pupils will enter secondary schools, the "
        "Education Minister, Peter Hall, has said.\n\n"
        "The minister made the remarks when he launched the selection exercise on Wednesday.\n\n"
        "The intake is an improvement of 0.8 percent over the previous year, he said."
    )
    assert by_content(a, "The intake is an improvement").speaker.name == "Peter Hall"
    b = art(
        "Adam Budd called the aviation office. During his call with the unidentified aviation employee, "
        "Budd asked if the office could track an airplane.\n\n"
        "The employee questioned Budd repeatedly about who he was and where he was calling from."
    )
    assert by_content(b, "where he was calling from").speaker.name != "Adam Budd"


def test_a_name_with_particles_is_one_person():
    # the recogniser splits "Joris van den Akker" into "Joris van" and a place "Akker"
    a = art(
        "“The ferry will sail again in May,” Port Affairs Commissioner Joris van den Akker said at a "
        "press conference. He added that the berths were safe."
    )
    q = by_content(a, "ferry will sail")
    assert s(a, q.source) == "Joris van den Akker"
    assert (q.speaker.name, q.speaker.type) == ("Joris van den Akker", "person")
    assert by_content(a, "berths were safe").speaker.name == "Joris van den Akker"


def test_works_lists_slogans_and_deaths_are_not_quotes():
    # a work after the verb that made it, with or without a clause about it
    a = art(
        "1962: Rachel Vale writes “Quiet Harbours,” the first shot in the war on dredging. "
        "1954: Ada Finch writes “Let's Eat Right to Keep Fit,” which promotes fertile eggs."
    )
    assert extract(a) == []
    # quoted titles one after another under a colon
    b = art(
        "Among her producer credits: “Harbour Lights,” “Tidewater,” “Reds at Dawn” and “North Road.” She won."
    )
    assert extract(b) == []
    # a day before a colon is no speaker
    c = art(
        "The mayor has a new slogan he will try out Tuesday: “Harbours Every Day for Everybody.” More follows."
    )
    assert not [q for q in extract(c) if q.speaker.name == "Tuesday"]
    # what a disease "claims" is deaths
    d = art("The fever is widespread in the province, claiming 30 lives a week.")
    assert extract(d) == []


def test_his_wife_after_his_wife_named():
    a = art(
        "For Tomas Ruiz, the treatment has meant he can hold down a job. His wife, Marisol, can vouch "
        "for that. “He is not down. He is alert,” his wife of 19 years said."
    )
    q = by_content(a, "He is not down")
    assert (q.speaker.name, q.speaker.type) == ("Marisol", "person")


def test_the_spokesman_after_a_named_spokesman():
    a = art(
        "Peter Hall, the spokesman of the Harbour Ministry, said Sunday the "
        "report was unfounded.\n\nMinister Ana Ruiz toured the docks on Monday.\n\n"
        '"The pier is safe and it will stay open" and the ferries will run as before, the spokesman said.'
    )
    q = by_content(a, "pier is safe")
    assert q.speaker.name == "Peter Hall"
    # a name in apposition after a preposition is not the one given the role
    b = art(
        "PORT ELLING, May 2 -- The mayor alone can lift the ban on Peter Hall, a senior official at the "
        'harbour office said today.\n\n"The ban stands," the official said.'
    )
    assert by_content(b, "ban stands").speaker.name != "Peter Hall"


def test_the_man_after_an_unnamed_person_spoke():
    a = art(
        "“You have no cravings,” Tomas Haradin said. Another parolee, who declined to give his name, "
        "said he too was hooked on the program.\n\n“This is a miracle,” the man said last week."
    )
    q = by_content(a, "This is a miracle")
    assert (q.speaker.name, q.speaker.type) == (None, "anonymous")


def test_thanks_and_a_company_named_in_full_before():
    a = art(
        "Ana Ruiz, 44, spoke briefly, thanking the jury, her lawyers and her family. The actor thanked his "
        "doctors, including one he said had saved his hand."
    )
    assert [s(a, q.content[0]) for q in extract(a)] == ["had saved his hand"]
    # a one-word name the recogniser typed an organisation in full elsewhere is that organisation
    b = art(
        "Quaybucks Corp. said sales rose. Analysts had estimated the ferry operator would earn 60 cents "
        "a share. But Quaybucks late Wednesday predicted earnings of 54 cents a share."
    )
    assert by_content(b, "earnings of 54 cents").speaker.type == "organization"


def test_her_lawyers_are_no_second_woman():
    a = art(
        "The jury sided with the Ruiz family. Marisol Ruiz, 44, spoke briefly, thanking the jury, her "
        "lawyers and her family. “Without them, I could not have done this,” she said."
    )
    assert by_content(a, "Without them").speaker.name == "Marisol Ruiz"


def test_quoted_as_making_a_reaction_is_the_person_quoted():
    a = art(
        '"If such weapons reach regimes like Norland, the danger will be ever greater," Harbour Radio '
        "quoted David Bar-Ilan, media adviser to Prime Minister Ana Ruiz, as making a brief reaction to the tests."
    )
    assert by_content(a, "danger will be").speaker.name == "David Bar-Ilan"


def test_role_words_are_no_part_of_a_name():
    a = art(
        "The course drew strong reviews, Assistant Dean Rich Halvorsen said this week. "
        '"Students said she truly taught them something," he said.'
    )
    assert by_content(a, "truly taught").speaker.name == "Rich Halvorsen"


def test_names_joined_by_and_speak_together():
    a = art(
        "Harbour scientists Dr. Tomas Varga and Dr. Imre Szabo said on Monday that no clause of the "
        "treaty will affect the port's research."
    )
    q = by_content(a, "no clause")
    assert (q.speaker.name, q.speaker.type) == ("Tomas Varga and Imre Szabo", "person")


def test_a_relative_clause_in_an_appositive_is_no_part_of_the_name():
    a = art(
        "Varga's mother, Gladys Varga, who lives in South Carolina, released a statement Friday saying "
        "that she was deeply saddened by the shootings."
    )
    assert by_content(a, "deeply saddened").speaker.name == "Gladys Varga"


def test_a_topic_before_the_cue_is_no_quote():
    a = art(
        "Discussing her priorities for the next session, Senator Ana Ruiz said she will push for new "
        "schools in the harbour district."
    )
    assert [s(a, q.content[0]) for q in extract(a)] == [
        "she will push for new schools in the harbour district"
    ]


def test_the_spokesman_after_an_agency_spokesman():
    a = art(
        "A third gun was recovered at the flat, but the Harbour Agency spokesman said it was not "
        "involved in the shootings. Two other weapons were found in the van, the spokesman said."
    )
    q = by_content(a, "Two other weapons")
    assert q.speaker.type == "organization" and "Harbour Agency" in q.speaker.name


def test_a_finite_cue_after_a_quote_is_no_modifier():
    a = art("“Just one more joke,” a man in the audience called out when Tomas Varga came back on stage.")
    assert by_content(a, "one more joke").speaker.type == "anonymous"


def test_her_husband_in_the_sentence_that_names_her_is_no_second_woman():
    a = art(
        "The rally opened the campaign. Linda Harlow noted the importance of women to her husband's "
        "campaign.\n\n“When women vote, we win,” she said."
    )
    assert by_content(a, "When women vote").speaker.name == "Linda Harlow"


def test_pronouns_beside_a_role_do_not_outrank_a_first_name():
    a = art(
        "Sen. Dianne Halvorsen said Thursday she felt betrayed by the governor. Halvorsen was ambivalent "
        "about the release of the governor's testimony to the panel investigating his conduct. Since then, "
        "Halvorsen said, she has not talked to the governor, but has met members of his staff.\n\n"
        "Halvorsen recalled the day of the speech.\n\n“I believed it and I believed it totally,” she said."
    )
    assert by_content(a, "I believed it").speaker.name == "Dianne Halvorsen"


def test_a_comedy_named_after_its_noun_is_no_quote():
    a = art(
        "When the Harbour Channel broadcast a repeat of its best comedy, “Everybody Loves Ramon,” against "
        "“Will and Greta” last week, the show took a big fall."
    )
    assert extract(a) == []
    # a truce observed is not a remark
    b = art(
        "The Harbour Front, which has fought the port for years, began observing an open-ended truce on May 8."
    )
    assert extract(b) == []


def test_a_title_of_place_before_a_name_in_apposition():
    a = art(
        "Medical Superintendent of the hospital Dr. Somat Singh Tulachan said that operations were often "
        'postponed. "Sometimes operations were performed by fetching water in buckets," he added.'
    )
    assert {q.speaker.name for q in extract(a)} == {"Somat Singh Tulachan"}


def test_transcript_letters_and_the_current_holder_name_no_one():
    a = art(
        "The transcript follows.\n\nQ: “You were acting for the governor when you tried to get her a job?”\n\n"
        "Harlow: “I was, and I said so.”"
    )
    assert by_content(a, "acting for the governor").speaker.name is None
    b = art(
        '"He was the first suspect all the way through," said Richard Igou, the district attorney at the '
        "time. The current prosecutor declined to say whether Barton was still a suspect."
    )
    assert by_content(b, "whether Barton").speaker.name is None


def test_a_word_before_a_role_and_a_name_taken_for_organisations():
    a = art(
        "The judge adjourned the hearing.\n\nDefense lawyer Antis Triantafyllides earlier said the embassy "
        "would keep the two men inside its premises until the trial begins."
    )
    assert by_content(a, "embassy would keep").speaker.name == "Antis Triantafyllides"


def test_a_first_name_alone_outranks_a_possessor():
    a = art(
        "Now an energetic 73, Iker Gallastegi arrived in Dublin in 1937 with his parents.\n\n"
        "Eli Gallastegi, Iker's father, was a leading nationalist, singled out by General Francisco "
        "Franco's men.\n\nEventually, that education led Iker himself to return home in 1952 under an "
        "assumed name, and to flee once again just ahead of Franco's police.\n\n"
        "“I had to beat the dust in 1952,” he says."
    )
    assert by_content(a, "beat the dust").speaker.name == "Iker Gallastegi"


def test_arap_is_a_name_particle():
    a = art(
        "NAIROBI, June 30 (Xinhua) -- Kenyan President Daniel arap Moi today ordered schools to teach "
        "conservation. He said the lessons should stress that all life depends on the environment."
    )
    assert by_content(a, "lessons should stress").speaker.name == "Daniel arap Moi"


def test_a_whole_quote_according_to_a_report_is_direct_and_found_once():
    a = art(
        "The number of organic farms grew.\n\n”Organic farming became one of the fastest growing segments of "
        "harbour agriculture during the decade,” according to a study by the Harbour Department's Research "
        "Service.\n\nOrganic farming is still small."
    )
    found = [q for q in extract(a) if "fastest growing" in a.text[q.content[0].start : q.content[-1].end]]
    assert [(q.kind, s(a, q.source)) for q in found] == [
        ("direct", "a study by the Harbour Department's Research Service")
    ]


def test_an_outlet_noun_before_a_name_and_a_generational_suffix():
    a = art(
        "The ministry came under attack. Liberal weekly Bahman reported in February that the former deputy "
        "minister resigned over the new restrictions."
    )
    assert by_content(a, "deputy minister resigned").speaker.type == "organization"
    b = art(
        "The latest issue is a tribute to founder Tomas R. Halloran Jr.\n\nThe magazine quotes Halloran as "
        "saying: “In the most challenging of times, people of courage make a difference.”\n\nHalloran, his "
        "wife, Carolyn Bessette Halloran, and her sister died in July."
    )
    assert by_content(b, "challenging of times").speaker.name != "Carolyn Bessette Halloran"


def test_a_name_hung_on_the_place_after_the_noun_and_a_name_modifying_a_thing():
    a = art(
        "Another acquaintance in Morrow, Marsha Jean DeFreese, said Barton went to church. She said he "
        "took them out every Tuesday."
    )
    assert {q.speaker.name for q in extract(a)} == {"Marsha Jean DeFreese"}
    b = art(
        "Tomas Varga came back on stage on Wednesday. It says everything about his humor that the only "
        "topical joke was not a genuine Halvorsen joke. He veered away from politics, wryly describing "
        "the manners and absurdities of modern life."
    )
    assert by_content(b, "manners and absurdities").speaker.name != "Halvorsen"


def test_a_name_after_an_organisations_possessive():
    a = art(
        "Many worry. “There are a lot of unfounded fears,” said the Environmental Ministry's Santos Carrasco."
    )
    assert by_content(a, "unfounded fears").speaker.name == "Santos Carrasco"
    b = art("“We are pleased,” said the Harbour Ministry's spokesman.")
    assert by_content(b, "We are pleased").speaker.name == "Harbour Ministry"


def test_a_surname_taken_for_an_organisation_as_subject_breaks_the_last_speaker():
    a = art(
        "Lars Ulbrecht, the drummer for the heavy-metal band Ironhold, found an ally in Sen. Orrin Halvor.\n\n"
        "Hundreds lined up to get a view of Ulbrecht, or perhaps to gain some insight into the clash.\n\n"
        "And Roger McAlister, of the folk-rock group the Larks, said the issue was “a lot of worrying about "
        "nothing.”\n\nUlbrecht, however, remained steadfast on legislative intervention. “I think we're "
        "dreaming if you think we can work this out ourselves,” he said."
    )
    assert by_content(a, "dreaming if you think").speaker.name == "Lars Ulbrecht"


def test_one_articles_extraction_defect_is_reported_and_the_batch_goes_on(tmp_path, extract_fails_on):
    extract_fails_on("boom")
    rows = [
        {"id": "boom", "text": '"The pier is safe," Ana Ruiz said.'},
        {"id": "ok", "text": '"The ferry will run," Tomas Varga said.'},
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    r = CliRunner().invoke(app, ["quotes", str(inp), "--quiet", "-j", "1"])
    assert r.exit_code == 1 and "boom: quotes not extracted (IndexError" in r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["boom", "ok"] and out[0]["quotes"] == [] and out[1]["quotes"]


def test_a_surname_tagged_as_a_noun_after_its_first_name_elsewhere():
    a = art(
        "Doubters figured Harlan Dees was out to make a buck on their tragedy. As he does in all his "
        'cases, Dees charged the church nothing. "We will win," Dees said.'
    )
    assert by_content(a, "We will win").speaker.name == "Harlan Dees"


def test_a_name_ending_an_organisations_entity_after_a_title():
    a = art(
        "Of the children enrolled in Standard One, only 47 percent complete the primary education, Permanent "
        "Secretary of the Ministry of Education, Science and Technology Wilfred Kamoro said Tuesday. He said "
        "that only seven percent of high-school graduates go to public universities."
    )
    assert {q.speaker.name for q in extract(a)} == {"Wilfred Kamoro"}


def test_an_infinitive_cue_after_a_closing_mark_leaves_the_quote_to_the_cue_after_it():
    a = art(
        "The campaigner Kerry Brogan said those charged should face a civilian court. “We urge the government "
        "to give access for an independent team” to question those allegedly involved, she told reporters."
    )
    assert all(q.speaker.name == "Kerry Brogan" for q in extract(a))


def test_a_name_then_a_judging_verb_with_for_is_the_one_judged():
    a = art(
        "HARBOUR CITY (Meridian Wire) -- Mayor Tomas Varga, criticized for not having enough women in his "
        "inner circle, has hired a veteran strategist to run his campaign."
    )
    assert extract(a) == []


def test_a_surname_taken_for_an_organisation_still_leads_a_pronoun_chain():
    """ "Van Dorn enjoyed her independence" (typed ORG) after "Kathleen Van Dorn": "she" is her, and
    "her husband, Michael Harlow" is no second "she"."""
    a = art(
        "The last thing Kathleen Van Dorn saw was the gunman's face.\n\n"
        "Before the shooting, Van Dorn enjoyed her independence. Now she relies on her husband of 13 "
        "years, Michael Harlow, and others to take her everywhere. That loss of freedom, she said, has "
        "been the hardest adjustment."
    )
    assert by_content(a, "hardest adjustment").speaker.name == "Kathleen Van Dorn"


@pytest.mark.parametrize(
    ("text", "needle", "name"),
    [
        (
            "The Pellworth Monetary Institute, responsible for the preparations, has set up a group of "
            "artists. The Frankfurt-based body said in its annual report that it has chosen two themes "
            "for the new notes.",
            "chosen two themes",
            "Pellworth Monetary Institute",
        ),
        (
            "Norland keeps selling arms to its neighbours, Harbour Watch International said Tuesday. The "
            "Geneva-based organization said, too, that the government seeks to deter asylum seekers.",
            "deter asylum seekers",
            "Harbour Watch International",
        ),
    ],
)
def test_a_generic_body_is_the_organisation_just_named(text, needle, name):
    q = by_content(art(text), needle)
    assert q.speaker.type == "organization" and q.speaker.name == name


def test_section_headings_in_capitals_are_not_speakers():
    a = art(
        "THE BOOK: “The Harbour Light,” 412 pages.\n\n"
        "THE AUTHOR: Meet Dana Shaw, a former ferry pilot. She writes the way she steered.\n\n"
        "THE PLOT: A pilot loses her boat and finds her town."
    )
    assert all(s(a, q.source) not in ("THE BOOK", "THE AUTHOR", "THE PLOT") for q in extract(a))


def test_he_opening_what_someone_is_reported_to_say_is_that_someone():
    a = art(
        "Tom Avery spoke first and left early. Later, a city councillor said he had found his answer on a "
        "button that a student sent him: “Those who say it can't be done should get out of the way.”"
    )
    q = by_content(a, "get out of the way")
    assert q.speaker.type == "anonymous" and q.speaker.description == "a city councillor"


def test_a_nationality_opening_a_body_s_name_is_part_of_the_name():
    a = art("The Peruvian Clean-river Campaign has called on the congress to ban mercury in gold mines.")
    assert by_content(a, "ban mercury").speaker.name == "Peruvian Clean-river Campaign"


def test_a_party_the_recogniser_once_called_a_person_stays_a_party():
    """One "Harbour" typed PERSON among many "Harbour" typed ORG as a modifier ("Harbour leader")
    does not make the party a person; "Ward", a person once and a subject as an ORG, is one."""
    from spacy.tokens import Span as SpacySpan

    from newsprism.nlp import parse
    from newsprism.quotes import _surnames_taken_for_orgs

    doc = parse(
        "Harbour leader Tom Avery spoke. Harbour officials agreed. Harbour voted. The Harbour plan failed. "
        "Ward says the plan failed. Ward lives nearby."
    )

    def ents(label_of):
        return [SpacySpan(doc, t.i, t.i + 1, label=label_of(t)) for t in doc if t.text in ("Harbour", "Ward")]

    doc.ents = ents(lambda t: "PERSON" if t.i == 10 or t.text == "Ward" and t.i < 20 else "ORG")
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    taken = {e.text for e in _surnames_taken_for_orgs(doc, people)}
    assert "Harbour" not in taken and "Ward" in taken


def test_a_party_and_a_role_before_a_name_qualify_the_role():
    """ "Norland Greens harbour spokeswoman Meg Tarrow said", the name typed an organisation (as the
    recogniser does with some names): the spokeswoman speaks, not the party before her role."""
    a = art(
        "Norland Greens harbour spokeswoman Meg Tarrow said the council has ignored the fishing families."
    )
    quotes = extract_with_ents(a, lambda doc: [(0, 2, "NORP"), (4, 6, "ORG")])
    q = next(q for q in quotes if "ignored" in s(a, q.content[0]))
    assert q.speaker.type == "person" and q.speaker.name == "Meg Tarrow"


def test_a_verb_read_as_a_plural_noun_leaves_its_name_the_source():
    a = art(
        "“Something's weird about this man,” Dana Lee Okafor remembers thinking when Tom Harlow, a ferry "
        "pilot, came to collect the boys."
    )
    q = by_content(a, "weird about this man")
    assert q.speaker.type == "person" and q.speaker.name == "Dana Lee Okafor"


def test_a_first_mention_the_recogniser_left_untyped_still_leads_a_pronoun_chain():
    """ "..., Tarrow no longer could work" (no entity) before "Tarrow says" (a person): "she says"
    in between is hers."""
    a = art(
        "Once a ferry pilot, Tarrow no longer could work. Fatigue forced her to leave the harbour.\n\n"
        "“It ruined me,” she says.\n\n"
        "Tarrow says the clinic helped."
    )
    later = extract_with_ents(
        a, lambda doc: [(t.i, t.i + 1, "PERSON") for t in doc if t.text == "Tarrow" and t.i > 10]
    )
    q = next(q for q in later if "ruined" in s(a, q.content[0]))
    assert q.speaker.type == "person" and q.speaker.name == "Tarrow"


def test_the_minister_after_a_name_the_recogniser_took_into_a_long_title():
    """ "the Minister of Agriculture, Fisheries and Environment Tomas Ekdal", one ORG to the
    recogniser: "The minister warned" is Ekdal."""
    a = art(
        "The statement issued by the Minister of Agriculture, Fisheries and Environment Tomas Ekdal said "
        "the cabinet agreed to seek tenders for two desalination plants. Norland has one plant on the "
        "coast. The minister warned that water supplies could run out by the end of the year."
    )

    def title_and_name(doc):
        start = next(t.i for t in doc if t.text == "the" and doc[t.i + 1].text == "Minister")
        return [(start, next(t.i for t in doc if t.text == "Ekdal") + 1, "ORG")]

    q = next(q for q in extract_with_ents(a, title_and_name) if "run out" in s(a, q.content[0]))
    assert q.speaker.name == "Tomas Ekdal"


def test_the_vocalist_after_a_singer_named_with_the_role():
    a = art(
        "Fans of the site, such as Harbour Kings singer Chuck Dane, champion it for giving small bands a "
        "chance. “This is the radio of the new century,” the vocalist said during an interview this year."
    )
    assert by_content(a, "radio of the new century").speaker.name == "Chuck Dane"


def test_an_object_told_to_act_after_a_comma_is_no_inverted_speaker():
    """ "..., urged specialists not to be discouraged": the specialists are urged, they say nothing."""
    a = art(
        "Addressing a crowd at the meeting, Okafor, who developed the drug in Pellworth labs, urged "
        "specialists not to be discouraged if the drugs don't work right away."
    )
    assert all(s(a, q.source) != "specialists" for q in extract(a))


def test_a_hyphenated_role_the_parser_split_into_three_subjects():
    """ "the vice-president said", parsed as three subjects ("vice", "-", "president"): the whole
    role with its article is the source, and the vice-president named before speaks."""
    a = art(
        "PORT ELLING, June 6 (Meridian Wire) -- Norlandic Vice-President Tomas Ekdal today expressed the "
        "hope that the delegation would be sensitive. He noted that his government would not succumb to "
        "pressure. Referring to the constitutional reforms, the vice-president said that after the "
        "general elections this year, a commission would be appointed."
    )
    q = by_content(a, "a commission would be appointed")
    assert s(a, q.source) == "the vice-president" and q.speaker.name == "Tomas Ekdal"


def test_which_after_a_legal_text_is_that_text():
    a = art(
        "The phrase is shorthand for the harbour clause of the Norland Charter, which says that “no "
        "port shall be closed to a ship in distress.”"
    )
    q = by_content(a, "no port shall be closed")
    assert q.speaker.description == "the harbour clause of the Norland Charter"


def test_a_wire_insertion_mark_is_no_speaker():
    a = art(
        "Norland rejected the call.\n\nMW Adds: Norland yesterday rejected the harbour board's call to "
        "sign the treaty, saying the approach had been “unjust and unrealistic.”"
    )
    q = by_content(a, "unjust and unrealistic")
    assert s(a, q.source) == "Norland" and "MW" not in (q.speaker.name or "")


def test_the_appellate_court_is_the_court_of_appeals_however_its_name_was_written():
    a = art(
        "Norland's governor called last week's ruling by the U.S. Circuit Court of Appeals a victory. In "
        "1997, Judge Ann Marren of the U.S. District Court of Norland ruled against the plan. The 10th "
        "Circuit Court of Appeals had little patience with her reasoning.\n\n"
        "The appellate court wrote: “We believe this holding unnecessarily limits the discretion Congress gave.”"
    )
    q = by_content(a, "unnecessarily limits")
    assert q.speaker.type == "organization" and q.speaker.name.endswith("Circuit Court of Appeals")


def test_the_bureau_is_the_bureau_named_before():
    a = art(
        "Despite the government's lobbying, the Bureau of the Harbour Heritage Committee found the park "
        'was under threat. "The mission has concluded that the park is exposed to serious threats," the '
        "bureau said in a report."
    )
    q = by_content(a, "exposed to serious threats")
    assert q.speaker.name == "Bureau of the Harbour Heritage Committee"


def test_a_first_name_of_both_sexes_in_the_name_lists_says_nothing_of_the_speaker():
    """ "Eli" is female in the lists overall and male in the USA's: "he" may still be Eli Harlow."""
    a = art(
        "The first stage is to find partners, followed by a seismic study, according to Pellworth Oil's "
        'managing director Eli Harlow. "Drilling will hopefully begin before the end of next year," he said.'
    )
    assert by_content(a, "Drilling will hopefully").speaker.name == "Eli Harlow"


def test_an_adjective_the_parser_made_the_subject_speaks_as_the_whole_phrase():
    a = art("Present and former intelligence officials said the rocket was launched from the north coast.")
    q = by_content(a, "rocket was launched")
    assert q.speaker.description == "Present and former intelligence officials"


def test_motives_prices_and_anyones_thoughts_are_not_quotes():
    a = art(
        "Fearing a strike, the harbour board closed the north pier for a week. Though her knee has "
        "healed, Ana Ruiz fears a relapse. The ferry academy charges $9,000 a year and sends most of its "
        "cadets to sea. Ferry captains, one might reasonably think, would be the last to need lifejackets."
    )
    contents = [s(a, c) for q in extract(a) for c in q.content]
    assert not any(
        w in c for c in contents for w in ("a strike", "knee has healed", "9,000", "the last to need")
    ), contents


def test_a_survey_phrase_leaves_the_clause_to_its_named_speaker():
    a = art(
        "In a survey completed last April, the Harbour Trust, which runs the north pier, reported that "
        "ferries in at least nine ports had cut their winter crossings."
    )
    qs = [q for q in extract(a) if any("winter crossings" in s(a, c) for c in q.content)]
    assert [q.speaker.name for q in qs] == ["Harbour Trust"]


def test_purposes_leave_and_shooting_are_not_quotes():
    a = art(
        "As it turns out, less than one might think. To indicate the size of the problem, Dana Shaw and "
        "other speakers at the harbour forum cited a dozen studies. Hunters are free to blast away at the "
        "wolves on whim. The new site allows passengers to question 200 ferry volunteers on fares and "
        "timetables. Port rules permit captains to deny boarding to anyone without a ticket."
    )
    contents = [s(a, c) for q in extract(a) for c in q.content]
    assert not any(
        w in c
        for c in contents
        for w in ("it turns out", "size of the problem", "on whim", "volunteers", "fares", "boarding")
    ), contents


def test_a_lawyer_for_two_clients_is_not_the_second_client():
    # (the parse of this sentence moves with its names: these two give the one this guards)
    a = art(
        "A lawyer for the rock band Ironhall and rap artist Lil Moro asked several elite colleges this "
        "month to ban Tollster, which allows visitors to its Web site to obtain copyrighted music for "
        "free. A lawyer for the band, Howard Keen, said the ban was fair."
    )
    q = by_content(a, "to ban Tollster")
    assert q.speaker.name is None and q.speaker.type == "anonymous"
    assert by_content(a, "ban was fair").speaker.name == "Howard Keen"


def test_mrs_with_a_shared_surname_is_the_one_who_can_be_a_mrs():
    a = art(
        "Kippa Roe raised $9,000 for her husband's campaign on Thursday and promised donors he would "
        "“fight for the ferry.” “Everyone should be able to ride the ferry without fear,” Mrs. Roe "
        "said. A Roe administration, she pledged, would “stand against the tolls.” Her husband, Mayor "
        "Alan Roe, “will fight for your ferry. He will fight for OUR ferry,” she added."
    )
    for needle in ("ride the ferry", "stand against", "OUR ferry"):
        assert by_content(a, needle).speaker.name == "Kippa Roe", needle


def test_his_wife_as_mrs_and_his_name_on_a_company_leave_him_a_he():
    """ "Mrs. Halden" is his wife, not a title of Mark Halden's; "Halden Security Services, Inc.",
    named once, does not make the surname, a subject eight times, an organisation."""
    a = art(
        "Mark Halden, 44, had been a client of the firm for a year. Halden had hired Halden Security "
        "Services, Inc. to guard his home. Halden split with his second wife, Leigh Ann, last year. "
        "Mrs. Halden had moved the children to an apartment. Officer Tom Reid saw his van on Thursday. "
        "Halden smashed the window of the office. Halden walked to the desk. Halden sat down. Halden "
        "waited. Halden typed a note. "
        "“I don't plan to stay much longer,” he said."
    )
    assert by_content(a, "stay much longer").speaker.name == "Mark Halden"

    def as_the_recogniser_read_it(doc):  # the full name a person, the surname an organisation
        firm = next(t.i for t in doc if t.text == "Security")
        reid = next(t.i for t in doc if t.text == "Tom")
        ents = [(0, 2, "PERSON"), (firm - 1, firm + 4, "ORG"), (reid, reid + 2, "PERSON")]
        return ents + [(t.i, t.i + 1, "ORG") for t in doc if t.text == "Halden" and t.i not in (1, firm - 1)]

    from spacy.tokens import Span as SpacySpan

    from newsprism.nlp import parse
    from newsprism.quotes import _canonical_people

    doc = parse(a.text)
    doc.ents = [SpacySpan(doc, b, e, label=label) for b, e, label in as_the_recogniser_read_it(doc)]
    people, _ = _canonical_people(doc)
    assert sum(n == "Mark Halden" for _, n, _ in people) >= 7  # the full name and the "Halden" subjects


def test_nothing_indicates_plans_are_no_words_and_a_silent_spokesman_is_no_he():
    a = art(
        "Two days of searching found nothing to indicate anyone had survived the ferry fire. Ana Ruiz "
        "plans a church picnic for the harbour families. None of the port officials would discuss the "
        "salvage plan."
    )
    contents = [s(a, c) for q in extract(a) for c in q.content]
    assert not any(w in c for c in contents for w in ("had survived", "picnic", "salvage plan")), contents
    b = art(
        "Tom Avery said he did not know how much the crossing would cost. A spokesman for Harbour Line "
        "Inc. did not return a call for comment. He said those with a season ticket will ride free."
    )
    assert by_content(b, "season ticket").speaker.name != "Harbour Line Inc."


def test_a_name_in_the_words_before_the_marks_is_talked_about():
    a = art(
        "Dana Shaw of Port Elling, watching the ferry return to the harbour, said she wanted to bid "
        "farewell to Reid, someone she knew and admired. “He was down-to-earth _ someone who'd get "
        "coffee up the street,” explained Shaw, who said she has been to many parties at the harbour "
        "house. Reid and his family “would make you feel like you were someone,” she said."
    )
    assert by_content(a, "feel like you were someone").speaker.name == "Dana Shaw"


def test_continuing_and_searching_are_not_words():
    a = art(
        "Crime continues to decline in the harbour towns. Officers continued searching the hills on "
        "Wednesday, and an army of deputies continued to seek ferry arson suspect Tom Reid in the hills. "
        "“We will not give up,” the sheriff continued. The search will go on all winter, he continued."
    )
    contents = [s(a, c) for q in extract(a) for c in q.content]
    assert not any(w in c for c in contents for w in ("to decline", "searching", "suspect")), contents
    assert by_content(a, "We will not give up").speaker.description == "the sheriff"
    assert by_content(a, "go on all winter")


def test_a_phone_call_or_a_summons_is_not_a_naming():
    a = art(
        "A friend of Tom Reid called the sheriff on Monday. The defense rested its case after calling "
        "12 witnesses. The union called a meeting at the harbour hall. Mayor Ana Ruiz called the new "
        "toll a step backward for the port, and called the ferry cuts “beyond belief.”"
    )
    contents = [s(a, c) for q in extract(a) for c in q.content]
    assert not any(w in c for c in contents for w in ("the sheriff", "12 witnesses", "a meeting")), contents
    assert by_content(a, "step backward") and by_content(a, "ferry cuts")


def test_a_role_before_a_surname_is_no_company_named_after_the_person():
    """A surname after a role the recogniser took into one organisation ("Elling gastroenterologist
    Harlan") is no company named after the person: "Harlan, who ..." stays Michael Harlan."""
    from spacy.tokens import Span as SpacySpan

    from newsprism.nlp import parse
    from newsprism.quotes import _canonical_people

    doc = parse(
        "Dr. Michael Harlan treats ferry crews. Elling gastroenterologist Harlan runs the clinic's "
        "trials. Harlan, who also teaches, is optimistic."
    )
    k = next(t.i for t in doc if t.text == "Elling")
    doc.ents = [SpacySpan(doc, 1, 3, label="PERSON"), SpacySpan(doc, k, k + 3, label="ORG")]
    people, _ = _canonical_people(doc)
    assert [n for _, n, _ in people].count("Michael Harlan") == 2


def test_the_newspaper_named_after_its_noun_and_then_described():
    a = art(
        "Students in Port Elling said they were “ready to strike,” the newspaper Kessling Post reported. "
        "“Thousands have also signed up to give a week's wages to the strike fund,” the "
        "English-language newspaper added. The talks have failed, the daily Harbour Times reported "
        "today. The paper said that the union vowed to continue."
    )
    assert by_content(a, "Thousands have also").speaker.name == "Kessling Post"
    assert by_content(a, "union vowed").speaker.name == "Harbour Times"


def test_a_card_that_said_is_the_card_not_that():
    a = art(
        "Someone left flowers at the pier with a card that said, “We are so sorry. Safe passage.” "
        "Harbour officials that said the pier would close were wrong."
    )
    assert by_content(a, "Safe passage").speaker.description == "a card"
    assert by_content(a, "pier would close").speaker.type == "anonymous"


def test_a_participle_after_a_with_phrase_is_that_phrases_act():
    a = art(
        "Norland faces international embarrassment over the Elling pier, with a harbour committee "
        "Wednesday demanding the pier be scrapped to prevent it endangering the old harbour. Tom Avery "
        "filed the appeal with the harbour court, calling the ruling unfair."
    )
    assert by_content(a, "pier be scrapped").speaker.description == "a harbour committee"
    assert by_content(a, "ruling unfair").speaker.name == "Tom Avery"


def test_a_dash_closing_an_aside_is_not_the_speaker():
    a = art(
        "Two leaders of Elling harbour groups _ Ana Ruiz of the Pier Trust, and Tom Avery of Harbour "
        "Watch _ said the port authority has failed to investigate the ferry fire."
    )
    q = by_content(a, "failed to investigate")
    assert q.speaker.description == "Two leaders of Elling harbour groups"


def test_he_after_a_subject_of_unknown_gender_is_not_the_man_in_its_object():
    a = art(
        "Governor Tom Pemberton has pledged to widen the coastal road.\n\n"
        "California Lt. Gov. Quillon Varga, a longtime Harlan booster, used Tom Pemberton to whip up "
        "the enthusiasm of the crowd.\n\n“I don't get it. What's all this talk about the harbour?”\n\n"
        "He added: “I think the governor is more sizzle than steak.”"
    )
    assert by_content(a, "more sizzle").speaker.name == "Quillon Varga"


def test_a_group_joined_by_and_is_described_whole():
    a = art(
        "Analysts and other observers said the ferry merger makes sense. Officials, and their critics "
        "in the council, said the plan was final."
    )
    assert by_content(a, "ferry merger").speaker.description == "Analysts and other observers"
    assert by_content(a, "plan was final").speaker.description == "Officials"  # no comma-joined tail


def test_he_is_not_the_man_the_previous_he_acted_on():
    a = art(
        "Tom Becker fled the harbour in a grey van. Harbour Police Officer Quillon Varga was on the "
        "coast road when he saw a van matching the description of Becker's van. He relayed the plate "
        "number by radio to a dispatcher. The dispatcher confirmed his suspicion: it was Becker's van. "
        "He followed Becker, keeping a safe distance at first so as not to tip off Becker that he was "
        "being followed. He also told fellow officers by radio what he had discovered."
    )
    assert by_content(a, "what he had discovered").speaker.name == "Quillon Varga"


def test_a_perceived_event_is_no_quote():
    a = art(
        "Mayor Ana Ruiz has seen her popularity ratings soar since the ferry deal. Harbour officials "
        "saw a man acting suspiciously shortly after the fire. Tom Avery saw that the plan was failing."
    )
    contents = [a.text[c.start : c.end] for q in extract(a) for c in q.content]
    assert not any("soar" in c or "suspiciously" in c for c in contents)
    assert by_content(a, "plan was failing").speaker.name == "Tom Avery"


def test_the_newspaper_after_a_masthead_that_reported_is_that_masthead():
    a = art(
        "The Harbour Times reported Monday that the port authority has told officials that the pier "
        "might close. The authority's director has been briefing other officials on the new "
        "assessment, the newspaper said."
    )
    assert by_content(a, "briefing other officials").speaker.name == "Harbour Times"


def test_a_label_opening_with_a_preposition_is_no_speaker():
    a = art(
        "PRODUCTION NOTES\n\nFor Meridian TV: produced and directed by Ana Ruiz; Tom Avery, executive "
        "producer.\n\nWith: Dana Cole and the Elling harbour choir."
    )
    assert extract(a) == []


def test_a_speech_cue_hung_on_a_clause_about_a_thing_is_the_reporters():
    a = art(
        "Sen. Ana Ruiz on Friday reassured the ferry crews that American law is on their side and "
        "predicted the ferry will be returned to the north pier. Tom Avery said the pier is unsafe "
        "and closed it."
    )
    assert by_content(a, "ferry will be returned").speaker.name == "Ana Ruiz"
    assert by_content(a, "pier is unsafe").speaker.name == "Tom Avery"


def test_a_verb_the_recogniser_took_into_a_name_is_no_first_name():
    from spacy.tokens import Span as SpacySpan

    from newsprism import nlp
    from newsprism.quotes import _canonical_people

    doc = nlp.parse(
        "Meridian will forward the forms. Banned Meridian users seeking reinstatement have to sign a "
        "form. Meridian said the requests were running into the thousands."
    )
    at = [t.i for t in doc if t.text in ("Meridian", "Banned")]
    assert doc[at[1]].pos_ == "VERB"
    # the recogniser's misreading, as it read a real article: "Banned Meridian" a person
    doc.ents = [SpacySpan(doc, at[0], at[0] + 1, "PERSON"), SpacySpan(doc, at[1], at[1] + 2, "PERSON")]
    people, _ = _canonical_people(doc)
    assert {name for _, name, _ in people} == {"Meridian"}


def test_a_source_cut_at_a_short_titles_full_stop_goes_on_to_the_name():
    a = art(
        "Nobody was hurt. “The investigation is still going on,” said Harbour Police Sgt. Tom Avery, "
        "who escorted crews closer to the pier Sunday."
    )
    assert by_content(a, "still going on").speaker.name == "Tom Avery"


def test_a_call_followed_by_its_day_is_still_a_phone_call():
    a = art(
        "A search began only after a harbour family friend called the coast guard at Elling at 2:15 a.m. Saturday."
    )
    assert extract(a) == []


def test_a_name_closing_a_ministrys_name_is_the_person():
    a = art(
        "Addressing a press conference here, the Norland Minister of Planning and International "
        "Cooperation Nabil Sha'ath said that Elling should reopen the north pier."
    )
    assert by_content(a, "reopen the north pier").speaker.name == "Nabil Sha'ath"


def test_a_thing_an_infinitive_says_what_to_do_with_is_no_speaker():
    a = art(
        "Yet the best way to attack this mounting problem has not been devised, said Dr. Tom Avery, "
        "director of the harbour clinic. During a meeting to discuss ferry coverage, editors decided "
        "to add a page."
    )
    assert [q.speaker.name for q in extract(a)] == ["Tom Avery"]


def test_a_quoted_prediction_is_its_owners_words():
    a = art(
        "Hatch even quoted Harbour Board Chairman Andy Grove's prediction that “the whole harbour could "
        "be rebuilt by ferry-like technology.” Ruiz cited the report at length."
    )
    assert by_content(a, "whole harbour").speaker.name == "Andy Grove"


def test_a_source_that_is_no_one_says_nothing():
    a = art(
        "Because no witnesses have reported seeing the ferry after it left the pier, investigators are "
        "unable to determine what happened. No one knows how the fire started. Ana Ruiz said no one "
        "was hurt."
    )
    assert [q.speaker.name for q in extract(a)] == ["Ana Ruiz"]


def test_the_title_before_a_name_and_what_the_person_is_of_names_the_titled():
    a = art(
        "A federal judge ruled Monday that Orvane Systems broke the antitrust law.\n\n"
        "The judge, Robert Harlan Pike of U.S. District Court, sided with the state on most points.\n\n"
        'In his ruling, the judge wrote that "the company acted unlawfully and must stop."'
    )
    assert by_content(a, "acted unlawfully").speaker.name == "Robert Harlan Pike"


def test_a_clause_whose_subject_the_parser_took_for_the_cues_object():
    a = art(
        "And Ana Ruiz said Norland last week donated $150,000. Justice Tom Avery wrote the majority "
        "opinion for a court divided 6-to-3 in the ferry case."
    )
    assert contents(a) == ["Norland last week donated $150,000"]


def test_another_unnamed_person_is_anonymous_and_the_source_after_it_is_them():
    a = art(
        "Another investigator involved in the case, speaking on condition of anonymity, said police "
        "first became suspicious of Barton after the interview. He also refused a polygraph test. It "
        "was only after that, the source said, that officers found out about the policy."
    )
    found = extract(a)
    assert [q.speaker.description for q in found] == ["Another investigator", "Another investigator"]
    assert {q.speaker.type for q in found} == {"anonymous"}


def test_a_link_under_its_label_is_no_quote():
    a = art(
        "Sales at college stores fell sharply, Reciprocal said.\n\n------\n\nOn the Net:\n\n"
        "Reciprocal Inc.: http://reciprocal.example\n\nHarbour Records: http://www.hr.example/intro.html"
    )
    assert [q.speaker.name for q in extract(a)] == ["Reciprocal"]


def test_he_after_a_speaker_only_a_name_list_calls_a_woman_is_no_one_rather_than_a_guess():
    a = art(
        "Tom Avery was arrested on Friday. Hours after the fire, Avery showed up at the ferry "
        "terminal, where he approached a woman in the car park, said harbour police spokesman Dana "
        "Quill. “She was able to run away and call security,” he said today."
    )
    assert by_content(a, "run away").speaker.name is None


def test_a_cue_as_a_participle_after_a_noun_reports_nothing():
    a = art(
        "She shows off a cabinet that houses her supplements _ “I think I take more pills than my "
        "80-year-old grandmother”; the guest room, also known as the passenger seat; and a library on "
        "the floor. Officials on Tuesday announced the ferry program, called Treasures of the Harbour "
        "Archives. Ana Ruiz said the series would sell well."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["announced", "said"]


def test_a_second_speaker_between_two_quotes_gets_the_second():
    a = art(
        "Marvin and Corey Avery never envisioned this. “She's the only one in the family who's "
        "competitive,” says Marvin. And Corey adds, “We didn't realize she was this competitive.”"
    )
    q = by_content(a, "only one in the family")
    assert [s(a, c) for c in q.content] == ["“She's the only one in the family who's competitive,”"]
    assert by_content(a, "didn't realize").speaker.name == "Corey Avery"  # the one full name "Corey" opens


def test_a_name_a_distance_is_measured_from_is_a_place():
    a = art(
        "Environment Minister Robert Hill said the mission's report was wrong. The Ranger mine, less "
        'than 20 km from Jabiluka had operated for 20 years with no harm to the park. "This proves '
        'mining can occur next to the park without harming it," he told journalists in Canberra.'
    )
    assert by_content(a, "This proves mining").speaker.name == "Robert Hill"


def test_exploring_a_place_is_no_speech():
    a = art(
        "Tom Avery spent his boyhood exploring these mountains. A deeper-diving submarine, Ana Ruiz "
        "said, could explore the sites directly."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["said"]


def test_he_after_one_of_a_group_quoted_is_that_one():
    a = art(
        "For one, Tom Avery has been pitted against some of his fans, one of whom went on Ana Ruiz's "
        "Web site this week to write that Avery was a “sellout.” He added: “The song ‘Low Tide’ is "
        "fitting, only this time the band is on the wrong end of the strings.”"
    )
    q = by_content(a, "Low Tide")
    assert q.speaker.name is None and q.speaker.description == "one of whom"


def test_a_relative_clause_after_a_quoted_term_does_not_take_it():
    a = art(
        "The appeals court spent little time on the question of “de facto closure” of piers already "
        "in the area, which Judge Ana Ruiz found in breach of the harbour act. It ruled later."
    )
    assert [q.kind for q in extract(a) if s(a, q.cue) == "found"] == []


def test_she_after_a_speaker_told_her_something_is_not_that_speaker():
    a = art(
        "Once an avid cyclist, Ruiz no longer could get out of bed. “I thought I was going crazy,” "
        "says Ruiz, 41, who now lives in Kessling. The next year, a harbour doctor told her she had "
        "lung disease. But she tested negative for what ultimately would be her diagnosis:\n\nmill "
        "fever, once known by a vague label.\n\nFor perhaps 20 years, she would learn, the mill "
        "fumes had been preying on her body, causing chronic inflammation of her lungs."
    )
    assert by_content(a, "mill fumes had been").speaker.name == "Ruiz"


def test_the_minister_after_a_minister_for_several_things_and_a_name():
    a = art(
        "KESSLING, Jan. 10 -- Water reserves are low. Minister for Agriculture, Natural Resources and "
        'Environment Tomas Ekdal today called for cuts. "If this goes on, there will be no water '
        'left by May," the Minister told reporters.'
    )
    assert by_content(a, "no water").speaker == Speaker("Tomas Ekdal", "person")


def test_a_name_after_a_ministers_title_is_a_person_even_when_taken_for_an_organisation():
    from spacy.tokens import Span as SpacySpan

    from newsprism import nlp

    a = art("Water reserves are low. Agriculture Minister Costas Marren today called for urgent cuts.")
    doc = nlp.parse(a.text)
    name = next(i for i, t in enumerate(doc) if t.text == "Costas")
    doc.ents = [SpacySpan(doc, name, name + 2, label="ORG")]  # as the recogniser once read such a name
    (q,) = extract(a, doc)
    assert q.speaker == Speaker("Costas Marren", "person")


def test_he_after_a_speaker_accused_him_is_no_longer_that_speaker():
    a = art(
        "In 1974, Tom Avery ran afoul of former harbour chief Ivo Marren when he refused to close the "
        "pier. Marren accused him of plotting a strike and had him jailed in 1976. He was freed in "
        "1980. He keeps a reputation as a fair foreman who was well-liked by his crews, but he "
        "inspires deep dislike from officials in the harbour board for opposing the closure."
    )
    assert by_content(a, "the closure").speaker.name != "Ivo Marren"


def _with_ents(a, *ents):
    """``a``'s parse with the recogniser's entities replaced by ``ents`` ((first word, words, label))."""
    from spacy.tokens import Span as SpacySpan

    from newsprism import nlp

    doc = nlp.parse(a.text)
    spans = []
    for word, n, label in ents:
        i = next(t.i for t in doc if t.text == word)
        spans.append(SpacySpan(doc, i, i + n, label=label))
    doc.ents = spans
    return doc


def test_a_name_after_a_title_after_a_country_is_the_person():
    a = art(
        "Norlandic Prime Minister Costas Marren, meeting envoys on Wednesday, rejected the idea of mediation."
    )
    (q,) = extract(a, _with_ents(a, ("Norlandic", 1, "NORP"), ("Costas", 2, "ORG")))
    assert q.speaker == Speaker("Costas Marren", "person")
    b = art("The union's Secretary General Ambrose Kallide noted that the talks had stalled.")
    (q,) = extract(b, _with_ents(b, ("Kallide", 1, "GPE")))
    assert q.speaker == Speaker("Ambrose Kallide", "person")


def test_a_participle_set_off_after_sources_is_theirs():
    # (stop 46: "asking not to be identified" here was the test's participle; the terms of
    # anonymity are no quote now, so the participle reports words instead)
    a = art(
        "Dana Avery, deputy director at the harbour board, will move over to the campaign to assist "
        "its manager and be director of operations, campaign sources, adding that the move had been "
        "planned for weeks, said Thursday."
    )
    q = by_content(a, "planned for weeks")
    assert q.speaker == Speaker(None, "anonymous", "campaign sources")


def test_asked_after_a_question_takes_a_long_description_as_its_subject():
    a = art(
        "A longtime fan named Tony smashed his ferry tickets in protest. “Why can't we ride the old "
        "boats?” asked the 36-year-old Kessling resident, who didn't want his last name used."
    )
    q = by_content(a, "ride the old boats")
    assert s(a, q.source) == "the 36-year-old Kessling resident"


def test_a_thing_that_showed_is_named_by_its_noun_not_by_that():
    a = art(
        "In a news release, Ruiz cited a poll released last week that showed most commuters use the ferry."
    )
    assert by_content(a, "most commuters").speaker.description == "a poll"


def test_he_after_a_sentence_naming_the_one_just_quoted_and_another_is_either():
    a = art(
        "Deputy Tom Avery knew Ivo Marren when they were growing up. Avery wants Marren to get his day "
        "in court. “All we have is one side of the story,” Avery said.\n\nWhether he is guilty or "
        "not, Marren has impressed Avery with his resiliency. “Love him or hate him, I'd like to shake "
        "his hand,” he said."
    )
    assert by_content(a, "shake his hand").speaker.name is None


def test_a_poll_finding_leaves_out_the_but_that_opens_its_sentence():
    a = art(
        "Ruiz has been in office since 1992. But today she holds a commanding lead in the polls: 5 to 1 "
        "over Avery and more than 2 to 1 over all her rivals, in the most recent Harbour Poll."
    )
    assert all(not s(a, q.content[0]).startswith("But") for q in extract(a))


def test_a_concession_before_the_cue_is_not_what_it_reports():
    a = art(
        "Although harbour reports claimed that Norland has 200 patrol boats, Norland has neither "
        "denied nor confirmed that it has a navy."
    )
    assert "Although harbour reports claimed" not in " ".join(contents(a))


def test_he_told_a_relative_with_the_same_surname_is_still_he():
    a = art(
        "KESSLING _ Last Christmas, Mark O. Avery sat down with his estranged wife and confessed to "
        "huge losses as a day trader.\n\n“I lost it all. I need help,” he told Leigh Ann Avery, who "
        "left him a month later."
    )
    assert by_content(a, "I lost it all").speaker.name == "Mark O. Avery"


def test_a_full_name_taken_for_an_organisation_is_the_person_named_before():
    from spacy.tokens import Span as SpacySpan

    from newsprism import nlp
    from newsprism.quotes import _surnames_taken_for_orgs

    doc = nlp.parse(
        "“Every week I run into somebody who was touched by it,” said Nell Avery, who eluded a bullet. "
        "Nell Avery has tried to put the shootings behind her."
    )
    first, second = [t.i for t in doc if t.text == "Nell"]
    doc.ents = [
        SpacySpan(doc, first, first + 2, label="PERSON"),
        SpacySpan(doc, second, second + 2, label="ORG"),
    ]
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [e.start for e in _surnames_taken_for_orgs(doc, people)] == [second]


def test_a_cue_in_an_if_clause_reports_nothing_said():
    a = art(
        "But, Ruiz said, if the council wants to establish such procedures, it must amend the charter. "
        "The firm would cut its price only if the harbour board agreed to “drop” its own ferry line. "
        "If given a chance at a ferry case, Avery added, “it is my view that the court will change course.”"
    )
    assert [s(a, q.cue) for q in extract(a)] == ["said", "added"]


def test_a_nationality_and_a_ministry_name_the_ministry():
    a = art(
        '"The tests are a real danger to the region," the Peruvian foreign ministry said in a press release.'
    )
    assert extract(a)[0].speaker == Speaker("Peruvian foreign ministry", "organization")


def test_which_after_a_name_is_that_name_but_not_a_persons_full_name():
    a = art(
        "Meanwhile, Harbourlink, which portrays itself as being in the middle, issued a statement. "
        "It would embarrass the government of Prime Minister Tom Avery, which has maintained that the "
        "mine will not harm the park."
    )
    assert by_content(a, "being in the middle").speaker.name == "Harbourlink"
    assert by_content(a, "will not harm the park").speaker.name != "Tom Avery"


def test_declining_in_number_is_no_refusal():
    a = art(
        "The amount of organic pasture and rangeland actually declined from 1992 to 1997, from 532,000 "
        "acres to 496,000 acres. All declined to divulge details about the meeting."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["declined"]
    assert contents(a) == ["to divulge details about the meeting"]


def test_a_kin_noun_with_a_named_and_described_appositive_is_that_person():
    a = art(
        "His dad, J. Holden Avery, chairman of the humanities department at the University of Kessling, "
        "tells Spin his son, whose real name is Josh, “is a good sweet kid who has created a bit of a facade.”"
    )
    assert by_content(a, "good sweet kid").speaker.name == "J. Holden Avery"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Mara Quill said nothing as she headed into the harbour court. Pike said little in court. "
            "Quill could remember nothing about the ferry. Ana Ruiz said much of the money was gone.",
            ["much of the money was gone"],
            id="saying_nothing_or_little_is_no_quote",
        ),
        pytest.param(
            "When the fire started near the barn, Mara Quill called the sheriff. When Ana Ruiz was looking "
            "for a new lawyer, Tom Avery called Porter on Ruiz's behalf. Quill called Porter a liar.",
            ["a liar"],
            id="a_phone_call_reports_nothing_before_or_after_it",
        ),
        pytest.param(
            "Tom Avery knows how to fight. A reader looking for the ferry timetable would know exactly "
            "where to look. Ana Ruiz knows that the vote is close.",
            ["that the vote is close"],
            id="knowing_how_to_do_something_is_no_quote",
        ),
        pytest.param(
            "Ana Ruiz is seeking the party's nomination. The suit seeks unspecified damages. The harbour "
            "board has sought to stem the losses, the bedrock of its budget.",
            ["to stem the losses"],
            id="seeking_a_thing_is_no_quote_but_seeking_to_do_something_is",
        ),
        pytest.param(
            "In his argument for the Norland administration, Solicitor General Tom Avery contended that "
            "the veto would not alter the law.",
            ["that the veto would not alter the law"],
            id="an_argument_for_a_body_is_made_on_its_behalf",
        ),
    ],
)
def test_words_that_report_no_quote(text, said):
    """What a cue says when it says nothing: "said nothing", a phone call, a skill, a thing sought,
    an argument made for someone."""
    assert contents(art(text)) == said


def test_a_commentator_named_after_a_nationality_is_a_person():
    a = art(
        "Norlandic military commentator Oded Granot wrote in the Harbour Gazette that the two men "
        "might have been caught in a training exercise."
    )
    assert extract(a)[0].speaker == Speaker("Oded Granot", "person")


def test_a_quoted_word_in_a_that_clause_and_a_counted_name():
    # quote marks make the parser read "troubled" as the clause's head: still a clause, and mixed
    a = art(
        "Tom Avery spoke on Monday. Earlier, he told a crowd in Kessling that he was “troubled” by the closure."
    )
    q = by_content(a, "by the closure")
    assert (
        q.kind == "mixed" and q.speaker.name == "Tom Avery" and s(a, q.content[0]).startswith("that he was")
    )
    # ... but "found him liable" is an object and what it was found, not words
    assert extract(art("A civil jury later found him liable for the damage to the pier.")) == []
    # "its 32 Daytime Emmys": counted, a thing the recogniser took for a person, never a "she"
    b = art(
        "Margaret Okonjo has been a ratings success since launching “The Okonjo Hour” in September 1986. "
        "Despite its 32 Daytime Emmys, it recently has been challenged in the ratings by “The Tom Avery "
        "Show.” While in London to promote her new film, “Harbour,” she told the newspaper it was "
        "depressing to return to television after her stint on the movie set."
    )
    assert by_content(b, "depressing to return").speaker.name == "Margaret Okonjo"


def test_a_that_clause_hung_on_the_hearer_is_what_was_told():
    a = art(
        "In Kessling, Tom Avery told a meeting of harbour pilots that few people understood the risks of the new berths."
    )
    q = by_content(a, "few people understood")
    assert s(a, q.cue) == "told" and q.speaker.name == "Tom Avery"
    # ... not a report's words that a speaker dismissed
    b = art(
        "The ministry issued a statement dismissing a newspaper report that Kessling intends to close the port."
    )
    assert not any(s(b, q.content[0]).startswith("that Kessling") for q in extract(b))


def test_a_trailing_cue_after_two_clauses_reports_both():
    a = art(
        "The ferry was supposed to be escorted by two harbour launches, but the board sent it out "
        "before the crews could join it, another source said."
    )
    q = by_content(a, "board sent it out")
    assert s(a, q.content[0]).startswith("The ferry was supposed") and q.speaker.type == "anonymous"


def test_an_accusation_is_whom_and_of_what():
    a = art("Harbour pilots accused the board of hiding the cost of the new berths.")
    (q,) = extract(a)
    assert s(a, q.content[0]) == "the board of hiding the cost of the new berths"


def test_a_clause_read_as_adverbial_after_said_is_what_was_said():
    a = art("Avery said after the vote he would not accept the board's offer if it were made.")
    (q,) = extract(a)
    assert s(a, q.content[0]) == "he would not accept the board's offer if it were made"
    # ... but "when" says when it was said
    b = art("The harbour was quiet, Ana Ruiz said, when the ferry first sailed in 1989.")
    assert [s(b, q.content[0]) for q in extract(b)] == ["The harbour was quiet"]


def test_a_distance_is_no_speaker():
    a = art(
        "At a gas station a mile from the Kessling pier, a clerk who recognized Avery from news photos said he would often buy gas."
    )
    (q,) = extract(a)
    assert q.speaker.type == "anonymous" and q.speaker.description == "a clerk"


def test_a_name_the_recogniser_took_for_an_organisation_or_a_work_is_the_person():
    """ "Lawyer Dana Wickert" as one organisation, "Dana Wickert" as a work of art: a first name
    and a surname, so "Wickert said" is Dana Wickert."""
    from newsprism.quotes import _name_taken_for_a_work

    a = art("Lawyer Dana Wickert sued the harbour board in March. Wickert said the ferry was unsafe.")
    (q,) = extract(a, _with_ents(a, ("Lawyer", 3, "ORG")))
    assert q.speaker == Speaker("Dana Wickert", "person")
    b = art("Doubters figured Dana Wickert was out to make a buck. Wickert said the board would pay.")
    (q,) = extract(b, _with_ents(b, ("Dana", 2, "WORK_OF_ART")))
    assert q.speaker == Speaker("Dana Wickert", "person")
    # a work whose last word is never anyone's name alone stays a work
    c = art("Readers loved Dana Wickert, the harbour novel, last year.")
    assert _name_taken_for_a_work(_with_ents(c, ("Dana", 2, "WORK_OF_ART")).ents[0]) is None


def test_a_demonstrative_standing_alone_is_no_speaker():
    """ "That" is a fact: what explains, or what a participle hung on "is" would report, is not
    anyone's words."""
    for text in (
        "That could explain why the Kessling ferry keeps running late.",
        "This suggests that the ferry will keep running late.",
        "That is why the board spent much of the spring on the hard questions: urging the council "
        "to pay, stressing that the pier cannot wait.",
    ):
        assert extract(art(text)) == []
    # "that official" is someone
    (q,) = extract(art("That official said the ferry would run again on Monday."))
    assert q.speaker.description == "That official"


def test_a_toll_a_disaster_has_claimed_is_no_claim():
    """What a flood "has claimed" is its dead, not a statement."""
    b = art(
        "Relief ships reached Pellworth after the August 17 flood, which has so far claimed a death "
        "toll of more than 1,200 people."
    )
    assert extract(b) == []


def test_a_person_before_the_cue_speaks_not_the_words_after_it():
    """ "Tam Orrin of the band Gull Lantern, whose tour is sponsored by Ferrynet, says Ferrynet's
    the future": the parser gives "says" two subjects, the person and the words said."""
    a = art(
        "The quarrel goes on.\n\nTam Orrin of the hugely popular folk act Gull Lantern, whose coming "
        "tour is being sponsored by Ferrynet, says Ferrynet's the wave of the future, and his band's "
        "gonna ride it.\n\n“We could not care less about the old way of doing business,” he said at a "
        "news conference."
    )
    q = by_content(a, "the wave of the future")
    assert q.speaker.name == "Tam Orrin"
    assert s(a, q.content[0]).startswith("Ferrynet's the wave")
    assert by_content(a, "could not care less").speaker.name == "Tam Orrin"


def test_a_headline_word_before_a_surname_is_no_first_name():
    """A headline capitalises every word: "Free Ferrynet Downloads" and "Booted Ferrynet Users"
    give "Ferrynet" no first name, while "Healer Brett Hollis" gives Hollis his."""
    for title in ("Free Ferrynet Downloads Split Fans", "Booted Ferrynet Users Sue"):
        a = art("Ferrynet said it would fight the ruling in court.", title=title)
        (q,) = extract(a, _with_ents(a, ("Ferrynet", 1, "PERSON")))
        assert q.speaker.name == "Ferrynet"
    b = art("Hollis said the pain had gone within a week.", title="Healer Brett Hollis Opens a Clinic")
    (q,) = extract(b, _with_ents(b, ("Hollis", 1, "PERSON")))
    assert q.speaker.name == "Brett Hollis"
    # nor an article or a preposition ("... Loudly About The Brandt Affair": not "The Brandt")
    c = art(
        "Caught taking the money, Brandt denied having “any dealings with the firm.”",
        title="Okafor'S Silence Speaks Loudly About The Brandt Affair",
    )
    (q,) = extract(c, _with_ents(c, ("Brandt", 1, "PERSON")))
    assert q.speaker.name == "Brandt"


def test_a_whole_quoted_sentence_goes_on_from_the_quoted_speaker_not_a_relative_clause():
    """'..., said Ana Ruiz of Save the Harbour Seals, which supports the new rules. “We will ...”':
    the second sentence is Ruiz's, not the group's "supports"."""
    a = art(
        "Dropping the rule “is a purely political move,” said Ana Ruiz, executive director of Save "
        "the Harbour Seals, which supports the return of seals to the bay. “We are going to urge "
        "people to oppose the change.”"
    )
    q = by_content(a, "We are going to urge people")
    assert q.speaker.name == "Ana Ruiz"


def test_an_organisation_keeps_its_whole_name():
    """ "Restore the North Woods" is one name, whatever the parser made of "Restore"; not past a
    weekday, nor across a comma."""
    a = art("The group Restore the Harbour Woods said the new rules for boats would help.")
    (q,) = extract(a, _with_ents(a, ("Restore", 4, "ORG")))
    assert q.speaker == Speaker("Restore the Harbour Woods", "organization")
    b = art("The plan was praised by Restore the Harbour Woods, which said the rules would help.")
    # (its praise of the plan is a learned attribution of its own: each quote names the group whole)
    found = extract(b, _with_ents(b, ("Restore", 4, "ORG")))
    assert [s(b, q.content[0]) for q in found] == ["The plan", "the rules would help"]
    assert {q.speaker.name for q in found} == {"Restore the Harbour Woods"}
    c = art("The Ministry of Harbours Friday said ferry fares fell by 1.6 percent in December.")
    (q,) = extract(c, _with_ents(c, ("Ministry", 4, "ORG")))
    assert "Friday" not in (q.speaker.name or q.speaker.description)


def test_a_name_the_recogniser_took_for_an_organisation_beside_a_role_is_a_person():
    """ "Elena Holt Varga, the district's delegate to the assembly": a first name, a role beside
    it, so "Varga said" is Elena Holt Varga, a person."""
    a = art(
        "At the news conference, Elena Holt Varga, the district's non-voting delegate to the "
        "assembly, promoted her bill.\n\nVarga said the bill would cut ferry fares."
    )
    doc = _with_ents(a, ("Elena", 3, "ORG"))
    i = next(t.i for t in doc if t.text == "Varga" and t.i > 10)
    from spacy.tokens import Span as SpacySpan

    doc.ents = [*doc.ents, SpacySpan(doc, i, i + 1, label="ORG")]
    q = next(q for q in extract(a, doc) if "ferry fares" in s(a, q.content[0]))
    assert q.speaker == Speaker("Elena Holt Varga", "person")


def test_words_a_thing_bears_have_no_speaker():
    """ "the wooden cross, which bore only the words: “Ana, Tom and Lena,”": an inscription."""
    a = art(
        "A small driftwood memorial was built on the beach. But aside from the wooden cross, which "
        "bore only the words: “Ana, Tom and Lena,” little was done to mark the anniversary."
    )
    assert extract(a) == []


def test_what_someone_is_required_to_do_is_not_said():
    """ "requires the mayor to approve or reject the budget in full": both verbs are duties."""
    a = art("That process requires the mayor to approve or reject the harbour budget in full.")
    assert extract(a) == []


def test_what_someone_sees_after_an_aside_is_not_that_aside():
    """ "Lately, I'm pleased to report, we've seen some progress": "seen" has its own object; the
    words before it are no report of what was seen."""
    a = art("Lately, I'm pleased to report, we've seen some progress in silencing the harbour's critics.")
    assert extract(a) == []


def test_a_trailing_cue_after_a_misparsed_and_reports_the_sentence_before():
    """ "..., especially in budget policy and the role played by the state ..., said the report":
    the "and" the parser coordinated the cue with is inside what was said."""
    a = art(
        "Kessling is greatly lagging behind other ports in flexibility and de-regulation, especially "
        "in budgetary policy and the role played by the state in the port's economy, said the report."
    )
    (q,) = extract(a)
    assert q.speaker.description == "the report"
    assert s(a, q.content[0]).startswith("Kessling is greatly lagging")


def test_an_answers_first_word_is_no_speaker():
    """ "No, answered Rolf Zane, ...": the parser may make "No" a subject of "answered", as near
    to the cue as the name; an interjection is no one."""
    from spacy.tokens import Doc

    from newsprism import nlp
    from newsprism.quotes import _subject

    words = ["No", ",", "answered", "Rolf", "Zane", ",", "it", "is", "a", "way", "."]
    heads = [2, 2, 2, 4, 2, 4, 7, 2, 9, 7, 2]
    deps = ["nsubj", "punct", "ROOT", "compound", "nsubj", "punct", "nsubj", "ccomp", "det", "attr", "punct"]
    pos = ["INTJ", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.spacy_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _subject(doc[2]).text == "Zane"


def test_the_minister_is_not_the_prime_minister():
    """ "the minister" after "Harbour Minister Viktor Orrin" and "Prime Minister Dana Wickert": the
    prime minister holds another office, so Orrin is the one minister named."""
    a = art(
        "Kessling has no plan to build a second pier, said Norlandic Harbour Minister Viktor Orrin on "
        "Friday.\n\nOrrin was responding to Prime Minister Dana Wickert's recent remarks, the Harbour "
        "Times reported.\n\nThe pier is safe, Orrin said, adding that inspectors had found no "
        "problems.\n\nAnd the minister stressed that the ferry service would run all winter."
    )
    assert by_content(a, "run all winter").speaker.name == "Viktor Orrin"


def test_a_who_after_a_people_in_a_place_is_that_people():
    """ "an outcry among Catholics around the world, who argued ...": the Catholics, not the outcry."""
    a = art(
        "The film caused an outcry among Catholics around the world, who argued that it mocked the church."
    )
    (q,) = extract(a)
    assert q.speaker.name == "Catholics"


def test_a_topic_for_later_is_not_said_yet():
    """ "Participants will discuss ...": nothing said yet; "will not support" is a stand taken now."""
    a = art("Participants will discuss harbour safety, ferry timetables and the price of fuel.")
    assert extract(a) == []
    b = art("In Brussels, Norland will not support the enlargement of the harbour board.")
    (q,) = extract(b)
    assert q.speaker.name == "Norland" and s(b, q.content[0]) == "the enlargement of the harbour board"


def test_whom_an_attack_is_against_is_no_topic():
    """ "their verbal attacks against Nobel laureate Lena Marr, who ...": at whom, not what was
    said; "their attacks on the harbour tax increase" stays a topic."""
    a = art(
        "Leading generals have stepped up their verbal attacks against novelist Lena Marr, who is "
        "married to a Danish academic, calling her a traitor."
    )
    assert not any("Danish" in s(a, q.content[0]) for q in extract(a))
    b = art("The unions stepped up their attacks on the harbour tax increase of last spring.")
    assert any("harbour tax" in s(b, q.content[0]) for q in extract(b))


def test_it_after_a_document_opening_its_own_sentence_is_the_document():
    """ "While the survey reflected ..., it said ...": the survey."""
    a = art(
        "The Hallam Institute polled 900 adults. While the survey reflected the growing acceptance "
        "of herbal cures, it said roughly half of the people still see a doctor."
    )
    (q,) = extract(a)
    assert q.speaker.description == "the survey"


def test_an_activity_continued_and_a_noun_parsed_as_a_verb_report_no_words():
    """ "continuing what is one of the longest manhunts": an activity; "the latest in a series of
    Harbour Hall lectures on science": a noun the parser made a verb with no subject."""
    a = art(
        "A few dozen agents live and work in Tolby, continuing what is one of the region's longest "
        "manhunts. The mayor hosted the latest in a series of Harbour Hall lectures on science, arts "
        "and letters."
    )
    assert extract(a) == []
    b = art("“We will find him,” the sheriff continued.")
    (q,) = extract(b)
    assert q.kind == "direct"


def test_a_statement_told_of_only_by_its_reception_is_no_quote():
    """ "issued a statement that was interpreted by the media as a confirmation": no words of it;
    "issued a statement condemning the raid" keeps them."""
    a = art(
        "The office of Premier Ivo Marren issued a statement that was interpreted by the media as a "
        "confirmation. The ministry issued a statement condemning the raid on the harbour."
    )
    assert [s(a, q.content[0]) for q in extract(a)] == ["a statement condemning the raid on the harbour"]


def test_a_statement_told_of_only_by_what_it_fell_short_of_is_no_quote():
    """ "issued a statement that fell short of vowing ...": the relative clause says what the
    statement did not do, not its words; "a statement that called for calm" gives them, and so
    does "dismissing a newspaper report that Elling intends to ..." (the report's own clause)."""
    a = art(
        "On Monday the Orrin Brigade issued a statement that fell short of vowing a full halt to its "
        "raids. The Elling Union issued a statement that called for calm in the harbour. The Elling "
        "ministry released a statement on Sunday, dismissing a harbour newspaper report that Elling "
        "intends to close its docks."
    )
    assert [s(a, q.content[0]) for q in extract(a)] == [
        "a statement that called for calm in the harbour",
        "a harbour newspaper report that Elling intends to close its docks",
    ]


def test_an_inner_quotations_mark_after_the_close_is_no_part_of_the_source():
    """ "... our next album?”' Lunchbox Forty drummer Rob Thomsen said": the straight mark that
    closes the inner quotation is not the first character of the source."""
    a = art(
        "Something else worries the record labels: fans sometimes hear songs early. “I was chatting with a "
        "cousin and said, `Hey, want a copy of our next album?”' Lunchbox Forty drummer Rob Thomsen said in "
        "an interview last week. “And she was like, `I've heard most of it already.' She found it all online.”"
    )
    (q,) = extract(a)
    assert s(a, q.source) == "Lunchbox Forty drummer Rob Thomsen" and q.speaker.name == "Rob Thomsen"


def test_a_thing_on_someones_mind_is_no_thought_reported():
    """ "was thinking about the vacant flat in block 12", "Whatever one thinks of such
    habits": a thing on a mind, no thought of it given, from the rules or the learned model;
    "is thinking about running for mayor" keeps what he intends."""
    a = art(
        "Meanwhile, 30 miles north of central Elling, Tom Varga, the manager of the Harbour Green housing "
        "estate in Stockport was thinking about the vacant flat in block 12."
    )
    assert extract(a) == []
    b = art("Tom Varga, the harbour manager, is thinking about running for mayor of Elling next spring.")
    (q,) = extract(b)
    assert s(b, q.content[0]) == "running for mayor of Elling next spring"


def test_a_role_a_places_possessive_makes_definite_is_the_one_so_titled():
    """ "California's senior senator said" after "Sen. Ana Marren ...": the senator named, as "the
    senator" would be."""
    a = art(
        "WASHINGTON _ Sen. Ana Marren broke with her party's leaders on Tuesday, promising to back a "
        "Republican-led measure that would ban ferry strikes. California's senior senator said she has "
        "felt since her youth that the ferry is a “unique part of our harbour life” and “much more than "
        "a boat.”"
    )
    q = extract(a)[-1]
    assert q.speaker.name == "Ana Marren" and q.speaker.description == "California's senior senator"


def test_quoted_words_with_their_own_cue_are_the_speakers_whatever_tells_of_them():
    """ "“Stay quiet or I'll fire,” he said, according to a police statement": his words, as
    the report tells them, not the report's; "According to the Elling Post, a council spokesman
    said that “the ferry will stay”" keeps the paper's account of what was said (as PolNeAR marks
    it), and so does "When a label says “...”, it does not mean ..., according to the industry"."""
    a = art(
        "Tomas Orrin walked toward the till. “Stay quiet or I'll fire,” he said, according to a police "
        "statement. The clerk stepped back."
    )
    assert [(q.speaker.name, q.kind) for q in extract(a)] == [("Tomas Orrin", "direct")]
    b = art(
        "According to the Elling Post, council spokesman Ivo Brandt said on Friday that “the ferry will stay.”"
    )
    assert "Elling Post" in [q.speaker.name for q in extract(b)]
    c = art(
        "When a sticker says “grown on the Elling farms,” that does not always mean the fruit is really "
        "local, according to the farmers' union."
    )
    assert "the farmers' union" in [q.speaker.description for q in extract(c)]


def test_what_things_of_a_kind_tend_to_show_is_no_finding():
    """ "Marren, whose hearings often indicate where the council is going": the writer's generalisation;
    "The hearings indicated that ..." and "Studies generally indicate a risk" are findings."""
    a = art(
        "Marren, whose well-attended hearings on harbour matters often indicate where the council is "
        "going, did not let anyone down on Friday. The hearings indicated that the ferry was unsafe. "
        "Surveys since the ferry was recalled generally indicate a modestly higher chance of engine fires."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["indicated", "indicate"]


def test_a_participle_of_regard_with_no_auxiliary_is_no_view():
    """ "200 small theatre groups, many considered excellent": what is regarded so, not
    anyone's view; "Critics considered the plan excellent" is the critics'."""
    a = art(
        "Elling now has over 200 small theatre groups, many considered excellent, but the Harbour "
        "Players are rare. Critics considered the plan excellent."
    )
    assert [(q.speaker.description, s(a, q.content[0])) for q in extract(a)] == [
        ("Critics", "the plan excellent")
    ]


def test_a_phrase_of_when_is_never_what_was_pointed_out():
    """ "pointing out, possibly for the first time in the port's history, systemic bias": the phrase of
    time is no part of what the report points out."""
    a = art(
        "The inquiry sharply faults the Elling port police, pointing out, possibly for the first time in "
        "the port's history, systemic bias."
    )
    assert all("first time" not in s(a, q.content[0]) for q in extract(a))


def test_two_people_set_off_after_a_plural_noun_are_not_one_name():
    """ "The plaintiffs, Ana Varga, now 44, and her son, Tomas, now 21, who were beaten ...": no
    name runs from "Ana" to "July"; the plaintiffs stay described."""
    a = art(
        "The plaintiffs, Ana Varga, now 44, and her son, Tomas, now 21, who were chased by two watchmen "
        "in May 1997, had asked the judge for almost $9 million in compensation."
    )
    (q,) = extract(a)
    assert q.speaker.name is None and q.speaker.description.startswith("The plaintiffs, Ana Varga")


def test_a_dash_the_parser_made_the_subject_is_no_source_span():
    """ "Even ports that have until now declined to join the harbour pact _ including Elling and Orrin _
    have pledged ...": the source is the words before the aside, not the dash."""
    a = art(
        "Even ports that have until now declined to join the harbour pact _ including Elling and Orrin _ "
        "have pledged to stop dumping waste and to stop building new piers."
    )
    (q,) = extract(a)
    assert s(a, q.source) == "Even ports that have until now declined to join the harbour pact"


def test_a_list_of_topic_lines_gives_the_words_of_the_one_the_article_is_about():
    """ "The crowd got plenty of them: - On why men never ask for directions: “...”": the lines of
    a comedian's routine, in an article about him, are his; where the article names no one they
    stay unattributed."""
    body = (
        "Comedian Tom Varga played the Orpheum last weekend, and the crowd cheered each old bit. The "
        "crowd got plenty of them:\n\n"
        "- On why men never ask for directions: “To men, a map is a confession. Folding it is worse.”\n\n"
        "- On hotel minibars: “A tiny fridge full of tiny bottles. Who are they for?”\n"
    )
    a = art(body, title="Tom Varga Live Is A Brilliant Rerun")
    assert [(q.speaker.name, q.kind) for q in extract(a)] == [("Tom Varga", "direct")] * 2
    b = art(body.replace("Comedian Tom Varga", "The comedy troupe"), title="A Brilliant Rerun")
    assert [q.speaker.name for q in extract(b)] == [None, None]


def test_a_verb_the_parser_split_at_its_hyphen_is_reported_whole():
    """ "plan to re-introduce a colony": the parser makes "re", "-" and "introduce" three
    clauses of the cue; what is planned is the whole, not "to re"."""
    a = art(
        "State ecologists plan to re-introduce a breeding colony of at least 60 otters along the Elling river by 2012."
    )
    (q,) = extract(a)
    assert s(a, q.content[0]).startswith("to re-introduce a breeding colony")


def test_a_trailing_cue_reports_every_clause_before_it():
    """ "The more television children watch, the more likely they are to be obese, Okafor said":
    both halves, where the parser hangs each on the cue."""
    a = art("The more television children watch, the more likely they are to be obese, Dr. Nia Okafor said.")
    (q,) = extract(a)
    assert s(a, q.content[0]) == "The more television children watch, the more likely they are to be obese"


def test_a_corps_is_a_body():
    """ "the Harbour Revolution Guards Corps said": a body, not a person so named."""
    a = art("The ferry ban remains in force, the Harbour Revolution Guards Corps said.")
    (q,) = extract(a)
    assert q.speaker.type == "organization"


def test_she_after_an_unnamed_mom_is_the_mom():
    """ "Mom wants him out of her daughter's life. “...,” she screams": the mom, unnamed, who the
    sentence before is about (not a woman named paragraphs above); "Her mother lives nearby" is kin
    of another she, who may be the one."""
    a = art(
        "“I'm grateful,” Dr. Nia Okafor writes in her journal.\n\n"
        "A mom comes on stage and slaps a guy named Tobin Marsh. Mom wants him out of her daughter's "
        "life. “You're a big fat liar, Tobin,” she screams."
    )
    assert (extract(a)[-1].speaker.type, extract(a)[-1].speaker.description) == ("anonymous", "Mom")
    b = art("The flood took the house. Her mother lives nearby. “We will rebuild,” she said.")
    assert extract(b)[-1].speaker.type == "unknown"


def test_a_surname_a_body_owns_is_the_person_named_in_full():
    """ "says Harbour General's Okafor" after "Dr. Nia Okafor ... at Harbour General": Okafor,
    not the hospital, whatever the recogniser made of either."""
    a = art(
        "The liver can regrow, says Dr. Nia Okafor, a surgeon at Harbour General Hospital. "
        "A clinic in Tolby is working on a vaccine, says Harbour General's Okafor."
    )
    # the recogniser's mistakes in the wire text this comes from: the hospital a person, Okafor a body
    ents = [(7, 9, "PERSON"), (13, 16, "ORG"), (20, 21, "GPE"), (28, 31, "PERSON"), (31, 32, "ORG")]
    assert extract_with_ents(a, lambda doc: ents)[-1].speaker.name == "Nia Okafor"


def test_questions_a_participle_raises_are_no_ones():
    """ "The extent of the group's assets re- mained unclear, raising questions about whether ..."
    (a word broken at a wire's line end): an event raises them; "The mayor has been raising
    questions about ..." and "after making comments about ..." are the subject's."""
    a = art(
        "The extent of the group's assets re- mained unclear, raising questions about whether its "
        "members would pay anything close to the full award."
    )
    assert extract(a) == []
    b = art("The mayor has been raising questions about whether the harbour board would pay the award.")
    assert extract(b)[0].speaker.description == "The mayor"
    c = art("Tilda Ormsby resigned in 1998 after making comments about the personal life of her opponent.")
    assert [q.speaker.name for q in extract(c)] == ["Tilda Ormsby"]


def test_a_named_poll_is_no_person():
    """ "A Harbour Poll released last week showed ...": a poll, not a person called so."""
    a = art("A Harbour Poll released last week showed the mayor's ratings well above 50 percent.")
    (q,) = extract(a)
    assert q.speaker.type != "person" and q.speaker.name is None


def test_a_name_run_over_a_lower_case_word_is_cut_there():
    """The recogniser's "Georgia on Harbourside" is "Georgia"; "Georgia and Kramer" two names;
    "Colville native Tomas Ferro" the name after the noun."""
    from spacy.tokens import Span as SpacySpan

    from newsprism.nlp import _name_parts, parse

    doc = parse("Lund played Georgia on Harbourside and Georgia and Kramer met Colville native Tomas Ferro.")

    def parts(start, end):
        return [p.text for p in _name_parts(SpacySpan(doc, start, end, label="PERSON"))]

    assert parts(2, 5) == ["Georgia"]
    assert parts(6, 9) == ["Georgia", "Kramer"]
    assert parts(10, 14) == ["Tomas Ferro"]
    assert parts(12, 14) == ["Tomas Ferro"]


def test_he_after_a_person_who_acted_on_him_is_no_one():
    """ "Producer Daniel Okafor has made him a wealthy man. But that's the only change, he said":
    the one made wealthy or Okafor; no one rather than a guess."""
    a = art(
        "Tomas Ferro wrote most of the early episodes. Of course, Ferro's life has changed as well. "
        "Producer Daniel Okafor has made him a wealthy man. But that's the only change, he said."
    )
    assert extract(a)[-1].speaker.name is None


def test_an_act_someone_is_kept_from_is_not_said():
    """ "to stop the United Nations from declaring Tolby Marsh endangered": no one declared it;
    "the United Nations declared Tolby Marsh endangered" did, and "that didn't stop the pilots from
    speculating" did not keep them from it."""
    a = art(
        "The government will have until April 15 to try to stop the United Nations from declaring "
        "Tolby Marsh National Park endangered because of the mine."
    )
    assert extract(a) == []
    b = art("The United Nations declared Tolby Marsh National Park endangered because of the mine.")
    assert [q.speaker.name for q in extract(b)] == ["United Nations"]
    c = art("But that didn't stop the harbour pilots from speculating over what could have gone wrong.")
    assert len(extract(c)) == 1


def test_one_admitted_into_a_body_is_let_in_not_owning_up():
    a = art(
        "The harbour league will not grow because the Elling council does not admit Tolby into the "
        "regional league."
    )
    assert all("league" not in a.text[c.start : c.end] for q in extract(a) for c in q.content)
    b = art("Mayor Ilse Varga admitted the error to reporters. Varga also admitted to lying.")
    assert [q.speaker.name for q in extract(b)] == ["Ilse Varga", "Ilse Varga"]


def test_a_question_asked_of_a_speaker_is_not_their_words():
    a = art(
        "The tour left no indication of where Ilse Varga hopes to take her comedy next year. The "
        "board's main topic is whether Mayor Tomas Brill would announce a new ferry on May 4."
    )
    assert extract(a) == []
    b = art(
        "That's how Dr. Ilse Varga believes newer drugs may control the fever. When Mayor Tomas Brill "
        "said the pier was safe, the crowd cheered."
    )
    assert [q.speaker.name for q in extract(b)] == ["Ilse Varga", "Tomas Brill"]


def test_a_second_clause_the_parser_hung_on_the_cue_runs_on():
    a = art(
        "Mayor Ilse Varga said Brill's trip would create a poor image for the harbour board and the "
        "Elling council would use the visit for propaganda."
    )
    (q,) = extract(a)
    assert a.text[q.content[0].start : q.content[0].end].endswith("would use the visit for propaganda")


def test_content_ending_on_the_mark_that_opens_a_quote_takes_the_quote():
    a = art(
        "Mayor Ilse Varga said she wants to extend the harbour leave law “so parents can meet with "
        "their children's teacher without fearing the loss of their job.”"
    )
    (q,) = extract(a)
    assert q.kind == "mixed"
    assert a.text[q.content[0].start : q.content[0].end].endswith("loss of their job.”")


def test_what_someone_does_not_know_is_not_said():
    a = art("For hours the mayor and police did not know where Tomas Brill was hiding.")
    assert extract(a) == []


def test_a_one_word_name_a_spokesman_is_a_person_wherever_it_is_said():
    a = art(
        "“We are calling on the harbour board to free the crews,” said Tovar, the spokesman for the "
        "Elling Dockers Front.\n\n“Today is the tenth anniversary of the strike,” said Tovar."
    )

    def ents(doc):  # the recogniser takes the lone name for a body
        return [(t.i, t.i + 1, "ORG") for t in doc if t.text == "Tovar"]

    assert [(q.speaker.name, q.speaker.type) for q in extract_with_ents(a, ents)] == [("Tovar", "person")] * 2
    b = art("“The pier may well fail,” said Tovar, the former editor of a harbour newsletter.")
    assert [q.speaker.type for q in extract_with_ents(b, ents)] == ["person"]


def test_a_clause_before_a_trailing_cue_closes_the_quote_it_opens():
    a = art("The accusations are “silly,” said Tomas Brill, a partner at the Elling harbour firm.")
    (q,) = extract(a)
    assert q.kind == "mixed"
    assert a.text[q.content[-1].start : q.content[-1].end] == "The accusations are “silly,”"


def test_content_that_ends_on_a_joining_word_runs_on_to_what_it_joins():
    a = art(
        "Tamsin Ward said she thought briefly about tailing Brill but quickly decided to leave that up "
        "to the professionals."
    )
    (q,) = extract(a)
    assert a.text[q.content[0].start : q.content[0].end].endswith("leave that up to the professionals")
    # not over another's words
    b = art(
        "The plan drew mixed reviews, with some praising the move and others expressing concern that the "
        "lesser protection might endanger the wolves."
    )
    assert all("expressing" not in b.text[c.start : c.end] for q in extract(b) for c in q.content)


def test_enough_to_support_is_a_capacity_not_a_stance():
    a = art("Planners must assess whether the marsh is sufficient to support recovery of the herons.")
    assert all("support" not in a.text[q.cue.start : q.cue.end] for q in extract(a) if q.cue)
    b = art("Mayor Ilse Varga said she would support recovery of the herons.")
    assert len(extract(b)) >= 1


def test_one_of_a_named_mans_daughters_speaks_for_herself():
    a = art("In January, one of Tovar's two daughters said she and her husband would sell the harbour site.")

    def ents(doc):  # the recogniser takes the lone surname for a body
        return [(t.i, t.i + 1, "ORG") for t in doc if t.text == "Tovar"]

    (q,) = extract_with_ents(a, ents)
    assert (q.speaker.name, q.speaker.type, q.speaker.description) == (
        None,
        "anonymous",
        "one of Tovar's two daughters",
    )


def test_a_thought_something_would_bring_about_is_not_held():
    a = art("Mayor Ilse Varga has not seen anything to make her think the pier should be closed.")
    assert all("closed" not in a.text[c.start : c.end] for q in extract(a) for c in q.content)
    b = art("The letter made Mayor Ilse Varga think the pier should be closed.")
    assert any("closed" in b.text[c.start : c.end] for q in extract(b) for c in q.content)


def test_a_plural_role_opening_the_sentence_is_no_name():
    a = art("Attorneys for Elling Marine Corp. insist the company is not liable for the crew's injuries.")
    (q,) = extract(a)
    assert q.speaker.name is None
    assert q.speaker.description == "Attorneys for Elling Marine Corp."


def test_kin_a_speaker_just_spoke_of_is_no_second_she():
    """ "Ms. Lorne said her sister ... . “...,” she said": Lorne goes on; not when the pronoun's
    sentence does not open with its quote."""
    a = art(
        "Ms. Hattie Lorne said her sister never spoke of the debts. “I know she was frightened,” she said."
    )
    assert extract(a)[-1].speaker.name == "Hattie Lorne"
    b = art("Ms. Hattie Lorne said her sister never spoke of the debts. She was frightened, she said.")
    assert extract(b)[-1].speaker.name is None
    # "She said ..." opening its sentence as the main subject: the one who spoke last goes on
    c = art(
        "Ms. Hattie Lorne said she thinks her sister stayed because she missed the children. She said "
        "Mrs. Quill treated the children as her own. “I know she had worries about the kids,” she said."
    )
    assert [q.speaker.name for q in extract(c)][-2:] == ["Hattie Lorne", "Hattie Lorne"]
    d = art(
        "Ms. Hattie Lorne has said her sister's remarks were wrong. She was suspended after she said the "
        "figures were overstated."
    )
    assert extract(d)[-1].speaker.name is None


def test_an_act_before_or_until_it_happens_is_not_said_yet():
    """ "even before she formally announces her candidacy": still to come; "before she announced" was."""
    a = art(
        "The union hoped to win the dockers over even before Mayor Tilda Ormsby formally announces her candidacy."
    )
    assert not any(s(a, q.content[0]) == "her candidacy" for q in extract(a))
    b = art("Before she announced her candidacy, Mayor Tilda Ormsby visited the docks.")
    assert any(s(b, q.content[0]) == "her candidacy" for q in extract(b))


def test_a_wish_that_describes_someone_is_no_quote():
    """ "a sophomore who wants to be a drama teacher": who she is, not what she said."""
    a = art("“I love the stage,” said Lena, a harbour school sophomore who wants to be a drama teacher.")
    (q,) = extract(a)
    assert q.kind == "direct" and q.speaker.name == "Lena"


def test_what_a_result_would_show_is_no_claim():
    """ "The latter finding would suggest ...": a result not yet had; "The study suggests" stays."""
    a = art("Divers will sample the seabed. The latter finding would suggest that the cracks were inactive.")
    assert not any("cracks" in s(a, q.content[0]) for q in extract(a))
    b = art("The study suggests that the cracks were inactive.")
    (q,) = extract(b)
    assert q.speaker.description == "The study"


def test_a_title_with_a_capital_is_the_one_person_so_titled():
    """ "the Governor added" after "Harbour Bank Governor Mugur Orrin": he."""
    a = art(
        "The new coin would pose problems for the economy, the agency quoted Harbour Bank Governor Mugur "
        "Orrin as saying.\n\nBankers could not be indifferent to the coin, Orrin said at a meeting on "
        "Wednesday.\n\nThe answers to these questions are the precondition for any policy, the Governor added."
    )
    assert by_content(a, "The answers to these questions").speaker.name == "Mugur Orrin"


def test_words_never_said_are_no_quote_but_a_question_left_open_is():
    a = art("Dana said that Tom never told her to lie about the ferry.")
    assert [s(a, q.source) for q in extract(a)] == ["Dana"]
    b = art(
        "Tom did not say whether the ferry would run, and the board would not say who had hired the crew."
    )
    assert len(extract(b)) == 2
    c = art("The mayor isn't saying much about the harbour plan, with one notable exception.")
    assert extract(c)


def test_talks_that_concluded_said_nothing():
    a = art("The ministers met all day. Wednesday's talks concluded without an expected press conference.")
    assert extract(a) == []
    b = art("The study concluded that the ferries were safe.")
    (q,) = extract(b)
    assert s(b, q.content[0]) == "that the ferries were safe"


def test_a_name_in_what_he_said_is_not_the_next_he(monkeypatch):
    """ "Hank Orrin, chief executive of Ferrynet, said ... And he said that Ferrynet was helping ...
    People are buying more tickets, he said": still Orrin, not Ferrynet, named in his words. (The
    rule for the speaker just quoted is switched off, as it is when an unnamed subject comes between:
    the people rules alone must not take a name from the words reported.)"""
    from spacy.tokens import Span as SpacySpan

    from newsprism import quotes

    monkeypatch.setattr(quotes, "_recent_speaker", lambda *args: None)
    a = art(
        "Hank Orrin, the chief executive of Ferrynet, said the company's site had attracted nearly 20 "
        "million users. And he said that Ferrynet was helping, not hurting, the harbour. People are "
        "buying more tickets, he said, because they can book before they sail."
    )
    doc = _with_ents(a, ("Hank", 2, "PERSON"))
    k = [t.i for t in doc if t.text == "Ferrynet"]
    doc.ents = [*doc.ents, *(SpacySpan(doc, i, i + 1, label="PERSON") for i in k)]
    q = next(q for q in extract(a, doc) if "buying more tickets" in s(a, q.content[0]))
    assert q.speaker.name == "Hank Orrin"


def test_a_first_name_the_recogniser_left_out_is_found_in_the_text():
    """ "Cliff Orrin, one of the band's managers, said": the recogniser gave "Orrin" alone; the text
    writes one first name before it. Not a title ("Judge Orrin"), nor inside a longer name."""
    a = art(
        "The band joined the fight.\n\nCliff Orrin, one of the band's managers, said the dispute was "
        "about more than money.\n\nOrrin said the band had a right to give its music away."
    )
    doc = _with_ents(a, ("Orrin", 1, "PERSON"))
    from spacy.tokens import Span as SpacySpan

    i = [t.i for t in doc if t.text == "Orrin"]
    doc.ents = [SpacySpan(doc, k, k + 1, label="PERSON") for k in i]
    assert {q.speaker.name for q in extract(a, doc)} == {"Cliff Orrin"}
    from newsprism.quotes import _first_name_in_text

    assert _first_name_in_text("Judge Orrin ruled. Orrin said so.", "Orrin") is None
    assert _first_name_in_text("the case of Debbie Stone Lovett. Lovett said so.", "Lovett") is None


def test_what_a_thing_convinced_someone_of_is_theirs():
    """ "His work with hormones has convinced him that ...": Orrin's belief, not "His work"'s; a
    person who convinces someone ("Ruiz convinced the board that ...") argued it."""
    a = art(
        "Dr. Tom Orrin worked with Ravel in Kessling. His work with hormone anomalies has convinced him "
        "that obesity has a physiological basis."
    )
    (q,) = extract(a)
    assert q.speaker.name == "Tom Orrin"
    from newsprism import nlp
    from newsprism.quotes import _convinced

    doc = nlp.parse("Ana Ruiz convinced the board that the ferry was safe.")
    assert _convinced(next(t for t in doc if t.lemma_ == "convince")) is None


def test_the_one_told_is_not_the_she_who_goes_on():
    """ "In the current Vane , Moreau, ..., tells writer Chris Dalton she has few regrets. “...,”
    she says": the parse loses the teller (the subject), and the one told is not the speaker."""
    a = art(
        "In the current Vane , Moreau, on the road this summer as part of the Harbour Fair, tells "
        "writer Chris Dalton she has few regrets about the past. “I respect myself for being the age "
        "that I was,” she says."
    )
    (q,) = [q for q in extract(a) if q.kind == "direct"]
    assert q.speaker.name is None and q.speaker.description == "she"


def test_a_thing_found_or_recalled_is_no_quote():
    """ "Two anglers found some planks floating off the coast", "Rangers found his cap covered with
    sand", "find themselves fighting", "Vestria and Molland recalled their ambassadors", "The old
    town recalls Lisbon": no one said anything. What a study finds, or a person recalls, stays."""
    assert_no_quotes(
        "Later that morning, two anglers found some planks floating off the Varden coast.",
        "Rangers found the hiker's cap covered with sand in a cave near the lake.",
        "Varden's farmers find themselves fighting battles their neighbours won long ago.",
        "Vestria and Molland recalled their ambassadors in May over the ferry dispute.",
        "With its steep lanes and red roofs, the old town recalls Lisbon or Porto.",
    )
    kept = art(
        "The study found that ferry fares rose by a third. He recalled an incident at a theater that "
        "left his friend in tears."
    )
    assert len(extract(kept)) == 2


def test_who_after_a_city_and_state_is_the_person_before_them():
    """ "said Jay Orrin of Tulsa, Okla., who added that ...": Orrin added it, not "Okla."."""
    a = art(
        "“I was in shock last night when I saw I was blocked,” said Jay Orrin of Tulsa, Okla., who added "
        "that he also felt “betrayed by Ferrynet.”"
    )
    assert [q.speaker.name for q in extract(a)] == ["Jay Orrin", "Jay Orrin"]


def test_pointing_at_a_person_is_no_quote():
    """ "Sandra Dalton pointed to Ms. Ruiz and said: ...": the gesture is not a quote of its own;
    "pointed to other autopsies" cites them and stays."""
    a = art(
        "Ms. Ruiz's friend Sandra Dalton, 17, pointed to Ms. Ruiz and said: “I started playing because of her.”"
    )
    assert [q.kind for q in extract(a)] == ["direct"]
    b = art("He pointed to other “autopsies associated with the Orrin family” as examples.")
    assert len(extract(b)) == 1


def test_a_thing_owned_by_a_name_inside_a_claim_says_nothing():
    """ "alleging that Ferrynet's software encouraged users to trade the songs": the software is
    part of what Metallo alleged, not a second speaker."""
    a = art(
        "Metallo sued the company last month, alleging that Ferrynet's software encouraged users to freely "
        "trade the band's songs without permission."
    )
    assert [q.speaker.name for q in extract(a)] == ["Metallo"]


def test_a_cue_with_a_pronoun_pointing_back_reports_no_clause():
    """ "I opined that Orrin not only asked to be in the position she's in, she demanded it": the
    clause is the writer's; "demanded it" reports nothing of its own."""
    a = art("I opined that Orrin not only asked to be in the position she's in, she demanded it.")
    assert "demanded" not in {s(a, q.cue) for q in extract(a) if q.cue}


def test_a_topic_before_a_colon_quote_is_no_quote():
    """ "Referring to the reopening of the case, Orrin said: “...”": the topic is not what he said."""
    a = art(
        "Referring to the reopening of the bombing case, Orrin said: “It's a waste of time. I wish them luck.”"
    )
    assert [q.kind for q in extract(a)] == ["direct"]
    # a topic by its preposition, before a that-clause ("While calling for a search, ..." stays: a demand)
    b = art(
        "Commenting on the present bitter relations between Vestria and the union, Logan noted that Varden "
        "would take the first step."
    )
    assert [s(b, q.cue) for q in extract(b)] == ["noted"]


def test_a_clause_after_a_semicolon_is_not_the_cues():
    """'“We got no effect,” Steele says; the results of his study were published in July': the
    quote is his, the clause after the semicolon the writer's."""
    a = art(
        "Dalton says he replicated the test exactly. “We got no effect,” Dalton says; the results of his "
        "study were published in July in “Harbour Science.” “These students were equivalent across the "
        "board,” he said."
    )
    said = {s(a, c): q.kind for q in extract(a) for c in q.content}
    assert said.get("“We got no effect,”") == "direct"
    assert not any("results" in c for c in said)


def test_a_verb_after_a_quote_may_name_whom_it_was_said_to():
    """'“Feel for the bony landmarks,” Ms. Dalton instructed Orrin, who planned ...': her words,
    and the lone quote after them goes on with her, not with Orrin's plan."""
    a = art(
        "Ike lay motionless as the massage therapist, Jean Marie Dalton, gave him a thorough petting. “Feel "
        "for the bony landmarks,” Ms. Dalton instructed Orrin, who planned to repeat the treatment for Ike "
        "at home in Varden. “Push away from the spine.” Meanwhile, next door, Raclyn inserted a needle."
    )
    direct = [q for q in extract(a) if q.kind == "direct"]
    assert [q.speaker.name for q in direct] == ["Jean Marie Dalton", "Jean Marie Dalton"]


def test_a_name_after_abbreviated_titles_is_a_person():
    """ "said Rear Adm. Richard M. Orrin of the Coast Guard": the recogniser takes it whole for an
    organisation; it is Richard M. Orrin."""
    a = art("“We're not ready to give up on this yet,” said Rear Adm. Richard M. Orrin of the Coast Guard.")
    (q,) = extract(a, _with_ents(a, ("Rear", 5, "ORG")))
    assert (q.speaker.name, q.speaker.type) == ("Richard M. Orrin", "person")


def test_a_question_whether_someone_said_it_is_no_quote():
    """ "did not address the issue of whether or not Varden Foods admitted any wrongdoing",
    "questions about whether she prefers princesses": open questions, not statements."""
    a = art(
        "A statement by the company did not address the issue of whether or not Varden Foods admitted any "
        "wrongdoing, and spokesman Doug Orrin refused to comment on the issue."
    )
    assert [q.speaker.name for q in extract(a)] == ["Doug Orrin"]


def test_a_trailing_attribution_hung_on_the_verb_before_it_reports_that_clause():
    """ "Prosecutors have asked the judge for access to the tapes, a newspaper reported.": when the
    parser hangs "reported" on "asked" as its clause (as it did on a real AP lead), the newspaper
    still reports the sentence, and "asked" reports nothing."""

    rows = [  # (word, space after, head, dep, pos, tag, lemma)
        ("Prosecutors", True, 2, "nsubj", "NOUN", "NNS", "prosecutor"),
        ("have", True, 2, "aux", "AUX", "VBP", "have"),
        ("asked", True, 2, "ROOT", "VERB", "VBN", "ask"),
        ("the", True, 4, "det", "DET", "DT", "the"),
        ("judge", True, 2, "dobj", "NOUN", "NN", "judge"),
        ("for", True, 2, "prep", "ADP", "IN", "for"),
        ("access", True, 5, "pobj", "NOUN", "NN", "access"),
        ("to", True, 6, "prep", "ADP", "IN", "to"),
        ("the", True, 9, "det", "DET", "DT", "the"),
        ("tapes", False, 7, "pobj", "NOUN", "NNS", "tape"),
        (",", True, 13, "punct", "PUNCT", ",", ","),
        ("a", True, 12, "det", "DET", "DT", "a"),
        ("newspaper", True, 13, "nsubj", "NOUN", "NN", "newspaper"),
        ("reported", False, 2, "ccomp", "VERB", "VBD", "report"),
        (".", False, 13, "punct", "PUNCT", ".", "."),
    ]
    doc = _doc_of(rows)
    a = art(doc.text)
    (q,) = extract(a, doc)
    assert s(a, q.cue) == "reported" and s(a, q.content[0]).startswith("Prosecutors have asked")


def test_what_was_not_said_or_not_denied_is_no_quote():
    """ "He did not, however, say that the government was rescinding the edict" (the parser hangs
    "not" on "did"), "Vestria has not denied the men worked for its intelligence agency": no one
    said it."""
    assert_no_quotes(
        "On Thursday, Foreign Minister Kamal Orrin distanced his government from the reward. He did not, "
        "however, say that the government was rescinding the edict.",
        "Vestria has not denied the men worked for its intelligence agency.",
    )


def test_one_surname_under_two_first_names_takes_the_texts_pronouns():
    """ "Benjamin Dalton" and "Bibi Dalton" (a man's first name and a nickname the lists call a
    woman's): the text's own "his" about Dalton says which "he" he is, not the Orrin named since."""
    a = art(
        "Prime Minister Benjamin Dalton met the envoy in March. Dalton spent his weekend in the hills. "
        "Thanks to Dalton, most voters now back the accords. Plenty of voters wanted to be lied to, and he "
        "won them over by blaming his rivals and constantly bashing Yasser Orrin, whether he kept his word "
        "or not.\n\nTherein lies the irony about Bibi Dalton: he brought voters into the process but stayed "
        "out of it himself. That is, he never wanted to take ownership of it."
    )
    (q,) = [q for q in extract(a) if "ownership" in s(a, q.content[0])]
    assert q.speaker.name == "Dalton"


def test_a_she_joined_to_a_name_s_clause_tells_that_persons_sex():
    """ "Dalton grew up on rock 'n' roll, but she believes ...": Shaun Dalton is a she (the lists
    call "Shaun" a man's name), so her "she says" is not given to her son Jack."""
    a = art(
        "Whenever she is cooking dinner or taking her sons, Jack and Zach, on short trips, Varden resident "
        "Shaun Dalton plays classical music.\n\nDalton grew up in the '60s and was raised on rock 'n' roll, "
        "but she wholeheartedly believes that classical music is good for her kids.\n\n“I'm convinced "
        "there's something there,” she says."
    )
    assert {q.speaker.name for q in extract(a)} == {"Shaun Dalton"}


def test_men_in_the_plural_do_not_stand_between_he_and_the_one_just_quoted():
    """ "According to Dalton, married life can be a morass. Hence, men should live it up. Singledom,
    he says, ...": Dalton (taken for an organisation by the recogniser), not Sammy named before."""
    a = art(
        "The magazine genuflects to the guyness on display since Frank, Dean, and Sammy rampaged through "
        "the Sands Hotel. There's Scott Dalton's entertaining mini-opus, “In Defense of Bachelorhood.” "
        "According to Dalton, married life can be a soul-sucking morass of soggy diapers and minivans. "
        "Hence, men should live it up as bachelors. Singledom, he says, means more time and money for a "
        "cool sports car."
    )
    doc = _with_ents(a, ("Frank", 1, "PERSON"), ("Sammy", 1, "PERSON"), ("Scott", 3, "ORG"))
    from spacy.tokens import Span as SpacySpan

    k = [t.i for t in doc if t.text == "Dalton"][-1]
    doc.ents = [*doc.ents, SpacySpan(doc, k, k + 1, label="ORG")]
    (q,) = [q for q in extract(a, doc) if any("means more time" in s(a, c) for c in q.content)]
    assert q.speaker.name == "Scott Dalton"
    assert s(a, q.content[0]) == "Singledom"  # (the subject before the aside is part of what he says)


def test_party_members_of_a_chamber_are_unnamed_members_not_the_chamber():
    """ "Some Senate Democrats said ...", "other Capitol Hill Democrats who contend ...": members,
    unnamed; not "Senate" or "Capitol Hill". Plain "Democrats said" stays the party."""
    for text, who in (
        (
            "Some Senate Democrats said they will consider a resolution condemning the mayor.",
            "Some Senate Democrats",
        ),
        (
            "Her comments were echoed by other Capitol Hill Democrats who contend they are forcing Republicans "
            "to take unpopular stances.",
            "other Capitol Hill Democrats",
        ),
    ):
        a = art(text)  # (and "Her comments were echoed by ...": the members echo them, a learned attribution)
        for q in extract(a):
            assert (q.speaker.name, q.speaker.type, q.speaker.description) == (None, "anonymous", who)
        assert by_content(a, "they")
    (q,) = extract(art("Democrats maintain that a censure resolution poses no problem."))
    assert (q.speaker.name, q.speaker.type) == ("Democrats", "organization")


def test_a_department_the_recogniser_puts_in_a_name_is_left_out():
    """ "Secretary of Agriculture Dan Orrin said": the recogniser's person is "Agriculture Dan
    Orrin"; the name starts at the first name."""
    (q,) = extract(
        art(
            "Secretary of Agriculture Dan Orrin said he hoped the announcement would also help the meat industry."
        )
    )
    assert q.speaker.name == "Dan Orrin"


def test_a_weekday_the_parser_made_the_subject_never_speaks():
    """ "Members of the Organization of Harbour States (OHS) Wednesday urged ...": the members, not
    "Wednesday"."""
    (q,) = extract(
        art(
            "CARACAS, June 3 (Xinhua) -- Members of the Organization of Harbour States (OHS) Wednesday urged "
            "Vestria and Molland to conduct no more nuclear tests similar to those they carried out last month."
        )
    )
    assert q.speaker.name is None and q.speaker.description.startswith("Members of")


def test_a_surname_that_is_a_month_still_speaks():
    """ "Prime Minister Ana May said this week that ...": "May" is her name, not a date."""
    (q,) = extract(
        art("British Prime Minister Ana May said this week that the country would leave the union.")
    )
    assert q.speaker.name == "Ana May"


def test_the_terms_of_anonymity_are_no_quote():
    """ "an industry analyst who declined to be identified by name", "a member who asked not to be
    identified", "a source who asked to remain anonymous": the terms of anonymity, not what was said."""
    a = art(
        "The database will be a powerful tool, said an industry analyst who declined to be identified by name. "
        "“He hates it,” said a member who asked not to be identified. "
        "A source who asked to remain anonymous said the settlement was large."
    )
    assert [q.kind for q in extract(a)] == ["indirect", "direct", "indirect"]


def _doc_of(rows):
    """A spaCy Doc built from rows of (word, space after, head, dep, pos, tag, lemma[, entity IOB
    tag]): a parse fixed by hand, where the parser's own differs on fictional text."""
    from spacy.tokens import Doc

    from newsprism import nlp

    cols = list(zip(*rows, strict=True))
    fields = ("words", "spaces", "heads", "deps", "pos", "tags", "lemmas", "ents")
    return Doc(nlp.spacy_nlp().vocab, **{f: list(c) for f, c in zip(fields, cols, strict=False)})


def test_what_it_could_indicate_is_no_claim():
    """ "The trial is watched because it could indicate whether jurors will buy the arguments": what
    a thing might show, not a finding."""
    a = art(
        "The trial is being closely watched because it could indicate whether jurors will buy “arguments” "
        "that the drug could cause serious heart disease."
    )
    assert [q for q in extract(a) if q.cue and s(a, q.cue) == "could indicate"] == []


def test_a_demonym_the_recogniser_puts_in_a_name_is_left_out():
    """ "Californian Heidi Dalton, who teaches piano, says": her name is Heidi Dalton."""
    a = art(
        "Californian Heidi Dalton, who teaches piano, says that classical music helps calm her son. “Classical "
        "music stimulates the same neural pathways,” says Dalton."
    )
    doc = _with_ents(a, ("Californian", 3, "PERSON"))
    from spacy.tokens import Span as SpacySpan

    k = [t.i for t in doc if t.text == "Dalton"][-1]
    doc.ents = [*doc.ents, SpacySpan(doc, k, k + 1, label="PERSON")]
    assert {q.speaker.name for q in extract(a, doc)} == {"Heidi Dalton"}


def test_a_name_closing_a_title_that_a_body_qualifies_is_the_speaker():
    a = art(
        "In a press release, U.N. High Commissioner for Refugees Sadie Okoro welcomed the "
        "ratification of the harbour treaty.\n\n"
        "U.N. High Commissioner for Refugees said the camps were full."
    )
    sp = by_content(a, "ratification of the harbour treaty").speaker
    assert (sp.name, sp.type) == ("Sadie Okoro", "person")  # not the U.N., which only qualifies her title
    assert by_content(a, "the camps were full").speaker.name == "U.N."  # a title with no name: the body


def test_a_remark_a_colon_opens_is_the_one_who_made_it():
    a = art(
        "Tomas Brandt walked into the ferry office at noon. He asked for the manager. "
        "Police later said he made a strange remark: “It's a slow day and it's about to get slower.”"
    )
    q = by_content(a, "a slow day")
    assert q.speaker.name == "Tomas Brandt"  # his words, which the police report; not the police's


def test_a_quotation_from_someone_that_a_cue_takes_is_theirs():
    a = art(
        "Record labels are upset about listeners copying songs. Consider the following quote from a "
        "Tunecraft official: “We are not just making copied music available, but pushing demand.”"
    )
    q = by_content(a, "pushing demand")
    assert (q.speaker.type, q.speaker.description) == ("anonymous", "a Tunecraft official")


def test_it_under_a_clause_whose_subject_is_a_company_is_that_company():
    a = art(
        "Veltro Pharmaceuticals Inc. said Harwick Corp. knew of the risks early. Instead, Veltro "
        "Pharmaceuticals Inc. said Harwick Corp. waited until July to reveal the data. Harwick Corp. "
        "withheld the data on the study because it feared the results would hurt sales, the lawsuit said."
    )
    q = next(q for q in extract(a) if s(a, q.cue) == "feared")
    assert q.speaker.name == "Harwick Corp."  # the subject of the clause above, not the body quoted last


def test_a_first_name_alone_is_the_one_full_name_it_opens():
    a = art(
        "FENWICK _ Marla Ostrova is more motivated this summer in a drama class than in any class of "
        "the school year. “I love music, and I love theater,” said Marla, a high school sophomore."
    )
    assert by_content(a, "I love music").speaker.name == "Marla Ostrova"
    b = art("Marla Ostrova and Marla Vence run the club. “We love theater,” said Marla, a sophomore.")
    assert by_content(b, "We love theater").speaker.name == "Marla"  # two Marlas: neither for sure


def test_polls_beside_another_field_of_a_race_are_no_source():
    a = art(
        "Ruiz ordered the move to shake up his campaign after rival Tom Okafor of Fenwick caught him "
        "in polls and money-raising. In the latest poll, Okafor leads by nine points among voters."
    )
    assert not any("caught him" in c for c in contents(a))  # where he was caught, not who says so
    assert any("Okafor leads by nine points" in c for c in contents(a))  # a poll is still a source


def test_a_thing_before_an_infinitive_cue_is_not_who_says():
    a = art(
        "At the Harbour Espresso Shop, Marla Ostrova paused between making lattes to say she is "
        "“disappointed” that Brewline will be a competitor."
    )
    q = by_content(a, "will be a competitor")
    assert q.speaker.name == "Marla Ostrova"  # who paused, not the lattes


def test_a_lone_name_taken_for_a_place_is_the_person_quoted_before_under_it():
    a = art(
        "KARVAN, June 7 (Norpress) -- Commander of Norland Naval Forces Farid Mohtal said on Sunday "
        "that the joint naval game has nothing to do with the tests.\n\n"
        "Mohtal confirmed that two vessels have arrived in the gulf to join the drill.\n\n"
        "He added that the exercises are very elementary."
    )

    def ents(doc):  # the recogniser's mistake: "Mohtal" alone a place
        return [(t.i, t.i + 1, "GPE") for t in doc if t.text == "Mohtal" and doc[t.i - 1].text != "Farid"]

    quotes = extract_with_ents(a, ents)
    said = {a.text[q.cue.start : q.cue.end]: q.speaker for q in quotes}
    assert (said["confirmed"].name, said["confirmed"].type) == ("Farid Mohtal", "person")
    assert said["added"].name == "Farid Mohtal"  # and so the "he" after him


def test_a_reverend_title_is_no_part_of_the_name():
    a = art("The Rev. Aldous Pemberton, who was the family's priest, said the funeral home had refused them.")
    assert by_content(a, "had refused them").speaker.name == "Aldous Pemberton"
    # and when the recogniser misses the name altogether
    (q,) = [q for q in extract_with_ents(a, lambda doc: []) if "had refused them" in s(a, q.content[0])]
    assert q.speaker.name == "Aldous Pemberton"


def test_the_statement_paragraphs_later_is_the_same_issuers():
    a = art(
        "Norland's Foreign Ministry announced on Tuesday that the two sailors held in Tessa were not spies.\n\n"
        "“The two men did not act against Tessa,” the statement said.\n\n"
        "Tessan police had said they suspected the men of spying.\n\n"
        "Harbour officials said the ferry would run on Friday.\n\n"
        "“The friendly relations between the two countries will continue,” the statement said."
    )
    first, last = by_content(a, "did not act"), by_content(a, "friendly relations")
    assert (
        first.speaker.name and last.speaker == first.speaker
    )  # the statement quoted before, paragraphs back


def test_he_after_a_clause_opening_his_sentence_is_its_subject():
    a = art(
        "Tomas Brandt was questioned twice. Paul Vance said he believes Brandt set the fire. "
        "After Brandt remarried, he would call Vance and ask why he was a suspect in the fire."
    )
    q = next(q for q in extract(a) if s(a, q.cue) == "ask")
    assert q.speaker.name == "Tomas Brandt"  # who remarried, not the one quoted just before


def test_the_one_a_cleft_sentence_is_about_counts_as_a_subject():
    """ "it was Devane who showed a deadpan touch when he explained ...": the one a cleft sentence is
    about is a subject in all but the parse, so the "he" after it may be him (on DUC 2007, two quotes
    had gone to the comedian quoted before him)."""
    from newsprism.nlp import parse
    from newsprism.quotes import _canonical_people

    text = (
        "Though Brandt and Okoro are the comedians and Vance is known for his glowering roles, it was "
        "William Vance who showed a deadpan touch when he explained how he got his role."
    )
    people, _ = _canonical_people(parse(text))
    assert {off: subj for off, _, subj in people}[text.index("William Vance")] is True


def test_they_after_a_group_of_people_by_role_is_that_group():
    """ "Ranchers ... oppose the plan because they say ...", "Federal agents ... They believe ...":
    "they" is the group its sentence or the one before is about, when the noun names people by
    role (on DUC 2007, 12 such quotes had been left to a bare "they")."""
    a = art(
        "A court in Varnmoor upheld the otter program on Monday. Ranchers and dairy cooperatives oppose "
        "the program because they say the otters ruin fish ponds. They also claim that the program costs "
        "too much."
    )
    assert by_content(a, "ruin fish ponds").speaker.description == "Ranchers and dairy cooperatives"
    assert by_content(a, "costs too much").speaker.description == "Ranchers and dairy cooperatives"
    b = art(
        "Federal agents searching for the arsonist have found a camp in the Tarrow hills. "
        "They believe Halvard Quist slept there for a week."
    )
    assert by_content(b, "slept there").speaker.description == "Federal agents"


def test_a_later_verb_of_a_list_of_acts_is_no_inverted_cue():
    """ "Norland has opened its courts, released several dissidents and signed one treaty while
    promising to sign another": what Norland released, not who released; the promise is Norland's."""
    a = art(
        "Norland has opened its courts to the press, permitted more public debate, released several "
        "prominent dissidents and signed one human-rights treaty while promising to sign another this winter."
    )
    assert by_content(a, "to sign another").speaker.name == "Norland"


def test_a_witnessed_event_under_see_is_no_quote():
    """ "wolves they see attacking livestock": what is seen is an event, not words or a belief, also
    when its subject is the noun a relative clause hangs on."""
    a = art("In Tarrow, herders may shoot wolves they see attacking livestock.")
    assert all("livestock" not in s(a, c) for q in extract(a) for c in q.content)


def test_a_cue_that_interrupts_a_phrase_reports_the_words_on_both_sides():
    """ "Amnesty praised Britain for, it said, seeking to set up a court": the words before the cue
    end on a preposition, so what was said runs on after it."""
    a = art(
        "In its yearly audit, the Tarrow Rights Council praised Norland for, it said, opening its prisons "
        "to inspectors and publishing a report on torture."
    )
    q = by_content(a, "praised Norland")
    assert [s(a, c) for c in q.content][
        -1
    ] == "opening its prisons to inspectors and publishing a report on torture"


def test_a_generic_you_is_no_source():
    """ "you know organic groceries are going mainstream", "you would expect a crisis": the reader,
    anyone, not someone who said or believes it; a letter's "Because you said you wanted ..." is."""
    a = art(
        "When the biggest cereal maker in Norland sells an organic flake, you know organic food has gone "
        "mainstream. Tarrow is hardly a place where you would expect a school funding crisis."
    )
    assert extract(a) == []
    b = art("Dear Mayor Quist: Because you said you wanted to be the harbour mayor, I am writing to you.")
    assert by_content(b, "wanted to be the harbour mayor").cue is not None


def test_a_date_that_names_the_kind_of_thing_demanded_is_no_time():
    """ "demanding a Christmas bonus of 3,000 francs": a date inside the object's own name is what
    was demanded, not when (on DUC 2007 the content had been cut to "for each unemployed worker")."""
    a = art(
        "Norland's unions joined the protests in Tarrow on Wednesday, demanding a Christmas bonus of 300 "
        "crowns for each jobless worker."
    )
    q = by_cue(a, "demanding")
    assert s(a, q.content[0]).startswith("a Christmas bonus")


def test_naming_someone_to_a_post_or_a_thing_by_its_name_reports_no_words():
    """ "Gore named Tony Coelho ... general chairman of his campaign" (an appointment) and "The
    tumor, called a giant-cell tumor, appears to be gone" (the name a thing is known by) are no
    quotes; "the witnesses had named Blanton as the one who placed the bomb" still is."""
    a = art(
        "Mayor Lund named Ilse Brandt her new chief of staff. "
        "The growth, called a giant-cell tumor, appears to be gone for good."
    )
    assert extract(a) == []
    assert cues_of("Three witnesses had named Tomas Quist as the one who placed the bomb at the depot.") == [
        "had named"
    ]


def test_a_participle_in_a_clause_a_trailing_cue_reports_is_the_clauses_subjects():
    """ "Brandt had set her up, claiming it was for her own good, Okoro said": Brandt claimed it,
    Okoro reports that; but "Floods are often larger ..., suggesting that ..., the engineers said"
    stays the engineers' (a state suggests nothing)."""
    a = art("Ilse Brandt had set her up, claiming it was for her own good, Okoro said.")
    assert s(a, by_cue(a, "claiming").source) == "Ilse Brandt"
    b = art(
        "Floods in Tarrow are often larger than the rain alone predicts, suggesting that the old dams "
        "play a role in them, the engineers said."
    )
    assert by_cue(b, "suggesting").speaker.description == "the engineers"


def test_issuing_a_statement_is_no_quote_of_its_own():
    """ "The ministry issued a brief statement Sunday, saying ...": the words are what it said; "a
    brief statement" names them and is no quote."""
    a = art(
        "The Norland Justice Ministry issued a brief statement Sunday, saying the two sailors were not "
        "working for Tessa."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["saying"]


def test_a_hyphenated_surname_stays_part_of_the_name():
    """ "said Dr. Helga Well-Apelt": the recogniser ends the name at "Helga"; the speaker is the
    whole name."""
    a = art(
        'The panel said the therapy helps with back pain. "For the first time there is a public statement '
        'that the therapy might have a role," said Dr. Hanne Still-Apelt, a doctor who uses Chinese medicine in her practice.'
    )
    assert by_content(a, "For the first time").speaker.name == "Hanne Still-Apelt"


def test_a_thing_that_says_everything_about_another_is_no_source():
    """ "It says everything about his humor that the only topical joke came by request": the fact
    tells, no one says."""
    a = art("It says everything about the comic's act that the only joke about the mayor came by request.")
    assert extract(a) == []


def test_a_plural_noun_of_role_taken_for_a_name_is_no_person():
    """ "Aides said Quist plans ...", with "Aides" recognised as a person's name: the aides, unnamed."""
    a = art("Mayor Halvard Quist thanked the council. Aides said Quist plans to run again in the spring.")
    qs = extract_with_ents(a, lambda doc: [(1, 3, "PERSON"), (7, 8, "PERSON"), (9, 10, "PERSON")])
    (q,) = [q for q in qs if "plans to run" in s(a, q.content[0])]
    assert q.speaker.name is None and q.speaker.type == "anonymous"


def test_it_after_another_company_acted_on_in_its_sentence_is_that_company():
    """ "Sun had argued ... The judge ordered Microsoft to stop ..., as it had agreed to do": "it" is
    the company the judge ordered, not the one quoted before."""
    a = art(
        "In the Tarrow case, Norvex had argued that Quantel broke a contract the two companies had signed.\n\n"
        "Judge Ilse Brandt ordered Quantel to stop the practice and gave it 90 days to make its software "
        "compatible with Norvex's, as it had agreed to do when it signed a licensing agreement."
    )
    q = by_cue(a, "had agreed")
    assert q.speaker.name == "Quantel"


def test_a_title_word_after_a_title_is_no_name():
    """ "Secretary General of the Tarrow Rights League Ilse Brandt warned": "General" goes on the
    title, it is no one's name (on DUC 2007 two speakers had been "General")."""
    a = art(
        "TARROW, May 3 -- Secretary General of the Tarrow Rights League Ilse Brandt warned today that "
        "Norland will set a dangerous precedent if it passes the law."
    )
    q = by_content(a, "dangerous precedent")
    assert q.speaker.name != "General" and "Ilse Brandt" in (q.speaker.name or q.speaker.description or "")


def test_he_after_a_when_clause_opening_his_sentence_is_its_subject():
    """ "When Jones became a U.S. attorney in 1997, he pushed for ...": the parser makes "when" an
    adverb, not a mark; "he" is still the one who became attorney, not the one named before."""
    a = art(
        "U.S. Attorney Paul Vance, 45, was a law student when he watched Tomas Brandt prosecute the case. "
        "Brandt chose not to charge the other suspects at that time. "
        "When Vance became a U.S. attorney in 1997, he pushed for a new grand jury inquiry into the others."
    )
    q = by_cue(a, "pushed")
    assert q.speaker.name == "Paul Vance"


def test_an_event_that_raises_questions_is_no_source():
    """ "The disappearance of the plane raised questions about the rules for small planes": no one
    asks them; "Many groups have raised concerns that ..." stays theirs."""
    a = art(
        "The disappearance of the ferry's lifeboat has raised questions about the rules for winter "
        "crossings to Orrin Island."
    )
    assert extract(a) == []
    c = art("The Norvex overture raises questions about the future of Quantel as an independent company.")
    assert extract(c) == []  # (a company's act: no one asks them either)
    b = art("Many groups have raised concerns that the new ferry timetable would hurt the island's farmers.")
    assert by_content(b, "hurt the island's farmers").speaker.description == "Many groups"
    d = art(  # a verb the parser gives no subject: no one asks them, and nothing breaks
        "Though Venn maintains a large lead over Harlow, a narrower victory in the state she represented "
        "in the Assembly for eight years would raise questions about her strength as a general election "
        "candidate."
    )
    assert extract(d) == []


def test_a_name_with_a_relative_clause_before_the_cue_is_the_speaker():
    """ "Redgrave, who played the maid in “Gods and Monsters,” said, “...”": the parser reads the
    relative clause as what the cue reports, and the title's last word as a subject; the speaker is
    the name."""
    a = art(
        "Ilse Brandt, who played the crusty but loving maid to an aging horror director in “Rooms and "
        "Ghosts,” said, “It's been 32 years since I stood one of these on a mantelpiece.”"
    )
    assert by_content(a, "32 years").speaker.name == "Ilse Brandt"
    b = art(
        "Both the mayor and Governor Paul Vance wrote to the families. Vance, who like Okoro is the son of "
        "a former mayor, said he sent letters of condolence to the Okoro family."
    )
    assert by_content(b, "letters of condolence").speaker.name == "Paul Vance"


def test_a_court_that_quotes_a_writer_gives_the_writers_words():
    a = art(
        "The harbour court struck down the ferry law on Thursday. The court quoted Ada Merriweather, who "
        "founded the island's first harbour board and later wrote that a ferry must “sail in all "
        "weathers, or not at all,” but cannot be stopped by a vote of the board."
    )
    q = by_content(a, "sail in all weathers")
    assert q.speaker.name == "Ada Merriweather" and s(a, q.cue) == "wrote"


def test_a_surname_misspelt_by_a_letter_is_the_person_named_before():
    a = art(
        "KESSLING, March 12 (Meridian Wire) -- Harbour Minister Tomasz Wielgorski said on Monday that "
        "the ferry would run all winter. “The island will not be cut off,” Wielgoski said."
    )
    assert by_content(a, "will not be cut off").speaker.name == "Tomasz Wielgorski"
    # two people a letter apart are two people
    b = art(
        "Harbour Minister Tomasz Wielgorski and his deputy, Anna Wielgorska, met on Monday. "
        "“The island will not be cut off,” Wielgorsky said."
    )
    assert by_content(b, "will not be cut off").speaker.name != "Tomasz Wielgorski"


def test_what_someone_should_or_must_do_is_not_what_they_said():
    a = art(
        "Alder should push the harbour board to keep the winter ferry, the island council recommended "
        "on Tuesday. The mayor must convince the board that the crossing pays its way."
    )
    assert not any(s(a, q.cue).startswith(("should", "must")) for q in extract(a))
    b = art("I should say that my father began his studies at the harbour school at 16.")
    assert by_content(b, "my father began").speaker is not None


def test_a_thing_that_offers_hope_beside_a_quote_says_nothing():
    a = art(
        "For harbour engineers wrestling with the challenge of “stopping the sea with sand,” the "
        "barrier's success offered a ray of hope after a run of failures."
    )
    assert not any(s(a, q.cue) == "offered" for q in extract(a))


def test_a_cue_that_interrupts_a_verb_and_its_phrase_keeps_both_sides():
    a = art(
        "Her boldest claim is based, she said, on 2024 data compiled by the harbour board. "
        "The ferry was shut, she said, in a statement on Tuesday."
    )
    assert s(a, by_content(a, "boldest claim").content[-1]).startswith("on 2024 data")
    assert not any("statement" in s(a, c) for c in by_content(a, "ferry was shut").content)


def test_a_writer_warns_those_she_wrote_to():
    a = art(
        "In April, Ada Merriweather, the head of the Harbour Historians, wrote to the society's 255 "
        "members warning that “the old harbour charts are crumbling in their drawers.”"
    )
    assert by_content(a, "crumbling").speaker.name == "Ada Merriweather"
    b = art("The ferry guide goes on sale Wednesday. Islanders need not worry that it will cost them.")
    assert not any(s(b, q.cue).startswith("need") for q in extract(b))


def test_a_warning_issued_by_name_alone_has_no_words():
    a = art("The harbour master issued the warning here when he spoke to the ferry crews on Monday.")
    assert not any(s(a, q.cue) == "issued" for q in extract(a))
    b = art("The ministry issued a warning that the river would flood by Friday.")
    assert any("river would flood" in c for c in contents(b))


def test_a_former_role_said_after_one_named_is_that_person():
    """ "the former “Harbour Lights” star said" names no one new: the one the sentence before was
    about, the subject of its "says" (not a name said inside it, nor the title's name); silent
    when that sentence names two people and says nothing."""
    a = art(
        "Dana Whitlow says she wasn't sure there was life after Nora Brandt. Stage life, at least. "
        "“At first I didn't want to work,” the former “Harbour Lights” star said."
    )
    assert by_content(a, "At first").speaker.name == "Dana Whitlow"
    b = art(
        "Dana Whitlow met Nora Brandt at the gala. Both spoke later. "
        "“At first I didn't want to work,” the former “Harbour Lights” star said."
    )
    assert by_content(b, "At first").speaker.name is None


def test_a_passive_aside_is_no_ones_words_and_its_subject_speaks_after_it():
    """ "Israel, believed to be ..." is believed by no one named (the parser reads "Israel
    believed"); "Carla Voss, widely believed to be the next mayor, said ...": her words."""
    a = art("He said Norland, believed to be the only state with a deep-water port, should join the pact.")
    assert not any(s(a, q.cue) == "believed" for q in extract(a))
    b = art("Carla Voss, widely believed to be the next mayor, said the ferry would run all winter.")
    assert not any(s(b, q.cue) == "believed" for q in extract(b))
    assert by_content(b, "ferry would run").speaker.name == "Carla Voss"


def test_a_noun_joined_before_a_joined_cue_is_its_subject():
    """ "Muddy tracks led to the boathouse's door and witnesses said ...": the parser joins
    "witnesses" to the door and "said" to "led"; the witnesses speak, not the tracks."""
    a = art(
        "Muddy tracks led to the boathouse's door and witnesses said they saw a van like Harlow's "
        "rented truck the night of the fire."
    )
    assert by_content(a, "saw a van").speaker.description == "witnesses"
    b = art("The mayor praised the firefighters and the police and said the town owed them a great deal.")
    assert by_content(b, "town owed them").speaker.description == "The mayor"


def test_a_group_placed_somewhere_is_what_that_stands_for():
    a = art(
        "“The rules really aren't strong enough,” said Ana Ruiz, a consultant with the Harbour Trust, "
        "a campaign group based in Kessling that emphasizes safe crossings and fair fares."
    )
    q = by_cue(a, "emphasizes")
    # (not the place; the group by the name it was given just before)
    assert q.speaker.name == "Harbour Trust" and q.speaker.type == "organization"
    # placed in two places: the first, then what is placed there (not "that", unresolved)
    b = art(
        "Backing those claims is a new study by the Harbour Trust, a campaign group based in "
        "Leeds and Oslo, that accuses the ferry company of “putting profit before safety.”"
    )
    q = by_cue(b, "accuses")
    assert q.speaker.name == "Harbour Trust" and q.speaker.type == "organization"


def test_said_in_a_statement_that_and_who_a_passive_clause_speaks_of():
    """ "said in a statement that ...": the parser hangs the clause on the statement (also past an
    "of" phrase: "in one of a series of messages that"); not a relative "that" ("in a statement that
    was released Monday") nor another's claim ("in response to reports that"). "Ivan Lazar, 44,
    said" after an opening phrase, and "Venn was forced into ... and said" are theirs."""
    a = art("The harbour board said in a statement that the ferry would run all winter.")
    assert by_content(a, "ferry would run").speaker.description == "The harbour board"
    b = art(
        "Ida Venn, a former mayor of Port Elling, said in one of a series of messages that the ferry "
        "had been overloaded when it struck the pier."
    )
    assert by_content(b, "had been overloaded").speaker.name == "Ida Venn"
    c = art("The harbour board said in a statement that was released Monday.")
    assert extract(c) == []
    d = art("The harbour board said in response to reports that the ferry would stop.")
    assert not any("ferry would stop" in x for x in contents(d))
    e = art("As a part of his plea, Ivan Lazar, 44, said that he took nearly 100 fares from the ferry.")
    assert by_content(e, "took nearly 100 fares").speaker.name == "Ivan Lazar"
    f = art(
        "By the end of the day, Mr. Venn was forced into a rare moment of damage control and said "
        "that his words had been misconstrued."
    )
    assert by_content(f, "misconstrued").speaker.name == "Venn"
    g = art(
        "For the study, islanders working in groups of six were given a set of charts and asked to "
        "draw a map that would illustrate a story they were asked to read."
    )
    assert not any(s(g, q.cue) == "asked" and q.speaker.description for q in extract(g))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name the recogniser left untyped, opening on a known first name
        ("Ana Ruiz was freed on Monday and said the board had lied.", ("Ana Ruiz", None)),
        # the dateline the parser made a second subject of the passive verb
        (
            "KESSLING, Norland (AP) -- Norland's leading harbour activist was released from prison Saturday "
            "and said he hoped to be the last pilot jailed in Norland.",
            (None, "Norland's leading harbour activist"),
        ),
    ],
)
def test_a_cue_joined_to_a_passive_verb_shares_its_nearest_subject(text, speaker):
    a = art(text)
    sp = by_cue(a, "said").speaker
    assert (sp.name, sp.description) == speaker


def test_words_that_stand_in_for_an_act_named_before_are_no_quote():
    """ "encouraging others to do the same", "urged other towns to do so": the act is named before,
    these words say nothing of it; "asked the board to close the pier" stays."""
    a = art(
        "The mayor closed the north pier. By closing it _ and encouraging others to do the same _ she "
        "saved the harbour. She urged other towns to do so, and the council asked the board to close "
        "the south pier."
    )
    said = {s(a, c).strip(" _,") for q in extract(a) for c in q.content}
    assert not said & {"to do the same", "to do so"}, said
    assert by_content(a, "to close the south pier")


def test_two_names_with_no_and_between_are_no_group():
    """ "... to Marsh to, now, Cruz, Wilkin said": the parser joined the names; with no "and" they
    are no list, and the one right before the cue speaks."""
    a = art("His allegiance has shifted from Venn to Marsh to, now, Cruz, Wilkin said during his campaign.")
    assert by_cue(a, "said").speaker.name == "Wilkin"


def test_a_cue_set_off_between_a_verb_or_a_subject_and_the_rest():
    """ "It was, he said, one of the bitterest failures": the verb's complement after the cue is
    said too; "The hashtag, Mr. Abboud said, accompanied ...": the subject, then its verb after the
    cue. "The ferry was shut, she said, in a statement" ends before the setting."""
    a = art("It was, he said, one of the bitterest failures of his time at the harbour board.")
    assert any("bitterest failures" in s(a, c) for c in by_cue(a, "said").content)
    b = art(
        "The hashtag, Mr. Abboud said, accompanied descriptions of loved ones sought and the news when "
        "someone was found alive."
    )
    assert any(s(b, c).startswith("accompanied descriptions") for c in by_cue(b, "said").content)
    c = art("The ferry was shut, she said, in a statement on Tuesday.")
    assert not any("statement" in s(c, x) for x in by_cue(c, "said").content)


def test_according_to_inside_an_aside_and_a_counterpart_named_in_apposition():
    """ "-- he runs at least three miles a day, according to the Secret Service --": the source
    says only what the aside says. "Foreign Minister Kamal Harazi ... and his British counterpart,
    Robin Hale, had portrayed ...": both speak."""
    a = art(
        "After jogging five miles through Kessling -- she runs at least three miles a day, according "
        "to the harbour police -- Venn surprised customers with a Saturday visit."
    )
    assert [s(a, c) for c in by_cue(a, "according to").content] == ["she runs at least three miles a day"]
    w = art(  # (the wire's "_" is a dash too)
        "After jogging five miles through Kessling _ she runs at least three miles a day, according "
        "to the harbour police _ Venn surprised customers with a Saturday visit."
    )
    assert [s(w, c) for c in by_cue(w, "according to").content] == ["she runs at least three miles a day"]
    b = art(
        "Alderan Foreign Minister Kamal Harazi, who made the announcement in Port Elling, and his "
        "British counterpart, Robin Hale, had portrayed the move as a way to improve ties."
    )
    assert by_cue(b, "had portrayed").speaker.name == "Kamal Harazi and Robin Hale"


def test_a_name_and_others_speak_together():
    """ "Amnesty and the U.N. human rights agency have reported", "Washington and other critics
    say": the whole group speaks, never its first member alone; two titles of one person ("Chairman
    and Chief Executive Officer Howard Lester") and a description that goes on ("Morris Dees,
    the co-founder of ..., and one of the attorneys") are one speaker."""
    a = art("The Harbour Trust and the island's fishing cooperative said the new pier would hurt trade.")
    assert by_cue(a, "said").speaker.description == "The Harbour Trust and the island's fishing cooperative"
    b = art("Kessling and other critics say the ferry timetable is unfair to islanders.")
    assert by_cue(b, "say").speaker.description == "Kessling and other critics"
    c = art("Warfield and Yeager, who represented themselves, said they were innocent of the charges.")
    assert by_cue(c, "said").speaker.description == "Warfield and Yeager"
    d = art("Harbour Board Chairman and Chief Executive Officer Howard Lester declined to discuss the ferry.")
    assert by_cue(d, "declined").speaker.name == "Howard Lester"
    e = art(
        "Morris Venn, the co-founder of the Harbour Law Center in Port Elling, and one of the attorneys "
        "for the plaintiffs, said he intended to enforce the judgment."
    )
    assert by_cue(e, "said").speaker.name == "Morris Venn"
    f = art(  # (a list whose second name the parser read as the first's appositive)
        "The Kessling National Organization, the Orrin State Liberation Front and the Alder Democratic "
        "Front said the arrests were an “insulting act of shameless, barbaric arrogance against the "
        "people of the island.”"
    )
    assert by_cue(f, "said").speaker.name == (
        "Kessling National Organization, Orrin State Liberation Front and Alder Democratic Front"
    )


def test_a_count_after_and_is_not_the_subject_of_a_lawsuit_that_claims():
    """ "The first civil lawsuit filed in the rampage that left nine people dead and 13 people
    wounded claims ...": the parser split "13 people" off as a second subject; the lawsuit claims."""
    a = art(
        "PORT ELLING _ The first civil lawsuit filed in the harbour fire that left nine people dead and 13 "
        "people wounded claims a ferry firm could have prevented the fire."
    )
    assert by_cue(a, "claims").speaker.description == "The first civil lawsuit"


def test_they_after_a_survey_by_a_team_is_the_team():
    a = art(
        "About 8 million islanders used the night ferry last year, said a new survey by a Kessling "
        "research team. They said that trips to the mainland have increased 47 percent since 1990."
    )
    assert by_content(a, "increased 47 percent").speaker.description == "a Kessling research team"


def test_said_this_when_reports_no_words_of_its_own():
    """ "Kamotho said this when he presented ...": "this" points back to words already given."""
    a = art("Venn said this when he presented the ferry report to the harbour board on Friday.")
    assert extract(a) == []


def test_a_want_told_by_another_speaker_is_that_speakers_claim():
    """ "Arafat said Netanyahu does not want peace": Arafat's claim, not Netanyahu's words."""
    a = art("In a broadcast on Monday, Harlow said Venn does not want peace on the island.")
    assert [q.speaker.name for q in extract(a)] == ["Harlow"]
    b = art("Rivals have opposed the plant, alleging that Alderan plans to build a bomb there.")
    assert not any(s(b, q.cue) == "plans" for q in extract(b))


def test_a_number_that_will_decline_says_nothing():
    """To decline is to refuse ("declined to comment"), not to fall ("deaths will decline again")."""
    a = art(
        "But the number of ferry deaths will probably peak and then decline again, because of the new rules."
    )
    assert extract(a) == []
    assert cues_of("All declined to divulge details about the harbour meeting.") == ["declined"]


def test_a_phrase_far_along_the_clause_is_not_the_subjects_appositive():
    """ "China has progressed from advocating ... to signing the X Treaty, the Y Treaty and the Z
    Convention while agreeing to ...": the parser hung the second treaty on the subject as its
    appositive; the source is the country, not the clause up to the last treaty."""
    a = art(
        "On pollution, Alderan has progressed from advocating the dumping of toxic waste to signing the "
        "Coastal Protection Treaty, the Comprehensive Fishing Ban Treaty and the Marine Waste Convention "
        "while agreeing to tighten controls on sensitive cargo."
    )
    q = by_cue(a, "agreeing")
    assert (s(a, q.source), q.speaker.name) == ("Alderan", "Alderan")
    assert not any("Treaty" in s(a, q.source) for q in extract(a))


def test_two_roles_before_one_name_are_that_person():
    """ "Actress and literary critic Christina Ricci told ...": one person with two roles, named at
    the end (the parser made the name the second role's appositive, or missed it as a name)."""
    a = art(
        "- Actress and literary critic Christina Vale told Harbour People magazine that her favorite book is Alan Reed's “The Lighthouse.”"
    )
    assert by_cue(a, "told").speaker.name == "Christina Vale"
    b = art("Singer and songwriter Ana Ruiz said she liked the book.")
    assert by_cue(b, "said").speaker.name == "Ana Ruiz"


def test_a_surname_and_a_titled_name_are_two_people_speaking_together():
    """ "Sena and producer Jerry Bruckheimer said ...": the parser read one name with "Sena and
    producer" in front; the director named in full before and the producer speak together."""
    a = art(
        "Director Dominic Vale said the film was fun. Vale and producer Jerry Kessling said Ruiz learned "
        "to sail for the part, spending a month on a trawler off the coast."
    )
    assert by_content(a, "spending a month").speaker.name == "Dominic Vale and Jerry Kessling"
    b = art("Water Affairs and Forestry Minister Kader Venn said the dam was safe.")
    assert by_cue(b, "said").speaker.name == "Kader Venn"


def test_a_clause_with_a_quantity_for_its_subject_ends_what_was_said():
    """ "..., while most of the members of rightist groups ... say the opposite": their words, not
    the first group's; and the group speaks, not a body or a faith named inside it."""
    a = art(
        "Eighty-one percent of the Harbour Union members polled say the board has not done enough for "
        "the ferries, while most of the members of rowing clubs and Catholic parishes say the opposite."
    )
    assert [s(a, c) for c in by_cue(a, "say").content] == ["the board has not done enough for the ferries"]
    b = art("Most of the members of rowing clubs and Catholic parishes say the board has done too much.")
    assert by_cue(b, "say").speaker.type == "anonymous"
    c = art(
        "Some of the biggest grain buyers, including Kessling Grain, said they will stop taking wet barley at the docks."
    )
    assert (
        by_cue(c, "said").speaker.description == "Some of the biggest grain buyers, including Kessling Grain"
    )


def test_the_speakers_title_before_the_name_is_not_what_was_said():
    a = art(
        "The storm caused more than 2 million euros (U.S. dlrs 2.3 million) damage to the pier's west end "
        "and lighting equipment, Elling Port's principal marine engineer, Anna Kessling said."
    )
    q = by_cue(a, "said")
    assert s(a, q.content[0]).endswith("lighting equipment")
    assert q.speaker.name == "Anna Kessling"


def test_a_clause_the_parser_split_at_a_misspelt_its_or_a_hyphen_runs_on():
    a = art(
        "ELLING, May 2 (Harbour Wire) -- Norland has said that it's ferry budget has remained unchanged for two years."
    )
    assert s(a, by_cue(a, "has said").content[0]).endswith("remained unchanged for two years")
    b = art("Police said the discovery of a second wreck has re-opened the inquiry.")
    assert s(b, by_cue(b, "said").content[0]) == "the discovery of a second wreck has re-opened the inquiry"


def test_no_finding_or_vision_where_the_parser_misread_the_subject():
    """ "Most of the characters Roddenberry envisioned did not boldly go before the cameras": the
    characters did not go, no one said so; "The theory ... found its biggest audience": no finding."""
    a = art(
        "” Most of the ships Venn envisioned did not boldly go to sea, though: only the Alba made it onto the water."
    )
    assert not any(s(a, q.cue) == "envisioned" for q in extract(a))
    b = art(
        "The survey, which was widely shared online, soon found its largest audience among harbour workers."
    )
    assert extract(b) == []


def test_a_reaction_or_an_impression_the_writer_imagines_is_no_ones_words():
    """ "may leave viewers wondering if ...": no viewer said it; "could get the impression that
    Amnesty believes ...": not Amnesty's belief. A reaction that happened is reported."""
    a = art(
        "It's a long season. But two new harbour dramas may leave viewers asking if too much sea air is a bad thing."
    )
    assert extract(a) == []
    b = art(
        "Worse, some readers of this leaflet could get the impression that the Venn Trust believes "
        "sabotage can be a fair protest, the letter said."
    )
    assert [q.speaker.description for q in extract(b)] == ["the letter"]
    assert cues_of("The ruling left investors wondering whether the bank would survive.") == ["wondering"]


def test_a_lawyers_clients_after_his_role_do_not_speak_with_him():
    """ "said Gary Bostwick, a lawyer representing Project 95, the movie's producer, and Schiller":
    the producer and Schiller are his clients, not speakers beside him."""
    a = art(
        "Harlow sued Lawrence Kessling, who co-wrote the book. ”We're very pleased, of course,” said "
        "Gary Venn, a lawyer representing Project 95, the movie's producer, and Kessling."
    )
    assert by_cue(a, "said").speaker.name == "Gary Venn"


def test_a_pointing_that_says_nothing_is_no_cue():
    """ "pointed their guns at the van", "could point the way toward ...", a noun the tagger took
    for "points": no words; "which the Trust pointed to as proof of ..." speaks."""
    a = art("Officers leapt out of their cars and pointed their rifles at the lorry.")
    assert extract(a) == []
    c = art(
        "Venn had mocked the tariff in a late-night broadcast, which the Harbour Trust pointed to as "
        "proof of its tolerance for dissent."
    )
    assert "pointed" in [s(c, q.cue) for q in extract(c)]


def test_a_department_whose_name_the_recogniser_split_speaks_in_full():
    """ "the Energy and Mines Ministry said": not "Energy"."""
    a = art(
        "ELLING, March 3 (Harbour Wire) -- Norland's copper exports reached 1.2 billion dollars in the "
        "first quarter, the Energy and Mines Ministry said Thursday."
    )
    assert by_cue(a, "said").speaker.name == "Energy and Mines Ministry"


def test_learning_a_skill_is_no_news_learned():
    a = art("Ruiz learned to sail for the part. Ruiz learned that the ferry had sunk.")
    assert [s(a, q.content[0]) for q in extract(a)] == ["that the ferry had sunk"]


def test_a_source_without_its_focus_word_or_the_occasion_it_spoke_on():
    """PolNeAR's source spans: "even critics" is "critics", "Ana Ruiz, speaking to a radio
    station before ...," is "Ana Ruiz"; "Most Canadians" are some Canadians, not a body."""
    a = art("Even the harbour's fiercest critics said the ferry plan would work.")
    assert s(a, by_cue(a, "said").source) == "the harbour's fiercest critics"
    b = art(
        "Defence Minister Ana Venn said the base would close. Venn, speaking to Harbour Radio before making "
        "a formal announcement to the council, said a deal must be made."
    )
    assert s(b, by_content(b, "a deal must").source) == "Venn"
    c = art("Most Canadians said the ferry plan would work.")
    assert by_cue(c, "said").speaker.type == "anonymous"


def test_he_wrote_after_a_note_is_its_writer_not_the_one_who_described_it():
    """ "X left the note ..., said police chief Y. The note made no reference to ... “...,” he
    wrote.": X wrote it, not the chief who described it."""
    a = art(
        "Police said Tom Harlow drowned his rival.\n\n"
        "Tom Harlow left a handwritten note on the harbour office desk, describing how he sank the boat, "
        "said Ken Venn, police chief in Elling.\n\n"
        "The note made no direct mention of the ferry fire, except a line about greedy rivals.\n\n"
        "“I don't plan to stay here much longer, just long enough to settle things with the people who "
        "ruined me,” he wrote."
    )
    assert by_cue(a, "wrote").speaker.name == "Tom Harlow"


def test_an_object_and_what_it_is_called_are_what_was_said():
    """ "accuse the majority Sinhalese of discriminating ...", "declaring northern Idaho a haven
    for racists": the parser made the rest a second object; the words run on through it."""
    a = art("Harbour unions accuse the majority Flemish of blocking every ferry reform.")
    assert s(a, by_cue(a, "accuse").content[0]) == "the majority Flemish of blocking every ferry reform"


def test_the_writers_own_i_hope_is_no_speaker():
    """ "Says Morris, as a joke, I hope: “...”": the writer's aside; never "I" for the words."""
    a = art(
        "Reporters are sticking microphones in his face.\n\nSays Venn, as a joke, I hope: “This whole "
        "thing could be settled by the time I get back to the harbour.”"
    )
    assert not any(q.speaker.description == "I" for q in extract(a))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tagger reads "Teague" as a noun and "Said" as part of the name
        (
            "But Borel scoffed at the ruling.\n\nSaid Teague: “The message does not take a lot of money. "
            "We will spread the message.”",
            "Teague",
        ),
        (
            "Said harbour police commander Lt. Ilse Borel: “He was careful with his boats and methodical.”",
            "Ilse Borel",
        ),
        (
            "Added Rhea Vasko, head of the harbour task force looking into the pier fires and two other "
            "blazes: “We are looking at every boat in the bay.”",
            "Rhea Vasko",
        ),
        ("Added Vasko, ”She taught me more than anyone to make the harbour my home.”", "Vasko"),
        # "Said" opening a sentence may be a name ("Said argues ..."), and the cue after it is read
        ("Said argues that the accords will not help. Said Ruiz: “The talks will fail, as before.”", "Ruiz"),
    ],
)
def test_a_cue_word_opening_the_sentence_before_the_speaker_and_the_quote(text, speaker):
    """ "Said Teague: “...”", "Added Ana Ruiz, a port spokeswoman, “...”": the cue comes first,
    then the speaker; the speaker's name does not take in the cue word."""
    a = art(text)
    q = next(q for q in extract(a) if a.text[q.content[0].start] in "“”")
    assert s(a, q.cue) in ("Said", "Added") and q.kind == "direct"
    assert q.speaker.name == speaker and q.speaker.type == "person"
    assert (
        len([x for x in extract(a) if x.cue == q.cue]) == 1
    )  # (no second, indirect quote of the same words)


def test_a_fronted_cue_before_a_clause_is_no_speaker():
    """ "Says critics are wrong: “...”": a clause after the cue, not a speaker."""
    a = art("Says critics are wrong: “I will not stand down this year, whatever they write.”")
    assert not any(q.speaker.description and "critics" in q.speaker.description for q in extract(a))


def _one_group(wire_text: str, gazette_text: str):
    """The one quote group of a wire report and a later Gazette report."""
    from newsprism.models import Article
    from newsprism.quotes import extract, match_across

    wire = Article(wire_text, id="a1", outlet="Meridian Wire", published="2031-03-02T08:00:00Z")
    gazette = Article(gazette_text, id="a2", outlet="The Harbour Gazette", published="2031-03-02T09:00:00Z")
    quotes = {x.id: extract(x) for x in (wire, gazette)}
    (group,) = match_across([wire, gazette], quotes)
    return group


def test_a_name_with_and_without_its_suffix_is_one_speaker():
    """ "Morris Dees" in one outlet, "Morris S. Dees Jr." in another: one person, no
    "attribution differs" flag."""
    said = "“We intend to take every single asset from the ferry company now and forever,” "
    group = _one_group(
        f"{said}said Tomas Venn.", f"{said}said Tomas R. Venn Jr., the lawyer for the islanders."
    )
    assert not any(f.startswith("attribution differs") for f in group.flags), group.flags


def test_a_first_name_alone_or_a_bodys_noun_is_no_other_attribution():
    """ "Gladys" against "Gladys Barton" (a mother named by her first name after her son), "the
    committee" against the committee named: one speaker each; "ally" / "close ally" still differ."""
    from newsprism.quotes import Speaker, _attributions

    assert len(_attributions([Speaker("Ada Grimm", "person"), Speaker("Ada", "person")])) == 1
    body = Speaker("Harbour Heritage Committee", "organization")
    assert len(_attributions([body, Speaker(None, "unknown", "the committee")])) == 1
    allies = [
        Speaker(None, "anonymous", "ally of Ada Grimm"),
        Speaker(None, "anonymous", "close ally of Ada Grimm"),
    ]
    assert len(_attributions(allies)) == 2
    assert len(_attributions([Speaker("Ada Grimm", "person"), Speaker("Tomas Venn", "person")])) == 2


def test_a_pronoun_left_unresolved_is_no_other_attribution():
    """ "he said", resolved to no one, against "said Tomas Venn": not known to differ."""
    said = "“We will take every asset from the ferry company now and forever,” "
    group = _one_group(
        f"The harbour board met on Monday. {said}he said.",
        f"{said}said Tomas Venn, the lawyer for the islanders.",
    )
    assert not any(f.startswith("attribution differs") for f in group.flags), group.flags


def test_a_word_broken_at_a_wire_lines_end_is_no_altered_wording():
    """ "the legal pro- cess" (a wire's line-end hyphen) against "the legal process", "we'll"
    against "we will": the same words, no "altered" flag."""
    group = _one_group(
        "“We will use every legal process to take the ferry company's boats and its name,” said Tomas Venn.",
        "“We'll use every legal pro- cess to take the ferry company's boats and its name,” said Tomas Venn.",
    )
    assert not any(f.startswith("altered") for f in group.flags), group.flags


def test_a_quote_that_leaves_out_a_whole_part_is_only_shorter():
    """'“I'm sorry for everything,” she said. “And I hate the ferry.”' against '“And I hate the
    ferry.”': the second quotes less, it alters nothing; but "Thank goodness the board ..." against
    "The board ..." leaves words out of one sentence."""
    group = _one_group(
        "“I'm really sorry for everything that happened,” said Ada Grimm. “And I hate the winter ferry to Orrin.”",
        "“And I hate the winter ferry to Orrin,” said Ada Grimm.",
    )
    assert not any(f.startswith("altered") for f in group.flags), group.flags
    assert "truncated" in group.flags
    other = _one_group(
        "“Thank goodness the harbour board has saved the island from itself,” said Tomas Venn.",
        "“The harbour board has saved the island from itself,” said Tomas Venn.",
    )
    assert any("thank goodness" in f for f in other.flags), other.flags


def test_a_number_written_two_ways_is_no_altered_wording():
    """ "the No. 1 suspect" against "the number one suspect", "3 boats" against "three boats": one
    wire's style against another's, no "altered" flag; "the No. 2 suspect" is one."""
    first = "“He was the No. 1 suspect all the way through, and he sank 3 boats,” said Tomas Venn."
    group = _one_group(first, first.replace("No. 1", "number one").replace("3 boats", "three boats"))
    assert not any(f.startswith("altered") for f in group.flags), group.flags
    other = _one_group(first, first.replace("No. 1", "No. 2"))
    assert any(f.startswith("altered") for f in other.flags), other.flags


def test_a_who_after_a_thing_the_parser_took_for_its_antecedent_names_no_one():
    """ "those on the council who guard local fishing rights, who argued that ...": the parser hung
    the second "who" on "rights"; a thing says nothing, so no one rather than "local fishing rights"."""
    a = art(
        "The ruling was hailed by harbour traditionalists, especially those on the council who guard "
        "local fishing rights, who argued that the ban eroded the powers of the council."
    )
    q = by_cue(a, "argued")
    assert "rights" not in (q.speaker.description or "") and q.speaker.name is None


def test_showing_up_is_no_cue():
    """ "Three weeks ago, he said, Tomas and his two children showed up at the apartment": they
    arrived; "he said" gave the words, not "showed up"."""
    a = art(
        "Three weeks ago, he said, Tomas and his two children showed up at the apartment, needing a place "
        "to live."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["said"]


def test_a_speaker_with_a_role_after_an_opening_phrase_is_the_speaker():
    """ "In a letter to the 24 scholars, Ilse Borel, the librarian of Elling, said that “...”": the
    parser hung the name on "scholars" and its role on the name; the name still speaks."""
    a = art(
        "In a letter in response to the 24 scholars, Ilse Borel, the librarian of Elling, said that “the "
        "library has no control whatsoever over the use that is made of the materials.”"
    )
    assert by_cue(a, "said").speaker.name == "Ilse Borel"


def test_a_participle_after_a_quote_goes_with_the_cue_before_the_quote():
    """'Brown said, “It depends on him,” referring to Venn and adding: “He is out of town.”': the
    parser hung "referring" on the quoted clause; "adding" is Brown's, not the quote's "It"."""
    a = art(
        "Asked what was holding up the custody ruling, Brown said, “It depends on him,” referring to Venn "
        "and adding: “He is out of town.”"
    )
    assert by_cue(a, "adding").speaker.name == "Brown"


def test_a_who_after_a_place_is_no_place():
    """ "racist sympathizers from around the world who assailed ...": the parser left the "who" on
    "the world"; people from a place, so no one rather than the place."""
    a = art(
        "In its heyday, the compound was a popular mecca for racist sympathizers from around the world who "
        "assailed whole groups of people, seeking to unify their forces."
    )
    assert all("world" not in (q.speaker.description or "") for q in extract(a))


def test_regarding_without_a_view_is_no_cue():
    # a participle no one holds ("pupils now considered underweight"), an object alone (the council
    # weighed a proposal), the thing a relative clause is about ("the games the board deemed worthy")
    a = art(
        "Ten years of school meals have done little, with up to 12 percent of pupils now considered "
        "underweight, a senior Ostravia health official said Monday.\n\n"
        "The Varnholt council considered a proposal urging the port authority to cut fees.\n\n"
        "The games the board deemed worthy of a replay are few."
    )
    assert [
        s(a, q.cue) for q in extract(a) if s(a, q.cue) and s(a, q.cue).startswith(("consider", "deem"))
    ] == []
    assert all(q.speaker.description != "up to 12 percent of pupils" for q in extract(a))


def test_regarding_with_a_view_stays_a_cue():
    # a view held, and a plan weighed (as "plans to"; PolNeAR annotates it too)
    a = art(
        "Judge Ona Prell deemed the instructions to be merely advisory.\n\n"
        "Mayor Ilse Varga considered that the deal was a betrayal of the harbour workers.\n\n"
        "The Drellan Group is considering selling its ferry line to a rival."
    )
    assert by_cue(a, "deemed").speaker.name == "Ona Prell"
    assert by_cue(a, "considered").speaker.name == "Ilse Varga"
    assert by_cue(a, "is considering").speaker.name == "Drellan Group"


def test_gerund_after_a_comma_has_no_inverted_speaker():
    # ", urging the council and X not to ...": the ones urged, never the speaker
    a = art(
        "As the meeting is in progress, hundreds of fishermen from the Northern Front for the Defence "
        "of Veldmark, are demonstrating in front of the Office, urging the council and Brandt not to "
        "close the harbour on May 4."
    )
    q = by_cue(a, "urging")
    assert q.speaker.name != "Brandt"
    assert "fishermen" in (q.speaker.description or "")


def test_one_of_a_persons_people_is_not_that_person():
    a = art(
        "One of Tomas H. Velde Jr.'s flight instructors, believing him unprepared for a solo flight over "
        "water on a dark, hazy night, offered to fly with him on the night of Velde's fatal crash."
    )
    q = by_cue(a, "offered")
    assert q.speaker.name is None and q.speaker.type == "anonymous"
    assert q.speaker.description.startswith("One of Tomas H. Velde Jr.'s flight instructors")


def test_a_thing_found_or_a_modifier_is_no_cue():
    # "on finding a job": a thing found, not a finding; "her alleged affair", "branded mugs":
    # participles that modify a noun say nothing
    a = art(
        'Since the offices opened, 900 cases have been reviewed and 300 of them have been given "positive '
        'responses" on finding a job, said the ministry.\n\n'
        "Mrs. Dalby had grown tired of Ms. Orne's “constant talk” of her alleged affair with the mayor, the "
        "person said.\n\n"
        "Yesterday, 300 of Brewhaus' 900 cafes installed shelves holding branded Brewhaus mugs."
    )
    cues = [s(a, q.cue) for q in extract(a)]
    assert "finding" not in cues and "alleged" not in cues and "branded" not in cues
    assert by_cue(a, "said").speaker.description == "the ministry"


def test_a_transcripts_turn_mark_is_no_description():
    a = art("Q: “Did you discuss the harbour contract?”\n\nA: “I have no recollection of that.”")
    assert all(q.speaker.description not in ("A", "Q") for q in extract(a))


def test_a_group_described_after_its_name_speaks_by_its_name():
    a = art(
        "The Wild Lynx Alliance, a group in Kesslar, Ontario, that supports returning lynx to the wild, "
        "filed a notice Tuesday to sue the province.\n\n"
        "“They are not strong enough,” said Ana Roel, a consultant with the Doctors Committee for Better "
        "Food, an advocacy group based in Ottawa that emphasizes preventive medicine."
    )
    assert by_cue(a, "supports").speaker.name == "Wild Lynx Alliance"
    assert by_cue(a, "emphasizes").speaker.name == "Doctors Committee for Better Food"
    assert by_cue(a, "said").speaker.name == "Ana Roel"


def test_a_body_by_its_whole_name():
    # however the recogniser cuts the name ("Northland Software", "Kessling Media")
    for body in (
        "Northland Software and Information Industry Association",
        "Kessling Media and Communication Center",
    ):
        a = art(
            "From August through November, four lynx were shot dead. According to the "
            f"{body}, which is leading the investigation, at least three guns were used."
        )
        sp = by_cue(a, "According to").speaker
        assert sp.name == body and sp.type == "organization"


def test_a_treasurers_title_is_not_part_of_the_name():
    a = art(
        "Mayor Lena Dahl is pulling ahead of her opponent, state Treasurer Matt Orlov, by five points. "
        "Orlov accused Dahl of siding with the developers."
    )
    assert by_cue(a, "accused").speaker.name == "Matt Orlov"


def test_they_are_the_people_of_their_own_sentence():
    a = art(
        "A federal appeals court ruled Thursday that hundreds of transplanted lynx can remain in the "
        "northern hills, a decision environmentalists hailed as a boon for species recovery efforts "
        "nationwide.\n\n"
        "Ranchers and state farm bureaus oppose the program because they say the lynx endanger "
        "livestock. They also claim that the program is unnecessary."
    )
    assert by_cue(a, "hailed").speaker.description == "environmentalists"
    assert by_cue(a, "say").speaker.description == "Ranchers and state farm bureaus"
    assert by_cue(a, "claim").speaker.description == "Ranchers and state farm bureaus"


def test_people_a_pronoun_may_be_include_those_a_cue_named():
    # the recogniser finds no person in "Teresa Wiss, coordinator of ..." (it took "Singing" for one
    # in the text this comes from): the cue before named her, so "she" may be her
    from newsprism import nlp
    from newsprism.quotes import RULES, Context, _fitting_people

    a = art(
        "Teresa Wiss, coordinator of fine arts programs in the Green Hills schools, said that if "
        "kindergarten children are learning about the letter “S,” they may sing songs about snakes.\n\n"
        "“We have seen changes,” she said."
    )
    ctx = Context.of(a, nlp.parse(a.text))
    assert all(name != "Teresa Wiss" for _, name, _ in ctx.people)
    for rule in RULES:
        rule(ctx)
    she = a.text.rindex("she")
    assert "Teresa Wiss" in [name for _, name, _ in _fitting_people(ctx, Span(she, she + 3), "f")]


def test_a_party_member_with_a_name_beside_is_that_person():
    a = art(
        "Senator Orla Brandt said the Senate will keep “a close eye” on the fight but will take no action "
        "now. The committee's ranking Democrat, Tomas Velde of Ostrava agreed, adding that ferry owners "
        "were once “terrified” of bridges, which later turned into a major source of trade."
    )
    assert by_cue(a, "adding").speaker.name == "Tomas Velde"


def test_a_wish_told_in_anothers_quoted_words_is_theirs():
    a = art(
        "Some 6,000 people used the drug. The company wants “to avoid letting any of these cases go to "
        "trial and risk a really huge verdict,” another Ostrava lawyer, Dan Brook, told the Morning Star."
    )
    q = by_content(a, "really huge verdict")
    assert s(a, q.cue) == "told" and q.speaker.name == "Dan Brook"
    assert s(a, q.content[0]).startswith("The company wants")


def test_a_trailing_participle_names_no_one_who_holds_or_says():
    # "..., widely expected to call for ...", "when told she needed surgery", "estimated to be":
    # expected, told and estimated by others, not by the subject before
    a = art(
        "Judge Ilse Varga had planned to issue her final ruling, widely expected to call for a breakup of "
        "the ferry company, Thursday or Friday.\n\n"
        "So Ona Prell resorted to an unusual remedy recently when told she needed knee surgery: yoga.\n\n"
        "But even for long-term users, the annual risk was low, estimated to be 3 to 5 per million users."
    )
    cues = [s(a, q.cue) for q in extract(a)]
    assert "expected" not in cues and "told" not in cues and "estimated" not in cues


def test_an_attack_by_force_is_no_cue():
    """ "security guards attacked the Dorrans", "to track and collide with attacking enemy drones":
    blows, not words; an attack "for" something, a person's attack on a policy and one body's on
    another's law are words."""
    assert_no_quotes(
        "Security guards attacked the Dorrans as they left the stadium on Friday night.",
        "The Skyhold interceptor is being developed by Calloway Dynamics to track and collide with "
        "attacking enemy drones in flight.",
        "Both nations attacked their opponent's harbour cities during the war.",
    )
    assert cues_of(
        "Mayor Ilse Varga attacked the harbour board for its lack of resolve over the ferry fares."
    ) == ["attacked"]
    assert cues_of(
        "Ms. Varga has attacked loopholes that benefit the owners of the largest ferry fleets."
    ) == ["has attacked"]
    # the subject of the verb a gerund hangs from ("refrained from attacking his rivals")
    c = art(
        "Speaking to Harbour Radio on Monday, Peter Hollis refrained from attacking his rivals, above all the mayor."
    )
    assert [s(c, q.cue) for q in extract(c)] == ["attacking"]


def test_a_date_owns_no_words():
    """ "last year's attacks against a clinic": a time, not a speaker, owns the noun."""
    a = art("Orrin was also charged in last year's attacks against a north Dunmore clinic and a nightclub.")
    assert extract(a) == []


def test_a_trailing_said_whose_name_the_parser_hung_on_the_clause():
    """ "Earlier surveys have found no adverse effect ... at Ranger, KMA chief executive Philip Orrin
    said, welcoming ...": Orrin says it (the parser hung the name on "at", and "said" has no
    subject), what the surveys found stops at the attribution, and "he" after it is Orrin."""
    a = art(
        "The leases lie inside the park. Earlier surveys have found no adverse effect on the environment "
        "from tin mining at Ranger, KMA chief executive Philip Orrin said, welcoming more checks.\n\n"
        "“If they are open in their aims then we have nothing to fear,” he told Harbour radio."
    )
    said = by_cue(a, "said")
    assert (said.speaker.name, s(a, said.source)) == ("Philip Orrin", "KMA chief executive Philip Orrin")
    assert s(a, said.content[0]) == (
        "Earlier surveys have found no adverse effect on the environment from tin mining at Ranger"
    )
    assert s(a, by_cue(a, "have found").content[-1]).endswith("tin mining at Ranger")
    assert [q.speaker.name for q in extract(a) if q.kind == "direct"] == ["Philip Orrin"]


def test_a_role_hung_on_the_clause_before_a_name_is_the_sources():
    """ "... at Corran, KMA managing director Dana Orrin said": the parser made the role an
    appositive of "Corran"; it belongs to the source, not to what was said."""
    a = art(
        "The leases lie inside the park. Outside surveys have found no harm to the reef from the dredging "
        "at Corran, KMA managing director Dana Orrin said, inviting further checks."
    )
    said = by_cue(a, "said")
    assert s(a, said.source) == "KMA managing director Dana Orrin"
    assert s(a, said.content[-1]).endswith("the dredging at Corran")
    assert s(a, by_cue(a, "have found").content[-1]).endswith("the dredging at Corran")


def test_a_conjunct_with_no_and_after_a_participle_is_its_subjects():
    """ "Orrin made the remarks a day after Arab envoys accredited to Kessland expressed concern":
    the parser read "accredited" as the verb and joined "expressed" to "made" with no "and"; the
    envoys expressed it, not Orrin."""
    a = art(
        "Ambassador Dana Orrin said her country wants calm. Orrin made the remarks just one day after "
        "Arab envoys accredited to Kessland expressed concern about the naval pact."
    )
    q = by_cue(a, "expressed")
    assert q.speaker.name is None and q.speaker.description == "Arab envoys"


def test_what_an_inverted_speaker_talks_of_is_not_who_speaks():
    """ "said his father of the period in 1996": the period is what he spoke of."""
    a = art(
        "Doctors removed half his jaw. “That was a hard time for all of us,” said his father of the "
        "period in 1996. “We kept asking, now what?”"
    )
    assert [q.speaker.description for q in extract(a)] == ["his father"]


def test_a_part_a_lawsuit_and_a_things_pull_are_no_quotes():
    """ "an award for supporting actress" names a part; "Dana Orrin's case against Calloway
    Dynamics" is a lawsuit; "the new designation might convince landowners to accept ..." is a
    thing's effect. "Senator Varga made the case against the levy" argues."""
    for text in (
        "The film also earned Ilse Varga an award for supporting actress in a drama series.",
        "The judge declared a mistrial before the jury could hear Dana Orrin's case against Calloway "
        "Dynamics and its subsidiary.",
        "The less restrictive designation might convince landowners in the valley to accept future "
        "recovery plans for the river.",
    ):
        a = art(text)
        assert not {s(a, q.cue) for q in extract(a) if q.cue} & {
            "supporting",
            "might convince",
            "case against",
        }
    assert cues_of("Senator Varga made the case against the harbour levy in a long speech on Tuesday.") == [
        "case against"
    ]


def test_a_danger_is_no_threat_made():
    """ "the new quarry threatens the wetlands", "..., threatening to spark an arms race": a thing's
    or an act's effect; "Calloway threatened to take them to court" is a threat made."""
    assert_no_quotes(
        "The new quarry threatens the wetlands of the Orrin valley and its rare orchids.",
        "Kessland tested five rockets in May, threatening to spark an arms race in the region.",
    )
    assert cues_of("Calloway Dynamics threatened to take the growers to court over the seed patents.") == [
        "threatened"
    ]
    # a threat to do something, made by whoever can make one (not only a name or a role noun)
    for text in (
        "The intruder threatened to kill the guard if he moved.",
        "His country threatened to react strongly to the new tariffs.",
        "The team threatened to boycott the final in Kessling.",
    ):
        a = art(text)
        assert [s(a, q.cue) for q in extract(a)] == ["threatened"], text
    a = art("An unworkable flood defence system threatens to make the islanders less safe.")
    assert extract(a) == []


def test_a_list_of_acts_with_attacked_in_it_ends():
    """ "are beaten, chained, attacked or robbed": judging "attacked" asks for its subject, and
    the subject search asks whether the listed acts are cues; the two must not call each other
    for ever (a RecursionError stopped a whole batch)."""
    a = art("Dozens of the ferry workers are beaten, chained, attacked or robbed while waiting at the docks.")
    assert extract(a) == []


def test_a_sign_is_no_speaker():
    """ "The hormone signals the brain to stop eating", "a document that may signal a new direction":
    a thing is a sign of something; "The finance minister signaled that talks could resume" speaks."""
    assert_no_quotes(
        "The hormone signals the brain to stop eating once the stomach is full.",
        "The rapid beeping of a radio collar signaled the end of the search in the valley.",
        "The agency released a new rule. It is a greatly improved document that may signal a new "
        "direction at the department.",
        "The protein helps regulate weight by signaling the brain to stop eating.",
        "The department's response to the growers may herald a welcome new sensitivity.",
    )
    assert cues_of(
        "Finance Minister Ada Kessling signaled that the harbour talks could resume next week."
    ) == ["signaled"]


def test_they_after_people_quoted_together():
    """'..., reported Dr. Ada Moss ... and Dr. Ben Ortiz ... “...,” they wrote': the two just quoted;
    "The Pemons and three other tribes say ... They also want ...": the group just quoted; "Two
    champions of the levy, Sens. Ana Ruiz and Tom Avery, said ... They have proposed ...": the two."""
    a = art(
        "BOSTON -- Most city parks are too dark at night, according to a new survey. "
        '"Lighting has lagged behind use for two decades," reported Dr. Ada Moss, director of the Harbor '
        "Institute, and Dr. Ben Ortiz of Kessling University.\n\n"
        'They said the cause is a shortage of funds. "This is especially evident in the older parks," '
        "they wrote.\n\nThey pointed out that new lamps cost less than repairs."
    )
    qs = extract(a)
    assert [s(a, q.source) for q in qs][-3:] == ["They", "they", "They"]
    assert {q.speaker.name for q in qs[-3:]} == {"Ada Moss and Ben Ortiz"}
    a = art(
        "The Pemons and three other tribes say they plan to keep blocking the highway until the "
        "government halts the dam.\n\nThey also want officials to overturn last year's logging decree."
    )
    assert [q.speaker.description for q in extract(a)] == ["The Pemons and three other tribes"] * 2
    a = art(
        "Two champions of the harbour levy, Sens. Ana Ruiz of Kessling and Tom Avery of Orrin, said "
        "they would keep fighting for it. They have proposed an alternative, under which each town "
        "would vote on its own levy."
    )
    (first, then) = extract(a)
    assert s(a, then.source) == "They" and then.speaker == first.speaker
    assert "Ana Ruiz" in (then.speaker.description or "")
    # nor a group talked about inside a sentence ("... were adamant that Mr. Avery's children would
    # seek to block ... And they insisted ...": the people briefed)
    a = art(
        "People briefed on the reshuffling were adamant that Mr. Avery's children would seek to block a "
        "return by Mr. Ortiz. And they insisted that staff departures resulting from the changes would be few."
    )
    assert [q.speaker.description for q in extract(a) if s(a, q.source) == "they"] == ["People"]
    # things are not "they": "Reports describe ... They seem to think ..." (someone else)
    a = art(
        "Q: Reports describe clinics that serve 200 patients with one nurse. Have you heard?\n\n"
        "A: We do hear that the illness is spreading, partly because the authorities never attack "
        "problems at their source. They seem to think that if they deny the problem, it will go away."
    )
    assert all(q.speaker.description != "Reports" for q in extract(a) if s(a, q.source) == "They")


def test_they_after_a_list_of_countries():
    """ "the United States, Britain, Japan and other industrialized nations imposed sanctions ...
    They also urged ...": the list, as it stands."""
    a = art(
        "Following the tests, the United States, Britain, Japan and other industrialized nations imposed "
        "economic sanctions on both Kessland and Orrinia. They also urged both of them to sign the treaty."
    )
    (q,) = extract(a)
    assert q.speaker.description == "the United States, Britain, Japan and other industrialized nations"


def test_a_poll_after_as_is_the_subject_of_its_cue():
    """ "The trip comes as a new poll by the Harbour Times shows Ruiz ahead": the parser reads "as"
    as a preposition; the poll shows, not the trip."""
    a = art(
        "The trip comes as a new poll by the Kessling Herald shows Ana Ruiz pulling slightly ahead of her "
        "opponent, Tom Avery, by 5 points."
    )
    (q,) = extract(a)
    assert s(a, q.source) == "a new poll by the Kessling Herald" and q.speaker.description == "a new poll"


def test_people_picked_out_by_a_wish_are_no_speakers():
    """ "Consumers who don't want to eat biotech food are expected to ...", "rankled people who had
    hoped to see more women": a kind of people, told by their wish; no one is reported.
    "The Harbour Fund, which wanted to bring ... together" stays: an aim it stated."""
    assert_no_quotes(
        "Consumers who don't want to eat biotech food are expected to provide a boost to the organic trade.",
        "The choice has rankled voters who had hoped to see more women on the ticket.",
        "Babies will always be born to proud, new parents who want to do what's best for them.",
        "The race will be shown live, allowing those who just want to sit and watch do so.",
        "Tickets are sold to anyone who wants to see the ferry race.",
    )
    assert cues_of(
        "The Harbour Fund, which wanted to bring together public and private efforts, closed in May."
    ) == ["wanted"]


def test_a_trailing_he_said_keeps_the_paragraphs_speaker():
    """'..., said police Cmdr. Hal Cook. Around the same time, Tom Barton approached a woman ...,
    telling her he would shoot her ..., he said.': Cook, not Barton, whom the sentence is about.
    A new paragraph that names its man first and closes on "he said" is his ("Kenny Ward ... would
    welcome a partner “...,” he said")."""
    a = art(
        "The empty van was spotted by guards at the mall, said police Cmdr. Hal Cook. Around the same "
        "time, Tom Barton approached a woman in the parking lot and tried to take her car, telling her he "
        "would shoot her if she screamed, he said."
    )
    he = [q for q in extract(a) if s(a, q.source) == "he"]
    assert [q.speaker.name for q in he] == ["Hal Cook"]
    a = art(
        "“We're definitely going to contemplate it,” said Mark Ortiz, president of the courier's new arm."
        "\n\nKenny Ward, chief executive of Harbour Gems, would welcome a partnership with a courier "
        "“if that would help customers return products,” he said."
    )
    he = [q for q in extract(a) if s(a, q.source) == "he"]
    assert [q.speaker.name for q in he] == ["Kenny Ward"]


def test_they_after_the_complainants():
    """ "The complainants are concerned ... They complain that ...": the complainants."""
    a = art(
        "The complainants are concerned that the pesticide poses risks to growers. They complain that "
        "the agency has failed to address their concerns."
    )
    assert [q.speaker.description for q in extract(a)][-1] == "The complainants"


def test_an_opening_asked_is_no_question_of_the_one_asked():
    """ "Asked whether Kessland would lift sanctions ..., Ogawa said ...": the question was put to
    Ogawa, so it is not his, even where the tagger reads the opening "Asked" as a past tense (as it
    did after a long paragraph of DUC 2007; here the tag is set by hand)."""
    from newsprism import nlp

    a = art(
        "Asked whether Kessland would lift sanctions if Orrinia signs the treaty, Ogawa said Tokyo "
        "could partially restore aid to Orrinia after its ratification."
    )
    for tag in ("VBN", "VBD"):
        doc = nlp.parse(a.text)
        doc[0].tag_ = tag
        asked = [q for q in extract(a, doc) if q.cue and s(a, q.cue) == "Asked"]
        assert asked and all(q.source is None and q.speaker.name is None for q in asked), tag


def test_the_object_of_a_participle_read_as_the_subject_gives_the_people_the_clause_describes():
    """ "Dozens of Norland fans banned by ... for allegedly reselling the football club's tickets want
    ...": where the parser takes "tickets" for the subject of "want" (as it did after a DUC 2007
    dateline; here the attachment is set by hand), the fans want it, not the tickets."""
    from newsprism import nlp

    a = art(
        "Dozens of Norland fans banned by the ticket site Gatewise Inc. for allegedly reselling the "
        "football club's tickets want their accounts reopened."
    )
    doc = nlp.parse(a.text)
    want = next(t for t in doc if t.lower_ == "want")
    tickets = next(t for t in doc if t.lower_ == "tickets")
    tickets.head, tickets.dep_ = want, "nsubj"
    (q,) = [q for q in extract(a, doc) if q.cue and s(a, q.cue) == "want"]
    assert q.speaker.description == "Dozens of Norland fans"


def test_a_role_word_glued_to_the_first_name_is_not_part_of_the_name():
    """A source that lost a space ("Chief Executive OfficerMara Velt") names Mara Velt."""
    a = art(
        "Company Chairman and Chief Executive OfficerMara Velt declined to comment, saying, “Nothing is "
        "going on now, and we never comment on rumours.”"
    )
    assert by_content(a, "Nothing is going on now").speaker.name == "Mara Velt"


def test_what_a_picture_or_a_figure_illustrates_is_no_quote():
    """A drawing on a flier, a count or an event that "illustrates" something says nothing."""
    a = art(
        "Someone had pinned a flier to the door of the Kessling chapel. A drawing of a crow on the "
        "white paper illustrated a blunt warning: “We are watching you.” The attack illustrates the "
        "power of fear in a small town."
    )
    assert [q for q in extract(a) if q.cue and s(a, q.cue).startswith("illustrat")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Several councillors criticised the mayor. But most have stopped short of saying the mayor "
        "should resign over the affair.",
        "Inspector Dana Reed stopped short of calling Tom Reid a suspect in the Kessling fires.",
        "The rebels offered talks on Monday but fell short of announcing a permanent ceasefire.",
    ],
)
def test_what_one_stopped_short_of_saying_is_not_said(text):
    assert [
        q for q in extract(art(text)) if q.cue and s(art(text), q.cue) in ("saying", "calling", "announcing")
    ] == []


def test_a_firm_named_with_a_possessive_is_an_organization():
    """ "Morrow's told the Gazette ...": a firm whose name ends in "'s", not a person "Morrow"; but
    "Okafor's lawyer" speaks for himself, and "Okafor's shown ..." is "Okafor is"."""
    a = art(
        "Morrow's told the Kessling Gazette last week that it hopes to begin the search "
        "this summer. Okafor's lawyer said the claim was weak."
    )
    assert by_content(a, "hopes to begin the search").speaker == Speaker("Morrow's", "organization")
    assert by_content(a, "the claim was weak").speaker.description == "Okafor's lawyer"


def test_what_worries_someone_says_nothing():
    a = art(
        "The town's image began to worry the staff at the Kessling plant years ago, said Ana Ruiz. "
        "Officials worry that the dam will fail."
    )
    cues = [s(a, q.cue) for q in extract(a) if q.cue]
    assert "to worry" not in cues and "worry" in cues


def test_a_role_does_not_go_to_someone_titled_with_another_office():
    """ "President Ana Ruiz signed ... The senator said ...": the senator is not the president."""
    a = art(
        "President Ana Ruiz signed the port bill on Monday. The senator said the law was a mistake. "
        "Sen. Dana Reed voted against it. The senator said the law would be repealed."
    )
    assert by_content(a, "the law was a mistake").speaker.name is None
    assert by_content(a, "the law would be repealed").speaker.name == "Dana Reed"


def test_a_plan_or_advice_a_colon_opens_is_its_owners():
    """ "His action plan: “...”": the words are his (the one the pronoun stands for), not the plan's."""
    a = art(
        "Larry Dale wanted no billboard for the new show. “I don't want to do anything,” he said. "
        "His action plan: “Let the show sneak up on people, and keep quiet.”"
    )
    assert by_content(a, "Let the show sneak up").speaker.name == "Larry Dale"


def test_a_plan_whose_owner_is_no_one_named_keeps_its_phrase():
    a = art("His advice: “Let the show sneak up on people, and keep quiet.”")
    assert by_content(a, "Let the show sneak up").speaker.description == "His advice"


def test_a_deed_refused_is_no_quote_but_words_refused_are():
    """ "refused to sign the treaty" reports no words; "declined to comment" and "refused to say
    whether ..." stay quotes (PolNeAR annotates both kinds; a reader takes only these for words)."""
    assert_no_quotes(
        "The republic of Veskland has refused to sign the fishing treaty.",
        "The Ostmark council won most seats in 1990, an election the army refused to honor.",
        "The harbour board declined to give details of the pier sale.",
    )
    assert cues_of("The harbour board declined to comment on the pier sale.") == ["declined"]
    assert cues_of("Mayor Dana Ruiz refused to say whether the pier would close.") == ["refused"]
    assert cues_of("The owner declined to be interviewed for this article.") == ["declined"]
    a = art("Another ferryman, who declined to give his name, said the fares were too high.")
    assert [s(a, q.cue) for q in extract(a)] == ["said"]


def test_it_after_a_sentence_ending_on_an_unnamed_body_is_that_body():
    a = art(
        "The Ostmark party won 82 percent of the seats in 1990, but the army ignored the "
        "results. After the vote, it denied the election was for a parliament."
    )
    assert by_content(a, "the election was for a parliament").speaker == Speaker(None, "unknown", "the army")


def test_what_is_said_of_a_thing_by_no_one_named_is_no_quote():
    """ "packages said to contain anthrax": said by no one named (as "are said to"), not words of
    the clinic that received them; "The mayor said to wait" has a speaker of its own."""
    assert_no_quotes(
        "The Kessling clinic was one of several clinics that received packages said to contain anthrax last month."
    )
    assert cues_of("Mayor Dana Ruiz said to wait for the engineers' report.") == ["said"]


def test_a_lone_first_name_read_as_a_place_is_the_person_quoted_under_it():
    """ "Sultan said ..." after "Defence Minister Sultan Bin Fahd denied ...": an Arabic name is cut
    to its first word, which the recogniser may take for a place; not so "Israel" after an
    outlet named "Israel TV" that was quoted, where "Israel" is a place elsewhere too."""
    text = (
        "Defence Minister Sultan Bin Fahd denied any attempt to buy the missiles. Asked about his "
        'visit to the plant, Sultan said it did not "include secret sites."'
    )

    def ents(doc):
        full, lone = text.index("Sultan Bin Fahd"), text.rindex("Sultan")
        first = doc.char_span(full, full + len("Sultan Bin Fahd"))
        return [
            (first.start, first.end, "PERSON"),
            (doc.char_span(lone, lone + 6).start, doc.char_span(lone, lone + 6).end, "GPE"),
        ]

    a = art(text)
    q = next(q for q in extract_with_ents(a, ents) if "secret sites" in s(a, q.content[0]))
    assert q.speaker == Speaker("Sultan Bin Fahd", "person")


def test_a_lone_place_name_is_not_the_outlet_it_begins():
    text = (
        "Norland and Ostmark held talks on Monday. Norland TV said the two men arrived last month. "
        "Norland has repeatedly insisted that its pact with Ostmark is aimed at no one."
    )

    def ents(doc):
        at = [i for i in range(len(text)) if text.startswith("Norland", i)]
        spans = [doc.char_span(i, i + 7) for i in at]
        tv = doc.char_span(at[1], at[1] + len("Norland TV"))
        return [
            (spans[0].start, spans[0].end, "GPE"),
            (tv.start, tv.end, "PERSON"),
            (spans[2].start, spans[2].end, "GPE"),
        ]

    a = art(text)
    q = next(q for q in extract_with_ents(a, ents) if "aimed at no one" in s(a, q.content[0]))
    assert q.speaker.name == "Norland"


def test_a_name_set_beside_a_role_is_a_person_whatever_the_recogniser_says():
    """ "the daughter of Christian, his receptionist": a person, though the recogniser may read the
    lone name as a faith (an organisation); a place beside a role stays a place."""
    a = art(
        "Behind his desk hangs a child's drawing of the harbour. It was made by the daughter of "
        "Christian, his receptionist. “I didn't even teach her that,” Christian says proudly."
    )
    assert by_content(a, "teach her that").speaker == Speaker("Christian", "person")


def test_the_paper_is_the_outlet_named_beside_its_noun_before():
    """ "the daily said" after "criticism from a local newspaper Ostmark Herald": that outlet, though no
    quote of it came before."""
    a = art(
        "The mayor's plan has drawn criticism from a local newspaper Ostmark Herald. The paper ran an "
        "editorial on Tuesday, saying the pier must stay open. “The town deserves better,” the daily said."
    )
    assert by_content(a, "The town deserves better").speaker.name == "Ostmark Herald"
    assert by_content(a, "the pier must stay open").speaker.name == "Ostmark Herald"


def test_an_organisation_set_beside_a_noun_is_the_speaker():
    """ "The miner, Energy Resources ... Limited, told the panel": the company named beside the noun,
    not an unnamed "miner"."""
    a = art(
        "The miner, Ostmark Uranium Resources Limited, told the panel that its project does not "
        "threaten the park. The harbour operator, Kessling Ferries Ltd, said the pier would close."
    )
    assert by_content(a, "does not threaten the park").speaker.name == "Ostmark Uranium Resources Limited"
    assert by_content(a, "the pier would close").speaker.name == "Kessling Ferries Ltd"


def test_a_role_after_a_fragment_that_names_no_one_is_the_one_just_quoted():
    a = art(
        "Dana Okafor says she was not sure there was life after the show. Acting life, at least. "
        "“At first I did not really want to work,” the former sitcom actress said."
    )
    assert by_content(a, "did not really want to work").speaker.name == "Dana Okafor"


def test_a_statement_put_out_by_a_body_is_that_body_s():
    a = art(
        "The demonstrators called for his death. “The edict is irrevocable,” said a statement "
        "distributed by the Ostmark Resistance Forces, a militia that assists the army."
    )
    assert by_content(a, "The edict is irrevocable").speaker.name == "Ostmark Resistance Forces"


def test_they_after_an_opening_clause_is_its_plural_subject():
    """ "If the findings are verified, they suggest ...": the findings, not the researchers quoted the
    sentence before; "When the inspectors arrived, they said": the inspectors, not the officials."""
    a = art(
        "Ferry crews are twice as likely to suffer back pain as dock workers, researchers said Tuesday. "
        "If the findings are confirmed, they suggest harbours should change the way crews lift cargo."
    )
    sp = by_content(a, "harbours should change").speaker
    assert (sp.name, sp.description) == (None, "the findings")
    b = art(
        "The pier was closed on Monday, port officials said. When the inspectors arrived, they said "
        "the deck had rotted through."
    )
    assert by_content(b, "the deck had rotted").speaker.description == "the inspectors"


def test_a_verb_joined_to_a_bracketed_aside_shares_the_subject_outside_it():
    a = art(
        "One Ostmark critic repeated most of the show's jokes in his review (we will not do that) and "
        "wrote that the audience laughed for an hour."
    )
    assert by_content(a, "the audience laughed").speaker.description == "One Ostmark critic"


def test_a_claim_noun_before_a_that_clause_is_what_the_cue_reports():
    """ "was commenting on the warning given by X that ...": the clause is X's warning; what the
    commenter did was comment on the warning, not say the clause."""
    a = art(
        "Mayor Dana Okafor spoke to reporters on Friday. She was commenting on the warning given by "
        "union leader Tomas Brandt that the ferry crews would strike if the pier closes."
    )
    q = by_content(a, "the ferry crews would strike")
    assert a.text[q.content[0].start : q.content[-1].end].startswith("the warning given by")


def test_a_verb_of_judging_reports_whom_and_what_for():
    a = art(
        "Mayor Dana Okafor has blamed the harbour board for closing the pier without a vote. The union "
        "accused the ferry company of ignoring the crews."
    )
    assert by_content(a, "the harbour board for closing the pier without a vote")
    assert by_content(a, "the ferry company of ignoring the crews")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a one-word object and what it is judged for ("accused Tehran of seeking ...")
        ("Harbour pilots accused Norland of hiding the cost.", "accused", "Norland of hiding the cost"),
        (
            "The union praised Okafor for keeping the pier open.",
            "praised",
            "Okafor for keeping the pier open",
        ),
        # a verb of ascribing: the cause is what was said ("attributed the decline to ...")
        (
            "The inquiry attributes the crash to a failed pump on the ferry.",
            "attributes",
            "the crash to a failed pump on the ferry",
        ),
        (
            "Dana Okafor credited the volunteers with saving the harbour library.",
            "credited",
            "the volunteers with saving the harbour library",
        ),
    ],
)
def test_an_object_and_what_a_judging_or_ascribing_verb_pins_on_it(text, cue, content):
    a = art(text)
    assert s(a, by_cue(a, cue).content[0]) == content


def test_a_passive_verb_of_judging_names_its_judge_whom_and_what_for():
    """ "Iran has long been accused by the U.S. of trying to gain nuclear capability": the U.S.
    says Iran tries; not a quote of "Iran" alone."""
    a = art("Norland has long been accused by the Elling Trust of hiding the harbour's debts.")
    q = by_cue(a, "has long been accused")
    assert q.speaker.name == "Elling Trust"
    assert [s(a, c) for c in q.content] == ["Norland", "of hiding the harbour's debts"]


def test_a_judging_verb_whose_phrase_an_aside_cuts_reports_no_stub():
    """ "praised Britain for, it said, seeking ...": no quote "Britain for"."""
    a = art("In an audit, the Elling Trust praised Norland for, it said, seeking to set up a harbour court.")
    assert not any(s(a, c) == "Norland for" for q in extract(a) for c in q.content)


def test_the_company_named_two_sentences_back_through_a_mention_of_the_company():
    a = art(
        "The case could show whether juries will blame Ostmark Home Products for the deaths. About six "
        "million people took the pills the company sold. The company said in March that 2,600 suits "
        "had been filed."
    )
    assert by_content(a, "2,600 suits had been filed").speaker.name == "Ostmark Home Products"


def test_a_name_a_group_calls_itself_is_no_quote():
    a = art(
        "Dana Okafor sent hundreds of volunteers to the coast. They called themselves the “Harbour "
        "Brigade,” in honor of her years as a ferry captain. “We will win,” one volunteer said."
    )
    assert all("Brigade" not in a.text[c.start : c.end] for q in extract(a) for c in q.content)
    assert by_content(a, "We will win")


def test_a_look_a_discovery_or_a_danger_reports_no_words():
    a = art(
        "The officers went inside and saw five people slumped over their desks. Divers went down to see "
        "whether the cracks in the pier are fresh. Many crew members will find out they were exposed "
        "years ago. Kessland is threatening its neighbors, the minister said. The union threatened "
        "legal action against the port. She saw that the pier was closed."
    )
    said = [a.text[c.start : c.end] for q in extract(a) for c in q.content]
    assert not any(("slumped" in s or "cracks" in s or "exposed" in s) for s in said), said
    assert "its neighbors" not in said
    assert by_content(a, "Kessland is threatening its neighbors")
    assert by_content(a, "legal action against the port")
    assert by_content(a, "that the pier was closed")


def test_a_lone_name_owned_by_a_body_is_one_of_its_people():
    """ "says PNV's Agirre": Agirre, not the party, however the recogniser reads the name."""
    a = art("“Every effort we have made to reach an accord has been negative,” says KNP's Agirre.")

    def ents(doc):
        at = {t.text: t.i for t in doc}
        return [(at["KNP"], at["KNP"] + 1, "ORG"), (at["Agirre"], at["Agirre"] + 1, "PRODUCT")]

    q = next(q for q in extract_with_ents(a, ents) if q.kind == "direct")
    assert (q.speaker.name, q.speaker.type) == ("Agirre", "person")


def test_a_clause_joined_by_and_after_the_cue_words_is_not_what_was_said():
    a = art(
        "In the last issue of the series, Dana Okafor writes about Tomas Brandt, and veteran skipper "
        "Ana Ruiz offers her views on the harbour."
    )
    # (Okafor writes about Brandt: a learned attribution whose words are the topic, no more)
    assert all(s(a, q.content[0]) == "Tomas Brandt" for q in extract(a) if q.speaker.name == "Dana Okafor")
    assert by_content(a, "her views on the harbour").speaker.name != "Dana Okafor"


def test_who_after_two_peoples_joined_by_and_is_both():
    a = art(
        "A trade panel was set up on Wednesday at the request of the Europeans and Japanese, who claim "
        "the harbour law deprives them of trade."
    )
    q = by_content(a, "the harbour law deprives them of trade")
    assert (q.speaker.name, q.speaker.description) == (None, "the Europeans and Japanese")
    b = art(
        "The port became an issue for Senators Barbara Holm of Ostmark, Patty Lindqvist of Kessland, "
        "and Carol Brandt of Norland, who defended the ferry plan. Richard Okafor, who plays the harbour "
        "master, and Allison Ruiz, who portrays the port's tough spokeswoman, won awards."
    )
    assert by_content(b, "the ferry plan").speaker.name == "Barbara Holm, Patty Lindqvist and Carol Brandt"
    assert by_content(b, "the port's tough spokeswoman").speaker.name == "Allison Ruiz"


def test_which_after_a_body_named_in_a_phrase_of_people_is_the_body():
    a = art(
        "The flaws were first brought to light by members of the Harbour Working Group, which supports "
        "the return of the night ferries. The Order of the Tide, whose followers cite the Old Charter "
        "as the source of their views, met on Monday."
    )
    assert by_content(a, "the return of the night ferries").speaker.name == "Harbour Working Group"
    q = by_content(a, "the Old Charter")
    assert (q.speaker.name, q.speaker.description) == (None, "followers of the Order of the Tide")


def test_a_person_told_by_age_alone_is_the_one_named_just_before():
    a = art(
        "When Marta Lindqvist heard the pier would close last August, she was not ready to give up. "
        "“I didn't want to feel powerless,” said the 42-year-old mother of three.\n\n"
        "Peter Holm met Maria Santos on Monday. “It was fine,” said the 45-year-old skipper."
    )
    assert by_content(a, "I didn't want to feel powerless").speaker.name == "Marta Lindqvist"
    assert by_content(a, "It was fine").speaker.name is None  # two were named: no one


def test_a_letter_naming_a_thing_ends_its_sentence():
    a = art(
        "The price looked like a bad sign to people with hepatitis C. Many, like Mrs. Okafor, wanted to "
        "mix the drugs, a harbour nurse said."
    )
    assert all(q.speaker.name != "Many" for q in extract(a))
    from newsprism.compare.sentences import split_sentences

    said = [a.text[s.start : s.end] for s in split_sentences(a)]
    assert said[0].endswith("hepatitis C.") and said[1].startswith("Many")


def test_a_party_and_state_label_ends_its_sentence():
    a = art(
        "Of the 40 people who have led the harbour board, 9 have been women, said Sen. Marla Quist, "
        "D-Wash. Of those, 4 served for a month, she said.\n\nThe grant went to a fund for Rep. Tomas "
        "Brill, D-N.Y. Of the rest, nothing is known."
    )
    from newsprism.compare.sentences import split_sentences

    said = [a.text[s.start : s.end] for s in split_sentences(a)]
    assert said[0].endswith("D-Wash.") and said[2].endswith("D-N.Y.")
    from newsprism import nlp

    doc = nlp.parse(a.text)
    assert [s.text.strip()[:8] for s in doc.sents][:2] == ["Of the 4", "Of those"]
    assert by_content(a, "9 have been women").speaker.name == "Marla Quist"


def test_a_verb_between_a_closing_quote_and_a_name_says_the_quote():
    a = art(
        "Joel Hartley and Mark Okafor, watching their children at sailing practice, said the rate was "
        "no surprise.\n\n“I'm surprised that it's that low,” said Hartley, 37, of Elling.\n\n"
        "Then he looked at a chart and gasped.\n\n“Wow! I'm overweight!” cried the 5-foot-10-inch, "
        "188-pound, apparently fit sailing dad.\n\n“They make everybody overweight,” protested Okafor, "
        "30, of Kessland."
    )
    assert by_content(a, "They make everybody overweight").speaker.name == "Mark Okafor"
    assert by_content(a, "Wow! I'm overweight!").speaker.name == "Joel Hartley"


def test_a_mixed_quote_is_altered_only_inside_its_quote_marks():
    """Two outlets paraphrase around the same quoted words: "was 'deeply disappointed' with the
    ruling" / "was 'deeply disappointed' by the ruling, which he called 'a defeat for all
    sailors'" change nothing the mayor said; a changed word inside the marks does."""
    group = _one_group(
        "Mayor Tomas Venn said he was “deeply disappointed” by the ruling of the harbour court, which he "
        "called “a defeat for all sailors.”",
        "Mayor Tomas Venn said he was “deeply disappointed” with the ruling of the harbour court, which "
        "he called “a defeat for all sailors.”",
    )
    assert not any(f.startswith("altered") for f in group.flags), group.flags
    group = _one_group(
        "Mayor Tomas Venn said the ruling of the harbour court was “a defeat for all the sailors of the "
        "port.”",
        "Mayor Tomas Venn said the ruling of the harbour court was “a defeat for all the fishermen of "
        "the port.”",
    )
    assert any("fishermen" in f for f in group.flags), group.flags


def test_a_title_the_sentence_runs_on_past_is_no_quote():
    a = art(
        "Then comes “Live Your Best Life” with an inward focus. Now you are ready for pleasure: “Enjoy "
        "Yourself” with fashion and beauty ideas. Harbour pollster Dana Shaw: “Voters Want The Ferry.”"
    )
    assert all("Enjoy" not in a.text[c.start : c.end] for q in extract(a) for c in q.content)
    assert by_content(a, "Voters Want The Ferry").speaker.name == "Dana Shaw"


def test_it_is_not_a_name_joined_to_one_a_preposition_governs():
    a = art(
        "The harbour museum puts about a million old items -- such as the papers of Presidents Holm and "
        "Lindqvist -- on its Web site. “The committee's purpose is to encourage readers of this report "
        "to take a deep breath,” it said."
    )
    q = by_content(a, "to take a deep breath")
    assert q.speaker.name not in ("Lindqvist", "Holm")


def test_a_cue_an_if_clause_governs_reports_nothing():
    a = art(
        "Acupuncture has an advantage over counseling, Dr. Okafor says. If addicts refuse to acknowledge "
        "their cravings, therapists have little recourse to treat them."
    )
    assert all("cravings" not in a.text[c.start : c.end] for q in extract(a) for c in q.content)
    assert by_content(a, "Acupuncture has an advantage over counseling")


def test_a_part_played_is_no_quote():
    a = art(
        "The harbour board has long liked the actors of “Tide”: Dana Okafor, who played Captain Brandt; "
        "and Tomas Venn, who in a show of his range portrayed Tomas Venn. The ads portrayed Mayor Ruiz "
        "as a crook, the union said."
    )
    assert all(a.text[c.start : c.end] != "Tomas Venn" for q in extract(a) for c in q.content)
    assert by_content(a, "Mayor Ruiz as a crook")


def test_a_he_whose_one_candidate_is_told_by_age_is_the_one_named_before():
    """ "Tomas Varga ... was stunned ... But the 41-year-old Harbour City man is pricked ..., and he
    said": the man, told by age alone, is Varga; "a harbour dentist ... when he refused" stays
    no one."""
    a = art(
        "Tomas Varga, on probation for theft, was stunned when his probation officer told him he "
        "could stay clean with needles.\n\nBut twice a week the 41-year-old Harbour City man is "
        "pricked with four needles in each ear, and he said it has kept him away from drink."
    )
    assert by_content(a, "kept him away").speaker.name == "Tomas Varga"
    b = art("The board asked whether a harbour dentist broke the rules when he said the ferry was unsafe.")
    assert by_content(b, "ferry was unsafe").speaker.name is None


def test_the_doer_of_a_passive_verb_never_speaks_for_a_joined_cue():
    """ "Marsh was criticized by some Venn allies after Mayor Ossory called a reporter ... and
    said ...": the parser joins "said" to "criticized"; the clause before "and" is the one joined,
    so the mayor speaks, not the allies; "... by the ministers, who denied ... and noted": they do."""
    a = art(
        "Marsh was criticized by some Venn allies after Mayor Ossory called a reporter for The Harbour "
        "Gazette in May and said Venn needed to loosen up on the campaign trail."
    )
    q = by_content(a, "loosen up")
    assert q.speaker.name == "Ossory" and q.speaker.description is None
    b = art(
        "The Tidewater report was immediately challenged by the interior ministers of Valdoria's 16 "
        "states, who denied the police were racist as a whole and noted that the faults of single "
        "officers were fully investigated by the courts."
    )  # (the parser joins "noted" to "challenged"; the doer's own clause is the one joined)
    assert "interior ministers" in (by_content(b, "faults of single officers").speaker.description or "")


def test_an_older_poll_a_figure_is_compared_with_is_no_source():
    """ "That's down from 61 percent in a similar poll two years ago": the old poll gave the old
    figure; it does not say the clause. "rose to 41 percent in the latest poll" stays the poll's."""
    a = art(
        "Fifty-two percent of riders surveyed in March said they would use a night ferry. That's down "
        "from 61 percent in a similar poll two years ago. Support for the mayor rose to 41 percent in "
        "the latest poll."
    )
    assert not any(q.speaker.description == "a similar poll" for q in extract(a))
    assert by_content(a, "Support for the mayor").speaker.description == "the latest poll"


def test_who_after_a_name_in_an_of_phrase_is_the_name_when_the_head_cannot_speak():
    """ "with the backing of Valdoria, who fears ...": Valdoria fears, not "the backing of
    Valdoria"; "the leader of the Harbour Union, who said" stays the leader."""
    a = art(
        "Norland has tried to join the harbour pact with the backing of Valdoria, who fears the pact "
        "will reduce Kessling's role in the region."
    )
    assert by_content(a, "reduce Kessling's role").speaker.name == "Valdoria"
    b = art("The ferry ran late, said the leader of the Harbour Union, who said the crews were tired.")
    assert "leader" in (by_content(b, "crews were tired").speaker.description or "")


def test_a_titled_person_after_a_place_speaks_not_the_place():
    """ "Cherokee County, N.C., Sheriff Jack Brandt said": the parser makes the county the subject
    and the sheriff its appositive; the sheriff speaks."""
    a = art(
        "“We have reason to believe he has a rifle and we are approaching it that way,” Okafor said.\n\n"
        "The van, which was first approached as if it might be rigged, was taken to the police garage "
        "in Atlanta.\n\nCherokee County, N.C., Sheriff Jack Brandt said the terrain near the campground "
        "where the van was found is rugged with peaks that reach 4,500 feet into the sky."
    )
    q = by_content(a, "terrain near the campground")
    assert q.speaker.name == "Jack Brandt" and q.speaker.type == "person"


def test_it_after_an_opening_clause_is_the_body_that_clause_is_about():
    """ "Since Valdoria is sure that Norland will use the port for trade, it rejects calls ...":
    Valdoria rejects them, not Norland, the last country named before "it"."""
    a = art(
        "Since Valdoria is sure that Norland will use the port for trade, it rejects calls from a third "
        "country to cut ties with Norland, the Valdorian minister said."
    )
    assert by_cue(a, "rejects").speaker.name == "Valdoria"


def test_a_source_keeps_its_hyphenated_tail():
    """ "according to his sister-in-law": the source is the sister-in-law, not "his sister"."""
    a = art("In March, according to his sister-in-law, Varga told the bank that he had spent the ferry fund.")
    q = by_content(a, "In March")
    assert a.text[q.source.start : q.source.end] == "his sister-in-law"
    assert q.speaker.description == "his sister-in-law"


def test_a_capitalised_office_is_no_name():
    """ "The Foreign Minister said" is the office, as "the foreign minister" is: the minister the
    text named, or no name at all ("The Attorney General said"), never a person called "The
    Foreign Minister"."""
    a = art(
        "Foreign Minister Tomas Varga arrived in Kessling on Monday. The Foreign Minister said the port "
        "would open. The Attorney General said the case was closed."
    )
    assert by_content(a, "port would open").speaker.name == "Tomas Varga"
    q = by_content(a, "case was closed")
    assert q.speaker.name is None and q.speaker.description == "The Attorney General"


def test_a_subject_that_cannot_speak_never_speaks_for_a_joined_cue():
    """ "Shares of Harbour Lines lost 28 percent ..., after the company announced its new routes
    and said that ...": the parser joins "said" to "lost"; the company speaks, not the shares."""
    a = art(
        "Shares of the Kessling-based Harbour Lines Corp. lost 28 percent of their value Thursday, "
        "falling $10.625 to close at $26.9375, after the company announced its ferry strategy and said "
        "that its earnings for the fiscal year would be 10 percent below Wall Street's expectation."
    )
    q = by_content(a, "earnings for the fiscal year")
    assert q.speaker.type == "organization" and "Shares" not in (q.speaker.description or "")


def test_the_subject_opening_the_sentence_goes_on_past_a_time_phrase_with_its_own_subject():
    """ "Varga, who sat next to Brandt for the nine months Brandt was at All-Tech, recalled ...
    but could not recall the amount": the parser gives "was" both names as subjects and joins the
    cues to it; Varga recalls, not Brandt."""
    a = art(
        "Fred Varga, a trader, was released from the hospital Wednesday. Varga, who sat next to Brandt "
        "for the nine months Brandt was at All-Tech, recalled loaning Brandt money once but could not "
        "recall the amount."
    )
    assert all(q.speaker.name == "Fred Varga" for q in extract(a) if "recall" in s(a, q.cue))
    assert any("recall" in s(a, q.cue) for q in extract(a))


def test_it_after_a_court_filing_is_the_filing():
    """ "The court filing, written by ..., came at the request of Judge Ruiz. It offers a 45-page
    analysis of one issue: how ...": the filing, not an unresolved "it"."""
    a = art(
        "The court filing, written by Tomas Varga, a legal scholar, came at the request of Judge Ana "
        "Ruiz. It offers a 45-page analysis of one issue: how harbour law on “tying” should apply to "
        "the case."
    )
    assert by_cue(a, "offers").speaker.description == "The court filing"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The problem, said Mr. Kell, was the price of the new steel.", "Kell",
         ["The problem", "was the price of the new steel"]),
        ("The risk, said Tom Varga, a councillor, is that the town will lose its bridge.", "Tom Varga",
         ["The risk", "is that the town will lose its bridge"]),
        ("Yeager, Mara Kell told the police, fired five rounds from a rifle; then he fled.", "Mara Kell",
         ["Yeager", "fired five rounds from a rifle"]),
        ("Tom Varga spoke at the pier. This, he warned, will not end well for the town.", "Tom Varga",
         ["This", "will not end well for the town"]),
    ],
)  # fmt: skip
def test_an_attribution_between_a_subject_and_its_verb_gives_the_speaker_and_the_whole_claim(
    text, speaker, said
):
    a = art(text)
    q = by_cue(a, next(w for w in ("said", "told", "warned") if f" {w}" in text))
    assert q.speaker.name == speaker
    assert [s(a, c) for c in q.content] == said


def test_a_date_a_name_or_a_list_between_commas_is_no_attribution():
    for text in (
        "The harbour study, announced Tuesday, was based on phone surveys of ferry riders.",
        "The tumor, called a giant-cell tumor, appears to be gone for good.",
        "Their friends, parents and teachers recall the two boys, remembered as charming youngsters.",
    ):
        assert all(
            q.speaker.name in (None, "") or q.speaker.name not in text.split(",")[1]
            for q in extract(art(text))
        )
        assert all(s(art(text), q.source) not in ("Tuesday", "a giant-cell tumor", "parents and teachers")
                   for q in extract(art(text)) if q.source)  # fmt: skip


def test_reported_words_run_on_to_the_end_of_the_quote_they_open():
    a = art(
        "Mara Kell said the harbour rule “is built on the belief that ferries should be cheap. We are not "
        "asking for more than that.”"
    )
    q = by_cue(a, "said")
    assert q.kind == "mixed"
    assert s(a, q.content[-1]).endswith("We are not asking for more than that.”")


def test_a_clipped_year_opens_no_quote_and_a_single_mark_is_not_reopened_by_a_double_one():
    text = (
        "The sheriff said he was still troubled by the '93 fire. Tom Varga was the only suspect.\n\n"
        "“We could not prove it,” the sheriff said."
    )
    assert q_texts(text) == ["“We could not prove it,”"]
    a = art(text)
    assert s(a, by_cue(a, "said").content[-1]) == "he was still troubled by the '93 fire"
    assert q_texts("He said: ‘We will win.\n\n‘We always do,’ he added.") == [
        "‘We will win.",
        "‘We always do,’",
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("As Ms. Varga put it in a statement to the harbour board in July, the ferry is a lifeline for the town.",
         "Varga", "the ferry is a lifeline for the town"),
        ("As Tom Rosen, a tax lawyer at the Harbour Center, recently put it, the rules are a mess for everyone.",
         "Tom Rosen", "the rules are a mess for everyone"),
        ("As many harbour pilots, including Mara Kell, have pointed out, the channel is too shallow for big ships.",
         None, "the channel is too shallow for big ships"),
    ],
)  # fmt: skip
def test_an_as_clause_with_an_aside_or_a_setting_names_who_said_the_main_clause(text, speaker, said):
    a = art(text)
    (q,) = extract(a)
    assert (q.speaker.name, s(a, q.content[0])) == (speaker, said)
    if speaker is None:
        assert q.speaker.description == "many harbour pilots"


def test_an_as_clause_of_time_or_topic_reports_nothing():
    assert_no_quotes("As the lawyers argue about the school millions, guess what will happen to the pupils?")


def test_a_quote_a_colon_opens_stays_its_own_speakers_when_another_cue_reports_the_words_before_it():
    a = art(
        "Kell said this was “a remarkable position to take.” He quoted Tomas Brandt, the harbour historian, "
        "who wrote: “In all small ports, the pilot is master. And where pilots rule, there can be no free trade.”"
    )
    q = by_cue(a, "wrote")
    assert (q.kind, q.speaker.name) == ("direct", "Tomas Brandt")
    assert s(a, q.content[0]).endswith("there can be no free trade.”")


def test_the_terms_of_anonymity_are_not_what_was_said():
    a = art(
        "Tom Varga runs the harbour board. He was unable to find a single taker, he said, on condition of "
        "anonymity to speak freely about the mayor.\n\n"
        "Officials, speaking on condition of anonymity to discuss the inquiry, said the mayor would resign."
    )
    quotes = extract(a)
    assert [s(a, c) for c in by_cue(a, "said").content] == ["He was unable to find a single taker"]
    assert not any(s(a, c) in ("the mayor", "the inquiry") for q in quotes for c in q.content)


def test_a_plural_taken_for_a_name_is_no_person():
    a = art(
        "Last week, the Holt campaign also called on the port agency to conduct a review of the pier and said "
        "the council should set up a health center.\n\n"
        "Majorities of voters in five towns going to the polls Tuesday say they would be satisfied with both "
        "candidates as the nominee."
    )
    q = by_cue(a, "say")
    assert (q.speaker.name, q.speaker.type) == (None, "unknown")
    assert q.speaker.description.startswith("Majorities of voters")


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # ", she said." ending its sentence, the cue hung by the parser on "for people"
        ("Mara Kell runs the lab. The Internet has also made it possible for people with like-minded, if bogus, "
         "ideas and theories to organize into communities and reach others, she said.",
         "Mara Kell", "The Internet has also made it possible for people with like-minded, if bogus, ideas and "
         "theories to organize into communities and reach others"),
        # a cue between two clauses joined by "and": the one before it
        ("Tom Varga runs the harbour board. It would likely take two to three weeks to convene the board for a "
         "special meeting, he said, and intense wrangling could be paralyzing.",
         "Tom Varga", "It would likely take two to three weeks to convene the board for a special meeting"),
        # a name opening its sentence, past a description the parser read as a clause ("rabbi", a verb)
        ("Tomas Salkin, a Harbour City, Fla., rabbi helping to organize the boycott, said he and other rabbis "
         "were alarmed about the mayor's behavior.",
         "Tomas Salkin", "he and other rabbis were alarmed about the mayor's behavior"),
        # "said for the first time that ...": no relative clause of "time"
        ("Kirby also said for the first time that some emails between Holt and the mayor have been located and "
         "will also be withheld from public release.",
         "Kirby", "that some emails between Holt and the mayor have been located and will also be withheld from "
         "public release"),
    ],
)  # fmt: skip
def test_a_cue_the_parser_misreads_keeps_its_speaker_and_words(text, speaker, said):
    a = art(text)
    q = by_cue(a, "said")
    assert q.speaker.name == speaker
    assert [s(a, c) for c in q.content] == [said]


def test_a_one_word_answer_opening_its_sentence_is_said_but_a_scare_quote_is_not():
    a = art(
        "Tom Varga spoke on Monday. “That,” he added, “promises to make life harder for the ferry crews.”\n\n"
        "“Safety,” said Ada Grimm, a harbour pilot.\n\n"
        "The group called the plan “unacceptable,” and left the hall."
    )
    assert [s(a, c) for c in by_cue(a, "added").content] == [
        "“That,”",
        "“promises to make life harder for the ferry crews.”",
    ]
    q = by_cue(a, "said")
    assert (q.speaker.name, [s(a, c) for c in q.content]) == ("Ada Grimm", ["“Safety,”"])
    assert by_cue(a, "called").kind != "direct"


def test_a_one_word_answer_after_its_cue_is_said():
    """'Asked whether he would run again, Tomas Brill said, “No.”': a whole answer; but a word
    called something stays no direct quote ('called the plan “unacceptable.”')."""
    a = art(
        "Asked whether he would run again, Tomas Brill said, “No.”\n\nAsked about the pier, the mayor "
        "replied: “Never!”\n\nThe group called the plan “unacceptable.”"
    )
    q = by_cue(a, "said")
    assert (q.speaker.name, q.kind, [s(a, c) for c in q.content]) == ("Tomas Brill", "direct", ["“No.”"])
    assert [s(a, c) for c in by_cue(a, "replied").content] == ["“Never!”"]
    assert by_cue(a, "called").kind != "direct"


def test_the_main_clause_after_a_claim_is_not_part_of_the_claim():
    a = art(
        "After Varga announced the sentence on Feb. 14, claiming Okafor had blasphemed the faith in “The "
        "Harbour Verses,” the 52-year-old Okafor spent nearly a decade in hiding under police protection."
    )
    q = by_cue(a, "claiming")
    assert [s(a, c) for c in q.content] == ["Okafor had blasphemed the faith in “The Harbour Verses,”"]
    # a relative clause with its relative word stays ("..., in which police believe ...")
    b = art(
        "Barton said the murders were similar to the killings in Alabama, in which police believe a hatchet was used."
    )
    assert s(b, by_cue(b, "said").content[0]).endswith("in which police believe a hatchet was used")


def test_he_after_an_unnamed_one_described_again_is_that_one_not_the_latest_name():
    """'Another parolee, who declined to give his name, said ... The self-described alcoholic said
    ... “...,” he said': the parolee, described again, not the man named before him."""
    a = art(
        "“You have no cravings,” Tobias Wrenfield said, with needles in his ears.\n\n"
        "Another parolee, who declined to give his name for fear of hurting the bakeries he has owned "
        "for 20 years, said he too was sold on the program.\n\n"
        "“This is a wonder,” the man said while being treated last week.\n\n"
        "The self-described alcoholic said he tried drinking rum after a session.\n\n"
        "“It didn't taste the same. It was sour,” he said."
    )
    qs = extract(a)
    assert qs[1].speaker == Speaker(None, "anonymous", "Another parolee")
    last = qs[-1]
    assert s(a, last.content[0]).startswith("“It didn't")
    assert last.speaker.name is None and last.speaker.description == "The self-described alcoholic"


def test_he_carries_across_a_paragraph_only_about_him():
    """'... “My wife says I've changed,” he said. / Sometimes, he feels a tickling along his scar. /
    Pointing to his heart, he said, “...”': the same man, though another was a subject before."""
    a = art(
        "“We're over it,” said Colm Bratton, back at work.\n\n"
        "The only evidence of former day trader Lenny Osei's wound is a scar along his forearm. But he, "
        "too, has lost his freedom.\n\n"
        "“My wife says I've changed,” he said.\n\n"
        "Sometimes, he feels a tickling sensation along his scar.\n\n"
        "Pointing to his heart, he said, “I'm still uncomfortable.”"
    )
    q = next(q for q in extract(a) if "uncomfortable" in s(a, q.content[0]))
    assert q.speaker.name == "Lenny Osei"


def test_pushed_into_an_act_is_no_quote_but_charged_with_is_what_is_charged():
    a = art(
        "That, coupled with pressure from Harlow University to choose between politics and teaching, "
        "pushed Varga into making the gamble.\n\n"
        "The lawsuit, filed by the Harbour Trust, charges the Port Authority with “wanton neglect” of the "
        "pier, which it calls the “town's most important landmark.”"
    )
    assert not any(s(a, q.cue) == "pushed" for q in extract(a))
    assert s(a, by_cue(a, "charges").content[0]) == "the Port Authority with “wanton neglect” of the pier"
    assert s(a, by_cue(a, "calls").content[0]).startswith("the “town's")


def test_a_name_the_text_gives_a_legal_form_is_a_company():
    """'Zephyrix also said ...' beside 'Zephyrix Inc.': a company, whatever the recogniser says;
    but 'Quell' is a person where 'Marta Quell' is named beside 'Quell Corp.'."""
    a = art(
        "A judge slapped Zephyrix Inc. with an injunction on Wednesday. Zephyrix's lawyers relied on "
        "earlier rulings. Zephyrix also said it is protected by the 1992 Home Recording Act."
    )
    assert by_cue(a, "said").speaker == Speaker("Zephyrix", "organization", None)
    b = art("Marta Quell founded Quell Corp. in 1990. Quell said the firm would hire 40 people next year.")
    assert by_cue(b, "said").speaker == Speaker("Marta Quell", "person", None)


def test_what_was_done_to_a_noun_or_said_of_the_act_is_no_quote():
    """'the first molecule ever found that acts ...' (found, not finding), 'the first phase of the
    system planned to open in 2031' (planned by someone else), and a remark on an act after a dash
    ('agreed _ something that rarely happened') report no one's words."""
    a = art(
        "The optimism comes from the discovery of zentin, the first molecule ever found that acts on "
        "the brain as part of a natural weight control system.\n\n"
        "The first phase of the ferry system planned to open in 2031 will cost $2 billion.\n\n"
        "Temp workers could not join unions unless the user company and temp agency agreed _ "
        "something that rarely happened."
    )
    assert extract(a) == []


def test_a_colon_after_what_a_line_is_names_no_speaker():
    """'in language so purely Varga that it can only be a self-reference: “...”': the noun says what
    the line is, not who said it."""
    a = art(
        "Varga began with a line only harbour folk could love, in language so purely Varga that it can "
        "only be a self-reference: “So what's with the ferries and the fog?”"
    )
    assert not any(q.speaker.description == "a self-reference" for q in extract(a))


def test_a_cut_part_and_a_hedge_left_out_are_told_apart():
    """'“He looked odd to me,” ... “I thought something's weird about this man.”' against
    '“Something's weird about this man,”': the first part is only cut (truncated), but leaving out
    "I thought" turns a hunch into a statement (altered, those words alone)."""
    group = _one_group(
        "“He looked odd to me,” said Ada Grimm, a neighbour. “I thought something's weird about this man.”",
        "“Something's weird about this man,” said Ada Grimm, a neighbour.",
    )
    assert "truncated" in group.flags
    assert "altered: The Harbour Gazette leaves out 'i thought'" in group.flags, group.flags


def test_words_a_note_wrote_inside_a_report_are_the_notes_direct_quote():
    """'Ruiz said Varga's note denied ... and wrote, “There's no reason for me to lie now.”': the
    quoted words are a direct quote of the note, and the story's quote group matches them, not the
    detective's report around them."""
    a = art(
        "But Ruiz said Varga's note denied responsibility for those slayings and wrote, “There's no "
        "reason for me to lie now.”"
    )
    q = by_cue(a, "wrote")
    assert (q.kind, s(a, q.content[0])) == ("direct", "“There's no reason for me to lie now.”")
    group = _one_group(
        "But detective Dana Pierce said Tomas Varga's note denied responsibility for the slayings and "
        "wrote, “There's no reason for me to lie now.”",
        "“There's no reason for me to lie now,” Tomas Varga wrote in his note.",
    )
    assert all(v.speaker.name != "Dana Pierce" for v in group.variants), group.variants
    assert group.speaker.name == "Tomas Varga"


def test_words_inside_the_quote_are_not_the_cues_subject():
    """'“There's no reason to lie now, none at all,” Varga wrote': the parser's subject "none" is
    inside the quote; Varga wrote it (not "nobody wrote")."""
    a = art("“There's no reason for me to lie now, none at all,” Tomas Varga wrote in his note.")
    assert by_cue(a, "wrote").speaker.name == "Tomas Varga"


def test_a_group_names_a_speaker_given_by_first_name_in_full():
    """ "Gladys" in one report, "Gladys Barton" in the next: the group says "Ada Grimm"."""
    group = _one_group(
        "Varga's 76-year-old mother, Ada, said: “I wish there was some way to explain why this happened.”",
        "“I wish there was some way to explain why this happened,” said Varga's mother, Ada Grimm.",
    )
    assert group.speaker.name == "Ada Grimm", group.speaker


def test_a_persons_own_note_is_no_other_attribution():
    """ "Varga's note" in one report against "Varga" in another: his words, one speaker; "Ruiz's
    note" against "Varga" still differ."""
    from newsprism.quotes import _attributions

    varga = Speaker("Tomas Varga", "person")
    assert len(_attributions([varga, Speaker(None, "unknown", "Varga's note")])) == 1
    assert len(_attributions([varga, Speaker(None, "unknown", "Ruiz's note")])) == 2


def test_a_bare_surname_two_people_share_goes_on_with_the_one_just_quoted():
    """'Liz Varga, whose brother Scott Varga was killed, said ... “...,” Varga said': Liz; but a
    surname a description follows ("Varga, 59, who runs a radio show") or a title ("Mrs. Varga")
    may be someone else, and stays as written."""
    a = art(
        "Mourners gathered on Sunday.\n\nLiz Varga, whose brother Scott Varga was killed a year ago, said "
        "she decided to visit the building where her brother died. But it didn't ease her grief, she said."
        "\n\n“It never leaves,” Varga said after the service. “It never goes away.”\n\n"
        "Varga, 59, who runs a radio show in Orrin, said the family would hold a vigil."
    )
    assert by_cue(a, "said").speaker.name == "Liz Varga"
    qs = extract(a)
    assert next(q for q in qs if "It never leaves" in s(a, q.content[0])).speaker.name == "Liz Varga"
    assert next(q for q in qs if "vigil" in s(a, q.content[0])).speaker.name == "Varga"
    b = art(
        "Ada Varga runs a bakery in Orrin. Her daughter, Liz Varga, 12, is diabetic.\n\n"
        "Sometimes, Liz Varga said, she eats candy with her friends.\n\n"
        "“The sugar in her blood is getting high again,” Mrs. Varga said."
    )
    sugar = next(q for q in extract(b) if "sugar" in s(b, q.content[0]))
    assert sugar.speaker.name != "Liz Varga"  # (the title says another: the mother, or no one for sure)


def test_a_call_made_at_a_time_is_a_phone_call_and_an_aside_on_the_subject_does_not_end_the_claim():
    a = art(
        "The rent was late. He called Harbour County Police at 3:23 p.m., less than 30 minutes after "
        "the fire started in Orrin.\n\n"
        "Harbour officials announced Tuesday that the grey seal, hunted nearly to extinction a century "
        "ago, has rebounded enough to no longer be considered endangered."
    )
    assert not any(s(a, q.cue) == "called" for q in extract(a))
    assert s(a, by_cue(a, "announced").content[0]).endswith("no longer be considered endangered")


def test_an_aide_to_a_role_is_not_given_the_main_persons_name_as_well():
    """'An aide to the prime minister said' stays as written, not 'aide to the prime minister of
    Tomas Varga'; 'A close aide said' is the main person's aide."""
    a = art(
        "Prime Minister Tomas Varga will skip the ceremony. An aide to the prime minister said the trip "
        "was off. A close aide said the decision was final."
    )
    qs = extract(a)
    assert qs[0].speaker.description == "An aide to the prime minister"
    assert qs[1].speaker.description == "close aide of Tomas Varga"


def test_what_one_refers_to_something_as_is_reported_with_it():
    a = art(
        "The firm refers to itself as the “embattled ferry company.” Varga refers to his boat as “the Beast.”"
    )
    assert s(a, by_cue(a, "refers").content[0]) == "to itself as the “embattled ferry company.”"


def test_far_from_agreeing_is_no_agreement():
    a = art(
        "Two weeks before the summit, ministers in the Harbour Council still seem far from agreeing on how to settle the pier."
    )
    assert not any(s(a, q.cue) == "agreeing" for q in extract(a))


def test_according_to_at_a_paragraphs_end_does_not_take_itself_into_what_was_said():
    """ "..., according to a senior Harbour official." ending a paragraph: the words before the
    phrase are his, not the phrase too; a quote mark the content opens is closed with it."""
    a = art(
        "Harbour will next year ratify the Orrin Treaty banning land mines, according to a senior "
        "Harbour government official.\n\nVarga's health was also “failing,” according to a statement "
        "released Thursday by the ferry union.\n\nThe treaty was signed in 1997."
    )
    qs = [q for q in extract(a) if s(a, q.cue) == "according to"]
    assert [s(a, q.content[0]) for q in qs] == [
        "Harbour will next year ratify the Orrin Treaty banning land mines",
        "Varga's health was also “failing,”",
    ]


def test_a_headline_name_does_not_take_in_its_own_verb():
    """ "Morales Says Mexican-American Museum Will ..." was read as one name, "Morales Says", and
    the article's "the mayor" was then named after the headline."""
    a = art(
        "Morales Says Mexican-American Museum Will Tell of 'Pain and Pride.'\n\nPORTLEDGE -- Mayor "
        "Morales, opening the museum on Saturday, said it would tell a story of ''salt and sorrow.''\n\n"
        "''It is a place of memory,'' the mayor said."
    )
    assert {q.speaker.name for q in extract(a)} == {"Morales"}


def test_one_of_a_list_of_names_who_speaks_as_i_is_the_name_before_who():
    """A list of names, then "who" and a quote in the first person singular: the last name speaks,
    not the list; a quote that says "we" is the list's."""
    a = art(
        "The ceremony featured singers like Dana Pierce, Tom Hale, Rita Vance and Mark Ossel, who joked of "
        "the hall, ''I haven't seen it yet, but I'm going to.''"
    )
    assert [q.speaker.name for q in extract(a)] == ["Mark Ossel"]
    b = art("The guests included Dana Pierce, Tom Hale and Rita Vance, who joked, “We haven't seen it yet.”")
    assert [q.speaker.name for q in extract(b)] == ["Dana Pierce, Tom Hale and Rita Vance"]


def test_a_surname_typed_a_place_where_it_is_a_subject_is_the_person():
    """ "Aubonne, formerly with the Harbour Institute, agrees ... what he calls the fat trap" after
    "Dr. Paul Aubonne": the recogniser typed the surname a place, and "he" went to the doctor just
    quoted."""
    a = art(
        "Dr. Paul Aubonne has studied the diet for years. “It is the food,” said Dr. Tomas Hale.\n\n"
        "Aubonne, formerly with the Harbour Institute, agrees and has come to group these factors into "
        "what he calls the fat trap."
    )
    assert by_cue(a, "calls").speaker.name == "Paul Aubonne"


def test_a_source_starts_after_the_quotation_the_parser_hung_on_it():
    """ "“..., and clearly the harbour is the most important,” Varga, who heads the board, told": the
    quotation's last words are not part of who said it."""
    a = art(
        "“Every town has a duty to help, and clearly the harbour is the most important,” Varga, who "
        "heads the ferry board, told a press conference."
    )
    q = by_cue(a, "told")
    assert s(a, q.source) == "Varga, who heads the ferry board"


def test_a_name_set_off_after_a_role_is_a_person_whatever_the_recogniser_typed():
    """ "a Harbour Department deputy spokesman, Philip Ossel, said": the recogniser typed the name
    an organisation; it names the spokesman, a person."""
    a = art("”We regard it as a threat,” a Harbour Department deputy spokesman, Philip Ossel, said Thursday.")
    sp = extract(a)[0].speaker
    assert (sp.name, sp.type) == ("Philip Ossel", "person")


def test_a_body_named_again_by_its_last_words_is_the_one_an_earlier_quote_named():
    """ "the press service stressed" after "the Harbour Navy press service said": the recogniser
    found no organisation in the name, but the earlier quote's speaker is one."""
    a = art(
        "Divers reached the hull on Monday, the Harbour Navy press service said. Experts are studying "
        'the photographs. "The situation is critical," the press service stressed.'
    )
    assert by_cue(a, "stressed").speaker.name == "Harbour Navy press service"


def test_not_everyone_thinking_something_is_not_everyones_claim():
    """ "not everyone thinks ...": the source keeps its "not" (it was "everyone")."""
    a = art(
        "A few dozen agents still live in Orrin. But not everyone thinks Varga is still hidden in these "
        "woods. Not all experts think the trail is cold."
    )
    assert [q.speaker.description for q in extract(a)] == ["not everyone", "Not all experts"]


def test_a_texts_participle_the_parser_hung_on_the_sentences_verb_is_the_texts():
    """ "Tomas Varga sees new safety ... from the Islamic edict calling for his murder": the edict
    calls for it, not Varga."""
    a = art(
        "British writer Tomas Varga sees new safety for himself in Norland's distancing itself from the "
        "Islamic edict calling for his murder, but many in Norland are debating whether anything has changed."
    )
    q = by_cue(a, "calling")
    assert q.speaker.name is None and q.speaker.description == "the Islamic edict"


def test_content_does_not_leave_a_bracket_it_opens_unclosed():
    a = art(
        "Her fiercest critics have been civil libertarians, who have decried her efforts to restrict "
        "information on the Internet (ranging from personal data to instructions on how to build bombs)."
    )
    assert s(a, by_cue(a, "have decried").content[-1]) == (
        "her efforts to restrict information on the Internet (ranging from personal data to "
        "instructions on how to build bombs)"
    )


def test_a_name_after_a_ministrys_name_is_the_persons():
    """ "Permanent Secretary of the Ministry of Education, Science and Technology Wilfred Okoth":
    the recogniser made "Science and Technology Wilfred Okoth" an organisation; a later bare
    "Okoth" is him in full."""
    a = art(
        "NAIROBI, September 22 (Xinhua) -- The Orrin government is worried by school drop-out rates.\n\n"
        "Out of the pupils enrolled in Standard One, only 47 percent complete primary education, Permanent "
        "Secretary of the Ministry of Education, Science and Technology Wilfred Okoth said Tuesday.\n\n"
        "According to Okoth, the education allocations have more than tripled over the past eight years."
    )
    assert [q.speaker.name for q in extract(a)] == ["Wilfred Okoth", "Wilfred Okoth"]


def test_the_one_made_to_talk_is_not_the_one_who_made_her():
    a = art(
        "Mrs. Dana Pierce befriended Ms. Rita Vance and got her to talk about her marriage while secretly taping their talks."
    )
    assert by_cue(a, "to talk").speaker.name == "Rita Vance"


def test_a_possessive_inside_a_description_is_replaced_by_whose_it_is():
    a = art(
        "Vice President Tomas Varga spoke in Orrin on Tuesday. About 80 people attended the fund-raiser "
        "for Varga, where a spokesman for his presidential campaign said the campaign expected to net "
        "about $150,000 from the visit."
    )
    assert extract(a)[0].speaker.description == "spokesman for Tomas Varga's presidential campaign"


def test_one_of_a_group_named_in_apposition_is_that_person():
    a = art(
        "One of those Democrats, Rep. Tomas Varga of Colorado, said, “The court has saved Congress from itself.”"
    )
    assert extract(a)[0].speaker.name == "Tomas Varga"


def test_a_group_speaks_through_the_example_it_names_when_the_words_are_one_persons():
    a = art(
        "Conservatives like Dana Pierce, executive director of the Harbour Coalition, embraced the "
        "findings, saying, “Some would love to exclude all of it, and I think that runs against history.”"
    )
    assert by_cue(a, "saying").speaker.name == "Dana Pierce"
    b = art(
        "Conservatives like Dana Pierce embraced the findings, saying, “We think that runs against history.”"
    )
    assert by_cue(b, "saying").speaker.name == "Conservatives"


def test_calling_elections_is_holding_them_not_saying_anything():
    a = art(
        "Prime Minister Tomas Varga has called the elections to try to win back legitimacy and aid lost after his takeover."
    )
    assert extract(a) == []


def test_a_person_described_by_another_role_is_not_the_lawyer_just_quoted():
    """ "the former football player told ..." after "said the famed defense attorney" and "Pierce
    told King": not the attorney (silent rather than wrong); "The attorney said" stays hers."""
    a = art(
        "LOS ANGELES (AP) -- Tomas Varga will take a lie detector test, defense attorney Dana Pierce "
        "announced on Wednesday night.\n\n”It'll be publicly seen, win, lose or draw,” said the famed "
        "defense attorney, who represented Varga at his trial.\n\n”He's trying to get enough money out "
        "there,” Pierce told King from West Palm Beach, Fla.\n\nOn Monday, the former football player "
        "told The Associated Press that he never has taken a lie-detector test."
    )
    told = [q for q in extract(a) if s(a, q.source) == "the former football player"]
    assert [q.speaker.name for q in told] == [None]
    b = art(
        "Defense attorney Dana Pierce spoke on Tuesday. “We will win,” Pierce said. The attorney said the case was weak."
    )
    assert [q.speaker.name for q in extract(b)] == ["Dana Pierce", "Dana Pierce"]


def test_one_of_his_aides_says_whose_aides():
    a = art("Tomas Varga spoke in Orrin. One of his aides said he was tired.")
    assert extract(a)[0].speaker.description == "One of Tomas Varga's aides"


def test_a_wire_dash_opening_an_aside_is_no_part_of_a_source_or_its_content():
    """ "her parents _ who thought she would go into a career _ cautiously wonder ...": "who" is
    the parents (not the dash), what they thought ends at the closing dash, and "they" is "her
    parents", without the dash."""
    a = art(
        "And even while her parents _ who thought she would go into a career _ cautiously wonder when "
        "she'll use that degree, they applaud her resolve."
    )
    qs = extract(a)
    assert [q.speaker.description for q in qs] == ["her parents", "her parents"]
    assert s(a, qs[0].content[0]) == "she would go into a career"


def test_a_wire_dash_aside_inside_a_phrase_or_after_it_ends_the_source():
    """ "the three _ also members of the harbour board _ condemned": the parser hangs the aside on
    the head noun after it, so the phrase ends at the opening dash; "the tribunal _ over an
    objection from Varga _ said": the source is not widened into an aside that says how. A name's
    aside stays its description ("Kall -- co-editor of ...", as PolNeAR marks sources)."""
    a = art(
        "Following the vote, the three _ also members of the harbour board _ condemned the plan and "
        "pledged “to stop the sale of the Elling docks for good.”"
    )
    qs = extract(a)
    assert [q.speaker.description for q in qs] == ["the three", "the three"]
    assert {s(a, q.source) for q in qs} == {"the three"}
    b = art(
        "In this year's case, the tribunal _ over an objection from Varga _ said the Elling dock "
        "workers could challenge the sale."
    )
    (q,) = extract(b)
    assert s(b, q.source) == "the tribunal" and q.speaker.description == "the tribunal"
    c = art(
        "Marta Kall -- co-editor of Harbour Talk, a book on the port's debates -- said the mayor "
        "tended to make promises at those meetings."
    )
    (q,) = extract(c)
    assert s(c, q.source) == "Marta Kall -- co-editor of Harbour Talk, a book on the port's debates"


def test_a_note_a_person_wrote_speaks_for_its_writer():
    """ "Tolliver sat at the desk ... and wrote a rambling confession that concluded, “...”": the
    words are Tolliver's, not the confession's; a letter a body issued stays the letter."""
    a = art(
        "Police said Mark Tolliver set fire to the barn on Tuesday. On Friday, with the farm still smoking, "
        "Tolliver sat at the desk he had used to plan his crops and wrote a rambling confession that "
        "concluded, “Do not look for me in the hills.”"
    )
    assert by_cue(a, "concluded").speaker.name == "Mark Tolliver"
    b = art("The city issued a letter that said, “We will not pay for the repairs.”")
    assert by_cue(b, "said").speaker == Speaker(None, "unknown", "a letter")


def test_what_a_show_is_all_about_is_no_report():
    """ "“Ruby” is now all about finding what you want from life, spelled with a capital “WANT.”":
    a gerund after "is about" says what something is about; no one found or said anything. "set
    about persuading" (began to persuade) stays."""
    a = art(
        "Her talk show has changed this season. “Ruby” is now all about finding what you want from life, "
        "spelled with a capital “WANT.”"
    )
    assert extract(a) == []
    b = art("Mr. Varga set about persuading President Ada Lind to join the harbour treaty.")
    assert [s(b, q.cue) for q in extract(b)] == ["persuading"]


def test_a_thing_not_mentioned_is_no_quote_but_an_open_question_is():
    """ "The spokesman did not mention the size of the harbour budget": nothing said; "did not
    disclose how much the navy would get" says what was left unanswered, and stays."""
    a = art(
        "The spokesman did not mention the size of the harbour budget for the coming year (which begins in "
        "April). The minister did not disclose how much the navy would get."
    )
    assert [s(a, q.content[0]) for q in extract(a)] == ["how much the navy would get"]


def test_a_newspapers_name_after_its_noun_is_an_organisation_not_a_person():
    """'said a survey published by the newspaper "La Voce" today', "The newspaper, Il Foglio,
    said": the outlet, by its name without its quote marks, is no person."""
    a = art(
        "Housing is the main worry of young voters, ahead of jobs, said a survey published by the "
        'newspaper "La Voce" today. The newspaper, Il Foglio, said the survey was flawed.'
    )
    speakers = [(q.speaker.name, q.speaker.type) for q in extract(a)]
    assert speakers == [("La Voce", "organization"), ("Il Foglio", "organization")]


def test_a_that_clause_after_a_verb_of_worry_is_all_of_what_was_said():
    """ "Ostrander said he worried that fears over the fever ... would push parents ...": the
    words run on to the end of the sentence. (A guard: in DUC the parser read "fears" as a verb and
    hung its clause on "said" beside "he worried", which cut the words to "he worried"; no
    fictional sentence reproduced that parse.)"""
    a = art(
        "Ostrander said he worried that fears over the fever, and the rush to screen and dose every child, "
        "would push parents of mildly ill children to buy costly pills with harmful side effects, whether "
        "the children need them or not. He said most children who catch the fever “will get well on their own.”"
    )
    q = extract(a)[0]
    assert s(a, q.content[0]).startswith("he worried that fears over the fever")
    assert s(a, q.content[0]).endswith("whether the children need them or not")


def test_a_mother_in_the_speakers_own_words_is_no_second_she():
    """ "“As a mother, especially with a son about Carla's age (her son is 20),” she said": the kin
    are in her own words (or a note on them), so "she" is still the one quoted."""
    a = art(
        "Dana Whitlock, whose recordings of Carla Ruiz earned her the nickname “the harbour's most hated "
        "woman,” was back.\n\nShe is shaken, but mostly unapologetic.\n\nBy handing over the recordings, "
        "she says, she meant to “end” Carla's friendship with the councillor for good.\n\n“As a mother, "
        "especially with a son about Carla's age (her son is 20),” she said, wiping her eyes, “I would want "
        "another mother to do for my son what I did for Carla.”\n\nShe said she will not write a memoir."
    )
    assert {q.speaker.name for q in extract(a)} == {"Dana Whitlock"}


def test_a_quoted_sentence_after_an_unresolved_she_goes_on_in_her_words():
    """'“Here comes Big Jim,” she said, clapping. “The Governor. Big Jim.”': whoever "she" is, the
    quoted sentence after hers is hers too (it had been dropped when "she" named no one)."""
    a = art(
        "The fan's excitement is described at length:\n\n“Here comes Big Jim,” she said, clapping. "
        "“The Governor. Big Jim.”"
    )
    assert [(s(a, q.content[0]), q.speaker.description) for q in extract(a)] == [
        ("“Here comes Big Jim,”", "she"),
        ("“The Governor. Big Jim.”", "she"),
    ]


def test_a_clause_the_parser_read_as_a_phrase_under_a_lower_verb_has_its_subject():
    """ "with Ostland arming the rebels as Marenia, Caldor and Vesk support some government units":
    the "as" hangs on "arming", not on the cue's head; the three countries take the stand, not
    "the League's clearest recent failure"."""
    a = art(
        "The League's clearest recent failure has been over Veldoria, with Ostland arming the rebels as "
        "Marenia, Caldor and Vesk support some government units."
    )
    assert s(a, by_cue(a, "support").source) == "Marenia, Caldor and Vesk"


def test_a_joining_word_before_a_subject_aside_is_no_part_of_it():
    """ "And that, said the college's Selwyn, is perhaps the most important point of all": Selwyn
    says it (the source had been "that")."""
    a = art(
        "Mitra Selwyn, an associate professor at the harbour college, said tools matter. And that, said the "
        "college's Selwyn, is perhaps the most important point of all."
    )
    q = extract(a)[-1]
    assert q.speaker.name == "Mitra Selwyn" and s(a, q.source) == "the college's Selwyn"


def test_money_that_supports_a_program_takes_no_stand():
    """ "The charity concert should raise enough money to support the choir program": the money
    funds it, no one's words; "unions have supported the plan" and "the evidence supports the
    view" stay."""
    a = art(
        "The charity concert should raise enough money to support the choir program for two more years, "
        "Anton Rask said. Several farm unions have supported the plan. The evidence supports the view that "
        "the levee failed."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["said", "have supported", "supports"]


def test_a_suspect_before_a_name_is_a_title_not_a_cue():
    """ "The task force that has hunted bombing suspect Dario Velt": the parser read "suspect" as
    a verb with the name its object; no one suspects anything. "Police suspect Mark Tolliver set
    the fire" stays. Searchers whose participle ended the subject are the subject, not the name
    sought."""
    a = art(
        "The task force that has hunted bombing suspect Dario Velt for three years will close its command "
        "post. Police suspect Mark Tolliver set the fire."
    )
    assert [s(a, q.source) for q in extract(a)] == ["Police"]
    b = art(
        "ELLING, Ore. _ Federal agents searching for Harbourside arson suspect Dario Ivo Velt have found "
        "what they believe was a campsite where the fugitive watched the ranch."
    )
    assert [q.speaker.description for q in extract(b)] == ["Federal agents"]


def test_what_no_one_sought_is_no_quote():
    """ "County social workers looked into a report ..., but sought no criminal charges": nothing
    sought, no words."""
    a = art(
        "County social workers looked into a report that Varga had struck his son, but sought no criminal charges."
    )
    assert extract(a) == []


def test_a_subject_aside_after_a_relative_clause_and_a_place_in_the_appositive():
    """ "One more reason the mood favours reopening these files, said Marta Kall, executive director
    of the center in Elling, Ala., is that ...": Kall says it (it had been "Another reason", and
    the words had been her own name), and her source ends before the last comma."""
    a = art(
        "One more reason the mood favours reopening these files now, said Marta Kall, executive director of "
        "the Harbour Law Center in Elling, Ala., is that the state police have opened their archives."
    )
    (q,) = extract(a)
    assert q.speaker.name == "Marta Kall"
    assert s(a, q.source) == "Marta Kall, executive director of the Harbour Law Center in Elling, Ala."
    assert [s(a, c) for c in q.content] == [
        "One more reason the mood favours reopening these files now",
        "is that the state police have opened their archives",
    ]


def test_a_name_in_the_words_a_pronoun_reports_is_not_the_pronoun():
    """ "Robin Karlsson's plan will fail, she added": the name is what was said about, not who
    "she" is (the mayor quoted just before)."""
    a = art("“We need water,” said the mayor, Ada Pell.\n\nRobin Karlsson's plan will fail, she added.")
    assert by_cue(a, "added").speaker.name == "Ada Pell"


def test_what_a_body_is_asked_to_do_is_what_was_demanded():
    """ "The tenants also demanded the Harbour City Council to announce a heating schedule": the
    demand is the infinitive (the parser hung it apart, as an adverbial clause), not the council,
    and the council announced nothing; "demanded an apology" stays."""
    a = art(
        "The tenants also demanded the Harbour City Council to announce a heating schedule to let them know "
        "the hours when the boilers run. The union demanded an apology."
    )
    assert [(s(a, q.cue), s(a, q.content[0])) for q in extract(a)] == [
        ("demanded", "to announce a heating schedule to let them know the hours when the boilers run"),
        ("demanded", "an apology"),
    ]


def test_no_one_named_in_a_wire_budget_line_speaks():
    """ "For questions, please call Frank Dennison at 555-010-2233": a desk's budget line, marked
    boilerplate, names no one who can be "he" in the story (silent rather than the desk contact);
    a role of a person set off after a name makes it a person ("Wilkes Holloway, a Harbour Square
    men's clothier")."""
    a = art(
        "These are the stories the Harbour Ledger business desk plans to move for Sunday, March 3, on the "
        "wire. For questions, please call Frank Dennison on 555-010-2233 or the news desk on "
        "555-010-4455.\n\nSPRING _ Mild weather is expected to bring strong garden sales this spring, "
        "analysts said. “Most spring sales come down to the weather,” said Orrin Hardware Inc. “The local "
        "economy is clearly strong,” he said."
    )
    assert by_content(a, "local economy").speaker.name is None
    b = art(
        "“Most spring sales come down to the weather,” said Wilkes Holloway, a Harbour Square men's "
        "clothier. “The local economy is clearly strong,” he said."
    )
    assert [q.speaker.name for q in extract(b)] == ["Wilkes Holloway", "Wilkes Holloway"]


def test_a_bare_participle_the_parser_made_a_clause_runs_on_to_the_real_verbs():
    """ "Tomas Varga said Monday the builder currently working on the wharf agreed to finish the job
    after anglers blockading the wharf chained themselves to the rail": the parser made "working",
    "agreed" and "chained" three clauses of "said"; what he said is all of it (it had been "the
    builder currently working on the wharf"). A guard: the DUC sentence's parse is what the fix
    mends, and no fictional sentence reproduced it."""
    a = art(
        "Tomas Varga said Monday the builder currently working on the wharf agreed to finish the job after "
        "anglers blockading the wharf chained themselves to the rail."
    )
    (q,) = extract(a)
    assert s(a, q.content[0]).endswith("after anglers blockading the wharf chained themselves to the rail")


def test_a_name_before_a_dashed_aside_speaks_when_the_parser_found_no_main_verb():
    """ "But Lena Ostrova, a Vell harpist and critic who has written a book on ... _ the notion that
    ... _ said ...": the parser left the sentence without a main verb, made her name its root and
    the closing dash the subject of "said"; she speaks, not "_"."""
    a = art(
        "But Lena Ostrova, a Vell harpist and critic who has written a book on harp tuning _ the notion "
        "that old strings hold their pitch longer _ said the claim could not be tested."
    )
    q = by_cue(a, "said")
    assert q.speaker.name == "Lena Ostrova"
    assert s(a, q.source).startswith("Lena Ostrova, a Vell harpist")


def test_driven_toward_something_is_no_speech():
    """ "Cheap imports are pushing the old mills toward closure": driven, not pressed for in words
    ("pushed for a recount" stays)."""
    a = art(
        "Cheap imports are pushing the old mills toward closure. Rising rents pushed the bakery towards "
        "bankruptcy last year. The union pushed for a recount on Friday."
    )
    assert [s(a, q.cue) for q in extract(a)] == ["pushed"]


def test_a_share_of_those_asked_speaks_as_the_whole_share():
    """ "roughly one in six say the opposite": the share, not "roughly one"."""
    a = art(
        "Most voters in Elling like the new ferry timetable, but roughly one in six say the ferries run late."
    )
    q = by_cue(a, "say")
    assert q.speaker.description == "roughly one in six"


def test_words_a_version_marks_as_left_out_are_no_altered_wording():
    """ "to sink ... the boats that ruined my trade" against "to sink as many of the boats that ruined
    my trade": the first marks its cut, so the second adds nothing; an unmarked cut still shows."""
    tail = "the boats that ruined my trade and drove my brothers off the island for good,” said Tomas Venn."
    group = _one_group(
        f"“I only want to live long enough to sink ... {tail}",
        f"“I only want to live long enough to sink as many of {tail}",
    )
    assert not any(f.startswith("altered") for f in group.flags), group.flags
    other = _one_group(
        f"“I only want to live long enough to sink {tail}",
        f"“I only want to live long enough to sink as many of {tail}",
    )
    assert "altered: The Harbour Gazette adds 'as many of'" in other.flags, other.flags


def test_words_one_version_puts_elsewhere_are_moved_not_added():
    """ "We have no proof, at this hour, that this ferry caused the fire" against "We're saying at this
    hour that we have no proof that this caused the fire": the Gazette moves "we have no proof", it
    does not add it; a phrase said twice in one version and once in the other is left out, not
    moved."""
    group = _one_group(
        "“We have no proof, at this hour, that this ferry caused the fire on the north pier,” said Tomas Venn.",
        "“We're saying at this hour that we have no proof that this caused the fire on the north pier,” "
        "said Tomas Venn.",
    )
    moved = [f for f in group.flags if "moves" in f]
    assert moved == ["altered: The Harbour Gazette moves 'we have no proof'"], group.flags
    assert not any(f.startswith("altered: The Harbour Gazette adds 'we have") for f in group.flags)
    twice = _one_group(
        "“This is a fine morning, a fine morning for the island and a fine morning for its ferry,” said Ada Grimm.",
        "“This is a fine morning for the island and a fine morning for its ferry,” said Ada Grimm.",
    )
    assert "altered: The Harbour Gazette leaves out 'a fine morning'" in twice.flags, twice.flags


def test_a_clause_on_what_a_cue_is_said_of_is_not_what_was_said():
    """'“It's not much of a role,” he said of the Tam Orrin we see on stage': "we see on stage" is
    the Orrin seen (a relative clause the parser hung on "said"), not his words; his words are the
    quote, a whole sentence, so a direct quote."""
    a = art(
        "Part of the charm, Tam Orrin said, is his manner.\n\n“It's not much of a role,” he said of the "
        "Tam Orrin we see on stage. “I'm not stretching there.”"
    )
    quotes = extract(a)
    assert any(q.kind == "direct" and s(a, q.content[0]) == "“It's not much of a role,”" for q in quotes)
    assert not any(q.cue is not None and s(a, q.cue) == "see" for q in quotes)
    assert not any(s(a, c).startswith("we see") for q in quotes for c in q.content)


def test_those_regarded_so_are_no_source_when_the_parser_hangs_the_said_on_them():
    """ "..., with more than 30 percent of fishermen and up to 12 percent of pupils now considered
    obese, a senior island doctor said Monday": the parser hung "said" under "considered", but the
    pupils regarded so hold no view; silent rather than theirs."""
    a = art(
        "Island meals have failed to slow the rise of obesity on Orrin, with more than 30 percent "
        "of fishermen and up to 12 percent of pupils now considered obese, a senior island doctor said Monday."
    )
    assert not any(q.cue is not None and s(a, q.cue) == "considered" for q in extract(a))
    assert not any("percent of" in (q.speaker.description or "") for q in extract(a))


def test_what_a_body_has_not_acknowledged_is_not_its_claim():
    """ "Norland's ministry has not acknowledged that both men are its spies": the claim is the
    newspaper's, not the ministry's; "acknowledged that the ferry was late" stays."""
    a = art(
        "Two islanders held in Orrin spy for the Norland secret service, a newspaper said Thursday. "
        "Norland's ministry has not acknowledged that both men are its spies. The harbour minister "
        "acknowledged that the ferry was late."
    )
    speakers = [q.speaker.description or q.speaker.name for q in extract(a)]
    assert not any("Norland" in (sp or "") for sp in speakers), speakers
    assert any(s(a, q.cue) == "acknowledged" for q in extract(a) if q.cue is not None)


def test_whoever_asked_him_is_not_the_he_who_was_asked():
    """'“I know the harbour well,” Venn replied when he was asked by the phone-in host why she ought
    to elect him': the host asked; she is not Venn, the one quoted just before."""
    a = art(
        "Norland presidential hopeful Tomas Venn went on a radio phone-in Friday to court older voters. "
        '"I know the harbour well," Venn replied when he was asked by the phone-in host why she ought '
        "to elect him."
    )
    asked = by_cue(a, "was asked")
    assert asked.speaker.name is None and asked.speaker.description == "the phone-in host"
