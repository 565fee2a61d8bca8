/**
 * Serves the production build (made by `npm run build` just before, see package.json)
 * on a free loopback port for the end-to-end tests.
 */
import { existsSync } from 'node:fs';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/server/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/sw.js')) throw new Error('No production build in dist/: run "npm run build" before the end-to-end tests.');
  const server = await startServer({ root: 'dist', port: 0 });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  project.provide('baseUrl', `http://localhost:${address.port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
