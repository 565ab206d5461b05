// A quotes server: GET / answers with one of the quotes fetch.sh downloaded at build time.
package main

import (
	_ "embed"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"strings"
)

// Written by fetch.sh during the build: the app has no token at run time and needs none.
//
//go:embed private/quotes.txt
var quotes string

func main() {
	lines := strings.Split(strings.TrimSpace(quotes), "\n")
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Quote of the moment: %s\n", lines[rand.Intn(len(lines))])
	})
	log.Printf("listening on :8080 with %d quotes", len(lines))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
