package main

// Extensions to govmomi 0.24's simulator, in the way its example_extend_test.go shows (wrap an
// object, put it back in the registry under the same reference), for behaviour a real vCenter
// has and this simulator lacks:
//   - RetrievePropertiesEx pages its answer and ContinueRetrievePropertiesEx serves the rest
//     (vcsim 0.24 ignores maxObjects and does not implement the continuation at all);
//   - accounts that may not read some objects get NoPermission in missingSet;
//   - HasPrivilegeOnEntities answers per account (vcsim grants everything);
//   - LicenseAssignmentManager reports each host's own licence (vcsim: "Evaluation Mode");
//   - logins are checked against several accounts (vcsim knows one user at most);
//   - SearchIndex.FindAllByUuid returns every VM carrying a UUID (vcsim 0.24 lacks the method;
//     vCenter compares UUIDs without regard to case), and FindAllByIp answers from an index as
//     vCenter's does (vcsim scans every object).

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io/ioutil"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

var (
	theShape *Shape
	pageCap  int

	pagesMu   sync.Mutex
	pages     = map[string][]types.ObjectContent{}
	pageCount int
)

func installExtensions(shape *Shape, cap int) {
	theShape = shape
	pageCap = cap

	content := simulator.Map.Get(simulator.Map.Get(rootRef()).(*simulator.ServiceInstance).Content.PropertyCollector)
	pc := content.(*simulator.PropertyCollector)
	paging := new(pagingCollector)
	paging.PropertyCollector.PropertyCollector = pc.PropertyCollector // the mo part; its lock stays behind
	simulator.Map.Put(paging)

	si := simulator.Map.Get(rootRef()).(*simulator.ServiceInstance)
	am := simulator.Map.Get(*si.Content.AuthorizationManager).(*simulator.AuthorizationManager)
	simulator.Map.Put(&accountAuthorization{AuthorizationManager: *am})

	lm := simulator.Map.Get(*si.Content.LicenseManager).(*simulator.LicenseManager)
	lam := simulator.Map.Get(*lm.LicenseAssignmentManager).(*simulator.LicenseAssignmentManager)
	simulator.Map.Put(&hostLicences{LicenseAssignmentManager: *lam})

	index := simulator.Map.Get(*si.Content.SearchIndex).(*simulator.SearchIndex)
	simulator.Map.Put(&searchIndex{SearchIndex: *index})
}

func rootRef() types.ManagedObjectReference {
	return types.ManagedObjectReference{Type: "ServiceInstance", Value: "ServiceInstance"}
}

func userNamed(name string) *User {
	for i := range theShape.Users {
		if theShape.Users[i].Name == name {
			return &theShape.Users[i]
		}
	}
	return nil
}

func entityName(ref types.ManagedObjectReference) string {
	if e, ok := simulator.Map.Get(ref).(mo.Entity); ok {
		return e.Entity().Name
	}
	return ""
}

// --- PropertyCollector: paging and per-account read permission -------------------------------

type pagingCollector struct {
	simulator.PropertyCollector
}

func (pc *pagingCollector) RetrievePropertiesEx(ctx *simulator.Context, r *types.RetrievePropertiesEx) soap.HasFault {
	body := pc.PropertyCollector.RetrievePropertiesEx(ctx, r)
	res, ok := body.(*methods.RetrievePropertiesExBody)
	if !ok || res.Res == nil || res.Res.Returnval == nil {
		return body
	}
	objects := hideUnreadable(ctx, res.Res.Returnval.Objects)
	limit := pageCap
	if r.Options.MaxObjects > 0 && int(r.Options.MaxObjects) < limit {
		limit = int(r.Options.MaxObjects)
	}
	res.Res.Returnval.Objects, res.Res.Returnval.Token = firstPage(objects, limit)
	return res
}

func (pc *pagingCollector) RetrieveProperties(ctx *simulator.Context, r *types.RetrieveProperties) soap.HasFault {
	body := pc.PropertyCollector.RetrieveProperties(ctx, r)
	if res, ok := body.(*methods.RetrievePropertiesBody); ok && res.Res != nil {
		res.Res.Returnval = hideUnreadable(ctx, res.Res.Returnval)
	}
	return body
}

