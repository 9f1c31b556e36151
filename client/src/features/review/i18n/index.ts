import i18next from 'i18next';
import da from './da.json';
import en from './en.json';

/** The review feature's strings live in their own namespace, beside the app's. */
export const REVIEW_NS = 'review';

function register() {
  i18next.addResourceBundle('da', REVIEW_NS, da, true, true);
  i18next.addResourceBundle('en', REVIEW_NS, en, true, true);
}

// The app initialises i18next before any page module runs; the fallback covers other entry points.
if (i18next.store) register();
else i18next.on('initialized', register);
