// ESLint rule: a Blob or File made in a component must carry a MIME type that Lightning Web
// Security lets through `URL.createObjectURL` ("Specify a MIME Type for Blob Objects in Lightning
// Web Security"): one of the listed types, a listed `family/` prefix, or a type LWS sanitises; no
// parameters (`;charset=`); and set explicitly. Anything else fails in the org with
// "Unsupported MIME type", while a browser without LWS accepts it.
'use strict';

/** Exact types and `family/` prefixes LWS allows, as the documentation lists them. */
const LWS_ALLOWED_MIME_TYPES = [
  'application/octet-stream',
  'application/json',
  'application/pdf',
  'video/',
  'audio/',
  'image/',
  'font/',
  'text/plain',
  'text/markdown',
  'application/zip',
  'application/x-bzip',
  'application/x-rar-compressed',
  'application/x-tar'
];

/** Types LWS permits after sanitising the content. */
const LWS_SANITISED_MIME_TYPES = ['text/html', 'image/svg+xml', 'text/xml'];

// LWS refuses anything but a bare `type/subtype` (no parameters, no spaces).
const BARE_MIME_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

/** True when LWS lets a Blob of this MIME type through (case-insensitive, as LWS compares). */
function isLwsAllowedMimeType(type) {
  const lowered = String(type).toLowerCase();
  if (LWS_SANITISED_MIME_TYPES.includes(lowered)) return true;
  if (!BARE_MIME_TYPE.test(lowered)) return false;
  return LWS_ALLOWED_MIME_TYPES.some((allowed) =>
    allowed.endsWith('/') ? lowered.startsWith(allowed) : lowered === allowed
  );
}

// The string a node stands for when it is a literal, a template without expressions, or a `const`
// of this file initialised with one; undefined otherwise.
function staticString(node, scope) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0].value.cooked;
  if (node.type === 'Identifier') {
    for (let current = scope; current; current = current.upper) {
      const variable = current.set.get(node.name);
      if (!variable) continue;
      const definition = variable.defs[0];
      if (
        definition &&
        definition.type === 'Variable' &&
        definition.parent.kind === 'const' &&
        definition.node.init
      ) {
        return staticString(definition.node.init, current);
      }
      return undefined;
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Blob and File MIME types must be on the Lightning Web Security allow-list',
      url: 'https://developer.salesforce.com/docs/platform/lwc/guide/security-lwsec-mime.html'
    },
    schema: [],
    messages: {
      missing:
        'Set the {{ctor}} type explicitly: Lightning Web Security requires it (e.g. text/plain).',
      notStatic:
        'Write the {{ctor}} type as a string literal or a const of this file, so that it can be checked against the Lightning Web Security allow-list.',
      refused:
        '{{ctor}} type "{{type}}" is refused by Lightning Web Security ("Unsupported MIME type"): use a listed type without parameters (text/plain, application/octet-stream, application/json, ...).'
    }
  },
  create(context) {
    const sourceCode = context.sourceCode ?? context.getSourceCode();
    return {
      NewExpression(node) {
        if (node.callee.type !== 'Identifier') return;
        const ctor = node.callee.name;
        // new Blob(parts, options) and new File(parts, name, options)
        const optionsIndex = { Blob: 1, File: 2 }[ctor];
        if (optionsIndex === undefined) return;
        const scope = sourceCode.getScope ? sourceCode.getScope(node) : context.getScope();
        const options = node.arguments[optionsIndex];
        if (!options) {
          context.report({ node, messageId: 'missing', data: { ctor } });
          return;
        }
        if (options.type !== 'ObjectExpression') {
          context.report({ node: options, messageId: 'notStatic', data: { ctor } });
          return;
        }
        const property = options.properties.find(
          (p) =>
            p.type === 'Property' &&
            !p.computed &&
            ((p.key.type === 'Identifier' && p.key.name === 'type') ||
              (p.key.type === 'Literal' && p.key.value === 'type'))
        );
        if (!property) {
          if (options.properties.some((p) => p.type === 'SpreadElement'))
            context.report({ node: options, messageId: 'notStatic', data: { ctor } });
          else context.report({ node: options, messageId: 'missing', data: { ctor } });
          return;
        }
        const type = staticString(property.value, scope);
        if (type === undefined) {
          context.report({ node: property.value, messageId: 'notStatic', data: { ctor } });
        } else if (!isLwsAllowedMimeType(type)) {
          context.report({ node: property.value, messageId: 'refused', data: { ctor, type } });
        }
      }
    };
  }
};

module.exports = {
  rule,
  isLwsAllowedMimeType,
  LWS_ALLOWED_MIME_TYPES,
  LWS_SANITISED_MIME_TYPES
};
