import 'reflect-metadata';
import type { ContainerType } from 'type-graphql';

type Class<T = unknown> = abstract new (...args: never[]) => T;

/** Names a registered value that is not an instance of a class of its own (the pub/sub, say). */
export class Token<T> {
  declare readonly type: T;
  constructor(readonly name: string) {}
}

/**
 * type-graphql's container: resolvers name the services they need as constructor parameters and receive
 * the process's one instance of each. The composition root registers the instances. Code that runs without
 * a resolver instance (a subscription's subscribe function) asks the request context's container.
 */
export class ServiceContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();

  register<T>(key: Class<T> | Token<T>, instance: T): this {
    this.instances.set(key, instance);
    return this;
  }

  get<T>(key: Class<T> | Token<T>): T {
    if (this.instances.has(key)) return this.instances.get(key) as T;
    if (key instanceof Token) throw new Error(`${key.name} is not registered`);
    const parameters = (Reflect.getMetadata('design:paramtypes', key) ?? []) as Class[];
    const missing = parameters.find((parameter) => !this.instances.has(parameter));
    if (missing) throw new Error(`${key.name} needs ${missing.name} which is not registered`);
    const concrete = key as unknown as new (...args: unknown[]) => T;
    const instance = new concrete(...parameters.map((parameter) => this.instances.get(parameter)));
    this.instances.set(key, instance);
    return instance;
  }
}
