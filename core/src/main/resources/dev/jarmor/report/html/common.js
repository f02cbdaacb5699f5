'use strict';
/* What every page of jarmor's HTML reports shares. Data reaches the page as text nodes only (el, highlight),
   never as markup, so no name or string of the program can become part of the page's structure. */

/** The JSON report this page carries. */
function reportData() {
  return JSON.parse(document.getElementById('jarmor-report').textContent);
}

/**
 * An element: attrs sets attributes (class, id, data-*, on<event> handlers; null and false leave one out), and
 * each child is a node, a string (a text node), an array of those, or null (left out).
 */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child != null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** A number with thousands separated, the same in every locale. */
function num(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 class", "3 classes". */
function count(n, one, many) {
  return num(n) + ' ' + (n === 1 ? one : many || one + 's');
}

/** "33%" of a whole; nothing of nothing is 0%. */
function percent(part, whole) {
  return (whole === 0 ? 0 : Math.round(100 * part / whole)) + '%';
}

/** The text with each occurrence of query (lower case) marked, as nodes. */
function highlight(text, query) {
  if (!query) {
    return [text];
  }
  const nodes = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, from)) {
    nodes.push(text.slice(from, at), el('mark', null, text.slice(at, at + query.length)));
    from = at + query.length;
  }
  nodes.push(text.slice(from));
  return nodes;
}

/**
 * A details element whose body fill() builds when it first opens: a large program's tree costs only what is
 * looked at.
 */
function lazyDetails(attrs, summary, fill, open) {
  const details = el('details', attrs, el('summary', null, summary));
  let filled = false;
  const fillOnce = () => {
    if (!filled && details.open) {
      filled = true;
      append(details, [fill()]);
    }
  };
  details.addEventListener('toggle', fillOnce);
  if (open) {
    details.open = true;
    fillOnce();
  }
  return details;
}

/** A section with its heading; count, when given, beside the heading. */
function section(id, title, countText, ...content) {
  return el('section', {id}, el('h2', null, title, countText == null ? null : el('span', {class: 'count'}, countText)),
    content);
}

/** A reason as the text reports show it: its text, then its source in brackets. */
function reasonNodes(reason, query) {
  return [highlight(reason.reason, query), ' ', el('span', {class: 'source'}, '[' + reason.source + ']')];
}

/** A list of reasons, one an item. */
function reasonList(reasons, query) {
  return el('ul', {class: 'reasons'}, reasons.map(reason => el('li', null, reasonNodes(reason, query))));
}

/** Calls f after the user has stopped typing for a moment. */
function debounce(f, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => f(...args), ms);
  };
}
