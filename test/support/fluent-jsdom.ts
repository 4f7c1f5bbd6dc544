/**
 * Fluent UI v9 in jsdom: what its components need that jsdom does not have (ResizeObserver,
 * and enough layout for its focus manager to see elements), and jest-dom's matchers.
 * Imported first by every task pane test, through task-pane.tsx.
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// A full pane is a large DOM for jsdom: one query by role can take most of the default
// second, and several times that when the machine is busy (the build tests run alongside).
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom lays nothing out: offsetParent is always null and the body has no size. Tabster,
// Fluent's focus manager, reads those as "hidden", and so skips every element on Tab.
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentElement;
  },
});
const VIEWPORT = { x: 0, y: 0, top: 0, left: 0, width: 1024, height: 768, right: 1024, bottom: 768 };
document.body.getBoundingClientRect = () => ({ ...VIEWPORT, toJSON: () => VIEWPORT });
