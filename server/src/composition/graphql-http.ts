import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Config } from '../core/config';
import type { Context } from '../core/context';
import { LIMITS, validationRules } from './graphql-limits';
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

export async function createApolloServer(
  schema: GraphQLSchema,
  config: Config,
  httpServer: http.Server,
  extraPlugins: ApolloServerPlugin<Context>[],
): Promise<ApolloServer<Context>> {
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...extraPlugins],
  });
  await apollo.start();
  return apollo;
}
