export * from './editor-schema.js';
export * from './collab-connection.js';
