// ESLint rule: dependencies point one way. The package (force-app: components, gapData, gapRanking)
// is used by the tools and never uses them; the tools' shared code (tools/shared: metadata, schema,
// sample data, the Node loader, gql, the GraphQL transport) is used by both preview/ and scripts/;
// preview/ and scripts/ never import each other; tools reach the package through `c/<bundle>`.
'use strict';

const path = require('node:path');

/** The top-level area a repository path belongs to, or null outside the checked areas. */
function areaOf(relativePath) {
  const [top, second] = relativePath.split('/');
  if (top === 'force-app') return 'package';
  if (top === 'tools') return second === 'shared' ? 'shared' : 'tools';
  if (top === 'scripts' || top === 'preview') return top;
  return null;
}

/** Areas each area may not import from (relative paths), with the reason shown. */
const FORBIDDEN = {
  package: ['scripts', 'preview', 'shared', 'tools'],
  shared: ['scripts', 'preview'],
  preview: ['scripts'],
  scripts: ['preview']
};

const BUNDLE = /^force-app\/main\/default\/lwc\/([^/]+)\//;

/**
 * True when a file of one LWC bundle reaches into another bundle's folder by relative path:
 * bundles share code only through a service module's public API (`c/<bundle>`). Test fixtures
 * (files under another bundle's `__tests__/`) may be shared between tests.
 */
function crossesBundle(fromRelative, toRelative) {
  const from = BUNDLE.exec(fromRelative)?.[1];
  const to = BUNDLE.exec(toRelative)?.[1];
  if (!from || !to || from === to) return false;
  return !toRelative.split('/').includes('__tests__');
}

/** The message for an import of `to` from `from`, or null when the direction is allowed. */
function violation(fromRelative, toRelative) {
  if (crossesBundle(fromRelative, toRelative)) return 'bundle';
  const from = areaOf(fromRelative);
  const to = areaOf(toRelative);
  if (!from || !to || from === to) return null;
  const inTest = fromRelative.split('/').includes('__tests__');
  // A package test may use the shared tools (e.g. the lint rule's MIME allow-list), nothing else.
  if (from === 'package' && inTest && to === 'shared') return null;
  if ((FORBIDDEN[from] ?? []).includes(to)) return 'direction';
  if (to === 'package' && from !== 'package') return 'alias';
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the one-way dependency rule between package and tools' },
    schema: [],
    messages: {
      direction:
        '{{from}} may not import from {{to}}: the package is used by the tools, never the reverse; preview/ and scripts/ share code only through tools/shared/.',
      alias: 'Import the package through its alias `c/{{bundle}}`, not by relative path.',
      bundle:
        'Import another bundle through its public API `c/{{bundle}}`, not from its folder by relative path.'
    }
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), source))
        .split(path.sep)
        .join('/');
      const messageId = violation(file, target);
      if (!messageId) return;
      const bundle = /force-app\/main\/default\/lwc\/([^/]+)/.exec(target)?.[1] ?? '<bundle>';
      context.report({
        node,
        messageId,
        data: { from: areaOf(file), to: areaOf(target), bundle }
      });
    };
    const literal = (node) =>
      node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
    const withSource = (node) => node.source && check(node.source, literal(node.source));
    return {
      ImportDeclaration: withSource,
      ExportNamedDeclaration: withSource,
      ExportAllDeclaration: withSource,
      ImportExpression: (node) => check(node.source, literal(node.source)),
      CallExpression(node) {
        const callee = node.callee;
        const name =
          callee.type === 'Identifier'
            ? callee.name
            : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
              ? callee.property.name
              : null;
        if (['require', 'mock', 'requireActual', 'doMock'].includes(name ?? '')) {
          check(node.arguments[0], literal(node.arguments[0]));
        }
      }
    };
  }
};

module.exports = { rule, violation };
