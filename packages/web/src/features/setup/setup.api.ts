import type { TSessionResponse, TSetupRequest, TSetupStatusResponse } from '@musubi/shared';
import { api } from '../../app/api-client';

export const setupQueryKey = ['setup'] as const;

export function getSetupStatus(): Promise<TSetupStatusResponse> {
  return api.get('/api/v1/setup');
}

/** Creates the first organization and its administrator, and signs the administrator in. */
export function runSetup(body: TSetupRequest): Promise<TSessionResponse> {
  return api.post('/api/v1/setup', body);
}
