import type {
  TCreateSkillRequest,
  TParticipationSettings,
  TSkill,
  TUpdateParticipationSettingsRequest,
  TUpdateSkillRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const participationSettingsQueryKey = (orgId: string) => ['participation-settings', orgId] as const;
/** The organization's skills and qualifications, archived ones included (flagged). */
export const skillsQueryKey = (orgId: string) => ['skills', orgId] as const;

const base = (orgId: string) => `/api/v1/organizations/${orgId}`;

export function getParticipationSettings(orgId: string): Promise<TParticipationSettings> {
  return api.get(`${base(orgId)}/participation-settings`);
}

export function updateParticipationSettings(
  orgId: string,
  body: TUpdateParticipationSettingsRequest,
): Promise<TParticipationSettings> {
  return api.patch(`${base(orgId)}/participation-settings`, body);
}

export function listSkills(orgId: string): Promise<{ skills: TSkill[] }> {
  return api.get(`${base(orgId)}/skills`);
}

export function createSkill(orgId: string, body: TCreateSkillRequest): Promise<TSkill> {
  return api.post(`${base(orgId)}/skills`, body);
}

export function updateSkill(orgId: string, skillId: string, body: TUpdateSkillRequest): Promise<TSkill> {
  return api.patch(`${base(orgId)}/skills/${skillId}`, body);
}
