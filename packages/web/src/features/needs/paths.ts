/** Where the pages of needs live, in one place for links and tests. */
export const needsPath = '/needs';
export const newNeedPath = '/needs/new';
export const needPath = (needId: string) => `/needs/${needId}`;
export const recipientsPath = '/recipients';
export const recipientPath = (recipientId: string) => `/recipients/${recipientId}`;
/** The public request page of an organization, the address on leaflets. */
export const requestPath = (orgId: string) => `/request/${orgId}`;
