/**
 * The names a queued record was sent with, read from its envelope for the advisor's lists: the
 * compute request's project title and the company name ('' when absent or unreadable).
 */
export function envelopeNames(envelopeJson: string | null): { project: string; company: string } {
  try {
    const payload = (JSON.parse(envelopeJson ?? '{}') as { payload?: Record<string, unknown> }).payload ?? {};
    const company = (payload.company ?? {}) as { name?: unknown };
    return {
      project: typeof payload.projectTitle === 'string' ? payload.projectTitle : '',
      company: typeof company.name === 'string' ? company.name : '',
    };
  } catch {
    return { project: '', company: '' };
  }
}
