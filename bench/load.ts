// The load generator of the HTTP benchmark, run as its own process by bench/http.ts:
//
//   node -r @swc-node/register bench/load.ts '<LoadSpec as JSON>'
//
// autocannon posts Teams-shaped question activities (bench/activities.ts) to /api/messages
// over `connections` keep-alive connections, for `warmUpS` seconds (not counted) and then
// `durationS` seconds; the last stdout line is a LoadResult as JSON.
import autocannon from 'autocannon';
import { streamMessage, type StreamOptions } from './activities';

export interface LoadSpec extends StreamOptions {
  url: string;
  connections: number;
  durationS: number;
  warmUpS: number;
}

export interface LoadResult {
  durationS: number;
  /** 2xx answers during the warm-up (not in the figures, but their replies reach the connector). */
  warmUpOk: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  reqPerS: number;
  latencyMs: { p50: number; p99: number; max: number };
  statusCodes: Record<string, number>;
}

async function run(spec: LoadSpec, durationS: number, first: number) {
  let k = first;
  const result = await autocannon({
    url: `${spec.url}/api/messages`,
    connections: spec.connections,
    duration: durationS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(streamMessage(k++, spec)) }),
      },
    ],
  });
  return { result, next: k };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
  let next = 0;
  let warmUpOk = 0;
  if (spec.warmUpS > 0) {
    const warm = await run(spec, spec.warmUpS, 0);
    next = warm.next;
    warmUpOk = warm.result['2xx'];
  }
  const { result: r } = await run(spec, spec.durationS, next);
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = s.count ?? 0;
  const out: LoadResult = {
    durationS: r.duration,
    warmUpOk,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    reqPerS: r['2xx'] / r.duration,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    statusCodes,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
