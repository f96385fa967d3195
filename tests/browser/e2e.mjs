// End-to-end, accessibility and HTML validity tests of arvio's HTML pages.
//
// Usage: node tests/browser/e2e.mjs <base-url> <docs-dir>
//   <base-url>  an arvio-serve instance (the Rust test starts one in-process)
//   <docs-dir>  rendered documents (*.html: blank, errors and summary of every form and
//               language) to check with axe-core and the Nu HTML Checker (vnu-jar)
//
// Runs headless Chromium from /usr/bin/chromium through playwright-core (no browser is ever
// downloaded). Exits non-zero with a list of failures.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const [base, docsDir] = process.argv.slice(2);
if (!base || !docsDir) {
  console.error('usage: node tests/browser/e2e.mjs <base-url> <docs-dir>');
  process.exit(2);
}
const CHROMIUM = process.env.ARVIO_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  process.exit(2);
}
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const failures = [];
function check(cond, what) {
  if (!cond) {
    failures.push(what);
    console.error(`FAIL ${what}`);
  } else {
    console.log(`ok   ${what}`);
  }
}

const userDataDir = mkdtempSync(join(tmpdir(), 'arvio-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
// Any CSP violation or script error on our pages is a failure.
const consoleProblems = [];
context.on('page', watch);
function watch(page) {
  page.on('console', (m) => {
    // A page served with a deliberate error status (404, 409, 422) is logged by Chromium as a
    // failed resource load; the tests check those statuses themselves.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of (404|409|422)\b/.test(m.text()))
      consoleProblems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`${page.url()}: ${e.message}`));
}

async function axe(page, what) {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, AXE_TAGS);
  check(result.length === 0, `axe: no violations on ${what}${result.length ? ' ' + JSON.stringify(result) : ''}`);
}

function example(id, lang) {
  return JSON.parse(readFileSync(join(root, 'examples', 'responses', `${id}-${lang}.json`), 'utf8'));
}

function shown(value, lang) {
  if (typeof value === 'number') {
    const s = String(value);
    return lang === 'en' ? s : s.replace('.', ',');
  }
  return String(value);
}

async function submitWith(page, value) {
  await Promise.all([
    page.waitForLoadState('load'),
    page.waitForNavigation(),
    page.click(`button[name="_action"][value="${value}"]:not(.vh)`),
  ]);
}

async function setField(page, name, value, lang) {
  if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
    for (let i = 0; i < value.length; i++) {
      while ((await page.locator(`[name^="${name}[${i}]."]`).count()) === 0) {
        await submitWith(page, `add:${name}`);
      }
      for (const [sub, v] of Object.entries(value[i])) {
        await setField(page, `${name}[${i}].${sub}`, v, lang);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const code of value) await page.check(`input[name="${name}"][value="${code}"]`);
    return;
  }
  const radio = page.locator(`input[type=radio][name="${name}"][value="${String(value)}"]`);
  if ((await radio.count()) > 0) {
    await radio.check();
    return;
  }
  await page.fill(`[name="${name}"]`, shown(value, lang));
}

async function fillAll(page, answers, lang, skip) {
  for (const [name, value] of Object.entries(answers)) {
    if (name !== skip) await setField(page, name, value, lang);
  }
}

/// Fills a form leaving one required answer out, checks the errors and that the rest is kept,
/// fixes it, and checks the summary.
async function fillFixAndSend(id, lang, skip, expectText) {
  const page = await context.newPage();
  const answers = example(id, lang).answers;
  const res = await page.goto(`${base}/${lang}/${id}`);
  check(res.status() === 200, `${id}/${lang}: blank form loads`);
  check((await page.getAttribute('html', 'lang')) === lang, `${id}/${lang}: html lang is ${lang}`);
  await fillAll(page, answers, lang, skip);
  const [resp] = await Promise.all([
    page.waitForNavigation(),
    page.click('button[name="_action"][value="submit"]:not(.vh)'),
  ]);
  check(resp.status() === 422, `${id}/${lang}: a missing required answer gives 422 (got ${resp.status()})`);
  const summary = page.locator('.error-summary[role="alert"]');
  check((await summary.count()) === 1, `${id}/${lang}: error summary shown`);
  const link = page.locator(`.error-summary a[href="#q-${skip}"]`);
  check((await link.count()) === 1, `${id}/${lang}: error links to the missing question`);
  check((await page.locator(`#q-${skip}[aria-invalid="true"]`).count()) === 1, `${id}/${lang}: field marked invalid`);
  await axe(page, `${id}/${lang} live form with an error`);
  // Every other answer is still there.
  let kept = 0;
  let lost = [];
  for (const [name, value] of Object.entries(answers)) {
    if (name === skip || typeof value === 'object') continue;
    const radio = page.locator(`input[type=radio][name="${name}"][value="${String(value)}"]`);
    const ok = (await radio.count()) > 0
      ? await radio.isChecked()
      : (await page.inputValue(`[name="${name}"]`)) === shown(value, lang);
    if (ok) kept++; else lost.push(name);
  }
  check(lost.length === 0 && kept > 0, `${id}/${lang}: ${kept} answers kept after the error${lost.length ? ' lost: ' + lost : ''}`);
  // The link moves focus to the field.
  await link.click();
  check(await page.evaluate((s) => document.activeElement && document.activeElement.id === `q-${s}`, skip),
    `${id}/${lang}: error link focuses the field`);
  await setField(page, skip, answers[skip], lang);
  const [done] = await Promise.all([
    page.waitForNavigation(),
    page.click('button[name="_action"][value="submit"]:not(.vh)'),
  ]);
  check(done.status() === 200 && /\/r\/[A-Za-z0-9_-]{22}$/.test(page.url()), `${id}/${lang}: sent, redirected to its link`);
  check((await page.locator('table.scores .value').count()) > 0, `${id}/${lang}: summary shows score values`);
  check((await page.locator('form').count()) === 0, `${id}/${lang}: summary has no form`);
  const body = await page.textContent('main');
  check(body.includes(expectText), `${id}/${lang}: summary says "${expectText}"`);
  await axe(page, `${id}/${lang} live summary`);
  await page.close();
}

async function draftAndConflict() {
  const a = await context.newPage();
  await a.goto(`${base}/fi/family-self-assessment`);
  await a.check('input[name="phase"][value="review"]');
  await a.fill('[name="children_count"]', '2,5');
  await submitWith(a, 'draft');
  const url = a.url();
  check(/\/fi\/r\/[A-Za-z0-9_-]{22}$/.test(url), 'draft: saved under an unguessable link');
  check((await a.locator('.notice').count()) === 1, 'draft: notice shown');
  const b = await context.newPage();
  await b.goto(url);
  check(await b.isChecked('input[name="phase"][value="review"]'), 'draft: reopened by link keeps the choice');
  check((await b.inputValue('[name="children_count"]')) === '2,5', 'draft: reopened by link keeps the raw number');
  // Save in A, then an older page (B) must not overwrite it.
  await a.fill('[name="children_count"]', '3');
  await submitWith(a, 'draft');
  const [stale] = await Promise.all([b.waitForNavigation(), b.click('button[name="_action"][value="draft"]:not(.vh)')]);
  check(stale.status() === 409, `draft: a stale page gets 409 (got ${stale.status()})`);
  await axe(b, 'conflict page');
  const c = await context.newPage();
  await c.goto(url);
  check((await c.inputValue('[name="children_count"]')) === '3', 'draft: the newer save was kept');
  await a.close(); await b.close(); await c.close();
}

async function pages() {
  const p = await context.newPage();
  const idx = await p.goto(`${base}/`);
  check(idx.status() === 200, 'index loads');
  await axe(p, 'index');
  const nf = await p.goto(`${base}/fi/no-such-form`);
  check(nf.status() === 404, 'unknown form gives 404');
  await axe(p, '404 page');
  writeFileSync(join(docsDir, 'server-index.html'), await (await fetch(`${base}/`)).text());
  writeFileSync(join(docsDir, 'server-404.html'), await (await fetch(`${base}/fi/nope`)).text());
  await p.close();
}

async function documents() {
  const files = readdirSync(docsDir).filter((f) => f.endsWith('.html')).sort();
  const p = await context.newPage();
  for (const f of files) {
    await p.goto(pathToFileURL(join(docsDir, f)).href);
    await axe(p, f);
  }
  await p.close();
  return files;
}

function vnu(files) {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files.map((f) => join(docsDir, f))], { encoding: 'utf8' });
  if (r.error) {
    check(false, `vnu: java could not run (${r.error.message}); install a JRE (default-jre-headless)`);
    return;
  }
  const out = (r.stdout + r.stderr).trim();
  check(r.status === 0 && out === '', `vnu: zero errors in ${files.length} documents${out ? '\n' + out : ''}`);
}

try {
  await pages();
  const p = await context.newPage();
  await p.goto(`${base}/fi/family-self-assessment`);
  await axe(p, 'live blank form (fi)');
  await p.close();
  await fillFixAndSend('family-self-assessment', 'fi', 'children_count', 'Yhteenveto');
  const swedish = existsSync(join(root, 'examples', 'responses', 'caregiver-support-sv.json'))
    ? ['caregiver-support', 'interview_date'] : ['service-need', 'initiated_on'];
  await fillFixAndSend(swedish[0], 'sv', swedish[1], 'Sammanfattning');
  await draftAndConflict();
  const files = await documents();
  vnu(files);
  check(consoleProblems.length === 0, `no console errors or CSP violations${consoleProblems.length ? ': ' + consoleProblems.join('; ') : ''}`);
} catch (e) {
  failures.push(String(e && e.stack || e));
  console.error(e);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\n${failures.length} failure(s)`);
  process.exit(1);
}
console.log('\nall browser checks passed');
