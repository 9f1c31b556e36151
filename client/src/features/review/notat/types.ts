import type { ResultOf } from '../../../lib/graphql';
import type { CONSULTATION_NOTAT } from './operations';

export type Notat = NonNullable<ResultOf<typeof CONSULTATION_NOTAT>['consultationNotat']>;
export type NotatSubject = Notat['chapters'][number]['subjects'][number];
