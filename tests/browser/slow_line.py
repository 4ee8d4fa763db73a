"""A slow line to the test site: a relay that sends a page's HTML in two pieces
with a pause between them, as a patchy connection does, so the browser paints
the first piece before the rest arrives. Everything else passes straight through."""

import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAUSE = 0.6  # seconds: long enough for Chromium to paint what it has


class SlowLine:
    def __init__(self, site_url):
        self.site_url = site_url
        self.breaks = {}  # path -> the text after which the page pauses
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def pause_after(self, path, text):
        """Send `path` up to the end of the first `text` in it, pause, then the rest."""
        self.breaks[path] = text.encode()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        line = self

        class Relay(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                try:
                    with urllib.request.urlopen(line.site_url + self.path) as answer:
                        status, body = answer.status, answer.read()
                        content_type = answer.headers["Content-Type"]
                except urllib.error.HTTPError as error:
                    status, body = error.code, error.read()
                    content_type = error.headers["Content-Type"]
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                text = line.breaks.get(self.path)
                if text is None:
                    self.wfile.write(body)
                    return
                cut = body.index(text) + len(text)
                self.wfile.write(body[:cut])
                self.wfile.flush()
                time.sleep(PAUSE)
                self.wfile.write(body[cut:])

        return Relay
