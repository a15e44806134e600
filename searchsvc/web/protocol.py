"""uvicorn's HTTP protocol with TCP_NODELAY on every connection, and JSON for malformed requests.

The protocol is uvicorn's httptools one (llhttp, C): per request it parses in a few microseconds
what h11 (pure Python) parses in ~0.1-0.2 ms; uvicorn's documented fast form is httptools with
uvloop (`loop="auto"` picks uvloop when it is installed). h11's protocol gets the same two changes
(ApiH11Protocol) for a server where httptools is missing.

With `--workers N` uvicorn binds the listening socket in the parent and hands it to the workers;
the rebuilt socket object reports proto 0, so asyncio's own TCP_NODELAY step skips it. Responses
go out as two writes (head, body), and Nagle + the client's delayed ACK then add ~40 ms to every
request (measured: 2 workers served 85 req/s at p50 44 ms where 1 worker served 400 req/s at 8 ms).

A request the parser cannot read (a malformed request line or header) never reaches the
application; uvicorn answers it itself with text/plain. The overrides answer {"error": ...} like
every other 4xx of the API, and still close the connection (the byte stream is out of sync).
"""

from __future__ import annotations

import json
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol

MALFORMED = json.dumps({"error": "malformed HTTP request: the request line or a header could not be parsed"}).encode()
MALFORMED_RESPONSE = (b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: "
                      + str(len(MALFORMED)).encode() + b"\r\nconnection: close\r\n\r\n" + MALFORMED)


def no_delay(transport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass  # not a TCP socket after all; nothing to tune


class ApiProtocolChanges:
    """The two changes, put before uvicorn's protocol class in the bases of each protocol we serve."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        no_delay(transport)
        super().connection_made(transport)

    def send_400_response(self, msg: str) -> None:
        self.transport.write(MALFORMED_RESPONSE)
        self.transport.close()


class ApiH11Protocol(ApiProtocolChanges, H11Protocol):
    pass


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools not installed: h11
    HTTP_PROTOCOL = f"{__name__}:ApiH11Protocol"
else:
    class ApiHttpToolsProtocol(ApiProtocolChanges, HttpToolsProtocol):
        pass

    HTTP_PROTOCOL = f"{__name__}:ApiHttpToolsProtocol"
