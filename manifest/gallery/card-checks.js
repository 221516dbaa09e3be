// What a person would trip over in a rendered card, measured in the page (plain JavaScript,
// no build step): the card gallery loads it, and the Agents Playground test injects it into
// the Playground's page. Sets window.cardChecks = { labels(root), contrast(root) }.
(function () {
  'use strict';

  function rect(el) {
    return el.getBoundingClientRect();
  }

  function clips(style) {
    return style.overflowX !== 'visible' || style.overflow === 'hidden';
  }

  /** The text of a button or label as the user sees it, on one line. */
  function visibleText(el) {
    return (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Labels a person cannot read whole: a button (or an input's label) whose text overflows
   * its own box (the renderer's "…"), or whose box reaches past an ancestor that clips it
   * (this renderer lets a long button grow and the card's action area cut it off).
   */
  function labels(root) {
    var problems = [];
    var checked = 0;
    var candidates = root.querySelectorAll('button, [role="button"], .ac-pushButton, .ac-input label, .ac-input .ac-choiceSetInput-choice, .ac-toggleInput label');
    var seen = new Set();
    candidates.forEach(function (el) {
      if (seen.has(el)) return;
      seen.add(el);
      var text = visibleText(el);
      var box = rect(el);
      if (!text || box.width === 0 || box.height === 0) return; // hidden (a folded section)
      checked++;
      var why = [];
      // the element or anything inside it cut short by its own box
      [el].concat(Array.prototype.slice.call(el.querySelectorAll('*'))).forEach(function (inner) {
        var style = getComputedStyle(inner);
        if (clips(style) && inner.scrollWidth > inner.clientWidth + 1) why.push('its text is cut short (' + inner.scrollWidth + ' px in ' + inner.clientWidth + ')');
      });
      // an ancestor (up to the root) that clips the element's box
      for (var a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
        var style = getComputedStyle(a);
        if (!clips(style)) continue;
        var outer = rect(a);
        if (box.left < outer.left - 1 || box.right > outer.right + 1) {
          why.push('its box (' + Math.round(box.left) + '-' + Math.round(box.right) + ') is clipped by its container (' + Math.round(outer.left) + '-' + Math.round(outer.right) + ')');
          break;
        }
      }
      if (/(…|\.\.)$/.test(text)) why.push('it ends in "…"');
      if (why.length) problems.push('"' + text + '": ' + why.filter(function (w, i) { return why.indexOf(w) === i; }).join('; '));
    });
    return { checked: checked, problems: problems };
  }

  function parseColour(css) {
    var m = /rgba?\(([^)]+)\)/.exec(css || '');
    if (!m) return null;
    var p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }

  function over(top, bottom) {
    var a = top.a;
    return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
  }

  /** The colour behind an element: its ancestors' backgrounds, blended, on white. */
  function backgroundOf(el) {
    var layers = [];
    for (var a = el; a; a = a.parentElement) {
      var c = parseColour(getComputedStyle(a).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    var colour = { r: 255, g: 255, b: 255, a: 1 };
    for (var i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
    return colour;
  }

  function luminance(c) {
    var ch = [c.r, c.g, c.b].map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  }

  function ratio(fg, bg) {
    var a = luminance(fg);
    var b = luminance(bg);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** WCAG contrast of every visible TextBlock's text against what is behind it. */
  function contrast(root) {
    var blocks = [];
    root.querySelectorAll('.ac-textBlock, .ac-richTextBlock').forEach(function (el) {
      var text = visibleText(el);
      if (!text || rect(el).height === 0) return;
      // the colour of the text itself (a TextRun or a paragraph inside the block)
      var inner = el.querySelector('p, span') || el;
      var bg = backgroundOf(el);
      var fg = over(parseColour(getComputedStyle(inner).color) || { r: 0, g: 0, b: 0, a: 1 }, bg);
      blocks.push({ text: text.slice(0, 60), ratio: Math.round(ratio(fg, bg) * 100) / 100 });
    });
    return blocks;
  }

  window.cardChecks = { labels: labels, contrast: contrast };
})();
