// A banner server: GET /?text=Hi answers with the text in big letters.
package main

import (
	"fmt"
	"log"
	"net/http"
	"strings"

	"example.com/banner/font"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		text := r.URL.Query().Get("text")
		if text == "" {
			text = "Hi"
		}
		fmt.Fprintf(w, "%s\n\nHello, BuildKit! (%d glyphs)\n", strings.Join(font.Render(text, 1), "\n"), font.Count())
	})
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
