"""Installed Argos Translate packages: where they live, which routes they give, install/remove.

Every use of `argostranslate` goes through `argos(models_dir)`, the one module that touches its
internals: argostranslate.settings fixes its package directory when it is first imported (from
ARGOS_PACKAGES_DIR or ~/.local/share), so argos() re-points the module's `package_data_dir` /
`package_dirs` (and download paths) after the import, every call, and drops argostranslate's
cached language list when the directory changes. Nothing is written to the process environment.
argos() checks the installed version and those attributes first and fails loudly when they differ.

>>> catalog = ModelCatalog.load(settings.models_dir)
>>> catalog.route("be")    # Route(lang='be', kind='pivot:ru', legs=(en->ru, ru->be))
"""

from __future__ import annotations

import json
import logging
import os
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

from ..languages import LanguageRegistry, resolve
from .packaging import PackageError, PackageInfo, check_package

log = logging.getLogger("searchsvc.translation")

# argos's own default: the index is <ARGOS_PACKAGE_INDEX>index.json (settings.argos_package_index)
ARGOS_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
# what argos() sets and clears inside argostranslate, as read in argos-translate-lt 1.12
ARGOS_DISTRIBUTIONS = ("argos-translate-lt", "argostranslate")
ARGOS_MAJOR = "1"
ARGOS_SETTINGS = ("package_data_dir", "package_dirs", "local_package_index", "downloads_dir")
_argos_lock = threading.Lock()


class ArgosVersionError(RuntimeError):
    """The installed argostranslate is not the one whose internals argos() was written against."""


def argos(models_dir: str | os.PathLike, cache_dir: str | os.PathLike | None = None) -> SimpleNamespace:
    """Import argostranslate with its package directory set to `models_dir`.

    Returns a namespace with the `package` and `settings` modules. Safe to call many times
    and with different directories (tests do); argostranslate's cached language list is
    dropped whenever the directory changes.
    """
    models_dir = Path(models_dir).resolve()
    models_dir.mkdir(parents=True, exist_ok=True)
    with _argos_lock:
        import argostranslate.package as package
        import argostranslate.settings as settings

        _check_argos(settings)
        if settings.package_data_dir != models_dir or settings.package_dirs != [models_dir]:
            settings.package_data_dir = models_dir
            settings.package_dirs = [models_dir]
            _forget_argos_languages()
        if cache_dir is not None:
            cache = Path(cache_dir)
            (cache / "downloads").mkdir(parents=True, exist_ok=True)
            settings.local_package_index = cache / "argos-index.json"
            settings.downloads_dir = cache / "downloads"
        return SimpleNamespace(package=package, settings=settings)


def _check_argos(settings) -> None:
    version = None
    for name in ARGOS_DISTRIBUTIONS:
        try:
            version = metadata.version(name)
            break
        except metadata.PackageNotFoundError:
            continue
    missing = [name for name in ARGOS_SETTINGS if not hasattr(settings, name)]
    if version is None or version.split(".")[0] != ARGOS_MAJOR or missing:
        raise ArgosVersionError(
            f"argostranslate {version or '(version unknown)'} is not what searchsvc.translation.models.argos() "
            f"was written against (argos-translate-lt {ARGOS_MAJOR}.x, read on 1.12"
            + (f"; argostranslate.settings lacks {', '.join(missing)}" if missing else "") + ")")


def _forget_argos_languages() -> None:
    import sys

    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()


@dataclass(frozen=True)
class InstalledModel:
    """One installed translation package."""

    name: str  # the directory name under models_dir, e.g. translate-en_ru-1_9
    path: Path
    from_code: str
    to_code: str
    version: str
    source_prefix: str | None  # e.g. ">>bel<<", added by CTranslate2 (model config add_source_bos)
    target_prefix: str | None  # argos metadata "target_prefix", forced as the first target token

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"

    @classmethod
    def from_argos(cls, pkg) -> "InstalledModel":
        path = Path(pkg.package_path)
        prefix = None
        config_path = path / "model" / "config.json"
        if config_path.exists():
            config = json.loads(config_path.read_text(encoding="utf-8"))
            if config.get("add_source_bos") and config.get("bos_token"):
                prefix = config["bos_token"]
        return cls(name=path.name, path=path, from_code=pkg.from_code, to_code=pkg.to_code,
                   version=str(pkg.package_version or ""), source_prefix=prefix,
                   target_prefix=getattr(pkg, "target_prefix", "") or None)


