"""Writing and checking .argosmodel files (the Argos Translate package format).

A package is a zip with ONE top-level folder holding `metadata.json`, `model/` (a CTranslate2
model) and `sentencepiece.model`. Argos extracts the zip as it is into its packages directory,
so a zip without that folder scatters files there and breaks every later package listing:
`check_package` refuses such files before anything is extracted.

>>> write_package("en_be.argosmodel", model_dir, "source.spm", from_code="en", to_code="be",
...               source_prefix=">>bel<<")
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..languages import default_languages

ZIP_TIMESTAMP = (2020, 1, 1, 0, 0, 0)  # fixed, so the same inputs give the same bytes
ARGOS_VERSION = "1.9.0"
# English names of languages a package may translate that searchsvc does not search in
OTHER_LANGUAGE_NAMES = {"uk": "Ukrainian"}


def english_name(code: str) -> str:
    language = default_languages().get(code)
    return language.english_name if language is not None else OTHER_LANGUAGE_NAMES.get(code, code)


class PackageError(ValueError):
    """A file that is not a usable Argos translation package; the message says why."""


@dataclass(frozen=True)
class PackageInfo:
    folder: str  # the zip's top-level folder = the installed directory name
    from_code: str
    to_code: str
    version: str
    metadata: dict


def package_folder(from_code: str, to_code: str, version: str) -> str:
    return f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"


def set_source_prefix(model_dir: str | os.PathLike, token: str) -> None:
    """Make CTranslate2 put `token` first in every source sentence (OPUS-MT's `>>bel<<`).

    Stock argos and searchsvc then both send the right target-language token without
    knowing about it: `add_source_bos` + `bos_token` in the model's config.json.
    """
    config_path = Path(model_dir) / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8")) if config_path.exists() else {}
    vocabulary = _source_vocabulary(Path(model_dir))
    if vocabulary is not None and token not in vocabulary:
        raise PackageError(f"{token!r} is not in the source vocabulary of {model_dir}; "
                           "is this the multi-target OPUS-MT model it needs?")
    # Without an explicit decoder_start_token CTranslate2 starts the decoder with bos_token:
    # pin it to what it was, so only the source side changes.
    config.setdefault("decoder_start_token", config.get("bos_token", "<s>"))
    config.update(add_source_bos=True, bos_token=token)
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _source_vocabulary(model_dir: Path) -> set[str] | None:
    for name in ("source_vocabulary.json", "shared_vocabulary.json"):
        path = model_dir / name
        if path.exists():
            return set(json.loads(path.read_text(encoding="utf-8")))
    for name in ("source_vocabulary.txt", "shared_vocabulary.txt"):
        path = model_dir / name
        if path.exists():
            return set(path.read_text(encoding="utf-8").split("\n"))
    return None


def write_package(out: str | os.PathLike, model_dir: str | os.PathLike, sentencepiece_model: str | os.PathLike | bytes,
                  *, from_code: str, to_code: str, version: str = "1.0", source_prefix: str | None = None,
                  readme: str = "", extra_metadata: dict | None = None) -> PackageInfo:
    """Zip a CTranslate2 model directory and its SentencePiece model into an .argosmodel.

    `source_prefix` (e.g. ">>bel<<") is written into the model's config.json first.
    """
    model_dir = Path(model_dir)
    if not (model_dir / "model.bin").exists():
        raise PackageError(f"{model_dir} is not a CTranslate2 model directory (no model.bin)")
    if source_prefix:
        set_source_prefix(model_dir, source_prefix)
    metadata = {
        "package_version": version, "argos_version": ARGOS_VERSION,
        "from_code": from_code, "from_name": english_name(from_code),
        "to_code": to_code, "to_name": english_name(to_code),
        "type": "translate", "links": [], **(extra_metadata or {}),
    }
    if isinstance(sentencepiece_model, (bytes, bytearray)):
        sp_bytes = bytes(sentencepiece_model)
    else:
        sp_bytes = Path(sentencepiece_model).read_bytes()
    files = {"metadata.json": json.dumps(metadata, indent=2, ensure_ascii=False).encode(),
             "sentencepiece.model": sp_bytes}
    if readme:
        files["README.md"] = readme.encode()
    for path in sorted(model_dir.rglob("*")):
        if path.is_file():
            files["model/" + path.relative_to(model_dir).as_posix()] = path.read_bytes()
    folder = package_folder(from_code, to_code, version)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w") as z:
        for name in sorted(files):
            entry = zipfile.ZipInfo(f"{folder}/{name}", date_time=ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            z.writestr(entry, files[name])
    os.replace(tmp, out)
    return check_package(out)


def check_package(path: str | os.PathLike) -> PackageInfo:
    """Read an .argosmodel's metadata, or raise PackageError saying what is wrong with it."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise PackageError(f"{path}: not an Argos package (not a zip archive)")
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n and not n.startswith("__MACOSX")]
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) != 1 or any("/" not in n for n in names):
            raise PackageError(f"{path}: an Argos package holds exactly one top-level folder; "
                               f"this one has {sorted(tops)[:5]}")
        (folder,) = tops
        if any(".." in n.split("/") or n.startswith("/") for n in names):
            raise PackageError(f"{path}: unsafe path in archive")
        inside = {n.split("/", 1)[1] for n in names}
        if "metadata.json" not in inside:
            raise PackageError(f"{path}: no {folder}/metadata.json")
        try:
            metadata = json.loads(z.read(f"{folder}/metadata.json"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise PackageError(f"{path}: metadata.json is not valid JSON ({exc})") from None
    if not isinstance(metadata, dict):
        raise PackageError(f"{path}: metadata.json is not a JSON object")
    if metadata.get("type", "translate") != "translate":
        raise PackageError(f"{path}: a {metadata.get('type')!r} package, not a translation package")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise PackageError(f"{path}: metadata.json has no {key}")
    if "model/model.bin" not in inside:
        raise PackageError(f"{path}: no CTranslate2 model ({folder}/model/model.bin)")
    if "sentencepiece.model" not in inside and "bpe.model" not in inside:
        raise PackageError(f"{path}: no tokenizer ({folder}/sentencepiece.model)")
    return PackageInfo(folder=folder, from_code=metadata["from_code"], to_code=metadata["to_code"],
                       version=str(metadata.get("package_version", "")), metadata=metadata)
