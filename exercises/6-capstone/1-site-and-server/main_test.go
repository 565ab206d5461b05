package main

import (
	"io/fs"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestTheSiteIsEmbedded(t *testing.T) {
	page, err := fs.ReadFile(static, "static/index.html")
	if err != nil {
		t.Fatalf("static/index.html is not in the binary: %v", err)
	}
	if !strings.Contains(string(page), "Container Advent") {
		t.Errorf("static/index.html is not the built site")
	}
}

func TestHelloAPI(t *testing.T) {
	rec := httptest.NewRecorder()
	hello(rec, httptest.NewRequest("GET", "/api/hello?name=Ada", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Hello, Ada!") {
		t.Errorf("GET /api/hello?name=Ada = %d %q", rec.Code, rec.Body.String())
	}
}
