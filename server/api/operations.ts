/**
 * The operations the API runs: queries and the supervision mutations (no subscriptions), the one
 * `operationName` names, with arguments within bounds (argument-limits.ts). Checked once the
 * operation is resolved, before execution, so each case is a 400 a client can act on. Without
 * this, a subscription reached graphql-jit as an internal error with an error-level log line and a
 * stack trace that any client could repeat at will, and a missing operation name was an internal
 * error too.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { checkArguments } from './argument-limits.ts';
import { quoted } from './errors.ts';

export const OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED';

/** Refused before execution with a 400; `http` is read by Apollo and left out of the answer. */
function refused(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

function unresolved(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((o) => o.name?.value ?? '(unnamed)').join(', ');
  const code = ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE;
  if (operationName === undefined) {
    return refused(
      `operationName: the document has ${operations.length} ` +
        `operations (${names}); name the one to run in operationName.`,
      code,
      { field: 'operationName' },
    );
  }
  const has =
    operations.length === 1 && !operations[0]!.name
      ? 'it has one unnamed operation (leave operationName out)'
      : `it has ${names}`;
  return refused(`operationName: the document has no operation named ${quoted(operationName)}; ${has}.`, code, {
    field: 'operationName',
  });
}

export function checkOperation({
  document,
  operation,
  request,
}: Pick<GraphQLRequestContextDidResolveOperation<BaseContext>, 'document' | 'operation' | 'request'>): void {
  if (!operation) throw unresolved(document, request.operationName ?? undefined);
  if (operation.operation === 'subscription') {
    throw refused(
      `${operation.operation} operations are not supported: this API answers queries, and the ` +
        `supervision mutations (login, logout, reportProgress, reopenReport).`,
      OPERATION_NOT_SUPPORTED,
    );
  }
  checkArguments(document, request.variables ?? {});
}

/** The plugin: one listener for every request, keeping no state. */
export function queriesOnly<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const listener = {
    didResolveOperation: async (context: GraphQLRequestContextDidResolveOperation<TContext>) => checkOperation(context),
  };
  return { requestDidStart: async () => listener };
}
