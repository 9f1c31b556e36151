import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** What the client needs to word an error: the server's code, never its message. */
export interface ErrorInfo {
  code: string;
  field?: string;
  reason?: string;
  retryAfterSeconds?: number;
}

export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = error.errors[0]?.extensions ?? {};
    const field = typeof ext.field === 'string' ? ext.field.split('.').pop() : undefined;
    return {
      code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
      field,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError)
    return { code: 'NETWORK' };
  return { code: 'UNKNOWN' };
}

/** Overrides map a code (or `CODE:field`) to an i18n key for one place in the UI. */
export type ErrorOverrides = Record<string, string>;

export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, overrides: ErrorOverrides = {}): string => {
      const info = errorInfo(error);
      const specific = info.field ? overrides[`${info.code}:${info.field}`] : undefined;
      const override = specific ?? overrides[info.code];
      if (override) return t(override);
      switch (info.code) {
        case 'RATE_LIMITED': {
          const seconds = info.retryAfterSeconds ?? 60;
          return seconds >= 120
            ? t('errors.RATE_LIMITED_minutes', { count: Math.ceil(seconds / 60) })
            : t('errors.RATE_LIMITED', { count: seconds });
        }
        case 'UNAUTHENTICATED':
          return info.reason === 'INVALID_CREDENTIALS'
            ? t('errors.INVALID_CREDENTIALS')
            : t('errors.UNAUTHENTICATED');
        case 'BAD_USER_INPUT':
          return info.field
            ? t(`errors.fields.${info.field}`, { defaultValue: t('errors.BAD_USER_INPUT') })
            : t('errors.BAD_USER_INPUT');
        case 'CONFLICT':
          return info.field
            ? t(`errors.conflicts.${info.field}`, { defaultValue: t('errors.CONFLICT') })
            : t('errors.CONFLICT');
        default:
          return t(`errors.${info.code}`, { defaultValue: t('errors.UNKNOWN') });
      }
    },
    [t],
  );
}
