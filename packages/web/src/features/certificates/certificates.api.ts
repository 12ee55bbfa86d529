import type {
  TCertificate,
  TCertificateListResponse,
  TCertificateSettings,
  TCertificateVerification,
  TIssueCertificateRequest,
  TMyCertificatesResponse,
  TRevokeCertificateRequest,
  TServiceRecord,
  TUpdateCertificateSettingsRequest,
  TUploadSealRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}`;

export const myServiceRecordQueryKey = ['me', 'service-record'] as const;
export const myCertificatesQueryKey = ['me', 'certificates'] as const;
export const volunteerServiceRecordQueryKey = (orgId: string, volunteerId: string) =>
  ['orgs', orgId, 'volunteers', volunteerId, 'service-record'] as const;
export const volunteerCertificatesQueryKey = (orgId: string, volunteerId: string) =>
  ['orgs', orgId, 'volunteers', volunteerId, 'certificates'] as const;
export const certificateSettingsQueryKey = (orgId: string) => ['orgs', orgId, 'certificate-settings'] as const;
export const verificationQueryKey = (number: string, sig: string) => ['certificate-verification', number, sig] as const;

export const getMyServiceRecord = () => api.get<TServiceRecord>('/api/v1/me/service-record');
export const listMyCertificates = () => api.get<TMyCertificatesResponse>('/api/v1/me/certificates');
export const myCertificatePdfUrl = (certificateId: string) => `/api/v1/me/certificates/${certificateId}/pdf`;

export const getVolunteerServiceRecord = (orgId: string, volunteerId: string) =>
  api.get<TServiceRecord>(`${orgPath(orgId)}/volunteers/${volunteerId}/service-record`);
export const listVolunteerCertificates = (orgId: string, volunteerId: string) =>
  api.get<TCertificateListResponse>(`${orgPath(orgId)}/volunteers/${volunteerId}/certificates`);
export const issueCertificate = (orgId: string, volunteerId: string, body: TIssueCertificateRequest) =>
  api.post<TCertificate>(`${orgPath(orgId)}/volunteers/${volunteerId}/certificates`, body);
export const revokeCertificate = (orgId: string, certificateId: string, body: TRevokeCertificateRequest) =>
  api.post<TCertificate>(`${orgPath(orgId)}/certificates/${certificateId}/revoke`, body);
export const certificatePdfUrl = (orgId: string, certificateId: string) =>
  `${orgPath(orgId)}/certificates/${certificateId}/pdf`;

export const getCertificateSettings = (orgId: string) =>
  api.get<TCertificateSettings>(`${orgPath(orgId)}/certificate-settings`);
export const updateCertificateSettings = (orgId: string, body: TUpdateCertificateSettingsRequest) =>
  api.patch<TCertificateSettings>(`${orgPath(orgId)}/certificate-settings`, body);
export const uploadSeal = (orgId: string, body: TUploadSealRequest) =>
  api.put<TCertificateSettings>(`${orgPath(orgId)}/certificate-seal`, body);
export const sealImageUrl = (orgId: string) => `${orgPath(orgId)}/certificate-seal`;

export const verifyCertificate = (number: string, sig: string) =>
  api.get<TCertificateVerification>(`/api/v1/certificates/verify/${encodeURIComponent(number)}`, { sig });
