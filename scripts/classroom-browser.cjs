// The class dashboard in headless Chromium, against the real `dockerlings classroom serve`:
//
//   node scripts/classroom-browser.cjs DOCKERLINGS_BINARY SCREENSHOT_DIR
//
// - without the instructor token the dashboard and the projector view refuse (401, "Access
//   refused", no grid);
// - with the dashboard address `serve` prints (#token=…) the page logs in (an HttpOnly cookie),
//   drops the token from the address and shows the grid: learners × exercises, a failing check,
//   the stuck list, the most common failing check;
// - a learner's pass, posted over HTTP while the page is open, turns their cell green without a
//   reload (server-sent events);
// - the projector view shows counts and no learner's name; a learner's own page shows only
//   their own progress.
// Screenshots go to SCREENSHOT_DIR. Needs playwright-core (PLAYWRIGHT_CORE: its folder) and
// Chromium (CHROMIUM, default /usr/bin/chromium). Any failure exits 1 with what was seen.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const [binary, shotDir] = process.argv.slice(2);
if (!binary || !shotDir) {
    console.error('usage: node scripts/classroom-browser.cjs DOCKERLINGS_BINARY SCREENSHOT_DIR');
    process.exit(2);
}

let failures = 0;
function check(ok, what) {
    console.log(`classroom-browser: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures += 1;
}

// Starts the server on a free loopback port with a store in a new folder; resolves with
// what it printed once it is ready.
function serve(data) {
    return new Promise((resolve, reject) => {
        const child = spawn(binary, ['classroom', 'serve', '--bind', '127.0.0.1:0', '--name', 'Room 2.14',
            '--db', path.join(data, 'class.db')], {
            env: { ...process.env, XDG_DATA_HOME: data, HOME: data, NO_COLOR: '1' },
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        const timer = setTimeout(() => reject(new Error(`classroom serve is not ready: ${out}`)), 30000);
        child.on('exit', (code) => reject(new Error(`classroom serve ended (${code}): ${out}`)));
        child.stdout.on('data', (chunk) => {
            out += chunk;
            if (!/^Projector:/m.test(out)) return;
            clearTimeout(timer);
            const field = (label) => (out.match(new RegExp(`^${label}\\s+(\\S+)`, 'm')) || [])[1];
            resolve({
                child,
                base: 'http://' + field('Listening on').replace(/:$/, ''),
                code: field('Join code:'),
                token: field('Instructor token:'),
                dashboard: field('Dashboard:'),
            });
        });
    });
}

async function api(server, method, url, token, body) {
    const answer = await fetch(server.base + url, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${url}: HTTP ${answer.status} ${text}`);
    return text ? JSON.parse(text) : null;
}

let clock = Date.now() - 20 * 60 * 1000;
function event(exercise, what) {
    clock += 1000;
    return { id: `e${clock}`, at_ms: clock, exercise, ...what };
}
const failing = (code, title) => ({ kind: 'failed', failing: [{ code, title }] });

async function classroom(server) {
    const join = (name) => api(server, 'POST', '/api/join', null, {
        code: server.code, name, workspace_id: 'ws-' + name, course_id: 'builtin', course_version: 'browser-test',
    }).then((j) => j.learner_token);
    const learners = {};
    for (const name of ['Ann Lee', 'Bruno Díaz', 'Chen Wei', 'Dana Ok']) learners[name] = await join(name);
    const post = (name, events) => api(server, 'POST', '/api/events', learners[name], { events });
    await post('Ann Lee', [
        event('go-single', { kind: 'started' }), event('go-single', { kind: 'passed', seconds: 140 }),
        event('go-multistage', { kind: 'started' }),
        event('go-multistage', failing('DL-STAGE-NAMED', 'Every stage has a name')),
        event('go-multistage', { kind: 'hint', number: 1 }),
    ]);
    await post('Bruno Díaz', [
        event('go-single', { kind: 'started' }),
        event('go-single', failing('DL-PINNED-BASE', 'Base images are pinned')),
        event('go-single', { kind: 'hint', number: 2 }), event('go-single', { kind: 'solution' }),
    ]);
    await post('Chen Wei', [
        event('go-single', { kind: 'started' }), event('go-single', { kind: 'passed', seconds: 95 }),
        event('go-multistage', { kind: 'started' }), event('go-multistage', { kind: 'passed', seconds: 300 }),
        event('go-modules', { kind: 'started' }),
        event('go-modules', failing('DL-STAGE-NAMED', 'Every stage has a name')),
    ]);
    await post('Dana Ok', [event('go-single', { kind: 'started' })]);
    return { learners, post };
}

