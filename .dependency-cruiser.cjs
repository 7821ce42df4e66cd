/**
 * The layering rules of fluxops (see docs/ARCHITECTURE.md), checked by `npm run lint`.
 * Dependencies point inward: adapters and jobs know src; src knows none of them, nor the stand-ins.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'src-stays-inside',
      comment: 'src/ is the product core: it imports neither the composition root, adapters, jobs nor the stand-ins.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(app|adapters|jobs|sandbox|test|bench|scripts)/' },
    },
    {
      name: 'adapters-know-src-only',
      comment: 'An adapter is ingress and rendering for one platform; it reaches workers only through src ports.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: '^(app|jobs|sandbox|test|bench|scripts)/' },
    },
    {
      name: 'adapters-apart',
      comment: 'Adapters never import each other, so a platform can be added or removed alone.',
      severity: 'error',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/', pathNot: '^adapters/$1/' },
    },
    {
      name: 'jobs-know-src-only',
      comment: 'Workers and handlers never import a chat adapter, the composition root or the stand-ins.',
      severity: 'error',
      from: { path: '^jobs/' },
      to: { path: '^(app|adapters|sandbox|test|bench|scripts)/' },
    },
    {
      name: 'stand-ins-take-src-types-only',
      comment: 'The sandbox dev kit speaks the wire protocols; from src it may take types, never behaviour.',
      severity: 'error',
      from: { path: '^sandbox/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'stand-ins-stand-alone',
      comment: 'The stand-ins run embedded or as their own process, so they know nothing of the app around them.',
      severity: 'error',
      from: { path: '^sandbox/' },
      to: { path: '^(app|adapters|jobs|test|bench|scripts)/' },
    },
    {
      name: 'commands-without-io',
      comment: 'The command language (tokenizer, grammar, validation, help) is pure: no I/O layers, no Node I/O.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: {
        path: '^src/(platform|azure|cluster|alerts|notify|submit|access)/|^(fs|net|http|https|child_process|node:(fs|net|http|https|child_process))$',
      },
    },
    {
      name: 'botbuilder-in-teams-only',
      comment: 'botbuilder stays in adapters/teams so a move to the Microsoft 365 Agents SDK is a one-folder change.',
      severity: 'error',
      from: { path: '^(app|src|adapters|jobs|sandbox)/', pathNot: '^adapters/teams/' },
      to: { path: '(^|/)node_modules/(botbuilder|botframework-[^/]+)/' },
    },
    {
      name: 'bolt-in-slack-only',
      comment: 'Bolt and the Slack Web API stay in adapters/slack.',
      severity: 'error',
      from: { path: '^(app|src|adapters|jobs|sandbox)/', pathNot: '^adapters/slack/' },
      to: { path: '(^|/)node_modules/@slack/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle of runtime imports makes two modules one; merge them or move what both need below them. ' +
        'Type-only imports are erased before run time, so a cycle that passes through one is allowed.',
      severity: 'error',
      from: { path: '^(app|src|adapters|jobs|sandbox)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-undeclared',
      comment: 'Every package imported is declared in package.json.',
      severity: 'error',
      from: { path: '^(app|src|adapters|jobs|sandbox)/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'production-not-to-dev-dependencies',
      severity: 'error',
      from: { path: '^(app|src|adapters|jobs|sandbox)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // swc parses the TypeScript (dependency-cruiser cannot use the TypeScript 7 compiler yet) and marks type-only imports.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
