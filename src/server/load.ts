/**
 * A small, bounded HTTP load generator for `npm run bench`: `clients` keep-alive
 * connections on loopback each request one path in a loop until `seconds` pass.
 * Bounded in time and in requests, so a slow server cannot make it run away.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  /** Answers that were not 2xx/3xx, or failed. */
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytes: number;
}

export interface LoadOptions {
  url: string;
  clients: number;
  seconds: number;
  headers?: Record<string, string>;
  maxRequests?: number;
}

function once(agent: Agent, url: URL, headers: Record<string, string>): Promise<{ ok: boolean; bytes: number }> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ ok: (res.statusCode ?? 500) < 400, bytes }));
      res.on('error', () => resolve({ ok: false, bytes }));
    });
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve({ ok: false, bytes: 0 }));
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

export async function load({ url, clients, seconds, headers = {}, maxRequests = 2_000_000 }: LoadOptions): Promise<LoadResult> {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('load() only targets loopback');
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end && latencies.length + errors < maxRequests) {
      const t = performance.now();
      const result = await once(agent, target, headers);
      if (result.ok) latencies.push(performance.now() - t);
      else errors++;
      bytes += result.bytes;
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    bytes,
  };
}
