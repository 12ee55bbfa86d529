import type { TCreateSkillRequest, TUpdateParticipationSettingsRequest, TUpdateSkillRequest } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createSkill,
  getParticipationSettings,
  listSkills,
  participationSettingsQueryKey,
  skillsQueryKey,
  updateParticipationSettings,
  updateSkill,
} from './participation.api';

export function useParticipationSettings(orgId: string) {
  return useQuery({ queryKey: participationSettingsQueryKey(orgId), queryFn: () => getParticipationSettings(orgId) });
}

export function useUpdateParticipationSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateParticipationSettingsRequest) => updateParticipationSettings(orgId, body),
    onSuccess: (settings) => queryClient.setQueryData(participationSettingsQueryKey(orgId), settings),
  });
}

export function useSkills(orgId: string) {
  return useQuery({ queryKey: skillsQueryKey(orgId), queryFn: () => listSkills(orgId) });
}

function useSkillsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: skillsQueryKey(orgId) });
}

export function useCreateSkill(orgId: string) {
  const onSuccess = useSkillsChanged(orgId);
  return useMutation({ mutationFn: (body: TCreateSkillRequest) => createSkill(orgId, body), onSuccess });
}

export function useUpdateSkill(orgId: string) {
  const onSuccess = useSkillsChanged(orgId);
  return useMutation({
    mutationFn: ({ skillId, body }: { skillId: string; body: TUpdateSkillRequest }) =>
      updateSkill(orgId, skillId, body),
    onSuccess,
  });
}
