import type {
  TIssueCertificateRequest,
  TRevokeCertificateRequest,
  TUpdateCertificateSettingsRequest,
  TUploadSealRequest,
} from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  certificateSettingsQueryKey,
  getCertificateSettings,
  getMyServiceRecord,
  getVolunteerServiceRecord,
  issueCertificate,
  listMyCertificates,
  listVolunteerCertificates,
  myCertificatesQueryKey,
  myServiceRecordQueryKey,
  revokeCertificate,
  updateCertificateSettings,
  uploadSeal,
  verificationQueryKey,
  verifyCertificate,
  volunteerCertificatesQueryKey,
  volunteerServiceRecordQueryKey,
} from './certificates.api';

export const useMyServiceRecord = () => useQuery({ queryKey: myServiceRecordQueryKey, queryFn: getMyServiceRecord });
export const useMyCertificates = () => useQuery({ queryKey: myCertificatesQueryKey, queryFn: listMyCertificates });

export const useVolunteerServiceRecord = (orgId: string, volunteerId: string) =>
  useQuery({
    queryKey: volunteerServiceRecordQueryKey(orgId, volunteerId),
    queryFn: () => getVolunteerServiceRecord(orgId, volunteerId),
  });

export const useVolunteerCertificates = (orgId: string, volunteerId: string) =>
  useQuery({
    queryKey: volunteerCertificatesQueryKey(orgId, volunteerId),
    queryFn: () => listVolunteerCertificates(orgId, volunteerId),
  });

export function useIssueCertificate(orgId: string, volunteerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TIssueCertificateRequest) => issueCertificate(orgId, volunteerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: volunteerCertificatesQueryKey(orgId, volunteerId) }),
  });
}

export function useRevokeCertificate(orgId: string, volunteerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ certificateId, ...body }: TRevokeCertificateRequest & { certificateId: string }) =>
      revokeCertificate(orgId, certificateId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: volunteerCertificatesQueryKey(orgId, volunteerId) }),
  });
}

export const useCertificateSettings = (orgId: string) =>
  useQuery({ queryKey: certificateSettingsQueryKey(orgId), queryFn: () => getCertificateSettings(orgId) });

export function useUpdateCertificateSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateCertificateSettingsRequest) => updateCertificateSettings(orgId, body),
    onSuccess: (saved) => queryClient.setQueryData(certificateSettingsQueryKey(orgId), saved),
  });
}

export function useUploadSeal(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUploadSealRequest) => uploadSeal(orgId, body),
    onSuccess: (saved) => queryClient.setQueryData(certificateSettingsQueryKey(orgId), saved),
  });
}

export const useCertificateVerification = (number: string, sig: string) =>
  useQuery({
    queryKey: verificationQueryKey(number, sig),
    queryFn: () => verifyCertificate(number, sig),
    retry: false,
  });
