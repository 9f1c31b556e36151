import i18next from 'i18next';
import da from './da.json';
import en from './en.json';

/** The search feature's strings live in their own namespace, beside the app's. */
export const SEARCH_NS = 'search';

function register() {
  i18next.addResourceBundle('da', SEARCH_NS, da, true, true);
  i18next.addResourceBundle('en', SEARCH_NS, en, true, true);
}

// The app initialises i18next before any page module runs; the fallback covers other entry points.
if (i18next.store) register();
else i18next.on('initialized', register);
