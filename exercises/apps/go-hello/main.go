// A tiny web server: the app every Go exercise packages.
// It uses the standard library only, so it builds without downloading anything.
package main

import (
	"crypto/x509"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

func main() {
	http.HandleFunc("/", hello)
	http.HandleFunc("/ready", ready)
	http.HandleFunc("/version", version)
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// GET /?name=Ada says hello, and which user the process runs as.
func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s (running as uid %d)\n", greeting(r.URL.Query().Get("name")), os.Getuid())
}

func greeting(name string) string {
	if name == "" {
		name = "Docker"
	}
	return fmt.Sprintf("Hello, %s! Greetings from a Go binary in a container.", name)
}

// GET /ready answers 200 only if the app could call HTTPS services: that needs the CA
// certificates that prove a server's certificate is genuine.
func ready(w http.ResponseWriter, r *http.Request) {
	pool, err := x509.SystemCertPool()
	if err != nil || pool.Equal(x509.NewCertPool()) {
		http.Error(w, "not ready: no CA certificates in this image, so every HTTPS call would fail with \"x509: certificate signed by unknown authority\"", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ready: CA certificates found")
}

// GET /version shows /etc/hello/version.txt, if the image has one.
func version(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile("/etc/hello/version.txt")
	if err != nil {
		http.Error(w, "version unknown: /etc/hello/version.txt is missing", http.StatusNotFound)
		return
	}
	fmt.Fprintln(w, strings.TrimSpace(string(data)))
}
