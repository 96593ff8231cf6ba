"""The scorer's pieces that need no model: feature arithmetic and the shipped-model format."""

import importlib.util
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsprism.nlp import content_terms, name_keys, numbers, tokens
from newsprism.similarity import FEATURES, DocFreq, ScoreModel, load_model, tfidf_cos

ROOT = Path(__file__).resolve().parent.parent


def _train_script():
    spec = importlib.util.spec_from_file_location(
        "train_similarity", ROOT / "scripts" / "train_similarity.py"
    )
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except SystemExit:  # pragma: no cover - the script's data loader exits when ../shared is absent
        pytest.skip("training script needs ../shared")
    return mod


def test_exported_trees_reproduce_sklearn():
    from sklearn.ensemble import GradientBoostingRegressor

    rng = np.random.default_rng(0)
    X = rng.random((400, len(FEATURES)))
    y = np.sin(3 * X[:, 0]) + X[:, 3] ** 2 - 0.5 * X[:, 5]
    gb = GradientBoostingRegressor(n_estimators=40, max_depth=3, learning_rate=0.1, random_state=0).fit(X, y)
    mod = _train_script()
    head = mod.export_trees(gb)
    head["features"] = list(FEATURES)
    model = ScoreModel({"t": head})
    Xt = rng.random((50, len(FEATURES)))
    ref = np.clip(gb.predict(Xt), 0, 1)
    assert np.allclose(model.predict("t", Xt), ref, atol=1e-6)


def test_linear_and_logistic_heads():
    m = ScoreModel({
        "lin": {"kind": "linear", "features": ["cos_title", "tfidf"], "coef": [0.5, 0.5], "intercept": 0.0},
        "log": {"kind": "logistic", "features": ["cos_title"], "coef": [10.0], "intercept": -5.0},
    })  # fmt: skip
    X = np.zeros((2, len(FEATURES)))
    X[:, 0] = [0.2, 0.9]
    X[:, FEATURES.index("tfidf")] = [0.4, 2.0]
    assert np.allclose(m.predict("lin", X), [0.3, 1.0])  # clipped to [0, 1]
    assert np.allclose(m.predict("log", X), [1 / (1 + np.exp(3)), 1 / (1 + np.exp(-4))])


def test_shipped_model_has_every_head():
    m = load_model()
    for head in ("en", "any", "any_use", "en_e5", "any_e5", "headline", "join_headline"):
        assert m.has(head)
    assert m.threshold == 0.5
    assert "cos_use" in m.features("any_use") and "cos_use" not in m.features("any")
    assert "cos_e5" in m.features("en_e5") and "cos_e5" in m.features("any_e5")
    assert not any("cos_e5" in m.features(h) for h in ("en", "any", "any_use", "headline"))


# --------------------------------------------------------------------------- languages (USE)

_FJORD = {
    "en": "Ferry service across the Varn fjord halted after a storm damaged the Holmvik pier. "
    "The operator said repairs to the pier would take at least three weeks.",
    "de": "Der Fährverkehr über den Varn-Fjord ist eingestellt, nachdem ein Sturm den Anleger in "
    "Holmvik beschädigt hat. Die Reparatur dauere mindestens drei Wochen, teilte die Reederei mit.",
    "es": "Suspendido el servicio de ferry en el fiordo de Varn después de que una tormenta dañara "
    "el muelle de Holmvik. La naviera dijo que la reparación llevará al menos tres semanas.",
}
_OTHER_DE = (
    "Die Stadtbibliothek von Lorendal öffnet nach zweijähriger Renovierung wieder. Besucher finden "
    "einen neuen Lesesaal und eine Abteilung für seltene Karten aus dem achtzehnten Jahrhundert."
)


@pytest.mark.slow
def test_use_vectors_cross_languages_and_do_not_depend_on_the_batch():
    from newsprism.nlp import USE_DIM, use_embed

    texts = [_FJORD["en"], _FJORD["de"], _FJORD["es"], _OTHER_DE, ""]
    together = use_embed(texts)
    alone = np.vstack([use_embed([t]) for t in texts])
    assert together.shape == (5, USE_DIM)
    np.testing.assert_allclose(together, alone, atol=1e-5)
    assert not together[4].any()
    same = together[:3] @ together[:3].T
    assert same[0, 1] > float(together[1] @ together[3]) + 0.2  # en-de same story over de-de other
    assert same[1, 2] > float(together[2] @ together[3]) + 0.2


