"""Issue 12: a vCenter that stops answering mid-read costs the operator the timeout the message
names — not a second one for the view's Destroy, nor a third for the Logout at close."""

from __future__ import annotations

import socket
import threading

import lab_shape
import pytest
from vsphere_testkit import RecordingContext

from reprotect_gui.domain.models import VmLocator
from reprotect_gui.vsphere import PyVmomiInventory, VCenterTimeout

pytestmark = pytest.mark.integration


class StallingProxy:
    """A TCP relay to vcsim that, once `stall()` is called, swallows everything: the vCenter has
    stopped answering. It counts what the client still sends afterwards."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stalled = threading.Event()
        self.sent_after_stall: list[int] = []  # the connection (its number) of each client send after the stall
        self.connections_after_stall = 0
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def stall(self) -> None:
        self.stalled.set()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                if self.stalled.is_set():
                    self.connections_after_stall += 1
                self._sockets.append(client)
            upstream = socket.create_connection(self.target)
            self._sockets.append(upstream)
            number = len(self._sockets)
            threading.Thread(target=self._pump, args=(client, upstream, number), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, 0), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_client: int) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                return
            if self.stalled.is_set():
                if from_client:
                    with self._lock:
                        self.sent_after_stall.append(from_client)
                continue  # swallowed: no answer ever comes
            try:
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self.listener.close()
        for s in self._sockets:
            s.close()


class StallOnFirstPage(RecordingContext):
    def __init__(self, proxy: StallingProxy) -> None:
        super().__init__()
        self.proxy = proxy

    def report(self, done: float, text: str) -> None:
        super().report(done, text)
        if text.startswith("Reading hosts"):  # the first page is in: the next one never comes
            self.proxy.stall()


def test_a_vcenter_that_stops_mid_read_is_one_timeout_no_destroy_no_logout_wait(vcsim, pki):
    proxy = StallingProxy((vcsim.host, vcsim.port))
    inventory = PyVmomiInventory(
        vcsim.host,
        lab_shape.ADMIN_USER,
        lab_shape.ADMIN_PASSWORD,
        port=proxy.port,
        ca_file=pki.ca_file,
        timeout=1.0,
        page_size=1,  # several pages: the stall falls between two of them, with the view open
    )
    try:
        with pytest.raises(VCenterTimeout) as caught:
            inventory.read_estate([VmLocator(name="web-01")], StallOnFirstPage(proxy))
        assert "did not answer within 1 seconds" in caught.value.summary
        # Only the stalled page request went out after the stall: no DestroyView on a new connection
        # (the timed-out one is dropped), which would wait out a second timeout.
        assert len(set(proxy.sent_after_stall)) == 1 and proxy.connections_after_stall == 0
        sends = len(proxy.sent_after_stall)
        inventory.close()  # and no Logout, which would wait a third
        assert len(proxy.sent_after_stall) == sends and proxy.connections_after_stall == 0
    finally:
        proxy.close()
