"""A tiny web app whose work is done by primes, a C extension of its own.

    pip install .      # compiles primes.c: needs gcc and Python's headers
    python app.py      # serves on port 8080; needs neither
"""

import getpass
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import primes

LIMIT = 1_000_000


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        start = time.perf_counter()
        found = primes.count(LIMIT)
        millis = (time.perf_counter() - start) * 1000
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = f"uid {os.getuid()}"
        body = (
            f"Hello from Python and C! {found} primes below {LIMIT:,}, "
            f"counted in {millis:.1f} ms by the compiled extension {os.path.basename(primes.__file__)}. "
            f"Python {sys.version_info.major}.{sys.version_info.minor}, running as {user}\n"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    print("listening on :8080", flush=True)
    ThreadingHTTPServer(("", 8080), Handler).serve_forever()
