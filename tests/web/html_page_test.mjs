// Opens exported web pages in Debian's Chromium, headless, driven by puppeteer-core (a dev
// dependency of this folder: scripts/install-deps runs `npm ci` here), and uses them as a
// reader would: points at and clicks entities and flows, reads the details panel, steps
// through a story with the keys and buttons. Every page must load from its file:// path with
// no request to anything but file: and data: URLs, and log no error (a blocked script or
// style, a failed request and an uncaught exception all do).
//
// Usage: node html_page_test.mjs PAGE.html DECK.html STEP2_TITLE STEPS INJECTED.html LITERAL
//   PAGE.html      the bundled dataset's graph (--export page.html)
//   DECK.html      a story of STEPS steps whose second is titled STEP2_TITLE
//   INJECTED.html  a model whose title, a name, a deal's title and a source's URL carry markup
//                  and script; LITERAL is its title, which the page must show as text
import puppeteer from 'puppeteer-core';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const [pagePath, deckPath, step2Title, stepCount, injectedPath, literal] = process.argv.slice(2);
let passed = 0;
let failed = 0;
function check(what, ok, detail = '') {
  if (ok) {
    ++passed;
  } else {
    ++failed;
    console.log(`FAIL: ${what}${detail ? ': ' + detail : ''}`);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'dealgraph-chromium-'));
// Flags from the machine notes: no sandbox as root, no network chatter, a fresh profile.
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Opens `path` from file://, failing any request that is not file: or data:.
async function open(path) {
  const page = await browser.newPage();
  await page.setViewport({width: 1600, height: 1000});
  const outside = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      request.continue();
    } else {
      outside.push(url);
      request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  await page.goto('file://' + resolve(path), {waitUntil: 'load'});
  return {page, outside, errors};
}

function finish(name, {outside, errors}) {
  check(`${name}: no request leaves the page`, outside.length === 0, outside.join(', '));
  check(`${name}: no error logged`, errors.length === 0, errors.join(' | '));
}

const detailsText = (page) => page.$eval('#details', (node) => node.innerText);
const heading = (page) => page.$eval('#details h2', (node) => node.textContent).catch(() => '');

// Clicks the drawn curve itself (not its label): a point along the path where the curve, not a
// box or a label, is what the pointer is on.
async function clickCurve(page, dealId) {
  const point = await page.evaluate((deal) => {
    const svg = [...document.querySelectorAll('section.view:not([hidden]) svg.graph')][0];
    for (const path of svg.querySelectorAll('g.flow path.line')) {
      if (path.dataset.deal !== deal) continue;
      const length = path.getTotalLength();
      for (const at of [0.3, 0.4, 0.6, 0.7, 0.2, 0.8, 0.5]) {
        const p = path.getPointAtLength(length * at);
        const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
        const hit = document.elementFromPoint(screen.x, screen.y);
        if (hit && hit.closest('g.flow') === path.parentNode) return {x: screen.x, y: screen.y};
      }
    }
    return null;
  }, dealId);
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  return true;
}

