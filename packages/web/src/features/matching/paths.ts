/** The signed-in volunteer's requests, in every organization. */
export const myProposalsPath = '/me/proposals';
/** The answer page behind a mailed request link (no sign-in). */
export const proposalLinkPath = (token: string) => `/proposals/${token}`;
