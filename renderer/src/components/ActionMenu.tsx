/**
 * A menu button for less frequent and destructive actions, so that "Erase" is never one stray
 * click away next to everyday buttons. Keyboard: Enter/Space/ArrowDown opens and focuses the
 * first item, arrows move, Home/End jump, Escape or Tab closes and returns focus to the button.
 *
 *   <ActionMenu label={t('moreActions')} items={[{ id: 'erase', label: t('erase'), danger: true, onSelect: … }]} />
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ActionMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
  testId?: string;
}

export function ActionMenu({ label, items, testId }: { label: string; items: ActionMenuItem[]; testId?: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const focusItem = (index: number) => itemRefs.current[(index + items.length) % items.length]?.focus();
  // The item to focus once the menu is in the DOM: moved there right after the commit, before the
  // next key is handled (a frame later, a quick Enter still reached the button and closed the menu).
  const focusOnOpen = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!open || focusOnOpen.current === null) return;
    focusItem(focusOnOpen.current);
    focusOnOpen.current = null;
  });
  const openAt = (index: number) => {
    focusOnOpen.current = index;
    setOpen(true);
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  }

  function onMenuKey(e: KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div className="action-menu" ref={root}>
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => (open ? close() : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="action-menu-list" role="menu" id={menuId} aria-label={label}>
          {items.map((item, index) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              className={item.danger ? 'danger-text' : undefined}
              data-testid={item.testId}
              onKeyDown={(e) => onMenuKey(e, index)}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
