"""Nothing is fetched from the network at run time."""
import socket

import pytest


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_build_and_extract_with_sockets_blocked(no_network):
    from govextract import Document
    from govextract.pipeline import build, make_doc

    nlp = build()  # a fresh pipeline, so that loading itself runs under the block
    doc = Document.from_doc(nlp(make_doc(nlp, "2019年8月26日，重庆市市长王小明出席会议。")))
    assert doc.text.startswith("2019年")
