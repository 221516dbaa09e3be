// Saved conversation references: where the bot may later post on its own (reminders).
//
// The handler calls `remember(activity)` on every incoming activity (a reference goes stale
// when Teams moves a conversation to another serviceUrl) and on install; `forget(id)` when
// the app is removed or Teams answers 403 BotNotInConversationRoster.
//
// For a channel, the reference points at the channel itself (Teams' ";messageid=..." thread
// suffix removed), so a proactive message starts a new post instead of replying in a thread.
//
// Usage (reminders/):
//   const conversations = new ConversationStore(createKeyv('conversations'));
//   for (const c of await conversations.list()) if (c.conversationType === 'channel') ...
//   await sendProactive(deps, c.id, { type: 'message', text: 'Board meets tomorrow' });
import type { Keyv } from 'keyv';
import { LRUCache } from 'lru-cache';
import type { Activity, ConversationReference } from 'botbuilder';

export type ConversationType = 'personal' | 'groupChat' | 'channel' | string;

export interface SavedConversation {
  /** Conversation id (for channels: the channel, without the thread suffix). */
  id: string;
  conversationType: ConversationType;
  /** What `adapter.continueConversationAsync` needs. */
  reference: Partial<ConversationReference>;
  serviceUrl: string;
  tenantId?: string;
  /** Teams team id and channel id, for channel conversations. */
  teamId?: string;
  teamsChannelId?: string;
  /** ISO timestamp of the first and the latest activity seen. */
  firstSeen: string;
  lastSeen: string;
  /** True once the app was seen being installed here (or a user spoke to it). */
  installed: boolean;
}

type ActivityLike = Partial<Activity> & Pick<Activity, 'conversation' | 'serviceUrl'>;

/** Removes Teams' thread suffix: "19:abc@thread.tacv2;messageid=123" -> "19:abc@thread.tacv2". */
export function baseConversationId(id: string): string {
  const i = id.indexOf(';messageid=');
  return i >= 0 ? id.slice(0, i) : id;
}

/** The reference to a conversation an activity came from (user -> bot), for proactive use. */
export function referenceOf(activity: ActivityLike): Partial<ConversationReference> {
  const conversation = { ...activity.conversation, id: baseConversationId(activity.conversation.id) };
  return {
    // bot and user swap sides: the reference is written from the bot's point of view
    bot: activity.recipient,
    user: activity.from,
    conversation,
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    locale: activity.locale,
  };
}

/**
 * Conversations whose last saved reference this process keeps in memory: about 700 bytes of
 * heap each, so 2,000 take about 1.4 MB. A local authority has a few hundred conversations
 * active at once, a shared service a few thousand; a conversation not among them costs one
 * store read when it speaks (about 10 µs on SQLite, a round trip on Redis), not a write.
 */
export const RECENT_CONVERSATIONS = 2_000;

export class ConversationStore {
  /**
   * The reference this process last read or saved, per conversation: a message in a known
   * conversation then costs no store read. A store write by another instance is at worst
   * seen a day late (the daily refresh), and an install always reads the store.
   */
  private readonly recent = new LRUCache<string, SavedConversation>({ max: RECENT_CONVERSATIONS });

  constructor(private readonly keyv: Keyv<SavedConversation>, private readonly clock: () => Date = () => new Date()) {}

  /**
   * Saves or refreshes the reference of the conversation `activity` belongs to. Writes only
   * when something that matters changed (serviceUrl, bot account, installed flag) or the
   * entry is a day old, so a busy conversation does not cost a write per message.
   */
  async remember(activity: ActivityLike, opts: { installed?: boolean } = {}): Promise<SavedConversation | undefined> {
    if (!activity.conversation?.id || !activity.serviceUrl) return undefined;
    const id = baseConversationId(activity.conversation.id);
    const now = this.clock().toISOString();
    const existing = (opts.installed === undefined ? this.recent.get(id) : undefined) ?? (await this.keyv.get(id)) ?? undefined;
    const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string }; channel?: { id?: string } };
    const next: SavedConversation = {
      id,
      conversationType: activity.conversation.conversationType ?? (activity.conversation.isGroup ? 'groupChat' : 'personal'),
      reference: referenceOf(activity),
      serviceUrl: activity.serviceUrl,
      tenantId: activity.conversation.tenantId ?? channelData.tenant?.id ?? existing?.tenantId,
      teamId: channelData.team?.id ?? existing?.teamId,
      teamsChannelId: channelData.channel?.id ?? existing?.teamsChannelId,
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
      installed: opts.installed ?? existing?.installed ?? true,
    };
    if (existing && !this.changed(existing, next)) {
      this.recent.set(id, existing);
      return existing;
    }
    await this.keyv.set(id, next);
    this.recent.set(id, next);
    return next;
  }

  async get(conversationId: string): Promise<SavedConversation | undefined> {
    return (await this.keyv.get(baseConversationId(conversationId))) ?? undefined;
  }

  /** Every saved conversation (order unspecified). */
  async list(filter?: (c: SavedConversation) => boolean): Promise<SavedConversation[]> {
    const out: SavedConversation[] = [];
    if (!this.keyv.iterator) throw new Error('ConversationStore.list: this store cannot be listed');
    for await (const [, value] of this.keyv.iterator(undefined)) {
      const c = value as SavedConversation | undefined;
      if (c && (!filter || filter(c))) out.push(c);
    }
    return out;
  }

  /** Forgets a conversation (app removed, bot no longer in the roster). */
  async forget(conversationId: string): Promise<boolean> {
    const id = baseConversationId(conversationId);
    this.recent.delete(id);
    return this.keyv.delete(id);
  }

  private changed(a: SavedConversation, b: SavedConversation): boolean {
    const dayMs = 24 * 60 * 60 * 1000;
    return (
      a.serviceUrl !== b.serviceUrl ||
      a.installed !== b.installed ||
      a.reference.bot?.id !== b.reference.bot?.id ||
      a.tenantId !== b.tenantId ||
      a.teamId !== b.teamId ||
      Date.parse(b.lastSeen) - Date.parse(a.lastSeen) > dayMs
    );
  }
}
