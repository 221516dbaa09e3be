// The load generator of the HTTP benchmark, run as its own process by bench/http.ts:
//
//   node -r @swc-node/register bench/load.ts '<LoadSpec as JSON>'
//
// autocannon posts Teams-shaped question activities (bench/activities.ts) to /api/messages
// over `connections` keep-alive connections: `warmUpS` seconds (not counted), `durationS`
// seconds measured (the process just started), `settleS` more seconds (not counted) and
// `durationS` seconds measured again (the process warm: JIT done, caches full). The last
// stdout line is a LoadResult as JSON.
import autocannon from 'autocannon';
import { streamMessage, type StreamOptions } from './activities';

export interface LoadSpec extends StreamOptions {
  url: string;
  connections: number;
  durationS: number;
  warmUpS: number;
  settleS: number;
}

/** One measured window. */
export interface WindowResult {
  durationS: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  reqPerS: number;
  latencyMs: { p50: number; p99: number; max: number };
  statusCodes: Record<string, number>;
}

export interface LoadResult {
  /** 2xx answers outside the measured windows (their replies reach the connector too). */
  unmeasuredOk: number;
  /** Right after start-up (after the warm-up only). */
  cold: WindowResult;
  /** After `settleS` more seconds of load. */
  warm: WindowResult;
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

function windowOf(r: autocannon.Result): WindowResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, st] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = st.count ?? 0;
  return {
    durationS: r.duration,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    reqPerS: r['2xx'] / r.duration,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    statusCodes,
  };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
  let next = 0;
  let unmeasuredOk = 0;
  const unmeasured = async (seconds: number) => {
    if (seconds <= 0) return;
    const r = await run(spec, seconds, next);
    next = r.next;
    unmeasuredOk += r.result['2xx'];
  };
  const measured = async () => {
    const r = await run(spec, spec.durationS, next);
    next = r.next;
    return windowOf(r.result);
  };
  await unmeasured(spec.warmUpS);
  const cold = await measured();
  await unmeasured(spec.settleS);
  const warm = await measured();
  const out: LoadResult = { unmeasuredOk, cold, warm };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
