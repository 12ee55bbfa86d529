import { z } from 'zod';
import { ZLocale } from '../locales';
import { ZEmail, ZNameReading, ZPassword, ZPersonName } from './common.contract';
import { ZOrganizationProfile } from './organizations.contract';

export const ZSetupStatusResponse = z.object({
  /** True while the database has no organization: the web app shows first-run setup. */
  needed: z.boolean(),
});
export type TSetupStatusResponse = z.infer<typeof ZSetupStatusResponse>;

/** First run: the first organization and its administrator account. */
export const ZSetupRequest = z.object({
  organization: ZOrganizationProfile,
  admin: z.object({
    name: ZPersonName,
    nameReading: ZNameReading.optional(),
    email: ZEmail,
    password: ZPassword,
    locale: ZLocale.optional(),
  }),
});
export type TSetupRequest = z.infer<typeof ZSetupRequest>;
