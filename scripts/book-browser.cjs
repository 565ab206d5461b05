// Opens the built book in headless Chromium and checks what a reader sees:
//
//   node scripts/book-browser.cjs HTML_DIR SCREENSHOT_DIR
//
// - a lesson page (go.html): no script error, its Dockerfile blocks highlighted, a link to
//   each of its exercise pages;
// - an exercise page (exercises/go-multistage.html): every hint and the solution collapsed,
//   their text hidden, the solution after the hints; a click on a hint or the solution opens
//   it and shows its text;
// - the search finds an exercise page.
// Screenshots go to SCREENSHOT_DIR. Needs playwright-core (PLAYWRIGHT_CORE: its folder) and
// Chromium (CHROMIUM, default /usr/bin/chromium). Any failure exits 1 with what was seen.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const [htmlDir, shotDir] = process.argv.slice(2);
if (!htmlDir || !shotDir) {
    console.error('usage: node scripts/book-browser.cjs HTML_DIR SCREENSHOT_DIR');
    process.exit(2);
}

let failures = 0;
function check(ok, what) {
    console.log(`book-browser: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures += 1;
}

function url(page) {
    return pathToFileURL(path.resolve(htmlDir, page)).href;
}

async function open(context, page) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (err) => errors.push(err.message));
    tab.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
    });
    await tab.goto(url(page), { waitUntil: 'load' });
    return { tab, errors };
}

async function lessonPage(context) {
    const { tab, errors } = await open(context, 'go.html');
    check((await tab.title()).includes('Go: from 900 MB'), `go.html: title is "${await tab.title()}"`);
    const blocks = await tab.locator('code.language-dockerfile').count();
    const highlighted = await tab.locator('code.language-dockerfile .hljs-keyword').count();
    check(blocks > 0 && highlighted >= blocks, `go.html: ${blocks} Dockerfile blocks, ${highlighted} keywords highlighted`);
    for (const id of ['go-single', 'go-multistage', 'go-modules']) {
        const links = await tab.locator(`main a[href="exercises/${id}.html"]`).count();
        check(links > 0, `go.html: links to its exercise ${id}`);
    }
    // The picture: the first Dockerfile, highlighted.
    await tab.locator('code.language-dockerfile').first().evaluate((c) => c.scrollIntoView({ block: 'center' }));
    await tab.screenshot({ path: path.join(shotDir, 'lesson-go.png') });
    check(errors.length === 0, `go.html: no script errors ${JSON.stringify(errors)}`);
    await tab.close();
}

async function exercisePage(context) {
    const { tab, errors } = await open(context, 'exercises/go-multistage.html');
    await tab.setViewportSize({ width: 1100, height: 900 });
    const hints = tab.locator('details.hint');
    const solution = tab.locator('details.solution');
    const hintCount = await hints.count();
    check(hintCount === 3, `go-multistage: ${hintCount} hints (the lesson file has 3)`);
    check((await solution.count()) === 1, 'go-multistage: one solution block');
    for (let i = 0; i < hintCount; i += 1) {
        const hint = hints.nth(i);
        check(!(await hint.evaluate((d) => d.open)), `hint ${i + 1} is collapsed`);
        check(!(await hint.locator('p').first().isVisible()), `hint ${i + 1}'s text is hidden`);
    }
    check(!(await solution.evaluate((d) => d.open)), 'the solution is collapsed');
    check(!(await solution.locator('pre').first().isVisible()), "the solution's Dockerfile is hidden");
    const order = await tab.evaluate(() => {
        const all = Array.from(document.querySelectorAll('details'));
        return all.map((d) => d.className);
    });
    check(order.join(' ') === 'hint hint hint solution', `hints, then the solution: ${order.join(' ')}`);
    const selfCheck = await tab.locator('#check-it-yourself').count();
    check(selfCheck === 1, 'a "Check it yourself" section');
    const curl = await tab.locator('code', { hasText: 'curl -si http://127.0.0.1:8080/' }).count();
    check(curl > 0, 'the self-check has the curl command');

    await hints.nth(0).locator('summary').click();
    check(await hints.nth(0).evaluate((d) => d.open), 'a click opens hint 1');
    check(await hints.nth(0).locator('p').first().isVisible(), "hint 1's text shows after the click");
    check(!(await hints.nth(1).evaluate((d) => d.open)), 'hint 2 stays collapsed');
    // The picture: the hints and the solution's summary, one hint open.
    await tab.locator('#hints').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await tab.evaluate(() => window.scrollBy(0, -70));
    await tab.screenshot({ path: path.join(shotDir, 'exercise-go-multistage-hint-open.png') });

    await solution.locator('summary').click();
    check(await solution.evaluate((d) => d.open), 'a click opens the solution');
    const shown = await solution.locator('pre').first().isVisible();
    const text = shown ? await solution.locator('pre').first().innerText() : '';
    check(shown && text.includes('COPY --from=builder'), "the solution's Dockerfile shows after the click");
    check(await solution.locator('code.language-dockerfile .hljs-keyword').count() > 0, "the solution's Dockerfile is highlighted");
    check(errors.length === 0, `go-multistage: no script errors ${JSON.stringify(errors)}`);
    await tab.close();
}

async function search(context) {
    const { tab, errors } = await open(context, 'introduction.html');
    await tab.locator('#mdbook-search-toggle').click();
    // The search reads key presses, as a reader types.
    await tab.locator('#mdbook-searchbar').pressSequentially('distroless', { delay: 20 });
    const results = tab.locator('#mdbook-searchresults a');
    await results.first().waitFor({ timeout: 10000 }).catch(() => {});
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    check(hrefs.some((h) => h && h.startsWith('exercises/')), `search "distroless" finds exercise pages: ${hrefs.slice(0, 4).join(', ')}`);
    check(errors.length === 0, `search: no script errors ${JSON.stringify(errors)}`);
    await tab.close();
}

(async () => {
    fs.mkdirSync(shotDir, { recursive: true });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'book-chromium-'));
    // A new, empty profile (Playwright passes it as --user-data-dir).
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        // The machine's network is closed: no background requests, no sync, no updates.
        args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
        timeout: 60000,
    });
    try {
        await lessonPage(context);
        await exercisePage(context);
        await search(context);
    } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
    }
    console.log(`book-browser: screenshots in ${shotDir}`);
    if (failures > 0) {
        console.error(`book-browser: ${failures} checks failed`);
        process.exit(1);
    }
})().catch((err) => {
    console.error(`book-browser: ${err.stack || err}`);
    process.exit(1);
});
