// The web page export (app/src/export/html_page.cpp): lights what the pointer is on, shows the
// details of what is clicked, and plays a story step by step. Its data is the JSON element
// #dealgraph-data; every model text is put on the page as text (textContent), never as markup.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('dealgraph-data').textContent);
  const ui = data.ui;
  const byId = (list) => new Map(list.map((item) => [item.id, item]));
  const entities = byId(data.entities);
  const deals = byId(data.deals);
  const sources = byId(data.sources);
  const details = document.getElementById('details');
  const sections = Array.from(document.querySelectorAll('section.view'));

  // "%1 / %2" with its arguments.
  function fmt(text, ...args) {
    return text.replace(/%(\d)/g, (match, n) => (n - 1 < args.length ? String(args[n - 1]) : match));
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- Each view: its data and the elements that stand for entities and flows ----

  const views = sections.map((section, index) => {
    const raw = data.views[index];
    const view = {
      section,
      svg: section.querySelector('svg.graph'),
      asOf: raw.asOf,
      deals: raw.deals,
      shown: new Set(raw.deals),
      status: new Map(raw.status),
      boxes: byId(raw.boxes),
      entityNodes: new Map(), // entity id -> its group
      discNodes: [], // the discs behind entities (--size-by-money)
      flowNodes: [], // {node, deals: Set, flow, from, to} for curves and labels alike
    };
    if (!view.svg) return view;
    for (const node of view.svg.querySelectorAll('.entity')) {
      view.entityNodes.set(node.dataset.entity, node);
    }
    view.discNodes = Array.from(view.svg.querySelectorAll('.disc'));
    for (const node of view.svg.querySelectorAll('.flow, .label')) {
      const dealIds = (node.dataset.deals || node.dataset.deal).split(' ');
      view.flowNodes.push({
        node,
        deal: node.dataset.deal,
        deals: new Set(dealIds),
        flow: Number(node.dataset.flow),
        from: node.dataset.from,
        to: node.dataset.to,
      });
    }
    return view;
  });

  let current = 0;
  let chosen = null; // {kind: 'entity', id} or {kind: 'deal', id, flow}
  let pointed = null; // the same for what the pointer is on

  function nameOf(id, view) {
    const entity = entities.get(id);
    if (entity) return entity.name;
    const box = view.boxes.get(id);
    return box ? box.name : id;
  }

  // The model's entities a box stands for: itself, or a group's or "Others"' members.
  function partiesOfBox(id, view) {
    const box = view.boxes.get(id);
    return new Set(box ? [id, ...box.members] : [id]);
  }

  // ---- Lighting: an entity with its flows and partners, a deal with its flows and parties ----

  function light(view, what) {
    if (!view.svg) return;
    const litEntities = new Set();
    const litFlows = new Set();
    if (what && what.kind === 'entity') {
      litEntities.add(what.id);
      for (const flow of view.flowNodes) {
        if (flow.from === what.id || flow.to === what.id) {
          litFlows.add(flow.node);
          litEntities.add(flow.from);
          litEntities.add(flow.to);
        }
      }
    } else if (what && what.kind === 'deal') {
      for (const flow of view.flowNodes) {
        if (flow.deals.has(what.id)) {
          litFlows.add(flow.node);
          litEntities.add(flow.from);
          litEntities.add(flow.to);
        }
      }
    }
    view.svg.classList.toggle('lit-some', Boolean(what));
    for (const [id, node] of view.entityNodes) {
      node.classList.toggle('lit', litEntities.has(id));
      node.classList.toggle('chosen', Boolean(chosen && chosen.kind === 'entity' && chosen.id === id));
    }
    for (const disc of view.discNodes) disc.classList.toggle('lit', litEntities.has(disc.dataset.entity));
    for (const flow of view.flowNodes) {
      flow.node.classList.toggle('lit', litFlows.has(flow.node));
      flow.node.classList.toggle('chosen', Boolean(chosen && chosen.kind === 'deal' &&
        flow.deal === chosen.id && flow.flow === chosen.flow));
    }
  }

  function relight() {
    light(views[current], pointed || chosen);
  }

  function targetOf(node) {
    const entity = node.closest('[data-entity]');
    if (entity) return {kind: 'entity', id: entity.dataset.entity};
    const flow = node.closest('[data-deal]');
    if (flow) return {kind: 'deal', id: flow.dataset.deal, flow: Number(flow.dataset.flow)};
    return null;
  }

  // ---- The details panel ----

  function heading(title, meta) {
    const parts = [el('h2', null, title)];
    if (meta) parts.push(el('p', 'meta', meta));
    return parts;
  }

  function labelled(label, ...content) {
    const p = el('p');
    p.append(el('span', 'label', label), ' ', ...content);
    return p;
  }

  function entityLink(id, view) {
    const button = el('button', 'link', nameOf(id, view));
    button.type = 'button';
    button.addEventListener('click', () => choose({kind: 'entity', id}));
    return button;
  }

  function dealLink(id) {
    const button = el('button', 'link', deals.get(id).title);
    button.type = 'button';
    button.addEventListener('click', () => choose({kind: 'deal', id, flow: -1}));
    return button;
  }

  function joined(nodes, separator) {
    const out = [];
    nodes.forEach((node, i) => {
      if (i > 0) out.push(separator);
      out.push(node);
    });
    return out;
  }

  function statusIn(view, id) {
    return view.status.get(id) || ui.notOnRecord;
  }

  function overview(view) {
    const section = view.section.querySelector('h1');
    const title = section ? section.textContent : data.title;
    const cited = new Set();
    for (const id of view.deals) for (const s of deals.get(id).sources) cited.add(s);
    const nodes = [...heading(title, fmt(ui.counts, view.entityNodes.size, view.deals.length, cited.size))];
    nodes.push(el('p', null, ui.hint));
    if (views.length > 1) nodes.push(el('p', 'meta', ui.keys));
    return nodes;
  }

  function entityDetails(id, view) {
    const entity = entities.get(id);
    const box = view.boxes.get(id);
    const nodes = [...heading(nameOf(id, view), entity ? entity.kind : box ? box.kind : '')];
    if (entity) {
      if (entity.names.length) nodes.push(labelled(ui.otherNames, entity.names.join(', ')));
      if (entity.aliases.length) nodes.push(labelled(ui.aliases, entity.aliases.join(', ')));
      if (entity.description) nodes.push(el('p', null, entity.description));
    }
    if (box && box.members.length) {
      nodes.push(labelled(ui.members, ...joined(box.members.map((m) => entityLink(m, view)), ', ')));
    }
    const parties = partiesOfBox(id, view);
    const list = el('ul');
    let count = 0;
    for (const dealId of view.deals) {
      const deal = deals.get(dealId);
      if (!deal.flows.some((f) => parties.has(f.from) || parties.has(f.to))) continue;
      const item = el('li');
      item.append(dealLink(dealId), el('br'),
        el('span', 'meta', [deal.kind, deal.date, statusIn(view, dealId)].join(' · ')));
      list.append(item);
      ++count;
    }
    nodes.push(el('h3', null, fmt(ui.deals, count)));
    nodes.push(count ? list : el('p', 'meta', ui.noDeals));
    if (entity && entity.dealCount > count) {
      nodes.push(el('p', 'meta', fmt(ui.moreDeals, entity.dealCount - count)));
    }
    return nodes;
  }

  function sourceItem(source) {
    const item = el('li');
    const parts = [el('b', null, source.publisher)];
    if (source.title) parts.push('\u201c' + source.title + '\u201d');
    if (source.date) parts.push(source.date);
    if (source.citing) parts.push(fmt(ui.citing, source.citing));
    item.append(...joined(parts, ', '));
    if (source.url) {
      const link = el('a', null, source.urlText);
      link.href = source.url; // http(s) only: html_page.cpp drops any other scheme
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(el('br'), link);
    } else if (source.urlText) {
      item.append(el('br'), el('span', 'meta', source.urlText));
    }
    return item;
  }

  function dealDetails(id, flowNumber, view) {
    const deal = deals.get(id);
    const nodes = [...heading(deal.title, fmt(ui.firstReported, deal.kind, deal.date))];
    const status = [el('b', null, deal.status)];
    if (deal.since) status.push(' ' + fmt(ui.since, deal.since));
    if (view.asOf) status.push('; ' + fmt(ui.asOf, view.asOf, statusIn(view, id)));
    nodes.push(labelled(ui.statusNow, ...status));
    if (deal.headline) nodes.push(labelled(ui.announcedAs, deal.headline));
    nodes.push(labelled(ui.parties, ...joined(deal.parties.map((p) => entityLink(p, view)), ', ')));

    nodes.push(el('h3', null, ui.flows));
    const flows = el('table');
    deal.flows.forEach((flow, i) => {
      const cell = el('td', i === flowNumber ? 'chosen' : null);
      cell.append(entityLink(flow.from, view), ' \u2192 ', entityLink(flow.to, view), ' \u00b7 ' + flow.type);
      if (flow.amounts) cell.append(' \u00b7 ', el('b', null, flow.amounts));
      if (flow.note) cell.append(el('br'), el('span', 'meta', flow.note));
      const row = el('tr');
      row.append(cell);
      flows.append(row);
    });
    nodes.push(flows);

    const numbered = deal.sources;
    if (deal.history.length) {
      nodes.push(el('h3', null, ui.history));
      const history = el('table');
      for (const step of deal.history) {
        const what = el('td');
        what.append(el('b', null, step.status));
        if (step.note) what.append(' \u2014 ' + step.note);
        const refs = step.sources.map((s) => {
          const source = sources.get(s);
          return '[' + (numbered.indexOf(s) + 1) + '] ' + (source ? source.publisher : s);
        });
        if (refs.length) what.append(el('br'), el('span', 'meta', refs.join('; ')));
        const row = el('tr');
        row.append(el('td', 'date', step.date), what);
        history.append(row);
      }
      nodes.push(history);
    }
    if (deal.notes) nodes.push(el('h3', null, ui.notes), el('p', null, deal.notes));
    nodes.push(el('h3', null, ui.sources));
    if (numbered.length) {
      const list = el('ol');
      for (const s of numbered) list.append(sources.has(s) ? sourceItem(sources.get(s)) : el('li', null, s));
      nodes.push(list);
    } else {
      nodes.push(el('p', 'meta', ui.noSources));
    }
    return nodes;
  }

  function showDetails() {
    const view = views[current];
    let nodes;
    if (chosen && chosen.kind === 'entity') nodes = entityDetails(chosen.id, view);
    else if (chosen && chosen.kind === 'deal' && deals.has(chosen.id)) nodes = dealDetails(chosen.id, chosen.flow, view);
    else nodes = overview(view);
    if (chosen) {
      const back = el('button', 'link', ui.back);
      back.type = 'button';
      back.addEventListener('click', () => choose(null));
      const p = el('p', 'meta');
      p.append(back);
      nodes.push(p);
    }
    details.replaceChildren(...nodes);
    details.scrollTop = 0;
  }

  function choose(what) {
    chosen = what;
    showDetails();
    relight();
  }

  // ---- Pointer and keys on the graph ----

  for (const view of views) {
    if (!view.svg) continue;
    view.svg.addEventListener('mouseover', (event) => {
      pointed = targetOf(event.target);
      relight();
    });
    view.svg.addEventListener('mouseleave', () => {
      pointed = null;
      relight();
    });
    view.svg.addEventListener('click', (event) => choose(targetOf(event.target)));
    view.svg.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && event.target.closest('[data-entity]')) {
        event.preventDefault();
        event.stopPropagation();
        choose(targetOf(event.target));
      }
    });
  }

  // ---- A story, step by step ----

  const previous = document.getElementById('previous');
  const next = document.getElementById('next');
  const counter = document.getElementById('counter');

  function show(index) {
    if (index < 0 || index >= views.length) return;
    sections[current].hidden = true;
    current = index;
    sections[current].hidden = false;
    pointed = null;
    if (counter) counter.textContent = fmt(ui.counter, current + 1, views.length);
    if (previous) previous.disabled = current === 0;
    if (next) next.disabled = current === views.length - 1;
    showDetails();
    relight();
  }

  if (previous) previous.addEventListener('click', () => show(current - 1));
  if (next) next.addEventListener('click', () => show(current + 1));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      choose(null);
      return;
    }
    if (views.length < 2) return;
    // A focused button takes its own Enter and space.
    if ((event.key === ' ' || event.key === 'Enter') && event.target.closest('button, a')) return;
    const forward = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key) ||
      (event.key === ' ' && !event.shiftKey);
    const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key) ||
      (event.key === ' ' && event.shiftKey);
    if (forward || back || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      show(event.key === 'Home' ? 0 : event.key === 'End' ? views.length - 1 : current + (forward ? 1 : -1));
    }
  });

  show(0);
})();
