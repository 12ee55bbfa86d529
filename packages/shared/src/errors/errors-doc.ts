import { translate } from '../i18n';
import { ERROR_CODES, ERROR_REGISTRY } from './error-codes';

/** docs/ERRORS.md, rendered from the registry and the catalogs (`npm run docs:errors`; a test keeps it current). */
export function renderErrorsDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = ERROR_CODES.map((code) => {
    const { status, description } = ERROR_REGISTRY[code];
    const ja = translate('ja', `errors.${code}`, {
      seconds: 60,
      requestId: '…',
      columns: '氏名',
      limit: 5000,
      skills: '普通自動車免許',
      minimumAge: 18,
      plan: '天災プラン',
      hours: 8,
      shifts: 3,
      position: 3,
      reason: '口座の残高が足りません。',
    });
    return `| \`${code}\` | ${status} | ${cell(description)} | ${cell(ja)} |`;
  });
  return [
    '# Error codes',
    '',
    '<!-- Generated from packages/shared/src/errors/error-codes.ts by `npm run docs:errors`; do not edit by hand. -->',
    '',
    'Every API error has the body `{ "error": { "code", "message", "fields"?, "details"?, "requestId" } }`.',
    '`message` is translated into the language of the signed-in person, else of `Accept-Language`',
    '(ja, en, zh-CN, ko). `fields` lists each offending field of a `VALIDATION_FAILED` error with its',
    'own translated message. Codes are stable: a retired code is never reused.',
    '',
    '| code | HTTP | meaning | message (ja) |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
