import type { TimelineEvent } from '../schemas/note.ts';

/** Timeline events in year order, past before planned within a year; input order breaks the remaining ties. */
export function sortTimeline<T extends Pick<TimelineEvent, 'year' | 'planned'>>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) => a.event.year - b.event.year || Number(a.event.planned) - Number(b.event.planned) || a.index - b.index,
    )
    .map(({ event }) => event);
}

/** Groups sorted events by year so each year is printed once. */
export function byYear<T extends Pick<TimelineEvent, 'year'>>(events: readonly T[]): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}
