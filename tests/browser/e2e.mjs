// End-to-end, accessibility, mobile-layout and HTML validity tests of arvio's HTML pages.
//
// Usage: node tests/browser/e2e.mjs <base-url> <docs-dir> <form-ids> [gone-path]
//   <base-url>  an arvio-serve instance (the Rust test starts one in-process), or `-` to check
//               only the rendered documents (no live pages)
//   <docs-dir>  rendered documents `<form>-<lang>-<kind>.html` (kind: blank, errors, summary)
//               of every form and language, to check with axe-core, at 320 px and with the
//               Nu HTML Checker (vnu-jar); every one of them must be there. Documents of the
//               extra kinds (blank-family, summary-family, compare, compare-family) are checked
//               too when present (`ARVIO_HTML_DUMP=DIR cargo test -p arvio-html dump` writes
//               them all)
//   <form-ids>  the built-in form ids, comma-separated
//   [gone-path] optional: the path of a revoked family link, whose 410 page is checked too
//
// Runs headless Chromium from /usr/bin/chromium through playwright-core (no browser is ever
// downloaded). Exits non-zero with a list of failures. The last line of stdout is
// `RESULT {json}` with the number of pages each checker looked at; the Rust test checks them.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const [base, docsDir, formList, gonePath] = process.argv.slice(2);
if (!base || !docsDir || !formList) {
  console.error('usage: node tests/browser/e2e.mjs <base-url> <docs-dir> <form-ids>');
  process.exit(2);
}
const FORMS = formList.split(',').filter(Boolean);
const LANGS = ['fi', 'sv', 'en'];
const KINDS = ['blank', 'errors', 'summary'];
// Checked when present: the family's part of a form, the family's copy of a summary, and the
// start and review comparison in both copies.
const EXTRA_KINDS = ['blank-family', 'summary-family', 'compare', 'compare-family'];
const LIVE = base !== '-';
const CHROMIUM = process.env.ARVIO_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  process.exit(2);
}
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MOBILE_WIDTH = 320;

const failures = [];
function check(cond, what) {
  if (!cond) {
    failures.push(what);
    console.error(`FAIL ${what}`);
  } else {
    console.log(`ok   ${what}`);
  }
}
// What each checker looked at, reported to the Rust test.
const counted = { axe: [], mobile: [], vnu: [] };

const browser = await chromium.launch({
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
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
// A phone: layout viewport from `<meta name="viewport">`, 320 CSS pixels wide.
const phone = await browser.newContext({
  viewport: { width: MOBILE_WIDTH, height: 640 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});
// Any CSP violation or script error on our pages is a failure.
const consoleProblems = [];
context.on('page', watch);
phone.on('page', watch);
function watch(page) {
  page.on('console', (m) => {
    // A page served with a deliberate error status (404, 409, 410, 422) is logged by Chromium as a
    // failed resource load; the tests check those statuses themselves.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of (404|409|410|422)\b/.test(m.text()))
      consoleProblems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`${page.url()}: ${e.message}`));
}

/// Runs axe-core (WCAG 2.1 A and AA rules) on the page; returns the violations.
async function axeViolations(page) {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
    };
  }, AXE_TAGS);
}

async function axe(page, what) {
  const r = await axeViolations(page);
  // A run that passed no rule at all did not look at the page.
  check(r.violations.length === 0 && r.passes > 0,
    `axe: no violations on ${what} (${r.passes} rules passed)${r.violations.length ? ' ' + JSON.stringify(r.violations) : ''}`);
  counted.axe.push(what);
}

/// The page fits a 320 px wide phone without horizontal scrolling.
async function fitsPhone(page, what) {
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  check(m.client === MOBILE_WIDTH && m.scroll <= MOBILE_WIDTH,
    `320 px: no horizontal scroll on ${what} (scrollWidth ${m.scroll}, viewport ${m.client})`);
  counted.mobile.push(what);
}

function example(id, lang) {
  return JSON.parse(readFileSync(join(root, 'examples', 'responses', `${id}-${lang}.json`), 'utf8'));
}

