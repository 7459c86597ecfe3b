import type { MAP_PLACE_KINDS, MAP_ROUTE_STYLES } from '../schemas/map.ts';

type PlaceKind = (typeof MAP_PLACE_KINDS)[number];
type RouteStyle = (typeof MAP_ROUTE_STYLES)[number];

/** How each kind of place is drawn: a distinct shape and fill, so the map reads in black and white. */
export const PLACE_SHAPES: Record<PlaceKind, { label: string; filled: boolean }> = {
  terminal: { label: 'Terminal station (square)', filled: true },
  station: { label: 'Station (open circle)', filled: false },
  port: { label: 'Port or naval base (triangle)', filled: true },
  chokepoint: { label: 'Strait or chokepoint (open diamond)', filled: false },
  capital: { label: 'Capital city (filled circle)', filled: true },
};

/** How each route style is drawn: line width and dash pattern (empty for a solid line). */
export const ROUTE_STYLES: Record<RouteStyle, { label: string; width: number; dash: string }> = {
  rail: { label: 'High-speed rail line (solid line)', width: 4, dash: '' },
  'sea-lane': { label: 'Sea lane (dashed line)', width: 2.5, dash: '7 5' },
};

/** SVG path data for a place marker of `kind` centred on (x, y) with radius r. */
export function placePath(kind: PlaceKind, x: number, y: number, r = 6): string {
  const n = (v: number) => Number(v.toFixed(2));
  switch (kind) {
    case 'terminal':
      return `M${n(x - r)} ${n(y - r)}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'port':
      return `M${n(x)} ${n(y - r * 1.2)}L${n(x + r * 1.1)} ${n(y + r * 0.8)}L${n(x - r * 1.1)} ${n(y + r * 0.8)}z`;
    case 'chokepoint':
      return `M${n(x)} ${n(y - r * 1.3)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r * 1.3)}L${n(x - r)} ${n(y)}z`;
    case 'station':
    case 'capital':
      // A circle as two arcs, so every marker is one <path>.
      return `M${n(x - r)} ${n(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
  }
}

/** Where a place's label goes and how it is anchored, for a label side. */
export function labelPosition(
  side: 'left' | 'right' | 'above' | 'below',
  x: number,
  y: number,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  switch (side) {
    case 'left':
      return { x: x - 10, y: y + 4, anchor: 'end' };
    case 'right':
      return { x: x + 10, y: y + 4, anchor: 'start' };
    case 'above':
      return { x, y: y - 12, anchor: 'middle' };
    case 'below':
      return { x, y: y + 22, anchor: 'middle' };
  }
}

/** SVG points attribute for a route. */
export function routePoints(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}
