"""Learned attributions: the stances, beliefs and reports that the quote rules leave unclaimed.

The rules in :mod:`newsprism.quotes` find what a cue verb reports where its shape is one they
know ("X said that ...", "X called for ..."). PolNeAR's annotators mark more: what someone
"endorsed", "cited", "was asked about", "refused to" do, "sees as" true. This module scores a
cue verb's dependent as what it attributes, with a logistic model over the parse, trained on
PolNeAR train by ``scripts/train_attributions.py`` (weights in ``data/attribution-model.json``).

1. A candidate is a cue verb the rules gave no quote, with a subject that can speak, and one
   of its dependents (:data:`CANDIDATE_DEPS`); its content is the dependent's subtree (a
   preposition's object, not the preposition).
2. :func:`features` names the candidate by the cue's lemma, part of speech and role, the
   dependent's relation (and preposition), the subject's kind, voice and negation, the verb
   above an infinitive cue, and the content's first word, length and entity types.
3. :meth:`Model.score` is the logistic probability; a cue keeps its best dependent at or above
   the model's threshold: 0.5 or above, where the model holds it likelier right than wrong (the
   one of those chosen on PolNeAR train folds, never on dev).

Pure functions of spaCy tokens; the same code builds training rows and runs in an extraction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

# A cue's dependents that can hold what it attributes ("endorsed [Clinton]", "refused [to say]",
# "asked [about the wall]", "[The vote] is expected", "called [him] [a liar]"); not a dative, the
# hearer ("told [Ruiz] ...").
CANDIDATE_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "acl", "advcl", "nsubjpass", "oprd", "attr", "acomp"}
)
# Dependents whose own subtree is not the content: the object of a preposition is.
OBJECT_DEPS = ("pobj", "pcomp")
# First words of a content that tell its shape ("that ...", "to ...", "whether ...").
CONTENT_OPENERS = frozenset({"that", "to", "whether", "if", "how", "what", "why", "the", "a"})
# Roles of a cue that hangs on another word, for which that word is a feature ("refused to say").
DEPENDENT_ROLES = frozenset(
    {"xcomp", "ccomp", "acl", "relcl", "pcomp", "pobj", "dobj", "amod", "advcl", "conj"}
)
MODEL_PATH = Path(__file__).parent / "data" / "attribution-model.json"


def content_head(child):
    """The token whose subtree is the content: a preposition's object, else ``child`` itself;
    None for a preposition with no object."""
    if child.dep_ != "prep":
        return child
    return next((c for c in child.children if c.dep_ in OBJECT_DEPS), None)


def subject_kind(subj) -> str:
    """The subject's kind: its entity type, a pronoun's word, else its part of speech."""
    if subj is None:
        return "NONE"
    if subj.ent_type_:
        return subj.ent_type_
    if subj.pos_ == "PRON":
        return "PRON_" + subj.lower_
    return "N_" + subj.pos_


def features(cue, child, content: Sequence, subj, nested: bool) -> list[str]:
    """The named features of one candidate: the cue token, its dependent ``child``, the
    ``content`` tokens, the cue's subject token and whether the cue lies inside another quote's
    content (``nested``)."""
    lemma, pos, dep = cue.lemma_.lower(), cue.pos_, child.dep_
    kind = subject_kind(subj)
    broad = kind.split("_")[0]
    out = [f"L={lemma}", f"P={pos}", f"D={dep}", f"LD={lemma}|{dep}", f"PD={pos}|{dep}"]
    out += [f"TD={cue.dep_}", f"LTD={lemma}|{cue.dep_}", f"TAG={cue.tag_}"]
    out += [f"ST={kind}", f"LST={lemma}|{broad}", f"DST={dep}|{broad}"]
    if dep == "prep":
        out += [f"PREP={child.lower_}", f"LPREP={lemma}|{child.lower_}"]
    if any(c.dep_ == "auxpass" for c in cue.children):
        out += ["PASS", f"LPASS={lemma}"]
    if any(c.dep_ == "neg" for c in cue.children):
        out.append("NEG")
    if cue.dep_ in DEPENDENT_ROLES:
        above = cue.head.lemma_.lower()
        out += [f"HL={above}", f"HLL={above}|{lemma}"]
    if content:
        first = content[0]
        out.append("CF=" + (first.lower_ if first.lower_ in CONTENT_OPENERS else first.pos_))
        out.append("CV" if any(t.pos_ in ("VERB", "AUX") for t in content) else "CNV")
        out.append(f"CLEN={min(6, int(math.log2(len(content) + 1)))}")
        out.append("CENT=" + ",".join(sorted({t.ent_type_ for t in content if t.ent_type_}))[:20])
    if nested:
        out.append("NESTED")
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model over named features, and the probability a candidate needs."""

    bias: float
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def score(self, names: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None where it was not built (the rules then work alone)."""
    if not path.exists():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(d["bias"]), {k: float(v) for k, v in d["weights"].items()}, float(d["threshold"]))
