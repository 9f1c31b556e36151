import { Token } from './container';
import type { AppPubSub } from './pubsub';

/** The pub/sub in the service container (subscribe functions ask for it there). */
export const PUBSUB = new Token<AppPubSub>('pubSub');
