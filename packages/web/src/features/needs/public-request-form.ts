import type { TLanguage, TNeedKind, TPublicNeedRequest } from '@musubi/shared';
import { type THelperGender, type TimeWindowRow, type TRequesterRelation, toTimeWindows } from './need-form';

/** The public request form as its inputs hold it. */
export interface PublicRequestValues {
  requesterName: string;
  requesterRelation: TRequesterRelation;
  requesterPhone: string;
  requesterEmail: string;
  recipientName: string;
  kind: TNeedKind | '';
  title: string;
  description: string;
  postalCode: string;
  address: string;
  area: string;
  timeWindows: TimeWindowRow[];
  languages: TLanguage[];
  helperGender: THelperGender;
  preferenceNote: string;
  consent: boolean;
}

export const EMPTY_PUBLIC_REQUEST: PublicRequestValues = {
  requesterName: '',
  requesterRelation: 'self',
  requesterPhone: '',
  requesterEmail: '',
  recipientName: '',
  kind: '',
  title: '',
  description: '',
  postalCode: '',
  address: '',
  area: '',
  timeWindows: [],
  languages: [],
  helperGender: 'any',
  preferenceNote: '',
  consent: false,
};

const optional = (value: string) => value.trim() || undefined;

/**
 * The request as the public endpoint takes it; the person helped is named only when it is
 * someone else, and the consent box must be ticked (`true`, never false).
 */
export function toPublicRequest(values: PublicRequestValues): TPublicNeedRequest {
  return {
    requesterName: values.requesterName.trim(),
    requesterRelation: values.requesterRelation,
    requesterPhone: optional(values.requesterPhone),
    requesterEmail: optional(values.requesterEmail),
    recipientName: values.requesterRelation === 'self' ? undefined : optional(values.recipientName),
    kind: values.kind as TNeedKind,
    title: values.title.trim(),
    description: optional(values.description),
    postalCode: optional(values.postalCode),
    address: optional(values.address),
    area: optional(values.area),
    timeWindows: toTimeWindows(values.timeWindows),
    languages: values.languages,
    helperGender: values.helperGender,
    preferenceNote: optional(values.preferenceNote),
    consent: values.consent as true,
  };
}
