export * from './editor-schema.js';
export * from './suggestion-marks.js';
export * from './suggestions.js';
