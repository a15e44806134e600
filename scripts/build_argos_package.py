#!/usr/bin/env python3
"""Build an English->Belarusian Argos package (.argosmodel) from OPUS-MT opus-mt-tc-big-en-zle.

The Argos package index has no Belarusian package. The best open model is OPUS-MT
`opus-mt-tc-big-en-zle` (English -> Belarusian/Russian/Ukrainian; eng->bel FLORES-200 BLEU 11.2,
CC-BY 4.0). It is multi-target: the first SOURCE token must be `>>bel<<`. This script writes
`"add_source_bos": true, "bos_token": ">>bel<<"` into the CTranslate2 config, so CTranslate2
adds the token by itself, for searchsvc and for stock argos alike.

Needs, once, with network: the Marian release of the model (the zip linked from the
Helsinki-NLP/opus-mt-tc-big-en-zle model card, from the Tatoeba-Challenge releases; it holds
decoder.yml, the .npz weights, *.vocab.yml, source.spm, target.spm). Unpack it, then:

    .venv/bin/python scripts/build_argos_package.py OPUS_MODEL_DIR build/translate-en_be.argosmodel
    .venv/bin/searchsvc models install --file build/translate-en_be.argosmodel

A zip of the release works in place of the directory. `--ct2-model DIR --spm FILE` skips the
conversion and only packages an already converted CTranslate2 model (what the tests exercise).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from searchsvc.translation.packaging import PackageError, PackageInfo, write_package  # noqa: E402

README = """Argos Translate package: {from_code} -> {to_code}, converted from OPUS-MT {name}
by searchsvc's scripts/build_argos_package.py (CTranslate2, {quantization}).

Source prefix: CTranslate2 adds {prefix!r} to every source sentence (model/config.json:
add_source_bos, bos_token); the model needs it to pick the target language.

Model: Helsinki-NLP / Tatoeba-Challenge, https://huggingface.co/Helsinki-NLP/{name}
Licence: CC-BY 4.0. Tiedemann & Thottingal (2020), OPUS-MT: Building open translation services
for the World; Tiedemann (2020), The Tatoeba Translation Challenge.
"""


def convert_opus_mt(model_dir: Path, out_dir: Path, quantization: str = "int8") -> Path:
    """Marian/OPUS-MT release directory -> CTranslate2 model directory."""
    from ctranslate2.converters import OpusMTConverter

    if not (model_dir / "decoder.yml").exists():
        raise PackageError(f"{model_dir}: not an OPUS-MT Marian release (no decoder.yml)")
    OpusMTConverter(str(model_dir)).convert(str(out_dir), quantization=quantization, force=True)
    return out_dir


def package_converted_model(ct2_model: Path, source_spm: Path, out: Path, *, from_code: str = "en",
                            to_code: str = "be", source_prefix: str | None = ">>bel<<", version: str = "1.0",
                            name: str = "opus-mt-tc-big-en-zle", quantization: str = "int8") -> PackageInfo:
    """The packaging step: prefix config + metadata + one-folder zip. Argos tokenizes with one
    SentencePiece model: the SOURCE one (searchsvc decodes target pieces it does not know)."""
    readme = README.format(from_code=from_code, to_code=to_code, name=name, quantization=quantization,
                           prefix=source_prefix)
    return write_package(out, ct2_model, source_spm, from_code=from_code, to_code=to_code, version=version,
                         source_prefix=source_prefix, readme=readme,
                         extra_metadata={"source": f"OPUS-MT {name}", "license": "CC-BY-4.0"})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", nargs="?", help="OPUS-MT Marian release directory or zip")
    ap.add_argument("out", help="the .argosmodel to write")
    ap.add_argument("--from-code", default="en")
    ap.add_argument("--to-code", default="be")
    ap.add_argument("--prefix", default=">>bel<<", help="source token that selects the target ('' for none)")
    ap.add_argument("--version", default="1.0", help="package_version in metadata.json")
    ap.add_argument("--quantization", default="int8", help="CTranslate2 weight type (int8, float16, float32)")
    ap.add_argument("--ct2-model", type=Path, help="an already converted CTranslate2 model directory")
    ap.add_argument("--spm", type=Path, help="with --ct2-model: the source SentencePiece model")
    args = ap.parse_args(argv)

    try:
        with tempfile.TemporaryDirectory() as tmp:
            if args.ct2_model:
                if not args.spm:
                    ap.error("--ct2-model needs --spm (the source SentencePiece model)")
                # a copy: the prefix is written into config.json, the input stays as it was
                ct2_model = Path(shutil.copytree(args.ct2_model, Path(tmp) / "model"))
                source_spm = args.spm
            else:
                if not args.model:
                    ap.error("give the OPUS-MT model directory or zip (or --ct2-model and --spm)")
                model_dir = Path(args.model)
                if model_dir.is_file() and zipfile.is_zipfile(model_dir):
                    with zipfile.ZipFile(model_dir) as z:
                        z.extractall(Path(tmp) / "opus")
                    found = sorted((Path(tmp) / "opus").rglob("decoder.yml"))
                    model_dir = found[0].parent if found else Path(tmp) / "opus"
                source_spm = model_dir / "source.spm"
                if not source_spm.exists():
                    raise PackageError(f"{model_dir}: no source.spm")
                print(f"converting {model_dir} to CTranslate2 ({args.quantization}) ...", file=sys.stderr)
                ct2_model = convert_opus_mt(model_dir, Path(tmp) / "model", args.quantization)
            info = package_converted_model(ct2_model, source_spm, Path(args.out), from_code=args.from_code,
                                           to_code=args.to_code, source_prefix=args.prefix or None,
                                           version=args.version, quantization=args.quantization)
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}: {info.folder} ({info.from_code}->{info.to_code} {info.version}); "
          f"install with: searchsvc models install --file {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
