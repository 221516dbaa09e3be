// Teams-shaped message activities for the benchmark, as the Bot Connector posts them to
// /api/messages: personal chats, group chats, and channel posts that @mention the bot.
//
// The stream is spread over many conversations (and tenants), each walking the question set
// in order from its own starting point, so that a per-conversation rate limit or lock is not
// what the HTTP benchmark measures, and follow-ups still come after questions.
import { QUESTIONS } from './questions';

export const BOT = { id: '28:00000000-0000-4000-8000-00000000b07e', name: 'Board Assistant' };

export interface StreamOptions {
  /** Where replies go (the capture Bot Connector), ending in "/". */
  serviceUrl: string;
  /** Distinct conversations the messages are spread over. */
  conversations: number;
  /** Distinct tenants the conversations belong to. */
  tenants: number;
}

const hex = (n: number, width = 8) => n.toString(16).padStart(width, '0');
type ConversationType = 'personal' | 'groupChat' | 'channel';
const TYPES: readonly ConversationType[] = ['personal', 'groupChat', 'channel'];

/** Conversation number `c`: its id, type and tenant. */
export function conversationOf(c: number, tenants: number) {
  const conversationType = TYPES[c % TYPES.length]!;
  const tenantId = `bench-tenant-${hex(c % tenants, 4)}-0000-4000-8000-000000000000`;
  const id =
    conversationType === 'personal'
      ? `a:1bench${hex(c)}`
      : conversationType === 'groupChat'
        ? `19:bench${hex(c)}@thread.v2`
        : `19:bench${hex(c)}@thread.tacv2;messageid=${1700000000000 + c}`;
  return { id, conversationType, tenantId };
}

/** The activity a user in conversation `c` sends, saying `text`. */
export function teamsMessage(text: string, c: number, seq: number, o: Omit<StreamOptions, 'conversations'>): Record<string, unknown> {
  const conv = conversationOf(c, o.tenants);
  const channel = conv.conversationType === 'channel';
  const mention = `<at>${BOT.name}</at>`;
  const now = new Date();
  return {
    type: 'message',
    id: `${now.getTime()}${seq}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    localTimezone: 'Europe/London',
    serviceUrl: o.serviceUrl,
    channelId: 'msteams',
    from: { id: `29:bench-user-${hex(c % 997)}`, name: 'Ann Clerk', aadObjectId: `00000000-0000-4000-8000-${hex(c % 997, 12)}` },
    conversation: {
      id: conv.id,
      conversationType: conv.conversationType,
      tenantId: conv.tenantId,
      ...(conv.conversationType === 'personal' ? {} : { isGroup: true }),
    },
    recipient: BOT,
    textFormat: 'plain',
    locale: 'en-GB',
    text: channel ? `${mention} ${text}` : text,
    attachments: [],
    entities: [
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' },
      ...(channel ? [{ type: 'mention', text: mention, mentioned: BOT }] : []),
    ],
    channelData: {
      tenant: { id: conv.tenantId },
      ...(channel ? { team: { id: `19:bench-team-${hex(c % 50)}@thread.tacv2` }, channel: { id: conv.id.split(';')[0] } } : {}),
    },
  };
}

/**
 * The k-th activity of the stream: conversation k mod C, which asks the question after
 * the one it asked last time (starting from its own place in the set).
 */
export function streamMessage(k: number, o: StreamOptions): Record<string, unknown> {
  const c = k % o.conversations;
  const turn = Math.floor(k / o.conversations);
  const [, text] = QUESTIONS[(c * 13 + turn) % QUESTIONS.length]!;
  return teamsMessage(text, c, k, o);
}
