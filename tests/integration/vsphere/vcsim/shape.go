package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"net/url"
	"os"
	"path/filepath"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// Shape is the inventory the tests (and the benchmark) ask for; see conftest.py for the source.
type Shape struct {
	Users      []User      `json:"users"` // the first user is the administrator used for shaping
	Hosts      []Host      `json:"hosts"`
	Datastores []Datastore `json:"datastores"`
	Pods       []Pod       `json:"pods"`
	VMs        []VM        `json:"vms"`
	Filler     Filler      `json:"filler"`
}

type User struct {
	Name     string `json:"name"`
	Password string `json:"password"`
	// Objects (by name) whose properties this account may not read: answered with NoPermission.
	Hidden []string `json:"hidden"`
	// Privileges this account lacks, by entity name ("*" for every entity).
	Denied map[string][]string `json:"denied"`
}

type Host struct {
	Name            string `json:"name"`
	Product         string `json:"product"`
	Version         string `json:"version"`
	LicenseName     string `json:"license_name"`
	LicenseEdition  string `json:"license_edition_key"`
	ConnectionState string `json:"connection_state"`
	MemoryMB        int64  `json:"memory_mb"`      // 0 = vcsim's own
	FreeMemoryMB    int64  `json:"free_memory_mb"` // what quickStats.overallMemoryUsage leaves free
}

type Datastore struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"` // summary.type: VMFS, vsan, NFS
	CapacityGB int64    `json:"capacity_gb"`
	FreeGB     int64    `json:"free_gb"`
	Accessible bool     `json:"accessible"`
	Hosts      []string `json:"hosts"`
}

type Pod struct {
	Name        string   `json:"name"`
	SdrsEnabled bool     `json:"sdrs_enabled"`
	Datastores  []string `json:"datastores"`
	ExcludedVMs []string `json:"excluded_vms"` // per-VM Storage DRS override: disabled
}

type VM struct {
	Name         string       `json:"name"`
	Host         string       `json:"host"`
	Datastore    string       `json:"datastore"`
	GuestID      string       `json:"guest_id"`
	BiosUUID     string       `json:"bios_uuid"`
	InstanceUUID string       `json:"instance_uuid"`
	PowerState   string       `json:"power_state"`
	Template     bool         `json:"template"`
	IP           string       `json:"ip"`
	ToolsStatus  string       `json:"tools_status"`
	ToolsRunning string       `json:"tools_running_status"`
	EnableUUID   string       `json:"enable_uuid"` // "" = not set
	Snapshot     bool         `json:"snapshot"`
	Snapshots    []string     `json:"snapshots"` // taken in order: each a child of the one before (a tree to walk)
	Controllers  []Controller `json:"controllers"`
	MemoryMB     int32        `json:"memory_mb"` // 0 = vcsim's own
}

type Controller struct {
	Type  string `json:"type"` // lsilogic, lsilogic-sas, pvscsi, buslogic
	Disks []Disk `json:"disks"`
}

type Disk struct {
	SizeGB    int64  `json:"size_gb"`
	UUID      string `json:"uuid"`
	Datastore string `json:"datastore"`
}

// Filler is the bulk of a large estate, made by the simulator's own model (benchmark).
type Filler struct {
	Hosts      int `json:"hosts"`
	Datastores int `json:"datastores"`
	VMsPerHost int `json:"vms_per_host"`
	GuestIPs   bool `json:"guest_ips"` // give every filler VM a guest IP (10.x.y.z), as running VMs have
}

const gb = int64(1024 * 1024 * 1024)

func loadShape(path string) (*Shape, error) {
	raw, err := ioutil.ReadFile(path)
	if err != nil {
		return nil, err
	}
	shape := new(Shape)
	if err := json.Unmarshal(raw, shape); err != nil {
		return nil, err
	}
	if len(shape.Users) == 0 {
		return nil, fmt.Errorf("shape needs at least one user")
	}
	return shape, nil
}

func (s *Shape) configureModel(m *simulator.Model) {
	m.Datacenter = 1
	m.Cluster = 0
	m.ClusterHost = 0
	m.Portgroup = 0
	m.Pool = 0
	m.App = 0
	m.Pod = 0
	m.Folder = 0
	m.Host = s.Filler.Hosts
	m.Datastore = s.Filler.Datastores
	m.Machine = s.Filler.VMsPerHost
	if m.Datastore == 0 && m.Machine > 0 {
		m.Datastore = 1
	}
}

