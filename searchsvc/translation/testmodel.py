"""A tiny but real Argos package for tests: built in well under a second, no network, no torch.

The model is a genuine 1+1-layer CTranslate2 Transformer, written through a
`ctranslate2.converters.Converter` subclass with constructed (not trained) weights, plus a
SentencePiece character model trained in memory. It transliterates letter by letter:

    "Hello world." -> "Хелло ворлд."    (en->ru)

How the weights do that: every residual stream is split into a token part (a +/- one-hot of
the token) and a position part (cos/sin of the position at frequencies pi/2^k, also +/-). The
mirrored halves keep the mean at 0 and the norm constant, so every LayerNorm is a fixed scale.
Self-attention and feed-forward blocks are zero (they add nothing to the residual). The
decoder's cross-attention query is its own position code rotated by `offset`, the keys are the
source position codes, so step t attends to source token t + offset (offset 1 skips a `>>bel<<`
source prefix); the value copies that token's one-hot, and the output projection maps it to the
target character. The source's `</s>` maps to `</s>`, so decoding stops with the source.
"""

from __future__ import annotations

import io
import math
import os
import tempfile
from pathlib import Path

import numpy as np

# Source character -> target character; anything not listed maps to itself.
EN_RU = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                 "абкдефгхийклмнопкрстуввхызАБКДЕФГХИЙКЛМНОПКРСТУВВХЫЗ"))
EN_BE = {**EN_RU, "i": "і", "I": "І", "y": "ы", "w": "ў", "W": "Ў"}
RU_BE = {"и": "і", "И": "І", "в": "ў", "В": "Ў"}  # a pivot leg you can see in the output
# A visibly different "new version" of en->ru, for model-upgrade tests: h -> г.
EN_RU_V2 = {**EN_RU, "h": "г", "H": "Г"}

_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЎ"
_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OTHER = "0123456789.,;:!?'\"()[]-–—%/&+«»…’“”@#*"
CHARACTERS = _LATIN + _CYRILLIC + _OTHER
SOURCE_PREFIXES = (">>bel<<", ">>rus<<", ">>ukr<<")  # in the source vocabulary, as in OPUS-MT zle

POSITIONS = 1024  # learned position table rows; the pipeline caps sentences well below this
FREQUENCIES = 11  # pi / 2^k for k < 11: positions differ somewhere below 2 * 1024
ATTENTION_SHARPNESS = 10.0  # score margin per mismatching position >= 2 * this
LOGIT = 20.0  # logit of the right character; every other logit is ~0


def train_sentencepiece() -> bytes:
    """A character-level SentencePiece model covering CHARACTERS, trained in memory."""
    import sentencepiece as spm

    lines = [CHARACTERS, " ".join(CHARACTERS), "Hello world.", "Минск."] * 4
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, model_type="char",
        vocab_size=len(CHARACTERS) + 8, hard_vocab_limit=False, character_coverage=1.0,
        normalization_rule_name="identity", num_threads=1, minloglevel=2)
    return model.getvalue()


def _position_codes(n: int) -> np.ndarray:
    """[n, 2K]: cos and sin of p * pi / 2^k; two positions < 2^K apart differ at some k by pi."""
    angles = np.arange(n, dtype=np.float64)[:, None] * (np.pi / 2.0 ** np.arange(FREQUENCIES))
    return np.concatenate([np.cos(angles), np.sin(angles)], axis=1)


