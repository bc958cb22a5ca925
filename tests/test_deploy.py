"""The edge as ``deploy/`` configures it, checked through a real nginx on loopback (``deploy/start-local.sh``, one
replica): compressed and cached bundles, security headers, operator-only endpoints, rate limits, allowed hosts."""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.client
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from streamlit import file_util

from components.filters import document_language_script
from esg.i18n import LANGS
from perf.server import Server

ROOT = Path(__file__).resolve().parents[1]
HEADERS_CONF = ROOT / "deploy" / "nginx" / "esg-headers.conf"
STATIC = Path(file_util.get_static_dir())
OUTSIDE = "127.0.0.2"  # another loopback address: a client that is not the proxy host itself


def bundle(name: str) -> str:
    """The URL path of the installed frontend's bundle whose name starts with ``name``."""
    found = sorted((STATIC / "static" / "js").glob(f"{name}.*.js"))
    assert found, f"no {name} bundle in {STATIC}"
    return "/static/js/" + found[0].name


def fetch(base: str, path: str, *, method: str = "GET", source: str = "127.0.0.1", **headers: str):
    """One request from the loopback address ``source``; (status, headers as a lower-cased dict, body)."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30, source_address=(source, 0))
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_bundles_are_compressed_to_a_third_and_cached_for_a_year(proxy: Server) -> None:
    path = bundle("PlotlyChart")
    _, _, original = fetch(proxy.replicas[0], path)  # the replica itself sends it uncompressed
    assert len(original) > 3_000_000
    status, headers, body = fetch(proxy.url, path, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == original
    assert len(body) <= 0.35 * len(original)
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["content-type"] == "application/javascript"
    status, headers, body = fetch(proxy.url, path, **{"Accept-Encoding": "gzip, deflate, br"})
    assert status == 200 and headers["content-encoding"] == "br"
    decoded = subprocess.run(["brotli", "-d", "-c"], input=body, capture_output=True, check=True).stdout
    assert decoded == original
    assert len(body) < 0.3 * len(original)
    assert "set-cookie" not in headers  # any replica serves a bundle: no route cookie, cacheable anywhere


def test_the_page_is_compressed_not_cached_and_routed(proxy: Server) -> None:
    status, headers, body = fetch(proxy.url, "/", **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert b"<script" in gzip.decompress(body)
    assert headers["cache-control"] == "no-cache"
    assert headers["set-cookie"].startswith("esg_route=")


@pytest.mark.parametrize("path", ["/", "/subsidiaries", "/_stcore/health", "/static/js/not-a-bundle.js"])
def test_security_headers_on_every_response(proxy: Server, path: str) -> None:
    _, headers, _ = fetch(proxy.url, path)
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'self'" in csp and "default-src 'self'" in csp and "object-src 'none'" in csp
    assert "'unsafe-eval'" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-frame-options"] == "SAMEORIGIN"
    assert "strict-transport-security" not in headers  # plain HTTP: HSTS only on TLS
    assert "server" not in headers or headers["server"] == "nginx"  # no version


def test_the_csp_allows_the_installed_frontends_inline_script() -> None:
    """The policy has the hashes of the one inline script of Streamlit's index.html and of the app's ``<html lang>``
    scripts (fails when an upgrade or the app changes one)."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.DOTALL)
    assert len(inline) == 1
    lang_scripts = [re.fullmatch(r"<script>(.*)</script>", document_language_script(lang), re.DOTALL) for lang in LANGS]
    policy = HEADERS_CONF.read_text(encoding="utf-8")
    for script in [inline[0], *(found.group(1) for found in lang_scripts if found)]:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy, script
    assert all(lang_scripts)


def test_metrics_only_from_the_operators_host_health_for_everyone(proxy: Server) -> None:
    assert fetch(proxy.url, "/_stcore/metrics")[0] == 200
    assert fetch(proxy.url, "/_stcore/metrics", source=OUTSIDE)[0] == 403
    assert fetch(proxy.url, "/_stcore/agent/openapi.json", source=OUTSIDE)[0] == 403
    status, _, body = fetch(proxy.url, "/_stcore/health", source=OUTSIDE)
    assert (status, body) == (200, b"ok")  # the frontend asks it before every (re)connection


@pytest.mark.parametrize(("path", "method"), [("/update_data", "GET"), ("/_stcore/upload_file/s/f", "PUT")])
def test_sign_in_page_and_uploads_are_rate_limited(proxy: Server, path: str, method: str) -> None:
    statuses = [fetch(proxy.url, path, method=method, source=OUTSIDE)[0] for _ in range(12)]
    assert statuses[0] != 429  # burst 5 at 10 a minute
    assert statuses.count(429) >= 5, statuses
    assert 429 not in [fetch(proxy.url, path, method=method)[0] for _ in range(8)]  # the proxy host is not limited


def _upgrade(base: str, host: str) -> int:
    key = base64.b64encode(b"esg-dashboard-16").decode()  # 16 bytes, as RFC 6455 asks
    status, _, _ = fetch(
        base, "/_stcore/stream", Host=host, Upgrade="websocket", Connection="Upgrade",
        **{"Sec-WebSocket-Key": key, "Sec-WebSocket-Version": "13", "Sec-WebSocket-Protocol": "streamlit"},
    )  # fmt: skip
    return status


def test_websockets_pass_the_proxy_for_allowed_hosts_only(proxy: Server) -> None:
    port = urlsplit(proxy.url).port
    assert _upgrade(proxy.url, f"127.0.0.1:{port}") == 101
    assert _upgrade(proxy.url, f"localhost:{port}") == 101
    assert _upgrade(proxy.url, f"rebound.example:{port}") != 101  # server.allowedHosts (DNS rebinding)