@pytest.mark.slow
@pytest.mark.parametrize("fast", [False, True])
def test_a_small_call_gives_encodes_vectors(fast):
    from newsprism import nlp

    texts = ["Kessling harbour tunnel reopens after six weeks of repairs", "Ferry strikes north pier", ""]
    small = nlp.embed(texts, max_tokens=48, fast=fast)  # the direct forward pass
    model = nlp.embedder(fast)
    model.max_seq_length = 48
    ref = model.encode(texts[:2], normalize_embeddings=True, convert_to_numpy=True)
    np.testing.assert_allclose(small[:2], ref, atol=1e-5)
    assert not small[2].any()
    # a text's vector from a one-text call is its vector in a large batch (float32)
    if not fast:
        batch = nlp.embed([texts[0]] * (nlp.SMALL_CALL + 1), max_tokens=48)
        np.testing.assert_allclose(batch[0], small[0], atol=1e-5)


@pytest.mark.slow
def test_int8_vectors_do_not_depend_on_the_batch_and_stay_close_to_float32():
    """A text's int8 vector is the same alone, among short texts and among long ones (its
    layers' input ranges are fixed, not taken from the batch), and near its float32 vector."""
    from newsprism import nlp

    text = "Kessling harbour tunnel reopens after six weeks of repairs"
    long = " ".join(["Ferry crews voted to strike over the north pier repairs and unpaid overtime"] * 6)
    short = ["Pier closed", "Ferry strike ends", "Tunnel toll rises", "Harbour fog lifts", "Crews vote"]
    alone = nlp.embed([text], fast=True)[0]
    among_short = nlp.embed([text, *short], fast=True)[0]
    among_long = nlp.embed([text, long, long, *short], fast=True)[0]
    np.testing.assert_allclose(among_short, alone, atol=1e-5)
    np.testing.assert_allclose(among_long, alone, atol=1e-5)
    assert float(alone @ nlp.embed([text])[0]) > 0.98
    model = nlp.embedder(True)
    assert sum(type(m).__name__ == "FixedRangeLinear" for m in model.modules()) == 37  # not the fallback


@pytest.mark.slow
def test_int8_without_its_ranges_falls_back_to_per_batch_ranges_with_a_warning(tmp_path, monkeypatch):
    import copy

    from newsprism import nlp

    monkeypatch.setattr(nlp, "INT8_RANGES", tmp_path / "missing.json")
    with pytest.warns(UserWarning, match="int8 ranges per batch"):
        model = nlp._int8(copy.deepcopy(nlp.embedder(False)))
    assert not any(type(m).__name__ == "FixedRangeLinear" for m in model.modules())
    v = model.encode(["Kessling harbour tunnel reopens"], normalize_embeddings=True)
    assert float(v[0] @ nlp.embed(["Kessling harbour tunnel reopens"])[0]) > 0.9


@pytest.mark.slow
def test_int8_without_a_fixed_range_kernel_falls_back_with_a_warning(monkeypatch):
    import copy

    import torch

    from newsprism import nlp

    class NoKernel(torch.nn.Module):  # an engine without fbgemm's fixed-range kernel
        def __init__(self, *_args) -> None:
            super().__init__()

        def forward(self, x):
            raise NotImplementedError("quantized::linear_with_input_q_dq_qweight_dq_output_fp32")

    monkeypatch.setattr(nlp, "_fixed_range_linear", lambda: NoKernel)
    with pytest.warns(UserWarning, match="no fixed-range int8 kernel"):
        model = nlp._int8(copy.deepcopy(nlp.embedder(False)))
    assert not any(isinstance(m, NoKernel) for m in model.modules())
    assert model.encode(["Kessling harbour tunnel reopens"]).shape == (1, nlp.EMBED_DIM)


