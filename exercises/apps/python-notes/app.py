"""A tiny web app that writes one thing, a visit counter in data/, and should be able to
change nothing else: not its own code, not its configuration.

    python app.py      # serves on port 8080
"""

import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
COUNTER = os.path.join(DATA, "visits.txt")


def count_visit():
    try:
        with open(COUNTER) as f:
            visits = int(f.read().strip() or 0)
    except FileNotFoundError:
        visits = 0
    visits += 1
    with open(COUNTER, "w") as f:
        f.write(f"{visits}\n")
    return visits


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            visits = count_visit()
        except OSError as err:
            self.answer(500, f"cannot write the visit counter in {DATA}: {err}\n")
            return
        code_writable = os.access(os.path.abspath(__file__), os.W_OK) or os.access(HERE, os.W_OK)
        self.answer(
            200,
            f"Hello, visit number {visits}, counted in {DATA} by uid {os.getuid()}. "
            f"Can this app change its own code? {'yes' if code_writable else 'no'}\n",
        )

    def answer(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    print("listening on :8080", flush=True)
    ThreadingHTTPServer(("", 8080), Handler).serve_forever()
