/**
 * Turns a zod issue into an i18n key and parameters, so server and web show
 * the same translated message for the same mistake.
 *
 * A schema can name its own message by giving a message that is an i18n key
 * (`z.string().regex(re, { message: 'validation.postal_code' })`).
 */
export interface TIssueLike {
  code: string;
  message?: string;
  path?: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  expected?: string;
  keys?: readonly string[];
}

export interface TIssueMessage {
  key: string;
  params: Record<string, string | number>;
}

export function describeIssue(issue: TIssueLike): TIssueMessage {
  if (issue.message?.startsWith('validation.')) {
    return { key: issue.message, params: {} };
  }
  const origin = issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number';
  switch (issue.code) {
    case 'too_small':
      if (origin === 'string' && Number(issue.minimum) === 1) return { key: 'validation.required', params: {} };
      return { key: `validation.too_small_${origin}`, params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { key: `validation.too_big_${origin}`, params: { maximum: Number(issue.maximum) } };
    case 'invalid_type':
      return issue.message?.includes('received undefined')
        ? { key: 'validation.required', params: {} }
        : { key: 'validation.invalid_type', params: {} };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email', params: {} };
      if (issue.format === 'uuid') return { key: 'validation.uuid', params: {} };
      return { key: 'validation.invalid_format', params: {} };
    case 'invalid_value':
      return { key: 'validation.invalid_value', params: {} };
    case 'unrecognized_keys':
      return { key: 'validation.unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

/** `['admin', 'email']` → `admin.email`. */
export function issuePath(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map((p) => String(p)).join('.');
}
