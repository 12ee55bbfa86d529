// The message catalogs, one JSON per namespace per locale (keys: <namespace>.<snake_key>).
// Adding a namespace: create the four JSON files and list them here; i18n.test.ts checks both.

import en_attendance from './locales/en/attendance.json' with { type: 'json' };
import en_audit from './locales/en/audit.json' with { type: 'json' };
import en_auth from './locales/en/auth.json' with { type: 'json' };
import en_certificates from './locales/en/certificates.json' with { type: 'json' };
import en_common from './locales/en/common.json' with { type: 'json' };
import en_dashboard from './locales/en/dashboard.json' with { type: 'json' };
import en_directory from './locales/en/directory.json' with { type: 'json' };
import en_errors from './locales/en/errors.json' with { type: 'json' };
import en_insurance from './locales/en/insurance.json' with { type: 'json' };
import en_ledger from './locales/en/ledger.json' with { type: 'json' };
import en_mail from './locales/en/mail.json' with { type: 'json' };
import en_matching from './locales/en/matching.json' with { type: 'json' };
import en_nav from './locales/en/nav.json' with { type: 'json' };
import en_needs from './locales/en/needs.json' with { type: 'json' };
import en_network from './locales/en/network.json' with { type: 'json' };
import en_opportunities from './locales/en/opportunities.json' with { type: 'json' };
import en_organizations from './locales/en/organizations.json' with { type: 'json' };
import en_outbox from './locales/en/outbox.json' with { type: 'json' };
import en_participation from './locales/en/participation.json' with { type: 'json' };
import en_people from './locales/en/people.json' with { type: 'json' };
import en_registration from './locales/en/registration.json' with { type: 'json' };
import en_setup from './locales/en/setup.json' with { type: 'json' };
import en_validation from './locales/en/validation.json' with { type: 'json' };
import en_volunteers from './locales/en/volunteers.json' with { type: 'json' };
import ja_attendance from './locales/ja/attendance.json' with { type: 'json' };
import ja_audit from './locales/ja/audit.json' with { type: 'json' };
import ja_auth from './locales/ja/auth.json' with { type: 'json' };
import ja_certificates from './locales/ja/certificates.json' with { type: 'json' };
import ja_common from './locales/ja/common.json' with { type: 'json' };
import ja_dashboard from './locales/ja/dashboard.json' with { type: 'json' };
import ja_directory from './locales/ja/directory.json' with { type: 'json' };
import ja_errors from './locales/ja/errors.json' with { type: 'json' };
import ja_insurance from './locales/ja/insurance.json' with { type: 'json' };
import ja_ledger from './locales/ja/ledger.json' with { type: 'json' };
import ja_mail from './locales/ja/mail.json' with { type: 'json' };
import ja_matching from './locales/ja/matching.json' with { type: 'json' };
import ja_nav from './locales/ja/nav.json' with { type: 'json' };
import ja_needs from './locales/ja/needs.json' with { type: 'json' };
import ja_network from './locales/ja/network.json' with { type: 'json' };
import ja_opportunities from './locales/ja/opportunities.json' with { type: 'json' };
import ja_organizations from './locales/ja/organizations.json' with { type: 'json' };
import ja_outbox from './locales/ja/outbox.json' with { type: 'json' };
import ja_participation from './locales/ja/participation.json' with { type: 'json' };
import ja_people from './locales/ja/people.json' with { type: 'json' };
import ja_registration from './locales/ja/registration.json' with { type: 'json' };
import ja_setup from './locales/ja/setup.json' with { type: 'json' };
import ja_validation from './locales/ja/validation.json' with { type: 'json' };
import ja_volunteers from './locales/ja/volunteers.json' with { type: 'json' };
import ko_attendance from './locales/ko/attendance.json' with { type: 'json' };
import ko_audit from './locales/ko/audit.json' with { type: 'json' };
import ko_auth from './locales/ko/auth.json' with { type: 'json' };
import ko_certificates from './locales/ko/certificates.json' with { type: 'json' };
import ko_common from './locales/ko/common.json' with { type: 'json' };
import ko_dashboard from './locales/ko/dashboard.json' with { type: 'json' };
import ko_directory from './locales/ko/directory.json' with { type: 'json' };
import ko_errors from './locales/ko/errors.json' with { type: 'json' };
import ko_insurance from './locales/ko/insurance.json' with { type: 'json' };
import ko_ledger from './locales/ko/ledger.json' with { type: 'json' };
import ko_mail from './locales/ko/mail.json' with { type: 'json' };
import ko_matching from './locales/ko/matching.json' with { type: 'json' };
import ko_nav from './locales/ko/nav.json' with { type: 'json' };
import ko_needs from './locales/ko/needs.json' with { type: 'json' };
import ko_network from './locales/ko/network.json' with { type: 'json' };
import ko_opportunities from './locales/ko/opportunities.json' with { type: 'json' };
import ko_organizations from './locales/ko/organizations.json' with { type: 'json' };
import ko_outbox from './locales/ko/outbox.json' with { type: 'json' };
import ko_participation from './locales/ko/participation.json' with { type: 'json' };
import ko_people from './locales/ko/people.json' with { type: 'json' };
import ko_registration from './locales/ko/registration.json' with { type: 'json' };
import ko_setup from './locales/ko/setup.json' with { type: 'json' };
import ko_validation from './locales/ko/validation.json' with { type: 'json' };
import ko_volunteers from './locales/ko/volunteers.json' with { type: 'json' };
import zhcn_attendance from './locales/zh-CN/attendance.json' with { type: 'json' };
import zhcn_audit from './locales/zh-CN/audit.json' with { type: 'json' };
import zhcn_auth from './locales/zh-CN/auth.json' with { type: 'json' };
import zhcn_certificates from './locales/zh-CN/certificates.json' with { type: 'json' };
import zhcn_common from './locales/zh-CN/common.json' with { type: 'json' };
import zhcn_dashboard from './locales/zh-CN/dashboard.json' with { type: 'json' };
import zhcn_directory from './locales/zh-CN/directory.json' with { type: 'json' };
import zhcn_errors from './locales/zh-CN/errors.json' with { type: 'json' };
import zhcn_insurance from './locales/zh-CN/insurance.json' with { type: 'json' };
import zhcn_ledger from './locales/zh-CN/ledger.json' with { type: 'json' };
import zhcn_mail from './locales/zh-CN/mail.json' with { type: 'json' };
import zhcn_matching from './locales/zh-CN/matching.json' with { type: 'json' };
import zhcn_nav from './locales/zh-CN/nav.json' with { type: 'json' };
import zhcn_needs from './locales/zh-CN/needs.json' with { type: 'json' };
import zhcn_network from './locales/zh-CN/network.json' with { type: 'json' };
import zhcn_opportunities from './locales/zh-CN/opportunities.json' with { type: 'json' };
import zhcn_organizations from './locales/zh-CN/organizations.json' with { type: 'json' };
import zhcn_outbox from './locales/zh-CN/outbox.json' with { type: 'json' };
import zhcn_participation from './locales/zh-CN/participation.json' with { type: 'json' };
import zhcn_people from './locales/zh-CN/people.json' with { type: 'json' };
import zhcn_registration from './locales/zh-CN/registration.json' with { type: 'json' };
import zhcn_setup from './locales/zh-CN/setup.json' with { type: 'json' };
import zhcn_validation from './locales/zh-CN/validation.json' with { type: 'json' };
import zhcn_volunteers from './locales/zh-CN/volunteers.json' with { type: 'json' };

