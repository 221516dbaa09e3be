// The card templates: fully expanded, schema 1.5 declared but only 1.4 features used,
// en-GB dates, quotes on demand, buttons that reach the bot in Teams.
import type { Answer } from '../knowledge/types';
import { ASK_EXAMPLE, answerCard, answerView, button, CARD_MEMORY_BYTES, cardMemory, clarifyCard, fallbackCard, fill, helpCard, questionChoices, welcomeCard, type CardAttachment } from '../cards';
import { formatDate } from '../knowledge/dates';
import answerTemplate from '../cards/answer.json';
import { FakeEngine, SFC } from './bot-fakes';

const ELEMENTS_1_4 = new Set(['TextBlock', 'Container', 'ColumnSet', 'Column', 'FactSet', 'Image', 'ImageSet', 'ActionSet', 'RichTextBlock', 'TextRun', 'Media']);
const ACTIONS_1_4 = new Set(['Action.Submit', 'Action.ShowCard', 'Action.OpenUrl', 'Action.ToggleVisibility']);
// properties that arrived in 1.5 (or are Teams-unsafe): none may appear
const PROPS_1_5 = ['isEnabled', 'mode', 'tooltip', 'showBorder', 'roundedCorners', 'targetWidth', 'rtl'];

function check(card: CardAttachment): string[] {
  const problems: string[] = [];
  const content = card.content;
  if (card.contentType !== 'application/vnd.microsoft.card.adaptive') problems.push('content type');
  if (content.version !== '1.5') problems.push(`version ${String(content.version)}`);
  const json = JSON.stringify(content);
  if (json.includes('${')) problems.push('unexpanded template');
  if (json.includes('"$data"') || json.includes('"$when"')) problems.push('template directives left');
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type !== 'AdaptiveCard' && o.type !== 'mention') {
      const ok = o.type.startsWith('Action.') ? ACTIONS_1_4.has(o.type) : ELEMENTS_1_4.has(o.type) || o.type.startsWith('Input.');
      if (!ok) problems.push(`${where}: ${o.type} is not a 1.4 feature`);
    }
    if (o.style === 'heading') problems.push(`${where}: style heading is 1.5`);
    for (const p of PROPS_1_5) if (p in o) problems.push(`${where}: ${p} is 1.5`);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v, `${where}.${k}`);
  };
  walk(content, '$');
  return problems;
}

const answer = (): Answer => new FakeEngine().answer({ ...SFC });

describe('answer card', () => {
  test('its first TextBlock is the verdict and the sentence; then title, explanation, as-at date, changes and sources', () => {
    const card = answerCard(answerView(answer(), [button('In 2008?', 'ask', undefined, 'What about in 2008?')]));
    expect(check(card)).toEqual([]);
    const body = card.content.body as { type: string; text?: string }[];
    expect(body[0]).toMatchObject({ type: 'TextBlock', text: 'Yes: sixth-form-college is a relevant partner.', weight: 'Bolder' });
    expect(card.content.fallbackText).toBe('Yes: sixth-form-college is a relevant partner.');
    const json = JSON.stringify(card.content);
    for (const s of ['Is sixth-form-college covered?', 'Because the notice says so.', 'As at 31 October 2010', 'What is changing', '31 October 2010: The Government will remove', 'Sources', 'DCSF 2008, para 14', 'DfE 2010 notice (Duty to cooperate)', 'Strengthening Children’s Trusts'])
      expect(json).toContain(s);
    // no colour carries meaning: Teams' own greens and yellows do not read on its white
    expect(json).not.toContain('"color"');
  });

  test('the quotes are on demand, behind one "Show the words" toggle in the Sources block', () => {
    const card = answerCard(answerView(answer()));
    const json = JSON.stringify(card.content);
    expect(json.match(/Action\.ToggleVisibility/g)).toHaveLength(1);
    expect(json).not.toContain('Action.ShowCard');
    expect(json).toContain('“relevant partners”');
    expect(json).toContain('"targetElements":["quotes-1","quotes-2"]');
    expect(json.match(/"isVisible":false/g)).toHaveLength(2);
  });

  test('one entry per cited unit, its quotes together, however often the answer cites it', () => {
    const cite = (quote: string, label = 'DfE 2010 notice (Duty to cooperate)') => ({ source: 'dfe-2010', section: 'Duty to cooperate', quote, label, sourceTitle: 'More freedom and flexibility' });
    const a: Answer = { ...answer(), citations: [cite('first words'), cite('second words'), cite('first words'), cite('other', 'DCSF 2008, para 14')] };
    const view = answerView(a);
    expect(view.sources.map((s) => [s.label, s.quotes.map((q) => q.text)])).toEqual([
      ['DfE 2010 notice (Duty to cooperate)', ['“first words”', '“second words”']],
      ['DCSF 2008, para 14', ['“other”']],
    ]);
    const json = JSON.stringify(answerCard(view).content);
    expect(json.match(/"text":"DfE 2010 notice \(Duty to cooperate\)"/g)).toHaveLength(1);
  });

  test('an open question: the headline first, no verdict', () => {
    const a: Answer = { ...answer(), verdict: undefined, dateNote: undefined, changes: [] };
    const card = answerCard(answerView(a));
    expect(check(card)).toEqual([]);
    expect((card.content.body as { text: string }[])[0].text).toBe('sixth-form-college is a relevant partner.');
    expect(JSON.stringify(card.content)).not.toContain('What is changing');
  });

  test('list answers show their items; an answer without citations shows no Sources block', () => {
    const a: Answer = { ...answer(), items: [{ name: 'Police authorities', called: 'the police' }, { name: 'Schools', called: 'schools', note: 'removal announced' }], citations: [] };
    const card = answerCard(answerView(a));
    expect(check(card)).toEqual([]);
    const json = JSON.stringify(card.content);
    expect(json).toContain('• Police authorities');
    expect(json).toContain('• Schools (removal announced)');
    expect(json).not.toContain('"Sources"');
    expect(json).not.toContain('Show the words');
  });

  test('follow-up buttons: short titles, Action.Submit messageBack with the whole question and the query', () => {
    const card = answerCard(answerView(answer(), [button('Now?', 'ask', SFC, 'What about now?'), button('All partners', 'ask', undefined, 'Which bodies are relevant partners?')]));
    const actions = card.content.actions as { type: string; title: string; data: Record<string, unknown> }[];
    expect(actions.map((a) => a.title)).toEqual(['Now?', 'All partners']);
    expect(actions[0]).toMatchObject({ type: 'Action.Submit', data: { action: 'ask', query: SFC, msteams: { type: 'messageBack', text: 'What about now?', displayText: 'What about now?' } } });
    expect(actions[1].data.query).toBeUndefined();
  });
});

