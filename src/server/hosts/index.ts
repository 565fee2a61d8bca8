/** Every generated host file: the checked-in ones (deploy/) and the ones the build writes into dist/. */
import { caddyfile } from './caddy';
import { dockerfile, dockerignore, siteRoot } from './docker';
import { nginxServer } from './nginx';
import { headersFile, redirectsFile } from './static-hosts';

/** Files checked in under deploy/; tests/host-configs.test.ts fails when they differ from what this makes. */
export function deployFiles(): Record<string, string> {
  return {
    'deploy/nginx/kompas.conf': nginxServer({ production: true, listen: '80', root: siteRoot }),
    'deploy/Caddyfile': caddyfile({ root: siteRoot }),
    'deploy/Dockerfile': dockerfile(),
    'deploy/Dockerfile.dockerignore': dockerignore(),
  };
}

/** Files the build writes into dist/ (Netlify, Cloudflare Pages). */
export function distHostFiles(): Record<string, string> {
  return { _headers: headersFile(), _redirects: redirectsFile() };
}
