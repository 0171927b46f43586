/**
 * GPU settings 2026.2: two new keys an advisor may change — the residual-mix carbon intensity
 * (market-based basis without guarantees of origin) and whether a job is billed per GPU or per
 * node. SQLite cannot alter a CHECK, so the small, client-free table is rebuilt with its rows.
 */
export default /* sql */ `
CREATE TABLE gpu_settings_2026_2 (
  key         TEXT PRIMARY KEY CHECK (key IN (
                'pricePerGpuHourCents', 'pue', 'carbonBasis', 'carbonLocationGPerKwh', 'carbonProductionGPerKwh',
                'carbonResidualMixGPerKwh', 'carbonMarketGPerKwh', 'cashbackRate', 'gpusPerNode', 'maxJobHours',
                'playgroundMaxGpuHours', 'fastLaneMaxGpuHours', 'billingUnit')),
  value_json  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
INSERT INTO gpu_settings_2026_2 (key, value_json, updated_at) SELECT key, value_json, updated_at FROM gpu_settings;
DROP TABLE gpu_settings;
ALTER TABLE gpu_settings_2026_2 RENAME TO gpu_settings;
`;
