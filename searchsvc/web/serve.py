"""Run the app under uvicorn, in this process or in `settings.workers` worker processes.

>>> serve(settings)          # what `searchsvc serve [--workers N]` does

Each worker builds its own app from the settings it is handed as an argument: the factory uvicorn
calls is `functools.partial(worker_app, settings)`, which travels to the spawned workers inside
uvicorn's pickled Config. Nothing goes through the process environment, so a worker serves
exactly the index, token and limits the command line and settings named.

uvicorn.run() takes only an import string when it starts workers (it cannot know an app object
pickles), so this module does what run() does for workers with uvicorn's public pieces: Config,
Server, Config.bind_socket and supervisors.Multiprocess. This is the one module that starts
uvicorn; it checks the version those pieces were read from.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import shutil
import tempfile

from starlette.applications import Starlette

from ..config import Settings
from .app import create_app
from ..logs import log_config
from .protocol import HTTP_PROTOCOL

# read against uvicorn 0.55: supervisors.Multiprocess(config, sockets), Config(<callable>, factory=True)
UVICORN_MAJOR = 0


def worker_app(settings: Settings) -> Starlette:
    """The app factory each worker calls (uvicorn factory=True): services built from `settings`."""
    return create_app(settings)


def serve(settings: Settings, services=None) -> None:
    """Serve settings.host:settings.port with settings.workers processes; returns when stopped.

    `services`: already built ones for the one-process case (the CLI's); workers build their own.
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    _check_uvicorn(uvicorn, Multiprocess)
    workers = max(1, settings.workers)
    shared_metrics = None
    if workers > 1 and not settings.metrics_dir:
        # workers sum their request counters through this folder (web/metrics.py)
        shared_metrics = tempfile.mkdtemp(prefix="searchsvc-metrics-")
        settings = dataclasses.replace(settings, metrics_dir=shared_metrics)
    if workers == 1 and services is not None and services.settings == settings:
        factory = functools.partial(create_app, settings, services=services)
    else:
        factory = functools.partial(worker_app, settings)
    config = uvicorn.Config(factory, factory=True, host=settings.host, port=settings.port, workers=workers,
                            log_config=log_config(), http=HTTP_PROTOCOL)
    try:
        if workers > 1:
            sock = config.bind_socket()
            try:
                Multiprocess(config, sockets=[sock]).run()
            finally:
                sock.close()
        else:
            uvicorn.Server(config).run()
    except KeyboardInterrupt:
        pass
    finally:
        if shared_metrics:
            shutil.rmtree(shared_metrics, ignore_errors=True)


def _check_uvicorn(uvicorn, multiprocess) -> None:
    major = uvicorn.__version__.split(".")[0]
    params = list(inspect.signature(multiprocess).parameters)
    if major != str(UVICORN_MAJOR) or params[:2] != ["config", "sockets"]:
        raise RuntimeError(f"uvicorn {uvicorn.__version__} is not what searchsvc.web.serve was written against "
                           f"(0.x with supervisors.Multiprocess(config, sockets), read on 0.55); "
                           f"compare serve() with uvicorn.main.run() and update it")
