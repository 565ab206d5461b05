// Asks the Go server's API for a greeting and shows it under the title.
fetch("/api/hello?name=reader")
  .then((res) => res.text())
  .then((text) => {
    const p = document.createElement("p");
    p.textContent = text;
    document.querySelector("h1").after(p);
    document.getElementById("server").textContent = "a Go binary";
  })
  .catch(() => {});
