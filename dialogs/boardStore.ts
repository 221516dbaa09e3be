// Where a board's profile and its compliance checks are kept: the bot's own store (the
// same botbuilder Storage as the conversation state: SQLite, or Redis when shared), one
// board per team, group chat or personal chat. Writes carry the eTag they read, so two
// people saving at once (or two instances) cannot overwrite each other unseen.
import type { Activity, Storage } from 'botbuilder';
import type { CheckAnswers, ComplianceResult, IsoDate } from '../knowledge/types';
import { baseConversationId } from '../bot/conversations';

export interface BoardProfile {
  laName: string;
  boardName: string;
  /** Knowledge base body ids. */
  partners: string[];
  dcsInPost: boolean;
  leadMemberInPost: boolean;
  meetingPattern: string;
  /** Offer the compliance check when a meeting starts in this chat (off by default). */
  offerCheckAtMeetingStart: boolean;
  updatedBy: string;
  updatedAt: string;
}

/** A check card that was posted and not yet run. */
export interface PendingCheck {
  checkId: string;
  asAt: IsoDate;
  createdAt: string;
}

/** A check that was run: who, when, with what answers, and the result. */
export interface ComplianceRun {
  checkId: string;
  asAt: IsoDate;
  answers: CheckAnswers;
  result: ComplianceResult;
  by: string;
  at: string;
}

export interface ChecksRecord {
  pending: PendingCheck[];
  last?: ComplianceRun;
}

type Stored<T> = T & { eTag?: string };

/** Cards posted but not run are remembered up to this many per board (older ones go stale). */
export const PENDING_KEPT = 10;

/** A Teams channel's conversation id (older teams' channels end in @thread.skype). */
const TEAMS_CHANNEL = /^19:[^;]+@thread\.(tacv2|skype)$/;

/**
 * One board per team (all its channels), group chat, meeting chat or personal chat: keyed by
 * the conversation the activity belongs to. Only a channel conversation reads its team's board;
 * a personal or group chat whose channelData names a team still has its own, so no chat can
 * read or change a team's board by claiming the team's id.
 */
export function boardKeyOf(activity: Partial<Activity>): string {
  const conversationId = baseConversationId(activity.conversation?.id ?? '');
  const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  const inTeam = activity.conversation?.conversationType === 'channel' && TEAMS_CHANNEL.test(conversationId) && typeof team === 'string' && team !== '';
  return `${activity.channelId ?? 'unknown'}/boards/${inTeam ? `team:${team}` : `conversation:${conversationId}`}`;
}

export class BoardStore {
  constructor(private readonly storage: Storage) {}

  async profile(board: string): Promise<Stored<BoardProfile> | undefined> {
    return (await this.storage.read([`${board}/profile`]))[`${board}/profile`] as Stored<BoardProfile> | undefined;
  }

  /** Saves the profile; with `eTag`, only if nobody has saved it since (else ETagConflictError). */
  async saveProfile(board: string, profile: BoardProfile, eTag?: string): Promise<void> {
    await this.storage.write({ [`${board}/profile`]: { ...profile, eTag: eTag ?? '*' } });
  }

  /** Forgets the board: its profile and its compliance checks. */
  async forget(board: string): Promise<void> {
    await this.storage.delete([`${board}/profile`, `${board}/checks`]);
  }

  async checks(board: string): Promise<Stored<ChecksRecord>> {
    const found = (await this.storage.read([`${board}/checks`]))[`${board}/checks`] as Stored<ChecksRecord> | undefined;
    return found ?? { pending: [] };
  }

  /** Writes the checks record back with the eTag it was read with (ETagConflictError if stale). */
  async saveChecks(board: string, record: Stored<ChecksRecord>): Promise<void> {
    await this.storage.write({ [`${board}/checks`]: { ...record, pending: record.pending.slice(-PENDING_KEPT), eTag: record.eTag ?? '*' } });
  }
}

/** A write lost to someone else's (botbuilder's stores and ours throw this on a stale eTag). */
export function isETagConflict(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ETagConflictError' || /eTag conflict/i.test(err.message));
}
