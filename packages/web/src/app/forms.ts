import type { FormErrors } from '@mantine/form';
import { describeIssue, issuePath, type TIssueLike } from '@musubi/shared';
import { ApiError } from './api-client';
import { translateKey } from './messages';

// Form values mirror the request body of their endpoint, so a dotted path from the
// contract (`admin.email`) or from the server's `fields[]` names the input as is.

/** What a form needs of a shared zod contract (keeps the web package free of its own zod import). */
export interface TContract {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly TIssueLike[] } };
}

/**
 * Checks `request` against a shared contract, the same one the server enforces, and
 * returns one translated message per offending field, keyed by its dotted path.
 */
export function contractErrors(contract: TContract, request: unknown): FormErrors {
  const result = contract.safeParse(request);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const path = issuePath(issue.path);
    if (errors[path]) continue;
    const { key, params } = describeIssue(issue);
    errors[path] = translateKey(key, params) ?? issue.message;
  }
  return errors;
}

/** Puts the messages of a VALIDATION_FAILED answer on the inputs they belong to. */
export function applyFieldErrors(form: { setErrors: (errors: FormErrors) => void }, error: unknown): void {
  if (!(error instanceof ApiError) || error.fields.length === 0) return;
  const errors: FormErrors = {};
  for (const field of error.fields) {
    if (field.in === 'body') errors[field.path] ??= field.message;
  }
  form.setErrors(errors);
}

/** Trims a text input and turns an empty one into `undefined` (an optional field left blank). */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Trims a text input and turns an empty one into `null` (a nullable field cleared). */
export function nullableText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
