/**
 * Portal decisions the advisor must act on, and approvals to keep in sight (issue 11, "Portal
 * answers you can't miss"). Read from the statuses the changes feed brought back:
 * - `attention`: the portal asked for information or rejected the LATEST revision sent of a
 *   record. Sending a new revision answers it, so it leaves the list by itself;
 * - `approved`: the latest approval of each record, whichever revision it concerns, so that an
 *   allocation stays visible after a later revision (e.g. asking for more hours) is sent.
 */
import type { PortalDecision, PortalDecisions } from '@shared/contract/sync';
import type { Db } from '../db/open-database';
import { envelopeNames } from './envelope-names';

interface DecisionRow {
  kind: PortalDecision['kind'];
  record_id: string;
  revision: number;
  client_id: string | null;
  client_name: string | null;
  envelope_json: string | null;
  status: PortalDecision['status'];
  allocation_json: string | null;
  message: string | null;
  at: string;
  latest_revision: number;
}

/** The project title (compute request) or else the company name (roadmap) the record was sent with. */
function titleOf(envelope: string | null): string {
  const { project, company } = envelopeNames(envelope);
  return project || company;
}

const SELECT = `
  SELECT ps.kind, ps.record_id, ps.revision, ps.status, ps.allocation_json, ps.message, ps.at,
         coalesce(ps.client_id, o.client_id) AS client_id, c.name AS client_name, o.envelope_json,
         (SELECT max(x.revision) FROM outbox x WHERE x.kind = ps.kind AND x.record_id = ps.record_id) AS latest_revision
    FROM portal_status ps
    LEFT JOIN outbox o ON o.kind = ps.kind AND o.record_id = ps.record_id AND o.revision = ps.revision
    LEFT JOIN clients c ON c.id = coalesce(ps.client_id, o.client_id)`;

export function createDecisionReader(db: Db) {
  const attention = db.prepare<[string | null, string | null], DecisionRow>(
    `${SELECT}
      WHERE ps.status IN ('needs_information', 'rejected')
        AND ps.revision >= (SELECT max(x.revision) FROM outbox x WHERE x.kind = ps.kind AND x.record_id = ps.record_id)
        AND (? IS NULL OR coalesce(ps.client_id, o.client_id) = ?)
      ORDER BY ps.at DESC, ps.record_id`,
  );
  const approved = db.prepare<[string | null, string | null], DecisionRow>(
    `${SELECT}
      WHERE ps.status = 'approved'
        AND ps.revision = (SELECT max(y.revision) FROM portal_status y WHERE y.kind = ps.kind AND y.record_id = ps.record_id AND y.status = 'approved')
        AND (? IS NULL OR coalesce(ps.client_id, o.client_id) = ?)
      ORDER BY ps.at DESC, ps.record_id`,
  );
  const toDecision = (r: DecisionRow): PortalDecision => ({
    kind: r.kind,
    recordId: r.record_id,
    revision: r.revision,
    latestRevision: r.latest_revision ?? r.revision,
    clientId: r.client_id,
    clientName: r.client_name,
    title: titleOf(r.envelope_json),
    status: r.status,
    allocation: r.allocation_json ? JSON.parse(r.allocation_json) : null,
    message: r.message,
    at: r.at,
  });
  return (clientId: string | null = null): PortalDecisions => ({
    attention: attention.all(clientId, clientId).map(toDecision),
    approved: approved.all(clientId, clientId).map(toDecision),
  });
}
