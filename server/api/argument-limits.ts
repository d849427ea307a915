/**
 * Bounds on what a client may pass as an argument, checked once the operation is known and before
 * anything runs: every string at most MAX_STRING characters (a unit name over 100 characters is not
 * a name), a cursor at most MAX_CURSOR, every list at most MAX_LIST items. Without them one request
 * of 15 `path(from: "<97,000 characters>")` held the server for 7 s: the closest-name search is an
 * edit distance against every name, quadratic in the name's length, and the answer echoed the name.
 * The error is BAD_USER_INPUT (400) naming the argument (`filter.text` inside an input object) and
 * the limit. One list may be longer: `lights(measures)` (LIST_LIMITS), ids of what a graph draws.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, Kind, type DocumentNode, type ValueNode } from 'graphql';

export const MAX_STRING = 100;
/** `after`: a cursor encodes an id (base64url), which is longer than the id. */
export const MAX_CURSOR = 200;
export const MAX_LIST = 100;

/** A progress report's note: a paragraph, not a name. */
export const MAX_NOTE = 2000;

const STRING_LIMITS: Record<string, number> = { after: MAX_CURSOR, note: MAX_NOTE };

/** `lights(measures)`: the measures a graph draws, asked in a few requests rather than a hundred. */
export const MAX_MEASURE_IDS = 1000;
const LIST_LIMITS: Record<string, number> = { measures: MAX_MEASURE_IDS };

function tooLong(field: string, what: string, limit: number, got: number): GraphQLError {
  return new GraphQLError(`${field}: at most ${limit} ${what}, got ${got}.`, {
    extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field, limit, http: { status: 400 } },
  });
}

/** A value as the client sent it (a variable's JSON), checked where it sits: `field` names it. */
function checkValue(field: string, value: unknown, limit: number, items = MAX_LIST): void {
  if (typeof value === 'string') {
    if (value.length > limit) throw tooLong(field, 'characters', limit, value.length);
  } else if (Array.isArray(value)) {
    if (value.length > items) throw tooLong(field, 'items', items, value.length);
    for (const item of value) checkValue(field, item, limit);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      checkValue(`${field}.${key}`, item, STRING_LIMITS[key] ?? MAX_STRING);
  }
}

/** A literal in the query, with the variables it may refer to. */
function checkNode(
  field: string,
  node: ValueNode,
  limit: number,
  variables: Record<string, unknown>,
  items = MAX_LIST,
): void {
  switch (node.kind) {
    case Kind.VARIABLE:
      return checkValue(field, variables[node.name.value], limit, items);
    case Kind.STRING:
      if (node.value.length > limit) throw tooLong(field, 'characters', limit, node.value.length);
      return;
    case Kind.LIST:
      if (node.values.length > items) throw tooLong(field, 'items', items, node.values.length);
      for (const item of node.values) checkNode(field, item, limit, variables);
      return;
    case Kind.OBJECT:
      for (const f of node.fields)
        checkNode(`${field}.${f.name.value}`, f.value, STRING_LIMITS[f.name.value] ?? MAX_STRING, variables);
      return;
    default:
  }
}

/**
 * Every argument in the document (the operation run and its fragments, and any other operation:
 * a literal is refused wherever it is). Walks the syntax tree only; a few microseconds a request.
 */
export function checkArguments(document: DocumentNode, variables: Record<string, unknown> = {}): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as {
      kind?: string;
      selectionSet?: unknown;
      arguments?: { name: { value: string }; value: ValueNode }[];
      definitions?: unknown;
      selections?: unknown;
    };
    if (n.kind === Kind.FIELD && n.arguments) {
      for (const arg of n.arguments) {
        const name = arg.name.value;
        checkNode(name, arg.value, STRING_LIMITS[name] ?? MAX_STRING, variables, LIST_LIMITS[name] ?? MAX_LIST);
      }
    }
    if (n.definitions) walk(n.definitions);
    if (n.selectionSet) walk(n.selectionSet);
    if (n.selections) walk(n.selections);
  };
  walk(document);
}
