"""Run the app under uvicorn, in this process or in `settings.workers` worker processes.

>>> serve(settings)          # what `searchsvc serve [--workers N]` does

Each worker builds its own app from the settings it is handed as an argument: the factory uvicorn
calls is `functools.partial(worker_app, settings)`, which travels to the spawned workers inside
uvicorn's pickled Config. Nothing goes through the process environment, so a worker serves
exactly the index, token and limits the command line and settings named.

uvicorn.run() takes only an import string when it starts workers (it cannot know an app object
pickles), so this module does what run() does for workers with uvicorn's public pieces: Config,
Server, supervisors.Multiprocess and its Process. This is the one module that starts uvicorn; it
checks the version those pieces were read from.

Each worker listens on a socket of its own, all bound to the one port with SO_REUSEPORT, so the
kernel spreads new connections over the workers (by a hash of the connection's addresses). With
uvicorn's one socket shared by every worker, whichever worker's event loop wakes first accepts a
whole burst: a client's (or a proxy's) keep-alive connections opened together all landed on one
worker, and 2 workers served like 1 (bench/http_api.py's per-worker CPU split: 100/0 under wrk).
A worker that dies is replaced on its own socket; the supervisor holds every socket open, so
connections queued for a dead worker wait for its replacement instead of being refused. Where
the platform has no SO_REUSEPORT the workers share one socket as uvicorn does it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import functools
import inspect
import logging
import platform
import shutil
import socket
import tempfile

from starlette.applications import Starlette

from ..config import Settings
from .app import create_app
from ..logs import log_config
from .protocol import HTTP_PROTOCOL

# read against uvicorn 0.55: supervisors.Multiprocess(config, sockets), Config(<callable>, factory=True)
UVICORN_MAJOR = 0


# mallopt's parameter number for the arena limit (glibc malloc.h: M_ARENA_MAX -8)
M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int) -> bool:
    """Cap this process's glibc malloc arenas at `arenas` (settings.malloc_arenas); True if set.

    A process-wide setting, so only a serving process's start calls it (worker_app, serve), before
    its threads first allocate: threads made later share the capped arenas. 0, or a libc other than
    glibc: nothing is changed and False returned.
    """
    if arenas <= 0 or platform.libc_ver()[0] != "glibc":
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.mallopt(M_ARENA_MAX, int(arenas)))


def worker_app(settings: Settings) -> Starlette:
    """The app factory each worker calls (uvicorn factory=True): services built from `settings`."""
    limit_malloc_arenas(settings.malloc_arenas)
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
        limit_malloc_arenas(settings.malloc_arenas)  # this process serves: worker_app's cap, here
        factory = functools.partial(create_app, settings, services=services)
    else:
        factory = functools.partial(worker_app, settings)
    config = uvicorn.Config(factory, factory=True, host=settings.host, port=settings.port, workers=workers,
                            log_config=log_config(), http=HTTP_PROTOCOL)
    try:
        if workers > 1:
            sockets = worker_sockets(config, workers)
            try:
                supervisor = _supervisor_class(Multiprocess)
                supervisor(config, sockets=sockets).run()
            finally:
                for sock in sockets:
                    sock.close()
        else:
            uvicorn.Server(config).run()
    except KeyboardInterrupt:
        pass
    finally:
        if shared_metrics:
            shutil.rmtree(shared_metrics, ignore_errors=True)


def worker_sockets(config, workers: int) -> list[socket.socket]:
    """One listening socket a worker on config.host:config.port (SO_REUSEPORT), or one shared socket."""
    if not hasattr(socket, "SO_REUSEPORT") or config.uds or config.fd is not None:
        return [config.bind_socket()]
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sockets: list[socket.socket] = []
    port = config.port
    try:
        for _ in range(workers):
            sock = socket.socket(family=family, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((config.host, port))
            port = sock.getsockname()[1]  # port 0: the others join the port the first one got
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    logging.getLogger("uvicorn.error").info(
        "serving on %s:%d with %d workers, a listening socket each (SO_REUSEPORT)", config.host, port, workers)
    return sockets


def _supervisor_class(multiprocess):
    """uvicorn's supervisor, with worker i started, restarted and replaced on sockets[i] alone.

    Multiprocess hands its whole socket list to every worker it starts (in init_processes,
    restart_all and keep_subprocess_alive); these overrides are those methods as read in uvicorn
    0.55 with `[self.sockets[i]]` in place of `self.sockets`. One shared socket: Multiprocess as is.
    """
    from uvicorn.supervisors.multiprocess import STARTUP_FAILURE, Process, logger

    class PortSharingMultiprocess(multiprocess):
        def _worker(self, i: int) -> Process:
            return Process(self.config, [self.sockets[i % len(self.sockets)]])

        def init_processes(self) -> None:
            for i in range(self.processes_num):
                process = self._worker(i)
                process.start()
                self.processes.append(process)

        def restart_all(self) -> None:
            for i, old in enumerate(self.processes):
                if self.should_exit.is_set():
                    return
                new = self._worker(i)
                new.start()
                if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                    new.kill()
                    new.join()
                    if not self.should_exit.is_set():
                        logger.error(f"New child process [{new.pid}] was not ready in time; "
                                     f"keeping worker [{old.pid}] and aborting the restart.")
                    return
                old.terminate()
                old.join()
                self.processes[i] = new

        def keep_subprocess_alive(self) -> None:
            if self.should_exit.is_set():
                return
            for i, process in enumerate(self.processes):
                if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                    continue
                process.kill()
                process.join()
                if process.exitcode == STARTUP_FAILURE:
                    logger.error(f"Child process [{process.pid}] failed to start, stopping the parent process.")
                    self.should_exit.set()
                    return
                if self.should_exit.is_set():
                    return
                logger.info(f"Child process [{process.pid}] died")
                self.processes[i] = self._worker(i)
                self.processes[i].start()

    return PortSharingMultiprocess


def _check_uvicorn(uvicorn, multiprocess) -> None:
    major = uvicorn.__version__.split(".")[0]
    params = list(inspect.signature(multiprocess).parameters)
    overridden = ("init_processes", "restart_all", "keep_subprocess_alive")
    if major != str(UVICORN_MAJOR) or params[:2] != ["config", "sockets"] or not all(
            callable(getattr(multiprocess, name, None)) for name in overridden):
        raise RuntimeError(f"uvicorn {uvicorn.__version__} is not what searchsvc.web.serve was written against "
                           f"(0.x with supervisors.Multiprocess(config, sockets), read on 0.55); "
                           f"compare serve() with uvicorn.main.run() and update it")
