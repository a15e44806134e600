"""The one structured log format: one JSON object per line on stderr, for every command and the server.

    {"time": "2026-12-06T03:20:00", "level": "INFO", "logger": "searchsvc.reindex", "pid": 41, "msg": "...",
     ...fields}

The server hands `log_config()` to uvicorn (uvicorn's access log included, in every worker process:
spawned, not forked); the CLI installs it for whichever command runs (cli.main). A batch job's progress
(`Progress`, `TranslateProgress` off a terminal) is written by `event_line` in the same shape: `msg`
and `event` name the event, its numbers are top-level fields.
"""

from __future__ import annotations

import json
import logging

# a LogRecord attribute: a dict of structured fields merged into the line (logger.info(..., extra={FIELDS: {...}}))
FIELDS = "fields"


class JsonFormatter(logging.Formatter):
    # uvicorn.access records carry (client, method, path, http version, status) as args
    ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
               "logger": record.name, "pid": record.process}
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) == 5:
            out.update(zip(self.ACCESS_FIELDS, record.args))
        else:
            out["msg"] = record.getMessage()
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, dict):
            out.update({k: v for k, v in fields.items() if k not in out})  # never overwrite time/level/logger
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


_FORMATTER = JsonFormatter()


def event_line(logger: str, event: str, level: int = logging.INFO, **fields) -> str:
    """One progress event as a log line of the one format (no trailing newline): `msg` and `event`
    are `event`, `fields` are top-level keys."""
    record = logging.LogRecord(logger, level, __file__, 0, event, None, None)
    setattr(record, FIELDS, {"event": event, **fields})
    return _FORMATTER.format(record)


def log_config(level: str = "INFO") -> dict:
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {name: {"handlers": [], "propagate": True, "level": level}
                    for name in ("uvicorn", "uvicorn.error", "uvicorn.access")},
    }
