import i18next from 'i18next';
import da from './da.json';
import en from './en.json';

/** The specialisation feature's strings live in their own namespace, beside the app's. */
export const SPECIALISATION_NS = 'specialisation';

function register() {
  i18next.addResourceBundle('da', SPECIALISATION_NS, da, true, true);
  i18next.addResourceBundle('en', SPECIALISATION_NS, en, true, true);
}

// The app initialises i18next before any page module runs; the fallback covers other entry points.
if (i18next.store) register();
else i18next.on('initialized', register);
