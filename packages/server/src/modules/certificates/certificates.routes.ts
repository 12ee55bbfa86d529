import {
  ZCertificate,
  ZCertificateListResponse,
  ZCertificateParams,
  ZCertificateSettings,
  ZCertificateVerification,
  ZIssueCertificateRequest,
  ZMyCertificateParams,
  ZMyCertificatesResponse,
  ZOrgParams,
  ZRevokeCertificateRequest,
  ZServiceRecord,
  ZUpdateCertificateSettingsRequest,
  ZUploadSealRequest,
  ZVerifyCertificateParams,
  ZVerifyCertificateQuery,
  ZVolunteerParams,
} from '@musubi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors/app-error';
import { actorOf } from '../../platform/http/deps';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import {
  currentSealImage,
  getCertificateSettings,
  updateCertificateSettings,
  uploadSeal,
} from './certificate-settings.service';
import { certificatesPolicy } from './certificates.policy';
import {
  certificatePdf,
  issueCertificate,
  listMyCertificates,
  listVolunteerCertificates,
  myCertificatePdf,
  revokeCertificate,
  verifyCertificate,
} from './certificates.service';
import { getMyServiceRecord, getVolunteerServiceRecord } from './service-record.service';

const tags = ['certificates'];
const ORG = '/api/v1/organizations/:orgId';

function sendPdf(reply: FastifyReply, file: { pdf: Buffer; fileName: string }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.pdf);
}

export const certificatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const publicUrl = config.publicUrl;

  // ------------------------------------------------------------ the person's own

  app.get('/api/v1/me/service-record', {
    schema: {
      tags,
      summary: 'My lifetime service record: approved attendance in every organization, totals and levels',
      response: { 200: ZServiceRecord },
    },
    config: { access: SIGNED_IN },
    handler: (request) => getMyServiceRecord(db, actorOf(request).accountId),
  });

  app.get('/api/v1/me/certificates', {
    schema: { tags, summary: 'Certificates issued to me, newest first', response: { 200: ZMyCertificatesResponse } },
    config: { access: SIGNED_IN },
    handler: (request) => listMyCertificates(db, publicUrl, actorOf(request).accountId),
  });

  app.get('/api/v1/me/certificates/:certificateId/pdf', {
    schema: {
      tags,
      summary: 'One of my certificates as PDF',
      params: ZMyCertificateParams,
      produces: ['application/pdf'],
    },
    config: { access: SIGNED_IN },
    handler: async (request, reply) =>
      sendPdf(reply, await myCertificatePdf(db, publicUrl, actorOf(request).accountId, request.params.certificateId)),
  });

  // ------------------------------------------------------------ service records and certificates

  app.get(`${ORG}/volunteers/:volunteerId/service-record`, {
    schema: {
      tags,
      summary: "A volunteer's service record: here, and elsewhere in the network where they consented to sharing",
      params: ZVolunteerParams,
      response: { 200: ZServiceRecord },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.read') },
    handler: (request) => getVolunteerServiceRecord(db, request.params.orgId, request.params.volunteerId),
  });

  app.get(`${ORG}/volunteers/:volunteerId/certificates`, {
    schema: {
      tags,
      summary: 'Certificates issued to a volunteer by this organization, newest first',
      params: ZVolunteerParams,
      response: { 200: ZCertificateListResponse },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.read') },
    handler: async (request) => ({
      certificates: await listVolunteerCertificates(db, publicUrl, request.params.orgId, request.params.volunteerId),
    }),
  });

  app.post(`${ORG}/volunteers/:volunteerId/certificates`, {
    schema: {
      tags,
      summary: "Issue a certificate of the volunteer's approved service with this organization in a period",
      params: ZVolunteerParams,
      body: ZIssueCertificateRequest,
      response: { 201: ZCertificate },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.issue') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await issueCertificate(
            db,
            publicUrl,
            actorOf(request),
            request.params.orgId,
            request.params.volunteerId,
            request.body,
          ),
        ),
  });

  app.get(`${ORG}/certificates/:certificateId/pdf`, {
    schema: {
      tags,
      summary: 'The certificate as PDF (printed again from its stored facts: the same document every time)',
      params: ZCertificateParams,
      produces: ['application/pdf'],
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.read') },
    handler: async (request, reply) =>
      sendPdf(reply, await certificatePdf(db, publicUrl, request.params.orgId, request.params.certificateId)),
  });

  app.post(`${ORG}/certificates/:certificateId/revoke`, {
    schema: {
      tags,
      summary: 'Revoke a certificate, with a reason (it stays on record; verification says revoked)',
      params: ZCertificateParams,
      body: ZRevokeCertificateRequest,
      response: { 200: ZCertificate },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.issue') },
    handler: (request) =>
      revokeCertificate(
        db,
        publicUrl,
        actorOf(request),
        request.params.orgId,
        request.params.certificateId,
        request.body,
      ),
  });

  // ------------------------------------------------------------ settings and seal

  app.get(`${ORG}/certificate-settings`, {
    schema: {
      tags,
      summary: 'Recognition levels, person in charge and seal of the organization',
      params: ZOrgParams,
      response: { 200: ZCertificateSettings },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.settings.read') },
    handler: (request) => getCertificateSettings(db, request.params.orgId),
  });

  app.patch(`${ORG}/certificate-settings`, {
    schema: {
      tags,
      summary: 'Change recognition levels or the person in charge',
      params: ZOrgParams,
      body: ZUpdateCertificateSettingsRequest,
      response: { 200: ZCertificateSettings },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.settings.manage') },
    handler: (request) => updateCertificateSettings(db, actorOf(request), request.params.orgId, request.body),
  });

  app.put(`${ORG}/certificate-seal`, {
    schema: {
      tags,
      summary: 'Upload the seal image (PNG, base64) printed on certificates from now on',
      params: ZOrgParams,
      body: ZUploadSealRequest,
      response: { 200: ZCertificateSettings },
    },
    config: { access: orgAccess(certificatesPolicy, 'certificates.settings.manage') },
    handler: (request) => uploadSeal(db, actorOf(request), request.params.orgId, request.body),
  });

  app.get(`${ORG}/certificate-seal`, {
    schema: { tags, summary: 'The current seal image (PNG)', params: ZOrgParams, produces: ['image/png'] },
    config: { access: orgAccess(certificatesPolicy, 'certificates.settings.read') },
    handler: async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, no-store')
        .send(await currentSealImage(db, request.params.orgId)),
  });

  // ------------------------------------------------------------ public verification

  app.get('/api/v1/certificates/verify/:number', {
    schema: {
      tags,
      summary: 'Is this certificate genuine? (number and signature from its QR code; shows only the certified facts)',
      params: ZVerifyCertificateParams,
      querystring: ZVerifyCertificateQuery,
      response: { 200: ZCertificateVerification },
    },
    config: {
      access: PUBLIC,
      // Counted per address like the sign-in limits: the page must not become a way to probe numbers.
      rateLimit: {
        max: config.signInRateLimit.max * 3,
        timeWindow: config.signInRateLimit.windowSeconds * 1000,
        keyGenerator: (request) => `certificate-verify:${request.ip}`,
        errorResponseBuilder: (_request, context) =>
          new AppError('CERTIFICATE_VERIFY_RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
      },
    },
    handler: (request) => verifyCertificate(db, request.params.number, request.query.sig),
  });
};