describe('other cards', () => {
  const examples = questionChoices(['Are sixth form colleges relevant partners?', 'Which bodies are relevant partners?']);
  const view = { heading: 'What Board Assistant can do', intro: 'I answer questions.', abilities: [{ text: 'Partners' }], tip: 'Mention me.', examples, askData: { ...ASK_EXAMPLE }, actions: [] };

  test('help and welcome cards: abilities, and example questions in a list with one Ask button (plus the welcome\'s own)', () => {
    expect(check(helpCard(view))).toEqual([]);
    expect((helpCard(view).content.actions as { title: string }[]).map((a) => a.title)).toEqual(['Ask']);
    const welcome = welcomeCard({ ...view, actions: [button('Set up our board')] });
    expect(check(welcome)).toEqual([]);
    expect((welcome.content.actions as { title: string; associatedInputs?: string }[]).map((a) => [a.title, a.associatedInputs])).toEqual([['Ask', undefined], ['Set up our board', 'none']]);
    const json = JSON.stringify(helpCard(view).content);
    expect(json).toContain('• Partners');
    expect(json).toContain('"type":"Input.ChoiceSet","id":"question"');
  });

  test('clarify card: the prompt, every choice in the body, one Answer button carrying each choice\'s query', () => {
    const choices = Array.from({ length: 8 }, (_, i) => ({ title: `Choice ${i + 1}`, value: String(i + 1) }));
    const card = clarifyCard({ prompt: 'Which body do you mean?', choices, answerData: { action: 'clarify', queries: { 1: SFC } } });
    expect(check(card)).toEqual([]);
    expect((card.content.actions as unknown[]).length).toBe(1);
    expect(JSON.stringify(card.content).match(/"title":"Choice \d"/g)).toHaveLength(8);
  });

  test('fallback card', () => {
    const card = fallbackCard({ message: "I can't answer that.", canHelpHeading: 'I can help with:', abilities: [{ text: 'Partners' }], examples, askData: { ...ASK_EXAMPLE } });
    expect(check(card)).toEqual([]);
    expect((card.content.body as { text: string }[])[0].text).toBe("I can't answer that.");
  });
});

test('dates are en-GB: day month year, no leading zero', () => {
  expect(formatDate('2010-10-31')).toBe('31 October 2010');
  expect(formatDate('2008-07-02')).toBe('2 July 2008');
  expect(formatDate('not a date')).toBe('not a date');
});

describe('cards filled before', () => {
  test('the same data gets the same card as filling the template afresh, shared and frozen', () => {
    const view = answerView(answer(), [button('In 2008?')]);
    const first = answerCard(view);
    const again = answerCard({ ...view });
    expect(again.content).toEqual(fill(answerTemplate, view));
    expect(again.content).toBe(first.content);
    expect(() => {
      'use strict';
      (first.content.body as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(answerCard(view).content).toEqual(fill(answerTemplate, view));
  });

  test('the memory is bounded by bytes however many different cards are filled; a card asked for again stays in it', () => {
    const view = answerView(answer(), [button('What about in 2008?')]);
    const kept = answerCard(view).content;
    for (let i = 0; i < 2_000; i++) {
      answerCard({ ...view, title: `A different question ${i}`, explanation: [{ text: 'x'.repeat(2_000 + i) }] } as typeof view);
      if (i % 100 === 0) expect(answerCard(view).content).toBe(kept); // recently used: not the one pushed out
    }
    const { cards, bytes } = cardMemory();
    expect(bytes).toBeLessThanOrEqual(CARD_MEMORY_BYTES);
    expect(bytes).toBeGreaterThan(CARD_MEMORY_BYTES / 2);
    expect(cards).toBeLessThan(2_000);
  });

  test('different data gets its own card', () => {
    const view = answerView(answer());
    expect(answerCard({ ...view, title: 'Another title' }).content).not.toEqual(answerCard(view).content);
    expect(JSON.stringify(answerCard({ ...view, title: 'Another title' }).content)).toContain('Another title');
  });
});