@pytest.mark.slow
@pytest.mark.parametrize("fast", [False, True])
def test_a_one_text_call_is_traced_and_gives_encodes_vectors(fast):
    from newsprism import nlp

    model = nlp.embedder(fast)
    assert nlp._one_text(model) is not None  # the traced path is the one taken
    long = " ".join(["Ferry crews at Kessling harbour voted to strike over the north pier repairs"] * 12)
    for text, cap in (("Tunnel reopens", 48), ("Kessling harbour tunnel reopens after repairs", 48),
                      (long, 48), (long, 256)):  # fmt: skip
        one = nlp.embed([text], max_tokens=cap, fast=fast)
        model.max_seq_length = cap
        ref = model.encode([text], normalize_embeddings=True, convert_to_numpy=True)
        np.testing.assert_allclose(one, ref, atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("fast", [False, True])
def test_a_small_call_of_several_texts_runs_each_alone_through_the_trace(fast, monkeypatch):
    """A headline and its lead, as the stories cascade embeds a titled article: each text goes
    through the traced transformer alone (no padding to the lead's length), with its own vector."""
    from newsprism import nlp

    model = nlp.embedder(fast)
    traced = nlp._one_text(model)
    shapes: list[tuple[int, ...]] = []

    def counting(*inputs):
        shapes.append(tuple(inputs[0].shape))
        return traced(*inputs)

    head = "Kessling harbour tunnel reopens"
    lead = " ".join(["Ferry crews at Kessling harbour voted to strike over the north pier repairs"] * 6)
    alone = [nlp.embed([t], max_tokens=96, fast=fast)[0] for t in (head, lead)]
    monkeypatch.setattr(nlp, "_one_text", lambda _model: counting)
    both = nlp.embed([head, lead], max_tokens=96, fast=fast)
    assert len(shapes) == 2 and shapes[0][1] < 20 < shapes[1][1]  # one call each, unpadded
    np.testing.assert_allclose(both, np.vstack(alone), atol=1e-5)


@pytest.mark.slow
def test_a_small_call_runs_on_one_thread_and_restores_the_count():
    import torch

    from newsprism import nlp

    seen: list[int] = []
    model = nlp.embedder(True)
    hook = model[1].register_forward_hook(lambda *_: seen.append(torch.get_num_threads()))  # pooling
    before = torch.get_num_threads()
    try:
        nlp.embed(["Ferry strikes north pier"], fast=True)
    finally:
        hook.remove()
    assert seen == [1]
    assert torch.get_num_threads() == before


@pytest.mark.slow
def test_a_small_call_may_ask_for_more_threads_and_gets_the_same_vector():
    import torch

    from newsprism import nlp

    if torch.get_num_threads() < 2:
        pytest.skip("one core")
    seen: list[int] = []
    model = nlp.embedder(True)
    hook = model[1].register_forward_hook(lambda *_: seen.append(torch.get_num_threads()))
    text = " ".join(["Ferry crews at Kessling harbour voted to strike over the north pier repairs"] * 8)
    try:
        one, two = (nlp.embed([text], fast=True, threads=n) for n in (1, 2))
    finally:
        hook.remove()
    assert seen == [1, 2]
    np.testing.assert_allclose(one, two, atol=1e-5)


@pytest.mark.slow
def test_non_english_pairs_are_scored_with_use():
    from newsprism.ingest import article_from_json, finish
    from newsprism.similarity import DocFreq, head_for, represent, score_pairs

    def art(aid, text, lang):
        return finish(article_from_json({"id": aid, "text": text, "language": lang}), [], "t", None)

    en, de, es, other = (
        art("en", _FJORD["en"], "en"), art("de", _FJORD["de"], "de"),
        art("es", _FJORD["es"], "es"), art("o", _OTHER_DE, "de"),
    )  # fmt: skip
    r_en, r_de, r_es, r_other = represent([en, de, es, other])
    assert r_en.use_vec is None  # English: MiniLM only, unless asked
    assert r_de.use_vec is not None and r_es.use_vec is not None
    assert represent([en], multilingual=True)[0].use_vec is not None
    assert represent([de], multilingual=False)[0].use_vec is None
    assert head_for(r_de, r_es) == "any_use" and head_for(r_en, r_de) == "any"
    df = DocFreq()
    for r in (r_en, r_de, r_es, r_other):
        df.add(r.terms)
    same, diff = score_pairs([(r_de, r_es), (r_es, r_other)], df)
    assert same > diff


def test_tfidf_cosine_uses_document_frequencies():
    df = DocFreq()
    for t in (Counter(a=1, b=1), Counter(a=1, c=1), Counter(a=1, d=1)):
        df.add(t)
    same_rare = tfidf_cos(Counter(a=1, b=1), Counter(a=1, b=1), df)
    common_only = tfidf_cos(Counter(a=1, b=1), Counter(a=1, c=1), df)
    assert same_rare == pytest.approx(1.0)
    assert 0 < common_only < 0.5  # sharing only the everywhere-term counts for little
    assert tfidf_cos(Counter(), Counter(a=1), df) == 0.0


def test_light_text_features():
    assert tokens("Zürich’s mayor said") == ["zürich's", "mayor", "said"]
    assert "北京" in tokens("北京市长")  # CJK as character bigrams
    assert content_terms("The mayor of Zürich said it will rain") == ["mayor", "zürich", "rain"]
    assert name_keys("Ana Ruiz told Meridian Wire in São Paulo.") >= {
        "ana",
        "ruiz",
        "meridian",
        "wire",
        "sao",
        "paulo",
    }
    assert numbers("About 30,000 vehicles, 4.5 million pounds, 1968") == {"30000", "4.5", "1968"}


def test_tree_heads_score_as_a_walk_down_each_tree():
    from newsprism.similarity import ScoreModel

    trees = [  # two small trees over features 0 and 1; leaves have left = right = -1
        {"feature": [0, -2, 1, -2, -2], "threshold": [0.5, -2.0, 0.2, -2.0, -2.0],
         "left": [1, -1, 3, -1, -1], "right": [2, -1, 4, -1, -1], "value": [0.0, 0.1, 0.0, 0.2, 0.3]},
        {"feature": [1, -2, -2], "threshold": [0.7, -2.0, -2.0],
         "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, -0.05, 0.05]},
    ]  # fmt: skip
    model = ScoreModel(
        {"h": {"kind": "trees", "features": ["cos_title", "cos_text"], "baseline": 0.4, "trees": trees}}
    )

    def walk(tree, z):
        n = 0
        while tree["left"][n] >= 0:
            n = tree["left"][n] if z[tree["feature"][n]] <= tree["threshold"][n] else tree["right"][n]
        return tree["value"][n]

    X = np.random.default_rng(3).random((50, 12))
    got = model.predict("h", X)
    want = [min(1.0, max(0.0, 0.4 + sum(walk(t, x[:2]) for t in trees))) for x in X]
    np.testing.assert_allclose(got, want, atol=1e-12)
    assert {round(v, 2) for v in got} == {0.45, 0.55, 0.65, 0.75}  # every leaf pair reached


def test_pairs_with_e5_vectors_on_both_sides_get_the_e5_heads(monkeypatch):
    from newsprism import similarity

    spec = {h: {"kind": "linear", "features": ["cos_title"], "coef": [1.0], "intercept": 0.0}
            for h in ("en", "any", "any_use", "en_e5", "any_e5", "headline")}  # fmt: skip
    monkeypatch.setattr(similarity, "load_model", lambda: ScoreModel(spec))
    pick = similarity.head_for_sides
    assert pick(False, "en", False, "en", False, True) == "en_e5"
    assert pick(False, "en", False, "en", False, False) == "en"
    assert pick(False, "de", False, "en", True, True) == "any_e5"
    assert pick(False, "de", False, "en", True, False) == "any_use"
    assert pick(False, "de", False, "en", False, True) == "any"  # any_e5 reads the USE cosine too
    assert pick(True, "en", False, "en", True, True) == "headline"  # English: the headline head
    assert pick(True, "de", False, "de", False, True) == "any_e5"  # which reads MiniLM, English
    assert pick(True, "de", False, "de", False, False) == "headline"
    spec.pop("en_e5")
    assert pick(False, "en", False, "en", False, True) == "en"  # a model without the head


def test_the_e5_cosine_is_a_feature_only_when_both_sides_have_a_vector():
    from newsprism.similarity import DocRepr, pair_features

    def rep(e5_vec):
        v = np.ones(4) / 2
        return DocRepr(v, v, v, Counter(), frozenset(), frozenset(), "en", 80, False, e5_vec=e5_vec)

    unit = np.array([0.6, 0.8])
    col = FEATURES.index("cos_e5")
    assert pair_features(rep(unit), rep(np.array([0.8, 0.6])), DocFreq())[col] == pytest.approx(0.96)
    assert pair_features(rep(unit), rep(None), DocFreq())[col] == 0.0
