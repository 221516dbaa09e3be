// Reads the knowledge base from disk once, at start-up: sources (meta + text), bodies,
// topics and every positions file. Validates it, so a bad data file stops the start with
// a message naming the file. The engine itself does no I/O.
//
// Parsing and checking the YAML and the source texts is a third of the process start-up, so
// `npm run build` also writes the checked result as JSON (knowledge/compile.ts), stamped with
// a fingerprint of the files it came from; a start reads that file only while the
// fingerprint still matches, and otherwise loads and checks the data as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { z } from 'zod';
import { quoteStandsIn, splitSource } from './sources';
import type { Citation, KnowledgeBase, Position, Source, SourceMeta } from './types';

/** The knowledge folder of this project, from source or from the build output. */
export const KNOWLEDGE_DIR = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../knowledge' : '.');

/** Where the build writes the compiled knowledge base: beside the compiled loader, never in the sources. */
export const COMPILED_FILE = path.join(__dirname, 'knowledge-base.json');

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));

const citationSchema = z
  .object({
    source: z.string().optional(),
    para: z.number().int().positive().optional(),
    paras: z.array(z.number().int().positive()).optional(),
    section: z.string().optional(),
    quote: z.string().min(3),
  })
  .strict();

const sourceMetaSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    citeAs: z.string(),
    name: z.string(),
    date: isoDate,
    speaksFrom: isoDate.optional(),
    calledAs: z.array(z.string()).default([]),
    file: z.string(),
    structure: z.enum(['numbered', 'headed']),
    paragraphs: z.number().int().positive().optional(),
    furniture: z.array(z.string()).default([]),
    interruptions: z.array(z.string()).optional(),
    headings: z.array(z.string()).default([]),
    introduction: z.string().optional(),
    chapters: z.array(z.object({ from: z.number().int(), title: z.string() })).optional(),
  })
  .strict();

const bodiesSchema = z
  .object({
    bodies: z.array(
      z.object({ id: z.string(), name: z.string(), called: z.string(), plural: z.boolean(), aliases: z.array(z.string()).min(1), asker: z.boolean().optional() }).strict(),
    ),
    ambiguous: z.record(z.string(), z.array(z.string()).min(2)).default({}),
  })
  .strict();

const phrases = z.array(z.union([z.string(), z.number()]).transform(String));
const topicsSchema = z
  .object({
    topics: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          area: z.string(),
          kind: z.enum(['yes-no', 'open']),
          cues: z.object({ all: z.array(phrases).min(1), any: phrases.optional(), none: phrases.optional() }).strict(),
          bodies: z.array(z.string()).optional(),
          qualifies: z.string().optional(),
          permission: z.boolean().optional(),
          permittedBy: z.string().optional(),
          partners: z.boolean().optional(),
          silentOn: z.object({ cues: z.array(phrases).min(1), says: z.string() }).strict().optional(),
          perBody: z
            .object({
              yesWhen: z.array(z.enum(['not-a-partner', 'proposed', 'relevant-partner', 'removal-announced', 'removed', 'not-stated'])).optional(),
              yesFor: z.array(z.string()).optional(),
              yes: z.string(),
              no: z.string(),
              cite: z.array(citationSchema),
            })
            .strict()
            .optional(),
        })
        .strict(),
    ),
  })
  .strict();

const obligationStatus = z.enum(['required', 'removal-announced', 'proposed', 'no-longer-required', 'not-required', 'unsettled', 'not-stated']);

