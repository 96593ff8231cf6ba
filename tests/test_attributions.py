"""Learned attributions (newsprism.attributions, quotes.learned_attributions): fictional text."""

import math

from newsprism import attributions
from newsprism.attributions import Model, features
from newsprism.ingest import article_from_json, finish
from newsprism.quotes import attribution_candidates, extract, learned_attributions, ruled


def art(text):
    return finish(article_from_json({"text": text}), [], "t", None)


def found(text):
    a = art(text)
    return [(q.speaker.name or q.speaker.description, a.text[q.cue.start : q.cue.end], a.text[q.content[0].start : q.content[0].end]) for q in extract(a)]  # fmt: skip


def test_the_model_scores_by_its_weights_and_the_shipped_one_loads():
    m = Model(bias=-1.0, weights={"L=back": 2.0, "D=dobj": 0.5}, threshold=0.4)
    assert math.isclose(m.score(["L=back", "D=dobj", "unknown"]), 1 / (1 + math.exp(-1.5)))
    assert math.isclose(m.score([]), 1 / (1 + math.exp(1.0)))
    shipped = attributions.load()
    assert shipped is not None and 0 < shipped.threshold < 1 and len(shipped.weights) > 100
    assert Model(**{k: v for k, v in shipped.to_dict().items()}) == shipped


def test_features_name_the_cue_its_dependent_and_the_subject():
    a = art("Councillor Mara Quist has long backed the harbour levy.")
    ctx = ruled(a)
    ((verb, subj, span, names),) = list(attribution_candidates(ctx))
    assert (verb.lemma_, subj.text, a.text[span.start : span.end]) == ("back", "Quist", "the harbour levy")
    assert {"L=back", "D=dobj", "LD=back|dobj", "ST=PERSON", "CF=the", "CNV"} <= set(names)
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert names == features(verb, obj, list(obj.subtree), subj, False)


def test_stances_speech_topics_and_owned_views_are_attributed():
    assert found("Mara Quist voted against the harbour levy on Tuesday.") == [
        ("Mara Quist", "voted", "the harbour levy")
    ]
    assert found("Dana Orrin spoke about the closure of the shipyard for an hour.") == [
        ("Dana Orrin", "spoke", "the closure of the shipyard")
    ]
    assert found("Councillor Mara Quist has long backed the harbour levy.") == [
        ("Mara Quist", "has long backed", "the harbour levy")
    ]


def test_no_model_or_a_high_threshold_adds_nothing():
    a = art("Councillor Mara Quist has long backed the harbour levy.")
    ctx = ruled(a)
    learned_attributions(ctx, Model(bias=-50.0))
    assert ctx.quotes == []
    assert extract(a, learned=False) == []


def test_blows_sights_hearers_names_and_passives_without_a_doer_are_no_attributions():
    for text in (
        "A group of teenagers attacked a fisherman near the pier.",  # a blow, not a stance
        "Quist saw the ferry leave.",  # a sight
        "Tom Avery writes for the Harbour Gazette.",  # an employer, not a topic
        "Quist, considered the favourite, arrived late.",  # the one considered
        "The harbour levy was criticized in March.",  # no one named criticizes
        "Fearing a strike, the harbour board closed the north pier.",  # a motive
        "The council considered a proposal to cut ferry fares.",  # weighed, not a view
        "The council also added 2 million dollars for a new ferry pier.",  # what the money is for
    ):
        assert found(text) == [], text
    # the hearers are not what was urged (the rules take that)
    assert all(content != "the islanders" for _, _, content in found("Orrin urged the islanders to vote."))


def test_a_time_and_a_behalf_are_no_candidates():
    """ "for the first time specifically recommended swimming" (when), "to testify for the council"
    (on whose behalf): the learned model is never offered these as what was said."""
    for text, gone in (
        (
            "The meeting came a week after the Elling council revised its harbour rules, which it reviews "
            "each decade, and for the first time expressly recommended swimming to help prevent drowning.",
            "the first time",
        ),
        ("Tomas Varga was the first harbour pilot to testify for the council.", "the council"),
    ):
        a = art(text)
        offered = [a.text[span.start : span.end] for _, _, span, _ in attribution_candidates(ruled(a))]
        assert gone not in offered, (text, offered)
        assert "swimming" in offered or "council" in gone  # (what was recommended is still offered)
