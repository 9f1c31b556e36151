import type { Locator } from 'playwright-core';

/**
 * Selects, inside an element, from the start of `from` to the end of the first `to` after it (by default the
 * same words), as a mouse does. The words are found in the element's whole text, so a selection may span the
 * several text nodes that highlights, suggestion marks or list items split it into.
 */
export function selectText(locator: Locator, from: string, to = from): Promise<void> {
  return locator.evaluate(
    (el, [from, to]) => {
      const text = el.textContent ?? '';
      const start = text.indexOf(from);
      const end = start < 0 ? -1 : text.indexOf(to, start);
      if (end < 0) throw new Error(`"${from}" … "${to}" is not in the element's text`);
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (seen <= start && start < seen + length) range.setStart(node, start - seen);
        if (seen < end + to.length && end + to.length <= seen + length)
          range.setEnd(node, end + to.length - seen);
        seen += length;
      }
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    },
    [from, to] as const,
  );
}
