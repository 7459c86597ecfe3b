import { z } from 'zod';

/** What a point on a map is; each kind has its own shape, so no meaning rests on colour. */
export const MAP_PLACE_KINDS = ['terminal', 'station', 'port', 'chokepoint', 'capital'] as const;
/** How a route is drawn; each style has its own dash pattern. */
export const MAP_ROUTE_STYLES = ['rail', 'sea-lane'] as const;

const coordinate = (axis: string) => z.number({ error: `give the ${axis} position as a number` }).min(0);

/** One labelled point on a map. */
export const mapPlaceSchema = z.strictObject({
  /** Name as printed beside the point and in the text list. */
  name: z.string().trim().min(1, 'give the place a name'),
  /** Distance from the left edge, in map units. */
  x: coordinate('x'),
  /** Distance from the top edge, in map units. */
  y: coordinate('y'),
  /** What the point is: terminal, station, port, chokepoint or capital. */
  kind: z.enum(MAP_PLACE_KINDS),
  /** Where the label sits relative to the point. */
  label: z.enum(['left', 'right', 'above', 'below']).default('right'),
  /** One short line said about the place in the text list. */
  detail: z.string().trim().min(1).optional(),
});

/** A line drawn through points, in order. */
export const mapRouteSchema = z.strictObject({
  /** What the line is ("Mumbai–Ahmedabad high-speed rail"). */
  name: z.string().trim().min(1, 'give the route a name'),
  /** Rail (solid) or sea lane (dashed). */
  style: z.enum(MAP_ROUTE_STYLES),
  /** Points `[x, y]` the line passes through, in order (at least two). */
  points: z.array(z.tuple([coordinate('x'), coordinate('y')])).min(2, 'a route needs at least two points'),
});

/** A land mass drawn as a filled outline (a schematic coastline). */
export const mapLandSchema = z.strictObject({
  /** What the outline is ("India"); not printed, it names the shape for editors. */
  name: z.string().trim().min(1, 'name the land mass'),
  /** Corners `[x, y]` of the outline, in order (at least three). */
  points: z.array(z.tuple([coordinate('x'), coordinate('y')])).min(3, 'an outline needs at least three points'),
});

/** A name written across an area (a sea, a country, a state). */
export const mapAreaSchema = z.strictObject({
  /** The area's name. */
  name: z.string().trim().min(1, 'give the area a name'),
  /** Centre of the label, from the left edge. */
  x: coordinate('x'),
  /** Centre of the label, from the top edge. */
  y: coordinate('y'),
  /** Water is set in italics, land upright, as atlases do. */
  water: z.boolean().default(false),
});

/** A schematic map we drew, in content/maps/<id>.yaml; the SVG and its text alternative come from this one file. */
export const mapSchema = z
  .strictObject({
    /** Accessible name of the map and its caption heading. */
    title: z.string().trim().min(1, 'give the map a title'),
    /** What the map shows, in one or two sentences (the SVG's description). */
    description: z.string().trim().min(1, 'describe what the map shows'),
    /** Width of the drawing in map units. */
    width: z.number().int().positive('width must be above 0'),
    /** Height of the drawing in map units. */
    height: z.number().int().positive('height must be above 0'),
    /** Heading of the text list of places. */
    listTitle: z.string().trim().min(1, 'give the list of places a heading'),
    /** Whether the places are in a meaningful order (stations along a line), so the list is numbered. */
    ordered: z.boolean().default(false),
    /** Places marked on the map, in the order the text list gives them. */
    places: z.array(mapPlaceSchema).min(1, 'mark at least one place'),
    /** Lines drawn on the map. */
    routes: z.array(mapRouteSchema).default([]),
    /** Land outlines drawn under everything else. */
    land: z.array(mapLandSchema).default([]),
    /** Area names written on the map. */
    areas: z.array(mapAreaSchema).default([]),
    /** Where the facts on the map come from when the news article does not give them. */
    beyondSource: z.string().trim().min(1).optional(),
  })
  .refine(
    (map) =>
      [
        ...map.places,
        ...map.areas,
        ...[...map.routes, ...map.land].flatMap((r) => r.points.map(([x, y]) => ({ x, y }))),
      ].every((p) => typeof p.x !== 'number' || (p.x <= map.width && p.y <= map.height)),
    { message: 'a place, area or route point lies outside the map; keep x within width and y within height' },
  );

export type NoteMapData = z.infer<typeof mapSchema>;
export type MapPlace = z.infer<typeof mapPlaceSchema>;
