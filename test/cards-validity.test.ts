/**
 * Every Adaptive Card template in cards/ (found by listing cards/*.json), filled with every
 * sample data set in cards/samples/<template>.<sample>.json, must parse and validate with the
 * official `adaptivecards` parser with zero errors and zero warnings, declare version 1.5 at
 * most, and use only Adaptive Cards 1.4 features (every Teams client shows those).
 *
 * A new template needs at least one sample data set: add cards/samples/<template>.<name>.json
 * holding the data the template is filled with (what cards/*.ts passes as $root).
 */
import { join } from 'node:path';
import { CARDS_DIR, loadCatalog, matchSample, unresolvedBindings } from '../manifest/gallery/catalog';
import { checkCard, MAX_TEAMS_VERSION } from '../manifest/gallery/validate';

const catalog = loadCatalog();

describe('card templates and their samples', () => {
  it('finds the card templates in cards/', () => {
    expect(catalog.templates.length).toBeGreaterThan(0);
  });

  it('has a sample data set for every template', () => {
    const message = catalog.withoutSamples
      .map((t) => `cards/${t}.json has no sample data: add cards/samples/${t}.<name>.json with the data it is filled with`)
      .join('\n');
    expect(message).toBe('');
  });

  it('has no sample that names a missing template', () => {
    const message = catalog.orphanSamples
      .map((f) => `cards/samples/${f} matches no template in cards/ (name it <template>.<name>.json)`)
      .join('\n');
    expect(message).toBe('');
  });

  it('splits sample file names on the template name', () => {
    expect(matchSample('reminder-set.weekly.json', ['reminder', 'reminder-set'])).toEqual({ template: 'reminder-set', sample: 'weekly' });
    expect(matchSample('answer.json', ['answer'])).toBeUndefined();
    expect(matchSample('answer.a.b.json', ['answer'])).toBeUndefined();
  });
});

// one test per template x sample, generated from whatever is in cards/ right now
const cases = catalog.samples.map((s) => [s.id, s] as const);

describe.each(cases.length > 0 ? cases : [['(no samples)', undefined] as const])('card %s', (_id, sample) => {
  if (!sample) {
    it.skip('has nothing to check', () => undefined);
    return;
  }

  it('expands from its template with its sample data', () => {
    expect(sample.error).toBeUndefined();
    expect(sample.card).toBeDefined();
    expect(unresolvedBindings(sample.card)).toEqual([]);
  });

  it(`parses and validates with zero errors and warnings, version <= ${MAX_TEAMS_VERSION}`, () => {
    const check = checkCard(sample.card);
    expect(check.problems).toEqual([]);
    expect(check.version).toBeDefined();
  });

  it('uses only Adaptive Cards 1.4 features (Teams shows some 1.5 cards as "couldn\'t be displayed")', () => {
    expect(checkCard(sample.card).beyondPreferred).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reports unknown elements, properties beyond the declared version, and versions above 1.5', () => {
    const bad = checkCard({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [{ type: 'TextBlock', text: 'x', style: 'heading' }, { type: 'Bogus' }],
    });
    expect(bad.problems.join('\n')).toMatch(/UnsupportedProperty/);
    expect(bad.problems.join('\n')).toMatch(/UnknownElementType/);
    expect(checkCard({ type: 'AdaptiveCard', version: '1.6', body: [] }).problems.join('\n')).toMatch(/above 1\.5/);
  });

  it('reports a 1.5 feature in a 1.5 card as beyond the preferred 1.4', () => {
    const check = checkCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', style: 'heading' }] });
    expect(check.problems).toEqual([]);
    expect(check.beyondPreferred.join('\n')).toMatch(/style/);
  });

  it('reports required inputs without a label', () => {
    const check = checkCard({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'Input.Text', id: 'a', isRequired: true }] });
    expect(check.problems.join('\n')).toMatch(/RequiredInputsShouldHaveLabel/);
  });

  it('reads the templates from cards/', () => {
    expect(CARDS_DIR).toBe(join(__dirname, '..', 'cards'));
  });
});
