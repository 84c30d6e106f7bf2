/**
 * The layering of src/, checked in CI (`npm run lint:deps`):
 *   core      shared words and rules of the domain; imports nothing of ours
 *   platform  config, logging, database, the HTTP kit modules build routes with; imports core
 *   modules   one folder per feature; imports core and platform, and other modules only
 *             through their index.ts
 *   http      the app itself; imports modules; only the runtime entry points import it
 * and nowhere an import circle.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import circle makes load order matter and hides which layer owns what.', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'core holds the shared vocabulary and rules; it must not know about storage, HTTP or features.',
      from: { path: '^src/core/' },
      to: { path: '^src/(platform|http|modules|node|cli)/|^src/(server|worker)\\.ts$' },
    },
    {
      name: 'platform-below-features',
      severity: 'error',
      comment: 'platform serves every module; it may use core only.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(http|modules|node|cli)/|^src/(server|worker)\\.ts$' },
    },
    {
      name: 'modules-not-http',
      severity: 'error',
      comment: 'A module builds its routes with platform/http; the app (src/http) mounts them, never the other way.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(http|node|cli)/|^src/(server|worker)\\.ts$' },
    },
    {
      name: 'only-entry-points-import-http',
      severity: 'error',
      comment: 'The app is assembled once; only runtime adapters and command-line tools start it.',
      from: { path: '^src/', pathNot: '^src/(http|node|cli)/|^src/(server|worker)\\.ts$' },
      to: { path: '^src/http/' },
    },
    {
      name: 'modules-meet-at-their-index',
      severity: 'error',
      comment: "A module's files are its own; another module uses what its index.ts exports.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    exclude: { path: '^(test|scripts|seed)/' },
  },
}
