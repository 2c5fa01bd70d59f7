/** A QR code drawn in the page (no outside service): uqr's modules as one SVG path, with a quiet zone. */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M' });
  const q = 4;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size + 2 * q} ${size + 2 * q}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size + 2 * q));
  bg.setAttribute('height', String(size + 2 * q));
  bg.setAttribute('fill', '#fff');
  let d = '';
  data.forEach((row, y) => row.forEach((on, x) => (d += on ? `M${x + q} ${y + q}h1v1h-1z` : '')));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
