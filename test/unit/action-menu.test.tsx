// @vitest-environment jsdom
/**
 * The action menu from the keyboard (components/ActionMenu.tsx): ArrowDown opens it with the first
 * item focused at once, so an Enter typed right after selects that item instead of reaching the
 * button and closing the menu (the race a loaded machine showed in portal-report.spec.ts).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom } from '../support/render-dom';
import { ActionMenu } from '@renderer/components/ActionMenu';

beforeAll(() => enableActEnvironment());

const key = (target: Element, name: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));

describe('ActionMenu', () => {
  it('focuses the first item as soon as ArrowDown opens it, without waiting for a frame', async () => {
    const erase = vi.fn();
    const items = [
      { id: 'erase', label: 'Erase…', onSelect: erase, danger: true },
      { id: 'export', label: 'Export', onSelect: () => {} },
    ];
    const { host, root } = await renderInDom(<ActionMenu label="More actions" items={items} testId="menu" />);
    const button = host.querySelector<HTMLButtonElement>('[data-testid="menu"]')!;
    button.focus();
    await key(button, 'ArrowDown');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Erase…');
    await key(document.activeElement!, 'End');
    expect(document.activeElement?.textContent).toBe('Export');
    await key(document.activeElement!, 'Escape');
    expect(host.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
    await key(button, 'ArrowUp');
    expect(document.activeElement?.textContent).toBe('Export');
    act(() => root.unmount());
  });
});
