// Command vcsim-reprotect serves VMware's vCenter simulator (govmomi 0.24) on a loopback port,
// shaped from a JSON file so the reprotect wizard's adapter meets the facts its checks need.
//
// It prints one line "VCSIM_READY <url>" on stdout once the inventory is built and the server
// accepts connections, and exits when stdin is closed or on SIGTERM/SIGINT, so a test session
// that dies never leaves a simulator behind.
package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/signal"
	"syscall"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	shapePath := flag.String("shape", "", "JSON file describing the inventory (required)")
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	certFile := flag.String("cert", "", "PEM certificate to serve (default: the simulator's test certificate)")
	keyFile := flag.String("key", "", "PEM private key for -cert")
	delayMs := flag.Int("delay-ms", 0, "latency added to every SOAP call once the inventory is built")
	pageCap := flag.Int("page-cap", 100, "most objects one RetrievePropertiesEx answer carries (real vCenter pages too)")
	flag.Parse()

	if *shapePath == "" {
		log.Fatal("-shape is required")
	}
	shape, err := loadShape(*shapePath)
	if err != nil {
		log.Fatalf("reading shape: %v", err)
	}

	tlsConfig := new(tls.Config)
	if *certFile != "" {
		cert, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			log.Fatalf("loading certificate: %v", err)
		}
		tlsConfig.Certificates = []tls.Certificate{cert}
	}

	model := simulator.VPX()
	shape.configureModel(model)
	defer model.Remove()
	if err := model.Create(); err != nil {
		log.Fatalf("creating model: %v", err)
	}
	// Shaping runs without latency; the delay pointer is read on every call.
	model.DelayConfig.Delay = 0

	model.Service.TLS = tlsConfig
	model.Service.Listen = &url.URL{Host: *listen}
	server := model.Service.NewServer()
	defer server.Close()

	installExtensions(shape, *pageCap)
	server.Server.Config.Handler = loginGate(shape, server.Server.Config.Handler)

	ctx := context.Background()
	admin := shape.Users[0]
	shapingURL := *server.URL
	shapingURL.User = url.UserPassword(admin.Name, admin.Password)
	cleanup, err := buildInventory(ctx, &shapingURL, shape)
	defer cleanup()
	if err != nil {
		log.Fatalf("shaping inventory: %v", err)
	}

	buildSearchIndex() // after shaping: UUIDs and guest IPs are final

	model.DelayConfig.Delay = *delayMs

	ready := *server.URL
	ready.User = nil
	fmt.Printf("VCSIM_READY %s\n", ready.String())
	_ = os.Stdout.Sync()

	waitForStop()
}

// waitForStop returns when stdin reaches EOF (the parent went away) or a stop signal arrives.
func waitForStop() {
	done := make(chan struct{}, 2)
	go func() {
		_, _ = io.Copy(io.Discard, bufio.NewReader(os.Stdin))
		done <- struct{}{}
	}()
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-signals
		done <- struct{}{}
	}()
	<-done
}
