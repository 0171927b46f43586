/** The portal's loopback admin endpoints over HTTP (what a test or a script uses against `npm run portal`). */
import type { Allocation } from './server';
import type { Fault, RandomFaults } from './faults';

export function portalAdmin(baseUrl: string, adminToken: string) {
  async function request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}/admin${path}`, {
      method,
      headers: { 'x-admin-token': adminToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T & { error?: { code: string; message: string } };
    if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${json.error?.code} ${json.error?.message}`);
    return json;
  }
  return {
    pairingCode: () => request<{ code: string; expiresAt: string }>('POST', '/pairing-codes', {}),
    approve: (id: string, allocation: Allocation, message?: string) =>
      request('POST', `/compute-requests/${id}/status`, { status: 'approved', allocation, message: message ?? null }),
    setComputeStatus: (id: string, status: 'under_review' | 'rejected' | 'needs_information', message?: string) =>
      request('POST', `/compute-requests/${id}/status`, { status, message: message ?? null }),
    acknowledgeRoadmap: (id: string) => request('POST', `/roadmaps/${id}/status`, { status: 'acknowledged' }),
    revoke: (deviceId?: string) => request<{ revoked: number }>('POST', '/revoke', deviceId ? { deviceId } : {}),
    faults: (faults: Fault[], random?: RandomFaults | null) => request('POST', '/faults', { faults, random }),
    clearFaults: () => request('DELETE', '/faults'),
    submissions: () => request<{ portalRef: string; kind: string; id: string; revision: number; idempotencyKey: string }[]>('GET', '/submissions'),
  };
}
