// Input checking for the UI API's custom scalars, so a query passing a number where a Picklist is
// expected (or a malformed date) fails validation as it does in the org.
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from 'graphql';

const TEXT = ['Picklist', 'TextArea', 'LongTextArea', 'Url', 'Email', 'Phone', 'IdOrRef'];
const NUMBER = ['Currency', 'Double', 'Percent', 'Long'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checker(name: string): ((v: unknown) => unknown) | null {
  const fail = (v: unknown) => {
    throw new GraphQLError(`${name} cannot represent value: ${JSON.stringify(v)}`);
  };
  if (TEXT.includes(name)) return (v) => (typeof v === 'string' ? v : fail(v));
  if (NUMBER.includes(name))
    return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(v));
  if (name === 'Date')
    return (v) =>
      typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(v);
  if (name === 'DateTime')
    return (v) =>
      typeof v === 'string' && !DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(v);
  return null;
}

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    default:
      return undefined;
  }
}

/** Gives the schema's custom scalars (Picklist, Currency, Date, ...) the input checks of the real API. */
export function typeScalars(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLScalarType)) continue;
    const check = checker(type.name);
    if (!check) continue;
    type.parseValue = check;
    type.parseLiteral = (node) => check(literal(node));
  }
}
