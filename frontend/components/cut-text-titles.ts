/**
 * Text that a page cuts off with an ellipsis (a grid cell or header, a menu item, a selected value) says all of itself
 * when the pointer rests on it: one rule for every page, so that no column of any grid can forget it. The title is
 * set only while the text is really cut, and never on a grid whose columns have tooltips of their own (Java's
 * Column.setTooltipGenerator), which know better what to say.
 */
const MARK = 'data-fl-cut-title';

function hostOf(node: HTMLElement): HTMLElement {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? (root.host as HTMLElement) : node;
}

document.addEventListener(
  'mouseover',
  (event) => {
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement) || node === document.body) {
        return;
      }
      if (getComputedStyle(node).textOverflow !== 'ellipsis') {
        continue;
      }
      const host = hostOf(node);
      if (host.closest('vaadin-grid')?.querySelector(':scope > vaadin-tooltip')) {
        return;
      }
      const cut = node.scrollWidth > node.clientWidth + 1;
      if (cut && (!host.title || host.hasAttribute(MARK))) {
        host.title = (host.innerText || node.innerText || '').trim();
        host.setAttribute(MARK, '');
      } else if (!cut && host.hasAttribute(MARK)) {
        host.removeAttribute('title');
        host.removeAttribute(MARK);
      }
      return;
    }
  },
  { passive: true }
);

export {};
