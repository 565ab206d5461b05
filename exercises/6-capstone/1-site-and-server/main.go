// A Go server that serves a static site, built by Node.js, from inside its own
// binary, plus a small API. One file to ship: no Node.js and no Go at run time.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"log"
	"net/http"
)

// The built site: the Dockerfile must put it in ./static before `go build`.
//
//go:embed static
var static embed.FS

func main() {
	site, err := fs.Sub(static, "static")
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("/", http.FileServer(http.FS(site)))
	http.HandleFunc("/api/hello", hello)
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// GET /api/hello?name=Ada
func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, greeting(r.URL.Query().Get("name")))
}

func greeting(name string) string {
	if name == "" {
		name = "Docker"
	}
	return fmt.Sprintf("Hello, %s! The API and the site come from one small binary.", name)
}
