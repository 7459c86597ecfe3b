import { describe, expect, it } from 'vitest';
import { labelPosition, PLACE_SHAPES, placePath, ROUTE_STYLES, routePoints } from '../../../src/lib/map-shapes.ts';
import { MAP_PLACE_KINDS, MAP_ROUTE_STYLES } from '../../../src/schemas/map.ts';

describe('placePath', () => {
  it.each([
    ['terminal', 'M4 4h12v12h-12z'],
    ['port', 'M10 2.8L16.6 14.8L3.4 14.8z'],
    ['chokepoint', 'M10 2.2L16 10L10 17.8L4 10z'],
    ['station', 'M4 10a6 6 0 1 0 12 0a6 6 0 1 0 -12 0z'],
    ['capital', 'M4 10a6 6 0 1 0 12 0a6 6 0 1 0 -12 0z'],
  ] as const)('draws a %s centred on its point', (kind, path) => {
    expect(placePath(kind, 10, 10)).toBe(path);
  });
});

describe('black-and-white legibility', () => {
  it('tells every kind of place apart by shape or fill, never by colour', () => {
    const looks = MAP_PLACE_KINDS.map((kind) => `${placePath(kind, 10, 10).slice(0, 12)}|${PLACE_SHAPES[kind].filled}`);
    expect(new Set(looks).size).toBe(MAP_PLACE_KINDS.length);
  });

  it('tells every route style apart by its dash pattern', () => {
    expect(new Set(MAP_ROUTE_STYLES.map((style) => ROUTE_STYLES[style].dash)).size).toBe(MAP_ROUTE_STYLES.length);
  });
});

describe('labelPosition', () => {
  it.each([
    ['left', { x: 40, y: 54, anchor: 'end' }],
    ['right', { x: 60, y: 54, anchor: 'start' }],
    ['above', { x: 50, y: 38, anchor: 'middle' }],
    ['below', { x: 50, y: 72, anchor: 'middle' }],
  ] as const)('puts a label %s of its point', (side, expected) => {
    expect(labelPosition(side, 50, 50)).toEqual(expected);
  });
});

describe('routePoints', () => {
  it.each([
    [
      [
        [0, 0],
        [10, 5],
      ] as const,
      '0,0 10,5',
    ],
    [
      [
        [1.5, 2],
        [3, 4],
        [5, 6],
      ] as const,
      '1.5,2 3,4 5,6',
    ],
  ])('writes %j as an SVG points list', (points, expected) => {
    expect(routePoints(points)).toBe(expected);
  });
});