export const NAMESPACES = [
  'common',
  'nav',
  'auth',
  'setup',
  'dashboard',
  'organizations',
  'network',
  'people',
  'participation',
  'volunteers',
  'insurance',
  'ledger',
  'directory',
  'opportunities',
  'needs',
  'matching',
  'certificates',
  'registration',
  'attendance',
  'audit',
  'outbox',
  'mail',
  'errors',
  'validation',
] as const;

export const CATALOGS = {
  ja: {
    common: ja_common,
    certificates: ja_certificates,
    nav: ja_nav,
    auth: ja_auth,
    setup: ja_setup,
    dashboard: ja_dashboard,
    organizations: ja_organizations,
    network: ja_network,
    people: ja_people,
    participation: ja_participation,
    volunteers: ja_volunteers,
    insurance: ja_insurance,
    ledger: ja_ledger,
    directory: ja_directory,
    opportunities: ja_opportunities,
    registration: ja_registration,
    attendance: ja_attendance,
    audit: ja_audit,
    outbox: ja_outbox,
    mail: ja_mail,
    needs: ja_needs,
    matching: ja_matching,
    errors: ja_errors,
    validation: ja_validation,
  },
  en: {
    common: en_common,
    certificates: en_certificates,
    nav: en_nav,
    auth: en_auth,
    setup: en_setup,
    dashboard: en_dashboard,
    organizations: en_organizations,
    network: en_network,
    people: en_people,
    participation: en_participation,
    volunteers: en_volunteers,
    insurance: en_insurance,
    ledger: en_ledger,
    directory: en_directory,
    opportunities: en_opportunities,
    registration: en_registration,
    attendance: en_attendance,
    audit: en_audit,
    outbox: en_outbox,
    mail: en_mail,
    needs: en_needs,
    matching: en_matching,
    errors: en_errors,
    validation: en_validation,
  },
  'zh-CN': {
    common: zhcn_common,
    certificates: zhcn_certificates,
    nav: zhcn_nav,
    auth: zhcn_auth,
    setup: zhcn_setup,
    dashboard: zhcn_dashboard,
    organizations: zhcn_organizations,
    network: zhcn_network,
    people: zhcn_people,
    participation: zhcn_participation,
    volunteers: zhcn_volunteers,
    insurance: zhcn_insurance,
    ledger: zhcn_ledger,
    directory: zhcn_directory,
    opportunities: zhcn_opportunities,
    registration: zhcn_registration,
    attendance: zhcn_attendance,
    audit: zhcn_audit,
    outbox: zhcn_outbox,
    mail: zhcn_mail,
    needs: zhcn_needs,
    matching: zhcn_matching,
    errors: zhcn_errors,
    validation: zhcn_validation,
  },
  ko: {
    common: ko_common,
    certificates: ko_certificates,
    nav: ko_nav,
    auth: ko_auth,
    setup: ko_setup,
    dashboard: ko_dashboard,
    organizations: ko_organizations,
    network: ko_network,
    people: ko_people,
    participation: ko_participation,
    volunteers: ko_volunteers,
    insurance: ko_insurance,
    ledger: ko_ledger,
    directory: ko_directory,
    opportunities: ko_opportunities,
    registration: ko_registration,
    attendance: ko_attendance,
    audit: ko_audit,
    outbox: ko_outbox,
    mail: ko_mail,
    needs: ko_needs,
    matching: ko_matching,
    errors: ko_errors,
    validation: ko_validation,
  },
} as const;
