// Run by `npm run build` after tsc: loads and checks the knowledge base, and writes it with
// the fingerprint of its files beside the compiled loader (see loadCompiledKnowledgeBase).
import { COMPILED_FILE, compileKnowledgeBase } from './load';

const started = performance.now();
const kb = compileKnowledgeBase();
process.stdout.write(
  `knowledge base compiled: ${kb.sources.length} sources, ${kb.bodies.length} bodies, ${kb.topics.length} topics, ${kb.positions.length} positions -> ${COMPILED_FILE} (${Math.round(performance.now() - started)} ms)\n`,
);
