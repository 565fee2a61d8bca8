/** npm run start:nginx: serves dist/ with the system nginx and the generated config (PORT, default 8080). */
import { startNginx } from '../server/nginx-process';
import { readBuildInfo } from '../server/static-server';

const root = process.env.KOMPAS_DIST ?? 'dist';
const port = Number(process.env.PORT ?? 8080);

if (!(await readBuildInfo(root))) {
  console.error(`No production build in "${root}". Run "npm run build" first.`);
  process.exit(1);
}
const nginx = await startNginx({ root, port });
console.log(`Kompas is served by nginx at ${nginx.baseUrl}/ (config in ${nginx.prefix}). Press Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