func (pc *pagingCollector) ContinueRetrievePropertiesEx(ctx *simulator.Context, r *types.ContinueRetrievePropertiesEx) soap.HasFault {
	body := &methods.ContinueRetrievePropertiesExBody{}
	pagesMu.Lock()
	rest, ok := pages[r.Token]
	delete(pages, r.Token)
	pagesMu.Unlock()
	if !ok {
		body.Fault_ = simulator.Fault("unknown token", &types.InvalidArgument{InvalidProperty: "token"})
		return body
	}
	objects, token := firstPage(rest, pageCap)
	body.Res = &types.ContinueRetrievePropertiesExResponse{
		Returnval: types.RetrieveResult{Objects: objects, Token: token},
	}
	return body
}

func (pc *pagingCollector) CancelRetrievePropertiesEx(ctx *simulator.Context, r *types.CancelRetrievePropertiesEx) soap.HasFault {
	pagesMu.Lock()
	delete(pages, r.Token)
	pagesMu.Unlock()
	return &methods.CancelRetrievePropertiesExBody{Res: &types.CancelRetrievePropertiesExResponse{}}
}

func firstPage(objects []types.ObjectContent, limit int) ([]types.ObjectContent, string) {
	if limit <= 0 || len(objects) <= limit {
		return objects, ""
	}
	pagesMu.Lock()
	defer pagesMu.Unlock()
	pageCount++
	token := fmt.Sprintf("page-%d", pageCount)
	pages[token] = append([]types.ObjectContent(nil), objects[limit:]...)
	return objects[:limit], token
}

// hideUnreadable turns the properties of objects an account may not read into NoPermission
// entries in missingSet, as vCenter does for objects visible in a view but not readable.
func hideUnreadable(ctx *simulator.Context, objects []types.ObjectContent) []types.ObjectContent {
	if ctx.Session == nil {
		return objects
	}
	user := userNamed(ctx.Session.UserName)
	if user == nil || len(user.Hidden) == 0 {
		return objects
	}
	hidden := map[string]bool{}
	for _, name := range user.Hidden {
		hidden[name] = true
	}
	for i := range objects {
		o := &objects[i]
		if !hidden[entityName(o.Obj)] {
			continue
		}
		for _, p := range o.PropSet {
			o.MissingSet = append(o.MissingSet, types.MissingProperty{
				Path: p.Name,
				Fault: types.LocalizedMethodFault{
					Fault:            &types.NoPermission{Object: o.Obj, PrivilegeId: "System.Read"},
					LocalizedMessage: "Permission to perform this operation was denied.",
				},
			})
		}
		o.PropSet = nil
	}
	return objects
}

// --- AuthorizationManager: privileges per account --------------------------------------------

type accountAuthorization struct {
	simulator.AuthorizationManager
}

func (m *accountAuthorization) HasPrivilegeOnEntities(ctx *simulator.Context, req *types.HasPrivilegeOnEntities) soap.HasFault {
	var user *User
	if ctx.Session != nil && ctx.Session.Key == req.SessionId {
		user = userNamed(ctx.Session.UserName)
	}
	var result []types.EntityPrivilege
	for _, e := range req.Entity {
		denied := deniedOn(user, entityName(e))
		priv := types.EntityPrivilege{Entity: e}
		for _, id := range req.PrivId {
			priv.PrivAvailability = append(priv.PrivAvailability, types.PrivilegeAvailability{
				PrivId:    id,
				IsGranted: !denied[id],
			})
		}
		result = append(result, priv)
	}
	return &methods.HasPrivilegeOnEntitiesBody{
		Res: &types.HasPrivilegeOnEntitiesResponse{Returnval: result},
	}
}

func deniedOn(user *User, entity string) map[string]bool {
	denied := map[string]bool{}
	if user == nil {
		return denied
	}
	for _, key := range []string{"*", entity} {
		for _, id := range user.Denied[key] {
			denied[id] = true
		}
	}
	return denied
}

// --- LicenseAssignmentManager: each host's licence -------------------------------------------

type hostLicences struct {
	simulator.LicenseAssignmentManager
}

func (m *hostLicences) QueryAssignedLicenses(req *types.QueryAssignedLicenses) soap.HasFault {
	var assignments []types.LicenseAssignmentManagerLicenseAssignment
	for _, e := range simulator.Map.All("HostSystem") {
		ref := e.Reference()
		if req.EntityId != "" && req.EntityId != ref.Value {
			continue
		}
		licence := simulator.EvalLicense
		for _, h := range theShape.Hosts {
			if h.Name == e.Entity().Name && h.LicenseName != "" {
				licence.Name = h.LicenseName
				licence.EditionKey = h.LicenseEdition
				licence.LicenseKey = "SHAPED-" + h.LicenseEdition
			}
		}
		assignments = append(assignments, types.LicenseAssignmentManagerLicenseAssignment{
			EntityId:          ref.Value,
			EntityDisplayName: e.Entity().Name,
			AssignedLicense:   licence,
		})
	}
	return &methods.QueryAssignedLicensesBody{
		Res: &types.QueryAssignedLicensesResponse{Returnval: assignments},
	}
}

