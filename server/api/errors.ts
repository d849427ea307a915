/**
 * Errors a client can act on, and what every other error looks like on the way out:
 * a store that is down says so (STORE_UNAVAILABLE, HTTP 503), and production answers
 * carry neither stack traces nor the text of unexpected errors.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '../graph/contract.ts';

export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';
export const NOT_FOUND = 'NOT_FOUND';

/** What a message quotes of a client's input: enough to recognise it, never the whole of a huge value. */
export const MAX_ECHO = 100;
/** Items a message lists of a client's input before "… and N more". */
const MAX_LISTED = 10;
/** Any message, GraphQL's own included (they quote literals and field names), is cut to this. */
export const MAX_MESSAGE = 1000;

/** A client's value in quotes, cut to MAX_ECHO characters with the length it had. */
export function quoted(value: string): string {
  return value.length <= MAX_ECHO ? `"${value}"` : `"${value.slice(0, MAX_ECHO)}…" (${value.length} characters)`;
}

/** Values in quotes, comma-separated, the first MAX_LISTED of them. */
export function listed(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).map(quoted).join(', ');
  return values.length > MAX_LISTED ? `${shown} … and ${values.length - MAX_LISTED} more` : shown;
}

function capped(message: string): string {
  return message.length <= MAX_MESSAGE
    ? message
    : `${message.slice(0, MAX_MESSAGE)}… (message cut at ${MAX_MESSAGE} of ${message.length} characters)`;
}

/** An argument the client can fix; `field` names it (`dueFrom`, `weights.lead`, `filter.unit`). */
export function badInput(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field, ...extensions },
  });
}

/** Nothing answers to what the client named; `closest` holds names it may have meant. */
export function notFound(field: string, message: string, closest: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: NOT_FOUND, field, closest } });
}

function storeUnavailable(error: unknown): boolean {
  return unwrapResolverError(error) instanceof StoreUnavailableError;
}

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    if (storeUnavailable(error)) {
      const message = `The graph store is unavailable: ${(unwrapResolverError(error) as Error).message}`;
      return { message, locations, path, extensions: { code: STORE_UNAVAILABLE } };
    }
    if (production && formatted.extensions?.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      return {
        message: 'Internal server error',
        locations,
        path,
        extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted.message.length > MAX_MESSAGE ? { ...formatted, message: capped(formatted.message) } : formatted;
  };
}

/** Answers 503 when the store is down, and logs unexpected errors (clients only see them masked in production). */
export function errorStatusAndLog(log: FastifyBaseLogger): ApolloServerPlugin {
  const listener = {
    async didEncounterErrors({ errors }: { errors: readonly GraphQLError[] }) {
      for (const error of errors) {
        if (!(
          error.extensions?.code === undefined || error.extensions.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR
        ))
          continue;
        if (storeUnavailable(error)) log.warn({ err: unwrapResolverError(error) }, 'graph store unavailable');
        else log.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error in a resolver');
      }
    },
    async willSendResponse({
      errors,
      response,
    }: {
      errors?: readonly GraphQLError[];
      response: { http: { status?: number } };
    }) {
      if (errors?.some(storeUnavailable)) response.http.status = 503;
    },
  };
  // One listener for every request: it keeps no per-request state.
  return { requestDidStart: async () => listener };
}
