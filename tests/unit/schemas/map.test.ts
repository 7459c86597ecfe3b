import { describe, expect, it } from 'vitest';
import { mapSchema } from '../../../src/schemas/map.ts';
import { expectIssue, expectParsed } from './issues.ts';

const minimal = {
  title: 'A corridor',
  description: 'Two stations joined by a line.',
  width: 200,
  height: 100,
  listTitle: 'Stations',
  places: [{ name: 'North', x: 10, y: 10, kind: 'terminal' }],
};
const withChanges = (changes: Record<string, unknown>) => ({ ...minimal, ...changes });

describe('mapSchema: valid maps', () => {
  it('fills in the defaults: unordered, no routes, land or areas, labels on the right, land names upright', () => {
    const map = expectParsed(mapSchema, withChanges({ areas: [{ name: 'Gujarat', x: 50, y: 50 }] }));
    expect(map.ordered).toBe(false);
    expect(map.routes).toEqual([]);
    expect(map.land).toEqual([]);
    expect(map.places[0]?.label).toBe('right');
    expect(map.areas[0]?.water).toBe(false);
    expect(map.beyondSource).toBeUndefined();
  });

  it.each([
    ['a point on the far corner', { places: [{ name: 'Edge', x: 200, y: 100, kind: 'port' }] }],
    [
      'a sea lane',
      {
        routes: [
          {
            name: 'Lane',
            style: 'sea-lane',
            points: [
              [0, 0],
              [200, 100],
            ],
          },
        ],
      },
    ],
    [
      'a land outline',
      {
        land: [
          {
            name: 'India',
            points: [
              [0, 0],
              [10, 0],
              [10, 10],
            ],
          },
        ],
      },
    ],
    ['a label above its point', { places: [{ name: 'Up', x: 5, y: 50, kind: 'capital', label: 'above' }] }],
  ])('accepts a map with %s', (_what, changes) => {
    expectParsed(mapSchema, withChanges(changes));
  });
});

describe('mapSchema: invalid maps', () => {
  it.each([
    ['no title', withChanges({ title: '' }), ['title'], 'give the map a title'],
    ['no description', withChanges({ description: ' ' }), ['description'], 'describe what the map shows'],
    ['no places', withChanges({ places: [] }), ['places'], 'mark at least one place'],
    ['a zero width', withChanges({ width: 0 }), ['width'], 'width must be above 0'],
    [
      'a place of an unknown kind',
      withChanges({ places: [{ name: 'X', x: 1, y: 1, kind: 'airport' }] }),
      ['places', 0, 'kind'],
      'expected one of',
    ],
    [
      'a place without a position',
      withChanges({ places: [{ name: 'X', x: 1, kind: 'port' }] }),
      ['places', 0, 'y'],
      'give the y position as a number',
    ],
    [
      'a route with one point',
      withChanges({ routes: [{ name: 'Stub', style: 'rail', points: [[1, 1]] }] }),
      ['routes', 0, 'points'],
      'a route needs at least two points',
    ],
    [
      'a route of an unknown style',
      withChanges({
        routes: [
          {
            name: 'Road',
            style: 'road',
            points: [
              [1, 1],
              [2, 2],
            ],
          },
        ],
      }),
      ['routes', 0, 'style'],
      'expected one of',
    ],
    [
      'a land outline with two corners',
      withChanges({
        land: [
          {
            name: 'Sliver',
            points: [
              [1, 1],
              [2, 2],
            ],
          },
        ],
      }),
      ['land', 0, 'points'],
      'an outline needs at least three points',
    ],
    [
      'a place outside the drawing',
      withChanges({ places: [{ name: 'Far', x: 201, y: 10, kind: 'port' }] }),
      [],
      'lies outside the map',
    ],
    [
      'a route point below the drawing',
      withChanges({
        routes: [
          {
            name: 'Lane',
            style: 'rail',
            points: [
              [1, 1],
              [2, 101],
            ],
          },
        ],
      }),
      [],
      'lies outside the map',
    ],
    ['an unknown field', withChanges({ colour: 'red' }), [], 'Unrecognized key'],
  ] as const)('rejects %s', (_what, input, path, message) => {
    expectIssue(mapSchema, input, { path, message });
  });
});
