/**
 * Child process of test/integration/votes-crash.test.ts: saves participants' answers through the
 * real services and the contract's dispatch, printing each one AFTER the call returned ok (the
 * moment the presenter would show it). The parent kills it with SIGKILL at a random moment.
 *
 * Usage: node --import tsx test/support/votes-crash-child.ts <dataDir> <assessmentId> <voterIds,comma-separated> <round>
 * Output: `ready`, then `try <seq> <voterId> <itemId> <level>` before and `ok <seq>` after each call.
 */
import { createServices } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { devSecretStore } from './secret-stores';

const [dataDir, assessmentId, voterList, roundText] = process.argv.slice(2);
const voters = voterList.split(',');
const round = Number(roundText);
const items = getInstrument(CURRENT_INSTRUMENT_VERSION).items.filter((i) => i.format.kind === 'scale');
const out = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const services = await createServices({ dataDir, appVersion: 'crash-test', secrets: devSecretStore(dataDir), sync: { autoStart: false } });
  out('ready');
  for (let seq = 0; ; seq++) {
    const voterId = voters[(seq + round) % voters.length];
    const item = items[(seq * 7 + round) % items.length];
    const level = (seq + round) % 6;
    out(`try ${seq} ${voterId} ${item.id} ${level}`);
    const r = await dispatch(services.handlers, 'votes.save', { assessmentId, voterId, itemId: item.id, level });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    out(`ok ${seq}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