// ---- The whole graph ----
{
  const opened = await open(pagePath);
  const {page} = opened;
  const facts = await page.evaluate(() => ({
    entities: document.querySelectorAll('svg.graph g.entity[data-entity]').length,
    curves: document.querySelectorAll('svg.graph path.line[data-deal][data-flow]').length,
    arrows: document.querySelectorAll('svg.graph polygon.arrow').length,
    amounts: [...document.querySelectorAll('svg.graph g.label text')].map((t) => t.textContent),
    names: [...document.querySelectorAll('svg.graph g.entity text.name')].map((t) => t.textContent),
    legend: Boolean(document.querySelector('.legend svg')),
    sources: document.querySelector('footer .sources')?.textContent || '',
    scripts: document.scripts.length,
    external: document.querySelectorAll('[src], [href], [srcset]').length,
  }));
  check('page: entities drawn as SVG groups with their ids', facts.entities >= 15, facts.entities);
  check('page: flows drawn as paths with deal and flow', facts.curves >= 40, facts.curves);
  check('page: arrowheads', facts.arrows >= facts.curves, `${facts.arrows} for ${facts.curves}`);
  check('page: amount labels', facts.amounts.some((a) => a.includes('$300B')), facts.amounts.slice(0, 5));
  check('page: names as text', ['OpenAI', 'Oracle', 'Nvidia'].every((n) => facts.names.includes(n)),
    facts.names.slice(0, 8));
  check('page: legend', facts.legend);
  check('page: sources footer', facts.sources.includes('Sources'), facts.sources.slice(0, 80));
  check('page: its own two scripts, nothing loaded', facts.scripts === 2 && facts.external === 0,
    `${facts.scripts} scripts, ${facts.external} elements with src or link`);

  // Pointing at Oracle lights it, its partner OpenAI and their flows, and dims the rest.
  await page.hover('svg.graph g.entity[data-entity="oracle"] rect');
  const lit = await page.evaluate(() => {
    const svg = document.querySelector('svg.graph');
    const opacity = (id) => getComputedStyle(svg.querySelector(`g.entity[data-entity="${id}"]`)).opacity;
    const unrelated = [...svg.querySelectorAll('g.entity:not(.lit)')].length;
    return {some: svg.classList.contains('lit-some'), oracle: opacity('oracle'),
      openai: opacity('openai'), unrelated, litFlows: svg.querySelectorAll('g.flow.lit').length};
  });
  check('hover: lights the entity and its partners', lit.some && lit.oracle === '1' && lit.openai === '1',
    JSON.stringify(lit));
  check('hover: dims the rest', lit.unrelated > 0 && lit.litFlows > 0, JSON.stringify(lit));

  // Clicking OpenAI shows its details: its name and its deals.
  await page.click('svg.graph g.entity[data-entity="openai"] rect');
  const openai = await detailsText(page);
  check('click entity: details name OpenAI', (await heading(page)) === 'OpenAI', await heading(page));
  check('click entity: lists its deals',
    openai.includes('OpenAI buys $300B of Oracle compute over five years') &&
    openai.includes('SoftBank invests $40B in OpenAI'), openai.slice(0, 300));
  check('click entity: kind, date and status of each deal', /\n[A-Z][a-z -]+ · \d{4}(-\d\d){0,2} · [A-Z]/.test(openai),
    openai.slice(0, 400));

  // Clicking a flow's curve shows its deal: title, status history, amounts, sources.
  check('click flow: a point on the curve', await clickCurve(page, 'openai-oracle-300b'));
  const deal = await detailsText(page);
  check('click flow: the deal title', (await heading(page)) === 'OpenAI buys $300B of Oracle compute over five years',
    await heading(page));
  const publishers = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('dealgraph-data').textContent);
    const deal = data.deals.find((d) => d.id === 'openai-oracle-300b');
    return deal.sources.map((id) => data.sources.find((s) => s.id === id).publisher);
  });
  check('click flow: a source publisher', publishers.length > 0 && publishers.every((p) => deal.includes(p)),
    `${publishers} in ${deal.slice(-300)}`);
  check('click flow: the amount as reported', deal.includes('$300B'), deal.slice(0, 400));
  const chosenLabel = await page.$$eval('svg.graph g.label.chosen', (gs) => gs.map((g) => g.dataset.deal));
  check('click flow: its amount is marked', chosenLabel.includes('openai-oracle-300b'), chosenLabel);

  // A source's URL is a link that opens apart from the page.
  check('click flow: Nvidia\'s investment', await clickCurve(page, 'nvidia-openai-100b'));
  const links = await page.$$eval('#details a[href]', (as) => as.map((a) => [a.href, a.target, a.rel]));
  check('click flow: its source\'s URL as a link', links.length === 1 &&
    links[0][0] === 'https://openai.com/index/openai-nvidia-systems-partnership/' &&
    links[0][1] === '_blank' && links[0][2].includes('noopener'), JSON.stringify(links));

  // A link in the panel goes to the entity; Escape goes back to the overview.
  await page.evaluate(() => [...document.querySelectorAll('#details button.link')]
    .find((b) => b.textContent === 'Nvidia')?.click());
  check('details link: to the entity', (await heading(page)) === 'Nvidia', await heading(page));
  await page.keyboard.press('Escape');
  check('Escape: the overview', (await detailsText(page)).includes('click it to read'), await detailsText(page));
  finish('page', opened);
  await page.close();
}

