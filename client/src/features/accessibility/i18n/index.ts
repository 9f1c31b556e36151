import i18next from 'i18next';
import da from './da.json';
import en from './en.json';

/** The accessibility statement's strings live in their own namespace, beside the app's. */
export const ACCESSIBILITY_NS = 'accessibility';

function register() {
  i18next.addResourceBundle('da', ACCESSIBILITY_NS, da, true, true);
  i18next.addResourceBundle('en', ACCESSIBILITY_NS, en, true, true);
}

// The app initialises i18next before any page module runs; the fallback covers other entry points.
if (i18next.store) register();
else i18next.on('initialized', register);
