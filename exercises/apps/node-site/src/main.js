// Shows which server sent the page, from the Server response header.
fetch(location.href, { method: "HEAD" })
  .then((res) => {
    const server = res.headers.get("Server");
    if (server) document.getElementById("server").textContent = server;
  })
  .catch(() => {});
