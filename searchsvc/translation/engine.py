"""One installed package as a batch translator: CTranslate2 on the package's own files.

argos's own translate() sends about one sentence per CTranslate2 call. Here sentences of many
articles are tokenized together, sorted by length, and sent in batches with a decoding limit
that follows each batch's longest source.

>>> engine = PackageTranslator(model, settings)
>>> engine.translate(["Hello world."])   # ["Привет, мир."]
"""

from __future__ import annotations

import hashlib
import logging
import math
from pathlib import Path
from typing import Callable

from .cache import TranslationCache
from .models import InstalledModel

log = logging.getLogger("searchsvc.translation")

LENGTH_PENALTY = 0.2  # what argos uses; part of the model identity
# Bump when the way text is decoded changes, so cached sentences are re-made.
PIPELINE_VERSION = "1"


def default_length_limits(source_pieces: int) -> tuple[int, int]:
    """(min, max) decoding length for a batch whose longest source has `source_pieces`."""
    return 1, math.ceil(1.5 * source_pieces) + 10


def model_identity(model: InstalledModel, cache: TranslationCache, beam: int,
                   length_penalty: float = LENGTH_PENALTY) -> str:
    """A hash that changes whenever the translations could: files, pair, decoding options."""
    digest = hashlib.sha256()
    files = sorted(p for p in (model.path / "model").rglob("*") if p.is_file())
    for name in ("sentencepiece.model", "bpe.model"):
        if (model.path / name).exists():
            files.append(model.path / name)
    for path in files:
        digest.update(f"{path.relative_to(model.path).as_posix()}={cache.file_sha256(path)}\n".encode())
    digest.update(f"{model.from_code}->{model.to_code} beam={beam} lp={length_penalty} "
                  f"src={model.source_prefix} tgt={model.target_prefix} v={PIPELINE_VERSION}".encode())
    return f"{model.from_code}-{model.to_code}:{digest.hexdigest()[:24]}"


class PackageTranslator:
    """Loads lazily: a run whose sentences are all cached never opens the model."""

    def __init__(self, model: InstalledModel, *, beam: int = 2, batch: int = 16, threads: int = 1,
                 device: str = "cpu", length_limits: Callable[[int], tuple[int, int]] = default_length_limits):
        self.model = model
        self.beam, self.batch, self.threads = beam, max(1, batch), threads
        self.device = device
        self.length_limits = length_limits
        self._translator = None
        self._encode = self._decode = None
        # what went through the model: for reports and benchmarks (target includes forced lengths)
        self.stats = {"sentences": 0, "batches": 0, "source_pieces": 0, "target_pieces": 0}

    @classmethod
    def from_settings(cls, model: InstalledModel, settings, **kw) -> "PackageTranslator":
        return cls(model, beam=settings.translate_beam, batch=settings.translate_batch,
                   threads=settings.translate_threads, device=settings.translate_device, **kw)

    def load(self) -> None:
        if self._translator is not None:
            return
        import ctranslate2

        device = self.device
        if device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
            log.warning("translate_device=cuda but no CUDA device is visible: using the CPU")
            device = "cpu"
        self._translator = ctranslate2.Translator(
            str(self.model.path / "model"), device=device, inter_threads=1,
            intra_threads=self.threads if device == "cpu" else 0)
        self._encode, self._decode = _tokenizer(self.model)

    def tokenize(self, sentences: list[str]) -> list[list[str]]:
        self.load()
        return self._encode(sentences)

    def translate(self, sentences: list[str], on_batch: Callable[[dict[str, str]], None] | None = None) -> list[str]:
        """Translations of `sentences`, in order. `on_batch` receives each finished batch
        (source -> translation), so a caller can store progress as it goes."""
        if not sentences:
            return []
        tokens = self.tokenize(sentences)
        out: list[str | None] = [None] * len(sentences)
        for i, pieces in enumerate(tokens):
            if not pieces:
                out[i] = ""  # nothing to translate; CTranslate2 would still decode
        order = sorted((i for i in range(len(sentences)) if out[i] is None), key=lambda i: len(tokens[i]))
        target_prefix = self.model.target_prefix
        for start in range(0, len(order), self.batch):
            index = order[start:start + self.batch]
            batch = [tokens[i] for i in index]
            low, high = self.length_limits(max(len(t) for t in batch))
            if target_prefix:
                low, high = low + 1, high + 1
            results = self._translator.translate_batch(
                batch, beam_size=self.beam, max_batch_size=0, length_penalty=LENGTH_PENALTY,
                min_decoding_length=low, max_decoding_length=high, replace_unknowns=True,
                target_prefix=[[target_prefix]] * len(batch) if target_prefix else None)
            done = {}
            self.stats["batches"] += 1
            self.stats["sentences"] += len(batch)
            self.stats["source_pieces"] += sum(len(t) for t in batch)
            for i, result in zip(index, results):
                pieces = result.hypotheses[0]
                self.stats["target_pieces"] += len(pieces)
                if target_prefix and pieces[:1] == [target_prefix]:
                    pieces = pieces[1:]
                out[i] = self._decode(pieces)
                done[sentences[i]] = out[i]
            if on_batch:
                on_batch(done)
        return out  # type: ignore[return-value]


def _tokenizer(model: InstalledModel):
    """(encode(list[str]) -> list[list[str]], decode(list[str]) -> str) for the package."""
    sp_path = model.path / "sentencepiece.model"
    if sp_path.exists():
        import sentencepiece as spm

        processor = spm.SentencePieceProcessor(model_file=str(sp_path))

        def encode(sentences: list[str]) -> list[list[str]]:
            return processor.encode(sentences, out_type=str)

        def decode(pieces: list[str]) -> str:
            # SentencePiece turns known "▁" pieces into spaces; pieces it does not know (a
            # target vocabulary that differs from the source model, as in OPUS-MT) keep
            # their "▁", so turn those into spaces too. Unlike argos, leave "_" alone.
            return processor.decode_pieces(pieces).replace("\u2581", " ").strip()

        return encode, decode
    # A BPE package (older Argos models): argos's own Moses + BPE tokenizer.
    from .models import argos

    argos(model.path.parent)
    from argostranslate.tokenizer import BPETokenizer

    bpe = BPETokenizer(Path(model.path) / "bpe.model", model.from_code, model.to_code)
    return (lambda sentences: [bpe.encode(s) for s in sentences]), (lambda pieces: bpe.decode(pieces).strip())