type builder struct {
	ctx        context.Context
	client     *govmomi.Client
	folders    *object.DatacenterFolders
	hosts      map[string]types.ManagedObjectReference
	datastores map[string]types.ManagedObjectReference
	vms        map[string]types.ManagedObjectReference
	dsDirs     map[string]string
	dirs       []string
}

// buildInventory creates the shaped objects through the vSphere API where the simulator
// implements it, and sets the remaining facts (datastore type and sizes, product, tools, IP)
// directly on the simulator's objects.
func buildInventory(ctx context.Context, u *url.URL, s *Shape) (func(), error) {
	b := &builder{
		ctx:        ctx,
		hosts:      map[string]types.ManagedObjectReference{},
		datastores: map[string]types.ManagedObjectReference{},
		vms:        map[string]types.ManagedObjectReference{},
		dsDirs:     map[string]string{},
	}
	cleanup := func() {
		for _, dir := range b.dirs {
			_ = os.RemoveAll(dir)
		}
	}
	client, err := govmomi.NewClient(ctx, u, true) // in-process shaping over loopback
	if err != nil {
		return cleanup, err
	}
	defer func() { _ = client.Logout(ctx) }()
	b.client = client

	dc, err := find.NewFinder(client.Client).DefaultDatacenter(ctx)
	if err != nil {
		return cleanup, err
	}
	if b.folders, err = dc.Folders(ctx); err != nil {
		return cleanup, err
	}

	if s.Filler.GuestIPs {
		fillerGuestIPs()
	}
	steps := []func(*Shape) error{
		b.addHosts, b.addDatastores, b.addVMs, b.addPods, b.finishDatastores, b.finishHosts,
	}
	for _, step := range steps {
		if err := step(s); err != nil {
			return cleanup, err
		}
	}
	return cleanup, nil
}

func (b *builder) addHosts(s *Shape) error {
	for _, h := range s.Hosts {
		task, err := b.folders.HostFolder.AddStandaloneHost(b.ctx, types.HostConnectSpec{HostName: h.Name}, true, nil, nil)
		if err != nil {
			return err
		}
		info, err := task.WaitForResult(b.ctx, nil)
		if err != nil {
			return fmt.Errorf("host %s: %w", h.Name, err)
		}
		ref := info.Result.(types.ManagedObjectReference)
		b.hosts[h.Name] = ref
		host := simulator.Map.Get(ref).(*simulator.HostSystem)
		simulator.Map.WithLock(host, func() {
			about := host.Config.Product
			about.FullName = h.Product
			about.Version = h.Version
			host.Config.Product = about
			host.Summary.Config.Product = &about
			if h.MemoryMB > 0 { // FB-09: summary.hardware.memorySize and quickStats.overallMemoryUsage
				host.Summary.Hardware.MemorySize = h.MemoryMB * 1024 * 1024
				if host.Hardware != nil {
					host.Hardware.MemorySize = host.Summary.Hardware.MemorySize
				}
				host.Summary.QuickStats.OverallMemoryUsage = int32(h.MemoryMB - h.FreeMemoryMB)
			}
		})
	}
	return nil
}

func (b *builder) addDatastores(s *Shape) error {
	for _, d := range s.Datastores {
		if len(d.Hosts) == 0 {
			return fmt.Errorf("datastore %s: no hosts", d.Name)
		}
		dir, err := ioutil.TempDir("", "vcsim-reprotect-ds-")
		if err != nil {
			return err
		}
		b.dirs = append(b.dirs, dir)
		b.dsDirs[d.Name] = dir
		first := object.NewHostSystem(b.client.Client, b.hosts[d.Hosts[0]])
		dss, err := first.ConfigManager().DatastoreSystem(b.ctx)
		if err != nil {
			return err
		}
		ds, err := dss.CreateLocalDatastore(b.ctx, d.Name, dir)
		if err != nil {
			return fmt.Errorf("datastore %s: %w", d.Name, err)
		}
		b.datastores[d.Name] = ds.Reference()
		for _, other := range d.Hosts[1:] {
			mount(ds.Reference(), b.hosts[other])
		}
	}
	return nil
}

