// A draft comes back from the confirmation card's Save button, i.e. from the client: check
// its shape and sense before anything is saved.
import * as z from 'zod';
import { RRule } from 'rrule';
import { isValidZone } from './time';
import type { Draft } from './types';

const local = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

const draftSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  meeting: z
    .object({
      title: z.string().trim().min(1).max(120),
      location: z.string().max(120).optional(),
      zone: z.string().refine(isValidZone, 'unknown time zone'),
      at: local.optional(),
      rrule: z.string().max(200).optional(),
      start: local.optional(),
      recurrenceText: z.string().max(200).optional(),
    })
    .refine((m) => !!m.at !== !!m.rrule, 'a meeting is either one-off or recurring')
    .refine((m) => !m.rrule || !!m.start, 'a recurring meeting needs a start')
    .refine((m) => {
      if (!m.rrule) return true;
      try {
        const o = RRule.parseString(m.rrule);
        return o.freq !== undefined && (o.freq === RRule.WEEKLY || o.freq === RRule.MONTHLY || o.freq === RRule.DAILY || o.freq === RRule.YEARLY);
      } catch {
        return false;
      }
    }, 'unreadable recurrence'),
  offsets: z
    .array(z.object({ amount: z.number().int().min(1).max(600), unit: z.enum(['minute', 'hour', 'day', 'week']) }))
    .min(1)
    .max(10),
  text: z.string().max(500),
  notes: z.array(z.string().max(500)).max(10),
});

/** The draft, or undefined when the value is not a sound draft. */
export function validateDraft(value: unknown): Draft | undefined {
  const r = draftSchema.safeParse(value);
  return r.success ? (r.data as Draft) : undefined;
}
