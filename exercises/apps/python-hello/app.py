"""A tiny web app. waitress, a small pure-Python web server from PyPI, serves it:

    waitress-serve --listen=*:8080 app:app
"""

import getpass
import os
import sys


def app(environ, start_response):
    """A WSGI application: every path answers with a greeting."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid {os.getuid()}"
    body = (
        "Hello from Python! "
        f"Python {sys.version_info.major}.{sys.version_info.minor}, running as {user}, "
        f"packages from {os.path.dirname(os.path.dirname(__import__('waitress').__file__))}\n"
    ).encode()
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"),
                              ("Content-Length", str(len(body)))])
    return [body]
