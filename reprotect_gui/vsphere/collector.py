"""PropertyCollector reads: whole object types through a ContainerView, the hosts and datastores
through a traversal that skips the VM folders, or chosen objects.

Every read follows `ContinueRetrievePropertiesEx` until the token is empty; a real vCenter pages
its answers, and stopping after the first page silently truncates the inventory.
"""

from __future__ import annotations

import http.client
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reprotect_gui.vsphere.connection import SessionExpired

DEFAULT_PAGE_SIZE = 1000


@dataclass(slots=True)
class Row:
    """The properties read for one managed object, and those the account may not read."""

    ref: Any  # the pyVmomi managed object reference (no network access through it here)
    props: dict[str, Any]
    denied: tuple[str, ...] = ()
    faults: dict[str, str] = field(default_factory=dict)

    @property
    def moref(self) -> str:
        return str(self.ref._moId)

    @property
    def kind(self) -> str:
        return str(self.ref._wsdlName)

    def get(self, path: str, default: Any = None) -> Any:
        return self.props.get(path, default)


def read_type(
    content: Any,
    obj_type: Any,
    paths: Sequence[str],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    on_page: Callable[[int], None] | None = None,
) -> list[Row]:
    """Every object of `obj_type` in the inventory, through one ContainerView."""
    from pyVmomi import vim, vmodl

    collector = vmodl.query.PropertyCollector
    view = content.viewManager.CreateContainerView(content.rootFolder, [obj_type], True)
    try:
        traverse = collector.TraversalSpec(name="view", type=vim.view.ContainerView, path="view", skip=False)
        spec = collector.FilterSpec(
            objectSet=[collector.ObjectSpec(obj=view, skip=True, selectSet=[traverse])],
            propSet=[collector.PropertySpec(type=obj_type, pathSet=list(paths))],
        )
        rows = retrieve_all(content.propertyCollector, spec, page_size, on_page)
    except (OSError, http.client.HTTPException):
        # The vCenter stopped answering (or the connection broke): a Destroy would wait out its own
        # timeout on top of the one the message names. The view dies with the session anyway.
        raise
    except BaseException:
        _destroy_quietly(view)
        raise
    _destroy_quietly(view)
    return rows


def read_hosts_and_datastores(
    content: Any,
    paths: Mapping[Any, Sequence[str]],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    on_page: Callable[[int], None] | None = None,
) -> list[Row]:
    """Hosts, datastores and datastore clusters in one pass, never walking the VM folders.

    A ContainerView from the root folder walks every object, 45,000 VMs included, to find 50
    hosts; this traversal goes root folder → datacenters → their host and datastore folders
    (and compute resources → hosts) only, so its cost follows the hosts and datastores.
    `paths` gives the properties per managed object type."""
    from pyVmomi import vim, vmodl

    collector = vmodl.query.PropertyCollector

    def traverse(name: str, kind: Any, path: str, *then: str) -> Any:
        return collector.TraversalSpec(
            name=name,
            type=kind,
            path=path,
            skip=False,
            selectSet=[collector.SelectionSpec(name=n) for n in then],
        )

    select = [
        traverse("folder", vim.Folder, "childEntity", "folder", "dc_hosts", "dc_datastores", "cr_hosts"),
        traverse("dc_hosts", vim.Datacenter, "hostFolder", "folder"),
        traverse("dc_datastores", vim.Datacenter, "datastoreFolder", "folder"),
        traverse("cr_hosts", vim.ComputeResource, "host"),
    ]
    spec = collector.FilterSpec(
        objectSet=[collector.ObjectSpec(obj=content.rootFolder, skip=True, selectSet=select)],
        propSet=[collector.PropertySpec(type=kind, pathSet=list(p)) for kind, p in paths.items()],
    )
    wanted = {kind._wsdlName for kind in paths}
    rows: dict[str, Row] = {}
    for row in retrieve_all(content.propertyCollector, spec, page_size, on_page):
        if row.kind in wanted:  # a datastore is reached from its folder and from its cluster: once
            rows.setdefault(f"{row.kind}:{row.moref}", row)
    return list(rows.values())


def read_objects(
    content: Any,
    refs: Iterable[Any],
    obj_type: Any,
    paths: Sequence[str],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> list[Row]:
    """Chosen objects only (the heavy details of the VMs that matter)."""
    from pyVmomi import vmodl

    collector = vmodl.query.PropertyCollector
    object_specs = [collector.ObjectSpec(obj=ref, skip=False) for ref in refs]
    if not object_specs:
        return []
    spec = collector.FilterSpec(
        objectSet=object_specs,
        propSet=[collector.PropertySpec(type=obj_type, pathSet=list(paths))],
        reportMissingObjectsInResults=True,
    )
    return retrieve_all(content.propertyCollector, spec, page_size, None)


def retrieve_all(
    property_collector: Any,
    spec: Any,
    page_size: int,
    on_page: Callable[[int], None] | None,
) -> list[Row]:
    from pyVmomi import vmodl

    options = vmodl.query.PropertyCollector.RetrieveOptions(maxObjects=page_size)
    result = property_collector.RetrievePropertiesEx(specSet=[spec], options=options)
    rows: list[Row] = []
    while result is not None:
        rows.extend(_row(content) for content in result.objects)
        if on_page is not None:
            on_page(len(rows))
        if not result.token:
            break
        result = property_collector.ContinueRetrievePropertiesEx(token=result.token)
    return rows


def _row(content: Any) -> Row:
    from pyVmomi import vim

    props = {prop.name: prop.val for prop in content.propSet}
    denied: list[str] = []
    faults: dict[str, str] = {}
    for missing in content.missingSet or ():
        fault = missing.fault
        if isinstance(fault, vim.fault.NotAuthenticated):
            # Some servers answer a dead session per property instead of with a fault.
            raise SessionExpired()
        if isinstance(fault, vim.fault.NoPermission):
            denied.append(missing.path)
        else:
            faults[missing.path] = type(fault).__name__
    return Row(ref=content.obj, props=props, denied=tuple(denied), faults=faults)


def _destroy_quietly(view: Any) -> None:
    try:
        view.Destroy()
    except Exception:  # noqa: BLE001 - a view dies with its session anyway
        pass
