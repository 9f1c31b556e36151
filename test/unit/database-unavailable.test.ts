import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../server/src/core/database-unavailable';

/** What TypeORM throws: a QueryFailedError carrying pg's error as driverError. */
const queryFailed = (driverError: object) => Object.assign(new Error('query failed'), { driverError });

describe('telling a database outage from other failures', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['a connection cut by a shutdown', queryFailed({ code: '57P01', message: 'terminating connection' })],
    ['a statement cancelled by statement_timeout', queryFailed({ code: '57014', message: 'canceling' })],
    ['a query without an answer', queryFailed(new Error('Query read timeout'))],
    ['no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection that ended', queryFailed(new Error('Connection terminated unexpectedly'))],
    [
      'a resolver error wrapping one',
      new GraphQLError('x', { originalError: queryFailed({ code: '08006', message: 'connection failure' }) }),
    ],
  ])('counts %s as temporary', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed({ code: '23505', message: 'duplicate key' })],
    ['a syntax error', queryFailed({ code: '42601', message: 'syntax error' })],
    ['a bug', new TypeError('x is undefined')],
    ['a GraphQL error of ours', new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })],
    ['nothing', undefined],
  ])('does not count %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
