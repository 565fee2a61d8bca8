/**
 * Puts a finished build in place of dist/ with two renames, so a running server sees the
 * old site or the new one, never a half-written one. The server waits out the instant
 * between the renames (src/server/static-server.ts, realRoot).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export async function swapFolder(ready: string, target: string): Promise<void> {
  // A fresh name each time: the last swap's old folder may still be being removed.
  const old = `${target}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, old);
  await rename(ready, target);
  // Give requests already reading old files a moment; open files survive the removal anyway.
  if (hadOld) setTimeout(() => void rm(old, { recursive: true, force: true }), 0);
}
