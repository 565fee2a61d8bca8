import { lighthouseFigures, printLighthouse } from '../cli/bench-lighthouse';
import { startServer } from '../server/static-server';

const root = process.argv[2] ?? 'dist';
const server = await startServer({ root, port: Number(process.argv[3] ?? 4331), host: 'localhost' });
const a = server.address();
const base = `http://localhost:${typeof a === 'object' && a ? a.port : 0}`;
const { readdirSync } = await import('node:fs');
const warm = readdirSync(`${root}/assets`, { recursive: true })
  .map(String)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => `/assets/${f}`);
try {
  printLighthouse(await lighthouseFigures(base, warm));
} finally {
  server.close();
}
