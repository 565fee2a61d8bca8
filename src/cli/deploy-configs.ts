/** npm run deploy:configs: writes the host configs under deploy/ from src/server/host-rules.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deployFiles } from '../server/hosts/index';

for (const [file, text] of Object.entries(deployFiles())) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
