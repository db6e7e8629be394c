import { XMLValidator } from 'fast-xml-parser';

/** One XML element with the 1-based line of its start tag. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside the element (entities decoded). */
  text: string;
  line: number;
}

/** A well-formedness failure, located. */
export interface XmlSyntaxError {
  message: string;
  line: number;
  col: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Checks well-formedness with fast-xml-parser; returns the first error or null. */
export function checkWellFormed(xml: string): XmlSyntaxError | null {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (result === true) return null;
  return { message: result.err.msg, line: result.err.line, col: result.err.col };
}

// Only run on input that passed checkWellFormed: this tokenizer trusts the structure and exists
// because fast-xml-parser's tree carries no line numbers, which every error message needs.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses well-formed XML into an element tree with line numbers; returns the root element. */
export function parseXmlTree(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let match: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((match = TOKEN.exec(xml)) !== null) {
    const [token, cdata, closeName, openName, rawAttrs, selfClose, text] = match;
    const top = stack[stack.length - 1];
    if (openName !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (rawAttrs ?? '').matchAll(ATTR)) attrs[a[1]] = decode(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name: openName, attrs, children: [], text: '', line };
      if (top) top.children.push(element);
      else root ??= element;
      if (!selfClose) stack.push(element);
    } else if (closeName !== undefined) {
      stack.pop();
    } else if (cdata !== undefined) {
      if (top) top.text += cdata;
    } else if (text !== undefined && top) {
      top.text += decode(text);
    }
    line += countNewlines(token);
  }
  if (!root) throw new Error('no root element');
  return root;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