@dataclass(frozen=True)
class Route:
    """How English text reaches one target language: legs of installed models in order."""

    lang: str
    kind: str  # "direct", "pivot:ru", or "none"
    legs: tuple[InstalledModel, ...] = ()
    source: str = ""  # the language translated from

    @property
    def available(self) -> bool:
        return bool(self.legs)

    def describe(self) -> str:
        if not self.legs:
            return f"{self.source}->{self.lang}: not available"
        chain = " + ".join(f"{m.name} ({m.version})" for m in self.legs)
        return f"{self.legs[0].from_code}->{self.lang}: {self.kind} via {chain}"


class ModelCatalog:
    """The translation packages installed in one models directory."""

    def __init__(self, models_dir: str | os.PathLike, models: list[InstalledModel],
                 languages: LanguageRegistry | None = None):
        """`languages`: the service's (Services.languages; default: default_languages()): the source
        translated from and the targets routed to."""
        self.models_dir = Path(models_dir)
        self.models = sorted(models, key=lambda m: (m.from_code, m.to_code, m.name))
        self.languages = resolve(languages)

    @classmethod
    def load(cls, models_dir: str | os.PathLike, languages: LanguageRegistry | None = None) -> "ModelCatalog":
        models_dir = Path(models_dir)
        if not models_dir.is_dir() or not any(models_dir.iterdir()):
            return cls(models_dir, [], languages)  # nothing installed: don't even import argostranslate
        package = argos(models_dir).package
        models = []
        for directory in sorted(p for p in models_dir.iterdir() if p.is_dir()):
            try:
                pkg = package.Package(directory)
            except (OSError, ValueError) as exc:
                log.warning("skipping %s: not an Argos package (%s)", directory, exc)
                continue
            if pkg.type == "translate" and (directory / "model").is_dir():
                models.append(InstalledModel.from_argos(pkg))
        return cls(models_dir, models, languages)

    def find(self, from_code: str, to_code: str) -> InstalledModel | None:
        found = [m for m in self.models if m.from_code == from_code and m.to_code == to_code]
        # Two packages for one pair: the newest version wins (an upgrade left the old one).
        return max(found, key=lambda m: _version_key(m.version)) if found else None

    def route(self, lang: str, source: str | None = None) -> Route:
        source = source or self.languages.source.code
        targets = self.languages.target_codes
        direct = self.find(source, lang)
        if direct:
            return Route(lang, "direct", (direct,), source)
        # Pivot through another target language first (ru for be), then anything else.
        pivots = [t for t in targets if t != lang] + sorted({m.to_code for m in self.models} - set(targets))
        for pivot in pivots:
            first, second = self.find(source, pivot), self.find(pivot, lang)
            if first and second:
                return Route(lang, f"pivot:{pivot}", (first, second), source)
        return Route(lang, "none", source=source)

    def routes(self) -> dict[str, Route]:
        return {lang: self.route(lang) for lang in self.languages.target_codes}


def _version_key(version: str) -> tuple:
    parts = []
    for part in version.replace("-", ".").split("."):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)


# --- installing and removing ---------------------------------------------------------------


class ModelInstallError(RuntimeError):
    """An install or remove that could not be done; the message says why and what to do."""


def install_file(models_dir: str | os.PathLike, path: str | os.PathLike) -> tuple[PackageInfo, list[str]]:
    """Install a local .argosmodel through argostranslate's own installer.

    Returns the package and the names of packages it replaced (same language pair).
    """
    try:
        info = check_package(path)
    except PackageError as exc:
        raise ModelInstallError(str(exc)) from None
    ns = argos(models_dir)
    replaced = []
    # Our listing, not argos's: argos's raises on any stray folder in the directory.
    for model in ModelCatalog.load(models_dir).models:
        if (model.from_code, model.to_code) == (info.from_code, info.to_code):
            replaced.append(model.name)
            ns.package.uninstall(ns.package.Package(model.path))
    ns.package.install_from_path(Path(path))
    _forget_argos_languages()
    installed = Path(models_dir) / info.folder
    if not (installed / "metadata.json").exists():
        raise ModelInstallError(f"{path}: argostranslate did not install it into {installed}")
    log.info("installed %s (%s->%s %s) from %s", info.folder, info.from_code, info.to_code, info.version, path)
    return info, [r for r in replaced if r != info.folder]


def index_url(base: str = "") -> str:
    """The package index's JSON from a base URL (settings.argos_package_index; default argos's)."""
    base = base or ARGOS_PACKAGE_INDEX
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def fetch_index(url: str | None = None, timeout: float = 20.0) -> list[dict]:
    """The Argos package index, or ModelInstallError when the network does not allow it."""
    url = url or index_url()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            index = json.loads(response.read())
        if not isinstance(index, list):
            raise ValueError("not a list of packages")
        return index
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ModelInstallError(
            f"cannot reach the Argos package index at {url} ({exc}); offline? "
            "Install from a file instead: searchsvc models install --file PACKAGE.argosmodel") from None


