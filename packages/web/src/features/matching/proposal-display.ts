import type { TProposalStatus } from '@musubi/shared';

const STATUS_COLORS: Record<TProposalStatus, string> = {
  proposed: 'yellow',
  accepted: 'blue',
  confirmed: 'green',
  declined: 'red',
  withdrawn: 'gray',
  expired: 'gray',
};

/** The dot beside a proposal's status word (the word carries the meaning). */
export function proposalStatusColor(status: TProposalStatus): string {
  return STATUS_COLORS[status];
}

/** Proposals a coordinator can still act on: waiting for the volunteer, or accepted and waiting for confirmation. */
export function isOpenProposal(status: TProposalStatus): boolean {
  return status === 'proposed' || status === 'accepted';
}
