import type { TErrorResponse, TFieldError } from '@musubi/shared';
import { i18n } from './i18n';

type TErrorBody = TErrorResponse['error'];

/**
 * An error answered by the API, with its stable code from the shared error registry.
 * When the server cannot be reached at all, the code is SERVICE_UNAVAILABLE.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: TFieldError[];
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(status: number, body: TErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.details = body.details ?? {};
    this.requestId = body.requestId;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// The CSRF token of the current session, from the latest session response; kept in memory only.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined>;

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorResponse(payload: unknown): payload is TErrorResponse {
  const error = (payload as TErrorResponse | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** A request body ready to send, with its media type. */
interface Payload {
  body: BodyInit;
  contentType: string;
}

function json(body: unknown): Payload {
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

async function request<T>(method: Method, path: string, content?: Payload, query?: Query): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // The server words field messages in the language the person reads, not the browser's.
    'Accept-Language': i18n.language,
  };
  if (content) headers['Content-Type'] = content.contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: content?.body,
    });
  } catch (cause) {
    throw new ApiError(0, { code: 'SERVICE_UNAVAILABLE', message: String(cause) });
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  if (isErrorResponse(payload)) throw new ApiError(response.status, payload.error);
  // A proxy or a crashed server answered with something that is not our error shape.
  const code = response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';
  throw new ApiError(response.status, { code, message: response.statusText });
}

/** Typed calls to the Musubi API (same origin, JSON, session cookie, CSRF header on writes). */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, json(body ?? {})),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, json(body ?? {})),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, json(body ?? {})),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** Sends a file's bytes as they are (a CSV upload), with the given media type. */
  postRaw: <T>(path: string, body: Blob, contentType: string, query?: Query) =>
    request<T>('POST', path, { body, contentType }, query),
};
