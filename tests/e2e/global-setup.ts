/**
 * Serves the production build (made by `npm run build` just before, see package.json)
 * on free loopback ports for the end-to-end tests: with the local server, and with the
 * system nginx running the generated config, so the same tests prove both.
 */
import { existsSync } from 'node:fs';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../src/server/nginx-process';
import { startServer } from '../../src/server/static-server';

export interface TestServer {
  name: 'node' | 'nginx';
  baseUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local server (npm start). */
    baseUrl: string;
    /** Every server the reader-facing tests run against: the local one and nginx. */
    servers: TestServer[];
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/sw.js')) throw new Error('No production build in dist/: run "npm run build" before the end-to-end tests.');
  const server = await startServer({ root: 'dist', port: 0 });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  const nginx = await startNginx({ root: 'dist' });
  const baseUrl = `http://localhost:${address.port}`;
  // nginx on 127.0.0.1: a secure origin for the service worker, like localhost.
  project.provide('baseUrl', baseUrl);
  project.provide('servers', [
    { name: 'node', baseUrl },
    { name: 'nginx', baseUrl: nginx.baseUrl },
  ]);
  return async () => {
    await nginx.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
