#!/usr/bin/python3
"""Opens exported web pages in Debian's Chromium, headless, driven by Selenium through
chromedriver (the Debian packages python3-selenium and chromium-driver, which
scripts/install-deps installs), and uses them as a reader would: points at and clicks entities
and flows with the mouse, reads the details panel, steps through a story with the keys and
buttons. Every page must load from its file:// path with no request to anything but file: and
data: URLs, and log no error (a blocked script or style, a failed request and an uncaught
exception all do). Both are read from Chromium's own logs: every request the page makes, even
one its content policy then blocks, is in the performance log (Network.requestWillBeSent, and
Network.loadingFailed when it fails); console errors, uncaught exceptions and policy violations
are the browser log's SEVERE entries. Host names resolve to nothing, so no request could reach
the network anyway. Selenium rather than an npm package, so that every test dependency comes
from Debian.

Usage: html_page_test.py PAGE.html DECK.html STEP2_TITLE STEPS INJECTED.html LITERAL
  PAGE.html      the bundled dataset's graph (--export page.html)
  DECK.html      a story of STEPS steps whose second is titled STEP2_TITLE
  INJECTED.html  a model whose title, a name, a deal's title and a source's URL carry markup
                 and script; LITERAL is its title, which the page must show as text
"""
import json
import os
import re
import shutil
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

page_path, deck_path, step2_title, step_count, injected_path, literal = sys.argv[1:7]
passed = 0
failed = 0


def check(what, ok, detail=''):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        if isinstance(detail, (list, tuple)):
            detail = ','.join(map(str, detail))
        print(f'FAIL: {what}' + (f': {detail}' if detail != '' else ''), flush=True)


profile = tempfile.mkdtemp(prefix='dealgraph-chromium-')
options = webdriver.ChromeOptions()
options.binary_location = os.environ.get('CHROMIUM', '/usr/bin/chromium')
# Flags from the machine notes: no sandbox as root, no network chatter, a fresh profile; and
# no host name resolves.
for flag in ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
             '--no-first-run', '--disable-background-networking', '--disable-component-update',
             '--disable-sync', f'--user-data-dir={profile}', '--window-size=1600,1000',
             '--host-resolver-rules=MAP * ~NOTFOUND']:
    options.add_argument(flag)
options.set_capability('goog:loggingPrefs', {'browser': 'ALL', 'performance': 'ALL'})
driver = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=options)
# The window's own frame takes some of its height even headless: the page gets 1600 x 1000 CSS
# pixels exactly, the way a viewport is set with DevTools.
driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                       {'width': 1600, 'height': 1000, 'deviceScaleFactor': 1, 'mobile': False})


def js(script, *args):
    return driver.execute_script(script, *args)


def find(selector):
    return driver.find_element(By.CSS_SELECTOR, selector)


def open_page(path):
    """Loads `path` from file:// (returning once it has loaded), its logs read afresh: the tab
    first leaves what it showed (Chromium's start page, or the last page) for an empty one."""
    driver.get('about:blank')
    driver.get_log('browser')
    driver.get_log('performance')
    driver.get('file://' + os.path.abspath(path))


def finish(name):
    """Every request the page sent must be file: or data:, and nothing may be logged as an
    error: console errors, uncaught exceptions, blocked loads and failed requests."""
    outside = []
    errors = [entry['message'] for entry in driver.get_log('browser')
              if entry['level'] == 'SEVERE']
    urls = {}
    for entry in driver.get_log('performance'):
        event = json.loads(entry['message'])['message']
        params = event.get('params', {})
        if event['method'] == 'Network.requestWillBeSent':
            url = urls[params['requestId']] = params['request']['url']
            if not url.startswith(('file:', 'data:')):
                outside.append(url)
        elif event['method'] == 'Network.loadingFailed':
            errors.append(f"request failed: {urls.get(params['requestId'], '?')} "
                          f"({params.get('blockedReason') or params.get('errorText')})")
    check(f'{name}: no request leaves the page', not outside, ', '.join(outside))
    check(f'{name}: no error logged', not errors, ' | '.join(errors))


def into_view(element):
    """Scrolls an element to the middle of the window unless it is wholly in it already, as a
    reader would before pointing at it."""
    js("""const r = arguments[0].getBoundingClientRect();
          if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
              arguments[0].scrollIntoView({block: 'center', inline: 'center'});""", element)
    return element


def hover(selector):
    ActionChains(driver).move_to_element(into_view(find(selector))).perform()


def click(selector):
    ActionChains(driver).move_to_element(into_view(find(selector))).click().perform()


def press(key):
    ActionChains(driver).send_keys(key).perform()


def details_text():
    return js("return document.querySelector('#details').innerText")


def heading():
    return js("const h = document.querySelector('#details h2'); return h ? h.textContent : ''")