const obligationsSchema = z
  .object({
    obligations: z.array(
      z.object({ id: z.string(), title: z.string(), holder: z.enum(['authority', 'board', 'partners', 'schools']), topic: z.string() }).strict(),
    ),
    checks: z.array(
      z
        .object({
          id: z.string(),
          obligation: z.string(),
          kind: z.enum(['yes-no', 'partners', 'pooling']),
          ask: z.string(),
          meets: z.boolean().optional(),
          gapOnceLifted: z.boolean().optional(),
          prefill: z.enum(['dcsInPost', 'leadMemberInPost', 'hasProfile']).optional(),
          metText: z.string(),
          gapText: z.string(),
          liftedGapText: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

const positionsSchema = z
  .object({
    source: z.string(),
    means: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).min(1), headline: z.string(), notYet: z.string().optional(), cite: z.array(citationSchema).min(1) }).strict()).default([]),
    positions: z.array(
      z
        .object({
          subject: z.string(),
          from: isoDate,
          after: isoDate.optional(),
          status: z.enum(['not-a-partner', 'proposed', 'relevant-partner', 'removal-announced', 'removed', 'not-stated']).optional(),
          verdict: z.enum(['Yes', 'No', 'Not yet', 'Proposed', 'Not listed']).optional(),
          headline: z.string(),
          explanation: z.string().optional(),
          change: z.string().optional(),
          changeBy: z.string().optional(),
          obligation: obligationStatus.optional(),
          cite: z.array(citationSchema).min(1),
        })
        .strict(),
    ),
  })
  .strict();

// Needed only when the data is read rather than the compiled file: ~45 ms of start-up otherwise.
const loadYaml = (): typeof Yaml => require('yaml') as typeof Yaml;

function readYaml<S extends z.ZodTypeAny>(file: string, schema: S): z.output<S> {
  const result = schema.safeParse(loadYaml().parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Knowledge data ${file} is invalid: ${where}`);
  }
  return result.data;
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));

function toCitation(c: z.infer<typeof citationSchema>, source: string): Citation {
  const paras = c.paras ?? (c.para !== undefined ? [c.para] : undefined);
  return { source: c.source ?? source, ...(paras ? { paras } : {}), ...(c.section ? { section: c.section } : {}), quote: c.quote };
}

/**
 * Loads the knowledge base from `dir` (default: this project's knowledge/). A later source
 * is a data change: its `sources/<id>.yaml` and text, and its `data/positions/<id>.yaml`.
 */
export function loadKnowledgeBase(dir: string = KNOWLEDGE_DIR): KnowledgeBase {
  const sources: Source[] = yamlFiles(path.join(dir, 'sources')).map((file) => {
    const meta = readYaml(file, sourceMetaSchema) as SourceMeta;
    const text = readFileSync(path.join(dir, 'sources', meta.file), 'utf8');
    return { ...meta, units: splitSource(meta, text) };
  });
  const { bodies, ambiguous } = readYaml(path.join(dir, 'data', 'bodies.yaml'), bodiesSchema);
  const { topics: rawTopics } = readYaml(path.join(dir, 'data', 'topics.yaml'), topicsSchema);
  const topics = rawTopics.map((t) => ({
    ...t,
    perBody: t.perBody && { ...t.perBody, cite: t.perBody.cite.map((c) => toCitation(c, c.source ?? '')) },
  }));
  const { obligations, checks } = readYaml(path.join(dir, 'data', 'obligations.yaml'), obligationsSchema);
  const positionFiles = yamlFiles(path.join(dir, 'data', 'positions')).map((file) => readYaml(file, positionsSchema));
  const positions: Position[] = positionFiles.flatMap((data) =>
    data.positions.map((p) => ({ ...p, source: data.source, cite: p.cite.map((c) => toCitation(c, data.source)) })),
  );
  const kb: KnowledgeBase = {
    sources: sources.sort((a, b) => a.date.localeCompare(b.date)),
    means: positionFiles.flatMap((data) => data.means.map((m) => ({ ...m, source: data.source, cite: m.cite.map((c) => toCitation(c, data.source)) }))),
    bodies: bodies.map(({ id, name, called, plural, aliases, asker }) => ({ id, name, called, plural, aliases, ...(asker ? { asker } : {}) })),
    topics,
    positions,
    obligations,
    checks,
    ambiguous,
    latest: sources.reduce((d, s) => (s.date > d ? s.date : d), '0000-00-00'),
  };
  checkReferences(kb);
  return kb;
}

interface CompiledKnowledgeBase {
  fingerprint: string;
  kb: KnowledgeBase;
}

/** Every file under `dir`, depth first, in name order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * A digest of everything a loaded knowledge base depends on: each file under the data
 * folder's sources/ and data/ (name and content), and the code that reads and splits them.
 */
export function knowledgeFingerprint(dir: string = KNOWLEDGE_DIR): string {
  const hash = createHash('sha256');
  const inputs = [...filesUnder(path.join(dir, 'sources')), ...filesUnder(path.join(dir, 'data'))];
  for (const file of [...inputs, __filename, require.resolve('./sources')]) {
    hash.update(path.relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Loads and checks the knowledge base in `dir`, and writes it with its fingerprint to `outFile`. */
export function compileKnowledgeBase(dir: string = KNOWLEDGE_DIR, outFile: string = COMPILED_FILE): KnowledgeBase {
  const kb = loadKnowledgeBase(dir);
  const compiled: CompiledKnowledgeBase = { fingerprint: knowledgeFingerprint(dir), kb };
  writeFileSync(outFile, JSON.stringify(compiled));
  return kb;
}

/**
 * The knowledge base as the build compiled it, if it was compiled from exactly the files in
 * `dir` now; otherwise (no compiled file, an unreadable one, or data changed since the
 * build) loaded and checked from the data, which also stops a start on bad data.
 */
export function loadCompiledKnowledgeBase(dir: string = KNOWLEDGE_DIR, compiledFile: string = COMPILED_FILE): KnowledgeBase {
  let compiled: CompiledKnowledgeBase | undefined;
  try {
    compiled = JSON.parse(readFileSync(compiledFile, 'utf8')) as CompiledKnowledgeBase;
  } catch {
    compiled = undefined; // not built, or not readable: the data itself is the truth
  }
  return compiled?.fingerprint === knowledgeFingerprint(dir) ? compiled.kb : loadKnowledgeBase(dir);
}

/** Every position names a known subject and source; every citation a known source. */
function checkReferences(kb: KnowledgeBase): void {
  const subjects = new Set([...kb.bodies.map((b) => b.id), ...kb.topics.map((t) => t.id)]);
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  const bodyIds = new Set(kb.bodies.map((b) => b.id));
  const problems: string[] = [];
  for (const p of kb.positions) {
    if (!subjects.has(p.subject)) problems.push(`position for unknown subject "${p.subject}" (${p.source})`);
    if (!sourceIds.has(p.source)) problems.push(`positions file for unknown source "${p.source}"`);
    if (bodyIds.has(p.subject) && !p.status) problems.push(`position for body "${p.subject}" (${p.source}) has no status`);
    if (p.after && p.after >= p.from) problems.push(`position "${p.subject}" (${p.source}): after must be before from`);
    if (p.changeBy && !kb.means.some((m) => m.id === p.changeBy)) problems.push(`position "${p.subject}" (${p.source}) names unknown means "${p.changeBy}"`);
    if ((p.status === 'removal-announced' || p.obligation === 'removal-announced') && !p.changeBy)
      problems.push(`position "${p.subject}" (${p.source}) announces a removal but not its means (changeBy)`);
  }
  const cites = [...kb.positions.flatMap((p) => p.cite), ...kb.topics.flatMap((t) => t.perBody?.cite ?? []), ...kb.means.flatMap((m) => m.cite)];
  for (const c of cites) {
    const source = kb.sources.find((s) => s.id === c.source);
    if (!source) { problems.push(`citation of unknown source "${c.source}"`); continue; }
    const refs = c.paras ? c.paras.map(String) : c.section ? [c.section] : [];
    const texts = refs.map((ref) => source.units.find((u) => u.ref === ref)?.text);
    if (!refs.length || texts.some((t) => t === undefined)) problems.push(`citation of ${c.source} names no paragraph or section it has: ${refs.join(', ') || '(none)'}`);
    else if (!quoteStandsIn(texts as string[], c.quote)) problems.push(`quote not found in ${c.source} ${refs.join(', ')}: "${c.quote}"`);
  }
  for (const t of kb.topics) for (const id of t.bodies ?? []) if (!bodyIds.has(id)) problems.push(`topic "${t.id}" names unknown body "${id}"`);
  for (const t of kb.topics)
    if (t.permittedBy && !kb.topics.some((x) => x.id === t.permittedBy && x.permission)) problems.push(`topic "${t.id}" is permitted by "${t.permittedBy}", which is no permission topic`);
  for (const t of kb.topics) if (t.qualifies && !kb.topics.some((x) => x.id === t.qualifies)) problems.push(`topic "${t.id}" qualifies unknown topic "${t.qualifies}"`);
  const topicIds = new Set(kb.topics.map((t) => t.id));
  const obligationIds = new Set(kb.obligations.map((o) => o.id));
  for (const o of kb.obligations) if (!topicIds.has(o.topic)) problems.push(`obligation "${o.id}" reads unknown topic "${o.topic}"`);
  for (const c of kb.checks) {
    if (!obligationIds.has(c.obligation)) problems.push(`check "${c.id}" tests unknown obligation "${c.obligation}"`);
    if (c.gapOnceLifted && !c.liftedGapText) problems.push(`check "${c.id}" has gapOnceLifted but no liftedGapText`);
  }
  for (const [word, ids] of Object.entries(kb.ambiguous))
    for (const id of ids) if (!bodyIds.has(id)) problems.push(`ambiguous word "${word}" names unknown body "${id}"`);
  if (problems.length) throw new Error(`Knowledge base is inconsistent:\n- ${problems.join('\n- ')}`);
}
