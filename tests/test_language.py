"""The batched language identifier reads py3langid's model as py3langid does."""

import functools
import json

import numpy as np
import pytest

from newsprism.ingest import detect_language, read_bytes
from newsprism.language import LanguageIdentifier

TEXTS = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs.",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Fähre im Sommer zu schließen.",
    "Le conseil municipal a décidé mardi de fermer le vieux quai du bac pour travaux.",
    "El ayuntamiento decidió el martes cerrar el viejo muelle del transbordador por obras.",
    "Il consiglio comunale ha deciso martedì di chiudere il vecchio molo del traghetto.",
    "Городской совет во вторник решил закрыть старый паромный причал на ремонт.",
    "市议会 周二决定关闭旧渡轮码头进行维修， 工程将持续到明年夏天。",
    "FERRY PIER TO CLOSE FOR REPAIRS, HARBOUR BOARD SAYS",
    "Ferry pier closes",
    "Pier 9 / 12 / 2026 - 14:05",
    "",
    "x" * 3000,
    "Noch ein Satz über den Hafen. " * 60,
]


@functools.cache
def _model(norm_probs: bool = True):
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Reference

    return Reference.from_model_file(MODEL_FILE, norm_probs=norm_probs)


def _reference(text: str) -> str | None:
    ref = _model()
    sample = text[:1000]
    if len(sample.split()) < 3:
        return None
    lang, prob = ref.classify(sample)
    return lang if prob >= 0.5 else None


def test_batch_gives_py3langids_answer_for_each_text():
    ours = LanguageIdentifier().detect(TEXTS)
    assert ours == [_reference(t) for t in TEXTS]
    assert ours[:7] == ["en", "de", "fr", "es", "it", "ru", "zh"]
    assert ours[7] == "en"  # all capitals are read lower-cased, as py3langid reads them
    assert ours[8] is None and ours[10] is None  # under three words


def test_chinese_written_without_spaces_counts_its_characters():
    ours = LanguageIdentifier().detect(["市议会周二决定关闭旧渡轮码头进行维修", "渡轮码头"])
    assert ours == ["zh", None]  # six characters or more, like three words


def test_one_text_alone_and_in_a_batch_agree():
    assert [detect_language(t) for t in TEXTS] == LanguageIdentifier().detect(TEXTS)


def test_no_state_of_the_automaton_is_deeper_than_the_window():
    """Step 2 walks only the last `depth` bytes: exact only if no state lies deeper."""
    ref = _model()
    nextmove = np.frombuffer(ref.tk_nextmove, dtype=np.uint32)
    rowbase = np.asarray(ref.tk_row, dtype=np.int64) << 8
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, deepest = np.array([0]), 0
    while True:  # breadth first over all 256 bytes; a state's depth is the fewest bytes reaching it
        nxt = np.unique(nextmove[(rowbase[frontier][:, None] + np.arange(256)).ravel()])
        nxt = nxt[~seen[nxt]]
        if not len(nxt):
            break
        seen[nxt] = True
        frontier, deepest = nxt, deepest + 1
    assert seen.all() and deepest == LanguageIdentifier().depth


@pytest.mark.parametrize("given", [None, "fr"])
def test_a_jsonl_file_identifies_missing_languages_and_keeps_given_ones(given):
    rows = [{"id": f"r{i}", "text": t} for i, t in enumerate(TEXTS[:3])]
    rows[0]["language"] = given
    rows.append({"id": "empty", "text": " "})
    r = read_bytes("".join(json.dumps(x) + "\n" for x in rows).encode(), "in.jsonl")
    assert [a.language for a in r.articles] == [given or "en", "de", "fr"]
    assert [p.record for p in r.problems] == ["line 4"]  # the empty record is reported, as before
