/**
 * No two domain modules import each other, even through a third: the module graph (src/modules/<name>
 * folders) has no cycle. A parent's relation field to a child type lives in the child's module
 * (`<child>.fields.ts`, `@Resolver(() => Parent)`), so the arrows run child → parent.
 *
 * Only src/modules is cruised here: src/auth names entities and the services call src/auth, which is
 * by design and would otherwise close a loop through src/auth between any two modules.
 */
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // A folder-level rule: dependency-cruiser 16 supports only `path` and `circular` here, so type-only
      // imports count as well.
      name: 'no-module-cycle',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+' },
      to: { path: '^src/modules/[^/]+', circular: true },
    },
  ],
  options: {
    ...base.options,
    includeOnly: '^src/modules/',
  },
};
