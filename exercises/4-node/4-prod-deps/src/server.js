// The Container Advent API: GET / lists the days, GET /days/N answers with one.
const http = require("node:http");
const days = require("advent-days");

const port = Number(process.env.PORT) || 3000;

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const json = (status, body) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body) + "\n");
    };
    if (url.pathname === "/") {
      return json(200, { calendar: "Container Advent", days });
    }
    const match = url.pathname.match(/^\/days\/(\d+)$/);
    if (match && days[Number(match[1]) - 1]) {
      return json(200, { day: Number(match[1]), title: days[Number(match[1]) - 1] });
    }
    json(404, { error: "no such day" });
  })
  .listen(port, () => console.log(`advent-api listening on port ${port}`));