# Languages the upstream Argos package index has no package for (argospm-index, checked 2026-12), with
# the route that does give one. `install be` answers with it at once: asking that index (or failing to
# reach it, offline) would only say "not found" or "offline?", neither of which is the reason.
NOT_UPSTREAM = {
    "be": ("no Argos Belarusian package exists upstream (the Argos index has none, to or from be): build one "
           "from OPUS-MT's opus-mt-tc-big-en-zle (its >>bel<< token) with scripts/build_argos_package.py, then "
           "searchsvc models install --file PACKAGE.argosmodel (a ru->be package file beside en->ru also works: "
           "a pivot)"),
}


def not_upstream(pair: tuple[str, str]) -> str | None:
    """Why the upstream Argos index cannot give `pair`, or None when it may."""
    return next((NOT_UPSTREAM[code] for code in pair if code in NOT_UPSTREAM), None)


def parse_pair(text: str, languages: LanguageRegistry | None = None) -> tuple[str, str]:
    """"ru" -> (en, ru) (`languages`' source first); "ru-be", "ru_be" or "ru->be" -> (ru, be)."""
    for sep in ("->", "-", "_"):
        if sep in text:
            a, b = text.split(sep, 1)
            if a and b:
                return a.strip().lower(), b.strip().lower()
    if not text.isalpha():
        raise ValueError(f"not a language or language pair: {text!r} (e.g. ru, be, ru-be)")
    return resolve(languages).source.code, text.lower()


def install_from_index(models_dir: str | os.PathLike, cache_dir: str | os.PathLike, pairs: list[tuple[str, str]],
                       index: list[dict] | None = None, index_base: str = "") -> list[PackageInfo]:
    """Download and install the newest index package for each pair (index at `index_base`, see index_url).
    From the upstream index, a pair it has no package for (NOT_UPSTREAM) is not looked up: the others are
    installed, then ModelInstallError says how to build that one."""
    missing = [(pair, why) for pair in pairs if (why := not_upstream(pair))
               and index is None and index_url(index_base) == index_url()]
    pairs = [pair for pair in pairs if pair not in {p for p, _ in missing}]
    installed = _install_pairs(models_dir, cache_dir, pairs, index, index_base) if pairs else []
    if missing:
        (from_code, to_code), why = missing[0]
        done = f" (installed: {', '.join(i.folder for i in installed)})" if installed else ""
        raise ModelInstallError(f"{from_code}->{to_code}: {why}{done}")
    return installed


def _install_pairs(models_dir, cache_dir, pairs: list[tuple[str, str]], index: list[dict] | None,
                   index_base: str) -> list[PackageInfo]:
    index = fetch_index(index_url(index_base)) if index is None else index
    ns = argos(models_dir, cache_dir)
    installed = []
    for from_code, to_code in pairs:
        candidates = [m for m in index if m.get("from_code") == from_code and m.get("to_code") == to_code
                      and m.get("type", "translate") == "translate"]
        if not candidates:
            why = not_upstream((from_code, to_code))
            raise ModelInstallError(f"the Argos index has no {from_code}->{to_code} package" + (f": {why}" if why else "."))
        best = max(candidates, key=lambda m: _version_key(str(m.get("package_version", ""))))
        available = ns.package.AvailablePackage(best)
        try:
            download = available.download()
        except Exception as exc:  # argos raises bare Exception on a failed download
            raise ModelInstallError(f"download of {from_code}->{to_code} failed: {exc}") from None
        info, _ = install_file(models_dir, download)
        download.unlink(missing_ok=True)
        installed.append(info)
    return installed


def remove(models_dir: str | os.PathLike, name: str) -> list[str]:
    """Remove a package by directory name (translate-en_ru-1_9) or pair (en-ru); returns the names."""
    catalog = ModelCatalog.load(models_dir)
    matches = [m for m in catalog.models if m.name == name]
    if not matches:
        try:
            from_code, to_code = parse_pair(name) if any(s in name for s in ("-", "_", ">")) else ("", "")
        except ValueError:
            from_code = to_code = ""
        matches = [m for m in catalog.models if (m.from_code, m.to_code) == (from_code, to_code)]
    if not matches:
        known = ", ".join(m.name for m in catalog.models) or "none installed"
        raise ModelInstallError(f"no installed package {name!r} (installed: {known})")
    package = argos(models_dir).package
    for model in matches:
        package.uninstall(package.Package(model.path))
    _forget_argos_languages()
    return [m.name for m in matches]
