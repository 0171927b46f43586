/**
 * The participant page: one small self-contained HTML document, its style and texts built in
 * here, its script served as a separate file (participant-script.ts) so the policy allows no
 * inline script at all. Held as TypeScript strings (like the migrations) so the same code runs
 * bundled in Electron and unbundled under tsx and Vitest without a copy step.
 */
import { createHash } from 'node:crypto';
import { LOCALES, type Locale } from '@shared/locale';
import { votesTranslator } from '../services/votes/votes-texts';

/** Texts the page and its script use, all from locales/<lng>/votes.json `room.*`. */
const ROOM_TEXT_KEYS = [
  'title',
  'introAnonymous',
  'introNamed',
  'name',
  'nameRequired',
  'join',
  'language',
  'questionOf',
  'whyWeAsk',
  'notApplicable',
  'unknown',
  'noneOfThese',
  'previous',
  'next',
  'saving',
  'saved',
  'done',
  'badLink',
  'closed',
  'tooFast',
  'failed',
  'rejoin',
  'full',
] as const;
export type RoomTextKey = (typeof ROOM_TEXT_KEYS)[number];

/** Each language named in itself: the switch needs no translation. */
const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', de: 'Deutsch', en: 'English', lb: 'Lëtzebuergesch' };

function roomTexts(locale: Locale): Record<RoomTextKey, string> {
  const t = votesTranslator(locale);
  return Object.fromEntries(ROOM_TEXT_KEYS.map((k) => [k, t(`room.${k}`)])) as Record<RoomTextKey, string>;
}

const PAGE_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:'Segoe UI','Noto Sans','DejaVu Sans',system-ui,sans-serif;font-size:1rem;line-height:1.4;color:#1b2430;background:#f5f6f8}
header{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:10px 14px;background:#0b5cad;color:#fff}
header h1{font-size:1.05rem;margin:0;font-weight:600}
nav.lang{display:flex;gap:4px}
nav.lang button{min-width:40px;min-height:36px;border:1px solid #ffffff99;border-radius:6px;background:transparent;color:#fff;font:inherit;font-size:.85rem;text-transform:uppercase}
nav.lang button[aria-current="true"]{background:#fff;color:#0b5cad;font-weight:700}
main{max-width:640px;margin:0 auto;padding:14px}
section[hidden],p[hidden],div[hidden],details[hidden]{display:none}
.card{background:#fff;border:1px solid #d6dbe1;border-radius:10px;padding:14px}
.card>p:first-child{margin-top:0}
label{display:block;font-weight:600;margin:12px 0 4px}
input[type=text]{width:100%;min-height:44px;padding:8px 10px;font:inherit;border:1px solid #8a939e;border-radius:6px}
button{cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.primary{display:block;width:100%;min-height:48px;margin-top:14px;border:0;border-radius:8px;background:#0b5cad;color:#fff;font:inherit;font-weight:600}
.progress{color:#5a6573;font-size:.875rem;margin:0 0 4px}
.dimension{color:#007870;font-size:.875rem;font-weight:600;margin:0}
h2{font-size:1.2rem;margin:4px 0 8px}
details{margin:0 0 10px;color:#5a6573;font-size:.9rem}
.rule{font-size:.875rem;color:#5a6573;margin:0 0 10px}
.choices{display:flex;flex-direction:column;gap:8px}
.choice{display:flex;gap:10px;align-items:flex-start;width:100%;min-height:48px;padding:10px 12px;text-align:left;font:inherit;color:inherit;background:#fff;border:1px solid #8a939e;border-radius:8px}
.choice .n{flex:0 0 auto;min-width:28px;height:28px;border-radius:50%;background:#e6f0fa;color:#0b5cad;font-weight:700;display:flex;align-items:center;justify-content:center}
.choice[aria-pressed="true"]{border:2px solid #0b5cad;background:#e6f0fa}
.choice[aria-pressed="true"] .n{background:#0b5cad;color:#fff}
.flags{display:flex;gap:8px;margin-top:8px}
.flags .choice{justify-content:center;text-align:center}
/* Saved / not saved and the way on stay in sight however long the question's choices are. */
.bar{position:sticky;bottom:0;margin:14px -14px -14px;padding:6px 14px 12px;background:#fff;border-top:1px solid #d6dbe1;border-radius:0 0 10px 10px}
.bar .pager{margin-top:4px}
.pager{display:flex;gap:8px;margin-top:14px}
.pager button{flex:1;min-height:48px;border:1px solid #0b5cad;border-radius:8px;background:#fff;color:#0b5cad;font:inherit;font-weight:600}
.pager button:disabled{opacity:.4}
.status{min-height:1.4em;margin:0;font-size:.9rem;font-weight:600;color:#1e7b34}
.status.error{color:#b3261e}
.notice{padding:12px;border-radius:8px;background:#fff4e0;color:#5c3900}
`;

/** The hash lets the one inline style through the policy; nothing else inline is allowed. */
const CSS_HASH = `sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}`;

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src '${CSS_HASH}'`,
  "connect-src 'self'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The page for one language; `roomPath` is `/r/<roomId>` (only letters, digits, '-' and '_'). */
export function renderPage(locale: Locale, roomPath: string, anonymous: boolean): string {
  const texts = roomTexts(locale);
  const e = (k: RoomTextKey) => escapeHtml(texts[k]);
  const languages = LOCALES.map(
    (l) => `<button type="button" data-lang="${l}" lang="${l}" title="${LANGUAGE_NAMES[l]}" aria-label="${l.toUpperCase()} – ${LANGUAGE_NAMES[l]}" aria-current="${l === locale}">${l}</button>`,
  ).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e('title')}</title>
<style>${PAGE_CSS}</style>
<script src="${roomPath}/app.js" defer></script>
</head>
<body data-lang="${locale}" data-anonymous="${anonymous}" data-texts="${escapeHtml(JSON.stringify(texts))}">
<header><h1>${e('title')}</h1><nav class="lang" aria-label="${e('language')}">${languages}</nav></header>
<main>
<p id="message" class="notice" role="alert" hidden></p>
<section id="join" class="card" hidden>
<p>${anonymous ? e('introAnonymous') : e('introNamed')}</p>
<form id="join-form" novalidate>
${anonymous ? '' : `<label for="name">${e('name')}</label><input id="name" type="text" maxlength="200" autocomplete="name" required>`}
<button class="primary" type="submit">${e('join')}</button>
</form>
</section>
<section id="question" class="card" hidden>
<p class="progress" id="progress"></p>
<p class="dimension" id="dimension"></p>
<h2 id="question-text"></h2>
<details id="help"><summary>${e('whyWeAsk')}</summary><p id="help-text"></p></details>
<p class="rule" id="rule" hidden></p>
<div class="choices" id="choices"></div>
<div class="flags">
<button type="button" class="choice" id="not-applicable" aria-pressed="false">${e('notApplicable')}</button>
<button type="button" class="choice" id="unknown" aria-pressed="false">${e('unknown')}</button>
</div>
<div class="bar">
<p class="status" id="status" role="status" aria-live="polite"></p>
<div class="pager"><button type="button" id="previous">${e('previous')}</button><button type="button" id="next">${e('next')}</button></div>
</div>
</section>
<section id="done" class="card" hidden><p>${e('done')}</p><div class="pager"><button type="button" id="back">${e('previous')}</button></div></section>
</main>
</body>
</html>
`;
}