async function open(context, url) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (err) => errors.push(err.message));
    tab.on('console', (msg) => {
        // A refused page answers 401: Chromium logs that as a failed load; it is the point.
        if (msg.type() === 'error' && !/status of 401/.test(msg.text())) errors.push(msg.text());
    });
    const response = await tab.goto(url, { waitUntil: 'load' });
    return { tab, errors, response };
}

async function refused(browser, server) {
    const context = await browser.newContext();
    for (const page of ['/dashboard', '/projector']) {
        const { tab, response } = await open(context, server.base + page);
        check(response.status() === 401, `${page} without the token: HTTP ${response.status()}`);
        check(await tab.locator('text=Access refused').isVisible(), `${page} without the token says "Access refused"`);
        check((await tab.locator('#grid, #bars').count()) === 0, `${page} without the token shows no class data`);
        if (page === '/dashboard') await tab.screenshot({ path: path.join(shotDir, 'dashboard-refused.png') });
        await tab.close();
    }
    // A wrong token typed in the form is refused too.
    const { tab } = await open(context, server.base + '/dashboard');
    await tab.fill('#token', 'di_' + '0'.repeat(64));
    await tab.click('button[type=submit]');
    await tab.locator('#message').filter({ hasText: 'wrong instructor token' }).waitFor({ timeout: 5000 })
        .then(() => check(true, 'a wrong token typed in the form is refused'))
        .catch(async () => check(false, `a wrong token typed in the form is refused: "${await tab.locator('#message').innerText()}"`));
    await context.close();
}

async function cellOf(tab, name, exercise) {
    return tab.evaluate(([name, exercise]) => {
        const heads = Array.from(document.querySelectorAll('#grid tr:first-child th')).map((th) => th.textContent);
        const column = heads.indexOf(exercise);
        const row = Array.from(document.querySelectorAll('#grid tr')).find((tr) => tr.firstChild && tr.firstChild.textContent === name);
        if (!row || column < 0) return null;
        const td = row.children[column];
        return { className: td.className, text: td.textContent };
    }, [name, exercise]);
}