/// What a family types into the server's page: `family-answers-<form>-<lang>.json` in the
/// documents directory when the Rust test wrote it (the example without the worker's answers,
/// as the server offers only the family's part), else the whole example.
function familyAnswers(id, lang) {
  const f = join(docsDir, `family-answers-${id}-${lang}.json`);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')).answers : example(id, lang).answers;
}

/// The rendered document the live summary must match: the family's copy of the family's
/// answers (`family-<form>-<lang>-summary.html`) when written, else the example's summary.
function summaryDocument(id, lang) {
  const f = `family-${id}-${lang}-summary.html`;
  return existsSync(join(docsDir, f)) ? f : `${id}-${lang}-summary.html`;
}

function shown(value, lang) {
  if (typeof value === 'number') {
    const s = String(value);
    return lang === 'en' ? s : s.replace('.', ',');
  }
  return String(value);
}

async function submitWith(page, value) {
  const [resp] = await Promise.all([
    page.waitForNavigation(),
    page.click(`button[name="_action"][value="${value}"]:not(.vh)`),
  ]);
  return resp;
}

const isRows = (value) => Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';

async function setField(page, name, value, lang) {
  if (isRows(value)) {
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

/// The names of the fields whose shown value differs from `value` (rows, checkboxes, radio
/// buttons, text and numbers; exactly, as the user typed them).
async function lostFields(page, name, value, lang) {
  if (isRows(value)) {
    const lost = [];
    for (let i = 0; i < value.length; i++) {
      for (const [sub, v] of Object.entries(value[i])) {
        lost.push(...(await lostFields(page, `${name}[${i}].${sub}`, v, lang)));
      }
    }
    return lost;
  }
  if (Array.isArray(value)) {
    const checked = await page.locator(`input[type=checkbox][name="${name}"]:checked`)
      .evaluateAll((els) => els.map((e) => e.value).sort());
    return JSON.stringify(checked) === JSON.stringify([...value].sort()) ? [] : [name];
  }
  const radios = page.locator(`input[type=radio][name="${name}"]`);
  if ((await radios.count()) > 0) {
    const checked = await page.locator(`input[type=radio][name="${name}"]:checked`)
      .evaluateAll((els) => els.map((e) => e.value));
    return JSON.stringify(checked) === JSON.stringify([String(value)]) ? [] : [name];
  }
  return (await page.inputValue(`[name="${name}"]`)) === shown(value, lang) ? [] : [name];
}

/// The text of `selector` in the rendered document `<id>-<lang>-<kind>.html`.
async function documentText(file, selector) {
  const p = await context.newPage();
  await p.goto(pathToFileURL(join(docsDir, file)).href);
  const texts = await p.locator(selector).allInnerTexts();
  await p.close();
  return texts;
}

/// Fills a form leaving one required answer out, checks the errors and that every other
/// answer is kept (`spot`: fields whose exact value is also checked by name), fixes it, sends
/// it, and checks that the summary has the example's answers and scores.
async function fillFixAndSend(id, lang, skip, spot) {
  const page = await context.newPage();
  const answers = familyAnswers(id, lang);
  check(skip in answers, `${id}/${lang}: the example answers ${skip}`);
  const res = await page.goto(`${base}/${lang}/${id}`);
  check(res.status() === 200, `${id}/${lang}: blank form loads`);
  check((await page.getAttribute('html', 'lang')) === lang, `${id}/${lang}: html lang is ${lang}`);
  await fillAll(page, answers, lang, skip);
  const resp = await submitWith(page, 'submit');
  check(resp.status() === 422, `${id}/${lang}: a missing required answer gives 422 (got ${resp.status()})`);
  writeFileSync(join(docsDir, `server-${id}-${lang}-errors.html`), await resp.text());
  const summary = page.locator('.error-summary[role="alert"]');
  check((await summary.count()) === 1, `${id}/${lang}: error summary shown`);
  const errorLinks = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  check(JSON.stringify(errorLinks) === JSON.stringify([`#q-${skip}`]),
    `${id}/${lang}: exactly one error, linking to the missing question (got ${JSON.stringify(errorLinks)})`);
  check((await page.locator(`#q-${skip}[aria-invalid="true"]`).count()) === 1, `${id}/${lang}: field marked invalid`);
  check((await page.locator('[aria-invalid="true"]').count()) === 1, `${id}/${lang}: no other field marked invalid`);
  await axe(page, `${id}/${lang} live form with an error`);
  // Named fields, exactly as typed.
  for (const [name, expected] of Object.entries(spot)) {
    let actual;
    if (typeof expected === 'boolean') actual = await page.isChecked(name);
    else actual = await page.inputValue(name);
    check(actual === expected, `${id}/${lang}: after the error ${name} is ${JSON.stringify(expected)} (got ${JSON.stringify(actual)})`);
  }
  // And every other answer of the example: rows, checkboxes, radios, texts, numbers, dates.
  const lost = [];
  for (const [name, value] of Object.entries(answers)) {
    if (name !== skip) lost.push(...(await lostFields(page, name, value, lang)));
  }
  check(lost.length === 0, `${id}/${lang}: all ${Object.keys(answers).length - 1} other answers kept after the error${lost.length ? '; lost: ' + lost : ''}`);
  // The link moves focus to the field.
  await page.locator(`.error-summary a[href="#q-${skip}"]`).click();
  check(await page.evaluate((s) => document.activeElement && document.activeElement.id === `q-${s}`, skip),
    `${id}/${lang}: error link focuses the field`);
  await setField(page, skip, answers[skip], lang);
  const done = await submitWith(page, 'submit');
  check(done.status() === 200 && new RegExp(`/${lang}/r/[A-Za-z0-9_-]{22}$`).test(page.url()),
    `${id}/${lang}: sent, redirected to its link`);
  writeFileSync(join(docsDir, `server-${id}-${lang}-summary.html`), await done.text());
  check((await page.locator('form').count()) === 0, `${id}/${lang}: summary has no form`);
  check((await page.locator('.error-summary, .error').count()) === 0, `${id}/${lang}: summary has no errors`);
  // The scores and answers are those of the example response rendered directly.
  const file = summaryDocument(id, lang);
  const scores = await page.locator('table.scores').allInnerTexts();
  const expectedScores = await documentText(file, 'table.scores');
  check(scores.length === 1 && (await page.locator('table.scores .value').count()) > 0,
    `${id}/${lang}: summary has a score table with values`);
  check(JSON.stringify(scores) === JSON.stringify(expectedScores),
    `${id}/${lang}: scores are those of the example${JSON.stringify(scores) === JSON.stringify(expectedScores) ? '' : `\n  got      ${JSON.stringify(scores)}\n  expected ${JSON.stringify(expectedScores)}`}`);
  const shownAnswers = await page.locator('dl.answers, main table:not(.scores)').allInnerTexts();
  const expectedAnswers = await documentText(file, 'dl.answers, main table:not(.scores)');
  const differing = shownAnswers.map((t, i) => [t, expectedAnswers[i]]).filter(([a, b]) => a !== b)
    .map(([a, b]) => {
      const al = a.split('\n'); const bl = (b || '').split('\n');
      const i = al.findIndex((l, j) => l !== bl[j]);
      return `got ${JSON.stringify(al.slice(i, i + 2))}, expected ${JSON.stringify(bl.slice(i, i + 2))}`;
    });
  check(shownAnswers.length > 0 && shownAnswers.length === expectedAnswers.length && differing.length === 0,
    `${id}/${lang}: summary answers are those of the example (${shownAnswers.length} blocks)${differing.length ? '\n  ' + differing.join('\n  ') : ''}`);
  await axe(page, `${id}/${lang} live summary`);
  const link = page.url();
  await page.close();
  // On a phone: the blank form, the form with the error and the summary fit 320 px.
  const small = await phone.newPage();
  await small.goto(`${base}/${lang}/${id}`);
  await fitsPhone(small, `${id}/${lang} live blank form`);
  await small.goto(link);
  await fitsPhone(small, `${id}/${lang} live summary`);
  await small.close();
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
  const stale = await submitWith(b, 'draft');
  check(stale.status() === 409, `draft: a stale page gets 409 (got ${stale.status()})`);
  writeFileSync(join(docsDir, 'server-409.html'), await stale.text());
  await axe(b, 'conflict page');
  const c = await context.newPage();
  await c.goto(url);
  check((await c.inputValue('[name="children_count"]')) === '3', 'draft: the newer save was kept');
  await a.close(); await b.close(); await c.close();
}

async function serverPages() {
  const p = await context.newPage();
  const idx = await p.goto(`${base}/`);
  check(idx.status() === 200, 'index loads');
  writeFileSync(join(docsDir, 'server-index.html'), await idx.text());
  await axe(p, 'index');
  const nf = await p.goto(`${base}/fi/no-such-form`);
  check(nf.status() === 404, 'unknown form gives 404');
  writeFileSync(join(docsDir, 'server-404.html'), await nf.text());
  await axe(p, '404 page');
  if (gonePath) {
    // A revoked family link: 410, in the link's language, nothing of the answers.
    const gone = await p.goto(`${base}${gonePath}`);
    check(gone.status() === 410, 'a revoked family link gives 410');
    check((await gone.text()).includes('lang="sv"'), 'the 410 page is in the link\'s language');
    writeFileSync(join(docsDir, 'server-410.html'), await gone.text());
    await axe(p, '410 page');
  }
  for (const id of FORMS) {
    const blank = await p.goto(`${base}/fi/${id}`);
    check(blank.status() === 200, `${id}/fi: live blank form loads`);
    writeFileSync(join(docsDir, `server-${id}-fi-blank.html`), await blank.text());
    await axe(p, `${id}/fi live blank form`);
  }
  await p.close();
}

/// The checkers must find problems in a page that has them, or their silence means nothing.
async function canaries() {
  const bad = '<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body><main><img src="data:,"><p><div>x</div></p>'
    + '<input type="text"></main></body></html>\n';
  writeFileSync(join(docsDir, 'canary-invalid.html'), bad);
  const p = await context.newPage();
  await p.setContent(bad);
  const r = await axeViolations(p);
  const ids = r.violations.map((v) => v.id).sort();
  check(['html-has-lang', 'image-alt', 'label'].every((v) => ids.includes(v)),
    `axe canary: a page with known faults gets its violations (got ${ids})`);
  await p.close();
  const small = await phone.newPage();
  await small.setContent('<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>x</title></head><body><div style="width:400px">x</div></body></html>');
  const wide = await small.evaluate(() => document.documentElement.scrollWidth);
  check(wide > MOBILE_WIDTH, `320 px canary: a 400 px wide page scrolls (scrollWidth ${wide})`);
  await small.close();
}

/// The rendered documents: every form × language × kind must be there.
function expectedDocuments() {
  const files = [];
  for (const id of FORMS) for (const lang of LANGS) for (const kind of KINDS) files.push(`${id}-${lang}-${kind}.html`);
  const missing = files.filter((f) => !existsSync(join(docsDir, f)));
  check(missing.length === 0, `all ${files.length} rendered documents present${missing.length ? '; missing: ' + missing : ''}`);
  const extra = [];
  for (const id of FORMS) for (const lang of LANGS) for (const kind of EXTRA_KINDS) {
    const f = `${id}-${lang}-${kind}.html`;
    if (existsSync(join(docsDir, f))) extra.push(f);
  }
  if (extra.length) console.log(`ok   ${extra.length} documents of the extra kinds present`);
  return [...files.filter((f) => !missing.includes(f)), ...extra];
}

async function documents(files) {
  const p = await context.newPage();
  const small = await phone.newPage();
  for (const f of files) {
    const url = pathToFileURL(join(docsDir, f)).href;
    await p.goto(url);
    await axe(p, f);
    await small.goto(url);
    await fitsPhone(small, f);
  }
  await p.close();
  await small.close();
}

function vnu(files) {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const all = [...files, 'canary-invalid.html'];
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...all.map((f) => join(docsDir, f))], { encoding: 'utf8' });
  if (r.error) {
    check(false, `vnu: java could not run (${r.error.message}); install a JRE (default-jre-headless)`);
    return;
  }
  const lines = (r.stdout + r.stderr).split('\n').filter((l) => l.trim() !== '');
  const canary = lines.filter((l) => l.includes('canary-invalid.html'));
  const others = lines.filter((l) => !l.includes('canary-invalid.html'));
  check(canary.length > 0 && r.status !== 0, `vnu canary: errors found in a page that has them (${canary.length})`);
  check(others.length === 0, `vnu: zero errors in ${files.length} documents${others.length ? '\n' + others.join('\n') : ''}`);
  counted.vnu.push(...files);
}