// mount attaches an existing datastore to one more host, as a shared VMFS/NFS/vSAN volume is.
// (CreateLocalDatastore on a second host would replace the datastore object, not share it.)
func mount(dsRef, hostRef types.ManagedObjectReference) {
	ds := simulator.Map.Get(dsRef).(*simulator.Datastore)
	host := simulator.Map.Get(hostRef).(*simulator.HostSystem)
	simulator.Map.WithLock(ds, func() {
		ds.Host = append(ds.Host, types.DatastoreHostMount{
			Key: hostRef,
			MountInfo: types.HostMountInfo{
				AccessMode: string(types.HostMountModeReadWrite),
				Mounted:    types.NewBool(true),
				Accessible: types.NewBool(true),
			},
		})
	})
	simulator.Map.WithLock(host, func() {
		host.Datastore = append(host.Datastore, dsRef)
	})
	dss := simulator.Map.Get(*host.ConfigManager.DatastoreSystem).(*simulator.HostDatastoreSystem)
	simulator.Map.WithLock(dss, func() {
		dss.Datastore = append(dss.Datastore, dsRef)
	})
	if cr, ok := simulator.Map.Get(*host.Parent).(*mo.ComputeResource); ok {
		simulator.Map.WithLock(cr, func() {
			cr.Datastore = append(cr.Datastore, dsRef)
		})
	}
}

func (b *builder) addVMs(s *Shape) error {
	for _, v := range s.VMs {
		if err := b.addVM(v); err != nil {
			return fmt.Errorf("vm %s: %w", v.Name, err)
		}
	}
	return nil
}

func (b *builder) addVM(v VM) error {
	host := object.NewHostSystem(b.client.Client, b.hosts[v.Host])
	pool, err := host.ResourcePool(b.ctx)
	if err != nil {
		return err
	}
	var devices object.VirtualDeviceList
	diskIndex := 0
	for _, c := range v.Controllers {
		ctrl, err := devices.CreateSCSIController(c.Type)
		if err != nil {
			return err
		}
		devices = append(devices, ctrl)
		for _, d := range c.Disks {
			diskIndex++
			dsName := d.Datastore
			if dsName == "" {
				dsName = v.Datastore
			} else if dsName != v.Datastore {
				// The VM's folder exists only on its home datastore; disks elsewhere need one.
				_ = os.MkdirAll(filepath.Join(b.dsDirs[dsName], v.Name), 0700)
			}
			file := fmt.Sprintf("[%s] %s/%s_%d.vmdk", dsName, v.Name, v.Name, diskIndex)
			disk := devices.CreateDisk(ctrl.(types.BaseVirtualController), b.datastores[dsName], file)
			disk.CapacityInKB = d.SizeGB * 1024 * 1024
			disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo).Uuid = d.UUID
			devices = append(devices, disk)
		}
	}
	spec := types.VirtualMachineConfigSpec{
		Name:         v.Name,
		GuestId:      v.GuestID,
		Uuid:         v.BiosUUID,
		InstanceUuid: v.InstanceUUID,
		Files:        &types.VirtualMachineFileInfo{VmPathName: fmt.Sprintf("[%s]", v.Datastore)},
	}
	if v.MemoryMB > 0 {
		spec.MemoryMB = int64(v.MemoryMB) // FB-09: config.hardware.memoryMB
	}
	if v.EnableUUID != "" {
		spec.ExtraConfig = []types.BaseOptionValue{&types.OptionValue{Key: "disk.EnableUUID", Value: v.EnableUUID}}
	}
	if spec.DeviceChange, err = devices.ConfigSpec(types.VirtualDeviceConfigSpecOperationAdd); err != nil {
		return err
	}
	task, err := b.folders.VmFolder.CreateVM(b.ctx, spec, pool, host)
	if err != nil {
		return err
	}
	info, err := task.WaitForResult(b.ctx, nil)
	if err != nil {
		return err
	}
	ref := info.Result.(types.ManagedObjectReference)
	b.vms[v.Name] = ref
	vm := object.NewVirtualMachine(b.client.Client, ref)

	snapshots := v.Snapshots
	if v.Snapshot && len(snapshots) == 0 {
		snapshots = []string{"before-failover"}
	}
	for _, name := range snapshots {
		if err := wait(vm.CreateSnapshot(b.ctx, name, "", false, false)); err != nil {
			return err
		}
	}
	switch v.PowerState {
	case "poweredOn":
		err = wait(vm.PowerOn(b.ctx))
	case "suspended":
		if err = wait(vm.PowerOn(b.ctx)); err == nil {
			err = wait(vm.Suspend(b.ctx))
		}
	}
	if err != nil {
		return err
	}
	if v.Template {
		if err := vm.MarkAsTemplate(b.ctx); err != nil {
			return err
		}
	}
	setGuest(ref, v)
	return nil
}

