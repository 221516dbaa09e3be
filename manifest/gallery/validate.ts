/**
 * Checks an expanded Adaptive Card with the official `adaptivecards` parser, without
 * rendering (no DOM needed): parse with a SerializationContext that targets the card's own
 * declared version, then validateProperties(). Every parse or validation event counts.
 *
 * `adaptivecards` 3.x loads in Node only from its dist/ bundle. Development only.
 */
import type * as ACTypes from 'adaptivecards';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

/** Teams renders schema 1.5 at most. */
export const MAX_TEAMS_VERSION = '1.5';
/** Every Teams client shows 1.4 cards; some show 1.5 cards as "couldn't be displayed". */
export const PREFERRED_VERSION = '1.4';

export interface CardCheck {
  /** The version the card declares, e.g. "1.5"; undefined when missing or unknown. */
  version?: string;
  /** Parse and validation events against the card's declared version (and 1.5 at most). */
  problems: string[];
  /** Features the card uses that need more than 1.4 (events when parsed as a 1.4 card). */
  beyondPreferred: string[];
}

const VERSIONS: Record<string, ACTypes.Version> = {
  '1.0': AC.Versions.v1_0,
  '1.1': AC.Versions.v1_1,
  '1.2': AC.Versions.v1_2,
  '1.3': AC.Versions.v1_3,
  '1.4': AC.Versions.v1_4,
  '1.5': AC.Versions.v1_5,
  '1.6': AC.Versions.v1_6,
};

function describe(event: ACTypes.IValidationEvent): string {
  const kind = AC.ValidationEvent[event.event] ?? `event ${event.event}`;
  const phase = AC.ValidationPhase[event.phase] ?? `phase ${event.phase}`;
  const source = event.source as { getJsonTypeName?: () => string; id?: string } | undefined;
  const where = source?.getJsonTypeName ? ` in ${source.getJsonTypeName()}${source.id ? ` "${source.id}"` : ''}` : '';
  return `${phase} ${kind}${where}: ${event.message}`;
}

/** Parses `card` as a card of version `target`; returns every event. */
export function parseEvents(card: unknown, target: ACTypes.Version): string[] {
  const context = new AC.SerializationContext(target);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card as ACTypes.PropertyBag, context);
  const events: string[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(describe(context.getEventAt(i)));
  for (const e of parsed.validateProperties().validationEvents) events.push(describe(e));
  return events;
}

export function checkCard(card: unknown): CardCheck {
  const problems: string[] = [];
  const declared = (card as { version?: unknown } | null)?.version;
  const version = typeof declared === 'string' && VERSIONS[declared] ? declared : undefined;
  if ((card as { type?: unknown } | null)?.type !== 'AdaptiveCard') problems.push('type is not "AdaptiveCard"');
  if (version === undefined) {
    problems.push(`version ${JSON.stringify(declared)} is not an Adaptive Cards version`);
  } else if (Number(version) > Number(MAX_TEAMS_VERSION)) {
    problems.push(`version ${version} is above ${MAX_TEAMS_VERSION}, the most Teams renders`);
  }
  const target = version && Number(version) <= Number(MAX_TEAMS_VERSION) ? VERSIONS[version]! : AC.Versions.v1_5;
  problems.push(...parseEvents(card, target));
  const beyondPreferred = parseEvents(card, AC.Versions.v1_4).filter((e) => !problems.includes(e));
  return { version, problems, beyondPreferred };
}
