export * from './editor-schema.js';
export * from './collab-connection.js';
export * from './suggestion-marks.js';
export * from './suggestions.js';
export * from './audit-wording.js';
