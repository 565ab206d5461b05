// Builds the site: fills the page template in src/ and writes the result to dist/.
// Like many build tools, it writes into dist/ without emptying it first.
const fs = require("node:fs");
const path = require("node:path");
const { version } = require("./package.json");

const src = path.join(__dirname, "src");
const dist = path.join(__dirname, "dist");

const days = [
  "One stage builds, another runs",
  "Name your stages",
  "Copy only what you need",
  "Dependencies before sources",
  "Pin your base images",
  "Small final images",
  "Keep the context small",
];

const list = days
  .map((title, i) => `      <li><span class="day">Day ${i + 1}</span> ${title}</li>`)
  .join("\n");

const page = fs
  .readFileSync(path.join(src, "index.html"), "utf8")
  .replace("{{days}}", list)
  .replace("{{version}}", version);

fs.mkdirSync(dist, { recursive: true });
fs.writeFileSync(path.join(dist, "index.html"), page);
for (const asset of ["style.css", "main.js"]) {
  fs.copyFileSync(path.join(src, asset), path.join(dist, asset));
}
console.log(`built dist/ (version ${version}): index.html, style.css, main.js`);
