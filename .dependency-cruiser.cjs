/**
 * The layers of src/ and the one way they point (README, "For developers"; docs/decisions/007-layers.md).
 *
 *   app (shell) → features/<name> → components, lib, pwa → content (browser half) → site → i18n
 *   build, cli, server: build-time code; they may use every layer, nothing that ships imports them.
 *
 * `npm run lint:deps` checks it; tests/layers.test.ts proves a forbidden import fails.
 */
const browser = '^src/(app|features|components|lib|pwa|content|i18n|site)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules never import each other in a circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Folders never import each other in a circle.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-to-feature',
      comment: 'A feature never imports another feature: what two features share goes down to components, lib or content.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'up-to-shell',
      comment: 'Nothing below the shell imports it.',
      severity: 'error',
      from: { path: '^src/(features|components|lib|pwa|content|i18n|site)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'up-to-features',
      comment: 'Shared pieces and the bottom layers never import a feature.',
      severity: 'error',
      from: { path: '^src/(components|lib|pwa|content|i18n|site)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'up-to-shared-pieces',
      comment: 'Content, i18n and the site map sit below components, lib and pwa; lib uses no component.',
      severity: 'error',
      from: { path: '^src/(lib|content|i18n|site)/' },
      to: { path: '^src/(components|pwa)/' },
    },
    {
      name: 'bottom-up-to-lib',
      comment: 'Content, i18n and the site map sit below lib.',
      severity: 'error',
      from: { path: '^src/(content|i18n|site)/' },
      to: { path: '^src/lib/' },
    },
    {
      name: 'i18n-at-the-bottom',
      comment: 'i18n knows no content and no URL.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(content|site)/' },
    },
    {
      name: 'site-map-at-the-bottom',
      comment: 'The site map imports nothing of the app but the language registry.',
      severity: 'error',
      from: { path: '^src/site/' },
      to: { path: '^src/', pathNot: '^src/(site/|i18n/languages\\.ts$)' },
    },
    {
      name: 'browser-to-build',
      comment: 'Code that ships to browsers never imports build-time code (build, cli, server, the Node half of content).',
      severity: 'error',
      from: { path: browser },
      to: { path: '^src/(build|cli|server)/' },
    },
    {
      name: 'browser-to-node',
      comment: 'Code that ships to browsers never imports a Node module.',
      severity: 'error',
      from: { path: browser },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-to-build-packages',
      comment: 'Code that ships to browsers never imports a build-time package.',
      severity: 'error',
      from: { path: browser },
      to: { path: '(^|/)node_modules/(marked|yaml|vite|vite-plugin-pwa|@vitejs/[^/]+|playwright-core|dependency-cruiser|typescript)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The content modules exist only inside the Vite build (src/build/content-plugin.ts).
    exclude: { path: '^virtual:' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
