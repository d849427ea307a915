/**
 * Executes queries with graphql-jit instead of graphql-js's interpreter. A `touches` answer is
 * thousands of fields; interpreted, completing them costs several times what the store and the
 * HTTP exchange do together. graphql-jit turns each distinct query into a function once and runs
 * that, with the same schema, resolvers and error rules.
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is a
 * "gateway" serving one fixed local schema. Parsing, validation (with graphql-armor's limits),
 * plugins and error formatting stay Apollo's.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { type DocumentNode, type ExecutionResult, GraphQLError } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Compiled = CompiledQuery | ExecutionResult;

/** The schema from SDL and resolvers, as Apollo would build it, executed compiled. */
export function compiledExecution(
  typeDefs: string,
  resolvers: Parameters<typeof makeExecutableSchema>[0]['resolvers'],
): Gateway {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  // Keyed by the parsed document Apollo keeps in its bounded document cache: a query's compiled
  // form lives as long as its parse does, so clients sending endless distinct queries cannot grow it.
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  function compiled(document: DocumentNode, operationName: string | null): Compiled {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName ?? undefined)));
    return query;
  }

  const executor: Executor = async ({ document, operationName, request, context }) => {
    const query = compiled(document, operationName);
    // Not compilable (an operation name the document lacks, …): its errors are the answer, as graphql-js would give.
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, request.variables);
    // No data at all: the request failed before execution, on variables the client got wrong.
    return result.errors
      ? { ...result, errors: result.errors.map((error) => withExtensions(error, !('data' in result))) }
      : result;
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: typeDefs });
      return () => {};
    },
    stop: async () => {},
  };
}

/**
 * graphql-jit's own errors have no `extensions`, which Apollo's error handling reads; they are
 * given graphql-js's form. Errors resolvers threw as GraphQLErrors (NOT_FOUND, …) carry theirs.
 */
function withExtensions(error: GraphQLError, onVariables: boolean): GraphQLError {
  if (error.extensions) return error;
  const { message, path, originalError, locations } = error;
  const extensions = onVariables ? { code: ApolloServerErrorCode.BAD_USER_INPUT } : {};
  const converted = new GraphQLError(message, { path, originalError: originalError ?? undefined, extensions });
  (converted as { locations?: typeof locations }).locations = locations;
  return converted;
}
