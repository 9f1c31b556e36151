import { log } from './logger';

/** What the pub/sub needs of an event target; the Redis event target has the same shape. */
export interface TopicEvent {
  type: string;
  detail: unknown;
}
export type TopicListener = (event: TopicEvent) => void;
export interface TopicTarget {
  addEventListener(type: string, listener: TopicListener): void;
  removeEventListener(type: string, listener: TopicListener): void;
  dispatchEvent(event: TopicEvent): void;
}

/**
 * The in-process event target of the pub/sub, shaped like the Redis one: one set of listeners per topic,
 * each dispatched event handed to the listeners registered when it was published. Node's EventTarget
 * does the same, but warns (MaxListenersExceededWarning) from the 11th listener of a topic, and hundreds
 * of people watching one document is the normal case, not a leak.
 */
export function createLocalEventTarget(): TopicTarget {
  const listeners = new Map<string, Set<TopicListener>>();
  return {
    addEventListener(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener);
    },
    removeEventListener(type, listener) {
      const set = listeners.get(type);
      if (!set) return;
      set.delete(listener);
      if (set.size === 0) listeners.delete(type);
    },
    dispatchEvent(event) {
      const set = listeners.get(event.type);
      if (!set) return;
      // A snapshot: a listener added while this event is handed out does not get it.
      for (const listener of [...set]) {
        // One receiver's failure is neither the publisher's nor the other receivers'.
        try {
          listener(event);
        } catch (error) {
          log.error('pubsub.listener_failed', { topic: event.type, error: String(error) });
        }
      }
    },
  };
}
