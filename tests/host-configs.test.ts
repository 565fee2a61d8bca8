/** The host configs come from one module, say the same thing, and the checked-in ones are current. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hsts, legacyDirectoryLocation, notFoundRules } from '../src/server/host-rules';
import { caddyfile } from '../src/server/hosts/caddy';
import { deployFiles, distHostFiles } from '../src/server/hosts/index';
import { nginxMain, nginxServer } from '../src/server/hosts/nginx';
import { redirectsFile } from '../src/server/hosts/static-hosts';
import { nginxBinary } from '../src/server/nginx-process';

describe('generated host configs', () => {
  it('are checked in as generated (run `npm run deploy:configs` after changing src/server/host-rules.ts)', () => {
    for (const [file, text] of Object.entries(deployFiles())) {
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run deploy:configs`).toBe(text);
    }
  });

  it('carry the one CSP and, in production, HSTS', () => {
    const production = [
      ...Object.values(deployFiles()).filter((text) => text.includes('Content-Security-Policy')),
      distHostFiles()._headers ?? '',
    ];
    expect(production).toHaveLength(3); // nginx, Caddy, _headers
    for (const text of production) {
      expect(text).toContain(contentSecurityPolicy);
      expect(text).toContain(`${hsts.name}`);
      expect(text).toContain(hsts.value);
    }
    expect(nginxServer({ production: false, listen: '8080', root: '/srv' })).not.toContain(hsts.name);
  });

  it("name every language's not-found page", () => {
    const nginx = deployFiles()['deploy/nginx/kompas.conf'] ?? '';
    const redirects = distHostFiles()._redirects ?? '';
    const caddy = deployFiles()['deploy/Caddyfile'] ?? '';
    for (const rule of notFoundRules) {
      expect(nginx).toContain(`error_page 404 ${rule.page};`);
      expect(redirects).toContain(` ${rule.page} 404`);
      expect(caddy).toContain(`rewrite * ${rule.page}`);
    }
  });

  it('pass `nginx -t`, the production config and the local one, with old directory links on and off', () => {
    for (const server of [
      deployFiles()['deploy/nginx/kompas.conf'] ?? '',
      nginxServer({ production: false, listen: '127.0.0.1:8080', root: process.cwd() }),
      nginxServer({ production: true, listen: '127.0.0.1:8080', root: process.cwd(), legacyDirectoryRedirect: true }),
    ]) {
      const prefix = mkdtempSync(join(tmpdir(), 'kompas-nginx-t-'));
      try {
        mkdirSync(join(prefix, 'tmp'));
        writeFileSync(join(prefix, 'nginx.conf'), nginxMain(prefix, server));
        const result = spawnSync(nginxBinary(), ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
        expect(result.stderr).toContain('test is successful');
        expect(result.stderr).not.toContain('[warn]');
        expect(result.status).toBe(0);
      } finally {
        rmSync(prefix, { recursive: true, force: true });
      }
    }
  });

  it('send old directory filter links to the path form, in every config, when turned on', () => {
    const query = (q: string) => new URLSearchParams(q);
    expect(legacyDirectoryLocation('/uk/directory', query('city=belgrade&group=lgbti'), true)).toBe('/uk/directory/belgrade/lgbti');
    expect(legacyDirectoryLocation('/uk/directory', query('group=lgbti'), true)).toBe('/uk/directory/all/lgbti');
    expect(legacyDirectoryLocation('/uk/directory', query(''), true)).toBeNull();
    expect(legacyDirectoryLocation('/xx/directory', query('city=nis'), true)).toBeNull();
    expect(redirectsFile(true)).toContain('/uk/directory city=:city group=:group /uk/directory/:city/:group 301');
    expect(nginxServer({ production: true, listen: '80', root: '/srv', legacyDirectoryRedirect: true })).toContain(
      'return 301 /uk/directory/$kompas_city/$kompas_group;',
    );
    expect(caddyfile({ root: '/srv', legacy: true })).toContain('redir @old-uk /uk/directory/');
  });

  it('docs/deploy.md names only files that exist (or that the build writes into dist/)', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const named = [...doc.matchAll(/`((?:deploy|src|tests|dist)\/[\w./-]+)`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    const built = Object.keys(distHostFiles()).map((name) => `dist/${name}`);
    for (const file of named) expect(existsSync(file) || built.includes(file), file).toBe(true);
  });
});