def click_curve(deal_id):
    """Clicks the drawn curve itself (not its label): a point along the path where the curve,
    not a box or a label, is what the pointer is on."""
    point = js("""
        const svg = [...document.querySelectorAll('section.view:not([hidden]) svg.graph')][0];
        for (const path of svg.querySelectorAll('g.flow path.line')) {
            if (path.dataset.deal !== arguments[0]) continue;
            const length = path.getTotalLength();
            for (const at of [0.3, 0.4, 0.6, 0.7, 0.2, 0.8, 0.5]) {
                const p = path.getPointAtLength(length * at);
                const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
                // The pointer moves in whole CSS pixels: test the point it will be at.
                const x = Math.round(screen.x), y = Math.round(screen.y);
                const hit = document.elementFromPoint(x, y);
                if (hit && hit.closest('g.flow') === path.parentNode) return [x, y];
            }
        }
        return null;""", deal_id)
    if not point:
        return False
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(*point).click()
    actions.perform()
    return True


def run():
    # ---- The whole graph ----
    open_page(page_path)
    facts = js("""return {
        entities: document.querySelectorAll('svg.graph g.entity[data-entity]').length,
        curves: document.querySelectorAll('svg.graph path.line[data-deal][data-flow]').length,
        arrows: document.querySelectorAll('svg.graph polygon.arrow').length,
        amounts: [...document.querySelectorAll('svg.graph g.label text')].map((t) => t.textContent),
        names: [...document.querySelectorAll('svg.graph g.entity text.name')]
            .map((t) => t.textContent),
        legend: Boolean(document.querySelector('.legend svg')),
        sources: document.querySelector('footer .sources')?.textContent || '',
        scripts: document.scripts.length,
        external: document.querySelectorAll('[src], [href], [srcset]').length};""")
    check('page: entities drawn as SVG groups with their ids', facts['entities'] >= 15,
          facts['entities'])
    check('page: flows drawn as paths with deal and flow', facts['curves'] >= 40, facts['curves'])
    check('page: arrowheads', facts['arrows'] >= facts['curves'],
          f"{facts['arrows']} for {facts['curves']}")
    check('page: amount labels', any('$300B' in a for a in facts['amounts']), facts['amounts'][:5])
    check('page: names as text', all(n in facts['names'] for n in ['OpenAI', 'Oracle', 'Nvidia']),
          facts['names'][:8])
    check('page: legend', facts['legend'])
    check('page: sources footer', 'Sources' in facts['sources'], facts['sources'][:80])
    check('page: its own two scripts, nothing loaded',
          facts['scripts'] == 2 and facts['external'] == 0,
          f"{facts['scripts']} scripts, {facts['external']} elements with src or link")

    # Pointing at Oracle lights it, its partner OpenAI and their flows, and dims the rest.
    hover('svg.graph g.entity[data-entity="oracle"] rect')
    lit = js("""const svg = document.querySelector('svg.graph');
        const opacity = (id) =>
            getComputedStyle(svg.querySelector(`g.entity[data-entity="${id}"]`)).opacity;
        const unrelated = [...svg.querySelectorAll('g.entity:not(.lit)')].length;
        return {some: svg.classList.contains('lit-some'), oracle: opacity('oracle'),
                openai: opacity('openai'), unrelated,
                litFlows: svg.querySelectorAll('g.flow.lit').length};""")
    check('hover: lights the entity and its partners',
          lit['some'] and lit['oracle'] == '1' and lit['openai'] == '1', json.dumps(lit))
    check('hover: dims the rest', lit['unrelated'] > 0 and lit['litFlows'] > 0, json.dumps(lit))

    # Clicking OpenAI shows its details: its name and its deals.
    click('svg.graph g.entity[data-entity="openai"] rect')
    openai = details_text()
    check('click entity: details name OpenAI', heading() == 'OpenAI', heading())
    check('click entity: lists its deals',
          'OpenAI buys $300B of Oracle compute over five years' in openai and
          'SoftBank invests $40B in OpenAI' in openai, openai[:300])
    check('click entity: kind, date and status of each deal',
          re.search(r'\n[A-Z][a-z -]+ · \d{4}(-\d\d){0,2} · [A-Z]', openai, re.ASCII) is not None,
          openai[:400])

    # Clicking a flow's curve shows its deal: title, status history, amounts, sources.
    check('click flow: a point on the curve', click_curve('openai-oracle-300b'))
    deal = details_text()
    check('click flow: the deal title',
          heading() == 'OpenAI buys $300B of Oracle compute over five years', heading())
    publishers = js("""
        const data = JSON.parse(document.getElementById('dealgraph-data').textContent);
        const deal = data.deals.find((d) => d.id === 'openai-oracle-300b');
        return deal.sources.map((id) => data.sources.find((s) => s.id === id).publisher);""")
    check('click flow: a source publisher', bool(publishers) and all(p in deal for p in publishers),
          f"{','.join(publishers)} in {deal[-300:]}")
    check('click flow: the amount as reported', '$300B' in deal, deal[:400])
    chosen = js("return [...document.querySelectorAll('svg.graph g.label.chosen')]"
                ".map((g) => g.dataset.deal)")
    check('click flow: its amount is marked', 'openai-oracle-300b' in chosen, chosen)

    # A source's URL is a link that opens apart from the page.
    check("click flow: Nvidia's investment", click_curve('nvidia-openai-100b'))
    links = js("return [...document.querySelectorAll('#details a[href]')]"
               ".map((a) => [a.href, a.target, a.rel])")
    check("click flow: its source's URL as a link", len(links) == 1 and
          links[0][0] == 'https://openai.com/index/openai-nvidia-systems-partnership/' and
          links[0][1] == '_blank' and 'noopener' in links[0][2], json.dumps(links))

    # A link in the panel goes to the entity; Escape goes back to the overview.
    js("""[...document.querySelectorAll('#details button.link')]
          .find((b) => b.textContent === 'Nvidia')?.click()""")
    check('details link: to the entity', heading() == 'Nvidia', heading())
    press(Keys.ESCAPE)
    check('Escape: the overview', 'click it to read' in details_text(), details_text())
    finish('page')

    # ---- A story, step by step ----
    open_page(deck_path)

    def state():
        return js("""
            const shown = [...document.querySelectorAll('section.view')].filter((s) => !s.hidden);
            return {shown: shown.length, title: shown[0]?.querySelector('h1')?.textContent,
                    caption: shown[0]?.querySelector('.caption')?.textContent || '',
                    entities: shown[0]?.querySelectorAll('g.entity').length || 0,
                    counter: document.getElementById('counter').textContent,
                    previous: document.getElementById('previous').disabled,
                    next: document.getElementById('next').disabled};""")

    total = int(step_count)
    s = state()
    check('deck: one step shown at a time', s['shown'] == 1, s['shown'])
    check('deck: starts at step 1',
          s['counter'] == f'1 / {total}' and s['previous'] and not s['next'], json.dumps(s))
    check('deck: a caption and a graph', len(s['caption']) > 40 and s['entities'] >= 3,
          json.dumps(s))
    first = s['title']
    press(Keys.ARROW_RIGHT)
    s = state()
    check('ArrowRight: step 2', s['title'] == step2_title and s['counter'] == f'2 / {total}',
          json.dumps(s))
    press(Keys.PAGE_DOWN)
    s = state()
    check('PageDown: step 3', s['counter'] == f'3 / {total}', s['counter'])
    press(Keys.SPACE)
    s = state()
    check('space: step 4', s['counter'] == f'4 / {total}' and s['next'], json.dumps(s))
    press(Keys.ARROW_RIGHT)
    s = state()
    check('at the end: stays', s['counter'] == f'{total} / {total}', s['counter'])
    press(Keys.PAGE_UP)
    press(Keys.ARROW_LEFT)
    s = state()
    check('PageUp, ArrowLeft: back to step 2',
          s['counter'] == f'2 / {total}' and s['title'] == step2_title, json.dumps(s))
    click('#previous')
    s = state()
    check('Previous: step 1', s['counter'] == f'1 / {total}' and s['title'] == first, json.dumps(s))
    click('#next')
    s = state()
    check('Next: step 2', s['counter'] == f'2 / {total}', s['counter'])

    click('section.view:not([hidden]) svg.graph g.entity[data-entity="openai"] rect')
    openai = details_text()
    check('deck: click entity shows its details',
          heading() == 'OpenAI' and 'Nvidia to invest up to $100B in OpenAI' in openai,
          openai[:300])
    check("deck: the step's statuses", ' · ' in openai, openai[:300])
    finish('deck')

    # ---- Markup and script in the model stay text ----
    open_page(injected_path)

    def read():
        return js("""return {
            injected: typeof window.__injected,
            title: document.title,
            h1: document.querySelector('h1').textContent,
            names: [...document.querySelectorAll('svg.graph g.entity text.name')]
                .map((t) => t.textContent),
            images: document.querySelectorAll('img, iframe, object, embed').length,
            scripts: document.scripts.length};""")

    r = read()
    check('injected: no script ran', r['injected'] == 'undefined', r['injected'])
    check('injected: the title is text', r['h1'] == literal and r['title'] == literal,
          f"{r['h1']} / {r['title']}")
    check('injected: no element made of model text', r['images'] == 0 and r['scripts'] == 2,
          json.dumps(r))
    check('injected: a name with markup is text', any('<img' in n for n in r['names']), r['names'])
    entity = js("return [...document.querySelectorAll('svg.graph g.entity')]"
                ".find((g) => g.textContent.includes('<img')).dataset.entity")
    click(f'svg.graph g.entity[data-entity="{entity}"] rect')
    check('injected: details show the name as text', '<img src=x' in heading(), heading())
    click('svg.graph g.label')
    deal = details_text()
    check('injected: a deal title with markup is text', '<b onmouseover=' in deal, deal[:200])
    hrefs = js("return [...document.querySelectorAll('#details a')]"
               ".map((a) => a.getAttribute('href'))")
    check('injected: a URL with markup is a link, escaped', len(hrefs) == 1 and
          re.match(r'https://example\.com/%22%3E%3Cscript%3E', hrefs[0] or '') is not None,
          ' '.join(h or '' for h in hrefs))
    check('injected: the URL shown as text', '"><script>window.__injected=4</script>' in deal,
          deal[-200:])
    r = read()
    check('injected: still no script ran', r['injected'] == 'undefined', r['injected'])
    finish('injected')


try:
    run()
finally:
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
