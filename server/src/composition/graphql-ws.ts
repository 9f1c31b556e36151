import {
  GraphQLError,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  NoSchemaIntrospectionCustomRule,
  type ExecutionArgs,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../core/config';
import { noCookies, type Context } from '../core/context';
import { renewScope } from '../core/per-request';
import { LIMITS, createArmor, hideSuggestions, rootFieldLimitRule } from './graphql-limits';
import { buildContext } from './request-context';
import type { Services } from './services';
import { clientInfo } from '../core/client-info';
import { formatError } from './graphql-http';
import { checkInputText } from './input-text';
import { log } from '../core/logger';
import { SocketBudget } from './socket-limits';

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
      subscribe: subscribeWithFreshScope,
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
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (error) {
          return withCode('GRAPHQL_PARSE_FAILED', [
            error instanceof GraphQLError ? error : new GraphQLError('Syntax error'),
          ]);
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return refuse(withCode('GRAPHQL_VALIDATION_FAILED', errors));
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
 * graphql-js's subscribe, except that each event is resolved with a fresh per-request scope: a
 * subscription keeps one context for its lifetime, and its loaders must not serve the previous event's rows.
 */
async function subscribeWithFreshScope(args: ExecutionArgs) {
  const result = await createSourceEventStream(args);
  if (!isAsyncIterable(result)) return result;
  const source = result;
  const context = args.contextValue as Context;
  async function* events() {
    for await (const payload of source) {
      renewScope(context.perRequest);
      yield await execute({ ...args, rootValue: payload });
    }
  }
  return events();
}

const isAsyncIterable = (value: object): value is AsyncIterable<unknown> => Symbol.asyncIterator in value;
