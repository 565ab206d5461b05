package main

import (
	"net/http/httptest"
	"strings"
	"testing"
)

func TestGreetingUsesTheName(t *testing.T) {
	if got := greeting("Ada"); !strings.Contains(got, "Hello, Ada!") {
		t.Errorf("greeting(\"Ada\") = %q, want it to contain \"Hello, Ada!\"", got)
	}
}

func TestGreetingHasADefault(t *testing.T) {
	if got := greeting(""); !strings.Contains(got, "Hello, Docker!") {
		t.Errorf("greeting(\"\") = %q, want it to contain \"Hello, Docker!\"", got)
	}
}

func TestHelloHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	hello(rec, httptest.NewRequest("GET", "/?name=Grace", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Hello, Grace!") {
		t.Errorf("GET /?name=Grace = %d %q", rec.Code, rec.Body.String())
	}
}