async function dashboard(browser, server, room) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 820 } });
    const { tab, errors } = await open(context, server.dashboard);
    await tab.waitForURL(/\/dashboard$/, { timeout: 10000 }).catch(() => {});
    check(!tab.url().includes('token='), `the token leaves the address bar: ${tab.url()}`);
    const cookies = await context.cookies();
    const cookie = cookies.find((c) => c.name === 'dockerlings_instructor');
    check(cookie && cookie.httpOnly && cookie.sameSite === 'Strict', `an HttpOnly SameSite=Strict cookie: ${JSON.stringify(cookie && { httpOnly: cookie.httpOnly, sameSite: cookie.sameSite })}`);
    await tab.locator('#grid tr[data-learner]').nth(3).waitFor({ timeout: 10000 }).catch(() => {});
    const rows = await tab.locator('#grid tr[data-learner]').count();
    check(rows === 4, `the grid has a row per learner: ${rows}`);
    const columns = await tab.locator('#grid th.exercise').count();
    check(columns >= 20, `the grid has a column per exercise: ${columns}`);
    check(await tab.locator('#live').innerText() === 'live', 'the stream is live');
    const ann = await cellOf(tab, 'Ann Lee', 'go-multistage');
    check(ann && ann.className.includes('failing') && ann.text.includes('STAGE-NAMED') && ann.text.includes('H1'),
        `Ann Lee fails DL-STAGE-NAMED on go-multistage, one hint seen: ${JSON.stringify(ann)}`);
    const bruno = await cellOf(tab, 'Bruno Díaz', 'go-single');
    check(bruno && bruno.text.includes('S') && bruno.text.includes('H2'), `Bruno Díaz's cell marks 2 hints and the solution: ${JSON.stringify(bruno)}`);
    const stuck = await tab.locator('#stuck li').allInnerTexts();
    check(stuck.length >= 3 && stuck.some((s) => s.includes('DL-')), `the stuck list names learners and checks: ${JSON.stringify(stuck)}`);
    const common = await tab.locator('#common').innerText();
    check(common.includes('DL-PINNED-BASE') && common.includes('DL-STAGE-NAMED'), `the most common failing checks: ${JSON.stringify(common)}`);

    // Ann passes while the page is open: her cell turns green, no reload.
    await room.post('Ann Lee', [event('go-multistage', { kind: 'passed', seconds: 610 })]);
    const start = Date.now();
    let passed = false;
    while (!passed && Date.now() - start < 10000) {
        const cell = await cellOf(tab, 'Ann Lee', 'go-multistage');
        passed = cell && cell.className.includes('passed');
        if (!passed) await tab.waitForTimeout(100);
    }
    check(passed, `Ann Lee's pass shows without a reload (${Date.now() - start} ms)`);
    await tab.screenshot({ path: path.join(shotDir, 'dashboard.png'), fullPage: true });
    check(errors.length === 0, `dashboard: no script errors ${JSON.stringify(errors)}`);

    const projector = await open(context, server.base + '/projector');
    await projector.tab.locator('#bars tr').first().waitFor({ timeout: 10000 }).catch(() => {});
    const text = await projector.tab.locator('body').innerText();
    check(/go-multistage/.test(text), 'the projector lists the exercises');
    const named = Object.keys(room.learners).filter((name) => text.includes(name));
    check(named.length === 0, `the projector names nobody: ${JSON.stringify(named)}`);
    const passedBar = await projector.tab.locator('#bars tr', { hasText: 'go-single' }).locator('.passed').innerText().catch(() => '');
    check(passedBar.trim() === '2', `the projector counts 2 passes of go-single: "${passedBar}"`);
    await projector.tab.screenshot({ path: path.join(shotDir, 'projector.png') });
    check(projector.errors.length === 0, `projector: no script errors ${JSON.stringify(projector.errors)}`);
    await context.close();
}

async function learnerPage(browser, server, room) {
    const context = await browser.newContext();
    const { tab, errors } = await open(context, `${server.base}/me#token=${room.learners['Dana Ok']}`);
    await tab.locator('#mine tr').first().waitFor({ timeout: 10000 }).catch(() => {});
    const text = await tab.locator('body').innerText();
    check(text.includes('Dana Ok') && text.includes('working'), "a learner's page shows their progress");
    const others = ['Ann Lee', 'Bruno Díaz', 'Chen Wei'].filter((name) => text.includes(name));
    check(others.length === 0, `a learner's page shows nobody else: ${JSON.stringify(others)}`);
    check(errors.length === 0, `learner page: no script errors ${JSON.stringify(errors)}`);
    await context.close();
}

(async () => {
    fs.mkdirSync(shotDir, { recursive: true });
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'classroom-browser-'));
    let server = null;
    let browser = null;
    try {
        server = await serve(data);
        const room = await classroom(server);
        browser = await chromium.launch({
            executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync'],
            timeout: 60000,
        });
        await refused(browser, server);
        await dashboard(browser, server, room);
        await learnerPage(browser, server, room);
    } catch (err) {
        check(false, `unexpected error: ${err.stack || err}`);
    } finally {
        if (browser) await browser.close();
        if (server) server.child.kill('SIGKILL');
        fs.rmSync(data, { recursive: true, force: true });
    }
    console.log(`classroom-browser: ${failures === 0 ? 'all checks passed' : failures + ' failed'}; screenshots in ${shotDir}`);
    process.exit(failures === 0 ? 0 : 1);
})();
