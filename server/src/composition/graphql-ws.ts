import {
  GraphQLError,
  createSourceEventStream,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../core/config';
import { noCookies } from '../core/context';
import { LIMITS, createArmor, hideSuggestions, rootFieldLimitRule } from './graphql-limits';
import { buildContext } from './request-context';
import type { Services } from './services';
import { clientInfo } from '../core/client-info';
import { formatError } from './graphql-http';
import { checkInputText } from './input-text';
import { log } from '../core/logger';
import { SocketBudget } from './socket-limits';
import { DocumentCache } from './document-cache';
import { executeForReceiver } from './shared-execution';

const badInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });

/** The codes Apollo gives the same failures over HTTP. */
const withCode = (code: string, errors: readonly GraphQLError[]) =>
  errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { ...error.extensions, code },
      }),
  );

/** A variable of the wrong type, missing or with an invalid enum value: BAD_USER_INPUT naming it, as over HTTP. */
const variableErrors = (errors: readonly GraphQLError[]) =>
  errors.map((error) => {
    const definition = error.nodes?.[0] as VariableDefinitionNode | undefined;
    return badInput(error.message, definition?.variable?.name.value);
  });

/** graphql-ws with the same limits, validation and per-operation context as HTTP. */
export function attachGraphqlWs(
  wss: WebSocketServer,
  schema: GraphQLSchema,
  services: Services,
  config: Config,
) {
  const production = config.nodeEnv === 'production';
  const rules = [
    ...specifiedRules,
    ...createArmor(production).validationRules,
    rootFieldLimitRule,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const budgets = new WeakMap<object, SocketBudget>();
  // Many people subscribe with the client's same few documents: each is parsed and validated once.
  const documents = new DocumentCache((query) => {
    let document;
    try {
      document = parse(query, { maxTokens: LIMITS.maxTokens });
    } catch (error) {
      return {
        failure: withCode('GRAPHQL_PARSE_FAILED', [
          error instanceof GraphQLError ? error : new GraphQLError('Syntax error'),
        ]),
      };
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return { failure: refuse(withCode('GRAPHQL_VALIDATION_FAILED', errors)) };
    return { document };
  });
  // Armor hides field suggestions on HTTP in production; graphql-ws answers its own validation errors.
  const refuse = (errors: readonly GraphQLError[]) =>
    production
      ? errors.map(
          (error) =>
            new GraphQLError(hideSuggestions(error.toJSON()).message, {
              nodes: error.nodes,
              extensions: error.extensions,
            }),
        )
      : errors;
  return useServer(
    {
      schema,
      subscribe: subscribeSharingExecution,
      // The same error contract as HTTP: codes, and no internals.
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
      // Errors that end an operation (a failing event stream, SERVICE_UNAVAILABLE before it started).
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      // Once this is logged the stream is listening: an event published from now on is delivered.
      onOperation: (_ctx, id, payload, _args, result) => {
        if (Symbol.asyncIterator in result)
          log.info('subscription.started', { id, operation: payload.operationName ?? null });
      },
      onSubscribe: async (ctx, _id, payload) => {
        let budget = budgets.get(ctx);
        if (!budget) budgets.set(ctx, (budget = new SocketBudget()));
        // This operation is already counted in ctx.subscriptions.
        const refusal = budget.admit(Object.keys(ctx.subscriptions).length);
        if (refusal) return [refusal];
        if (payload.query.length > LIMITS.maxDocumentBytes) return [badInput('The query is too large')];
        const checked = documents.check(payload.query);
        if ('failure' in checked) return checked.failure;
        const { document } = checked;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [badInput('Name the operation to run', 'operationName')];
        const coerced = getVariableValues(
          schema,
          operation.variableDefinitions ?? [],
          payload.variables ?? {},
        );
        if (coerced.errors) return variableErrors(coerced.errors);
        const badText = checkInputText(document, payload.variables);
        if (badText) return [badInput(badText.message, badText.extensions.field as string)];
        const request = ctx.extra.request;
        let contextValue;
        try {
          contextValue = await buildContext(
            services,
            request.headers.cookie,
            clientInfo(request, config.trustProxy),
            noCookies,
          );
        } catch (error) {
          // SERVICE_UNAVAILABLE ends this operation, not the socket (a thrown error would close it with 4500).
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
    },
    wss,
  );
}

/**
 * graphql-js's subscribe, except that each event is resolved once for all receivers of the same operation
 * whose result does not depend on who receives it (see executeForReceiver), and otherwise with a fresh
 * per-request scope: a subscription keeps one context for its lifetime, and its loaders must not serve
 * the previous event's rows.
 */
async function subscribeSharingExecution(args: ExecutionArgs) {
  const result = await createSourceEventStream(args);
  if (!isAsyncIterable(result)) return result;
  const source = result;
  const operationKey = `${documentId(args.document)}:${args.operationName ?? ''}:${JSON.stringify(args.variableValues ?? {})}`;
  const events = source[Symbol.asyncIterator]();
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const next = await events.next();
      if (next.done) return next;
      return { value: await executeForReceiver(args, operationKey, next.value as object), done: false };
    },
    async return() {
      await events.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;
const documentId = (document: DocumentNode) => {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
};

const isAsyncIterable = (value: object): value is AsyncIterable<unknown> => Symbol.asyncIterator in value;
