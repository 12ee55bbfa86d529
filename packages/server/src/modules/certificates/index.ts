/**
 * Certificates: lifetime service records from approved attendance,
 * recognition levels, signed certificates of service (PDF) with public
 * verification, and the organization's seal.
 */

export { certificatesRoutes } from './certificates.routes';
export { renderPassbookPdf } from './passbook-pdf';
export { getMyServiceRecord } from './service-record.service';