func wait(task *object.Task, err error) error {
	if err != nil {
		return err
	}
	return task.Wait(context.Background())
}

// setGuest sets what VMware Tools would report from inside the guest.
func setGuest(ref types.ManagedObjectReference, v VM) {
	vm := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	simulator.Map.WithLock(vm, func() {
		if v.ToolsStatus != "" {
			vm.Guest.ToolsStatus = types.VirtualMachineToolsStatus(v.ToolsStatus)
			vm.Summary.Guest.ToolsStatus = vm.Guest.ToolsStatus
		}
		if v.ToolsRunning != "" {
			vm.Guest.ToolsRunningStatus = v.ToolsRunning
			vm.Summary.Guest.ToolsRunningStatus = v.ToolsRunning
		}
		if v.IP != "" {
			vm.Guest.IpAddress = v.IP
			vm.Summary.Guest.IpAddress = v.IP
		}
	})
}

func (b *builder) addPods(s *Shape) error {
	for _, p := range s.Pods {
		pod, err := b.folders.DatastoreFolder.CreateStoragePod(b.ctx, p.Name)
		if err != nil {
			return err
		}
		// Not MoveInto: vcsim 0.24's ContainerView does not descend into a StoragePod, so a
		// moved datastore would vanish from every view (a real vCenter lists it). Setting the
		// pod's children and the datastore's parent gives the facts vCenter reports.
		sp := simulator.Map.Get(pod.Reference()).(*simulator.StoragePod)
		for _, name := range p.Datastores {
			ref := b.datastores[name]
			ds := simulator.Map.Get(ref).(*simulator.Datastore)
			podRef := pod.Reference()
			simulator.Map.WithLock(ds, func() { ds.Parent = &podRef })
			simulator.Map.WithLock(sp, func() { sp.ChildEntity = append(sp.ChildEntity, ref) })
		}
		var overrides []types.StorageDrsVmConfigInfo
		for _, name := range p.ExcludedVMs {
			ref := b.vms[name]
			overrides = append(overrides, types.StorageDrsVmConfigInfo{Vm: &ref, Enabled: types.NewBool(false)})
		}
		simulator.Map.WithLock(sp, func() {
			sp.PodStorageDrsEntry = &types.PodStorageDrsEntry{
				StorageDrsConfig: types.StorageDrsConfigInfo{
					PodConfig: types.StorageDrsPodConfigInfo{Enabled: p.SdrsEnabled, DefaultVmBehavior: "automated"},
					VmConfig:  overrides,
				},
			}
		})
	}
	return nil
}

// finishDatastores sets type and sizes last: creating disks above changes free space.
func (b *builder) finishDatastores(s *Shape) error {
	for _, d := range s.Datastores {
		ds := simulator.Map.Get(b.datastores[d.Name]).(*simulator.Datastore)
		simulator.Map.WithLock(ds, func() {
			ds.Summary.Type = d.Type
			ds.Summary.Capacity = d.CapacityGB * gb
			ds.Summary.FreeSpace = d.FreeGB * gb
			ds.Summary.Accessible = d.Accessible
			info := ds.Info.GetDatastoreInfo()
			info.FreeSpace = ds.Summary.FreeSpace
			info.MaxFileSize = ds.Summary.Capacity
		})
	}
	return nil
}

// finishHosts sets connection states last: the simulator refuses work on disconnected hosts.
func (b *builder) finishHosts(s *Shape) error {
	for _, h := range s.Hosts {
		if h.ConnectionState == "" {
			continue
		}
		host := simulator.Map.Get(b.hosts[h.Name]).(*simulator.HostSystem)
		simulator.Map.WithLock(host, func() {
			host.Runtime.ConnectionState = types.HostSystemConnectionState(h.ConnectionState)
			host.Summary.Runtime = &host.Runtime
		})
	}
	return nil
}

// fillerGuestIPs gives every VM the simulator's model made a distinct guest IP.
func fillerGuestIPs() {
	for i, obj := range simulator.Map.All("VirtualMachine") {
		vm := obj.(*simulator.VirtualMachine)
		n := i + 1
		ip := fmt.Sprintf("10.%d.%d.%d", (n>>16)&255, (n>>8)&255, n&255)
		simulator.Map.WithLock(vm, func() {
			vm.Guest.IpAddress = ip
			vm.Summary.Guest.IpAddress = ip
		})
	}
}
