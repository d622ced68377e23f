"""What the wizard (and the console program) preselects: only when there is no choice to make, the first eligible
one when told to take it, and a sentence for each choice left open."""

from __future__ import annotations

from dataclasses import replace

from builders import NOW, world
from rcm_builders import LOG_ACCOUNT, appliance, rcm_item, rcm_world

from reprotect_gui.domain import choices
from reprotect_gui.domain.models import ProcessServer, ServerLocation
from reprotect_gui.domain.selection import Selection


def _preselect(w, selection: Selection, *, take_first: bool = False) -> tuple[str, ...]:
    return choices.preselect(w.site(), w.vcenter(), w.matches(), selection, NOW, take_first_eligible=take_first)


# --- modernized -------------------------------------------------------------------------------------------------


def test_the_only_appliance_its_automatic_datastore_and_the_vms_log_account_are_preselected():
    w = rcm_world()
    sel = Selection(items=tuple(w.items))
    assert _preselect(w, sel) == ()
    assert (sel.appliance_id, sel.log_storage_account_id) == ("agent-appliance-01", LOG_ACCOUNT)
    assert sel.choices_for("intranet-01").datastore_name == "ds-vmfs-01"


def test_a_chosen_appliance_is_kept():
    w = rcm_world()
    w.appliances.append(appliance("appliance-02"))
    sel = Selection(items=tuple(w.items), appliance_id="agent-appliance-02")
    _preselect(w, sel)
    assert sel.appliance_id == "agent-appliance-02"


def test_of_two_appliances_none_is_preselected_unless_the_first_is_taken():
    w = rcm_world()
    w.appliances.append(appliance("appliance-02"))
    sel = Selection(items=tuple(w.items))
    assert "replication appliance: 2 can be chosen" in _preselect(w, sel)
    assert sel.appliance_id is None
    taken = Selection(items=tuple(w.items))
    said = _preselect(w, taken, take_first=True)
    assert taken.appliance_id == "agent-appliance-01"
    assert "replication appliance: appliance-01 was taken, the first eligible of 2" in said


def test_an_appliance_that_cannot_reach_the_vms_datastore_leaves_it_open():
    w = rcm_world().appliance(datastores=("ds-vmfs-02",))
    sel = Selection(items=tuple(w.items))
    assert "datastore for intranet-01: none can be chosen" in _preselect(w, sel)
    assert sel.choices_for("intranet-01").datastore_name is None


def test_an_alternate_location_datastore_is_never_preselected_even_if_only_one():
    w = rcm_world().gone().appliance(datastores=("ds-vmfs-02",))
    w_other_vc = replace(w.vcenter(), vcenter_name="vc-elsewhere.lab")  # only the appliance's own list
    sel = Selection(items=tuple(w.items))
    said = choices.preselect(w.site(), w_other_vc, w.matches(), sel, NOW)
    assert "datastore for intranet-01: 1 can be chosen" in said
    assert sel.choices_for("intranet-01").datastore_name is None


def test_vms_without_a_log_account_leave_it_open():
    w = rcm_world()
    w.items = [rcm_item(rcm=replace(rcm_item().rcm, log_storage_account_id=""))]
    sel = Selection(items=tuple(w.items))
    assert "log storage account: none is in use yet" in _preselect(w, sel)
    assert sel.log_storage_account_id is None


# --- classic -----------------------------------------------------------------------------------------------------


def test_the_first_eligible_process_server_is_preselected_azure_first():
    w = world()
    w.pss.append(ProcessServer("ps-onprem-01", "ps-onprem-01", "10.0.0.12", ServerLocation.ON_PREMISES, NOW, "Normal"))
    sel = Selection(items=tuple(w.items))
    _preselect(w, sel)
    listed = [c.value.server_id for c in choices.process_server_choices(w.site(), NOW) if c.selectable]
    assert len(listed) == 2 and sel.process_server_id == listed[0]


def test_a_classic_datastore_is_never_preselected_even_if_only_one():
    w = world()
    sel = Selection(items=tuple(w.items))
    said = _preselect(w, sel)
    assert sel.master_target_id == "mt-win-01" and sel.choices_for("web-01").retention_drive == "R:"
    assert "datastore for web-01: 1 can be chosen" in said
    assert sel.choices_for("web-01").datastore_name is None
