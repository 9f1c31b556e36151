import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, OperationTypeNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Config } from '../core/config';
import type { Context } from '../core/context';
import { isDatabaseUnavailable } from '../core/database-unavailable';
import { LIMITS, createArmor, rootFieldLimitRule } from './graphql-limits';
import { checkInputText } from './input-text';
import { log } from '../core/logger';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function firstFailure(failures: ValidationFailure[], prefix = ''): { field: string; message: string } | null {
  for (const failure of failures) {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const message = Object.values(failure.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstFailure(failure.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Codes for everything; a bug answers INTERNAL_SERVER_ERROR without its details. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  // A database that is down or hung is temporary, not a bug (HTTP 503, set by serviceUnavailableStatus).
  if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(original))
    return {
      message: 'The service is temporarily unavailable; try again shortly',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  const validationErrors = original?.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (validationErrors) {
    const failure = firstFailure(validationErrors);
    return {
      message: failure?.message ?? 'Invalid input',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: failure?.field ?? null },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-js words variable errors 'Variable "$name" …': name the field, as for every other bad input.
  const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  if (code === 'BAD_USER_INPUT' && variable && formatted.extensions?.field === undefined)
    return { ...formatted, extensions: { ...formatted.extensions, field: variable } };
  // Apollo's automatic persisted queries answer a wrong hash without a code.
  if ((!code || code === 'INTERNAL_SERVER_ERROR') && /sha does not match/i.test(formatted.message))
    return {
      message: 'The persisted query hash does not match the query',
      extensions: { code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash' },
    };
  // type-graphql's AuthorizationError says UNAUTHORIZED; our contract (DESIGN.md §6) says FORBIDDEN.
  if (code === 'UNAUTHORIZED')
    return { ...formatted, message: 'You may not do that', extensions: { code: 'FORBIDDEN' } };
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    log.error('graphql.internal-error', {
      message: formatted.message,
      path: formatted.path,
      stack: original instanceof Error ? original.stack : undefined,
    });
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/** Answers HTTP 503 when the database could not be reached; `onUnavailable` tells the health monitor. */
export function serviceUnavailableStatus(
  onUnavailable: (error: unknown) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          const cause = errors.find((error) => isDatabaseUnavailable(error));
          if (cause) onUnavailable(cause);
        },
        async willSendResponse({ response }) {
          const { body } = response;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          if (errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE'))
            response.http.status = 503;
        },
      };
    },
  };
}

/** Text input is checked once the operation is known and before it runs (input-text.ts). */
const edgeInputPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ document, request, operation }) => {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
          throw new GraphQLError('Subscriptions run over the WebSocket at /graphql, not over HTTP', {
            extensions: { code: 'BAD_USER_INPUT', field: 'query', http: { status: 400 } },
          });
        const error = checkInputText(document, request.variables);
        if (error) throw error;
        return Promise.resolve();
      },
    }),
};

export async function createApolloServer(
  schema: GraphQLSchema,
  config: Config,
  httpServer: http.Server,
  extraPlugins: ApolloServerPlugin<Context>[],
): Promise<ApolloServer<Context>> {
  const production = config.nodeEnv === 'production';
  const armor = createArmor(production);
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [...armor.validationRules, rootFieldLimitRule],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      edgeInputPlugin,
      ...extraPlugins,
    ],
  });
  await apollo.start();
  return apollo;
}
