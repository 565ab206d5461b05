// A server that says which CPU it was compiled for: GET / answers "Hello from linux/amd64".
package main

import (
	"fmt"
	"log"
	"net/http"
	"runtime"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Hello from %s/%s\n", runtime.GOOS, runtime.GOARCH)
	})
	log.Printf("listening on :8080 (%s/%s)", runtime.GOOS, runtime.GOARCH)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
