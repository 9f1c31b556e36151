import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  NoSchemaIntrospectionCustomRule,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../core/config';
import { buildContext, noCookies } from '../core/context';
import { LIMITS, validationRules } from './graphql-limits';
import type { Services } from './services';
import { clientInfo } from './client-info';
import { formatError } from './graphql-http';

const fail = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];

/** The codes Apollo gives the same failures over HTTP. */
const withCode = (code: string, errors: readonly GraphQLError[]) =>
  errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { ...error.extensions, code },
      }),
  );

/** graphql-ws with the same limits, validation and per-operation context as HTTP. */
export function attachGraphqlWs(
  wss: WebSocketServer,
  schema: GraphQLSchema,
  services: Services,
  config: Config,
) {
  const rules = [
    ...specifiedRules,
    ...validationRules,
    ...(config.nodeEnv === 'production' ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  return useServer(
    {
      schema,
      // The same error contract as HTTP: codes, and no internals.
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
      onSubscribe: async (ctx, _id, payload) => {
        if (payload.query.length > LIMITS.maxDocumentBytes) return fail('The query is too large');
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (error) {
          return withCode('GRAPHQL_PARSE_FAILED', [
            error instanceof GraphQLError ? error : new GraphQLError('Syntax error'),
          ]);
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return withCode('GRAPHQL_VALIDATION_FAILED', errors);
        const request = ctx.extra.request;
        const contextValue = await buildContext(
          services,
          request.headers.cookie,
          clientInfo(request, config.trustProxy),
          noCookies,
        );
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
