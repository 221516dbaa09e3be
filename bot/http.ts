// Checks a request to /api/messages before the adapter sees it: size, JSON, the fields
// every activity needs. The adapter would answer a bad body with a 500 carrying its own
// internals; the product answers 400 with a reason, and 413 over the size limit.
import type { IncomingMessage } from 'node:http';
import * as z from 'zod';
import { isProactiveEvent } from './gate';

export const MAX_BODY_BYTES = 256 * 1024;
/** How long a request body may take to arrive (a body trickled in byte by byte ties up a socket). */
export const BODY_TIMEOUT_MS = 10000;

/** The activity types the Bot Framework defines; anything else is acknowledged and ignored. */
export const KNOWN_ACTIVITY_TYPES = new Set([
  'message',
  'contactRelationUpdate',
  'conversationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'invoke',
  'invokeResponse',
  'deleteUserData',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'messageReaction',
  'suggestion',
  'trace',
  'handoff',
  'command',
  'commandResult',
]);

export class HttpProblem extends Error {
  constructor(readonly status: number, readonly reason: string) {
    super(reason);
  }
}

/** Reads the body up to `limit` bytes (413 beyond it) within `timeoutMs` (408 after it). */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpProblem(413, `body over ${limit} bytes`);
  let timer: NodeJS.Timeout | undefined;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    timer = setTimeout(() => {
      if (done) return;
      done = true;
      reject(new HttpProblem(408, `request body not received within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new HttpProblem(413, `body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(new HttpProblem(400, `could not read the body: ${err.message}`));
      }
    });
  }).finally(() => clearTimeout(timer));
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Parses and checks an activity. Returns the activity, or throws HttpProblem(400) naming
 * what is wrong. Unknown types pass here (the caller acknowledges and ignores them).
 */
export function parseActivity(body: Buffer): Record<string, unknown> {
  if (body.length === 0) throw new HttpProblem(400, 'empty body: expected a JSON activity');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'body is not valid JSON');
  }
  if (!isObject(parsed)) throw new HttpProblem(400, 'body is not a JSON object');
  const missing: string[] = [];
  if (!nonEmpty(parsed.type)) missing.push('type');
  if (!nonEmpty(parsed.channelId)) missing.push('channelId');
  if (!nonEmpty(parsed.serviceUrl)) missing.push('serviceUrl');
  if (!isObject(parsed.conversation) || !nonEmpty(parsed.conversation.id)) missing.push('conversation.id');
  if (parsed.type === 'message' || parsed.type === 'invoke') {
    if (!isObject(parsed.from) || !nonEmpty(parsed.from.id)) missing.push('from.id');
    if (!isObject(parsed.recipient) || !nonEmpty(parsed.recipient.id)) missing.push('recipient.id');
  }
  if (missing.length) throw new HttpProblem(400, `activity is missing required fields: ${missing.join(', ')}`);
  if (nonEmpty(parsed.serviceUrl)) {
    try {
      const u = new URL(parsed.serviceUrl);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    } catch {
      throw new HttpProblem(400, 'activity serviceUrl is not an http(s) URL');
    }
  }
  if (parsed.text !== undefined && typeof parsed.text !== 'string') throw new HttpProblem(400, 'activity text must be a string');
  checkShape(parsed);
  return parsed;
}

// The shapes botbuilder dereferences without looking (found by fuzzing: a mention entity
// without `mentioned`, `membersAdded` that is not a list, a Teams update without channelData,
// a meeting event without its fields, an Action.Execute without `action`). A real Bot
// Connector never sends these; refusing them at the door keeps them out of the turn. Only
// the verdict of a check is used (the activity goes on as it came): keys no schema names pass.
const account = z.object({ id: z.string(), name: z.string().optional() });
const entity = z.object({ type: z.string(), mentioned: z.unknown().optional() }).refine((e) => e.type.toLowerCase() !== 'mention' || (isObject(e.mentioned) && typeof e.mentioned.id === 'string'), {
  message: 'a mention must name who is mentioned (mentioned.id)',
});
const activityShape = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  timestamp: z.string().optional(),
  localTimestamp: z.string().optional(),
  locale: z.string().optional(),
  replyToId: z.string().optional(),
  deliveryMode: z.string().optional(),
  action: z.string().optional(),
  from: account.optional(),
  recipient: account.optional(),
  conversation: z.object({ id: z.string(), conversationType: z.string().optional(), tenantId: z.string().optional(), isGroup: z.boolean().optional() }),
  entities: z.array(entity).optional(),
  attachments: z.array(z.object({ contentType: z.string() })).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});
const meetingFields = { Id: z.string(), JoinUrl: z.string(), MeetingType: z.string(), Title: z.string() };
const teamsShapes: Record<string, z.ZodType> = {
  'event:application/vnd.microsoft.meetingStart': z.object({ value: z.object({ ...meetingFields, StartTime: z.string() }) }),
  'event:application/vnd.microsoft.meetingEnd': z.object({ value: z.object({ ...meetingFields, EndTime: z.string() }) }),
  'invoke:adaptiveCard/action': z.object({ value: z.object({ action: z.object({ type: z.string() }) }) }),
};
const TEAMS_UPDATES = new Set(['conversationUpdate', 'messageUpdate', 'messageDelete']);

function checkShape(a: Record<string, unknown>): void {
  const problem = (error: z.ZodError) => {
    const first = error.issues[0];
    return new HttpProblem(400, `activity field ${first.path.join('.') || '(activity)'} is malformed: ${first.message}`);
  };
  const general = activityShape.safeParse(a);
  if (!general.success) throw problem(general.error);
  const specific = teamsShapes[`${a.type}:${a.name}`];
  const checked = specific?.safeParse(a);
  if (checked && !checked.success) throw problem(checked.error);
  // botbuilder's Teams invoke handlers read fields of `value` without checking it is there
  if (a.type === 'invoke' && String(a.name).includes('/') && !isObject(a.value)) {
    throw new HttpProblem(400, `activity field value is missing: a ${String(a.name).slice(0, 60)} invoke carries an object`);
  }
  if (a.channelId === 'msteams' && TEAMS_UPDATES.has(String(a.type)) && !isObject(a.channelData)) {
    throw new HttpProblem(400, `activity field channelData is missing: Teams sends it with every ${a.type}`);
  }
}

/**
 * Everything the service checks before the adapter, on a raw body: `serve` hands the activity
 * to the adapter, `ignore` acknowledges it (200) without a turn; HttpProblem(400) otherwise.
 * The HTTP server and the in-process fuzz both go through here.
 */
export function screenActivity(body: Buffer): { action: 'serve' | 'ignore'; activity: Record<string, unknown> } {
  const activity = parseActivity(body);
  // The adapter's own proactive turns skip the gate; nobody outside may pose as one.
  if (isProactiveEvent({ type: String(activity.type), name: typeof activity.name === 'string' ? activity.name : undefined })) {
    throw new HttpProblem(400, 'activity uses a reserved event name');
  }
  return { action: KNOWN_ACTIVITY_TYPES.has(String(activity.type)) ? 'serve' : 'ignore', activity };
}
