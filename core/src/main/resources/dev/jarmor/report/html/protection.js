/* The page of the protect and explain report: the summary, the passes, the program's packages and classes with what
   each keeps and why, the resources and the notes, all searchable. Drawn from the JSON report (JsonReport's schema).
   A large program draws only what is opened: packages start closed and fill when they open, and a search draws at
   most SHOWN classes. */
(() => {
  const SHOWN = 250;
  const report = reportData();
  const classes = report.classes.map(c => Object.assign({}, c, {
    pkg: c.name.includes('.') ? c.name.slice(0, c.name.lastIndexOf('.')) : '',
    simple: c.name.slice(c.name.lastIndexOf('.') + 1),
    renamed: c.name !== c.newName,
  }));
  const keptPackages = new Map(report.packages.map(p => [p.name, p]));
  const withNotes = classes.filter(c => c.notes.length > 0);

  const searchBox = el('input', {type: 'search', id: 'search', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Search names (original or new), reasons, strings   ( / )',
    'aria-label': 'search'});
  const matchCount = el('span', {class: 'matches', id: 'matches', 'aria-live': 'polite'});
  const treeHead = el('span', {class: 'count'});
  const tree = el('div', {class: 'tree', id: 'tree'});
  const resourcesHead = el('span', {class: 'count'});
  const resources = el('div', {class: 'tree', id: 'resource-list'});
  const notesHead = el('span', {class: 'count'});
  const notes = el('div', {id: 'note-list'});

  const page = document.getElementById('page');
  page.replaceChildren(
    summarySection(report.summary),
    passesSection(report.passes),
    el('div', {class: 'toolbar'}, searchBox, matchCount),
    el('section', {id: 'classes'}, el('h2', null, 'Packages and classes', treeHead), tree),
    el('section', {id: 'resources'}, el('h2', null, 'Resources with adapted strings', resourcesHead), resources),
    el('section', {id: 'notes'}, el('h2', null, 'Notes: lookups by a name known only at run time', notesHead),
      el('p', {class: 'muted'}, 'Only a rule (--keep, --rules) can cover what such a lookup finds; each note spells '
        + 'the rule it suggests where the code says enough. Run the protected program to confirm it.'), notes));
  searchBox.addEventListener('input', debounce(() => draw(searchBox.value), 120));
  document.addEventListener('keydown', event => {
    if (event.key === '/' && document.activeElement !== searchBox) {
      event.preventDefault();
      searchBox.focus();
    }
  });
  // a link to the page may carry a search: report.html#search=LedgerApp
  if (location.hash.startsWith('#search=')) {
    searchBox.value = decodeURIComponent(location.hash.slice('#search='.length));
  }
  draw(searchBox.value);

  function summarySection(s) {
    const names = (what, all, renamed) => el('tr', {'data-kind': what},
      el('td', null, what),
      el('td', {class: 'n', 'data-total': what + '.all'}, num(all)),
      el('td', {class: 'n', 'data-total': what + '.renamed'}, num(renamed)),
      el('td', {class: 'n', 'data-total': what + '.kept'}, num(all - renamed)),
      el('td', null, bar(renamed, all), ' ', el('span', {class: 'muted'}, percent(renamed, all) + ' renamed')));
    const strings = s.adaptedStrings.classes + s.adaptedStrings.resources;
    const lookups = s.lookups.reduce((sum, lookup) => sum + lookup.count, 0);
    return el('section', {id: 'summary'},
      el('h2', null, 'Summary', el('span', {class: 'count', id: 'level'}, 'level ' + report.level)),
      el('table', {class: 'names'},
        el('thead', null, el('tr', null, el('th', null, ''), el('th', {class: 'n'}, 'all'),
          el('th', {class: 'n'}, 'renamed'), el('th', {class: 'n'}, 'keep their names'), el('th', null, ''))),
        el('tbody', null, names('classes', s.classes, s.renamedClasses), names('fields', s.fields, s.renamedFields),
          names('methods', s.methods, s.renamedMethods))),
      el('div', {class: 'cards'},
        el('div', {class: 'card', id: 'kept-by-source'},
          el('h3', null, 'kept names by kind of reason'),
          el('div', null, el('span', {class: 'big', 'data-total': 'keptNames'}, num(s.keptNames)), ' ',
            el('span', {class: 'muted'}, 'names kept')),
          s.keptBySource.length === 0 ? null : el('table', null, el('tbody', null, s.keptBySource.map(kind =>
            el('tr', null, el('td', {class: 'n', 'data-source': kind.source}, num(kind.names)),
              el('td', null, kind.source))))),
          el('p', {class: 'muted'}, 'a name kept for several kinds counts under each')),
        el('div', {class: 'card', id: 'adapted'},
          el('h3', null, 'adapted strings'),
          el('div', null, el('span', {class: 'big', 'data-total': 'strings'}, num(strings))),
          el('p', {class: 'muted'}, num(s.adaptedStrings.classes) + ' in classes, '
            + num(s.adaptedStrings.resources) + ' in resources'),
          el('p', {class: 'muted'}, 'strings that spell a class or member name and follow its new name')),
        el('div', {class: 'card', id: 'lookups'},
          el('h3', null, 'lookups known only at run time'),
          el('div', null, el('span', {class: 'big', 'data-total': 'lookups'}, num(lookups))),
          s.lookups.length === 0 ? el('p', {class: 'muted'}, 'none: every lookup by name was followed')
            : el('table', null, el('tbody', null, s.lookups.map(lookup => el('tr', null,
              el('td', {class: 'n'}, num(lookup.count)), el('td', null, reasonNodes(lookup)))))))));
  }

  function bar(part, whole) {
    return el('span', {class: 'bar', title: percent(part, whole)},
      el('span', {style: 'width:' + (whole === 0 ? 0 : 100 * part / whole).toFixed(1) + '%'}));
  }

  function passesSection(passes) {
    const rows = [];
    for (const pass of passes) {
      const state = pass.selected ? el('span', {class: 'badge pass'}, 'runs')
        : el('span', {class: 'badge off'}, pass.level === null ? 'only with --' + pass.name
          : pass.level > report.level ? 'from level ' + pass.level : 'switched off');
      const row = el('tr', {'data-pass': pass.name, class: pass.selected ? null : 'off'},
        el('td', null, el('code', null, pass.name)), el('td', {class: 'n'}, pass.level === null ? '–' : pass.level), el('td', null, state),
        el('td', {class: 'n classes'}, num(pass.classes)), el('td', {class: 'n sites'}, num(pass.sites)),
        el('td', {class: 'left'}));
      rows.push(row);
      if (pass.leftAlone.length === 0) {
        row.lastChild.append(el('span', {class: 'muted'}, 'none'));
        continue;
      }
      const expansion = el('tr', {class: 'expansion', hidden: true});
      const button = el('button', {type: 'button', 'aria-expanded': 'false', onclick: () => {
        if (!expansion.firstChild) {
          expansion.append(el('td', {colspan: 6}, el('ul', null, pass.leftAlone.map(leftAlone))));
        }
        expansion.hidden = !expansion.hidden;
        button.setAttribute('aria-expanded', String(!expansion.hidden));
        button.textContent = (expansion.hidden ? '\u25B8 ' : '\u25BE ') + count(pass.leftAlone.length, 'method');
      }}, '\u25B8 ' + count(pass.leftAlone.length, 'method'));
      row.lastChild.append(button);
      rows.push(expansion);
    }
    return el('section', {id: 'passes'},
      el('h2', null, 'Passes', el('span', {class: 'count'}, report.level === 0
        ? 'level 0 runs none: the counts say what each pass would change' : 'in the order they run')),
      el('table', {class: 'passes'},
        el('thead', null, el('tr', null, ['pass', 'level', '', 'classes', 'sites', 'methods left alone']
          .map((title, i) => el('th', {class: i === 1 || i === 3 || i === 4 ? 'n' : null}, title)))),
        el('tbody', null, rows)));
  }

  function leftAlone(method) {
    const original = method.class + '.' + method.method;
    const renamed = method.newClass + '.' + method.newMethod;
    return el('li', null, el('code', null, original),
      renamed === original ? null : [' ', el('span', {class: 'muted'}, '\u2192'), ' ', el('code', null, renamed)],
      ': ', method.why);
  }

  /** Draws the classes, resources and notes, all of them or those matching the query. */
  function draw(text) {
    const query = text.trim().toLowerCase();
    if (!query) {
      matchCount.textContent = '';
      delete matchCount.dataset.classes;
      const packages = new Set(classes.map(c => c.pkg)).size;
      treeHead.textContent = count(classes.length, 'class', 'classes') + ' in ' + count(packages, 'package');
      tree.replaceChildren(...treeView(classes, {query: '', open: false, matches: null}));
      drawResources(report.resources, '');
      drawNotes(withNotes, '');
      return;
    }
    const matches = new Map();
    let members = 0;
    let strings = 0;
    let classNotes = 0;
    for (const c of classes) {
      const match = matchClass(c, query);
      if (match) {
        matches.set(c, match);
        members += match.members;
        strings += match.strings;
        classNotes += match.notes;
      }
    }
    const found = [...matches.keys()];
    const shown = found.slice(0, SHOWN);
    const resourceMatches = report.resources.filter(r => matchResource(r, query));
    const noteMatches = withNotes.filter(c => has(c.name, query) || c.notes.some(n => has(n.reason, query)));
    strings += resourceMatches.reduce((sum, r) => sum + r.adaptedStrings.filter(s => matchString(s, query)).length, 0);
    matchCount.dataset.classes = found.length;
    matchCount.textContent = [count(found.length, 'class', 'classes'), count(members, 'kept member'),
      count(strings, 'string'), count(resourceMatches.length, 'resource'), count(classNotes, 'note')].join(' \u00B7 ')
      + ' match';
    treeHead.textContent = found.length > shown.length
      ? 'showing ' + num(shown.length) + ' of ' + num(found.length) + ' matching classes: type more to narrow the search'
      : count(found.length, 'matching class', 'matching classes');
    tree.replaceChildren(...treeView(shown, {query, open: true, matches}));
    drawResources(resourceMatches, query);
    drawNotes(noteMatches, query);
  }

  function has(text, query) {
    return text.toLowerCase().includes(query);
  }

  /** What of a class matches: its names, or how many of its members, strings and notes; null if nothing does. */
  function matchClass(c, query) {
    const name = has(c.name, query) || has(c.newName, query);
    const reasons = c.kept.some(r => has(r.reason, query));
    const members = c.members.filter(m => has(m.name, query) || m.kept.some(r => has(r.reason, query))).length;
    const strings = c.adaptedStrings.filter(s => matchString(s, query)).length;
    const notes = c.notes.filter(n => has(n.reason, query)).length;
    if (!name && !reasons && members + strings + notes === 0) {
      return null;
    }
    return {inside: reasons || members + strings + notes > 0, members, strings, notes};
  }

  function matchString(s, query) {
    return has(s.text, query) || has(s.newText, query) || has(s.names, query) || has(s.where, query)
      || s.why.some(r => has(r.reason, query));
  }

  function matchResource(r, query) {
    return has(r.path, query) || r.adaptedStrings.some(s => matchString(s, query));
  }

  /** The package tree of these classes: one node per package, chains of packages without classes as one node. */
  function treeView(list, context) {
    if (list.length === 0) {
      return [el('p', {class: 'empty'}, context.query ? 'no class matches' : 'no classes')];
    }
    const root = packageTree(list);
    const top = compact(root);
    if (top !== root) {
      return [packageNode(root, '', context, true)];
    }
    const nodes = children(root).map(child => packageNode(child, '', context, context.open));
    if (root.classes.length > 0) {
      nodes.push(packageNode({name: '', nodes: new Map(), classes: root.classes, all: root.classes.length,
        renamed: root.classes.filter(c => c.renamed).length}, '', context, context.open));
    }
    return nodes;
  }

  function packageTree(list) {
    const root = {name: '', nodes: new Map(), classes: [], all: 0, renamed: 0};
    for (const c of list) {
      let node = root;
      for (const part of c.pkg ? c.pkg.split('.') : []) {
        let next = node.nodes.get(part);
        if (!next) {
          next = {name: node.name ? node.name + '.' + part : part, nodes: new Map(), classes: [], all: 0, renamed: 0};
          node.nodes.set(part, next);
        }
        node = next;
      }
      node.classes.push(c);
    }
    tally(root);
    return root;
  }

  function tally(node) {
    node.all = node.classes.length;
    node.renamed = node.classes.filter(c => c.renamed).length;
    for (const child of node.nodes.values()) {
      tally(child);
      node.all += child.all;
      node.renamed += child.renamed;
    }
  }

  function compact(node) {
    let shown = node;
    while (shown.classes.length === 0 && shown.nodes.size === 1) {
      shown = shown.nodes.values().next().value;
    }
    return shown;
  }

  function children(node) {
    return [...node.nodes.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }

  function packageNode(node, parent, context, open) {
    const shown = compact(node);
    const label = shown.name === '' ? '(default package)' : parent ? shown.name.slice(parent.length + 1) : shown.name;
    const kept = keptPackages.get(shown.name);
    const moved = newPackage(shown);
    const summary = [
      el('span', {class: 'name'}, highlight(label, context.query)),
      moved == null ? null : [el('span', {class: 'muted'}, ' \u2192 '), el('code', null, moved)],
      kept ? [' ', el('span', {class: 'badge kept', title: kept.kept.map(r => r.reason).join('\n')}, 'kept')] : null,
      el('span', {class: 'counts', 'data-renamed': shown.renamed, 'data-kept': shown.all - shown.renamed},
        count(shown.all, 'class', 'classes') + ': ' + num(shown.renamed) + ' renamed, ' + num(shown.all - shown.renamed)
        + ' keep their names'),
      bar(shown.renamed, shown.all)];
    return lazyDetails({class: 'pkg', 'data-package': shown.name}, summary, () => el('div', {class: 'children'},
      kept ? reasonList(kept.kept, context.query) : null,
      children(shown).map(child => packageNode(child, shown.name, context, context.open)),
      shown.classes.map(c => classNode(c, context))), open);
  }

  /** Where a package's classes went, when they all went to one other package. */
  function newPackage(node) {
    if (node.classes.length === 0) {
      return null;
    }
    const packages = new Set(node.classes.map(c => c.newName.includes('.')
      ? c.newName.slice(0, c.newName.lastIndexOf('.')) : '(default package)'));
    const only = packages.values().next().value;
    return packages.size === 1 && only !== node.name ? only : null;
  }

  function classNode(c, context) {
    const match = context.matches ? context.matches.get(c) : null;
    const facts = [];
    if (c.members.length > 0) {
      facts.push(count(c.members.length, 'kept member'));
    }
    if (c.renamedMembers > 0) {
      facts.push(count(c.renamedMembers, 'member') + ' renamed');
    }
    if (c.adaptedStrings.length > 0) {
      facts.push(count(c.adaptedStrings.length, 'adapted string'));
    }
    if (c.notes.length > 0) {
      facts.push(count(c.notes.length, 'note'));
    }
    const sources = [...new Set(c.kept.map(r => r.source))];
    const summary = [
      el('span', {class: 'name'}, highlight(c.simple, context.query)),
      c.renamed ? [el('span', {class: 'arrow'}, '\u2192'), el('span', {class: 'newname'}, highlight(c.newName,
        context.query))] : [' ', el('span', {class: c.kept.length > 0 ? 'badge kept' : 'badge off'},
        c.kept.length > 0 ? 'kept' : 'same name'), sources.length > 0 ? ' ' : null,
        sources.length > 0 ? el('span', {class: 'source'}, '[' + sources.join(', ') + ']') : null],
      el('span', {class: 'facts'}, facts.join(' \u00B7 '))];
    return lazyDetails({class: 'cls', 'data-class': c.name}, summary, () => classBody(c, context.query),
      match != null && match.inside);
  }

  function classBody(c, query) {
    const parts = [];
    if (c.kept.length > 0) {
      parts.push(el('h4', null, 'the class keeps its name'), reasonList(c.kept, query));
    }
    if (c.members.length > 0) {
      parts.push(el('h4', null, 'kept members'), el('table', {class: 'members'}, el('tbody', null,
        c.members.map(m => el('tr', null, el('td', {class: 'muted'}, m.kind),
          el('td', null, el('code', null, highlight(m.name, query), m.kind === 'field' ? ' ' : '', m.descriptor),
            m.newDescriptor === m.descriptor ? null
              : el('div', {class: 'muted'}, '\u2192 ', el('code', null, m.newDescriptor))),
          el('td', null, reasonList(m.kept, query)))))));
    }
    if (c.renamedMembers > 0) {
      parts.push(el('p', {class: 'muted'}, count(c.renamedMembers, 'field or method', 'fields and methods')
        + ' renamed (the mapping lists them)'));
    }
    if (c.adaptedStrings.length > 0) {
      parts.push(el('h4', null, 'adapted strings'), stringsTable(c.adaptedStrings, query));
    }
    if (c.notes.length > 0) {
      parts.push(el('h4', null, 'notes'), reasonList(c.notes, query));
    }
    if (parts.length === 0) {
      parts.push(el('p', {class: 'muted'}, 'renamed, and nothing of it kept'));
    }
    return el('div', {class: 'body'}, parts);
  }

  function stringsTable(strings, query) {
    return el('table', {class: 'strings'}, el('tbody', null, strings.map(s => el('tr', null,
      el('td', null, el('code', null, highlight(s.where, query))),
      el('td', null, el('code', null, highlight(JSON.stringify(s.text), query)), ' \u2192 ',
        el('code', null, highlight(JSON.stringify(s.newText), query))),
      el('td', null, reasonList(s.why, query))))));
  }

  function drawResources(list, query) {
    resourcesHead.textContent = query ? num(list.length) + ' of ' + num(report.resources.length) + ' match'
      : count(list.length, 'resource');
    const open = Boolean(query) || list.length <= 20;
    resources.replaceChildren(...capped(list, query ? 'no resource matches' : 'no resource names a class or member',
      r => lazyDetails({class: 'res', 'data-resource': r.path}, [el('code', null, highlight(r.path, query)), ' ',
        el('span', {class: 'source'}, count(r.adaptedStrings.length, 'adapted string'))],
      () => stringsTable(r.adaptedStrings, query), open)));
  }

  function drawNotes(list, query) {
    const total = list.reduce((sum, c) => sum + c.notes.length, 0);
    notesHead.textContent = count(total, 'note') + (query ? ' in matching classes' : '');
    notes.replaceChildren(...capped(list, query ? 'no note matches' : 'none: every lookup by name was followed',
      c => el('div', {class: 'note', 'data-note-class': c.name}, el('h3', null, el('code', null, highlight(c.name, query))),
        reasonList(c.notes, query))));
  }

  /** Each of the first SHOWN items drawn, then how many more there are; or, for none, what none means. */
  function capped(list, none, draw) {
    if (list.length === 0) {
      return [el('p', {class: 'empty'}, none)];
    }
    const nodes = list.slice(0, SHOWN).map(draw);
    if (list.length > SHOWN) {
      nodes.push(el('p', {class: 'more'}, 'and ' + num(list.length - SHOWN) + ' more: search to narrow them down'));
    }
    return nodes;
  }
})();