// ---- A story, step by step ----
{
  const opened = await open(deckPath);
  const {page} = opened;
  const state = () => page.evaluate(() => {
    const shown = [...document.querySelectorAll('section.view')].filter((s) => !s.hidden);
    return {shown: shown.length, title: shown[0]?.querySelector('h1')?.textContent,
      caption: shown[0]?.querySelector('.caption')?.textContent || '',
      entities: shown[0]?.querySelectorAll('g.entity').length || 0,
      counter: document.getElementById('counter').textContent,
      previous: document.getElementById('previous').disabled,
      next: document.getElementById('next').disabled};
  });
  const total = Number(stepCount);
  let s = await state();
  check('deck: one step shown at a time', s.shown === 1, s.shown);
  check('deck: starts at step 1', s.counter === `1 / ${total}` && s.previous && !s.next, JSON.stringify(s));
  check('deck: a caption and a graph', s.caption.length > 40 && s.entities >= 3, JSON.stringify(s));
  const first = s.title;
  await page.keyboard.press('ArrowRight');
  s = await state();
  check('ArrowRight: step 2', s.title === step2Title && s.counter === `2 / ${total}`, JSON.stringify(s));
  await page.keyboard.press('PageDown');
  s = await state();
  check('PageDown: step 3', s.counter === `3 / ${total}`, s.counter);
  await page.keyboard.press('Space');
  s = await state();
  check('space: step 4', s.counter === `4 / ${total}` && s.next, JSON.stringify(s));
  await page.keyboard.press('ArrowRight');
  s = await state();
  check('at the end: stays', s.counter === `${total} / ${total}`, s.counter);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  s = await state();
  check('PageUp, ArrowLeft: back to step 2', s.counter === `2 / ${total}` && s.title === step2Title,
    JSON.stringify(s));
  await page.click('#previous');
  s = await state();
  check('Previous: step 1', s.counter === `1 / ${total}` && s.title === first, JSON.stringify(s));
  await page.click('#next');
  s = await state();
  check('Next: step 2', s.counter === `2 / ${total}`, s.counter);

  await page.click('section.view:not([hidden]) svg.graph g.entity[data-entity="openai"] rect');
  const openai = await detailsText(page);
  check('deck: click entity shows its details', (await heading(page)) === 'OpenAI' &&
    openai.includes('Nvidia to invest up to $100B in OpenAI'), openai.slice(0, 300));
  check('deck: the step\'s statuses', openai.includes(' · '), openai.slice(0, 300));
  finish('deck', opened);
  await page.close();
}

// ---- Markup and script in the model stay text ----
{
  const opened = await open(injectedPath);
  const {page} = opened;
  const read = () => page.evaluate(() => ({
    injected: typeof window.__injected,
    title: document.title,
    h1: document.querySelector('h1').textContent,
    names: [...document.querySelectorAll('svg.graph g.entity text.name')].map((t) => t.textContent),
    images: document.querySelectorAll('img, iframe, object, embed').length,
    scripts: document.scripts.length,
  }));
  let r = await read();
  check('injected: no script ran', r.injected === 'undefined', r.injected);
  check('injected: the title is text', r.h1 === literal && r.title === literal, `${r.h1} / ${r.title}`);
  check('injected: no element made of model text', r.images === 0 && r.scripts === 2, JSON.stringify(r));
  check('injected: a name with markup is text', r.names.some((n) => n.includes('<img')), r.names);
  const entity = await page.$$eval('svg.graph g.entity', (gs) =>
    gs.find((g) => g.textContent.includes('<img')).dataset.entity);
  await page.click(`svg.graph g.entity[data-entity="${entity}"] rect`);
  check('injected: details show the name as text', (await heading(page)).includes('<img src=x'),
    await heading(page));
  await page.click('svg.graph g.label');
  const deal = await detailsText(page);
  check('injected: a deal title with markup is text', deal.includes('<b onmouseover='), deal.slice(0, 200));
  const hrefs = await page.$$eval('#details a', (as) => as.map((a) => a.getAttribute('href')));
  check('injected: a URL with markup is a link, escaped', hrefs.length === 1 &&
    /^https:\/\/example\.com\/%22%3E%3Cscript%3E/.test(hrefs[0]), hrefs.join(' '));
  check('injected: the URL shown as text', deal.includes('"><script>window.__injected=4</script>'),
    deal.slice(-200));
  r = await read();
  check('injected: still no script ran', r.injected === 'undefined', r.injected);
  finish('injected', opened);
  await page.close();
}

await browser.close();
rmSync(profile, {recursive: true, force: true});
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
