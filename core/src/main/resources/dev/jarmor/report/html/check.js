/* The page of the check report: the matrix of levels and wire modes with the highest passing level per wire mode,
   each variant's differences (where, original, variant, the retraced trace) and failing and flaky tests, and with
   --fix the rules found, each failure's outcome and the check again with the rules. Drawn from the JSON report
   (CheckReport's schema). */
(() => {
  const report = reportData();
  const page = document.getElementById('page');
  // failing variants open by themselves while they are few; the matrix opens any other
  const OPEN_FAILING = 3;
  page.replaceChildren(verdict(report, 'verdict'), section('matrix', 'Levels and wire modes', null, matrix(report, '')),
    ...(report.fix ? [fixSection(report.fix)] : []),
    section('variants', 'Variants', count(report.variants.length, 'variant'), variants(report, '')));

  function verdict(result, id) {
    const failing = result.variants.filter(v => !v.passed).length;
    return el('p', {class: 'verdict ' + (result.passed ? 'pass' : 'fail'), id}, result.passed
      ? 'Every variant behaves like the original.'
      : count(failing, 'variant') + ' of ' + num(result.variants.length) + (failing === 1 ? ' does' : ' do')
        + ' not behave like the original.');
  }

  /** Levels down, wire modes across; a cell per variant, and the highest level passing in each wire mode. */
  function matrix(result, prefix) {
    const levels = [...new Set(result.variants.map(v => v.level))].sort((a, b) => a - b);
    const wires = ['open', 'closed'].filter(w => result.variants.some(v => v.wire === w));
    const cell = (level, wire) => {
      const v = result.variants.find(x => x.level === level && x.wire === wire);
      if (!v) {
        return el('td', {class: 'cell muted'}, 'not checked');
      }
      return el('td', {class: 'cell', 'data-level': level, 'data-wire': wire, 'data-passed': String(v.passed)},
        el('a', {href: '#' + variantId(v, prefix), title: 'level ' + level + ', wire ' + wire,
          onclick: () => { document.getElementById(variantId(v, prefix)).open = true; }},
          el('span', {class: 'badge ' + (v.passed ? 'pass' : 'fail')}, v.passed ? 'passes' : 'DIFFERS')),
        v.passed ? null : el('div', {class: 'muted'}, failures(v)));
    };
    const highest = wire => {
      const level = result.highestPassingLevel[wire];
      return el('td', {'data-highest': wire}, level == null ? 'none' : 'level ' + level);
    };
    return el('table', {class: 'matrix'},
      el('thead', null, el('tr', null, el('th', null, 'level'), wires.map(w => el('th', null, 'wire ' + w)))),
      el('tbody', null, levels.map(level => el('tr', null, el('th', null, String(level)),
        wires.map(w => cell(level, w))))),
      el('tfoot', null, el('tr', null, el('td', null, 'highest passing'), wires.map(highest))));
  }

  function variantId(v, prefix) {
    return prefix + 'variant-' + v.level + '-' + v.wire;
  }

  /** "1 sequence, 2 tests": what failed in a variant. */
  function failures(v) {
    const sequences = v.sequences.filter(s => !s.passed).length;
    const what = [];
    if (sequences > 0) {
      what.push(count(sequences, 'sequence'));
    }
    if (v.tests.failing.length > 0) {
      what.push(count(v.tests.failing.length, 'test'));
    }
    return what.join(', ');
  }

  function variants(result, prefix) {
    const open = result.variants.filter(v => !v.passed).length <= OPEN_FAILING;
    return result.variants.map(v => variant(v, prefix, open && !v.passed));
  }

  function variant(v, prefix, open) {
    const ran = [];
    if (v.sequences.length > 0) {
      ran.push(count(v.sequences.length, 'run'));
    }
    if (v.tests.compared > 0) {
      ran.push(count(v.tests.compared, 'test') + ' compared');
    }
    const title = ['level ' + v.level + ', wire ' + v.wire + ': ',
      el('span', {class: 'badge ' + (v.passed ? 'pass' : 'fail')}, v.passed ? 'behaves like the original' : 'DIFFERS'),
      ran.length > 0 ? el('span', {class: 'muted'}, ' (' + ran.join(', ') + ')') : null];
    return lazyDetails({class: 'variant', id: variantId(v, prefix)}, title, () => el('div', null,
      v.sequences.map(sequence),
      v.tests.failing.length === 0 ? null : [el('h4', null, 'failing tests'), v.tests.failing.map(test => el('div', null,
        el('code', null, test.id), el('pre', null, test.failure)))],
      v.tests.flaky.length === 0 ? null : [el('h4', null, 'flaky tests (passed when run again alone)'),
        el('ul', null, v.tests.flaky.map(id => el('li', null, el('code', null, id))))]), open);
  }

  function sequence(s) {
    const head = el('h4', null, 'sequence ' + s.sequence, el('span', {class: 'muted'}, ', builds: ' + s.builds + ' '),
      el('span', {class: 'badge ' + (s.passed ? 'pass' : 'fail')}, s.passed ? 'same' : 'differs'));
    if (s.differences.length === 0) {
      return head;
    }
    const shown = new Set(); // an exit status and its stderr often point at one trace: shown once
    return [head, el('table', {class: 'diff wide'},
      el('thead', null, el('tr', null, el('th', null, 'where'), el('th', null, 'original'), el('th', null, 'variant'))),
      el('tbody', null, s.differences.map(d => {
        const trace = d.trace != null && !shown.has(d.trace);
        if (trace) {
          shown.add(d.trace);
        }
        return [el('tr', null, el('td', null, d.where), el('td', {class: 'text'}, d.original),
          el('td', {class: 'text'}, d.variant)),
        trace ? el('tr', null, el('td', {colspan: 3}, el('div', {class: 'muted'}, 'retraced:'), el('pre', null, d.trace)))
          : null];
      })))];
  }

  function fixSection(fix) {
    const status = {fixed: 'pass', 'not minimal': 'kept', unresolved: 'fail'};
    return section('fix', 'Fix search', num(fix.runs) + ' of ' + num(fix.budget) + ' runs',
      el('p', {class: 'verdict ' + (fix.passed ? 'pass' : 'fail')}, fix.passed
        ? 'The check passes with the rules found.'
        : 'The check still differs with the rules found.'),
      el('h3', null, 'rules', el('span', {class: 'count'}, count(fix.rules.length, 'rule'))),
      fix.rules.length === 0 ? el('p', {class: 'empty'}, 'none') : el('pre', {id: 'rules'}, fix.rules.join('\n')),
      el('h3', null, 'failures', el('span', {class: 'count'}, count(fix.failures.length, 'failure'))),
      el('table', {class: 'diff wide'},
        el('thead', null, el('tr', null, ['where', 'status', 'failure', 'rules', 'runs'].map(t => el('th', null, t)))),
        el('tbody', null, fix.failures.map(f => el('tr', null, el('td', null, f.where),
          el('td', null, el('span', {class: 'badge ' + (status[f.status] || 'off')}, f.status)),
          el('td', {class: 'text'}, f.failure),
          el('td', {class: 'text'}, f.rules.length === 0 ? el('span', {class: 'muted'},
            f.status === 'fixed' ? 'the rules found before it' : 'none') : f.rules.join('\n')),
          el('td', {class: 'n'}, num(f.runs)))))),
      el('h3', null, 'the check again with the rules'),
      verdict(fix.confirmed, 'confirmed-verdict'),
      matrix(fix.confirmed, 'confirmed-'),
      variants(fix.confirmed, 'confirmed-'));
  }
})();
