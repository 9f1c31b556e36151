import { UUIDResolver } from 'graphql-scalars';

/** IDs in arguments: a malformed one is refused as BAD_USER_INPUT before any resolver runs. */
export const UUID = UUIDResolver;