// --- Login: several accounts ------------------------------------------------------------------

type loginRequest struct {
	Body struct {
		Login *struct {
			UserName string `xml:"userName"`
			Password string `xml:"password"`
		} `xml:"Login"`
	} `xml:"Body"`
}

var passwordElement = regexp.MustCompile(`(?s)(<password[^>]*>).*?(</password>)`)

// loginGate checks Login requests against the shape's accounts; a wrong one reaches the
// simulator with an empty password, which it answers with its own InvalidLogin fault.
func loginGate(shape *Shape, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil {
			next.ServeHTTP(w, r)
			return
		}
		raw, err := ioutil.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if bytes.Contains(raw, []byte("Login")) {
			var req loginRequest
			if xml.Unmarshal(raw, &req) == nil && req.Body.Login != nil {
				user := userNamed(req.Body.Login.UserName)
				if user == nil || user.Password != req.Body.Login.Password {
					raw = passwordElement.ReplaceAll(raw, []byte("$1$2"))
				}
			}
		}
		r.Body = ioutil.NopCloser(bytes.NewReader(raw))
		r.ContentLength = int64(len(raw))
		next.ServeHTTP(w, r)
	})
}

// --- SearchIndex: FindAllByUuid and FindAllByIp from an index ----------------------------------
//
// vCenter answers these from its inventory database's index; vcsim 0.24 lacks FindAllByUuid and
// answers FindAllByIp by scanning every object under the registry lock (38 ms a call at 45,000
// VMs), which would make a direct lookup cost what the whole estate costs. The index is built
// once the inventory is shaped (nothing changes VMs afterwards), as vCenter keeps its own.

type searchIndex struct {
	simulator.SearchIndex
}

var (
	searchMu   sync.RWMutex
	byBios     = map[string][]types.ManagedObjectReference{}
	byInstance = map[string][]types.ManagedObjectReference{}
	byIP       = map[string][]types.ManagedObjectReference{}
)

func uuidKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "-", ""))
}

// buildSearchIndex records every VM's BIOS UUID, instance UUID and guest IP.
func buildSearchIndex() {
	searchMu.Lock()
	defer searchMu.Unlock()
	for _, obj := range simulator.Map.All("VirtualMachine") {
		vm, ok := obj.(*simulator.VirtualMachine)
		if !ok || vm.Config == nil {
			continue
		}
		ref := vm.Reference()
		if vm.Config.Uuid != "" {
			byBios[uuidKey(vm.Config.Uuid)] = append(byBios[uuidKey(vm.Config.Uuid)], ref)
		}
		if vm.Config.InstanceUuid != "" {
			byInstance[uuidKey(vm.Config.InstanceUuid)] = append(byInstance[uuidKey(vm.Config.InstanceUuid)], ref)
		}
		if vm.Guest != nil && vm.Guest.IpAddress != "" {
			byIP[vm.Guest.IpAddress] = append(byIP[vm.Guest.IpAddress], ref)
		}
	}
}

func (s *searchIndex) FindAllByUuid(req *types.FindAllByUuid) soap.HasFault {
	body := &methods.FindAllByUuidBody{Res: new(types.FindAllByUuidResponse)}
	if !req.VmSearch {
		return body // host search: not needed by the wizard
	}
	index := byBios
	if req.InstanceUuid != nil && *req.InstanceUuid {
		index = byInstance
	}
	searchMu.RLock()
	body.Res.Returnval = append(body.Res.Returnval, index[uuidKey(req.Uuid)]...)
	searchMu.RUnlock()
	return body
}

func (s *searchIndex) FindAllByIp(req *types.FindAllByIp) soap.HasFault {
	if !req.VmSearch {
		return s.SearchIndex.FindAllByIp(req)
	}
	body := &methods.FindAllByIpBody{Res: new(types.FindAllByIpResponse)}
	if net.ParseIP(req.Ip) == nil { // as vCenter: a malformed address is refused, not searched
		body.Fault_ = simulator.Fault("invalid IP address", &types.InvalidArgument{InvalidProperty: "ip"})
		return body
	}
	searchMu.RLock()
	body.Res.Returnval = append(body.Res.Returnval, byIP[req.Ip]...)
	searchMu.RUnlock()
	return body
}