def _make_converter_class():
    from ctranslate2.converters.converter import Converter
    from ctranslate2.specs import transformer_spec

    class TransliterationTransformer(Converter):
        """A Converter whose "checkpoint" is the constructed weights described above."""

        def __init__(self, pieces: list[str], mapping: dict[str, str], offset: int):
            self.pieces, self.mapping, self.offset = pieces, mapping, offset

        def _load(self):
            target_vocab = list(self.pieces)
            source_vocab = target_vocab + list(SOURCE_PREFIXES)
            target_id = {p: i for i, p in enumerate(target_vocab)}
            n_src, k2 = len(source_vocab), 2 * FREQUENCIES
            pos0 = 2 * n_src  # start of the position part
            d = pos0 + 2 * k2
            d += -d % 8
            f32 = np.float32

            def linear(layer, n_out, n_in, weight=None):
                layer.weight = np.zeros((n_out, n_in), f32) if weight is None else weight.astype(f32)
                layer.bias = np.zeros(n_out, f32)

            def norm(layer_norm):
                layer_norm.gamma = np.ones(d, f32)
                layer_norm.beta = np.zeros(d, f32)

            codes = _position_codes(POSITIONS)
            positions = np.zeros((POSITIONS, d), f32)
            positions[:, pos0:pos0 + k2] = codes
            positions[:, pos0 + k2:pos0 + 2 * k2] = -codes
            source_embeddings = np.zeros((n_src, d), f32)
            for i in range(n_src):
                source_embeddings[i, i], source_embeddings[i, n_src + i] = 1.0, -1.0

            # LayerNorm of a zero-mean x is x * sqrt(d) / |x|; these |x| are constants.
            enc_scale = math.sqrt(d / (2 + k2))  # token part 2, position part 2K
            dec_scale = math.sqrt(d / k2)  # the decoder embeddings are zero: position part only
            value = 1.0
            out_scale = math.sqrt(d / (k2 + 2 * value ** 2))

            spec = transformer_spec.TransformerSpec.from_config((1, 1), 1)
            spec.encoder.scale_embeddings = False
            spec.decoder.scale_embeddings = False
            spec.encoder.embeddings[0].weight = source_embeddings
            spec.encoder.position_encodings.encodings = positions
            spec.decoder.position_encodings.encodings = positions  # one array: stored once
            spec.decoder.embeddings.weight = np.zeros((len(target_vocab), d), f32)
            for layer_norm in (spec.encoder.layer_norm, spec.decoder.layer_norm):
                norm(layer_norm)
            for layer in (spec.encoder.layer[0], spec.decoder.layer[0]):
                norm(layer.self_attention.layer_norm)
                linear(layer.self_attention.linear[0], 3 * d, d)
                linear(layer.self_attention.linear[1], d, d)
                norm(layer.ffn.layer_norm)
                linear(layer.ffn.linear_0, 8, d)
                linear(layer.ffn.linear_1, d, 8)

            cross = spec.decoder.layer[0].attention
            norm(cross.layer_norm)
            # Query: the decoder position code rotated by `offset`, times sharpness * sqrt(d)
            # (CTranslate2 divides queries by sqrt(head depth) = sqrt(d)).
            query = np.zeros((d, d))
            alpha = ATTENTION_SHARPNESS * math.sqrt(d) / dec_scale
            for k in range(FREQUENCIES):
                angle = self.offset * math.pi / 2.0 ** k
                c, s = math.cos(angle), math.sin(angle)
                cos_in, sin_in = pos0 + k, pos0 + FREQUENCIES + k
                query[k, cos_in], query[k, sin_in] = alpha * c, -alpha * s
                query[FREQUENCIES + k, cos_in], query[FREQUENCIES + k, sin_in] = alpha * s, alpha * c
            key = np.zeros((d, d))
            for j in range(k2):
                key[j, pos0 + j] = 1.0 / enc_scale
            values = np.zeros((d, d))
            for j in range(2 * n_src):
                values[j, j] = value / enc_scale
            linear(cross.linear[0], d, d, query)
            linear(cross.linear[1], 2 * d, d, np.concatenate([key, values]))
            linear(cross.linear[2], d, d, np.eye(d))

            projection = np.zeros((len(target_vocab), d))
            unk = target_id["<unk>"]
            for i, piece in enumerate(source_vocab):
                if piece in ("</s>", "<unk>"):
                    target = target_id[piece]
                elif piece in ("<s>",) or piece in SOURCE_PREFIXES:
                    target = unk
                else:
                    target = target_id.get(self.mapping.get(piece, piece), unk)
                projection[target, i] = LOGIT / (out_scale * value)
            linear(spec.decoder.projection, len(target_vocab), d, projection)

            spec.register_source_vocabulary(source_vocab)
            spec.register_target_vocabulary(target_vocab)
            spec.config.add_source_eos = True  # the source's </s> is what stops the decoder
            return spec

    return TransliterationTransformer


def build_model_dir(out_dir: str | os.PathLike, pieces: list[str], mapping: dict[str, str], offset: int = 0) -> Path:
    """Write the CTranslate2 model directory (model.bin, config.json, vocabularies)."""
    converter = _make_converter_class()(pieces, mapping, offset)
    converter.convert(str(out_dir), force=True)
    return Path(out_dir)


def build_test_package(out: str | os.PathLike, from_code: str = "en", to_code: str = "ru",
                       mapping: dict[str, str] | None = None, *, version: str = "1.0",
                       source_prefix: str | None = None):
    """Write a transliterating .argosmodel to `out`; returns its PackageInfo.

    With `source_prefix` (e.g. ">>bel<<") the model skips the first source token, and the
    package's config makes CTranslate2 add that token: it translates correctly only if the
    prefix really is added, as with the OPUS-MT Belarusian model.
    """
    import sentencepiece as spm

    from .packaging import write_package

    if mapping is None:
        mapping = {("en", "ru"): EN_RU, ("en", "be"): EN_BE, ("ru", "be"): RU_BE}.get((from_code, to_code), EN_RU)
    sp_model = train_sentencepiece()
    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = build_model_dir(Path(tmp) / "model", pieces, mapping, offset=1 if source_prefix else 0)
        return write_package(out, model_dir, sp_model, from_code=from_code, to_code=to_code, version=version,
                             source_prefix=source_prefix,
                             readme="Test package built by searchsvc.translation.testmodel: it transliterates "
                                    "letter by letter. Not a translation model.\n")
