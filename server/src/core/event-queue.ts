import { log } from './logger';

/** Events waiting for one slow receiver before their subscription is ended rather than kept growing. */
export const MAX_QUEUED_EVENTS = 1000;

/**
 * One receiver's events, in order: the pub/sub pushes, the subscription pulls. A waiting consumer gets a
 * pushed event at once (one promise per event); there is no more machinery than that, because every
 * event is pushed into one of these per receiver and hundreds of receivers per event are normal.
 * A receiver more than MAX_QUEUED_EVENTS behind has its subscription completed.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else if (this.queued.length < MAX_QUEUED_EVENTS) {
      this.queued.push(value);
    } else {
      log.warn('pubsub.receiver_too_slow', { queued: this.queued.length });
      this.close();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.queued.length = 0;
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }
}
