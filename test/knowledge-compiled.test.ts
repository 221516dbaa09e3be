// The compiled knowledge base (`npm run build`, knowledge/compile.ts): a start reads it only
// while it was compiled from exactly the files there now; otherwise the data is loaded and
// checked as before, so an edit is never hidden by a stale build and bad data still stops it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KNOWLEDGE_DIR, compileKnowledgeBase, knowledgeFingerprint, loadCompiledKnowledgeBase, loadKnowledgeBase } from '../knowledge/load';

let dir: string;
let compiledFile: string;
const positions = () => path.join(dir, 'data', 'positions', 'dcsf-2008.yaml');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-compiled-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  compiledFile = path.join(dir, 'knowledge-base.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the compiled knowledge base is the one the data gives', () => {
  const compiled = compileKnowledgeBase(dir, compiledFile);
  expect(JSON.parse(readFileSync(compiledFile, 'utf8')).fingerprint).toBe(knowledgeFingerprint(dir));
  expect(loadCompiledKnowledgeBase(dir, compiledFile)).toEqual(loadKnowledgeBase(dir));
  expect(compiled).toEqual(loadKnowledgeBase(KNOWLEDGE_DIR));
});

test('while the fingerprint matches, the compiled file is what is read', () => {
  compileKnowledgeBase(dir, compiledFile);
  const stamped = JSON.parse(readFileSync(compiledFile, 'utf8'));
  stamped.kb.latest = '2099-12-31'; // a mark only the compiled file carries
  writeFileSync(compiledFile, JSON.stringify(stamped));
  expect(loadCompiledKnowledgeBase(dir, compiledFile).latest).toBe('2099-12-31');
});

test('data edited after the build: the edit is what is loaded', () => {
  compileKnowledgeBase(dir, compiledFile);
  const before = loadCompiledKnowledgeBase(dir, compiledFile);
  const headline = before.positions.find((p) => p.source === 'dcsf-2008')!.headline;
  writeFileSync(positions(), readFileSync(positions(), 'utf8').replace(headline, `${headline} (edited)`));
  expect(knowledgeFingerprint(dir)).not.toBe(JSON.parse(readFileSync(compiledFile, 'utf8')).fingerprint);
  expect(loadCompiledKnowledgeBase(dir, compiledFile).positions.map((p) => p.headline)).toContain(`${headline} (edited)`);
});

test('bad data edited after the build still stops the load, naming the quote', () => {
  compileKnowledgeBase(dir, compiledFile);
  const quote = loadKnowledgeBase(dir).positions.find((p) => p.source === 'dcsf-2008')!.cite[0]!.quote;
  writeFileSync(positions(), readFileSync(positions(), 'utf8').replace(quote.split('…')[0]!, 'words the source never had'));
  expect(() => loadCompiledKnowledgeBase(dir, compiledFile)).toThrow(/quote not found in dcsf-2008/);
});

test('no compiled file, or an unreadable one: the data is loaded', () => {
  const fromData = loadKnowledgeBase(dir);
  expect(loadCompiledKnowledgeBase(dir, path.join(dir, 'missing.json'))).toEqual(fromData);
  writeFileSync(compiledFile, '{"fingerprint": "trunc');
  expect(loadCompiledKnowledgeBase(dir, compiledFile)).toEqual(fromData);
});
