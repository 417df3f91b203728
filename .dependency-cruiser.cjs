/**
 * Module boundaries, checked by `npm run lint` (README, Layout, has the module map).
 *
 * Two runs share this file: `depcruise --config .dependency-cruiser.cjs src` checks the file-level rules
 * below; `depcruise --config .dependency-cruiser.modules.cjs src` checks that no two domain modules import
 * each other, on the graph of src/modules alone.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // A cycle makes load order decide what is undefined at import time, and type-graphql's decorators
      // run at import time. Type-only imports vanish from the compiled code, so they cannot form one.
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      // src/common is the floor every module stands on: errors, scalars, money, pagination… It imports
      // nothing else of src/, not even a type: not a module (every module would depend on every other
      // through it), not src/http or src/auth (built on it), not src/context.ts or src/config.ts (they
      // are assembled from it: a type they share, like QueryLimitsConfig or RequestCost, lives here).
      name: 'common-imports-only-common',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      // src/auth decides who sees which rows and may name the entities it filters, but the services call
      // auth, never the reverse: a rule that needed a service belongs in that service.
      name: 'auth-imports-no-service',
      severity: 'error',
      from: { path: '^src/auth/' },
      to: { path: '^src/modules/.+[.]service[.]ts$' },
    },
  ],
  options: {
    // Type-only imports count too (except where a rule says otherwise): they are arrows between modules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
