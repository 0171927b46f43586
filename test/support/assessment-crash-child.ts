/**
 * Child process of the crash-safety test (test/integration/assessment-crash.test.ts): saves
 * answers and notes through the real services and the contract's dispatch, and prints each one
 * AFTER the call has returned ok — the moment the UI would show "saved". The parent kills this
 * process with SIGKILL at a random moment and checks that everything printed is in the file.
 *
 * Usage: node --import tsx test/support/assessment-crash-child.ts <dataDir> <assessmentId> <round>
 * Output lines (stdout is a pipe, written synchronously on Linux):
 *   ready
 *   try <seq> answer <itemId> <level>     before the call
 *   ok <seq>                              after the call returned ok
 *   try <seq> note <itemId> <text>        (notes never contain spaces)
 */
import { createServices } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { devSecretStore } from './secret-stores';

const [dataDir, assessmentId, roundText] = process.argv.slice(2);
const round = Number(roundText);
// The check under test was started now, so it uses the current instrument.
const items = getInstrument(CURRENT_INSTRUMENT_VERSION).items.filter((i) => i.format.kind === 'scale');
const out = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const services = await createServices({ dataDir, appVersion: 'crash-test', secrets: devSecretStore(dataDir) });
  out('ready');
  for (let seq = 0; ; seq++) {
    const item = items[(seq * 7 + round) % items.length];
    if (seq % 5 === 4) {
      const note = `r${round}-s${seq}-${'ü'.repeat(seq % 50)}`;
      out(`try ${seq} note ${item.id} ${note}`);
      const r = await dispatch(services.handlers, 'assessments.saveNote', { id: assessmentId, itemId: item.id, note });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    } else {
      const level = (seq + round) % 6;
      out(`try ${seq} answer ${item.id} ${level}`);
      const r = await dispatch(services.handlers, 'assessments.saveAnswer', { id: assessmentId, itemId: item.id, level });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    }
    out(`ok ${seq}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
