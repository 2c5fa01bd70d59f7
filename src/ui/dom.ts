/**
 * A tiny DOM builder: elements with attributes and children, text always set
 * through text nodes (never innerHTML), so scenario text cannot inject markup.
 * A `style` attribute ("left:12px;top:4px") is applied declaration by
 * declaration through the CSSOM, never as an inline style attribute, so the
 * page runs under a Content Security Policy of `style-src 'self'`.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value as (e: Event) => void);
    else if (key === 'class') el.className = String(value);
    else if (key === 'style') setStyle(el, String(value));
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...children.flat().filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
}

/** Apply "prop:value;prop:value" through the CSSOM (allowed under `style-src 'self'`, unlike a style attribute). */
export function setStyle(el: HTMLElement, declarations: string): void {
  for (const d of declarations.split(';')) {
    const colon = d.indexOf(':');
    if (colon > 0) el.style.setProperty(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
  }
}
