// Asks back when the question's subject is missing ("are they covered?"), with the likely
// choices as suggested actions and card buttons, then hands the picked choice's query back
// to the main dialog, which answers it. A reply that is not one of the choices ends this
// dialog with `reroute`: the main dialog reads it as a new message.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ActivityTypes, Dialog } from './sdk';
import type { Query } from '../knowledge/types';
import type { Choice } from '../knowledge/understand/types';
import { clarifyReply } from './replies';
import { queryFromValue } from './values';

export const CLARIFY_DIALOG = 'clarify';

export interface ClarifyOptions {
  prompt?: string;
  choices: Choice[];
}

export type ClarifyResult = { picked: Query } | { reroute: true };

interface ClarifyState {
  choices: Choice[];
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Which choice a reply names: the card's value, the exact title, or its number. */
export function pickChoice(choices: Choice[], text: string | undefined, value: unknown): Choice | Query | undefined {
  const q = queryFromValue(value);
  if (q) return q;
  if (!text) return undefined;
  const t = normalise(text);
  if (!t) return undefined;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1];
  return choices.find((c) => normalise(c.title) === t) ?? (t.length >= 4 ? choices.find((c) => normalise(c.title).startsWith(t)) : undefined);
}

export class ClarifyDialog extends Dialog<ClarifyOptions> {
  constructor() {
    super(CLARIFY_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ClarifyOptions): Promise<DialogTurnResult> {
    const choices = options?.choices ?? [];
    await dc.context.sendActivity(clarifyReply(options?.prompt, choices));
    (dc.activeDialog!.state as ClarifyState).choices = choices;
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const { choices } = dc.activeDialog!.state as ClarifyState;
    const picked = pickChoice(choices ?? [], activity.text, activity.value);
    if (!picked) return dc.endDialog({ reroute: true } satisfies ClarifyResult);
    const query = 'kind' in picked ? picked : picked.query;
    return dc.endDialog({ picked: query } satisfies ClarifyResult);
  }
}
