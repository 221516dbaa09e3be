/**
 * The card catalog: every Adaptive Card template in cards/ (cards/*.json) with every sample
 * data set for it (cards/samples/<template>.<sample>.json), expanded with
 * adaptivecards-templating exactly as the bot fills them.
 *
 * Development only (the gallery and the card tests use it); the bot never imports it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ACData from 'adaptivecards-templating';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CARDS_DIR = join(REPO_ROOT, 'cards');
export const SAMPLES_DIR = join(CARDS_DIR, 'samples');

export interface CardSample {
  /** `<template>.<sample>`, e.g. `answer.sixth-form-yes` */
  id: string;
  template: string;
  sample: string;
  file: string;
  data: unknown;
  /** The expanded card, or undefined when expansion threw. */
  card?: Record<string, unknown>;
  /** Why the sample could not be read or expanded. */
  error?: string;
}

export interface Catalog {
  templates: string[];
  samples: CardSample[];
  /** Templates in cards/ with no sample data set. */
  withoutSamples: string[];
  /** Sample files that name no template in cards/. */
  orphanSamples: string[];
}

const jsonFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.json'))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
};

/** Template names: cards/*.json without the extension. */
export function listTemplates(cardsDir: string = CARDS_DIR): string[] {
  return jsonFiles(cardsDir).map((f) => f.slice(0, -'.json'.length));
}

/** Fills a template with data, as cards/index.ts does. */
export function expandTemplate(template: unknown, data: unknown): Record<string, unknown> {
  return new ACData.Template(template).expand({ $root: data }) as Record<string, unknown>;
}

/** Splits `answer.sixth-form-yes.json` against the known templates. */
export function matchSample(file: string, templates: readonly string[]): { template: string; sample: string } | undefined {
  const base = file.slice(0, -'.json'.length);
  // longest template name first, so `reminder-set.x` is not taken for a template `reminder`
  for (const template of [...templates].sort((a, b) => b.length - a.length)) {
    if (base.startsWith(`${template}.`)) {
      const sample = base.slice(template.length + 1);
      if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(sample)) return { template, sample };
    }
  }
  return undefined;
}

export function loadCatalog(cardsDir: string = CARDS_DIR, samplesDir: string = join(cardsDir, 'samples')): Catalog {
  const templates = listTemplates(cardsDir);
  const samples: CardSample[] = [];
  const orphanSamples: string[] = [];
  const templateJson = new Map<string, unknown>();
  for (const name of templates) {
    try {
      templateJson.set(name, JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')));
    } catch (err) {
      templateJson.set(name, err as Error);
    }
  }
  for (const file of jsonFiles(samplesDir)) {
    const match = matchSample(file, templates);
    if (!match) {
      orphanSamples.push(file);
      continue;
    }
    const entry: CardSample = { id: `${match.template}.${match.sample}`, ...match, file: join(samplesDir, file), data: undefined };
    try {
      entry.data = JSON.parse(readFileSync(entry.file, 'utf8'));
      const template = templateJson.get(match.template);
      if (template instanceof Error) throw new Error(`template cards/${match.template}.json is not valid JSON: ${template.message}`);
      entry.card = expandTemplate(template, entry.data);
    } catch (err) {
      entry.error = (err as Error).message;
    }
    samples.push(entry);
  }
  const withSamples = new Set(samples.map((s) => s.template));
  return { templates, samples, withoutSamples: templates.filter((t) => !withSamples.has(t)), orphanSamples };
}

/** Template bindings (`${...}`) left in an expanded card: data the sample did not supply. */
export function unresolvedBindings(card: unknown, path = '$'): string[] {
  if (typeof card === 'string') return /\$\{[^}]*\}/.test(card) ? [`${path}: ${card}`] : [];
  if (Array.isArray(card)) return card.flatMap((v, i) => unresolvedBindings(v, `${path}[${i}]`));
  if (card && typeof card === 'object') {
    return Object.entries(card).flatMap(([k, v]) => [
      ...(k.startsWith('$data') || k === '$when' ? [`${path}.${k} was not expanded`] : []),
      ...unresolvedBindings(v, `${path}.${k}`),
    ]);
  }
  return [];
}
