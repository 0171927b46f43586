/**
 * Where a submission stands: the local states of a compute request before the portal has it
 * (draft, finalised = queued) and the statuses the portal answers in its changes feed
 * (portal-protocol.md, "Changes"). One list each, for the contract, the sync engine and the report.
 */
export const COMPUTE_REQUEST_STATES = ['draft', 'finalised'] as const;
export type ComputeRequestStatus = (typeof COMPUTE_REQUEST_STATES)[number];

export const PORTAL_STATUSES = ['received', 'under_review', 'approved', 'rejected', 'needs_information', 'acknowledged'] as const;
export type PortalStatusName = (typeof PORTAL_STATUSES)[number];
