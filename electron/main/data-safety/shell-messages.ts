/**
 * Texts the Electron shell shows itself (native dialogs), in the app's four languages. They
 * are here rather than in locales/ because they appear before the window exists, or in
 * dialogs the main process draws.
 */
import type { LocalizedText } from '@shared/locale';

export const SHELL_TEXT = {
  dataLockedMessage: {
    fr: 'L-AIF Workbench est déjà ouvert sur ce dossier de données.',
    de: 'L-AIF Workbench ist mit diesem Datenordner bereits geöffnet.',
    en: 'L-AIF Workbench is already open on this data folder.',
    lb: 'L-AIF Workbench ass mat dësem Dateienuerdner schonn op.',
  },
  dataLockedDetail: {
    fr: 'Une autre fenêtre de l’application (processus {pid}, ouverte le {since}) utilise {dir}. Deux copies ouvertes en même temps pourraient écraser le travail l’une de l’autre : utilisez la fenêtre déjà ouverte, ou fermez-la puis relancez. Si aucune copie ne tourne plus, supprimez {lockFile}.',
    de: 'Eine andere Instanz der App (Prozess {pid}, geöffnet am {since}) verwendet {dir}. Zwei gleichzeitig geöffnete Instanzen könnten gegenseitig Arbeit überschreiben: Verwenden Sie das bereits geöffnete Fenster oder schließen Sie es und starten Sie neu. Läuft keine Instanz mehr, löschen Sie {lockFile}.',
    en: 'Another copy of the app (process {pid}, opened {since}) is using {dir}. Two copies open at once could overwrite each other’s work: use the window that is already open, or close it and start again. If no copy is running any more, delete {lockFile}.',
    lb: 'Eng aner Instanz vun der App (Prozess {pid}, opgemaach de(n) {since}) benotzt {dir}. Zwou Instanzen, déi gläichzäiteg op sinn, kéinten een deem aneren seng Aarbecht iwwerschreiwen: Benotzt déi Fënster, déi schonn op ass, oder maacht se zou a start nei. Leeft keng Instanz méi, läscht {lockFile}.',
  },
  quit: { fr: 'Quitter', de: 'Beenden', en: 'Quit', lb: 'Zoumaachen' },
  exportTitle: {
    fr: 'Exporter le client dans un fichier',
    de: 'Kunden in eine Datei exportieren',
    en: 'Export the client to a file',
    lb: 'De Client an e Fichier exportéieren',
  },
  importTitle: {
    fr: 'Importer un client depuis un fichier',
    de: 'Kunden aus einer Datei importieren',
    en: 'Import a client from a file',
    lb: 'E Client aus engem Fichier importéieren',
  },
  bundleFilter: {
    fr: 'Fichier client L-AIF',
    de: 'L-AIF-Kundendatei',
    en: 'L-AIF client file',
    lb: 'L-AIF-Clientfichier',
  },
} satisfies Record<string, LocalizedText>;

export function shellText(key: keyof typeof SHELL_TEXT, locale: keyof LocalizedText, values: Record<string, string | number> = {}): string {
  return SHELL_TEXT[key][locale].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
