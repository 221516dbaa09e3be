// Card gallery page script (runs in the browser; plain JavaScript, no build step).
// Renders every sample from /api/cards with the official Adaptive Cards renderer under the
// Microsoft Teams light, dark and high-contrast host configs at desktop width, and the light
// one at phone width (360 px), then measures each card (card-checks.js: cut-off labels, text
// contrast). Records the outcome in window.__gallery for the browser test:
// { ready, results: [{ id, theme, ok, problems, height, labels, contrast }], actions, errors }.
/* global AdaptiveCards */
(function () {
  'use strict';

  var report = { ready: false, results: [], actions: [], errors: [] };
  window.__gallery = report;
  window.addEventListener('error', function (e) {
    report.errors.push(String(e.message || e));
  });
  window.addEventListener('unhandledrejection', function (e) {
    report.errors.push(String((e.reason && e.reason.message) || e.reason));
  });

  // a view: the host config it uses and the width of the card (Teams' chat on a desktop, a phone)
  var VIEWS = [
    { name: 'light', hostConfig: 'light', width: 460 },
    { name: 'dark', hostConfig: 'dark', width: 460 },
    { name: 'contrast', hostConfig: 'contrast', width: 460 },
    { name: 'phone', hostConfig: 'light', width: 360 },
  ];
  /** The least contrast a TextBlock may have (WCAG 2 AA, normal text). */
  var MIN_CONTRAST = 4.5;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // The subset of Markdown Teams renders in a TextBlock: bold, italic, links, line breaks.
  function markdown(text) {
    var html = escapeHtml(text)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
      .replace(/\n\n|\n/g, '<br>'); // a paragraph break, as Teams draws it, without a blank line
    return '<p style="margin:0">' + html + '</p>';
  }

  function describeEvent(e) {
    var kind = AdaptiveCards.ValidationEvent[e.event] || 'event ' + e.event;
    return kind + ': ' + e.message;
  }

  function describeAction(action) {
    var entry = { type: action.getJsonTypeName(), title: action.title || '' };
    if (action.data !== undefined) entry.data = action.data;
    if (action.verb !== undefined) entry.verb = action.verb;
    if (action.url !== undefined) entry.url = action.url;
    return entry;
  }

  function renderCard(sample, theme, hostConfig, host, problemsList, log) {
    var problems = [];
    var cardJson = sample.card;
    if (sample.error) problems.push('template expansion: ' + sample.error);
    if (sample.check) {
      sample.check.problems.forEach(function (p) {
        problems.push('parser: ' + p);
      });
    }
    if (cardJson) {
      try {
        var card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
        card.onExecuteAction = function (action) {
          var entry = describeAction(action);
          entry.id = sample.id;
          entry.theme = theme;
          report.actions.push(entry);
          log.appendChild(
            el('li', { text: entry.type + ' “' + entry.title + '”' + (entry.data !== undefined ? ' → ' + JSON.stringify(entry.data) : '') }),
          );
        };
        card.onInlineCardExpanded = function (action, isExpanded) {
          report.actions.push({ id: sample.id, theme: theme, type: 'Action.ShowCard', title: action.title || '', expanded: isExpanded });
        };
        var context = new AdaptiveCards.SerializationContext();
        card.parse(cardJson, context);
        for (var i = 0; i < context.eventCount; i++) problems.push('parse ' + describeEvent(context.getEventAt(i)));
        card.validateProperties().validationEvents.forEach(function (e) {
          problems.push('validate ' + describeEvent(e));
        });
        var rendered = card.render();
        if (!rendered) problems.push('render() returned nothing');
        else host.appendChild(rendered);
      } catch (err) {
        problems.push('renderer threw: ' + (err && err.message ? err.message : String(err)));
      }
    } else if (!sample.error) {
      problems.push('no card');
    }
    var measured = { height: Math.round(host.getBoundingClientRect().height), labels: { checked: 0, problems: [] }, contrast: [] };
    if (host.firstChild) {
      measured.labels = window.cardChecks.labels(host);
      measured.contrast = window.cardChecks.contrast(host);
      measured.labels.problems.forEach(function (p) {
        problems.push('label cut off: ' + p);
      });
      measured.contrast.forEach(function (c) {
        if (c.ratio < MIN_CONTRAST) problems.push('contrast ' + c.ratio + ':1 below ' + MIN_CONTRAST + ':1: "' + c.text + '"');
      });
    }
    problems.slice(problemsList.childNodes.length).forEach(function (p) {
      problemsList.appendChild(el('li', { text: p }));
    });
    host.setAttribute('data-status', problems.length === 0 ? 'ok' : 'error');
    report.results.push({ id: sample.id, theme: theme, ok: problems.length === 0, problems: problems, height: measured.height, labels: measured.labels, contrast: measured.contrast });
    return problems.length === 0;
  }

  function fetchJson(url) {
    return fetch(url, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  function start() {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
    Promise.all([fetchJson('/api/cards'), fetchJson('/hostconfig/light.json'), fetchJson('/hostconfig/dark.json'), fetchJson('/hostconfig/contrast.json')])
      .then(function (all) {
        var data = all[0];
        var hostConfigs = { light: all[1], dark: all[2], contrast: all[3] };
        var main = document.getElementById('gallery');
        var failed = 0;
        data.samples.forEach(function (sample) {
          var badge = el('span', { className: 'badge ok', text: 'ok' });
          var panels = VIEWS.map(function (view) {
            var host = el('div', { className: 'card-host', 'data-card': sample.id, 'data-theme': view.name, style: 'width:' + view.width + 'px' });
            var problems = el('ul', { className: 'render-problems' });
            var log = el('ol', { className: 'action-log' });
            var panel = el('div', { className: 'theme', 'data-theme': view.name, 'data-host-config': view.hostConfig }, [
              el('div', { className: 'theme-name', text: view.name === 'phone' ? 'phone, 360 px' : 'Teams ' + view.name + ', ' + view.width + ' px' }),
              host,
              problems,
              log,
            ]);
            return { theme: view.name, hostConfig: view.hostConfig, host: host, problems: problems, log: log, panel: panel };
          });
          var meta = el('aside', { className: 'meta' }, [
            el('div', { text: 'Template: cards/' + sample.template + '.json' }),
            el('div', { text: 'Data: cards/samples/' + sample.id + '.json' }),
            el('pre', { className: 'sample-data', text: JSON.stringify(sample.data, null, 2) }),
          ]);
          if (sample.check && sample.check.beyondPreferred.length > 0) {
            meta.appendChild(el('div', { className: 'problems', text: 'Needs more than Adaptive Cards 1.4: ' + sample.check.beyondPreferred.join('; ') }));
          }
          var section = el('section', { className: 'gallery-item', id: 'card-' + sample.id, 'data-card': sample.id }, [
            el('h2', {}, [
              el('span', { text: sample.template }),
              el('span', { className: 'sample', text: ' · ' + sample.sample }),
              badge,
            ]),
            el('div', { className: 'row' }, [meta].concat(panels.map(function (p) { return p.panel; }))),
          ]);
          main.appendChild(section);
          var ok = true;
          panels.forEach(function (p) {
            ok = renderCard(sample, p.theme, hostConfigs[p.hostConfig], p.host, p.problems, p.log) && ok;
          });
          if (!ok) {
            failed++;
            badge.className = 'badge error';
            badge.textContent = 'renderer problems';
          }
        });
        var summary = document.getElementById('summary');
        var text = data.samples.length + ' samples of ' + data.templates.length + ' templates, ' + failed + ' with problems.';
        if (data.withoutSamples.length) text += ' Templates without samples: ' + data.withoutSamples.join(', ') + '.';
        if (data.orphanSamples.length) text += ' Samples without a template: ' + data.orphanSamples.join(', ') + '.';
        summary.textContent = text;
        if (failed || data.withoutSamples.length || data.orphanSamples.length) summary.className = 'summary bad';
        report.summary = { samples: data.samples.length, templates: data.templates, withoutSamples: data.withoutSamples, failed: failed };
      })
      .catch(function (err) {
        report.errors.push('gallery failed to load: ' + err.message);
        document.getElementById('summary').textContent = 'The gallery failed to load: ' + err.message;
      })
      .then(function () {
        report.ready = true;
        document.body.setAttribute('data-ready', 'true');
      });
  }

  if (typeof AdaptiveCards === 'undefined') {
    report.errors.push('the adaptivecards renderer did not load');
    report.ready = true;
  } else {
    // measure with the page's fonts in place: a label's width depends on them
    (document.fonts ? document.fonts.ready : Promise.resolve()).then(start);
  }
})();
