import type { Problem, UiLang } from '../schema/types.js';
import { uiMessages } from '../format/messages.js';

export type Loaded = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Fetches and parses a report document. Never rejects: every failure becomes one problem
 * with `path: ""` (http-NNN, timeout, not-json, network). An abort through `signal` (the
 * element's `src` changed) resolves to `null`, which the caller ignores.
 */
export async function loadReport(
  url: string,
  { signal, timeout, lang }: { signal: AbortSignal; timeout: number; lang: UiLang },
): Promise<Loaded | null> {
  const m = uiMessages(lang);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      return { ok: false, problem: { code: `http-${response.status}`, path: '', message: m.httpError(response.status, url) } };
    }
    const text = await response.text();
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, problem: { code: 'not-json', path: '', message: m.notJson } };
    }
  } catch {
    if (timedOut) return { ok: false, problem: { code: 'timeout', path: '', message: m.timeout(timeout) } };
    if (signal.aborted) return null;
    return { ok: false, problem: { code: 'network', path: '', message: m.networkError(url) } };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Parses the text of an inline `<script type="application/json">`. */
export function parseInline(text: string, lang: UiLang): Loaded {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { code: 'not-json', path: '', message: uiMessages(lang).notJson } };
  }
}
