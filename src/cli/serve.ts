import { readBuildInfo, startServer } from '../server/static-server';

const root = process.env.KOMPAS_DIST ?? 'dist';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

if (!(await readBuildInfo(root))) {
  console.error(`No production build in "${root}". Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const server = await startServer({ root, port, host });
const address = server.address();
const shown = typeof address === 'object' && address ? address.port : port;
console.log(`Kompas is running at http://localhost:${shown}/ (production build, service worker active). Press Ctrl+C to stop.`);
