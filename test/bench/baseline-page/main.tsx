/**
 * The baseline of the renderer benchmarks: React 19 with nothing else — one heading, one
 * controlled input echoing what is typed. Same markers as the app (data-first-screen,
 * client-search, data-results-for) so the very same measuring code runs on both.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline() {
  const [query, setQuery] = useState('');
  return (
    <main>
      <h1 data-first-screen="">Baseline</h1>
      <input data-testid="client-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p data-testid="client-results" data-results-for={query}>
        {query}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