try {
  await canaries();
  if (LIVE) await live();
  const files = expectedDocuments();
  await documents(files);
  const served = LIVE ? ['server-index.html', 'server-404.html', 'server-409.html',
    ...(gonePath ? ['server-410.html'] : []),
    ...FORMS.map((id) => `server-${id}-fi-blank.html`),
    'server-family-self-assessment-fi-errors.html', 'server-family-self-assessment-fi-summary.html',
    'server-caregiver-support-sv-errors.html', 'server-caregiver-support-sv-summary.html'] : [];
  vnu([...files, ...served]);
  check(consoleProblems.length === 0, `no console errors or CSP violations${consoleProblems.length ? ': ' + consoleProblems.join('; ') : ''}`);
} catch (e) {
  failures.push(String(e && e.stack || e));
  console.error(e);
} finally {
  await browser.close();
}

/// The live pages of the server: index, 404, forms filled, fixed and sent, drafts.
async function live() {
  await serverPages();
  await fillFixAndSend('family-self-assessment', 'fi', 'children_count', {
    'input[name="phase"][value="start"]': true,
    'input[name="respondents"][value="other_parent"]': true,
    'input[name="respondents"][value="child"]': false,
    'input[name="has_partner"][value="true"]': true,
    'input[name="routines_meals"][value="3"]': true,
    '[name="filled_on"]': '2026-03-12',
    '[name="routines_change"]': 'Aamuisin on kiire ja riitelemme siitä, kuka on valmis ajoissa. Haluaisimme rauhallisemmat aamut.',
    '[name="network_contacts[2].organisation"]': 'Perhekahvila (järjestö)',
    '[name="goals[1].goal"]': 'Keskimmäinen lapsi käy koulua säännöllisesti.',
  });
  await fillFixAndSend('caregiver-support', 'sv', 'interview_date', {
    'input[name="filled_by"][value="worker_interview"]': true,
    'input[name="home_language"][value="sv"]': true,
    'input[name="home_language"][value="fi"]': true,
    'input[name="need_communication"][value="3"]': true,
    '[name="guardians[1].name"]': 'Jonas',
    'input[name="guardians[1].lives_with_child"][value="false"]': true,
    '[name="siblings"]': '0',
    '[name="care_need_reason"]': 'Barnet har autism och en lindrig intellektuell funktionsnedsättning. Han förstår inte faror och kan plötsligt springa i väg.',
  });
  await draftAndConflict();
}
// Rendered documents checked, each counted once (the extra kinds count when present).
const expected = new Set(FORMS.flatMap((id) => LANGS.flatMap((lang) => [...KINDS, ...EXTRA_KINDS].map((kind) => `${id}-${lang}-${kind}.html`))));
const documentsChecked = (list) => new Set(list.filter((w) => expected.has(w))).size;
console.log(`\n${failures.length} failure(s)`);
console.log('RESULT ' + JSON.stringify({
  failures: failures.length,
  axe_documents: documentsChecked(counted.axe),
  mobile_documents: documentsChecked(counted.mobile),
  vnu_documents: documentsChecked(counted.vnu),
  axe_pages: counted.axe.length,
  mobile_pages: counted.mobile.length,
  vnu_pages: counted.vnu.length,
}));
process.exit(failures.length ? 1 : 0);
